"""The main window as the tests see it: shown on the data open for the test, with a fixed
day for today; and a script run by a fresh Python, offscreen, for what a whole start does."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable

from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow


def shown_window(qtbot, today: dt.date | Callable[[], dt.date]) -> MainWindow:
    """The main window on the open data, shown, taking `today` for today (a day, or a
    clock that says which day it is each time it is asked)."""
    window = MainWindow(Operations(), today=today if callable(today) else lambda: today)
    qtbot.addWidget(window)
    window.show()
    return window


def run_python(script: str) -> subprocess.CompletedProcess:
    """`script` run by a new Python, offscreen, its output kept."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
