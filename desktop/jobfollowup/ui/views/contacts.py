"""Contacts: the people of the search, searchable by name."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jobfollowup.i18n import _
from jobfollowup.services.records import list_contacts
from jobfollowup.ui.labels import label
from jobfollowup.ui.operations import CONTACTS, Operations
from jobfollowup.ui.views.base import ListView


class ContactsView(ListView):
    watches = frozenset({CONTACTS})

    def __init__(self, operations: Operations) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search contacts"))
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSortingEnabled(True)
        self.tree.setHeaderLabels([_("Name"), _("Role"), _("Organisation"), _("Email"),
                                   _("Prefers")])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        super().__init__(operations, _("Contacts"), _(
            "No contacts yet. Interviewers, recruiters and references you add will be "
            "listed here."), body)
        self.search.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        rows = list_contacts(self.search.text())
        self.tree.clear()
        for row in rows:
            self.tree.addTopLevelItem(QTreeWidgetItem([
                row.name, label(row.role), row.organisation, row.email,
                label(row.preferred_channel)]))
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        self.show_body(bool(rows) or bool(self.search.text()))
