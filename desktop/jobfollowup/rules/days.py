"""Which days suit a message (R7) and which days the post works (R2)."""

from __future__ import annotations

import datetime as dt

from jobfollowup.rules.holiday_calendar import HolidayCalendar
from jobfollowup.rules.reasons import Holiday, Place, Reason

ONE_DAY = dt.timedelta(days=1)
MONDAY, FRIDAY, SATURDAY = 0, 4, 5


def place_of(calendar: HolidayCalendar) -> Place:
    return Place(calendar.country, calendar.subdivision)


def avoided_because(day: dt.date, calendar: HolidayCalendar) -> list[Reason]:
    """The R7 reasons that rule `day` out for a check-in; empty when it is a calm day."""
    found: list[Reason] = []
    weekday = day.weekday()
    place = place_of(calendar)
    if weekday == MONDAY:
        found.append(Reason.of("r7-monday", date=day))
    elif weekday == FRIDAY:
        found.append(Reason.of("r7-friday", date=day))
    elif weekday >= SATURDAY:
        found.append(Reason.of("r7-weekend", date=day))
    if calendar.is_holiday(day):
        found.append(Reason.of("r7-holiday", date=day, country=place,
                               holiday=Holiday(place, day)))
    if calendar.is_holiday(day + ONE_DAY):
        found.append(Reason.of("r7-before-holiday", date=day, country=place,
                               holiday=Holiday(place, day + ONE_DAY)))
    if calendar.is_holiday(day - ONE_DAY):
        found.append(Reason.of("r7-after-holiday", date=day, country=place,
                               holiday=Holiday(place, day - ONE_DAY)))
    return found


def is_calm(day: dt.date, calendar: HolidayCalendar) -> bool:
    """R7: Tuesday to Thursday, and neither a holiday nor next to one."""
    if day.weekday() in (MONDAY, FRIDAY) or day.weekday() >= SATURDAY:
        return False
    return not (
        calendar.is_holiday(day)
        or calendar.is_holiday(day + ONE_DAY)
        or calendar.is_holiday(day - ONE_DAY)
    )


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
