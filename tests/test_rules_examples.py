"""Worked examples around real holidays: the dates a job seeker would actually get."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.rules_helpers import d, dates, of_kind, plan

from jobfollowup.rules import (
    Channel,
    Context,
    Interview,
    Kind,
    Recipient,
    RuleInputError,
    judge,
    plan_after_interview,
    plan_after_rejection,
    plan_outcome_update,
    plan_reference_gift,
    plan_reference_heads_up,
    plan_reference_thanks,
)


def rules_of(item) -> set[str]:
    return {reason.rule for reason in item.reasons}


class TestNorwayChristmas:
    """Interview on Thursday 17 December 2026; they promised an answer by the 28th."""

    items = plan("2026-12-17T14:00", "NO", reply_by="2026-12-28")

    def test_thank_you_email_goes_the_same_afternoon(self):
        (email,) = of_kind(self.items, Kind.THANK_YOU_EMAIL)
        assert (email.date, email.deadline, email.channel) == (
            d("2026-12-17"), d("2026-12-18"), Channel.EMAIL)
        assert rules_of(email) == {"R1"}

    def test_note_is_mailed_next_post_day_and_arrives_before_christmas_eve(self):
        (note,) = of_kind(self.items, Kind.THANK_YOU_NOTE)
        assert note.date == d("2026-12-18")
        assert note.deadline == d("2026-12-22")  # + 2 post days = 24 December, day 7
        assert note.channel is Channel.LETTER
        assert "Thursday, December 24, 2026" in note.reasons[0].text("en")

    def test_check_ins_wait_for_their_date_and_skip_the_holidays(self):
        # 29 and 30 December are calm; 31 December is the eve of New Year's Day;
        # 7 January is a week later: two check-ins fit the two-week window.
        assert dates(self.items, Kind.CHECK_IN) == [d("2026-12-29"), d("2027-01-07")]

    def test_keep_in_touch_comes_a_month_after_the_window(self):
        assert dates(self.items, Kind.KEEP_IN_TOUCH) == [d("2027-02-09")]

    def test_norwegian_reasons_name_the_holiday_in_norwegian(self):
        items = plan("2026-12-17T14:00", "NO")  # no timeline: a week later is 24 December
        first = of_kind(items, Kind.CHECK_IN)[0]
        texts = [reason.text("nb") for reason in first.reasons]
        assert any("Første juledag" in text for text in texts), texts


def test_easter_in_norway_leaves_only_the_interview_day_to_mail_the_note():
    # Wednesday 24 March 2027: Maundy Thursday, Good Friday and Easter Monday follow.
    items = plan("2027-03-24T10:00", "NO")
    (note,) = of_kind(items, Kind.THANK_YOU_NOTE)
    assert note.date == note.deadline == d("2027-03-24")
    (email,) = of_kind(items, Kind.THANK_YOU_EMAIL)
    assert "R1" in rules_of(email) and len(email.reasons) == 2  # deadline wins over R7
    assert dates(items, Kind.CHECK_IN)[0] == d("2027-03-31")  # Tuesday 30th follows Easter


def test_constitution_day_and_ascension_in_norway():
    # 2026: Ascension on Thursday 14 May, 17 May on a Sunday, Whit Monday on the 25th.
    items = plan("2026-05-05T10:00", "NO", reply_by="2026-05-12")
    assert dates(items, Kind.CHECK_IN) == [d("2026-05-19"), d("2026-05-28")]
    first = of_kind(items, Kind.CHECK_IN)[0]
    assert {"R4", "R5", "R6", "R7"} <= rules_of(first)


def test_bastille_day_in_france():
    items = plan("2027-07-07T11:00", "FR", reply_by="2027-07-12")
    assert dates(items, Kind.CHECK_IN)[0] == d("2027-07-20")
    verdict = judge(Kind.CHECK_IN, d("2027-07-15"), Context(Recipient("FR")))
    assert not verdict.allowed
    assert "National Day" in verdict.violations[0].text("en")
    assert "Fête nationale" in verdict.violations[0].text("fr")


def test_republic_day_in_italy():
    items = plan("2027-05-25T10:00", "IT", reply_by="2027-05-31")
    assert dates(items, Kind.CHECK_IN)[0] == d("2027-06-08")
    verdict = judge(Kind.CHECK_IN, d("2027-06-01"), Context(Recipient("IT")))
    assert "Festa della Repubblica" in verdict.violations[0].text("it")


def test_a_californian_holiday_counts_only_in_california():
    # Cesar Chavez Day, Wednesday 31 March 2027, is a state holiday in California.
    california = Context(Recipient("US", "CA"))
    new_york = Context(Recipient("US", "NY"))
    for day in ("2027-03-30", "2027-03-31", "2027-04-01"):
        assert not judge(Kind.CHECK_IN, d(day), california).allowed
        assert judge(Kind.CHECK_IN, d(day), new_york).allowed
    verdict = judge(Kind.CHECK_IN, d("2027-03-31"), california)
    assert verdict.nearest_allowed == d("2027-04-06")


def test_thanksgiving_week_in_california():
    items = plan("2026-11-17T10:00", "US", "CA", reply_by="2026-11-23")
    assert dates(items, Kind.CHECK_IN)[0] == d("2026-11-24")
    assert all(day not in (d("2026-11-25"), d("2026-12-01"))
               for day in dates(items, Kind.CHECK_IN))
    (note,) = of_kind(plan("2026-11-24T16:00", "US", "CA"), Kind.THANK_YOU_NOTE)
    # Thanksgiving and the day after: no post on 26 and 27 November.
    assert note.date == d("2026-11-25")


def test_boxing_day_observed_in_england_but_not_in_norway():
    assert not judge(Kind.CHECK_IN, d("2026-12-29"), Context(Recipient("GB", "ENG"))).allowed
    assert judge(Kind.CHECK_IN, d("2026-12-29"), Context(Recipient("NO"))).allowed


def test_scottish_summer_bank_holiday():
    scotland, england = Context(Recipient("GB", "SCT")), Context(Recipient("GB", "ENG"))
    assert not judge(Kind.CHECK_IN, d("2027-08-03"), scotland).allowed
    assert judge(Kind.CHECK_IN, d("2027-08-03"), england).allowed


def test_a_late_interview_is_thanked_the_next_morning_even_on_a_friday():
    items = plan("2026-12-03T17:30", "NO")  # Thursday evening
    (email,) = of_kind(items, Kind.THANK_YOU_EMAIL)
    assert email.date == email.deadline == d("2026-12-04")
    assert "deadline" in email.reasons[1].text("en")


def test_mail_abroad_takes_longer():
    domestic = of_kind(plan("2026-12-08T10:00", "NO"), Kind.THANK_YOU_NOTE)[0]
    abroad = of_kind(plan("2026-12-08T10:00", "NO", transit_days=5), Kind.THANK_YOU_NOTE)[0]
    assert abroad.deadline < domestic.deadline
    # Tuesday 8th + 5 post days = Tuesday 15th, day 7: only the interview day is early enough.
    assert abroad.date == abroad.deadline == d("2026-12-08")


def test_a_note_that_cannot_arrive_in_time_says_so():
    items = plan("2026-12-21T10:00", "NO", transit_days=7)
    (note,) = of_kind(items, Kind.THANK_YOU_NOTE)
    assert note.deadline is None
    assert "too slow" in note.reasons[0].text("en")


def test_check_ins_use_the_preferred_channel_and_say_so():
    items = plan("2026-12-17T14:00", "NO", channel=Channel.PHONE)
    for item in of_kind(items, Kind.CHECK_IN) + of_kind(items, Kind.KEEP_IN_TOUCH):
        assert item.channel is Channel.PHONE
        assert {"R8", "R9"} <= rules_of(item)


class TestJudge:
    norway = Recipient("NO")

    def test_christmas_eve_check_in_is_refused_with_the_nearest_calm_day(self):
        verdict = judge(Kind.CHECK_IN, d("2026-12-24"), Context(self.norway))
        assert not verdict.allowed
        assert [r.rule for r in verdict.violations] == ["R7"]
        assert verdict.nearest_allowed == d("2026-12-23")

    def test_nearest_day_respects_the_timeline_and_today(self):
        context = Context(self.norway, reply_by=d("2026-12-28"))
        verdict = judge(Kind.CHECK_IN, d("2026-12-23"), context)
        assert {r.rule for r in verdict.violations} == {"R5"}
        assert verdict.nearest_allowed == d("2026-12-29")
        later = Context(self.norway, not_before=d("2026-12-24"))
        assert judge(Kind.CHECK_IN, d("2026-12-24"), later).nearest_allowed == d("2026-12-29")

    def test_monday_and_friday_are_named(self):
        monday = judge(Kind.CHECK_IN, d("2026-11-23"), Context(self.norway))
        friday = judge(Kind.KEEP_IN_TOUCH, d("2026-11-27"), Context(self.norway))
        assert "Monday" in monday.violations[0].text("en")
        assert "Friday" in friday.violations[0].text("en")

    def test_a_fourth_check_in_within_two_weeks_is_refused(self):
        others = (d("2027-01-12"), d("2027-01-14"), d("2027-01-19"))
        verdict = judge(Kind.CHECK_IN, d("2027-01-21"), Context(self.norway,
                                                                other_check_ins=others))
        assert {r.code for r in verdict.violations} == {"r6-too-many", "r6-too-close"}
        assert verdict.nearest_allowed == d("2027-01-26")

    def test_thank_you_email_keeps_its_24_hours_but_not_the_weekday_rule(self):
        context = Context(self.norway, interview_day=d("2026-12-03"))
        assert judge(Kind.THANK_YOU_EMAIL, d("2026-12-04"), context).allowed  # a Friday
        late = judge(Kind.THANK_YOU_EMAIL, d("2026-12-07"), context)
        assert [r.rule for r in late.violations] == ["R1"]
        assert late.nearest_allowed == d("2026-12-04")

    def test_handwritten_note_needs_a_post_day_before_its_deadline(self):
        context = Context(self.norway, deadline=d("2026-12-22"))
        assert [r.rule for r in judge(Kind.THANK_YOU_NOTE, d("2026-12-19"),
                                      context).violations] == ["R2"]
        assert not judge(Kind.THANK_YOU_NOTE, d("2026-12-23"), context).allowed
        assert judge(Kind.THANK_YOU_NOTE, d("2026-12-21"), context).allowed


class TestReferences:
    norway = Recipient("NO", channel=Channel.PHONE)

    def test_heads_up_before_the_employer_can_call(self):
        item = plan_reference_heads_up(d("2026-12-07"), self.norway)
        assert (item.kind, item.date, item.deadline, item.channel) == (
            Kind.REFERENCE_HEADS_UP, d("2026-12-07"), d("2026-12-07"), Channel.PHONE)
        assert rules_of(item) == {"R11"}

    def test_thanks_right_away_even_on_a_friday(self):
        item = plan_reference_thanks(d("2026-12-11"), self.norway)
        assert (item.date, item.deadline) == (d("2026-12-11"), d("2026-12-12"))
        assert rules_of(item) == {"R12"}

    def test_outcome_update_waits_for_a_calm_day_within_two_working_days(self):
        item = plan_outcome_update(d("2026-12-11"), self.norway)  # a Friday
        assert (item.date, item.deadline) == (d("2026-12-15"), d("2026-12-15"))
        assert rules_of(item) == {"R13", "R7"}
        christmas = plan_outcome_update(d("2026-12-24"), self.norway)
        assert christmas.date == d("2026-12-29")

    def test_outcome_news_does_not_wait_when_no_calm_day_comes_soon(self):
        # Wednesday 13 May 2026: Ascension follows, then Friday and Monday; the next
        # calm day (the 19th) is three working days away, so the news goes out today.
        item = plan_outcome_update(d("2026-05-13"), self.norway)
        assert (item.date, item.deadline) == (d("2026-05-13"), d("2026-05-18"))
        assert [r.code for r in item.reasons] == ["r13-outcome", "r13-prompt"]

    def test_gift_for_senior_roles(self):
        junior = plan_reference_gift(d("2026-12-01"), self.norway)
        senior = plan_reference_gift(d("2026-12-01"), self.norway, senior=True)
        assert junior.channel is Channel.LETTER and junior.date == d("2026-12-02")
        assert "gift" in senior.reasons[0].text("en")
        assert "gift" not in junior.reasons[0].text("en")

    def test_rejection_is_answered_graciously_and_followed_months_later(self):
        thanks, later = plan_after_rejection(d("2026-11-10"), self.norway)
        assert thanks.kind is Kind.REJECTION_THANKS and thanks.date == d("2026-11-10")
        assert later.kind is Kind.KEEP_IN_TOUCH
        assert dt.timedelta(days=80) < later.date - thanks.date < dt.timedelta(days=110)
        assert {"R14"} <= rules_of(thanks) and {"R14"} <= rules_of(later)


@pytest.mark.parametrize("country, subdivision", [("XX", None), ("NO", "ZZ"), ("", None)])
def test_unknown_places_are_refused_clearly(country, subdivision):
    with pytest.raises(RuleInputError) as error:
        plan("2026-12-17T14:00", country, subdivision)
    assert "Unknown" in str(error.value)


def test_impossible_transit_is_refused():
    with pytest.raises(RuleInputError):
        plan("2026-12-17T14:00", "NO", transit_days=-1)


def test_a_late_interview_before_a_holiday_is_thanked_the_same_day():
    """Wednesday 24 March 2027, 16:00, in Norway: Maundy Thursday follows, so the email goes
    out that evening instead of on a public holiday."""
    plan = plan_after_interview(Interview(dt.datetime(2027, 3, 24, 16, 0)), Recipient("NO"))
    email = plan[0]
    assert email.kind is Kind.THANK_YOU_EMAIL
    assert email.date == d("2027-03-24")
    assert "r1-same-day" in [reason.code for reason in email.reasons]

