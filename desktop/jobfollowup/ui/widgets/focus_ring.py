"""A ring around whatever has the keyboard, so that a person who does not use a mouse sees
where they are (WCAG 2.4.7, and 2.4.11: never hidden under something else).

The style's own focus marks are faint or absent: Fusion draws none around a list (Today's
and the navigation looked the same with and without the keyboard) and a thin dotted one
on buttons. One ring serves the whole app: a `QFocusFrame` (which follows its widget as it
moves, resizes or scrolls, clipped where its widget is) drawn above the widget, 3 pixels
wide, in the focus colour of colours.py (≥ 3:1 against the window and the fields, in both
schemes). Text fields keep their own frame: their cursor and frame already say it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from jobfollowup.ui.widgets import colours

OUTSIDE, INSIDE = 1, 2  # pixels of the ring outside the widget's edge, and inside it


class FocusRing(QFocusFrame):
    """The ring; its geometry is the widget's grown by the style's focus margin (2 px)."""

    def _band(self) -> QRegion:
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin,
                                          None, self)
        outer = self.rect().adjusted(margin - OUTSIDE, margin - OUTSIDE,
                                     OUTSIDE - margin, OUTSIDE - margin)
        inner = outer.adjusted(OUTSIDE + INSIDE, OUTSIDE + INSIDE,
                               -OUTSIDE - INSIDE, -OUTSIDE - INSIDE)
        return QRegion(outer).subtracted(QRegion(inner))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._settle()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setClipRegion(self._band())
        painter.fillRect(self.rect(), colours.get(colours.FOCUS, self.palette()))
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # QFocusFrame puts itself under its widget, masked to the margin outside it, at each
        # of its moves: back above it, masked to the ring.
        handled = super().eventFilter(watched, event)
        if self.widget() is not None:
            self._settle()
        return handled

    def _settle(self) -> None:
        self.setMask(self._band())
        if self.isVisible():
            self.raise_()

    def place(self, widget: QWidget | None) -> None:
        self.setWidget(widget)
        if widget is not None:
            self._settle()  # above the widget: its inner part covers the widget's edge


def wants_ring(widget: QWidget | None) -> bool:
    """Whether `widget` needs the ring to show it has the keyboard."""
    if widget is None or widget.isWindow():
        return False
    if widget.window().windowType() == Qt.WindowType.Popup:  # a menu, a combo box's list
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return False  # their frame and cursor say it
    return not (isinstance(widget, QComboBox) and widget.isEditable())


class _Tracker(QObject):
    """Moves the one ring to each widget that takes the keyboard."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is None:
            if not wants_ring(new):
                return
            self.ring = FocusRing()
            self.ring.destroyed.connect(self._lost)  # its parent went: made again if needed
        self.ring.place(new if wants_ring(new) else None)

    def _lost(self) -> None:
        self.ring = None


def install(app: QApplication) -> None:
    """Show the ring from now on (once per application), first around whatever already
    has the keyboard."""
    if app.findChild(_Tracker) is None:
        _Tracker(app)._moved(None, app.focusWidget())


def ring_rect(app: QApplication) -> QRect | None:
    """Where the ring is drawn now, in its parent's coordinates (None: not shown)."""
    tracker = app.findChild(_Tracker)
    ring = tracker.ring if tracker is not None else None
    return ring.geometry() if ring is not None and ring.isVisible() else None
