"""Dates and country names in a given language, through Babel's CLDR data: the one place
a date is worded for a person to read.

A date is shown in one of three styles, one per context (`LONG` in a sentence, `SHORT` in
a column, `WEEKDAY` for a day to act on), so that a session never writes one day two ways
in one context. Each function takes a `region` too (a territory: "GB", "US", "CH"): a note
is dated as its recipient's country writes dates. Left out, the interface's own region
(`i18n.date_region`: where the person lives) applies when the language is the interface's,
else none: the language's own style.

Babel loads when a date is first worded (25 ms), except for the days kept from an earlier
start (`keep_short_dates`): the window's first sight of the day words its dates without
it."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from jobfollowup import __version__
from jobfollowup.i18n import (
    DEFAULT_LANGUAGE,
    cache_folder,
    current_language,
    current_region,
    keep_in_cache,
    normalise_language,
)

if TYPE_CHECKING:
    from babel import Locale


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
    from babel import Locale, localedata

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
    import pickle

    from babel import __version__ as BABEL_VERSION
    from babel import localedata

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


# The three styles a date is shown in, one per context; each follows the language and
# the region (`_region`), so that one session writes every date of a context alike:
LONG = "long"  # in a sentence: "17 December 2026", "December 17, 2026", "17. desember 2026"
SHORT = "short"  # in a column or a chart: "17 Dec 2026", "Dec 17, 2026", "17 déc. 2026"
WEEKDAY = "weekday"  # a day to act on: "Thursday 17 December", "Thursday, December 17"
STYLES = (LONG, SHORT, WEEKDAY)

_SKELETONS = {(LONG, True): "yMMMMd", (LONG, False): "MMMMd",
              (SHORT, True): "yMMMd", (SHORT, False): "MMMd"}


def format_date(day: dt.date, language: str, style: str = LONG, region: str | None = None,
                with_year: bool = True) -> str:
    """`day` in one of the `STYLES`, with its year unless `with_year` is False (a chart's
    week, a date within the year in a note). Every date the interface, a printout or a
    reason shows comes from here (a note's from the same, in its recipient's region)."""
    if style not in STYLES:
        raise ValueError(f"unknown date style {style!r}")
    return _format_date(day, normalise_language(language) or DEFAULT_LANGUAGE, style,
                        with_year, _region(language, region))


@lru_cache(maxsize=4096)
def _format_date(day: dt.date, language: str, style: str, with_year: bool,
                 region: str) -> str:
    """Kept per day: lists and tooltips word the same few days again and again, and Babel
    reads its pattern anew each time (80 µs)."""
    if style == SHORT and with_year:
        kept = _kept_short_dates(language, region).get(day.isoformat())
        if kept is not None:
            return kept
    return _worded(day, language, style, with_year, region)


def _worded(day: dt.date, language: str, style: str, with_year: bool, region: str) -> str:
    """`day` worded by Babel (see `format_date`)."""
    from babel.dates import format_date as _babel_format_date
    from babel.dates import format_skeleton

    locale = _locale(language, region)
    if style == WEEKDAY:  # the weekday before the long date, as the long date is written
        weekday = _babel_format_date(day, "EEEE", locale=locale)
        rest = _format_date(day, language, LONG, with_year, region)
        return f"{weekday}{' ' if rest[:1].isdigit() else ', '}{rest}"
    return _first_as_ordinal(format_skeleton(_SKELETONS[style, with_year], day,
                                             locale=locale), day, language)


# The days kept worded in the `SHORT` style (a list's column): from a year back, as an
# overdue follow-up may be, to a month ahead; written again once a start finds fewer
# than two weeks ahead of it.
KEPT_BACK, KEPT_AHEAD, KEPT_AT_LEAST = 366, 45, 14


def _stamp() -> str:
    """What the kept words were worded with: this app's version and the files of Babel and
    of this module, as installed (a change of either words dates anew)."""
    parts = [__version__]
    babel = find_spec("babel")
    for path in (Path(babel.origin) if babel and babel.origin else None, Path(__file__)):
        try:
            parts.append(str(path.stat().st_mtime_ns) if path else "")
        except OSError:  # a bundle's modules have no file: its version says it
            parts.append("")
    return "-".join(parts)


def _kept_file(language: str, region: str) -> Path:
    return cache_folder("date-words") / f"short-{language}-{region or 'none'}.json"


@cache
def _kept_short_dates(language: str, region: str) -> dict[str, str]:
    """The days an earlier start kept worded for `language` and `region`, by ISO date
    (none when they were worded by another version of the app or of Babel)."""
    try:
        kept = json.loads(_kept_file(language, region).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(kept, dict) or kept.get("stamp") != _stamp():
        return {}
    days = kept.get("days")
    return days if isinstance(days, dict) else {}


def short_dates_kept(today: dt.date, language: str, region: str) -> bool:
    """Whether the days around `today` are kept worded for the next start."""
    days = _kept_short_dates(language, region)
    return (today - dt.timedelta(days=KEPT_BACK - 30)).isoformat() in days and (
        today + dt.timedelta(days=KEPT_AT_LEAST)).isoformat() in days


def keep_short_dates(today: dt.date, language: str, region: str) -> None:
    """Word the days around `today` in the `SHORT` style through Babel, and keep them for
    the next start of the window (400 days: some 30 ms, which a start spends on a thread
    once a month or so). A cache that cannot be written is skipped."""
    days = (today + dt.timedelta(days=offset) for offset in range(-KEPT_BACK, KEPT_AHEAD + 1))
    words = {day.isoformat(): _worded(day, language, SHORT, True, region) for day in days}
    data = json.dumps({"stamp": _stamp(), "days": words}, ensure_ascii=False)
    path = _kept_file(language, region)
    keep_in_cache(path.parent, path.name, data.encode("utf-8"), older=path.name)
    _kept_short_dates.cache_clear()


def format_day(day: dt.date, language: str, with_year: bool = False,
               region: str | None = None) -> str:
    """A day as a person names it when they are to act on it, in the `WEEKDAY` style:
    "Tuesday 5 January", "Tuesday, January 5" (the US), "mardi 5 janvier", "tirsdag 5. januar"."""
    return format_date(day, language, WEEKDAY, region, with_year)


def format_time(moment: dt.datetime | dt.time, language: str, region: str | None = None) -> str:
    """An hour as the language writes it: "14:30" (fr, it, nb, Britain), "2:30 PM" (the US)."""
    from babel.dates import format_time as _babel_format_time

    value = moment.time() if isinstance(moment, dt.datetime) else moment
    return _babel_format_time(value, format="short", locale=babel_locale(language, region))


def format_moment(moment: dt.datetime, language: str, style: str = WEEKDAY,
                  region: str | None = None) -> str:
    """A day and its hour, as an agenda lists an interview: "Tuesday 1 December 2026,
    10:00", "mardi 1er décembre 2026, 10:00", "tirsdag 1. desember 2026, 10:00" (a
    backup, in the `LONG` style: "1 December 2026, 10:00")."""
    return (f"{format_date(moment.date(), language, style, region)}, "
            f"{format_time(moment, language, region)}")


def format_month(day: dt.date, language: str, region: str | None = None) -> str:
    """A month and its year as a calendar heads it: "December 2026", "décembre 2026"."""
    return _format_month(day, language, _region(language, region))


@lru_cache(maxsize=512)
def _format_month(day: dt.date, language: str, region: str) -> str:
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", day, locale=_locale(language, region))


def format_period(first: dt.date, last: dt.date, language: str,
                  region: str | None = None) -> str:
    """A span of days as a calendar heads a week, in the `SHORT` style: "14–20 Dec 2026",
    "Dec 14 – 20, 2026", "14–20 déc. 2026"."""
    return _format_period(first, last, language, _region(language, region))


@lru_cache(maxsize=512)
def _format_period(first: dt.date, last: dt.date, language: str, region: str) -> str:
    from babel.dates import format_interval

    text = format_interval(first, last, "yMMMd", locale=_locale(language, region))
    return _UNPADDED_DAY.sub(r"\1", text)  # CLDR's Italian spans write "03 gen": "3 gen"


_UNPADDED_DAY = re.compile(r"(?<![\d.])0(\d)(?!\d)")


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


def format_weekday(day: dt.date, language: str) -> str:
    """The weekday's name as it is written inside a sentence: "Thursday", "jeudi",
    "giovedì", "torsdag" (lower case in French, Italian and Norwegian)."""
    from babel.dates import format_date as _babel_format_date

    return _babel_format_date(day, "EEEE", locale=_locale(language, ""))
