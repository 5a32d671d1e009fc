"""The order Tab goes in, as the screen reads: Qt's own is the order widgets were made in,
which is not always the order they are shown in (Today made its list before the buttons
above it; the reminder card's buttons are made as reminders come)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain(widgets: Iterable[QWidget | None]) -> None:
    """Tab goes through `widgets` in this order (None left out)."""
    present = [widget for widget in widgets if widget is not None]
    for first, second in zip(present, present[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _inner_part(widget: QWidget, root: QWidget) -> bool:
    """Whether `widget` is an inner part of a widget that takes Tab itself (a date field's
    line, a picker's line): Tab reaches it through that widget."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if _takes_tab(parent) and parent.focusProxy() is None:
            return True
        parent = parent.parentWidget()
    return False


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab stops on, in the order Tab goes now. A widget
    that hands the keyboard to another (a tab widget to its bar, a place field to its
    country) stands for that one, as Qt's own Tab order does."""
    found: list[QWidget] = []
    proxies = {id(kid.focusProxy()) for kid in root.findChildren(QWidget)  # stood for
               if kid.focusProxy() is not None and _takes_tab(kid)
               and not kid.focusProxy().isAncestorOf(kid)}  # not a field's own line
    widget = root.nextInFocusChain()
    for _step in range(5000):  # the chain is a ring through the whole window
        if widget is None or widget is root:
            break
        if root.isAncestorOf(widget) and _takes_tab(widget) and id(widget) not in proxies \
                and not _inner_part(widget, root) and widget not in found:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def reading_order(widgets: Iterable[QWidget], within: QWidget) -> list[QWidget]:
    """`widgets` as a reader meets them in `within`: line by line, left to right."""
    def place(widget: QWidget) -> tuple[int, int]:
        at = widget.mapTo(within, widget.rect().topLeft())
        return at.y() // 8, at.x()  # a few pixels up or down is the same line
    return sorted(widgets, key=place)
