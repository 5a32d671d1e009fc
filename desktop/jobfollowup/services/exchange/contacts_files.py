"""Contacts in and out: CSV (Google Contacts, Outlook and our own columns), vCard 3 and 4,
and CSV export of contacts and applications.

An import is previewed first (what would be added, which lines are duplicates of people
already stored, which lines are rejected and why); committing stores the accepted lines
in one transaction, so either all of them are stored or none.
"""

from __future__ import annotations

import csv
import io
import os
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Role
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.files import Rejection, read_text, write_private
from jobfollowup.services.records.contacts import checked_contact
from jobfollowup.services.settings import interface_language
from jobfollowup.storage.models import Application, Contact, database_proxy

CONTACT_COLUMNS = ("name", "form_of_address", "first_name_terms", "role", "organisation",
                   "email", "phone",
                   "postal_address", "preferred_channel", "note_language", "country",
                   "subdivision", "personal_details", "notes")
APPLICATION_COLUMNS = ("id", "company", "position", "level", "status", "applied_on",
                       "reply_by", "country", "posting_url", "notes")
IMPORTED_ROLE = Role.NETWORK
_YES = ("yes", "true", "1")
_FORMULA_START = ("=", "+", "-", "@")  # what a spreadsheet would run as a formula

# Column names of each layout, lower-cased, best first.
_COLUMNS = {
    "email": ("email", "e-mail 1 - value", "e-mail address", "email address",
              "e-mail 2 - value", "e-mail 2 address"),
    "organisation": ("organisation", "organization", "organization name",
                     "organization 1 - name", "company"),
    "phone": ("phone", "phone 1 - value", "mobile phone", "business phone", "home phone",
              "primary phone"),
    "postal_address": ("postal_address", "address 1 - formatted"),
    "form_of_address": ("form_of_address", "name prefix", "title"),
    "notes": ("notes",),
    "role": ("role",),
    "preferred_channel": ("preferred_channel",),
    "note_language": ("note_language",),
    "country": ("country",),
    "subdivision": ("subdivision",),
    "personal_details": ("personal_details",),
}
_FIRST = ("first name", "given name")
_MIDDLE = ("middle name", "additional name")
_LAST = ("last name", "family name")
# Outlook's addresses (work first, then home, then other) and its three email columns.
_OUTLOOK_PLACES = ("business", "home", "other")
_OUTLOOK_EMAILS = (("e-mail address", "e-mail type"), ("e-mail 2 address", "e-mail 2 type"),
                   ("e-mail 3 address", "e-mail 3 type"))


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


def _pick(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        value = (row.get(name) or "").split(" ::: ")[0].strip()  # Google's several values
        if value:
            return value
    return ""


def _unescape_formula(value: str) -> str:
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA_START else value


def _layout(headers: set[str]) -> str:
    if {"name", "role"} <= headers:
        return "Job Follow-up"
    if "e-mail 1 - value" in headers or "organization 1 - name" in headers \
            or "organization name" in headers:
        return "Google Contacts"
    if "e-mail address" in headers or "business phone" in headers:
        return "Outlook"
    return "CSV"


def _csv_records(text: str, path: Path) -> tuple[str, list[tuple[int, dict]]]:
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
    return _layout(names), records


def _contact_from_csv(row: dict[str, str]) -> dict:
    name = (row.get("name") or "").strip() or full_name(
        _pick(row, _FIRST), _pick(row, _MIDDLE), _pick(row, _LAST))
    details = {key: _pick(row, columns) for key, columns in _COLUMNS.items()}
    if "e-mail address" in row:
        details["email"] = _outlook_email(row)
    if not details["postal_address"]:
        details["postal_address"] = _outlook_address(row)
    details["role"] = details["role"] or IMPORTED_ROLE
    details["note_language"] = details["note_language"] or interface_language()
    details["country"] = details["country"].upper()
    details["subdivision"] = details["subdivision"] or None
    details["preferred_channel"] = details["preferred_channel"] or None
    # Whether notes greet them by first name: ours writes yes or no (a greeting that
    # changed on the way back and forth would address them wrongly).
    details["first_name_terms"] = (row.get("first_name_terms") or "").strip().lower() in _YES
    return {"name": name, **details}


def _is_cjk(text: str) -> bool:
    """True when `text` is written in Chinese, Japanese or Korean script (Han, kana,
    Hangul), ignoring spaces and the middle dot some names carry."""
    letters = [char for char in text if not char.isspace() and char not in "・·"]
    return bool(letters) and all(
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af" or "\u1100" <= char <= "\u11ff"
        or "\uf900" <= char <= "\ufaff" for char in letters)


def full_name(given: str, middle: str, family: str) -> str:
    """The name as its own language writes it: given names first, or, in Chinese,
    Japanese and Korean, the family name first and no space ("田中太郎", not "太郎 田中")."""
    parts = (given, middle, family)
    if _is_cjk("".join(parts)):
        return "".join(part for part in (family, given, middle) if part)
    return " ".join(part for part in parts if part)


def _without_prefix(name: str, prefix: str) -> str:
    """The name without the form of address the card also gives apart (and which is stored
    apart): Apple writes FN "Dr. Jürgen Müller" beside N's prefix "Dr.", and the note
    greeted "Dr. Dr. Jürgen Müller". A suffix ("Jr.") stays: nothing else keeps it."""
    if prefix and name.startswith(prefix + " "):
        return name[len(prefix):].strip()
    return name


def _outlook_email(row: dict[str, str]) -> str:
    """The first address mail can be sent to. Outlook writes a colleague's Exchange account
    as an X.500 path of type EX ("/o=ExchangeLabs/ou=…/cn=…"), which is no email address:
    the next column holding an Internet one is taken instead."""
    for address, kind in _OUTLOOK_EMAILS:
        value = (row.get(address) or "").strip()
        if value and (row.get(kind) or "").strip().upper() != "EX" and not value.startswith("/"):
            return value
    return ""


def _outlook_address(row: dict[str, str]) -> str:
    """The work address, else the home one, else the other one, as it is written on an
    envelope: the street lines, the postcode and the city on one line, the state, the
    country (as a vCard's address is written)."""
    for place in _OUTLOOK_PLACES:
        street = [_pick(row, (f"{place} street{number}",)) for number in ("", " 2", " 3")]
        city, state, code, country = (_pick(row, (f"{place} {part}",)) for part in (
            "city", "state", "postal code", "country/region"))
        lines = [*street, f"{code} {city}".strip(), state, country]
        if any(lines):
            return "\n".join(line for line in lines if line)
    return ""


# vCard 3.0 (RFC 2426) and 4.0 (RFC 6350), as far as a contact needs.
_VCARD_ESCAPES = re.compile(r"\\([\\,;nN])")


def _vcard_unescape(value: str) -> str:
    return _VCARD_ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _vcard_split(value: str, separator: str = ";") -> list[str]:
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(_vcard_unescape(current))
            current = ""
        else:
            current += char
    parts.append(_vcard_unescape(current))
    return parts


def _vcard_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded content lines with the number of the physical line each starts on."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _vcard_records(text: str, path: Path) -> list[tuple[int, dict] | Rejection]:
    found: list[tuple[int, dict] | Rejection] = []
    card: dict[str, list[tuple[dict, str]]] | None = None
    begin = 0
    for number, line in _vcard_lines(text):
        name_part, _colon, value = line.partition(":")
        name, *params = name_part.split(";")
        name = name.split(".")[-1].upper()  # "item1.EMAIL" → "EMAIL"
        parameters = _parameters(params)
        if parameters.get("ENCODING") in ("QUOTED-PRINTABLE", "QP"):
            value = quopri.decodestring(value.encode()).decode("utf-8", errors="replace")
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                found.append(Rejection(begin, "END", _("The card is cut off: it has no "
                                                       "END:VCARD line.")))
            card, begin = {}, number
        elif name == "END" and value.strip().upper() == "VCARD" and card is not None:
            found.append((begin, _contact_from_vcard(card)))
            card = None
        elif card is not None:
            card.setdefault(name, []).append((parameters, value))
    if card is not None:
        found.append(Rejection(begin, "END", _("The card is cut off: it has no END:VCARD line.")))
    if not found:
        raise ValidationError(_("{path} holds no vCard (no BEGIN:VCARD line).").format(
            path=path), "file")
    return found


def _parameters(params: list[str]) -> dict[str, str]:
    """A property's parameters, upper-cased; a repeated one (Apple writes `type=INTERNET;
    type=WORK;type=pref`) keeps all its values, comma-separated, and a bare one (vCard
    2.1's `EMAIL;PREF;INTERNET`) is a TYPE."""
    parameters: dict[str, str] = {}
    for param in params:
        key, equals, value = param.partition("=")
        key, value = (key.upper(), value.upper()) if equals else ("TYPE", key.upper())
        parameters[key] = f"{parameters[key]},{value}" if key in parameters else value
    return parameters


def _rank(parameters: dict[str, str]) -> int:
    """How preferred a value is, lowest first: vCard 4's PREF=1…100, vCard 3's TYPE=PREF
    (as 1), then the values with no preference."""
    try:
        return int(parameters.get("PREF", ""))
    except ValueError:
        pass
    types = {kind.strip('"') for kind in parameters.get("TYPE", "").split(",")}
    return 1 if "PREF" in types else 101


def _first(card: dict, name: str) -> str:
    """The value of `name` the card prefers (Thunderbird writes `EMAIL;PREF=1` second,
    Nextcloud `TYPE=WORK,PREF`), else the first one given."""
    values = card.get(name) or [({}, "")]
    return min(values, key=lambda value: _rank(value[0]))[1]


def _contact_from_vcard(card: dict) -> dict:
    name = _vcard_unescape(_first(card, "FN")).strip()
    structured = _vcard_split(_first(card, "N")) + [""] * 5
    if not name:
        family, given, middle = structured[0], structured[1], structured[2]
        name = full_name(given.strip(), middle.strip(), family.strip())
    name = _without_prefix(name, structured[3].strip())
    address = _vcard_split(_first(card, "ADR")) + [""] * 7
    street, city, region, code, country = address[2], address[3], address[4], address[5], \
        address[6]
    postal = "\n".join(part for part in (street, f"{code} {city}".strip(), region, country)
                       if part.strip())
    return {
        "name": name, "form_of_address": structured[3].strip(),
        "organisation": _vcard_split(_first(card, "ORG"))[0].strip(),
        "email": _vcard_unescape(_first(card, "EMAIL")).removeprefix("mailto:").strip(),
        "phone": _vcard_unescape(_first(card, "TEL")).removeprefix("tel:").strip(),
        "postal_address": postal, "notes": _vcard_unescape(_first(card, "NOTE")).strip(),
        "role": IMPORTED_ROLE, "note_language": interface_language(),
    }


def _looks_like_vcard(path: Path, text: str) -> bool:
    return path.suffix.lower() in (".vcf", ".vcard") or text.lstrip()[:11].upper() == \
        "BEGIN:VCARD"


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def preview_contacts_import(path: str | os.PathLike) -> ContactsPreview:
    """Read a CSV or vCard file and say what importing it would do; stores nothing."""
    path = Path(path)
    text = read_text(path)
    if _looks_like_vcard(path, text):
        layout, records = "vCard", _vcard_records(text, path)
    else:
        layout, csv_records = _csv_records(text, path)
        records = [(line, _contact_from_csv(row)) for line, row in csv_records]
    preview = ContactsPreview(source=str(path), layout=layout)
    by_email = {_key(c.email): c.name for c in Contact.select(Contact.name, Contact.email)
                if c.email}
    by_name = {_key(c.name): c.name for c in Contact.select(Contact.name)}
    for record in records:
        if isinstance(record, Rejection):
            preview.rejected.append(record)
            continue
        line, raw = record
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
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in _FORMULA_START else text


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
