"""How each kind of follow-up looks (a colour and a glyph) and how a channel is shown."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from jobfollowup.rules.kinds import Channel, Kind
from jobfollowup.ui.widgets import colours

_KIND_GLYPHS: dict[Kind, str] = {
    Kind.THANK_YOU_EMAIL: "♥",
    Kind.THANK_YOU_NOTE: "✎",
    Kind.CHECK_IN: "↻",
    Kind.KEEP_IN_TOUCH: "☀",
    Kind.REFERENCE_HEADS_UP: "⚑",
    Kind.REFERENCE_THANKS: "★",
    Kind.REFERENCE_OUTCOME: "✓",
    Kind.REFERENCE_GIFT: "❀",
    Kind.REJECTION_THANKS: "☂",
}

_CHANNEL_GLYPHS = {
    Channel.EMAIL: "@",
    Channel.PHONE: "☎",
    Channel.LETTER: "✉",
    Channel.LINKEDIN: "in",
}


def kind_colour(kind: Kind, palette: QPalette | None = None) -> QColor:
    """The kind's colour in the scheme of `palette` (else the application's)."""
    return colours.kind(kind, palette)


def kind_glyph(kind: Kind) -> str:
    return _KIND_GLYPHS[kind]


def badge_colours(kind: Kind, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """A kind's badge: its ground and its glyph (`step_badge_colours` of its colour)."""
    return step_badge_colours(colours.KINDS[kind], palette)


def step_badge_colours(colour: colours.Pair,
                       palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """A badge's ground and glyph — a kind's, a timeline step's, an exchange's direction:
    white on `colour`, deepened until the glyph reads on it."""
    glyph = colours.get(colours.BADGE_GLYPH, palette)
    return colours.readable(colours.get(colour, palette), glyph), glyph


def channel_glyph(channel: Channel) -> str:
    return _CHANNEL_GLYPHS[channel]


def kind_icon(kind: Kind) -> QIcon:
    """A small round badge in the kind's colour, as on the chips, in the scheme shown."""
    return _kind_icon(kind, colours.is_dark())


BADGE = 16  # pixels, at 100 %
RATIOS = (1, 1.5, 2, 3)  # drawn for each, so that a scaled screen shows it crisp


@cache
def _kind_icon(kind: Kind, dark: bool) -> QIcon:
    ground, glyph = badge_colours(kind, colours.palette(dark))
    return _badge(ground, glyph, kind_glyph(kind))


@cache
def badge_icon(colour: colours.Pair, glyph: str) -> QIcon:
    """A small round badge: `glyph` in white on `colour` (a timeline's step, an exchange's
    direction), deepened until the glyph reads on it."""
    return _badge(*step_badge_colours(colour), glyph)


def _badge(ground: QColor, glyph_colour: QColor, glyph: str) -> QIcon:
    """`glyph` on a round `ground`, drawn for each ratio of RATIOS."""
    icon = QIcon()
    for ratio in RATIOS:
        pixmap = QPixmap(QSize(round(BADGE * ratio), round(BADGE * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawEllipse(1, 1, BADGE - 2, BADGE - 2)
        painter.setPen(glyph_colour)
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRect(0, 0, BADGE, BADGE), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        icon.addPixmap(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # as it is on a selected row: untinted
    return icon
