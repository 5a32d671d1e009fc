"""Work that waits on the network (the user's mail server) runs off the window's thread,
so the window never freezes; its result, or its error in the user's words, comes back to
the window's thread, where the data is read and written.

A Python worker thread (a daemon: a check stuck on a silent server never holds up
quitting) and a QObject relay living in the window's thread: a signal emitted from the
worker is delivered there, queued."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError

logger = logging.getLogger("jobfollowup")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


def run_in_background(parent: QObject, work: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_failed: Callable[[ValidationError], None]) -> threading.Thread:
    """Run `work` on a worker thread; `on_done(result)` or `on_failed(error)` then runs in
    the window's thread. `work` touches no Qt object and no data file."""
    relay = _Relay(parent)
    relay.done.connect(on_done)
    relay.failed.connect(on_failed)
    for signal in (relay.done, relay.failed):
        signal.connect(relay.deleteLater)

    def target() -> None:
        try:
            result = work()
        except ValidationError as error:
            outcome, value = relay.failed, error
        except Exception as error:  # a bug: logged with its traceback, said plainly
            logger.exception("Background work failed")
            outcome, value = relay.failed, ValidationError(_(
                "Something went wrong ({problem}); the log has the details.").format(
                problem=type(error).__name__))
        else:
            outcome, value = relay.done, result
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            outcome.emit(value)

    thread = threading.Thread(target=target, name="jobfollowup-mail", daemon=True)
    thread.start()
    return thread
