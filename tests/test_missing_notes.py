"""R2 without a postal address: an interviewer nobody can write to by hand gets no note,
the plan says so and why, and adding the address later plans the note while it can
still arrive within 7 days (and says when it no longer can)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.rules import Kind
from jobfollowup.services import settings as settings_service
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import list_follow_ups, mark_done, skip
from jobfollowup.services.records.contacts import add_postal_address, update_contact
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interactions import without_postal_address
from jobfollowup.services.undo import recorded, undo
from jobfollowup.storage.models import FollowUp

THURSDAY = dt.datetime(2026, 12, 17, 14, 0)  # in Norway; the note may go on Friday 18th
ADDRESS = "Forusbeen 50\n4035 Stavanger"


def notes(name: str = "Kari Nordmann") -> list:
    return [r for r in list_follow_ups(states=("planned", "done", "skipped"))
            if r.kind is Kind.THANK_YOU_NOTE and r.contact_name == name]


@pytest.fixture
def kari(data_dir):
    """Kari, added in the middle of logging the interview: a name, an email, no address;
    the person lives in Norway too (post takes two days)."""
    settings_service.put("home_country", "NO")
    person = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example")
    job = add_application("Equinor", "Data Engineer", country="NO")
    created = log_interview(job, THURSDAY, [person])
    return dict(id=person, job=job, created=created)


def test_no_address_no_note_and_the_plan_says_who_and_why(kari):
    assert notes() == []
    assert without_postal_address(kari["created"]) == [(kari["id"], "Kari Nordmann")]


def test_someone_with_an_address_is_not_named(data_dir):
    ola = add_contact("Ola Hansen", country="NO", postal_address=ADDRESS)
    job = add_application("Equinor", "Data Engineer", country="NO")
    created = log_interview(job, THURSDAY, [ola])
    assert without_postal_address(created) == []
    assert len(notes("Ola Hansen")) == 1


def test_the_address_added_the_same_day_plans_the_note_on_the_first_post_day(kari):
    changes = update_contact(kari["id"], postal_address=ADDRESS, today=THURSDAY.date())
    (note,) = notes()
    assert note.date == dt.date(2026, 12, 18) and note.state == "planned"
    assert [c.kind for c in changes.planned] == [Kind.THANK_YOU_NOTE]
    assert not changes.remarks
    assert without_postal_address(kari["created"]) == []


def test_added_a_few_days_later_the_note_goes_today_or_the_next_post_day(kari):
    update_contact(kari["id"], postal_address=ADDRESS, today=dt.date(2026, 12, 19))  # Sat
    (note,) = notes()
    assert note.date == dt.date(2026, 12, 21)  # Monday, the next post day
    assert note.deadline >= note.date


def test_too_late_to_arrive_in_time_is_said_not_planned(kari):
    changes = update_contact(kari["id"], postal_address=ADDRESS, today=dt.date(2026, 12, 23))
    assert notes() == [] and not changes.planned
    assert changes.remarks == ("Too late for a handwritten note to Kari Nordmann for the "
                               "interview of Thursday, December 17, 2026: it could no longer "
                               "arrive within 7 days.",)


def test_an_old_interview_gets_neither_a_note_nor_a_word(kari):
    changes = update_contact(kari["id"], postal_address=ADDRESS, today=dt.date(2027, 3, 1))
    assert notes() == [] and not changes


def test_a_note_already_decided_is_not_planned_again(kari):
    update_contact(kari["id"], postal_address=ADDRESS, today=THURSDAY.date())
    (note,) = notes()
    skip(note.id)
    update_contact(kari["id"], postal_address="", today=THURSDAY.date())
    changes = update_contact(kari["id"], postal_address=ADDRESS, today=THURSDAY.date())
    assert not changes and [n.state for n in notes()] == ["skipped"]


def test_the_address_taken_away_drops_the_note_still_planned_and_says_so(kari):
    update_contact(kari["id"], postal_address=ADDRESS, today=THURSDAY.date())
    (note,) = notes()
    changes = update_contact(kari["id"], postal_address="", today=THURSDAY.date())
    assert notes() == []
    assert [(c.kind, c.before, c.after) for c in changes.dropped] == [
        (Kind.THANK_YOU_NOTE, note.date, None)]
    again = update_contact(kari["id"], postal_address=ADDRESS, today=THURSDAY.date())
    assert [c.kind for c in again.planned] == [Kind.THANK_YOU_NOTE]


def test_a_note_already_sent_stays_when_the_address_goes(kari):
    update_contact(kari["id"], postal_address=ADDRESS, today=THURSDAY.date())
    (note,) = notes()
    mark_done(note.id, note.date)
    changes = update_contact(kari["id"], postal_address="", today=THURSDAY.date())
    assert not changes.dropped and [n.state for n in notes()] == ["done"]


def test_someone_who_prefers_letters_keeps_the_note_without_an_address(kari):
    update_contact(kari["id"], postal_address=ADDRESS, preferred_channel="letter",
                   today=THURSDAY.date())
    changes = update_contact(kari["id"], postal_address="", today=THURSDAY.date())
    assert not changes.dropped and len(notes()) == 1


def test_a_liking_for_letters_plans_the_note_too(kari):
    changes = update_contact(kari["id"], preferred_channel="letter", today=THURSDAY.date())
    assert Kind.THANK_YOU_NOTE in [c.kind for c in changes.planned]


def test_an_empty_address_is_refused_with_its_field(kari):
    with pytest.raises(ValidationError) as refused:
        add_postal_address(kari["id"], "  \n ", THURSDAY.date())
    assert refused.value.field == "postal_address"
    assert notes() == []


def test_undo_takes_the_address_and_the_note_back(kari):
    before = list(FollowUp.select().order_by(FollowUp.id).dicts())
    _result, step = recorded(lambda: add_postal_address(kari["id"], ADDRESS, THURSDAY.date()))
    assert len(notes()) == 1
    undo(step)
    assert list(FollowUp.select().order_by(FollowUp.id).dicts()) == before


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=12), st.sampled_from(["NO", "FR", "US", "GB"]))
def test_a_note_planned_late_still_arrives_in_time(kari, days_later, country):
    """Whatever the day the address comes and wherever Kari lives, a note planned is mailed
    no earlier than that day and no later than its last mailing day."""
    update_contact(kari["id"], postal_address="", country=country, today=THURSDAY.date())
    FollowUp.delete().where(FollowUp.kind == Kind.THANK_YOU_NOTE.value).execute()
    today = THURSDAY.date() + dt.timedelta(days=days_later)
    changes = update_contact(kari["id"], postal_address=ADDRESS, today=today)
    for note in notes():
        assert today <= note.date <= note.deadline
    assert bool(changes.planned) != bool(changes.remarks) or days_later > 7
