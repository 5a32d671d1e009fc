"""Work that waits on the network, on a thread of its own, so the window never freezes:
its result (or its error) comes back as a signal on the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

_running: set[Task] = set()  # kept alive until done, whatever asked for them has closed


class Task(QThread):
    """Runs `work()` once; `done(result, error)` says how it went (one of them is None)."""

    done = Signal(object, object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__(QCoreApplication.instance())
        self._work = work
        self.finished.connect(self._forget)

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as failure:  # noqa: BLE001 (handed to the window's thread)
            result, error = None, failure
        self.done.emit(result, error)

    def _forget(self) -> None:
        _running.discard(self)
        self.deleteLater()


def run_in_background(work: Callable[[], Any],
                      when_done: Callable[[Any, BaseException | None], None]) -> Task:
    """Start `work` on a thread; `when_done` (a method of a window's object, so that it
    runs on the window's thread) gets its result or its error."""
    task = Task(work)
    task.done.connect(when_done)
    _running.add(task)
    task.start()
    return task


def wait_for_all(milliseconds: int) -> bool:
    """Wait for the threads still running (the app is quitting); False if one is not done
    in time."""
    return all(task.wait(milliseconds) for task in list(_running))
