"""A draft placed in the user's Drafts folder (the one thing the app writes to the
mailbox), with the \\Draft flag and a Message-ID the app remembers; sent later from the
mail app, it is found in the Sent folder and its follow-up marked sent. Against a real
IMAP server (Dovecot); the draft editor does it off the window's thread."""

from __future__ import annotations

import datetime as dt
import email

import pytest

from jobfollowup.rules.kinds import Kind, MailKind, State
from jobfollowup.services import settings
from jobfollowup.services.mail.account import read_password
from jobfollowup.services.mail.drafts import append_draft, compose, remember_draft
from jobfollowup.services.mail.suggestions import accept, check_mail, pending
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import FollowUp
from jobfollowup.ui.dialogs.draft_editor import open_draft_dialog
from jobfollowup.ui.operations.core import Operations

TODAY = dt.date.today()


@pytest.fixture
def thanks(mail_account):
    settings.put("home_country", "NO")
    settings.put("sender_name", "Robin Lee")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example",
                       preferred_channel="email", note_language="en")
    job = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(job, dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10)), [kari])
    return FollowUp.get(FollowUp.kind == Kind.THANK_YOU_EMAIL.value)


def test_a_draft_goes_to_the_drafts_folder_and_is_known_again_in_sent(
        thanks, mail_account, dovecot):
    before = {folder: dovecot.contents(folder) for folder in ("INBOX", "Sent")}
    composed = compose(thanks.id, mail_account)
    assert append_draft(mail_account, read_password(mail_account), composed) == "Drafts"
    remember_draft(composed)
    ((_uid, flags, raw),) = dovecot.contents("Drafts")
    assert "\\Draft" in flags
    placed = email.message_from_bytes(raw)
    assert placed["Message-ID"] == composed.message_id
    assert placed["To"] == "Kari Nordmann <kari@equinor.example>"
    assert placed["From"] == "robin@example.org"
    assert placed["Subject"] == composed.subject and composed.subject
    assert "Kari" in placed.get_payload(decode=True).decode()
    assert {folder: dovecot.contents(folder) for folder in before} == before  # untouched

    dovecot.append("Sent", raw.replace(b"Subject: ", b"Subject: Sent: ", 1), "\\Seen")
    check_mail(TODAY)
    (suggestion,) = pending()
    assert (suggestion.kind, suggestion.follow_up_id) == (MailKind.SENT, thanks.id)
    accept(suggestion.id)
    assert FollowUp.get_by_id(thanks.id).state == State.DONE


def test_only_an_email_with_an_address_goes_to_the_drafts_folder(thanks, mail_account):
    from jobfollowup.services.errors import ValidationError
    from jobfollowup.services.records.contacts import update_contact

    update_contact(thanks.contact_id, email="")
    with pytest.raises(ValidationError, match="No email address is stored for Kari"):
        compose(thanks.id, mail_account)


def test_the_draft_editor_places_the_draft_off_the_windows_thread(qtbot, thanks, dovecot):
    editor = open_draft_dialog(None, Operations(), thanks.id)
    qtbot.addWidget(editor)
    assert editor.drafts_button.isVisibleTo(editor) and editor.drafts_button.isEnabled()
    editor.body.setPlainText(editor.body.toPlainText() + "\nP.S. Edited here.")
    assert editor.put_in_drafts()
    qtbot.waitUntil(lambda: "send it from your mail app" in editor.mail_result.text(),
                    timeout=20000)
    ((_uid, flags, raw),) = dovecot.contents("Drafts")
    assert "\\Draft" in flags and b"P.S. Edited here." in raw
    assert FollowUp.get_by_id(thanks.id).draft.endswith("P.S. Edited here.")  # saved first
