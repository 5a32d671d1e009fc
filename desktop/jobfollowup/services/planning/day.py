"""The day's follow-ups as Today lists them: the row every view shows a follow-up as, and
the one query that reads what is overdue, due today and due this week.

Without Peewee: the window reads the day with this query straight from the data file
(`read_agenda`) and paints it before the storage code has loaded; once the data is open,
`follow_ups.agenda` asks the same query of the open database."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jobfollowup.rules.kinds import Channel, Kind, State
from jobfollowup.services.fast_reads import follow_up_tuples

if TYPE_CHECKING:
    from jobfollowup.rules.reasons import Reason

WEEK = dt.timedelta(days=7)


class FollowUpRow(NamedTuple):
    """A follow-up as the views show it. A tuple, not a dataclass: a month or a busy week
    reads a thousand of them at a time, and a tuple is made several times faster."""

    id: int
    kind: Kind
    date: dt.date
    deadline: dt.date | None
    state: str
    channel: Channel
    contact_id: int
    contact_name: str
    application_id: int | None
    company: str
    position: str
    stored_reasons: tuple[Reason, ...] | str = ()  # the stored JSON until first asked

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Why the rules chose this day. Decoded when asked (a tooltip, the details), not
        for each of the hundreds of rows a view lists."""
        stored = self.stored_reasons
        if isinstance(stored, str):
            from jobfollowup.rules.reasons import Reason

            return tuple(Reason.from_json(r) for r in json.loads(stored))
        return stored


@dataclass(frozen=True)
class Agenda:
    overdue: list[FollowUpRow]
    today: list[FollowUpRow]
    this_week: list[FollowUpRow]

    def __bool__(self) -> bool:
        return bool(self.overdue or self.today or self.this_week)


# The planned follow-ups up to a day, with the columns of a `FollowUpRow`, by day, then
# contact: answered from the index on (state, planned_date) of schema version 5.
AGENDA_SQL = (
    "SELECT f.id, f.kind, f.planned_date, f.deadline, f.state, f.channel, c.id, c.name, "
    "a.id, a.company, a.position, f.reasons "
    "FROM follow_up AS f JOIN contact AS c ON f.contact_id = c.id "
    "LEFT JOIN application AS a ON f.application_id = a.id "
    "WHERE f.state = ? AND f.planned_date <= ? "
    "ORDER BY f.planned_date, c.name, f.id")


def agenda_parameters(today: dt.date) -> tuple[str, str]:
    return State.PLANNED.value, (today + WEEK).isoformat()


def agenda_of(cursor, today: dt.date) -> Agenda:
    """What the Today view shows, from a cursor of `AGENDA_SQL`: overdue, due today, and
    the next seven days."""
    rows = follow_up_tuples(cursor, FollowUpRow)
    return Agenda(overdue=[r for r in rows if r.date < today],
                  today=[r for r in rows if r.date == today],
                  this_week=[r for r in rows if r.date > today])


def read_agenda(path: Path, today: dt.date) -> Agenda | None:
    """The day's agenda read straight from the data file at `path`, without writing to
    it, for the window to show before the data is opened; None when the file is not one
    this version of the app reads as it is (missing, older or newer, unreadable): the
    window then waits for the opening, which migrates, offers a backup or says why."""
    from jobfollowup.storage.early import read_only
    from jobfollowup.storage.migrations import SCHEMA_VERSION

    if not path.is_file():
        return None
    try:
        with read_only(path) as connection:
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            return agenda_of(connection.execute(AGENDA_SQL, agenda_parameters(today)), today)
    except (sqlite3.Error, KeyError, ValueError):  # damaged, or codes this version lacks
        return None
