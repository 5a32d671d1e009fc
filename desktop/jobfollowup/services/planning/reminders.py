"""Which follow-ups to remind the user of: due today or overdue, told once per item a day.

What was announced is stored with the day it was announced on, so a restart the same day
stays quiet, the next day (or the first day after a week away) tells each item once more,
and an item overdue for a week is told once, not once per missed day.
"""

from __future__ import annotations

import datetime as dt

from jobfollowup.rules.kinds import State
from jobfollowup.services import settings
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.storage.database import waiting_at_most
from jobfollowup.storage.models import database_proxy

KEY = "reminders_announced"
LOCK_WAIT_MS = 300  # the check runs on a timer: it tries again rather than freeze the window


def due(today: dt.date) -> list[FollowUpRow]:
    """Every follow-up still planned for today or earlier, oldest first."""
    return list_follow_ups(last=today, states=(State.PLANNED,))


def announced_today(today: dt.date) -> set[int]:
    stored = settings.get(KEY)
    if stored.get("day") != today.isoformat():
        return set()
    return {int(i) for i in stored.get("ids", [])}


def to_announce(today: dt.date) -> list[FollowUpRow]:
    """The follow-ups due by `today` not yet announced on `today`."""
    told = announced_today(today)
    return [row for row in due(today) if row.id not in told]


def mark_announced(ids: list[int] | tuple[int, ...], today: dt.date) -> None:
    """Remember that these were announced today (earlier days are forgotten). Another
    program's lock is waited for briefly: the caller says so and tries again later."""
    told = announced_today(today) | set(ids)
    with waiting_at_most(LOCK_WAIT_MS), database_proxy.atomic():
        settings.put(KEY, {"day": today.isoformat(), "ids": sorted(told)})
