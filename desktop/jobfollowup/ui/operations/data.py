"""What the user does to their data as a whole: import a file, load or decline the
sample search, restore a backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.services import backups
from jobfollowup.services.demo.offer import decline_sample_offer
from jobfollowup.services.exchange import contacts_files, everything, linkedin
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations


def import_contacts(ops: Operations, parent: QWidget | None,
                    preview: contacts_files.ContactsPreview) -> bool:
    """The new contacts of a previewed file, as one step."""
    ok, _ids = ops.run_undoable(parent, _("Import contacts"),
                                lambda: contacts_files.import_contacts(preview), Change.CONTACTS)
    return ok


def import_everything(ops: Operations, parent: QWidget | None,
                      preview: everything.FullPreview) -> bool:
    """All of a previewed JSON export, as one step."""
    ok, _counts = ops.run_undoable(parent, _("Import everything"),
                                   lambda: everything.import_json(preview), Change.EVERYTHING)
    return ok


def import_linkedin(ops: Operations, parent: QWidget | None,
                    preview: linkedin.LinkedInPreview) -> bool:
    """The new connections and applications of a previewed LinkedIn archive, as one step
    (one Undo takes the whole archive back)."""
    ok, _counts = ops.run_undoable(parent, _("Import LinkedIn archive"),
                                   lambda: linkedin.import_linkedin(preview),
                                   Change.CONTACTS | Change.APPLICATIONS)
    return ok


def load_sample(ops: Operations, parent: QWidget | None, today: dt.date) -> tuple[bool, int]:
    """The sample search as of `today`, as one step; returns how many follow-ups it plans."""
    from jobfollowup.services.demo.sample import load_small_demo  # only when the offer is taken

    ok, planned = ops.run_undoable(parent, _("Load the sample job search"),
                                   lambda: load_small_demo(today), Change.RECORDS)
    return ok, planned or 0


def decline_sample(ops: Operations, parent: QWidget | None) -> bool:
    """No sample search: the offer is not made again (not a step to undo)."""
    ok, _result = ops.run(parent, decline_sample_offer, changes=Change.NONE)
    return ok


def restore_backup(ops: Operations, parent: QWidget | None, path: Path) -> bool:
    """The data replaced by a backup; the undo steps belonged to the data replaced."""
    ok, _result = ops.run(parent, backups.restore_backup, path, changes=Change.EVERYTHING)
    if ok:
        ops.undo_stack.clear()
    return ok
