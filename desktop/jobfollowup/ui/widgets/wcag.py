"""The contrast arithmetic of WCAG 2.2 (1.4.3, 1.4.11), for colours.py and the controls'
edges: how two colours differ, and the nearest shade of a colour that reads on another."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

TEXT, GRAPHIC = 4.5, 3.0  # the least contrast for text, and for a meaningful mark


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `base` at `amount` (0: all base, 1: all over)."""
    return QColor(round(base.red() + (over.red() - base.red()) * amount),
                  round(base.green() + (over.green() - base.green()) * amount),
                  round(base.blue() + (over.blue() - base.blue()) * amount))


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.2)."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue()))


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two opaque colours, 1 to 21 (WCAG 2.2)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = TEXT) -> QColor:
    """`colour`, or the nearest shade of it towards black (on a light ground) or white (on
    a dark one) that has `minimum` contrast against `background`."""
    return QColor.fromRgb(_readable(colour.rgb(), background.rgb(), minimum))


@lru_cache(maxsize=4096)
def _readable(colour_rgb: int, background_rgb: int, minimum: float) -> int:
    """`readable` on colours as numbers, each pair worked out once: painters ask for the
    same few hundreds times a month shown (a search by halving takes a fifth of a ms)."""
    colour, background = QColor.fromRgb(colour_rgb), QColor.fromRgb(background_rgb)
    if contrast(colour, background) >= minimum:
        return colour_rgb
    target = QColor("black") if luminance(background) > 0.18 else QColor("white")
    low, high = 0.0, 1.0  # how far towards the target: found by halving
    for _step in range(12):
        middle = (low + high) / 2
        if contrast(blend(colour, target, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    return blend(colour, target, high).rgb()
