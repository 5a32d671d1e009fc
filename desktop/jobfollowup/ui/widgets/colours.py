"""Every colour of the app, in one place: the palettes of the light and the dark scheme,
and each colour the palette has no role for (a kind's, a holiday's, an error's, the
reminder banner's, the charts') as a pair, light and dark. Painters and style sheets ask
here, with the palette they paint with, so that a change of scheme reaches them all.

Readable in both schemes by construction, and checked by tests/test_contrast.py from the
very colours the painters use: text at least 4.5:1 against what it is drawn on, marks
that carry meaning (a kind's glyph, a channel's mark, the focus ring, a chart's bar) at
least 3:1 (WCAG 2.2 AA, 1.4.3 and 1.4.11). Where a colour comes from a tint (a chip's
ground is the kind's colour over the base), `readable` finds the nearest shade of the
wanted colour that still reads on it.

The scheme follows the system (`QStyleHints.colorScheme`, and its change while the app
runs) unless the person chose light or dark in Preferences. Printing never asks here:
paper is always light (printing/ has its own ink).
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from jobfollowup.ui.widgets import control_edges
from jobfollowup.ui.widgets.wcag import GRAPHIC, TEXT, blend, contrast, readable

SYSTEM, LIGHT, DARK = "system", "light", "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)


@dataclass(frozen=True)
class Pair:
    """One colour, as the light scheme and the dark scheme show it."""

    light: str
    dark: str


FOCUS = Pair("#1c62b9", "#7fb2f0")  # the ring around what has the keyboard
HOLIDAY = Pair("#b23a2a", "#ff9485")  # a public holiday's name, and its day's tint
ERROR = Pair("#b3261e", "#ffb4ab")  # a message under a field that was refused
WARNING = Pair("#8a5100", "#f2b865")  # something to look at before going on
BANNER = Pair("#fdf3d8", "#3b3322")  # the reminder banner's ground …
BANNER_EDGE = Pair("#b8a05a", "#8c7a45")  # … its border
BANNER_TEXT = Pair("#3d3320", "#f7ecd0")  # … and its text
BADGE_GLYPH = Pair("#ffffff", "#ffffff")  # a kind's glyph on its round badge
GOOD = Pair("#1e6b34", "#7fd093")  # a check that went well ("Connected: 3 calendars")
NOTICE = Pair("#e8f1fb", "#1f2a38")  # a box of suggestions or questions (mailbox, sync) …
NOTICE_EDGE = Pair("#5f87b8", "#5f7fa8")  # … its border …
NOTICE_TEXT = Pair("#1d2b3a", "#dde8f5")  # … and its text

# The badges of a timeline's steps and of a contact's exchanges (their glyph is white).
STEP_APPLIED = Pair("#455a64", "#455a64")
STEP_STATUS = Pair("#546e7a", "#546e7a")
STEP_INTERVIEW = Pair("#00796b", "#00796b")
STEP_REPLY = Pair("#1565c0", "#1565c0")
STEP_PROMISED = Pair("#795548", "#795548")
SENT_BY_YOU = Pair("#3f51b5", "#3f51b5")
SENT_TO_YOU = Pair("#00796b", "#00796b")

# A kind's own colour: the bar and tint of its chips, its badge. Muted, told apart by hue.
# Keyed by the kind's code (rules/kinds.py `Kind`, a StrEnum, finds them): the window's
# frame takes its colours before the rules are loaded.
KINDS: dict[str, Pair] = {
    "thank-you-email": Pair("#2a9d8f", "#4cc2b3"),
    "thank-you-note": Pair("#8e6bbf", "#b397e0"),
    "check-in": Pair("#3d7fd6", "#6fa5ec"),
    "keep-in-touch": Pair("#5c9e4c", "#85c273"),
    "reference-heads-up": Pair("#e07a1f", "#f09a4d"),
    "reference-thanks": Pair("#c99a06", "#e2b83a"),
    "reference-outcome": Pair("#c8553d", "#e5806a"),
    "reference-gift": Pair("#c2417e", "#e473a6"),
    "rejection-thanks": Pair("#6c7a89", "#9aa8b6"),
}

# The charts' series (the review's statuses, references), and the review's three outcomes.
SERIES = (Pair("#3f6f9f", "#7fa8d6"), Pair("#3f8a36", "#7cc270"), Pair("#a8660b", "#e8a33d"),
          Pair("#8f5a86", "#c79bbf"), Pair("#b0456b", "#e3849f"), Pair("#7a5a45", "#c2a08a"),
          Pair("#6b6b6b", "#a8a8a8"))
ON_TIME = Pair("#3f8a36", "#7cc270")
LATE = Pair("#a8660b", "#e8a33d")
SKIPPED = Pair("#6e6a66", "#a39e99")


# Reading colours ---------------------------------------------------------------------
def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (else the application's) is a dark scheme's: by its Base, which
    every widget keeps (the controls' Window is a grey of control_edges.py)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def get(pair: Pair, palette: QPalette | None = None) -> QColor:
    """`pair` as the scheme of `palette` (else the application's) shows it."""
    return QColor(pair.dark if is_dark(palette) else pair.light)


def kind(kind: str, palette: QPalette | None = None) -> QColor:
    """A kind's colour (`kind` a `Kind`, or its code)."""
    return get(KINDS[kind], palette)


def quiet(palette: QPalette, background: QColor | None = None,
          minimum: float = TEXT) -> QColor:
    """Quieter text (a date of another month, a channel's mark): the text colour half
    faded into `background` (else the base), but never below `minimum`."""
    ground = background if background is not None else palette.color(QPalette.ColorRole.Base)
    return readable(blend(palette.color(QPalette.ColorRole.Text), ground, 0.5), ground,
                    minimum)


# The palettes ----------------------------------------------------------------------------
_LIGHT = {
    "Window": "#efefef", "WindowText": "#1b1b1b", "Base": "#ffffff", "AlternateBase": "#f5f6f7",
    "ToolTipBase": "#ffffdc", "ToolTipText": "#1b1b1b", "PlaceholderText": "#5f6368",
    "Text": "#1b1b1b", "Button": "#efefef", "ButtonText": "#1b1b1b", "BrightText": "#ffffff",
    "Light": "#ffffff", "Midlight": "#cacaca", "Mid": "#b8b8b8", "Dark": "#9f9f9f",
    "Shadow": "#767676", "Highlight": "#1f63ad", "HighlightedText": "#ffffff",
    "Link": "#1a55a8", "LinkVisited": "#6b3fa0", "Accent": "#1f63ad",
}
_DARK = {
    "Window": "#2a2b2d", "WindowText": "#e6e6e6", "Base": "#1d1e20", "AlternateBase": "#252629",
    "ToolTipBase": "#3a3b3e", "ToolTipText": "#e6e6e6", "PlaceholderText": "#a3a6ab",
    "Text": "#e6e6e6", "Button": "#34363a", "ButtonText": "#e6e6e6", "BrightText": "#ffffff",
    "Light": "#4a4c50", "Midlight": "#44464a", "Mid": "#3a3c40", "Dark": "#1a1b1d",
    "Shadow": "#0c0c0d", "Highlight": "#2d69b0", "HighlightedText": "#ffffff",
    "Link": "#8cb8f2", "LinkVisited": "#c3a3ec", "Accent": "#2d69b0",
}
_DISABLED = {False: {"WindowText": "#8a8a8a", "Text": "#8a8a8a", "ButtonText": "#8a8a8a"},
             True: {"WindowText": "#7d7f83", "Text": "#7d7f83", "ButtonText": "#7d7f83"}}


def palette(dark: bool, system: QPalette | None = None) -> QPalette:
    """The whole palette of the light (or dark) scheme; with `system`, the desktop's
    palette, in the desktop's accent where it reads (`desktop_accent`)."""
    made = QPalette()
    for name, value in (_DARK if dark else _LIGHT).items():
        made.setColor(QPalette.ColorRole[name], QColor(value))
    for name, value in _DISABLED[dark].items():
        made.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[name], QColor(value))
    kept = desktop_accent(system, made) if system is not None else None
    if kept is not None:
        accent, text = kept
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Accent):
            made.setColor(role, accent)
        made.setColor(QPalette.ColorRole.HighlightedText, text)
    return made


def desktop_accent(system: QPalette, ours: QPalette) -> tuple[QColor, QColor] | None:
    """The desktop's accent and the text it writes on it, if they serve on `ours`: that
    text at least 4.5:1 on the accent, and the accent (a selected row, today in the
    calendar) at least 3:1 against the window, the base and the alternate rows. Its
    Highlight is asked first (its colour for what is selected, which a GTK desktop gives
    and not Qt's Accent role), then its Accent (Qt 6.6). None: the app's own is shown."""
    text = system.color(QPalette.ColorRole.HighlightedText)
    grounds = [ours.color(role) for role in (QPalette.ColorRole.Window,
                                              QPalette.ColorRole.Base,
                                              QPalette.ColorRole.AlternateBase)]
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Accent):
        accent = system.color(role)
        if contrast(text, accent) >= TEXT and all(
                contrast(accent, ground) >= GRAPHIC for ground in grounds):
            return QColor(accent), QColor(text)
    return None


# Following the scheme ----------------------------------------------------------------
_STYLE_PROPERTY = "jobfollowup_style"
_state: dict = {"choice": SYSTEM, "system": None, "following": False}


def scheme_wanted(choice: str, ask_system: bool = True) -> bool:
    """Whether `choice` (system, light, dark) means the dark scheme now; without
    `ask_system`, "system" is judged by the desktop's palette alone."""
    if choice in (LIGHT, DARK):
        return choice == DARK
    if ask_system:
        from PySide6.QtCore import Qt

        scheme = QGuiApplication.styleHints().colorScheme()  # 25 ms the first time
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
    system = _state["system"]  # the desktop says nothing: its own palette tells
    return system is not None and is_dark(system)


def apply_scheme(app: QApplication, choice: str = SYSTEM, ask_system: bool = True) -> bool:
    """Show `choice` (system, light, dark): the palette, the controls' own (control_edges),
    then every style sheet made by `styled`. With "system", the desktop's scheme is asked
    and its change while the app runs is followed. Not `ask_system`: the window's frame,
    before its first paint, goes by the desktop's palette (asking Qt costs 25 ms the first
    time), and gets no controls' palette (the frame has no controls; naming Qt's style
    from Python costs 14 ms the first time). Returns whether the dark scheme is shown."""
    if _state["system"] is None:
        _state["system"] = app.palette()  # the desktop's, before ours (a copy already)
    _state["choice"] = choice if choice in SCHEMES else SYSTEM
    if ask_system and not _state["following"]:
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply_scheme(app, _state["choice"]))
        _state["following"] = True
    dark = scheme_wanted(_state["choice"], ask_system)
    wanted = palette(dark, _state["system"])
    if app.palette() != wanted:
        app.setPalette(wanted)
    if ask_system:
        control_edges.give(app)  # again: a new palette for the application drops them
    for widget in app.allWidgets():
        template = widget.property(_STYLE_PROPERTY)
        if template:
            widget.setStyleSheet(_filled(template, app.palette()))
    return dark


def _filled(template: str, shown: QPalette) -> str:
    names = {name.lower(): get(value, shown).name() for name, value in globals().items()
             if isinstance(value, Pair)}
    return Template(template).substitute(names)


def styled(widget: QWidget, template: str) -> QWidget:
    """Give `widget` the style sheet `template`, whose $error, $banner, $holiday… are
    this module's colours in the scheme shown; made again when the scheme changes."""
    widget.setProperty(_STYLE_PROPERTY, template)
    widget.setStyleSheet(_filled(template, QGuiApplication.palette()))
    return widget
