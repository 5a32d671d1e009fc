"""Work that would hold the window: run on a thread of its own, its answer handed back to
the GUI thread, where the window may show it.

A click waits for whatever the GUI thread is doing; copying five years of data (150 ms) or
a server's answer must not be that. The work itself touches no widget and no connection
of the window's (each thread opens its own); `done` and `failed` run on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_running: set[threading.Thread] = set()  # the work not done yet, for `wait_for_all`


class _Relay(QObject):
    """Carries the answer across threads: a signal emitted on the worker is delivered, as
    a queued call, on the thread the relay lives on (the GUI thread)."""

    done = Signal(object)
    failed = Signal(object)


def run_in_background(parent: QObject, work: Callable[[], Any], done: Callable[[Any], None],
                      failed: Callable[[BaseException], None], name: str = "background",
                      finish_before_exit: bool = False) -> threading.Thread:
    """Run `work` on a new thread; then `done(result)`, or `failed(error)`, on the GUI
    thread (only while `parent` lives). `finish_before_exit`: the app, quitting, waits for
    the work (a copy half made is of no use) instead of cutting it off. Returns the thread
    (tests join it)."""
    relay = _Relay(parent)
    relay.done.connect(done)
    relay.failed.connect(failed)
    relay.done.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)

    def run() -> None:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 (handed to `failed`, which decides)
            signal, answer = relay.failed, error
        else:
            signal, answer = relay.done, result
        with contextlib.suppress(RuntimeError):  # the window closed: nobody left to tell
            signal.emit(answer)
        _running.discard(threading.current_thread())

    thread = threading.Thread(target=run, name=name, daemon=not finish_before_exit)
    _running.add(thread)
    thread.start()
    return thread


def wait_for_all(milliseconds: int) -> bool:
    """Wait for the work still running (the app is quitting); False if some is not done
    in time."""
    for thread in list(_running):
        thread.join(milliseconds / 1000)
    return not any(thread.is_alive() for thread in list(_running))
