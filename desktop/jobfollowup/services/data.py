"""Opening and closing the user's data for a session of the app or of a command."""

from __future__ import annotations

import os
from pathlib import Path

from jobfollowup.storage import DataFileError, close_database, open_database, resolve_data_dir
from jobfollowup.storage.database import DB_FILENAME

__all__ = ["DataFileError", "close_data", "open_data"]


def open_data(data_dir: str | os.PathLike | None = None) -> Path:
    """Open the database of `data_dir` (or the default place); returns the file's path."""
    directory = resolve_data_dir(data_dir)
    open_database(directory)
    return directory / DB_FILENAME


def close_data() -> None:
    close_database()
