"""Dates and country names in a given language, through Babel's CLDR data."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.dates import format_interval, format_skeleton

from jobfollowup.i18n import DEFAULT_LANGUAGE, normalise_language

# Weekday, day and month in full: CLDR's skeletons only offer abbreviated forms of these.
_DAY_PATTERNS = {"nb": "EEEE d. MMMM"}


@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(normalise_language(language) or DEFAULT_LANGUAGE)


def format_date(day: dt.date, language: str, form: str = "long") -> str:
    """"17 December 2026" style dates ("long"), or "Thursday, December 17, 2026" ("full")."""
    return _babel_format_date(day, format=form, locale=babel_locale(language))


def format_weekday_date(day: dt.date, language: str) -> str:
    """A date with its weekday, as a person reads it in a list of reasons."""
    return format_date(day, language, "full")


def format_day(day: dt.date, language: str, with_year: bool = False) -> str:
    """A day as a person names it: "Tuesday 5 January", "mardi 5 janvier", "tirsdag 5. januar"."""
    pattern = _DAY_PATTERNS.get(normalise_language(language) or "", "EEEE d MMMM")
    return _babel_format_date(day, pattern + (" y" if with_year else ""),
                              locale=babel_locale(language))


def format_month(day: dt.date, language: str) -> str:
    """A month and its year as a calendar heads it: "December 2026", "décembre 2026"."""
    return format_skeleton("yMMMM", day, locale=babel_locale(language))


def format_short_day(day: dt.date, language: str) -> str:
    """A day and month in few letters, as a chart labels a week: "14 Dec", "14 déc."."""
    return format_skeleton("MMMd", day, locale=babel_locale(language))


def format_period(first: dt.date, last: dt.date, language: str) -> str:
    """A span of days as a calendar heads a week: "14–20 déc. 2026"."""
    return format_interval(first, last, "yMMMMd", locale=babel_locale(language))


def country_name(code: str, language: str) -> str:
    return babel_locale(language).territories.get(code.upper(), code.upper())
