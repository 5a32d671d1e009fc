"""Reading LinkedIn's "Get a copy of your data" archive as it comes: the `.zip`, not files
the user must first unpack and find.

The archive is refused whole, with one message naming the cause, when it cannot be
opened, holds neither file we read, or holds one whose columns are not LinkedIn's: a
half-read archive would import a network without its applications, or the reverse,
and nobody would notice. Lines are only split into cells here; what they mean is
`linkedin.py`'s business.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.files import MAX_IMPORT_BYTES
from jobfollowup.storage.failures import os_cause

CONNECTIONS = "Connections.csv"
APPLICATIONS = "Jobs/Job Applications.csv"
CONNECTION_COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company",
                      "Position", "Connected On")
APPLICATION_COLUMNS = ("Application Date", "Contact Email", "Contact Phone Number",
                       "Company Name", "Job Title", "Job Url", "Resume Name",
                       "Question And Answers")
# LinkedIn writes months in English whatever the account's language; strptime's %b would
# follow the computer's locale instead.
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}
_CONNECTED_ON = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{4})\s*$")
_APPLIED_ON = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
# A big archive may split its applications: "Job Applications_1.csv", "…_2.csv".
_APPLICATION_PARTS = re.compile(r"^job applications(_\d+)?\.csv$", re.IGNORECASE)


@dataclass(frozen=True)
class Table:
    """One CSV of the archive: its name in the archive, and each line's number and cells
    by column name."""

    name: str
    rows: list[tuple[int, dict[str, str]]]


@dataclass(frozen=True)
class Archive:
    connections: Table | None
    applications: list[Table]


def read_archive(path: str | os.PathLike) -> Archive:
    """The archive's connections and applications; a ValidationError naming the cause
    when it cannot be read as LinkedIn's."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            connections = _find(members, lambda p: p.name.lower() == CONNECTIONS.lower())
            applications = sorted(
                (info for info in members if _is_application_part(PurePosixPath(
                    info.filename))), key=lambda info: info.filename)
            if not connections and not applications:
                raise ValidationError(_(
                    "{path} holds neither {connections} nor {applications}: is it the "
                    "archive LinkedIn sends under “Get a copy of your data”?").format(
                        path=path, connections=CONNECTIONS, applications=APPLICATIONS),
                    "file")
            return Archive(
                _table(archive, connections[0], CONNECTION_COLUMNS, path)
                if connections else None,
                [_table(archive, info, APPLICATION_COLUMNS, path) for info in applications])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError,
            RuntimeError) as error:  # damaged, cut short, encrypted or an unknown method
        raise ValidationError(_("{path} cannot be opened as a zip archive: it is damaged "
                                "or is not a zip file.").format(path=path),
                              "file") from error
    except OSError as error:
        raise ValidationError(_("Cannot read {path}: {problem}").format(
            path=path, problem=os_cause(error)), "file") from error


def _find(members: list[zipfile.ZipInfo], wanted) -> list[zipfile.ZipInfo]:
    return [info for info in members if wanted(PurePosixPath(info.filename))]


def _is_application_part(path: PurePosixPath) -> bool:
    return path.parent.name.lower() == "jobs" and bool(_APPLICATION_PARTS.match(path.name))


def _table(archive: zipfile.ZipFile, info: zipfile.ZipInfo, columns: tuple[str, ...],
           path: Path) -> Table:
    name = _short_name(info.filename)
    if info.file_size > MAX_IMPORT_BYTES:
        raise ValidationError(_("{name} in {path} is too large to import.").format(
            name=name, path=path), "file")
    try:
        text = archive.read(info).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("{name} in {path} is not UTF-8 text as LinkedIn writes it."
                                ).format(name=name, path=path), "file") from None
    return Table(name, _rows(text, columns, name, path))


def _short_name(member: str) -> str:
    """The member as LinkedIn names it, whatever folder the archive wraps it in
    ("Basic_LinkedInDataExport_01-02-2025/Jobs/Job Applications.csv" →
    "Jobs/Job Applications.csv")."""
    parts = PurePosixPath(member).parts
    return "/".join(parts[-2:]) if len(parts) > 1 and parts[-2].lower() == "jobs" \
        else parts[-1]


def _rows(text: str, columns: tuple[str, ...], name: str,
          path: Path) -> list[tuple[int, dict[str, str]]]:
    """The lines under the header, numbered as a text editor shows them. Connections.csv
    opens with a quoted "Notes:" paragraph and a blank line, which are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                if len(cells) == 1 and cells[0].strip().lower() == "notes:":
                    continue
                if _is_notes_paragraph(cells, columns):
                    continue
                header = _checked_header(cells, columns, name, path)
                continue
            rows.append((line, {key: value.strip() for key, value in zip(
                header, cells, strict=False)}))
    except csv.Error as error:
        raise ValidationError(_("{name} in {path} is cut off or malformed at line {line}."
                                ).format(name=name, path=path, line=reader.line_num),
                              "file") from error
    if header is None:
        raise ValidationError(_("{name} in {path} has no header line.").format(
            name=name, path=path), "file")
    return rows


def _is_notes_paragraph(cells: list[str], columns: tuple[str, ...]) -> bool:
    """The paragraph under "Notes:": one long cell, or a line broken at its commas, with
    none of the columns' names in it."""
    return columns[0] not in (cell.strip() for cell in cells) and (
        len(cells) == 1 or any(len(cell) > 40 for cell in cells))


def _checked_header(cells: list[str], columns: tuple[str, ...], name: str,
                    path: Path) -> list[str]:
    header = [cell.strip() for cell in cells]
    missing = [column for column in columns if column not in header]
    if missing:
        raise ValidationError(_(
            "{name} in {path} does not have LinkedIn's columns (missing: {missing}).").format(
                name=name, path=path, missing=", ".join(missing)), "file")
    return header


def connected_on(text: str) -> dt.date | None:
    """"01 Feb 2025" → 2025-02-01; None when it is no such date."""
    match = _CONNECTED_ON.match(text)
    if not match or match.group(2).lower() not in _MONTHS:
        return None
    try:
        return dt.date(int(match.group(3)), _MONTHS[match.group(2).lower()],
                       int(match.group(1)))
    except ValueError:
        return None


def applied_on(text: str) -> dt.date | None:
    """"11/20/24, 8:15 AM" (month first, as LinkedIn writes it) → 2024-11-20; None when it
    is no such date."""
    match = _APPLIED_ON.match(text)
    if not match:
        return None
    month, day, year = (int(part) for part in match.groups())
    try:
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None
