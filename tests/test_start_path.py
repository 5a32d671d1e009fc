"""The start as a person meets it: the app run from its entry point on a search, the day
drawn with nothing loaded that the day does not need, and nothing after it that holds the
window (the settling in runs a step per turn, the day's copy of the data on a thread)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QMainWindow

from jobfollowup.services import settings
from jobfollowup.services.data import close_data, open_data
from jobfollowup.ui.widgets.background import run_in_background
from seeding import seed_search

# What the day does not need: each loads when first wanted (a dialog opened, a file
# imported, the log started once the day is drawn).
NOT_BEFORE_THE_DAY = (
    "jobfollowup.notes.proofread", "rapidfuzz", "jobfollowup.ui.dialogs.draft_editor",
    "jobfollowup.ui.dialogs.interview", "jobfollowup.ui.dialogs.set_up",
    "jobfollowup.ui.dialogs.moving", "jobfollowup.ui.dialogs.follow_up_details",
    "jobfollowup.ui.dialogs.follow_up_flows", "jobfollowup.ui.operations.data",
    "jobfollowup.services.exchange.contacts_files", "jobfollowup.services.exchange.linkedin",
    "jobfollowup.services.records.replies", "logging.handlers",
    # The rules beyond their vocabulary: a list of follow-ups applies none of them.
    "jobfollowup.rules.judging", "jobfollowup.rules.plans", "jobfollowup.rules.reasons",
    "jobfollowup.rules.days", "jobfollowup.rules.holiday_calendar", "holidays",
    # The focus ring, shown once the day is drawn.
    "jobfollowup.ui.widgets.focus_ring",
    # The storage code, the operations and the menus: the day is read straight from the
    # file and drawn, and the data opens behind it (Babel's dates load then too).
    "peewee", "jobfollowup.storage.database", "jobfollowup.storage.models",
    "jobfollowup.ui.operations.core", "jobfollowup.ui.shell.menus",
    "jobfollowup.ui.shell.reminders")


@pytest.fixture
def search_folder(tmp_path, monkeypatch):
    """A data folder holding a search, and a person who has set the app up."""
    folder = tmp_path / "data"
    open_data(folder)
    seed_search(dt.date.today())
    settings.save_profile("Robin Lee", "NO", "", "en")
    close_data()
    return folder


def _start(folder, **env) -> list[str]:
    """The app's own start until Today is filled in: its output lines, the modules it
    imported (`-X importtime`) among them, in order."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "jobfollowup", "--data-dir", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", **env})
    assert result.returncode == 0, result.stdout[-2000:]
    return result.stdout.splitlines()


def test_the_day_is_drawn_before_anything_it_does_not_need_is_loaded(search_folder):
    lines = _start(search_folder, JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT="1")
    filled = next(n for n, line in enumerate(lines) if line.startswith("filled"))
    before = {line.rsplit("|", 1)[1].strip() for line in lines[:filled]
              if line.startswith("import time:")}
    assert "jobfollowup.ui.views.today" in before  # the measure sees what it should
    assert sorted(set(NOT_BEFORE_THE_DAY) & before) == []


def test_settling_in_makes_the_days_copy_and_never_offers_the_set_up_again(search_folder):
    """After the day is drawn: the daily copy is made, the set-up (done) is not loaded, and
    the event loop is never held long by one step (the figure itself is the benchmark's)."""
    lines = _start(search_folder, JOBFOLLOWUP_WATCH_STALLS_S="2")
    assert any(line.startswith("stalls longest_ms=") for line in lines)
    imported = {line.rsplit("|", 1)[1].strip() for line in lines
                if line.startswith("import time:")}
    assert "jobfollowup.ui.dialogs.set_up" not in imported
    copies = list((search_folder / "backups").glob("*-auto.sqlite3"))
    assert len(copies) == 1


def test_work_in_the_background_answers_on_the_gui_thread(qtbot):
    parent = QMainWindow()
    threads, answers = [], []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    worker = run_in_background(parent, work, done=lambda result: answers.append(
        (result, threading.current_thread())), failed=answers.append)
    worker.join(5)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert threads[0] is not threading.main_thread()
    assert answers == [(42, threading.main_thread())]


def test_a_failure_in_the_background_reaches_the_gui_thread(qtbot):
    parent = QMainWindow()
    failures = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    run_in_background(parent, work, done=failures.append, failed=lambda error: failures.append(
        (type(error), threading.current_thread()))).join(5)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == [(OSError, threading.main_thread())]
