"""The agenda beside the month grid: the month's follow-ups, day by day, in a list."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from jobfollowup.i18n import current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.rules.kinds import Kind, State
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.ui.calendar.month_model import MIME_TYPE, mime_for
from jobfollowup.ui.widgets.colours import quiet, readable
from jobfollowup.ui.widgets.follow_up_text import accessible_name, tooltip
from jobfollowup.ui.widgets.item_paint import paint_item, text_margin, widget_style
from jobfollowup.ui.widgets.kind_style import kind_icon

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 10
Role = Qt.ItemDataRole
DISPLAY, TOOLTIP, ACCESSIBLE = Role.DisplayRole, Role.ToolTipRole, Role.AccessibleTextRole
# The delegate draws a row from its entry; the model tells its text to the rest (the
# screen reader, tooltips, drags).
_SERVED = frozenset({DISPLAY, TOOLTIP, ACCESSIBLE, FOLLOW_UP_ROLE})
HEADING_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom  # air above
StyleState = QStyle.StateFlag
Feature = QStyleOptionViewItem.ViewItemFeature
_MARKED = StyleState.State_Selected | StyleState.State_HasFocus | StyleState.State_MouseOver

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()



def sent_colour(option: QStyleOptionViewItem) -> QColor:
    """A sent follow-up's row: still listed, quieter, but readable on its row (selected
    rows keep the style's own colours)."""
    palette = option.palette
    if option.state & StyleState.State_Selected:
        return readable(palette.color(QPalette.ColorRole.HighlightedText),
                        palette.color(QPalette.ColorRole.Highlight))
    return quiet(palette, palette.color(QPalette.ColorRole.AlternateBase))  # the darker row

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
            return self.text(number) if role in (DISPLAY, ACCESSIBLE) else None
        if role == DISPLAY:
            return self.text(number)
        if role == TOOLTIP:
            return tooltip(entry)
        if role == ACCESSIBLE:
            return accessible_name(entry)
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
        return flags | Qt.ItemFlag.ItemIsDragEnabled if entry.state == State.PLANNED else flags

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


class _Places(NamedTuple):
    icon: QRect  # the badge's place in a row, from the row's top left corner
    text: QRect  # the text's
    heading: QRect  # a day's text, without a badge
    metrics: QFontMetrics
    bold: QFont  # a day's heading
    bold_metrics: QFontMetrics


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
        self._placed: dict[tuple, _Places] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A row drawn straight: the kind's badge and the lines of text, where the style puts
        them (`_places`). The style's own drawing lays the text out anew for every row, 0.2
        ms each: a fifth of a frame for the rows of a month switch. The style still draws
        the rows it marks (selected, with the focus, under the pointer), as it wants."""
        number = index.row()
        entry = self._model.entry(number)
        heading = isinstance(entry, dt.date)
        if option.state & _MARKED:
            if heading:
                paint_item(painter, option, self._model.text(number), bold=True,
                           alignment=HEADING_ALIGNMENT)
            else:
                paint_item(painter, option, self._model.text(number),
                           icon=kind_icon(entry.kind),
                           text_colour=sent_colour(option) if entry.state == State.DONE
                           else None)
            return
        rect, places = option.rect, self._places(option)
        if heading:
            colour, font, metrics = None, places.bold, places.bold_metrics
        else:
            colour = sent_colour(option) if entry.state == State.DONE else None
            font, metrics = option.font, places.metrics
            painter.drawPixmap(places.icon.translated(rect.topLeft()),
                               kind_icon(entry.kind).pixmap(places.icon.size()))
        if colour is None:
            state = option.state
            colour = option.palette.color(
                QPalette.ColorGroup.Disabled if not state & StyleState.State_Enabled
                else QPalette.ColorGroup.Active if state & StyleState.State_Active
                else QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text)
        area = (places.heading if heading else places.text).translated(rect.topLeft())
        lines = self._model.text(number).split("\n")
        spacing = metrics.lineSpacing()
        block = spacing * len(lines) - metrics.leading()
        top = (area.bottom() + 1 - block if heading
               else area.top() + (area.height() - block) // 2)
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        for place, line in enumerate(lines):
            painter.drawText(QPoint(area.left(), top + place * spacing + metrics.ascent()),
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight,
                                                area.width()))
        painter.restore()

    def _places(self, option: QStyleOptionViewItem) -> _Places:
        """Where the style puts a row's badge and text, from its top left corner: the same
        for every row of one size and font, asked of the style once."""
        key = (option.rect.width(), option.rect.height(), option.font.key(),
               option.decorationSize.width())
        places = self._placed.get(key)
        if places is None:
            probe = QStyleOptionViewItem(option)
            probe.rect = QRect(0, 0, option.rect.width(), option.rect.height())
            probe.features |= Feature.HasDisplay | Feature.HasDecoration
            probe.text = "M\u2028M"
            probe.icon = kind_icon(Kind.CHECK_IN)
            style = widget_style(option.widget)
            icon = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, probe,
                                        option.widget)
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe,
                                        option.widget)
            probe.features &= ~Feature.HasDecoration
            heading = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe,
                                           option.widget)
            margin = text_margin(option.widget)
            bold = QFont(option.font)
            bold.setBold(True)
            places = self._placed[key] = _Places(
                icon, text.adjusted(margin, 0, -margin, 0),
                heading.adjusted(margin, 0, -margin, 0), QFontMetrics(option.font), bold,
                QFontMetrics(bold))
        return places

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        key = option.font.key()
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = 2 * QFontMetrics(option.font).lineSpacing() + 8
        return QSize(1, height)  # as wide as the list: a list lays its rows out full width
