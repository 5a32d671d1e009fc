"""Today: what is overdue, what is due today, and what comes this week — and the actions
to deal with each: open the draft, mark it sent, note their reply, skip, reschedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.services.demo.offer import sample_offer_open
from jobfollowup.services.planning.follow_ups import agenda, get_follow_up
from jobfollowup.ui.dialogs.follow_up_details import show_details
from jobfollowup.ui.dialogs.follow_up_flows import mark_sent, note_reply
from jobfollowup.ui.dialogs.moving import announce, ask_rule_choice, move_to, pick_day
from jobfollowup.ui.dialogs.sample_offer import SampleOffer
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.views.today_model import TodayDelegate, TodayModel
from jobfollowup.ui.widgets.follow_up_text import summary
from jobfollowup.ui.widgets.forms import tool_row
from jobfollowup.ui.widgets.message_boxes import ask
from jobfollowup.ui.widgets.tab_order import chain


class TodayView(ListView):
    watches = Change.FOLLOW_UPS

    def __init__(self, operations: Operations, today: Callable[[], dt.date],
                 lazy: bool = False) -> None:
        self.model = TodayModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.delegate = TodayDelegate(self.model, self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(_("Follow-ups due"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.actions_bar = QHBoxLayout()
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.tree)
        # Just out of an interview: its thank-yous start here, whatever else is due.
        self.interview_action = QAction(_("Log &interview…"), None)  # the view's, below
        self.interview_action.setToolTip(_("Just had an interview? Log it: its thank-yous and "
                                           "check-ins are planned at once"))
        self.interview_action.triggered.connect(self.log_interview)
        super().__init__(operations, _("Today"), _(
            "Nothing to send today or this week.\n\nJust had an interview? Log interview… "
            "plans the thank-yous and check-ins it calls for, and they appear here."), body,
            tool_row([self.interview_action]))
        self.interview_action.setParent(self)
        self._toolbar_buttons = self.findChildren(QToolButton)  # the title row's, so far
        self._today = today
        self.offer = SampleOffer(operations, today)  # a first run's welcome
        self.offer.declined.connect(self.refresh)
        self.add_empty_page(self.offer)
        operations.changed.connect(self._leave_the_offer)
        self.choose = ask_rule_choice  # what to do when a day breaks a rule (tests swap it)
        self.pick = pick_day
        self._build_actions()
        self.tree.activated.connect(self._details)
        self.tree.selectionModel().currentChanged.connect(lambda *_args: self._update_actions())
        self.tree.customContextMenuRequested.connect(self._menu)
        self.start(lazy)

    def _build_actions(self) -> None:
        def action(text: str, tip: str, slot, shortcut: str | None = None) -> QAction:
            made = QAction(text, self)
            made.setToolTip(tip)
            made.triggered.connect(lambda: self._with_selected(slot))
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                made.setToolTip(f"{tip} ({shortcut})")
            self.addAction(made)
            button = QToolButton()
            button.setDefaultAction(made)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.actions_bar.addWidget(button)
            return made

        self.draft_action = action(_("Open &draft…"), _("Read, edit and send the note"),
                                   self.open_draft, "Ctrl+D")
        self.sent_action = action(_("Mark &sent"), _("You sent it: keep it in the contact's "
                                                     "history"), self.mark_sent)
        self.reply_action = action(_("They &replied"), _(
            "They answered: note it; the check-ins still planned stop, or wait for the day "
            "they will decide by"), self.replied)
        self.skip_action = action(_("S&kip"), _("Leave this follow-up out (you can undo it)"),
                                  self.skip)
        self.move_action = action(_("&Reschedule…"), _("Choose another day; the rules check "
                                                       "it"), self.reschedule, "Ctrl+M")
        self.actions_bar.addStretch(1)
        self.print_action = QAction(_("&Print the selected notes…"), self)
        self.print_action.setToolTip(_("Print the handwritten notes among the selected "
                                       "follow-ups, one card per page"))
        self.print_action.triggered.connect(self.print_selected)
        self._update_actions()
        # Tab as the screen reads: the title row's button, the actions, then the list.
        chain([*self._toolbar_buttons, *self.findChildren(QToolButton), self.tree])

    def refresh(self) -> None:
        selected = self.selected_follow_up()
        before = [index.row() for index in self.model.follow_up_indexes()]
        current_row = self.tree.currentIndex().row()
        position = before.index(current_row) if current_row in before else 0
        plan = agenda(self._today())
        self.model.set_agenda(plan)
        self._fit_columns()
        for number in self.model.heading_rows():
            self.tree.setFirstColumnSpanned(number, QModelIndex(), True)
        rows = self.model.follow_up_indexes()
        if rows:  # keep the row the user had selected; gone (sent, skipped), the next one
            current = self.model.index_of(selected) if selected is not None else QModelIndex()
            self.tree.setCurrentIndex(current if current.isValid()
                                      else rows[min(position, len(rows) - 1)])
        self.show_body(bool(rows))
        self._update_actions()

    def empty_page(self) -> QWidget:
        return self.offer if sample_offer_open() else self.empty

    def _leave_the_offer(self, _kinds: Change) -> None:
        """A contact or an application added elsewhere ends the first-run welcome."""
        if self.offer.isVisibleTo(self):
            self.refresh()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text, measured here once per distinct text:
        what a double click on a column's edge would make it, without Qt asking each row."""
        metrics = self.tree.fontMetrics()
        for column in range(3):
            texts = set(self.model.column_texts(column))
            if texts:
                self.tree.setColumnWidth(column, max(map(metrics.horizontalAdvance, texts))
                                         + self.delegate.padding(column, self.tree))

    def selected_follow_up(self) -> int | None:
        row = self.model.row_at(self.tree.currentIndex())
        return row.id if row is not None else None

    def selected_ids(self) -> list[int]:
        """Every selected follow-up, top to bottom (group headers carry none)."""
        indexes = sorted(self.tree.selectionModel().selectedRows(), key=QModelIndex.row)
        rows = (self.model.row_at(index) for index in indexes)
        return [row.id for row in rows if row is not None]

    def print_dialog(self):
        """The print dialog of the selected handwritten notes (None when there are none)."""
        from jobfollowup.ui.dialogs.printing import PrintNotesDialog

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

    def _update_actions(self) -> None:
        has = self.selected_follow_up() is not None
        for action in (self.draft_action, self.sent_action, self.reply_action,
                       self.skip_action, self.move_action):
            action.setEnabled(has)

    def _with_selected(self, slot: Callable[[int], object]) -> None:
        follow_up_id = self.selected_follow_up()
        if follow_up_id is not None:
            slot(follow_up_id)

    def _details(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)  # group headers carry none
        if row is not None:
            show_details(self, self.operations, row.id, move=self.reschedule)

    def _menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        if self.model.row_at(index) is None:
            return
        if not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.draft_action, self.sent_action, self.reply_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.skip_action)
        menu.addAction(self.move_action)
        menu.addSeparator()
        menu.addAction(self.print_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # Actions ---------------------------------------------------------------------------
    def open_draft(self, follow_up_id: int) -> None:
        from jobfollowup.ui.dialogs.draft_editor import open_draft

        open_draft(self, self.operations, follow_up_id)

    def mark_sent(self, follow_up_id: int) -> None:
        mark_sent(self, self.operations, follow_up_id, self._today())

    def replied(self, follow_up_id: int) -> None:
        note_reply(self, self.operations, follow_up_id, self._today())

    def log_interview(self) -> None:
        """Log interview…: which job, then the interview (its dialogs load when wanted)."""
        from jobfollowup.ui.dialogs.interview_start import log_interview_anywhere

        log_interview_anywhere(self, self.operations, self._today())

    def delete_selected(self) -> None:
        """Edit → Delete… (Del) on a follow-up: once the user agrees, it is skipped; nothing
        is lost, and Ctrl+Z brings it back."""
        follow_up_id = self.selected_follow_up()
        if follow_up_id is None:
            return
        ok, row = self.operations.read(self, get_follow_up, follow_up_id)
        if ok and ask(self, _("Skip this follow-up?"), _(
                "“{follow_up}” will not be sent. You can undo it with Edit → Undo.").format(
                    follow_up=summary(row)), _("S&kip"), _("Keep")):
            self.skip(follow_up_id)

    def skip(self, follow_up_id: int) -> None:
        follow_up_ops.skip(self.operations, self, follow_up_id)

    def reschedule(self, follow_up_id: int) -> None:
        day = move_to(self, self.operations, follow_up_id, self._today(), self.pick,
                      self.choose)
        if day is not None:
            announce(self, day, self._today())
