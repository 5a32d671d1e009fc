"""The weekly review's figures, all from one place: how the search is going, in numbers.

- how many applications stood in each status at the end of each week (their history);
- follow-ups sent on time (by their deadline, else their planned day), late, or skipped;
- replies by channel and contact role, next to the messages sent that way;
- the median number of days between writing to someone and their reply;
- references thanked and told the outcome, against those that are due.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from jobfollowup.services.applications import OUTCOMES
from jobfollowup.services.records import STATUSES
from jobfollowup.services.status_history import histories
from jobfollowup.storage.models import Application, Contact, FollowUp, Interaction, Reference

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
    an application not yet sent by then is not counted."""
    ends = [first + dt.timedelta(weeks=i, days=6) for i in range(count)]
    weeks: list[Counter] = [Counter() for _ in range(count)]
    for steps in histories().values():
        for index, end in enumerate(ends):
            standing = [step.status for step in steps if step.on <= end]
            if standing:
                weeks[index][standing[-1]] += 1
    return tuple({s: w[s] for s in STATUSES if w[s]} for w in weeks)


def _follow_ups(first: dt.date, count: int) -> tuple[FollowUpWeek, ...]:
    weeks = [[0, 0, 0] for _ in range(count)]
    for item in FollowUp.select(FollowUp.state, FollowUp.planned_date, FollowUp.deadline,
                                FollowUp.done_on).where(FollowUp.state != "planned"):
        if item.state == "done":
            index = _week_index(item.done_on, first, count)
            due = item.deadline or item.planned_date
            column = 0 if item.done_on is not None and item.done_on <= due else 1
        else:
            index = _week_index(item.planned_date, first, count)
            column = 2
        if index is not None:
            weeks[index][column] += 1
    return tuple(FollowUpWeek(*w) for w in weeks)


def _replies() -> tuple[dict[str, dict[str, ChannelReplies]], float | None, int]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_contact: dict[int, list[tuple[dt.date, str, int]]] = defaultdict(list)
    query = (Interaction.select(Interaction.id, Interaction.contact, Interaction.date,
                                Interaction.channel, Interaction.direction, Contact.id,
                                Contact.role)
             .join(Contact).order_by(Interaction.date, Interaction.id))
    for item in query:
        counts[(item.contact.role, item.channel)][item.direction == "in"] += 1
        by_contact[item.contact_id].append((item.date, item.direction, item.id))
    waits = []
    for history in by_contact.values():
        waiting_since: dt.date | None = None  # the latest message of ours not yet answered
        for day, direction, _id in history:
            if direction == "out":
                waiting_since = day
            elif waiting_since is not None:
                waits.append((day - waiting_since).days)
                waiting_since = None
    replies: dict[str, dict[str, ChannelReplies]] = defaultdict(dict)
    for (role, channel), (sent, received) in sorted(counts.items()):
        replies[role][channel] = ChannelReplies(sent, received)
    median = float(statistics.median(waits)) if waits else None
    return dict(replies), median, len(waits)


def weekly_review(today: dt.date, weeks: int = WEEKS) -> Review:
    """The figures of the last `weeks` weeks, this one included (histories: all time)."""
    first = monday(today) - dt.timedelta(weeks=weeks - 1)
    replies, median, timed = _replies()
    references = list(Reference.select(Reference, Application).join(Application))
    thanks_due = [r for r in references if r.employer_contacted_on is not None]
    updates_due = [r for r in references if r.application.status in OUTCOMES]
    return Review(
        weeks=tuple(first + dt.timedelta(weeks=i) for i in range(weeks)),
        applications=_applications(first, weeks),
        follow_ups=_follow_ups(first, weeks),
        replies=replies, median_days_to_reply=median, replies_timed=timed,
        thanks_due=len(thanks_due), thanked=sum(r.thanked_on is not None for r in thanks_due),
        updates_due=len(updates_due),
        updated=sum(r.outcome_told_on is not None for r in updates_due),
    )
