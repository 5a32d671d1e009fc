"""Checking the user's mailbox in the background: at start, every few minutes, after the
account changes, on File → Check mail now, and — where the server has IMAP IDLE — as soon
as it says a message came. The network is read on a worker thread;
what it brings is stored in the window's thread (ui/operations/mail.py), and Today shows
the suggestions. Offline or failing, the status bar says so and the next round tries
again; nothing is stored from a check that did not finish."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from jobfollowup.i18n import _, ngettext
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.mail.account import MailAccount, read_password, stored_account
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations

CHECK_EVERY_MS = 4 * 60 * 1000


class MailChecker(QObject):
    checked = Signal(list)  # the new suggestions' ids
    failed = Signal(str)

    def __init__(self, operations: Operations, window: QMainWindow,
                 today: Callable[[], dt.date]) -> None:
        super().__init__(window)
        self.operations, self.window, self._today = operations, window, today
        self.busy = False
        self.last_error: str | None = None
        self._account: MailAccount | None = None
        self._watching: threading.Event | None = None  # set to stop the wait in IDLE
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        operations.changed.connect(self._on_changed)
        QCoreApplication.instance().aboutToQuit.connect(self.stop_watching)

    def start(self) -> None:
        """At start: a first check if there is an account, then one every few minutes."""
        self.check()
        self.timer.start()

    def _on_changed(self, kinds: Change) -> None:
        if Change.SETTINGS in kinds:
            ok, account = self.operations.read(None, stored_account)
            if ok and account != self._account:
                self._account = account
                self.stop_watching()
                if account is not None:
                    self.check()  # a new or changed account: see it work now

    def _say(self, text: str, timeout: int = 15000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def check(self, by_hand: bool = False) -> bool:
        """Start a check unless one runs or there is no account; True when started."""
        if self.busy:
            return False
        ok, account = self.operations.read(self.window, stored_account)
        if not ok or account is None:
            if by_hand:
                self._say(_("No mail account is set up: Edit → Preferences → Mail."))
            return False
        # The IMAP client and the matching load with the first account, not with the window.
        from jobfollowup.services.mail.reading import fetch_new
        from jobfollowup.services.mail.suggestions import folder_states
        from jobfollowup.ui.operations.background import run_in_background

        ok, states = self.operations.read(self.window, folder_states)
        if not ok:
            return False
        self._account, self.busy, today = account, True, self._today()
        if by_hand:
            self._say(_("Checking your mail…"), 0)
        run_in_background(self, lambda: fetch_new(account, read_password(account), states,
                                                  today),
                          lambda fetched: self._done(account, fetched), self._failed)
        return True

    def _done(self, account: MailAccount, fetched) -> None:
        from jobfollowup.services.mail.suggestions import pending
        from jobfollowup.ui.operations import mail as mail_ops

        self.busy, self.last_error = False, None
        if fetched.idle and account == self._account:
            self._watch(account)
        made = mail_ops.record_check(self.operations, fetched, account.address)
        if made and settings.get("mail_auto_accept"):
            ok, rows = self.operations.read(None, pending, made)
            for suggestion in rows if ok else []:
                mail_ops.accept(self.operations, self.window, suggestion)
            self._say(ngettext("{n} message from your mailbox logged",
                               "{n} messages from your mailbox logged",
                               len(made)).format(n=len(made)))
        elif made:
            self._say(ngettext("{n} message from your mailbox to look at in Today",
                               "{n} messages from your mailbox to look at in Today",
                               len(made)).format(n=len(made)))
        else:
            self._say(_("Mail checked: nothing new for your search."), 5000)
        self.checked.emit(made)

    # IMAP IDLE --------------------------------------------------------------------------
    @property
    def watching(self) -> bool:
        return self._watching is not None

    def _watch(self, account: MailAccount) -> None:
        """Wait in IDLE on another thread; a message coming in starts a check."""
        from jobfollowup.services.mail.reading import wait_for_new_mail
        from jobfollowup.ui.operations.background import run_in_background

        if self._watching is not None:
            return
        stop = self._watching = threading.Event()

        def said(came: bool) -> None:
            if self._watching is stop:
                self._watching = None
                if came:
                    self.check()

        def failed(_error: ValidationError) -> None:  # the timer's rounds go on
            if self._watching is stop:
                self._watching = None

        run_in_background(self, lambda: wait_for_new_mail(account, read_password(account),
                                                          stop), said, failed)

    def stop_watching(self) -> None:
        if self._watching is not None:
            self._watching.set()
            self._watching = None

    def _failed(self, error: ValidationError) -> None:
        self.busy, self.last_error = False, str(error)
        self._say(_("Mail not checked: {problem}").format(problem=error), 60000)
        self.failed.emit(str(error))
