"""What Contacts and Applications share: a list of records beside the form of the one
selected, which keeps the user's unsaved edits, saves with undo and deletes with undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.widgets.message_boxes import ask
from jobfollowup.ui.widgets.plan_summary import describe
from jobfollowup.ui.widgets.sort_item import ID_ROLE

FORM_WIDTH = 620  # a form wider than this reads badly on a wide window


class RecordListView(ListView):
    """The master-detail behaviour; a concrete view builds its list and tabs with
    `details_page` and `master_detail`, then says how to read, create and edit a record.

    `current_id` is the record shown (None: none), `creating` is true while the form holds
    a new record not saved yet. Group headings in the list carry the id 0.
    """

    current_id: int | None = None
    creating = False
    record_actions: tuple[QAction, ...] = ()  # enabled only with a record shown
    new_action: QAction
    delete_action: QAction

    # what each view says about its records
    def get_record(self, record_id: int) -> Any:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes in the form of a new record."""
        raise NotImplementedError

    def create_record(self, values: dict, on_error: Callable) -> tuple[bool, Any]:
        """Add the record the form holds; returns (ok, its id)."""
        raise NotImplementedError

    def edit_record(self, record_id: int, values: dict,
                    on_error: Callable) -> tuple[bool, Any]:
        """Save the form into the record, undoably; returns (ok, (done, plan changes))."""
        raise NotImplementedError

    def created_text(self) -> str:
        """What the notice says once a new record is saved."""
        raise NotImplementedError

    def _load_children(self) -> None:
        """Fill the tabs beside the form for the record shown."""

    def _clear_children(self) -> None:
        """Empty the tabs beside the form for a new record."""

    # building (before ListView.__init__)
    def details_page(self, form: QWidget) -> QScrollArea:
        """The form with its notice above and Revert and Save below, scrolling."""
        self._loaded: dict = {}
        self.form = form
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names are user text
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.save_button = QPushButton(_("&Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(_("&Revert"))
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.notice)
        details_layout.addWidget(self.form)
        self.form.setMaximumWidth(FORM_WIDTH)
        self.notice.setMaximumWidth(FORM_WIDTH)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        details_layout.addLayout(buttons)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)
        return scroll

    def master_detail(self, left: QWidget, tabs: QTabWidget, placeholder: str,
                      sizes: list[int]) -> QSplitter:
        """The list on the left; on the right the record's tabs, or `placeholder` while
        none is selected."""
        self.tabs = tabs
        tabs.setAccessibleName(_("Details"))  # of the record selected (its bar's tabs too)
        self.placeholder = QLabel(placeholder)
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
        splitter.setSizes(sizes)
        splitter.setChildrenCollapsible(False)
        return splitter

    def connect_record_actions(self, actions: list[QAction]) -> None:
        """After ListView.__init__: the toolbar's actions belong to the view; New, Delete,
        Save (Ctrl+S) and Revert do their work."""
        for action in actions:
            action.setParent(self)
        self.new_action.triggered.connect(self.new_record)
        self.delete_action.triggered.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.setToolTip(_("Save the changes (Enter in a field, or Ctrl+S)"))
        # Enter in a line of the form saves, as in a dialog; not in a picker's own line,
        # where Enter picks what was typed, nor in a date's.
        for line in self.form.findChildren(QLineEdit):
            if not isinstance(line.parent(), QComboBox | QAbstractSpinBox):
                line.returnPressed.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.tree.currentItemChanged.connect(self._selected)

    # the list
    def _keep_current(self, listed: bool) -> None:
        """After the list is read again: drop the record shown if it is gone, else show it
        as it now stands (e.g. after Undo) unless the user is editing it."""
        if self.current_id is None:
            return
        if not listed:
            self._show(None)
            return
        if not self._unsaved():
            self.form.load(self.get_record(self.current_id))
            self._loaded = self.form.values()
        self._load_children()

    def _enable(self) -> None:
        has = self.current_id is not None
        for action in self.record_actions:
            action.setEnabled(has)

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
        if item is None or item.data(0, ID_ROLE) in (0, self.current_id):
            return
        target, before = item.data(0, ID_ROLE), self.current_id
        if not self._leave():
            self._select_id(before)
            return
        self._select_id(target)  # saving may have rebuilt the list
        self._show(target)

    def _items(self):
        """Every row of the list, group headings and the rows under them included."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            yield top
            yield from (top.child(j) for j in range(top.childCount()))

    def _select_id(self, wanted: int | None) -> None:
        self.tree.blockSignals(True)
        for item in self._items():
            if item.data(0, ID_ROLE) == wanted:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def _show(self, record_id: int | None) -> None:
        self.creating = False
        self.current_id = record_id
        self.notice.hide()
        if record_id is None:
            self.panel.setCurrentWidget(self.placeholder)
        else:
            self.form.load(self.get_record(record_id))
            self._loaded = self.form.values()
            self._load_children()
            self.panel.setCurrentWidget(self.tabs)
        self._enable()

    # the actions
    def new_record(self) -> None:
        if not self._leave():
            return
        self.tree.clearSelection()
        self.current_id = None
        self.creating = True
        self.show_body(True)
        self.form.load(None)
        self._loaded = self.form.values()
        self.notice.hide()
        self._clear_children()
        self.tabs.setCurrentIndex(0)
        self.panel.setCurrentWidget(self.tabs)
        self.first_field().setFocus()
        self._enable()

    def _revert(self) -> None:
        if self.creating:
            self.form.load(None)
        elif self.current_id is not None:
            self._show(self.current_id)

    def save(self) -> bool:
        """Save the form: a new record, or the changes to the selected one."""
        self.form.form.clear_errors()
        values = self.form.values()

        def failed(error: ValidationError) -> None:
            self.tabs.setCurrentIndex(0)
            self.form.form.show_error(error)

        if self.creating:
            ok, new_id = self.create_record(values, failed)
            if ok:
                self.creating = False
                self.current_id = new_id
                self.refresh()
                self._show(new_id)
                self._say(self.created_text())
            return ok
        if self.current_id is None:
            return False
        ok, result = self.edit_record(self.current_id, values, failed)
        if ok:
            self._loaded = self.form.values()
            self._say(_("Saved.") + self._planned(result))
        return ok

    @staticmethod
    def _planned(changes) -> str:
        """What a change moved or planned among the follow-ups, on its own line."""
        return "\n" + describe(changes) if changes else ""

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _delete_asked(self, name: str, text: str, delete: Callable[[], bool]) -> None:
        """Delete the record shown once the user agrees to `text` (`delete` is its
        operation); Edit → Undo brings it back as it was."""
        if self._agrees(_("Delete {name}?").format(name=name), text) and delete():
            self._show(None)

    def _agrees(self, question: str, text: str) -> bool:
        """Ask `question` with `text`: Delete, or Keep."""
        return ask(self, question, text, _("Delete"), _("Keep"))
