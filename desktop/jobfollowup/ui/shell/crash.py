"""When something unexpected goes wrong: log it, and tell the user in a dialog where the
details are, instead of the app vanishing (started from a menu, it has no terminal)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jobfollowup.i18n import _, pgettext

logger = logging.getLogger("jobfollowup")


class CrashDialog(QMessageBox):
    """Says that something went wrong, that saved work is safe, and where the log is."""

    def __init__(self, details: str, log_path: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, _("Something went wrong"), _(
            "Job Follow-up ran into an unexpected problem. Everything you saved before is "
            "safe."), parent=parent)
        self.log_path = log_path
        if log_path is not None:
            self.setInformativeText(_(
                "The details were written to {path}. If you report the problem, please "
                "attach that file.").format(path=log_path))
        else:  # only then Qt's "Show Details…" button, which has no Bokmål translation
            self.setInformativeText(_("The log folder could not be written, so the details "
                                      "are below."))
            self.setDetailedText(details)
        from PySide6.QtCore import Qt  # its enums take 17 ms: not before the window shows

        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = None
        if log_path is not None:
            self.open_folder = self.addButton(_("Open log folder"),
                                              QMessageBox.ButtonRole.ActionRole)
            self.open_folder.clicked.connect(self._open_log_folder)
        close = self.addButton(pgettext("button", "Close"), QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(close)
        self.setEscapeButton(close)

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


class CrashHandler:
    """`sys.excepthook` for the GUI: every uncaught error is logged with its traceback and
    shown once in a CrashDialog (not one dialog per repeat while the first is open).

    `start_log` (returning the log's path) may start the log later than the handler: the
    app starts it once its window has shown (`start_log()`), or the first error does."""

    def __init__(self, log_path: Path | None = None, show_dialog: bool = True,
                 start_log: Callable[[], Path | None] | None = None) -> None:
        self.log_path = log_path
        self._start_log = start_log
        self.show_dialog = show_dialog
        self.seen = 0  # errors met, e.g. for the smoke test to fail on
        self._showing = False

    def install(self) -> CrashHandler:
        sys.excepthook = self
        return self

    def start_log(self) -> None:
        """Start the log now, unless it has started already."""
        start, self._start_log = self._start_log, None
        if start is not None:
            self.log_path = start()

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.seen += 1
        self.start_log()
        details = "".join(traceback.format_exception(kind, error, trace))
        logger.critical("Unexpected error\n%s", details.rstrip())
        if not self.show_dialog or QApplication.instance() is None:
            if sys.stderr is not None:
                sys.stderr.write(details)
            return
        if self._showing:
            return
        self._showing = True
        try:
            CrashDialog(details, self.log_path, QApplication.activeWindow()).exec()
        finally:
            self._showing = False
