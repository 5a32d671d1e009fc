"""The first window: it opens headless, shows its five places and the user's data."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.shell.main_window import MainWindow
from windows import run_python, shown_window

TODAY = dt.date(2026, 12, 17)


def make_window(qtbot) -> MainWindow:
    return shown_window(qtbot, TODAY)


def visible_texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel)
                    if label.isVisibleTo(widget))


def test_window_opens_with_its_navigation(qtbot, data_dir):
    window = make_window(qtbot)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["Today", "Calendar", "Contacts", "Applications", "Weekly review"]
    assert window.windowTitle() == "Job Follow-up"
    for row in range(5):
        window.show_view(row)
        assert window.stack.currentIndex() == row
    view_menu = window.menuBar().actions()[2].menu()
    shortcuts = [a.shortcut().toString() for a in view_menu.actions()]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 6)]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_an_empty_search_says_what_to_do(qtbot, data_dir):
    window = make_window(qtbot)
    today = window.stack.widget(0)
    today.offer.own_button.click()  # past the first run's offer of the sample
    assert today.empty.isVisibleTo(today)
    assert "Just had an interview? Log interview…" in today.empty.text()


def test_a_logged_interview_shows_in_today_calendar_contacts_and_applications(qtbot, data_dir):
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor")
    job = add_application("Equinor", "Data Engineer", reply_by=dt.date(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    window = make_window(qtbot)

    today = window.stack.widget(0).model
    rows = [index.siblingAtColumn(1) for index in today.follow_up_indexes()]
    assert "Thank Kari Nordmann for the interview · Equinor" in [row.data() for row in rows]
    groups = [today.index(i, 0).data() for i in range(today.rowCount())]
    assert "Due today: 1 follow-up" in groups
    email_row = next(row for row in rows
                     if row.data().startswith("Thank Kari Nordmann for the interview"))
    assert "• Thank them by email within 24 hours" in email_row.data(
        Qt.ItemDataRole.ToolTipRole)

    window.show_view(1)
    calendar = window.stack.widget(1)
    on_29th = calendar.model.chips_on(dt.date(2026, 12, 29))
    assert [(r.kind.label, r.contact_name) for r in on_29th] == [("Check-in", "Kari Nordmann")]
    days = [calendar.period.index(i).data() for i in range(calendar.period.rowCount())]
    assert "Tuesday, December 29" in days

    window.show_view(2)
    contacts = window.stack.widget(2).tree
    assert contacts.topLevelItem(0).text(0) == "Kari Nordmann"
    window.show_view(3)
    applications = window.stack.widget(3).tree
    assert applications.topLevelItem(0).text(2) == "interviewing"


def test_contacts_search_filters_as_you_type(qtbot, data_dir):
    add_contact("Kari Nordmann")
    add_contact("Marie Dupont")
    window = make_window(qtbot)
    window.show_view(2)
    view = window.stack.widget(2)
    qtbot.keyClicks(view.search, "Mar")
    shown = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    assert [item.text(0) for item in shown if not item.isHidden()] == ["Marie Dupont"]
    qtbot.keyClicks(view.search, "x")
    assert all(item.isHidden() for item in shown)
    view.search.clear()
    assert not any(item.isHidden() for item in shown)


def test_smoke_test_opens_the_real_database_and_exits_0(tmp_path):
    data = tmp_path / "fresh"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "jobfollowup", "--smoke-test",
                             "--data-dir", str(data)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(data / "jobfollowup.sqlite3") as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_smoke_test_shows_every_view_and_fails_when_one_cannot_open(tmp_path):
    """The smoke test (run on each bundle) opens every view once: a view whose code is
    missing makes it exit with 1, although the window itself opened."""
    script = (
        "import sys\n"
        "import jobfollowup.ui.shell.main_window as window\n"
        "*kept, last = window.VIEWS\n"
        "import importlib\n"
        "missing = lambda: importlib.import_module('jobfollowup.ui.views.missing').View\n"
        "window.VIEWS = (*kept, (last[0], last[1], missing))\n"
        "from jobfollowup.ui.shell.app import run_gui\n"
        f"sys.exit(run_gui({str(tmp_path)!r}, smoke_test=True))\n")
    result = run_python(script)
    assert result.returncode == 1
    assert "No module named 'jobfollowup.ui.views.missing'" in result.stderr
    assert "smoke-test failed (errors: 1, see the log): language=en" in result.stdout
    assert "smoke-test ok" not in result.stdout  # the window opened, a view did not


def test_smoke_test_refuses_a_foreign_file_without_a_traceback(tmp_path):
    (tmp_path / "jobfollowup.sqlite3").write_bytes(b"\x00" * 64)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "jobfollowup", "--smoke-test",
                             "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "not a Job Follow-up database" in result.stderr and "Traceback" not in result.stderr


def test_the_window_shows_itself_in_the_stored_language_before_the_data_opens(tmp_path):
    """With nothing due, the frame (navigation, menus, "Opening your data…") paints first,
    in the language chosen in the app, before the storage code loads; the data opens
    after."""
    from jobfollowup.services import settings
    from jobfollowup.services.data import close_data, open_data

    open_data(tmp_path)
    settings.put("language", "fr")
    close_data()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import jobfollowup.ui.shell.app as start\n"
        "real = start.first_paint.report\n"
        "def painted(what, last=False):\n"
        "    (window,) = [w for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    menus = [a.text() for a in window.menuBar().actions()]\n"
        "    if what == 'first-paint':\n"
        "        print('before:', window.navigation.item(0).text(), menus,\n"
        "              window.statusBar().currentMessage(), 'peewee' in sys.modules)\n"
        "    return real(what, last)\n"
        "start.first_paint.report = painted\n"
        f"sys.exit(start.run_gui({str(tmp_path)!r}, smoke_test=True))\n")
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    before, report = result.stdout.splitlines()
    assert before == ("before: Aujourd'hui ['&Fichier', '&Édition', 'Affic&hage', '&Aide'] "
                      "Ouverture de vos données… False")
    assert report.startswith("smoke-test ok: language=fr;")


def test_with_something_due_the_first_paint_shows_the_day_and_its_actions_follow(tmp_path):
    """A search with follow-ups due: the window's first paint already lists them, read
    straight from the file before the storage code loads, their actions waiting; once
    the data is open the same day stands, and its actions work."""
    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.planning.follow_ups import agenda
    from seeding import seed_search

    open_data(tmp_path)
    seed_search(dt.date.today())
    due = agenda(dt.date.today())
    expected = [row.kind.task(row.contact_name) for rows in (due.overdue, due.today,
                                                              due.this_week) for row in rows]
    close_data()
    assert expected  # the seeded search has something due this week
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import jobfollowup.ui.shell.app as start\n"
        "real = start.first_paint.report\n"
        "def today():\n"
        "    (window,) = [w for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    return window, window.views.made()\n"
        "def painted(what, last=False):\n"
        "    window, made = today()\n"
        "    if what == 'first-paint':\n"
        "        view = made[0]\n"
        "        rows = [view.model.row_at(i).kind.task(view.model.row_at(i).contact_name)\n"
        "                for i in view.model.follow_up_indexes()]\n"
        "        print('painted:', rows, 'peewee' in sys.modules,\n"
        "              view.sent_action.isEnabled(), view.interview_action.isEnabled())\n"
        "    return real(what, last)\n"
        "start.first_paint.report = painted\n"
        "quit_after = start._show_every_view\n"
        "def every_view(app, window):\n"
        "    view = window.view(0)\n"
        "    print('filled:', window.filled, view.model.rowCount() > 0,\n"
        "          view.sent_action.isEnabled(), view.interview_action.isEnabled())\n"
        "    quit_after(app, window)\n"
        "start._show_every_view = every_view\n"
        f"sys.exit(start.run_gui({str(tmp_path)!r}, smoke_test=True))\n")
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    painted, filled, report = result.stdout.splitlines()
    assert painted == f"painted: {expected!r} False False False"
    assert filled == "filled: True True True True"
    assert report.startswith("smoke-test ok:")


def test_the_benchmark_is_told_of_the_frame_then_of_the_filled_window(tmp_path):
    """With JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT the start says when its frame has painted,
    then when Today has painted with the data in it (here nothing is due: a new data
    folder), and quits (tests/benchmarks/run.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT": "1"}
    result = subprocess.run([sys.executable, "-m", "jobfollowup", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["first-paint", "filled"]
    frame, filled = (dict(field.split("=") for field in line.split()[1:]) for line in lines)
    assert 0 < int(frame["maxrss_kb"]) <= int(filled["maxrss_kb"])  # grows as the data opens
    assert 0 < float(frame["cpu_ms"]) <= float(filled["cpu_ms"])
    assert (tmp_path / "jobfollowup.sqlite3").exists()


def test_a_minimised_start_at_login_writes_the_calendar_feed(tmp_path):
    from jobfollowup.services import settings
    from jobfollowup.services.data import close_data, open_data

    data, feed = tmp_path / "data", tmp_path / "phone"
    feed.mkdir()
    open_data(data)
    settings.put("calendar_feed_folder", str(feed))
    close_data()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "jobfollowup", "--smoke-test",
                             "--minimised", "--data-dir", str(data)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (feed / "jobfollowup.ics").read_text().startswith("BEGIN:VCALENDAR")


def test_a_view_hidden_during_a_change_shows_it_when_shown_again(qtbot, data_dir):
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor")
    job = add_application("Equinor", "Data Engineer", reply_by=dt.date(2026, 12, 28))
    window = make_window(qtbot)
    window.show_view(2)
    contacts = window.stack.widget(2)
    assert contacts.tree.topLevelItemCount() == 1
    window.show_view(0)
    add_contact("Marie Dupont", country="FR")
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    window.operations.changed.emit(Change.CONTACTS | Change.FOLLOW_UPS)
    assert contacts.tree.topLevelItemCount() == 1  # hidden: nothing read yet
    window.show_view(2)
    names = [contacts.tree.topLevelItem(i).text(0)
             for i in range(contacts.tree.topLevelItemCount())]
    assert names == ["Kari Nordmann", "Marie Dupont"]
    window.show_view(1)
    calendar = window.stack.widget(1)
    assert [r.contact_name for r in calendar.model.chips_on(dt.date(2026, 12, 29))] == [
        "Kari Nordmann"]


def test_keys_typed_while_the_window_fills_wait_for_it_and_then_act(qtbot, data_dir):
    """The window shows the day before its menus' actions exist: a shortcut pressed then
    (Ctrl+2, the Calendar) and an arrow key in the list are held, and played in order
    once it is filled — the arrow moving the selection, the shortcut opening its view."""
    from PySide6.QtTest import QTest

    from jobfollowup.services.planning.follow_ups import agenda
    from jobfollowup.ui.operations.core import Operations
    from seeding import seed_search

    seed_search(dt.date.today())
    day = agenda(dt.date.today())
    window = MainWindow(agenda=day)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.hold_keys()  # as the start does once the day has painted
    today = window.views.made()[0]
    today.tree.setFocus()
    first = today.selected_follow_up()
    QTest.keyClick(today.tree, Qt.Key.Key_Down)
    QTest.keyClick(today.tree, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert today.selected_follow_up() == first  # held, not lost
    assert window.stack.currentWidget() is today
    window.fill(Operations())
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 1)  # the Calendar
    assert today.selected_follow_up() != first
