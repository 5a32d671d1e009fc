"""Calendar: the month as a grid of chips you can drag, and its agenda beside it."""

from __future__ import annotations

import calendar as calendar_module
import datetime as dt
import html
from collections.abc import Callable

from babel.dates import get_month_names
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSpinBox,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import babel_locale, format_month, format_period
from jobfollowup.rules.kinds import Channel, Kind, State
from jobfollowup.services.planning.follow_ups import get_follow_up
from jobfollowup.ui.calendar.month_grid import MonthGrid
from jobfollowup.ui.calendar.month_model import MonthModel
from jobfollowup.ui.calendar.period_model import FOLLOW_UP_ROLE, AgendaDelegate, PeriodModel
from jobfollowup.ui.dialogs.follow_up_details import show_details
from jobfollowup.ui.dialogs.follow_up_flows import mark_sent, note_reply
from jobfollowup.ui.dialogs.moving import (
    announce,
    ask_rule_choice,
    first_weekday,
    move_follow_up,
    move_to,
    pick_day,
)
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.views.base import RefreshesWhenShown
from jobfollowup.ui.widgets.colours import readable
from jobfollowup.ui.widgets.follow_up_text import summary
from jobfollowup.ui.widgets.kind_style import channel_glyph, kind_colour, kind_glyph
from jobfollowup.ui.widgets.spoken import name_field

AGENDA_MIN_WIDTH = 1000  # narrower, the agenda hides itself unless the user asked for it


class SteadyLabel(QLabel):
    """A title that changes at every month switch. Its size is fixed and only grows for a
    longer text: a label whose size changes makes the whole window lay itself out again,
    which took two milliseconds of every switch."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        hint = self.sizeHint()
        if hint.width() > self.maximumWidth() or hint.height() != self.maximumHeight():
            self.setFixedSize(max(hint.width(), self.minimumWidth()), hint.height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # measure again from scratch
            self.setMinimumSize(0, 0)
            self.setMaximumSize(16_777_215, 16_777_215)
            self.setText(self.text())


class CalendarView(RefreshesWhenShown, QWidget):
    watches = Change.FOLLOW_UPS

    def __init__(self, operations: Operations, today: Callable[[], dt.date],
                 lazy: bool = False) -> None:
        super().__init__()
        self.operations = operations
        self._today = today
        self.choose = ask_rule_choice  # what to do when a day breaks a rule (tests swap it)
        self.pick = pick_day  # the "Move to…" date picker
        self._period_shown: tuple[int, dt.date] | None = None  # what the agenda lists
        self.day_menu: QMenu | None = None  # the last "+N more" list shown

        self.model = MonthModel(today, first_weekday(), self)
        self.grid = MonthGrid(self.model)
        self.grid.setAccessibleName(_("Month"))
        self.model.moveRequested.connect(self._dropped, Qt.ConnectionType.QueuedConnection)
        self.grid.chipActivated.connect(self.show_details)
        self.grid.moreRequested.connect(self._show_day_menu)
        self.grid.stepRequested.connect(self.step)
        self.grid.dayChanged.connect(lambda _day: self._sync_header())
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_menu)

        self.title = SteadyLabel()
        self.title.setObjectName("viewTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        style = self.style()
        self.previous_button = self._tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), lambda: self.step(-1))
        self.next_button = self._tool_button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), lambda: self.step(1))
        self.month_button = QToolButton()
        self.month_button.setText(_("Month"))
        self.month_button.setToolTip(_("Show a whole month"))
        self.week_button = QToolButton()
        self.week_button.setText(_("Week"))
        self.week_button.setToolTip(_("Show one week, with room for every follow-up"))
        self.period_buttons = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.period_buttons.addButton(button)
        self.month_button.setChecked(True)
        self.week_button.toggled.connect(self.set_week_mode)
        self.today_button = QToolButton()
        self.today_button.setText(_("Today"))
        self.today_button.setToolTip(_("Go to today (Ctrl+T)"))
        self.today_button.setShortcut(QKeySequence("Ctrl+T"))
        self.today_button.clicked.connect(self.go_to_today)
        self.month_picker = QComboBox()
        months = get_month_names("wide", "stand-alone", babel_locale(current_language()))
        for number in range(1, 13):
            name = months[number]
            self.month_picker.addItem(name[:1].upper() + name[1:], number)
        self.year_picker = QSpinBox()
        self.year_picker.setRange(1990, 2200)
        self.year_picker.setAccessibleName(_("Year"))
        self.year_picker.setGroupSeparatorShown(False)
        self.month_picker.activated.connect(self._picked)
        self.month_picker.highlighted.connect(self._picking)
        self.year_picker.valueChanged.connect(self._picked)
        self.agenda_button = QToolButton()
        self.agenda_button.setText(_("Agenda"))
        self.agenda_button.setCheckable(True)
        self.agenda_button.setChecked(True)
        self.agenda_button.setToolTip(_("Show or hide the list of this month's follow-ups"))

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        for widget in (self.previous_button, self.today_button, self.next_button):
            header.addWidget(widget)
        header.addSpacing(12)
        header.addWidget(self.month_button)
        header.addWidget(self.week_button)
        header.addSpacing(12)
        header.addWidget(self.month_picker)
        header.addWidget(self.year_picker)
        header.addSpacing(12)
        header.addWidget(self.agenda_button)

        self.period = PeriodModel(self)
        self.agenda = QListView()
        self.agenda.setModel(self.period)
        self.agenda.setItemDelegate(AgendaDelegate(self.agenda))
        self.agenda.setAccessibleName(_("Follow-ups of the month"))
        self.agenda.setSpacing(1)
        self.agenda.setIconSize(QSize(16, 16))
        self.agenda.setDragEnabled(True)
        self.agenda.setDragDropMode(QListView.DragDropMode.DragOnly)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.activated.connect(
            lambda index: self._activate_list(index.data(FOLLOW_UP_ROLE)))
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.selectionModel().currentChanged.connect(self._list_selected)
        self.grid.chipSelected.connect(self._chip_selected)
        self.agenda.customContextMenuRequested.connect(self._list_menu)
        self.agenda_title = SteadyLabel()
        self.agenda_title.setStyleSheet("font-weight: bold;")
        self.agenda_empty = QLabel(_("Nothing planned this month."))
        self.agenda_empty.setStyleSheet("color: palette(placeholder-text);")
        self.agenda_empty.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.agenda_title)
        side_layout.addWidget(self.agenda_empty)
        side_layout.addWidget(self.agenda, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(_("What the colours mean"))
        side_layout.addWidget(self.legend)
        side.setMinimumWidth(190)
        self.agenda_button.toggled.connect(side.setVisible)
        self._agenda_auto = True  # follows the width until the user chooses
        self.agenda_button.clicked.connect(lambda: setattr(self, "_agenda_auto", False))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([700, 250])
        splitter.setChildrenCollapsible(False)

        hint = QLabel(_("Drag a follow-up to another day, or select it and press Ctrl+M. "
                        "Shaded days are ones the rules avoid for check-ins: hover for why."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        name_field(self.month_picker, _("Month"))
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

        self._build_actions()
        self._name_steps()
        operations.changed.connect(self._on_changed)
        self._placed = False  # the grid goes to today once its month is read
        self._moving: int | None = None  # the follow-up a move made here is moving
        self.start(lazy)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._agenda_auto:
            self.agenda_button.setChecked(event.size().width() >= AGENDA_MIN_WIDTH)

    @staticmethod
    def _tool_button(icon, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _name_steps(self) -> None:
        week = self.model.week_mode
        for button, tip in (
            (self.previous_button, _("Previous week (Page Up)") if week
             else _("Previous month (Page Up)")),
            (self.next_button, _("Next week (Page Down)") if week
             else _("Next month (Page Down)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.move_action = QAction(_("&Move to…"), self)
        self.move_action.setShortcut(QKeySequence("Ctrl+M"))
        self.move_action.triggered.connect(lambda: self.move_selected())
        self.details_action = QAction(_("De&tails…"), self)
        self.details_action.triggered.connect(
            lambda: self._with_selected(self.show_details))
        self.draft_action = QAction(_("Open &draft…"), self)
        self.draft_action.setShortcut(QKeySequence("Ctrl+D"))
        self.draft_action.triggered.connect(lambda: self._with_selected(self.open_draft))
        self.skip_action = QAction(_("S&kip"), self)
        self.skip_action.setToolTip(_("Leave this follow-up out (you can undo it)"))
        self.skip_action.triggered.connect(lambda: self._with_selected(self.skip))
        self.sent_action = QAction(_("Mark &sent"), self)
        self.sent_action.triggered.connect(lambda: self._with_selected(
            lambda i: mark_sent(self, self.operations, i, self._today())))
        self.not_sent_action = QAction(_("Mark &not sent"), self)
        self.not_sent_action.setToolTip(_("It did not go out: plan it again on its day"))
        self.not_sent_action.triggered.connect(lambda: self._with_selected(
            lambda i: follow_up_ops.mark_not_sent(self.operations, self, i)))
        self.reply_action = QAction(_("They &replied"), self)
        self.reply_action.setToolTip(_(
            "They answered: note it and stop the check-ins still planned"))
        self.reply_action.triggered.connect(lambda: self._with_selected(
            lambda i: note_reply(self, self.operations, i, self._today())))
        self.print_action = QAction(_("&Print the note…"), self)
        self.print_action.setToolTip(_("Print this handwritten note on a card"))
        self.print_action.triggered.connect(lambda: self._with_selected(self.print_note))
        for action in (self.move_action, self.details_action, self.draft_action,
                       self.skip_action, self.sent_action, self.reply_action):
            action.setShortcutContext(context)
            self.addAction(action)
        # What a screen reader offers on a chip (accessible.py): open, move, mark sent.
        self.grid.chip_actions = (self.details_action, self.move_action, self.sent_action)

    # Navigation -------------------------------------------------------------------------
    def set_week_mode(self, week: bool) -> None:
        """One week (tall days, every chip in sight) or the whole month."""
        day = self.grid.current_day() or self._today()
        selected = self.grid.selected_chip
        self.model.set_week_mode(week, day)
        self._name_steps()
        self.grid.go_to(day)
        if selected is not None and self.model.find(selected) is not None:
            self.grid.select_chip(selected)
        self._sync_header()

    def step(self, count: int) -> None:
        """Go `count` months (or weeks) on, keeping the day of the month (or the weekday)."""
        day = self.grid.current_day() or self._today()
        if self.model.week_mode:
            self.grid.go_to(day + dt.timedelta(weeks=count))
            return
        total = day.year * 12 + day.month - 1 + count
        year, month = total // 12, total % 12 + 1
        last = calendar_module.monthrange(year, month)[1]
        self.grid.go_to(dt.date(year, month, min(day.day, last)))

    def go_to_today(self) -> None:
        self.grid.go_to(self._today())
        self.grid.setFocus()

    def show_month(self, year: int, month: int) -> None:
        self.grid.go_to(self._day_in(year, month))

    def _day_in(self, year: int, month: int) -> dt.date:
        """The day of that month the grid goes to: the same day of the month as now."""
        day = self.grid.current_day() or self._today()
        return dt.date(year, month, min(day.day, calendar_module.monthrange(year, month)[1]))

    def _picking(self, row: int) -> None:
        """A month under the pointer (or the arrow keys) in the month list: it is read and
        drawn while the user decides, so that choosing it shows it at once."""
        month = self.month_picker.itemData(row)
        if month is not None:
            self.grid.read_ahead_of(self._day_in(self.year_picker.value(), month))

    def _picked(self, *_args) -> None:
        self.show_month(self.year_picker.value(), self.month_picker.currentData())

    def _sync_header(self) -> None:
        model = self.model
        language = current_language()
        if model.week_mode:
            name = format_period(model.first_day, model.last_day, language)
        else:
            name = format_month(dt.date(model.year, model.month, 1), language)
        self.title.setText(name[:1].upper() + name[1:])
        for widget in (self.month_picker, self.year_picker):
            widget.blockSignals(True)
        self.month_picker.setCurrentIndex(model.month - 1)
        self.year_picker.setValue(model.year)
        for widget in (self.month_picker, self.year_picker):
            widget.blockSignals(False)
        if self._period_shown != (model.weeks, model.first_day):
            self.refresh_period()  # the grid moved to another period (buttons or arrow keys)

    # Data -------------------------------------------------------------------------------
    def _on_changed(self, kinds: Change) -> None:
        if not kinds & self.watches:
            return
        if self._moving is not None and self.isVisible():
            self.refresh_moved(self._moving)
        else:
            self.refresh_when_seen()

    def refresh_moved(self, follow_up_id: int) -> None:
        """After a move made here, read only the day it left and the day it went to."""
        before = self.model.find(follow_up_id)
        days = {before.date} if before is not None else set()
        ok, after = self.operations.read(self, get_follow_up, follow_up_id)
        if ok:
            days.add(after.date)
        self.model.reload_days(days)
        self.refresh_period()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_placed", False):
            self.refresh_period()  # the legend's colours, in the scheme now shown

    def refresh(self) -> None:
        self.model.reload()
        if not self._placed:
            self._placed = True
            self.grid.go_to(self._today())
        if self.grid.selected_chip is not None and self.grid.selected_row() is None:
            self.grid.select_chip(None)
        self.refresh_period()

    def refresh_period(self) -> None:
        model = self.model
        self._period_shown = (model.weeks, model.first_day)
        rows = model.period_rows()
        self.period.set_rows(rows)
        self._chip_selected(self.grid.selected_chip)  # chosen before the rows were there
        language = current_language()
        if model.week_mode:
            name = format_period(model.first_day, model.last_day, language)
            self.agenda_title.setText(name[:1].upper() + name[1:])
            self.agenda_empty.setText(_("Nothing planned this week."))
        else:
            name = format_month(dt.date(model.year, model.month, 1), language)
            self.agenda_title.setText(_("In {month}").format(month=name))
            self.agenda_empty.setText(_("Nothing planned this month."))
        self.agenda_empty.setVisible(not rows)
        self.agenda.setVisible(bool(rows))
        kinds = sorted({row.kind for row in rows}, key=list(Kind).index)
        ground = self.legend.palette().color(QPalette.ColorRole.Window)
        self.legend.setText("<br>".join(
            f'<span style="color:{readable(kind_colour(kind), ground).name()}">'
            f"{kind_glyph(kind)}</span>&nbsp;{html.escape(kind.label)}" for kind in kinds))
        self.legend.setVisible(bool(kinds))
        self._sync_header()

    # The selected follow-up and what can be done with it -----------------------------------
    def selected_follow_up(self) -> int | None:
        if self.agenda.hasFocus() and self.agenda.currentIndex().isValid():
            follow_up_id = self.agenda.currentIndex().data(FOLLOW_UP_ROLE)
            if follow_up_id is not None:
                return follow_up_id
        return self.grid.selected_chip

    def _with_selected(self, action: Callable[[int], object]) -> None:
        follow_up_id = self.selected_follow_up()
        if follow_up_id is not None:
            action(follow_up_id)

    def move_selected(self) -> dt.date | None:
        follow_up_id = self.selected_follow_up()
        if follow_up_id is None:
            return None
        return self._move_one(follow_up_id)

    def _dropped(self, follow_up_id: int, day: dt.date) -> None:
        self._moving = follow_up_id
        try:
            moved = move_follow_up(self, self.operations, follow_up_id, day, self._today(),
                                   self.choose)
        finally:
            self._moving = None
        self._after_move(follow_up_id, moved)

    def _after_move(self, follow_up_id: int, day: dt.date | None) -> dt.date | None:
        if day is not None:
            self.grid.go_to(day)
            self.grid.select_chip(follow_up_id)
            announce(self, day, self._today())
        return day

    def show_details(self, follow_up_id: int) -> None:
        show_details(self, self.operations, follow_up_id, move=self._move_one)

    def _move_one(self, follow_up_id: int) -> dt.date | None:
        self._moving = follow_up_id
        try:
            moved = move_to(self, self.operations, follow_up_id, self._today(), self.pick,
                            self.choose)
        finally:
            self._moving = None
        return self._after_move(follow_up_id, moved)

    def show_follow_up(self, follow_up_id: int, day: dt.date) -> None:
        """A follow-up opened from elsewhere (a link in a calendar event): its day shown,
        it selected there and in the agenda, the keyboard on it."""
        if self._stale:  # not read yet (first shown now, or the window is hidden)
            self._stale = False
            self.refresh()
        self.grid.go_to(day)
        self.grid.select_chip(follow_up_id)
        self.grid.setFocus()

    def open_draft(self, follow_up_id: int) -> None:
        from jobfollowup.ui.dialogs.draft_editor import open_draft

        open_draft(self, self.operations, follow_up_id)

    def delete_selected(self) -> None:
        """Edit → Delete (Del) on a follow-up skips it: nothing is lost, and Ctrl+Z is there."""
        self._with_selected(self.skip)

    def skip(self, follow_up_id: int) -> None:
        follow_up_ops.skip(self.operations, self, follow_up_id)

    def _chip_selected(self, follow_up_id: int | None) -> None:
        """The grid's selection shows in the agenda too."""
        index = self.period.row_of(follow_up_id) if follow_up_id is not None else None
        if index is not None and index.isValid():
            if index != self.agenda.currentIndex():
                self.agenda.setCurrentIndex(index)
                self.agenda.scrollTo(index)
        else:
            self.agenda.clearSelection()

    def _list_selected(self, current, _previous=None) -> None:
        """A follow-up picked in the agenda is selected on its day of the grid."""
        follow_up_id = current.data(FOLLOW_UP_ROLE) if current.isValid() else None
        row = self.model.find(follow_up_id) if follow_up_id is not None else None
        if row is not None and follow_up_id != self.grid.selected_chip:
            self.grid.go_to(row.date)
            self.grid.select_chip(follow_up_id)

    def _activate_list(self, follow_up_id: int | None) -> None:
        if follow_up_id is not None:
            self.show_details(follow_up_id)

    # Menus ------------------------------------------------------------------------------
    def menu_for(self, follow_up_id: int | None) -> QMenu | None:
        """The menu of a follow-up's chip (right-click, or the Menu key); None off one."""
        if follow_up_id is None:
            return None
        row = self.model.find(follow_up_id)
        menu = QMenu(self)
        menu.addAction(self.details_action)
        menu.addAction(self.draft_action)
        if row is not None and row.state == State.PLANNED:
            menu.addAction(self.sent_action)
            menu.addAction(self.reply_action)
            menu.addSeparator()
            menu.addAction(self.move_action)
            menu.addAction(self.skip_action)
        if row is not None and row.state == State.DONE:
            menu.addAction(self.not_sent_action)
        if row is not None and row.channel is Channel.LETTER:
            menu.addSeparator()
            menu.addAction(self.print_action)
        return menu

    def print_note(self, follow_up_id: int) -> None:
        """The print dialog of one handwritten note, chosen in the calendar."""
        from jobfollowup.ui.dialogs.printing import PrintNotesDialog

        PrintNotesDialog(self.operations, self, follow_up_id=follow_up_id).exec()

    def _grid_menu(self, pos) -> None:
        _index, row, _more = self.grid.chip_at(pos)
        if row is None:
            return
        self.grid.select_chip(row.id)
        menu = self.menu_for(row.id)
        if menu is not None:
            menu.exec(self.grid.viewport().mapToGlobal(pos))

    def _list_menu(self, pos) -> None:
        index = self.agenda.indexAt(pos)
        menu = self.menu_for(index.data(FOLLOW_UP_ROLE) if index.isValid() else None)
        if menu is not None:
            menu.exec(self.agenda.viewport().mapToGlobal(pos))

    def _show_day_menu(self, day: dt.date) -> None:
        """"+N more": every follow-up of the day, to pick one and see it in full."""
        menu = QMenu(self)
        for row in self.model.chips_on(day):
            action = menu.addAction(f"{kind_glyph(row.kind)}  {summary(row)}  "
                                    f"{channel_glyph(row.channel)}")
            action.triggered.connect(lambda _checked=False, i=row.id: self._pick_from_day(i))
        rect = self.grid.visualRect(self.model.index_of(day))
        menu.popup(self.grid.viewport().mapToGlobal(rect.bottomLeft()))
        self.day_menu = menu

    def _pick_from_day(self, follow_up_id: int) -> None:
        self.grid.select_chip(follow_up_id)
        self.show_details(follow_up_id)
