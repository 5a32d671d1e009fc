"""What the calendar sync asks the user, in the window itself, never in a dialog that
stops them: a day chosen on another device that breaks a rule (which one, and why), an
event deleted elsewhere, a follow-up moved on both sides. Each answer is one step of
Edit → Undo.

It sits at the foot of the window, above the status bar and outside the views (a bar of
the window, like a toolbar that cannot be moved): coming in while the user works, it moves
nothing at the top of the view, where they read and click, and the reminders' card, which
floats over the views, never covers it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, ngettext
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.follow_up_text import summary

if TYPE_CHECKING:  # the sync's code loads with its first question, after the day is drawn
    from jobfollowup.services.calendar_sync.incoming import Notice

SHOWN = 3  # questions listed at once; the rest come as these are answered


class SyncNotices(QToolBar):
    def __init__(self, operations: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations, self._today = operations, today
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not one to hide from a menu
        self.setAccessibleName(_("Questions from the calendar sync"))
        self.setStyleSheet("QToolBar { border: none; padding: 0; spacing: 0; }")
        frame = QFrame()
        frame.setObjectName("syncNotices")
        colours.styled(frame, "#syncNotices { background: $notice; border-top: 1px solid "
                              "$notice_edge; } #syncNotices QLabel { color: $notice_text; }")
        self.addWidget(frame)
        self.frame = frame
        self.rows = QVBoxLayout(frame)
        self.rows.setContentsMargins(12, 6, 12, 6)
        self.rows.setSpacing(4)
        self.notices: list[Notice] = []
        self.buttons: dict[tuple[int, str], QPushButton] = {}
        self.labels: dict[int, QLabel] = {}
        self.hide()
        operations.changed.connect(self._on_changed)

    def _on_changed(self, kinds: Change) -> None:
        if kinds & (Change.FOLLOW_UPS | Change.CALENDAR_SYNC):
            self.refresh()

    def refresh(self) -> None:
        today = self._today()
        from jobfollowup.services.calendar_sync import incoming

        ok, notices = self.operations.read(None, incoming.notices, today)
        self.notices = notices if ok else []
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons, self.labels = {}, {}
        for notice in self.notices[:SHOWN]:
            self.rows.addWidget(self._row(notice, today))
        if len(self.notices) > SHOWN:
            more = len(self.notices) - SHOWN
            self.rows.addWidget(QLabel(ngettext(
                "and {n} more question from the calendar sync",
                "and {n} more questions from the calendar sync", more).format(n=more)))
        self.setVisible(bool(self.notices))
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the questions' wrapped lines at the window's width, no taller (a
        toolbar sizes its widget from a width of its own)."""
        layout = self.frame.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            self.frame.setFixedHeight(layout.totalHeightForWidth(self.width()))

    def _row(self, notice: Notice, today: dt.date) -> QWidget:
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(question(notice, today))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        self.labels[notice.id] = label
        for key, text, tip, act in self._answers(notice, today):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text}: {summary(notice.row)}")
            button.clicked.connect(lambda _checked=False, a=act: a())
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[(notice.id, key)] = button
        return widget

    def _answers(self, notice: Notice, today: dt.date):
        from jobfollowup.ui.operations import calendar_sync as sync_ops
        from jobfollowup.ui.operations.follow_ups import day_name

        ops, parent = self.operations, self.window()
        if notice.kind == "broken-rule":
            answers = []
            if notice.verdict and notice.verdict.nearest_allowed is not None:
                answers.append((
                    "nearest", _("Move to the nearest allowed day"),
                    _("Move it to {date}, the nearest day that breaks no rule").format(
                        date=day_name(notice.verdict.nearest_allowed, today)),
                    lambda: sync_ops.move_to_nearest(ops, parent, notice, today)))
            answers.append(("keep", _("Keep"), _("Keep it on {date}, as moved").format(
                date=day_name(notice.row.date, today)),
                lambda: sync_ops.keep(ops, parent, notice, today)))
            return answers
        if notice.kind == "deleted":
            return [("skip", _("Skip it"), _("It will not be sent; it stays out of your "
                                             "calendar"),
                     lambda: sync_ops.skip_deleted(ops, parent, notice)),
                    ("keep", _("Keep it"), _("It stays planned and comes back into your "
                                             "calendar"),
                     lambda: sync_ops.keep(ops, parent, notice, today))]
        return [("keep", _("Keep {date}").format(date=day_name(notice.row.date, today)),
                 _("The day chosen on this computer; your calendar follows"),
                 lambda: sync_ops.keep(ops, parent, notice, today)),
                ("elsewhere", _("Use {date}").format(
                    date=day_name(notice.day_elsewhere, today)),
                 _("The day chosen on your other device; the rules check it"),
                 lambda: sync_ops.take_elsewhere(ops, parent, notice, today))]


def question(notice: Notice, today: dt.date) -> str:
    """The notice in words: what happened elsewhere, and what it means here."""
    from jobfollowup.ui.operations.follow_ups import day_name

    what = summary(notice.row)
    if notice.kind == "broken-rule":
        rules = " ".join(reason.text() for reason in notice.verdict.violations)
        return _("“{follow_up}” was moved to {date} on another device. {rules}").format(
            follow_up=what, date=day_name(notice.row.date, today), rules=rules)
    if notice.kind == "deleted":
        return _("“{follow_up}” was deleted from your calendar on another device. Skip "
                 "it here too?").format(follow_up=what)
    return _("“{follow_up}” was moved to {here} here and to {there} on another device. "
             "Which day?").format(follow_up=what, here=day_name(notice.row.date, today),
                                  there=day_name(notice.day_elsewhere, today))
