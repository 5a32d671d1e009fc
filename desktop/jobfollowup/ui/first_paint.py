"""For the start-up benchmark: report the first paint of a window, then quit.

Set JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT=1 and the app prints one line,
`first-paint maxrss_kb=N`, as soon as its main window has painted once, and exits.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT"


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across
    exec from the parent that spawned it)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        peak = peak_rss_kb()
        print(f"first-paint maxrss_kb={peak}", flush=True)
        sys.stdout.flush()
        QApplication.instance().quit()


def watch(window: QWidget) -> None:
    """Report `window`'s first paint when the benchmark asks for it."""
    if os.environ.get(ENV):
        _FirstPaint(window)
