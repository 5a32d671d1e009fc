"""They answered: the reply is stored, and the plan follows what the rules call for now.

A reply ends the waiting: the check-ins (and the keep-in-touch note that closes them) still
planned for that application are dropped — unless they said when they will decide. That
date is then the employer's new timeline (the application's "reply by", which R5 reads):
the waiting plan stays and its check-ins move after it, spaced and on calm days (R6, R7).
When the reply is the outcome (an offer, a rejection), the application takes that status,
which plans the outcome update for each reference (R13) and what a rejection calls for
(R14). R8: a reply on another channel than the preferred one comes back as a suggested
new preference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules import Channel, Kind
from jobfollowup.rules.kinds import REPLY_OUTCOMES, State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.planning.replanning import (
    Change,
    PlanChanges,
    is_waiting_kind,
    replan_waiting,
)
from jobfollowup.services.records.applications import update_application
from jobfollowup.services.records.interactions import log_interaction
from jobfollowup.storage.models import Application, Contact, FollowUp, database_proxy


@dataclass(frozen=True)
class Replied:
    interaction_id: int
    contact_id: int
    suggested_channel: Channel | None
    changes: PlanChanges


def stop_waiting(application: Application) -> PlanChanges:
    """The check-ins still planned for `application` are no longer needed (skipped)."""
    changes = []
    for row in FollowUp.select().where((FollowUp.application == application)
                                       & (FollowUp.state == State.PLANNED)).order_by(
            FollowUp.planned_date, FollowUp.id):
        if is_waiting_kind(row):
            row.state = State.SKIPPED
            row.save()
            changes.append(Change(row.id, Kind(row.kind), row.contact.name, row.planned_date,
                                  None, Channel(row.channel)))
    return PlanChanges(tuple(changes))


def wait_for_decision(application: Application, decide_by: dt.date,
                      contact: Contact) -> PlanChanges:
    """They will decide by `decide_by`: that is their timeline now (R5). The check-ins
    and the keep-in-touch note move after it; with none left planned, they are planned
    anew to `contact`, who gave the date."""
    application.reply_by = decide_by
    application.save()
    return replan_waiting(application, anew=True, to=contact)


def _checked_decision(decide_by: dt.date | None, on: dt.date, outcome: str | None,
                      application_id: int | None) -> dt.date | None:
    """A decision date is for an answer that is not the outcome, about an application,
    and not before the reply itself."""
    if decide_by is None:
        return None
    decide_by = checked_day(decide_by, "decide_by")
    if outcome is not None:
        raise ValidationError(_("A decision date is only for an answer without a decision "
                                "yet."), "decide_by")
    if application_id is None:
        raise ValidationError(_("Choose the application they will decide about."),
                              "application")
    if decide_by < on:
        raise ValidationError(_("The day they will decide by cannot be before their reply."),
                              "decide_by")
    return decide_by


def reply_received(contact_id: int, on: dt.date, channel: str, summary: str = "",
                   application_id: int | None = None, outcome: str | None = None,
                   decide_by: dt.date | None = None) -> Replied:
    """Store a reply from a contact and re-plan the application it answers, in one step:
    the waiting stops, or, when they said by when they will decide, waits for that day."""
    if outcome is not None and outcome not in REPLY_OUTCOMES:
        raise ValidationError(_("Choose what their answer was."), "outcome")
    if outcome is not None and application_id is None:
        raise ValidationError(_("Choose the application they answered about."),
                              "application")
    decide_by = _checked_decision(decide_by, on, outcome, application_id)
    with database_proxy.atomic():
        logged = log_interaction(contact_id, on, channel, "in", summary, application_id)
        changes = PlanChanges()
        if application_id is not None:
            application = Application.get_by_id(application_id)
            if decide_by is not None:
                changes = wait_for_decision(application, decide_by,
                                            Contact.get_by_id(contact_id))
            else:
                changes = stop_waiting(application)
            if outcome is not None and application.status != outcome:
                changes += update_application(application_id, on=on, status=outcome)
    return Replied(logged.id, contact_id, logged.suggested_channel, changes)


def reply_to_follow_up(follow_up_id: int, on: dt.date, channel: str | None = None,
                       summary: str = "", outcome: str | None = None,
                       decide_by: dt.date | None = None) -> Replied:
    """"They replied" on a follow-up: a reply from its contact about its application,
    on its channel unless they answered another way."""
    item = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if item is None:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return reply_received(item.contact_id, on, channel or item.channel, summary,
                          item.application_id, outcome, decide_by)
