"""How each kind of follow-up looks (a colour and a glyph) and how a channel is shown."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from jobfollowup.rules.kinds import Channel, Kind

# Muted colours that stay readable as a tint behind dark text and as a bar beside it.
_KIND_STYLES: dict[Kind, tuple[str, str]] = {
    Kind.THANK_YOU_EMAIL: ("#2a9d8f", "♥"),
    Kind.THANK_YOU_NOTE: ("#8e6bbf", "✎"),
    Kind.CHECK_IN: ("#3d7fd6", "↻"),
    Kind.KEEP_IN_TOUCH: ("#5c9e4c", "☀"),
    Kind.REFERENCE_HEADS_UP: ("#e07a1f", "⚑"),
    Kind.REFERENCE_THANKS: ("#c99a06", "★"),
    Kind.REFERENCE_OUTCOME: ("#c8553d", "✓"),
    Kind.REFERENCE_GIFT: ("#c2417e", "❀"),
    Kind.REJECTION_THANKS: ("#6c7a89", "☂"),
}

_CHANNEL_GLYPHS = {
    Channel.EMAIL: "@",
    Channel.PHONE: "☎",
    Channel.LETTER: "✉",
    Channel.LINKEDIN: "in",
}


def kind_colour(kind: Kind) -> QColor:
    return QColor(_KIND_STYLES[kind][0])


def kind_glyph(kind: Kind) -> str:
    return _KIND_STYLES[kind][1]


def channel_glyph(channel: Channel) -> str:
    return _CHANNEL_GLYPHS[channel]


def kind_icon(kind: Kind) -> QIcon:
    """A small round badge in the kind's colour, as on the chips."""
    return badge_icon(_KIND_STYLES[kind][0], kind_glyph(kind))


@cache
def badge_icon(colour: str, glyph: str) -> QIcon:
    """A small round badge: `glyph` in white on `colour` (a timeline's steps, the kinds)."""
    pixmap = QPixmap(QSize(16, 16))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 14, 14)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)
