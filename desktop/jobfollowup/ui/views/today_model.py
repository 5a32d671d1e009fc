"""Today's follow-ups as a Qt tree model: the groups (overdue, due today, this week) and
the follow-ups under them, read from the services' agenda."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import format_date
from jobfollowup.services.follow_ups import Agenda, FollowUpRow
from jobfollowup.ui.calendar.period_model import kind_icon
from jobfollowup.ui.views.follow_up_text import accessible_name, details, summary, why

ID_ROLE = Qt.ItemDataRole.UserRole
Role = Qt.ItemDataRole
DISPLAY, FONT, SIZE, DECORATION = (Role.DisplayRole, Role.FontRole, Role.SizeHintRole,
                                   Role.DecorationRole)
TOOLTIP, ACCESSIBLE = Role.ToolTipRole, Role.AccessibleTextRole
_SERVED = frozenset({DISPLAY, FONT, SIZE, DECORATION, TOOLTIP, ACCESSIBLE, ID_ROLE})
GROUP = 0  # internal id of a group row; a follow-up row carries its group's number + 1
NO_PARENT = QModelIndex()

Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=512)
def _date_text(day, language: str) -> str:
    """Qt asks for each row's text many times (sizes, paint): format each day once."""
    return format_date(day, language, "medium")


class TodayModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[FollowUpRow]]] = []
        self._sizes: dict[tuple[int, int, int], QSize] = {}  # (group + 1, row, column)

    def set_agenda(self, plan: Agenda) -> None:
        groups = (
            (ngettext("Overdue: {n} follow-up", "Overdue: {n} follow-ups", len(plan.overdue)),
             plan.overdue),
            (ngettext("Due today: {n} follow-up", "Due today: {n} follow-ups", len(plan.today)),
             plan.today),
            (ngettext("This week: {n} follow-up", "This week: {n} follow-ups",
                      len(plan.this_week)), plan.this_week),
        )
        self.beginResetModel()
        self.groups = [(title.format(n=len(rows)), rows) for title, rows in groups if rows]
        self._sizes = {}
        self.endResetModel()

    def set_cell_sizes(self, widths: list[list[int]], height: int) -> None:
        """Each follow-up cell's size, measured by the view from the texts: Qt otherwise
        asks every row of a busy week for a dozen roles to learn its height. `widths`
        holds one list per column, in the order of `column_texts`."""
        places = [(number + 1, position) for number, (_title, rows) in enumerate(self.groups)
                  for position in range(len(rows))]
        self._sizes = {(group, position, column): QSize(width, height)
                       for column, column_widths in enumerate(widths)
                       for (group, position), width in zip(places, column_widths, strict=True)}

    def row_at(self, index: Index) -> FollowUpRow | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def index_of(self, follow_up_id: int) -> QModelIndex:
        for number, (_title, rows) in enumerate(self.groups):
            for position, row in enumerate(rows):
                if row.id == follow_up_id:
                    return self.createIndex(position, 0, number + 1)
        return QModelIndex()

    def column_texts(self, column: int) -> list[str]:
        """What each follow-up shows in `column`, to size the column without Qt asking
        every row for every role."""
        language = current_language()
        text = ((lambda row: _date_text(row.date, language)), summary, details)[column]
        return [text(row) for _title, rows in self.groups for row in rows]

    def follow_up_indexes(self) -> list[QModelIndex]:
        return [self.createIndex(position, 0, number + 1)
                for number, (_title, rows) in enumerate(self.groups)
                for position in range(len(rows))]

    # Qt's model interface -------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        # Bounds checked here rather than by hasIndex(): Qt calls this for every row.
        if row < 0 or not 0 <= column < 3:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP) if row < len(self.groups) \
                else QModelIndex()
        group = parent.row()
        if parent.internalId() == GROUP and parent.column() == 0 and \
                group < len(self.groups) and row < len(self.groups[group][1]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_("When"), _("Follow-up"), _("How"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _SERVED or not index.isValid():  # Qt asks a dozen roles per cell
            return None
        if index.internalId() == GROUP:
            if index.column() != 0:
                return None
            if role == DISPLAY:
                return self.groups[index.row()][0]
            if role == FONT:
                font = QFont()
                font.setBold(True)
                return font
            if role == SIZE:
                return QSize(0, 30)
            return None
        column = index.column()
        if role == SIZE:
            return self._sizes.get((index.internalId(), index.row(), column))
        row = self.row_at(index)
        if role == DISPLAY:
            if column == 0:
                return _date_text(row.date, current_language())
            return summary(row) if column == 1 else details(row)
        if role == DECORATION and column == 1:
            return kind_icon(row.kind)
        if role == TOOLTIP:
            return why(row)
        if role == ACCESSIBLE:
            return accessible_name(row)
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
