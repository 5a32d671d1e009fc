"""What the calendar shows of each day besides follow-ups: holidays and the days R7 avoids.

The user's own country decides (the calendar is theirs); each follow-up is still judged
against its recipient's country when it moves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import current_language
from jobfollowup.rules import Reason, calendar_for
from jobfollowup.rules.days import avoided_because
from jobfollowup.services.planning.places import home_country


@dataclass(frozen=True)
class DayNote:
    holiday: str | None  # its name in the interface language
    avoided: tuple[Reason, ...]  # why R7 keeps check-ins off this day; empty when calm


def day_notes(first: dt.date, last: dt.date, language: str | None = None
              ) -> dict[dt.date, DayNote]:
    """Every day from `first` to `last` (inclusive) with its holiday name and R7 reasons."""
    language = language or current_language()
    calendar = calendar_for(home_country())
    notes: dict[dt.date, DayNote] = {}
    day = first
    while day <= last:
        holiday = calendar.name(day, language) if calendar.is_holiday(day) else None
        notes[day] = DayNote(holiday, tuple(avoided_because(day, calendar)))
        day += dt.timedelta(days=1)
    return notes


def prepare_year(year: int, language: str | None = None) -> None:
    """Build the user's holidays of `year` ahead (the calendar does it while the user looks,
    for the years their follow-ups span: a month of another year then shows at once)."""
    calendar_for(home_country()).prepare(year, language or current_language())
