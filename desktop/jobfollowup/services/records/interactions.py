"""The history of what was said with each person, and what it teaches about channels.

R8: when someone answers on another channel than the one on file, that is their
preference — the app suggests updating it. R9: one channel per person — planning a
follow-up on a channel never used with them earns a warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from jobfollowup.i18n import _, labelled
from jobfollowup.rules import Channel, Kind
from jobfollowup.rules.kinds import Direction
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fields import one_of, text
from jobfollowup.services.planning.replanning import PlanChanges, replan_contact, sends_note
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    database_proxy,
)


@dataclass(frozen=True)
class InteractionRow:
    id: int
    date: dt.date
    channel: Channel
    direction: str
    summary: str
    company: str


@dataclass(frozen=True)
class Logged:
    """A logged interaction; `suggested_channel` is set when R8 suggests a new preference."""

    id: int
    suggested_channel: Channel | None


def _contact(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ValidationError(_("That contact no longer exists."), "contact")
    return contact


def log_interaction(contact_id: int, date: dt.date, channel: str, direction: str,
                    summary: str = "", application_id: int | None = None) -> Logged:
    """Record one exchange. A reply (direction "in") on a channel other than the preferred
    one comes back with that channel as a suggested new preference (R8)."""
    if not isinstance(date, dt.date):
        raise ValidationError(_("Give the date of the exchange."), "date")
    channel = one_of(channel, tuple(c.value for c in Channel), "channel")
    direction = one_of(direction, tuple(Direction), "direction")
    summary = text(summary, "summary")
    with database_proxy.atomic():
        contact = _contact(contact_id)
        application = None
        if application_id is not None:
            application = Application.get_or_none(Application.id == application_id)
            if application is None:
                raise ValidationError(_("That application no longer exists."), "application")
        row = Interaction.create(contact=contact, application=application, date=date,
                                 channel=channel, direction=direction, summary=summary)
    suggestion = None
    if direction == "in" and contact.preferred_channel != channel:
        suggestion = Channel(channel)
    return Logged(row.id, suggestion)


def delete_interaction(interaction_id: int) -> None:
    """Delete one logged exchange."""
    with database_proxy.atomic():
        if not Interaction.delete().where(Interaction.id == interaction_id).execute():
            raise ValidationError(_("That interaction no longer exists."), "interaction")


def make_preferred(contact_id: int, channel: str) -> PlanChanges:
    """R8: their answer showed how they like to be reached; planned follow-ups follow."""
    channel = one_of(channel, tuple(c.value for c in Channel), "channel")
    with database_proxy.atomic():
        contact = _contact(contact_id)
        contact.preferred_channel = channel
        contact.save()
        return replan_contact(contact)


def history(contact_id: int) -> list[InteractionRow]:
    """Every exchange with a contact, the latest first."""
    query = (Interaction.select(Interaction, Application)
             .join(Application, join_type=JOIN.LEFT_OUTER)
             .where(Interaction.contact == contact_id)
             .order_by(Interaction.date.desc(), Interaction.id.desc()))
    return [InteractionRow(i.id, i.date, Channel(i.channel), i.direction,
                           shown_summary(i.summary),
                           i.application.company if i.application else "") for i in query]


def shown_summary(stored: str) -> str:
    """A note marked sent is stored as "check-in: <its subject>" (the kind's code finds it
    again when it is marked not sent); a person reads the kind in their language: "Relance :
    <subject>", or the kind alone when the note had no subject."""
    code, colon, subject = stored.partition(": ")
    try:
        kind = Kind(code)
    except ValueError:  # what the user wrote
        return stored
    if not colon:
        return stored
    return kind.label if subject == kind.label_in("en") else labelled(kind.label, subject)


def channels_used(contact_id: int) -> set[Channel]:
    """The channels already used with a person: their preference and every exchange."""
    contact = _contact(contact_id)
    used = {Channel(row.channel) for row in
            Interaction.select(Interaction.channel).where(Interaction.contact == contact)
            .distinct()}
    if contact.preferred_channel:
        used.add(Channel(contact.preferred_channel))
    return used


def channel_warning(contact_id: int, channel: Channel | str, kind: Kind | None = None
                    ) -> str | None:
    """R9: a warning when `channel` was never used with this person (who has been reached
    some other way); None when it is fine. Notes by post that R2 and R13 ask for are fine."""
    channel = Channel(channel)
    if kind is not None and Kind(kind).handwritten and channel is Channel.LETTER:
        return None
    used = channels_used(contact_id)
    if not used or channel in used:
        return None
    contact = _contact(contact_id)
    return _("You have never used {channel} with {name} (so far: {used}). Stick to one "
             "channel with a person rather than branching out to a new one.").format(
        channel=channel.label, name=contact.name,
        used=", ".join(sorted(c.label for c in used)))


def without_postal_address(follow_up_ids: list[int]) -> list[tuple[int, str]]:
    """R2: the people thanked by these follow-ups for an interview who get no handwritten
    note because no postal address is known for them, as (id, name), once each: the plan
    says why rather than leaving the note out in silence."""
    found: dict[int, str] = {}
    thanks = (FollowUp.select().where(FollowUp.id.in_(follow_up_ids)
                                      & (FollowUp.kind == Kind.THANK_YOU_EMAIL.value)
                                      & FollowUp.interview.is_null(False))
              .order_by(FollowUp.id))
    for item in thanks:
        contact = item.contact
        if contact.id in found or sends_note(contact):
            continue
        if not FollowUp.select().where(
                (FollowUp.interview == item.interview_id) & (FollowUp.contact == contact)
                & (FollowUp.kind == Kind.THANK_YOU_NOTE.value)).exists():
            found[contact.id] = contact.name
    return list(found.items())


def plan_warnings(follow_up_ids: list[int]) -> list[str]:
    """R9 warnings for freshly planned follow-ups, one per person and channel."""
    seen, warnings = set(), []
    for item in FollowUp.select().where(FollowUp.id.in_(follow_up_ids)).order_by(FollowUp.id):
        key = (item.contact_id, item.channel)
        if key in seen:
            continue
        seen.add(key)
        warning = channel_warning(item.contact_id, item.channel, Kind(item.kind))
        if warning:
            warnings.append(warning)
    return warnings
