"""The sample job search, offered on a first run: someone who has just double-clicked the
app sees what it does with a realistic search before typing in their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, ngettext, pgettext
from jobfollowup.services.demo.offer import holds_a_search
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import message_boxes


def load_sample(parent: QWidget, operations: Operations, today: dt.date) -> bool:
    """Fill the empty database with the sample search as of `today`; every view refreshes."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from jobfollowup.ui.operations import data as data_ops  # with the importers: when wanted

        ok, planned = data_ops.load_sample(operations, parent, today)
    finally:
        QApplication.restoreOverrideCursor()
    window = parent.window()
    if ok and isinstance(window, QMainWindow):
        window.statusBar().showMessage(ngettext(
            "Sample job search loaded: {count} follow-up planned.",
            "Sample job search loaded: {count} follow-ups planned.", planned).format(
                count=planned), 8000)
    return ok


class SampleOffer(QWidget):
    """The welcome of an empty Today: try the sample, or start with your own search."""

    declined = Signal()

    def __init__(self, operations: Operations, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.operations = operations
        self._today = today
        panel = QFrame()
        panel.setObjectName("sampleOffer")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(620)
        heading = QLabel(_("Welcome to Job Follow-up"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(_(
            "Job Follow-up plans the thank-yous, check-ins and reference updates of your job "
            "search, drafts each one in the right language, and tells you why each day was "
            "chosen.\n\nTo see how it works, try it with a sample job search: fifteen "
            "applications and forty people, as they would stand today. Or start right away "
            "with your own."))
        text.setWordWrap(True)
        self.try_button = QPushButton(_("Try it with a sample job search"))
        self.try_button.setDefault(True)
        self.try_button.setToolTip(_("Fill the app with made-up applications, people and "
                                     "follow-ups to explore it"))
        self.try_button.clicked.connect(self.load)
        self.own_button = QPushButton(_("Start with my own"))
        self.own_button.setToolTip(_("Begin with an empty search: add an application or a "
                                     "contact"))
        self.own_button.clicked.connect(self.decline)
        later = QLabel(_("While the app is empty, File → Load sample job search… brings the "
                         "sample back."))
        later.setWordWrap(True)
        later.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(24, 20, 24, 20)
        inside.setSpacing(12)
        for widget in (heading, text):
            inside.addWidget(widget)
        inside.addLayout(buttons)
        inside.addWidget(later)
        centred = QHBoxLayout()  # not an alignment: that would cut the wrapped text short
        centred.addStretch(1)
        centred.addWidget(panel, 4)
        centred.addStretch(1)
        outside = QVBoxLayout(self)
        outside.addStretch(1)
        outside.addLayout(centred)
        outside.addStretch(2)

    def load(self) -> None:
        load_sample(self, self.operations, self._today())

    def decline(self) -> None:
        from jobfollowup.ui.operations import data as data_ops

        if data_ops.decline_sample(self.operations, self):
            self.declined.emit()


def sample_action(window: QMainWindow, operations: Operations, today: Callable[[], dt.date],
                  loaded: Callable[[], object]) -> QAction:
    """File → Load sample job search…, enabled only while the database holds nothing;
    `loaded` runs once the sample is in (e.g. to show Today)."""
    action = QAction(_("Load &sample job search…"), window)
    action.setStatusTip(_("Fill the empty app with a made-up job search to try it out"))

    def update(_kinds: Change = Change.NONE) -> None:
        action.setEnabled(not holds_a_search())

    def trigger() -> None:
        wanted = message_boxes.ask(window, _("Load the sample job search?"), _(
            "The sample adds fifteen made-up applications and forty people, with their "
            "interviews, references and follow-ups, as they would stand today.\n\nIt is "
            "meant for trying the app: to start your own search afterwards, use a new data "
            "folder or delete the sample's applications and contacts."),
            _("Load the sample"), pgettext("button", "Cancel"))
        if wanted and load_sample(window, operations, today()):
            loaded()

    operations.changed.connect(update)
    action.triggered.connect(trigger)
    update()
    return action

