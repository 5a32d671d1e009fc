"""The month as a table you can drag chips across, click, and walk with the keyboard.

Arrow keys move a day (crossing into the next or previous month), Page Up / Page Down a
month (or a week); Tab and Shift+Tab walk the chips shown, day after day, and leave the grid
past the last (or the first); Enter opens the selected chip. A screen reader hears each
chip as it is selected (see accessible.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
)

from jobfollowup.rules.kinds import State
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.ui.calendar import accessible
from jobfollowup.ui.calendar.day_painter import (
    DayPainter,
    PaintContext,
    chip_pixmap,
    day_layout,
)
from jobfollowup.ui.calendar.month_model import DAYS, MonthModel, follow_up_in, mime_for
from jobfollowup.ui.widgets.collector import collect_young
from jobfollowup.ui.widgets.follow_up_text import tooltip

AHEAD_AFTER_MS = 16  # a frame at 60 Hz
DRAWN_AHEAD = 2 * 7  # days drawn ahead in one go (about a millisecond)
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


class MonthGrid(QTableView):
    chipActivated = Signal(int)  # a follow-up to show in detail
    moreRequested = Signal(object)  # a day whose chips do not all fit
    dayChanged = Signal(object)  # the day with the keyboard focus
    stepRequested = Signal(int)  # months (or weeks) to step: Page Up / Page Down
    chipSelected = Signal(object)  # the selected follow-up's id, or None

    def __init__(self, model: MonthModel) -> None:
        accessible.install(MonthGrid)
        super().__init__()
        self.selected_chip: int | None = None
        self.chip_actions: tuple = ()  # QActions a screen reader offers on a chip
        self.drop_target: dt.date | None = None
        self.setModel(model)
        self.painter = DayPainter()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setAutoScroll(False)  # every day is in sight: nothing to scroll to in a drag
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                    | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet("QHeaderView::section { padding: 4px 6px; border: none;"
                           " border-bottom: 1px solid palette(midlight);"
                           " background: palette(base); color: palette(placeholder-text); }")
        self.selectionModel().currentChanged.connect(self._current_changed)
        # While the user looks at a period, the ones on either side are read and their chips
        # drawn, one at a time, between the events: the next step shows them at once. The
        # first waits a frame, so that the period just painted reaches the screen first.
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.timeout.connect(self._read_ahead)
        self._to_draw: list[tuple[QRect, tuple]] = []  # days read ahead, not drawn yet
        self._wanted: dt.date | None = None  # a day of a period the user is about to pick

    def read_ahead_of(self, day: dt.date) -> None:
        """Read and draw the period of `day` next, before the rest read ahead: the user is
        about to go there (a month under the pointer in the month list). Nothing to do if
        it is read already (the list says so again as the user clicks)."""
        if self.month_model().has_read(day):
            return
        self._wanted = day
        self._to_draw = []
        self._ahead.start(0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        """Every day painted in one pass through Python. Qt's own pass called back into
        Python several times for each of the 42 days (its index, its flags, the delegate)
        and took a third of a frame before drawing anything."""
        model = self.month_model()
        painter = QPainter(self.viewport())
        palette = self.palette()
        context = self._context()
        area = event.rect()
        current = self.currentIndex()
        focused = self.hasFocus()
        selection = self.selectionModel()
        columns, rows = self._lines()
        for row, column, rect in self._cells(columns, rows):
            if not rect.intersects(area):
                continue
            index = model.index(row, column)
            state = QStyle.StateFlag.State_None
            if selection.isSelected(index):
                state |= QStyle.StateFlag.State_Selected
            if focused and index == current:
                state |= QStyle.StateFlag.State_HasFocus
            cell = model.cell(index)
            self.painter.paint(painter, rect, cell, state, cell[0] == self.drop_target,
                               context)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        for left, width in columns:
            painter.drawLine(left + width - 1, area.top(), left + width - 1, area.bottom())
        for top, height in rows:
            painter.drawLine(area.left(), top + height - 1, area.right(), top + height - 1)
        painter.end()
        if not self._ahead.isActive() and (self._to_draw or model.unread_neighbour()
                                           or model.years_to_prepare()):
            self._ahead.start(AHEAD_AFTER_MS)

    def _context(self) -> PaintContext:
        return PaintContext(self.palette(), self.font(), self.viewport().devicePixelRatioF(),
                            self.month_model().week_mode, self.selected_chip)

    def _lines(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Where each column (left, width) and each week's row (top, height) is."""
        columns = [(self.columnViewportPosition(c), self.columnWidth(c)) for c in range(DAYS)]
        rows = [(self.rowViewportPosition(r), self.rowHeight(r))
                for r in range(self.month_model().weeks)]
        return columns, rows

    @staticmethod
    def _cells(columns, rows):
        """Each day's row, column and rectangle (the grid's line takes one pixel)."""
        for row, (top, height) in enumerate(rows):
            for column, (left, width) in enumerate(columns):
                yield row, column, QRect(left, top, width - 1, height - 1)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._ahead.stop()  # another view is shown: it has the time
        super().hideEvent(event)

    def _read_ahead(self) -> None:
        """One step of the work done ahead, each a few ms at most so that a click or a key
        waits little behind it: read a period beside the one shown, then draw its days and
        chips two weeks at a time; then build the holidays of the years to jump to."""
        model = self.month_model()
        if not self.isVisible():
            return
        if self._to_draw:
            context = self._context()
            for rect, cell in self._to_draw[:DRAWN_AHEAD]:
                self.painter.prepare(rect, cell, context)
            del self._to_draw[:DRAWN_AHEAD]
            self._ahead.start(0)
            return
        period = model.read_ahead(self._wanted) if self._wanted else None
        self._wanted = None
        period = period or model.read_ahead()
        if period is None:
            if model.prepare_year():  # then the holidays of the years to jump to
                self._ahead.start(0)
            else:  # and the young objects the months left, before the next step allocates
                collect_young()
            return
        cells = model.cells_of(*period)
        self._to_draw = [(rect, cells[row * DAYS + column])
                         for row, column, rect in self._cells(*self._lines())]
        self._ahead.start(0)  # its days next, after the events waiting

    def month_model(self) -> MonthModel:
        return self.model()  # type: ignore[return-value]

    # Where things are ------------------------------------------------------------------
    def current_day(self) -> dt.date | None:
        index = self.currentIndex()
        return self.month_model().date_at(index) if index.isValid() else None

    def go_to(self, day: dt.date) -> None:
        """Give `day` the keyboard focus, showing its month (or week) if needed."""
        model = self.month_model()
        if not model.shows(day):
            model.show(day)
        index = model.index_of(day)
        unmoved = index == self.currentIndex()  # same cell, maybe another month: no signal
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if unmoved:
            self._current_changed(index, index)

    def chip_at(self, pos: QPoint) -> tuple[QModelIndex, FollowUpRow | None, bool]:
        """The cell under `pos`, the chip there (if any), and whether it is "+N more"."""
        index = self.indexAt(pos)
        if not index.isValid():
            return index, None, False
        model = self.month_model()
        cell = model.cell(index)
        rows = cell[3]
        layout = day_layout(self.visualRect(index), cell, self.font(), model.week_mode)
        for rect, row in zip(layout.chips, rows, strict=False):
            if rect.contains(pos):
                return index, row, False
        return index, None, layout.more is not None and layout.more.contains(pos)

    def selected_row(self) -> FollowUpRow | None:
        if self.selected_chip is None:
            return None
        return self.month_model().find(self.selected_chip)

    def select_chip(self, follow_up_id: int | None) -> None:
        before = self.selected_row()
        self.selected_chip = follow_up_id
        row = self.selected_row()
        for changed in {r.date for r in (before, row) if r is not None}:
            self.update(self.month_model().index_of(changed))  # those days, not all 42
        self.chipSelected.emit(follow_up_id)
        accessible.announce_focus(self)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        day = self.month_model().date_at(current)
        rows = self.month_model().chips_on(day)
        row = self.selected_row()
        if row is None or row.date != day:
            self.select_chip(rows[0].id if rows else None)
        else:
            accessible.announce_focus(self)
        self.dayChanged.emit(day)

    # Qt's table tells a screen reader of its cells by its own count of children (headers
    # included), which is not the grid's (see accessible.py): its item view's part only.
    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        QAbstractItemView.currentChanged(self, current, previous)

    def selectionChanged(self, selected, deselected) -> None:  # noqa: N802 (Qt API)
        QAbstractItemView.selectionChanged(self, selected, deselected)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        QAbstractScrollArea.focusInEvent(self, event)
        if not self.currentIndex().isValid():
            self.go_to(self.month_model().date_at(self.month_model().index(0, 0)))
        self.viewport().update()
        accessible.announce_focus(self)

    # Mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index, row, more = self.chip_at(pos)
        super().mousePressEvent(event)
        if index.isValid():
            self.select_chip(row.id if row else None)
        if more and event.button() == Qt.MouseButton.LeftButton:
            self.moreRequested.emit(self.month_model().date_at(index))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        _index, row, _more = self.chip_at(event.position().toPoint())
        if row is not None:
            self.chipActivated.emit(row.id)
        else:
            super().mouseDoubleClickEvent(event)

    def startDrag(self, supported: Qt.DropAction) -> None:
        # Our own drag, not QAbstractItemView's: after a MoveAction Qt would clear the
        # source cell through setData; here nothing but the drop's move touches data.
        row = self.selected_row()
        if row is None or row.state != State.PLANNED:
            return
        drag = QDrag(self)
        drag.setMimeData(mime_for(row.id))
        rect = self.visualRect(self.month_model().index_of(row.date))
        drag.setPixmap(chip_pixmap(row, rect.width() - 8, self.palette(), self.font()))
        drag.exec(Qt.DropAction.MoveAction)

    # Dropping -----------------------------------------------------------------------------
    # The grid decides by itself, not through QAbstractItemView: with no drop indicator, the
    # view asks the model whether the *root* takes drops (it does not: only days do) and
    # refuses every drag a real mouse makes, so the drop never came. A drag carrying a
    # follow-up is welcome over any day; the drop asks the rules.
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if follow_up_in(event.mimeData()) is None:
            event.ignore()
            return
        self.setState(QAbstractItemView.State.DraggingState)
        self._over(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if follow_up_in(event.mimeData()) is None:
            event.ignore()
            return
        self._over(event)

    def _over(self, event) -> None:
        """Welcome the drag over a day and highlight that day; anywhere else, refuse it."""
        index = self.indexAt(event.position().toPoint())
        self._set_drop_target(self.month_model().date_at(index) if index.isValid() else None)
        if index.isValid():
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept(self.visualRect(index))
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().dragLeaveEvent(event)
        self._set_drop_target(None)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # The model takes the drop; QAbstractItemView's own handling would repaint all 42
        # days, where the move repaints only the two it touches.
        self._set_drop_target(None)
        index = self.indexAt(event.position().toPoint())
        self.setState(QAbstractItemView.State.NoState)
        if index.isValid() and self.month_model().dropMimeData(
                event.mimeData(), event.dropAction(), -1, -1, index):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _set_drop_target(self, target: dt.date | None) -> None:
        """Highlight the day under a drag: repaint the day it left and the one it enters."""
        if target == self.drop_target:
            return
        for day in (self.drop_target, target):
            if day is not None:
                self.update(self.month_model().index_of(day))
        self.drop_target = target

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index, row, _more = self.chip_at(event.pos())
            if row is not None:
                QToolTip.showText(event.globalPos(), tooltip(row), self.viewport())
                return True
            if index.isValid():
                note = self.month_model().data(index, Qt.ItemDataRole.ToolTipRole)
                QToolTip.showText(event.globalPos(), note, self.viewport())
                return True
        return super().viewportEvent(event)

    # Keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        day = self.current_day()
        if key in _ARROWS and plain and day is not None:
            self.go_to(day + dt.timedelta(days=_ARROWS[key]))
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.stepRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_chip is not None:
            self.chipActivated.emit(self.selected_chip)
            return
        super().keyPressEvent(event)

    def _walk_chips(self, day: dt.date, step: int) -> bool:
        """Select the next (or previous) chip of the period after (or before) the selected
        one, on `day` or the days that follow (or precede) it; False past the last (first)
        one. The next month's days in the last row are left to the arrows: going there
        shows that month."""
        model = self.month_model()
        days = (model.first_day + dt.timedelta(days=n) for n in range(model.weeks * 7))
        shown = [(row.date, number, row.id) for when in days if model.in_period(when)
                 for number, row in enumerate(model.chips_on(when))]
        ids = [follow_up for _day, _number, follow_up in shown]
        if self.selected_chip in ids:
            position = ids.index(self.selected_chip) + step
        elif step > 0:  # none selected: the first chip from this day on
            position = next((n for n, (when, _k, _i) in enumerate(shown) if when >= day),
                            len(shown))
        else:
            position = max((n for n, (when, _k, _i) in enumerate(shown) if when <= day),
                           default=-1)
        if not 0 <= position < len(shown):
            return False
        chip_day, _number, follow_up = shown[position]
        if chip_day != day:
            self.go_to(chip_day)
        self.select_chip(follow_up)
        return True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Tab walks the chips shown, day after day, then leaves the grid.
        day = self.current_day()
        if self.hasFocus() and day is not None and self._walk_chips(day, 1 if next else -1):
            return True
        return super().focusNextPrevChild(next)
