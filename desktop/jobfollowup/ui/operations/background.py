"""Work that waits on the network (the user's mail server), run off the window's thread
(`ui/widgets/background.py`) so the window never freezes, with the operations' policy
for its errors: a refusal comes back as it is, in the user's words; anything else is a
bug, logged with its traceback and said plainly. A check stuck on a silent server never
holds up quitting (the thread is a daemon)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.ui.widgets import background

logger = logging.getLogger("jobfollowup")


def run_in_background(parent: QObject, work: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_failed: Callable[[ValidationError], None]) -> threading.Thread:
    """Run `work` on a worker thread; `on_done(result)` or `on_failed(error)` then runs in
    the window's thread. `work` touches no Qt object and no data file."""
    def failed(error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            logger.error("Background work failed", exc_info=error)
            error = ValidationError(_(
                "Something went wrong ({problem}); the log has the details.").format(
                problem=type(error).__name__))
        on_failed(error)

    return background.run_in_background(parent, work, done=on_done, failed=failed,
                                        name="jobfollowup-mail")
