"""What the user does to an interview: log it (the thank-yous are planned, R1–R4), correct
it, say what to mention in the thank-yous (R3), delete it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records import applications, core, interviews
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import ErrorHandler, Operations


def log(ops: Operations, parent: QWidget | None, application_id: int, company: str,
        when: dt.datetime, interviewer_ids: list[int], format_code: str, points: dict,
        on_error: ErrorHandler | None = None):
    return ops.run_undoable(
        parent, _("Log the interview at {company}").format(company=company),
        lambda: core.log_interview(application_id, when, interviewer_ids, format=format_code,
                                   **points),
        Change.RECORDS, on_error)


def edit(ops: Operations, parent: QWidget | None, interview_id: int, company: str,
         when: dt.datetime, interviewer_ids: list[int], format_code: str,
         on_error: ErrorHandler | None = None) -> tuple[bool, PlanChanges | None]:
    return ops.run_undoable(
        parent, _("Edit the interview at {company}").format(company=company),
        lambda: interviews.edit_interview(interview_id, when, interviewer_ids,
                                          format=format_code),
        Change.RECORDS, on_error)


def edit_points(ops: Operations, parent: QWidget | None, interview_id: int, points: dict,
                on_error: ErrorHandler | None = None) -> bool:
    ok, _result = ops.run_undoable(
        parent, _("Edit what to mention in your thank-yous"),
        lambda: applications.update_interview_points(interview_id, **points),
        Change.APPLICATIONS | Change.FOLLOW_UPS, on_error)
    return ok


def delete(ops: Operations, parent: QWidget | None, interview_id: int, day_text: str
           ) -> tuple[bool, PlanChanges | None]:
    """The thank-yous and check-ins still planned for it go too; sent ones stay."""
    return ops.run_undoable(
        parent, _("Delete the interview of {day}").format(day=day_text),
        lambda: interviews.delete_interview(interview_id), Change.RECORDS)
