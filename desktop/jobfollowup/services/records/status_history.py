"""Each application's status history: every status change goes through `change_status`,
which stores the status and the dated step together, so the log and the review can say
where an application stood on any day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.storage.models import Application, StatusChange, database_proxy


@dataclass(frozen=True)
class StatusStep:
    status: str
    on: dt.date


def change_status(application: Application, status: str, on: dt.date) -> None:
    """Give `application` its new status as of `on`, and record the step (one transaction
    with the caller's)."""
    with database_proxy.atomic():
        application.status = status
        application.save()
        StatusChange.create(application=application, status=status, changed_on=on)


def histories(application_ids: list[int] | None = None) -> dict[int, list[StatusStep]]:
    """The steps of each application (all of them when `application_ids` is None), the
    oldest first; steps of one day keep the order they were taken in."""
    query = StatusChange.select().order_by(StatusChange.changed_on, StatusChange.id)
    if application_ids is not None:
        query = query.where(StatusChange.application.in_(application_ids))
    steps: dict[int, list[StatusStep]] = {}
    for row in query:
        steps.setdefault(row.application_id, []).append(StatusStep(row.status, row.changed_on))
    return steps


def status_history(application_id: int) -> list[StatusStep]:
    return histories([application_id]).get(application_id, [])
