"""Windows sized for the screen they open on: a 1024×640 laptop gets no part of a window
off screen. Kept apart (Qt alone) so that the main window uses it before its first paint."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open `window` at `width` × `height`, or smaller on a smaller screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 24), min(height, room.height() - 48)
    window.resize(width, height)
