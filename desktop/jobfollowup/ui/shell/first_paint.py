"""The first paint of the main window: what waits for it, and its report to the
start-up benchmark.

Set JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT=1 and the app prints `first-paint maxrss_kb=N
cpu_ms=C` as soon as its main window has painted once, then `filled maxrss_kb=N cpu_ms=C`
once it has painted with Today filled in (the same paint when the day could be read before
the data was opened), and exits. C is the processor time the process has used so far: a
figure the load of other programs on the machine changes less than the time on the clock.

Set JOBFOLLOWUP_WATCH_STALLS_S=N instead and, once Today is filled in, the app watches its
event loop for N seconds (the settling in: backup, reminders, feed…), prints
`stalls longest_ms=X at_ms=Y` (the longest time the user's clicks would have waited, and
when, counted from Today filled in), and exits.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT"
STALLS_ENV = "JOBFOLLOWUP_WATCH_STALLS_S"


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across
    exec from the parent that spawned it)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class _FirstPaint(QObject):
    """Calls `then` once `window` has painted for the first time, or after `wait_ms`
    when it never paints (a window minimised at once may not)."""

    def __init__(self, window: QWidget, then: Callable[[], None],
                 wait_ms: int | None = None) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        if wait_ms is not None:
            QTimer.singleShot(wait_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after(window: QWidget, then: Callable[[], None]) -> None:
    """Run `then` once `window` has painted (at once when it is not shown, as in the
    tray): work the user does not see yet waits for their first sight of the window."""
    if window.isVisible():
        _FirstPaint(window, then, wait_ms=1000)
    else:
        QTimer.singleShot(0, then)


def report(what: str, last: bool = False) -> None:
    """Tell the benchmark, when it asks, that the window has painted `what` ("first-paint",
    "filled"), with the peak memory so far; after the `last` one the app quits."""
    if os.environ.get(ENV):
        print(f"{what} maxrss_kb={peak_rss_kb()} cpu_ms={time.process_time() * 1000:.1f}",
              flush=True)
        if last:
            QApplication.instance().quit()


class _StallWatch(QObject):
    """A timer ticking every millisecond on the GUI thread: the longest gap between two
    ticks is the longest the event loop was kept from the user's input."""

    def __init__(self, seconds: float) -> None:
        from PySide6.QtCore import Qt  # its enums take 17 ms: not before the frame shows

        super().__init__(QApplication.instance())
        self._started = self._last = time.perf_counter()
        self._longest, self._at = 0.0, 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        QTimer.singleShot(round(seconds * 1000), self, self._report)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        if gap > self._longest:
            self._longest, self._at = gap, (self._last - self._started) * 1000
        self._last = now

    def _report(self) -> None:
        self._tick()
        print(f"stalls longest_ms={self._longest:.1f} at_ms={self._at:.0f}", flush=True)
        QApplication.instance().quit()


def watch_stalls() -> None:
    """Start watching the event loop when the benchmark asks for it (`STALLS_ENV`)."""
    seconds = os.environ.get(STALLS_ENV)
    if seconds:
        _StallWatch(float(seconds))
