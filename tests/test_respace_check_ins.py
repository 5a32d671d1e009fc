"""Re-planning the check-ins left after one went out: calm days, spaced, in order."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from jobfollowup.rules import Recipient
from jobfollowup.rules.days import is_calm
from jobfollowup.rules.plans import MIN_DAYS_BETWEEN_CHECK_INS, respace_check_ins

days = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2028, 12, 31))


@given(sent=days, remaining=st.lists(days, max_size=3),
       country=st.sampled_from(["NO", "FR", "IT", "GB", "US"]))
def test_moved_check_ins_are_calm_spaced_and_never_earlier(sent, remaining, country):
    recipient = Recipient(country)
    result = respace_check_ins(sent, remaining, recipient)
    assert len(result) == len(remaining)
    for before, after in zip(sorted(remaining), result, strict=True):
        assert after == before or (after > before and is_calm(after, recipient.calendar))
    gaps = [(b - a).days for a, b in itertools.pairwise([sent, *result])]
    assert all(gap >= MIN_DAYS_BETWEEN_CHECK_INS for gap in gaps)


def test_check_ins_far_enough_away_stay_where_they_are():
    # Tuesday 5 January 2027 sent; Wednesday 13th is calm and eight days on.
    assert respace_check_ins(dt.date(2027, 1, 5), [dt.date(2027, 1, 13)],
                             Recipient("NO")) == [dt.date(2027, 1, 13)]


def test_a_day_the_user_kept_is_not_moved_when_it_is_far_enough():
    # Thursday 31 December 2026 is the day before a holiday; the user kept it anyway.
    assert respace_check_ins(dt.date(2026, 12, 22), [dt.date(2026, 12, 31)],
                             Recipient("NO")) == [dt.date(2026, 12, 31)]
