"""Opening the one SQLite file: where it lives, checks that it is ours, migrations.

A file that is not a Job Follow-up database (another program's SQLite file, a text file,
a newer version, a damaged file) is refused with a clear message and never written to:
it is inspected through a read-only connection before Peewee opens it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
from peewee import IntegrityError, SqliteDatabase

from jobfollowup.i18n import _
from jobfollowup.storage.early import (
    DB_FILENAME,
    DamagedFileError,
    DataFileError,
    checked,
    has_log,
    quick_check,
    read_only,
)
from jobfollowup.storage.failures import CannotWriteError, explain, os_cause
from jobfollowup.storage.migrations import REBUILDS_TABLES, SCHEMA_VERSION, STEPS
from jobfollowup.storage.models import database_proxy

APPLICATION_ID = 0x4A465550  # "JFUP"
SQLITE_HEADER = b"SQLite format 3\x00"
# busy_timeout first: the pragmas after it wait for another program's lock, within bounds.
PRAGMAS = {"busy_timeout": 5000, "journal_mode": "wal", "foreign_keys": 1, "synchronous": 1}


def inspect_file(path: Path) -> int:
    """The schema version of an existing file (0: nothing there yet), or DataFileError."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DataFileError(path, _("{path} is not a Job Follow-up database (it is not an "
                                    "SQLite file); it was left untouched.").format(path=path))
    try:
        app_id, version, tables, check = _facts(path)
    except sqlite3.DatabaseError as error:
        raise explain(error, path) or DamagedFileError(path, _(
            "{path} is damaged and cannot be read ({error}); it was left untouched.").format(
                path=path, error=error)) from error
    if app_id != APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return 0  # an empty SQLite file: nothing of anyone's to protect
        raise DataFileError(path, _("{path} belongs to another program, not to Job Follow-up; "
                                    "it was left untouched.").format(path=path))
    if version > SCHEMA_VERSION:
        raise DataFileError(path, _("{path} was written by a newer version of Job Follow-up; "
                                    "please update the app.").format(path=path))
    if check != "ok":  # SQLite's report spans lines: one line, for a command's stderr
        raise DamagedFileError(path, _("{path} is damaged ({problem}); it was left "
                                    "untouched.").format(path=path, problem=" ".join(
                                        check.split())))
    return version


def _read_facts(path: Path, quiet: bool | None) -> tuple[int, int, int]:
    with read_only(path, quiet) as connection:
        return (connection.execute("PRAGMA application_id").fetchone()[0],
                connection.execute("PRAGMA user_version").fetchone()[0],
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


def _facts(path: Path) -> tuple[int, int, int, str]:
    """Application id, schema version, number of tables and quick check of `path`.

    Read as the file lies on disk when no log lies beside it (nothing is created beside a
    file that may be refused); should a program open it meanwhile and a log appear, a
    verdict against the file is read again through that log, as SQLite sees it."""
    quiet = not has_log(path)
    try:
        facts = _read_facts(path, quiet)
        check = checked(path)
    except sqlite3.DatabaseError:
        if not (quiet and has_log(path)):
            raise
        facts, check = (0, 0, 0), ""
    if check != "ok" and quiet and has_log(path):
        facts, check = _read_facts(path, False), quick_check(path, False)
    return (*facts, check)


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live database through SQLite's online backup API.

    The copy is written under a temporary name and renamed when complete, so a crash
    midway never leaves a half copy that looks like a backup.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(target.parent, 0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:  # a full disk: no half copy left to fill it further
        partial.unlink(missing_ok=True)
        raise
    return target


class _Database(SqliteDatabase):
    """Peewee's SQLite database, but a transaction that SQLite has already ended is not
    rolled back a second time. On a full disk or an I/O error SQLite rolls back by itself;
    Peewee's own ROLLBACK then failed with "cannot rollback - no transaction is active",
    and that error, not the full disk, reached the user."""

    def rollback(self) -> None:
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()


def open_database(data_dir: Path, check_writable: bool = False) -> SqliteDatabase:
    """Open (creating or migrating as needed) the database in `data_dir` and bind the models.

    `check_writable` (the window, which writes as it starts) also waits, as long as
    `busy_timeout`, for the right to write: a file held by another program is then said at
    once, rather than at the user's first change. Every failure is a DataFileError saying
    its real cause (`storage.failures`)."""
    path = data_dir / DB_FILENAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise CannotWriteError(path, _("Cannot create your data folder {folder} ({cause}).")
                               .format(folder=data_dir, cause=os_cause(error))) from error
    version = inspect_file(path)
    db = _Database(str(path), pragmas=PRAGMAS)
    try:
        if 0 < version < SCHEMA_VERSION:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_file(path, data_dir / "backups" / f"before-v{SCHEMA_VERSION}-{stamp}.sqlite3")
        db.connect()
        os.chmod(path, 0o600)
        migrate(db, version)
        if check_writable:
            connection = db.connection()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
    except (sqlite3.Error, peewee.DatabaseError, OSError) as error:
        db.close()
        explained = _explained(error, path)
        if explained is error:
            raise
        raise explained from error
    database_proxy.initialize(db)
    return db


def _explained(error: Exception, path: Path) -> Exception:
    """The DataFileError naming why opening `path` failed; `error` itself when no cause
    can be named (a bug, whose traceback is wanted)."""
    if isinstance(error, OSError):
        target = error.filename or path
        return CannotWriteError(path, _("Cannot write {path} ({cause}); your data was left "
                                        "untouched.").format(path=target,
                                                             cause=os_cause(error)))
    return explain(error, path) or error


def open_data_path() -> Path | None:
    """The file of the database open now, if one is."""
    db = database_proxy.obj
    return Path(db.database) if db is not None else None


def migrate(db: SqliteDatabase, current: int, target: int = SCHEMA_VERSION) -> None:
    """Run each missing step in its own transaction, with the version it reaches. A step
    that rebuilds tables runs with foreign keys off (they can't be turned off inside a
    transaction), and is refused before commit if any reference then leads nowhere."""
    for version in range(current + 1, target + 1):
        statements = STEPS[version]
        rebuilds = statements[0] == REBUILDS_TABLES
        if rebuilds:
            db.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            with db.atomic():
                for statement in statements[1:] if rebuilds else statements:
                    db.execute_sql(statement)
                if rebuilds and db.execute_sql("PRAGMA foreign_key_check").fetchone():
                    raise IntegrityError(f"version {version}: a reference leads nowhere")
                if version == 1:
                    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute_sql(f"PRAGMA user_version = {version}")
        finally:
            if rebuilds:
                db.execute_sql("PRAGMA foreign_keys = ON")


def integrity_problems() -> list[str]:
    """A full `PRAGMA integrity_check` of the open database: [] when it is sound."""
    rows = database_proxy.execute_sql("PRAGMA integrity_check").fetchall()
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems


@contextmanager
def waiting_at_most(milliseconds: int) -> Iterator[None]:
    """Within the block, another program's lock is waited for `milliseconds` at most, not
    `busy_timeout`: what runs by itself on a timer (the reminders' note of what was told)
    must not freeze the window for seconds, and tries again later anyway."""
    db = database_proxy.obj
    db.execute_sql(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {PRAGMAS['busy_timeout']}")


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
