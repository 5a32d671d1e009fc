"""Small charts drawn with QPainter: stacked bars, ratio bars, and one big figure.

Plain painting keeps the app free of a charting add-on; each chart is a widget with a
title, drawn in the palette's text colours and a few calm series colours.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from jobfollowup.i18n import clause_separator, labelled
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.colours import GRAPHIC, SERIES, Pair, readable

COLOURS = SERIES  # calm, told apart, each ≥ 3:1 on the card in both schemes (colours.py)
MARGIN = 12

# The colours a chart paints with, worked out once per palette (its cache key changes with
# it): the review's charts asked for the same few, each checked for contrast, 200 times
# an opening.
_WORKED_OUT: dict[tuple, QColor] = {}


def _once(palette: QPalette, key: tuple, work) -> QColor:
    full = (palette.cacheKey(), *key)
    colour = _WORKED_OUT.get(full)
    if colour is None:
        if len(_WORKED_OUT) > 512:  # each printed page has a palette of its own
            _WORKED_OUT.clear()
        colour = _WORKED_OUT[full] = work()
    return colour


class Chart(QWidget):
    """A titled card; subclasses paint their content below the title."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.minimum_height())

    def minimum_height(self) -> int:
        return 220

    def sizeHint(self) -> QSize:
        return QSize(420, self.minimum_height())

    def text_colour(self, soft: bool = False) -> QColor:
        role = QPalette.ColorRole.PlaceholderText if soft else QPalette.ColorRole.WindowText
        palette = self.palette()
        return _once(palette, ("text", soft), lambda: readable(palette.color(role),
                                                               self.card_colour()))

    def card_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Base)

    def series_colour(self, pair: Pair) -> QColor:
        """A series' colour in the scheme shown, as a mark on the card (≥ 3:1)."""
        palette = self.palette()
        return _once(palette, ("series", pair), lambda: readable(
            colours.get(pair, palette), self.card_colour(), GRAPHIC))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.card_colour())
        painter.drawRoundedRect(card, 8, 8)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.text_colour())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        title = painter.boundingRect(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, 400),
                                     flags, self.title)  # long titles wrap on narrow windows
        painter.drawText(title, flags, self.title)
        painter.setFont(self.font())
        top = title.bottom() + 8
        self.paint_content(painter, QRectF(MARGIN, top, self.width() - 2 * MARGIN,
                                           self.height() - MARGIN - top))
        painter.end()

    def paint_content(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def paint_empty(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(self.text_colour(soft=True))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class StackedBars(Chart):
    """One bar per category (a week), stacked by series, with a legend under it."""

    def __init__(self, title: str, categories: list[str], series: list[str],
                 values: list[list[int]], empty_text: str,
                 series_colours: tuple[Pair, ...] = COLOURS,
                 parent: QWidget | None = None) -> None:
        self.categories, self.series, self.values = categories, series, values
        self.colours, self.empty_text = series_colours, empty_text
        super().__init__(title, parent)
        self.setAccessibleDescription(clause_separator().join(  # the figures, spoken
            labelled(category, ", ".join(f"{name} {value}" for name, value in
                                         zip(series, column, strict=False) if value))
            for category, column in zip(categories, values, strict=True) if sum(column))
            or empty_text)

    def minimum_height(self) -> int:
        return 260

    def paint_content(self, painter: QPainter, area: QRectF) -> None:
        totals = [sum(column) for column in self.values]
        top = max(totals, default=0)
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_rows = self._legend_rows(metrics, area.width())
        plot = QRectF(area.left() + metrics.horizontalAdvance("000") + 6, area.top() + line,
                      area.width() - metrics.horizontalAdvance("000") - 6,
                      area.height() - line * (2 + len(legend_rows)) - 10)
        if top == 0:
            self.paint_empty(painter, area, self.empty_text)
            return
        step = max(1, -(-top // 4))
        scale_top = step * -(-top // step)
        for tick in range(0, scale_top + 1, step):
            y = plot.bottom() - plot.height() * tick / scale_top
            painter.setPen(self.palette().color(QPalette.ColorRole.Midlight))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(self.text_colour(soft=True))
            painter.drawText(QRectF(area.left(), y - line / 2, plot.left() - area.left() - 6,
                                    line), Qt.AlignmentFlag.AlignRight, str(tick))
        slot = plot.width() / max(1, len(self.categories))
        width = min(44.0, slot * 0.6)
        widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
        every = 1 if widest + 6 <= slot else 2  # crowded: label every other bar
        for index, (name, column) in enumerate(zip(self.categories, self.values, strict=True)):
            x = plot.left() + slot * index + (slot - width) / 2
            y = plot.bottom()
            for value, colour in zip(column, self.colours, strict=False):
                height = plot.height() * value / scale_top
                if value:
                    painter.fillRect(QRectF(x, y - height, width, height),
                                     self.series_colour(colour))
                y -= height
            if totals[index]:
                painter.setPen(self.text_colour())
                painter.drawText(QRectF(x - 10, y - line, width + 20, line),
                                 Qt.AlignmentFlag.AlignCenter, str(totals[index]))
            if (len(self.categories) - 1 - index) % every == 0:
                painter.setPen(self.text_colour(soft=True))
                painter.drawText(QRectF(plot.left() + slot * (index - every / 2 + 0.5),
                                        plot.bottom() + 4, slot * every, line),
                                 Qt.AlignmentFlag.AlignCenter, name)
        self._paint_legend(painter, legend_rows, area.left(), plot.bottom() + line + 10, line)

    def _legend_rows(self, metrics, width: float) -> list[list[int]]:
        rows: list[list[int]] = [[]]
        used = 0.0
        for index, name in enumerate(self.series):
            needed = metrics.horizontalAdvance(name) + 34
            if rows[-1] and used + needed > width:
                rows.append([])
                used = 0.0
            rows[-1].append(index)
            used += needed
        return rows

    def _paint_legend(self, painter: QPainter, rows: list[list[int]], left: float,
                      top: float, line: float) -> None:
        metrics = painter.fontMetrics()
        for number, row in enumerate(rows):
            x, y = left, top + number * line
            for index in row:
                painter.fillRect(QRectF(x, y + line / 2 - 5, 10, 10), self.series_colour(
                    self.colours[index % len(self.colours)]))
                painter.setPen(self.text_colour())
                painter.drawText(QRectF(x + 16, y, metrics.horizontalAdvance(
                    self.series[index]) + 4, line), Qt.AlignmentFlag.AlignVCenter,
                    self.series[index])
                x += metrics.horizontalAdvance(self.series[index]) + 34


class RatioBars(Chart):
    """Rows of "label — part of whole" with a bar filled to the share. Where a label and
    its figures do not fit side by side (a narrow window, a longer language), the figures
    go on a line of their own under the label: neither is ever shortened."""

    def __init__(self, title: str, rows: list[tuple[str, int, int, str]], empty_text: str,
                 colour: Pair = COLOURS[0], parent: QWidget | None = None) -> None:
        self.rows, self.empty_text, self.colour = rows, empty_text, colour
        self.stacked = False
        super().__init__(title, parent)
        self.setAccessibleDescription(clause_separator().join(
            labelled(label, text) for label, _p, _w, text in rows) or empty_text)

    def minimum_height(self) -> int:
        line = self.fontMetrics().height()
        lines = 3 if self.stacked else 2
        return max(140, 2 * MARGIN + line + 8 + max(1, len(self.rows)) * (lines * line + 10))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        metrics = self.fontMetrics()
        room = self.width() - 2 * MARGIN
        stacked = any(metrics.horizontalAdvance(label) + 16 + metrics.horizontalAdvance(text)
                      > room for label, _part, _whole, text in self.rows)
        if stacked != self.stacked:
            self.stacked = stacked
            self.setMinimumHeight(self.minimum_height())
            self.updateGeometry()
        super().resizeEvent(event)

    def paint_content(self, painter: QPainter, area: QRectF) -> None:
        if not self.rows:
            self.paint_empty(painter, area, self.empty_text)
            return
        line = painter.fontMetrics().height()
        y = area.top()
        for label, part, whole, text in self.rows:
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(area.left(), y, area.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            if self.stacked:
                y += line
            painter.setPen(self.text_colour(soft=True))
            side = Qt.AlignmentFlag.AlignLeft if self.stacked else Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(area.left(), y, area.width(), line),
                             side | Qt.AlignmentFlag.AlignVCenter, text)
            bar = QRectF(area.left(), y + line + 3, area.width(), 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(bar, 4, 4)
            if part and whole:  # their messages with none of ours: no share to draw
                painter.setBrush(self.series_colour(self.colour))
                painter.drawRoundedRect(QRectF(bar.left(), bar.top(),
                                               bar.width() * part / max(part, whole), 8), 4, 4)
            y += 2 * line + 10


class BigFigure(Chart):
    """One number, large, with a line saying what it is drawn from."""

    def __init__(self, title: str, value: str, caption: str,
                 parent: QWidget | None = None) -> None:
        self.value, self.caption = value, caption
        super().__init__(title, parent)
        self.setAccessibleDescription(f"{value}. {caption}")

    def minimum_height(self) -> int:
        return 140

    def paint_content(self, painter: QPainter, area: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(readable(colours.get(COLOURS[0], self.palette()), self.card_colour()))
        big = painter.fontMetrics().height()
        painter.drawText(QRectF(area.left(), area.top(), area.width(), big),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.value)
        painter.setFont(self.font())
        painter.setPen(self.text_colour(soft=True))
        painter.drawText(QRectF(area.left(), area.top() + big + 4, area.width(),
                                area.bottom() - area.top() - big - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.caption)
