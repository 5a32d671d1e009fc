"""What a person would see cut off in a window: a form that scrolls sideways, a label or a
button whose text does not fit, a tab or a list cell shortened with "…", a dialog bigger
than the screen. Each finding names the widget and the text, for the test to list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QTabBar,
    QTreeView,
    QWidget,
)

from jobfollowup.ui.widgets.charts import MARGIN, RatioBars
from jobfollowup.ui.widgets.columns import ColumnFitter, heading_width

SLACK = 1  # px: rounding in Qt's own sums
ROWS_LOOKED_AT = 60  # rows of a long list: those a person sees first


def _name(widget: QWidget) -> str:
    return (widget.accessibleName() or widget.objectName() or type(widget).__name__)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and (
        widget is root or widget.isVisibleTo(root))


def _line_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def findings(root: QWidget, screen: tuple[int, int] = (1024, 640)) -> list[str]:
    """Everything cut off in `root` (a window or a dialog) as it is shown now."""
    found: list[str] = []
    if root.isWindow() and (root.width() > screen[0] or root.height() > screen[1]):
        found.append(f"{_name(root)} is {root.width()}×{root.height()}, bigger than the "
                     f"screen")
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                found.append(f"{_name(widget)} scrolls sideways by {bar.maximum()} px")
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                found.append(f"button “{widget.text()}” needs {widget.sizeHint().width()} px, "
                             f"has {widget.width()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect = widget.tabRect(index)
                if rect.width() + SLACK < widget.tabSizeHint(index).width():
                    found.append(f"tab “{widget.tabText(index)}” shortened")
                elif rect.left() < 0 or rect.right() > widget.width():
                    found.append(f"tab “{widget.tabText(index)}” scrolled out of sight")
        elif isinstance(widget, QComboBox) and widget.currentText():
            room = widget.style().subControlRect(
                widget.style().ComplexControl.CC_ComboBox, _combo_option(widget),
                widget.style().SubControl.SC_ComboBoxEditField, widget).width()
            needed = _line_width(widget.fontMetrics(), widget.currentText())
            if widget.iconSize().width() and not widget.itemIcon(widget.currentIndex()).isNull():
                needed += widget.iconSize().width() + 4
            if needed > room + SLACK:
                found.append(f"choice “{widget.currentText()}” needs {needed} px, has {room}")
        if isinstance(widget, RatioBars):
            found += _ratio_rows(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += _cells(widget)
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found += _header(widget)
    return found


def _ratio_rows(chart: RatioBars) -> list[str]:
    """The review's rows of a label and its figures: painted, so measured here."""
    metrics, room = chart.fontMetrics(), chart.width() - 2 * MARGIN
    found = []
    for label, _part, _whole, text in chart.rows:
        widths = [metrics.horizontalAdvance(label), metrics.horizontalAdvance(text)]
        needed = max(widths) if chart.stacked else sum(widths) + 16
        if needed > room:
            found.append(f"{chart.title}: “{label}” and “{text}” need {needed} px, have {room}")
    return found


def _combo_option(combo: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    return option


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.pixmap() and not label.pixmap().isNull():
        return []
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return [f"label “{_plain(text)[:60]}” needs {needed} px high, has {label.height()}"]
        return []
    if label.sizeHint().width() > label.width() + SLACK:
        return [f"label “{_plain(text)[:60]}” needs {label.sizeHint().width()} px, has "
                f"{label.width()}"]
    return []


def _plain(text: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _cells(view: QAbstractItemView) -> list[str]:
    """Cells whose text the view shortens ("…"). In a table or a tree, a long name may be
    shortened in a narrow column as long as pointing at it reads it whole (its tooltip); a
    list of one column (the navigation, a list of choices) is never shortened."""
    model = view.model()
    wraps = getattr(view, "wordWrap", lambda: False)()
    if model is None or wraps or view.textElideMode() == Qt.TextElideMode.ElideNone:
        return []
    strict = isinstance(view, QListView)
    fitted = any(isinstance(child, ColumnFitter) for child in view.children())
    found = []
    viewport = view.viewport().rect()
    margin = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    for row, parent in _rows(view, model):
        for column in range(_columns(view, model, parent)):
            if isinstance(view, QTreeView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, parent)
            rect = view.visualRect(index)
            if rect.width() <= 0 or not rect.intersects(viewport):
                continue
            text = index.data()
            if not isinstance(text, str) or not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            needed = _line_width(QFontMetrics(font) if font is not None else view.fontMetrics(),
                                 text) + margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += max(view.iconSize().width(), 16) + 4
            needed = max(needed, view.sizeHintForIndex(index).width())
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            said = (fitted and not tip) or (  # the fitter says it whole, else its tooltip
                isinstance(tip, str) and all(line in tip for line in text.split("\n")))
            if needed > rect.width() + SLACK and (strict or not said):
                found.append(f"{_name(view)}: “{text[:50]}” needs {needed} px, "
                             f"has {rect.width()}")
    return found


def _columns(view: QAbstractItemView, model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # the item widgets' own models keep it private
        header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
        return header().count() if header is not None else 1


def _rows(view: QAbstractItemView, model, parent=None, depth: int = 0):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    shown = 0
    for row in range(model.rowCount(parent)):
        if shown >= ROWS_LOOKED_AT:
            return
        if isinstance(view, QTreeView) and view.isRowHidden(row, parent):
            continue
        shown += 1
        yield row, parent
        child = model.index(row, 0, parent)
        if depth < 2 and isinstance(view, QTreeView) and view.isExpanded(child):
            yield from _rows(view, model, child, depth + 1)


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        needed = heading_width(header, section)  # its text, margins, a sort arrow
        if needed > header.sectionSize(section) + SLACK:
            found.append(f"column “{text}” needs {needed} px, has {header.sectionSize(section)}")
    return found
