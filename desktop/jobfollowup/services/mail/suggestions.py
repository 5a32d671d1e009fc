"""What a check of the mailbox leaves in the data: where each folder was read up to, and
the suggestions it found — and what the user makes of them.

Accepting a reply logs it as their reply about its application, as "They replied" does:
the check-ins still planned stop (records/replies.py), and an email from someone who
prefers another channel comes back as a suggested new preference (R8). Accepting a note
seen in the Sent folder marks its follow-up sent on the day it went, keeping the exchange
in the history. Dismissing keeps the message known, so it is not suggested again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Channel, Kind, MailKind, MailRole, MailStatus, State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.mail.matching import find_matches
from jobfollowup.services.mail.reading import Fetched, FolderState
from jobfollowup.services.planning import follow_ups
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records.replies import Replied, reply_received
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    MailFolder,
    MailMessage,
    database_proxy,
)


@dataclass(frozen=True)
class Suggestion:
    """A message that concerns the search, waiting for the user's word."""

    id: int
    kind: MailKind
    day: dt.date
    address: str
    subject: str
    contact_id: int
    contact_name: str
    preferred_channel: Channel | None
    application_id: int | None
    company: str
    position: str
    follow_up_id: int | None
    follow_up_kind: Kind | None
    follow_up_day: dt.date | None


@dataclass(frozen=True)
class Accepted:
    suggestion: Suggestion
    replied: Replied | None  # a reply: what it did to the plan
    moved: tuple[int, ...] = ()  # a sent check-in: the later ones it re-spaced

    @property
    def changes(self) -> PlanChanges:
        return self.replied.changes if self.replied is not None else PlanChanges()


def folder_states() -> dict[MailRole, FolderState]:
    """Where each folder was read up to."""
    return {MailRole(row.role): FolderState(MailRole(row.role), row.name, row.uidvalidity,
                                            row.uidnext) for row in MailFolder.select()}


def check_mail(today: dt.date | None = None) -> list[int]:
    """One whole check, here and now (the command line's, and a script's): read what is
    new, store it, return the new suggestions. The window splits it in two, to read on
    another thread (reading.fetch_new) and store on its own (record_check)."""
    from jobfollowup.services.mail.account import read_password, stored_account
    from jobfollowup.services.mail.reading import fetch_new

    account = stored_account()
    if account is None:
        raise ValidationError(_("No mail account is set up: set one up in Preferences → "
                                "Mail, or with “mail-account set”."), "server")
    fetched = fetch_new(account, read_password(account), folder_states(),
                        today or dt.date.today())
    return record_check(fetched, account.address)


def record_check(fetched: Fetched, own_address: str = "",
                 now: dt.datetime | None = None) -> list[int]:
    """Store what a check brought, in one transaction: the folders' new bookmarks and a
    suggestion for each message that concerns the search. Returns the new suggestions."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with database_proxy.atomic():
        for state in fetched.states:
            MailFolder.insert(role=state.role.value, name=state.name,
                              uidvalidity=state.uidvalidity, uidnext=state.uidnext,
                              checked_at=now).on_conflict(
                conflict_target=[MailFolder.role],
                update={MailFolder.name: state.name,
                        MailFolder.uidvalidity: state.uidvalidity,
                        MailFolder.uidnext: state.uidnext,
                        MailFolder.checked_at: now}).execute()
        made = []
        for match in find_matches(fetched.headers, own_address):
            made.append(MailMessage.create(
                kind=match.kind, status=MailStatus.SUGGESTED,
                message_id=match.header.message_id, sent_on=match.header.day,
                address=match.address, subject=match.header.subject,
                contact=match.contact_id, application=match.application_id,
                follow_up=match.follow_up_id, created_at=now).id)
    return made


def _query():
    return (MailMessage.select(MailMessage, Contact, Application, FollowUp)
            .join(Contact).switch(MailMessage)
            .join(Application, JOIN.LEFT_OUTER).switch(MailMessage)
            .join(FollowUp, JOIN.LEFT_OUTER))


def _suggestion(row: MailMessage) -> Suggestion:
    application, follow_up = row.application, row.follow_up
    return Suggestion(
        row.id, MailKind(row.kind), row.sent_on, row.address, row.subject, row.contact_id,
        row.contact.name, Channel(row.contact.preferred_channel)
        if row.contact.preferred_channel else None, row.application_id,
        application.company if application else "", application.position if application
        else "", row.follow_up_id, Kind(follow_up.kind) if follow_up else None,
        follow_up.planned_date if follow_up else None)


def pending(ids: list[int] | None = None) -> list[Suggestion]:
    """The suggestions waiting for the user (those of `ids` only, when given), the newest
    first. A note whose follow-up is no longer planned (marked sent by hand meanwhile) is
    left out: there is nothing left to do with it."""
    query = _query().where(MailMessage.status == MailStatus.SUGGESTED)
    if ids is not None:
        query = query.where(MailMessage.id.in_(ids))
    rows = query.order_by(MailMessage.sent_on.desc(), MailMessage.id.desc())
    return [_suggestion(row) for row in rows
            if row.kind == MailKind.REPLY or (row.follow_up is not None
                                              and row.follow_up.state == State.PLANNED)]


def _get(suggestion_id: int) -> MailMessage:
    row = _query().where(MailMessage.id == suggestion_id).first()
    if row is None or row.status != MailStatus.SUGGESTED:
        raise ValidationError(_("This suggestion has already been dealt with."),
                              "suggestion")
    return row


def accept(suggestion_id: int) -> Accepted:
    """Do what the suggestion says, in one transaction (one step for Edit → Undo)."""
    with database_proxy.atomic():
        row = _get(suggestion_id)
        suggestion = _suggestion(row)
        replied, moved = None, []
        if suggestion.kind == MailKind.REPLY:
            summary = _("Email: {subject}").format(subject=suggestion.subject) \
                if suggestion.subject else _("Email")
            replied = reply_received(suggestion.contact_id, suggestion.day,
                                     Channel.EMAIL.value, summary, suggestion.application_id)
        else:
            moved = _mark_sent(suggestion)
        row.status = MailStatus.ACCEPTED
        row.save()
    return Accepted(suggestion, replied, tuple(moved))


def _mark_sent(suggestion: Suggestion) -> list[int]:
    """The follow-up went out from the mail app on that day: marked sent with the text the
    app holds and the subject it went with. The name was the user's to check in their mail
    app; the proofreader does not stop a note already sent (R15 is for before sending)."""
    from jobfollowup.services.planning.drafts import open_draft

    item = FollowUp.get_or_none(FollowUp.id == suggestion.follow_up_id)
    if item is None or item.state != State.PLANNED:
        raise ValidationError(_("That follow-up is no longer waiting to be sent."),
                              "follow_up")
    draft = open_draft(item.id)
    return follow_ups.mark_done(item.id, suggestion.day, suggestion.subject or draft.subject,
                                draft.body, name_checked=True)


def dismiss(suggestion_id: int) -> None:
    """Not what the app thought: kept as known, never suggested again."""
    with database_proxy.atomic():
        row = _get(suggestion_id)
        row.status = MailStatus.DISMISSED
        row.save()


def describe(suggestion: Suggestion) -> str:
    """What accepting it changes, in words."""
    if suggestion.kind == MailKind.SENT:
        kind = suggestion.follow_up_kind
        return _("Marks “{follow_up}” sent on {date}.").format(
            follow_up=kind.task(suggestion.contact_name) if kind else suggestion.contact_name,
            date=_day(suggestion.day))
    if suggestion.application_id is None:
        return _("Logs their reply in {name}'s history.").format(name=suggestion.contact_name)
    return _("Logs their reply about {company} — {position}; the check-ins still planned "
             "for it stop.").format(company=suggestion.company, position=suggestion.position)


def _day(day: dt.date) -> str:
    from jobfollowup.i18n import current_language
    from jobfollowup.i18n.formatting import format_day

    return format_day(day, current_language(), with_year=day.year != dt.date.today().year)
