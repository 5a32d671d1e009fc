"""What editing a contact or an application shares: the fields a form may change, the
record as the form shows it, and an edit that keeps how things stood for Undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from jobfollowup.services import snapshots
from jobfollowup.services.replanning import PlanChanges
from jobfollowup.storage.models import FollowUp, database_proxy


def editable_fields(detail: type) -> tuple[str, ...]:
    """The fields of a detail dataclass a form may change: all but the id."""
    return tuple(f.name for f in dataclasses.fields(detail) if f.name != "id")


def detail_of(detail: type, row, fields: tuple[str, ...]):
    """A stored row as its detail dataclass (what the form shows)."""
    return detail(id=row.id, **{name: getattr(row, name) for name in fields})


def refuse_unknown(changes: dict, fields: tuple[str, ...], what: str) -> None:
    """A programming error, not the user's: a field the record does not have."""
    unknown = set(changes) - set(fields)
    if unknown:
        raise TypeError(f"unknown {what} fields: {sorted(unknown)}")


def edit_undoably(model: type, record_id: int, owner: object,
                  update: Callable[[], PlanChanges], also: tuple = ()
                  ) -> tuple[snapshots.State, PlanChanges]:
    """Run `update` on the record, also returning how it, its follow-ups (those whose
    `owner` field is the record) and the `also` (model, condition) pairs stood before, for
    `snapshots.rewind`."""
    with database_proxy.atomic():
        before = snapshots.state_of([(model, model.id == record_id), *also,
                                     (FollowUp, owner == record_id)])
        return before, update()
