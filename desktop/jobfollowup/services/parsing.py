"""Turning what a person typed into dates, times and choices — or a clear message."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError

DEFAULT_INTERVIEW_TIME = dt.time(12, 0)
E = TypeVar("E", bound=StrEnum)
# Plans reach months ahead and holidays are known for these years; dates outside are typos.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
D = TypeVar("D", dt.date, dt.datetime, None)


def checked_day(value: D, field: str) -> D:
    """`value` itself when it lies within the years the app plans in, else ValidationError."""
    if value is None:
        return value
    day = value.date() if isinstance(value, dt.datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(_("{date} is too far away for {field}: choose a date between "
                                "{first} and {last}.").format(
            date=day.isoformat(), field=field, first=EARLIEST.year, last=LATEST.year), field)
    return value


def parse_date(text: str, field: str) -> dt.date:
    """An ISO date (2026-12-17); 2026-02-30 and other impossible dates are refused."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            _("“{value}” is not a valid date for {field}: use YYYY-MM-DD, e.g. 2026-12-17.")
            .format(value=text, field=field), field
        ) from None
    return checked_day(day, field)


def parse_datetime(text: str, field: str) -> dt.datetime:
    """2026-12-17T14:00 (or a plain date, taken as midday)."""
    value = (text or "").strip()
    try:
        if "T" not in value and " " not in value:
            parsed = dt.datetime.combine(dt.date.fromisoformat(value), DEFAULT_INTERVIEW_TIME)
        else:
            parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            _("“{value}” is not a valid date and time for {field}: use YYYY-MM-DDTHH:MM, "
              "e.g. 2026-12-17T14:00.").format(value=text, field=field), field
        ) from None
    return checked_day(parsed.replace(tzinfo=None, second=0, microsecond=0), field)


def parse_choice(enum: type[E], text: str, field: str) -> E:
    try:
        return enum((text or "").strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise ValidationError(
            _("“{value}” is not a valid {field}: choose one of {choices}.").format(
                value=text, field=field, choices=choices
            ), field
        ) from None
