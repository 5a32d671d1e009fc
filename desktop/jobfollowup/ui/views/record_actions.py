"""The actions of the Contacts and Applications views that the File menu also offers.

Made apart from their views so the menu has them before the views are: the window makes
each view when it is first shown."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from jobfollowup.i18n import _


def contact_actions() -> tuple[QAction, QAction]:
    """New contact, and Log interaction… (which needs a selected contact)."""
    new = QAction(_("&New contact"), None)
    new.setShortcut(QKeySequence.StandardKey.New)
    new.setToolTip(_("Add a person to your search (Ctrl+N)"))
    log = QAction(_("&Log interaction…"), None)
    log.setShortcut(QKeySequence("Ctrl+L"))
    log.setToolTip(_("Record an exchange with the selected contact (Ctrl+L)"))
    log.setEnabled(False)
    return new, log


def application_actions() -> tuple[QAction, QAction]:
    """New application, and Log interview… (for the selected application, else it asks
    which one, or takes a new one)."""
    new = QAction(_("New &application"), None)
    new.setShortcut(QKeySequence("Ctrl+Shift+N"))
    new.setToolTip(_("Add a job you applied for (Ctrl+Shift+N)"))
    interview = QAction(_("Log in&terview…"), None)
    interview.setShortcut(QKeySequence("Ctrl+I"))
    interview.setToolTip(_("Log an interview; its thank-yous and check-ins are planned at "
                           "once (Ctrl+I)"))
    return new, interview
