"""The mailbox as the user meets it in the window, against a real IMAP server (Dovecot):
Preferences → Mail sets the account up and tests it without freezing the window; a check
runs in the background and its suggestions appear on Today; one click logs a reply (and
Edit → Undo takes it back); a server gone is said in the status bar and nothing is lost."""

from __future__ import annotations

import datetime as dt
import time

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from jobfollowup.rules.kinds import Kind, MailStatus, State
from jobfollowup.services import settings
from jobfollowup.services.mail.account import KEYRING_SERVICE, stored_account
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import FollowUp, Interaction, MailMessage
from jobfollowup.ui.dialogs.preferences import PreferencesDialog
from jobfollowup.ui.operations.core import Operations
from mailserver import ADDRESS, PASSWORD, USER, message
from windows import shown_window

TODAY = dt.date.today()
KARI = "kari@equinor.example"


def check_ins(application_id: int) -> list[int]:
    return [f.id for f in FollowUp.select().where(
        (FollowUp.application == application_id) & (FollowUp.kind == Kind.CHECK_IN.value)
        & (FollowUp.state == State.PLANNED))]


@pytest.fixture
def search(data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email=KARI, preferred_channel="email")
    job = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(job, dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10)), [kari])
    return {"kari": kari, "job": job}


def test_preferences_set_up_and_test_the_account_off_the_windows_thread(
        qtbot, data_dir, dovecot, test_keyring):
    dialog = PreferencesDialog(Operations(), restart=lambda: None)
    qtbot.addWidget(dialog)
    form = dialog.mail
    form.server.setText("127.0.0.1")
    form.security.setCurrentIndex(form.security.findData("plain"))
    form.port.setValue(dovecot.port)
    form.user.setText(USER)
    form.password.setText("wrong")
    started = time.monotonic()
    assert form.test_connection()
    assert time.monotonic() - started < 0.5  # the window goes on while it connects
    assert "Connecting to 127.0.0.1" in form.result.text()
    qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=20000)
    assert "refused the user name or the password" in form.result.text()
    form.password.setText(PASSWORD)
    form.test_connection()
    qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=20000)
    assert form.result.text().startswith("Connected.")
    assert "“Sent”" in form.result.text() and "“Drafts”" in form.result.text()
    dialog.accept()
    assert stored_account().port == dovecot.port
    assert keyring.get_password(KEYRING_SERVICE, stored_account().keyring_name) == PASSWORD
    assert PASSWORD.encode() not in (data_dir / "jobfollowup.sqlite3").read_bytes()


def test_a_refused_account_keeps_preferences_open_on_the_mail_tab(qtbot, data_dir,
                                                                 test_keyring):
    dialog = PreferencesDialog(Operations(), restart=lambda: None)
    qtbot.addWidget(dialog)
    dialog.mail.server.setText("imap.example.com")
    dialog.mail.security.setCurrentIndex(dialog.mail.security.findData("plain"))
    dialog.mail.user.setText(USER)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.mail
    assert "cross the network unprotected" in dialog.mail.result.text()
    assert stored_account() is None


def test_a_reply_arrives_is_suggested_on_today_and_one_click_logs_it(
        qtbot, search, mail_account, dovecot):
    window = shown_window(qtbot, TODAY)
    today = window.view(0)
    assert not today.mail_panel.isVisible()  # nothing yet
    dovecot.append("INBOX", message(f"Kari Nordmann <{KARI}>", ADDRESS, "Re: Data Engineer"))
    waiting = check_ins(search["job"])
    assert waiting
    with qtbot.waitSignal(window.mail.checked, timeout=20000):
        assert window.mail.check(by_hand=True)
    panel = today.mail_panel
    qtbot.waitUntil(panel.isVisible)
    (suggestion,) = panel.suggestions
    title = panel.findChildren(type(today.empty))[0].text()
    assert title.startswith("Kari Nordmann wrote on ") and title.endswith(": Re: Data Engineer")
    log, _dismiss = panel.buttons[suggestion.id]
    assert log.text() == "Log as their reply"
    log.click()
    assert check_ins(search["job"]) == []
    assert Interaction.get(Interaction.direction == "in").contact_id == search["kari"]
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert "Log Kari Nordmann's email of" in window.operations.undo_stack.undoText()
    assert window.operations.undo()
    assert sorted(check_ins(search["job"])) == sorted(waiting)
    assert Interaction.select().where(Interaction.direction == "in").count() == 0
    assert MailMessage.get().status == MailStatus.SUGGESTED
    qtbot.waitUntil(panel.isVisible)  # back to be decided
    panel.dismiss(panel.suggestions[0])
    assert MailMessage.get().status == MailStatus.DISMISSED
    assert sorted(check_ins(search["job"])) == sorted(waiting)  # dismissing re-plans nothing


def test_checks_logged_without_asking_when_the_user_chose_so(qtbot, search, mail_account,
                                                             dovecot):
    settings.put("mail_auto_accept", True)
    window = shown_window(qtbot, TODAY)
    dovecot.append("INBOX", message(KARI, ADDRESS, "Re: Data Engineer"))
    with qtbot.waitSignal(window.mail.checked, timeout=20000):
        window.mail.check()
    assert check_ins(search["job"]) == []
    assert window.operations.undo_stack.canUndo()  # one click away from taking it back


def test_a_server_gone_is_said_in_the_status_bar_and_tried_again(qtbot, search,
                                                                 mail_account, dovecot):
    window = shown_window(qtbot, TODAY)
    dovecot.append("INBOX", message(KARI, ADDRESS, "Re: Data Engineer"))
    dovecot.stop()
    with qtbot.waitSignal(window.mail.failed, timeout=20000):
        window.mail.check()
    assert window.statusBar().currentMessage().startswith("Mail not checked: ")
    assert "refused the connection" in window.statusBar().currentMessage()
    assert MailMessage.select().count() == 0
    assert window.mail.timer.isActive() or not window.mail.busy  # the next round will try
    dovecot.start()
    with qtbot.waitSignal(window.mail.checked, timeout=20000):
        window.mail.check()
    assert len(window.view(0).mail_panel.suggestions) == 1


def test_without_an_account_nothing_is_checked(qtbot, search):
    window = shown_window(qtbot, TODAY)
    assert not window.mail.check()
    assert not window.mail.check(by_hand=True)
    assert "No mail account is set up" in window.statusBar().currentMessage()
    QApplication.processEvents()
    assert not window.view(0).mail_panel.isVisible()


def test_with_imap_idle_a_reply_shows_as_it_arrives(qtbot, search, mail_account, dovecot,
                                                    monkeypatch):
    from jobfollowup.services.mail import reading

    monkeypatch.setattr(reading, "IDLE_ROUND", 0.3)  # looks at its stop flag more often
    window = shown_window(qtbot, TODAY)
    with qtbot.waitSignal(window.mail.checked, timeout=20000):
        window.mail.check()
    qtbot.waitUntil(lambda: window.mail.watching, timeout=5000)
    time.sleep(0.5)  # the wait is in IDLE on the server
    dovecot.append("INBOX", message(f"Kari Nordmann <{KARI}>", ADDRESS, "Re: Data Engineer"))
    with qtbot.waitSignal(window.mail.checked, timeout=20000) as arrived:
        pass  # no click, no timer: the server told
    assert arrived.args[0] and not window.mail.timer.isActive()
    qtbot.waitUntil(window.view(0).mail_panel.isVisible)
    qtbot.waitUntil(lambda: window.mail.watching, timeout=5000)  # waiting again
    dovecot.stop()  # a server gone ends the wait (the timer's rounds go on)
    qtbot.waitUntil(lambda: not window.mail.watching, timeout=5000)


def test_an_email_from_someone_who_prefers_the_phone_offers_email_as_theirs(
        qtbot, search, mail_account, dovecot, monkeypatch):
    from jobfollowup.services.records.core import add_contact
    from jobfollowup.storage.models import Contact

    asked = []
    monkeypatch.setattr("jobfollowup.ui.dialogs.interaction.ask",
                        lambda _parent, title, *_rest: asked.append(title) or True)
    luca = add_contact("Luca Romano", country="IT", email="luca@ferrero.example",
                       preferred_channel="phone")
    window = shown_window(qtbot, TODAY)
    dovecot.append("INBOX", message("luca@ferrero.example", ADDRESS, "Re: colloquio"))
    with qtbot.waitSignal(window.mail.checked, timeout=20000):
        window.mail.check()
    panel = window.view(0).mail_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.accept(panel.suggestions[0])
    assert asked == ["Their preferred channel?"]  # R8
    assert Contact.get_by_id(luca).preferred_channel == "email"
