"""The Qt binding itself: a broken release would abort the app while it paints."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPainter, QPixmap


def test_calls_returning_nothing_keep_none_alive(qtbot):
    """PySide6 6.12.0 dropped a reference to None per call; after a few thousand calls
    (one busy month painted) Python 3.11 aborted with "deallocating None"."""
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.setOpacity(0.5)
        painter.fillRect(0, 0, 2, 2, QColor("red"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50
