"""References of an application and where each stands in R11–R13.

Listing a contact as a reference plans the heads-up with talking points (R11); learning
that the employer contacted them plans the thank-you (R12); the outcome updates and the
landed-job card come with the application's status (see `applications.set_status`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import N_, _
from jobfollowup.rules import Kind, plan_reference_heads_up, plan_reference_thanks
from jobfollowup.rules.kinds import State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fields import one_of
from jobfollowup.services.planning.places import recipient_of
from jobfollowup.services.planning.replanning import PlanChanges, store
from jobfollowup.services.records.deletion import delete_in_order
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    MailMessage,
    Reference,
    database_proxy,
)

# The checklist of a reference, in order: event → (stored date, its label, the follow-up
# whose sending also ticks it).
STEPS: dict[str, tuple[str, str, Kind | None]] = {
    "asked": ("asked_on", N_("Asked"), None),
    "agreed": ("agreed_on", N_("Agreed"), None),
    "heads-up": ("heads_up_on", N_("Heads-up sent"), Kind.REFERENCE_HEADS_UP),
    "talking-points": ("talking_points_on", N_("Talking points sent"), None),
    "employer-contacted": ("employer_contacted_on", N_("Employer contacted them"), None),
    "thanked": ("thanked_on", N_("Thanked"), Kind.REFERENCE_THANKS),
    "outcome-told": ("outcome_told_on", N_("Told the outcome"), Kind.REFERENCE_OUTCOME),
    "gift": ("gift_on", N_("Card or gift sent"), Kind.REFERENCE_GIFT),
}
EVENTS = tuple(STEPS)


def step_label(event: str) -> str:
    return _(STEPS[event][1])


@dataclass(frozen=True)
class NextStep:
    kind: Kind
    date: dt.date


@dataclass(frozen=True)
class ReferenceRow:
    id: int
    contact_id: int
    contact_name: str
    dates: dict[str, dt.date | None]  # event → the day it happened, None: not yet
    next_step: NextStep | None  # the earliest follow-up still planned for them


def _get(reference_id: int) -> Reference:
    reference = Reference.get_or_none(Reference.id == reference_id)
    if reference is None:
        raise ValidationError(_("That reference no longer exists."), "reference")
    return reference


def add_reference(application_id: int, contact_id: int, on: dt.date) -> PlanChanges:
    """R11: list a contact as a reference and plan their heads-up for `on`."""
    with database_proxy.atomic():
        application = Application.get_or_none(Application.id == application_id)
        if application is None:
            raise ValidationError(_("That application no longer exists."), "application")
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise ValidationError(_("That contact no longer exists."), "contact")
        if Reference.select().where((Reference.application == application)
                                    & (Reference.contact == contact)).exists():
            raise ValidationError(_("{name} is already a reference for this application.")
                                  .format(name=contact.name), "contact")
        reference = Reference.create(application=application, contact=contact)
        item = plan_reference_heads_up(on, recipient_of(contact, application))
        return PlanChanges((store(item, contact, on, application=application,
                                  reference=reference),))


def record_event(reference_id: int, event: str, on: dt.date) -> PlanChanges:
    """Tick one step of a reference's checklist on `on`.

    "employer-contacted" plans the thank-you (R12) unless one is already planned or sent;
    a step that a follow-up stands for ("thanked", …) closes that follow-up as done.
    """
    one_of(event, EVENTS, "event")
    column, _label, kind = STEPS[event]
    with database_proxy.atomic():
        reference = _get(reference_id)
        setattr(reference, column, on)
        reference.save()
        if kind is not None:
            (FollowUp.update(state=State.DONE, done_on=on)
             .where((FollowUp.reference == reference) & (FollowUp.kind == kind.value)
                    & (FollowUp.state == State.PLANNED)).execute())
        if event != "employer-contacted" or FollowUp.select().where(
                (FollowUp.reference == reference)
                & (FollowUp.kind == Kind.REFERENCE_THANKS.value)
                & (FollowUp.state != State.SKIPPED)).exists():
            return PlanChanges()
        application, contact = reference.application, reference.contact
        item = plan_reference_thanks(on, recipient_of(contact, application))
        return PlanChanges((store(item, contact, on, application=application,
                                  reference=reference),))


def list_references(application_id: int) -> list[ReferenceRow]:
    """The references of an application with their checklist, by name.

    A step counts as done on the day it was ticked, or on the day its follow-up was sent.
    """
    rows = []
    query = (Reference.select(Reference, Contact).join(Contact)
             .where(Reference.application == application_id).order_by(Contact.name))
    for reference in query:
        follow_ups = list(FollowUp.select().where(FollowUp.reference == reference))
        sent = {}
        for item in follow_ups:
            if item.state == State.DONE and item.done_on:
                sent[item.kind] = max(sent.get(item.kind, item.done_on), item.done_on)
        dates = {}
        for event, (column, _label, kind) in STEPS.items():
            dates[event] = getattr(reference, column) or (sent.get(kind.value) if kind else None)
        planned = sorted((f.planned_date, f.id, f.kind) for f in follow_ups
                         if f.state == State.PLANNED)
        next_step = NextStep(Kind(planned[0][2]), planned[0][0]) if planned else None
        rows.append(ReferenceRow(reference.id, reference.contact_id, reference.contact.name,
                                 dates, next_step))
    return rows


def remove_reference(reference_id: int) -> None:
    """No longer list a contact as a reference; their follow-ups for it go too."""
    with database_proxy.atomic():
        reference = _get(reference_id)
        MailMessage.update(follow_up=None).where(MailMessage.follow_up.in_(
            FollowUp.select(FollowUp.id).where(FollowUp.reference == reference))).execute()
        delete_in_order([(Reference, Reference.id == reference.id),
                         (FollowUp, FollowUp.reference == reference)])
