"""Help → Getting started and Keyboard shortcuts: the first steps in a few lines, and every
shortcut the window really has, read off its actions (so the list never drifts from the
app), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.ui.widgets.message_boxes import localise_buttons
from jobfollowup.ui.widgets.screen import fit_to_screen


def guide_text() -> str:
    """The first hour, in five steps."""
    steps = [
        _("Set up: your name as you sign, your country and your notes' language "
          "(Edit → Preferences)."),
        _("Just had an interview? Log interview… in Today, or Ctrl+I anywhere: the "
          "thank-yous and check-ins it calls for are planned at once."),
        _("Each day, Today lists what to send: open the draft (Ctrl+D), send it from your "
          "mail app or print the card, then Mark sent."),
        _("When they answer, use They replied: the check-ins stop, or wait for the day they "
          "will decide by."),
        _("Every date comes with its reasons (Why this date?). Drag a follow-up to another "
          "day in the Calendar, or press Ctrl+M; Ctrl+Z takes any change back."),
    ]
    return "\n\n".join(f"{number}. {step}" for number, step in enumerate(steps, 1))


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, sorted by what."""
    found: dict[str, str] = {}
    in_menus = [action for menu in window.findChildren(QMenu) for action in menu.actions()]
    for action in [*in_menus, *window.findChildren(QAction)]:
        keys = action.shortcut()
        text = action.text().replace("&", "").rstrip(".…").strip()
        if keys.isEmpty() or not text:
            continue
        found.setdefault(text, keys.toString(QKeySequence.SequenceFormat.NativeText))
    return sorted(found.items(), key=lambda pair: pair[0].casefold())


class HelpDialog(QDialog):
    GUIDE, SHORTCUTS = 0, 1

    def __init__(self, window: QWidget, page: int = GUIDE) -> None:
        super().__init__(window)
        self.setWindowTitle(_("Help"))
        fit_to_screen(self, 560, 480)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Help"))
        guide = QLabel(guide_text())
        guide.setWordWrap(True)
        guide.setAlignment(Qt.AlignmentFlag.AlignTop)
        guide.setTextFormat(Qt.TextFormat.PlainText)
        guide.setContentsMargins(12, 12, 12, 12)
        self.tabs.addTab(guide, _("Getting started"))
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([_("Action"), _("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(_("Keyboard shortcuts"))
        for number, (what, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(what))
            self.table.setItem(number, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.table, _("Keyboard shortcuts"))
        self.tabs.setCurrentIndex(page)
        buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
