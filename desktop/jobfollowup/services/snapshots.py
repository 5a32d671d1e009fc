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

    def count(self, model_name: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == model_name)


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
