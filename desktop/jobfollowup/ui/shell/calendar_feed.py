"""Keeping the calendar feed file up to date after the changes to the follow-ups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.calendar_feed import update_feed
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations

# A contact's name or an application's company shows in the events too.
_FEED_KINDS = Change.RECORDS | Change.SETTINGS


class FeedKeeper(QObject):
    """Writes the feed once a burst of changes is over (a drag, Undo pressed a few times,
    a re-plan), and before the app quits: writing it takes a third of a second with five
    years of a search, which after every change would hold up each drop."""

    DELAY_MS = 1500

    def __init__(self, operations: Operations, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(self.DELAY_MS)
        self._due.timeout.connect(self.update)
        operations.changed.connect(self._on_changed)
        QCoreApplication.instance().aboutToQuit.connect(self.flush)

    def _on_changed(self, kinds: Change) -> None:
        if kinds & _FEED_KINDS:
            self._due.start()  # again from zero: one write for the whole burst

    @property
    def pending(self) -> bool:
        return self._due.isActive()

    def flush(self) -> None:
        """Write now what is waiting (the app is quitting)."""
        if self._due.isActive():
            self.update()

    def update(self) -> None:
        self._due.stop()
        try:
            update_feed()
        except ValidationError as error:  # a folder gone (an unplugged drive): say so
            self.window.statusBar().showMessage(
                _("The calendar feed was not updated: {problem}").format(problem=error), 10000)
