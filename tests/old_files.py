"""Data files as an older version of the app left them, for the migration tests."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from jobfollowup.storage.database import DB_FILENAME, PRAGMAS, migrate


def file_at_version(folder: Path, version: int) -> SqliteDatabase:
    """A new data file in `folder` with the schema of `version`, open to write the rows
    that version held (close it before opening the folder as the app does)."""
    db = SqliteDatabase(str(folder / DB_FILENAME), pragmas=PRAGMAS)
    db.connect()
    migrate(db, 0, target=version)
    return db
