"""The weekly review's figures, all from one place: how the search is going, in numbers.

- how many applications stood in each status at the end of each week (their history);
- follow-ups sent on time (by their deadline, else their planned day), late, or skipped;
- replies by channel and contact role, next to the messages sent that way;
- the median number of days between writing to someone and their reply;
- references thanked and told the outcome, against those that are due.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter

from peewee import Case, fn

from jobfollowup.rules.kinds import OUTCOMES, Channel, State, Status
from jobfollowup.storage.models import Application, Reference, database_proxy

WEEKS = 8


@dataclass(frozen=True)
class FollowUpWeek:
    on_time: int = 0
    late: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ChannelReplies:
    sent: int
    replies: int


@dataclass(frozen=True)
class Review:
    weeks: tuple[dt.date, ...]  # the Monday of each week, oldest first
    applications: tuple[dict[str, int], ...]  # per week: status -> applications in it at its end
    follow_ups: tuple[FollowUpWeek, ...]  # per week
    replies: dict[str, dict[str, ChannelReplies]] = field(default_factory=dict)  # role, channel
    median_days_to_reply: float | None = None
    replies_timed: int = 0  # how many replies the median is taken over
    thanks_due: int = 0
    thanked: int = 0
    updates_due: int = 0
    updated: int = 0

    @property
    def is_empty(self) -> bool:
        return not (any(self.applications) or any(w != FollowUpWeek() for w in self.follow_ups)
                    or self.replies or self.thanks_due or self.updates_due)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _applications(first: dt.date, count: int) -> tuple[dict[str, int], ...]:
    """Per week, the status each application had at its end (Sunday), from the history;
    an application not yet sent by then is not counted. One pass over the history's rows,
    as SQLite orders them (its dates are ISO text, compared as such): five years hold
    1 500 applications."""
    ends = [str(first + dt.timedelta(weeks=i, days=6)) for i in range(count)]
    weeks: list[Counter] = [Counter() for _ in range(count)]
    rows = database_proxy.execute_sql(
        "SELECT application_id, status, changed_on FROM status_change "
        "ORDER BY application_id, changed_on, id")
    for _application, steps in groupby(rows, key=itemgetter(0)):
        week, standing = 0, None
        for _id, status, on in steps:
            while week < count and on > ends[week]:  # the status it ended that week in
                if standing is not None:
                    weeks[week][standing] += 1
                week += 1
            standing = status
        for index in range(week, count):
            weeks[index][standing] += 1
    return tuple({s: w[s] for s in Status if w[s]} for w in weeks)


# Per week shown (counted from its first Monday), the follow-ups sent on time (by their
# deadline, else their planned day) and late; and those skipped. SQLite counts them by the
# indexes on (state, done_on, …) and (state, planned_date, …): five years hold 40 000
# follow-ups, and turning each sent one of eight weeks into Python dates took 6 ms.
_SENT_SQL = """
    SELECT CAST((julianday(done_on) - julianday(?1)) / 7 AS INTEGER) AS week,
           sum(done_on <= coalesce(deadline, planned_date)),
           sum(done_on > coalesce(deadline, planned_date))
    FROM follow_up WHERE state = ?3 AND done_on >= ?1 AND done_on < ?2 GROUP BY week"""
_SKIPPED_SQL = """
    SELECT CAST((julianday(planned_date) - julianday(?1)) / 7 AS INTEGER) AS week, count(*)
    FROM follow_up WHERE state = ?3 AND planned_date >= ?1 AND planned_date < ?2
    GROUP BY week"""


def _follow_ups(first: dt.date, count: int) -> tuple[FollowUpWeek, ...]:
    """Per week: the follow-ups sent on time, sent late, and skipped. Only the weeks shown
    are read."""
    weeks = [[0, 0, 0] for _ in range(count)]
    span = (first.isoformat(), (first + dt.timedelta(weeks=count)).isoformat())
    for week, on_time, late in database_proxy.execute_sql(_SENT_SQL, (*span, State.DONE)):
        weeks[week][0:2] = on_time, late
    for week, skipped in database_proxy.execute_sql(_SKIPPED_SQL, (*span, State.SKIPPED)):
        weeks[week][2] = skipped
    return tuple(FollowUpWeek(*w) for w in weeks)


# Our messages and their answers, as SQLite keeps them counted (schema version 9: the
# triggers on `interaction` keep `exchange_tally` and `reply_wait` up to date, since
# counting five years of exchanges at each opening took 200 ms). The tally is kept per
# contact: each one's counts are summed by channel and direction in the table's own order
# (its key begins with the contact), then by role, so that SQLite sorts 3 000 contacts'
# sums rather than the 22 000 rows of five years (which took 12–20 ms).
_PAIRS = tuple((channel, inbound) for channel in Channel for inbound in (0, 1))
_EXCHANGES_SQL = (
    "SELECT c.role, " + ", ".join(f"sum(t.n{i})" for i in range(len(_PAIRS)))
    + " FROM (SELECT contact_id, " + ", ".join(
        f"sum(CASE WHEN channel = '{channel}' AND inbound = {inbound} THEN count END) AS n{i}"
        for i, (channel, inbound) in enumerate(_PAIRS))
    + " FROM exchange_tally WHERE count > 0 GROUP BY contact_id) AS t"
    " JOIN contact AS c ON c.id = t.contact_id GROUP BY c.role")
# The middle one or two of the days each answer took (by the index on `days`).
_MEDIAN_WAIT_SQL = """
    SELECT avg(days) FROM (SELECT days FROM reply_wait ORDER BY days
                           LIMIT 2 - (SELECT count(*) FROM reply_wait) % 2
                           OFFSET ((SELECT count(*) FROM reply_wait) - 1) / 2)"""


def _replies() -> tuple[dict[str, dict[str, ChannelReplies]], float | None, int]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for role, *numbers in database_proxy.execute_sql(_EXCHANGES_SQL):
        for (channel, answered), number in zip(_PAIRS, numbers, strict=True):
            if number:
                counts[(role, str(channel))][answered] += number
    (timed,) = database_proxy.execute_sql("SELECT count(*) FROM reply_wait").fetchone()
    (median,) = database_proxy.execute_sql(_MEDIAN_WAIT_SQL).fetchone()
    replies: dict[str, dict[str, ChannelReplies]] = defaultdict(dict)
    for (role, channel), (sent, received) in sorted(counts.items()):
        replies[role][channel] = ChannelReplies(sent, received)
    return dict(replies), float(median) if timed else None, timed


def _references() -> tuple[int, int, int, int]:
    """References owed thanks (the employer called them) and thanked; owed the outcome
    (the application has one) and told it."""
    contacted = Reference.employer_contacted_on.is_null(False)
    ended = Application.status.in_(OUTCOMES)

    def count(condition):
        return fn.SUM(Case(None, [(condition, 1)], 0))

    totals = Reference.select(
        count(contacted), count(contacted & Reference.thanked_on.is_null(False)),
        count(ended), count(ended & Reference.outcome_told_on.is_null(False)),
    ).join(Application).tuples().get()
    return tuple(total or 0 for total in totals)


def weekly_review(today: dt.date, weeks: int = WEEKS) -> Review:
    """The figures of the last `weeks` weeks, this one included (histories: all time)."""
    first = monday(today) - dt.timedelta(weeks=weeks - 1)
    replies, median, timed = _replies()
    thanks_due, thanked, updates_due, updated = _references()
    return Review(
        weeks=tuple(first + dt.timedelta(weeks=i) for i in range(weeks)),
        applications=_applications(first, weeks),
        follow_ups=_follow_ups(first, weeks),
        replies=replies, median_days_to_reply=median, replies_timed=timed,
        thanks_due=thanks_due, thanked=thanked, updates_due=updates_due, updated=updated,
    )
