"""Correcting and deleting a logged interview: the plan follows the corrected facts, what
was sent stays history, and Undo puts everything back as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.rules import Channel, Kind
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import list_follow_ups, mark_done
from jobfollowup.services.records.applications import list_interviews
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interviews import (
    delete_interview,
    edit_interview,
    interviewer_ids,
)
from jobfollowup.services.undo import recorded, undo
from jobfollowup.storage.models import FollowUp

TUESDAY = dt.datetime(2026, 12, 1, 10, 0)
THURSDAY = dt.datetime(2026, 12, 3, 10, 0)
THANKS = (Kind.THANK_YOU_EMAIL, Kind.THANK_YOU_NOTE)


def plan(state: str = "planned") -> list[tuple[Kind, dt.date, str]]:
    return sorted((r.kind, r.date, r.contact_name) for r in list_follow_ups(states=(state,)))


def every_row() -> list[dict]:
    return list(FollowUp.select().order_by(FollowUp.id).dicts())


@pytest.fixture
def search(data_dir):
    """An application in Norway, one interview with Kari (who has a postal address)."""
    kari = add_contact("Kari Nordmann", country="NO", preferred_channel="email",
                       postal_address="Forusbeen 50\n4035 Stavanger")
    per = add_contact("Per Olsen", country="NO", preferred_channel="email")
    job = add_application("Equinor", "Data Engineer", reply_by=dt.date(2026, 12, 18))
    log_interview(job, TUESDAY, [kari])
    interview = list_interviews(job)[0].id
    return dict(kari=kari, per=per, job=job, interview=interview)


def test_a_new_day_moves_the_thank_yous_and_check_ins_with_it(search):
    before = plan()
    changes = edit_interview(search["interview"], THURSDAY, [search["kari"]],
                                     format="video")
    after = plan()
    email = [day for kind, day, _name in after if kind is Kind.THANK_YOU_EMAIL]
    assert email == [THURSDAY.date()]  # R1: the day of the interview
    assert after != before
    assert {c.kind for c in changes.moved} >= {Kind.THANK_YOU_EMAIL, Kind.THANK_YOU_NOTE}
    assert not changes.planned and not changes.dropped  # the same follow-ups, moved
    record = list_interviews(search["job"])[0]
    assert (record.starts_at, record.format) == (THURSDAY, "video")


def test_an_interviewer_added_gets_thanks_and_one_removed_loses_the_planned_ones(search):
    edit_interview(search["interview"], TUESDAY, [search["kari"], search["per"]],
                   format="on-site")
    per_thanks = [kind for kind, _day, name in plan() if name == "Per Olsen"]
    assert per_thanks == [Kind.THANK_YOU_EMAIL]  # no postal address: no note (R2)
    changes = edit_interview(search["interview"], TUESDAY, [search["per"]],
                                     format="on-site")
    names = {name for _kind, _day, name in plan()}
    assert names == {"Per Olsen"}  # Kari's thanks dropped, her check-ins handed to Per
    assert {c.contact_name for c in changes.dropped} == {"Kari Nordmann"}
    assert interviewer_ids(search["interview"]) == [search["per"]]


def test_the_check_ins_go_to_the_interviewer_chosen_first_by_their_channel(search):
    recruiter = add_contact("Ingrid Berg", country="NO", preferred_channel="linkedin")
    edit_interview(search["interview"], TUESDAY, [search["kari"], recruiter],
                   format="on-site")
    changes = edit_interview(search["interview"], TUESDAY,
                                     [recruiter, search["kari"]], format="on-site")
    waiting = {(r.contact_name, r.channel) for r in list_follow_ups(states=("planned",))
               if r.kind in (Kind.CHECK_IN, Kind.KEEP_IN_TOUCH)}
    assert waiting == {("Ingrid Berg", Channel.LINKEDIN)}  # R8: her preferred channel
    assert {c.contact_name for c in changes.dropped} == {"Kari Nordmann"}
    assert {c.kind for c in changes.dropped} <= {Kind.CHECK_IN, Kind.KEEP_IN_TOUCH}
    assert {(c.kind, c.contact_name) for c in changes.planned} >= {
        (Kind.CHECK_IN, "Ingrid Berg")}
    kari_thanks = {kind for kind, _day, name in plan() if name == "Kari Nordmann"}
    assert kari_thanks == set(THANKS)  # still an interviewer: her thank-yous stay
    assert interviewer_ids(search["interview"])[0] == recruiter


def test_a_thank_you_already_sent_is_neither_moved_nor_planned_again(search):
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    mark_done(email.id, TUESDAY.date())
    edit_interview(search["interview"], THURSDAY, [search["kari"]], format="on-site")
    assert [(k, d) for k, d, _n in plan("done")] == [(Kind.THANK_YOU_EMAIL, TUESDAY.date())]
    assert Kind.THANK_YOU_EMAIL not in [k for k, _d, _n in plan()]


def test_undoing_an_edit_restores_every_row_as_it_was(search):
    rows, people = every_row(), interviewer_ids(search["interview"])
    _changes, state = recorded(lambda: edit_interview(search["interview"], THURSDAY,
                                     [search["per"], search["kari"]], format="phone"))
    undo(state)
    assert every_row() == rows
    assert interviewer_ids(search["interview"]) == people
    assert list_interviews(search["job"])[0].starts_at == TUESDAY


def test_a_wrong_edit_says_why_and_changes_nothing(search):
    rows = every_row()
    with pytest.raises(ValidationError, match="at least one interviewer"):
        edit_interview(search["interview"], THURSDAY, [], format="on-site")
    with pytest.raises(ValidationError, match="no longer exists"):
        edit_interview(search["interview"], THURSDAY, [search["kari"] + 99], format="video")
    with pytest.raises(ValidationError):
        edit_interview(search["interview"], THURSDAY, [search["kari"]], format="by pigeon")
    with pytest.raises(ValidationError, match="no longer exists"):
        edit_interview(search["interview"] + 99, THURSDAY, [search["kari"]], format="video")
    assert every_row() == rows


def test_deleting_drops_the_planned_keeps_the_sent_and_undo_brings_all_back(search):
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    mark_done(email.id, TUESDAY.date())
    rows = every_row()
    changes, state = recorded(lambda: delete_interview(search["interview"]))
    assert list_interviews(search["job"]) == []
    assert plan() == []  # nothing planned is left from it
    assert [k for k, _d, _n in plan("done")] == [Kind.THANK_YOU_EMAIL]  # history stays
    assert changes.dropped and not changes.planned
    undo(state)
    assert every_row() == rows
    assert [r.id for r in list_interviews(search["job"])] == [search["interview"]]


def test_deleting_a_second_interview_plans_the_check_ins_from_the_first_again(search):
    log_interview(search["job"], THURSDAY, [search["per"]])
    second = next(r.id for r in list_interviews(search["job"]) if r.starts_at == THURSDAY)
    changes = delete_interview(second)
    check_ins = [(d, n) for k, d, n in plan() if k is Kind.CHECK_IN]
    assert check_ins and {n for _d, n in check_ins} == {"Kari Nordmann"}
    assert min(d for d, _n in check_ins) > TUESDAY.date()
    assert {c.kind for c in changes.planned} >= {Kind.CHECK_IN}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days=st.integers(min_value=-20, max_value=20), hour=st.integers(0, 23))
def test_any_corrected_day_plans_thanks_on_or_after_it_and_undo_is_exact(search, days, hour):
    rows = every_row()
    when = dt.datetime.combine(TUESDAY.date() + dt.timedelta(days=days), dt.time(hour))
    _changes, state = recorded(lambda: edit_interview(search["interview"], when, [search["kari"]],
                                     format="on-site"))
    thanks = [(k, d) for k, d, _n in plan() if k in THANKS]
    assert {k for k, _d in thanks} == set(THANKS)
    assert all(d >= when.date() for _k, d in thanks)
    undo(state)
    assert every_row() == rows


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(3)), hour=st.integers(8, 17))
def test_whatever_the_order_the_first_interviewer_alone_gets_the_check_ins(search, order,
                                                                           hour):
    recruiter = add_contact(f"Ingrid Berg {hour}", country="NO", preferred_channel="linkedin")
    people = [search["kari"], search["per"], recruiter]
    chosen = [people[i] for i in order]
    rows = every_row()
    _changes, state = recorded(lambda: edit_interview(
        search["interview"], TUESDAY.replace(hour=hour), chosen, format="on-site"))
    waiting = [r for r in list_follow_ups(states=("planned",))
               if r.kind in (Kind.CHECK_IN, Kind.KEEP_IN_TOUCH)]
    assert waiting and {r.contact_id for r in waiting} == {chosen[0]}
    first_channel = Channel.LINKEDIN if chosen[0] == recruiter else Channel.EMAIL
    assert {r.channel for r in waiting} == {first_channel}  # R8: their own channel
    assert len([r for r in waiting if r.kind is Kind.CHECK_IN]) <= 3  # R4
    undo(state)
    assert every_row() == rows
