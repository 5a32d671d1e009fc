"""What the start reads before the storage code loads: where the data lives, the early
check of its file, and the interface language stored in it. Only the standard library:
the window shows itself on these, before Peewee and the models are imported."""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import platformdirs

DB_FILENAME = "jobfollowup.sqlite3"
ENV_DATA_DIR = "JOBFOLLOWUP_DATA_DIR"


class DataFileError(Exception):
    """The data file cannot be used; the message (in the UI language) says why."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class DamagedFileError(DataFileError):
    """The file is ours but damaged: a backup may bring the data back."""


def default_data_dir() -> Path:
    return platformdirs.user_data_path("jobfollowup", appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir first, then $JOBFOLLOWUP_DATA_DIR, then the platform's data directory."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    return Path(from_env).expanduser() if from_env else default_data_dir()


def log_files(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and its index that SQLite keeps beside `path` while it is used."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def has_log(path: Path) -> bool:
    """True when a write-ahead log or its index lies beside `path`: a program has the file
    open, or one stopped without closing it (its log may hold committed changes)."""
    return any(log.exists() for log in log_files(path))


def read_only(path: Path, quiet: bool | None = None) -> closing[sqlite3.Connection]:
    """A connection to `path` that cannot write to it, closed when its `with` ends: for
    looking at a file before (or beside) Peewee, without ever changing it.

    Even read-only, SQLite creates the log and its index beside a file in WAL mode; looking
    at a damaged file that the app then refuses would leave them there. So when there is no
    log to read (`quiet`, by default: none lies beside it) the file is read as it is on
    disk, with `immutable=1`, which creates nothing."""
    quiet = not has_log(path) if quiet is None else quiet
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if quiet else "")
    return closing(sqlite3.connect(uri, uri=True))


_early_checks: dict[Path, tuple[threading.Thread, dict]] = {}


def quick_check(path: Path, quiet: bool | None = None) -> str:
    """What `PRAGMA quick_check` says of `path`, read as `read_only` reads it."""
    with read_only(path, quiet) as connection:
        return connection.execute("PRAGMA quick_check").fetchone()[0]


def start_quick_check(data_dir: Path) -> None:
    """Begin checking the data file on a thread. `PRAGMA quick_check` reads the whole file
    (65 ms for five years of a search) and the app loads its code meanwhile; opening the
    file waits for the answer, so nothing is written to a damaged file."""
    path = (data_dir / DB_FILENAME).resolve()
    if path in _early_checks or not path.exists():
        return
    answer: dict = {}

    def check() -> None:
        try:
            answer["check"] = quick_check(path)
        except sqlite3.DatabaseError as error:
            answer["error"] = error

    thread = threading.Thread(target=check, name="quick-check", daemon=True)
    thread.start()
    _early_checks[path] = (thread, answer)


def still_checking(data_dir: Path) -> bool:
    """Whether the early check of the data file in `data_dir` is still reading it (the
    window waits for it in turns, rather than in `checked`)."""
    early = _early_checks.get((data_dir / DB_FILENAME).resolve())
    return early is not None and early[0].is_alive()


def checked(path: Path) -> str:
    """What `PRAGMA quick_check` says of `path`: the early check's answer if one ran."""
    early = _early_checks.pop(path.resolve(), None)
    if early is None:
        return quick_check(path)
    thread, answer = early
    thread.join()
    if "error" in answer:
        raise answer["error"]
    return answer["check"]


def stored_language(data_dir: Path) -> str | None:
    """The interface language chosen in the app, read straight from the data file (None
    when there is no file, no choice, or it cannot be read: the opening says why later)."""
    path = data_dir / DB_FILENAME
    if not path.is_file():
        return None
    try:
        with read_only(path) as connection:
            row = connection.execute(  # the value is JSON text: SQLite reads it
                "SELECT json_extract(value, '$') FROM setting WHERE key = 'language'"
            ).fetchone()
    except sqlite3.Error:
        return None
    value = row[0] if row else None
    return value if isinstance(value, str) and value else None
