"""A follow-up's draft placed in the user's own Drafts folder, so they send it from their
mail app, with their own signature and from their own address — the one thing the app
ever writes to the mailbox (an IMAP APPEND with the \\Draft flag). The app remembers the
draft's Message-ID: when the note later shows in the Sent folder, it knows which
follow-up went out (matching.py).

Composing reads the data and placing it reaches the network: the window does each on its
own thread (compose, append_draft, remember_draft)."""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Channel, MailKind, MailStatus
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.mail.account import MailAccount
from jobfollowup.services.mail.connection import (
    MailError,
    close_quietly,
    explain,
    open_mailbox,
)
from jobfollowup.services.mail.folders import find_folders
from jobfollowup.services.planning.drafts import open_draft
from jobfollowup.storage.models import FollowUp, MailMessage, database_proxy


@dataclass(frozen=True)
class ComposedDraft:
    follow_up_id: int
    to: str
    subject: str
    message_id: str
    raw: bytes


def compose(follow_up_id: int, account: MailAccount, now: dt.datetime | None = None
            ) -> ComposedDraft:
    """The follow-up's draft as an email: To the contact, its subject and text, From the
    user when their user name is an address, and a Message-ID of its own."""
    draft = open_draft(follow_up_id)
    if draft.channel is not Channel.EMAIL:
        raise ValidationError(_("Only an email goes to your Drafts folder."), "follow_up")
    if not draft.contact_email:
        raise ValidationError(_("No email address is stored for {name}: add it in "
                                "Contacts first.").format(name=draft.contact_name), "email")
    domain = account.address.rsplit("@", 1)[-1] if account.address else "jobfollowup.invalid"
    message_id = email.utils.make_msgid(domain=domain)
    note = EmailMessage()
    if account.address:
        note["From"] = account.address
    note["To"] = email.utils.formataddr((draft.contact_name, draft.contact_email))
    note["Subject"] = draft.subject
    note["Date"] = email.utils.format_datetime((now or dt.datetime.now()).astimezone())
    note["Message-ID"] = message_id
    note.set_content(draft.body)
    return ComposedDraft(follow_up_id, draft.contact_email.lower(), draft.subject, message_id,
                         note.as_bytes())


def append_draft(account: MailAccount, password: str | None, composed: ComposedDraft) -> str:
    """Place the draft in the Drafts folder with the \\Draft flag; returns the folder."""
    box = open_mailbox(account, password)
    try:
        folder = find_folders(box.folder.list()).drafts
        if folder is None:
            raise MailError(_("No Drafts folder was found in your mailbox: make one named "
                              "“Drafts” in your mail app, then try again."), "folder")
        box.append(composed.raw, folder, flag_set=["\\Draft", "\\Seen"])
    except Exception as error:
        raise explain(error, account) from error
    finally:
        close_quietly(box)
    return folder


def remember_draft(composed: ComposedDraft, day: dt.date | None = None) -> int:
    """Note that the draft is in the Drafts folder, to know it again in Sent."""
    with database_proxy.atomic():
        item = FollowUp.get_or_none(FollowUp.id == composed.follow_up_id)
        if item is None:
            raise ValidationError(_("That follow-up no longer exists."), "follow_up")
        return MailMessage.create(
            kind=MailKind.DRAFT, status=MailStatus.PLACED, message_id=composed.message_id,
            sent_on=day or dt.date.today(), address=composed.to, subject=composed.subject[:250],
            contact=item.contact_id, application=item.application_id, follow_up=item.id).id
