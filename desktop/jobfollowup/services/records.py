"""Contacts, applications and interviews: the records the plans come from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jobfollowup.i18n import LANGUAGES, _
from jobfollowup.rules import Channel, Interview, plan_after_interview
from jobfollowup.rules.kinds import Kind
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.places import checked_place, recipient_of, transit_days_to
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    InterviewParticipant,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow

ROLES = ("interviewer", "hiring-manager", "recruiter", "reference", "network")
LEVELS = ("junior", "mid", "senior", "executive")
STATUSES = ("applied", "interviewing", "offer", "accepted", "declined", "rejected", "withdrawn")
MAX_TEXT = 10_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Follow-ups an interview plans for the application as a whole: replaced by a new plan.
_WAITING_KINDS = (Kind.CHECK_IN.value, Kind.KEEP_IN_TOUCH.value)


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    role: str
    organisation: str
    email: str
    preferred_channel: str | None
    country: str


@dataclass(frozen=True)
class ApplicationRecord:
    id: int
    company: str
    position: str
    level: str
    status: str
    reply_by: dt.date | None


def _text(value: str | None, field: str, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(_("The {field} cannot be empty.").format(field=field), field)
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("The {field} is too long ({count} characters; at most {most}).").format(
                field=field, count=len(text), most=MAX_TEXT), field)
    return text


def _one_of(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(
            _("“{value}” is not a valid {field}: choose one of {choices}.").format(
                value=value, field=field, choices=", ".join(allowed)), field)
    return value


def checked_contact(
    name: str, *, role: str = "interviewer", organisation: str = "", email: str = "",
    phone: str = "", postal_address: str = "", preferred_channel: str | None = None,
    note_language: str = "en", country: str = "", subdivision: str | None = None,
    form_of_address: str = "", first_name_terms: bool = False, personal_details: str = "",
    notes: str = "",
) -> dict:
    """The fields of a contact as they would be stored, or ValidationError for the first
    wrong one (imports check each line with it before storing anything)."""
    email = _text(email, "email")
    if email and not _EMAIL.match(email):
        raise ValidationError(_("“{value}” is not an email address.").format(value=email),
                              "email")
    if country:
        country, subdivision = checked_place(country, subdivision)
    else:
        subdivision = None
    if preferred_channel:
        _one_of(preferred_channel, tuple(c.value for c in Channel), "channel")
    return dict(
        name=_text(name, "name", required=True), role=_one_of(role, ROLES, "role"),
        organisation=_text(organisation, "organisation"), email=email,
        phone=_text(phone, "phone"), postal_address=_text(postal_address, "postal address"),
        preferred_channel=preferred_channel or None,
        note_language=_one_of(note_language, LANGUAGES, "note language"),
        country=country, subdivision=subdivision,
        form_of_address=_text(form_of_address, "form of address"),
        first_name_terms=bool(first_name_terms),
        personal_details=_text(personal_details, "personal details"),
        notes=_text(notes, "notes"),
    )


def add_contact(name: str, **details) -> int:
    """Store a contact after checking every field; nothing is stored when one is wrong."""
    fields = checked_contact(name, **details)
    with database_proxy.atomic():
        return Contact.create(**fields).id


def list_contacts(search: str = "") -> list[ContactRecord]:
    query = Contact.select().order_by(Contact.name)
    if search.strip():
        query = query.where(Contact.name.contains(search.strip()))
    return [
        ContactRecord(c.id, c.name, c.role, c.organisation, c.email, c.preferred_channel,
                      c.country)
        for c in query
    ]


def add_application(
    company: str, position: str, *, level: str = "mid", status: str = "applied",
    applied_on: dt.date | None = None, reply_by: dt.date | None = None, country: str = "",
    posting_url: str = "", notes: str = "",
) -> int:
    if country:
        country = checked_place(country, None)[0]
    fields = dict(
        company=_text(company, "company", required=True),
        position=_text(position, "position", required=True),
        level=_one_of(level, LEVELS, "level"), status=_one_of(status, STATUSES, "status"),
        applied_on=checked_day(applied_on, "applied on"),
        reply_by=checked_day(reply_by, "reply by"), country=country,
        posting_url=_text(posting_url, "posting link"), notes=_text(notes, "notes"),
    )
    with database_proxy.atomic():
        return Application.create(**fields).id


def list_applications() -> list[ApplicationRecord]:
    query = Application.select().order_by(Application.created_at.desc(), Application.id.desc())
    return [ApplicationRecord(a.id, a.company, a.position, a.level, a.status, a.reply_by)
            for a in query]


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
    if not interviewer_ids:
        raise ValidationError(_("Choose at least one interviewer."), "interviewers")
    contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(interviewer_ids))}
    missing = [i for i in interviewer_ids if i not in contacts]
    if missing:
        raise ValidationError(_("That contact no longer exists."), "interviewers")
    checked_day(starts_at, "interview")
    interview = Interview(starts_at, checked_day(application.reply_by, "reply by"))
    points = dict(highlight=_text(highlight, "highlight"), surprise=_text(surprise, "surprise"),
                  resonated=_text(resonated, "what resonated"),
                  personal_detail=_text(personal_detail, "personal detail"))
    created: list[int] = []
    with database_proxy.atomic():
        row = InterviewRow.create(application=application, starts_at=starts_at,
                                  format=format, **points)
        for contact_id in interviewer_ids:
            InterviewParticipant.create(interview=row, contact=contacts[contact_id])
        FollowUp.delete().where(
            (FollowUp.application == application) & (FollowUp.state == "planned")
            & (FollowUp.kind.in_(_WAITING_KINDS))
        ).execute()
        for position, contact_id in enumerate(interviewer_ids):
            contact = contacts[contact_id]
            recipient = recipient_of(contact, application)
            plan = plan_after_interview(interview, recipient,
                                        transit_days_to(recipient.country))
            for item in plan:
                if item.kind is Kind.THANK_YOU_NOTE and not (
                    contact.postal_address or contact.preferred_channel == Channel.LETTER
                ):
                    continue
                if item.kind.value in _WAITING_KINDS and position > 0:
                    continue
                created.append(FollowUp.create(
                    kind=item.kind.value, contact=contact, application=application,
                    interview=row, channel=item.channel.value, planned_date=item.date,
                    deadline=item.deadline, reasons=[r.to_json() for r in item.reasons],
                ).id)
        if application.status == "applied":
            application.status = "interviewing"
            application.save()
    return created
