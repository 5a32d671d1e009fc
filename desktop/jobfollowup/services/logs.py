"""The app's log: a rotating file in the platform's log folder, so that a user who started
the app with a double-click (no terminal) can still send what happened.

Linux: `$XDG_STATE_HOME/jobfollowup/log/jobfollowup.log` (`~/.local/state/…`); Windows:
`%LOCALAPPDATA%\\jobfollowup\\Logs`; macOS: `~/Library/Logs/jobfollowup`.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from jobfollowup import __version__

LOG_FILENAME = "jobfollowup.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
logger = logging.getLogger("jobfollowup")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log readable by the user only: it holds the paths of their files and the
    names in their messages. Each file it opens (the first, and the new one after each
    rotation) is made 0600, and one left 0644 by an older version is made so too."""

    def _open(self):
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def log_dir() -> Path:
    return platformdirs.user_log_path("jobfollowup", appauthor=False)


def _make_private_folders(folder: Path) -> None:
    """Create `folder` and each missing parent up to it as 0700, and make the app's own
    folders on the way (named after the app, like ~/.local/state/jobfollowup) 0700 even
    when an older version left them 0755: the log names the people written to.
    (`Path.mkdir(parents=True)` would give the parents the default permissions.)"""
    missing = [folder, *folder.parents]
    missing = missing[:next(i for i, p in enumerate(missing) if p.exists())]
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
    for path in (folder, *folder.parents):
        if path == folder or path.name.lower() == "jobfollowup":
            os.chmod(path, 0o700)


def start_logging(what: str = "app") -> Path | None:
    """Log to the rotating file from now on and write the start line; returns the file's
    path, or None when the log folder cannot be written (the app runs on without a log)."""
    path = log_dir() / LOG_FILENAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        try:
            _make_private_folders(path.parent)
            for older in path.parent.glob(LOG_FILENAME + ".*"):  # kept by an older version
                os.chmod(older, 0o600)
            handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                 backupCount=BACKUPS, encoding="utf-8")
        except OSError:
            return None
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    logger.info("Job Follow-up %s %s started (Python %s, %s%s)", __version__, what,
                platform.python_version(), system_description(),
                ", frozen bundle" if getattr(sys, "frozen", False) else "")
    return path


def system_description() -> str:
    """The system, for the log's first line. On Linux the kernel and the distribution's
    name: `platform.platform()` reads the whole Python binary there to find the C
    library's version (8 ms of every start)."""
    if not sys.platform.startswith("linux"):
        return platform.platform()
    system = platform.uname()
    try:
        distribution = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:  # no /etc/os-release (a minimal container)
        distribution = ""
    described = f"{system.system} {system.release} {system.machine}"
    return f"{described}, {distribution}" if distribution else described


def stop_logging() -> None:
    """Close the log file (tests, and the end of a session)."""
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
