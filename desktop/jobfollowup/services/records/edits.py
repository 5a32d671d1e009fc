"""What editing a contact or an application shares: the fields a form may change, and the
record as the form shows it."""

from __future__ import annotations

import dataclasses


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
