"""The few tricks that make the views read thousands of rows within a frame, kept here so
that the service modules read plainly. Each was measured (tests/benchmarks/run.py), and
each is worth it only where a view reads a month or five years of rows at a time:

- SQL text written once per shape of query (`sql_once`): peewee's writing of a query
  took a millisecond of every month switch, more than SQLite's reading of it.
- Dates parsed once per distinct day (`day_from`): a month's thousand rows share 42 days.
- Stored codes turned into enums through a dict (`KINDS`, `CHANNELS`): several times
  faster than calling `Kind(value)`.
- Rows made with `tuple.__new__` in one comprehension (`follow_up_tuples`), skipping the
  named tuple's own `__new__`, which is a Python call per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

from jobfollowup.rules.kinds import Channel, Kind

KINDS = {kind.value: kind for kind in Kind}
CHANNELS = {channel.value: channel for channel in Channel}

_SQL: dict[Hashable, str] = {}


def sql_once(shape: Hashable, write: Callable[[], str]) -> str:
    """The SQL text of a query of this `shape`, written by `write` the first time only.
    The shape must name everything that changes the text (not the parameters)."""
    sql = _SQL.get(shape)
    if sql is None:
        sql = _SQL[shape] = write()
    return sql


_DAYS: dict[str, dt.date] = {}


def day_from(text: str) -> dt.date:
    """The date stored as `text` ("2026-12-03", or with a time after it)."""
    day = _DAYS.get(text)
    if day is None:
        if len(_DAYS) > 20_000:  # bounded: five years of a search hold about 2 000 days
            _DAYS.clear()
        day = _DAYS[text] = dt.date.fromisoformat(text[:10])
    return day


def follow_up_tuples(cursor: Iterable[tuple], row_type: type) -> list:
    """`row_type` rows from a cursor of (id, kind, day, deadline, state, channel,
    contact id, contact name, application id, company, position, stored reasons), made in
    one loop without peewee's conversion of each value. Reasons stay their stored JSON."""
    kinds, channels, days, day_of = KINDS, CHANNELS, _DAYS, day_from
    new = tuple.__new__
    return [new(row_type, (id_, kinds[kind], days.get(day) or day_of(day),
                           (days.get(deadline) or day_of(deadline)) if deadline else None,
                           state, channels[channel], contact_id, contact_name, application_id,
                           company or "", position or "", stored or ()))
            for (id_, kind, day, deadline, state, channel, contact_id, contact_name,
                 application_id, company, position, stored) in cursor]
