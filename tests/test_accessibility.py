"""Every view and dialog read the way a screen reader reads it (Qt's accessibility tree,
in-process): each object a person can reach or act on has a name, and each combo box a
label tied to it (on Linux Qt speaks a combo box by its current value, the label by the
"labelled by" relation that QLabel.setBuddy makes)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from accessibility_walk import Role, of, unnamed
from jobfollowup.rules.kinds import Role as ContactRole
from jobfollowup.services.demo.sample import load_small_demo
from jobfollowup.services.planning.follow_ups import judge_move, list_follow_ups
from jobfollowup.services.records.contacts import search_contacts
from jobfollowup.services.records.core import list_applications
from jobfollowup.ui.operations.core import Operations
from windows import shown_window

TODAY = dt.date(2026, 12, 17)


@pytest.fixture
def window(qtbot, data_dir, monkeypatch):
    load_small_demo(TODAY)
    shown = shown_window(qtbot, TODAY)
    shown.resize(1100, 720)
    return shown


def settle() -> None:
    for _round in range(3):
        QApplication.processEvents()


def test_every_view_names_what_a_person_reaches(window):
    problems = []
    for row in range(window.navigation.count()):
        window.show_view(row)
        settle()
        view = window.stack.currentWidget()
        if row == 2:  # a contact open beside the list, its form and history shown
            view.tree.setCurrentItem(view.tree.topLevelItem(0))
        if row == 3:
            view.tree.setCurrentItem(view.tree.topLevelItem(0))
        settle()
        problems += [f"view {row}: {found}" for found in unnamed(of(window))]
    assert not problems, "\n".join(problems)


def dialogs(window):
    """One of each dialog of the app, on the sample search."""
    from jobfollowup.ui.dialogs.data_safety import RestoreDialog
    from jobfollowup.ui.dialogs.draft_editor import open_draft_dialog
    from jobfollowup.ui.dialogs.follow_up_details import FollowUpDetails
    from jobfollowup.ui.dialogs.help import HelpDialog
    from jobfollowup.ui.dialogs.interaction import LogInteractionDialog
    from jobfollowup.ui.dialogs.interview import LogInterviewDialog
    from jobfollowup.ui.dialogs.interview_start import WhichApplicationDialog
    from jobfollowup.ui.dialogs.moving import MoveToDialog, RuleDialog
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog
    from jobfollowup.ui.dialogs.printing import PrintNotesDialog, SheetDialog
    from jobfollowup.ui.dialogs.quick_contact import QuickContactDialog
    from jobfollowup.ui.dialogs.reply import ReplyDialog
    from jobfollowup.ui.dialogs.set_up import SetUpDialog
    from jobfollowup.ui.dialogs.templates_editor import TemplatesEditor

    operations: Operations = window.operations
    rows = list_follow_ups(TODAY, TODAY + dt.timedelta(days=30))
    row = rows[0]
    monday = TODAY + dt.timedelta(days=(7 - TODAY.weekday()) % 7 or 7)
    job = list_applications()[0]
    person = search_contacts()[0]
    yield "draft", open_draft_dialog(window, operations, row.id)
    yield "details", FollowUpDetails(window, operations, row)
    yield "rule", RuleDialog(window, row, monday, judge_move(row.id, monday, TODAY), TODAY)
    yield "move", MoveToDialog(window, row)
    yield "reply", ReplyDialog(operations, row, TODAY, window)
    yield "interview", LogInterviewDialog(operations, job.id, job.company, TODAY, window)
    yield "interaction", LogInteractionDialog(operations, person.id, person.name, TODAY,
                                              window)
    yield "which application", WhichApplicationDialog(operations, list_applications(), window)
    yield "quick contact", QuickContactDialog(operations, window,
                                              role=ContactRole.INTERVIEWER)
    yield "preferences", PreferencesDialog(operations, window)
    yield "print notes", PrintNotesDialog(operations, window, today=lambda: TODAY)
    yield "week sheet", SheetDialog(operations, SheetDialog.WEEK, window, today=lambda: TODAY)
    yield "log sheet", SheetDialog(operations, SheetDialog.LOG, window, today=lambda: TODAY)
    yield "templates", TemplatesEditor(operations, window)
    yield "restore", RestoreDialog(operations, window)
    yield "help", HelpDialog(window)
    yield "shortcuts", HelpDialog(window, HelpDialog.SHORTCUTS)
    yield "set-up", SetUpDialog(operations, window)


def test_every_dialog_names_what_a_person_reaches(window):
    problems = []
    for name, dialog in dialogs(window):
        dialog.show()
        settle()
        problems += [f"{name}: {found}" for found in unnamed(of(dialog))]
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_the_walk_fails_on_an_unnamed_button_and_an_unlabelled_combo_box(qtbot):
    """The check itself: a button with no text and a combo box with no label are found."""
    from PySide6.QtWidgets import QComboBox, QLabel, QToolButton, QVBoxLayout, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    column = QVBoxLayout(form)
    column.addWidget(QToolButton())
    loose = QComboBox()
    loose.addItems(["December"])
    column.addWidget(loose)
    tied = QComboBox()
    tied.addItems(["All statuses"])
    label = QLabel("Status:")
    label.setBuddy(tied)
    column.addWidget(label)
    column.addWidget(tied)
    form.show()
    found = unnamed(of(form))
    assert [item.role for item in found] == [Role.PushButton, Role.ComboBox]
    assert found[1].name == "December"
