"""What a deletion took away, kept so that Undo can put it back with the same ids."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import IntegrityError

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.models import ALL_MODELS, Interaction, database_proxy

_MODELS = {model.__name__: model for model in ALL_MODELS}


@dataclass(frozen=True)
class Snapshot:
    """Rows of each table, parents first; interactions that were only unlinked."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    unlinked: tuple[int, ...] = ()  # interactions detached from a deleted application
    application_id: int | None = None


@dataclass(frozen=True)
class State:
    """How some rows stood before an edit, and which rows the edit could touch (each
    table's condition), so that Undo can put exactly them back."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    scopes: tuple[tuple[str, object], ...]


def state_of(parts: list[tuple[type, object]]) -> State:
    return State(tuple(take(parts)), tuple((model.__name__, cond) for model, cond in parts))


def rewind(state: State) -> None:
    """Bring the rows in scope back to `state`: rows added since are deleted (children
    first), rows changed or deleted since are as they were (parents first); in one
    transaction."""
    tables = [(_MODELS[name], rows, condition)
              for (name, rows), (_name, condition) in zip(state.rows, state.scopes,
                                                          strict=True)]
    with database_proxy.atomic():
        for model, rows, condition in reversed(tables):
            kept = [row["id"] for row in rows]
            model.delete().where(condition & model.id.not_in(kept)).execute()
        for model, rows, _condition in tables:
            for row in rows:
                values = {k: v for k, v in row.items() if k != "id"}
                if not model.update(**values).where(model.id == row["id"]).execute():
                    model.insert(row).execute()


def take(parts: list[tuple[type, object]]) -> list[tuple[str, tuple[dict, ...]]]:
    """The rows each (model, condition) selects, in the order given (parents first)."""
    return [(model.__name__, tuple(model.select().where(condition).dicts()))
            for model, condition in parts]


def delete_rows(rows: list[tuple[str, tuple[dict, ...]]]) -> None:
    """Delete the rows of a snapshot, children first."""
    for name, table_rows in reversed(rows):
        model = _MODELS[name]
        ids = [row["id"] for row in table_rows]
        if ids:
            model.delete().where(model.id.in_(ids)).execute()


def restore(snapshot: Snapshot) -> None:
    """Put every row back with its id, in one transaction; refuse (changing nothing) if an
    id is taken or a record it pointed to is gone."""
    try:
        _restore(snapshot)
    except IntegrityError:
        raise ValidationError(_("This cannot be restored any more: records it belonged to "
                                "were deleted since."), None) from None


def _restore(snapshot: Snapshot) -> None:
    with database_proxy.atomic():
        for name, table_rows in snapshot.rows:
            model = _MODELS[name]
            ids = [row["id"] for row in table_rows]
            if ids and model.select().where(model.id.in_(ids)).exists():
                raise ValidationError(_("This cannot be restored any more: newer records "
                                        "took its place."), None)
            if table_rows:
                model.insert_many(list(table_rows)).execute()
        if snapshot.unlinked:
            Interaction.update(application=snapshot.application_id).where(
                Interaction.id.in_(snapshot.unlinked)).execute()
