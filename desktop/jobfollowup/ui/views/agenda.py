"""Calendar (for now an agenda): every planned follow-up from today on, by day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_date
from jobfollowup.services.follow_ups import list_follow_ups
from jobfollowup.ui.operations import FOLLOW_UPS, Operations
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.views.follow_up_text import details, summary, why

HORIZON = dt.timedelta(days=120)


class AgendaView(ListView):
    watches = frozenset({FOLLOW_UPS})

    def __init__(self, operations: Operations, today: Callable[[], dt.date]) -> None:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_("Day"), _("Follow-up"), _("How")])
        self.tree.setAccessibleName(_("Planned follow-ups by day"))
        super().__init__(operations, _("Calendar"), _(
            "No follow-ups planned yet. They appear here, day by day, as soon as you log "
            "an interview."), self.tree)
        self._today = today
        self.refresh()

    def refresh(self) -> None:
        today = self._today()
        rows = list_follow_ups(today, today + HORIZON, states=("planned",))
        self.tree.clear()
        language = current_language()
        days: dict[dt.date, QTreeWidgetItem] = {}
        for row in rows:
            day = days.get(row.date)
            if day is None:
                day = QTreeWidgetItem([format_date(row.date, language, "full")])
                day.setFirstColumnSpanned(True)
                self.tree.addTopLevelItem(day)
                day.setFirstColumnSpanned(True)
                days[row.date] = day
            item = QTreeWidgetItem(["", summary(row), details(row)])
            item.setToolTip(1, why(row))
            day.addChild(item)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.show_body(bool(rows))
