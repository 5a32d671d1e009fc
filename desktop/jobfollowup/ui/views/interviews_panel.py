"""The interviews of one application, with what to mention in the thank-yous (R3)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import N_, _, current_language, labelled
from jobfollowup.i18n.formatting import format_moment
from jobfollowup.services.records.applications import list_interviews
from jobfollowup.ui.dialogs.interview import EditPointsDialog, format_label
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.sort_item import ID_ROLE

POINTS = (N_("Highlight"), N_("What surprised you"), N_("What resonated"),
          N_("Personal detail"))


class InterviewsPanel(QWidget):
    def __init__(self, operations: Operations) -> None:
        super().__init__()
        self.operations = operations
        self.records: dict[int, object] = {}
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setAccessibleName(_("Interviews"))
        self.tree.itemDoubleClicked.connect(lambda *_args: self.edit_points())
        self.empty = QLabel(_("No interviews logged yet. After each one, log it here: its "
                              "thank-yous and check-ins are planned at once."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.log_button = QPushButton(_("Log interview…"))
        self.points_button = QPushButton(_("Edit what to mention…"))
        self.points_button.setToolTip(_("The highlight, surprise, what resonated and the "
                                        "personal detail your thank-yous mention"))
        self.points_button.clicked.connect(self.edit_points)
        self.edit_button = QPushButton(_("&Correct…"))
        self.edit_button.setToolTip(_("Correct the interview's day, format or interviewers: "
                                      "the follow-ups still planned move with it"))
        self.delete_button = QPushButton(_("Delete interview"))
        self.delete_button.setToolTip(_("Delete an interview logged by mistake, with the "
                                        "follow-ups still planned for it (you can undo it)"))
        self.tree.currentItemChanged.connect(lambda *_args: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        # Two rows, so that each button says its whole text in a narrow panel: what to do
        # with the interview selected, then what to add.
        for buttons in ((self.edit_button, self.delete_button),
                        (self.points_button, self.log_button)):
            row = QHBoxLayout()
            row.addWidget(buttons[0])
            row.addStretch(1)
            row.addWidget(buttons[1])
            layout.addLayout(row)

    def load(self, application_id: int | None) -> int:
        """Show the interviews of an application; returns how many there are."""
        records = list_interviews(application_id) if application_id is not None else []
        self.records = {r.id: r for r in records}
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for record in records:
            when = format_moment(record.starts_at, current_language())
            item = QTreeWidgetItem([f"{when} · {format_label(record.format)} — "
                                    + ", ".join(record.interviewers)])
            item.setToolTip(0, item.text(0))
            item.setFont(0, bold)
            item.setData(0, ID_ROLE, record.id)
            self.tree.addTopLevelItem(item)
            points = [(_(name), text) for name, text in (
                (POINTS[0], record.highlight), (POINTS[1], record.surprise),
                (POINTS[2], record.resonated), (POINTS[3], record.personal_detail)) if text]
            for name, text in points or [(_("To mention"), _("nothing noted yet"))]:
                child = QTreeWidgetItem([labelled(name, text)])
                child.setToolTip(0, child.text(0))  # the whole line, where it is cut
                child.setData(0, ID_ROLE, record.id)
                item.addChild(child)
            item.setExpanded(True)
        self.tree.setVisible(bool(records))
        self.empty.setVisible(not records)
        self._enable()
        return len(records)

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.points_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)

    def current(self):
        """The interview selected (or one of whose points is), else None."""
        item = self.tree.currentItem()
        return self.records.get(item.data(0, ID_ROLE)) if item is not None else None

    def edit_points(self) -> None:
        interview = self.current()
        if interview is not None:
            EditPointsDialog(self.operations, interview, self).exec()
