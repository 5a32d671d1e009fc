"""Applications: each opportunity, its status and the timeline the employer gave."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_date
from jobfollowup.services.records import list_applications
from jobfollowup.ui.labels import label
from jobfollowup.ui.operations import APPLICATIONS, FOLLOW_UPS, Operations
from jobfollowup.ui.views.base import ListView


class ApplicationsView(ListView):
    watches = frozenset({APPLICATIONS, FOLLOW_UPS})

    def __init__(self, operations: Operations) -> None:
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSortingEnabled(True)
        self.tree.setHeaderLabels([_("Company"), _("Position"), _("Status"),
                                   _("They answer by")])
        super().__init__(operations, _("Applications"), _(
            "No applications yet. Each job you apply for gets its interviews, references "
            "and follow-ups here."), self.tree)
        self.refresh()

    def refresh(self) -> None:
        rows = list_applications()
        self.tree.clear()
        language = current_language()
        for row in rows:
            reply_by = format_date(row.reply_by, language) if row.reply_by else ""
            self.tree.addTopLevelItem(QTreeWidgetItem(
                [row.company, row.position, label(row.status), reply_by]))
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.show_body(bool(rows))
