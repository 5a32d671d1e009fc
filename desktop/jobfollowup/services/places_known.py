"""The places the holiday data knows, named for a person choosing one: every country
`holidays` has public holidays for (its ISO code and its name in the interface language),
and each country's subdivisions (states, regions, counties) by their own names.

The pickers of the forms list these; what is stored is always the ISO code."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from jobfollowup.i18n.formatting import babel_locale
from jobfollowup.rules.holiday_calendar import registry_codes


@dataclass(frozen=True)
class KnownPlace:
    """One entry of a picker: the code stored, the name shown, other words it is found by
    (an ISO alpha-3 code, a subdivision's names in other languages)."""

    code: str
    name: str
    also: tuple[str, ...] = ()


# Letters that are not an accent on another one, typed as their nearest on a keyboard
# without them ("Trondelag" finds Trøndelag).
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d",
                        "ð": "d", "þ": "th", "ı": "i"})


def search_key(text: str) -> str:
    """`text` as a search compares it: without case or accents ("Norvège" → "norvege",
    "Trøndelag" → "trondelag")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@cache
def _registry() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ISO alpha-2 code, other codes) of every country of `holidays`, by code."""
    return tuple(sorted((codes[0], codes[1:]) for codes in registry_codes()
                        if codes and len(codes[0]) == 2))


def country_codes() -> list[str]:
    """The ISO alpha-2 codes of every country the holiday data knows."""
    return [code for code, _others in _registry()]


def countries(language: str) -> list[KnownPlace]:
    """Every country the holiday data knows, named in `language` (CLDR's names; the code
    where CLDR has none), in the registry's order: the picker sorts them. Each is found by
    its English name too ("Germany" finds Tyskland)."""
    names, english = babel_locale(language).territories, babel_locale("en").territories
    found = []
    for code, others in _registry():
        name = names.get(code, code)
        also = others + tuple(word for word in (english.get(code),) if word and word != name)
        found.append(KnownPlace(code, name, also))
    return found


def country_of_code(text: str) -> str | None:
    """The alpha-2 code a typed or stored code stands for ("fr", "FRA" → "FR"), or None
    when the holiday data knows no country by it."""
    wanted = text.strip().upper()
    for code, others in _registry():
        if wanted == code or wanted in others:
            return code
    return None


@cache
def subdivisions(country: str) -> tuple[KnownPlace, ...]:
    """The subdivisions of `country` with holidays of their own, named as `holidays` names
    them (its aliases, in recent versions: the shortest, "Trøndelag" rather than
    "Trööndelage"; the others are found too); the bare code where it names none."""
    code = country_of_code(country)
    if code is None:
        return ()
    import holidays  # imported when first needed: the app starts without it

    entity = getattr(holidays, code, None)
    if entity is None:
        return ()
    aliases: dict[str, list[str]] = {}
    for alias, subdivision in (getattr(entity, "subdivisions_aliases", None) or {}).items():
        aliases.setdefault(subdivision, []).append(alias)
    places = []
    for subdivision in getattr(entity, "subdivisions", ()):
        words = [alias for alias in aliases.get(subdivision, ())
                 if not (alias.isupper() and len(alias) <= 3)]  # codes, not names
        named = min(words, key=len) if words else subdivision
        places.append(KnownPlace(subdivision, named,
                                 tuple(word for word in words if word != named)))
    return tuple(places)


def subdivision_of_code(country: str, text: str) -> str | None:
    """The subdivision code `text` stands for in `country` (any case), or None."""
    wanted = text.strip().upper()
    for place in subdivisions(country):
        if place.code.upper() == wanted:
            return place.code
    return None


# Names an address book writes that CLDR's do not give (or gives otherwise).
_OTHER_NAMES = {
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "britain": "GB", "usa": "US", "us": "US", "america": "US",
    "united states of america": "US", "holland": "NL", "czech republic": "CZ",
    "turkey": "TR", "south korea": "KR", "korea": "KR", "republic of korea": "KR",
    "ivory coast": "CI",
    "macedonia": "MK", "swaziland": "SZ", "burma": "MM", "vatican": "VA",
}
_APP_LANGUAGES = ("en", "fr", "it", "nb")


def _name_key(text: str) -> str:
    """A country's name as compared: no case, accents, dots or doubled spaces ("U.K." is
    "uk", "Norvège" is "norvege")."""
    return " ".join(search_key(text).replace(".", "").split())


@cache
def _countries_by_name() -> dict[str, str]:
    """Every name a country of the holiday data is written by in an address: CLDR's names
    in the app's four languages, then in the country's own languages ("Deutschland",
    "España", "Suomi"), then the usual other names ("UK", "USA"). A name two countries
    share in the same tier is no answer and is left out."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    found: dict[str, str] = {}
    tiers: list[dict[str, set[str]]] = [{}, {}]
    for language in _APP_LANGUAGES:
        for code, name in babel_locale(language).territories.items():
            tiers[0].setdefault(_name_key(name), set()).add(code)
    for code, _others in _registry():
        for language in get_official_languages(code, de_facto=True):
            try:
                name = Locale.parse(language).territories.get(code)
            except (UnknownLocaleError, ValueError):
                continue
            if name:
                tiers[1].setdefault(_name_key(name), set()).add(code)
    known = set(country_codes())
    for tier in tiers:
        for key, codes in tier.items():
            if len(codes) == 1 and key not in found and next(iter(codes)) in known:
                found[key] = next(iter(codes))
    for key, code in _OTHER_NAMES.items():
        found.setdefault(key, code)
    return found


def country_of_name(text: str) -> str | None:
    """The alpha-2 code of the country an address names ("Norway", "Norge", "Norvège",
    "Italia", "United Kingdom", "UK", "DEU", "fr"), or None when it names no country the
    holiday data knows: an address book's country is a name as its owner typed it."""
    if not text.strip():
        return None
    by_code = country_of_code(text) if len(text.strip()) in (2, 3) else None
    return by_code or _countries_by_name().get(_name_key(text))
