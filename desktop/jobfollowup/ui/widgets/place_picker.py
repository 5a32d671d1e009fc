"""Pickers of a country and of one of its regions, as every form enters a place.

A person types a country's name in the interface language ("Norvège"), part of it
("Norv"), or its code ("fr", "FRA"); the list under the field narrows as they type, best
match first; Enter (or leaving the field) picks the first match, or the one chosen with
the arrow keys. What is kept is always the ISO code of a country the holiday data knows.
Nothing is shortened behind the user's back: text that names no country stays as typed
and is shown as a problem, and so is a stored code the holiday data does not know.

    country = CountryPicker()           # or PlaceField(), below: both, and the message
    region = RegionPicker(country)      # follows the country: its list, cleared
    country.set_code("NO"); region.set_code("03")
    country.code(), region.code()       # "NO", "03"; "" when left empty
    country.changed.connect(...)        # the code, whenever it changes
    country.problem()                   # "" or what is wrong, also `problem_changed`
"""

from __future__ import annotations

import re
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language
from jobfollowup.services.places_known import (
    KnownPlace,
    countries,
    country_of_code,
    search_key,
    subdivision_of_code,
    subdivisions,
)
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.spoken import name_field

PROBLEM_STYLE = "color: $error; font-size: small;"  # for colours.styled
_WORDS = re.compile(r"[\s\-'’(),.]+")


def _rank(place: KnownPlace, query: str) -> int | None:
    """How well `place` answers `query` (a search_key): 0 its code, 1 its name, 2 its
    name's start, 3 a word's start, 4 within its name; None when it does not."""
    codes = [search_key(place.code)] + [search_key(word) for word in place.also
                                        if word.isupper()]
    if query in codes:
        return 0
    names = [search_key(place.name)] + [search_key(word) for word in place.also
                                        if not word.isupper()]
    if query in names:
        return 1
    if any(name.startswith(query) for name in names):
        return 2
    if any(word.startswith(query) for name in names for word in _WORDS.split(name)):
        return 3
    if any(query in name for name in names):
        return 4
    return None


class _Matches(QSortFilterProxyModel):
    """The picker's places that answer the text typed, best first, then in list order."""

    def __init__(self, picker: PlacePicker) -> None:
        super().__init__(picker)
        self.picker = picker
        self.ranks: dict[int, int] = {}

    def search(self, text: str) -> None:
        query = search_key(text)
        self.ranks = {row: rank for row, place in enumerate(self.picker.places)
                      if query and (rank := _rank(place, query)) is not None}
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 (Qt's)
        return source_row in self.ranks

    def lessThan(self, left, right) -> bool:  # noqa: N802 (Qt's name)
        return ((self.ranks.get(left.row(), 9), left.row())
                < (self.ranks.get(right.row(), 9), right.row()))


class _TypedLine(QLineEdit):
    """The picker's text: Enter picks what was typed (and goes no further, so a dialog is
    not saved by the same key); once picked, Enter does what it does in any field."""

    def __init__(self, picker: PlacePicker) -> None:
        super().__init__()
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picker.pick_typed():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.picker.popup_shown():
            self.picker.hide_matches()
            event.accept()
            return
        super().keyPressEvent(event)


class PlacePicker(QComboBox):
    """An editable list of places (see the module's docstring); the base of the country
    and region pickers."""

    changed = Signal(str)
    problem_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places: list[KnownPlace] = []
        self._code = ""
        self._problem = ""
        self._quiet = False
        self.setEditable(True)
        self.setLineEdit(_TypedLine(self))
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # the matches are shown by the picker's own list, below
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.matches = _Matches(self)
        self.matches.setSourceModel(self.items)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self.lineEdit())
        self.completer_.activated[QModelIndex].connect(self._match_chosen)
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._left)
        self.currentIndexChanged.connect(self._index_changed)

    # what the forms use ----------------------------------------------------------------

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        """The line typed into is named as the picker: it is what has the keyboard."""
        super().setAccessibleName(name)
        self.lineEdit().setAccessibleName(name)
    def code(self) -> str:
        """The code chosen; "" for none. Text typed but not picked yet is picked first;
        text that names no place is returned as typed (a form's check then refuses it)."""
        self.pick_typed()
        return self._code

    def set_code(self, code: str | None) -> None:
        """Show the place stored as `code` ("" or None: none); a code not in the list is
        kept and shown as it is, as a problem to fix."""
        code = (code or "").strip()
        row = self._row_of(code)
        self._set(row, code if row is None else self.places[row].code,
                  self._stored_problem(code, row))

    def problem(self) -> str:
        """What is wrong with the place shown ("" when nothing is)."""
        return self._problem

    def name_of(self, code: str) -> str:
        row = self._row_of(code)
        return self.places[row].name if row is not None else code

    # the list --------------------------------------------------------------------------
    def set_places(self, places: list[KnownPlace]) -> None:
        """List `places`, sorted by name as the interface language sorts."""
        order = QCollator(QLocale(current_language()).collation())
        order.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.places = sorted(places, key=cmp_to_key(
            lambda a, b: order.compare(a.name, b.name)))
        self._quiet = True
        self.items.clear()
        for place in self.places:
            item = QStandardItem(self.label_of(place))
            item.setData(place.code, Qt.ItemDataRole.UserRole)
            self.items.appendRow(item)
        self.setCurrentIndex(-1)
        self._quiet = False
        width = self.view().sizeHintForColumn(0) + 32
        self.view().setMinimumWidth(width)
        self.completer_.popup().setMinimumWidth(width)
        kept = self._code
        self._code = ""
        self.set_code(kept) if kept else self._set(None, "", "")

    def label_of(self, place: KnownPlace) -> str:
        return f"{place.name} ({place.code})"

    # picking ---------------------------------------------------------------------------
    def popup_shown(self) -> bool:
        return self.completer_.popup().isVisible()

    def hide_matches(self) -> None:
        self.completer_.popup().hide()

    def pick_typed(self) -> bool:
        """Pick what the text names, if it was typed since the last pick: the match chosen
        in the list under it, else the best match. True when something was typed."""
        popup = self.completer_.popup()
        chosen = popup.currentIndex() if popup.isVisible() else None
        self.hide_matches()
        text = self.lineEdit().text().strip()
        if text == self._shown_text():
            return False
        if chosen is not None and chosen.isValid():
            self._match_chosen(chosen)
            return True
        if not text:
            self._set(None, "", "")
            return True
        self.matches.search(text)
        if self.matches.rowCount():
            self._set(self.matches.mapToSource(self.matches.index(0, 0)).row(), None, "")
        else:
            self._set(None, text, self.no_match(text))
        return True

    def _typed(self, text: str) -> None:
        self.matches.search(text)
        if not text.strip() or not self.matches.rowCount():
            self.hide_matches()
            return
        self.completer_.setCompletionPrefix("")
        self.completer_.complete()
        self.completer_.popup().setCurrentIndex(self.matches.index(-1, -1))

    def _left(self) -> None:
        if not self.lineEdit().hasFocus():  # Tab, or a click elsewhere: not Enter
            self.pick_typed()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        if not self.popup_shown() or event.reason() != Qt.FocusReason.PopupFocusReason:
            self.pick_typed()

    def _match_chosen(self, index) -> None:
        model = index.model()
        while isinstance(model, QSortFilterProxyModel) or hasattr(model, "mapToSource"):
            if model is self.items:
                break
            index = model.mapToSource(index)
            model = index.model()
        self.hide_matches()
        self._set(index.row(), None, "")

    def _index_changed(self, row: int) -> None:
        if not self._quiet and row >= 0:  # a choice in the drop-down list, or ↑ ↓
            self._set(row, None, "")

    def _set(self, row: int | None, code: str | None, problem: str) -> None:
        """Show place `row` (or, for None, `code` as text), keep its code, say `problem`."""
        self._quiet = True
        if row is not None:
            self.setCurrentIndex(row)
            self.lineEdit().setText(self.label_of(self.places[row]))
            code = self.places[row].code
        else:
            self.setCurrentIndex(-1)
            self.lineEdit().setText(code or "")
        self._quiet = False
        self.lineEdit().setCursorPosition(0)
        if problem != self._problem:
            self._problem = problem
            self.problem_changed.emit(problem)
        if code != self._code:
            self._code = code or ""
            self.changed.emit(self._code)

    def _shown_text(self) -> str:
        row = self._row_of(self._code)
        return self.label_of(self.places[row]) if row is not None else self._code

    def _row_of(self, code: str) -> int | None:
        for row, place in enumerate(self.places):
            if place.code == code:
                return row
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():  # a form scrolled past it does not change the place
            super().wheelEvent(event)
        else:
            event.ignore()

    # said by each kind of picker ---------------------------------------------------------
    def no_match(self, text: str) -> str:
        raise NotImplementedError

    def _stored_problem(self, code: str, row: int | None) -> str:
        raise NotImplementedError


class CountryPicker(PlacePicker):
    """Every country the holiday data knows, named in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Country"))
        self.lineEdit().setPlaceholderText(_("Name or code"))
        self.setToolTip(_("Type its name or its code (FR, NO…) and press Enter, or choose "
                          "it from the list: its public holidays shape the plan."))
        self.set_places(countries(current_language()))

    def set_code(self, code: str | None) -> None:
        code = (code or "").strip()
        known = country_of_code(code) if code else None
        row = self._row_of(known) if known else None
        if row is None or known == code:
            super().set_code(code)
            return
        self._set(row, None, _("Stored as “{stored}”: saving keeps {code}, the code of "
                               "{country}.").format(stored=code, code=known,
                                                     country=self.places[row].name))

    def no_match(self, text: str) -> str:
        return _("No country matches “{text}”: type its name or its code, or choose it "
                 "from the list.").format(text=text)

    def _stored_problem(self, code: str, row: int | None) -> str:
        if not code or row is not None:
            return ""
        return _("“{code}” is not a country the holiday data knows: choose the country "
                 "from the list.").format(code=code)


class RegionPicker(PlacePicker):
    """The regions of the country chosen in `country` (states, counties, cantons) that
    have holidays of their own; empty means the whole country. It follows the country:
    when that changes, the list does, and a region of the former country is cleared."""

    def __init__(self, country: CountryPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = country
        self.setAccessibleName(_("Region"))
        self.setToolTip(_("The region's own holidays count too, where it has some (a "
                          "state, a canton, a county). Leave it empty for the whole "
                          "country."))
        country.changed.connect(self.set_country)
        self.set_country(country.code())

    def set_country(self, code: str) -> None:
        known = country_of_code(code) if code else None
        places = list(subdivisions(known)) if known else []
        kept = self._code if any(place.code == self._code for place in places) else ""
        self._code = ""
        self.set_places(places)
        self.setEnabled(bool(places) or bool(kept))
        self.lineEdit().setPlaceholderText(
            _("whole country") if places else _("none in the holiday data") if known
            else _("choose a country first"))
        if kept:
            self.set_code(kept)

    def set_code(self, code: str | None) -> None:
        code = (code or "").strip()
        known = subdivision_of_code(self.country.code(), code) if code else None
        super().set_code(known or code)
        if code and not known:
            self.setEnabled(True)  # so that it can be cleared

    def no_match(self, text: str) -> str:
        return _("No region of {country} matches “{text}”: choose one from the list, or "
                 "leave it empty.").format(text=text, country=self._country_name())

    def _stored_problem(self, code: str, row: int | None) -> str:
        if not code or row is not None:
            return ""
        return _("“{code}” is not a region of {country} the holiday data knows: choose one "
                 "from the list, or leave it empty.").format(
                     code=code, country=self._country_name())

    def _country_name(self) -> str:
        return self.country.name_of(self.country.code()) or _("this country")


class PlaceField(QWidget):
    """A country, its region beside it, and under them what is wrong with either: the
    place as forms (and Preferences) enter it. `country` and `region` are the pickers;
    the focus goes to the country. With `region_beside` False, the region is left for the
    form to place on a row of its own (narrow forms); its problems still show here."""

    changed = Signal()

    def __init__(self, with_region: bool = True, region_beside: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = CountryPicker()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.country, 3)
        self.region: RegionPicker | None = None
        pickers: list[PlacePicker] = [self.country]
        if with_region:
            self.region = RegionPicker(self.country)
            if region_beside:  # else the form gives it a row (and a label) of its own
                self.region_label = QLabel(_("Re&gion:"))
                self.region_label.setBuddy(self.region)
                row.addWidget(self.region_label)
                row.addWidget(self.region, 2)
            pickers.append(self.region)
        column.addLayout(row)
        name_field(self.country, _("Country"))
        self.message = QLabel()
        self.message.setObjectName("place-problem")
        self.message.setWordWrap(True)
        colours.styled(self.message, PROBLEM_STYLE)
        self.message.hide()
        column.addWidget(self.message)
        self.setFocusProxy(self.country)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its label's Alt+letter reaches it
        for picker in pickers:
            picker.problem_changed.connect(self._show_problems)
            picker.changed.connect(lambda _code: self.changed.emit())
        self._pickers = pickers

    def set_place(self, country: str | None, region: str | None = None) -> None:
        self.country.set_code(country)
        if self.region is not None:
            self.region.set_code(region)

    def problem(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _show_problems(self, _text: str = "") -> None:
        text = "\n".join(picker.problem() for picker in self._pickers if picker.problem())
        self.message.setText(text)
        self.message.setVisible(bool(text))
