"""Opening and closing the user's data for a session of the app or of a command.

Light to import: the storage code (Peewee, the models) loads when the data is opened, so
the window can show itself first."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jobfollowup.storage.early import (
    DB_FILENAME,
    DamagedFileError,
    DataFileError,
    resolve_data_dir,
    start_quick_check,
    still_checking,
    stored_language,
)

__all__ = ["DB_FILENAME", "DamagedFileError", "DataFileError", "close_data", "data_directory",
           "open_data", "open_data_dir", "opened_data", "start_quick_check", "still_checking",
           "stored_language", "unwritable_reason"]

_open_dir: Path | None = None


def data_directory(data_dir: str | os.PathLike | None = None) -> Path:
    """The folder the data lives in: `data_dir`, else $JOBFOLLOWUP_DATA_DIR, else the
    platform's user data folder."""
    return resolve_data_dir(data_dir)


def open_data(data_dir: str | os.PathLike | None = None, check_writable: bool = False) -> Path:
    """Open the database of `data_dir` (or the default place); returns the file's path.

    `check_writable`: for the window, which writes as it starts — a file another program
    holds, or one that cannot be written, is refused now with its cause, not met later."""
    global _open_dir
    from jobfollowup.storage.database import open_database

    directory = resolve_data_dir(data_dir)
    open_database(directory, check_writable)
    _open_dir = directory
    return directory / DB_FILENAME


def unwritable_reason(data_dir: str | os.PathLike | None = None) -> str | None:
    """Why the data folder (or the file in it) cannot be written, as the system says it
    (permission denied, a read-only disk, no space left); None when it can be."""
    from jobfollowup.storage.failures import cannot_write

    found = cannot_write(resolve_data_dir(data_dir) / DB_FILENAME)
    return str(found) if found is not None else None


def open_data_dir() -> Path:
    """The folder of the database open now."""
    if _open_dir is None:
        raise RuntimeError("no data is open")
    return _open_dir


def close_data() -> None:
    from jobfollowup.storage.database import close_database

    close_database()


@contextmanager
def opened_data(data_dir: str | os.PathLike | None = None) -> Iterator[Path]:
    """The database of `data_dir` open for one command, closed whatever happens; yields
    the file's path."""
    path = open_data(data_dir)
    try:
        yield path
    finally:
        close_data()


COLOUR_SCHEMES = ("system", "light", "dark")


def colour_scheme() -> str:
    """Light, dark, or as the system: the person's choice, read from their profile alone
    (the window's frame takes it before the data is open)."""
    from jobfollowup.storage.profile import read_profile

    value = read_profile().get("colour_scheme")
    return value if value in COLOUR_SCHEMES else "system"


def stated_home_country() -> str:
    """The country the person said they live in, from their profile ("" when they have
    not): readable before any data is open, as the command line and the window's first
    sight of the day word their dates."""
    from jobfollowup.storage.profile import read_profile

    value = read_profile().get("home_country")
    return value if isinstance(value, str) else ""
