"""Judging a date the user proposes (a drag, "Move to…", the `check` command)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.rules.days import ONE_DAY, avoided_because, is_post_day, place_of
from jobfollowup.rules.kinds import Kind
from jobfollowup.rules.plans import (
    CHECK_IN_WINDOW,
    MAX_CHECK_INS,
    MIN_DAYS_BETWEEN_CHECK_INS,
    Recipient,
    window_end,
)
from jobfollowup.rules.reasons import Reason

SEARCH_LIMIT_DAYS = 400

# The rule whose deadline a kind must keep.
DEADLINE_RULES = {
    Kind.THANK_YOU_EMAIL: "r1",
    Kind.THANK_YOU_NOTE: "r2",
    Kind.REFERENCE_HEADS_UP: "r11",
    Kind.REFERENCE_THANKS: "r12",
    Kind.REFERENCE_OUTCOME: "r13",
}


@dataclass(frozen=True)
class Context:
    """What is known around the follow-up being moved."""

    recipient: Recipient
    interview_day: dt.date | None = None
    reply_by: dt.date | None = None
    deadline: dt.date | None = None
    # the other check-ins planned or sent to the same person or for the same application
    # (this one excluded): R6 counts them all, whichever application they belong to
    other_check_ins: tuple[dt.date, ...] = ()
    thanked_on: dt.date | None = None  # the day of the thank-you email a check-in follows
    not_before: dt.date | None = None  # the nearest allowed day is never earlier (today)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    violations: tuple[Reason, ...]
    nearest_allowed: dt.date | None


def violations(kind: Kind, day: dt.date, context: Context) -> list[Reason]:
    """Every rule `day` would break for a follow-up of `kind`; empty when it is fine."""
    calendar = context.recipient.calendar
    found: list[Reason] = []
    if kind.keeps_calm_days:
        found.extend(avoided_because(day, calendar))
    if kind is Kind.THANK_YOU_NOTE and not is_post_day(day, calendar):
        found.append(Reason.of("r2-post-closed", date=day, country=place_of(calendar)))
    deadline = context.deadline
    if deadline is None and kind is Kind.THANK_YOU_EMAIL and context.interview_day:
        deadline = context.interview_day + ONE_DAY
    rule = DEADLINE_RULES.get(kind)
    if rule and deadline is not None and day > deadline:
        found.append(Reason.of(f"{rule}-past-deadline", date=day, deadline=deadline))
    if context.interview_day is not None:
        too_early = day <= context.interview_day if kind is Kind.CHECK_IN else (
            day < context.interview_day
        )
        if too_early:
            found.append(Reason.of("r5-before-interview", date=day,
                                   interview=context.interview_day))
    if kind is Kind.CHECK_IN:
        found.extend(_check_in_violations(day, context))
    return found


def _check_in_violations(day: dt.date, context: Context) -> list[Reason]:
    """What only a check-in must keep: after the timeline they gave and after the thanks
    (R5), and room around the person's other check-ins (R6)."""
    found = []
    if context.reply_by is not None and day <= context.reply_by:
        found.append(Reason.of("r5-too-early", date=day, reply_by=context.reply_by))
    if context.thanked_on is not None and day <= context.thanked_on:
        found.append(Reason.of("r5-before-thanks", date=day, thanks=context.thanked_on))
    close = _too_close(day, context.other_check_ins)
    if close is not None:
        found.append(Reason.of("r6-too-close", date=day, other=close))
    crowded = _crowded_window(day, context.other_check_ins)
    if crowded is not None:
        found.append(Reason.of("r6-too-many", start=crowded, end=window_end(crowded)))
    return found


def judge(kind: Kind, day: dt.date, context: Context) -> Verdict:
    """Allowed or not, the rules broken, and the nearest day that breaks none."""
    broken = violations(kind, day, context)
    if not broken:
        return Verdict(True, (), day)
    return Verdict(False, tuple(broken), nearest_allowed(kind, day, context))


def nearest_allowed(kind: Kind, day: dt.date, context: Context) -> dt.date | None:
    """The closest allowed day to `day`; on a tie the later one (it keeps timelines)."""
    for offset in range(1, SEARCH_LIMIT_DAYS + 1):
        step = dt.timedelta(days=offset)
        for candidate in (day + step, day - step):
            if context.not_before is not None and candidate < context.not_before:
                continue
            if not violations(kind, candidate, context):
                return candidate
    return None


def _too_close(day: dt.date, others: tuple[dt.date, ...]) -> dt.date | None:
    """The nearest other check-in fewer days away than the plan's spacing (R6: the person
    needs time to answer one before the next), or None."""
    near = [other for other in others
            if abs((other - day).days) < MIN_DAYS_BETWEEN_CHECK_INS]
    return min(near, key=lambda other: (abs((other - day).days), other)) if near else None


def _crowded_window(day: dt.date, others: tuple[dt.date, ...]) -> dt.date | None:
    """The first two-week window holding `day` and three or more other check-ins."""
    span = CHECK_IN_WINDOW.days
    for back in range(span - 1, -1, -1):
        start = day - dt.timedelta(days=back)
        end = window_end(start)
        if 1 + sum(start <= other <= end for other in others) > MAX_CHECK_INS:
            return start
    return None
