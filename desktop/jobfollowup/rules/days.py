"""Which days suit a message (R7) and which days the post works (R2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from jobfollowup.rules.holiday_calendar import HolidayCalendar
from jobfollowup.rules.reasons import Holiday, Place, Reason

ONE_DAY = dt.timedelta(days=1)
MONDAY, FRIDAY, SATURDAY = 0, 4, 5


def place_of(calendar: HolidayCalendar) -> Place:
    return Place(calendar.country, calendar.subdivision)


def _r7_breaches(day: dt.date, calendar: HolidayCalendar
                 ) -> Iterator[tuple[str, dt.date | None]]:
    """R7, the one definition: each way `day` breaks it, as its reason's code and the
    holiday concerned (None for a weekday), lazily (`is_calm` stops at the first)."""
    weekday = day.weekday()
    if weekday == MONDAY:
        yield "r7-monday", None
    elif weekday == FRIDAY:
        yield "r7-friday", None
    elif weekday >= SATURDAY:
        yield "r7-weekend", None
    for code, holiday in (("r7-holiday", day), ("r7-before-holiday", day + ONE_DAY),
                          ("r7-after-holiday", day - ONE_DAY)):
        if calendar.is_holiday(holiday):
            yield code, holiday


def avoided_because(day: dt.date, calendar: HolidayCalendar) -> list[Reason]:
    """The R7 reasons that rule `day` out for a check-in; empty when it is a calm day."""
    place = place_of(calendar)
    return [Reason.of(code, date=day) if holiday is None else
            Reason.of(code, date=day, country=place, holiday=Holiday(place, holiday))
            for code, holiday in _r7_breaches(day, calendar)]


def is_calm(day: dt.date, calendar: HolidayCalendar) -> bool:
    """R7: Tuesday to Thursday, and neither a holiday nor next to one."""
    return next(_r7_breaches(day, calendar), None) is None


def next_calm_day(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    """`day` itself when calm, else the first calm day after it."""
    while not is_calm(day, calendar):
        day += ONE_DAY
    return day


def is_post_day(day: dt.date, calendar: HolidayCalendar) -> bool:
    """A day the post collects letters: Monday to Friday, not a public holiday."""
    return day.weekday() < SATURDAY and not calendar.is_holiday(day)


def next_post_day(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    while not is_post_day(day, calendar):
        day += ONE_DAY
    return day


def add_post_days(day: dt.date, count: int, calendar: HolidayCalendar) -> dt.date:
    """The day a letter posted on `day` arrives after `count` postal working days."""
    for _ in range(count):
        day = next_post_day(day + ONE_DAY, calendar)
    return day


def last_mailing_day(arrive_by: dt.date, transit: int, calendar: HolidayCalendar,
                     earliest: dt.date) -> dt.date | None:
    """The latest post day from `earliest` on whose letter still arrives by `arrive_by`."""
    day = arrive_by
    while day >= earliest:
        if is_post_day(day, calendar) and add_post_days(day, transit, calendar) <= arrive_by:
            return day
        day -= ONE_DAY
    return None
