"""Invariants of the follow-up policy over random interviews, places and timelines."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from jobfollowup.i18n import LANGUAGES
from jobfollowup.rules import (
    Channel,
    Context,
    Interview,
    Kind,
    Reason,
    Recipient,
    judge,
    plan_after_interview,
    plan_after_rejection,
    plan_outcome_update,
)
from jobfollowup.rules.days import add_post_days, is_calm, is_post_day

PLACES = [("NO", None), ("FR", None), ("IT", None), ("US", "CA"), ("US", "NY"),
          ("GB", "ENG"), ("GB", "SCT"), ("DE", "BY")]

places = st.sampled_from(PLACES)
interview_times = st.datetimes(min_value=dt.datetime(2025, 1, 1),
                               max_value=dt.datetime(2030, 12, 31))
channels = st.none() | st.sampled_from(list(Channel))


@st.composite
def interviews(draw):
    when = draw(interview_times).replace(second=0, microsecond=0)
    wait = draw(st.none() | st.integers(min_value=0, max_value=40))
    reply_by = None if wait is None else when.date() + dt.timedelta(days=wait)
    return Interview(when, reply_by)


def plan_for(interview, place, channel=None, transit=2):
    return plan_after_interview(interview, Recipient(*place, channel), transit)


@settings(max_examples=300, deadline=None)
@given(interviews(), places, channels, st.integers(min_value=0, max_value=8))
def test_every_plan_keeps_every_rule(interview, place, channel, transit):
    items = plan_for(interview, place, channel, transit)
    calendar = Recipient(*place).calendar
    day = interview.day

    (email,) = [i for i in items if i.kind is Kind.THANK_YOU_EMAIL]
    assert day <= email.date <= email.deadline == day + dt.timedelta(days=1)  # R1

    (note,) = [i for i in items if i.kind is Kind.THANK_YOU_NOTE]
    assert note.date >= day and is_post_day(note.date, calendar) or note.date == day
    if note.deadline is not None:  # R2: mailed on time, it arrives within 7 days
        assert note.date <= note.deadline
        assert add_post_days(note.deadline, transit, calendar) <= day + dt.timedelta(days=7)
        assert add_post_days(note.date, transit, calendar) <= day + dt.timedelta(days=7)

    check_ins = [i for i in items if i.kind is Kind.CHECK_IN]
    assert 1 <= len(check_ins) <= 3  # R6
    dates = [i.date for i in check_ins]
    assert dates == sorted(set(dates))
    assert dates[-1] - dates[0] < dt.timedelta(days=14)  # one two-week window
    assert all((b - a).days >= 3 for a, b in itertools.pairwise(dates))
    for item in check_ins:
        assert item.date > day  # after the interview
        if interview.reply_by is not None:
            assert item.date > interview.reply_by  # R5
        assert is_calm(item.date, calendar)  # R7
        assert item.channel is (channel or Channel.EMAIL)  # R8, R9

    (keep,) = [i for i in items if i.kind is Kind.KEEP_IN_TOUCH]
    assert keep.date > dates[0] + dt.timedelta(days=13) and is_calm(keep.date, calendar)

    for item in items:
        assert item.reasons, item
        for reason in item.reasons:  # stored as JSON, read back the same
            assert Reason.from_json(json.loads(json.dumps(reason.to_json()))) == reason
        for language in LANGUAGES:
            assert all(reason.text(language) for reason in item.reasons)


@settings(max_examples=200, deadline=None)
@given(interviews(), places, channels)
def test_planned_check_ins_pass_the_judge(interview, place, channel):
    items = plan_for(interview, place, channel)
    check_ins = [i.date for i in items if i.kind is Kind.CHECK_IN]
    for item in check_ins:
        others = tuple(d for d in check_ins if d != item)
        context = Context(Recipient(*place), interview_day=interview.day,
                          reply_by=interview.reply_by, other_check_ins=others)
        assert judge(Kind.CHECK_IN, item, context).allowed


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(Kind)), st.dates(min_value=dt.date(2025, 1, 1),
                                             max_value=dt.date(2030, 12, 31)),
       places, st.none() | st.integers(min_value=-20, max_value=20))
def test_the_judge_always_offers_an_allowed_day(kind, day, place, reply_offset):
    reply_by = None if reply_offset is None else day + dt.timedelta(days=reply_offset)
    context = Context(Recipient(*place), reply_by=reply_by)
    verdict = judge(kind, day, context)
    assert verdict.allowed == (not verdict.violations)
    assert verdict.nearest_allowed is not None
    assert judge(kind, verdict.nearest_allowed, context).allowed
    if verdict.allowed:
        assert verdict.nearest_allowed == day
    else:
        distance = abs(verdict.nearest_allowed - day)
        for offset in range(1, distance.days):
            for near in (day - dt.timedelta(days=offset), day + dt.timedelta(days=offset)):
                assert not judge(kind, near, context).allowed


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2030, 12, 31)), places)
def test_news_is_prompt_and_graceful(day, place):
    recipient = Recipient(*place)
    outcome = plan_outcome_update(day, recipient)
    assert day <= outcome.date <= outcome.deadline
    assert is_calm(outcome.date, recipient.calendar) or any(
        r.code == "r13-prompt" for r in outcome.reasons)
    thanks, keep = plan_after_rejection(day, recipient)
    assert thanks.date >= day and keep.date > thanks.date
    assert is_calm(keep.date, recipient.calendar)


@settings(max_examples=100, deadline=None)
@given(interviews(), places)
def test_plans_are_deterministic(interview, place):
    assert plan_for(interview, place) == plan_for(interview, place)
