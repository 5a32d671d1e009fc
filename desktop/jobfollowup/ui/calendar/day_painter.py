"""Painting a day of the month grid: its number, holiday, shading and follow-up chips.

`cell_layout` is the one place that decides where chips sit, so painting and hit-testing
(clicks, drags, tooltips) always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle

from jobfollowup.i18n import current_language, ngettext
from jobfollowup.rules.kinds import State
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.colours import GRAPHIC, TEXT, blend, quiet, readable
from jobfollowup.ui.widgets.kind_style import channel_glyph, kind_colour, kind_glyph

PAD, GAP = 4, 2
SMALL = 0.85  # the holidays' names and the chips' marks, against the grid's font


@dataclass(frozen=True)
class CellLayout:
    chips: list[QRect]  # one per shown chip, in order
    more: QRect | None  # the "+N more" line, when some chips do not fit
    hidden: int


def chip_height(metrics: QFontMetrics, lines: int = 1) -> int:
    return metrics.height() * lines + 6 + 2 * (lines - 1)


def header_height(metrics: QFontMetrics, tall: bool = False) -> int:
    """The room of a day's number (and its holiday's name), above its chips; `tall` when
    the name takes a second line."""
    return metrics.height() + 8 + (round(metrics.height() * SMALL) if tall else 0)


def cell_layout(rect: QRect, count: int, metrics: QFontMetrics, lines: int = 1,
                tall: bool = False) -> CellLayout:
    """Where `count` chips of `lines` lines go in a cell of `rect` (whose header is `tall`);
    the last line says "+N more" when they do not all fit."""
    top = rect.top() + header_height(metrics, tall)
    height = chip_height(metrics, lines)
    room = max(0, (rect.bottom() - PAD - top + GAP) // (height + GAP))
    shown = count if count <= room else max(0, room - 1)
    chips = [QRect(rect.left() + PAD, top + i * (height + GAP), rect.width() - 2 * PAD, height)
             for i in range(shown)]
    more = None
    if shown < count:
        more = QRect(rect.left() + PAD, top + shown * (height + GAP),
                     rect.width() - 2 * PAD, chip_height(metrics))
    return CellLayout(chips, more, count - shown)


@dataclass(frozen=True)
class ChipColours:
    """What a chip is painted with: its ground, the kind's bar and glyph, the name, the
    channel's mark and the week's second line. Each readable on the ground (test_contrast).
    A sent chip is quieter: a paler ground, a fainter bar, the name in the quiet text."""

    fill: QColor
    bar: QColor
    glyph: QColor
    name: QColor
    channel: QColor
    detail: QColor


_TINTS: dict[tuple, object] = {}  # chips' and days' colours, by palette: worked out once


def _tints(key: tuple, make):
    found = _TINTS.get(key)
    if found is None:
        if len(_TINTS) > 1000:  # palettes of schemes left long ago
            _TINTS.clear()
        found = _TINTS[key] = make()
    return found


def chip_colours(row_kind, sent: bool, selected: bool, palette: QPalette) -> ChipColours:
    return _tints(("chip", row_kind, sent, selected, palette.cacheKey()),
                  lambda: _chip_colours(row_kind, sent, selected, palette))


def _chip_colours(row_kind, sent: bool, selected: bool, palette: QPalette) -> ChipColours:
    own = kind_colour(row_kind, palette)
    base = palette.color(QPalette.ColorRole.Base)
    if sent:
        fill = blend(base, own, 0.18 if selected else 0.07)
        own = blend(own, base, 0.35)
    else:
        fill = blend(base, own, 0.30 if selected else 0.16)
    name = (quiet(palette, fill) if sent
            else readable(palette.color(QPalette.ColorRole.Text), fill))
    return ChipColours(fill, own, readable(own, fill, TEXT), name, quiet(palette, fill),
                       quiet(palette, fill))


@dataclass(frozen=True)
class DayColours:
    """What a day's ground is painted with: its background, its number, its holiday's
    name and the "+N more" link, each readable on the background."""

    background: QColor
    number: QColor
    holiday: QColor
    more: QColor


def day_colours(palette: QPalette, in_month: bool, holiday: bool, avoided: bool,
                is_today: bool) -> DayColours:
    return _tints(("day", in_month, holiday, avoided, is_today, palette.cacheKey()),
                  lambda: _day_colours(palette, in_month, holiday, avoided, is_today))


def _day_colours(palette: QPalette, in_month: bool, holiday: bool, avoided: bool,
                 is_today: bool) -> DayColours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    red = colours.get(colours.HOLIDAY, palette)
    background = base
    if holiday:
        background = blend(base, red, 0.07)
    elif avoided:
        background = blend(base, text, 0.035)
    if not in_month:
        background = blend(background, text, 0.03)
    if is_today:
        number = palette.color(QPalette.ColorRole.HighlightedText)
    else:
        number = text if in_month else quiet(palette, background)
    holiday_name = readable(red if in_month else blend(red, base, 0.4), background)
    more = readable(palette.color(QPalette.ColorRole.Link), background)
    return DayColours(background, number, holiday_name, more)


def more_colour(palette: QPalette) -> QColor:
    """The "+N more" link's colour, readable on every day's ground (it is drawn once for
    all of them)."""
    colour = palette.color(QPalette.ColorRole.Link)
    for holiday, avoided, in_month in ((True, False, False), (False, True, False),
                                       (False, False, True)):
        colour = readable(colour, day_colours(palette, in_month, holiday, avoided,
                                              False).background)
    return colour


def selection_colour(palette: QPalette, background: QColor) -> QColor:
    """The frame of the day selected, and the outline of the chip selected."""
    return readable(palette.color(QPalette.ColorRole.Highlight), background, GRAPHIC)


@dataclass(frozen=True)
class _ChipFonts:
    base: QFont
    metrics: QFontMetrics
    glyph: QFont
    glyph_metrics: QFontMetrics
    small: QFont
    small_metrics: QFontMetrics
    struck: QFont
    widths: dict = field(default_factory=dict)  # of the kinds' and channels' glyphs


_FONTS: dict[str, _ChipFonts] = {}


def _chip_fonts(font: QFont) -> _ChipFonts:
    """The fonts a chip is drawn with, made once per base font: a month paints a hundred
    chips at every change."""
    made = _FONTS.get(font.key())
    if made is None:
        glyph = QFont(font)
        glyph.setBold(True)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * SMALL)
        struck = QFont(font)
        struck.setStrikeOut(True)
        made = _ChipFonts(QFont(font), QFontMetrics(font), glyph, QFontMetrics(glyph), small,
                          QFontMetrics(small), struck)
        _FONTS[font.key()] = made
    return made


def _number_width(day: dt.date, fonts: _ChipFonts) -> int:
    """The width of a day's number (its round mark when it is today)."""
    return max(fonts.glyph_metrics.horizontalAdvance(str(day.day)) + 10,
               header_height(fonts.metrics) - 4)


def holiday_room(rect: QRect, day: dt.date, fonts: _ChipFonts) -> int:
    """The width left for a holiday's name beside the day's number."""
    return rect.width() - 2 * PAD - _number_width(day, fonts) - 4


def holiday_wraps(rect: QRect, day: dt.date, holiday: str | None, fonts: _ChipFonts) -> bool:
    """Whether a holiday's name needs a second line beside the number: it is then written
    whole on two lines ("Boxing Day / (observed)"), the chips a little lower."""
    return bool(holiday) and fonts.small_metrics.horizontalAdvance(holiday) > holiday_room(
        rect, day, fonts)


def day_layout(rect: QRect, cell: tuple, font: QFont, week: bool) -> CellLayout:
    """Where a day's chips go (`cell` as `MonthModel.cell` gives it): the one answer for
    painting, clicks, drags, tooltips and the screen reader."""
    day, _in_month, note, rows, _today = cell
    fonts = _chip_fonts(font)
    return cell_layout(rect, len(rows), fonts.metrics, lines=2 if week else 1,
                       tall=holiday_wraps(rect, day, note.holiday if note else None, fonts))


def _measured(fonts: _ChipFonts, key, metrics: QFontMetrics, glyph: str) -> int:
    """The width `glyph` takes with its gap, measured once per font."""
    width = fonts.widths.get(key)
    if width is None:
        width = fonts.widths[key] = metrics.horizontalAdvance(glyph) + 4
    return width


def _glyph_width(row: FollowUpRow, fonts: _ChipFonts) -> int:
    """The width the kind's glyph takes at the start of a chip."""
    return _measured(fonts, row.kind, fonts.glyph_metrics, kind_glyph(row.kind))


def _channel_width(row: FollowUpRow, fonts: _ChipFonts) -> int:
    """The width the channel's glyph takes at the end of a chip."""
    return _measured(fonts, row.channel, fonts.small_metrics, channel_glyph(row.channel))


def _chip_inner(rect: QRect, metrics: QFontMetrics, two_lines: bool) -> QRect:
    """Where a chip's glyph and texts go: inside its bar and margins, one line high."""
    inner = rect.adjusted(7, 0, -4, 0)
    if two_lines:
        inner.setHeight(chip_height(metrics))
    return inner


def _chip_name(row: FollowUpRow, rect: QRect, fonts: _ChipFonts) -> tuple[str, bool]:
    """The name as the chip shows it, and whether the channel's glyph still fits beside."""
    metrics = fonts.metrics
    room = _chip_inner(rect, metrics, False).width() - _glyph_width(row, fonts)
    name = short_name(row.contact_name, metrics, room - _channel_width(row, fonts))
    if name == row.contact_name or (name and not name.endswith("…")):  # whole, "Kari N."
        return name, True
    return short_name(row.contact_name, metrics, room), False


def paint_chip(painter: QPainter, rect: QRect, row: FollowUpRow, palette: QPalette,
               font: QFont, selected: bool = False, detail: str = "") -> None:
    """One chip: a tinted pill with the kind's bar and glyph, the name, and the channel;
    with `detail`, a second line under the name (the week view has room for it)."""
    fonts = _chip_fonts(font)
    name, show_channel = _chip_name(row, rect, fonts)
    paint_chip_ground(painter, rect, row, palette, font, selected, show_channel, detail)
    painter.save()
    paint_chip_name(painter, rect, row, palette, fonts, name, bool(detail), selected)
    painter.restore()


def paint_chip_ground(painter: QPainter, rect: QRect, row: FollowUpRow, palette: QPalette,
                      font: QFont, selected: bool, show_channel: bool, detail: str) -> None:
    """A chip without its name: the same for every chip of a kind, state and channel, so
    it is drawn once and the name is written on a copy."""
    tints = chip_colours(row.kind, row.state == State.DONE, selected, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(selection_colour(palette, palette.color(QPalette.ColorRole.Base)), 2)
                   if selected else Qt.PenStyle.NoPen)
    painter.setBrush(tints.fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tints.bar)
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)

    fonts = _chip_fonts(font)
    inner = _chip_inner(rect, fonts.metrics, bool(detail))
    painter.setFont(fonts.glyph)
    painter.setPen(tints.glyph)
    glyph_width = _glyph_width(row, fonts)
    painter.drawText(QRect(inner.left(), inner.top(), glyph_width, inner.height()),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                     kind_glyph(row.kind))
    if show_channel:
        channel = channel_glyph(row.channel)
        channel_width = _channel_width(row, fonts)
        painter.setFont(fonts.small)
        painter.setPen(tints.channel)
        painter.drawText(QRect(inner.right() - channel_width, inner.top(), channel_width,
                               inner.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, channel)
    if detail:
        room = inner.width() - glyph_width
        painter.setFont(fonts.small)
        painter.setPen(tints.detail)
        line = QRect(inner.left() + glyph_width, inner.bottom() - 3, room,
                     rect.bottom() - inner.bottom())
        painter.drawText(line, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                         fonts.small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                                        max(room, 0)))
    painter.restore()


def paint_chip_name(painter: QPainter, rect: QRect, row: FollowUpRow, palette: QPalette,
                    fonts: _ChipFonts, name: str, two_lines: bool,
                    selected: bool = False) -> None:
    """The contact's name on a chip's ground (struck through once sent). It changes the
    painter's font and pen (quieter for a sent one): it is called on a chip's own
    picture, a hundred new ones for a month jumped to, where saving the painter's state
    for each took a third of the time."""
    metrics = fonts.metrics
    inner = _chip_inner(rect, metrics, two_lines)
    sent = row.state == State.DONE
    if sent:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # the strike-through's line
        painter.setFont(fonts.struck)
    else:
        painter.setFont(fonts.base)
    painter.setPen(chip_colours(row.kind, sent, selected, palette).name)
    baseline = inner.top() + (inner.height() - metrics.height()) // 2 + metrics.ascent()
    painter.drawText(QPoint(inner.left() + _glyph_width(row, fonts), baseline), name)


def short_name(name: str, metrics: QFontMetrics, width: int) -> str:
    """The name as it fits: in full, else "Kari N.", else cut with an ellipsis, else nothing
    (Qt leaves a name of one letter whole, however narrow the room)."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    parts = name.split()
    if len(parts) > 1:
        initials = " ".join([parts[0], *(p[0] + "." for p in parts[1:])])
        if metrics.horizontalAdvance(initials) <= width:
            return initials
    cut = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(width, 0))
    return cut if metrics.horizontalAdvance(cut) <= width else ""


def chip_pixmap(row: FollowUpRow, width: int, palette: QPalette, font: QFont) -> QPixmap:
    """The picture a chip leaves under the pointer while it is dragged."""
    metrics = QFontMetrics(font)
    size = QSize(max(width, 80), chip_height(metrics))
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_chip(painter, QRect(QPoint(0, 0), size), row, palette, font, selected=True)
    painter.end()
    return pixmap


MORE_ALIGNMENT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


class PaintContext:
    """What every day of one paint shares, looked up once rather than 42 times."""

    def __init__(self, palette: QPalette, font: QFont, ratio: float, week: bool,
                 selected_chip: int | None) -> None:
        self.palette, self.font, self.ratio, self.week = palette, font, ratio, week
        self.selected_chip = selected_chip
        self.fonts = _chip_fonts(font)
        self.link = more_colour(palette)
        # part of every picture's key ("+3 more" is in words)
        self.key = (font.key(), palette.cacheKey(), ratio, current_language())


class DayPainter:
    """Paints the days of the month grid, keeping the pictures of days and chips it drew."""

    # Pictures of chips (~10 kB each) and of days (~40 kB, a few dozen): 15–20 MB at most,
    # some ten months of chips shown or read ahead; beyond, the cache starts again.
    PICTURES_KEPT = 1_500

    def __init__(self) -> None:
        self._pictures: dict[tuple, QPixmap] = {}

    @staticmethod
    def _paint_ground(painter: QPainter, rect: QRect, palette: QPalette, font: QFont,
                      day: dt.date, in_month: bool, note, is_today: bool,
                      state: QStyle.StateFlag, drop: bool) -> None:
        """A day without its chips: its shading, frame, number and holiday."""
        base = palette.color(QPalette.ColorRole.Base)
        tints = day_colours(palette, in_month, bool(note and note.holiday),
                            bool(note and note.avoided), is_today)
        background = tints.background
        highlight = selection_colour(palette, background)
        painter.fillRect(rect, background)
        if drop:
            painter.fillRect(rect, blend(base, highlight, 0.18))
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        elif state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(highlight, 2 if state & QStyle.StateFlag.State_HasFocus
                                else 1))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

        fonts = _chip_fonts(font)
        painter.setFont(fonts.glyph if in_month else font)  # the month's own days in bold
        number = str(day.day)
        header = QRect(rect.left() + PAD, rect.top() + 3, rect.width() - 2 * PAD,
                       header_height(fonts.metrics) - 4)
        number_width = _number_width(day, fonts)
        number_rect = QRect(header.left(), header.top(), number_width, header.height())
        if is_today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(number_rect), header.height() / 2,
                                    header.height() / 2)
        painter.setPen(tints.number)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)

        if note is not None and note.holiday:
            painter.setFont(fonts.small)
            painter.setPen(tints.holiday)
            name_rect = header.adjusted(number_width + 4, 0, 0, 0)
            if holiday_wraps(rect, day, note.holiday, fonts):  # whole, on two lines
                small = fonts.small_metrics
                name_rect.setTop(header.top() + (header.height() - small.height()) // 2)
                name_rect.setHeight(2 * small.lineSpacing())
                painter.drawText(name_rect, Qt.AlignmentFlag.AlignTop
                                 | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                                 DayPainter._two_lines(note.holiday, small, name_rect.width()))
            else:
                painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter
                                 | Qt.AlignmentFlag.AlignLeft, note.holiday)

    @staticmethod
    def _two_lines(name: str, metrics: QFontMetrics, width: int) -> str:
        """`name` cut between words into two lines that fit `width`, the second elided
        only when even two lines are too few (a very narrow window)."""
        words = name.split()
        first = words[0] if words else ""
        for count in range(len(words) - 1, 0, -1):
            candidate = " ".join(words[:count])
            if metrics.horizontalAdvance(candidate) <= width:
                first = candidate
                break
        rest = name[len(first):].strip()
        return "\n".join([metrics.elidedText(first, Qt.TextElideMode.ElideRight, width),
                          metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)])

    def _picture(self, key: tuple, rect: QRect, ratio: float, draw,
                 opaque: bool = False) -> QPixmap:
        """The picture of `key`, drawn by `draw(painter, rect at 0, 0)` the first time;
        `opaque` when the drawing covers it all (copied faster, without transparency)."""
        pixmap = self._pictures.get(key)
        if pixmap is None:
            pixmap = QPixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            if not opaque:
                pixmap.fill(Qt.GlobalColor.transparent)
            picture_painter = QPainter(pixmap)
            draw(picture_painter, QRect(0, 0, rect.width(), rect.height()))
            picture_painter.end()
            self._keep(key, pixmap)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, cell: tuple, state: QStyle.StateFlag,
              drop: bool, context: PaintContext) -> None:
        """One day (`cell` as `MonthModel.cell` gives it) in `rect`, with `state`'s
        selection and focus frame, `drop` when a drag hovers it.

        Each day's ground and each chip is drawn once into a picture and then copied:
        months are switched back and forth, and the ground of every 14th without a holiday
        is the same, also in a month shown for the first time. The selected chip is drawn
        in place: its outline reaches past its rectangle."""
        rows = cell[3]
        palette, font = context.palette, context.font
        painter.drawPixmap(rect.topLeft(), self._ground(rect, cell, state, drop, context))
        layout = self._layout(rect, cell, context)
        for chip_rect, row in zip(layout.chips, rows, strict=False):
            if row.id == context.selected_chip:
                paint_chip(painter, chip_rect, row, palette, font, selected=True,
                           detail=self._detail(row, context))
            else:
                painter.drawPixmap(chip_rect.topLeft(),
                                   self._chip(chip_rect, row, context))
        if layout.more is not None:
            painter.drawPixmap(layout.more.topLeft(), self._more(layout, context))

    def _more(self, layout: CellLayout, context: PaintContext) -> QPixmap:
        """The picture of "+3 more": the same few across the whole month."""
        more = layout.more
        key = ("more", layout.hidden, more.width(), more.height(), context.key)
        return self._picture(key, more, context.ratio, lambda p, r: self._paint_more(
            p, r, layout.hidden, context.font, context.link))

    @staticmethod
    def _layout(rect: QRect, cell: tuple, context: PaintContext) -> CellLayout:
        return day_layout(rect, cell, context.font, context.week)

    @staticmethod
    def _detail(row: FollowUpRow, context: PaintContext) -> str:
        """A chip's second line in the week (the kind already has its colour)."""
        return (row.company or row.kind.label) if context.week else ""

    def _chip(self, rect: QRect, row: FollowUpRow, context: PaintContext) -> QPixmap:
        """The picture of a chip not selected, drawn the first time it is needed."""
        detail = self._detail(row, context)
        key = (row.kind, row.state, row.contact_name, row.channel, rect.width(),
               rect.height(), detail, context.key)
        pixmap = self._pictures.get(key)
        if pixmap is None:
            pixmap = self._chip_picture(key, rect, row, detail, context)
        return pixmap

    def _ground(self, rect: QRect, cell: tuple, state: QStyle.StateFlag, drop: bool,
                context: PaintContext) -> QPixmap:
        """The picture of a day without its chips."""
        day, in_month, note, _rows, is_today = cell
        palette, font = context.palette, context.font
        holiday, avoided = (note.holiday, bool(note.avoided)) if note else (None, False)
        key = (day.day, in_month, is_today, holiday, avoided, state.value, drop,
               rect.width(), rect.height(), context.key)
        return self._picture(key, rect, context.ratio, lambda p, r: self._paint_ground(
            p, r, palette, font, day, in_month, note, is_today, state, drop), opaque=True)

    def prepare(self, rect: QRect, cell: tuple, context: PaintContext) -> None:
        """Draw ahead the pictures of a day (`cell` as `paint` takes it, neither selected
        nor under a drag) and of the chips it shows in `rect`: a month read ahead then
        shows its new names and holidays without drawing them."""
        self._ground(rect, cell, QStyle.StateFlag.State_None, False, context)
        rows = cell[3]
        layout = self._layout(rect, cell, context)
        for chip_rect, row in zip(layout.chips, rows, strict=False):
            self._chip(chip_rect, row, context)
        if layout.more is not None:
            self._more(layout, context)

    def _chip_picture(self, key: tuple, rect: QRect, row: FollowUpRow, detail: str,
                      context: PaintContext) -> QPixmap:
        """A chip's picture: a copy of its ground's (drawn once for all the chips of its
        kind, state and channel), with the name written on it. A month shown for the
        first time draws some thirty names, each on a copy."""
        palette, font = context.palette, context.font
        name, show_channel = _chip_name(row, rect, context.fonts)
        ground = self._picture(
            ("ground", row.kind, row.state, row.channel, show_channel, rect.width(),
             rect.height(), detail, context.key), rect, context.ratio,
            lambda p, r: paint_chip_ground(p, r, row, palette, font, False, show_channel,
                                           detail))
        pixmap = ground.copy()
        painter = QPainter(pixmap)
        paint_chip_name(painter, QRect(0, 0, rect.width(), rect.height()), row, palette,
                        context.fonts, name, bool(detail))
        painter.end()
        return self._keep(key, pixmap)

    def _keep(self, key: tuple, pixmap: QPixmap) -> QPixmap:
        if len(self._pictures) >= self.PICTURES_KEPT:
            self._pictures.clear()
        self._pictures[key] = pixmap
        return pixmap

    @staticmethod
    def _paint_more(painter: QPainter, rect: QRect, hidden: int, font: QFont,
                    link: QColor) -> None:
        painter.setFont(font)
        painter.setPen(link)
        painter.drawText(rect.adjusted(6, 0, 0, 0), MORE_ALIGNMENT,
                         ngettext("+{n} more", "+{n} more", hidden).format(n=hidden))
