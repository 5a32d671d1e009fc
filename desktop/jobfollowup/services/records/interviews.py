"""Interviews after they were logged: correcting when, how and with whom (the plan follows
the facts), and deleting one logged by mistake. Sent and skipped follow-ups are history:
they stay as they are. Both return how things stood before, for `undo`."""

from __future__ import annotations

import datetime as dt

from jobfollowup.i18n import _
from jobfollowup.rules import Interview
from jobfollowup.rules.kinds import ENDED, INTERVIEW_THANKS, State
from jobfollowup.rules.plans import thank_you_email, thank_you_note
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fields import one_of
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.planning.places import recipient_of, transit_days_to
from jobfollowup.services.planning.replanning import (
    PlanChanges,
    apply_plan,
    drop,
    is_waiting_kind,
    replan_waiting,
    sends_note,
    store,
)
from jobfollowup.services.records.core import FORMATS, checked_interviewers
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    InterviewParticipant,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow


def _get(interview_id: int) -> InterviewRow:
    row = InterviewRow.get_or_none(InterviewRow.id == interview_id)
    if row is None:
        raise ValidationError(_("That interview no longer exists."), "interview")
    return row


def interviewer_ids(interview_id: int) -> list[int]:
    """Who took part, in the order they were chosen."""
    return [p.contact_id for p in InterviewParticipant.select(InterviewParticipant.contact)
            .where(InterviewParticipant.interview == interview_id)
            .order_by(InterviewParticipant.id)]


def edit_interview(interview_id: int, starts_at: dt.datetime, interviewers: list[int], *,
                   format: str) -> PlanChanges:
    """Correct an interview. Its thank-yous still planned move with its day, those of
    interviewers no longer listed are dropped, new interviewers get theirs (R1, R2); the
    check-ins follow the latest interview (R4–R6) and go to the first of `interviewers`."""
    checked_day(starts_at, "interview")
    one_of(format, FORMATS, "format")
    with database_proxy.atomic():
        row = _get(interview_id)
        contacts = checked_interviewers(interviewers)
        row.starts_at, row.format = starts_at, format
        row.save()
        InterviewParticipant.delete().where(InterviewParticipant.interview == row).execute()
        for contact in contacts:
            InterviewParticipant.create(interview=row, contact=contact)
        handed = _hand_over_check_ins(row, contacts[0])
        changes = _replan_thanks(row, contacts) + handed
        return changes + replan_waiting(row.application, anew=bool(handed))


def _replan_thanks(row: InterviewRow, contacts: list[Contact]) -> PlanChanges:
    application: Application = row.application
    facts = Interview(row.starts_at, application.reply_by)
    existing: dict[tuple[int, str], list[FollowUp]] = {}
    thanks = FollowUp.select().where((FollowUp.interview == row)
                                     & FollowUp.kind.in_(INTERVIEW_THANKS))
    for item in thanks.order_by(FollowUp.id):
        existing.setdefault((item.contact_id, item.kind), []).append(item)
    changes = []
    for contact in contacts:
        recipient = recipient_of(contact, application)
        wanted = [thank_you_email(facts, recipient.calendar)]
        if sends_note(contact):
            wanted.append(thank_you_note(facts, recipient.calendar,
                                         transit_days_to(recipient.country)))
        for plan in wanted:
            rows = existing.pop((contact.id, plan.kind.value), [])
            planned = [r for r in rows if r.state == State.PLANNED]
            if planned:
                change = apply_plan(planned[0], plan)
                changes.extend([change] if change else [])
                changes.extend(drop(extra) for extra in planned[1:])
            elif not rows:  # one already sent or skipped is not planned again
                changes.append(store(plan, contact, row.starts_at.date(),
                                     application=application, interview=row))
    for rows in existing.values():  # interviewers no longer listed
        changes.extend(drop(r) for r in rows if r.state == State.PLANNED)
    return PlanChanges(tuple(changes))


def _hand_over_check_ins(row: InterviewRow, first: Contact) -> PlanChanges:
    """The check-ins planned from this interview are its first interviewer's: those still
    planned for anyone else (removed, or no longer chosen) are dropped, to be planned
    again for the first one."""
    return PlanChanges(tuple(
        drop(item) for item in FollowUp.select().where(
            (FollowUp.interview == row) & (FollowUp.state == State.PLANNED)
            & (FollowUp.contact != first))
        if is_waiting_kind(item)))


def delete_interview(interview_id: int) -> PlanChanges:
    """Delete an interview logged by mistake with the follow-ups it planned; those already
    sent or skipped stay in the history. When another interview of the application
    remains, the check-ins are planned from the latest one."""
    with database_proxy.atomic():
        row = _get(interview_id)
        application: Application = row.application
        planned = FollowUp.select().where((FollowUp.interview == row)
                                          & (FollowUp.state == State.PLANNED))
        dropped = [drop(item) for item in list(planned)]
        FollowUp.update(interview=None).where(FollowUp.interview == row).execute()
        InterviewParticipant.delete().where(InterviewParticipant.interview == row).execute()
        row.delete_instance()
        return PlanChanges(tuple(dropped)) + _waiting_again(application)


def _waiting_again(application: Application) -> PlanChanges:
    """The check-ins and keep-in-touch note follow the latest interview left; with none
    planned, they are planned anew, unless the application has ended."""
    if application.status in ENDED:
        return PlanChanges()
    return replan_waiting(application, anew=True)
