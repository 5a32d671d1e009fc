"""Today: what is overdue, what is due today, and what comes this week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTreeWidget, QTreeWidgetItem

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import format_date
from jobfollowup.services.follow_ups import agenda
from jobfollowup.ui.operations import FOLLOW_UPS, Operations
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.views.follow_up_text import details, summary, why


class TodayView(ListView):
    watches = frozenset({FOLLOW_UPS})

    def __init__(self, operations: Operations, today: Callable[[], dt.date]) -> None:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_("When"), _("Follow-up"), _("How")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(_("Follow-ups due"))
        super().__init__(operations, _("Today"), _(
            "Nothing to send today or this week.\n\nLog an interview in Applications and "
            "the thank-yous and check-ins it calls for will appear here."), self.tree)
        self._today = today
        self.tree.itemDoubleClicked.connect(self._open_draft)  # issue #5: the draft editor
        self.print_action = QAction(_("&Print the selected notes…"), self.tree)
        self.print_action.setToolTip(_("Print the handwritten notes among the selected "
                                       "follow-ups, one card per page"))
        self.print_action.triggered.connect(self.print_selected)
        self.tree.addAction(self.print_action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.refresh()

    def refresh(self) -> None:
        today = self._today()
        plan = agenda(today)
        self.tree.clear()
        groups = (
            (ngettext("Overdue: {n} follow-up", "Overdue: {n} follow-ups", len(plan.overdue)),
             plan.overdue),
            (ngettext("Due today: {n} follow-up", "Due today: {n} follow-ups", len(plan.today)),
             plan.today),
            (ngettext("This week: {n} follow-up", "This week: {n} follow-ups",
                      len(plan.this_week)), plan.this_week),
        )
        language = current_language()
        for title, rows in groups:
            if not rows:
                continue
            header = QTreeWidgetItem([title.format(n=len(rows))])
            bold = QFont(header.font(0))
            bold.setBold(True)
            header.setFont(0, bold)
            header.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for row in rows:
                item = QTreeWidgetItem([format_date(row.date, language, "medium"),
                                        summary(row), details(row)])
                item.setToolTip(1, why(row))
                item.setData(0, 256, row.id)  # Qt.UserRole
                self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.show_body(bool(plan.overdue or plan.today or plan.this_week))

    def selected_ids(self) -> list[int]:
        return [i.data(0, 256) for i in self.tree.selectedItems() if i.data(0, 256) is not None]

    def print_dialog(self):
        """The print dialog of the selected handwritten notes (None when there are none)."""
        from jobfollowup.ui.print_dialog import PrintNotesDialog

        dialog = PrintNotesDialog(self.operations, self, follow_up_ids=self.selected_ids())
        if dialog.cards:
            return dialog
        QMessageBox.information(self, _("Nothing to print"), _(
            "None of the selected follow-ups is a handwritten note or a letter."))
        dialog.deleteLater()
        return None

    def print_selected(self) -> None:
        dialog = self.print_dialog()
        if dialog is not None:
            dialog.exec()

    def _open_draft(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        from jobfollowup.ui.draft_editor import open_draft

        follow_up_id = item.data(0, 256)  # Qt.UserRole; group headers carry none
        if follow_up_id is not None:
            open_draft(self, self.operations, follow_up_id)
