"""How a field is named for a screen reader when no visible label names it.

Qt speaks most widgets by their accessible name, but on Linux a combo box by its current
value ("December", "All statuses (15)"): what it is for reaches a screen reader only
through the "labelled by" relation that a label's buddy makes. A field whose purpose the
screen shows by its place (the month beside the year) gets a label that is not drawn."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def name_field(widget: QWidget, name: str) -> None:
    """Name `widget` (already in its parent) `name`, and tie a label to it that the screen
    does not show; an editable combo box's line gets the name too."""
    widget.setAccessibleName(name)
    parent = widget.parentWidget()
    if parent is None:
        raise ValueError("name_field needs the widget placed in its parent first")
    if not any(isinstance(kid, QLabel) and kid.buddy() is widget
               for kid in parent.children()):
        label = QLabel(name, parent)
        label.setBuddy(widget)
        label.hide()
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        widget.lineEdit().setAccessibleName(name)
