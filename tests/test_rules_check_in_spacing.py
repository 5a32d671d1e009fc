"""R5 and R6 across plans and moves: a check-in never goes out on or before the day of the
thank-you email for the same interview, and a move never crowds the person's other
check-ins (three days apart at least, never a fourth within two weeks).

The expectations are written by hand from a calendar, or checked by plain date arithmetic
and the `holidays` package itself, never by asking the rules being tested."""

from __future__ import annotations

import datetime as dt
import itertools

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from jobfollowup.rules import Context, Kind, Recipient, judge
from jobfollowup.services.planning.from_facts import preview_interview_plan
from rules_helpers import d, dates, plan

NORWAY = Recipient("NO")
COUNTRIES = ["NO", "FR", "IT", "GB", "US", "DE", "CH", "SE", "ES", "CA"]


# The ordering of a plan: the thanks first, then the check-ins -----------------------------

def test_a_late_interview_thanked_next_morning_is_not_checked_in_on_the_same_day():
    """The case of the issue: interview late on Tuesday 12 January 2027, they said they
    would answer by that same day. The email goes Wednesday 13th; the first check-in
    follows on Thursday 14th, not beside it."""
    items = plan("2027-01-12T23:30", "NO", reply_by="2027-01-12")
    assert dates(items, Kind.THANK_YOU_EMAIL) == [d("2027-01-13")]
    first = next(item for item in items if item.kind is Kind.CHECK_IN)
    assert first.date == d("2027-01-14")
    said = " ".join(reason.text("en") for reason in first.reasons)
    assert "The thank-you email goes out on Wednesday, January 13, 2027" in said


def test_the_command_lines_plan_says_the_same():
    items = preview_interview_plan(dt.datetime(2027, 1, 12, 23, 30), "NO", None,
                                   d("2027-01-12"))
    email = dates(items, Kind.THANK_YOU_EMAIL)[0]
    assert min(dates(items, Kind.CHECK_IN)) > email


def _is_calm_by_hand(day: dt.date, country: str) -> bool:
    """R7 written again from the calendar: Tuesday to Thursday, no holiday on the day,
    the day before or the day after (the `holidays` package's own list)."""
    known = holidays.country_holidays(country, years=range(day.year - 1, day.year + 2))
    one = dt.timedelta(days=1)
    return day.weekday() in (1, 2, 3) and not any(
        near in known for near in (day - one, day, day + one))


@settings(max_examples=150, deadline=None)
@given(
    when=st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    reply_in=st.one_of(st.none(), st.integers(min_value=0, max_value=30)),
    country=st.sampled_from(COUNTRIES),
)
def test_any_plan_checks_in_after_the_thanks_spaced_and_on_calm_days(when, reply_in,
                                                                     country):
    reply_by = when.date() + dt.timedelta(days=reply_in) if reply_in is not None else None
    items = plan(when.isoformat(), country,
                 reply_by=reply_by.isoformat() if reply_by else None)
    email, = dates(items, Kind.THANK_YOU_EMAIL)
    check_ins = dates(items, Kind.CHECK_IN)
    assert 1 <= len(check_ins) <= 3
    assert check_ins == sorted(check_ins)
    assert check_ins[0] > email, "a check-in on or before the thank-you email"
    assert check_ins[0] > when.date()
    if reply_by is not None:
        assert check_ins[0] > reply_by
    assert all((b - a).days >= 3 for a, b in itertools.pairwise(check_ins))
    assert (check_ins[-1] - check_ins[0]).days <= 13  # one two-week window
    assert all(_is_calm_by_hand(day, country) for day in check_ins)


# A move among the person's other check-ins ------------------------------------------------

def test_a_move_beside_another_check_in_is_refused_and_the_nearest_day_leaves_room():
    """The case of the issue: check-ins on 10, 16 and 23 December 2026; the one of the
    10th moved to Monday 14. Tuesday 15 is the day before the 16th: not allowed. The
    nearest day that leaves three days around each is Thursday 10 again (Friday 18 and
    the weekend are not calm; 17 and 15 are next to the 16th)."""
    context = Context(NORWAY, other_check_ins=(d("2026-12-16"), d("2026-12-23")))
    verdict = judge(Kind.CHECK_IN, d("2026-12-14"), context)
    assert not verdict.allowed
    codes = {reason.code for reason in verdict.violations}
    assert {"r7-monday", "r6-too-close"} <= codes
    close = next(r for r in verdict.violations if r.code == "r6-too-close")
    assert "Wednesday, December 16, 2026" in close.text("en")
    assert verdict.nearest_allowed == d("2026-12-10")


def test_the_day_before_another_check_in_is_refused_even_when_calm():
    context = Context(NORWAY, other_check_ins=(d("2026-12-16"),))
    verdict = judge(Kind.CHECK_IN, d("2026-12-15"), context)
    assert [r.code for r in verdict.violations] == ["r6-too-close"]
    assert judge(Kind.CHECK_IN, d("2026-12-10"), context).allowed  # six days before


def test_today_bounds_the_nearest_day_and_it_still_keeps_the_spacing():
    context = Context(NORWAY, other_check_ins=(d("2026-12-16"), d("2026-12-23")),
                      not_before=d("2026-12-11"))
    verdict = judge(Kind.CHECK_IN, d("2026-12-14"), context)
    # 10 is before today; 15, 17 beside the 16th; 18–22 Fri–Tue beside the 23rd or not
    # calm; 24–26 Christmas; 29 Tuesday, three weeks of room and calm.
    assert verdict.nearest_allowed == d("2026-12-29")


def test_a_check_in_on_the_thank_you_emails_day_is_refused():
    context = Context(NORWAY, interview_day=d("2027-01-12"), thanked_on=d("2027-01-13"))
    verdict = judge(Kind.CHECK_IN, d("2027-01-13"), context)
    assert [r.code for r in verdict.violations] == ["r5-before-thanks"]
    assert verdict.nearest_allowed == d("2027-01-14")


def _crowds(day: dt.date, others: list[dt.date]) -> bool:
    """R6 written again: fewer than three days from another, or a fourth within some two
    weeks that hold `day` (the others may crowd each other; that is not this move's)."""
    if any(abs((day - other).days) < 3 for other in others):
        return True
    every = sorted([day, *others])
    two_weeks = dt.timedelta(days=13)
    return any(sum(start <= x <= start + two_weeks for x in every) > 3
               for start in every if start <= day <= start + two_weeks)


@settings(max_examples=150, deadline=None)
@given(
    first=st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2030, 12, 1)),
    offsets=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=4),
    target=st.integers(min_value=-10, max_value=50),
    country=st.sampled_from(COUNTRIES),
)
def test_the_nearest_allowed_day_never_crowds_the_other_check_ins(first, offsets, target,
                                                                  country):
    others = sorted({first + dt.timedelta(days=o) for o in offsets})
    day = first + dt.timedelta(days=target)
    verdict = judge(Kind.CHECK_IN, day, Context(Recipient(country),
                                                other_check_ins=tuple(others)))
    if verdict.allowed:
        assert not _crowds(day, others)
    else:
        assert verdict.nearest_allowed is not None
        assert not _crowds(verdict.nearest_allowed, others)
        assert _is_calm_by_hand(verdict.nearest_allowed, country)
    if _crowds(day, others):
        assert not verdict.allowed
        assert {r.rule for r in verdict.violations} >= {"R6"}


# What is left of a plan once some check-ins went out ---------------------------------------

def _planned(*days: str):
    from jobfollowup.rules import Channel, PlannedFollowUp

    return [PlannedFollowUp(Kind.CHECK_IN, Channel.EMAIL, d(day), None, ()) for day in days]


def _left(sent: list[str]) -> list[dt.date]:
    from jobfollowup.rules.plans import fit_after_sent

    plan_days = _planned("2027-01-06", "2027-01-12", "2027-01-19")
    return [item.date for item in fit_after_sent(plan_days, [d(day) for day in sent])]


def test_a_check_in_sent_a_week_before_the_window_still_counts_towards_three():
    """Sent on 29 December, then they gave a new date: two more, 6 and 12 January."""
    assert _left(["2026-12-29"]) == [d("2027-01-06"), d("2027-01-12")]


def test_a_check_in_sent_long_before_a_new_timeline_leaves_the_window_whole():
    assert _left(["2026-12-01"]) == [d("2027-01-06"), d("2027-01-12"), d("2027-01-19")]


def test_a_check_in_sent_two_days_before_the_next_one_pushes_that_one_out():
    assert _left(["2027-01-04"]) == [d("2027-01-12"), d("2027-01-19")]


def test_nothing_is_planned_before_the_last_one_sent():
    assert _left(["2027-01-13"]) == [d("2027-01-19")]


def test_three_sent_within_two_weeks_leave_none():
    assert _left(["2027-01-05", "2027-01-08", "2027-01-11"]) == []
