"""Applications: edits that re-plan, status changes that tell references (R13) and thank
interviewers after a no (R14), interviews' personal points, deletions that can be undone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules import (
    Channel,
    Kind,
    plan_after_rejection,
    plan_outcome_update,
    plan_reference_gift,
)
from jobfollowup.rules.kinds import ENDED, OUTCOMES, SENIOR_LEVELS, Level, State, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fields import text
from jobfollowup.services.planning.places import recipient_of
from jobfollowup.services.planning.replanning import (
    Change,
    PlanChanges,
    apply_plan,
    drop,
    is_waiting_kind,
    replan_application_place,
    replan_waiting,
    store,
)
from jobfollowup.services.records.core import checked_application
from jobfollowup.services.records.deletion import delete_in_order
from jobfollowup.services.records.edits import (
    detail_of,
    editable_fields,
    refuse_unknown,
)
from jobfollowup.services.records.status_history import change_status
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    InterviewParticipant,
    MailMessage,
    Reference,
    StatusChange,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    company: str
    position: str
    level: str = Level.MID
    status: str = Status.APPLIED
    applied_on: dt.date | None = None
    reply_by: dt.date | None = None
    country: str = ""
    posting_url: str = ""
    notes: str = ""


EDITABLE = editable_fields(ApplicationDetail)


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    starts_at: dt.datetime
    format: str
    interviewers: tuple[str, ...]
    highlight: str
    surprise: str
    resonated: str
    personal_detail: str


@dataclass(frozen=True)
class Dependents:
    """What goes with an application when it is deleted."""

    follow_ups: int
    interviews: int
    references: int
    interactions: int  # kept in the contacts' history, no longer linked


def _get(application_id: int) -> Application:
    application = Application.get_or_none(Application.id == application_id)
    if application is None:
        raise ValidationError(_("That application no longer exists."), "application")
    return application


def get_application(application_id: int) -> ApplicationDetail:
    return detail_of(ApplicationDetail, _get(application_id), EDITABLE)


def update_application(application_id: int, on: dt.date | None = None,
                       **changes) -> PlanChanges:
    """Change some fields, all checked together; nothing is saved half-way.

    A new timeline ("reply by") re-plans the check-ins still planned (R5), a new country
    the follow-ups of contacts who have none of their own, and a new status plans what
    R13 and R14 call for (see `set_status`).
    """
    refuse_unknown(changes, EDITABLE, "application")
    with database_proxy.atomic():
        application = _get(application_id)
        current = {name: getattr(application, name) for name in EDITABLE}
        merged = {**current, **changes}
        fields = checked_application(merged.pop("company"), merged.pop("position"), **merged)
        day = on or dt.date.today()
        for name, value in fields.items():
            if name != "status":
                setattr(application, name, value)
        application.save()
        if fields["status"] != current["status"]:
            change_status(application, fields["status"], day)
        result = PlanChanges()
        if fields["country"] != current["country"]:
            result += replan_application_place(application)
        if fields["reply_by"] != current["reply_by"]:
            result += replan_waiting(application)
        if fields["status"] != current["status"]:
            result += _plan_status(application, fields["status"], day, current["status"])
        return result


def set_status(application_id: int, status: str, on: dt.date | None = None) -> PlanChanges:
    """Move an application along the pipeline, planning what the new status calls for."""
    return update_application(application_id, on=on, status=status)


def _plan_status(application: Application, status: str, on: dt.date,
                 previous: str) -> PlanChanges:
    if previous in ENDED and status not in ENDED:
        return _reopened(application)
    changes: list[Change] = []
    if status in ENDED:  # the waiting is over: no more check-ins
        for row in FollowUp.select().where((FollowUp.application == application)
                                           & (FollowUp.state == State.PLANNED)):
            if is_waiting_kind(row):
                row.state = State.SKIPPED
                row.save()
                changes.append(Change(row.id, Kind(row.kind), row.contact.name,
                                      row.planned_date, None, Channel(row.channel)))
    if status in OUTCOMES:
        for reference in Reference.select().where(Reference.application == application):
            changes.append(_tell_outcome(reference, on))
            if status == Status.ACCEPTED:
                recipient = recipient_of(reference.contact, application)
                item = plan_reference_gift(on, recipient, application.level in SENIOR_LEVELS)
                changes.append(store(item, reference.contact, on, application=application,
                                     reference=reference))
    if status == Status.REJECTED:
        for contact in _interviewers(application):
            for item in plan_after_rejection(on, recipient_of(contact, application)):
                changes.append(store(item, contact, on, application=application))
    return PlanChanges(tuple(c for c in changes if c is not None))


# What an ending plans (R13, R14), and drops again if the application is reopened.
_ENDING_KINDS = (Kind.REJECTION_THANKS.value, Kind.KEEP_IN_TOUCH.value,
                 Kind.REFERENCE_OUTCOME.value, Kind.REFERENCE_GIFT.value)


def _reopened(application: Application) -> PlanChanges:
    """Back to waiting after an outcome or a withdrawal (one set by mistake, or news that
    changed): what the ending planned and was not sent is dropped — the thanks after a no,
    the news for the references, their gifts — and the check-ins are planned again from
    the latest interview (R4–R6), counting those already done."""
    stale = [drop(row) for row in FollowUp.select().where(
        (FollowUp.application == application) & (FollowUp.state == State.PLANNED)
        & FollowUp.kind.in_(_ENDING_KINDS)) if not is_waiting_kind(row)]
    return PlanChanges(tuple(stale)) + replan_waiting(application, anew=True)


def _tell_outcome(reference: Reference, on: dt.date) -> Change | None:
    """R13: one outcome update per reference; news not yet told is re-planned, not doubled."""
    application = reference.application
    item = plan_outcome_update(on, recipient_of(reference.contact, application))
    pending = FollowUp.get_or_none((FollowUp.reference == reference)
                                   & (FollowUp.kind == Kind.REFERENCE_OUTCOME.value)
                                   & (FollowUp.state == State.PLANNED))
    if pending is not None:
        pending.planned_from = on
        return apply_plan(pending, item)
    return store(item, reference.contact, on, application=application, reference=reference)


def _interviewers(application: Application) -> list[Contact]:
    query = (Contact.select().join(InterviewParticipant).join(InterviewRow)
             .where(InterviewRow.application == application)
             .order_by(InterviewRow.starts_at, InterviewParticipant.id).distinct())
    seen, people = set(), []
    for contact in query:
        if contact.id not in seen:
            seen.add(contact.id)
            people.append(contact)
    return people


def list_interviews(application_id: int) -> list[InterviewRecord]:
    """The interviews of an application, the latest first, with who took part."""
    records = []
    for row in (InterviewRow.select().where(InterviewRow.application == application_id)
                .order_by(InterviewRow.starts_at.desc())):
        names = tuple(p.contact.name for p in row.participants.order_by(
            InterviewParticipant.id))
        records.append(InterviewRecord(row.id, row.starts_at, row.format, names,
                                       row.highlight, row.surprise, row.resonated,
                                       row.personal_detail))
    return records


def update_interview_points(interview_id: int, highlight: str = "", surprise: str = "",
                            resonated: str = "", personal_detail: str = "") -> None:
    """R3: the personal points the thank-yous mention, editable after the interview."""
    points = dict(highlight=text(highlight, "highlight"), surprise=text(surprise, "surprise"),
                  resonated=text(resonated, "resonated"),
                  personal_detail=text(personal_detail, "personal_detail"))
    with database_proxy.atomic():
        updated = InterviewRow.update(**points).where(InterviewRow.id == interview_id).execute()
        if not updated:
            raise ValidationError(_("That interview no longer exists."), "interview")


def application_dependents(application_id: int) -> Dependents:
    application = _get(application_id)
    return Dependents(
        follow_ups=FollowUp.select().where(FollowUp.application == application).count(),
        interviews=InterviewRow.select().where(InterviewRow.application == application).count(),
        references=Reference.select().where(Reference.application == application).count(),
        interactions=Interaction.select().where(
            Interaction.application == application).count(),
    )


def delete_application(application_id: int) -> None:
    """Delete an application with its status history, interviews, references and
    follow-ups; the interactions stay in the contacts' history, unlinked."""
    with database_proxy.atomic():
        application = _get(application_id)
        interviews = InterviewRow.select(InterviewRow.id).where(
            InterviewRow.application == application)
        Interaction.update(application=None).where(
            Interaction.application == application).execute()
        MailMessage.update(application=None, follow_up=None).where(
            MailMessage.application == application).execute()
        delete_in_order([
            (Application, Application.id == application.id),
            (StatusChange, StatusChange.application == application),
            (InterviewRow, InterviewRow.application == application),
            (InterviewParticipant, InterviewParticipant.interview.in_(interviews)),
            (Reference, Reference.application == application),
            (FollowUp, FollowUp.application == application),
        ])

