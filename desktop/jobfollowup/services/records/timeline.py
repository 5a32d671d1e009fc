"""Each application's story, in date order: when it was sent, each status it took, its
interviews, the answers that came, every follow-up sent, skipped or still planned, and the
day the employer said they would answer. The Applications view shows it; the printed
applications log is the part of it that has happened (`printouts.applications_log`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from jobfollowup.i18n import _, labelled, pgettext
from jobfollowup.rules.kinds import Channel, Direction, Kind, State, Status
from jobfollowup.services.records.status_history import histories
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    InterviewParticipant,
)
from jobfollowup.storage.models import Interview as InterviewRow

# What an event is; within one day they come in this order.
APPLIED, STATUS, INTERVIEW, REPLY = "application-sent", "status-change", "interview", "reply"
SENT, SKIPPED, PLANNED = "follow-up-sent", "follow-up-skipped", "follow-up-planned"
PROMISED = "answer-promised"
ORDER = (APPLIED, STATUS, INTERVIEW, REPLY, SENT, SKIPPED, PLANNED, PROMISED)
HAPPENED = frozenset({APPLIED, STATUS, INTERVIEW, REPLY, SENT})


@dataclass(frozen=True)
class TimelineEvent:
    date: dt.date
    what: str  # one of ORDER
    kind: Kind | None = None  # of a follow-up
    channel: Channel | None = None
    people: tuple[str, ...] = ()
    summary: str = ""  # what a reply said
    status: Status | None = None  # the status taken (STATUS)
    at: dt.time | None = None  # an interview's hour
    follow_up_id: int | None = None

    def sort_key(self) -> tuple:
        return self.date, ORDER.index(self.what), self.at or dt.time(), self.follow_up_id or 0


def _channel(value: str) -> Channel | None:
    try:
        return Channel(value)
    except ValueError:
        return None


def _status(value: str) -> Status | None:
    try:
        return Status(value)
    except ValueError:  # a status this version does not know
        return None


def timelines(application_ids: list[int] | None = None) -> dict[int, list[TimelineEvent]]:
    """The events of each application (all of them when `application_ids` is None), in
    date order. The first status, "applied", is the application sent: said once."""
    applications = Application.select()
    if application_ids is not None:
        applications = applications.where(Application.id.in_(application_ids))
    events: dict[int, list[TimelineEvent]] = {}
    for application in applications:
        found = events.setdefault(application.id, [])
        if application.applied_on:
            found.append(TimelineEvent(application.applied_on, APPLIED))
        if application.reply_by:
            found.append(TimelineEvent(application.reply_by, PROMISED))
    chosen = list(events)

    for application_id, steps in histories(chosen).items():
        for position, step in enumerate(steps):
            if position == 0 and step.status == Status.APPLIED:
                continue
            events[application_id].append(TimelineEvent(step.on, STATUS,
                                                         status=_status(step.status)))

    people: dict[int, list[str]] = {}
    for participant in (InterviewParticipant.select(InterviewParticipant, Contact)
                        .join(Contact).join_from(InterviewParticipant, InterviewRow)
                        .where(InterviewRow.application.in_(chosen))
                        .order_by(InterviewParticipant.id)):
        people.setdefault(participant.interview_id, []).append(participant.contact.name)
    for interview in InterviewRow.select().where(InterviewRow.application.in_(chosen)):
        events[interview.application_id].append(TimelineEvent(
            interview.starts_at.date(), INTERVIEW, at=interview.starts_at.time(),
            people=tuple(people.get(interview.id, ()))))

    what = {State.DONE: SENT, State.SKIPPED: SKIPPED, State.PLANNED: PLANNED}
    for item in (FollowUp.select(FollowUp, Contact).join(Contact)
                 .where(FollowUp.application.in_(chosen))):
        done = item.state == State.DONE
        events[item.application_id].append(TimelineEvent(
            (item.done_on or item.planned_date) if done else item.planned_date,
            what[State(item.state)], kind=Kind(item.kind), channel=_channel(item.channel),
            people=(item.contact.name,), follow_up_id=item.id))

    for reply in (Interaction.select(Interaction, Contact).join(Contact)
                  .switch(Interaction).join(Application, JOIN.INNER)
                  .where((Interaction.direction == Direction.IN)
                         & Interaction.application.in_(chosen))):
        events[reply.application_id].append(TimelineEvent(
            reply.date, REPLY, channel=_channel(reply.channel), people=(reply.contact.name,),
            summary=reply.summary))
    return {key: sorted(found, key=TimelineEvent.sort_key) for key, found in events.items()}


# Where an event stands on a given day (`standing`), and its words.
DONE, RECEIVED, HELD, COMING, OVERDUE, LEFT_OUT, EXPECTED, PASSED = (
    "sent", "received", "held", "coming", "overdue", "left-out", "expected", "passed")


def standing_label(code: str) -> str:
    """A standing in words, as a column says it (agreeing, in French and Italian, with the
    one thing each is said of: a follow-up, an interview, a reply, the promised day)."""
    return {
        DONE: pgettext("where a step stands", "Sent"),
        RECEIVED: pgettext("where a step stands", "Received"),
        HELD: pgettext("where a step stands", "Held"),
        COMING: pgettext("where a step stands", "Coming"),
        OVERDUE: pgettext("where a step stands", "Overdue"),
        LEFT_OUT: pgettext("where a step stands", "Skipped"),
        EXPECTED: pgettext("where a step stands", "Expected"),
        PASSED: pgettext("where a step stands", "Passed"),
    }.get(code, "")


def standing(event: TimelineEvent, today: dt.date) -> str:
    """Where `event` stands `today`: a follow-up sent, coming, overdue or skipped; an
    interview held or coming; the employer's answer expected or its day passed; "" for
    what is simply a fact (applied, a status)."""
    future = event.date > today
    if event.what == SENT:
        return DONE
    if event.what == SKIPPED:
        return LEFT_OUT
    if event.what == PLANNED:
        return OVERDUE if event.date < today else COMING
    if event.what == INTERVIEW:
        return COMING if future else HELD
    if event.what == REPLY:
        return RECEIVED
    if event.what == PROMISED:
        return PASSED if event.date < today else EXPECTED
    return ""


def describe(event: TimelineEvent) -> str:
    """The event in a line, in the interface language: "Check in with Kari Nordmann
    (email)", "Checked in with Kari Nordmann (email)" once sent, "Reply from Kari Nordmann
    (phone): they decide on Friday" — a kind is a whole sentence with the person in it."""
    names = ", ".join(event.people)
    channel = event.channel.label if event.channel else ""
    if event.what == APPLIED:
        return _("Application sent")
    if event.what == STATUS:
        return _("Status: {status}").format(status=event.status.label if event.status
                                            else "?")
    if event.what == INTERVIEW:
        return _("Interview with {names}").format(names=names) if names else _("Interview")
    if event.what in (SENT, PLANNED, SKIPPED) and event.kind:  # where it stands: beside it
        done = event.kind.done_task(names) if event.what == SENT else event.kind.task(names)
        return _("{what_was_done} ({channel})").format(what_was_done=done, channel=channel)
    if event.what == PROMISED:
        return _("Answer promised by this day")
    text = _("Reply from {name} ({channel})").format(name=names, channel=channel)
    return labelled(text, event.summary) if event.summary else text


def application_timeline(application_id: int) -> list[TimelineEvent]:
    """One application's events, in date order ([] when there is no such application)."""
    return timelines([application_id]).get(application_id, [])
