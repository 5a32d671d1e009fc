"""The seven core tasks with the keyboard alone, in the real app: no click anywhere, only
keys through the X server (xdotool), as someone who cannot use a mouse does them. Each
reads its result from the file (or the person's profile) afterwards.

Switch views; open a draft; mark it sent; move a chip with Ctrl+M; log an interview;
change a preference; print notes to a PDF."""

from __future__ import annotations

import datetime as dt
import json
import time

ONE_DAY = dt.timedelta(days=1)


def tab_to(app, condition: str, most: int = 40, back: bool = False) -> None:
    """Press Tab (Shift+Tab with `back`) until the probe says `condition`."""
    for _step in range(most):
        if app.ask(condition):
            return
        app.key("shift+Tab" if back else "Tab")
    raise AssertionError(f"Tab never reached {condition}; at {app.ask('focused_class()')} "
                         f"{app.ask('focused_name()')!r}")


def wait_until(check, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the app did not get there"
        time.sleep(0.05)


def test_switch_views_with_the_keyboard(app):
    for keys, view in (("ctrl+2", "CalendarView"), ("ctrl+3", "ContactsView"),
                       ("ctrl+4", "ApplicationsView"), ("ctrl+5", "ReviewView"),
                       ("ctrl+1", "TodayView")):
        app.key(keys)
        app.wait_for(f"view_shown() == {view!r}")
    # And through the navigation list itself: Tab there, then the arrows.
    tab_to(app, "focused_name() == 'Navigation'")
    app.key("Down")
    app.wait_for("view_shown() == 'CalendarView'")
    app.key("Down", "Down")
    app.wait_for("view_shown() == 'ApplicationsView'")


def test_open_a_draft_and_mark_it_sent_with_the_keyboard(app, search):
    app.wait_for("view_shown() == 'TodayView'")
    tab_to(app, "focused_name() == 'Follow-ups due'")
    for _step in range(10):  # to a planned email follow-up of the list
        chosen = app.ask("today_current()")
        if chosen is not None and search.state_of(chosen) == "planned" and search.rows(
                "SELECT channel FROM follow_up WHERE id = ?", chosen)[0][0] == "email":
            break
        app.key("Down")
    else:
        raise AssertionError("no planned email follow-up in Today")
    app.key("ctrl+d")
    app.wait_for("bool(labelled('Mark as sent'))")
    app.key("alt+e")  # Mark as s&ent
    deadline = time.monotonic() + 10
    while search.state_of(chosen) != "done":  # a doubt about the name is answered, too
        shown = app.ask("modal()")
        if shown and "Mark as sent" in shown["buttons"]:
            app.key("Return")
        assert time.monotonic() < deadline, "not marked sent"
        time.sleep(0.1)


def test_move_a_chip_with_ctrl_m_by_keyboard_alone(app, search, judge):
    app.key("ctrl+2")
    app.wait_for("view_shown() == 'CalendarView'")
    tab_to(app, "focused_class() == 'MonthGrid'")
    month = app.ask("calendar().model.month")
    candidates = [(follow_up, dt.date.fromisoformat(day)) for follow_up, day in search.rows(
        "SELECT id, planned_date FROM follow_up WHERE state = 'planned'")]
    wanted = {follow_up: day for follow_up, day in candidates
              if day.month == month and judge(follow_up, day + 7 * ONE_DAY).allowed}
    assert wanted, "no planned follow-up this month can move a week on"
    for _step in range(80):  # Tab walks the month's chips, one by one
        selected = app.ask("calendar().grid.selected_chip")
        if selected in wanted:
            break
        app.key("Tab")
    else:
        raise AssertionError("Tab never reached a chip that can move")
    day = wanted[selected]
    app.key("ctrl+m")
    dialog = app.wait_for("modal()")
    assert dialog["title"] == "Move to…"
    app.key("Down", "Return")  # the date picker: one week on, then take it
    search.wait_for_day(selected, day + 7 * ONE_DAY)


def test_log_an_interview_by_keyboard_alone(app, search):
    before = search.rows("SELECT count(*) FROM interview")[0][0]
    app.key("ctrl+4")
    app.wait_for("view_shown() == 'ApplicationsView'")
    tab_to(app, "focused_name() == 'Applications'")
    app.key("Down")  # an application of the list
    app.key("ctrl+i")
    dialog = app.wait_for("modal()")
    assert dialog["title"].startswith("Log an interview at")
    tab_to(app, "focused_name() == 'Interviewers'")
    app.key("Down", "space")  # tick the first person listed
    tab_to(app, "focused_button() == 'Save'")
    app.key("Return")
    wait_until(lambda: search.rows("SELECT count(*) FROM interview")[0][0] == before + 1)
    summary = app.wait_for("modal()")  # what was planned: read, then closed with Enter
    assert summary["title"] == "Follow-ups planned"
    app.key("Return")
    app.wait_for("modal() is None")


def test_preferences_by_keyboard_alone(app):
    app.key("ctrl+comma")
    dialog = app.wait_for("modal()")
    assert dialog["title"] == "Preferences"
    app.key("alt+a")  # &Appearance
    app.wait_for("focused_class() == 'QComboBox'")
    app.key("End")  # the last choice: Dark
    app.key("Return")  # OK is the default button
    app.wait_for("modal() is None")
    profile = json.loads((app.work / "config" / "jobfollowup" / "profile.json").read_text())
    assert profile["colour_scheme"] == "dark"
    assert app.ask("dark_scheme()")


def test_print_notes_to_a_pdf_by_keyboard_alone(app, search):
    pdf = app.work / "notes.pdf"
    app.key("ctrl+p")
    dialog = app.wait_for("modal()")
    assert dialog["title"] == "Print handwritten notes"
    app.key("alt+d")  # Export to P&DF…
    app.wait_for("modal() and modal()['title'] == 'Export to PDF'")
    app.key("ctrl+a")
    app.type(str(pdf))
    app.key("Return")
    wait_until(lambda: pdf.exists() and pdf.stat().st_size > 1000, timeout=20)
    assert pdf.read_bytes().startswith(b"%PDF")
