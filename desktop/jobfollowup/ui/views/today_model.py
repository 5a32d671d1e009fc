"""Today's follow-ups as a Qt model: a heading for each group (overdue, due today, this
week) followed by its follow-ups, read from the services' agenda, and the delegate that
paints them.

One flat list whose rows and columns Qt counts in C++ (a standard item model without
items): a tree model answered in Python was asked for each row's index, parent and
children, hundreds of calls before the first row was painted. Every row has one height,
so the view lays out a busy week without asking the rows either; the delegate paints a
cell from the follow-up in one call instead of Qt asking a dozen roles."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QStandardItemModel
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jobfollowup.i18n import _, current_language, current_region, ngettext
from jobfollowup.i18n.formatting import SHORT, format_date
from jobfollowup.services.planning.day import Agenda, FollowUpRow
from jobfollowup.ui.widgets.follow_up_text import accessible_name, details, summary, tooltip
from jobfollowup.ui.widgets.item_paint import paint_item, text_margin
from jobfollowup.ui.widgets.kind_style import kind_icon

ID_ROLE = Qt.ItemDataRole.UserRole
Role = Qt.ItemDataRole
DISPLAY = Role.DisplayRole
TOOLTIP, ACCESSIBLE = Role.ToolTipRole, Role.AccessibleTextRole
COLUMNS = 3  # when, what, how
HEADING_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=512)
def _date_text(day, language: str, region: str) -> str:
    """Qt asks for each row's text many times (sizes, paint): format each day once (per
    language and region: saying where one lives rewords the dates)."""
    return format_date(day, language, SHORT, region)


def cell_text(row: FollowUpRow, column: int) -> str:
    if column == 0:
        return _date_text(row.date, current_language(), current_region())
    return summary(row) if column == 1 else details(row)


class TodayModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[FollowUpRow]]] = []
        self.entries: list[str | FollowUpRow] = []  # a group's heading, or a follow-up

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
        self.entries = [entry for title, rows in self.groups for entry in (title, *rows)]
        self.blockSignals(True)  # the reset tells the views; no row-by-row signals
        self.setColumnCount(COLUMNS)
        self.setRowCount(len(self.entries))
        self.blockSignals(False)
        self.endResetModel()

    def is_heading(self, row: int) -> bool:
        return isinstance(self.entries[row], str)

    def row_at(self, index: Index) -> FollowUpRow | None:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        return None if isinstance(entry, str) else entry

    def index_of(self, follow_up_id: int) -> QModelIndex:
        for number, entry in enumerate(self.entries):
            if not isinstance(entry, str) and entry.id == follow_up_id:
                return self.index(number, 0)
        return QModelIndex()

    def heading_rows(self) -> list[int]:
        return [number for number, entry in enumerate(self.entries) if isinstance(entry, str)]

    def column_texts(self, column: int) -> list[str]:
        """What the follow-ups show in `column`, to size the column without Qt asking
        every row for every role."""
        return [cell_text(entry, column) for entry in self.entries
                if not isinstance(entry, str)]

    def follow_up_indexes(self) -> list[QModelIndex]:
        return [self.index(number, 0) for number, entry in enumerate(self.entries)
                if not isinstance(entry, str)]

    # Qt's model interface (the rows and columns are counted by the base class) ---------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMNS:
            return (_("When"), _("Follow-up"), _("How"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """The texts for the screen reader, tooltips and tests; the delegate paints."""
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if isinstance(entry, str):  # a heading: each of its cells says it to a screen reader
            if role == ACCESSIBLE or role == DISPLAY and column == 0:
                return entry
            return None
        if role == DISPLAY:
            return cell_text(entry, column)
        if role == TOOLTIP:
            return tooltip(entry)
        if role == ACCESSIBLE:
            return accessible_name(entry)
        if role == ID_ROLE:
            return entry.id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # the list only shows: changes go through the actions

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self.entries):
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.entries[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return SELECTABLE


class TodayDelegate(QStyledItemDelegate):
    """Paints a cell straight from its follow-up, and gives every row one height: a line
    of text with the kind's badge, and a little air above each group's heading."""

    def __init__(self, model: TodayModel, view: QWidget) -> None:
        super().__init__(view)
        self._model = model
        self._heights: dict[str, int] = {}

    def row_height(self, font: QFont) -> int:
        key = font.key()
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = max(QFontMetrics(font).height() + 14, 28)
        return height

    @staticmethod
    def padding(column: int, widget: QWidget | None) -> int:
        """What a follow-up's cell in `widget` adds to its text's width: the style's
        margins on each side of it, and the kind's badge in the second column."""
        margin = text_margin(widget)
        badge = 16 + margin if column == 1 else 0
        return 2 * margin + badge + 8

    @classmethod
    def text_width(cls, metrics: QFontMetrics, text: str, column: int,
                   widget: QWidget | None) -> int:
        """How wide a follow-up's cell in `widget` is for `text`."""
        return metrics.horizontalAdvance(text) + cls.padding(column, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        entry = self._model.entries[index.row()]
        width = 0  # a heading spans the row: it does not widen the first column
        if not isinstance(entry, str):
            width = self.text_width(option.fontMetrics, cell_text(entry, index.column()),
                                    index.column(), option.widget)
        return QSize(width, self.row_height(option.font))

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = self._model.entries[index.row()]
        if isinstance(entry, str):
            paint_item(painter, option, entry, bold=True, alignment=HEADING_ALIGNMENT)
            return
        column = index.column()
        paint_item(painter, option, cell_text(entry, column), alignment=TEXT_ALIGNMENT,
                   icon=kind_icon(entry.kind) if column == 1 else None)
