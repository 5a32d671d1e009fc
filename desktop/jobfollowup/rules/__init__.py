"""The follow-up rules (R1–R15, docs/design.md): pure Python, no Qt, no database.

Each name below loads its module when first asked for (PEP 562): the vocabulary
(`rules.kinds`) is what the storage and Today's list need, and importing it runs this
package first; the judge, the plans, the reasons and the holidays (with Babel's dates)
load when a rule is first applied, after the day is drawn."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jobfollowup.rules.errors import RuleInputError
    from jobfollowup.rules.holiday_calendar import calendar_for, validate_place
    from jobfollowup.rules.judging import Context, Verdict, judge
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

# Each public name and the module it comes from.
_MODULES = {
    "Channel": "kinds", "Kind": "kinds", "RuleInputError": "errors",
    "calendar_for": "holiday_calendar", "validate_place": "holiday_calendar",
    "Context": "judging", "Verdict": "judging", "judge": "judging", "Reason": "reasons",
    "Interview": "plans", "PlannedFollowUp": "plans", "Recipient": "plans",
    "plan_after_interview": "plans", "plan_after_rejection": "plans",
    "plan_outcome_update": "plans", "plan_reference_gift": "plans",
    "plan_reference_heads_up": "plans", "plan_reference_thanks": "plans",
}

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


def __getattr__(name: str):
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
