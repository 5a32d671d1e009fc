"""What came back from the other devices, applied to the data, and the questions it
raises settled — each in one transaction, so the window can make each a step of Undo.

A follow-up moved elsewhere is moved here: the user made that move, so it stands, and the
rules judge the new day as they judge a drag (`judge_move`). A day that breaks a rule
leaves a question ("broken-rule"): move to the nearest allowed day, or keep. An event
deleted elsewhere asks whether to skip the follow-up; a follow-up moved on both sides to
different days asks which day to keep. The answers only change the follow-up and the
question: the sync writes the calendar after them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules import Verdict
from jobfollowup.rules.kinds import State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import (
    FollowUpRow,
    follow_up_rows,
    judge_move,
    reschedule,
    skip,
)
from jobfollowup.storage.calendar_sync import CalendarIncoming, CalendarNotice
from jobfollowup.storage.models import FollowUp, database_proxy


@dataclass(frozen=True)
class Applied:
    """A move made elsewhere, as applied here, with the rules' verdict on its day."""

    follow_up_id: int
    previous_day: dt.date
    day: dt.date
    verdict: Verdict | None  # None: not applied, it became a conflict to settle


@dataclass(frozen=True)
class Notice:
    """A question shown to the user, with the follow-up it is about."""

    id: int
    kind: str  # "broken-rule", "deleted", "conflict"
    row: FollowUpRow
    day_elsewhere: dt.date | None
    day_here: dt.date | None
    verdict: Verdict | None  # for "broken-rule": the rules broken, the nearest day


def waiting_moves() -> list[int]:
    """The follow-ups moved elsewhere and not yet moved here."""
    return [row.follow_up_id for row in CalendarIncoming.select(CalendarIncoming.follow_up_id)
            .order_by(CalendarIncoming.follow_up_id)]


def waiting_move(follow_up_id: int) -> tuple[dt.date, dt.date] | None:
    """(from, to) of a move waiting to be applied, or None."""
    row = CalendarIncoming.get_or_none(CalendarIncoming.follow_up_id == follow_up_id)
    return None if row is None else (row.previous_day, row.day)


def apply_move(follow_up_id: int, today: dt.date) -> Applied | None:
    """Move the follow-up as it was moved elsewhere; None when there is nothing left to do
    (it was sent, skipped or deleted here meanwhile, or is already on that day)."""
    with database_proxy.atomic():
        incoming = CalendarIncoming.get_or_none(CalendarIncoming.follow_up_id == follow_up_id)
        if incoming is None:
            return None
        incoming.delete_instance()
        item = FollowUp.get_or_none(FollowUp.id == follow_up_id)
        if item is None or item.state != State.PLANNED or item.planned_date == incoming.day:
            return None
        if item.planned_date != incoming.previous_day:  # moved here too, meanwhile
            _ask(follow_up_id, "conflict", day_elsewhere=incoming.day,
                 day_here=item.planned_date)
            return Applied(follow_up_id, incoming.previous_day, incoming.day, None)
        verdict = judge_move(follow_up_id, incoming.day, today)
        reschedule(follow_up_id, incoming.day)
        _settle(follow_up_id, "broken-rule")
        if not verdict.allowed:
            _ask(follow_up_id, "broken-rule", day_elsewhere=incoming.day)
        return Applied(follow_up_id, incoming.previous_day, incoming.day, verdict)


def _ask(follow_up_id: int, kind: str, **days: dt.date | None) -> None:
    _settle(follow_up_id, kind)
    CalendarNotice.create(follow_up_id=follow_up_id, kind=kind, **days)


def _settle(follow_up_id: int, kind: str) -> None:
    CalendarNotice.delete().where((CalendarNotice.follow_up_id == follow_up_id)
                                  & (CalendarNotice.kind == kind)).execute()


def notices(today: dt.date) -> list[Notice]:
    """The questions still open, oldest first. One the user has answered another way (the
    follow-up moved again, sent, skipped) is not asked any more."""
    stored = list(CalendarNotice.select().order_by(CalendarNotice.id))
    rows = {row.id: row for row in follow_up_rows([n.follow_up_id for n in stored])}
    found = []
    for notice in stored:
        row = rows.get(notice.follow_up_id)
        if row is None or row.state != State.PLANNED:
            continue
        verdict = None
        if notice.kind == "broken-rule":
            if row.date != notice.day_elsewhere:
                continue
            verdict = judge_move(row.id, row.date, today)
            if verdict.allowed:
                continue
        found.append(Notice(notice.id, notice.kind, row, notice.day_elsewhere,
                            notice.day_here, verdict))
    return found


def _notice(notice_id: int, kind: str | None = None) -> CalendarNotice:
    notice = CalendarNotice.get_or_none(CalendarNotice.id == notice_id)
    if notice is None or (kind is not None and notice.kind != kind):
        raise ValidationError(_("This question from the calendar sync was already answered."),
                              "notice")
    return notice


def move_to_nearest(notice_id: int, today: dt.date) -> dt.date:
    """"Move to the nearest allowed day": returns the day it went to."""
    with database_proxy.atomic():
        notice = _notice(notice_id, "broken-rule")
        item = FollowUp.get_by_id(notice.follow_up_id)
        verdict = judge_move(item.id, item.planned_date, today)
        day = item.planned_date if verdict.allowed else verdict.nearest_allowed
        if day is None:
            raise ValidationError(_("No nearby day keeps every rule."), "notice")
        if day != item.planned_date:
            reschedule(item.id, day)
        notice.delete_instance()
    return day


def keep(notice_id: int) -> None:
    """"Keep": the day chosen elsewhere stays (a broken rule), the event comes back into
    the calendar (deleted elsewhere), or this computer's day wins (a conflict)."""
    with database_proxy.atomic():
        _notice(notice_id).delete_instance()


def skip_deleted(notice_id: int) -> None:
    """Deleted elsewhere, and not to be sent: skipped here too."""
    with database_proxy.atomic():
        notice = _notice(notice_id, "deleted")
        skip(notice.follow_up_id)
        notice.delete_instance()


def take_elsewhere(notice_id: int, today: dt.date) -> Verdict:
    """A conflict settled for the other device's day: moved there, and judged like any
    move made elsewhere (a broken rule asks again)."""
    with database_proxy.atomic():
        notice = _notice(notice_id, "conflict")
        day = notice.day_elsewhere
        verdict = judge_move(notice.follow_up_id, day, today)
        reschedule(notice.follow_up_id, day)
        notice.delete_instance()
        if not verdict.allowed:
            _ask(notice.follow_up_id, "broken-rule", day_elsewhere=day)
    return verdict
