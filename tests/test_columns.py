"""Lists fit their columns to the window (ui/widgets/columns.py): what the interface
writes keeps its width, what the person typed gives room first, headings stay whole while
they can, and a list never scrolls sideways; a shortened cell says itself whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QTreeWidget, QTreeWidgetItem

from jobfollowup.ui.widgets.columns import FLOOR, fit_columns, shared

WANTS = st.dictionaries(st.integers(0, 5), st.integers(30, 400), min_size=2, max_size=6)


@given(WANTS, st.integers(100, 2000), st.data())
def test_the_columns_share_the_room_without_going_past_it(wanted, room, data):
    headings = {c: data.draw(st.integers(20, w)) for c, w in wanted.items()}
    elastic = data.draw(st.lists(st.sampled_from(sorted(wanted)), min_size=1, unique=True))
    widths = shared(wanted, headings, room, elastic)
    assert set(widths) == set(wanted)
    if sum(wanted.values()) <= room:  # all they want, the rest to the last elastic one
        assert sum(widths.values()) == room
        assert all(widths[c] >= wanted[c] for c in wanted)
        return
    assert sum(widths.values()) <= max(room, 24 * len(wanted))
    if sum(headings.values()) <= room:  # headings whole whenever they can be
        assert all(widths[c] >= headings[c] for c in wanted)
    others = [c for c in wanted if c not in elastic]
    floors = sum(min(wanted[c], max(FLOOR, headings[c])) for c in elastic)
    if sum(wanted[c] for c in others) + floors <= room:
        assert all(widths[c] == wanted[c] for c in others)  # typed text gives first


def test_a_shortened_cell_says_itself_whole_on_pointing(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Name", "Role"])
    long = "Per Strand Haraldsen-Øvrebø, Statkraft Energi Fornybar AS"
    tree.addTopLevelItem(QTreeWidgetItem([long, "hiring manager"]))
    fitter = fit_columns(tree, (0,))
    tree.resize(260, 120)
    tree.show()
    qtbot.waitExposed(tree)
    fitter.fit()
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.columnWidth(1) >= tree.sizeHintForColumn(1)  # the role whole
    rect = tree.visualRect(tree.model().index(0, 0))
    assert rect.width() < tree.sizeHintForIndex(tree.model().index(0, 0)).width()
    point = rect.center()
    QApplication.sendEvent(tree.viewport(), QHelpEvent(
        QHelpEvent.Type.ToolTip, point, tree.viewport().mapToGlobal(point)))
    assert QToolTip.text() == long
    QToolTip.hideText()
    short = tree.visualRect(tree.model().index(0, 1)).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, short, tree.viewport().mapToGlobal(short))
    assert not fitter.eventFilter(tree.viewport(), event)  # whole already: nothing to add
    tree.resize(900, 120)
    qtbot.waitUntil(lambda: tree.columnWidth(0) >= tree.sizeHintForColumn(0))
