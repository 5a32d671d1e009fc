"""Backups of the one SQLite file: taking them, rotating them, reading them, restoring one.

Every copy is made through SQLite's online backup API, so it is consistent even while the
app writes. Copies live in `<data dir>/backups/`, readable by the user only. Automatic
copies rotate (the newest of each of the last days, then of each of the last weeks);
copies the user asked for, and those taken before a migration or a restore, are kept.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jobfollowup.storage.database import (
    DB_FILENAME,
    DataFileError,
    backup_file,
    inspect_file,
)
from jobfollowup.storage.early import read_only

BACKUP_DIRNAME = "backups"
AUTO, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE, DAMAGED = (
    "auto", "manual", "before-migration", "before-restore", "damaged")
_NAME = re.compile(r"^jobfollowup-(\d{8}-\d{6})(?:-\d+)?-([a-z-]+)\.sqlite3$")
_MIGRATION_NAME = re.compile(r"^before-v\d+-(\d{8}-\d{6})\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the restore dialog lists it; `usable` False for a damaged copy."""

    path: Path
    taken_at: dt.datetime
    kind: str
    contacts: int
    applications: int
    follow_ups: int
    usable: bool


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def _parse(path: Path) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if match:
        return dt.datetime.strptime(match.group(1), _STAMP), match.group(2)
    match = _MIGRATION_NAME.match(path.name)
    if match:
        return dt.datetime.strptime(match.group(1), _STAMP), BEFORE_MIGRATION
    return None


def _free_name(folder: Path, when: dt.datetime, kind: str) -> Path:
    stamp = when.strftime(_STAMP)
    target = folder / f"jobfollowup-{stamp}-{kind}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"jobfollowup-{stamp}-{number}-{kind}.sqlite3"
    return target


def _private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def take_backup(data_dir: Path, kind: str = MANUAL, now: dt.datetime | None = None) -> Path:
    """Copy the database of `data_dir` into its backups folder; returns the copy's path."""
    folder = _private_folder(backups_dir(data_dir))
    when = (now or dt.datetime.now()).replace(microsecond=0)
    return backup_file(data_dir / DB_FILENAME, _free_name(folder, when, kind))


def list_backups(data_dir: Path) -> list[tuple[Path, dt.datetime, str]]:
    """(path, when, kind) of every backup, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        parsed = _parse(path)
        if parsed:
            found.append((path, *parsed))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def describe(path: Path, when: dt.datetime, kind: str) -> BackupInfo:
    """What a backup holds, read without writing to it; damaged copies say so."""
    try:
        inspect_file(path)
        with read_only(path) as connection:
            counts = [connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                      for table in ("contact", "application", "follow_up")]
    except (DataFileError, sqlite3.DatabaseError):
        return BackupInfo(path, when, kind, 0, 0, 0, usable=False)
    return BackupInfo(path, when, kind, *counts, usable=True)


def rotate(data_dir: Path, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete automatic backups beyond the newest of each of the last `keep_daily` days and,
    before those, the newest of each of the last `keep_weekly` weeks; returns the deleted."""
    automatic = [(path, when) for path, when, kind in list_backups(data_dir) if kind == AUTO]
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for path, when in automatic:  # newest first
        if when.date() in days:
            continue
        if len(days) < keep_daily:
            days.add(when.date())
            keep.add(path)
            continue
        week = tuple(when.isocalendar())[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(path)
        days.add(when.date())
    deleted = [path for path, _when in automatic if path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def has_backup_on(data_dir: Path, day: dt.date) -> bool:
    return any(kind == AUTO and when.date() == day for _p, when, kind in list_backups(data_dir))


def _set_aside(data_dir: Path, now: dt.datetime) -> None:
    """Keep the current file (even a damaged one) among the backups before it is replaced."""
    folder = _private_folder(backups_dir(data_dir))
    current = data_dir / DB_FILENAME
    if not current.exists():
        return
    try:
        inspect_file(current)
        backup_file(current, _free_name(folder, now, BEFORE_RESTORE))
    except (DataFileError, sqlite3.DatabaseError):
        target = _free_name(folder, now, DAMAGED)
        shutil.copyfile(current, target)
        os.chmod(target, 0o600)
        wal = current.with_name(current.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
            os.chmod(target.with_name(target.name + "-wal"), 0o600)


def restore(data_dir: Path, backup: Path, now: dt.datetime | None = None) -> None:
    """Replace the database of `data_dir` (closed) by `backup`; the caller opens it again.

    The backup is checked first (a foreign or damaged copy raises DataFileError and changes
    nothing); the current file is kept in the backups folder before it is replaced.
    """
    inspect_file(backup)
    _set_aside(data_dir, (now or dt.datetime.now()).replace(microsecond=0))
    current = data_dir / DB_FILENAME
    incoming = current.with_name(current.name + ".restoring")
    incoming.unlink(missing_ok=True)
    backup_file(backup, incoming)
    for suffix in ("-wal", "-shm"):  # a stale log must never be replayed onto the copy
        current.with_name(current.name + suffix).unlink(missing_ok=True)
    os.replace(incoming, current)
