"""vCard files (2.1, 3.0 and 4.0) read into cards: what Outlook, old Android phones, Apple
Contacts, Thunderbird, Google and Nextcloud export.

`vobject` reads the lines: folded lines, vCard 2.1's quoted-printable values with their
soft line breaks and `CHARSET=` (an Outlook card's "Gr=C3=B8nli", an old phone's
ISO-8859-1), and the parameters however each program writes them. A raw 8-bit value
(vCard 2.1 allows any character set) is decoded by its own `CHARSET`; a card that cannot
be read whole is refused with the line that failed, never imported half.

The values themselves are split here, escape by escape, rather than by vobject's types:
those cut an unescaped comma, which old exporters write in titles and streets, and the
rest of the text with it.
"""

from __future__ import annotations

import io
import re

from vobject.base import VObjectError, getLogicalLines, textLineToContentLine

from jobfollowup.i18n import _
from jobfollowup.services.exchange.contact_cards import (
    NO_PREFERENCE,
    Address,
    Card,
    Value,
    label_text,
    reading,
)
from jobfollowup.services.exchange.files import Rejection, is_utf16

_ESCAPES = re.compile(r"\\([\\,;:nN])")
_RAW_BYTE = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8 (surrogateescape)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")  # "_$!<HomePage>!$_" → "HomePage"

# Properties that say how the file was made, not who the person is.
_BOOKKEEPING = {"VERSION", "PRODID", "REV", "UID", "CLIENTPIDMAP", "KIND", "SORT-STRING",
                "SOURCE", "NAME", "PROFILE", "MAILER", "X-ABUID", "X-ABSHOWAS", "X-ABLABEL",
                "X-ABADR", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "LABEL",
                "X-EVOLUTION-FILE-AS", "X-EVOLUTION-BLOG-URL", "X-MOZILLA-HTML",
                "X-MOZILLA-PROPERTY", "X-WAB-GENDER", "X-GOOGLE-MOBILE"}
_ONLINE = {"IMPP", "X-SOCIALPROFILE", "X-SKYPE", "X-SKYPE-USERNAME", "X-AIM", "X-JABBER",
           "X-MSN", "X-YAHOO", "X-ICQ", "X-GOOGLE-TALK", "X-TWITTER", "X-GADUGADU",
           "X-GROUPWISE", "X-QQ"}
_PHONETIC = ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME")
_RELATED = {"RELATED", "X-ABRELATEDNAMES", "X-ASSISTANT", "X-MANAGER", "X-SPOUSE"}


def _left_out_names() -> dict[str, str]:
    return {"PHOTO": _("photo"), "LOGO": _("logo"), "SOUND": _("sound recording"),
            "KEY": _("encryption key"), "GEO": _("map position"), "TZ": _("time zone"),
            "GENDER": _("gender"), "MEMBER": _("group members"), "X-MS-CARDPICTURE": _("photo"),
            "AGENT": _("agent")}


class _Unreadable(Exception):
    def __init__(self, line: int, why: str) -> None:
        super().__init__(why)
        self.line, self.why = line, why


def unescape(value: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split(value: str, separator: str = ";") -> list[str]:
    """A structured value's components (N, ADR, ORG), each unescaped; a backslash keeps
    the separator it comes before."""
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(unescape(current))
            current = ""
        else:
            current += char
    parts.append(unescape(current))
    return parts


class _Property:
    """One content line of a card, its value decoded to text."""

    def __init__(self, line, number: int) -> None:
        self.name = line.name.upper()
        self.number = number
        self.group = (line.group or "").upper()
        params = {key.upper(): values for key, values in line.params.items()}
        types = [t for value in params.get("TYPE", []) for t in value.split(",")]
        types += line.singletonparams  # vCard 2.1: `TEL;WORK;PREF`
        self.types = tuple(t.strip().strip('"') for t in types if t.strip())
        self.pref = (params.get("PREF") or [""])[0]
        self.language = (params.get("LANGUAGE") or [""])[0]
        self.value = self._text(line.value, (params.get("CHARSET") or [""])[0])

    def _text(self, value, charset: str) -> str:
        if isinstance(value, bytes):  # (vobject gives bytes for base64; unused here)
            return ""
        if not _RAW_BYTE.search(value):
            return value.replace("\r\n", "\n")
        raw = value.encode("utf-8", "surrogateescape")
        if not charset:
            raise _Unreadable(self.number, _(
                "{property} is not UTF-8 text and its card names no character set "
                "(CHARSET=): save the contacts again as vCard 3.0 or 4.0.").format(
                    property=self.name))
        try:
            return raw.decode(charset).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            raise _Unreadable(self.number, _(
                "{property} cannot be read as {charset}.").format(
                    property=self.name, charset=charset)) from None

    @property
    def rank(self) -> int:
        """vCard 4's PREF=1…100, else vCard 2.1 and 3's PREF type (as 1), else none."""
        try:
            return int(self.pref)
        except ValueError:
            pass
        return 1 if any(t.casefold() == "pref" for t in self.types) else NO_PREFERENCE


def decoded(data: bytes) -> str:
    """The file as text: UTF-16 with its BOM, else UTF-8, any byte that is not UTF-8 kept
    (as a surrogate) for the value whose CHARSET says what it is."""
    if is_utf16(data):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8-sig", "surrogateescape")


def card_texts(text: str) -> tuple[list[tuple[int, str]], list[Rejection]]:
    """Each card of the file, as (the line its BEGIN is on, its text), and the cards cut
    off (a BEGIN with no END before the next BEGIN or the end)."""
    cards: list[tuple[int, str]] = []
    cut: list[Rejection] = []
    current: list[str] | None = None
    begin = 0
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            if current is not None:
                cut.append(Rejection(begin, "END", _cut_off()))
            current, begin = [line], number
        elif current is not None:
            current.append(line)
            if word == "END:VCARD":
                cards.append((begin, "\r\n".join(current) + "\r\n"))
                current = None
    if current is not None:
        cut.append(Rejection(begin, "END", _cut_off()))
    return cards, cut


def _cut_off() -> str:
    return _("The card is cut off: it has no END:VCARD line.")


def read_card(begin: int, text: str) -> Card | Rejection:
    """The card whose text starts on line `begin` of the file, or why it cannot be read."""
    try:
        properties = []
        for line, number in getLogicalLines(io.StringIO(text, newline=""), True):
            at = begin + max(number, 1) - 1
            try:
                content = textLineToContentLine(line, at)
            except (UnicodeError, LookupError) as error:
                raise _Unreadable(at, _("This line is not text in the character set it names "
                                        "(or, naming none, in UTF-8): {line}").format(
                                            line=line[:80])) from error
            except (VObjectError, ValueError) as error:
                raise _Unreadable(at, _("This line cannot be read as part of a vCard: "
                                        "{line}").format(line=line[:80])) from error
            if content.name.upper() not in ("BEGIN", "END"):
                properties.append(_Property(content, at))
    except _Unreadable as unreadable:
        return Rejection(unreadable.line, "", unreadable.why)
    return _card(properties)


def _labels(properties: list[_Property]) -> dict[str, str]:
    """Apple's labels of grouped values (`item1.X-ABLabel:blog` for `item1.URL`)."""
    found = {}
    for item in properties:
        if item.name == "X-ABLABEL" and item.group:
            match = _APPLE_LABEL.match(item.value.strip())
            found[item.group] = match.group(1) if match else unescape(item.value).strip()
    return found


def _card(properties: list[_Property]) -> Card:
    card = Card()
    labels = _labels(properties)
    by_name: dict[str, list[_Property]] = {}
    for item in properties:
        by_name.setdefault(item.name, []).append(item)
    names = _left_out_names()
    for name, items in by_name.items():
        items.sort(key=lambda item: item.rank)  # the preferred first, else as written
        first = items[0]
        if name == "FN":
            card.formatted_name = unescape(first.value).strip()
        elif name == "N":
            family, given, middle, prefix, suffix = (split(first.value) + [""] * 5)[:5]
            card.family, card.given, card.prefix, card.suffix = family, given, prefix, suffix
            card.middle = " ".join(middle.split(","))
        elif name == "ORG":
            organisation, *units = split(first.value)
            card.organisation = organisation
            card.department = ", ".join(unit.strip() for unit in units if unit.strip())
        elif name in ("TITLE", "ROLE", "NOTE", "LANG"):
            texts = "\n".join(unescape(item.value).strip() for item in items
                              if item.value.strip())
            attribute = {"TITLE": "title", "ROLE": "function", "NOTE": "note",
                         "LANG": "language"}[name]
            setattr(card, attribute, texts.split("\n")[0] if name == "LANG" else texts)
        elif name in ("EMAIL", "TEL"):
            values = [Value(unescape(item.value).strip().removeprefix("mailto:")
                            .removeprefix("tel:"), _types(item, labels), item.rank)
                      for item in items if item.value.strip()]
            (card.emails if name == "EMAIL" else card.phones).extend(values)
        elif name == "ADR":
            card.addresses.extend(_address(item, labels) for item in items)
        else:
            _other(card, name, items, labels, names)
    _phonetic(card, by_name)
    if not card.addresses and "LABEL" in by_name:  # a card with only the printed address
        card.addresses.append(Address(formatted=unescape(by_name["LABEL"][0].value)))
    _apple_countries(card, by_name)
    return card


def _types(item: _Property, labels: dict[str, str]) -> tuple[str, ...]:
    return (*item.types, *([labels[item.group]] if item.group in labels else []))


def _address(item: _Property, labels: dict[str, str]) -> Address:
    box, extended, street, city, region, code, country = (split(item.value) + [""] * 7)[:7]
    lines = [part.strip() for part in (extended, street, box) if part.strip()]
    return Address(street="\n".join(lines), city=city, region=region, code=code,
                   country=country, labels=_types(item, labels), rank=item.rank)


def _apple_countries(card: Card, by_name: dict) -> None:
    """Apple gives an address's country code apart (`item2.X-ABADR:no`): the country of an
    address whose own country is empty (or a name the app does not know)."""
    codes = {item.group: item.value.strip() for item in by_name.get("X-ABADR", [])}
    for address, item in zip(card.addresses, by_name.get("ADR", []), strict=False):
        address.country_code = codes.get(item.group, "") if item.group else ""


def _phonetic(card: Card, by_name: dict) -> None:
    given, middle, family = (unescape(by_name[name][0].value) if name in by_name else ""
                             for name in _PHONETIC)
    spoken = reading(given, middle, family, card.given + card.family)
    if spoken:
        card.kept.append(_("Name as pronounced: {name}").format(name=spoken))


def _with(value: str, item: _Property, labels: dict[str, str]) -> str:
    named = label_text(_types(item, labels))
    return f"{value} ({named})" if named else value


def _other(card: Card, name: str, items: list[_Property], labels: dict[str, str],
           names: dict[str, str]) -> None:
    """Any other property: kept in the notes where it is text worth keeping, named as
    not kept where it is not (a photo), passed over where it only describes the file."""
    if name in _BOOKKEEPING or name in _PHONETIC:
        return
    for item in items:
        value = unescape(item.value).strip()
        if not value and name not in names:
            continue
        if name == "NICKNAME":
            card.kept.append(_("Nickname: {nickname}").format(nickname=value))
        elif name in ("BDAY", "X-BIRTHDAY"):
            card.kept.append(_("Birthday: {date}").format(date=value))
        elif name in ("ANNIVERSARY", "X-ANNIVERSARY", "X-ABDATE"):
            card.kept.append(_("Date to remember: {date}").format(
                date=_with(value, item, labels)))
        elif name == "URL":
            card.kept.append(_("Website: {url}").format(url=_with(value, item, labels)))
        elif name in _ONLINE:
            card.kept.append(_("Online profile: {value}").format(
                value=_with(value, item, labels)))
        elif name in _RELATED:
            card.kept.append(_("Related person: {value}").format(
                value=_with(value, item, labels)))
        elif name == "CATEGORIES":
            card.kept.append(_("Groups: {groups}").format(groups=value.replace(",", ", ")))
        else:
            card.left_out.append(names.get(name, name))
