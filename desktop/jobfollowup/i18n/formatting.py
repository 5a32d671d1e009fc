"""Dates and country names in a given language, through Babel's CLDR data."""

from __future__ import annotations

import datetime as dt
import pickle
from functools import cache, lru_cache

from babel import Locale, localedata
from babel import __version__ as BABEL_VERSION
from babel.dates import format_date as _babel_format_date
from babel.dates import format_interval, format_skeleton
from babel.dates import format_time as _babel_format_time

from jobfollowup.i18n import DEFAULT_LANGUAGE, cache_folder, keep_in_cache, normalise_language

# Weekday, day and month in full: CLDR's skeletons only offer abbreviated forms of these.
_DAY_PATTERNS = {"nb": "EEEE d. MMMM"}


@cache
def babel_locale(language: str) -> Locale:
    locale = Locale.parse(normalise_language(language) or DEFAULT_LANGUAGE)
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


@lru_cache(maxsize=4096)
def format_date(day: dt.date, language: str, form: str = "long") -> str:
    """"17 December 2026" style dates ("long"), or "Thursday, December 17, 2026" ("full").

    Kept per day: lists and tooltips word the same few days again and again, and Babel
    reads its pattern anew each time (80 µs)."""
    return _babel_format_date(day, format=form, locale=babel_locale(language))


def format_weekday_date(day: dt.date, language: str) -> str:
    """A date with its weekday, as a person reads it in a list of reasons."""
    return format_date(day, language, "full")


@lru_cache(maxsize=4096)
def format_day(day: dt.date, language: str, with_year: bool = False) -> str:
    """A day as a person names it: "Tuesday 5 January", "mardi 5 janvier", "tirsdag 5. januar"."""
    pattern = _DAY_PATTERNS.get(normalise_language(language) or "", "EEEE d MMMM")
    return _babel_format_date(day, pattern + (" y" if with_year else ""),
                              locale=babel_locale(language))


def format_moment(moment: dt.datetime, language: str) -> str:
    """A day and its hour, as an agenda lists an interview: "Tuesday 1 December 2026,
    10:00 AM", "mardi 1 décembre 2026, 10:00", "tirsdag 1. desember 2026, 10:00"."""
    hour = _babel_format_time(moment.time(), format="short", locale=babel_locale(language))
    return f"{format_day(moment.date(), language, with_year=True)}, {hour}"


@lru_cache(maxsize=512)
def format_month(day: dt.date, language: str) -> str:
    """A month and its year as a calendar heads it: "December 2026", "décembre 2026"."""
    return format_skeleton("yMMMM", day, locale=babel_locale(language))


def format_short_day(day: dt.date, language: str) -> str:
    """A day and month in few letters, as a chart labels a week: "14 Dec", "14 déc."."""
    return format_skeleton("MMMd", day, locale=babel_locale(language))


@lru_cache(maxsize=512)
def format_period(first: dt.date, last: dt.date, language: str) -> str:
    """A span of days as a calendar heads a week: "14–20 déc. 2026"."""
    return format_interval(first, last, "yMMMMd", locale=babel_locale(language))


def country_name(code: str, language: str) -> str:
    return babel_locale(language).territories.get(code.upper(), code.upper())
