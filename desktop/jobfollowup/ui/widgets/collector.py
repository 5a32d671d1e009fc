"""Python's cycle collector, kept out of the way of clicks.

A full collection walks every object the app holds: 20–30 ms with what the start makes,
15–20 ms later with months of follow-ups read. Left to itself, Python runs one whenever
enough objects have survived, in the middle of whatever the user is doing. So once the
window shows the user's day, what the start made (it lives as long as the app) is set
aside for good, and full collections run on a timer instead, at most every minute;
young objects are still collected as usual.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

FULL_EVERY_MS = 60_000
NEVER_BY_ITSELF = 1_000_000  # young collections before Python would start a full one


def settle(parent: QObject) -> QTimer:
    """Set aside the start's objects and take full collections over; returns the timer.
    Only the young generations are collected first (a full collection, 18 ms, would hold
    the window just drawn): what the start left in the oldest is set aside with the rest."""
    gc.collect(1)
    gc.freeze()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, NEVER_BY_ITSELF)
    timer = QTimer(parent)
    timer.setInterval(FULL_EVERY_MS)
    timer.timeout.connect(collect_all)
    timer.start()
    return timer


def collect_all() -> None:
    """A full collection of what came after the start (cycles left by closed dialogs)."""
    gc.collect()


def collect_young() -> None:
    """The young objects, while the user looks: the next click then starts with few."""
    gc.collect(1)
