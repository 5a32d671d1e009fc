"""The agenda beside the month grid: the month's follow-ups, day by day, in a list."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from jobfollowup.i18n import current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.rules.kinds import Kind
from jobfollowup.services.follow_ups import FollowUpRow
from jobfollowup.ui.calendar.month_model import MIME_TYPE, mime_for
from jobfollowup.ui.kind_style import kind_colour, kind_glyph
from jobfollowup.ui.views.follow_up_text import accessible_name, tooltip

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@cache
def kind_icon(kind: Kind) -> QIcon:
    """A small round badge in the kind's colour, as on the chips."""
    pixmap = QPixmap(QSize(16, 16))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = kind_colour(kind)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 14, 14)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, kind_glyph(kind))
    painter.end()
    return QIcon(pixmap)


class PeriodModel(QAbstractListModel):
    """Rows are days (headings) and the follow-ups under them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[dt.date | FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        entries: list[dt.date | FollowUpRow] = []
        for row in rows:
            if not entries or self._day(entries[-1]) != row.date:
                entries.append(row.date)
            entries.append(row)
        self._entries = entries
        self.endResetModel()

    @staticmethod
    def _day(entry: dt.date | FollowUpRow) -> dt.date:
        return entry if isinstance(entry, dt.date) else entry.date

    def row_of(self, follow_up_id: int) -> QModelIndex:
        for number, entry in enumerate(self._entries):
            if isinstance(entry, FollowUpRow) and entry.id == follow_up_id:
                return self.index(number)
        return QModelIndex()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, dt.date):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return format_day(entry, current_language())
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.SizeHintRole and index.row() > 0:
                return QSize(0, 30)  # a little air above each day but the first
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{entry.contact_name} · {entry.kind.label}"
            return text + (f"\n{entry.company}" if entry.company else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(entry.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_name(entry)
        if role == Qt.ItemDataRole.ForegroundRole and entry.state == "done":
            return QColor("#8a8f96")  # sent: still listed, quieter
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
