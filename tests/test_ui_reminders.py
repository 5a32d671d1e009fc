"""Reminders, snooze, "They replied", the feed and start-at-login as a user meets them."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import QCoreApplication

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning.follow_ups import get_follow_up, list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import Application
from jobfollowup.ui.dialogs.follow_up_flows import note_reply
from jobfollowup.ui.dialogs.moving import CANCEL, NEAREST
from jobfollowup.ui.dialogs.reply import ReplyDialog
from jobfollowup.ui.widgets.plan_summary import describe
from windows import shown_window

TODAY = dt.date(2026, 12, 17)  # a Thursday: the interview, and its thank-you email, today
D = dt.date


@pytest.fixture
def window(qtbot, data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example",
                       preferred_channel="email")
    job = add_application("Equinor", "Data Engineer", reply_by=D(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 9, 0), [kari])
    main = shown_window(qtbot, TODAY)
    main.job = job
    main.email = next(r.id for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    return main


@pytest.fixture
def shown_changes(monkeypatch):
    shown = []
    monkeypatch.setattr("jobfollowup.ui.dialogs.interaction.show_plan_changes",
                        lambda _parent, changes: shown.append(describe(changes)))
    monkeypatch.setattr("jobfollowup.ui.dialogs.interaction.ask", lambda *_a: True)
    return shown


def test_the_banner_tells_what_is_due_once_and_the_tray_is_guarded(window):
    assert window.tray is None  # offscreen there is no tray: the banner alone tells
    assert not window.banner.isVisible()
    told = window.reminders.check()
    assert [r.id for r in told] == [window.email]
    assert window.banner.isVisible()
    assert window.banner.heading.text() == "1 follow-up to send"
    assert window.reminders.check() == []  # five minutes later: nothing new to tell
    window.banner.open_button.click()
    assert window.stack.currentIndex() == 0
    window.banner.dismiss_button.click()
    assert not window.banner.isVisible()


def test_the_timer_tells_again_after_midnight_once(qtbot, window):
    clock = [TODAY]
    window = shown_window(qtbot, lambda: clock[0])  # the same data, on a clock we move
    assert window.reminders.timer.interval() == 5 * 60 * 1000
    email = next(r.id for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    assert [r.id for r in window.reminders.check()] == [email]
    assert window.reminders.check() == []
    clock[0] = TODAY + dt.timedelta(days=1)  # past midnight: still to send, now overdue
    assert [r.id for r in window.reminders.check()] == [email]
    assert window.reminders.check() == []


def test_snooze_goes_through_the_rule_check_and_can_be_undone(window):
    window.reminders.check()
    asked = []

    def choose(_parent, row, day, verdict):
        asked.append((row.id, day, verdict))
        return choice

    window.banner.choose = choose
    choice = CANCEL  # Saturday the 19th is past R1's 24 hours: asked, and nothing moves
    assert window.banner.snooze(window.email, D(2026, 12, 19)) is None
    (follow_up, day, verdict), = asked
    assert (follow_up, day) == (window.email, D(2026, 12, 19))
    assert not verdict.allowed and "R1" in {r.rule for r in verdict.violations}
    assert get_follow_up(window.email).date == TODAY
    choice = NEAREST
    moved = window.banner.snooze(window.email, D(2026, 12, 19))
    assert moved == verdict.nearest_allowed == D(2026, 12, 18)
    assert get_follow_up(window.email).date == D(2026, 12, 18)
    assert not window.banner.isVisible()  # nothing left due today
    window.undo_action.trigger()
    assert get_follow_up(window.email).date == TODAY


def test_they_replied_ends_the_check_ins_and_says_so(window, shown_changes, monkeypatch):
    def answer(dialog):
        dialog.summary.setPlainText("Kari called: next round in January")
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        dialog.accept()
        return ReplyDialog.DialogCode.Accepted

    monkeypatch.setattr(ReplyDialog, "exec", answer)
    assert note_reply(window, window.operations, window.email, TODAY)
    planned = {r.kind for r in list_follow_ups(states=("planned",))}
    assert Kind.CHECK_IN not in planned and Kind.THANK_YOU_EMAIL in planned
    text, = shown_changes
    assert "Check in with Kari Nordmann: no longer planned" in text
    # R8 was offered and taken: phone is now how Kari likes to be reached.
    from jobfollowup.services.records.contacts import get_contact

    assert get_contact(get_follow_up(window.email).contact_id).preferred_channel == "phone"


def test_a_reply_logged_as_the_outcome_plans_what_a_rejection_calls_for(
        window, shown_changes, qtbot):
    from jobfollowup.ui.dialogs.interaction import LogInteractionDialog

    kari = get_follow_up(window.email).contact_id
    dialog = LogInteractionDialog(window.operations, kari, "Kari Nordmann", TODAY, window)
    qtbot.addWidget(dialog)
    assert not dialog.outcome.isEnabled()  # not a reply yet
    dialog.direction.setCurrentIndex(dialog.direction.findData("in"))
    dialog.application.setCurrentIndex(dialog.application.findData(window.job))
    assert dialog.outcome.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("rejected"))
    dialog.accept()
    assert Application.get_by_id(window.job).status == "rejected"
    text, = shown_changes
    assert text.splitlines() == [
        "Thank Kari Nordmann despite the no: planned for Thursday, December 17, 2026",
        "Keep in touch with Kari Nordmann: planned for Thursday, March 18, 2027",
        "Check in with Kari Nordmann: no longer planned (Tuesday, December 29, 2026)",
        "Check in with Kari Nordmann: no longer planned (Thursday, January 7, 2027)",
        "Keep in touch with Kari Nordmann: no longer planned (Tuesday, February 9, 2027)"]


def test_preferences_keep_a_feed_and_a_login_entry(window, tmp_path, monkeypatch, qtbot):
    from jobfollowup.ui.dialogs.moving import move_follow_up
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "phone"
    folder.mkdir()
    dialog = PreferencesDialog(window.operations, window)
    qtbot.addWidget(dialog)
    assert not dialog.start_minimised.isEnabled()
    dialog.start_at_login.setChecked(True)
    dialog.start_minimised.setChecked(True)
    dialog.feed_folder.setText(str(folder))
    dialog.accept()
    entry = tmp_path / "config" / "autostart" / "org.jobfollowup.JobFollowup.desktop"
    assert "--minimised" in entry.read_text()
    feed = folder / "jobfollowup.ics"
    written = feed.read_bytes()
    move_follow_up(window, window.operations, window.email, D(2026, 12, 18), TODAY)
    assert window.feed.pending and feed.read_bytes() == written  # once the burst is over
    qtbot.waitUntil(lambda: not window.feed.pending, timeout=5000)
    events = icalendar.Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    email = next(e for e in events if str(e["uid"]).startswith(f"followup-{window.email}."))
    assert email.decoded("dtstart") == D(2026, 12, 18)
    move_follow_up(window, window.operations, window.email, TODAY, TODAY)  # and back
    QCoreApplication.instance().aboutToQuit.emit()  # quitting within the delay loses nothing
    assert not window.feed.pending
    events = icalendar.Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    email = next(e for e in events if str(e["uid"]).startswith(f"followup-{window.email}."))
    assert email.decoded("dtstart") == TODAY
    dialog = PreferencesDialog(window.operations, window)
    qtbot.addWidget(dialog)
    dialog.start_at_login.setChecked(False)
    dialog.accept()
    assert not entry.exists()


def test_a_reply_logged_with_a_decision_date_keeps_the_check_ins_after_it(
        window, shown_changes, qtbot):
    """"They wrote" in Contacts, not yet the outcome, with the day they will decide by:
    the check-ins wait until after it instead of stopping."""
    from jobfollowup.ui.dialogs.interaction import LogInteractionDialog

    kari = get_follow_up(window.email).contact_id
    dialog = LogInteractionDialog(window.operations, kari, "Kari Nordmann", TODAY, window)
    qtbot.addWidget(dialog)
    assert not dialog.decide_by.isEnabled()  # not a reply about an application yet
    dialog.direction.setCurrentIndex(dialog.direction.findData("in"))
    dialog.application.setCurrentIndex(dialog.application.findData(window.job))
    assert dialog.decide_by.isEnabled()
    dialog.decide_by.set_value(D(2027, 1, 8))
    dialog.accept()
    check_ins = [r.date for r in list_follow_ups(states=("planned",))
                 if r.kind is Kind.CHECK_IN]
    assert check_ins and min(check_ins) > D(2027, 1, 8)
    assert Application.get_by_id(window.job).reply_by == D(2027, 1, 8)
    dialog = LogInteractionDialog(window.operations, kari, "Kari Nordmann", TODAY, window)
    qtbot.addWidget(dialog)
    dialog.direction.setCurrentIndex(dialog.direction.findData("in"))
    dialog.application.setCurrentIndex(dialog.application.findData(window.job))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("offer"))
    assert not dialog.decide_by.isEnabled()  # an outcome is no longer waiting


def test_the_reminders_float_over_the_window_and_move_nothing(qtbot, window):
    window.resize(1024, 640)
    before = window.stack.geometry()
    assert [r.id for r in window.reminders.check()] == [window.email]
    assert window.banner.isVisible()
    assert window.stack.geometry() == before  # the views stayed where they were
    central, card = window.centralWidget().rect(), window.banner.geometry()
    assert central.contains(card)
    assert card.bottom() > central.height() - 40 and card.right() > central.width() - 40
    window.resize(900, 600)  # it follows the window
    assert window.centralWidget().rect().contains(window.banner.geometry())


def test_outside_today_the_reminders_are_a_line_in_the_status_bar(qtbot, window):
    window.reminders.check()
    assert window.banner.isVisible() and not window.banner.elsewhere.isVisible()
    window.show_view(1)  # the Calendar: no card over the days
    assert not window.banner.isVisible()
    assert window.banner.elsewhere.isVisible()
    assert window.banner.elsewhere.text() == "1 follow-up to send"
    window.banner.elsewhere.click()
    assert window.stack.currentIndex() == 0 and window.banner.isVisible()
    window.banner.dismiss_button.click()
    window.show_view(1)
    assert not window.banner.elsewhere.isVisible()  # dismissed until the next reminder
