"""A logged reply re-plans the application it answers: exactly these follow-ups go and come."""

from __future__ import annotations

import datetime as dt

import pytest

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.references import add_reference
from jobfollowup.services.records.replies import reply_received, reply_to_follow_up
from jobfollowup.storage.models import Application, Interaction

D = dt.date


@pytest.fixture
def search(data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example",
                       preferred_channel="email")
    ola = add_contact("Ola Hansen", country="NO", role="reference", email="ola@example.no")
    job = add_application("Equinor", "Data Engineer", reply_by=D(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    add_reference(job, ola, D(2026, 12, 17))
    return {"kari": kari, "ola": ola, "job": job}


def planned() -> dict[int, tuple[Kind, str]]:
    return {r.id: (r.kind, r.contact_name) for r in list_follow_ups(states=("planned",))}


def test_a_reply_drops_the_waiting_check_ins_and_adds_nothing(search):
    before = planned()
    waiting = {i for i, (kind, _name) in before.items()
               if kind in (Kind.CHECK_IN, Kind.KEEP_IN_TOUCH)}
    assert len([i for i in waiting if before[i][0] is Kind.CHECK_IN]) >= 2
    email = next(i for i, (kind, _n) in before.items() if kind is Kind.THANK_YOU_EMAIL)
    replied = reply_to_follow_up(email, D(2026, 12, 21), summary="Kari called")
    assert {c.follow_up_id for c in replied.changes.dropped} == waiting
    assert replied.changes.planned == () and replied.changes.moved == ()
    assert set(planned()) == set(before) - waiting  # the thank-you and heads-up remain
    reply = Interaction.get(Interaction.direction == "in")
    assert (reply.channel, reply.summary, reply.application_id) == (
        "email", "Kari called", search["job"])
    assert replied.suggested_channel is None  # she answered on the channel on file


def test_a_rejection_reply_plans_the_reference_update_and_the_rejection_notes(search):
    before = planned()
    replied = reply_received(search["kari"], D(2026, 12, 21), "phone", "Not this time",
                             search["job"], outcome="rejected")
    after = planned()
    removed = set(before) - set(after)
    added = sorted(after[i] for i in set(after) - set(before))
    assert {before[i][0] for i in removed} == {Kind.CHECK_IN, Kind.KEEP_IN_TOUCH}
    assert added == sorted([(Kind.REFERENCE_OUTCOME, "Ola Hansen"),
                            (Kind.REJECTION_THANKS, "Kari Nordmann"),
                            (Kind.KEEP_IN_TOUCH, "Kari Nordmann")])
    assert {c.follow_up_id for c in replied.changes.planned} == set(after) - set(before)
    assert {c.follow_up_id for c in replied.changes.dropped} >= removed
    assert Application.get_by_id(search["job"]).status == "rejected"
    assert replied.suggested_channel.value == "phone"  # R8: she called instead of writing


def test_an_outcome_needs_an_application(search):
    from jobfollowup.services.errors import ValidationError

    with pytest.raises(ValidationError):
        reply_received(search["kari"], D(2026, 12, 21), "email", outcome="offer")
    assert not Interaction.select().exists()
