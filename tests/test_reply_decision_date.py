"""“They replied — no decision yet, they will decide by …”: the waiting plan stays and its
check-ins move after that day (R5), spread as R6 says on calm days (R7); the plan summary
says what moved; Edit → Undo takes it all back. And a move is judged against the person's
check-ins of every application (R6).

Dates are worked out by hand from the calendar of Norway (holidays 25–26 December and
1 January), never by asking the rules being tested."""

from __future__ import annotations

import datetime as dt

import pytest

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import (
    get_follow_up,
    judge_move,
    list_follow_ups,
    reschedule,
)
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.replies import reply_received
from jobfollowup.storage.models import Application
from jobfollowup.ui.dialogs.reply import ReplyDialog
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.plan_summary import describe

D = dt.date
REPLIED_ON = D(2026, 12, 21)


@pytest.fixture
def search(data_dir):
    """Kari interviewed on Thursday 17 December 2026; they said they would answer by
    Monday 28 December."""
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example",
                       preferred_channel="email")
    job = add_application("Equinor", "Data Engineer", reply_by=D(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    return {"kari": kari, "job": job}


def waiting() -> list[tuple[Kind, dt.date]]:
    return [(r.kind, r.date) for r in list_follow_ups(states=("planned",))
            if r.kind in (Kind.CHECK_IN, Kind.KEEP_IN_TOUCH)]


def test_a_decision_date_keeps_the_check_ins_and_moves_them_after_it(search):
    assert waiting()  # something to keep
    replied = reply_received(search["kari"], REPLIED_ON, "phone", "They decide by the 5th",
                             search["job"], decide_by=D(2027, 1, 5))
    # From Wednesday 6 January (the day after), on calm days over two weeks, three days
    # apart at least: 6, 12 and 19 January; then keep in touch four weeks after the 19th.
    assert waiting() == [(Kind.CHECK_IN, D(2027, 1, 6)), (Kind.CHECK_IN, D(2027, 1, 12)),
                         (Kind.CHECK_IN, D(2027, 1, 19)),
                         (Kind.KEEP_IN_TOUCH, D(2027, 2, 16))]
    assert Application.get_by_id(search["job"]).reply_by == D(2027, 1, 5)
    assert replied.changes.dropped == ()
    text = describe(replied.changes)
    # Before: 29 December and 7 January; the window after the 5th has room for a third.
    assert ("Check in with Kari Nordmann: moved from Tuesday, December 29, 2026 to "
            "Wednesday, January 6, 2027") in text
    assert ("Check in with Kari Nordmann: moved from Thursday, January 7, 2027 to "
            "Tuesday, January 12, 2027") in text
    assert "Check in with Kari Nordmann: planned for Tuesday, January 19, 2027" in text
    assert "No longer planned" not in text
    first = next(r for r in list_follow_ups(states=("planned",)) if r.kind is Kind.CHECK_IN)
    said = " ".join(reason.text("en") for reason in get_follow_up(first.id).reasons)
    assert "answer by Tuesday, January 5, 2027" in said


def test_without_a_date_the_reply_still_ends_the_waiting(search):
    reply_received(search["kari"], REPLIED_ON, "phone", "Thanks", search["job"])
    assert waiting() == []


def test_a_date_after_the_plan_was_dropped_plans_the_check_ins_again(search):
    reply_received(search["kari"], REPLIED_ON, "phone", "Thanks", search["job"])
    replied = reply_received(search["kari"], D(2026, 12, 22), "email", "Decide by the 5th",
                             search["job"], decide_by=D(2027, 1, 5))
    assert [day for kind, day in waiting() if kind is Kind.CHECK_IN] == [
        D(2027, 1, 6), D(2027, 1, 12), D(2027, 1, 19)]
    assert "Check in with Kari Nordmann: planned for" in describe(replied.changes)


@pytest.mark.parametrize(("decide_by", "outcome", "field"), [
    (D(2026, 12, 20), None, "decide_by"),  # before their reply
    (D(2027, 1, 5), "offer", "decide_by"),  # an offer is the decision
])
def test_a_decision_date_that_makes_no_sense_is_refused_and_nothing_changes(
        search, decide_by, outcome, field):
    before = waiting()
    with pytest.raises(ValidationError) as refused:
        reply_received(search["kari"], REPLIED_ON, "phone", "", search["job"], outcome,
                       decide_by)
    assert refused.value.field == field
    assert waiting() == before


def test_the_reply_dialog_with_a_date_is_undone_exactly(search, qtbot):
    operations = Operations()
    before = waiting()
    reply_by_before = Application.get_by_id(search["job"]).reply_by
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    dialog = ReplyDialog(operations, email, REPLIED_ON)
    qtbot.addWidget(dialog)
    assert dialog.decide_by.isEnabled()
    dialog.decide_by.set_value(D(2027, 1, 5))
    dialog.accept()
    assert dialog.replied is not None
    assert [day for kind, day in waiting() if kind is Kind.CHECK_IN][0] == D(2027, 1, 6)
    assert operations.undo_stack.undoText().startswith("They replied: ")
    assert operations.undo()
    assert waiting() == before
    assert Application.get_by_id(search["job"]).reply_by == reply_by_before
    assert operations.redo()
    assert Application.get_by_id(search["job"]).reply_by == D(2027, 1, 5)


def test_the_reply_dialog_offers_no_date_once_the_answer_is_the_outcome(search, qtbot):
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    dialog = ReplyDialog(Operations(), email, REPLIED_ON)
    qtbot.addWidget(dialog)
    dialog.decide_by.set_value(D(2027, 1, 5))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("offer"))
    assert not dialog.decide_by.isEnabled() and dialog.decide_by.value() is None


def test_a_move_is_judged_against_the_persons_check_ins_of_another_application(search):
    """Kari also interviews for a second job; its check-in on Wednesday 13 January makes
    Tuesday 12 January, a calm day, too close for a check-in of the first job."""
    other = add_application("Equinor", "Analytics Lead", reply_by=D(2027, 1, 11))
    log_interview(other, dt.datetime(2027, 1, 5, 10, 0), [search["kari"]])
    theirs = [r for r in list_follow_ups(states=("planned",))
              if r.kind is Kind.CHECK_IN and r.application_id == other]
    reschedule(theirs[0].id, D(2027, 1, 13))
    mine = next(r for r in list_follow_ups(states=("planned",))
                if r.kind is Kind.CHECK_IN and r.application_id == search["job"])
    verdict = judge_move(mine.id, D(2027, 1, 12), D(2026, 12, 21))
    assert not verdict.allowed
    assert [r.code for r in verdict.violations] == ["r6-too-close"]
    assert abs((verdict.nearest_allowed - D(2027, 1, 13)).days) >= 3
