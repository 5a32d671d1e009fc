"""Undo and Redo of any change the user makes. The rows a change writes are noted while it
runs (`storage.row_changes`); Undo puts them back exactly, Redo makes them again, each in
one transaction, and refuses with a clear message rather than lose later work."""

from __future__ import annotations

from collections.abc import Callable

import peewee

from jobfollowup.i18n import _, ngettext
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.row_changes import ChangedSince, ChangeSet, reapply, revert
from jobfollowup.storage.row_changes import record as recorded  # run and note what changed

__all__ = ["ChangeSet", "ChangedSinceError", "recorded", "redo", "undo"]

# What each table holds, for telling the user what changed since.
_RECORDS = {
    "follow_up": lambda n: ngettext("{n} follow-up", "{n} follow-ups", n),
    "contact": lambda n: ngettext("{n} contact", "{n} contacts", n),
    "interaction": lambda n: ngettext("{n} logged exchange", "{n} logged exchanges", n),
    "application": lambda n: ngettext("{n} application", "{n} applications", n),
    "interview": lambda n: ngettext("{n} interview", "{n} interviews", n),
    "interview_participant": lambda n: ngettext("{n} interviewer", "{n} interviewers", n),
    "reference": lambda n: ngettext("{n} reference", "{n} references", n),
    "status_change": lambda n: ngettext("{n} status change", "{n} status changes", n),
    "note_template": lambda n: ngettext("{n} note template", "{n} note templates", n),
    "setting": lambda n: ngettext("{n} preference", "{n} preferences", n),
    "mail_folder": lambda n: ngettext("{n} mail folder", "{n} mail folders", n),
    "mail_message": lambda n: ngettext("{n} message from your mailbox",
                                       "{n} messages from your mailbox", n),
    "calendar_notice": lambda n: ngettext("{n} question from the calendar sync",
                                          "{n} questions from the calendar sync", n),
}


class ChangedSinceError(ValidationError):
    """Some of what the step changed was changed again since, outside Undo's reach (a
    draft edited and saved, another program): the user decides whether to go on."""


def undo(changes: ChangeSet, force: bool = False) -> None:
    """Put back what `changes` changed; `force` goes on over later changes."""
    _replay(revert, changes, force)


def redo(changes: ChangeSet, force: bool = False) -> None:
    """Make again what `changes` changed, after an undo."""
    _replay(reapply, changes, force)


def _replay(how: Callable[[ChangeSet, bool], None], changes: ChangeSet, force: bool) -> None:
    try:
        how(changes, force)
    except ChangedSince as error:
        counts: dict[str, int] = {}
        for table, _rowid in error.rows:
            counts[table] = counts.get(table, 0) + 1
        what = ", ".join(_RECORDS[table](n).format(n=n) for table, n in counts.items())
        raise ChangedSinceError(_(
            "Some of what this step changed has been changed again since ({what}), "
            "outside Undo's reach: an edited draft, or another program.").format(
                what=what)) from error
    except peewee.IntegrityError as error:
        raise ValidationError(_(
            "This step cannot be taken back: what it would remove is still used by "
            "records made since. Nothing was changed.")) from error
