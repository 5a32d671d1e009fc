"""The one operation path: errors reported, changes announced, undo and redo."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from jobfollowup.services.errors import ValidationError
from jobfollowup.ui.operations import FOLLOW_UPS, Operations


def test_undoable_change_is_announced_undone_and_redone(qtbot):
    operations = Operations()
    state = {"value": 1}
    announced = []
    operations.changed.connect(announced.append)

    def set_two():
        previous = state["value"]
        state["value"] = 2
        return previous

    ok, previous = operations.run_undoable(None, "Set two", set_two,
                                           lambda old: state.update(value=old),
                                           changes={FOLLOW_UPS})
    assert (ok, previous, state["value"]) == (True, 1, 2)
    assert operations.undo_stack.undoText() == "Set two"
    operations.undo_stack.undo()
    assert state["value"] == 1
    operations.undo_stack.redo()
    assert state["value"] == 2
    assert announced == [frozenset({FOLLOW_UPS})] * 3


def test_a_refused_change_reports_and_leaves_nothing_to_undo(qtbot, monkeypatch):
    operations = Operations()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))

    def refuse():
        raise ValidationError("That follow-up no longer exists.")

    ok, _ = operations.run_undoable(None, "Move", refuse, lambda _old: None,
                                    changes={FOLLOW_UPS})
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

    ok, _ = operations.run(None, damaged, changes={FOLLOW_UPS})
    assert not ok and announced == []
    assert shown[0].startswith("database disk image is malformed\n\nNothing was changed.")
    assert "File → Restore…" in shown[0]
