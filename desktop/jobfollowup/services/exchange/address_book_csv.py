"""A line of Google Contacts' or Outlook's CSV export read into a card.

Google has written two layouts: the one before 2023 ("Name, Given Name, …, E-mail 1 -
Type, E-mail 1 - Value, …, Organization 1 - Name") and the current one ("First Name, …,
Organization Name, E-mail 1 - Label, E-mail 1 - Value"); both number their emails, phones,
addresses and websites, mark the primary one with "* " before its label, and put several
values of one label into one cell, separated by " ::: ". Outlook names each phone and each
address (business, home, other) by a column of its own.

A column read by neither is not dropped without a word: its name is in the notice of what
the app could not keep, unless it holds only the value Outlook writes when it is empty.
"""

from __future__ import annotations

import re

from jobfollowup.i18n import _
from jobfollowup.services.exchange.contact_cards import (
    NO_PREFERENCE,
    Address,
    Card,
    Value,
    label_text,
    reading,
)

_NUMBERED = re.compile(r"^(e-mail|phone|address|website|relation|event|custom field|"
                       r"organization) (\d+) - (.+)$")
_SEVERAL = " ::: "
# What Outlook writes in a column it has nothing for.
_EMPTY = {"unspecified", "normal", "false", "0/0/00", "0.0.00", "00.00.00"}
# Columns that only restate others ("Kari Nordmann (kari@example.no)", initials, the name
# to sort by).
_RESTATED = {"e-mail display name", "e-mail 2 display name", "e-mail 3 display name",
             "initials", "file as", "short name", "e-mail type", "e-mail 2 type",
             "e-mail 3 type"}


def _cell(row: dict[str, str], *names: str) -> str:
    for name in names:
        value = (row.get(name) or "").strip()
        if value:
            return value
    return ""


def _several(text: str) -> list[str]:
    return [part.strip() for part in text.split(_SEVERAL) if part.strip()]


def _label(text: str) -> tuple[tuple[str, ...], int]:
    """Google's label ("* Work" for the primary one) as labels and a rank."""
    text = text.strip()
    primary = text.startswith("*")
    words = tuple(word for word in _several(text.lstrip("* ")) if word)
    return words, 1 if primary else NO_PREFERENCE


class _Reader:
    """One line, and the columns read from it (whatever else holds text is named)."""

    def __init__(self, row: dict[str, str], headers: dict[str, str]) -> None:
        self.row, self.headers, self.used = row, headers, set(_RESTATED)

    def get(self, *names: str) -> str:
        self.used.update(names)
        return _cell(self.row, *names)

    def numbered(self, kind: str) -> dict[int, dict[str, str]]:
        """Google's numbered columns of `kind` ("e-mail"): number → part → value."""
        found: dict[int, dict[str, str]] = {}
        for key, value in self.row.items():
            match = _NUMBERED.match(key or "")
            if match and match.group(1) == kind:
                self.used.add(key)
                found.setdefault(int(match.group(2)), {})[match.group(3)] = (value or "").strip()
        return dict(sorted(found.items()))

    def left_out(self) -> list[str]:
        return [self.headers.get(key, key) for key, value in self.row.items()
                if key and key not in self.used and (value or "").strip()
                and (value or "").strip().casefold() not in _EMPTY]


def google_card(row: dict[str, str], headers: dict[str, str]) -> Card:
    """A line of either of Google's layouts."""
    read = _Reader(row, headers)
    card = Card(formatted_name=read.get("name"), given=read.get("first name", "given name"),
                middle=read.get("middle name", "additional name"),
                family=read.get("last name", "family name"), prefix=read.get("name prefix"),
                suffix=read.get("name suffix"), note=read.get("notes"),
                language=read.get("language"))
    card.organisation = read.get("organization name")
    card.title = read.get("organization title")
    card.department = read.get("organization department")
    for number, parts in read.numbered("organization").items():
        if number == 1:
            card.organisation = card.organisation or parts.get("name", "")
            card.title = card.title or parts.get("title", "")
            card.department = card.department or parts.get("department", "")
        elif parts.get("name"):
            card.kept.append(_("Other organisation: {name}").format(name=parts["name"]))
    for kind, values in (("e-mail", card.emails), ("phone", card.phones)):
        for parts in read.numbered(kind).values():
            labels, rank = _label(parts.get("label") or parts.get("type") or "")
            values += [Value(value, labels, rank) for value in _several(parts.get("value", ""))]
    for parts in read.numbered("address").values():
        labels, rank = _label(parts.get("label") or parts.get("type") or "")
        street = "\n".join(part for part in (parts.get("extended address", ""),
                                             parts.get("street", ""),
                                             parts.get("po box", "")) if part)
        card.addresses.append(Address(
            street=street, city=parts.get("city", ""), region=parts.get("region", ""),
            code=parts.get("postal code", ""), country=parts.get("country", ""),
            formatted=parts.get("formatted", ""), labels=labels, rank=rank))
    _google_details(read, card)
    card.left_out += read.left_out()
    return card


def _google_details(read: _Reader, card: Card) -> None:
    spoken = reading(read.get("phonetic first name", "given name yomi"),
                     read.get("phonetic middle name", "additional name yomi"),
                     read.get("phonetic last name", "family name yomi"),
                     card.given + card.family) or read.get("yomi name")
    if spoken:
        card.kept.append(_("Name as pronounced: {name}").format(name=spoken))
    if read.get("nickname"):
        card.kept.append(_("Nickname: {nickname}").format(nickname=read.get("nickname")))
    if read.get("birthday"):
        card.kept.append(_("Birthday: {date}").format(date=read.get("birthday")))
    for kind, text in (("website", lambda v: _("Website: {url}").format(url=v)),
                       ("relation", lambda v: _("Related person: {value}").format(value=v)),
                       ("event", lambda v: _("Date to remember: {date}").format(date=v))):
        for parts in read.numbered(kind).values():
            labels, _rank = _label(parts.get("label") or parts.get("type") or "")
            for value in _several(parts.get("value", "")):
                named = label_text(labels)
                card.kept.append(text(f"{value} ({named})" if named else value))
    for parts in read.numbered("custom field").values():
        if parts.get("value"):
            card.kept.append(_("{label}: {value}").format(
                label=parts.get("label") or _("Other detail"), value=parts["value"]))
    groups = [group for group in _several(read.get("labels", "group membership"))
              if not group.startswith("*")]  # "* myContacts", "* starred": Google's own
    if groups:
        card.kept.append(_("Groups: {groups}").format(groups=", ".join(groups)))
    if read.get("photo"):
        card.left_out.append(_("photo"))


# Outlook's phones, the one it calls primary first, then as a person is usually reached.
_OUTLOOK_PHONES = (("primary phone", ()), ("mobile phone", ("cell",)),
                   ("business phone", ("work",)), ("business phone 2", ("work",)),
                   ("home phone", ("home",)), ("home phone 2", ("home",)),
                   ("company main phone", ("work", "main")), ("other phone", ("other",)),
                   ("assistant's phone", ()), ("car phone", ()), ("business fax", ("work", "fax")),
                   ("home fax", ("home", "fax")), ("other fax", ("fax",)), ("pager", ("pager",)),
                   ("callback", ()), ("isdn", ()), ("radio phone", ()), ("telex", ()),
                   ("tty/tdd phone", ()))
_OUTLOOK_EMAILS = (("e-mail address", "e-mail type"), ("e-mail 2 address", "e-mail 2 type"),
                   ("e-mail 3 address", "e-mail 3 type"))
_OUTLOOK_PLACES = (("business", "work"), ("home", "home"), ("other", "other"))


def outlook_card(row: dict[str, str], headers: dict[str, str]) -> Card:
    """A line of Outlook's export: the work address first, then home, then other."""
    read = _Reader(row, headers)
    card = Card(given=read.get("first name"), middle=read.get("middle name"),
                family=read.get("last name"), prefix=read.get("title"),
                suffix=read.get("suffix"), organisation=read.get("company"),
                department=read.get("department"), title=read.get("job title"),
                note=read.get("notes"), language=read.get("language"))
    for rank, (address, kind) in enumerate(_OUTLOOK_EMAILS, start=1):
        value = read.get(address)
        # Outlook writes a colleague's Exchange account as an X.500 path of type EX
        # ("/o=ExchangeLabs/ou=…/cn=…"): no address mail can be sent to, and the directory
        # entry of another organisation, so it is passed over for the next column.
        if value and read.get(kind).upper() != "EX" and not value.startswith("/"):
            card.emails.append(Value(value, (), rank))
    for rank, (column, labels) in enumerate(_OUTLOOK_PHONES, start=1):
        if read.get(column):
            shown = labels or (headers.get(column, column),)
            card.phones.append(Value(read.get(column), shown, rank))
    for rank, (place, label) in enumerate(_OUTLOOK_PLACES, start=1):
        street = "\n".join(part for part in (
            read.get(f"{place} street"), read.get(f"{place} street 2"),
            read.get(f"{place} street 3"), read.get(f"{place} address po box")) if part)
        address = Address(street=street, city=read.get(f"{place} city"),
                          region=read.get(f"{place} state"),
                          code=read.get(f"{place} postal code"),
                          country=read.get(f"{place} country/region"), labels=(label,),
                          rank=rank)
        if address.text():
            card.addresses.append(address)
    _outlook_details(read, card)
    card.left_out += read.left_out()
    return card


def _outlook_details(read: _Reader, card: Card) -> None:
    birthday, anniversary = read.get("birthday"), read.get("anniversary")
    if birthday and birthday.casefold() not in _EMPTY:
        card.kept.append(_("Birthday: {date}").format(date=birthday))
    if anniversary and anniversary.casefold() not in _EMPTY:
        card.kept.append(_("Date to remember: {date}").format(date=anniversary))
    if read.get("web page"):
        card.kept.append(_("Website: {url}").format(url=read.get("web page")))
    for column in ("manager's name", "assistant's name", "spouse", "children"):
        if read.get(column):
            card.kept.append(_("Related person: {value}").format(
                value=f"{read.get(column)} ({read.headers.get(column, column)})"))
    if read.get("categories"):
        card.kept.append(_("Groups: {groups}").format(
            groups=", ".join(part.strip() for part in read.get("categories").split(";"))))
