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

from jobfollowup.rules.kinds import OUTCOMES, State, Status
from jobfollowup.storage.models import Application, FollowUp, Reference, database_proxy

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


def _week_index(day: dt.date | None, first: dt.date, count: int) -> int | None:
    if day is None:
        return None
    index = (monday(day) - first).days // 7
    return index if 0 <= index < count else None


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


def _follow_ups(first: dt.date, count: int) -> tuple[FollowUpWeek, ...]:
    """Per week: the follow-ups sent on time, sent late, and skipped. Only the weeks shown
    are read (five years hold 40 000 follow-ups)."""
    weeks = [[0, 0, 0] for _ in range(count)]
    end = first + dt.timedelta(weeks=count)
    sent = FollowUp.select(FollowUp.done_on, FollowUp.deadline, FollowUp.planned_date).where(
        (FollowUp.state == State.DONE) & (FollowUp.done_on >= first) & (FollowUp.done_on < end))
    for done_on, deadline, planned in sent.tuples():  # by the index on (state, done_on)
        index = _week_index(done_on, first, count)
        if index is not None:
            weeks[index][0 if done_on <= (deadline or planned) else 1] += 1
    skipped = FollowUp.select(FollowUp.planned_date).where(
        (FollowUp.state == State.SKIPPED) & (FollowUp.planned_date >= first)
        & (FollowUp.planned_date < end))
    for (planned,) in skipped.tuples():  # by the index on (state, planned_date, …)
        index = _week_index(planned, first, count)
        if index is not None:
            weeks[index][2] += 1
    return tuple(FollowUpWeek(*w) for w in weeks)


# Our messages and their answers, as SQLite keeps them counted (schema version 9: the
# triggers on `interaction` keep `exchange_tally` and `reply_wait` up to date, since
# counting five years of exchanges at each opening took 200 ms).
_EXCHANGES_SQL = """
    SELECT c.role, t.channel, t.inbound, sum(t.count)
    FROM exchange_tally AS t JOIN contact AS c ON c.id = t.contact_id
    WHERE t.count > 0
    GROUP BY c.role, t.channel, t.inbound"""
# The middle one or two of the days each answer took (by the index on `days`).
_MEDIAN_WAIT_SQL = """
    SELECT avg(days) FROM (SELECT days FROM reply_wait ORDER BY days
                           LIMIT 2 - (SELECT count(*) FROM reply_wait) % 2
                           OFFSET ((SELECT count(*) FROM reply_wait) - 1) / 2)"""


def _replies() -> tuple[dict[str, dict[str, ChannelReplies]], float | None, int]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for role, channel, answered, number in database_proxy.execute_sql(_EXCHANGES_SQL):
        counts[(role, channel)][answered] += number
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
