"""Keeping the calendar feed file up to date after every change to the follow-ups."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from jobfollowup.i18n import _
from jobfollowup.services.calendar_feed import update_feed
from jobfollowup.services.errors import ValidationError
from jobfollowup.ui.operations import APPLICATIONS, CONTACTS, FOLLOW_UPS, Operations

# A contact's name or an application's company shows in the events too.
_FEED_KINDS = frozenset({FOLLOW_UPS, CONTACTS, APPLICATIONS, "settings"})


class FeedKeeper(QObject):
    def __init__(self, operations: Operations, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        operations.changed.connect(self._on_changed)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & _FEED_KINDS:
            self.update()

    def update(self) -> None:
        try:
            update_feed()
        except ValidationError as error:  # a folder gone (an unplugged drive): say so
            self.window.statusBar().showMessage(
                _("The calendar feed was not updated: {problem}").format(problem=error), 10000)
