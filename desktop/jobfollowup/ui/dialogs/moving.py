"""Moving a follow-up to another day, the same way from a drag, "Move to…" or Today.

The services judge the day with the rules; an allowed day is taken at once, otherwise
the user reads which rules it breaks and chooses: the nearest allowed day (named), their
own day anyway, or nothing. Every move is one undoable step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext, pgettext
from jobfollowup.rules import Verdict
from jobfollowup.services.planning.follow_ups import (
    FollowUpRow,
    get_follow_up,
    judge_move,
)
from jobfollowup.services.planning.places import home_country
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.operations.follow_ups import day_name
from jobfollowup.ui.widgets.follow_up_text import rule_tip, summary
from jobfollowup.ui.widgets.message_boxes import localise_buttons
from jobfollowup.ui.widgets.month_picker import readable_calendar

NEAREST, KEEP, CANCEL = "nearest", "keep", "cancel"
Chooser = Callable[[QWidget | None, FollowUpRow, dt.date, Verdict], str]
DayPicker = Callable[[QWidget | None, FollowUpRow], dt.date | None]


def first_weekday() -> int:
    """The first day of the week where the user lives, in their language (0 is Monday)."""
    locale = QLocale(f"{current_language()}_{home_country()}")
    return locale.firstDayOfWeek().value - 1


class RuleDialog(QDialog):
    """The rules a day breaks, in plain words, and three ways on."""

    def __init__(self, parent: QWidget | None, row: FollowUpRow, day: dt.date,
                 verdict: Verdict, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.choice = CANCEL
        self.setWindowTitle(_("This day breaks a rule"))
        heading = QLabel(_("Move “{follow_up}” to {date}?").format(
            follow_up=summary(row), date=day_name(day, today)))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        intro = QLabel(ngettext("That day breaks this rule:", "That day breaks these rules:",
                                len(verdict.violations)))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.rule_labels: list[QLabel] = []
        for reason in verdict.violations:
            label = QLabel(reason.text())
            label.setToolTip(rule_tip(reason.rule))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(12, 0, 0, 0)
            layout.addWidget(label)
            self.rule_labels.append(label)
        self.buttons: dict[str, QPushButton] = {}
        row_layout = QHBoxLayout()
        row_layout.addStretch(1)
        if verdict.nearest_allowed is not None:
            self.buttons[NEAREST] = QPushButton(_("Move to {date}").format(
                date=day_name(verdict.nearest_allowed, today)))
            self.buttons[NEAREST].setToolTip(_("The nearest day that breaks no rule"))
        else:
            layout.addWidget(QLabel(_("No nearby day keeps every rule.")))
        self.buttons[KEEP] = QPushButton(_("Keep {date} anyway").format(
            date=day_name(day, today)))
        self.buttons[CANCEL] = QPushButton(pgettext("button", "Cancel"))
        for choice, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
            row_layout.addWidget(button)
        (self.buttons.get(NEAREST) or self.buttons[CANCEL]).setDefault(True)
        layout.addSpacing(6)
        layout.addLayout(row_layout)
        self.setMinimumWidth(max(480, row_layout.sizeHint().width() + 24))
        self.adjustSize()

    def choose(self, choice: str) -> None:
        self.choice = choice
        if choice == CANCEL:
            self.reject()
        else:
            self.accept()


def ask_rule_choice(parent: QWidget | None, row: FollowUpRow, day: dt.date,
                    verdict: Verdict) -> str:
    dialog = RuleDialog(parent, row, day, verdict, dt.date.today())
    dialog.exec()
    return dialog.choice


class MoveToDialog(QDialog):
    """A date picker for the keyboard way of moving a follow-up."""

    def __init__(self, parent: QWidget | None, row: FollowUpRow) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Move to…"))
        label = QLabel(_("Move “{follow_up}” to:").format(follow_up=summary(row)))
        label.setWordWrap(True)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale())  # the language, its dates as where they live
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(first_weekday() + 1))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(QDate(row.date.year, row.date.month, row.date.day))
        # Room for each weekday's short name ("man.", "mer."): seven columns of them.
        names = [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        widest = max(self.calendar.fontMetrics().horizontalAdvance(name) for name in names)
        self.calendar.setMinimumWidth(7 * (widest + 14))
        self.calendar.setAccessibleName(_("New day"))
        readable_calendar(self.calendar, _("New day"))  # its parts named and readable
        self.calendar.activated.connect(self.accept)
        self.buttons = localise_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self.calendar.setFocus()

    def day(self) -> dt.date:
        return self.calendar.selectedDate().toPython()


def pick_day(parent: QWidget | None, row: FollowUpRow) -> dt.date | None:
    dialog = MoveToDialog(parent, row)
    return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None


def move_follow_up(parent: QWidget | None, operations: Operations, follow_up_id: int,
                   day: dt.date, today: dt.date, choose: Chooser = ask_rule_choice
                   ) -> dt.date | None:
    """Move after the rules check; returns the day it went to, or None if it stayed."""
    ok, row = operations.read(parent, get_follow_up, follow_up_id)
    if not ok or row.date == day:
        return None
    ok, verdict = operations.read(parent, judge_move, follow_up_id, day, today)
    if not ok:
        return None
    if not verdict.allowed:
        choice = choose(parent, row, day, verdict)
        if choice == NEAREST and verdict.nearest_allowed is not None:
            day = verdict.nearest_allowed
        elif choice != KEEP:
            return None
    ok = follow_up_ops.move(operations, parent, row, day, today)
    return day if ok else None


def announce(widget: QWidget, day: dt.date, today: dt.date) -> None:
    """Say in the status bar where the follow-up went, and how to take it back."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(_("Moved to {date}. Undo with Ctrl+Z.").format(
            date=day_name(day, today)), 6000)


def move_to(parent: QWidget | None, operations: Operations, follow_up_id: int,
            today: dt.date, pick: DayPicker = pick_day,
            choose: Chooser = ask_rule_choice) -> dt.date | None:
    """"Move to…": pick a day, then the same rules check as a drop."""
    ok, row = operations.read(parent, get_follow_up, follow_up_id)
    if not ok:
        return None
    day = pick(parent, row)
    if day is None:
        return None
    return move_follow_up(parent, operations, follow_up_id, day, today, choose)
