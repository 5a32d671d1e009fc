"""Lists whose columns fit the window. Each column wants the width of its widest text (and
of its heading); when the list is narrower than they all want, the `elastic` columns
(names, companies, summaries: what the person typed) give up room first, down to a floor
that still reads, then the others share the rest. A shortened cell ends in "…" and says
its whole text on pointing. A list never scrolls sideways, so no column hides beyond the
edge in a small window or a longer language. A shortened cell without a tooltip of its own
says its text whole when pointed at (asked then, not stored on every row: a list of
thousands fills as fast as before)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QToolTip, QTreeView

FLOOR = 90  # px: an elastic column keeps this much before any other gives up room


class ColumnFitter(QObject):
    """Sizes `tree`'s columns to its width, again whenever the list is resized; call
    `fit` after filling it."""

    def __init__(self, tree: QTreeView, elastic: Iterable[int]) -> None:
        super().__init__(tree)
        self.tree, self.elastic = tree, tuple(elastic)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.viewport().installEventFilter(self)
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip:
            return self._say_whole(event)
        return False

    def _say_whole(self, event) -> bool:
        """A cell shortened with "…" and without a tooltip of its own: its whole text."""
        tree = self.tree
        index = tree.indexAt(event.pos())
        text = index.data() if index.isValid() else None
        if not isinstance(text, str) or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        rect = tree.visualRect(index)
        if tree.sizeHintForIndex(index).width() <= rect.width():
            return False
        QToolTip.showText(event.globalPos(), text, tree.viewport(), rect)
        return True

    def fit(self) -> None:
        if self._fitting:  # a scroll bar that came or went resizes the viewport meanwhile
            return
        self._fitting = True
        try:
            for _again in range(3):  # once more if a vertical scroll bar came or went
                room = self.tree.viewport().width()
                self._fit()
                if self.tree.viewport().width() == room:
                    break
        finally:
            self._fitting = False

    def _fit(self) -> None:
        tree, header = self.tree, self.tree.header()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        headings = {c: heading_width(header, c) for c in shown}
        wanted = {c: max(tree.sizeHintForColumn(c), headings[c]) for c in shown}
        elastic = [c for c in self.elastic if c in wanted] or shown[-1:]
        widths = shared(wanted, headings, tree.viewport().width(), elastic)
        for column, width in widths.items():
            header.resizeSection(column, width)


def heading_width(header: QHeaderView, section: int) -> int:
    """What a column's heading needs to be read whole: its text and margins, and the sort
    arrow on the column sorted by (Qt's own size hint keeps room for it on every column)."""
    style = header.style()
    text = header.model().headerData(section, header.orientation()) if header.model() else ""
    width = header.fontMetrics().horizontalAdvance(str(text or "")) + 2 * (
        style.pixelMetric(style.PixelMetric.PM_HeaderMargin, None, header) + 2)
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        width += style.pixelMetric(style.PixelMetric.PM_HeaderMarkSize, None, header) + 4
    return width


def shared(wanted: dict[int, int], headings: dict[int, int], room: int,
           elastic: list[int]) -> dict[int, int]:
    """Widths for columns that want `wanted` in `room`: all they want when it fits (the
    last elastic column takes what is left over). Else the elastic columns give first,
    down to FLOOR (or their heading); then the others, never narrower than their heading;
    then the elastic ones again, down to their heading too; and only in a list too narrow
    for its headings, every column in proportion."""
    widths = dict(wanted)
    spare = room - sum(widths.values())
    if spare >= 0:
        widths[elastic[-1]] += spare
        return widths
    others = [c for c in widths if c not in elastic]
    for giving, floor in ((elastic, lambda c: max(FLOOR, headings[c])),
                          (others, headings.get), (elastic, headings.get),
                          (list(widths), lambda c: 24)):  # last: no sideways scrolling
        missing = sum(widths.values()) - room
        if missing <= 0:
            break
        _take(widths, {c: max(0, widths[c] - floor(c)) for c in giving}, missing)
    return widths


def _take(widths: dict[int, int], give: dict[int, int], needed: int) -> None:
    """Take `needed` px from the columns, each in proportion to what it can `give`."""
    total = sum(give.values())
    if total <= 0:
        return
    needed = min(needed, total)
    shares = {column: needed * can // total for column, can in give.items()}
    left = needed - sum(shares.values())  # what rounding down left: a px from the roomiest
    for column in sorted(give, key=give.get, reverse=True)[:left]:
        shares[column] += 1
    for column, share in shares.items():
        widths[column] -= share


def fit_columns(tree: QTreeView, elastic: Iterable[int]) -> ColumnFitter:
    """Keep `tree`'s columns fitted (see the module); returns the fitter, to `fit` after
    the list is filled."""
    return ColumnFitter(tree, elastic)
