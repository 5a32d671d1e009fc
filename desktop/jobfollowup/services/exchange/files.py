"""Reading the files a user imports and writing the ones they export, with clear messages.

An import file in the wrong encoding or cut short gets a message that says so; an export
is written to a temporary file first and renamed, so a crash never leaves half a file, and
it is readable by the user only (it holds their job search).
"""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError

MAX_IMPORT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Rejection:
    """One line (or record) an import leaves out: where, which field, and why."""

    line: int
    field: str
    why: str


def read_text(path: str | os.PathLike) -> str:
    """The text of an import file: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ValidationError(_("{path} is too large to import.").format(path=path), "file")
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(_("Cannot read {path}: {problem}").format(
            path=path, problem=error.strerror or error), "file") from error
    if not data.strip():
        raise ValidationError(_("{path} is empty.").format(path=path), "file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValidationError(_(
            "{path} is not UTF-8 text (byte {position} cannot be read). Save it again as "
            "UTF-8 — in a spreadsheet, “CSV UTF-8” — and import it again.").format(
                path=path, position=error.start), "file") from None


def write_private(path: str | os.PathLike, text: str) -> Path:
    """Write `text` (UTF-8) to `path` whole or not at all, readable by the user only."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ValidationError(_("Cannot write {path}: {problem}").format(
            path=path, problem=error.strerror or error), "file") from error
    return path
