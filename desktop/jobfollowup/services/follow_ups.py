"""Follow-ups as the views show them, and the moves the user makes on them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN

from jobfollowup.i18n import _
from jobfollowup.rules import Channel, Context, Kind, Reason, Verdict, judge
from jobfollowup.rules.plans import respace_check_ins
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.places import recipient_of
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow

STATES = ("planned", "done", "skipped")
WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class FollowUpRow:
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
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Agenda:
    overdue: list[FollowUpRow]
    today: list[FollowUpRow]
    this_week: list[FollowUpRow]


_COLUMNS = (
    FollowUp.id, FollowUp.kind, FollowUp.planned_date, FollowUp.deadline, FollowUp.state,
    FollowUp.channel, Contact.id, Contact.name, Application.id, Application.company,
    Application.position, FollowUp.reasons,
)


_KINDS = {kind.value: kind for kind in Kind}  # a dict is much faster than Kind(value)
_CHANNELS = {channel.value: channel for channel in Channel}


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _row(values: tuple) -> FollowUpRow:
    (id_, kind, day, deadline, state, channel, contact_id, contact_name, application_id,
     company, position, *reasons) = values
    if reasons and isinstance(reasons[0], str):
        reasons = [json.loads(reasons[0])]
    return FollowUpRow(
        id=id_, kind=_KINDS[kind], date=_day(day), deadline=_day(deadline), state=state,
        channel=_CHANNELS[channel], contact_id=contact_id, contact_name=contact_name,
        application_id=application_id, company=company or "", position=position or "",
        reasons=tuple(Reason.from_json(r) for r in reasons[0]) if reasons else (),
    )


def _fetch(query) -> list[FollowUpRow]:
    """The rows of `query` straight from SQLite's cursor: a busy month holds a thousand,
    and peewee's conversion of each value costs more than reading them."""
    return [_row(values) for values in database_proxy.execute_sql(*query.sql())]


def _query(reasons: bool = True):
    """Only the columns a row shows, as plain tuples: the calendar reads thousands."""
    columns = _COLUMNS if reasons else _COLUMNS[:-1]
    return (FollowUp.select(*columns).join(Contact).switch(FollowUp)
            .join(Application, join_type=JOIN.LEFT_OUTER))


def list_follow_ups(first: dt.date | None = None, last: dt.date | None = None,
                    kind: Kind | None = None,
                    states: tuple[str, ...] = STATES, reasons: bool = True
                    ) -> list[FollowUpRow]:
    """Follow-ups between two dates (inclusive), by date, then contact; without their
    reasons (left empty) when `reasons` is False, which reads a busy month faster."""
    query = _query(reasons).where(FollowUp.state.in_(states))
    if first is not None:
        query = query.where(FollowUp.planned_date >= first)
    if last is not None:
        query = query.where(FollowUp.planned_date <= last)
    if kind is not None:
        query = query.where(FollowUp.kind == kind.value)
    query = query.order_by(FollowUp.planned_date, Contact.name, FollowUp.id)
    return _fetch(query)


def follow_up_rows(ids: list[int] | tuple[int, ...]) -> list[FollowUpRow]:
    """The follow-ups of `ids` as the views show them, by date (e.g. what was just planned)."""
    query = _query().where(FollowUp.id.in_(list(ids))).order_by(FollowUp.planned_date,
                                                                Contact.name, FollowUp.id)
    return [_row(values) for values in query.tuples()]


def agenda(today: dt.date) -> Agenda:
    """What the Today view shows: overdue, due today, and the next seven days."""
    rows = list_follow_ups(last=today + WEEK, states=("planned",))
    return Agenda(
        overdue=[r for r in rows if r.date < today],
        today=[r for r in rows if r.date == today],
        this_week=[r for r in rows if r.date > today],
    )


def _get(follow_up_id: int) -> FollowUp:
    item = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if item is None:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return item


def judge_move(follow_up_id: int, day: dt.date, today: dt.date | None = None) -> Verdict:
    """What the rules say of moving a follow-up to `day` (its kind, place and timeline)."""
    checked_day(day, "date")
    item = _get(follow_up_id)
    application = item.application
    interview: InterviewRow | None = item.interview
    others: tuple[dt.date, ...] = ()
    if item.kind == Kind.CHECK_IN and application is not None:
        others = tuple(
            f.planned_date for f in FollowUp.select(FollowUp.planned_date).where(
                (FollowUp.application == application) & (FollowUp.kind == Kind.CHECK_IN.value)
                & (FollowUp.state != "skipped") & (FollowUp.id != item.id))
        )
    context = Context(
        recipient=recipient_of(item.contact, application),
        interview_day=interview.starts_at.date() if interview else None,
        reply_by=application.reply_by if application else None,
        deadline=item.deadline, other_check_ins=others, not_before=today,
    )
    return judge(Kind(item.kind), day, context)


def reschedule(follow_up_id: int, day: dt.date) -> dt.date:
    """Move a follow-up to `day` in one transaction; returns the date it had before."""
    checked_day(day, "date")
    with database_proxy.atomic():
        item = _get(follow_up_id)
        if item.state != "planned":
            raise ValidationError(_("Only a planned follow-up can be moved."), "follow_up")
        previous = item.planned_date
        item.planned_date = day
        item.save()
    return previous


def get_follow_up(follow_up_id: int) -> FollowUpRow:
    """One follow-up as the views show it (the details dialog)."""
    item = _query().where(FollowUp.id == follow_up_id).tuples().first()
    if item is None:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return _row(item)


def skip(follow_up_id: int) -> str:
    """Leave a follow-up out (it will not be sent); returns the state it had before."""
    with database_proxy.atomic():
        item = _get(follow_up_id)
        if item.state != "planned":
            raise ValidationError(_("Only a planned follow-up can be skipped."), "follow_up")
        previous = item.state
        item.state = "skipped"
        item.save()
    return previous


def restore_state(follow_up_id: int, state: str) -> None:
    """Put a follow-up back in a state it had (undoing a skip)."""
    if state not in STATES:
        raise ValueError(f"not a state of a follow-up: {state!r}")
    with database_proxy.atomic():
        item = _get(follow_up_id)
        item.state = state
        item.save()


def mark_done(follow_up_id: int, on: dt.date) -> list[int]:
    """Mark a follow-up sent on `on` with its draft, storing the interaction.

    A check-in sent late can crowd the next ones: those still planned for the application
    move on, in order, each at least three days after the one before and on a calm day
    (R6, R7). Returns the ids of the follow-ups that moved.
    """
    from jobfollowup.services.drafts import mark_sent, open_draft

    with database_proxy.atomic():
        draft = open_draft(follow_up_id)
        mark_sent(follow_up_id, draft.subject, draft.body, on)
        item = _get(follow_up_id)
        if item.kind != Kind.CHECK_IN.value or item.application is None:
            return []
        return _respace_after(item, on)


def _respace_after(item: FollowUp, on: dt.date) -> list[int]:
    remaining = list(FollowUp.select().where(
        (FollowUp.application == item.application) & (FollowUp.kind == Kind.CHECK_IN.value)
        & (FollowUp.state == "planned")).order_by(FollowUp.planned_date, FollowUp.id))
    recipient = recipient_of(item.contact, item.application)
    days = respace_check_ins(on, [f.planned_date for f in remaining], recipient)
    moved = []
    for follow_up, day in zip(remaining, days, strict=True):
        if day != follow_up.planned_date:
            reason = Reason.of("r7-moved", original=follow_up.planned_date)
            follow_up.reasons = [*follow_up.reasons, reason.to_json()]
            follow_up.planned_date = day
            follow_up.save()
            moved.append(follow_up.id)
    return moved
