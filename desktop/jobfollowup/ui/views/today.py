"""Today: what is overdue, what is due today, and what comes this week — and the actions
to deal with each: open the draft, mark it sent, note their reply, skip, reschedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

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
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.views.today_model import TodayDelegate, TodayModel
from jobfollowup.ui.widgets.follow_up_text import summary
from jobfollowup.ui.widgets.tab_order import chain
from jobfollowup.ui.widgets.tool_row import tool_row

if TYPE_CHECKING:  # the day is drawn before the data opens: the operations load after it
    from jobfollowup.services.planning.day import Agenda
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.views.mail_panel import MailSuggestions


class TodayView(ListView):
    """Today's list and its actions. At start, the window makes it from the day read
    straight from the file (`agenda`), without `operations`: the day is shown, its
    actions waiting (disabled) until `attach` gives the view the opened data."""

    watches = Change.FOLLOW_UPS

    def __init__(self, operations: Operations | None, today: Callable[[], dt.date],
                 lazy: bool = False, agenda: Agenda | None = None) -> None:
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
        self.interview_action = QAction(_("Log in&terview…"), None)  # the view's, below
        self.interview_action.setToolTip(_("Just had an interview? Log it: its thank-yous and "
                                           "check-ins are planned at once"))
        self.interview_action.triggered.connect(self.log_interview)
        super().__init__(None, _("Today"), _(
            "Nothing to send today or this week.\n\nJust had an interview? Log interview… "
            "plans the thank-yous and check-ins it calls for, and they appear here."), body,
            tool_row([self.interview_action]))
        self.interview_action.setParent(self)
        self._toolbar_buttons = self.findChildren(QToolButton)  # the title row's, so far
        self.mail_panel: MailSuggestions | None = None  # made with the operations
        self._today = today
        self.offer: QWidget | None = None  # a first run's welcome, made when first shown
        # What to do when a day breaks a rule, and how a day is picked (tests swap them);
        # None: the dialogs', loaded when first wanted, since the day is drawn without them.
        self.choose: Callable | None = None
        self.pick: Callable | None = None
        self._build_actions()
        self.tree.activated.connect(self._details)
        self.tree.selectionModel().currentChanged.connect(lambda *_args: self._update_actions())
        self.tree.customContextMenuRequested.connect(self._menu)
        if agenda is not None:
            self.show_agenda(agenda)
        if operations is not None:
            self.attach(operations)
            self.start(lazy)

    def attach(self, operations: Operations) -> None:
        """The opened data: what the mailbox suggests (with a mail account set up) shows
        above the list, whether or not anything is due, and the actions work."""
        from jobfollowup.ui.views.mail_panel import MailSuggestions

        super().attach(operations)
        self.mail_panel = MailSuggestions(operations, self)
        self.layout().insertWidget(1, self.mail_panel)
        operations.changed.connect(self._leave_the_offer)
        self._update_actions()
        self.mail_panel.refresh()

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
        self.move_action = action(_("Res&chedule…"), _("Choose another day; the rules check "
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
        from jobfollowup.services.planning.follow_ups import agenda

        self.mail_panel.refresh()
        self.show_agenda(agenda(self._today()))

    def show_agenda(self, plan: Agenda) -> None:
        """Show `plan`, keeping the follow-up selected (gone, the one after it)."""
        selected = self.selected_follow_up()
        before = [index.row() for index in self.model.follow_up_indexes()]
        current_row = self.tree.currentIndex().row()
        position = before.index(current_row) if current_row in before else 0
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
        from jobfollowup.services.demo.offer import sample_offer_open

        if self.operations is None or not sample_offer_open():
            return self.empty
        if self.offer is None:
            from jobfollowup.ui.dialogs.sample_offer import SampleOffer

            self.offer = SampleOffer(self.operations, self._today)
            self.offer.declined.connect(self.refresh)
            self.add_empty_page(self.offer)
        return self.offer

    def _leave_the_offer(self, _kinds: Change) -> None:
        """A contact or an application added elsewhere ends the first-run welcome."""
        if self.offer is not None and self.offer.isVisibleTo(self):
            self.refresh()

    def _fit_columns(self) -> None:
        """The day and the channel as wide as their widest text, measured here once per
        distinct text (without Qt asking each row); what is sent to whom takes the rest,
        shortened when it must be (its tooltip says it whole)."""
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        for column in (0, 2):
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
        attached = self.operations is not None  # the data is open
        self.interview_action.setEnabled(attached)
        has = attached and self.selected_follow_up() is not None
        for action in (self.draft_action, self.sent_action, self.reply_action,
                       self.skip_action, self.move_action):
            action.setEnabled(has)

    def _with_selected(self, slot: Callable[[int], object]) -> None:
        follow_up_id = self.selected_follow_up()
        if follow_up_id is not None:
            slot(follow_up_id)

    def _details(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)  # group headers carry none
        if row is not None and self.operations is not None:
            from jobfollowup.ui.dialogs.follow_up_details import show_details

            show_details(self, self.operations, row.id, move=self.reschedule)

    def _menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        if self.model.row_at(index) is None or self.operations is None:
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
        from jobfollowup.ui.dialogs.follow_up_flows import mark_sent

        mark_sent(self, self.operations, follow_up_id, self._today())

    def replied(self, follow_up_id: int) -> None:
        from jobfollowup.ui.dialogs.follow_up_flows import note_reply

        note_reply(self, self.operations, follow_up_id, self._today())

    def log_interview(self) -> None:
        """Log interview…: which job, then the interview (its dialogs load when wanted)."""
        from jobfollowup.ui.dialogs.interview_start import log_interview_anywhere

        log_interview_anywhere(self, self.operations, self._today())

    def delete_selected(self) -> None:
        """Edit → Delete… (Del) on a follow-up: once the user agrees, it is skipped; nothing
        is lost, and Ctrl+Z brings it back."""
        from jobfollowup.services.planning.follow_ups import get_follow_up
        from jobfollowup.ui.widgets.message_boxes import ask

        follow_up_id = self.selected_follow_up()
        if follow_up_id is None or self.operations is None:
            return
        ok, row = self.operations.read(self, get_follow_up, follow_up_id)
        if ok and ask(self, _("Skip this follow-up?"), _(
                "“{follow_up}” will not be sent. You can undo it with Edit → Undo.").format(
                    follow_up=summary(row)), _("S&kip"), _("Keep")):
            self.skip(follow_up_id)

    def skip(self, follow_up_id: int) -> None:
        from jobfollowup.ui.operations import follow_ups as follow_up_ops

        follow_up_ops.skip(self.operations, self, follow_up_id)

    def reschedule(self, follow_up_id: int) -> None:
        from jobfollowup.ui.dialogs.moving import announce, ask_rule_choice, move_to, pick_day

        day = move_to(self, self.operations, follow_up_id, self._today(),
                      self.pick or pick_day, self.choose or ask_rule_choice)
        if day is not None:
            announce(self, day, self._today())
