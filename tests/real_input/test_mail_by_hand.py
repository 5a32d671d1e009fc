"""The mailbox's core gesture, by hand in the real app (Xvfb, real pointer and keys): a
contact's reply arrives in the user's mailbox (a real IMAP server, Dovecot); the app,
checking at start in the background, shows it on Today; the user clicks "Log as their
reply"; the file then holds the exchange and no check-in still planned for that
application, and Ctrl+Z puts the check-ins back. And the account set up in Preferences
with the keyboard alone, tested there, its password in the keyring only."""

from __future__ import annotations

import base64
import json
import time

from driver import App

from mailserver import ADDRESS, PASSWORD, USER, message


def wait_until(check, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the app did not get there"
        time.sleep(0.05)


def set_up_account(folder, dovecot) -> None:
    """The account as Preferences leaves it, in the test's copy of the data (the password
    in the test's keyring, which the app finds through the same keyring settings)."""
    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.mail.account import save_account

    open_data(folder)
    try:
        save_account("127.0.0.1", dovecot.port, "plain", USER, PASSWORD)
    finally:
        close_data()


def test_a_reply_in_the_mailbox_is_logged_with_one_click_and_undone(
        xserver, search, tmp_path, dovecot, test_keyring):
    (contact_id, name, email, application_id), = search.rows(
        "SELECT c.id, c.name, c.email, f.application_id FROM follow_up f JOIN contact c"
        " ON c.id = f.contact_id WHERE f.kind = 'check-in' AND f.state = 'planned'"
        " AND c.email != '' ORDER BY c.id LIMIT 1")

    def planned_check_ins() -> list[int]:
        return [i for (i,) in search.rows(
            "SELECT id FROM follow_up WHERE application_id = ? AND kind = 'check-in'"
            " AND state = 'planned' ORDER BY id", application_id)]

    def replies() -> list[tuple]:
        return search.rows("SELECT date, channel, application_id FROM interaction WHERE"
                           " contact_id = ? AND direction = 'in'", contact_id)

    waiting, replied_before = planned_check_ins(), replies()
    assert waiting
    set_up_account(search.folder, dovecot)
    dovecot.append("INBOX", message(f"{name} <{email}>", ADDRESS, "Re: our conversation",
                                    "Thank you, we will come back to you next week."))
    work = tmp_path / "app"
    work.mkdir()
    app = App(xserver, search.folder, work)
    try:
        shown = app.wait_for("mail_suggestions()", timeout=40)
        assert shown == [s for s in shown if s.startswith(f"{name} wrote on ")]
        assert shown[0].endswith(": Re: our conversation")
        app.click(*app.ask("labelled('Log as their reply')"))
        wait_until(lambda: len(replies()) == len(replied_before) + 1)
        assert planned_check_ins() == []
        new = [r for r in replies() if r not in replied_before]
        assert [(channel, app_id) for _day, channel, app_id in new] == [
            ("email", application_id)]
        assert search.rows("SELECT status FROM mail_message") == [("accepted",)]
        app.wait_for("mail_suggestions() == []")

        app.wait_for("active()")
        app.key("ctrl+z")
        wait_until(lambda: planned_check_ins() == waiting)
        assert replies() == replied_before
        app.wait_for("mail_suggestions() != []")  # back on Today, to decide again
        assert "\\Seen" not in str(dovecot.contents("INBOX"))
    except BaseException:
        app.screenshot(work / "failure.png")
        raise
    finally:
        app.quit()


def test_the_account_is_set_up_in_preferences_by_keyboard_alone(test_keyring, dovecot,
                                                               search, app):
    """(The test's keyring is chosen before the app starts, which finds it the way it
    would find the user's.)"""
    app.wait_for("active()")
    app.key("ctrl+comma")
    dialog = app.wait_for("modal()")
    assert dialog["title"] == "Preferences"
    app.key("alt+m")  # the Mail tab
    app.key("alt+s")
    app.type("127.0.0.1")
    app.key("alt+u", "End")  # security: the last choice, none (this computer only)
    app.key("alt+o", "ctrl+a")
    app.type(str(dovecot.port))
    app.key("alt+n")
    app.type(USER)
    app.key("alt+w")
    app.type(PASSWORD)
    app.key("alt+t")
    said = app.wait_for("mail_form_result() if not mail_form_result().startswith("
                        "'Connecting') else ''", timeout=30)
    assert said.startswith("Connected. Inbox: 0 messages"), said
    app.key("Return")
    app.wait_for("modal() is None")
    (stored,), = search.rows("SELECT value FROM setting WHERE key = 'mail_account'")
    assert json.loads(stored) == {"server": "127.0.0.1", "port": dovecot.port,
                                  "security": "plain", "user": USER}
    kept = base64.b64encode(PASSWORD.encode()).decode()
    assert kept in (test_keyring / "keyring_pass.cfg").read_text()
    assert PASSWORD.encode() not in (search.folder / "jobfollowup.sqlite3").read_bytes()
