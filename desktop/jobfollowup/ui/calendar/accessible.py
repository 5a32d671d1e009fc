"""The month grid as a screen reader meets it: the grid, its days, and each day's chips as
objects of their own, so that moving between chips is heard.

Qt's own accessibility for a table knows cells only; a chip is painted inside a cell and
has no widget. So the grid gets an interface of its own (installed as a factory for
`MonthGrid`): its children are the days (role Cell, named as the model speaks them), and
each day's children are its chips (role ListItem, named by `accessible_name`), with their
place on screen, their state (selected, focused) and their actions (the calendar's own:
open, move, mark sent, as `MonthGrid.chip_actions` lists them). The grid sends a focus
event for the
chip (or the day) that has the keyboard each time it changes; `MonthGrid` keeps Qt's
table events, which count children another way, from reaching the screen reader.

The interfaces are kept for the grid's life (Qt's accessibility cache holds pointers to
them): one per position of day, one per follow-up met.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from jobfollowup.ui.calendar.day_painter import day_layout
from jobfollowup.ui.widgets.follow_up_text import accessible_name, details

if TYPE_CHECKING:
    from jobfollowup.services.planning.day import FollowUpRow
    from jobfollowup.ui.calendar.month_grid import MonthGrid

Role, Text = QAccessible.Role, QAccessible.Text


class _Part(QAccessibleInterface):
    """What a day and a chip share: no widget of their own, no children by default."""

    def __init__(self, grid: GridAccessible) -> None:
        super().__init__()
        self.grid = grid

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self):
        return self.grid.window()

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        return []

    def focusChild(self):  # noqa: N802 (Qt's name)
        return None

    def childAt(self, x: int, y: int):  # noqa: N802 (Qt's name)
        return None

    def child(self, index: int):
        return None

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802 (Qt's name)
        return -1

    def setText(self, kind, text: str) -> None:  # noqa: N802 (Qt's name)
        """The names are made from the data: nothing to set."""

    def _global(self, rect: QRect) -> QRect:
        viewport = self.grid.view.viewport()
        return QRect(viewport.mapToGlobal(rect.topLeft()), rect.size())


class DayAccessible(_Part):
    """The day at one position of the grid (the 10th cell), whatever month is shown."""

    def __init__(self, grid: GridAccessible, position: int) -> None:
        super().__init__(grid)
        self.position = position

    def day(self) -> dt.date:
        model = self.grid.view.month_model()
        return model.first_day + dt.timedelta(days=self.position)

    def index(self):
        model = self.grid.view.month_model()
        return model.index(self.position // 7, self.position % 7)

    def isValid(self) -> bool:  # noqa: N802 (Qt's name)
        return self.grid.alive and self.position < self.grid.view.month_model().weeks * 7

    def parent(self):
        return self.grid

    def chips(self) -> list[FollowUpRow]:
        return self.grid.view.month_model().chips_on(self.day())

    def child(self, index: int):
        chips = self.chips()
        return self.grid.chip(chips[index].id) if 0 <= index < len(chips) else None

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return len(self.chips())

    def indexOfChild(self, child) -> int:  # noqa: N802 (Qt's name)
        ids = [row.id for row in self.chips()]
        follow_up = getattr(child, "follow_up_id", None)
        return ids.index(follow_up) if follow_up in ids else -1

    def childAt(self, x: int, y: int):  # noqa: N802 (Qt's name)
        for number in range(self.childCount()):
            chip = self.child(number)
            if chip is not None and chip.rect().contains(x, y):
                return chip
        return None

    def text(self, kind) -> str:
        if kind == Text.Name:
            return self.grid.view.month_model().data(
                self.index(), Qt.ItemDataRole.AccessibleTextRole) or ""
        return ""

    def rect(self) -> QRect:
        return self._global(self.grid.view.visualRect(self.index()))

    def role(self):
        return Role.Cell

    def state(self):
        state = QAccessible.State()
        view = self.grid.view
        state.focusable = state.selectable = True
        state.selected = view.selectionModel().isSelected(self.index())
        state.focused = (view.hasFocus() and view.currentIndex() == self.index()
                         and view.selected_chip is None)
        state.invisible = not view.isVisible()
        return state


class ChipActions(QAccessibleActionInterface):
    """What can be done to a chip, as the calendar's own actions do it (Details…, Move
    to…, Mark sent): the chip is selected, then the action runs once the screen reader's
    request has returned (it may open a dialog)."""

    def __init__(self, chip: ChipAccessible) -> None:
        super().__init__()
        self.chip = chip

    def _actions(self) -> dict:
        actions = getattr(self.chip.grid.view, "chip_actions", ())
        return {action.text().replace("&", ""): action for action in actions
                if action.isEnabled()}

    def actionNames(self) -> list[str]:  # noqa: N802 (Qt's name)
        return list(self._actions())

    def localizedActionName(self, name: str) -> str:  # noqa: N802 (Qt's name)
        return name

    def localizedActionDescription(self, name: str) -> str:  # noqa: N802 (Qt's name)
        action = self._actions().get(name)
        return action.toolTip() if action is not None else ""

    def keyBindingsForAction(self, name: str) -> list[str]:  # noqa: N802 (Qt's name)
        action = self._actions().get(name)
        if action is None or action.shortcut().isEmpty():
            return []
        return [action.shortcut().toString()]

    def doAction(self, name: str) -> None:  # noqa: N802 (Qt's name)
        action = self._actions().get(name)
        row = self.chip.row()
        if action is None or row is None:
            return
        view = self.chip.grid.view
        view.go_to(row.date)
        view.select_chip(self.chip.follow_up_id)
        view.setFocus()
        QTimer.singleShot(0, action.trigger)


class ChipAccessible(_Part):
    """One follow-up's chip, wherever its day is shown."""

    def __init__(self, grid: GridAccessible, follow_up_id: int) -> None:
        super().__init__(grid)
        self.follow_up_id = follow_up_id
        self.actions = ChipActions(self)  # kept as long as the chip: Qt points at it

    def interface_cast(self, kind):
        """Its actions, to the screen reader (Qt asks for a pointer); nothing else."""
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self.actions)[0])
        return shiboken6.VoidPtr(0)

    def row(self) -> FollowUpRow | None:
        return self.grid.view.month_model().find(self.follow_up_id) if self.grid.alive else None

    def isValid(self) -> bool:  # noqa: N802 (Qt's name)
        return self.row() is not None

    def parent(self):
        row = self.row()
        return self.grid.day(row.date) if row is not None else self.grid

    def text(self, kind) -> str:
        row = self.row()
        if row is None:
            return ""
        if kind == Text.Name:
            return accessible_name(row)
        if kind == Text.Description:
            return details(row)
        return ""

    def rect(self) -> QRect:
        row = self.row()
        if row is None:
            return QRect()
        view = self.grid.view
        model = view.month_model()
        index = model.index_of(row.date)
        cell = model.cell(index)
        area = view.visualRect(index)
        layout = day_layout(area, cell, view.font(), model.week_mode)
        for rect, shown in zip(layout.chips, cell[3], strict=False):
            if shown.id == self.follow_up_id:
                return self._global(rect)
        return self._global(layout.more or area)  # behind "+N more"

    def role(self):
        return Role.ListItem

    def state(self):
        state = QAccessible.State()
        view = self.grid.view
        selected = view.selected_chip == self.follow_up_id
        state.focusable = state.selectable = True
        state.selected = selected
        state.focused = selected and view.hasFocus()
        state.invisible = not view.isVisible()
        return state


class GridAccessible(QAccessibleWidget):
    """The grid: its children are the days shown, first to last."""

    def __init__(self, view: MonthGrid) -> None:
        super().__init__(view, Role.Table)
        self.view = view
        self.alive = True
        self._days: list[DayAccessible] = []
        self._chips: dict[int, ChipAccessible] = {}
        view.destroyed.connect(self._gone)

    def _gone(self) -> None:
        self.alive = False

    def day(self, day: dt.date) -> DayAccessible | None:
        position = (day - self.view.month_model().first_day).days
        if not 0 <= position < self.childCount():
            return None
        return self.child(position)

    def chip(self, follow_up_id: int) -> ChipAccessible:
        if follow_up_id not in self._chips:
            self._chips[follow_up_id] = ChipAccessible(self, follow_up_id)
        return self._chips[follow_up_id]

    def childCount(self) -> int:  # noqa: N802 (Qt's name)
        return self.view.month_model().weeks * 7 if self.alive else 0

    def child(self, index: int):
        if not 0 <= index < self.childCount():
            return None
        while len(self._days) <= index:
            self._days.append(DayAccessible(self, len(self._days)))
        return self._days[index]

    def indexOfChild(self, child) -> int:  # noqa: N802 (Qt's name)
        position = getattr(child, "position", -1)
        return position if isinstance(child, DayAccessible) and child.grid is self else -1

    def childAt(self, x: int, y: int):  # noqa: N802 (Qt's name)
        index = self.view.indexAt(self.view.viewport().mapFromGlobal(QPoint(x, y)))
        if not index.isValid():
            return None
        return self.child(index.row() * 7 + index.column())

    def focusChild(self):  # noqa: N802 (Qt's name)
        """The chip that has the keyboard, or else the day."""
        return self.focused()

    def focused(self) -> QAccessibleInterface | None:
        view = self.view
        if view.selected_chip is not None and view.month_model().find(view.selected_chip):
            return self.chip(view.selected_chip)
        current = view.current_day()
        return self.day(current) if current is not None else None


_grids: list[type] = []  # the class of month grids (month_grid.py names it at install)


def grid_interface(key: str, subject: QObject) -> QAccessibleInterface | None:
    """The factory Qt asks for an object's interface: ours for a month grid."""
    if _grids and isinstance(subject, _grids[0]):
        interface = GridAccessible(subject)
        subject.accessible_interface = interface  # kept as long as the grid
        return interface
    return None


def announce_focus(view: MonthGrid) -> None:
    """Tell the screen reader which chip (or day) of `view` has the keyboard now."""
    if not QAccessible.isActive() or not view.hasFocus():
        return
    grid = QAccessible.queryAccessibleInterface(view)
    if not isinstance(grid, GridAccessible):
        return
    target = grid.focused()
    if target is None:
        return
    for kind in (QAccessible.Event.Focus, QAccessible.Event.Selection):
        QAccessible.updateAccessibility(QAccessibleEvent(target, kind))


def install(grid_class: type) -> None:
    """Make Qt ask us for the interfaces of `grid_class`'s grids (once per process)."""
    if not _grids:
        _grids.append(grid_class)
        QAccessible.installFactory(grid_interface)
