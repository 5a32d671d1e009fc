"""The error every use case raises for input it cannot take, and the storage failures the
interface reports instead of crashing (a damaged page, a full disk, a locked file)."""

import sqlite3

import peewee


class ValidationError(ValueError):
    """Bad input, with a message in the user's language and the field it concerns."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


STORAGE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, peewee.DatabaseError)
