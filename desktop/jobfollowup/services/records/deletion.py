"""Deleting a record with what belongs to it, in the caller's transaction. Edit → Undo
brings all of it back, row for row (`services.undo`)."""

from __future__ import annotations


def delete_in_order(parts: list[tuple[type, object]]) -> None:
    """Delete what each (model, condition) selects, the last first: `parts` name parents
    before their children, and a condition may ask about a parent still there."""
    for model, condition in reversed(parts):
        model.delete().where(condition).execute()
