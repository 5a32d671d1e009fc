"""Storage: the Peewee models and the one SQLite file they live in."""

from jobfollowup.storage.database import (
    DataFileError,
    close_database,
    open_database,
    resolve_data_dir,
)

__all__ = ["DataFileError", "close_database", "open_database", "resolve_data_dir"]
