"""Which new messages concern the search, and what each concerns.

A message in the Inbox is a reply when it comes from a contact's address, or answers a
message the app knows (its In-Reply-To or References name one: a draft the app placed,
a note or a reply seen before); it concerns the application of that thread, else the one
the contact has a follow-up planned for, else the one they last wrote about. A message
in the Sent folder is a note the user sent from their mail app when it goes to a contact
who has an email follow-up planned around that day (or is a draft the app placed).

Everything else — strangers, newsletters, the user's own notes to themselves — is left
alone and not kept. A reply already logged by hand (an exchange from them that day or
later) is not suggested again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from jobfollowup.rules.kinds import Channel, Direction, MailKind, MailRole, MailStatus, State
from jobfollowup.services.mail.reading import Header
from jobfollowup.storage.models import (
    Contact,
    FollowUp,
    Interaction,
    InterviewParticipant,
    MailMessage,
    Reference,
)
from jobfollowup.storage.models import Interview as InterviewRow

# A note sent from the mail app matches an email follow-up planned this many days after
# it (sent early) to this many days before it (sent late).
EARLY, LATE = dt.timedelta(days=7), dt.timedelta(days=21)


@dataclass(frozen=True)
class Match:
    kind: MailKind
    header: Header
    contact_id: int
    address: str  # the contact's address the message came from or went to
    application_id: int | None
    follow_up_id: int | None


def _addresses() -> dict[str, int]:
    """Each contact's address (lower case) → the contact; the first one stored wins."""
    found: dict[str, int] = {}
    for contact_id, email in Contact.select(Contact.id, Contact.email).where(
            Contact.email != "").order_by(Contact.id).tuples():
        for address in email.replace(";", ",").split(","):
            found.setdefault(address.strip().lower(), contact_id)
    return found


def _threads() -> dict[str, tuple[int, int | None]]:
    """Every Message-ID the app knows → (contact, application) of its thread."""
    return {message_id: (contact_id, application_id) for message_id, contact_id,
            application_id in MailMessage.select(
                MailMessage.message_id, MailMessage.contact, MailMessage.application).tuples()}


def _planned_for(contact_id: int, application_id: int | None = None,
                 channel: Channel | None = None):
    query = FollowUp.select().where((FollowUp.contact == contact_id)
                                    & (FollowUp.state == State.PLANNED))
    if application_id is not None:
        query = query.where(FollowUp.application == application_id)
    if channel is not None:
        query = query.where(FollowUp.channel == channel.value)
    return query.order_by(FollowUp.planned_date, FollowUp.id)


def _application_of(contact_id: int) -> int | None:
    """The application a contact's message is most likely about: the one a follow-up to
    them is planned for, else the one of their latest exchange, else their latest
    interview or reference."""
    planned = _planned_for(contact_id).where(FollowUp.application.is_null(False)).first()
    if planned is not None:
        return planned.application_id
    latest = (Interaction.select(Interaction.application).where(
        (Interaction.contact == contact_id) & Interaction.application.is_null(False))
        .order_by(Interaction.date.desc(), Interaction.id.desc()).first())
    if latest is not None:
        return latest.application_id
    interview = (InterviewRow.select(InterviewRow.application).join(InterviewParticipant)
                 .where(InterviewParticipant.contact == contact_id)
                 .order_by(InterviewRow.starts_at.desc()).first())
    if interview is not None:
        return interview.application_id
    reference = (Reference.select(Reference.application).where(Reference.contact == contact_id)
                 .order_by(Reference.id.desc()).first())
    return reference.application_id if reference is not None else None


def _already_logged(contact_id: int, day: dt.date) -> bool:
    return Interaction.select().where(
        (Interaction.contact == contact_id) & (Interaction.direction == Direction.IN)
        & (Interaction.date >= day)).exists()


def _reply(header: Header, addresses: dict[str, int],
           threads: dict[str, tuple[int, int | None]]) -> Match | None:
    thread = next((threads[i] for i in header.thread if i in threads), None)
    contact_id = addresses.get(header.sender)
    if contact_id is None and thread is None:
        return None  # a stranger, about nothing the app knows
    if contact_id is None or (thread is not None and thread[0] == contact_id):
        contact_id, application_id = thread
    else:
        application_id = _application_of(contact_id)
    if _already_logged(contact_id, header.day):
        return None
    answered = _planned_for(contact_id, application_id).first() \
        if application_id is not None else None
    return Match(MailKind.REPLY, header, contact_id, header.sender, application_id,
                 answered.id if answered is not None else None)


def _placed_drafts() -> dict[str, int]:
    return {message_id: follow_up_id for message_id, follow_up_id in MailMessage.select(
        MailMessage.message_id, MailMessage.follow_up).where(
        (MailMessage.kind == MailKind.DRAFT) & MailMessage.follow_up.is_null(False)).tuples()}


def _pending_follow_ups() -> set[int]:
    """Follow-ups a note already waits to be confirmed for."""
    return {f for (f,) in MailMessage.select(MailMessage.follow_up).where(
        (MailMessage.kind == MailKind.SENT) & (MailMessage.status == MailStatus.SUGGESTED)
        & MailMessage.follow_up.is_null(False)).tuples()}


def _sent(header: Header, addresses: dict[str, int], drafts: dict[str, int],
          taken: set[int]) -> Match | None:
    placed = drafts.get(header.message_id)
    if placed is not None:
        item = FollowUp.get_or_none(FollowUp.id == placed)
        if item is not None and item.state == State.PLANNED and item.id not in taken:
            address = next((a for a in header.recipients
                            if addresses.get(a) == item.contact_id), item.contact.email)
            return Match(MailKind.SENT, header, item.contact_id, address.lower(),
                         item.application_id, item.id)
    for address in header.recipients:
        contact_id = addresses.get(address)
        if contact_id is None:
            continue
        around = [f for f in _planned_for(contact_id, channel=Channel.EMAIL).where(
            FollowUp.planned_date.between(header.day - LATE, header.day + EARLY))
            if f.id not in taken]
        if around:
            closest = min(around, key=lambda f: (abs((f.planned_date - header.day).days),
                                                 f.planned_date, f.id))
            return Match(MailKind.SENT, header, contact_id, address,
                         closest.application_id, closest.id)
    return None


def find_matches(headers: Iterable[Header], own_address: str = "") -> list[Match]:
    """The matches among `headers`, oldest first; a message already known is skipped."""
    headers = sorted(headers, key=lambda h: (h.day, h.role, h.uid))
    addresses, threads = _addresses(), _threads()
    known = {(kind, message_id) for kind, message_id in
             MailMessage.select(MailMessage.kind, MailMessage.message_id).tuples()}
    drafts, taken = _placed_drafts(), _pending_follow_ups()
    matches: list[Match] = []
    for header in headers:
        if header.role == MailRole.INBOX:
            if (MailKind.REPLY, header.message_id) in known or (
                    own_address and header.sender == own_address):
                continue
            found = _reply(header, addresses, threads)
        else:
            if (MailKind.SENT, header.message_id) in known:
                continue
            found = _sent(header, addresses, drafts, taken)
        if found is not None:
            matches.append(found)
            known.add((found.kind, header.message_id))
            threads[header.message_id] = (found.contact_id, found.application_id)
            if found.kind == MailKind.SENT and found.follow_up_id is not None:
                taken.add(found.follow_up_id)
    return matches
