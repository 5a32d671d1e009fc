"""Opening the one SQLite file: where it lives, checks that it is ours, migrations.

A file that is not a Job Follow-up database (another program's SQLite file, a text file,
a newer version, a damaged file) is refused with a clear message and never written to:
it is inspected through a read-only connection before Peewee opens it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from peewee import IntegrityError, SqliteDatabase

from jobfollowup.i18n import _
from jobfollowup.storage.early import (
    DB_FILENAME,
    DamagedFileError,
    DataFileError,
    checked,
    read_only,
)
from jobfollowup.storage.migrations import REBUILDS_TABLES, SCHEMA_VERSION, STEPS
from jobfollowup.storage.models import database_proxy

APPLICATION_ID = 0x4A465550  # "JFUP"
SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 1, "busy_timeout": 5000}


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
        with read_only(path) as connection:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        check = checked(path)
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(path, _("{path} is damaged and cannot be read ({error}); it was "
                                    "left untouched.").format(path=path, error=error)) from error
    if app_id != APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return 0  # an empty SQLite file: nothing of anyone's to protect
        raise DataFileError(path, _("{path} belongs to another program, not to Job Follow-up; "
                                    "it was left untouched.").format(path=path))
    if version > SCHEMA_VERSION:
        raise DataFileError(path, _("{path} was written by a newer version of Job Follow-up; "
                                    "please update the app.").format(path=path))
    if check != "ok":
        raise DamagedFileError(path, _("{path} is damaged ({problem}); it was left "
                                    "untouched.").format(path=path, problem=check))
    return version


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live database through SQLite's online backup API.

    The copy is written under a temporary name and renamed when complete, so a crash
    midway never leaves a half copy that looks like a backup.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(target.parent, 0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    return target


def open_database(data_dir: Path) -> SqliteDatabase:
    """Open (creating or migrating as needed) the database in `data_dir` and bind the models."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / DB_FILENAME
    version = inspect_file(path)
    if 0 < version < SCHEMA_VERSION:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_file(path, data_dir / "backups" / f"before-v{SCHEMA_VERSION}-{stamp}.sqlite3")
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.connect()
    os.chmod(path, 0o600)
    migrate(db, version)
    database_proxy.initialize(db)
    return db


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


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
