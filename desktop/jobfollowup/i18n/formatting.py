"""Dates and country names in a given language, through Babel's CLDR data."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_format_date

from jobfollowup.i18n import DEFAULT_LANGUAGE, normalise_language


@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(normalise_language(language) or DEFAULT_LANGUAGE)


def format_date(day: dt.date, language: str, form: str = "long") -> str:
    """"17 December 2026" style dates ("long"), or "Thursday, December 17, 2026" ("full")."""
    return _babel_format_date(day, format=form, locale=babel_locale(language))


def format_weekday_date(day: dt.date, language: str) -> str:
    """A date with its weekday, as a person reads it in a list of reasons."""
    return format_date(day, language, "full")


def country_name(code: str, language: str) -> str:
    return babel_locale(language).territories.get(code.upper(), code.upper())
