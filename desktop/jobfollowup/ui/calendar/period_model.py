"""The agenda beside the month grid: the month's follow-ups, day by day, in a list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from jobfollowup.i18n import current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.services.follow_ups import FollowUpRow
from jobfollowup.ui.calendar.month_model import MIME_TYPE, mime_for
from jobfollowup.ui.kind_style import kind_icon
from jobfollowup.ui.views.follow_up_text import accessible_name, tooltip

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 10
Role = Qt.ItemDataRole
DISPLAY, FONT, DECORATION = Role.DisplayRole, Role.FontRole, Role.DecorationRole
TOOLTIP, ACCESSIBLE, ALIGNMENT, FOREGROUND = (Role.ToolTipRole, Role.AccessibleTextRole,
                                              Role.TextAlignmentRole, Role.ForegroundRole)
_SERVED = frozenset({DISPLAY, FONT, DECORATION, TOOLTIP, ACCESSIBLE, ALIGNMENT,
                     FOREGROUND, FOLLOW_UP_ROLE})
SENT_COLOUR = QColor("#8a8f96")  # sent: still listed, quieter
HEADING_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class PeriodModel(QStringListModel):
    """Rows are days (headings) and the follow-ups under them.

    A string list underneath, though its strings stay empty: Qt counts its rows in C++.
    Laying out a list asks the row count once per row (900 in a busy month), and a count
    answered in Python cost more than a millisecond of every month switch."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[dt.date | FollowUpRow] = []
        self._texts: list[str | None] = []  # each row's text, formatted when first shown

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        entries: list[dt.date | FollowUpRow] = []
        last_day = None
        for row in rows:
            if row.date != last_day:
                entries.append(row.date)
                last_day = row.date
            entries.append(row)
        self._entries = entries
        self._texts = [None] * len(entries)  # a busy month lists 900: only those in sight
        self.setStringList([""] * len(entries))  # resets the model: the views read again

    def entry(self, number: int) -> dt.date | FollowUpRow:
        """Row `number`: a day (its heading) or a follow-up."""
        return self._entries[number]

    def text(self, number: int) -> str:
        text = self._texts[number]
        if text is None:
            entry = self._entries[number]
            if isinstance(entry, dt.date):
                text = format_day(entry, current_language())
            else:
                text = f"{entry.contact_name} · {entry.kind.label}"
                text += f"\n{entry.company}" if entry.company else ""
            self._texts[number] = text
        return text

    def row_of(self, follow_up_id: int) -> QModelIndex:
        for number, entry in enumerate(self._entries):
            if isinstance(entry, FollowUpRow) and entry.id == follow_up_id:
                return self.index(number)
        return QModelIndex()

    def data(self, index: Index, role: int = DISPLAY):
        if role not in _SERVED or not index.isValid():  # Qt asks a dozen roles per row
            return None
        number = index.row()
        entry = self._entries[number]
        if isinstance(entry, dt.date):
            if role in (DISPLAY, ACCESSIBLE):
                return self.text(number)
            if role == FONT:
                font = QFont()
                font.setBold(True)
                return font
            if role == ALIGNMENT:  # at the bottom of its row: a little air above each day
                return HEADING_ALIGNMENT
            return None
        if role == DISPLAY:
            return self.text(number)
        if role == DECORATION:
            return kind_icon(entry.kind)
        if role == TOOLTIP:
            return tooltip(entry)
        if role == ACCESSIBLE:
            return accessible_name(entry)
        if role == FOREGROUND and entry.state == "done":
            return SENT_COLOUR
        if role == FOLLOW_UP_ROLE:
            return entry.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self._entries[index.row()]
        if isinstance(entry, dt.date):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsDragEnabled if entry.state == "planned" else flags

    # A follow-up of the list can be dragged onto a day of the grid, like a chip.
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = [index.data(FOLLOW_UP_ROLE) for index in indexes]
        ids = [i for i in ids if i is not None]
        return mime_for(ids[0]) if ids else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def removeRows(self, row: int, count: int, parent: Index = NO_PARENT) -> bool:
        return False  # after a drag Qt asks to remove the source: the data stays


class AgendaDelegate(QStyledItemDelegate):
    """Every row of the agenda is two lines tall (a follow-up's name and kind, then its
    company; a day's heading sits at the bottom of its row), and a longer text is cut
    with an ellipsis, whole in its tooltip. With one height for all, the list lays out a
    busy month's 900 rows without asking Python for any of them: a month switch stays
    within a frame."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        view.setUniformItemSizes(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._model = view.model()
        self._heights: dict[str, int] = {}
        self._bold: dict[str, QFont] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A row drawn from its entry in one call (Qt's own asks the model a dozen roles
        for each row in sight)."""
        number = index.row()
        entry = self._model.entry(number)
        cell = QStyleOptionViewItem(option)
        cell.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        cell.text = self._model.text(number).replace("\n", "\u2028")  # Qt's line break
        if isinstance(entry, dt.date):
            key = option.font.key()
            bold = self._bold.get(key)
            if bold is None:
                bold = self._bold[key] = QFont(option.font)
                bold.setBold(True)
            cell.font = bold
            cell.displayAlignment = HEADING_ALIGNMENT
        else:
            cell.icon = kind_icon(entry.kind)
            cell.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            if entry.state == "done":
                cell.palette.setColor(QPalette.ColorRole.Text, SENT_COLOUR)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        key = option.font.key()
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = 2 * QFontMetrics(option.font).lineSpacing() + 8
        return QSize(1, height)  # as wide as the list: a list lays its rows out full width
