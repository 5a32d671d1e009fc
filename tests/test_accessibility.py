"""Every view and dialog read the way a screen reader reads it (Qt's accessibility tree,
in-process): each object a person can reach or act on has a name, and each combo box a
label tied to it (on Linux Qt speaks a combo box by its current value, the label by the
"labelled by" relation that QLabel.setBuddy makes)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

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
def window(qtbot, data_dir):
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
        if row in (2, 3):  # a contact (an application) open beside the list, its form shown
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


def tab_walk(window, start, most: int = 80) -> list:
    """The widgets Tab goes through from `start` (real key presses), once round."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    start.setFocus()
    settle()
    walked = []
    for _step in range(most):
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not window:
            break
        if not walked or walked[-1] is not widget:  # a date's fields, a month's chips
            walked.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        settle()
        if QApplication.focusWidget() is walked[0]:
            break
    return walked


def out_of_order(window, walked) -> list[str]:
    """Steps of Tab that go back up the screen in the same column: a reader's order goes
    down a column, along a line, or on to a column further right."""
    from PySide6.QtCore import QPoint

    def box(widget):
        top_left = widget.mapTo(window, QPoint(0, 0))
        return top_left.x(), top_left.y(), top_left.x() + widget.width()

    def named(widget) -> str:
        text = widget.text() if hasattr(widget, "text") else ""
        return f"{type(widget).__name__} {widget.accessibleName() or text!r}"

    first = min(walked, key=lambda widget: (box(widget)[1] // 8, box(widget)[0]))
    problems = []
    for before, after in zip(walked, walked[1:], strict=False):
        left, top, right = box(before)
        next_left, next_top, _next_right = box(after)
        if next_top < top - 8 and next_left < right and after is not first:  # not round
            problems.append(f"{named(before)} at ({left}, {top}) → {named(after)} at "
                            f"({next_left}, {next_top})")
    return problems


def test_tab_follows_the_screen_in_every_view(window):
    from jobfollowup.services.planning.reminders import due

    problems = []
    for row in range(window.navigation.count()):
        window.show_view(row)
        settle()
        if row == 0:
            window.banner.show_rows(due(TODAY))  # the reminder card, bottom right
            settle()
        walked = tab_walk(window, window.navigation)
        assert len(walked) > 2, f"view {row}: Tab went nowhere"
        problems += [f"view {row}: {problem}" for problem in out_of_order(window, walked)]
    assert not problems, "\n".join(problems)


def test_tab_follows_the_screen_in_every_dialog(window):
    problems = []
    for name, dialog in dialogs(window):
        dialog.show()
        settle()
        stops = [widget for widget in dialog.findChildren(QWidget)
                 if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus]
        first = QApplication.focusWidget() if QApplication.focusWidget() in stops else (
            stops[0] if stops else None)
        if first is not None:
            problems += [f"{name}: {problem}"
                         for problem in out_of_order(dialog, tab_walk(dialog, first))]
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_enter_has_a_default_button_to_press_in_every_form(window):
    """Enter ends a form: each dialog that takes input has its default button. The draft
    editor is not a form but an editor (Enter writes a new line; sending has its own key,
    Alt+E, asked before it counts)."""
    from PySide6.QtWidgets import QPushButton

    lacking = []
    for name, dialog in dialogs(window):
        if name == "draft":
            dialog.deleteLater()
            continue
        dialog.show()
        settle()
        if not any(button.isDefault() and button.isVisible()
                   for button in dialog.findChildren(QPushButton)):
            lacking.append(name)
        dialog.close()
        dialog.deleteLater()
    assert not lacking


def test_the_keyboard_is_seen_on_the_lists_and_the_buttons(window, qapp):
    """Today's list, the navigation and a button look different with the keyboard on
    them: the ring, in the focus colour, around them (they looked the same before)."""
    from PySide6.QtWidgets import QToolButton

    from jobfollowup.ui.widgets import colours, focus_ring

    focus_ring.install(qapp)
    today = window.stack.currentWidget()
    ring = colours.get(colours.FOCUS, window.palette()).rgb()
    button = next(button for button in today.findChildren(QToolButton)
                  if button.defaultAction() is today.interview_action)
    for widget in (today.tree, window.navigation, button):
        window.activateWindow()
        widget.setFocus()
        settle()
        assert focus_ring.ring_rect(qapp) is not None, widget
        image = window.grab().toImage()
        edge = widget.mapTo(window, widget.rect().topLeft())
        ringed = [image.pixel(edge.x() + 1, edge.y() + height)  # down its left edge
                  for height in range(widget.height() // 4, widget.height() // 2)]
        assert ringed.count(ring) > len(ringed) // 2, type(widget).__name__
