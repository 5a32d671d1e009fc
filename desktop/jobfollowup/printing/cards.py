"""Note cards drawn with QPainter, to copy from by hand or to write on directly.

The text sits on ruled guide lines spaced for handwriting, in a large serif; the greeting
opens at the top left, the sign-off and the name stand towards the right below the text,
as on a card written by hand. Everything is placed inside the page layout's paint
rectangle, so the margins are the ones the printer can print. Text is drawn as plain
text, never read as markup: a name such as "<b>Ann</b>" prints as typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_date
from jobfollowup.printing.layouts import ENVELOPE_LABEL, PrintOptions
from jobfollowup.services.exchange.printouts import NoteCard
from jobfollowup.services.records.addresses import PostalAddress

INK = QColor(20, 20, 20)
RULE = QColor(150, 170, 195)
QUIET = QColor(105, 105, 105)
SERIF_FAMILIES = ("DejaVu Serif", "Noto Serif", "Liberation Serif", "Georgia",
                  "Times New Roman")
SANS_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
FONT_PER_LINE_MM = 1.6  # points of type per millimetre of line spacing: large, yet airy
SHRINK_STEPS = (1.0, 0.92, 0.85, 0.78)  # how far a long note may tighten to fit one card
SIGN_OFF_AT = 0.45  # the sign-off starts this far across the writing area
CAPTION_POINTS = 7
TEXT_LIFT_MM = 0.7  # the text stands just above its guide line, which stays readable


def font_of(families: tuple[str, ...], hint: QFont.StyleHint, points: float) -> QFont:
    """The first installed family of `families` (DejaVu covers æ ø å é è ç à ò ù)."""
    available = set(QFontDatabase.families())
    font = QFont()
    for family in families:
        if family in available:
            font = QFont(family)
            break
    else:
        font.setStyleHint(hint)
    font.setPointSizeF(points)
    return font


def serif(points: float) -> QFont:
    """The note's type; without ligatures, which nobody writes by hand ("fi", not "ﬁ")."""
    font = font_of(SERIF_FAMILIES, QFont.StyleHint.Serif, points)
    if hasattr(font, "setFeature"):  # Qt 6.7 and later
        font.setFeature(QFont.Tag("liga"), 0)
    return font


def sans(points: float) -> QFont:
    return font_of(SANS_FAMILIES, QFont.StyleHint.SansSerif, points)


class Page:
    """Millimetres to device pixels for the page being drawn."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpmm = device.resolution() / 25.4
        paint = device.pageLayout().paintRectPixels(device.resolution())
        full = device.pageLayout().fullRectPixels(device.resolution())
        self.offset = QPointF(paint.topLeft() - full.topLeft())
        self.full_width = full.width()
        self.rect = QRectF(paint)
        self.rect.moveTo(0, 0)  # the painter's origin is the paint rectangle's corner

    def mm(self, value: float) -> float:
        return value * self.dpmm


def wrap(text: str, font: QFont, device, width: float) -> list[str]:
    """`text` cut into lines no wider than `width`, at word boundaries."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


@dataclass(frozen=True)
class _Line:
    text: str
    indent: float = 0.0


def _lines(card: NoteCard, font: QFont, device, width: float, gaps: bool) -> list[_Line]:
    text = card.text
    out: list[_Line] = []
    if text.greeting:
        out += [_Line(t) for t in wrap(text.greeting, font, device, width)]
        out.append(_Line(""))
    for number, paragraph in enumerate(text.paragraphs):
        if number and gaps:
            out.append(_Line(""))
        out += [_Line(t) for t in wrap(paragraph, font, device, width)]
    tail = list(text.closing) + list(text.signature)
    if not tail:
        return out
    out.append(_Line(""))
    metrics = QFontMetricsF(font, device)
    indent = width * SIGN_OFF_AT
    closing_fits = all(metrics.horizontalAdvance(t) <= width - indent for t in text.closing)
    for line in text.closing:
        at = indent if closing_fits else 0.0
        out += [_Line(t, at) for t in wrap(line, font, device, width - at)]
    for line in text.signature:
        at = indent if metrics.horizontalAdvance(line) <= width - indent else 0.0
        out += [_Line(t, at) for t in wrap(line, font, device, width - at)]
    return out


@dataclass(frozen=True)
class _Setting:
    font: QFont
    pitch: float  # device pixels between guide lines
    lines: list[_Line]


def _fit(card: NoteCard, page: Page, line_mm: float, area: QRectF, keep: float) -> _Setting:
    """The largest type and spacing at which the note fits `area`, keeping `keep` pixels
    free at the bottom (for a label); the smallest setting when nothing fits."""
    setting = None
    for scale in SHRINK_STEPS:
        for gaps in (True, False):
            pitch = page.mm(line_mm * scale)
            font = serif(line_mm * scale * FONT_PER_LINE_MM)
            lines = _lines(card, font, page.device, area.width(), gaps)
            setting = _Setting(font, pitch, lines)
            if len(lines) <= math.floor((area.height() - keep) / pitch):
                return setting
    return setting


def _caption(card: NoteCard) -> str:
    return _("{follow_up} · mail on {date}").format(
        follow_up=card.kind.task(card.contact_name),
        date=format_date(card.mailing_date, current_language()))


def _draw_rules(painter: QPainter, page: Page, area: QRectF, pitch: float) -> list[float]:
    """Guide lines down the whole writing area; returns their heights (the baselines)."""
    painter.setPen(QPen(RULE, page.mm(0.2)))
    baselines = []
    y = area.top() + pitch
    while y <= area.bottom() + 0.5:
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        baselines.append(y)
        y += pitch
    return baselines


def draw_address(painter: QPainter, page: Page, address: PostalAddress, top_left: QPointF,
                 points: float = 11.0) -> QRectF:
    """The address lines from `top_left`, in a plain sans-serif the post reads easily."""
    font = sans(points)
    painter.setFont(font)
    painter.setPen(INK)
    metrics = QFontMetricsF(font, page.device)
    y = top_left.y() + metrics.ascent()
    width = 0.0
    for line in address.lines:
        painter.drawText(QPointF(top_left.x(), y), line)
        width = max(width, metrics.horizontalAdvance(line))
        y += metrics.lineSpacing()
    return QRectF(top_left.x(), top_left.y(), width, y - metrics.lineSpacing()
                  + metrics.descent() - top_left.y())


def address_size(page: Page, address: PostalAddress, points: float = 11.0) -> tuple[float,
                                                                                     float]:
    metrics = QFontMetricsF(sans(points), page.device)
    width = max(metrics.horizontalAdvance(line) for line in address.lines)
    height = metrics.lineSpacing() * (len(address.lines) - 1) + metrics.height()
    return width, height


def _draw_label(painter: QPainter, page: Page, address: PostalAddress, area: QRectF) -> None:
    """A dashed box around the address, to cut out and stick on the envelope."""
    width, height = address_size(page, address)
    pad = page.mm(5)
    box = QRectF(0, 0, min(area.width(), width + 2 * pad), height + 2 * pad)
    box.moveBottomRight(area.bottomRight())
    painter.fillRect(box, Qt.GlobalColor.white)  # over the guide lines
    painter.setPen(QPen(QUIET, page.mm(0.25), Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, page.mm(2), page.mm(2))
    draw_address(painter, page, address, box.topLeft() + QPointF(pad, pad))


def _label_height(page: Page, address: PostalAddress) -> float:
    return address_size(page, address)[1] + page.mm(10)


@dataclass(frozen=True)
class _Frame:
    writing: QRectF  # where the note goes, above the caption
    aside: QRectF | None  # the inside left half of a folded card
    fold: float | None
    caption_height: float


def _frame(page: Page, options: PrintOptions) -> _Frame:
    caption_height = QFontMetricsF(sans(CAPTION_POINTS), page.device).lineSpacing() * 2.6
    whole = page.rect
    if options.folded:
        fold = page.full_width / 2 - page.offset.x()
        gutter = page.mm(options.card.margin_mm)
        writing = QRectF(QPointF(fold + gutter, whole.top()), whole.bottomRight())
        aside = QRectF(whole.topLeft(), QPointF(fold - gutter, whole.bottom()))
        aside.setBottom(aside.bottom() - caption_height)
    else:
        writing, aside, fold = QRectF(whole), None, None
    writing.setBottom(writing.bottom() - caption_height)
    return _Frame(writing, aside, fold, caption_height)


def _draw_page(painter: QPainter, page: Page, frame: _Frame, setting: _Setting,
               lines: list[_Line], keep: float, caption: str) -> None:
    if frame.fold is not None:
        _draw_fold_marks(painter, page, frame.fold)
    ruled = frame.writing.adjusted(0, 0, 0, -keep)
    baselines = _draw_rules(painter, page, ruled, setting.pitch)
    painter.setFont(setting.font)
    painter.setPen(INK)
    for line, baseline in zip(lines, baselines, strict=False):
        if line.text:
            painter.drawText(QPointF(frame.writing.left() + line.indent,
                                     baseline - page.mm(TEXT_LIFT_MM)), line.text)
    painter.setFont(sans(CAPTION_POINTS))
    painter.setPen(QUIET)
    foot = frame.aside if frame.aside is not None else frame.writing
    painter.drawText(QRectF(foot.left(), page.rect.bottom() - frame.caption_height,
                            foot.width(), frame.caption_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                     | Qt.TextFlag.TextWordWrap, caption)


def card_pages(painter: QPainter, card: NoteCard, options: PrintOptions,
               new_page: Callable[[], object]) -> None:
    """Draw one card (more pages only when the note is too long for one), and its
    address label when asked: on the inside left of a folded card, else below the text."""
    page = Page(painter.device())
    frame = _frame(page, options)
    label = card.address if options.envelope == ENVELOPE_LABEL else None
    label_below = label is not None and frame.aside is None
    keep = _label_height(page, label) + page.mm(options.card.line_mm) if label_below else 0.0
    setting = _fit(card, page, options.card.line_mm, frame.writing, keep)
    per_page = max(1, math.floor(frame.writing.height() / setting.pitch))
    chunks = [setting.lines[i:i + per_page]
              for i in range(0, len(setting.lines), per_page)] or [[]]
    label_fits = label_below and (len(chunks[-1]) * setting.pitch + keep
                                  <= frame.writing.height())
    for number, chunk in enumerate(chunks):
        if number:
            new_page()
        caption = _caption(card)
        if len(chunks) > 1:
            caption += " · " + _("page {n} of {count}").format(n=number + 1,
                                                                count=len(chunks))
        last = number == len(chunks) - 1
        _draw_page(painter, page, frame, setting, chunk, keep if last and label_fits else 0.0,
                   caption)
    if label is None:
        return
    if frame.aside is not None:
        _draw_label(painter, page, label, frame.aside)
        return
    if not label_fits:
        new_page()
    _draw_label(painter, page, label, frame.writing)


def _draw_fold_marks(painter: QPainter, page: Page, fold: float) -> None:
    """Short ticks at the top and bottom where the sheet is folded."""
    painter.setPen(QPen(QUIET, page.mm(0.25)))
    tick = page.mm(4)
    rect = page.rect
    painter.drawLine(QPointF(fold, rect.top()), QPointF(fold, rect.top() + tick))
    painter.drawLine(QPointF(fold, rect.bottom() - tick), QPointF(fold, rect.bottom()))


def envelope_page(painter: QPainter, address: PostalAddress) -> None:
    """The address where the post looks for it: the lower right of the envelope."""
    page = Page(painter.device())
    width, height = address_size(page, address, 12)
    rect = page.rect
    left = max(rect.left() + rect.width() * 0.45, rect.right() - width - page.mm(5))
    top = rect.bottom() - height - page.mm(10)
    draw_address(painter, page, address, QPointF(left, top), 12)
