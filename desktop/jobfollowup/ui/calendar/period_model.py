"""The agenda beside the month grid: the month's follow-ups, day by day, in a list."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jobfollowup.i18n import current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.rules.kinds import Kind
from jobfollowup.services.follow_ups import FollowUpRow
from jobfollowup.ui.calendar.month_model import MIME_TYPE, mime_for
from jobfollowup.ui.kind_style import kind_colour, kind_glyph
from jobfollowup.ui.views.follow_up_text import accessible_name, tooltip

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 10
Role = Qt.ItemDataRole
DISPLAY, FONT, SIZE, DECORATION = (Role.DisplayRole, Role.FontRole, Role.SizeHintRole,
                                   Role.DecorationRole)
TOOLTIP, ACCESSIBLE, ALIGNMENT, FOREGROUND = (Role.ToolTipRole, Role.AccessibleTextRole,
                                              Role.TextAlignmentRole, Role.ForegroundRole)
_SERVED = frozenset({DISPLAY, FONT, SIZE, DECORATION, TOOLTIP, ACCESSIBLE, ALIGNMENT,
                     FOREGROUND, FOLLOW_UP_ROLE})
SENT_COLOUR = QColor("#8a8f96")  # sent: still listed, quieter

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
        self._texts: list[str] = []  # each row's text, formatted once per month

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        entries: list[dt.date | FollowUpRow] = []
        for row in rows:
            if not entries or self._day(entries[-1]) != row.date:
                entries.append(row.date)
            entries.append(row)
        self._entries = entries
        language = current_language()
        self._texts = [format_day(entry, language) if isinstance(entry, dt.date)
                       else self._text(entry) for entry in entries]
        self.endResetModel()

    @staticmethod
    def _text(row: FollowUpRow) -> str:
        text = f"{row.contact_name} · {row.kind.label}"
        return text + (f"\n{row.company}" if row.company else "")

    @staticmethod
    def _day(entry: dt.date | FollowUpRow) -> dt.date:
        return entry if isinstance(entry, dt.date) else entry.date

    def size_key(self, row: int) -> tuple[str, bool, bool]:
        """What a row's height depends on besides the width: its text, whether it is a
        day's heading, and whether it is the first row."""
        return self._texts[row], isinstance(self._entries[row], dt.date), row == 0

    def row_of(self, follow_up_id: int) -> QModelIndex:
        for number, entry in enumerate(self._entries):
            if isinstance(entry, FollowUpRow) and entry.id == follow_up_id:
                return self.index(number)
        return QModelIndex()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = DISPLAY):
        if role not in _SERVED or not index.isValid():  # Qt asks a dozen roles per row
            return None
        number = index.row()
        entry = self._entries[number]
        if isinstance(entry, dt.date):
            if role in (DISPLAY, ACCESSIBLE):
                return self._texts[number]
            if role == FONT:
                font = QFont()
                font.setBold(True)
                return font
            if role == SIZE and number > 0:
                return QSize(0, 30)  # a little air above each day but the first
            if role == ALIGNMENT:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            return None
        if role == DISPLAY:
            return self._texts[number]
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
    """Sizes each row of the agenda as Qt's own delegate does, but measures a given text
    at a given width once: Qt asks the height of every row of the month at each switch,
    and wrapping 800 texts through Python model calls took a frame or more."""

    LIMIT = 20_000  # sizes kept; beyond, the cache starts again

    def __init__(self, model: PeriodModel, view: QWidget) -> None:
        super().__init__(view)
        self._model = model
        self._sizes: dict[tuple, QSize] = {}
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes.clear()  # the same text takes another height in another font
        return False

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        key = (self._model.size_key(index.row()), option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.LIMIT:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size
