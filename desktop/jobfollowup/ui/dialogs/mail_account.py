"""Preferences → Mail: the user's own mailbox (optional). Server, port, security, user name
and password (kept in the system's keyring, never in the data), whether replies and sent
notes are logged without asking, "Test connection" (run off the window's thread, saying
exactly what failed) and removing the account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.mail.account import (
    DEFAULT_PORTS,
    checked_account,
    read_password,
    stored_account,
)
from jobfollowup.services.mail.connection import ConnectionReport, try_connection
from jobfollowup.ui.operations import mail as mail_ops
from jobfollowup.ui.operations.background import run_in_background
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.forms import ERROR_STYLE, account_page
from jobfollowup.ui.widgets.message_boxes import ask


def security_choices() -> list[tuple[str, str]]:
    return [(_("TLS (usually port 993)"), "tls"), (_("STARTTLS (usually port 143)"), "starttls"),
            (_("None (only for a server on this computer)"), "plain")]


class MailAccountForm(QWidget):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.account = stored_account()
        intro = QLabel(_("Optional. With your mailbox, replies from your contacts show up in "
                         "Today, ready to log with one click, and notes you send from your "
                         "mail app are noticed. The app only reads (it never marks a message "
                         "read, moves or deletes one) and adds only the drafts you put in "
                         "your Drafts folder."))
        intro.setWordWrap(True)
        self.server = QLineEdit(self.account.server if self.account else "")
        self.server.setPlaceholderText(_("e.g. imap.example.com"))
        self.security = QComboBox()
        for text, code in security_choices():
            self.security.addItem(text, code)
        self.security.setCurrentIndex(max(0, self.security.findData(
            self.account.security if self.account else "tls")))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(self.account.port if self.account else DEFAULT_PORTS["tls"])
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("000000") + 48)
        self.port.setAccessibleName(_("Port"))
        self.security.currentIndexChanged.connect(self._default_port)
        self.user = QLineEdit(self.account.user if self.account else "")
        self.user.setPlaceholderText(_("Often your email address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            _("Kept in the keyring: type only to change it") if self.account
            else _("Kept in your system's keyring, never in your data"))
        self.auto_accept = QCheckBox(_("Log replies and sent notes without asking"))
        self.auto_accept.setChecked(settings.get("mail_auto_accept"))
        self.auto_accept.setToolTip(_("Otherwise each waits in Today for one click; either "
                                      "way, Edit → Undo takes it back"))
        self.test_button = QPushButton(_("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.remove_button = QPushButton(_("Remo&ve this account"))
        self.remove_button.setEnabled(self.account is not None)
        self.remove_button.clicked.connect(self.remove)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(_("Connection test result"))
        self.result.hide()

        form = QFormLayout()
        form.addRow(_("&Server (IMAP):"), self.server)
        port_row = QHBoxLayout()
        port_row.addWidget(self.security, 1)
        port_label = QLabel(_("P&ort:"))
        port_label.setBuddy(self.port)
        port_row.addWidget(port_label)
        port_row.addWidget(self.port)
        security_label = QLabel(_("Sec&urity:"))
        security_label.setBuddy(self.security)
        form.addRow(security_label, port_row)
        form.addRow(_("User &name:"), self.user)
        form.addRow(_("Pass&word:"), self.password)
        form.addRow(self.auto_accept)
        account_page(self, intro, form, self.test_button, self.remove_button, self.result)

    def _default_port(self) -> None:
        """A port left at the default of the old security follows the new one."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def _typed(self) -> tuple[str, int, str, str]:
        return (self.server.text(), self.port.value(), self.security.currentData(),
                self.user.text())

    def show_result(self, text: str, failed: bool) -> None:
        self.result.setText(text)
        colours.styled(self.result, ERROR_STYLE if failed else "")
        self.result.show()

    # Test connection ----------------------------------------------------------------------
    def test_connection(self) -> bool:
        """Connect with what is typed (the password typed, else the one kept), off the
        window's thread; the answer shows below. False when nothing was started."""
        try:
            account = checked_account(*self._typed())
        except ValidationError as error:
            self.show_result(str(error), failed=True)
            return False
        typed = self.password.text()
        self.test_button.setEnabled(False)
        self.show_result(_("Connecting to {server}…").format(server=account.server), False)
        run_in_background(self, lambda: try_connection(account, typed or read_password(
            account)), self._tested, self._test_failed)
        return True

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        folders = report.folders
        self.show_result(_("Connected. Inbox: {count} messages; sent mail in “{sent}”; "
                           "drafts go to “{drafts}”.").format(
            count=report.messages, sent=folders.sent or _("(none found)"),
            drafts=folders.drafts or _("(none found)")), failed=False)

    def _test_failed(self, error: ValidationError) -> None:
        self.test_button.setEnabled(True)
        self.show_result(str(error), failed=True)

    # Saving -----------------------------------------------------------------------------
    def wanted(self) -> bool:
        """Whether there is an account to save: one kept, or a server typed."""
        return self.account is not None or bool(self.server.text().strip())

    def save(self) -> bool:
        """Store the account (the password in the keyring); a refusal shows below."""
        if not self.wanted():
            return True
        return mail_ops.save_account(
            self.operations, self, *self._typed(), self.password.text() or None,
            self.auto_accept.isChecked(),
            on_error=lambda error: self.show_result(str(error), failed=True))

    def remove(self) -> None:
        if not ask(self, _("Remove the mail account?"), _(
                "The app stops reading your mailbox and forgets the password. What it "
                "logged stays in your contacts' history."), _("Remove"), _("Keep")):
            return
        if mail_ops.remove_account(self.operations, self):
            self.account = None
            for field in (self.server, self.user, self.password):
                field.clear()
            self.remove_button.setEnabled(False)
            self.show_result(_("The mail account was removed."), failed=False)
