"""What the user does with their mailbox: set the account up or remove it, store what a
check found, accept or dismiss a suggestion (undoable: logging a reply or marking a note
sent is a step of Edit → Undo like any other), and remember a draft placed in the Drafts
folder. The network itself is reached off the window's thread (background.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.rules.kinds import MailKind
from jobfollowup.services.mail import account as mail_account
from jobfollowup.services.mail import suggestions
from jobfollowup.services.mail.reading import Fetched
from jobfollowup.services.mail.suggestions import Accepted, Suggestion
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import ErrorHandler, Operations

ACCEPTED = Change.RECORDS | Change.MAIL


def save_account(ops: Operations, parent: QWidget | None, server: str, port: int,
                 security: str, user: str, password: str | None, auto_accept: bool,
                 on_error: ErrorHandler | None = None) -> bool:
    """The account in the settings, its password in the keyring (not undone: Preferences
    is where it goes back)."""
    ok, _account = ops.run(parent, mail_account.save_account, server, port, security, user,
                           password, auto_accept, changes=Change.SETTINGS | Change.MAIL,
                           on_error=on_error)
    return ok


def remove_account(ops: Operations, parent: QWidget | None) -> bool:
    ok, _result = ops.run(parent, mail_account.remove_account,
                          changes=Change.SETTINGS | Change.MAIL)
    return ok


def record_check(ops: Operations, fetched: Fetched, own_address: str) -> list[int]:
    """Store what a check brought (not a step to undo: the mailbox is as it is)."""
    ok, made = ops.run(None, suggestions.record_check, fetched, own_address,
                       changes=Change.MAIL)
    return made if ok else []


def _day(day: dt.date) -> str:
    return format_day(day, current_language(), with_year=day.year != dt.date.today().year)


def step_text(suggestion: Suggestion) -> str:
    """How Edit → Undo names accepting `suggestion`."""
    if suggestion.kind == MailKind.REPLY:
        return _("Log {name}'s email of {date} as their reply").format(
            name=suggestion.contact_name, date=_day(suggestion.day))
    kind = suggestion.follow_up_kind
    follow_up = kind.task(suggestion.contact_name) if kind else suggestion.contact_name
    return _("Mark “{follow_up}” sent from your mailbox").format(follow_up=follow_up)


def accept(ops: Operations, parent: QWidget | None, suggestion: Suggestion
           ) -> Accepted | None:
    ok, accepted = ops.run_undoable(parent, step_text(suggestion),
                                    lambda: suggestions.accept(suggestion.id), ACCEPTED)
    return accepted if ok else None


def dismiss(ops: Operations, parent: QWidget | None, suggestion: Suggestion) -> bool:
    ok, _result = ops.run_undoable(
        parent, _("Dismiss the email of {date} from {name}").format(
            date=_day(suggestion.day), name=suggestion.contact_name)
        if suggestion.kind == MailKind.REPLY else
        _("Dismiss your email of {date} to {name}").format(
            date=_day(suggestion.day), name=suggestion.contact_name),
        lambda: suggestions.dismiss(suggestion.id), Change.MAIL)
    return ok


def remember_draft(ops: Operations, parent: QWidget | None, composed) -> bool:
    """A draft is in the Drafts folder now (not undone: it is on the server)."""
    from jobfollowup.services.mail.drafts import remember_draft as remember

    ok, _row = ops.run(parent, remember, composed, changes=Change.MAIL)
    return ok
