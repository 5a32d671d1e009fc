"""The tray icon, made with the reminders before the day is drawn: it is where they pop up
from, and brings the window back when the app started minimised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from jobfollowup import APP_NAME
from jobfollowup.i18n import _

if TYPE_CHECKING:
    from jobfollowup.ui.shell.main_window import MainWindow


def make_tray(window: MainWindow) -> QSystemTrayIcon | None:
    """An icon in the tray where the desktop has one: reminders pop up from it, and it
    brings the window back when the app started minimised."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(window.windowIcon() if not window.windowIcon().isNull()
                           else QApplication.windowIcon(), window)
    tray.setToolTip(APP_NAME)
    menu = QMenu(window)
    menu.addAction(_("Open Job Follow-up"), window.bring_back)
    menu.addAction(_("Open Today"), lambda: (window.bring_back(), window.show_view(0)))
    menu.addSeparator()
    menu.addAction(_("Quit"), QApplication.quit)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda reason: window.bring_back() if reason in (
        QSystemTrayIcon.ActivationReason.Trigger,
        QSystemTrayIcon.ActivationReason.DoubleClick) else None)
    tray.messageClicked.connect(lambda: (window.bring_back(), window.show_view(0)))
    tray.show()
    return tray
