"""Keeping the user's CalDAV calendar in step, in the background.

A sync runs at start, every half minute (the server is asked only whether anything
changed: one request), and a few seconds after a change here; File → Sync calendar now and
the status bar's button run one at once. It runs on a thread: the window never waits for
the network. What comes back is applied here, on the window's thread, through the
operations: each move made on another device is a step of Undo. A failure is said in the
status bar, and automatic syncs wait longer after each one (the queue in the data file
keeps what waits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

from jobfollowup.i18n import _, ngettext
from jobfollowup.services.calendar_sync import account
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.background import run_in_background, wait_for_all

POLL_MS = 30_000
AFTER_CHANGE_MS = 3_000
_WATCHED = Change.RECORDS | Change.CALENDAR_SYNC


class SyncStatus(QWidget):
    """The status bar's line: how the sync stands, and Sync now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.sync_button = QToolButton()
        self.sync_button.setText(_("Sync now"))
        self.sync_button.setToolTip(_("Send your changes to your calendar and read the "
                                      "changes made on your other devices"))
        self.sync_button.setAccessibleName(_("Sync the calendar now"))
        self.sync_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.sync_button)
        self.hide()

    def say(self, text: str, tip: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(tip or text)
        self.label.setAccessibleName(text)
        self.show()


class CalendarSyncKeeper(QObject):
    synced = Signal(object)  # the engine's Report, once applied (tests wait on it)

    def __init__(self, operations: Operations, window: QMainWindow,
                 today: Callable[[], dt.date]) -> None:
        super().__init__(window)
        self.operations, self.window, self._today = operations, window, today
        self.status = SyncStatus()
        self.status.sync_button.clicked.connect(self.sync_now)
        window.statusBar().addPermanentWidget(self.status)
        self.running = False
        self._again = False
        self._quitting = False
        self._announcing = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.sync_if_due)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.sync_if_due)
        operations.changed.connect(self._on_changed)
        QCoreApplication.instance().aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """The app is quitting: a sync running stops at its next event, and is waited for
        (one request at most); what it had not sent waits in the data file."""
        self._quitting = True
        self._poll.stop()
        self._soon.stop()
        if self.running:
            from jobfollowup.services.calendar_sync.engine import request_stop

            request_stop()
            wait_for_all(25_000)

    def start(self) -> None:
        """At start: sync now if a calendar is set up, then every half minute."""
        self._poll.start()
        self.show_status()
        ok, state = self.operations.read(None, account.status)
        if not ok or state is None:  # no calendar set up: nothing to load or apply
            return
        from jobfollowup.ui.operations import calendar_sync as sync_ops  # after the day

        sync_ops.apply_moves(self.operations, self._today())  # left by the last session
        self.sync_if_due()

    def _on_changed(self, kinds: Change) -> None:
        if self._announcing:
            return
        if Change.CALENDAR_SYNC in kinds:
            self.show_status()  # set up, changed or stopped in Preferences
        if kinds & _WATCHED:
            if self.running:  # made while a sync ran (a backup restored): once more after
                self._again = True
            else:
                self._soon.start()

    def sync_if_due(self) -> None:
        ok, due = self.operations.read(None, account.due)
        if ok and due:
            self.sync_now()

    def sync_now(self) -> None:
        """Sync at once (a sync running: once more right after it)."""
        ok, state = self.operations.read(None, account.status)
        if not ok or state is None:
            self.show_status()
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self.status.say(_("Calendar: syncing…"))
        from jobfollowup.services.calendar_sync.engine import sync_on_a_thread  # with the
        # iCalendar writer and the CalDAV client: when first wanted, not at every start
        run_in_background(self, sync_on_a_thread,
                          done=lambda report: self._finished(report, None),
                          failed=lambda error: self._finished(None, error), name="calendar-sync")

    def _finished(self, report, error: BaseException | None) -> None:
        self.running = False
        from jobfollowup.services.calendar_sync.engine import Stopped

        if isinstance(error, Stopped):  # quitting; or paused for a restore: sync it soon
            if not self._quitting:
                self._soon.start()
            return
        from jobfollowup.services.calendar_sync.client import SyncError
        from jobfollowup.ui.operations import calendar_sync as sync_ops

        if error is not None and not isinstance(error, SyncError):
            self.show_status()
            raise error  # a bug: the crash handler reports it
        self._announcing = True  # what the sync itself changed calls for no other sync
        try:
            # what was read before a failure too (the moves wait in the data file)
            sync_ops.apply_moves(self.operations, self._today())
            self.operations.changed.emit(Change.CALENDAR_SYNC)  # questions, status
        finally:
            self._announcing = False
        self.show_status()
        self.synced.emit(report)
        if self._again:
            self._again = False
            self.sync_now()

    def show_status(self) -> None:
        ok, state = self.operations.read(None, account.status)
        if not ok or state is None:
            self.status.hide()
            return
        if self.running:
            return
        locale = QLocale()
        waiting = state["waiting"]
        if state["last_error"]:
            text = _("Calendar not synced: {problem}").format(problem=state["last_error"])
            if state["next_try_at"]:
                text += " " + _("Next try at {time}.").format(time=locale.toString(
                    state["next_try_at"].time(), QLocale.FormatType.ShortFormat))
            if waiting:
                text += " " + ngettext("{n} change waits.", "{n} changes wait.",
                                       waiting).format(n=waiting)
            self.status.say(text)
            self.status.label.setStyleSheet("color: #b3261e;")
            return
        self.status.label.setStyleSheet("")
        last = state["last_sync_at"]
        if last is None:
            self.status.say(_("Calendar: not synced yet"))
        else:
            when = locale.toString(last.time(), QLocale.FormatType.ShortFormat)
            if last.date() != dt.date.today():
                when = locale.toString(last, QLocale.FormatType.ShortFormat)
            self.status.say(_("Calendar synced: {time}").format(time=when),
                            _("Your follow-ups are in your calendar “{calendar}”.").format(
                                calendar=state["calendar"]))
