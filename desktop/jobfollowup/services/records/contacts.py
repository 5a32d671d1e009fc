"""Contacts: checked fields, search, edits that re-plan, and deletions that can be undone."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import fn

from jobfollowup.i18n import LANGUAGES, _, current_language
from jobfollowup.rules import Channel
from jobfollowup.rules.kinds import Role
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fields import one_of, text
from jobfollowup.services.planning.places import checked_place
from jobfollowup.services.planning.replanning import (
    PlanChanges,
    drop_unsendable_notes,
    plan_missing_notes,
    replan_contact,
    sends_note,
)
from jobfollowup.services.records.deletion import delete_in_order
from jobfollowup.services.records.edits import (
    detail_of,
    editable_fields,
    refuse_unknown,
)
from jobfollowup.storage.models import (
    Contact,
    FollowUp,
    Interaction,
    InterviewParticipant,
    MailMessage,
    Reference,
    database_proxy,
)

CHANNELS = tuple(c.value for c in Channel)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PLACE_AND_CHANNEL = ("country", "subdivision", "preferred_channel")


@dataclass(frozen=True)
class ContactDetail:
    """Every field of a contact, as the form shows it."""

    id: int
    name: str
    role: str = Role.INTERVIEWER
    organisation: str = ""
    email: str = ""
    phone: str = ""
    postal_address: str = ""
    preferred_channel: str | None = None
    note_language: str = "en"
    country: str = ""
    subdivision: str | None = None
    form_of_address: str = ""
    first_name_terms: bool = False
    personal_details: str = ""
    notes: str = ""


EDITABLE = editable_fields(ContactDetail)


@dataclass(frozen=True)
class Dependents:
    """What goes with a contact when it is deleted."""

    follow_ups: int
    interactions: int
    references: int
    interviews: int


def usual_note_language() -> str:
    """The language the person's notes are usually in (their set-up), else the interface's:
    a contact added without one gets it."""
    return settings.get("note_language") or current_language()


def checked_contact(name: str, *, role: str = Role.INTERVIEWER, organisation: str = "",
                    email: str = "", phone: str = "", postal_address: str = "",
                    preferred_channel: str | None = None, note_language: str = "",
                    country: str = "", subdivision: str | None = None,
                    form_of_address: str = "", first_name_terms: bool = False,
                    personal_details: str = "", notes: str = "") -> dict:
    """Every field checked, in the order of the form; the first wrong one is refused."""
    name = text(name, "name", required=True)
    email = text(email, "email")
    if email and not _EMAIL.match(email):
        raise ValidationError(_("“{value}” is not an email address.").format(value=email),
                              "email")
    country = (country or "").strip()
    if country:
        country, subdivision = checked_place(country, (subdivision or "").strip() or None)
    else:
        subdivision = None
    if preferred_channel:
        one_of(preferred_channel, CHANNELS, "preferred_channel")
    return dict(
        name=name, role=one_of(role, tuple(Role), "role"),
        organisation=text(organisation, "organisation"), email=email,
        phone=text(phone, "phone"), postal_address=text(postal_address, "postal_address"),
        preferred_channel=preferred_channel or None,
        note_language=one_of(note_language or usual_note_language(), LANGUAGES,
                             "note_language"),
        country=country, subdivision=subdivision,
        form_of_address=text(form_of_address, "form_of_address"),
        first_name_terms=bool(first_name_terms),
        personal_details=text(personal_details, "personal_details"),
        notes=text(notes, "notes"),
    )


def _get(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ValidationError(_("That contact no longer exists."), "contact")
    return contact


def get_contact(contact_id: int) -> ContactDetail:
    return detail_of(ContactDetail, _get(contact_id), EDITABLE)


def update_contact(contact_id: int, *, today: dt.date | None = None,
                   **changes) -> PlanChanges:
    """Change some fields of a contact, all checked together; nothing is saved half-way.

    A new country, subdivision or preferred channel re-plans the contact's follow-ups
    that are still planned (their holidays, post and channel have changed). A postal
    address or a liking for letters where there was neither plans the handwritten
    thank-yous their interviews went without (R2), as of `today`; taking both away drops
    the handwritten notes still planned, which could not be posted.
    """
    refuse_unknown(changes, EDITABLE, "contact")
    with database_proxy.atomic():
        contact = _get(contact_id)
        could_write = sends_note(contact)
        current = {name: getattr(contact, name) for name in EDITABLE}
        fields = checked_contact(**{**current, **changes})
        moved = any(fields[name] != current[name] for name in _PLACE_AND_CHANNEL)
        for name, value in fields.items():
            setattr(contact, name, value)
        contact.save()
        result = replan_contact(contact) if moved else PlanChanges()
        if not could_write:
            result += plan_missing_notes(contact, today or dt.date.today())
        else:
            result += drop_unsendable_notes(contact)
        return result





@dataclass(frozen=True)
class ContactRow:
    """A contact as the list shows it."""

    id: int
    name: str
    role: str
    organisation: str
    email: str
    preferred_channel: str | None
    country: str
    last_interaction: dt.date | None


def add_postal_address(contact_id: int, address: str,
                       today: dt.date | None = None) -> PlanChanges:
    """The address a handwritten thank-you was waiting for (R2): stored, and the notes
    still in time planned (`update_contact`)."""
    if not address.strip():
        raise ValidationError(_("Type the postal address, or cancel."), "postal_address")
    return update_contact(contact_id, today=today, postal_address=address)


def search_contacts(search: str = "") -> list[ContactRow]:
    """Contacts whose name, organisation or email contains `search`, by name."""
    last = (Interaction.select(Interaction.contact, fn.MAX(Interaction.date))
            .group_by(Interaction.contact).tuples())
    latest = dict(last)
    query = (Contact.select(Contact.id, Contact.name, Contact.role, Contact.organisation,
                            Contact.email, Contact.preferred_channel, Contact.country)
             .order_by(fn.LOWER(Contact.name), Contact.id))
    rows = [ContactRow(*row, _as_date(latest.get(row[0]))) for row in query.tuples()]
    words = search_words(search)
    return [row for row in rows if matches(search_key(row), words)] if words else rows


def search_words(search: str) -> str:
    """The search as it is compared: trimmed and case-folded ("élodie" finds "Élodie")."""
    return search.strip().casefold()


def search_key(row: ContactRow) -> tuple[str, ...]:
    """What a search looks in: the name, the organisation and the email, case-folded."""
    return (row.name.casefold(), row.organisation.casefold(), row.email.casefold())


def matches(key: tuple[str, ...], words: str) -> bool:
    return any(words in field for field in key)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def contact_names() -> list[tuple[int, str, str, str]]:
    """(id, name, organisation, role) of every contact, for pickers."""
    query = Contact.select(Contact.id, Contact.name, Contact.organisation, Contact.role)
    return [(c.id, c.name, c.organisation, c.role)
            for c in query.order_by(fn.LOWER(Contact.name))]


def _parts(contact: Contact) -> list:
    references = Reference.select(Reference.id).where(Reference.contact == contact)
    return [
        (Contact, Contact.id == contact.id),
        (Reference, Reference.contact == contact),
        (InterviewParticipant, InterviewParticipant.contact == contact),
        (FollowUp, (FollowUp.contact == contact) | FollowUp.reference.in_(references)),
        (Interaction, Interaction.contact == contact),
        (MailMessage, MailMessage.contact == contact),  # what their mail matched
    ]


def contact_dependents(contact_id: int) -> Dependents:
    contact = _get(contact_id)
    references = Reference.select(Reference.id).where(Reference.contact == contact)
    return Dependents(
        follow_ups=FollowUp.select().where((FollowUp.contact == contact)
                                           | FollowUp.reference.in_(references)).count(),
        interactions=Interaction.select().where(Interaction.contact == contact).count(),
        references=references.count(),
        interviews=InterviewParticipant.select().where(
            InterviewParticipant.contact == contact).count(),
    )


def delete_contact(contact_id: int) -> None:
    """Delete a contact with its follow-ups, interactions, reference roles and places in
    interviews."""
    with database_proxy.atomic():
        delete_in_order(_parts(_get(contact_id)))

