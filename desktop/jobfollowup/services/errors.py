"""The error every use case raises for input it cannot take, and the storage failures the
interface reports instead of crashing (a damaged page, a full disk, a locked file)."""

from __future__ import annotations

import sqlite3


class ValidationError(ValueError):
    """Bad input, with a message in the user's language and the field it concerns."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    """`STORAGE_ERRORS`, the failures of SQLite and of Peewee, made when first imported:
    Peewee loads only once the data is opened (Today is drawn from a plain reading before
    it), and the day's list, whose rows' texts import `ValidationError`, comes first."""
    if name == "STORAGE_ERRORS":
        import peewee

        return (sqlite3.DatabaseError, peewee.DatabaseError)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def named_cause(error: BaseException) -> str | None:
    """The message naming the real cause of a storage error met while working on the open
    data — another program's lock, no space left, a folder that cannot be written — or None
    when the cause is damage or unknown: the caller words those with its own advice
    (checking the file, restoring a backup), advice that must never follow a mere lock."""
    from jobfollowup.storage.database import open_data_path
    from jobfollowup.storage.early import DamagedFileError
    from jobfollowup.storage.failures import explain

    path = open_data_path()
    cause = explain(error, path) if path is not None else None
    if cause is None or isinstance(cause, DamagedFileError):
        return None
    return str(cause)
