"""The follow-up rules (R1–R15, docs/design.md): pure Python, no Qt, no database."""

from jobfollowup.rules.errors import RuleInputError
from jobfollowup.rules.holiday_calendar import calendar_for, validate_place
from jobfollowup.rules.judge import Context, Verdict, judge
from jobfollowup.rules.kinds import Channel, Kind
from jobfollowup.rules.plans import (
    Interview,
    PlannedFollowUp,
    Recipient,
    plan_after_interview,
    plan_after_rejection,
    plan_outcome_update,
    plan_reference_gift,
    plan_reference_heads_up,
    plan_reference_thanks,
)
from jobfollowup.rules.reasons import Reason

__all__ = [
    "Channel",
    "Context",
    "Interview",
    "Kind",
    "PlannedFollowUp",
    "Reason",
    "Recipient",
    "RuleInputError",
    "Verdict",
    "calendar_for",
    "judge",
    "plan_after_interview",
    "plan_after_rejection",
    "plan_outcome_update",
    "plan_reference_gift",
    "plan_reference_heads_up",
    "plan_reference_thanks",
    "validate_place",
]
