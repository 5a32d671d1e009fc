"""Reading the files a user imports and writing the ones they export, with clear messages.

An import file in the wrong encoding or cut short gets a message that says so; an export
is written to a temporary file first and renamed, so a crash never leaves half a file (or,
for a link, the file it points to; for a pipe or `/dev/stdout`, straight into it), and it
is readable by the user only (it holds their job search).
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.atomic import write_whole
from jobfollowup.storage.failures import os_cause

MAX_IMPORT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Rejection:
    """One line (or record) an import leaves out: where, which field, and why."""

    line: int
    field: str
    why: str


def read_bytes(path: str | os.PathLike) -> bytes:
    """The content of an import file; a clear message when it is missing, unreadable,
    too large or empty."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ValidationError(_("{path} is too large to import.").format(path=path), "file")
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(_("Cannot read {path}: {problem}").format(
            path=path, problem=os_cause(error)), "file") from error
    if not data.strip():
        raise ValidationError(_("{path} is empty.").format(path=path), "file")
    return data


def is_utf16(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def read_text(path: str | os.PathLike, data: bytes | None = None) -> str:
    """The text of an import file (or of its `data`, already read): UTF-8 (with or without
    BOM) or UTF-16 with a BOM."""
    path = Path(path)
    data = read_bytes(path) if data is None else data
    encoding = "utf-16" if is_utf16(data) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValidationError(_(
            "{path} is not UTF-8 text (byte {position} cannot be read). Save it again as "
            "UTF-8 — in a spreadsheet, “CSV UTF-8” — and import it again.").format(
                path=path, position=error.start), "file") from None


def write_private(path: str | os.PathLike, text: str) -> Path:
    """Write `text` (UTF-8) to `path` whole or not at all, readable by the user only."""
    return write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path`, readable by the user only; a ValidationError naming the path
    and the system's answer (no such folder, permission denied, no space left) otherwise.

    A file is written whole or not at all: to a temporary file beside it, renamed over it.
    Through a symbolic link (a calendar linked into a synced folder) the file it points to
    is written so, and the link stays. A device, a pipe or a descriptor (`/dev/stdout`, a
    named pipe) cannot be renamed over: it is written straight into.
    """
    path = Path(path)
    try:
        if _is_stream(path):
            _write_stream(path, data)
        else:
            write_whole(_destination(path), data)
    except OSError as error:
        raise ValidationError(_("Cannot write {path}: {problem}").format(
            path=path, problem=os_cause(error)), "file") from error
    return path


def _is_stream(path: Path) -> bool:
    """A device, a pipe or a descriptor: anything but a folder or a regular file (or none),
    and whatever lies under /dev or /proc (`/dev/stdout` sent to a file is one too: renaming
    over the file the shell opened would lose what it holds)."""
    if os.name == "posix" and path.absolute().parts[1:2] in (("dev",), ("proc",)):
        return True  # (on Windows, C:\dev is a folder like any other)
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _destination(path: Path) -> Path:
    """The file to replace: `path`, or the file its links lead to."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise ValidationError(_("Cannot write {path}: the folder {folder} does not exist.")
                              .format(path=path, folder=target.parent), "file")
    return target


def _write_stream(path: Path, data: bytes) -> None:
    # Appending: never truncate what a shell's `>>` opened; a pipe or a device ignores it.
    with open(os.open(path, os.O_WRONLY | os.O_APPEND), "wb") as out:
        out.write(data)
