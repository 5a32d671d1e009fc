"""Applications, references and interactions: every event plans exactly what the rules
call for, with their reasons; re-planning never touches what is done."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.rules import Channel, Kind
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import list_follow_ups, mark_done
from jobfollowup.services.records.applications import (
    application_dependents,
    delete_application,
    get_application,
    list_interviews,
    set_status,
    update_application,
    update_interview_points,
)
from jobfollowup.services.records.contacts import get_contact
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interactions import (
    channel_warning,
    history,
    log_interaction,
    make_preferred,
    plan_warnings,
)
from jobfollowup.services.records.references import add_reference, list_references, record_event
from jobfollowup.services.undo import recorded, undo
from jobfollowup.storage.models import FollowUp

LISTED = dt.date(2026, 12, 1)  # a Tuesday
printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


def plan_of(contact_name: str | None = None, state: str = "planned"):
    return [(r.kind, r.date, r.contact_name) for r in list_follow_ups(states=(state,))
            if contact_name in (None, r.contact_name)]


def rules_of(kind: Kind) -> list[list[str]]:
    return [[reason.rule for reason in r.reasons] for r in list_follow_ups() if r.kind is kind]


@pytest.fixture
def search(data_dir):
    """An application in Norway with an interviewer and two references."""
    kari = add_contact("Kari Nordmann", country="NO", preferred_channel="email")
    ola = add_contact("Ola Hansen", country="NO", role="reference", preferred_channel="phone")
    marie = add_contact("Marie Dupont", country="FR", role="reference")
    job = add_application("Equinor", "Data Engineer", level="senior",
                          reply_by=dt.date(2026, 12, 11))
    return dict(kari=kari, ola=ola, marie=marie, job=job)


def test_listing_a_reference_plans_exactly_one_heads_up(search):
    changes = add_reference(search["job"], search["ola"], LISTED)
    assert plan_of() == [(Kind.REFERENCE_HEADS_UP, LISTED, "Ola Hansen")]
    assert [c.kind for c in changes.planned] == [Kind.REFERENCE_HEADS_UP]
    assert rules_of(Kind.REFERENCE_HEADS_UP) == [["R11"]]
    assert list_follow_ups()[0].channel is Channel.PHONE  # R8: the channel they prefer
    with pytest.raises(ValidationError, match="already a reference"):
        add_reference(search["job"], search["ola"], LISTED)


def test_employer_contact_plans_the_thanks_once(search):
    add_reference(search["job"], search["ola"], LISTED)
    reference = list_references(search["job"])[0].id
    record_event(reference, "agreed", LISTED)
    changes = record_event(reference, "employer-contacted", dt.date(2026, 12, 8))
    assert [(c.kind, c.after) for c in changes.planned] == [
        (Kind.REFERENCE_THANKS, dt.date(2026, 12, 8))]
    assert rules_of(Kind.REFERENCE_THANKS) == [["R12"]]
    assert not record_event(reference, "employer-contacted", dt.date(2026, 12, 9))
    row = list_references(search["job"])[0]
    assert row.dates["agreed"] == LISTED
    assert row.dates["employer-contacted"] == dt.date(2026, 12, 9)
    assert row.next_step.kind is Kind.REFERENCE_HEADS_UP


def test_ticking_a_step_closes_its_follow_up(search):
    add_reference(search["job"], search["ola"], LISTED)
    reference = list_references(search["job"])[0].id
    record_event(reference, "heads-up", LISTED)
    assert plan_of(state="done") == [(Kind.REFERENCE_HEADS_UP, LISTED, "Ola Hansen")]
    assert list_references(search["job"])[0].dates["heads-up"] == LISTED


@pytest.mark.parametrize("status", ["offer", "declined"])
def test_an_outcome_plans_an_update_for_every_reference(search, status):
    add_reference(search["job"], search["ola"], LISTED)
    add_reference(search["job"], search["marie"], LISTED)
    known = dt.date(2026, 12, 15)
    changes = set_status(search["job"], status, on=known)
    outcome = [(c.contact_name, c.kind) for c in changes.planned]
    assert sorted(outcome) == [("Marie Dupont", Kind.REFERENCE_OUTCOME),
                               ("Ola Hansen", Kind.REFERENCE_OUTCOME)]
    assert rules_of(Kind.REFERENCE_OUTCOME) == [["R13", "R7"], ["R13", "R7"]]
    assert get_application(search["job"]).status == status


def test_offer_then_accepted_tells_once_and_plans_the_senior_gift(search):
    add_reference(search["job"], search["ola"], LISTED)
    set_status(search["job"], "offer", on=dt.date(2026, 12, 15))
    changes = set_status(search["job"], "accepted", on=dt.date(2026, 12, 16))
    outcomes = [r for r in list_follow_ups() if r.kind is Kind.REFERENCE_OUTCOME]
    assert len(outcomes) == 1  # news not yet told is re-planned, not doubled
    assert [c.kind for c in changes.planned] == [Kind.REFERENCE_GIFT]
    gift = next(r for r in list_follow_ups() if r.kind is Kind.REFERENCE_GIFT)
    assert gift.channel is Channel.LETTER
    assert gift.reasons[0].code == "r13-gift-senior"


def test_rejection_tells_references_thanks_interviewers_and_stops_check_ins(search):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    add_reference(search["job"], search["ola"], LISTED)
    check_ins = [r.id for r in list_follow_ups() if r.kind is Kind.CHECK_IN]
    assert check_ins
    changes = set_status(search["job"], "rejected", on=dt.date(2026, 12, 15))
    assert {(c.kind, c.contact_name) for c in changes.planned} == {
        (Kind.REFERENCE_OUTCOME, "Ola Hansen"), (Kind.REJECTION_THANKS, "Kari Nordmann"),
        (Kind.KEEP_IN_TOUCH, "Kari Nordmann")}
    assert {c.follow_up_id for c in changes.dropped} >= set(check_ins)
    assert all(FollowUp.get_by_id(i).state == "skipped" for i in check_ins)
    assert rules_of(Kind.REJECTION_THANKS) == [["R14", "R7"]]
    later = [r for r in list_follow_ups(states=("planned",)) if r.kind is Kind.KEEP_IN_TOUCH]
    assert len(later) == 1 and later[0].date >= dt.date(2027, 3, 16)


@pytest.mark.parametrize("ended", ["rejected", "withdrawn", "offer"])
def test_reopening_drops_what_the_end_planned_and_plans_the_check_ins_again(search, ended):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    add_reference(search["job"], search["ola"], LISTED)
    check_ins = [r for r in list_follow_ups() if r.kind is Kind.CHECK_IN]
    mark_done(check_ins[0].id, on=check_ins[0].date)
    waiting_before = [(r.kind, r.date) for r in list_follow_ups(states=("planned",))
                      if r.kind in (Kind.CHECK_IN, Kind.KEEP_IN_TOUCH)]
    set_status(search["job"], ended, on=dt.date(2026, 12, 15))
    changes = set_status(search["job"], "interviewing", on=dt.date(2026, 12, 16))
    planned = list_follow_ups(states=("planned",))
    ending = {Kind.REJECTION_THANKS, Kind.REFERENCE_OUTCOME, Kind.REFERENCE_GIFT}
    assert not {r.kind for r in planned} & ending  # no thanks for a no that was not one
    assert not [r for r in planned if r.kind is Kind.KEEP_IN_TOUCH
                and r.date >= dt.date(2027, 3, 1)]  # nor the note months after it
    waiting = [(r.kind, r.date) for r in planned if r.kind in (Kind.CHECK_IN,
                                                                Kind.KEEP_IN_TOUCH)]
    assert waiting == waiting_before  # the same check-ins, the one done still counted
    assert {c.kind for c in changes.planned} >= {Kind.CHECK_IN}
    dropped = {c.kind for c in changes.dropped}
    assert dropped <= ending | {Kind.KEEP_IN_TOUCH}  # said, and only what the end planned
    if ended == "rejected":
        assert dropped == {Kind.REJECTION_THANKS, Kind.KEEP_IN_TOUCH, Kind.REFERENCE_OUTCOME}


def test_a_new_timeline_replans_check_ins_and_leaves_done_ones(search):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    check_ins = sorted((r.date, r.id) for r in list_follow_ups() if r.kind is Kind.CHECK_IN)
    first = FollowUp.get_by_id(check_ins[0][1])
    first.state, first.done_on = "done", first.planned_date
    first.save()

    changes = update_application(search["job"], reply_by=dt.date(2026, 12, 18))

    assert FollowUp.get_by_id(first.id).planned_date == check_ins[0][0]
    assert all(c.follow_up_id != first.id for c in changes.changes)
    planned = sorted(r.date for r in list_follow_ups(states=("planned",))
                     if r.kind is Kind.CHECK_IN)
    assert planned and all(day > dt.date(2026, 12, 18) for day in planned)
    assert len(planned) <= 2  # with the one already done: at most three (R6)
    assert changes.moved


def test_update_refuses_bad_input_and_saves_nothing(search):
    with pytest.raises(ValidationError) as caught:
        update_application(search["job"], company="Statoil", position=" ")
    assert caught.value.field == "position"
    assert get_application(search["job"]).company == "Equinor"


def test_interview_points_can_be_completed_later(search):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    interview = list_interviews(search["job"])[0]
    assert interview.interviewers == ("Kari Nordmann",)
    update_interview_points(interview.id, highlight="the platform migration",
                            personal_detail="her trip to Lofoten")
    again = list_interviews(search["job"])[0]
    assert (again.highlight, again.personal_detail) == ("the platform migration",
                                                        "her trip to Lofoten")


def test_delete_application_keeps_interactions_and_undo_restores_all(search):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    add_reference(search["job"], search["ola"], LISTED)
    log_interaction(search["kari"], dt.date(2026, 12, 4), "email", "out", "Thanks",
                    application_id=search["job"])
    before = sorted(r.id for r in list_follow_ups())
    counts = application_dependents(search["job"])
    assert (counts.follow_ups, counts.interviews, counts.references, counts.interactions) == (
        len(before), 1, 1, 1)
    _nothing, step = recorded(lambda: delete_application(search["job"]))
    assert list_follow_ups() == []
    assert history(search["kari"])[0].company == ""
    undo(step)
    assert sorted(r.id for r in list_follow_ups()) == before
    assert history(search["kari"])[0].company == "Equinor"
    assert list_references(search["job"])[0].contact_name == "Ola Hansen"


def test_a_reply_on_another_channel_suggests_it_and_replans(search):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    assert log_interaction(search["kari"], dt.date(2026, 12, 4), "email", "in",
                           "Thanks!").suggested_channel is None
    logged = log_interaction(search["kari"], dt.date(2026, 12, 5), "phone", "in",
                             "She called about the next round")
    assert logged.suggested_channel is Channel.PHONE
    assert log_interaction(search["kari"], dt.date(2026, 12, 6), "linkedin", "out",
                           "").suggested_channel is None  # only their replies teach us
    changes = make_preferred(search["kari"], "phone")
    assert get_contact(search["kari"]).preferred_channel == "phone"
    check_ins = [r for r in list_follow_ups() if r.kind is Kind.CHECK_IN]
    assert check_ins and all(r.channel is Channel.PHONE for r in check_ins)
    assert {c.kind for c in changes.moved} == {Kind.CHECK_IN, Kind.KEEP_IN_TOUCH}
    thank_you = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    assert thank_you.channel is Channel.EMAIL


def test_a_channel_never_used_with_a_person_warns(data_dir):
    lea = add_contact("Léa Moreau", country="FR", postal_address="3 rue de la Paix, Paris")
    assert channel_warning(lea, "linkedin") is None  # nothing used yet: nothing to keep to
    log_interaction(lea, dt.date(2026, 12, 1), "phone", "in", "She called me")
    warning = channel_warning(lea, Channel.EMAIL)
    assert "never used email with Léa Moreau" in warning and "phone" in warning
    assert channel_warning(lea, "phone") is None
    assert channel_warning(lea, "letter", Kind.THANK_YOU_NOTE) is None  # R2 asks for it
    job = add_application("Airbus", "UX Designer")
    planned = log_interview(job, dt.datetime(2026, 12, 2, 10, 0), [lea])
    warnings = plan_warnings(planned)
    assert len(warnings) == 1 and "email" in warnings[0]  # thank-you and check-ins


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(company=printable.filter(lambda s: s.strip()), position=printable.filter(
    lambda s: s.strip()), notes=st.text(max_size=200), summary=printable)
def test_application_and_exchange_text_round_trips(data_dir, company, position, notes,
                                                   summary):
    job = add_application(company, position, notes=notes)
    stored = get_application(job)
    assert (stored.company, stored.position, stored.notes) == (
        company.strip(), position.strip(), notes.strip())
    person = add_contact("Kari Nordmann")
    log_interaction(person, dt.date(2026, 12, 1), "email", "in", summary, job)
    assert history(person)[0].summary == summary.strip()


def test_undoing_a_status_change_puts_the_plan_back_as_it_was(search):
    log_interview(search["job"], dt.datetime(2026, 12, 3, 10, 0), [search["kari"]])
    add_reference(search["job"], search["ola"], LISTED)
    before = sorted((r.id, r.kind, r.date, r.state, r.channel) for r in list_follow_ups())
    changes, step = recorded(lambda: update_application(
        search["job"], dt.date(2026, 12, 15), status="rejected",
        reply_by=dt.date(2026, 12, 14)))
    assert changes.planned and changes.dropped
    undo(step)
    assert sorted((r.id, r.kind, r.date, r.state, r.channel)
                  for r in list_follow_ups()) == before
    restored = get_application(search["job"])
    assert (restored.status, restored.reply_by) == ("interviewing", dt.date(2026, 12, 11))
