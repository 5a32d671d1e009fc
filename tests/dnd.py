"""Drag and drop for the fast in-process tests: QTest cannot drag, so send the grid the
events a real drag sends it (enter, move, drop). They prove what the grid and the rules
do with a drop; that a person's mouse gets there through QDrag and the window system is
proven in tests/real_input, with real pointer events in a real X server."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from jobfollowup.ui.calendar.month_model import mime_for


def drag_to(view, follow_up_id: int, day: dt.date, mime=None) -> tuple[QDropEvent, QMimeData]:
    """What a user's drag does to the grid up to the drop: enter, move over the day's
    cell; returns the drop to send there and its data (keep both: the event does not)."""
    viewport = view.grid.viewport()
    point = view.grid.visualRect(view.model.index_of(day)).center()
    mime = mime or mime_for(follow_up_id)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, action, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(point, action, mime, buttons, keys))
    return QDropEvent(QPointF(point), action, mime, buttons, keys), mime


def drop(view, follow_up_id: int, day: dt.date, mime=None) -> None:
    """What a user's drag does to the grid: enter, move, drop on the day's cell."""
    dropped, _data = drag_to(view, follow_up_id, day, mime)
    QApplication.sendEvent(view.grid.viewport(), dropped)
    assert dropped.isAccepted()
    QApplication.processEvents()  # the move itself runs once the drop has returned
