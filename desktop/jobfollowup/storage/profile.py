"""The user's own facts, kept once for the person rather than in each data folder: the
name they sign with, their country (the home of their post and of their holidays) and
the language they usually write notes in. A second data folder, or a restored backup,
signs with the same name.

One small JSON file in the platform's configuration folder (`~/.config/jobfollowup/` on
Linux), private to the user (0600 in a 0700 folder), written whole and renamed into
place so that a crash leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs

from jobfollowup.storage.atomic import write_whole

FILENAME = "profile.json"


def profile_path() -> Path:
    return platformdirs.user_config_path("jobfollowup", appauthor=False) / FILENAME


_read: tuple[Path, int, dict[str, Any]] | None = None  # the file as last read, and when


def read_profile() -> dict[str, Any]:
    """What the file holds (read again only when it changed: the calendar asks for the
    home country at every month switch); {} when there is none yet, or when it cannot be
    read (the set-up is then offered again rather than the app refusing to start)."""
    global _read
    path = profile_path()
    try:
        stamp = path.stat().st_mtime_ns
        if _read is not None and _read[:2] == (path, stamp):
            return _read[2]
        with path.open(encoding="utf-8") as handle:
            values = json.load(handle)
    except (OSError, ValueError):
        return {}
    values = values if isinstance(values, dict) else {}
    _read = (path, stamp, values)
    return values


def write_profile(changes: dict[str, Any]) -> None:
    """Store `changes` over what the file holds."""
    path = profile_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    values = {**read_profile(), **changes}  # a new dict: the one read stays as it was
    write_whole(path, json.dumps(values, ensure_ascii=False, indent=1,
                                 sort_keys=True).encode("utf-8"))
