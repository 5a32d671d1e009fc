"""Preferences: the interface language, and the name and signature that close every note."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import LANGUAGES, _, current_language, system_language
from jobfollowup.services import backups, settings
from jobfollowup.ui.dialogs import ask, language_name, localise_buttons
from jobfollowup.ui.operations import Operations

SETTINGS = "settings"


def restart_app() -> None:
    """Start a new instance of the app with the same arguments, and quit this one."""
    QProcess.startDetached(sys.executable, sys.argv)
    QApplication.quit()


class PreferencesDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None,
                 restart: Callable[[], None] = restart_app) -> None:
        super().__init__(parent)
        self.operations = operations
        self._restart = restart
        self.setWindowTitle(_("Preferences"))
        self.setMinimumWidth(480)

        self.language = QComboBox()
        self.language.addItem(_("As the system ({language})").format(
            language=language_name(system_language())), "")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        stored = settings.get("language")
        self.language.setCurrentIndex(max(0, self.language.findData(stored)))
        self.sender_name = QLineEdit(settings.get("sender_name"))
        self.sender_name.setPlaceholderText(_("e.g. Alex Martin"))
        self.signature = QPlainTextEdit(settings.get("signature"))
        self.signature.setPlaceholderText(_("Your name, and a phone number if you like. "
                                            "Empty: your name."))
        self.signature.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.signature.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(_("Interface &language:"), self.language)
        hint = QLabel(_("Notes are written in each contact's own note language, whatever the "
                        "interface speaks."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        form.addRow(_("Your &name:"), self.sender_name)
        form.addRow(_("&Signature:"), self.signature)
        daily, weekly = backups.keep_counts()
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, settings.MAX_BACKUPS_KEPT)
        self.keep_daily.setValue(daily)
        self.keep_daily.setAccessibleName(_("Daily backups kept"))
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(1, settings.MAX_BACKUPS_KEPT)
        self.keep_weekly.setValue(weekly)
        self.keep_weekly.setAccessibleName(_("Weekly backups kept"))
        tip = _("A copy of your data is made each day you open the app; older copies are "
                "thinned out to one a day, then one a week.")
        for spin in (self.keep_daily, self.keep_weekly):
            spin.setToolTip(tip)
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000") + 48)
        form.addRow(_("&Daily backups kept:"), self.keep_daily)
        form.addRow(_("&Weekly backups kept:"), self.keep_weekly)

        self.buttons = localise_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        ok, _result = self.operations.run(
            self, settings.save_preferences, self.chosen_language(), self.sender_name.text(),
            self.signature.toPlainText(),
            (self.keep_daily.value(), self.keep_weekly.value()), changes={SETTINGS})
        if not ok:
            return
        super().accept()
        new_language = self.chosen_language() or system_language()
        if new_language != current_language() and ask(
                self.parentWidget(), _("Restart to change the language"),
                _("The interface will speak {language} after a restart. Nothing you have "
                  "entered is lost. Restart now?").format(language=language_name(new_language)),
                _("Restart now"), _("Later")):
            self._restart()
