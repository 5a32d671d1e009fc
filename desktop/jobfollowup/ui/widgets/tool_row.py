"""A view's actions as buttons beside its title: light, as Today's row is drawn with the
day, before the forms' code loads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget


def tool_row(actions: list[QAction]) -> QWidget:
    """A view's actions as a row of buttons beside its title."""
    toolbar = QWidget()
    row = QHBoxLayout(toolbar)
    row.setContentsMargins(0, 0, 0, 0)
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
    return toolbar
