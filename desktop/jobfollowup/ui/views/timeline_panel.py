"""One application's story in date order, with today marked: when it was sent, each
status, the interviews, the answers, and every follow-up sent, skipped or still to come,
each with where it stands. A follow-up opens its "Why this date?" on a double click
or Enter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import SHORT, format_date, format_time
from jobfollowup.services.records import timeline
from jobfollowup.services.records.timeline import TimelineEvent
from jobfollowup.ui.dialogs.follow_up_details import show_details
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.columns import fit_columns
from jobfollowup.ui.widgets.kind_style import badge_icon, kind_icon
from jobfollowup.ui.widgets.sort_item import ID_ROLE

# The badge of each step that is not a follow-up (a follow-up wears its kind's).
_BADGES = {
    timeline.APPLIED: (colours.STEP_APPLIED, "➤"),
    timeline.STATUS: (colours.STEP_STATUS, "◆"),
    timeline.INTERVIEW: (colours.STEP_INTERVIEW, "☺"),
    timeline.REPLY: (colours.STEP_REPLY, "↩"),
    timeline.PROMISED: (colours.STEP_PROMISED, "⚑"),
}
TODAY_ROLE = Qt.ItemDataRole.UserRole + 3  # the "Today" line between past and future


class TimelinePanel(QWidget):
    def __init__(self, operations: Operations, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.operations, self._today = operations, today
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_("When"), _("What"), _("Where it stands")])
        self.tree.setAccessibleName(_("Timeline"))
        self.tree.setUniformRowHeights(True)
        self.columns = fit_columns(self.tree, (1,))
        self.tree.itemActivated.connect(self._open)
        self.empty = QLabel(_("Nothing has happened yet. Log an interview or send a "
                              "follow-up, and it is told here, in order."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.events: list[TimelineEvent] = []

    def load(self, application_id: int | None) -> int:
        """Show an application's timeline; returns how many steps it has."""
        self.events = [] if application_id is None else self.operations.read(
            self, timeline.application_timeline, application_id)[1] or []
        today, language = self._today(), current_language()
        self.tree.clear()
        marked = False
        for event in self.events:
            if not marked and event.date > today:
                self._mark_today(today)
                marked = True
            self.tree.addTopLevelItem(self._item(event, today, language))
        if self.events and not marked:
            self._mark_today(today)
        self.columns.fit()
        self.tree.setVisible(bool(self.events))
        self.empty.setVisible(not self.events)
        return len(self.events)

    def _item(self, event: TimelineEvent, today: dt.date, language: str) -> QTreeWidgetItem:
        what = timeline.describe(event)
        if event.at is not None:
            what = f"{what} · {format_time(event.at, language)}"
        standing = timeline.standing(event, today)
        item = QTreeWidgetItem([format_date(event.date, language, SHORT), what,
                                timeline.standing_label(standing)])
        item.setToolTip(1, what)
        colour, glyph = _BADGES.get(event.what, (colours.STEP_STATUS, ""))
        item.setIcon(1, kind_icon(event.kind) if event.kind else badge_icon(colour, glyph))
        item.setData(0, ID_ROLE, event.follow_up_id or 0)
        if standing == timeline.OVERDUE:
            bold = QFont(self.tree.font())
            bold.setBold(True)
            item.setFont(2, bold)
        if standing in (timeline.LEFT_OUT, timeline.PASSED):
            faded = self.tree.palette().color(QPalette.ColorRole.PlaceholderText)
            for column in range(3):
                item.setForeground(column, faded)
        return item

    def _mark_today(self, today: dt.date) -> None:
        marker = QTreeWidgetItem([format_date(today, current_language(), SHORT), _("Today")])
        font = QFont(self.tree.font())
        font.setBold(True)
        for column in range(2):
            marker.setFont(column, font)
        marker.setData(0, ID_ROLE, 0)
        marker.setData(0, TODAY_ROLE, True)
        marker.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a mark, not a step to select
        self.tree.addTopLevelItem(marker)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        follow_up_id = item.data(0, ID_ROLE)
        if follow_up_id:
            show_details(self, self.operations, follow_up_id)
