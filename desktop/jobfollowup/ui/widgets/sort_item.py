"""A list row that sorts dates as dates and text without regard to case or accents."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from jobfollowup.i18n import _

ID_ROLE = Qt.ItemDataRole.UserRole


class SortItem(QTreeWidgetItem):
    """Sort keys live on the Python side: reading an empty role back from Qt thousands of
    times during a sort trips a reference-counting bug of PySide6 on None."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__(texts)
        self.keys: dict[int, str] = {}
        for column, text in enumerate(texts):
            if not text:  # a blank cell is not read as nothing at all
                self.setData(column, Qt.ItemDataRole.AccessibleTextRole, _("none"))

    def set_key(self, column: int, key: str) -> None:
        self.keys[column] = key

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        theirs = getattr(other, "keys", {})
        if column in self.keys or column in theirs:
            return self.keys.get(column, "") < theirs.get(column, "")
        return sort_key(self.text(column)) < sort_key(other.text(column))


@lru_cache(maxsize=16384)
def sort_key(text: str) -> str:
    """Text as a reader sorts it: Élodie with the Es, Åse with the As, case ignored."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("ø", "o")
