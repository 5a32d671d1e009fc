"""Contacts, applications and interviews: the records the plans come from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from jobfollowup.i18n import _
from jobfollowup.rules import Interview, plan_after_interview
from jobfollowup.rules.kinds import Kind, Level, State, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fields import one_of, text
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.planning.places import checked_place, recipient_of, transit_days_to
from jobfollowup.services.planning.replanning import sends_note, store
from jobfollowup.services.records.contacts import checked_contact
from jobfollowup.services.records.status_history import change_status
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    InterviewParticipant,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow

FORMATS = ("on-site", "video", "phone")
# Follow-ups an interview plans for the application as a whole: replaced by a new plan.
_WAITING_KINDS = tuple(kind.value for kind in Kind if kind.waits_for_answer)


@dataclass(frozen=True)
class ApplicationRecord:
    id: int
    company: str
    position: str
    level: str
    status: str
    reply_by: dt.date | None
    applied_on: dt.date | None = None
    next_follow_up: dt.date | None = None


def add_contact(name: str, **fields) -> int:
    """Store a contact after checking every field (see `contacts.checked_contact`);
    nothing is stored when one is wrong."""
    checked = checked_contact(name, **fields)
    with database_proxy.atomic():
        return Contact.create(**checked).id


def checked_application(
    company: str, position: str, *, level: str = Level.MID, status: str = Status.APPLIED,
    applied_on: dt.date | None = None, reply_by: dt.date | None = None, country: str = "",
    posting_url: str = "", notes: str = "",
) -> dict:
    """Every field of an application checked, in the order of the form."""
    company = text(company, "company", required=True)
    position = text(position, "position", required=True)
    country = (country or "").strip()
    if country:
        country = checked_place(country, None)[0]
    if applied_on and reply_by and reply_by < applied_on:
        raise ValidationError(_("They cannot answer before you applied: check the dates."),
                              "reply_by")
    return dict(
        company=company, position=position, level=one_of(level, tuple(Level), "level"),
        status=one_of(status, tuple(Status), "status"),
        applied_on=checked_day(applied_on, "applied on"),
        reply_by=checked_day(reply_by, "reply by"),
        country=country, posting_url=text(posting_url, "posting_url"),
        notes=text(notes, "notes"),
    )


def add_application(company: str, position: str, *, on: dt.date | None = None,
                    **fields) -> int:
    """Store an application and the first step of its status history (dated the day it
    was sent, else `on`, else today)."""
    checked = checked_application(company, position, **fields)
    with database_proxy.atomic():
        application = Application.create(**checked)
        change_status(application, checked["status"],
                      checked["applied_on"] or on or dt.date.today())
        return application.id


def list_applications(status: str | None = None) -> list[ApplicationRecord]:
    """Applications, newest first (only those of `status` when given), each with the day
    of its next planned follow-up."""
    query = Application.select().order_by(Application.created_at.desc(), Application.id.desc())
    if status:
        query = query.where(Application.status == status)
    upcoming = {row.application_id: row.next for row in (
        FollowUp.select(FollowUp.application, fn.MIN(FollowUp.planned_date).alias("next"))
        .where((FollowUp.state == State.PLANNED) & FollowUp.application.is_null(False))
        .group_by(FollowUp.application))}
    return [ApplicationRecord(a.id, a.company, a.position, a.level, a.status, a.reply_by,
                              a.applied_on, _as_date(upcoming.get(a.id))) for a in query]


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def checked_interviewers(interviewer_ids: list[int]) -> list[Contact]:
    """The interviewers chosen, in the order given (the first gets the check-ins)."""
    if not interviewer_ids:
        raise ValidationError(_("Choose at least one interviewer."), "interviewers")
    contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(interviewer_ids))}
    if any(i not in contacts for i in interviewer_ids):
        raise ValidationError(_("That contact no longer exists."), "interviewers")
    return [contacts[i] for i in dict.fromkeys(interviewer_ids)]


def log_interview(
    application_id: int, starts_at: dt.datetime, interviewer_ids: list[int], *,
    format: str = "on-site", highlight: str = "", surprise: str = "", resonated: str = "",
    personal_detail: str = "",
) -> list[int]:
    """Store an interview and the follow-ups the rules plan for it, in one transaction.

    Each interviewer gets a thank-you email, and a handwritten note when they have a
    postal address or prefer letters (R1, R2); the first interviewer gets the check-ins
    and the keep-in-touch note (R4–R9, R14), replacing those still planned for the
    application by an earlier interview.
    """
    application = Application.get_or_none(Application.id == application_id)
    if application is None:
        raise ValidationError(_("That application no longer exists."), "application")
    contacts = checked_interviewers(interviewer_ids)
    checked_day(starts_at, "interview")
    interview = Interview(starts_at, checked_day(application.reply_by, "reply by"))
    points = dict(highlight=text(highlight, "highlight"), surprise=text(surprise, "surprise"),
                  resonated=text(resonated, "resonated"),
                  personal_detail=text(personal_detail, "personal_detail"))
    one_of(format, FORMATS, "format")
    created: list[int] = []
    with database_proxy.atomic():
        row = InterviewRow.create(application=application, starts_at=starts_at,
                                  format=format, **points)
        for contact in contacts:
            InterviewParticipant.create(interview=row, contact=contact)
        FollowUp.delete().where(
            (FollowUp.application == application) & (FollowUp.state == State.PLANNED)
            & (FollowUp.kind.in_(_WAITING_KINDS))
        ).execute()
        for position, contact in enumerate(contacts):
            recipient = recipient_of(contact, application)
            plan = plan_after_interview(interview, recipient,
                                        transit_days_to(recipient.country))
            for item in plan:
                if item.kind is Kind.THANK_YOU_NOTE and not sends_note(contact):
                    continue
                if item.kind.waits_for_answer and position > 0:
                    continue
                created.append(store(item, contact, starts_at.date(),
                                     application=application, interview=row).follow_up_id)
        if application.status == Status.APPLIED:  # interviewing from the interview's day
            change_status(application, Status.INTERVIEWING, starts_at.date())
    return created
