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
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import format_date
from jobfollowup.services.contacts import (
    contact_dependents,
    delete_contact,
    edit_contact,
    get_contact,
    matches,
    restore_contact,
    search_contacts,
    search_key,
    search_words,
    undo_edit,
)
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.interactions import (
    delete_interaction,
    history,
    restore_interaction,
)
from jobfollowup.services.records import add_contact
from jobfollowup.ui.contact_form import ContactForm
from jobfollowup.ui.dialogs import ask
from jobfollowup.ui.forms import tool_row
from jobfollowup.ui.interaction_dialog import LogInteractionDialog, direction_label
from jobfollowup.ui.labels import label
from jobfollowup.ui.operations import CONTACTS, FOLLOW_UPS, Operations
from jobfollowup.ui.plan_summary import describe
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.views.sort_item import ID_ROLE, SortItem

COLUMNS = 5


class ContactsView(ListView):
    watches = frozenset({CONTACTS, FOLLOW_UPS})  # a note sent is an exchange logged

    def __init__(self, operations: Operations,
                 today: Callable[[], dt.date] = dt.date.today, lazy: bool = False) -> None:
        self._today = today
        self.current_id: int | None = None
        self.creating = False
        self._loaded: dict = {}
        self._keys: list[list] = []  # [item, what a search looks in, hidden] per row

        self.new_action = QAction(_("&New contact"), None)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(_("Add a person to your search (Ctrl+N)"))
        self.delete_action = QAction(_("&Delete contact…"), None)
        self.delete_action.setToolTip(_("Delete the selected contact (you can undo it)"))
        self.log_action = QAction(_("&Log interaction…"), None)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setToolTip(_("Record an exchange with the selected contact (Ctrl+L)"))
        toolbar = tool_row([self.new_action, self.log_action, self.delete_action])

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
        self.tree.setHeaderLabels([_("Name"), _("Role"), _("Organisation"), _("Prefers"),
                                   _("Last contact")])
        self.tree.setAccessibleName(_("Contacts"))
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)

        self.form = ContactForm()
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names are user text
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.save_button = QPushButton(_("&Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(_("Re&vert"))
        self.revert_button.setToolTip(_("Forget the changes not saved yet"))
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.notice)
        details_layout.addWidget(self.form)
        self.form.setMaximumWidth(620)
        self.notice.setMaximumWidth(620)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        details_layout.addLayout(row)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)

        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setHeaderLabels([_("Date"), _("Channel"), _("Who wrote"), _("Summary"),
                                      _("Application")])
        self.history.setAccessibleName(_("Interaction history"))
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

        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, _("Details"))
        self.tabs.addTab(history_page, _("History"))
        self.placeholder = QLabel(_("Select a contact to see their details and history, or "
                                    "add one with New contact (Ctrl+N)."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.panel = QStackedWidget()
        self.panel.addWidget(self.placeholder)
        self.panel.addWidget(self.tabs)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        splitter.setChildrenCollapsible(False)
        super().__init__(operations, _("Contacts"), _(
            "No contacts yet. Interviewers, recruiters and references you add will be "
            "listed here.\n\nAdd the first one with New contact (Ctrl+N)."), splitter, toolbar)
        for action in (self.new_action, self.log_action, self.delete_action):
            action.setParent(self)
        self.new_action.triggered.connect(self.new_contact)
        self.delete_action.triggered.connect(self.delete_selected)
        self.log_action.triggered.connect(self.log_interaction)
        self.save_button.clicked.connect(self.save)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.setToolTip(_("Save the changes (Ctrl+S)"))
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revert_button.clicked.connect(self._revert)
        self.search.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(self._selected)
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
            last = format_date(row.last_interaction, language, "medium") \
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
        for column in range(COLUMNS):
            self.tree.resizeColumnToContents(column)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._filter()
        if self.current_id is not None and chosen is None and not self.search.text():
            self._show(None)
        elif self.current_id is not None:
            if not self._unsaved():  # e.g. after Undo: show the contact as it now stands
                self.form.load(get_contact(self.current_id))
                self._loaded = self.form.values()
            self._load_history()
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

    def _enable(self) -> None:
        has = self.current_id is not None
        self.delete_action.setEnabled(has)
        self.log_action.setEnabled(has)

    def _unsaved(self) -> bool:
        return (self.creating or self.current_id is not None) and \
            self.form.values() != self._loaded

    def _leave(self) -> bool:
        """Before showing another record: keep or drop the edits not saved yet."""
        if not self._unsaved():
            return True
        if ask(self, _("Save your changes?"),
               _("The changes you made here are not saved yet."), _("Save"), _("Discard")):
            return self.save()
        return True

    def _selected(self, item, _previous=None) -> None:
        if item is None or item.data(0, ID_ROLE) == self.current_id:
            return
        target, before = item.data(0, ID_ROLE), self.current_id
        if not self._leave():
            self._select_id(before)
            return
        self._select_id(target)  # saving may have rebuilt the list
        self._show(target)

    def _items(self):
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _select_id(self, wanted: int | None) -> None:
        self.tree.blockSignals(True)
        for item in self._items():
            if item.data(0, ID_ROLE) == wanted:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def _show(self, contact_id: int | None) -> None:
        self.creating = False
        self.current_id = contact_id
        self.notice.hide()
        if contact_id is None:
            self.panel.setCurrentWidget(self.placeholder)
        else:
            self.form.load(get_contact(contact_id))
            self._loaded = self.form.values()
            self._load_history()
            self.panel.setCurrentWidget(self.tabs)
        self._enable()

    def _load_history(self) -> None:
        rows = history(self.current_id) if self.current_id is not None else []
        language = current_language()
        self.history.clear()
        for row in rows:
            item = SortItem([format_date(row.date, language, "medium"), row.channel.label,
                             direction_label(row.direction), row.summary, row.company])
            item.setToolTip(3, row.summary)
            item.setData(0, ID_ROLE, row.id)
            self.history.addTopLevelItem(item)
        for column in range(COLUMNS):
            self.history.resizeColumnToContents(column)
        self.forget_button.setEnabled(False)
        self.history.setVisible(bool(rows))
        self.history_empty.setVisible(not rows)
        self.tabs.setTabText(1, _("History ({n})").format(n=len(rows)) if rows
                             else _("History"))

    # the actions
    def new_contact(self) -> None:
        if not self._leave():
            return
        self.tree.clearSelection()
        self.current_id = None
        self.creating = True
        self.show_body(True)
        self.form.load(None)
        self._loaded = self.form.values()
        self.notice.hide()
        self.history.clear()
        self.tabs.setCurrentIndex(0)
        self.panel.setCurrentWidget(self.tabs)
        self.form.name.setFocus()
        self._enable()

    def _revert(self) -> None:
        if self.creating:
            self.form.load(None)
        elif self.current_id is not None:
            self._show(self.current_id)

    def save(self) -> bool:
        """Save the form: a new contact, or the changes to the selected one."""
        self.form.form.clear_errors()
        values = self.form.values()

        def failed(error: ValidationError) -> None:
            self.tabs.setCurrentIndex(0)
            self.form.form.show_error(error)

        if self.creating:
            ok, new_id = self.operations.run(self, add_contact, values.pop("name"),
                                             changes={CONTACTS}, on_error=failed, **values)
            if ok:
                self.creating = False
                self.current_id = new_id
                self.refresh()
                self._show(new_id)
                self._say(_("Contact saved."))
            return ok
        if self.current_id is None:
            return False
        contact_id = self.current_id
        ok, result = self.operations.run_undoable(
            self, _("Edit {name}").format(name=values["name"].strip()),
            lambda: edit_contact(contact_id, **values), lambda done: undo_edit(done[0]),
            changes={CONTACTS, FOLLOW_UPS}, on_error=failed)
        if ok:
            self._loaded = self.form.values()
            changes = result[1]
            self._say(_("Saved.") + ("\n" + describe(changes) if changes else ""))
        return ok

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

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
        self.operations.run_undoable(
            self, _("Delete an exchange"), lambda: delete_interaction(interaction_id),
            restore_interaction, changes={CONTACTS})

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
        if not ask(self, _("Delete {name}?").format(name=name),
                   _("Deleting {name} also deletes: {things}. You can undo it with "
                     "Edit → Undo until you quit.").format(name=name, things=", ".join(parts)),
                   _("Delete"), _("Keep")):
            return
        ok, _snapshot = self.operations.run_undoable(
            self, _("Delete {name}").format(name=name), lambda: delete_contact(contact_id),
            restore_contact, changes={CONTACTS, FOLLOW_UPS})
        if ok:
            self._show(None)
