"""Connecting to the user's IMAP server, and every way it can fail said in the user's
language, naming the real cause: a name not found, a connection refused, a certificate
that cannot be trusted, a wrong password, a server that does not speak IMAP, no answer,
a connection lost on the way. Nothing here knows of the data file."""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.mail.account import MailAccount
from jobfollowup.services.mail.folders import Folders, find_folders

TIMEOUT = 20  # seconds: a server that says nothing for this long is not answering


class MailError(ValidationError):
    """The mailbox could not be reached or read. `cause` says which way, for the code
    ("not-found", "refused", "certificate", "tls", "login", "not-imap", "timeout",
    "lost", "no-password", "folder"); the message says it for the user."""

    def __init__(self, message: str, cause: str) -> None:
        super().__init__(message, "password" if cause == "login" else "server")
        self.cause = cause


@dataclass(frozen=True)
class ConnectionReport:
    """What "Test connection" found."""

    folders: Folders
    idle: bool  # the server tells of new mail as it comes (IMAP IDLE)
    messages: int  # in the Inbox


def explain(error: BaseException, account: MailAccount, connecting: bool = False
            ) -> MailError:
    """`error` (met `connecting`, or reading once logged in) as the user can act on it."""
    from imap_tools.errors import MailboxLoginError, MailboxStarttlsError

    server, port = account.server, account.port
    if isinstance(error, MailError):
        return error
    if isinstance(error, MailboxLoginError):
        return MailError(_("{server} refused the user name or the password. Check them; "
                           "some providers want an app password made for this app rather "
                           "than your usual one.").format(server=server), "login")
    if isinstance(error, socket.gaierror):
        return MailError(_("The server “{server}” was not found. Check its name, and that "
                           "this computer is online.").format(server=server), "not-found")
    if isinstance(error, ConnectionRefusedError):
        return MailError(_("{server} refused the connection on port {port}. Check the port "
                           "and the security (usually 993 with TLS, 143 with STARTTLS)."
                           ).format(server=server, port=port), "refused")
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailError(_("The certificate of {server} cannot be trusted ({reason}), so "
                           "the app did not send your password. Check the server's name; "
                           "if it is right, ask its administrator.").format(
            server=server, reason=error.verify_message or error.reason), "certificate")
    if isinstance(error, MailboxStarttlsError) or (
            account.security == "starttls" and isinstance(error, imaplib.IMAP4.error)
            and "STARTTLS" in str(error)):
        return MailError(_("{server} does not offer STARTTLS on port {port}: choose TLS "
                           "(usually port 993).").format(server=server, port=port), "tls")
    if isinstance(error, ssl.SSLError):
        return MailError(_("{server} did not answer with TLS on port {port}. Is it the "
                           "STARTTLS port (usually 143)? ({reason})").format(
            server=server, port=port, reason=error.reason or error), "tls")
    if isinstance(error, TimeoutError):
        return MailError(_("{server} did not answer within {seconds} seconds. The app will "
                           "try again later.").format(server=server, seconds=TIMEOUT),
                         "timeout")
    if connecting and isinstance(error, imaplib.IMAP4.error):  # its greeting was not IMAP's
        return MailError(_("{server} answered on port {port}, but not as an IMAP mail "
                           "server ({reason}).").format(server=server, port=port,
                                                        reason=error), "not-imap")
    if isinstance(error, imaplib.IMAP4.abort | EOFError | ConnectionError):
        return MailError(_("The connection to {server} was lost ({reason}). The app will "
                           "try again later.").format(server=server, reason=error or
                                                      type(error).__name__), "lost")
    if isinstance(error, imaplib.IMAP4.error | UnicodeDecodeError):
        return MailError(_("{server} answered on port {port}, but not as an IMAP mail "
                           "server ({reason}).").format(server=server, port=port,
                                                        reason=error), "not-imap")
    if isinstance(error, OSError):
        return MailError(_("{server} could not be reached: {reason}").format(
            server=server, reason=error.strerror or error), "lost")
    raise error


def open_mailbox(account: MailAccount, password: str | None, timeout: float = TIMEOUT):
    """A mailbox logged in to `account` (imap-tools), no folder selected yet. The caller
    logs out; a failure on the way is a MailError."""
    from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted

    if not password:
        raise MailError(_("No password is kept for {user} in the keyring: give it again "
                          "in Preferences → Mail.").format(user=account.user), "no-password")
    context = ssl.create_default_context()
    box, connecting = None, True
    try:
        if account.security == "tls":
            box = MailBox(account.server, account.port, timeout=timeout, ssl_context=context)
        elif account.security == "starttls":
            box = MailBoxStartTls(account.server, account.port, timeout=timeout,
                                  ssl_context=context)
        else:  # only to this computer (account.checked_account)
            box = MailBoxUnencrypted(account.server, account.port, timeout=timeout)
        connecting = False
        box.login(account.user, password, initial_folder=None)
        return box
    except Exception as error:
        if box is not None:
            close_quietly(box)
        raise explain(error, account, connecting) from error


def close_quietly(box) -> None:
    """Log out, or at least close the connection: a server gone mid-way is not news."""
    try:
        box.logout()
    except Exception:  # already closed, or the server stopped: the socket goes anyway
        with contextlib.suppress(Exception):
            box.client.shutdown()


def capabilities(box) -> set[str]:
    return {str(c).upper() for c in box.client.capabilities}


def try_connection(account: MailAccount, password: str | None) -> ConnectionReport:
    """Log in, find the folders and count the Inbox, touching nothing."""
    box = open_mailbox(account, password)
    try:
        folders = find_folders(box.folder.list())
        status = box.folder.status(folders.inbox, ["MESSAGES"])
        report = ConnectionReport(folders, "IDLE" in capabilities(box),
                                  status.get("MESSAGES", 0))
    except Exception as error:
        raise explain(error, account) from error
    finally:
        close_quietly(box)
    return report
