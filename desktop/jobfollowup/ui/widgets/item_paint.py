"""One cell of a list drawn as Qt's own delegate draws it, from the text and badge the
caller already has: Qt's delegate asks the model a dozen roles through Python for each
cell in sight, which the Today list and the calendar's agenda cannot afford."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

Feature = QStyleOptionViewItem.ViewItemFeature


def widget_style(widget: QWidget | None) -> QStyle:
    """The style `widget` is drawn in (the application's without a widget)."""
    return widget.style() if widget is not None else QApplication.style()


def text_margin(widget: QWidget | None) -> int:
    """The room the style leaves on either side of an item's text (Qt's common style: its
    focus frame's margin, and one pixel)."""
    return widget_style(widget).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            widget) + 1


def paint_item(painter: QPainter, option: QStyleOptionViewItem, text: str, *,
               icon: QIcon | None = None, bold: bool = False, alignment=None,
               text_colour: QColor | None = None) -> None:
    """Draw `text` (a line break starts a second line) in the cell of `option`, with
    `icon` before it, in bold, aligned by `alignment`, in `text_colour` when given."""
    cell = QStyleOptionViewItem(option)
    cell.features |= Feature.HasDisplay
    cell.text = text.replace("\n", "\u2028")  # Qt's own line break within a cell
    if bold:
        font = QFont(option.font)
        font.setBold(True)
        cell.font = font
    if alignment is not None:
        cell.displayAlignment = alignment
    if icon is not None:
        cell.icon = icon
        cell.features |= Feature.HasDecoration
    if text_colour is not None:
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Text, text_colour)
        cell.palette = palette
    widget_style(option.widget).drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter,
                                   option.widget)
