"""Plans and checks from bare facts, without the database (the `plan` and `check` commands)."""

from __future__ import annotations

import datetime as dt

from jobfollowup.i18n import _
from jobfollowup.rules import (
    Channel,
    Context,
    Interview,
    Kind,
    PlannedFollowUp,
    Recipient,
    RuleInputError,
    Verdict,
    judge,
    plan_after_interview,
)
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.places import checked_place


def preview_interview_plan(
    when: dt.datetime, country: str, subdivision: str | None = None,
    reply_by: dt.date | None = None, channel: Channel | None = None, transit_days: int = 2,
) -> list[PlannedFollowUp]:
    """The follow-ups an interview calls for, with their reasons."""
    country, subdivision = checked_place(country, subdivision)
    if reply_by is not None and reply_by < when.date():
        raise ValidationError(
            _("The reply date cannot be before the interview."), "reply_by")
    try:
        return plan_after_interview(Interview(when, reply_by),
                                    Recipient(country, subdivision, channel), transit_days)
    except RuleInputError as error:
        raise ValidationError(str(error), "transit_days") from None


def check_date(
    kind: Kind, day: dt.date, country: str, subdivision: str | None = None, *,
    reply_by: dt.date | None = None, interview_day: dt.date | None = None,
    deadline: dt.date | None = None,
) -> Verdict:
    """Whether a follow-up of `kind` may go out on `day`, and the nearest day it may."""
    country, subdivision = checked_place(country, subdivision)
    context = Context(Recipient(country, subdivision), interview_day=interview_day,
                      reply_by=reply_by, deadline=deadline)
    return judge(kind, day, context)
