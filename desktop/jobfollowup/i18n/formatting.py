"""Dates and country names in a given language, through Babel's CLDR data.

Each function takes a `region` too (a territory: "GB", "US", "CH"): a note is dated as its
recipient's country writes dates. Left out, the interface's own region applies when the
language is the interface's (the user's locale), else none: the language's own style."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from functools import cache, lru_cache

from babel import Locale, localedata
from babel import __version__ as BABEL_VERSION
from babel.dates import format_date as _babel_format_date
from babel.dates import format_interval, format_skeleton
from babel.dates import format_time as _babel_format_time

from jobfollowup.i18n import (
    DEFAULT_LANGUAGE,
    cache_folder,
    current_language,
    current_region,
    keep_in_cache,
    normalise_language,
)

# Weekday, day and month in full: CLDR's skeletons only offer abbreviated forms of these.
_DAY_PATTERNS = {"nb": "EEEE d. MMMM"}


def _region(language: str, region: str | None) -> str:
    if region is not None:
        return region
    same = (normalise_language(language) or DEFAULT_LANGUAGE) == current_language()
    return current_region() if same else ""


def babel_locale(language: str, region: str | None = None) -> Locale:
    """Babel's locale of `language` as written in `region` (see the module's docstring)."""
    return _locale(language, _region(language, region))


@cache
def _locale(language: str, region: str) -> Locale:
    code = normalise_language(language) or DEFAULT_LANGUAGE
    regional = f"{code}_{region.upper()}"
    locale = Locale.parse(regional if region and localedata.exists(regional) else code)
    _remember_data(str(locale))
    return locale


def _remember_data(identifier: str) -> None:
    """Give Babel the data of locale `identifier` as kept by an earlier start.

    At its first use, Babel builds a locale's data by merging its files with its parents'
    (the root, "en", ...): 13 ms of every start, where reading the merged data back takes
    2. It is kept in the cache folder, one file per locale and Babel version."""
    loaded = getattr(localedata, "_cache", None)  # Babel's own cache of merged data
    if not isinstance(loaded, dict) or identifier in loaded:
        return
    folder = cache_folder("locale-data")
    name = f"{identifier}-babel-{BABEL_VERSION}.pickle"
    try:
        data = pickle.loads((folder / name).read_bytes())
    except Exception:  # none kept yet, or damaged: Babel merges it, and it is kept
        merged = pickle.dumps(localedata.load(identifier), protocol=pickle.HIGHEST_PROTOCOL)
        keep_in_cache(folder, name, merged, older=f"{identifier}-babel-*.pickle")
        return
    if isinstance(data, dict):
        loaded.setdefault(identifier, data)


def format_date(day: dt.date, language: str, form: str = "long",
                region: str | None = None) -> str:
    """"December 17, 2026" or, in Britain, "17 December 2026" ("long"); "Thursday,
    December 17, 2026" ("full")."""
    return _format_date(day, language, form, _region(language, region))


@lru_cache(maxsize=4096)
def _format_date(day: dt.date, language: str, form: str, region: str) -> str:
    """Kept per day: lists and tooltips word the same few days again and again, and Babel
    reads its pattern anew each time (80 µs)."""
    return _first_as_ordinal(
        _babel_format_date(day, format=form, locale=_locale(language, region)), day, language)


def format_weekday_date(day: dt.date, language: str, region: str | None = None) -> str:
    """A date with its weekday, as a person reads it in a list of reasons."""
    return format_date(day, language, "full", region)


def format_day(day: dt.date, language: str, with_year: bool = False,
               region: str | None = None) -> str:
    """A day as a person names it: "Tuesday 5 January", "mardi 5 janvier", "tirsdag 5. januar"."""
    return _format_day(day, language, with_year, _region(language, region))


@lru_cache(maxsize=4096)
def _format_day(day: dt.date, language: str, with_year: bool, region: str) -> str:
    pattern = _DAY_PATTERNS.get(normalise_language(language) or "", "EEEE d MMMM")
    return _first_as_ordinal(_babel_format_date(day, pattern + (" y" if with_year else ""),
                                                locale=_locale(language, region)), day, language)


def format_moment(moment: dt.datetime, language: str, region: str | None = None) -> str:
    """A day and its hour, as an agenda lists an interview: "Tuesday 1 December 2026,
    10:00 AM", "mardi 1 décembre 2026, 10:00", "tirsdag 1. desember 2026, 10:00"."""
    hour = _babel_format_time(moment.time(), format="short",
                              locale=babel_locale(language, region))
    return f"{format_day(moment.date(), language, True, region)}, {hour}"


def format_month(day: dt.date, language: str, region: str | None = None) -> str:
    """A month and its year as a calendar heads it: "December 2026", "décembre 2026"."""
    return _format_month(day, language, _region(language, region))


@lru_cache(maxsize=512)
def _format_month(day: dt.date, language: str, region: str) -> str:
    return format_skeleton("yMMMM", day, locale=_locale(language, region))


def format_short_day(day: dt.date, language: str, region: str | None = None) -> str:
    """A day and month in few letters, as a chart labels a week: "14 Dec", "14 déc."."""
    return format_skeleton("MMMd", day, locale=babel_locale(language, region))


def format_period(first: dt.date, last: dt.date, language: str,
                  region: str | None = None) -> str:
    """A span of days as a calendar heads a week: "14–20 déc. 2026"."""
    return _format_period(first, last, language, _region(language, region))


@lru_cache(maxsize=512)
def _format_period(first: dt.date, last: dt.date, language: str, region: str) -> str:
    return format_interval(first, last, "yMMMMd", locale=_locale(language, region))


def country_name(code: str, language: str) -> str:
    return babel_locale(language).territories.get(code.upper(), code.upper())


# The first of the month is an ordinal in French ("1er décembre") and Italian ("1º
# dicembre"); CLDR writes a bare "1".
_FIRST_OF_MONTH = {"fr": "1er", "it": "1º"}


def _first_as_ordinal(text: str, day: dt.date, language: str) -> str:
    """"mardi 1er décembre", "martedì 1º dicembre": the day of the month, written as an
    ordinal on the first where the language wants it."""
    first = _FIRST_OF_MONTH.get(normalise_language(language) or "")
    if not first or day.day != 1:
        return text
    return re.sub(r"(?<![\d.])1(?=[\s\u00a0])", first, text, count=1)


def format_day_month(day: dt.date, language: str, with_year: bool = False,
                     region: str | None = None) -> str:
    """A day as running text names it, without its weekday: "8 December" (Britain),
    "December 8" (the US), "1er décembre", "1º dicembre", "8. desember"; the year only
    when asked for. Notes use it: a date in a sentence needs no weekday and, within the
    year, no year."""
    return _format_day_month(day, language, with_year, _region(language, region))


@lru_cache(maxsize=1024)
def _format_day_month(day: dt.date, language: str, with_year: bool, region: str) -> str:
    text = format_skeleton("yMMMMd" if with_year else "MMMMd", day,
                           locale=_locale(language, region))
    first = _FIRST_OF_MONTH.get(normalise_language(language) or "")
    if first and day.day == 1 and text.startswith("1 "):
        text = first + text[1:]
    return text


def format_weekday(day: dt.date, language: str) -> str:
    """The weekday's name as it is written inside a sentence: "Thursday", "jeudi",
    "giovedì", "torsdag" (lower case in French, Italian and Norwegian)."""
    return _babel_format_date(day, "EEEE", locale=_locale(language, ""))
