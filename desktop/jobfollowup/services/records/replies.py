"""They answered: the reply is stored, and the plan follows what the rules call for now.

A reply ends the waiting: the check-ins (and the keep-in-touch note that closes them) still
planned for that application are dropped. When the reply is the outcome (an offer, a
rejection), the application takes that status, which plans the outcome update for each
reference (R13) and what a rejection calls for (R14). R8: a reply on another channel than
the preferred one comes back as a suggested new preference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules import Channel, Kind
from jobfollowup.rules.kinds import REPLY_OUTCOMES, State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.replanning import Change, PlanChanges, is_waiting_kind
from jobfollowup.services.records.applications import update_application
from jobfollowup.services.records.interactions import log_interaction
from jobfollowup.storage.models import Application, FollowUp, database_proxy


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


def reply_received(contact_id: int, on: dt.date, channel: str, summary: str = "",
                   application_id: int | None = None, outcome: str | None = None) -> Replied:
    """Store a reply from a contact and re-plan the application it answers, in one step."""
    if outcome is not None and outcome not in REPLY_OUTCOMES:
        raise ValidationError(_("Choose what their answer was."), "outcome")
    if outcome is not None and application_id is None:
        raise ValidationError(_("Choose the application they answered about."),
                              "application")
    with database_proxy.atomic():
        logged = log_interaction(contact_id, on, channel, "in", summary, application_id)
        changes = PlanChanges()
        if application_id is not None:
            application = Application.get_by_id(application_id)
            changes = stop_waiting(application)
            if outcome is not None and application.status != outcome:
                changes += update_application(application_id, on=on, status=outcome)
    return Replied(logged.id, contact_id, logged.suggested_channel, changes)


def reply_to_follow_up(follow_up_id: int, on: dt.date, channel: str | None = None,
                       summary: str = "", outcome: str | None = None) -> Replied:
    """"They replied" on a follow-up: a reply from its contact about its application,
    on its channel unless they answered another way."""
    item = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if item is None:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return reply_received(item.contact_id, on, channel or item.channel, summary,
                          item.application_id, outcome)
