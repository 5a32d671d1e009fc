"""What the user does to an application: add, edit, change its status, delete it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Status
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records import applications, core
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import ErrorHandler, Operations
from jobfollowup.ui.widgets.labels import label

# Its dates, status and country re-plan its follow-ups (R5, R6, R7).
EDITED = Change.APPLICATIONS | Change.FOLLOW_UPS


def add(ops: Operations, parent: QWidget | None, company: str, position: str, values: dict,
        on_error: ErrorHandler | None = None) -> tuple[bool, int | None]:
    return ops.run_creation(
        parent, company, lambda: core.add_application(company, position, **values),
        Change.APPLICATIONS, on_error)


def edit(ops: Operations, parent: QWidget | None, application_id: int, today: dt.date,
         values: dict, on_error: ErrorHandler | None = None
         ) -> tuple[bool, PlanChanges | None]:
    return ops.run_undoable(
        parent, _("Edit {name}").format(name=values["company"].strip()),
        lambda: applications.update_application(application_id, today, **values),
        EDITED, on_error)


def set_status(ops: Operations, parent: QWidget | None, application_id: int, today: dt.date,
               status: Status) -> tuple[bool, PlanChanges | None]:
    """A new status: the references hear of it (R13), an ended search stops its check-ins."""
    return ops.run_undoable(
        parent, _("Set status to {status}").format(status=label(status)),
        lambda: applications.update_application(application_id, today, status=status),
        EDITED)


def delete(ops: Operations, parent: QWidget | None, application_id: int, name: str) -> bool:
    ok, _result = ops.run_undoable(
        parent, _("Delete {name}").format(name=name),
        lambda: applications.delete_application(application_id), Change.RECORDS)
    return ok
