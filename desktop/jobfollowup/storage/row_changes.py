"""Every row an action changed, as it was before and after, so that Undo puts back exactly
what was there and Redo does the action again, whatever the action was.

SQLite's own recipe for undo (sqlite.org/undoredo.html): temporary triggers on every table
note each insert, update and delete while an action is recorded. They live on the app's
connection only (a command run beside the app writes without them), cost one lookup per
row written when nothing is recorded, and are gone when the connection closes.

Putting rows back checks first that each one is still as the action left it: a row
changed since by something that was not recorded (an edited draft, another program)
stops the undo with `ChangedSince` instead of being overwritten, and a row something
still refers to cannot be taken away (the foreign keys are checked at the end).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from jobfollowup.storage.calendar_sync import UNDOABLE
from jobfollowup.storage.models import ALL_MODELS, database_proxy

T = TypeVar("T")
_columns: dict[str, list[str]] = {}  # each table's columns, read when the triggers are made
_installed_on: list[object] = []  # the connection the triggers are on (made on first use)


@dataclass(frozen=True)
class RowChange:
    table: str
    rowid: int
    before: dict[str, Any] | None  # None: the action inserted the row
    after: dict[str, Any] | None  # None: the action deleted it


@dataclass(frozen=True)
class ChangeSet:
    """What one action changed, in the order it changed it."""

    rows: tuple[RowChange, ...]

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.rows)


class ChangedSince(Exception):
    """A row is no longer as the recorded action left it: putting it back would lose what
    changed it since. `rows` says which, as (table, rowid)."""

    def __init__(self, rows: list[tuple[str, int]]) -> None:
        super().__init__(rows)
        self.rows = rows


def _json_row(prefix: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{column}', {prefix}.\"{column}\"" for column in columns)
    return f"json_object({pairs})"


def _install_recorder() -> None:
    """Make the log and the triggers on the open connection, the first time an action is
    recorded on it (the command line, which records nothing, never pays for them)."""
    db = database_proxy
    connection = db.connection()
    if _installed_on and _installed_on[0] is connection:
        return
    _installed_on[:] = [connection]
    # A REPLACE (a setting or a template saved again) deletes the row it replaces; only
    # with recursive triggers does that deletion fire its trigger and get noted.
    db.execute_sql("PRAGMA recursive_triggers = ON")
    db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS row_change_log (seq INTEGER PRIMARY KEY,"
                   " tbl TEXT NOT NULL, row_id INTEGER NOT NULL, before TEXT, after TEXT)")
    db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS row_change_state (recording INTEGER)")
    if not db.execute_sql("SELECT count(*) FROM temp.row_change_state").fetchone()[0]:
        db.execute_sql("INSERT INTO temp.row_change_state VALUES (0)")
    for model in (*ALL_MODELS, *UNDOABLE):
        table = model._meta.table_name
        columns = [row[1] for row in db.execute_sql(f'PRAGMA main.table_info("{table}")')]
        _columns[table] = columns
        new, old = _json_row("NEW", columns), _json_row("OLD", columns)
        for event, row, before, after in (("INSERT", "NEW", "NULL", new),
                                          ("UPDATE", "OLD", old, new),
                                          ("DELETE", "OLD", old, "NULL")):
            db.execute_sql(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "log_{event.lower()}_{table}" AFTER {event}'
                f' ON main."{table}" WHEN (SELECT recording FROM temp.row_change_state)'
                f" BEGIN INSERT INTO row_change_log (tbl, row_id, before, after)"
                f" VALUES ('{table}', {row}.rowid, {before}, {after}); END")


def _set_recording(on: bool) -> None:
    database_proxy.execute_sql("UPDATE temp.row_change_state SET recording = ?", (int(on),))


def record(action: Callable[[], T]) -> tuple[T, ChangeSet]:
    """Run `action`, noting every row it changes. If it fails, its own transaction rolled
    its rows back, and the note goes with them."""
    db = database_proxy
    _install_recorder()
    db.execute_sql("DELETE FROM temp.row_change_log")
    _set_recording(True)
    try:
        result = action()
    finally:
        _set_recording(False)
    rows = db.execute_sql("SELECT tbl, row_id, before, after FROM temp.row_change_log"
                          " ORDER BY seq").fetchall()
    db.execute_sql("DELETE FROM temp.row_change_log")
    changes = tuple(RowChange(table, rowid, _loaded(before), _loaded(after))
                    for table, rowid, before, after in rows if before != after)
    return result, ChangeSet(changes)


def _loaded(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)


def _current(table: str, rowid: int) -> dict[str, Any] | None:
    found = database_proxy.execute_sql(
        f'SELECT {_json_row(f"main.{table}", _columns[table])} FROM main."{table}"'
        " WHERE rowid = ?", (rowid,)).fetchone()
    return None if found is None else json.loads(found[0])


def revert(changes: ChangeSet, force: bool = False) -> None:
    """Put every row back as it was before the action (Undo)."""
    _apply(((c.table, c.rowid, c.after, c.before) for c in reversed(changes.rows)), force)


def reapply(changes: ChangeSet, force: bool = False) -> None:
    """Make every row again as the action left it (Redo)."""
    _apply(((c.table, c.rowid, c.before, c.after) for c in changes.rows), force)


def _apply(steps: Iterable[tuple[str, int, dict | None, dict | None]], force: bool) -> None:
    """Take each row from `found` (as it should be now) to `wanted`, in one transaction;
    nothing at all if a row is not as expected (unless `force`) or a reference breaks."""
    db = database_proxy
    with db.atomic():
        db.execute_sql("PRAGMA defer_foreign_keys = ON")  # rows come back in any order
        stale: list[tuple[str, int]] = []
        for table, rowid, found, wanted in steps:
            current = _current(table, rowid)
            if not force and not _as_expected(current, found, wanted):
                stale.append((table, rowid))
                continue
            _write(table, rowid, current, wanted)
        if stale:
            raise _Abandon(stale)


class _Abandon(ChangedSince):
    """Raised inside the transaction so that it rolls back; callers see ChangedSince."""


def _as_expected(current: dict | None, found: dict | None, wanted: dict | None) -> bool:
    if found is None:  # the row is to come back: it must not be there
        return current is None
    if current is None:
        return False
    if wanted is None:  # the row is to go: all of it must be as the action left it
        return current == found
    return all(current.get(column) == found[column]  # only what the action changed
               for column in found if found[column] != wanted.get(column))


def _write(table: str, rowid: int, current: dict | None, wanted: dict | None) -> None:
    db = database_proxy
    if wanted is None:
        if current is not None:
            db.execute_sql(f'DELETE FROM main."{table}" WHERE rowid = ?', (rowid,))
        return
    if current is None:
        columns = list(wanted)
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        db.execute_sql(f'INSERT INTO main."{table}" (rowid, {names}) VALUES (?, {marks})',
                       (rowid, *(wanted[column] for column in columns)))
        return
    changed = [column for column in wanted if current.get(column) != wanted[column]]
    if changed:
        sets = ", ".join(f'"{column}" = ?' for column in changed)
        db.execute_sql(f'UPDATE main."{table}" SET {sets} WHERE rowid = ?',
                       (*(wanted[column] for column in changed), rowid))
