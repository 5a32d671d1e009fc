"""Contacts: the people of the search — a searchable, sortable list beside the form of the
one selected, with the history of every exchange."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import SHORT, format_date
from jobfollowup.rules.kinds import Direction
from jobfollowup.services.records.contacts import (
    contact_dependents,
    get_contact,
    matches,
    search_contacts,
    search_key,
    search_words,
)
from jobfollowup.services.records.interactions import (
    history,
)
from jobfollowup.ui.dialogs.contact_form import ContactForm
from jobfollowup.ui.dialogs.interaction import LogInteractionDialog, direction_label
from jobfollowup.ui.operations import contacts as contact_ops
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.views.record_actions import contact_actions
from jobfollowup.ui.views.records_base import RecordListView
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.columns import fit_columns
from jobfollowup.ui.widgets.kind_style import badge_icon
from jobfollowup.ui.widgets.labels import label
from jobfollowup.ui.widgets.sort_item import ID_ROLE, SortItem
from jobfollowup.ui.widgets.tool_row import tool_row

NAMES = (0, 2)  # name, organisation: what the person typed, shortened when room is short
HISTORY_TEXTS = (2, 3)  # the summary, the application
_DIRECTION_BADGES = {Direction.OUT: (colours.SENT_BY_YOU, "→"),
                     Direction.IN: (colours.SENT_TO_YOU, "←")}


class ContactsView(RecordListView):
    watches = Change.CONTACTS | Change.FOLLOW_UPS  # a note sent is an exchange logged

    def __init__(self, operations: Operations,
                 today: Callable[[], dt.date] = dt.date.today, lazy: bool = False,
                 actions: tuple[QAction, QAction] | None = None) -> None:
        """`actions`: New contact and Log interaction… as the File menu has them."""
        self._today = today
        self._keys: list[list] = []  # [item, what a search looks in, hidden] per row

        self.new_action, self.log_action = actions or contact_actions()
        self.delete_action = QAction(_("&Delete contact…"), None)
        self.delete_action.setToolTip(_("Delete the selected contact (you can undo it)"))
        toolbar = tool_row([self.new_action, self.log_action, self.delete_action])
        self.record_actions = (self.delete_action, self.log_action)

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by name, organisation or email…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search contacts"))
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.header().setResizeContentsPrecision(200)  # years of data size fast
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([_("Name"), _("Role"), _("Organisation"), _("Channel"),
                                   _("Last contact")])
        self.tree.setAccessibleName(_("Contacts"))
        self.tree_columns = fit_columns(self.tree, NAMES)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)

        scroll = self.details_page(ContactForm())
        self.revert_button.setToolTip(_("Forget the changes not saved yet"))

        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        # Who wrote is an arrow beside the day (said on pointing and to a screen reader):
        # the summary keeps the room in a narrow window.
        self.history.setHeaderLabels([_("Date"), _("Channel"), _("Summary"), _("Application")])
        self.history.setAccessibleName(_("Interaction history"))
        self.history_columns = fit_columns(self.history, HISTORY_TEXTS)
        self.history_empty = QLabel(_("No exchanges logged yet."))
        self.history_empty.setStyleSheet("color: palette(placeholder-text);")
        log_button = QPushButton(_("Log interaction…"))
        log_button.clicked.connect(self.log_interaction)
        self.forget_button = QPushButton(_("Delete exchange"))
        self.forget_button.setToolTip(_("Delete the selected exchange (you can undo it)"))
        self.forget_button.clicked.connect(self.delete_exchange)
        self.history.currentItemChanged.connect(
            lambda *_args: self.forget_button.setEnabled(self.history.currentItem() is not None))
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history_empty)
        history_layout.addWidget(self.history)
        history_row = QHBoxLayout()
        history_row.addWidget(self.forget_button)
        history_row.addStretch(1)
        history_row.addWidget(log_button)
        history_layout.addLayout(history_row)

        tabs = QTabWidget()
        tabs.addTab(scroll, _("Details"))
        tabs.addTab(history_page, _("History"))
        splitter = self.master_detail(left, tabs, _(
            "Select a contact to see their details and history, or add one with New contact "
            "(Ctrl+N)."), [600, 440])
        super().__init__(operations, _("Contacts"), _(
            "No contacts yet. Interviewers, recruiters and references you add will be "
            "listed here.\n\nAdd the first one with New contact (Ctrl+N)."), splitter, toolbar)
        self.connect_record_actions([self.new_action, self.log_action, self.delete_action])
        self.log_action.triggered.connect(self.log_interaction)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search.textChanged.connect(self._filter)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.log_action, self.delete_action])
        self.start(lazy)

    # the list
    def refresh(self) -> None:
        rows = search_contacts()
        language = current_language()
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        self._keys = []
        chosen = None
        for row in rows:
            last = format_date(row.last_interaction, language, SHORT) \
                if row.last_interaction else ""
            item = SortItem([row.name, label(row.role), row.organisation,
                             label(row.preferred_channel), last])
            item.setData(0, ID_ROLE, row.id)
            item.set_key(4, row.last_interaction.isoformat()
                         if row.last_interaction else "")
            self.tree.addTopLevelItem(item)
            self._keys.append([item, search_key(row), False])
            if row.id == self.current_id:
                chosen = item
        self.tree.setSortingEnabled(True)
        self.tree_columns.fit()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._filter()
        self._keep_current(chosen is not None or bool(self.search.text()))
        self.show_body(bool(rows) or bool(self.search.text()) or self.creating)
        self._enable()

    def _filter(self) -> None:
        """Show the contacts the search finds: a keystroke hides and shows the rows already
        listed, and touches only those whose answer changed."""
        words = search_words(self.search.text())
        for entry in self._keys:
            item, key, hidden = entry
            hide = bool(words) and not matches(key, words)
            if hide != hidden:
                item.setHidden(hide)
                entry[2] = hide

    # what a contact is
    def created_text(self) -> str:
        return _("Contact saved.")

    def get_record(self, record_id: int):
        return get_contact(record_id)

    def first_field(self) -> QWidget:
        return self.form.name

    def create_record(self, values: dict, on_error):
        name = values.pop("name")
        return contact_ops.add(self.operations, self, name, values, on_error)

    def edit_record(self, record_id: int, values: dict, on_error):
        return contact_ops.edit(self.operations, self, record_id, values, self._today(),
                                on_error)

    def _clear_children(self) -> None:
        self.history.clear()

    def _load_children(self) -> None:
        """The history of exchanges with the contact shown."""
        rows = history(self.current_id) if self.current_id is not None else []
        language = current_language()
        self.history.clear()
        for row in rows:
            day = format_date(row.date, language, SHORT)
            item = SortItem([day, row.channel.label, row.summary, row.company])
            said = direction_label(row.direction)
            item.setIcon(0, badge_icon(*_DIRECTION_BADGES[row.direction]))
            item.setToolTip(0, f"{day} · {said}")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{day}, {said}")
            item.setData(0, ID_ROLE, row.id)
            self.history.addTopLevelItem(item)
        self.history_columns.fit()
        self.forget_button.setEnabled(False)
        self.history.setVisible(bool(rows))
        self.history_empty.setVisible(not rows)
        self.tabs.setTabText(1, _("History ({n})").format(n=len(rows)) if rows
                             else _("History"))

    # the actions
    def log_interaction(self) -> None:
        if self.current_id is None:
            return
        detail = get_contact(self.current_id)
        dialog = LogInteractionDialog(self.operations, detail.id, detail.name, self._today(),
                                      self, detail.preferred_channel)
        if dialog.exec():
            self.tabs.setCurrentIndex(1)
            self._show(self.current_id)
            self.tabs.setCurrentIndex(1)

    def delete_exchange(self) -> None:
        item = self.history.currentItem()
        if item is None:
            return
        interaction_id = item.data(0, ID_ROLE)
        contact_ops.delete_exchange(self.operations, self, interaction_id)

    def delete_selected(self) -> None:
        if self.current_id is None:
            return
        contact_id = self.current_id
        name = get_contact(contact_id).name
        counts = contact_dependents(contact_id)
        parts = [ngettext("{n} follow-up", "{n} follow-ups", counts.follow_ups).format(
                     n=counts.follow_ups),
                 ngettext("{n} logged exchange", "{n} logged exchanges",
                          counts.interactions).format(n=counts.interactions),
                 ngettext("{n} reference", "{n} references", counts.references).format(
                     n=counts.references),
                 ngettext("{n} interview place", "{n} interview places",
                          counts.interviews).format(n=counts.interviews)]
        self._delete_asked(
            name, _("Deleting {name} also deletes: {things}. You can undo it with "
                    "Edit → Undo until you quit.").format(name=name, things=", ".join(parts)),
            lambda: contact_ops.delete(self.operations, self, contact_id, name))
