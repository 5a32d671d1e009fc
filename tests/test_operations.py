"""The one operation path: errors reported, changes announced, undo and redo of the rows a
change wrote, and an undo that cannot be done leaving data and stack as they were."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from jobfollowup.services.errors import ValidationError
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import Contact, FollowUp, Interview
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations


def test_undoable_change_is_announced_undone_and_redone(data_dir, qtbot):
    operations = Operations()
    announced = []
    operations.changed.connect(announced.append)
    ok, contact_id = operations.run_creation(None, " Kari Nordmann ",
                                             lambda: add_contact("Kari Nordmann"),
                                             changes=Change.CONTACTS)
    assert ok and Contact.get_by_id(contact_id).name == "Kari Nordmann"
    assert operations.undo_stack.undoText() == "Add Kari Nordmann"
    assert operations.undo()
    assert Contact.select().count() == 0
    assert operations.undo_stack.redoText() == "Add Kari Nordmann"
    assert operations.redo()
    assert Contact.get_by_id(contact_id).name == "Kari Nordmann"
    assert announced == [Change.CONTACTS] * 3


def test_the_stack_moved_by_itself_moves_the_data_too(data_dir, qtbot):
    operations = Operations()
    operations.run_creation(None, "Kari", lambda: add_contact("Kari"), changes=Change.CONTACTS)
    operations.undo_stack.undo()
    assert Contact.select().count() == 0
    operations.undo_stack.redo()
    assert Contact.select().count() == 1


def test_a_refused_change_reports_and_leaves_nothing_to_undo(data_dir, qtbot, monkeypatch):
    operations = Operations()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))

    def refuse():
        raise ValidationError("That follow-up no longer exists.")

    ok, _ = operations.run_undoable(None, "Move", refuse, changes=Change.FOLLOW_UPS)
    assert not ok
    assert shown == ["That follow-up no longer exists."]
    assert operations.undo_stack.count() == 0


def test_a_storage_failure_is_reported_not_raised(qtbot, monkeypatch):
    import sqlite3

    operations = Operations()
    shown, announced = [], []
    operations.changed.connect(announced.append)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))

    def damaged():
        raise sqlite3.DatabaseError("database disk image is malformed")

    ok, _ = operations.run(None, damaged, changes=Change.FOLLOW_UPS)
    assert not ok and announced == []
    assert shown[0].startswith("database disk image is malformed\n\nNothing was changed.")
    assert "File → Restore…" in shown[0]


def _interview(operations: Operations) -> tuple[int, int]:
    """A contact made as its own step, then an interview with them as the next."""
    _ok, kari = operations.run_creation(None, "Kari", lambda: add_contact("Kari", country="NO"),
                                        changes=Change.CONTACTS)
    job = add_application("Equinor", "Data Engineer")
    operations.run_undoable(
        None, "Log the interview",
        lambda: log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari]),
        changes=Change.FOLLOW_UPS)
    return kari, job


def test_a_change_made_outside_undo_is_not_lost_unless_the_user_says_so(
        data_dir, qtbot, monkeypatch):
    operations = Operations()
    _interview(operations)
    first = FollowUp.select().order_by(FollowUp.id).first()
    FollowUp.update(draft="My own words").where(FollowUp.id == first.id).execute()
    monkeypatch.setattr(Operations, "_go_on", lambda *args: False)  # "Cancel"
    assert not operations.undo()
    assert FollowUp.get_by_id(first.id).draft == "My own words"
    assert Interview.select().count() == 1
    assert operations.undo_stack.undoText() == "Log the interview"  # still there to undo
    monkeypatch.setattr(Operations, "_go_on", lambda *args: True)  # "Undo anyway"
    assert operations.undo()
    assert FollowUp.select().count() == Interview.select().count() == 0


def test_a_failed_undo_through_the_stack_itself_puts_the_stack_back(
        data_dir, qtbot, monkeypatch):
    operations = Operations()
    _interview(operations)
    FollowUp.update(draft="My own words").execute()
    monkeypatch.setattr(Operations, "_go_on", lambda *args: False)
    operations.undo_stack.undo()
    qtbot.waitUntil(lambda: operations.undo_stack.index() == 2)
    assert operations.undo_stack.undoText() == "Log the interview"
    assert Interview.select().count() == 1


def test_undo_refuses_to_remove_what_later_records_still_use(data_dir, qtbot, monkeypatch):
    """The contact made first is used by an interview logged outside the stack (another
    program): taking the contact away would break it, so Undo says so and changes
    nothing."""
    operations = Operations()
    _ok, kari = operations.run_creation(None, "Kari", lambda: add_contact("Kari", country="NO"),
                                        changes=Change.CONTACTS)
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not operations.undo()
    assert "still used by records made since" in shown[0]
    assert Contact.get_by_id(kari).name == "Kari"
    assert operations.undo_stack.index() == 1
