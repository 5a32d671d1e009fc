"""Why the data file could not be used, told apart: another program's lock, a folder or a
file that cannot be written, a full disk, a disk error, or real damage.

SQLite says little ("unable to open database file", "disk I/O error") and the same words
cover a read-only folder and a broken disk, so a healthy file was once called damaged and
the user steered towards restoring over it. Here SQLite's own error code decides first; where
it only says "could not open" or "I/O error", the folder is asked directly (a file created
and removed in it), so the message names what the system itself answered: permission
denied, a read-only disk, no space left.

Only the standard library: the start reads this before Peewee loads.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.storage.early import DamagedFileError, DataFileError, log_files

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB = 26
_TELLING = frozenset({SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY,
                      SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN,
                      SQLITE_NOTADB})
LOW_SPACE = 1024 * 1024  # less than this free, and SQLite's "I/O error" means a full disk
_PROBE_BYTES = 64 * 1024


class DataInUseError(DataFileError):
    """Another program holds a write transaction on the file: nothing is wrong with it."""


class CannotWriteError(DataFileError):
    """The folder or the file cannot be written (permissions, a read-only disk, no space):
    the file itself is sound, so no backup should be offered in its place."""


def os_cause(error: OSError) -> str:
    """What the system answered, in plain words in the user's language (the C library's
    own text is English whatever the user speaks)."""
    causes = {
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.EROFS: _("the disk is read-only"),
        errno.ENOSPC: _("no space is left on the disk"),
        errno.EDQUOT: _("no space is left on the disk"),
        errno.EISDIR: _("it is a folder"),
        errno.ENOTDIR: _("part of the path is not a folder"),
        errno.ENOENT: _("there is no such file or folder"),
        errno.EPIPE: _("the program reading it has stopped"),
        errno.EIO: _("the disk reported an error"),
    }
    return causes.get(error.errno) or error.strerror or str(error)


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind `error`, looking through Peewee's wrapper and
    through the errors raised while handling it: a failed write on a full disk is followed
    by "cannot rollback - no transaction is active", which says nothing of the cause."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    first = None
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if code is not None:
            code &= 0xFF
            if code in _TELLING:
                return code
            first = first if first is not None else code
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return first


def folder_problem(folder: Path) -> OSError | None:
    """The system's answer to writing in `folder` (a small file, made and removed), or None
    when it can be written."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".jobfollowup-probe-")
    except OSError as error:
        return error
    try:
        with os.fdopen(handle, "wb") as probe:
            probe.write(b"\0" * _PROBE_BYTES)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return error
    finally:
        Path(name).unlink(missing_ok=True)
    return None


def _file_problem(path: Path) -> OSError | None:
    """The system's answer to opening `path` (and its log files) for writing, changing
    nothing in them; None when they can be written or do not exist."""
    for candidate in (path, *log_files(path)):
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_APPEND))
        except FileNotFoundError:
            continue
        except OSError as error:
            return error
    return None


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def in_use(path: Path) -> DataInUseError:
    return DataInUseError(path, _("Another program is using your data file {path}; close it "
                                  "and try again.").format(path=path))


def no_space(path: Path) -> CannotWriteError:
    return CannotWriteError(path, _("No space is left on the disk that holds your data "
                                    "({folder}); free some space and try again. Nothing was "
                                    "changed.").format(folder=path.parent))


def cannot_write(path: Path) -> CannotWriteError | None:
    """What keeps the folder or the file from being written, if the system says so."""
    folder = path.parent
    problem = folder_problem(folder)
    if problem is not None and problem.errno in (errno.ENOSPC, errno.EDQUOT):
        return no_space(path)
    if problem is not None:
        return CannotWriteError(path, _("Cannot write in your data folder {folder} ({cause}); "
                                        "your data was left untouched.").format(
            folder=folder, cause=os_cause(problem)))
    problem = _file_problem(path)
    if problem is not None:
        return CannotWriteError(path, _("Cannot write to your data file {path} ({cause}); it "
                                        "was left untouched.").format(
            path=path, cause=os_cause(problem)))
    return None


def explain(error: BaseException, path: Path) -> DataFileError | None:
    """The DataFileError that says why SQLite failed on the data file `path`, or None when
    SQLite's answer names no cause this module knows (the caller words it)."""
    code = sqlite_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return in_use(path)
    if code == SQLITE_FULL:
        return no_space(path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedFileError(path, _("{path} is damaged and cannot be read ({error}); it "
                                        "was left untouched.").format(path=path, error=error))
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR):
        found = cannot_write(path)
        if found is not None:
            return found
        if code == SQLITE_IOERR:
            free = _free_bytes(path.parent)
            if free is not None and free < LOW_SPACE:
                return no_space(path)
            return DataFileError(path, _("Your data file {path} could not be read or written: "
                                         "the disk reported an error ({error}). Nothing was "
                                         "changed.").format(path=path, error=error))
        return DataFileError(path, _("Your data file {path} could not be opened ({error}); it "
                                     "was left untouched.").format(path=path, error=error))
    return None
