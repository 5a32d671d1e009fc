"""Applications: the pipeline of opportunities beside the one selected — its details and
timeline, its interviews with their personal points, and its references' checklist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import SHORT, WEEKDAY, format_date
from jobfollowup.rules.kinds import Status
from jobfollowup.services.records.applications import (
    application_dependents,
    get_application,
)
from jobfollowup.services.records.core import list_applications
from jobfollowup.ui.dialogs.application_form import ApplicationForm
from jobfollowup.ui.dialogs.interview import LogInterviewDialog
from jobfollowup.ui.dialogs.interview_start import log_interview_anywhere
from jobfollowup.ui.operations import applications as application_ops
from jobfollowup.ui.operations import interviews as interview_ops
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.views.interviews_panel import InterviewsPanel
from jobfollowup.ui.views.record_actions import application_actions
from jobfollowup.ui.views.records_base import RecordListView
from jobfollowup.ui.views.references_panel import ReferencesPanel
from jobfollowup.ui.views.timeline_panel import TimelinePanel
from jobfollowup.ui.widgets.columns import fit_columns
from jobfollowup.ui.widgets.forms import NO_CODE, combo_code, select_code
from jobfollowup.ui.widgets.labels import label
from jobfollowup.ui.widgets.sort_item import ID_ROLE, SortItem, sort_key
from jobfollowup.ui.widgets.tool_row import tool_row

NAMES = (0, 1)  # company, position: shortened when room is short, said whole on pointing


def _date_key(day: dt.date | None, company: str) -> str:
    """Sorts by day, then company; no day after every day (an ascending list starts with
    what comes soonest)."""
    return f"{day.isoformat() if day else '~'} {company}"


class ApplicationsView(RecordListView):
    watches = Change.RECORDS

    def __init__(self, operations: Operations,
                 today: Callable[[], dt.date] = dt.date.today, lazy: bool = False,
                 actions: tuple[QAction, QAction] | None = None) -> None:
        """`actions`: New application and Log interview… as the File menu has them."""
        self._today = today
        own_actions = actions is None  # else the window's File menu dispatches them
        self.new_action, self.interview_action = actions or application_actions()
        self.delete_action = QAction(_("&Delete application…"), None)
        self.delete_action.setToolTip(_("Delete the selected application (you can undo it)"))
        toolbar = tool_row([self.new_action, self.interview_action, self.delete_action])
        self.record_actions = (self.delete_action,)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_("Show applications of status"))
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(14)
        self.group = QCheckBox(_("&Group by status"))
        self.group.setToolTip(_("Show the pipeline: applications grouped by where they stand"))
        filters = QHBoxLayout()
        show_label = QLabel(_("Show:"))
        show_label.setBuddy(self.status_filter)
        filters.addWidget(show_label)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.group)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.header().setResizeContentsPrecision(200)  # years of data size fast
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([_("Company"), _("Position"), _("Status"),
                                   _("They answer by"), _("Next follow-up")])
        # What comes next first; the header keeps the user's own choice for the session.
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.tree.setAccessibleName(_("Applications"))
        self.columns = fit_columns(self.tree, NAMES)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree)

        scroll = self.details_page(ApplicationForm())

        self.interviews = InterviewsPanel(operations)
        self.interviews.log_button.clicked.connect(self.log_interview)
        self.interviews.edit_button.clicked.connect(self.edit_interview)
        self.interviews.delete_button.clicked.connect(self.delete_interview)
        self.references = ReferencesPanel(operations, today)
        self.timeline = TimelinePanel(operations, today)
        tabs = QTabWidget()
        tabs.addTab(scroll, _("Details"))
        tabs.addTab(self.timeline, _("Timeline"))
        tabs.addTab(self.interviews, _("Interviews"))
        tabs.addTab(self.references, _("References"))
        splitter = self.master_detail(left, tabs, _(
            "Select an application to see its timeline, interviews and references, or add "
            "one with New application (Ctrl+Shift+N)."), [560, 480])
        super().__init__(operations, _("Applications"), _(
            "No applications yet. Each job you apply for gets its interviews, references "
            "and follow-ups here.\n\nAdd the first one with New application "
            "(Ctrl+Shift+N)."), splitter, toolbar)
        self.connect_record_actions(
            [self.new_action, self.interview_action, self.delete_action])
        if own_actions:
            self.interview_action.triggered.connect(self.log_interview)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.group.toggled.connect(lambda _on: self.refresh())
        self.start(lazy)

    # the pipeline
    def _fill_filter(self, rows) -> None:
        chosen = combo_code(self.status_filter)
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(_("All statuses ({n})").format(n=len(rows)), NO_CODE)
        for status in tuple(Status):
            count = sum(1 for r in rows if r.status == status)
            self.status_filter.addItem(f"{label(status)} ({count})", status)
        select_code(self.status_filter, chosen)
        self.status_filter.blockSignals(False)

    def refresh(self) -> None:
        every = list_applications()
        self._fill_filter(every)
        status = combo_code(self.status_filter)
        rows = [r for r in every if status in (None, r.status)]
        language = current_language()
        grouped = self.group.isChecked()
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        self.tree.setRootIsDecorated(grouped)
        self.tree.setColumnHidden(2, grouped)  # the group says it
        groups: dict[str, QTreeWidgetItem] = {}
        chosen = None
        for row in rows:
            item = SortItem([
                row.company, row.position, label(row.status),
                format_date(row.reply_by, language, SHORT) if row.reply_by else "",
                format_date(row.next_follow_up, language, SHORT)
                if row.next_follow_up else ""])
            item.setData(0, ID_ROLE, row.id)
            company = sort_key(row.company)
            item.set_key(2, f"{tuple(Status).index(row.status)} {company}")
            item.set_key(3, _date_key(row.reply_by, company))
            item.set_key(4, _date_key(row.next_follow_up, company))
            if grouped:
                group = groups.get(row.status)
                if group is None:
                    group = SortItem([label(row.status).capitalize()])
                    group.set_key(0, f"{tuple(Status).index(row.status)}")
                    group.setData(0, ID_ROLE, 0)  # a heading, not an application
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = QFont(group.font(0))
                    font.setBold(True)
                    group.setFont(0, font)
                    groups[row.status] = group
                group.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            if row.id == self.current_id:
                chosen = item
        header = self.tree.header()
        for status in tuple(Status):
            if status in groups:
                group = groups[status]
                group.setText(0, f"{label(status).capitalize()} ({group.childCount()})")
                self.tree.addTopLevelItem(group)
                # within its status, in the list's order (the groups stay in theirs)
                group.sortChildren(header.sortIndicatorSection(), header.sortIndicatorOrder())
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
        self.tree.setSortingEnabled(not grouped)
        self.columns.fit()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._keep_current(any(r.id == self.current_id for r in every))
        self.show_body(bool(every) or self.creating)
        self._enable()

    # what an application is
    def get_record(self, record_id: int):
        return get_application(record_id)

    def first_field(self) -> QWidget:
        return self.form.company

    def created_text(self) -> str:
        return _("Application saved. Log an interview or add references when the time "
                 "comes.")

    def create_record(self, values: dict, on_error):
        company, position = values.pop("company"), values.pop("position")
        return application_ops.add(self.operations, self, company, position, values, on_error)

    def edit_record(self, record_id: int, values: dict, on_error):
        today = self._today()
        return application_ops.edit(self.operations, self, record_id, today, values, on_error)

    def _load_children(self) -> None:
        """The timeline, interviews and references of the application shown."""
        self.timeline.load(self.current_id)
        count = self.interviews.load(self.current_id)
        self.tabs.setTabText(self.tabs.indexOf(self.interviews),
                             _("Interviews ({n})").format(n=count) if count else _("Interviews"))
        self.references.load(self.current_id)
        count = self.references.tree.topLevelItemCount()
        self.tabs.setTabText(self.tabs.indexOf(self.references),
                             _("References ({n})").format(n=count) if count else _("References"))

    def status_menu(self) -> QMenu:
        """Move the selected application along the pipeline in one click."""
        menu = QMenu(_("Set &status"), self)
        current = get_application(self.current_id).status if self.current_id else None
        for status in tuple(Status):
            action = menu.addAction(label(status).capitalize())
            action.setCheckable(True)
            action.setChecked(status == current)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        return menu

    def _context_menu(self, position) -> None:
        item = self.tree.itemAt(position)
        if item is None or not item.data(0, ID_ROLE):
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addMenu(self.status_menu())
        menu.addAction(self.interview_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def set_status(self, status: str) -> None:
        """A status change alone, as Save would make it, with what it plans (undoable)."""
        if self.current_id is None or not self._leave():
            return
        application_id, today = self.current_id, self._today()
        ok, result = application_ops.set_status(self.operations, self, application_id, today,
                                                status)
        if ok:
            self._show(application_id)
            self._say(_("Status: {status}.").format(status=label(status))
                      + self._planned(result))

    # the actions
    def log_interview(self) -> LogInterviewDialog | None:
        """Log an interview of the application shown; with none shown, ask which."""
        if self.current_id is None:
            log_interview_anywhere(self, self.operations, self._today())
            return None
        detail = get_application(self.current_id)
        dialog = LogInterviewDialog(self.operations, detail.id, detail.company, self._today(),
                                    self, detail.country)
        if dialog.exec():
            self.tabs.setCurrentWidget(self.interviews)
        return dialog

    def edit_interview(self) -> LogInterviewDialog | None:
        """Correct the interview selected: its day, format or interviewers."""
        interview = self.interviews.current()
        if self.current_id is None or interview is None:
            return None
        detail = get_application(self.current_id)
        dialog = LogInterviewDialog(self.operations, detail.id, detail.company, self._today(),
                                    self, detail.country, interview=interview)
        if dialog.exec():
            self._say(dialog.said())
        return dialog

    def delete_interview(self) -> None:
        """Delete the interview selected, once the user agrees; Edit → Undo brings it back."""
        interview = self.interviews.current()
        if interview is None:
            return
        day = format_date(interview.starts_at.date(), current_language(), WEEKDAY)
        interview_id = interview.id
        if not self._agrees(_("Delete the interview of {day}?").format(day=day), _(
                "The thank-yous and check-ins still planned for it are deleted too; those "
                "already sent stay in the history. You can undo it with Edit → Undo until "
                "you quit.")):
            return
        ok, result = interview_ops.delete(self.operations, self, interview_id, day)
        if ok:
            self._say(_("Interview deleted.") + self._planned(result))

    def delete_selected(self) -> None:
        if self.current_id is None:
            return
        application_id = self.current_id
        detail = get_application(application_id)
        counts = application_dependents(application_id)
        name = f"{detail.company} — {detail.position}"
        parts = [ngettext("{n} follow-up", "{n} follow-ups", counts.follow_ups).format(
                     n=counts.follow_ups),
                 ngettext("{n} interview", "{n} interviews", counts.interviews).format(
                     n=counts.interviews),
                 ngettext("{n} reference", "{n} references", counts.references).format(
                     n=counts.references)]
        text = _("Deleting {name} also deletes: {things}.").format(
            name=name, things=", ".join(parts))
        if counts.interactions:
            text += " " + ngettext(
                "{n} logged exchange stays in the contact's history.",
                "{n} logged exchanges stay in the contacts' history.",
                counts.interactions).format(n=counts.interactions)
        text += " " + _("You can undo it with Edit → Undo until you quit.")
        self._delete_asked(
            name, text, lambda: application_ops.delete(self.operations, self, application_id, name))
