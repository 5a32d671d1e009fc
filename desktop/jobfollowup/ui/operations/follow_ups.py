"""What the user does to a follow-up: skip it, move it, mark it sent or not, edit its
draft, note a reply, and the reminders told.

Each is one named step: it calls the service, names the step for Edit → Undo, and says
which records it changed. Dialogs ask first; these only act.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.services.planning import follow_ups, reminders
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.records.replies import reply_to_follow_up
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import (
    CauseHandler,
    ErrorHandler,
    Operations,
    keep_errors,
)
from jobfollowup.ui.widgets.follow_up_text import summary

if TYPE_CHECKING:  # the notes and their proofreading load when a draft is first touched
    from jobfollowup.services.planning import drafts

SENT = Change.FOLLOW_UPS | Change.CONTACTS  # a note sent is an exchange in the contact's history


def day_name(day: dt.date, today: dt.date | None = None) -> str:
    """"Tuesday 5 January", with the year when it is not this year's."""
    return format_day(day, current_language(),
                      with_year=today is not None and day.year != today.year)


def _row(ops: Operations, parent: QWidget | None, follow_up_id: int) -> FollowUpRow | None:
    ok, row = ops.read(parent, follow_ups.get_follow_up, follow_up_id)
    return row if ok else None


def skip(ops: Operations, parent: QWidget | None, follow_up_id: int) -> bool:
    """Leave a follow-up out."""
    row = _row(ops, parent, follow_up_id)
    if row is None:
        return False
    ok, _previous = ops.run_undoable(
        parent, _("Skip “{follow_up}”").format(follow_up=summary(row)),
        lambda: follow_ups.skip(follow_up_id), Change.FOLLOW_UPS)
    return ok


def move(ops: Operations, parent: QWidget | None, row: FollowUpRow, day: dt.date,
         today: dt.date) -> bool:
    """Put a follow-up on `day` (the rules were consulted by the caller)."""
    text = _("Move “{follow_up}” to {date}").format(follow_up=summary(row),
                                                    date=day_name(day, today))
    ok, _previous = ops.run_undoable(
        parent, text, lambda: follow_ups.reschedule(row.id, day), Change.FOLLOW_UPS)
    return ok


def mark_sent(ops: Operations, parent: QWidget | None, follow_up_id: int, today: dt.date,
              subject: str | None = None, body: str | None = None,
              name_checked: bool = False) -> tuple[bool, drafts.NameInDoubtError | None]:
    """Mark sent (with the draft as the editor holds it, if given); the later check-ins
    are re-spaced. When the proofreader doubts the name (R15) nothing is done, and the
    doubt is returned for the caller to ask about: it may then pass `name_checked`."""
    from jobfollowup.services.planning import drafts

    row = _row(ops, parent, follow_up_id)
    if row is None:
        return False, None
    doubts, refused = keep_errors(parent, drafts.NameInDoubtError)
    ok, _moved = ops.run_undoable(
        parent, _("Mark “{follow_up}” sent").format(follow_up=summary(row)),
        lambda: follow_ups.mark_done(follow_up_id, today, subject, body, name_checked),
        SENT, on_error=refused)
    return ok, (doubts[0] if doubts else None)


def mark_not_sent(ops: Operations, parent: QWidget | None, follow_up_id: int) -> bool:
    """A follow-up marked sent by mistake goes back to its plan."""
    row = _row(ops, parent, follow_up_id)
    if row is None:
        return False
    ok, _result = ops.run_undoable(
        parent, _("Mark “{follow_up}” not sent").format(follow_up=summary(row)),
        lambda: follow_ups.mark_not_sent(follow_up_id), SENT)
    return ok


def save_draft(ops: Operations, parent: QWidget | None, follow_up_id: int, subject: str,
               body: str) -> bool:
    from jobfollowup.services.planning import drafts

    row = _row(ops, parent, follow_up_id)
    if row is None:
        return False
    ok, _result = ops.run_undoable(
        parent, _("Edit the draft of “{follow_up}”").format(follow_up=summary(row)),
        lambda: drafts.save_draft(row.id, subject, body), Change.FOLLOW_UPS)
    return ok


def start_draft_over(ops: Operations, parent: QWidget | None, follow_up_id: int
                     ) -> tuple[bool, drafts.Draft | None]:
    """The draft written again from its template."""
    from jobfollowup.services.planning import drafts

    row = _row(ops, parent, follow_up_id)
    if row is None:
        return False, None
    return ops.run_undoable(
        parent, _("Start over the draft of “{follow_up}”").format(follow_up=summary(row)),
        lambda: drafts.rerender_draft(row.id), Change.FOLLOW_UPS)


def note_reply(ops: Operations, parent: QWidget | None, row: FollowUpRow, today: dt.date,
               channel: str, said: str, outcome: str, on_error: ErrorHandler | None = None,
               decide_by: dt.date | None = None):
    """They answered this follow-up: stored, and the plan re-made (R5, R6) — the check-ins
    stop, or, with the day they will decide by, wait until after it."""
    return ops.run_undoable(
        parent, _("They replied: “{follow_up}”").format(follow_up=summary(row)),
        lambda: reply_to_follow_up(row.id, today, channel, said, outcome, decide_by),
        Change.RECORDS, on_error=on_error)


def note_reminded(ops: Operations, follow_up_ids: list[int], today: dt.date,
                  on_named_cause: CauseHandler | None = None) -> bool:
    """The reminders told today, so that they are told once (not a step to undo); False
    when they could not be noted (another program's lock: said through `on_named_cause`)."""
    ok, _result = ops.run(None, reminders.mark_announced, follow_up_ids, today,
                          changes=Change.NONE, on_named_cause=on_named_cause)
    return ok

