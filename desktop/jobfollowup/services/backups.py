"""Backups as the user sees them: the daily copy, "Back up now", restore, a full check.

The logic lives here so the window, the command line and a damaged file at start all
behave the same; the UI only asks the questions.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.services import settings
from jobfollowup.services.data import close_data, open_data, open_data_dir
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage import backups as store
from jobfollowup.storage.backups import BackupInfo
from jobfollowup.storage.database import DataFileError, inspect_file, integrity_problems
from jobfollowup.storage.failures import SQLITE_FULL, os_cause, sqlite_code

__all__ = ["BackupInfo", "available_backups", "back_up_now", "backups_folder", "check_data",
           "daily_backup", "daily_backup_due", "keep_counts", "newest_good_backup",
           "restore_backup", "restore_damaged"]


def _keep(key: str) -> int:
    return min(max(settings.get(key), 1), settings.MAX_BACKUPS_KEPT)


def daily_backup(now: dt.datetime | None = None) -> Path | None:
    """At most once a day: copy the open database, then rotate the automatic copies."""
    due = daily_backup_due(now)
    return due() if due is not None else None


def daily_backup_due(now: dt.datetime | None = None) -> Callable[[], Path] | None:
    """Today's automatic copy, when none was made yet: what the caller runs to make it and
    rotate the older ones, on any thread (it reads the settings now, and then touches only
    files and connections of its own: the window makes it off its own thread)."""
    now = now or dt.datetime.now()
    directory = open_data_dir()
    if store.has_backup_on(directory, now.date()):
        return None
    keep_daily, keep_weekly = _keep("backups_keep_daily"), _keep("backups_keep_weekly")

    def make() -> Path:
        try:
            path = store.take_backup(directory, store.AUTO, now)
        except (OSError, sqlite3.Error) as error:
            raise ValidationError(_("Today's backup could not be made: {problem}").format(
                problem=_cause(error)), "backup") from error
        store.rotate(directory, keep_daily, keep_weekly)
        return path

    return make


def backups_folder() -> Path:
    """Where the backups of the open database are kept."""
    return store.backups_dir(open_data_dir())


def back_up_now(now: dt.datetime | None = None) -> Path:
    """A copy the user asked for; never deleted by rotation."""
    try:
        return store.take_backup(open_data_dir(), store.MANUAL, now)
    except (OSError, sqlite3.Error) as error:
        raise ValidationError(_("The backup could not be made: {problem}").format(
            problem=_cause(error)), "backup") from error


def _cause(error: OSError | sqlite3.Error) -> str:
    """Why a copy failed, in the user's words: the system's answer, or a full disk where
    SQLite only says "database or disk is full" in English."""
    if isinstance(error, OSError):
        return os_cause(error)
    if sqlite_code(error) == SQLITE_FULL:
        return _("no space is left on the disk")
    return str(error)


def available_backups(data_dir: Path | None = None) -> list[BackupInfo]:
    """Every backup, newest first, with what it holds."""
    directory = data_dir or open_data_dir()
    return [store.describe(path, when, kind)
            for path, when, kind in store.list_backups(directory)]


def restore_backup(path: Path) -> None:
    """Replace the open database by the backup at `path` (keeping the current one first).

    A calendar sync running is stopped first and waited for (one request at most), and
    none starts until the restored data is open and its sync set to send it again: the
    file is never replaced under a sync, and the calendar ends up showing what was
    restored (`calendar_sync.account.after_restore`)."""
    from jobfollowup.services.calendar_sync import account, engine

    directory = open_data_dir()
    try:
        inspect_file(Path(path))
    except DataFileError as error:
        raise ValidationError(str(error), "backup") from error
    with engine.paused():
        before = account.before_restore()
        close_data()
        try:
            store.restore(directory, Path(path))
        except (OSError, sqlite3.Error) as error:
            raise ValidationError(_("The backup could not be restored ({problem}); your "
                                    "data was left as it was.").format(problem=error),
                                  "backup") from error
        finally:
            open_data(directory)
        account.after_restore(before)


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that reads cleanly: what a damaged database is offered instead."""
    for info in available_backups(data_dir):
        if info.usable and info.kind != store.DAMAGED:
            return info
    return None


def restore_damaged(data_dir: Path, path: Path) -> None:
    """Put `path` in place of the damaged database of `data_dir`, which is kept aside."""
    from jobfollowup.services.calendar_sync import account

    store.restore(data_dir, Path(path))
    open_data(data_dir)
    account.after_restore(None)  # at start: no sync runs yet, the damaged file is unread


def check_data() -> list[str]:
    """A full integrity check of the open database: [] when sound, else the problems."""
    return integrity_problems()


def keep_counts() -> tuple[int, int]:
    """How many automatic backups are kept: (days, then weeks)."""
    return _keep("backups_keep_daily"), _keep("backups_keep_weekly")
