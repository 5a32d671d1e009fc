"""Help → Getting started and Keyboard shortcuts: the shortcuts listed are the ones the
window really has, in the interface language."""

from __future__ import annotations

import datetime as dt

from jobfollowup.i18n import set_language
from jobfollowup.ui.dialogs.help import HelpDialog
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow

TODAY = dt.date(2026, 12, 17)


def listed(dialog: HelpDialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(row, 0).text(): table.item(row, 1).text()
            for row in range(table.rowCount())}


def test_the_shortcuts_listed_are_the_windows_own(qtbot, data_dir):
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    dialog = HelpDialog(window, HelpDialog.SHORTCUTS)
    qtbot.addWidget(dialog)
    shown = listed(dialog)
    assert shown["Undo"] == "Ctrl+Z"
    assert shown["Log interview"] == "Ctrl+I"
    assert shown["Open draft"] == "Ctrl+D"  # Today's own
    assert shown["Reschedule"] == "Ctrl+M"
    assert dialog.tabs.currentIndex() == HelpDialog.SHORTCUTS


def test_help_speaks_the_interface_language(qtbot, data_dir):
    set_language("fr")
    try:
        window = MainWindow(Operations(), today=lambda: TODAY)
        qtbot.addWidget(window)
        dialog = HelpDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.tabs.tabText(1) != "Keyboard shortcuts"
        assert "Ctrl+I" in dialog.tabs.widget(0).text()
        assert "Annuler" in listed(dialog)
    finally:
        set_language("en")
