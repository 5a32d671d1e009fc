"""Contacts in and out: CSV (Google Contacts old and new, Outlook, our own columns),
vCard 2.1, 3.0 and 4.0, and CSV export of contacts and applications.

An import is previewed first (what would be added, which lines are duplicates of people
already stored, which lines are rejected and why, and what of an added contact the app
could not keep); committing stores the accepted lines in one transaction, so either all
of them are stored or none.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange import vcards
from jobfollowup.services.exchange.address_book_csv import google_card, outlook_card
from jobfollowup.services.exchange.contact_cards import (
    IMPORTED_ROLE,
    Address,
    Card,
    Notice,
    Value,
    contact_fields,
)
from jobfollowup.services.exchange.files import (
    Rejection,
    is_utf16,
    read_bytes,
    read_text,
    write_private,
)
from jobfollowup.services.records.contacts import checked_contact
from jobfollowup.services.settings import interface_language
from jobfollowup.storage.models import Application, Contact, database_proxy

CONTACT_COLUMNS = ("name", "form_of_address", "first_name_terms", "role", "organisation",
                   "email", "phone",
                   "postal_address", "preferred_channel", "note_language", "country",
                   "subdivision", "personal_details", "notes")
APPLICATION_COLUMNS = ("id", "company", "position", "level", "status", "applied_on",
                       "reply_by", "country", "posting_url", "notes")
_YES = ("yes", "true", "1")
_FORMULA_START = ("=", "+", "-", "@")  # what a spreadsheet would run as a formula

# What a spreadsheet of one's own may call each field, lower-cased, best first.
_COLUMNS = {
    "email": ("email", "email address", "e-mail", "e-mail address", "mail"),
    "organisation": ("organisation", "organization", "company"),
    "phone": ("phone", "phone number", "mobile", "telephone"),
    "postal_address": ("postal_address", "postal address", "address"),
    "form_of_address": ("form_of_address", "form of address", "title", "prefix"),
    "notes": ("notes", "note"),
    "role": ("role",),
    "preferred_channel": ("preferred_channel",),
    "note_language": ("note_language", "language"),
    "country": ("country",),
    "subdivision": ("subdivision",),
    "personal_details": ("personal_details",),
}
_FIRST = ("first name", "given name")
_MIDDLE = ("middle name", "additional name")
_LAST = ("last name", "family name")


@dataclass(frozen=True)
class Duplicate:
    line: int
    name: str
    existing: str  # the stored (or earlier) contact it matches


@dataclass
class ContactsPreview:
    """What committing the import would do; nothing is stored until `import_contacts`."""

    source: str
    layout: str
    new: list[tuple[int, dict]] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)  # what an added contact lost


def _pick(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        value = (row.get(name) or "").split(" ::: ")[0].strip()  # Google's several values
        if value:
            return value
    return ""


def _runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would run `text`, or `text` is already marked not to be (the
    apostrophes before a formula's first character): either way it gets one more mark."""
    return text.lstrip("'")[:1] in _FORMULA_START


def _unescape_formula(value: str) -> str:
    return value[1:] if value[:1] == "'" and _runs_as_formula(value[1:]) else value


def _layout(headers: set[str]) -> str:
    if {"name", "role"} <= headers:
        return "Job Follow-up"
    if "e-mail 1 - value" in headers or "organization 1 - name" in headers \
            or "organization name" in headers:
        return "Google Contacts"
    if "e-mail address" in headers or "business phone" in headers:
        return "Outlook"
    return "CSV"


def _csv_records(text: str, path: Path
                 ) -> tuple[str, dict[str, str], list[tuple[int, dict]]]:
    """The file's layout, its columns (lower-cased → as written) and its lines."""
    header_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)  # Excel in Europe writes ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ValidationError(_("{path} has no header line.").format(path=path), "file") from None
    keys = [h.strip().lower() for h in header]
    names = set(keys)
    if not (names & ({"name"} | set(_FIRST) | set(_LAST))):
        raise ValidationError(_(
            "{path} has no name column: expected the columns of a Google Contacts or Outlook "
            "export, or ours (name, email, …).").format(path=path), "file")
    ours = _layout(names) == "Job Follow-up"
    records = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            row = dict(zip(keys, cells, strict=False))
            if ours:
                row = {k: _unescape_formula(v) for k, v in row.items()}
            records.append((line, row))
    except csv.Error as error:
        raise ValidationError(_("{path} is cut off or malformed at line {line}: check that "
                                "every quotation mark is closed.").format(
                                    path=path, line=reader.line_num), "file") from error
    return _layout(names), dict(zip(keys, (h.strip() for h in header), strict=False)), records


def _ours(row: dict[str, str]) -> dict:
    """A line of our own export, every column in its field (importable again unchanged)."""
    details = {key: (row.get(key) or "").strip() for key in CONTACT_COLUMNS}
    details["role"] = details["role"] or IMPORTED_ROLE
    details["country"] = details["country"].upper()
    details["subdivision"] = details["subdivision"] or None
    details["preferred_channel"] = details["preferred_channel"] or None
    # Whether notes greet them by first name: ours writes yes or no (a greeting that
    # changed on the way back and forth would address them wrongly).
    details["first_name_terms"] = details["first_name_terms"].lower() in _YES
    return details


def _plain_card(row: dict[str, str], headers: dict[str, str]) -> tuple[Card, dict]:
    """A spreadsheet of one's own: the columns it names like ours read, any other named as
    not kept. The fields a card has no room for (role, channel) come back apart."""
    used = {column for columns in _COLUMNS.values() for column in columns}
    used |= {"name", *_FIRST, *_MIDDLE, *_LAST}
    card = Card(formatted_name=_pick(row, ("name",)), given=_pick(row, _FIRST),
                middle=_pick(row, _MIDDLE), family=_pick(row, _LAST),
                prefix=_pick(row, _COLUMNS["form_of_address"]),
                organisation=_pick(row, _COLUMNS["organisation"]),
                note=_pick(row, _COLUMNS["notes"]),
                language=_pick(row, _COLUMNS["note_language"]))
    if _pick(row, _COLUMNS["email"]):
        card.emails.append(Value(_pick(row, _COLUMNS["email"])))
    if _pick(row, _COLUMNS["phone"]):
        card.phones.append(Value(_pick(row, _COLUMNS["phone"])))
    address = Address(formatted=_pick(row, _COLUMNS["postal_address"]),
                      country=_pick(row, _COLUMNS["country"]))
    if address.formatted or address.country:
        card.addresses.append(address)
    card.left_out += [headers.get(key, key) for key, value in row.items()
                      if key and key not in used and (value or "").strip()]
    apart = {key: _pick(row, _COLUMNS[key]) for key in ("role", "preferred_channel",
                                                        "subdivision", "personal_details")}
    return card, {key: value for key, value in apart.items() if value}


def _from_csv(layout: str, row: dict[str, str], headers: dict[str, str]
              ) -> tuple[dict, list[str]]:
    """The fields of one line and what of it could not be kept."""
    if layout == "Job Follow-up":
        return _ours(row), []
    apart: dict = {}
    if layout == "Google Contacts":
        card = google_card(row, headers)
    elif layout == "Outlook":
        card = outlook_card(row, headers)
    else:
        card, apart = _plain_card(row, headers)
    fields, notices = contact_fields(card, interface_language())
    if not fields["country"] and apart.get("subdivision"):
        apart.pop("subdivision")  # a region with no country is no place: the address has it
    return {**fields, **apart}, notices


def _looks_like_vcard(path: Path, data: bytes) -> bool:
    start = data.decode("utf-16", "replace") if is_utf16(data) else data.decode(
        "utf-8-sig", "replace")
    return path.suffix.lower() in (".vcf", ".vcard") or start.lstrip()[:11].upper() == \
        "BEGIN:VCARD"


def _vcard_records(data: bytes, path: Path) -> list[tuple[int, dict, list[str]] | Rejection]:
    cards, cut = vcards.card_texts(vcards.decoded(data))
    if not cards and not cut:
        raise ValidationError(_("{path} holds no vCard (no BEGIN:VCARD line).").format(
            path=path), "file")
    records: list[tuple[int, dict, list[str]] | Rejection] = list(cut)
    for begin, text in cards:
        card = vcards.read_card(begin, text)
        if isinstance(card, Rejection):
            records.append(card)
        else:
            records.append((begin, *contact_fields(card, interface_language())))
    return sorted(records, key=lambda record: record.line if isinstance(record, Rejection)
                  else record[0])


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def preview_contacts_import(path: str | os.PathLike) -> ContactsPreview:
    """Read a CSV or vCard file and say what importing it would do; stores nothing. A vCard
    file is read as bytes: vCard 2.1 lets each value name its own character set."""
    path = Path(path)
    data = read_bytes(path)
    if _looks_like_vcard(path, data):
        layout, records = "vCard", _vcard_records(data, path)
    else:
        layout, headers, csv_records = _csv_records(read_text(path, data), path)
        records = [(line, *_from_csv(layout, row, headers)) for line, row in csv_records]
    preview = ContactsPreview(source=str(path), layout=layout)
    by_email = {_key(c.email): c.name for c in Contact.select(Contact.name, Contact.email)
                if c.email}
    by_name = {_key(c.name): c.name for c in Contact.select(Contact.name)}
    for record in records:
        if isinstance(record, Rejection):
            preview.rejected.append(record)
            continue
        line, raw, lost = record
        try:
            fields = checked_contact(**raw)
        except ValidationError as error:
            preview.rejected.append(Rejection(line, error.field or "", str(error)))
            continue
        existing = (by_email.get(_key(fields["email"])) if fields["email"] else None) \
            or by_name.get(_key(fields["name"]))
        if existing is not None:
            preview.duplicates.append(Duplicate(line, fields["name"], existing))
            continue
        preview.new.append((line, fields))
        preview.notices += [Notice(line, fields["name"], why) for why in lost]
        by_name[_key(fields["name"])] = fields["name"]
        if fields["email"]:
            by_email[_key(fields["email"])] = fields["name"]
    preview.rejected.sort(key=lambda r: r.line)
    return preview


def import_contacts(preview: ContactsPreview) -> list[int]:
    """Store the accepted contacts of `preview`, all in one transaction; their ids."""
    with database_proxy.atomic():
        return [Contact.create(**fields).id for _line, fields in preview.new]


def _safe_cell(value) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula. Text that already
    starts with the apostrophe that marks it ("'=x") gets one more, so that the import,
    which takes the mark away, gives back what was typed."""
    text = "" if value is None else str(value)
    return "'" + text if _runs_as_formula(text) else text


def _write_csv(path: str | os.PathLike, columns: tuple[str, ...], rows) -> int:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_safe_cell(row.get(column)) for column in columns])
        count += 1
    write_private(path, "\ufeff" + buffer.getvalue())  # the BOM tells spreadsheets UTF-8
    return count


def export_contacts_csv(path: str | os.PathLike) -> int:
    """Every contact in our own columns (importable again); returns how many."""
    rows = ({**row, "first_name_terms": "yes" if row["first_name_terms"] else "no"}
            for row in Contact.select().order_by(Contact.name).dicts())
    return _write_csv(path, CONTACT_COLUMNS, rows)


def export_applications_csv(path: str | os.PathLike) -> int:
    """Every application, newest first; returns how many."""
    return _write_csv(path, APPLICATION_COLUMNS,
                      Application.select().order_by(Application.id.desc()).dicts())
