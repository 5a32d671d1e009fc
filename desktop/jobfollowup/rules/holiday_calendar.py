"""Public holidays of the recipient's country, built once per (country, subdivision, year).

`holidays` is slow to construct (tens of milliseconds for the first year of a country) but
fast to read, so each calendar keeps plain sets of dates and fetches names lazily.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

from jobfollowup.i18n import _, clause_separator, normalise_language
from jobfollowup.i18n.holiday_names import translated
from jobfollowup.rules.errors import RuleInputError

# Babel's language codes are not those of `holidays` (Norwegian is "no" there, Italian
# "it_IT", English "en_US"/"en_GB"): prefer these spellings, in this order.
_HOLIDAY_LANGUAGE_PREFERENCE = {
    "en": ("en_GB", "en_US", "en"),
    "fr": ("fr", "fr_FR", "fr_CA"),
    "it": ("it_IT", "it"),
    "nb": ("no", "nb", "nb_NO"),
}


@cache
def registry_codes() -> tuple[tuple[str, ...], ...]:
    """Each country's codes in `holidays`' registry (its alpha-2 code first, then the
    others, such as alpha-3), read from the registry: importing every country to list
    them would cost a third of a second."""
    from holidays.registry import COUNTRIES

    return tuple(tuple(code for code in names[1:] if code.isupper())  # not class names
                 for names in COUNTRIES.values())


@cache
def _country_codes() -> frozenset[str]:
    """Every country code `holidays` knows."""
    return frozenset(code for codes in registry_codes() for code in codes)


@cache
def _subdivisions(code: str) -> tuple[str, ...]:
    import holidays  # imported when first needed: the app starts without it

    return tuple(getattr(holidays, code).subdivisions)


def validate_place(country: str, subdivision: str | None = None) -> tuple[str, str | None]:
    """Normalise a (country, subdivision) pair or raise RuleInputError naming the problem."""
    code = (country or "").strip().upper()
    if code not in _country_codes():
        raise RuleInputError(
            _("Unknown country code “{code}”: use a two-letter code such as NO, FR, IT or US.")
            .format(code=country)
        )
    if subdivision in (None, ""):
        return code, None
    sub = subdivision.strip().upper()
    if sub not in _subdivisions(code):
        raise RuleInputError(
            _("Unknown subdivision “{subdivision}” for country {code}.").format(
                subdivision=subdivision, code=code
            )
        )
    return code, sub


class HolidayCalendar:
    """The public holidays of one place, looked up by day."""

    def __init__(self, country: str, subdivision: str | None = None) -> None:
        self.country, self.subdivision = validate_place(country, subdivision)
        self._days: dict[int, frozenset[dt.date]] = {}

    def _holidays(self, year: int, language: str | None = None) -> holidays.HolidayBase:
        import holidays

        return holidays.country_holidays(
            self.country, subdiv=self.subdivision, years=year, language=language
        )

    def days_of(self, year: int) -> frozenset[dt.date]:
        days = self._days.get(year)
        if days is None:
            days = frozenset(self._holidays(year).keys())
            self._days[year] = days
        return days

    def is_holiday(self, day: dt.date) -> bool:
        return day in self.days_of(day.year)

    def name(self, day: dt.date, language: str) -> str | None:
        """The holiday's name in `language` where `holidays` has it, else its own language."""
        if not self.is_holiday(day):
            return None
        return _holiday_names(self.country, self.subdivision, day.year, language).get(day)

    def prepare(self, year: int, language: str) -> None:
        """Build `year`'s holidays and their names in `language` now (a few ms the first
        time), so that showing that year later finds them made."""
        if self.days_of(year):
            _holiday_names(self.country, self.subdivision, year, language)

    def holidays_between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        found: list[dt.date] = []
        for year in range(first.year, last.year + 1):
            found.extend(d for d in self.days_of(year) if first <= d <= last)
        return sorted(found)


@cache
def _holiday_names(
    country: str, subdivision: str | None, year: int, language: str
) -> dict[dt.date, str]:
    """Names in `language`: the holiday data's own where it has that language, else ours
    (i18n/holiday_names.py, from its English names), else the country's own language.

    Always with an explicit language: left to itself, `holidays` picks one from the
    process's LANGUAGE/LANG, and the same command printed "Andre påskedag" or "Easter
    Monday" depending on the machine."""
    import holidays

    def table(chosen: str | None) -> dict[dt.date, str]:
        return dict(holidays.country_holidays(country, subdiv=subdivision, years=year,
                                              language=chosen).items())

    probe = holidays.country_holidays(country, subdiv=subdivision, years=year)
    supported = tuple(getattr(probe, "supported_languages", ()) or ())
    native = getattr(probe, "default_language", None)
    wanted = normalise_language(language) or "en"
    # Several holidays on one day come joined by "; ": in the text's language they are
    # joined as it joins clauses (", " in Norwegian, which avoids the semicolon; a narrow
    # no-break space before it in French), whichever language the names are in.
    joined = ", " if wanted == "nb" else clause_separator(wanted)
    for candidate in _HOLIDAY_LANGUAGE_PREFERENCE.get(wanted, (wanted,)):
        if candidate in supported:
            return {day: joined.join(name.split("; "))
                    for day, name in table(candidate).items()}
    own = table(native)
    english = table("en_US") if "en_US" in supported else {}
    names = {}
    for day, name in own.items():
        parts = [translated(part, wanted) for part in english.get(day, "").split("; ")]
        names[day] = joined.join(parts if all(parts) else name.split("; "))
    return names


@cache
def calendar_for(country: str, subdivision: str | None = None) -> HolidayCalendar:
    """The shared calendar of a place (one per place for the life of the process)."""
    code, sub = validate_place(country, subdivision)
    if (code, sub) != (country, subdivision):
        return calendar_for(code, sub)
    return HolidayCalendar(code, sub)
