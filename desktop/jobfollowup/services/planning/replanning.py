"""Storing plans, and re-planning: when a fact a plan came from changes (a country, a
preferred channel, the employer's timeline, a status), the follow-ups still planned move
with it. Done and skipped follow-ups are history and are never touched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import WEEKDAY, format_date
from jobfollowup.rules import (
    Channel,
    Interview,
    Kind,
    PlannedFollowUp,
)
from jobfollowup.rules.days import next_post_day
from jobfollowup.rules.kinds import SENIOR_LEVELS, State
from jobfollowup.rules.plans import (
    NOTE_ARRIVES_WITHIN,
    Occasion,
    fit_after_sent,
    keep_in_touch,
    plan_again,
    plan_check_ins,
    thank_you_note,
    window_end,
)
from jobfollowup.services.planning.places import recipient_of, transit_days_to
from jobfollowup.storage.models import Application, Contact, FollowUp, InterviewParticipant
from jobfollowup.storage.models import Interview as InterviewRow


@dataclass(frozen=True)
class Change:
    """One follow-up newly planned (before None), moved, or dropped (after None)."""

    follow_up_id: int
    kind: Kind
    contact_name: str
    before: dt.date | None
    after: dt.date | None
    channel: Channel


@dataclass(frozen=True)
class PlanChanges:
    """What an edit or an event did to the plan, for the interface to say; `remarks` say
    what the rules would have planned and could not (in the interface language)."""

    changes: tuple[Change, ...] = ()
    remarks: tuple[str, ...] = ()

    def __add__(self, other: PlanChanges) -> PlanChanges:
        return PlanChanges(self.changes + other.changes, self.remarks + other.remarks)

    def __bool__(self) -> bool:
        return bool(self.changes or self.remarks)

    @property
    def planned(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.before is None)

    @property
    def moved(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.before is not None and c.after is not None)

    @property
    def dropped(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.after is None)


def store(item: PlannedFollowUp, contact: Contact, planned_from: dt.date, *,
          application: Application | None = None, interview: InterviewRow | None = None,
          reference=None) -> Change:
    """Store one planned follow-up with its reasons and the day its plan started from."""
    row = FollowUp.create(
        kind=item.kind.value, contact=contact, application=application, interview=interview,
        reference=reference, channel=item.channel.value, planned_date=item.date,
        deadline=item.deadline, reasons=[r.to_json() for r in item.reasons],
        planned_from=planned_from)
    return Change(row.id, item.kind, contact.name, None, item.date, item.channel)


def apply_plan(row: FollowUp, item: PlannedFollowUp) -> Change | None:
    """Bring a planned follow-up to `item`; the change the user would notice (its day or
    its channel), else None (new reasons or deadline alone are kept quietly)."""
    reasons = [r.to_json() for r in item.reasons]
    if (row.planned_date, row.channel, row.deadline, row.reasons) == (
            item.date, item.channel.value, item.deadline, reasons):
        return None
    before, seen = row.planned_date, (row.planned_date, row.channel)
    row.planned_date, row.channel, row.deadline, row.reasons = (
        item.date, item.channel.value, item.deadline, reasons)
    row.save()
    if seen == (item.date, item.channel.value):
        return None
    return Change(row.id, item.kind, row.contact.name, before, item.date, item.channel)


def drop(row: FollowUp) -> Change:
    """Delete a planned follow-up, saying so."""
    change = Change(row.id, Kind(row.kind), row.contact.name, row.planned_date, None,
                    Channel(row.channel))
    row.delete_instance()
    return change


def is_waiting_kind(row: FollowUp) -> bool:
    """Check-ins and the keep-in-touch note that ends them: planned per application."""
    return row.kind == Kind.CHECK_IN.value or (
        row.kind == Kind.KEEP_IN_TOUCH.value and row.interview_id is not None)


def _started(row: FollowUp) -> dt.date:
    return row.planned_from or row.created_at.date()


def _fresh_plan(row: FollowUp) -> PlannedFollowUp | None:
    """The plan the rules would make for this follow-up today, from the same event."""
    application, interview = row.application, row.interview
    recipient = recipient_of(row.contact, application)
    facts = None
    if interview is not None:
        facts = Interview(interview.starts_at, application.reply_by if application else None)
    return plan_again(Kind(row.kind), Occasion(
        _started(row), recipient, facts, transit_days_to(recipient.country),
        senior=application is not None and application.level in SENIOR_LEVELS))


def _replan_rows(rows) -> PlanChanges:
    changes: list[Change] = []
    waiting: set[int] = set()
    for row in rows:
        if is_waiting_kind(row):
            if row.application_id is not None:
                waiting.add(row.application_id)
            continue
        item = _fresh_plan(row)
        change = apply_plan(row, item) if item is not None else None
        if change is not None:
            changes.append(change)
    result = PlanChanges(tuple(changes))
    for application_id in sorted(waiting):
        result += replan_waiting(Application.get_by_id(application_id))
    return result


def _planned():
    return FollowUp.select().where(FollowUp.state == State.PLANNED).order_by(
        FollowUp.planned_date, FollowUp.id)


def replan_contact(contact: Contact) -> PlanChanges:
    """After a contact's country, subdivision or preferred channel changed."""
    return _replan_rows(list(_planned().where(FollowUp.contact == contact)))


def sends_note(contact: Contact) -> bool:
    """R2: a handwritten note goes to those with a postal address or who prefer letters."""
    return bool(contact.postal_address) or contact.preferred_channel == Channel.LETTER


def plan_missing_notes(contact: Contact, today: dt.date) -> PlanChanges:
    """R2 for someone who can now be written to by hand (their postal address was just
    added): the handwritten thank-you of each interview they took part in that has none,
    mailed as soon as the post allows, while it can still arrive within 7 days. One that
    no longer can is said, not planned (for an interview of the last week only: an old
    one needs no word)."""
    if not sends_note(contact):
        return PlanChanges()
    changes, remarks = [], []
    interviews = (InterviewRow.select().join(InterviewParticipant)
                  .where(InterviewParticipant.contact == contact)
                  .order_by(InterviewRow.starts_at))
    for interview in interviews:
        if FollowUp.select().where(
                (FollowUp.interview == interview) & (FollowUp.contact == contact)
                & (FollowUp.kind == Kind.THANK_YOU_NOTE.value)).exists():
            continue  # planned, sent or skipped: the person decided already
        if interview.starts_at.date() + NOTE_ARRIVES_WITHIN < today:
            continue
        application = interview.application
        recipient = recipient_of(contact, application)
        item = thank_you_note(Interview(interview.starts_at, application.reply_by),
                              recipient.calendar, transit_days_to(recipient.country))
        day = max(item.date, next_post_day(today, recipient.calendar))
        if item.deadline is None or day > item.deadline:
            remarks.append(_("Too late for a handwritten note to {name} for the interview of "
                             "{date}: it could no longer arrive within 7 days.").format(
                name=contact.name, date=format_date(interview.starts_at.date(),
                                                    current_language(), WEEKDAY)))
            continue
        changes.append(store(dataclasses.replace(item, date=day), contact,
                             interview.starts_at.date(), application=application,
                             interview=interview))
    return PlanChanges(tuple(changes), tuple(remarks))


def drop_unsendable_notes(contact: Contact) -> PlanChanges:
    """R2 the other way: someone who can no longer be written to by hand (their postal
    address was removed and they do not prefer letters) gets none of the handwritten notes
    still planned for them. They are dropped, not skipped, so that an address given again
    plans them anew (`plan_missing_notes`); the plan summary names each one."""
    if sends_note(contact):
        return PlanChanges()
    notes = list(_planned().where((FollowUp.contact == contact)
                                  & (FollowUp.kind == Kind.THANK_YOU_NOTE.value)))
    return PlanChanges(tuple(drop(row) for row in notes))


def replan_application_place(application: Application) -> PlanChanges:
    """After an application's country changed: its contacts without a country of their own."""
    rows = (_planned().join(Contact).where((FollowUp.application == application)
                                           & (Contact.country == "")))
    return _replan_rows(list(rows))


def _first_interviewer(interview: InterviewRow) -> Contact | None:
    first = (InterviewParticipant.select().where(InterviewParticipant.interview == interview)
             .order_by(InterviewParticipant.id).first())
    return first.contact if first else None


def replan_waiting(application: Application, anew: bool = False,
                   to: Contact | None = None) -> PlanChanges:
    """R4–R6, R14: the check-ins and keep-in-touch note after the latest interview, from
    the timeline as it stands now; check-ins already sent still count in R6's two weeks.
    With none planned, `anew` plans them for `to` (by default the latest interview's
    first interviewer)."""
    latest = (InterviewRow.select().where(InterviewRow.application == application)
              .order_by(InterviewRow.starts_at.desc()).first())
    if latest is None:
        return PlanChanges()
    planned = [r for r in _planned().where(FollowUp.application == application)
               if is_waiting_kind(r)]
    contact = planned[0].contact if planned else (to or _first_interviewer(latest)) if anew \
        else None
    if contact is None:
        return PlanChanges()
    recipient = recipient_of(contact, application)
    facts = Interview(latest.starts_at, application.reply_by)
    full = plan_check_ins(facts, recipient)
    done = [r.done_on or r.planned_date for r in FollowUp.select().where(
        (FollowUp.application == application) & (FollowUp.interview == latest)
        & (FollowUp.kind == Kind.CHECK_IN.value) & (FollowUp.state == State.DONE))]
    check_ins = fit_after_sent(full, done)
    keep = keep_in_touch(window_end(full[0].date), recipient)
    changes: list[Change] = []
    for kind, items in ((Kind.CHECK_IN, check_ins), (Kind.KEEP_IN_TOUCH, [keep])):
        old = [r for r in planned if r.kind == kind.value]
        for row, item in zip(old, items, strict=False):
            change = apply_plan(row, item)
            if change is not None:
                changes.append(change)
        changes.extend(drop(row) for row in old[len(items):])
        changes.extend(store(item, contact, latest.starts_at.date(), application=application,
                             interview=latest) for item in items[len(old):])
    return PlanChanges(tuple(changes))

