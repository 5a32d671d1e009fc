"""What Today and the Calendar both do to a follow-up when it takes a dialog: marking it
sent opens its draft when the name is in doubt (R15), and a reply asks how they answered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from jobfollowup.i18n import _
from jobfollowup.services.planning.follow_ups import get_follow_up
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.core import Operations


def mark_sent(parent: QWidget | None, operations: Operations, follow_up_id: int,
              today: dt.date) -> bool:
    """Mark sent with its draft; when the services find the name misspelt (R15), the draft
    opens so the user can correct it first."""
    ok, doubt = follow_up_ops.mark_sent(operations, parent, follow_up_id, today)
    if doubt is not None:
        from jobfollowup.ui.dialogs.draft_editor import open_draft  # the notes, when needed

        QMessageBox.information(parent, _("Check the draft first"), str(doubt))
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
