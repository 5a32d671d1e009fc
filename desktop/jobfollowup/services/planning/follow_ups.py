"""Follow-ups as the views show them, and the moves the user makes on them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from peewee import JOIN, SQL, fn

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Kind, State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fast_reads import day_from, follow_up_tuples, sql_once
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.planning.day import (
    AGENDA_SQL,
    Agenda,
    FollowUpRow,
    agenda_of,
    agenda_parameters,
)
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow

if TYPE_CHECKING:  # the rules' judge and plans load when a move is judged, after the day
    from jobfollowup.rules.judging import Verdict

STATES = tuple(State)


_COLUMNS = (
    FollowUp.id, FollowUp.kind, FollowUp.planned_date, FollowUp.deadline, FollowUp.state,
    FollowUp.channel, Contact.id, Contact.name, Application.id, Application.company,
    Application.position, FollowUp.reasons,
)


def _rows(cursor) -> list[FollowUpRow]:
    """The rows of `cursor` (the columns of `_query`), made fast (see fast_reads)."""
    return follow_up_tuples(cursor, FollowUpRow)


def _fetch(query) -> list[FollowUpRow]:
    return _rows(database_proxy.execute_sql(*query.sql()))


def _query(reasons: bool = True):
    """Only the columns a row shows, as plain tuples: the calendar reads thousands."""
    columns = _COLUMNS if reasons else (*_COLUMNS[:-1], SQL("NULL"))  # not read: no JSON
    return (FollowUp.select(*columns).join(Contact).switch(FollowUp)
            .join(Application, join_type=JOIN.LEFT_OUTER))


def _listing(first: dt.date | None, last: dt.date | None, kind: Kind | None,
             states: tuple[str, ...], reasons: bool):
    """The query of `list_follow_ups`, through peewee."""
    query = _query(reasons).where(FollowUp.state.in_(states))
    if first is not None:
        query = query.where(FollowUp.planned_date >= first)
    if last is not None:
        query = query.where(FollowUp.planned_date <= last)
    if kind is not None:
        query = query.where(FollowUp.kind == kind.value)
    return query.order_by(FollowUp.planned_date, Contact.name, FollowUp.id)




def listing_sql(first: dt.date | None = None, last: dt.date | None = None,
                kind: Kind | None = None, states: tuple[str, ...] = STATES,
                reasons: bool = True) -> tuple[str, list]:
    """The SQL and parameters of a listing; the parameters are in the order of the
    conditions, as peewee places them."""
    shape = ("listing", len(states), first is None, last is None, kind is None, reasons)
    sql = sql_once(shape, lambda: _listing(first, last, kind, states, reasons).sql()[0])
    params = [*states, *(day for day in (first, last) if day is not None)]
    return sql, params + [kind.value] if kind is not None else params


def list_follow_ups(first: dt.date | None = None, last: dt.date | None = None,
                    kind: Kind | None = None,
                    states: tuple[str, ...] = STATES, reasons: bool = True
                    ) -> list[FollowUpRow]:
    """Follow-ups between two dates (inclusive), by date, then contact; without their
    reasons (left empty) when `reasons` is False, which reads a busy month faster."""
    return _rows(database_proxy.execute_sql(*listing_sql(first, last, kind, states, reasons)))


def years_spanned(states: tuple[str, ...] = STATES) -> range:
    """The years from the first follow-up in `states` to the last (empty without any)."""
    ends = [FollowUp.select(edge(FollowUp.planned_date)).where(FollowUp.state == state).scalar()
            for state in states for edge in (fn.MIN, fn.MAX)]  # each read off the index
    years = [day_from(str(end)).year for end in ends if end is not None]
    return range(min(years), max(years) + 1) if years else range(0)


def follow_up_rows(ids: list[int] | tuple[int, ...]) -> list[FollowUpRow]:
    """The follow-ups of `ids` as the views show them, by date (e.g. what was just planned)."""
    query = _query().where(FollowUp.id.in_(list(ids))).order_by(FollowUp.planned_date,
                                                                Contact.name, FollowUp.id)
    return _fetch(query)


def agenda(today: dt.date) -> Agenda:
    """What the Today view shows: overdue, due today, and the next seven days (the query
    the window also reads the day with before the data is open)."""
    return agenda_of(database_proxy.execute_sql(AGENDA_SQL, agenda_parameters(today)), today)


def _get(follow_up_id: int) -> FollowUp:
    item = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if item is None:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return item


def judge_move(follow_up_id: int, day: dt.date, today: dt.date | None = None) -> Verdict:
    """What the rules say of moving a follow-up to `day` (its kind, place and timeline)."""
    from jobfollowup.rules.judging import Context, judge
    from jobfollowup.services.planning.places import recipient_of

    checked_day(day, "date")
    item = _get(follow_up_id)
    application = item.application
    interview: InterviewRow | None = item.interview
    checking_in = item.kind == Kind.CHECK_IN
    context = Context(
        recipient=recipient_of(item.contact, application),
        interview_day=interview.starts_at.date() if interview else None,
        reply_by=application.reply_by if application else None,
        deadline=item.deadline, not_before=today,
        other_check_ins=_other_check_ins(item) if checking_in else (),
        thanked_on=_thanked_on(interview) if checking_in and interview else None,
    )
    return judge(Kind(item.kind), day, context)


def _other_check_ins(item: FollowUp) -> tuple[dt.date, ...]:
    """The days of the other check-ins the person receives (from any application) or the
    application sends (to anyone), planned or sent: R6 is about not crowding them."""
    same = FollowUp.contact == item.contact
    if item.application_id is not None:
        same |= FollowUp.application == item.application_id
    return tuple(
        _day_of(f) for f in FollowUp.select(FollowUp.planned_date, FollowUp.done_on)
        .where(same & (FollowUp.kind == Kind.CHECK_IN.value)
               & (FollowUp.state != State.SKIPPED) & (FollowUp.id != item.id)))


def _day_of(row: FollowUp) -> dt.date:
    """The day a follow-up went out, or else the day it is planned."""
    return row.done_on or row.planned_date


def _thanked_on(interview: InterviewRow) -> dt.date | None:
    """The day the thank-you email for `interview` goes (or went) out: a check-in about
    the same interview comes after it (R5). None when there is none to wait for."""
    days = [_day_of(f) for f in FollowUp.select(FollowUp.planned_date, FollowUp.done_on)
            .where((FollowUp.interview == interview)
                   & (FollowUp.kind == Kind.THANK_YOU_EMAIL.value)
                   & (FollowUp.state != State.SKIPPED))]
    return max(days, default=None)


def reschedule(follow_up_id: int, day: dt.date) -> dt.date:
    """Move a follow-up to `day` in one transaction; returns the date it had before."""
    checked_day(day, "date")
    with database_proxy.atomic():
        item = _get(follow_up_id)
        if item.state != State.PLANNED:
            raise ValidationError(_("Only a planned follow-up can be moved."), "follow_up")
        previous = item.planned_date
        item.planned_date = day
        item.save()
    return previous


def get_follow_up(follow_up_id: int) -> FollowUpRow:
    """One follow-up as the views show it (the details dialog)."""
    rows = _fetch(_query().where(FollowUp.id == follow_up_id))
    if not rows:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return rows[0]


def skip(follow_up_id: int) -> str:
    """Leave a follow-up out (it will not be sent); returns the state it had before."""
    with database_proxy.atomic():
        item = _get(follow_up_id)
        if item.state != State.PLANNED:
            raise ValidationError(_("Only a planned follow-up can be skipped."), "follow_up")
        previous = item.state
        item.state = State.SKIPPED
        item.save()
    return previous


def mark_not_sent(follow_up_id: int) -> None:
    """A follow-up marked sent by mistake is planned again on its day, and the exchange
    its sending logged is forgotten (its draft stays, as written)."""
    with database_proxy.atomic():
        item = _get(follow_up_id)
        if item.state != State.DONE:
            raise ValidationError(_("This follow-up is not marked as sent."), "follow_up")
        logged = (Interaction.select(Interaction.id).where(
            (Interaction.contact == item.contact) & (Interaction.date == item.done_on)
            & (Interaction.direction == "out") & (Interaction.channel == item.channel)
            & Interaction.summary.startswith(f"{item.kind}:"))
            .order_by(Interaction.id.desc()).first())
        if logged is not None:
            logged.delete_instance()
        item.state, item.done_on = State.PLANNED, None
        item.save()


def mark_done(follow_up_id: int, on: dt.date, subject: str | None = None,
              body: str | None = None, name_checked: bool = False) -> list[int]:
    """Mark a follow-up sent on `on` with its draft (or the `subject` and `body` the user
    has just written), storing the interaction. Every "Mark as sent" comes here, and is
    refused while the name is in doubt (R15) unless the user has checked it.

    A check-in sent late can crowd the next ones: those still planned for the application
    move on, in order, each at least three days after the one before and on a calm day
    (R6, R7). Returns the ids of the follow-ups that moved.
    """
    from jobfollowup.services.planning.drafts import mark_sent, open_draft

    with database_proxy.atomic():
        if body is None:
            draft = open_draft(follow_up_id)
            subject, body = draft.subject, draft.body
        mark_sent(follow_up_id, subject or "", body, on, name_checked)
        item = _get(follow_up_id)
        if item.kind != Kind.CHECK_IN.value or item.application is None:
            return []
        return _respace_after(item, on)


def _respace_after(item: FollowUp, on: dt.date) -> list[int]:
    from jobfollowup.rules.plans import respace_check_ins
    from jobfollowup.rules.reasons import Reason
    from jobfollowup.services.planning.places import recipient_of

    remaining = list(FollowUp.select().where(
        (FollowUp.application == item.application) & (FollowUp.kind == Kind.CHECK_IN.value)
        & (FollowUp.state == State.PLANNED)).order_by(FollowUp.planned_date, FollowUp.id))
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
