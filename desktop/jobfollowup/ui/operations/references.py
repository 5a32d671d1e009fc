"""What the user does with an application's references (R11–R13): add one, tick a step,
remove one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records import references
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations

CHANGED = Change.APPLICATIONS | Change.FOLLOW_UPS  # each step plans or drops a note


def add(ops: Operations, parent: QWidget | None, application_id: int, contact_id: int,
        name: str, today: dt.date) -> tuple[bool, PlanChanges | None]:
    return ops.run_undoable(
        parent, _("Add {name} as a reference").format(name=name),
        lambda: references.add_reference(application_id, contact_id, today), CHANGED)


def tick(ops: Operations, parent: QWidget | None, reference_id: int, event: str,
         today: dt.date) -> tuple[bool, PlanChanges | None]:
    return ops.run_undoable(
        parent, _("Tick “{step}”").format(step=references.step_label(event)),
        lambda: references.record_event(reference_id, event, today), CHANGED)


def remove(ops: Operations, parent: QWidget | None, reference_id: int) -> bool:
    ok, _result = ops.run_undoable(
        parent, _("Remove a reference"),
        lambda: references.remove_reference(reference_id), CHANGED)
    return ok
