"""A list row that sorts dates as dates and text without regard to case."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


class SortItem(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None or theirs is not None:
            return (mine or "") < (theirs or "")
        return sort_key(self.text(column)) < sort_key(other.text(column))


def sort_key(text: str) -> str:
    """Text as a reader sorts it: Élodie with the Es, Åse with the As, case ignored."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("ø", "o")
