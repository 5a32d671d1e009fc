"""What Today and the Calendar both do to a follow-up: skip it, mark it sent, note a reply."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from jobfollowup.i18n import _
from jobfollowup.services.planning.follow_ups import (
    get_follow_up,
    mark_done,
    skip,
)
from jobfollowup.ui.operations.core import CONTACTS, FOLLOW_UPS, Operations, keep_errors
from jobfollowup.ui.widgets.follow_up_text import summary


def skip_follow_up(parent: QWidget | None, operations: Operations, follow_up_id: int) -> bool:
    """Leave a follow-up out, as one undoable step."""
    ok, row = operations.read(parent, get_follow_up, follow_up_id)
    if not ok:
        return False
    ok, _previous = operations.run_undoable(
        parent, _("Skip “{follow_up}”").format(follow_up=summary(row)),
        lambda: skip(follow_up_id), changes={FOLLOW_UPS})
    return ok


def mark_follow_up_sent(parent: QWidget | None, operations: Operations, follow_up_id: int,
                        today: dt.date) -> bool:
    """Mark sent with its draft, as one undoable step; when the services find the name
    misspelt (R15), the draft opens so the user can correct it first."""
    from jobfollowup.services.planning.drafts import NameInDoubtError  # the notes, when needed

    ok, row = operations.read(parent, get_follow_up, follow_up_id)
    if not ok:
        return False
    doubts, refused = keep_errors(parent, NameInDoubtError)
    ok, _moved = operations.run_undoable(
        parent, _("Mark “{follow_up}” sent").format(follow_up=summary(row)),
        lambda: mark_done(follow_up_id, today), changes={FOLLOW_UPS, CONTACTS},
        on_error=refused)
    if doubts:
        QMessageBox.information(parent, _("Check the draft first"), str(doubts[0]))
        from jobfollowup.ui.dialogs.draft_editor import open_draft

        open_draft(parent, operations, follow_up_id)
    return ok


def note_reply(parent: QWidget | None, operations: Operations, follow_up_id: int,
               today: dt.date) -> bool:
    """They answered: ask how and whether it was the outcome, store it, re-plan, and say
    what changed; offer their reply channel as the preferred one (R8)."""
    from jobfollowup.ui.dialogs.interaction import offer_preferred_channel, show_plan_changes
    from jobfollowup.ui.dialogs.reply import ReplyDialog

    ok, row = operations.read(parent, get_follow_up, follow_up_id)
    if not ok:
        return False
    dialog = ReplyDialog(operations, row, today, parent)
    if dialog.exec() != ReplyDialog.DialogCode.Accepted or dialog.replied is None:
        return False
    replied = dialog.replied
    changes = replied.changes
    if replied.suggested_channel is not None:
        changes += offer_preferred_channel(parent, operations, replied.contact_id,
                                           row.contact_name, replied.suggested_channel)
    show_plan_changes(parent, changes)
    return True
