"""One date style per context in a whole session: every date the window and its dialogs
show (labels, lists, tooltips, what a screen reader is told, window titles) is one of the
three styles of i18n/formatting.py (long, short, weekday, with or without the year) or a
month's name, as the person's language writes it where they live: American English month
first, British English day first, French, Italian and Norwegian as they write. A date
field shows the short numeric form of that same place. The notes themselves are dated for
their recipient (tested with the notes) and are left out here."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest
from babel.dates import get_day_names, get_month_names
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTimeEdit,
    QWidget,
)

from jobfollowup.i18n import current_region
from jobfollowup.i18n.formatting import STYLES, babel_locale, format_date, format_month
from jobfollowup.services import settings
from jobfollowup.ui.widgets.forms import date_format
from sweep import screenshots_module

TODAY = dt.date(2026, 12, 17)
SESSIONS = {  # (language, where the person lives): the region their dates follow
    "en-US": ("en", "US", "US"), "en-GB": ("en", "GB", "GB"), "fr": ("fr", "FR", "FR"),
    "it": ("it", "IT", "IT"), "nb": ("nb", "NO", "NO"),
}
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole)
NUMERIC = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")




@cache
def date_pattern(language: str) -> re.Pattern:
    """Anything that reads as a date in `language`: a month's name (full or short) with a
    day or a year beside it, and a weekday before it."""
    locale = babel_locale(language, "")
    months = {name.rstrip(".") for width in ("wide", "abbreviated")
              for context in ("format", "stand-alone")
              for name in get_month_names(width, context, locale).values()}
    days = set(get_day_names("wide", locale=locale).values())
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{day}),?\s+)?(?:\b\d{{1,2}}(?:er|º)?\.?\s+)?"
                      rf"\b(?:{month})\b\.?(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?",
                      re.IGNORECASE)


@cache
def allowed(language: str, region: str) -> frozenset[str]:
    """Every way the session may write a day of the two years around today."""
    found = set()
    for offset in range(-400, 400):
        day = TODAY + dt.timedelta(days=offset)
        found.add(format_month(day, language, region))
        for style in STYLES:
            for with_year in (True, False):
                found.add(format_date(day, language, style, region, with_year))
    return frozenset(_plain(text) for text in found)


def _plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split()).casefold()


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text `root` shows or says, the notes' own text aside."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        found += [(f"{name} tooltip", widget.toolTip()),
                  (f"{name} accessible", widget.accessibleDescription())]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractItemView) and not isinstance(
                widget.parentWidget(), QCalendarWidget):
            found += _cells(widget)
    return [(where, text) for where, text in found if isinstance(text, str) and text]


def _cells(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None or isinstance(view, QHeaderView):
        return []
    found, parents = [], [None]
    from PySide6.QtCore import QModelIndex

    while parents:
        parent = parents.pop() or QModelIndex()
        try:
            rows, columns = model.rowCount(parent), model.columnCount(parent)
        except TypeError:  # an item widget's own model keeps them private
            rows, columns = model.rowCount(), 1
        for row in range(min(rows, 200)):
            for column in range(columns):
                index = model.index(row, column, parent)
                found += [(view.accessibleName() or type(view).__name__, index.data(role))
                          for role in ROLES]
            child = model.index(row, 0, parent)
            try:
                nested = child.isValid() and model.rowCount(child) > 0
            except TypeError:  # a list's own model: no rows within rows
                nested = False
            if nested:
                parents.append(child)
    return found


def misdated(texts: list[tuple[str, str]], language: str, region: str) -> list[str]:
    """The dates among `texts` that no style of the session writes that way."""
    known, pattern = allowed(language, region), date_pattern(language)
    wrong = []
    for where, text in texts:
        if where.startswith(("QPlainTextEdit", "QTextEdit")):
            continue
        for match in pattern.finditer(text):
            said = match.group(0).strip().rstrip(",")
            if any(c.isdigit() for c in said) and _plain(said) not in known:
                wrong.append(f"{where}: “{said}” in “{text[:80]}”")
        if NUMERIC.search(text):
            wrong.append(f"{where}: a numeric date in “{text[:80]}”")
    return wrong


def fields_misdated(root: QWidget) -> list[str]:
    """Date fields write the short numeric form of the session's locale."""
    wrong = []
    for field in root.findChildren(QAbstractSpinBox):
        if isinstance(field, QTimeEdit):  # an hour of the day (the sync's reminder): no date
            continue
        if hasattr(field, "date") and hasattr(field, "displayFormat"):
            shown = QLocale().toString(field.date(), date_format())
            if not field.text().startswith(shown) or field.displayFormat() != date_format(
                    with_time="h" in field.displayFormat().lower()):
                wrong.append(f"date field shows “{field.text()}”, not “{shown}…”")
    return wrong


@pytest.fixture
def speaking(qapp):
    from jobfollowup.ui.shell.app import apply_interface_language

    yield lambda language: apply_interface_language(qapp, language)
    apply_interface_language(qapp, "en")


@pytest.mark.parametrize("session", list(SESSIONS))
def test_every_date_of_a_session_is_in_the_one_style_of_its_context(qtbot, data_dir,
                                                                    speaking, session):
    language, home, region = SESSIONS[session]
    shots = screenshots_module()
    shots.seed_sample(TODAY, language)
    settings.save_profile("Robin Lee", home, "", language)
    speaking(language)
    assert current_region() == region
    window = shots.open_window(TODAY, 1024, 640)
    qtbot.addWidget(window)
    wrong, dates_seen = [], 0
    for name, widget in shots.sweep(window, TODAY):
        texts = texts_of(widget)
        dates_seen += sum(len(date_pattern(language).findall(t)) for _w, t in texts)
        wrong += [f"{name}: {w}" for w in misdated(texts, language, region)]
        wrong += [f"{name}: {w}" for w in fields_misdated(widget)]
    assert dates_seen > 200  # the sweep did read the session's dates
    assert wrong == [], "\n".join(wrong)


def test_the_check_tells_the_other_englishs_dates_apart():
    british = [("label", "Thursday 17 December 2026 is a calm day")]
    american = [("label", "Thursday, December 17, 2026 is a calm day"),
                ("tooltip", "at the latest Dec 18, 2026"), ("cell", "12/17/2026")]
    assert misdated(british, "en", "GB") == []
    assert len(misdated(american, "en", "GB")) == 3
    assert misdated(american[:2], "en", "US") == []
    assert misdated([("cell", "17 déc. 2026"), ("cell", "1er décembre")], "fr", "FR") == []
    assert misdated([("cell", "17 décembre, 2026")], "fr", "FR") != []


def test_saying_where_one_lives_rewords_the_dates_shown(qtbot, data_dir, speaking):
    from jobfollowup.ui.operations import settings as settings_ops

    shots = screenshots_module()
    shots.seed_sample(TODAY, "en")
    speaking("en")
    assert current_region() == "GB"
    window = shots.open_window(TODAY, 1024, 640)
    qtbot.addWidget(window)
    today = window.stack.widget(0)
    first = today.model.follow_up_indexes()[0]
    assert today.model.index(first.row(), 0).data() == "16 Dec 2026"
    assert settings_ops.save_profile(window.operations, window, None, "US", "", "en")
    shots.settle()
    assert today.model.index(first.row(), 0).data() == "Dec 16, 2026"
    assert QDate(2026, 12, 17).toString(date_format()) == "12/17/2026"
