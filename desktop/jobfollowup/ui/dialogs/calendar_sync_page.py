"""Preferences → Calendar sync: the CalDAV server, the user name, the password (kept in the
system's keyring), which calendar, the reminder's time, what becomes of a sent follow-up's
event; Test connection says what works or exactly what does not, without freezing the
window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from jobfollowup.i18n import _, ngettext
from jobfollowup.services.calendar_sync import account
from jobfollowup.services.calendar_sync.client import SyncError, check_connection
from jobfollowup.services.errors import ValidationError
from jobfollowup.ui.operations import calendar_sync as sync_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.background import run_in_background
from jobfollowup.ui.widgets.forms import ERROR_STYLE, account_page

GOOD_STYLE = "color: $good;"  # for colours.styled
NEW_CALENDAR = ""  # the combo's data for the calendar made (or found) on the first sync


class CalendarSyncPage(QWidget):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        ok, stored = operations.read(self, account.account)
        self.stored = stored if ok else None
        intro = QLabel(_("Keep your planned follow-ups in a calendar your phone shows too "
                         "(CalDAV: Nextcloud, Fastmail, iCloud, mailbox.org, Radicale…). A "
                         "follow-up moved on the phone is moved here, and the rules check "
                         "its new day."))
        intro.setWordWrap(True)
        self.server = QLineEdit(self.stored.server_url if self.stored else "")
        self.server.setPlaceholderText(_("e.g. https://cloud.example.org"))
        self.server.setToolTip(_("Your server's address is enough: the app finds your "
                                 "calendars from it"))
        self.user = QLineEdit(self.stored.user_name if self.stored else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            _("Kept in your keyring; leave empty to keep it") if self.stored
            else _("Kept in your system's keyring, not in your data"))
        self.calendar = QComboBox()
        self.calendar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._list_calendars([])
        self.alarm = QTimeEdit()
        self.alarm.setDisplayFormat("HH:mm")
        minutes = self.stored.alarm_minutes if self.stored else 9 * 60
        self.alarm.setTime(QTime(minutes // 60, minutes % 60))
        self.alarm.setToolTip(_("Your phone reminds you of each follow-up at this time on "
                                "its day"))
        self.sent = QComboBox()
        self.sent.addItem(_("Kept, marked as sent"), account.MARK_SENT)
        self.sent.addItem(_("Removed"), account.REMOVE_SENT)
        self.sent.setCurrentIndex(max(0, self.sent.findData(
            self.stored.sent_events if self.stored else account.MARK_SENT)))
        self.test_button = QPushButton(_("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.stop_button = QPushButton(_("Stop syncing"))
        self.stop_button.setToolTip(_("Forget the account and its password; the events "
                                      "already in your calendar stay there"))
        self.stop_button.clicked.connect(self.stop_syncing)
        self.stop_button.setVisible(self.stored is not None)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(_("Connection test result"))
        form = QFormLayout()
        for text, field in ((_("Server &address:"), self.server),
                            (_("&User name:"), self.user),
                            (_("&Password:"), self.password),
                            (_("&Calendar:"), self.calendar),
                            (_("&Reminder on the day at:"), self.alarm),
                            (_("Event of a sent follow-up:"), self.sent)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":\u00a0 "))
        account_page(self, intro, form, self.test_button, self.stop_button, self.result)
        self.testing = False

    def _list_calendars(self, found) -> None:
        """The calendars found, and the one the app makes; the stored choice selected."""
        chosen = self.calendar.currentData() if self.calendar.count() else (
            self.stored.calendar_url if self.stored else NEW_CALENDAR)
        self.calendar.clear()
        if not any(c.name == account.default_calendar() for c in found):
            self.calendar.addItem(_("A new calendar “{name}”").format(
                name=account.default_calendar()), NEW_CALENDAR)
        for calendar in found:
            self.calendar.addItem(calendar.name, calendar.url)
        if self.stored and self.stored.calendar_url and self.calendar.findData(
                self.stored.calendar_url) < 0:
            self.calendar.addItem(self.stored.calendar_name, self.stored.calendar_url)
        index = self.calendar.findData(chosen)
        if index < 0 or (chosen == NEW_CALENDAR and found):
            index = next((i for i in range(self.calendar.count())
                          if self.calendar.itemText(i) == account.default_calendar()), index)
        self.calendar.setCurrentIndex(max(0, index))

    def _say(self, text: str, good: bool) -> None:
        self.result.setText(text)
        colours.styled(self.result, GOOD_STYLE if good else ERROR_STYLE)

    def _password(self) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        if self.stored is None:
            return None
        url = self.server.text().strip()
        try:
            url = account.checked_url(url)
        except ValidationError:
            return None
        return account.password(url, self.user.text().strip())

    def test_connection(self) -> None:
        """Log in and list the calendars on a thread; the answer comes in `result`."""
        try:
            url = account.checked_url(self.server.text())
            user = account.checked_user(self.user.text())
        except ValidationError as error:
            self._say(str(error), good=False)
            return
        secret = self._password()
        if not secret:
            self._say(_("Type your password (or an app password your provider made for "
                        "this app)."), good=False)
            return
        self.testing = True
        self.test_button.setEnabled(False)
        self._say(_("Connecting to {server}…").format(server=url), good=True)
        run_in_background(self, lambda: check_connection(url, user, secret),
                          done=lambda found: self._tested(found, None),
                          failed=lambda error: self._tested(None, error), name="calendar-test")

    def _tested(self, found, error: BaseException | None) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        if error is not None:
            if not isinstance(error, SyncError):
                raise error
            self._say(str(error), good=False)
            return
        self._list_calendars(found)
        self._say(ngettext("Connected: {n} calendar found.", "Connected: {n} calendars found.",
                           len(found)).format(n=len(found)), good=True)

    def wants_saving(self) -> bool:
        """Something to store: a server typed (a new account, or a changed one)."""
        return bool(self.server.text().strip() or self.user.text().strip()
                    or self.password.text())

    def save(self) -> bool:
        """Store the account (the password in the keyring); False, with the reason shown
        on the page, when it cannot be."""
        def refused(error: ValidationError) -> None:
            self._say(str(error), good=False)

        time = self.alarm.time()
        url = self.calendar.currentData() or ""
        name = self.calendar.currentText() if url else account.default_calendar()
        return sync_ops.save_account(
            self.operations, self, self.server.text(), self.user.text(),
            self.password.text() or None, url, name, time.hour() * 60 + time.minute(),
            self.sent.currentData(), on_error=refused)

    def stop_syncing(self) -> None:
        if sync_ops.remove_account(self.operations, self):
            self.stored = None
            for field in (self.server, self.user, self.password):
                field.clear()
            self._list_calendars([])
            self.stop_button.hide()
            self._say(_("The calendar is no longer synced. Its events stay in your "
                        "calendar."), good=True)
