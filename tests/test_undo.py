"""Undo and Redo of every action that changes the user's data, through the one operation
path the views use: the data after Undo is exactly the data before, row for row, and
Redo gives exactly the data after. A random sequence of actions undone and redone in
full lands on the same two states (hypothesis)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.demo.sample import load_small_demo
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning import drafts
from jobfollowup.services.planning.follow_ups import (
    mark_done,
    mark_not_sent,
    reschedule,
    skip,
)
from jobfollowup.services.records import references
from jobfollowup.services.records.applications import update_application
from jobfollowup.services.records.contacts import delete_contact, update_contact
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interactions import log_interaction, make_preferred
from jobfollowup.services.records.interviews import delete_interview, edit_interview
from jobfollowup.services.records.replies import reply_to_follow_up
from jobfollowup.storage.models import (
    ALL_MODELS,
    Application,
    Contact,
    FollowUp,
    Interview,
    Reference,
    database_proxy,
)
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations

TODAY = dt.date(2026, 12, 17)


def everything() -> dict[str, list[tuple]]:
    """Every row of every table, as stored."""
    return {model._meta.table_name: database_proxy.execute_sql(
        f'SELECT * FROM "{model._meta.table_name}" ORDER BY rowid').fetchall()
        for model in ALL_MODELS}


def planned(kind: str | None = None) -> FollowUp:
    """The first planned follow-up (of `kind`); when none is left (a random sequence sent
    them all), the step is refused as a service refuses one, and changes nothing."""
    query = FollowUp.select().where(FollowUp.state == "planned")
    if kind:
        query = query.where(FollowUp.kind == kind)
    found = query.order_by(FollowUp.planned_date, FollowUp.id).first()
    if found is None:
        raise ValidationError(f"No {kind or 'follow-up'} is planned any more.")
    return found


def sent() -> int:
    item = planned("thank-you-email")
    mark_done(item.id, TODAY)
    return item.id


def an_interview() -> Interview:
    return Interview.select().order_by(Interview.id).first()


def a_reference() -> Reference:
    return Reference.select().order_by(Reference.id).first()


# Each action as the view runs it: (what the user does, the service call).
ACTIONS: dict[str, Callable[[], object]] = {
    "mark sent": lambda: mark_done(planned("check-in").id, TODAY),
    "mark sent with the editor's text": lambda: mark_done(
        planned("thank-you-email").id, TODAY, "Thank you", "Dear Kari,\n\nThank you.",
        name_checked=True),
    "skip": lambda: skip(planned().id),
    "move (a drop, Ctrl+M, a snooze)": lambda: reschedule(
        planned("check-in").id, TODAY + dt.timedelta(days=20)),
    "they replied": lambda: reply_to_follow_up(planned("check-in").id, TODAY, "phone",
                                               "They will decide on Friday"),
    "they replied with the outcome": lambda: reply_to_follow_up(
        planned("check-in").id, TODAY, None, "An offer!", "offer"),
    "log an interview": lambda: log_interview(
        Application.select().first().id, dt.datetime(2026, 12, 18, 10, 0),
        [Contact.select().first().id], highlight="the data platform"),
    "correct an interview": lambda: edit_interview(
        an_interview().id, dt.datetime(2026, 12, 16, 9, 0),
        [Contact.select().order_by(Contact.id.desc()).first().id], format="video"),
    "delete an interview": lambda: delete_interview(an_interview().id),
    "status change": lambda: update_application(
        Application.select().first().id, TODAY, status="rejected"),
    "reference checklist step": lambda: references.record_event(
        a_reference().id, "employer-contacted", TODAY),
    "list a reference": lambda: references.add_reference(
        Application.select().order_by(Application.id.desc()).first().id,
        Contact.select().first().id, TODAY),
    "add a contact": lambda: add_contact("Jean Dupont", country="FR", email="jd@x.example"),
    "edit a contact": lambda: update_contact(Contact.select().first().id, country="IT",
                                           subdivision="", preferred_channel="phone"),
    "delete a contact": lambda: delete_contact(Contact.select().first().id),
    "add an application": lambda: add_application("Nordlys", "Data Engineer"),
    "edit an application": lambda: update_application(
        Application.select().first().id, TODAY, reply_by=TODAY + dt.timedelta(days=30)),
    "log an exchange": lambda: log_interaction(Contact.select().first().id, TODAY, "email",
                                               "out", "Sent my portfolio"),
    "make a channel the preferred one": lambda: make_preferred(
        Contact.select().first().id, "phone"),
    "edit a template": lambda: drafts.save_template(
        "check-in", "en", "Checking in", "Dear {name},\n\nAny news?\n\n{sender}"),
    "edit a draft": lambda: drafts.save_draft(planned().id, "Hello", "My own words"),
}


@pytest.fixture(autouse=True)
def no_message_box(monkeypatch):
    """A refusal the app would show in a box fails the test here (nothing waits on it)."""
    from PySide6.QtWidgets import QMessageBox

    def shown(_parent, title, text, *args):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", shown)
    monkeypatch.setattr(QMessageBox, "critical", shown)

    def asked(_operations, error, step, forward):
        raise AssertionError(f"asked whether to go on over a change since: {error}")

    monkeypatch.setattr(Operations, "_go_on", asked)


@pytest.fixture
def sample_search(data_dir):
    load_small_demo(TODAY)
    return data_dir


@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_action_is_undone_and_redone_exactly(sample_search, qtbot, action):
    operations = Operations()
    before = everything()
    ok, _result = operations.run_undoable(None, action, ACTIONS[action], changes=Change.FOLLOW_UPS)
    assert ok
    after = everything()
    assert after != before, "the action changed nothing"
    assert operations.undo_stack.undoText() == action
    assert operations.undo()
    assert everything() == before
    assert operations.redo()
    assert everything() == after


def test_marked_not_sent_is_undone_and_redone(sample_search, qtbot):
    operations = Operations()
    follow_up_id = sent()
    before = everything()
    operations.run_undoable(None, "Mark not sent", lambda: mark_not_sent(follow_up_id),
                            changes=Change.FOLLOW_UPS)
    after = everything()
    assert FollowUp.get_by_id(follow_up_id).state == "planned"
    assert operations.undo() and everything() == before
    assert FollowUp.get_by_id(follow_up_id).state == "done"
    assert operations.redo() and everything() == after


def test_loading_the_sample_is_undone_and_redone(data_dir, qtbot):
    operations = Operations()
    before = everything()
    operations.run_undoable(None, "Load the sample job search",
                            lambda: load_small_demo(TODAY), changes=Change.FOLLOW_UPS)
    after = everything()
    assert len(after["follow_up"]) > 50
    assert operations.undo() and everything() == before
    assert operations.redo() and everything() == after


# A random sequence of actions, undone and redone in full -------------------------------
@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    open_data(folder)
    load_small_demo(TODAY)
    close_data()
    return folder


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(ACTIONS)), min_size=1, max_size=8))
def test_any_sequence_undone_in_full_then_redone_in_full(sample_file, tmp_path, qtbot,
                                                         monkeypatch, sequence):
    from PySide6.QtWidgets import QMessageBox

    # A step the services refuse (nothing left to skip, say) changes nothing and is not on
    # the stack, as in the app: its message is not what this test reads.
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    folder = tmp_path / f"run-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(sample_file, folder)
    open_data(folder)
    try:
        operations = Operations()
        start = everything()
        for action in sequence:
            operations.run_undoable(None, action, ACTIONS[action], changes=Change.FOLLOW_UPS)
        end = everything()
        steps = operations.undo_stack.count()
        for _step in range(steps):
            assert operations.undo()
        assert everything() == start
        for _step in range(steps):
            assert operations.redo()
        assert everything() == end
    finally:
        close_data()


def test_a_template_saved_twice_is_undone_step_by_step(sample_search, qtbot):
    """Saving replaces the stored wording (SQLite's REPLACE deletes the row it replaces):
    both steps come back exactly, the first wording then none."""
    operations = Operations()
    start = everything()
    for body in ("Dear {name},\n\nAny news?", "Dear {name},\n\nI hope all is well."):
        operations.run_undoable(None, "Edit the template",
                                lambda b=body: drafts.save_template("check-in", "en", "Hi", b),
                                changes=Change.FOLLOW_UPS)
    assert operations.undo()
    first = drafts.get_template("check-in", "en").body
    assert first == "Dear {name},\n\nAny news?"
    assert operations.undo() and everything() == start
