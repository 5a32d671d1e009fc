"""One contact as an address book holds it (a vCard, a line of Google's or Outlook's CSV),
and how its fields become the app's.

Address books hold more than the app has fields for: several addresses, a job title, a
birthday, a web page. What has a field goes there (the preferred email, phone and postal
address; the country as its ISO code; the language notes are written in); what has none
but is worth keeping is written into the contact's notes, one labelled line each (the job
title as LinkedIn's import writes it); what cannot be kept at all (a photo, a key) is
named in a notice the import's review shows. Nothing is dropped without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jobfollowup.i18n import LANGUAGES, _, normalise_language
from jobfollowup.i18n.formatting import babel_locale
from jobfollowup.rules.kinds import Role
from jobfollowup.services.places_known import country_of_name, search_key, subdivisions

IMPORTED_ROLE = Role.NETWORK
NO_PREFERENCE = 101  # vCard 4's PREF runs from 1 (most preferred) to 100


@dataclass(frozen=True)
class Notice:
    """Something of a line (or card) the app could not keep as it was: where, whose, what."""

    line: int
    name: str
    why: str


@dataclass
class Value:
    """An email address or a phone number with its labels ("work", "cell") and how
    preferred it is (lowest first)."""

    text: str
    labels: tuple[str, ...] = ()
    rank: int = NO_PREFERENCE


@dataclass
class Address:
    street: str = ""
    city: str = ""
    region: str = ""
    code: str = ""
    country: str = ""
    formatted: str = ""  # as the address book wrote it whole, where it did
    country_code: str = ""  # given apart (Apple's X-ABADR), not written on the envelope
    labels: tuple[str, ...] = ()
    rank: int = NO_PREFERENCE

    def text(self) -> str:
        """As written on an envelope: the street lines, the postcode and the city on one
        line, the region, the country (as the address book names it)."""
        if self.formatted.strip():
            return _plain_lines(self.formatted)
        lines = (self.street, f"{self.code.strip()} {self.city.strip()}", self.region,
                 self.country)
        return "\n".join(_plain_lines(line) for line in lines if line.strip())


@dataclass
class Card:
    """Everything one contact of an address book says, before it becomes the app's."""

    formatted_name: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""
    prefix: str = ""
    suffix: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    function: str = ""
    emails: list[Value] = field(default_factory=list)
    phones: list[Value] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    language: str = ""
    note: str = ""
    kept: list[str] = field(default_factory=list)  # other details, as lines of the notes
    left_out: list[str] = field(default_factory=list)  # what the app cannot keep, named


def _plain_lines(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


def _is_cjk(text: str) -> bool:
    """True when `text` is written in Chinese, Japanese or Korean script (Han, kana,
    Hangul), ignoring spaces and the middle dot some names carry."""
    letters = [char for char in text if not char.isspace() and char not in "・·"]
    return bool(letters) and all(
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af" or "\u1100" <= char <= "\u11ff"
        or "\uf900" <= char <= "\ufaff" for char in letters)


def full_name(given: str, middle: str, family: str, suffix: str = "") -> str:
    """The name as its own language writes it: given names first, or, in Chinese,
    Japanese and Korean, the family name first and no space ("田中太郎", not "太郎 田中")."""
    parts = (given.strip(), middle.strip(), family.strip())
    if _is_cjk("".join(parts)):
        return "".join(part for part in (parts[2], parts[0], parts[1]) if part)
    return " ".join(part for part in (*parts, suffix.strip()) if part)


def reading(given: str, middle: str, family: str, written: str) -> str:
    """How a name is pronounced (Apple's and Google's phonetic fields, Japan's yomi), in the
    order the name itself is written: family first where the name is in Chinese,
    Japanese or Korean script."""
    parts = (family, given, middle) if _is_cjk(written) else (given, middle, family)
    return " ".join(part.strip() for part in parts if part.strip())


def without_prefix(name: str, prefix: str) -> str:
    """The name without the form of address the card also gives apart (and which is stored
    apart): Apple writes FN "Dr. Jürgen Müller" beside N's prefix "Dr.", and the note
    greeted "Dr. Dr. Jürgen Müller". A suffix ("Jr.") stays: nothing else keeps it."""
    if prefix and name.startswith(prefix + " "):
        return name[len(prefix):].strip()
    return name


def preferred(values: list) -> object | None:
    """The value the address book prefers (the lowest rank), else the first one written."""
    return min(values, key=lambda value: value.rank) if values else None


_LABELS = {"home": lambda: _("home"), "work": lambda: _("work"), "cell": lambda: _("mobile"),
           "mobile": lambda: _("mobile"), "fax": lambda: _("fax"), "pager": lambda: _("pager"),
           "other": lambda: _("other"), "main": lambda: _("main")}
# Types that say how a value is written, not whose or where it is.
_SILENT_LABELS = {"internet", "pref", "voice", "x400", "text", "uri", "postal", "parcel",
                  "dom", "intl", "msg", "x-internet"}


def label_text(labels: tuple[str, ...]) -> str:
    """The labels of a value as the notes name them ("work, mobile"), in the interface
    language where the address book used a standard one, as written otherwise."""
    words = []
    for label in labels:
        key = label.strip().strip('"').lstrip("* ").casefold()
        if not key or key in _SILENT_LABELS:
            continue
        word = _LABELS[key]() if key in _LABELS else label.strip().strip('"').lstrip("* ")
        if word not in words:
            words.append(word)
    return ", ".join(words)


def _with_labels(text: str, labels: tuple[str, ...]) -> str:
    named = label_text(labels)
    return f"{text} ({named})" if named else text


@dataclass
class _Place:
    country: str = ""
    subdivision: str | None = None
    notices: list[str] = field(default_factory=list)


def _place(address: Address | None) -> _Place:
    """The country of the postal address as an ISO code, and its subdivision where the
    region names one the holiday data knows; an unknown country is said, not guessed."""
    if address is None or not (address.country.strip() or address.country_code.strip()):
        return _Place()
    code = country_of_name(address.country) or country_of_name(address.country_code)
    if code is None:
        return _Place(notices=[_(
            "“{country}” is not a country the app knows: the contact is imported without a "
            "country (the address keeps it as written).").format(country=address.country.strip())])
    region = search_key(address.region)
    found = [place.code for place in subdivisions(code) if region and region in (
        search_key(place.code), search_key(place.name), *map(search_key, place.also))]
    return _Place(code, found[0] if len(found) == 1 else None)


def _language_names() -> dict[str, str]:
    """Each of the app's languages by its name in any of them ("French", "français",
    "norsk bokmål", "Norwegian"), compared without case or accents."""
    names = {}
    for shown_in in LANGUAGES:
        languages = babel_locale(shown_in).languages
        for code in LANGUAGES:
            for babel_code in {"nb": ("nb", "no")}.get(code, (code,)):
                if babel_code in languages:
                    names[search_key(languages[babel_code])] = code
    return names


def note_language_of(text: str) -> tuple[str, str | None]:
    """The app's language a card's language stands for ("fr-CA", "no", "Italian"), and a
    notice when it names one notes are not written in."""
    text = text.strip()
    if not text:
        return "", None
    code = normalise_language(text) or _language_names().get(search_key(text))
    if code:
        return code, None
    return "", _("Notes are not written in “{language}”: this contact's notes will be in the "
                 "usual language.").format(language=text)


def contact_fields(card: Card, usual_language: str) -> tuple[dict, list[str]]:
    """The app's fields of `card` (for `checked_contact`) and what could not be kept."""
    name = card.formatted_name.strip() or full_name(card.given, card.middle, card.family,
                                                    card.suffix)
    prefix = card.prefix.strip()
    email, phone = preferred(card.emails), preferred(card.phones)
    address = preferred(card.addresses)
    place = _place(address)
    language, language_notice = note_language_of(card.language)
    notices = [*place.notices, *([language_notice] if language_notice else [])]
    if card.left_out:
        notices.append(_("Not kept (the app has no place for it): {what}.").format(
            what=", ".join(dict.fromkeys(card.left_out))))
    return {
        "name": without_prefix(name, prefix), "form_of_address": prefix,
        "organisation": card.organisation.strip(),
        "email": email.text.strip() if email else "",
        "phone": phone.text.strip() if phone else "",
        "postal_address": address.text() if address else "",
        "country": place.country, "subdivision": place.subdivision,
        "note_language": language or usual_language,
        "notes": _notes(card, email, phone, address),
        "role": IMPORTED_ROLE,
    }, notices


def _notes(card: Card, email: Value | None, phone: Value | None,
           address: Address | None) -> str:
    """The card's own note, then one line for each detail the app has no field for."""
    note = card.note.replace("\r\n", "\n").replace("\r", "\n").strip()  # as typed
    lines = [note] if note else []
    if card.title.strip():
        lines.append(_("Position: {position}").format(position=card.title.strip()))
    if card.department.strip():
        lines.append(_("Department: {department}").format(department=card.department.strip()))
    if card.function.strip():
        lines.append(_("Role in the organisation: {role}").format(role=card.function.strip()))
    for other in card.emails:
        if other is not email and other.text.strip():
            lines.append(_("Other email address: {value}").format(
                value=_with_labels(other.text.strip(), other.labels)))
    for other in card.phones:
        if other is not phone and other.text.strip():
            lines.append(_("Other phone number: {value}").format(
                value=_with_labels(other.text.strip(), other.labels)))
    for other in card.addresses:
        if other is not address and other.text():
            lines.append(_("Other address: {value}").format(
                value=_with_labels(other.text().replace("\n", ", "), other.labels)))
    lines += [line for line in card.kept if line.strip()]
    return "\n".join(lines)
