"""Python's full collections wait for the app's timer instead of landing mid-click."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from jobfollowup.ui.widgets import collector


def test_full_collections_run_on_the_timer_never_by_themselves(qapp):
    full = []

    def watch(phase, info):
        if phase == "stop" and info["generation"] == 2:
            full.append(info["collected"])

    threshold = gc.get_threshold()
    owner = QObject()
    try:
        timer = collector.settle(owner)
        assert gc.get_freeze_count() > 0  # what the start made is set aside
        gc.callbacks.append(watch)
        kept = []
        for number in range(300_000):  # months of follow-ups read: objects that survive
            cycle: list = [number]
            cycle.append(cycle)
            kept.append(cycle)
        assert full == []  # with the default thresholds, several full collections by now
        del kept, cycle
        timer.timeout.emit()
        assert full and full[0] >= 300_000  # the timer's collection finds the cycles
        assert timer.interval() == collector.FULL_EVERY_MS and timer.isActive()
    finally:
        if watch in gc.callbacks:
            gc.callbacks.remove(watch)
        gc.unfreeze()
        gc.set_threshold(*threshold)
