"""Preferences: the interface language, the name and signature that close every note,
backups, starting at login, and the calendar feed other apps read (General); the user's
own mailbox (Mail, mail_account.py); the CalDAV calendar kept in step with the user's
other devices (Calendar sync)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import LANGUAGES, _, current_language, system_language
from jobfollowup.services import backups, settings
from jobfollowup.services.data import colour_scheme
from jobfollowup.services.exchange.calendar_feed import FEED_NAME
from jobfollowup.services.planning.places import home_country
from jobfollowup.services.records.contacts import usual_note_language
from jobfollowup.ui.dialogs.calendar_sync_page import CalendarSyncPage
from jobfollowup.ui.operations import settings as settings_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.forms import ERROR_STYLE, code_combo, combo_code, select_code
from jobfollowup.ui.widgets.message_boxes import ask, language_name, localise_buttons
from jobfollowup.ui.widgets.place_picker import CountryPicker, RegionPicker


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
        # Light or dark: as the desktop says (and when it changes), or the person's own.
        self.scheme = code_combo([(_("As the system"), colours.SYSTEM),
                                  (_("Light"), colours.LIGHT), (_("Dark"), colours.DARK)])
        select_code(self.scheme, colour_scheme())
        form.addRow(_("&Appearance:"), self.scheme)
        form.addRow(_("Your &name:"), self.sender_name)
        form.addRow(_("&Signature:"), self.signature)
        # Where the person lives (their post, R2; the calendar's holidays, R7) and the
        # language of a new contact's notes: kept for them in every data folder.
        self.country = CountryPicker()
        self.country.set_code(home_country())
        self.country.setToolTip(_("Where your post leaves from, and whose public holidays "
                                  "the calendar shows"))
        self.region = RegionPicker(self.country)
        self.region.set_code(settings.get("home_subdivision"))
        self.note_language = QComboBox()
        for code in LANGUAGES:
            self.note_language.addItem(language_name(code), code)
        self.note_language.setCurrentIndex(max(0, self.note_language.findData(
            usual_note_language())))
        self.note_language.setToolTip(_("The language a new contact's notes are written in; "
                                        "each contact can have their own"))
        self.place_error = QLabel()
        self.place_error.setWordWrap(True)
        colours.styled(self.place_error, ERROR_STYLE)
        self.place_error.hide()
        form.addRow(_("Your &country:"), self.country)
        form.addRow(_("Your &region:"), self.region)
        form.addRow("", self.place_error)
        form.addRow(_("Notes usually in:"), self.note_language)
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

        self.start_at_login = QCheckBox(_("Start Job Follow-up when I log in"))
        self.start_at_login.setChecked(settings.get("start_at_login"))
        self.start_at_login.setToolTip(_("So that the day's follow-ups reach you without "
                                         "opening the app"))
        self.start_minimised = QCheckBox(_("Start minimised to the tray"))
        self.start_minimised.setChecked(settings.get("start_minimised"))
        self.start_minimised.setToolTip(_("Only the tray icon shows; reminders still pop up. "
                                          "Without a tray, the window starts minimised."))
        self.start_minimised.setEnabled(self.start_at_login.isChecked())
        self.start_at_login.toggled.connect(self.start_minimised.setEnabled)
        self.start_minimised.setStyleSheet("margin-left: 24px;")  # belongs to the one above
        form.addRow(self.start_at_login)
        form.addRow(self.start_minimised)
        self.feed_folder = QLineEdit(settings.get("calendar_feed_folder"))
        self.feed_folder.setPlaceholderText(_("No feed"))
        self.feed_folder.setAccessibleName(_("Calendar feed folder"))
        self.feed_folder.setClearButtonEnabled(True)
        self.feed_folder.setToolTip(_("The app keeps {file} in this folder up to date with "
                                      "your planned follow-ups. Choose a folder your phone "
                                      "or calendar syncs; empty: no feed.").format(
            file=FEED_NAME))
        choose = QPushButton(_("C&hoose…"))
        choose.clicked.connect(self._choose_feed_folder)
        feed_row = QHBoxLayout()
        feed_row.addWidget(self.feed_folder, 1)
        feed_row.addWidget(choose)
        feed_label = QLabel(_("Calendar &feed folder:"))
        feed_label.setBuddy(self.feed_folder)
        form.addRow(feed_label, feed_row)

        self.buttons = localise_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        from jobfollowup.ui.dialogs.mail_account import MailAccountForm

        self.mail = MailAccountForm(operations)
        self.calendar_sync = CalendarSyncPage(operations)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Preferences"))  # a screen reader names the pages' frame
        self.tabs.addTab(general, _("&General"))
        self.tabs.addTab(self.mail, _("&Mail"))
        self.tabs.addTab(self.calendar_sync, _("Calendar s&ync"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        # Wide enough for the calendar sync's longest choice ("A new calendar “…”" in the
        # user's language): wrapped labels would otherwise keep the dialog narrower.
        self.setMinimumWidth(max(480, self.tabs.sizeHint().width() + 24))

    def _choose_feed_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Folder for the calendar feed"),
                                                  self.feed_folder.text())
        if folder:
            self.feed_folder.setText(folder)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        if not settings_ops.save_preferences(
                self.operations, self, self.chosen_language(), self.sender_name.text(),
                self.signature.toPlainText(), (self.keep_daily.value(), self.keep_weekly.value())):
            return
        self.place_error.hide()

        def place_refused(error) -> None:
            self.place_error.setText(str(error))
            self.place_error.show()

        if not settings_ops.save_profile(
                self.operations, self, None, self.country.code(),  # the name: saved above
                self.region.code(), self.note_language.currentData(), place_refused):
            return
        scheme = combo_code(self.scheme)
        if scheme != colour_scheme():
            if not settings_ops.colour_scheme(self.operations, self, scheme):
                return
            colours.apply_scheme(QApplication.instance(), scheme)
        at_login = (self.start_at_login.isChecked(), self.start_minimised.isChecked())
        if at_login != (settings.get("start_at_login"), settings.get("start_minimised")) \
                and not settings_ops.start_at_login(self.operations, self, *at_login):
            return
        folder = self.feed_folder.text().strip()
        if folder != settings.get("calendar_feed_folder") \
                and not settings_ops.feed_folder(self.operations, self, folder):
            return
        if not self.mail.save():
            self.tabs.setCurrentWidget(self.mail)  # where the refusal is shown
            return
        if self.calendar_sync.wants_saving() and not self.calendar_sync.save():
            self.tabs.setCurrentWidget(self.calendar_sync)
            return
        super().accept()
        new_language = self.chosen_language() or system_language()
        if new_language != current_language() and ask(
                self.parentWidget(), _("Restart to change the language"),
                _("The interface will speak {language} after a restart. Nothing you have "
                  "entered is lost. Restart now?").format(language=language_name(new_language)),
                _("Restart now"), _("Later")):
            self._restart()
