"""Six weeks around a month (or one week), each day with its follow-ups, holiday and R7
shading.

Only the 42 visible days are read from the services (one query by date range), so the
grid stays quick with years of follow-ups. Drops land here as `moveRequested`: the model
never writes; the view decides (rules check, undo) through the operation path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel.dates import get_day_names
from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from jobfollowup.i18n import _, clause_separator, current_language, ngettext
from jobfollowup.i18n.formatting import babel_locale, format_day
from jobfollowup.rules.kinds import State
from jobfollowup.services.planning.calendar_days import DayNote, day_notes, prepare_year
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.follow_ups import list_follow_ups, years_spanned
from jobfollowup.ui.widgets.follow_up_text import accessible_name

MIME_TYPE = "application/x-jobfollowup-follow-up"
MONTH_WEEKS, DAYS = 6, 7
ONE_DAY = dt.timedelta(days=1)
SHOWN_STATES = (State.PLANNED, State.DONE)
PERIODS_KEPT = 8  # periods whose follow-ups stay read (a busy month: ~900 rows, ~200 kB)

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4
TODAY_ROLE = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def mime_for(follow_up_id: int) -> QMimeData:
    """What a dragged chip carries: the follow-up's id under our own MIME type."""
    data = QMimeData()
    data.setData(MIME_TYPE, str(follow_up_id).encode("ascii"))
    return data


def follow_up_in(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        return int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
    except ValueError:
        return None


def reason_lines(note: DayNote | None) -> list[str]:
    """What a day's shading means, in words: its holiday and why check-ins avoid it."""
    if note is None:
        return []
    lines = [note.holiday] if note.holiday else []
    if note.avoided:
        lines.append(_("Check-ins avoid this day:"))
        lines += ["• " + reason.text() for reason in note.avoided]
    return lines


def _kept(store: dict, key, make: Callable[[], dict]) -> dict:
    """`store[key]`, made by `make` unless kept from before, and kept as the most recent of
    the last PERIODS_KEPT (the oldest is forgotten)."""
    value = store.pop(key, None)
    if value is None:
        value = make()
    store[key] = value
    while len(store) > PERIODS_KEPT:
        del store[next(iter(store))]
    return value


# Every day's flags, combined once: Qt asks for them some 150 times a month shown.
_DAY_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)


class MonthModel(QAbstractTableModel):
    moveRequested = Signal(int, object)  # follow-up id, the day it was dropped on

    def __init__(self, today: Callable[[], dt.date], first_weekday: int = 0,
                 parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self.first_weekday = first_weekday  # 0 is Monday, as in `datetime`
        self.weeks = MONTH_WEEKS  # 1 shows a single week
        start = today()
        self.year, self.month = start.year, start.month
        self.first_day = self._week_start(dt.date(self.year, self.month, 1))
        self._chips: dict[dt.date, list[FollowUpRow]] = {}
        self._periods: dict[tuple[dt.date, dt.date], dict[dt.date, list[FollowUpRow]]] = {}
        self._notes: dict[dt.date, DayNote] = {}
        self._notes_kept: dict[tuple, dict[dt.date, DayNote]] = {}  # by period and language
        self._years_ahead: list[int] | None = None  # years whose holidays are to be built
        self._header_for: tuple | None = None
        self.last_step = 1  # the way the user went last: that neighbour is read ahead first

    # The period shown ---------------------------------------------------------------
    def _week_start(self, day: dt.date) -> dt.date:
        return day - dt.timedelta(days=(day.weekday() - self.first_weekday) % DAYS)

    @property
    def week_mode(self) -> bool:
        return self.weeks == 1

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=self.weeks * DAYS - 1)

    def shows(self, day: dt.date) -> bool:
        """Whether `day` is in the period shown (its month, or its week)."""
        if self.week_mode:
            return self.first_day <= day <= self.last_day
        return (day.year, day.month) == (self.year, self.month)

    def _period_of(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """The first and last day shown for the month (or the week) of `day`."""
        first = self._week_start(day if self.week_mode else dt.date(day.year, day.month, 1))
        return first, first + dt.timedelta(days=self.weeks * DAYS - 1)

    def show(self, day: dt.date) -> None:
        """Show the month (or the week) of `day`."""
        before = self.first_day
        self.year, self.month = day.year, day.month
        self.first_day = self._period_of(day)[0]
        if self.first_day != before:
            self.last_step = 1 if self.first_day > before else -1
        self._read()

    def set_week_mode(self, week: bool, around: dt.date) -> None:
        """Switch between the month and the week of `around`."""
        self.beginResetModel()
        self.weeks = 1 if week else MONTH_WEEKS
        self.show(around)
        self.endResetModel()

    def in_period(self, day: dt.date) -> bool:
        """Whether `day` belongs to what the agenda lists: the month, or the whole week."""
        return self.week_mode or day.month == self.month

    def reload(self) -> None:
        """Read the visible days again after a change (forgetting the periods read before,
        and their holidays: the user's country may have changed)."""
        self._periods.clear()
        self._notes_kept.clear()
        self._years_ahead = None
        self._read()

    def _read(self) -> None:
        """Show the days of the period, read from the services unless one of the last
        periods shown or read ahead: going back to the month before reads nothing again."""
        first, last = self.first_day, self.last_day
        self._chips = self._period_chips(first, last)
        self._notes = self._period_notes(first, last)
        self.dataChanged.emit(self.index(0, 0), self.index(self.weeks - 1, DAYS - 1))
        header_for = (self.first_weekday, current_language())
        if header_for != self._header_for:  # the weekdays' names: repainted only if new
            self._header_for = header_for
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)

    def _period_chips(self, first: dt.date, last: dt.date
                      ) -> dict[dt.date, list[FollowUpRow]]:
        """The follow-ups of the days from `first` to `last`, by day: kept from before, or
        read now (and kept among the most recent)."""
        def read() -> dict[dt.date, list[FollowUpRow]]:
            chips: dict[dt.date, list[FollowUpRow]] = {}
            for row in list_follow_ups(first, last, states=SHOWN_STATES, reasons=False):
                chips.setdefault(row.date, []).append(row)
            return chips
        return _kept(self._periods, (first, last), read)

    def _period_notes(self, first: dt.date, last: dt.date) -> dict[dt.date, DayNote]:
        """The holidays and R7 shading of the days from `first` to `last`, kept like their
        follow-ups (they change with the period and the language only)."""
        return _kept(self._notes_kept, (first, last, current_language()),
                     lambda: day_notes(first, last))

    def neighbours(self) -> list[tuple[dt.date, dt.date]]:
        """The periods one step away, the way the user went last first."""
        if self.week_mode:
            days = [self.first_day + dt.timedelta(weeks=step)
                    for step in (self.last_step, -self.last_step)]
        else:
            after = dt.date(self.year, self.month, 28) + dt.timedelta(days=7)
            before = dt.date(self.year, self.month, 1) - ONE_DAY
            days = [after, before] if self.last_step > 0 else [before, after]
        return [self._period_of(day) for day in days]

    def has_read(self, day: dt.date) -> bool:
        """Whether the period of `day` is read (shown, kept or read ahead)."""
        return self._period_of(day) in self._periods

    def unread_neighbour(self) -> bool:
        """Whether a period one step away is still to be read ahead."""
        return any(period not in self._periods for period in self.neighbours())

    def read_ahead(self, wanted: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
        """Read the period of `wanted` (a month the user is about to pick) or else one
        neighbouring period, if not read yet, so that going there reads nothing then;
        returns it, or None when there is nothing left to read. The period shown stays the
        most recent one kept."""
        periods = [self._period_of(wanted)] if wanted is not None else self.neighbours()
        for period in periods:
            if period not in self._periods:
                self._period_chips(*period)
                self._period_notes(*period)
                self._period_chips(self.first_day, self.last_day)  # the most recent again
                self._period_notes(self.first_day, self.last_day)
                return period
        return None

    def years_to_prepare(self) -> bool:
        """Whether holidays of some years are still to be built ahead."""
        return self._years_ahead is None or bool(self._years_ahead)

    def prepare_year(self) -> bool:
        """Build the holidays of one more year the follow-ups span (the last first), so that
        jumping there does not; False once they are all built."""
        if self._years_ahead is None:
            self._years_ahead = list(years_spanned(SHOWN_STATES))
        if not self._years_ahead:
            return False
        prepare_year(self._years_ahead.pop())
        return True

    def cells_of(self, first: dt.date, last: dt.date) -> list[tuple]:
        """Each day of a period read ahead, as `cell` gives the days shown."""
        chips = self._periods.get((first, last), {})
        notes = self._notes_kept.get((first, last, current_language()), {})
        month = (first + dt.timedelta(days=DAYS - 1)).month  # its 1st is in the first week
        today = self._today()
        days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
        return [(day, self.week_mode or day.month == month, notes.get(day),
                 chips.get(day, []), day == today) for day in days]

    def reload_days(self, days) -> None:
        """Read again only `days` (the two ends of a move), in the period shown and in those
        kept (they overlap: the 5th of January is in December's six weeks too)."""
        for day in days:
            kept = [(first, last) for first, last in self._periods if first <= day <= last]
            if not kept:
                continue
            rows = list_follow_ups(day, day, states=SHOWN_STATES, reasons=False)
            for period in kept:
                if rows:
                    self._periods[period][day] = rows
                else:
                    self._periods[period].pop(day, None)
            index = self.index_of(day)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def date_at(self, index: Index) -> dt.date:
        return self.first_day + dt.timedelta(days=index.row() * DAYS + index.column())

    def index_of(self, day: dt.date) -> QModelIndex:
        offset = (day - self.first_day).days
        if not 0 <= offset < self.weeks * DAYS:
            return QModelIndex()
        return self.index(offset // DAYS, offset % DAYS)

    def cell(self, index: Index) -> tuple[dt.date, bool, DayNote | None, list[FollowUpRow],
                                          bool]:
        """What a day's painting needs, in one call rather than five `data` roles through
        Qt: the day, whether it is in the period, its note, its chips, whether it is today."""
        day = self.date_at(index)
        return (day, self.in_period(day), self._notes.get(day), self.chips_on(day),
                day == self._today())

    def chips_on(self, day: dt.date) -> list[FollowUpRow]:
        return self._chips.get(day, [])

    def find(self, follow_up_id: int) -> FollowUpRow | None:
        for rows in self._chips.values():
            for row in rows:
                if row.id == follow_up_id:
                    return row
        return None

    def period_rows(self) -> list[FollowUpRow]:
        """The follow-ups the agenda lists (the month's, or the whole week's), by day."""
        chips = self._chips
        return [row for day in sorted(chips) if self.in_period(day) for row in chips[day]]

    # Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else DAYS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.date_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == CHIPS_ROLE:
            return self.chips_on(day)
        if role == NOTE_ROLE:
            return self._notes.get(day)
        if role == IN_MONTH_ROLE:
            return self.in_period(day)
        if role == TODAY_ROLE:
            return day == self._today()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(day)
        return None

    def _tooltip(self, day: dt.date) -> str:
        lines = [format_day(day, current_language(), with_year=True)]
        lines += reason_lines(self._notes.get(day))
        return "\n".join(lines)

    def _spoken(self, day: dt.date) -> str:
        rows = self.chips_on(day)
        parts = [format_day(day, current_language(), with_year=True)]
        note = self._notes.get(day)
        if note and note.holiday:
            parts.append(note.holiday)
        if note and note.avoided:  # the shading, in words: why check-ins avoid the day
            parts.append(_("Check-ins avoid this day:") + " "
                         + ", ".join(reason.text() for reason in note.avoided))
        parts.append(ngettext("{n} follow-up", "{n} follow-ups", len(rows)).format(n=len(rows)))
        parts += [accessible_name(row) for row in rows]
        return clause_separator().join(parts)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < DAYS:
            return None
        weekday = (self.first_weekday + section) % DAYS
        locale = babel_locale(current_language())
        if role == Qt.ItemDataRole.DisplayRole:
            return get_day_names("abbreviated", locale=locale)[weekday]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return get_day_names("wide", locale=locale)[weekday]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _DAY_FLAGS

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # the grid never writes: a drag's clean-up must not touch stored data

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = [row for index in indexes for row in self.chips_on(self.date_at(index))]
        return mime_for(rows[0].id) if rows else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        return parent.isValid() and follow_up_in(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        follow_up_id = follow_up_in(data)
        if not parent.isValid() or follow_up_id is None:
            return False
        self.moveRequested.emit(follow_up_id, self.date_at(parent))
        return True
