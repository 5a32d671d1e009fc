"""The calendar sync in the window, against a real Radicale: Preferences → Calendar sync
tests the connection without freezing and stores the account (the password in the
keyring); the window syncs in the background, a move made on the phone comes back as a
step of Undo, a broken rule is asked about in the window itself (no dialog), and each
answer can be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from calendar_server import PASSWORD, USER, day_on_phone, move_on_phone, phone_events
from jobfollowup.i18n import set_language
from jobfollowup.rules.kinds import Kind, State
from jobfollowup.services.calendar_sync import account
from jobfollowup.services.calendar_sync.account import save_account
from jobfollowup.services.exchange.calendar_export import database_uid, follow_up_uid
from jobfollowup.storage.models import FollowUp
from jobfollowup.ui.dialogs.preferences import PreferencesDialog
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow
from seeding import seed_search

TODAY = dt.date(2026, 12, 9)


def test_the_preferences_page_tests_the_connection_and_keeps_the_password_aside(
        qtbot, data_dir, radicale, test_keyring):
    dialog = PreferencesDialog(Operations())
    qtbot.addWidget(dialog)
    page = dialog.calendar_sync
    dialog.tabs.setCurrentWidget(page)
    page.server.setText(radicale.url)
    page.user.setText(USER)
    page.password.setText("wrong")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.testing, timeout=20000)
    assert "refused the user name or password" in page.result.text()
    page.password.setText(PASSWORD)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.testing, timeout=20000)
    assert page.result.text() == "Connected: 0 calendars found."
    assert page.calendar.currentText() == "A new calendar “Job follow-ups”"
    dialog.accept()
    stored = account.account()
    assert (stored.server_url, stored.user_name, stored.calendar_url) == (
        radicale.url, USER, "")
    assert account.password(radicale.url, USER) == PASSWORD


def test_a_refused_account_is_said_on_the_page_in_the_users_language(qtbot, data_dir,
                                                                     test_keyring):
    set_language("fr")
    dialog = PreferencesDialog(Operations())
    qtbot.addWidget(dialog)
    page = dialog.calendar_sync
    page.server.setText("http://cloud.example.org")
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert dialog.tabs.currentWidget() is page
    assert "https://" in page.result.text() and "mot de passe" in page.result.text()
    assert account.account() is None


@pytest.fixture
def window(qtbot, data_dir, radicale, test_keyring):
    seed_search(TODAY)
    save_account(radicale.url, USER, PASSWORD)
    main = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(lambda: not main.calendar_sync.running, timeout=60000)
    main.calendar_sync.stop()  # its timers would sync the next test's data


def sync(qtbot, window) -> object:
    with qtbot.waitSignal(window.calendar_sync.synced, timeout=60000) as done:
        window.calendar_sync.sync_now()
    return done.args[0]


def test_a_move_on_the_phone_comes_back_with_its_broken_rule_and_both_answers_undo(
        qtbot, window, radicale):
    report = sync(qtbot, window)
    assert report.created
    assert window.calendar_sync.status.label.text().startswith("Calendar synced: ")
    item = (FollowUp.select().where((FollowUp.kind == Kind.CHECK_IN)
                                    & (FollowUp.state == State.PLANNED)
                                    & (FollowUp.planned_date > TODAY))
            .order_by(FollowUp.planned_date).first())
    uid = follow_up_uid(item.id, database_uid())
    monday = item.planned_date + dt.timedelta(days=7 - item.planned_date.weekday())
    move_on_phone(phone_events(radicale)[uid], monday)
    sync(qtbot, window)
    assert FollowUp.get_by_id(item.id).planned_date == monday  # moved here, as a step
    stack = window.operations.undo_stack
    assert stack.undoText().startswith("Moved on another device: ")
    notices = window.sync_notices
    assert notices.isVisible()
    [notice] = notices.notices
    nearest = notice.verdict.nearest_allowed
    text = notices.labels[notice.id].text()
    assert "was moved to Monday" in text and "is a Monday: people are catching up" in text
    qtbot.mouseClick(notices.buttons[(notice.id, "nearest")], Qt.MouseButton.LeftButton)
    assert FollowUp.get_by_id(item.id).planned_date == nearest
    assert not notices.isVisible()
    assert window.operations.undo()  # Ctrl+Z: back on the Monday, the question back
    assert FollowUp.get_by_id(item.id).planned_date == monday
    assert [n.id for n in notices.notices] == [notice.id]
    [again] = notices.notices
    qtbot.mouseClick(notices.buttons[(again.id, "keep")], Qt.MouseButton.LeftButton)
    assert not notices.isVisible()
    assert window.operations.undo()  # the "Keep" taken back: asked again
    assert notices.isVisible()
    assert window.operations.undo()  # the move made on the phone taken back here…
    assert FollowUp.get_by_id(item.id).planned_date == item.planned_date
    sync(qtbot, window)  # …and on the phone
    assert day_on_phone(phone_events(radicale)[uid]) == item.planned_date


def test_a_server_gone_is_said_in_the_status_bar_and_nothing_waits_lost(qtbot, window,
                                                                         radicale):
    sync(qtbot, window)
    radicale.stop()
    item = FollowUp.select().where(FollowUp.state == State.PLANNED).first()
    FollowUp.update(planned_date=item.planned_date + dt.timedelta(days=7)).where(
        FollowUp.id == item.id).execute()
    sync(qtbot, window)
    text = window.calendar_sync.status.label.text()
    assert text.startswith("Calendar not synced: ") and "refused the connection" in text
    assert "1 change waits." in text
    radicale.start()
    report = sync(qtbot, window)
    assert report.updated == [item.id]


def test_the_window_opens_without_loading_the_caldav_client_or_the_keyring(tmp_path):
    """Without an account nothing of the sync is loaded but its status and questions: the
    CalDAV client, the keyring and the iCalendar writer load with the first sync."""
    import subprocess
    import sys

    code = ("import sys, datetime as dt\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from jobfollowup.services.data import open_data\n"
            f"open_data({str(tmp_path / 'data')!r})\n"
            "from jobfollowup.ui.operations.core import Operations\n"
            "from jobfollowup.ui.shell.main_window import MainWindow\n"
            "window = MainWindow(Operations(), today=lambda: dt.date(2026, 12, 17))\n"
            "window.show(); app.processEvents()\n"
            "window.sync_notices.refresh(); window.calendar_sync.start()\n"
            "print(sorted(m for m in ('caldav', 'keyring', 'icalendar', 'niquests')\n"
            "      if m in sys.modules), window.calendar_sync.status.isVisible())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ,
                                            "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[] False"


def test_a_sync_does_not_call_for_another(qtbot, window, radicale):
    """What a sync itself changes (the moves it applies, its questions) starts no sync
    after it: the next one is the half-minute's, or the user's next change."""
    sync(qtbot, window)
    assert not window.calendar_sync._soon.isActive()
    item = FollowUp.select().where(FollowUp.state == State.PLANNED).first()
    from jobfollowup.services.planning.follow_ups import get_follow_up
    from jobfollowup.ui.operations import follow_ups as follow_up_ops

    follow_up_ops.skip(window.operations, None, item.id)
    assert window.calendar_sync._soon.isActive()  # a change here: a sync soon
    assert get_follow_up(item.id).state == State.SKIPPED


def test_stopping_in_preferences_hides_the_status_and_keeps_the_events(qtbot, window,
                                                                      radicale):
    sync(qtbot, window)
    assert window.calendar_sync.status.isVisible()
    dialog = PreferencesDialog(window.operations, window)
    qtbot.addWidget(dialog)
    page = dialog.calendar_sync
    assert (page.server.text(), page.user.text()) == (radicale.url, USER)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert not window.calendar_sync.status.isVisible()
    assert account.account() is None and account.password(radicale.url, USER) is None
    assert page.result.text() == ("The calendar is no longer synced. Its events stay in "
                                  "your calendar.")
    assert phone_events(radicale)


def test_a_backup_restored_while_the_window_syncs_ends_up_in_the_calendar(qtbot, window,
                                                                          radicale):
    from jobfollowup.services.backups import back_up_now
    from jobfollowup.services.planning.follow_ups import list_follow_ups
    from jobfollowup.storage.models import Contact
    from jobfollowup.ui.operations import data as data_ops

    def calendar_shows() -> dict[str, dt.date]:
        return {uid: day_on_phone(event) for uid, event in phone_events(radicale).items()}

    def restored_follow_ups() -> dict[str, dt.date]:
        return {follow_up_uid(row.id, database_uid()): row.date
                for row in list_follow_ups(states=(State.PLANNED,))}

    sync(qtbot, window)
    backup = back_up_now()
    made = FollowUp.create(kind=Kind.KEEP_IN_TOUCH, contact=Contact.select().first(),
                           channel="email", planned_date=TODAY + dt.timedelta(days=40))
    sync(qtbot, window)
    assert follow_up_uid(made.id, database_uid()) in calendar_shows()
    window.calendar_sync.sync_now()
    assert window.calendar_sync.running  # the restore comes while it syncs
    assert data_ops.restore_backup(window.operations, window, backup)
    qtbot.waitUntil(lambda: not window.calendar_sync.running
                    and calendar_shows() == restored_follow_ups(), timeout=30000)
    assert window.sync_notices.isHidden()  # nothing asked about the app's own changes
