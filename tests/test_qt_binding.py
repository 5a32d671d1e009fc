"""The Qt binding keeps Python's reference counts straight: PySide6 6.12.0 on Python 3.11
dropped a reference to None each time a Qt call returned nothing, and the app crashed
("deallocating None") after a few thousand clicks. pyproject.toml excludes that version."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QTreeWidget


def test_qt_calls_returning_nothing_leave_none_alone(qtbot):
    tree, combo = QTreeWidget(), QComboBox()
    qtbot.addWidget(tree)
    qtbot.addWidget(combo)
    combo.addItem("no data")
    before = sys.getrefcount(None)
    for _ in range(2000):
        tree.currentItem()
        combo.currentData()
    assert sys.getrefcount(None) - before >= 0
