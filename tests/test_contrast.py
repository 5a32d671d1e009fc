"""Every text at least 4.5:1 and every mark that carries meaning at least 3:1 against what
it is drawn on (WCAG 2.2 AA), in the light and the dark scheme, computed from the colours
the painters themselves ask for: the palettes, a chip's and a day's colours, the badges,
the charts, the style sheets' colours, the focus ring. Printing stays light."""

from __future__ import annotations

import math
import subprocess
from itertools import product

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from jobfollowup.rules.kinds import Kind
from jobfollowup.ui.calendar.day_painter import (
    chip_colours,
    day_colours,
    more_colour,
    selection_colour,
)
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.colours import GRAPHIC, TEXT, contrast
from jobfollowup.ui.widgets.kind_style import badge_colours, step_badge_colours

Role = QPalette.ColorRole
SCHEMES = {"light": False, "dark": True}


def desktop(accent: str, text: str) -> QPalette:
    """A desktop's palette, with its accent and the text it writes on it."""
    made = QPalette()
    for role in (Role.Accent, Role.Highlight):
        made.setColor(role, QColor(accent))
    made.setColor(Role.HighlightedText, QColor(text))
    return made


# Accents that serve, one per scheme: each is kept in its own and replaced in the other.
DESKTOPS = {"light": desktop("#8e24aa", "#ffffff"), "dark": desktop("#9ecbff", "#101010")}


@pytest.fixture(params=["light", "dark", "light, desktop's accent", "dark, desktop's accent"])
def palette(request) -> QPalette:
    scheme = request.param.split(",")[0]
    system = DESKTOPS[scheme] if "accent" in request.param else None
    return colours.palette(SCHEMES[scheme], system)


def failing(pairs, least: float) -> list[str]:
    """The (what, colour, ground) whose contrast is under `least`."""
    return [f"{what}: {colour.name()} on {ground.name()} = {contrast(colour, ground):.2f}"
            for what, colour, ground in pairs if contrast(colour, ground) < least]


def test_the_palette_reads(palette):
    c = palette.color
    texts = [("text", c(Role.Text), c(Role.Base)),
             ("text on alternate rows", c(Role.Text), c(Role.AlternateBase)),
             ("window text", c(Role.WindowText), c(Role.Window)),
             ("button text", c(Role.ButtonText), c(Role.Button)),
             ("placeholder and hints on the window", c(Role.PlaceholderText), c(Role.Window)),
             ("placeholder in a field", c(Role.PlaceholderText), c(Role.Base)),
             ("selected text", c(Role.HighlightedText), c(Role.Highlight)),
             ("link", c(Role.Link), c(Role.Base)),
             ("tooltip", c(Role.ToolTipText), c(Role.ToolTipBase))]
    assert not failing(texts, TEXT)


def test_the_focus_ring_stands_out(palette):
    ring = colours.get(colours.FOCUS, palette)
    marks = [(f"focus ring on {role.name}", ring, palette.color(role))
             for role in (Role.Window, Role.Base, Role.Button, Role.AlternateBase)]
    assert not failing(marks, GRAPHIC)


def test_chips_read_in_every_kind_and_state(palette):
    texts, marks = [], []
    for kind, sent, selected in product(Kind, (False, True), (False, True)):
        tints = chip_colours(kind, sent, selected, palette)
        what = f"{kind.value}{' sent' if sent else ''}{' selected' if selected else ''}"
        texts += [(f"{what} name", tints.name, tints.fill),
                  (f"{what} glyph", tints.glyph, tints.fill),
                  (f"{what} channel mark", tints.channel, tints.fill),
                  (f"{what} second line", tints.detail, tints.fill)]
    base = palette.color(Role.Base)
    marks.append(("selected chip's outline", selection_colour(palette, base), base))
    assert not failing(texts, TEXT)
    assert not failing(marks, GRAPHIC)


def test_days_read_in_every_month_and_shading(palette):
    texts, marks = [], []
    more = more_colour(palette)
    for in_month, holiday, avoided, today in product((True, False), repeat=4):
        tints = day_colours(palette, in_month, holiday, avoided, today)
        ground = palette.color(Role.Highlight) if today else tints.background
        what = (f"{'' if in_month else 'other month '}{'holiday ' if holiday else ''}"
                f"{'avoided ' if avoided else ''}{'today ' if today else ''}day")
        texts += [(f"{what} number", tints.number, ground),
                  (f"{what} holiday name", tints.holiday, tints.background),
                  (f"{what} +N more", more, tints.background)]
        marks.append((f"{what} selected frame",
                      selection_colour(palette, tints.background), tints.background))
    assert not failing(texts, TEXT)
    assert not failing(marks, GRAPHIC)


def test_kind_badges_and_the_legend_read(palette):
    texts = []
    for kind in Kind:
        ground, glyph = badge_colours(kind, palette)
        texts.append((f"{kind.value} badge", glyph, ground))
        window = palette.color(Role.Window)
        texts.append((f"{kind.value} in the legend",
                      colours.readable(colours.kind(kind, palette), window), window))
    for name in ("STEP_APPLIED", "STEP_STATUS", "STEP_INTERVIEW", "STEP_REPLY",
                 "STEP_PROMISED", "SENT_BY_YOU", "SENT_TO_YOU"):
        ground, glyph = step_badge_colours(getattr(colours, name), palette)
        texts.append((f"{name.lower()} badge", glyph, ground))
    assert not failing(texts, TEXT)


def test_messages_banner_and_agenda_read(palette, qapp):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from jobfollowup.ui.calendar.period_model import sent_colour

    get = colours.get
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    option = QStyleOptionViewItem()
    option.palette = palette
    quiet_row = sent_colour(option)
    option.state = QStyle.StateFlag.State_Selected
    texts = [("error under a field", get(colours.ERROR, palette), window),
             ("error in a field's box", get(colours.ERROR, palette), base),
             ("warning", get(colours.WARNING, palette), window),
             ("reminder banner", get(colours.BANNER_TEXT, palette), get(colours.BANNER, palette)),
             ("mailbox's and sync's notices", get(colours.NOTICE_TEXT, palette),
              get(colours.NOTICE, palette)),
             ("a check that went well", get(colours.GOOD, palette), window),
             ("sent row of the agenda", quiet_row, palette.color(Role.AlternateBase)),
             ("sent row of the agenda, selected", sent_colour(option),
              palette.color(Role.Highlight))]
    assert not failing(texts, TEXT)


def test_charts_read(palette, qtbot):
    from jobfollowup.ui.widgets.charts import StackedBars

    chart = StackedBars("Follow-ups", ["1 Dec"], ["On time", "Late", "Skipped"], [[1, 1, 1]],
                        "none", series_colours=(colours.ON_TIME, colours.LATE, colours.SKIPPED))
    qtbot.addWidget(chart)
    chart.setPalette(palette)
    card = chart.card_colour()
    marks = [(f"series {number}", chart.series_colour(pair), card)
             for number, pair in enumerate((*colours.SERIES, colours.ON_TIME, colours.LATE,
                                            colours.SKIPPED))]
    texts = [("chart text", chart.text_colour(), card),
             ("chart's soft text", chart.text_colour(soft=True), card)]
    assert not failing(marks, GRAPHIC)
    assert not failing(texts, TEXT)


def test_the_fixed_colours_were_too_faint_before():
    """The check can fail: the colours the issue measured fail it."""
    white = QColor("white")
    assert failing([("late", QColor("#e8a33d"), white)], GRAPHIC)
    tints = chip_colours(Kind.REFERENCE_THANKS, False, False, colours.palette(False))
    assert contrast(QColor("#c99a06").darker(115), tints.fill) < TEXT  # the old glyph


@pytest.fixture
def restored_scheme(qapp):
    before = QPalette(qapp.palette())
    yield qapp
    colours.apply_scheme(qapp, colours.LIGHT)
    qapp.setPalette(before)


def test_a_scheme_chosen_repaints_the_palette_and_the_style_sheets(restored_scheme, qtbot):
    app = restored_scheme
    label = QLabel("Refused")
    qtbot.addWidget(label)
    colours.styled(label, "color: $error;")
    from PySide6.QtWidgets import QLineEdit

    from jobfollowup.ui.widgets.control_edges import edge_window

    field = QLineEdit()  # made before: its edge follows the scheme too
    qtbot.addWidget(field)
    field.show()
    assert colours.apply_scheme(app, colours.DARK)
    assert colours.is_dark(app.palette())
    assert colours.ERROR.dark in label.styleSheet()
    qtbot.waitUntil(lambda: field.palette().color(Role.Window) == edge_window(
        colours.palette(True)))  # Qt posts the change to each widget
    assert not colours.apply_scheme(app, colours.LIGHT)
    assert not colours.is_dark(app.palette())
    assert colours.ERROR.light in label.styleSheet()
    qtbot.waitUntil(lambda: field.palette().color(Role.Window) == edge_window(
        colours.palette(False)))


def test_printing_stays_light_in_the_dark_scheme(restored_scheme, tmp_path):
    """A sheet printed while the screen is dark has dark ink on white paper."""
    from PySide6.QtGui import QPageSize, QPdfWriter

    from jobfollowup.printing.sheets import paint_one_page

    colours.apply_scheme(restored_scheme, colours.DARK)
    pdf = tmp_path / "sheet.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    paint_one_page(writer, "<h1>Week ahead</h1><p>Check-in to Kari Nordmann</p>" * 3)
    del writer
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    image = QImage(str(tmp_path / "page.png"))
    darkest = min(QColor(image.pixel(x, y)).lightness()
                  for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert darkest < 80  # the ink, not a light grey meant for a dark screen
    assert QApplication.instance() is restored_scheme


def test_preferences_choose_dark_for_the_person_and_show_it(restored_scheme, qtbot,
                                                            data_dir):
    from jobfollowup.services.data import colour_scheme
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.widgets.forms import select_code

    assert colour_scheme() == "system"
    dialog = PreferencesDialog(Operations())
    qtbot.addWidget(dialog)
    select_code(dialog.scheme, colours.DARK)
    dialog.accept()
    assert colour_scheme() == "dark"  # kept in the person's profile, for every data folder
    assert colours.is_dark(restored_scheme.palette())
    again = PreferencesDialog(Operations())
    qtbot.addWidget(again)
    assert again.scheme.currentText() == "Dark"


def test_a_colour_scheme_the_app_does_not_know_is_refused(data_dir):
    from jobfollowup.services.errors import ValidationError
    from jobfollowup.services.settings import save_colour_scheme

    with pytest.raises(ValidationError, match="“purple” is not a colour scheme"):
        save_colour_scheme("purple")


def test_the_system_turning_dark_is_followed_while_the_app_runs(restored_scheme,
                                                                monkeypatch):
    """With "as the system", the desktop's change of scheme (Qt's colorSchemeChanged)
    repaints the app; a person's own choice stays."""
    from PySide6.QtCore import Qt

    app = restored_scheme
    colours.apply_scheme(app, colours.SYSTEM)
    monkeypatch.setattr(colours, "scheme_wanted",
                        lambda choice, ask_system=True: {colours.SYSTEM: True,
                                                         colours.LIGHT: False,
                                                         colours.DARK: True}[choice])
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert colours.is_dark(app.palette())
    colours.apply_scheme(app, colours.LIGHT)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not colours.is_dark(app.palette())


def test_scheme_wanted_reads_the_choice_then_the_system(restored_scheme):
    """A choice wins; "as the system" without asking Qt goes by the desktop's palette."""
    assert colours.scheme_wanted(colours.DARK) and not colours.scheme_wanted(colours.LIGHT)
    colours.apply_scheme(restored_scheme, colours.SYSTEM)
    assert colours.scheme_wanted(colours.SYSTEM, ask_system=False) == colours.is_dark(
        colours._state["system"])


def test_the_review_saved_as_a_picture_is_light_in_the_dark_scheme(restored_scheme, qtbot,
                                                                   data_dir, tmp_path):
    import datetime as dt

    from jobfollowup.services.demo.sample import load_small_demo
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.views.review import ReviewView

    today = dt.date(2026, 12, 17)
    load_small_demo(today)
    colours.apply_scheme(restored_scheme, colours.DARK)
    view = ReviewView(Operations(), lambda: today)
    qtbot.addWidget(view)
    picture = tmp_path / "review.png"
    assert view.export_png(picture)
    image = QImage(str(picture))
    assert QColor(image.pixel(2, 2)).lightness() > 200  # the page's ground: paper
    assert QColor(image.pixel(image.width() // 2, image.height() // 2)).lightness() > 128


# The desktop's accent ----------------------------------------------------------------
def test_a_desktops_accent_that_reads_is_kept(qapp):
    for scheme, system in DESKTOPS.items():
        shown = colours.palette(SCHEMES[scheme], system)
        assert shown.color(Role.Highlight) == system.color(Role.Accent)
        assert shown.color(Role.Accent) == system.color(Role.Accent)
        assert shown.color(Role.HighlightedText) == system.color(Role.HighlightedText)
    gtk = desktop("#8e24aa", "#ffffff")  # GTK gives Highlight; Accent stays Qt's own
    gtk.setColor(Role.Accent, QColor("#308cc6"))
    assert colours.palette(False, gtk).color(Role.Highlight) == QColor("#8e24aa")
    qt_only = desktop("#3daee9", "#ffffff")  # a Highlight that does not read, an Accent
    qt_only.setColor(Role.Accent, QColor("#8e24aa"))  # that does
    assert colours.palette(False, qt_only).color(Role.Highlight) == QColor("#8e24aa")


def test_a_desktops_accent_that_does_not_read_gives_way_to_the_apps(qapp):
    """Breeze's light blue under white text (2.5:1); each scheme's accent kept above
    read in the other (a purple lost on the dark window, a pale blue on white); a dark
    text written on a dark accent."""
    for dark, system in ((False, desktop("#3daee9", "#ffffff")),
                         (True, DESKTOPS["light"]), (False, DESKTOPS["dark"]),
                         (False, desktop("#1f4f8f", "#202020"))):
        shown = colours.palette(dark, system)
        assert shown.color(Role.Highlight) == colours.palette(dark).color(Role.Highlight)
        assert (shown.color(Role.HighlightedText)
                == colours.palette(dark).color(Role.HighlightedText))


def test_the_desktops_accent_is_shown_by_the_app(restored_scheme, monkeypatch):
    """The palette the desktop gave before the app's own is where the accent comes from;
    the controls' palette follows it (a field's selection, its focus edge)."""
    from jobfollowup.ui.widgets.control_edges import control_palette

    monkeypatch.setitem(colours._state, "system", DESKTOPS["light"])
    colours.apply_scheme(restored_scheme, colours.LIGHT)
    purple = DESKTOPS["light"].color(Role.Accent)
    assert restored_scheme.palette().color(Role.Highlight) == purple
    assert QApplication.palette("QLineEdit").color(Role.Highlight) == control_palette(
        restored_scheme.palette()).color(Role.Highlight)
    colours.apply_scheme(restored_scheme, colours.DARK)
    assert restored_scheme.palette().color(Role.Highlight) != purple


# The controls' edges, as Fusion paints them (1.4.11) -------------------------------------
def _painted(app, qtbot, widget, focus: bool = False, ratio: float = 1):
    """`widget` painted in a window of its own, 12 pixels from its edges, on a screen
    scaled by `ratio`: the window, its picture, and its ground."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    if focus:
        host.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
    else:  # a window shown gives its first field the keyboard: the window keeps it
        host.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        host.setFocus()
    app.processEvents()
    assert widget.hasFocus() == focus
    return host, _picture(host, ratio), QColor(_picture(host, ratio).pixel(1, 1))


def _picture(host, ratio: float) -> QImage:
    """`host` as a screen scaled by `ratio` shows it."""
    picture = QImage(round(host.width() * ratio), round(host.height() * ratio),
                     QImage.Format.Format_RGB32)
    picture.setDevicePixelRatio(ratio)
    host.render(picture)
    return picture


def _device(rect: QRect, ratio: float) -> QRect:
    """`rect` in the pixels of a screen scaled by `ratio`: every pixel it touches."""
    left, top = math.floor(rect.x() * ratio), math.floor(rect.y() * ratio)
    right = math.ceil((rect.x() + rect.width()) * ratio) - 1
    bottom = math.ceil((rect.y() + rect.height()) * ratio) - 1
    return QRect(QPoint(left, top), QPoint(right, bottom))


def _indicator(widget) -> QRect:
    """Where a check box's box or a radio button's circle is, in its window."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    return widget.style().subElementRect(element, option, widget).translated(widget.pos())


def _edge(picture: QImage, rect: QRect, ground: QColor) -> QColor:
    """The colour of the edge painted on the outermost pixel of `rect` (the outermost
    two on a scaled screen, where a line may fall between two): the one that stands out
    most from `ground` (a rounded or round edge is smoothed at its bends)."""
    ratio = picture.devicePixelRatio()
    outer, deep = _device(rect, ratio), math.ceil(ratio)
    ring = [(x, y) for x in range(outer.left(), outer.right() + 1)
            for y in (*range(outer.top(), outer.top() + deep),
                      *range(outer.bottom() - deep + 1, outer.bottom() + 1))]
    ring += [(x, y) for y in range(outer.top(), outer.bottom() + 1)
             for x in (*range(outer.left(), outer.left() + deep),
                       *range(outer.right() - deep + 1, outer.right() + 1))]
    return max((QColor(picture.pixel(x, y)) for x, y in ring),
               key=lambda colour: contrast(colour, ground))


def _inside(picture: QImage, rect: QRect, ground: QColor, inset: int) -> QColor:
    """The colour inside `rect` (its outer `inset` pixels left out) that stands out most
    from `ground`: a check mark, a radio button's dot."""
    inner = _device(rect.adjusted(inset, inset, -inset, -inset), picture.devicePixelRatio())
    return max((QColor(picture.pixel(x, y))
                for x in range(inner.left(), inner.right() + 1)
                for y in range(inner.top(), inner.bottom() + 1)),
               key=lambda colour: contrast(colour, ground))


def _controls():
    """Each control to measure: what it is, the widget, and whether it takes the keyboard
    first (a field's edge turns blue then; a default button's is blue always)."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QRadioButton,
        QSpinBox,
    )

    from jobfollowup.ui.widgets.forms import date_edit

    def checked(widget):
        widget.setChecked(True)
        return widget

    def default(button):
        button.setDefault(True)
        return button

    combo = QComboBox()
    combo.addItems(["All statuses (15)", "Applied"])
    return [("field", QLineEdit(), False), ("field with the keyboard", QLineEdit(), True),
            ("text field of several lines", QPlainTextEdit(), False),
            ("check box", QCheckBox("Remind me"), False),
            ("check box, ticked", checked(QCheckBox("Remind me")), False),
            ("check box with the keyboard", QCheckBox("Remind me"), True),
            ("radio button", QRadioButton("Email"), False),
            ("radio button, chosen", checked(QRadioButton("Email")), False),
            ("combo box", combo, False), ("spin box", QSpinBox(), False),
            ("spin box with the keyboard", QSpinBox(), True), ("date field", date_edit(), False),
            ("button", QPushButton("Open"), False),
            ("default button", default(QPushButton("Save")), False)]


@pytest.fixture(params=["light", "dark", "dark, desktop's accent"])
def scheme_shown(request, restored_scheme, monkeypatch):
    scheme = request.param.split(",")[0]
    if "accent" in request.param:
        monkeypatch.setitem(colours._state, "system", DESKTOPS[scheme])
    colours.apply_scheme(restored_scheme, colours.DARK if SCHEMES[scheme] else colours.LIGHT)
    return restored_scheme


@pytest.mark.parametrize("ratio", [1, 1.5, 2])
def test_every_controls_edge_stands_out_as_painted(scheme_shown, qtbot, ratio):
    """Fusion's own edges were 2:1 (light) and 1.2:1 (dark); measured on the pixels, at
    100 %, 150 % and 200 %."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    base = scheme_shown.palette().color(Role.Base)
    marks = []
    for what, widget, focus in _controls():
        _host, picture, ground = _painted(scheme_shown, qtbot, widget, focus, ratio)
        boxed = isinstance(widget, QCheckBox | QRadioButton)
        rect = _indicator(widget) if boxed else widget.geometry()
        edge = _edge(picture, rect, ground)
        marks.append((f"{what}'s edge on the window", edge, ground))
        if boxed or "field" in what or "spin" in what:  # a ground of Base inside
            marks.append((f"{what}'s edge on its inside", edge, base))
        if "ticked" in what or "chosen" in what:
            marks.append((f"{what}'s mark", _inside(picture, rect, base, 2), base))
    assert len(marks) == 27
    assert not failing(marks, GRAPHIC)


@pytest.mark.parametrize("ratio", [1, 2])
def test_a_lists_frame_and_its_rows_check_boxes_stand_out(scheme_shown, qtbot, ratio):
    """The interviewers to tick (a list whose rows have check boxes): Fusion draws their
    boxes and the list's frame from the list's Window, as a check box's."""
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    listed = QListWidget()
    row = QListWidgetItem("Ingrid Bakke · Equinor")
    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    row.setCheckState(Qt.CheckState.Unchecked)
    listed.addItem(row)
    _host, picture, ground = _painted(scheme_shown, qtbot, listed, ratio=ratio)
    base = scheme_shown.palette().color(Role.Base)
    shown = listed.visualItemRect(row).translated(listed.viewport().mapTo(
        listed.window(), QPoint(0, 0)))
    box = QRect(shown.topLeft(), QSize(shown.height(), shown.height()))
    assert not failing([("list's frame", _edge(picture, listed.geometry(), ground), ground),
                        ("row's check box", _inside(picture, box, base, 0), base)], GRAPHIC)


@pytest.mark.parametrize("ratio", [1, 2])
def test_the_focus_ring_stands_out_as_painted(scheme_shown, qtbot, ratio):
    from PySide6.QtWidgets import QPushButton

    from jobfollowup.ui.widgets import focus_ring

    focus_ring.install(scheme_shown)
    button = QPushButton("Open")
    host, _shown, ground = _painted(scheme_shown, qtbot, button, focus=True)
    qtbot.waitUntil(lambda: focus_ring.ring_rect(scheme_shown) is not None)
    picture = _picture(host, ratio)
    middle = focus_ring.ring_rect(scheme_shown).center().y() * ratio
    left = button.x() * ratio  # the ring: one pixel outside the button, two inside

    def at(x: int) -> QColor:
        return QColor(picture.pixel(x, middle))

    outside, inside, face = at(left - ratio), at(left + 2 * ratio - 1), at(left + 4 * ratio)
    assert not failing([("ring on the window", outside, ground),
                        ("ring on the button", inside, face)], GRAPHIC)
    assert outside == inside == colours.get(colours.FOCUS, scheme_shown.palette())


def test_the_edges_were_too_faint_in_fusions_own_colours(restored_scheme, qtbot):
    """The measure can fail: without the controls' palette, a field's edge is Fusion's."""
    from PySide6.QtWidgets import QLineEdit

    from jobfollowup.ui.widgets.control_edges import CONTROLS

    colours.apply_scheme(restored_scheme, colours.DARK)
    for name in CONTROLS:
        restored_scheme.setPalette(colours.palette(True), name)
    field = QLineEdit()
    _host, picture, ground = _painted(restored_scheme, qtbot, field)
    assert contrast(_edge(picture, field.geometry(), ground), ground) < 1.3


def test_the_month_to_pick_a_day_from_reads(scheme_shown, qtbot):
    """Qt's month (Move to…, a date field's drop-down): its month and year on Highlight,
    its weekend's red, the days of the months around; and its arrows, named."""
    from PySide6.QtWidgets import QToolButton

    from jobfollowup.ui.widgets.forms import date_edit

    field = date_edit()
    qtbot.addWidget(field)
    calendar = field.calendarWidget()
    shown = calendar.palette()
    highlight = shown.color(Role.Highlight)
    weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    texts = [("weekend", weekend, shown.color(Role.Base)),
             ("weekend's name", weekend, shown.color(Role.Window)),
             ("other months' days", shown.color(QPalette.ColorGroup.Disabled, Role.Text),
              shown.color(Role.Base))]
    for part in ("qt_calendar_monthbutton", "qt_calendar_yearbutton", "qt_calendar_prevmonth"):
        button = calendar.findChild(QToolButton, part)
        texts.append((part, button.palette().color(Role.ButtonText), highlight))
    assert not failing(texts, TEXT)
    arrow = calendar.findChild(QToolButton, "qt_calendar_nextmonth")
    assert (arrow.text(), arrow.accessibleName(), arrow.icon().isNull()) == ("▶", "Next month",
                                                                          True)


def test_only_fusions_controls_are_given_a_palette_of_their_own(restored_scheme):
    """A native style (here Qt's plain Windows one) draws its own edges: no grey for it."""
    from PySide6.QtWidgets import QStyleFactory

    from jobfollowup.ui.widgets import control_edges

    fusion = restored_scheme.style().name()
    restored_scheme.setStyle(QStyleFactory.create("Windows"))
    try:
        restored_scheme.setPalette(colours.palette(True))  # forgets the palettes per class
        control_edges.give(restored_scheme)
        assert QApplication.palette("QLineEdit") == restored_scheme.palette()
    finally:
        restored_scheme.setStyle(QStyleFactory.create(fusion))
        colours.apply_scheme(restored_scheme, colours.LIGHT)
    assert QApplication.palette("QLineEdit") != restored_scheme.palette()


def test_the_frame_before_its_first_paint_waits_for_the_controls_palette(restored_scheme):
    """Before the first paint (no controls yet) Qt's style is not named from Python (14 ms
    the first time); the controls' palette comes with the desktop's word, after it."""
    from jobfollowup.ui.widgets.control_edges import CONTROLS

    restored_scheme.setPalette(colours.palette(True))  # forgets the palettes per class
    colours.apply_scheme(restored_scheme, colours.LIGHT, ask_system=False)
    assert QApplication.palette(CONTROLS[0]) == restored_scheme.palette()
    colours.apply_scheme(restored_scheme, colours.LIGHT)
    assert QApplication.palette(CONTROLS[0]) != restored_scheme.palette()
