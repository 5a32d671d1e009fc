"""The mail account: where the server is and who logs in (kept with the data's settings),
and the password (kept in the system's keyring — Secret Service, Keychain, Credential
Manager — never in the data file, a backup, an export or the log).

`keyring` chooses the store; its own configuration (`PYTHON_KEYRING_BACKEND`, its
configuration file) is respected, so a script or a test can choose another one. Where no
keyring is available the account is refused with a message, and nothing is stored.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.models import MailFolder, database_proxy

SECURITY = ("tls", "starttls", "plain")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
KEYRING_SERVICE = "Job Follow-up mail"


@dataclass(frozen=True)
class MailAccount:
    server: str
    port: int
    security: str  # "tls", "starttls", or "plain" (only to this computer)
    user: str

    @property
    def keyring_name(self) -> str:
        """The name the password is kept under in the keyring."""
        return f"{self.user}@{self.server}:{self.port}"

    @property
    def address(self) -> str:
        """The user's own address, when the user name is one (most providers)."""
        return self.user.lower() if "@" in self.user else ""

    def as_setting(self) -> dict:
        return {"server": self.server, "port": self.port, "security": self.security,
                "user": self.user}


class NoKeyringError(ValidationError):
    """No keyring to keep the password in: nothing is stored."""


def is_local(server: str) -> bool:
    """Whether `server` is this computer (where a connection without TLS stays inside it)."""
    name = server.strip().lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_account(server: str, port: int | str | None, security: str,
                    user: str) -> MailAccount:
    """The account as typed, checked: a server name, a port, a security the app speaks
    (plain only to a server on this computer: a password never crosses a network in
    clear), a user name."""
    server, user = (server or "").strip(), (user or "").strip()
    if not server:
        raise ValidationError(_("Give the name of your mail server (IMAP), e.g. "
                                "imap.example.com."), "server")
    if any(c.isspace() for c in server) or len(server) > 253 or "/" in server:
        raise ValidationError(_("“{server}” is not a server name: write it as "
                                "imap.example.com, without “imap://” or spaces.").format(
            server=server), "server")
    if security not in SECURITY:
        raise ValidationError(_("Choose TLS or STARTTLS."), "security")
    if security == "plain" and not is_local(server):
        raise ValidationError(_("Without TLS your password would cross the network "
                                "unprotected: choose TLS or STARTTLS (a connection without "
                                "them is only for a server on this computer)."), "security")
    if port in (None, ""):
        port = DEFAULT_PORTS[security]
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = 0
    if not 1 <= port <= 65535:
        raise ValidationError(_("The port is a number from 1 to 65535 (usually 993 with "
                                "TLS, 143 with STARTTLS)."), "port")
    if not user:
        raise ValidationError(_("Give the user name you log in to your mail with (often "
                                "your email address)."), "user")
    if len(user) > 320:
        raise ValidationError(_("This user name is too long."), "user")
    return MailAccount(server, port, security, user)


def stored_account() -> MailAccount | None:
    """The account set up in Preferences (or by `mail-account set`), or None."""
    stored = settings.get("mail_account")
    try:
        return MailAccount(str(stored["server"]), int(stored["port"]),
                           str(stored["security"]), str(stored["user"]))
    except (KeyError, TypeError, ValueError):
        return None


def _keyring():
    """The keyring `keyring` chose (or was told to use), or NoKeyringError."""
    import keyring
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a configured backend that cannot load
        raise NoKeyringError(_("The system keyring could not be opened ({problem}): the "
                               "password was not stored.").format(problem=error),
                             "password") from None
    if isinstance(backend, (fail.Keyring, null.Keyring)):  # none, or one that keeps nothing
        raise NoKeyringError(_(
            "No keyring is available on this computer to keep the password safely, so "
            "nothing was stored. Install or unlock one (GNOME Keyring, KWallet, the macOS "
            "Keychain, Windows Credential Manager), then try again."), "password")
    return backend


def _keyring_failed(error: Exception) -> NoKeyringError:
    return NoKeyringError(_("The keyring refused to keep the password: {problem}").format(
        problem=error or type(error).__name__), "password")


def store_password(account: MailAccount, password: str) -> None:
    from keyring.errors import KeyringError

    backend = _keyring()
    try:
        backend.set_password(KEYRING_SERVICE, account.keyring_name, password)
    except (KeyringError, OSError) as error:
        raise _keyring_failed(error) from None


def read_password(account: MailAccount) -> str | None:
    """The password kept for `account`, or None. May wait for the keyring to be unlocked:
    called off the window's thread."""
    from keyring.errors import KeyringError

    backend = _keyring()
    try:
        return backend.get_password(KEYRING_SERVICE, account.keyring_name)
    except (KeyringError, OSError) as error:
        raise NoKeyringError(_("The keyring did not give the password: {problem}").format(
            problem=error or type(error).__name__), "password") from None


def forget_password(account: MailAccount) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _keyring().delete_password(KEYRING_SERVICE, account.keyring_name)
    except (PasswordDeleteError, NoKeyringError):
        pass  # nothing kept, or nowhere to keep it: nothing to forget
    except (KeyringError, OSError) as error:
        raise _keyring_failed(error) from None


def save_account(server: str, port: int | str | None, security: str, user: str,
                 password: str | None, auto_accept: bool | None = None) -> MailAccount:
    """Set up (or change) the account. The password goes to the keyring first: without a
    keyring nothing is stored. `password` None keeps the one kept for the same account;
    another server or user needs one. A new server starts reading afresh."""
    account = checked_account(server, port, security, user)
    before = stored_account()
    if password:
        if len(password) > 1000 or "\n" in password:
            raise ValidationError(_("This password cannot be right (too long, or over "
                                    "several lines)."), "password")
        store_password(account, password)
    elif read_password(account) is None:
        raise ValidationError(_("Give the password (or app password) of this account."),
                              "password")
    with database_proxy.atomic():
        settings.put("mail_account", account.as_setting())
        if auto_accept is not None:
            settings.put("mail_auto_accept", auto_accept)
        if before is not None and (before.server, before.user) != (account.server,
                                                                   account.user):
            MailFolder.delete().execute()  # another mailbox: its folders are new to us
    if before is not None and before.keyring_name != account.keyring_name:
        forget_password(before)
    return account


def remove_account() -> None:
    """No mailbox any more: the account, where reading stopped, and the password go;
    what was logged from it stays in the history."""
    account = stored_account()
    with database_proxy.atomic():
        settings.put("mail_account", {})
        MailFolder.delete().execute()
    if account is not None:
        forget_password(account)
