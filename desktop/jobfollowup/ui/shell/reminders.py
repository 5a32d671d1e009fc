"""Reminders that reach the user: a banner in the window, and a desktop notification.

At start and every few minutes the app asks the services which follow-ups are due today
or overdue and not yet told today; each is told once a day. The banner lists what is due,
opens Today, and snoozes an item to a later day through the same rule check as a drag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, ngettext
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.reminders import due, to_announce
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.follow_up_text import summary
from jobfollowup.ui.widgets.tab_order import reading_order

CHECK_EVERY_MS = 5 * 60 * 1000
RETRY_MS = 60 * 1000  # after a check another program's lock kept from working
SHOWN = 4  # items listed in the banner; the rest are counted


def snooze_days(today: dt.date) -> list[tuple[str, dt.date]]:
    """The later days a snooze offers: tomorrow, in three days, next Monday."""
    monday = today + dt.timedelta(days=7 - today.weekday())
    return [(_("Tomorrow"), today + dt.timedelta(days=1)),
            (_("In three days"), today + dt.timedelta(days=3)),
            (_("Next Monday"), monday)]


class ReminderBanner(QFrame):
    """What is due: in Today, a card floating at the bottom right until dismissed; in the
    other views, a line in the status bar that opens Today. Neither is in the views'
    layout: coming in while the user works, it moves nothing under their pointer, and in
    the Calendar it covers no day a follow-up could be dropped on."""

    MARGIN, WIDTH = 16, 520

    open_today = Signal()
    filled = Signal()  # its buttons changed: the window puts them in the Tab order

    def __init__(self, operations: Operations, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations, self._today = operations, today
        # What to do when a day breaks a rule, and how a day is picked (tests swap them);
        # None: the dialogs', loaded when first wanted (after the day is drawn).
        self.choose: Callable | None = None
        self.pick: Callable | None = None
        self.setObjectName("reminderBanner")
        self.setAccessibleName(_("Reminders"))
        colours.styled(self, "#reminderBanner { background: $banner; border: 1px solid"
                       " $banner_edge; border-radius: 6px; }"
                       " #reminderBanner QLabel { color: $banner_text; }")
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.items = QVBoxLayout()
        self.items.setSpacing(2)
        self.open_button = QPushButton(_("Open Today"))
        self.open_button.setToolTip(_("See every follow-up due, with its draft (Ctrl+1)"))
        self.open_button.clicked.connect(self.open_today)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(_("Hide until the next reminder"))
        self.dismiss_button.setAccessibleName(_("Dismiss the reminders"))
        self.dismiss_button.clicked.connect(self.hide_all)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addLayout(self.items)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows: list[FollowUpRow] = []
        self.in_today = True  # the card shows in Today; elsewhere, the status bar's line
        self.elsewhere = QPushButton()
        self.elsewhere.setFlat(True)
        self.elsewhere.setToolTip(_("See every follow-up due, with its draft (Ctrl+1)"))
        self.elsewhere.clicked.connect(self.open_today)
        self.elsewhere.hide()
        self.hide()
        operations.changed.connect(self._on_changed)
        if parent is not None:
            parent.installEventFilter(self)  # follows the window's size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        """At the bottom right of the window, as wide as fits, as tall as its content."""
        room = self.parentWidget()
        if room is None:
            return
        width = min(self.WIDTH, room.width() - 2 * self.MARGIN)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height())
        self.setGeometry(room.width() - width - self.MARGIN,
                         room.height() - height - self.MARGIN, width, height)
        self.raise_()

    def show_rows(self, rows: list[FollowUpRow]) -> None:
        self._fill(rows)
        self.elsewhere.setText(self.heading.text())
        self.setVisible(bool(rows) and self.in_today)
        self.elsewhere.setVisible(bool(rows) and not self.in_today)
        if rows:
            self.place()

    def set_in_today(self, in_today: bool) -> None:
        """The view shown changed: the card belongs to Today, the line to the others."""
        told = self.isVisible() or self.elsewhere.isVisible()
        self.in_today = in_today
        if told:
            self.show_rows(self.rows)

    def hide_all(self) -> None:
        """Dismissed: hidden until the next reminder."""
        self.hide()
        self.elsewhere.hide()

    def _on_changed(self, kinds: Change) -> None:
        if Change.FOLLOW_UPS in kinds and (self.isVisible() or self.elsewhere.isVisible()):
            self.show_rows(due(self._today()))

    def _fill(self, rows: list[FollowUpRow]) -> None:
        self.rows = rows
        while self.items.count():
            item = self.items.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the card (and its Tab order) at once
                widget.deleteLater()
        today = self._today()
        overdue = sum(r.date < today for r in rows)
        self.heading.setText(ngettext("{n} follow-up to send", "{n} follow-ups to send",
                                      len(rows)).format(n=len(rows)) + (
            " · " + ngettext("{n} overdue", "{n} overdue", overdue).format(n=overdue)
            if overdue else ""))
        for row in rows[:SHOWN]:
            self.items.addWidget(self._item(row, today))
        if len(rows) > SHOWN:
            more = QLabel(ngettext("and {n} more in Today", "and {n} more in Today",
                                   len(rows) - SHOWN).format(n=len(rows) - SHOWN))
            self.items.addWidget(more)
        self.filled.emit()

    def tab_stops(self) -> list[QWidget]:
        """Its buttons as the card reads: Open Today and ✕ on the first line, then each
        reminder's Snooze; then the status bar's line (shown instead, in other views)."""
        self.layout().activate()  # the new reminders' places, before the card is shown
        return [*reading_order(self.findChildren(QAbstractButton), self), self.elsewhere]

    def _item(self, row: FollowUpRow, today: dt.date) -> QWidget:
        from jobfollowup.ui.operations.follow_ups import day_name

        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        when = (_("today") if row.date == today else
                _("since {date}").format(date=day_name(row.date, today)))
        label = QLabel(_("{follow_up} — {when}").format(follow_up=summary(row), when=when))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # whole, on two lines where the card is narrow
        snooze = QToolButton()
        snooze.setText(_("Snooze"))
        snooze.setToolTip(_("Move it to a later day; the rules check the day as for a drag"))
        snooze.setAccessibleName(_("Snooze {follow_up}").format(follow_up=summary(row)))
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(snooze)
        for text, day in snooze_days(today):
            action = QAction(f"{text} ({day_name(day, today)})", menu)
            action.triggered.connect(lambda _c=False, i=row.id, d=day: self.snooze(i, d))
            menu.addAction(action)
        other = QAction(_("Another day…"), menu)
        other.triggered.connect(lambda _c=False, r=row: self._snooze_to_picked(r))
        menu.addAction(other)
        snooze.setMenu(menu)
        layout.addWidget(label)
        layout.addWidget(snooze)  # beside what it snoozes, not across the window
        layout.addStretch(1)
        return widget

    def snooze(self, follow_up_id: int, day: dt.date) -> dt.date | None:
        """Move to `day` after the rules check (undoable); returns where it went."""
        from jobfollowup.ui.dialogs.moving import ask_rule_choice, move_follow_up

        return move_follow_up(self, self.operations, follow_up_id, day, self._today(),
                              self.choose or ask_rule_choice)

    def _snooze_to_picked(self, row: FollowUpRow) -> None:
        from jobfollowup.ui.dialogs.moving import pick_day

        day = (self.pick or pick_day)(self, row)
        if day is not None:
            self.snooze(row.id, day)


class Reminders(QObject):
    """Checks at start and every few minutes; tells each due follow-up once a day.

    The check runs by itself, so a failure it meets is no answer to anything the user did:
    another program's lock on the file (or a full disk) is said in `trouble` (a line of the
    status bar), never in a box that stops the window, and the check runs again a minute
    later. Damage, or a cause that cannot be named, is still shown as any failure is."""

    trouble = Signal(str)  # what kept the last check from working; "" once it worked

    def __init__(self, operations: Operations, banner: ReminderBanner,
                 today: Callable[[], dt.date], tray: QSystemTrayIcon | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operations, self.banner, self._today, self.tray = operations, banner, today, tray
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._retry_pending = False

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> list[FollowUpRow]:
        """Tell what became due since the last check; returns what was told."""
        today = self._today()
        causes: list[str] = []
        ok, fresh = self.operations.read(None, to_announce, today,
                                         on_named_cause=causes.append)
        if ok and fresh:
            from jobfollowup.ui.operations import follow_ups as follow_up_ops

            ok = follow_up_ops.note_reminded(self.operations, [r.id for r in fresh], today,
                                             on_named_cause=causes.append)
        if causes:
            self._try_again_later(causes[0])
            return []
        self.trouble.emit("")
        if not ok or not fresh:
            return []
        self.banner.show_rows(due(today))
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(notification_title(fresh), notification_text(fresh),
                                  QSystemTrayIcon.MessageIcon.Information, 15000)
        return fresh

    def _try_again_later(self, cause: str) -> None:
        self.trouble.emit(_("Reminders not checked, trying again in a minute. {cause}").format(
            cause=cause))
        if not self._retry_pending:
            self._retry_pending = True
            QTimer.singleShot(RETRY_MS, self._retry)

    def _retry(self) -> None:
        self._retry_pending = False
        self.check()


def notification_title(rows: list[FollowUpRow]) -> str:
    return ngettext("{n} follow-up to send", "{n} follow-ups to send", len(rows)).format(
        n=len(rows))


def notification_text(rows: list[FollowUpRow]) -> str:
    lines = [summary(r) for r in rows[:3]]
    if len(rows) > 3:
        lines.append(ngettext("and {n} more", "and {n} more", len(rows) - 3).format(
            n=len(rows) - 3))
    return "\n".join(lines)
