"""The edges of the controls, seen (WCAG 2.2 1.4.11: 3:1 against what is beside them).

Fusion draws the edge of a field (one line or several), a check box, a radio button, a
combo box, a spin box, a date field and a button from the window's colour darkened: by
40 % (a field, a button, a combo box; 8 % lighter again for a text box), by 40 % then 10 %
lighter again (a check box), by 50 % (a radio button). That is about 2:1 on the light
window and 1.2:1 on the dark one, where darker is no edge at all. The edge of a field with
the keyboard, and of the default button, is Highlight darkened by 25 % (and never lighter
than HSV value 160): 1.8:1 on the dark window. A list's, a tree's and a table's frame, and
the check boxes of their rows (the interviewers to tick, invisible on the dark base), come
from the same darkened Window.

No palette role names those edges, and a style of our own would run Python at each
primitive painted anywhere. So those controls, and the lists, get a palette of their own
(Qt's palette per class, `QApplication.setPalette(palette, class)`), which paints nothing
else: its Window is the grey whose darkenings have 3:1 against the window and the field's
ground; for the controls, its Highlight, where the scheme's is too dark for the edge it
makes, is the nearest lighter shade that makes one (with the selected text in a field
readable on it; a list's selected row keeps the scheme's). Nothing is added to a paint: Qt
keeps the palette per class, made again only when the scheme changes.

What else reads that palette: the children (a combo box's list, a date field's month,
which month_picker.py gives the scheme's own palette back, a list's headers, whose lines
are the darker for it), and the corner between two scroll bars, filled with the grey (the
app's text boxes wrap their lines, so it shows only under a word longer than the box).

tests/test_contrast.py measures the edges on controls painted in both schemes.
"""

from __future__ import annotations

from bisect import bisect_left
from copy import copy
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from jobfollowup.ui.widgets.wcag import GRAPHIC, TEXT, blend, contrast, readable

Role = QPalette.ColorRole

# The controls whose edge Fusion draws from the window's colour. Their children without a
# palette of their own (a spin box's or a combo box's line edit, a field's clear button)
# take theirs, and none fills its ground with Window.
CONTROLS = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox", "QComboBox",
            "QCheckBox", "QRadioButton", "QPushButton", "QToolButton")
# Lists, trees and tables: the same grey for their frame and the check boxes of their rows
# (the interviewers to tick), but their own Highlight: a selected row stays the scheme's.
VIEWS = ("QAbstractItemView",)


THIN = 0.2  # how much of the ground shows through a radio button's circle at its best
# pixel: a tenth measured at 100 %, a fifth assumed (a margin for other scales)


def fusion_edges(window: QColor, ground: QColor) -> tuple[QColor, ...]:
    """The edges Fusion derives from a control's Window, as painted on `ground`: a field's,
    a button's and a combo box's; a check box's; a radio button's (a circle one pixel wide,
    smoothed: none of its pixels is its whole colour)."""
    outline = window.darker(140)
    return outline, outline.lighter(110), blend(window.darker(150), ground, THIN)


def fusion_focus_edge(highlight: QColor) -> QColor:
    """The edge Fusion draws around a field with the keyboard and the default button."""
    edge = highlight.darker(125)
    if edge.value() > 160:
        edge.setHsl(edge.hue(), edge.saturation(), 160)
    return edge


def _least(edges, grounds: tuple[QColor, ...]) -> float:
    """The least contrast of the edges (a function of the ground they are painted on)
    against each ground."""
    return min(contrast(edge, ground) for ground in grounds for edge in edges(ground))


def _first_passing(passes, count: int) -> int:
    """The least of 0 … `count` - 1 for which `passes` (false, then true from some point
    on) is true, found by halving; `count` - 1 if none."""
    return bisect_left(range(count - 1), True, key=passes)


@lru_cache(maxsize=8)
def _edge_window(window: int, base: int) -> int:
    grounds = (QColor.fromRgb(window), QColor.fromRgb(base))
    dark = grounds[1].lightness() < 128

    def grey(step: int) -> QColor:  # from the grounds' side outwards: lighter when dark
        value = step if dark else 255 - step
        return QColor(value, value, value)

    step = _first_passing(lambda step: _least(
        lambda ground: fusion_edges(grey(step), ground), grounds) >= GRAPHIC, 256)
    return grey(step).rgb()


def edge_window(shown: QPalette) -> QColor:
    """The grey to give the controls as their Window: the one nearest the scheme's own
    edges (the lightest on a light window, the darkest on a dark one) whose every edge has
    3:1 against the window and the fields' ground."""
    return QColor.fromRgb(_edge_window(shown.color(Role.Window).rgb(),
                                       shown.color(Role.Base).rgb()))


@lru_cache(maxsize=8)
def _edge_highlight(highlight: int, window: int, base: int) -> int:
    grounds = (QColor.fromRgb(window), QColor.fromRgb(base))
    target = QColor("white" if grounds[1].lightness() < 128 else "black")

    def shade(step: int) -> QColor:
        return blend(QColor.fromRgb(highlight), target, step / 32)

    step = _first_passing(lambda step: _least(
        lambda _ground: (fusion_focus_edge(shade(step)),), grounds) >= GRAPHIC, 33)
    return shade(step).rgb()


def edge_highlight(shown: QPalette) -> QColor:
    """Highlight for the controls: the scheme's, or the nearest shade of it towards white
    (on a dark window) or black whose focus edge has 3:1 against the window and the base."""
    return QColor.fromRgb(_edge_highlight(shown.color(Role.Highlight).rgb(),
                                          shown.color(Role.Window).rgb(),
                                          shown.color(Role.Base).rgb()))


def control_palette(shown: QPalette) -> QPalette:
    """The palette of the controls in the scheme `shown`."""
    made = copy(shown)  # not QPalette(shown): its overloads wake all of Qt's enums, 20 ms
    made.setColor(Role.Window, edge_window(shown))
    highlight = edge_highlight(shown)
    if highlight != shown.color(Role.Highlight):
        made.setColor(Role.Highlight, highlight)
        made.setColor(Role.HighlightedText,
                      readable(shown.color(Role.HighlightedText), highlight, TEXT))
    return made


def give(app: QApplication) -> None:
    """Give the controls their palette, in the scheme the application shows (again after
    each change of the application's palette: Qt forgets the palettes per class then).
    Only under Fusion (Linux's style, and wherever the desktop's is not asked for): a
    native style draws its edges in its own way, which the grey would only spoil."""
    if app.style().name().lower() != "fusion":
        return
    made = control_palette(app.palette())
    for name in CONTROLS:
        app.setPalette(made, name)
    views = copy(app.palette())
    views.setColor(Role.Window, made.color(Role.Window))
    for name in VIEWS:
        app.setPalette(views, name)
