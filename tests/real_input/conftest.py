"""Fixtures of the real-input tests: one X server for the session, the sample search made
once by the command line, and the app started afresh on a copy of it for each test."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from driver import App, XServer

from jobfollowup.storage.early import DB_FILENAME


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    server = XServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sample(tmp_path_factory) -> Path:
    """The sample search (fifteen applications, forty people) as of today."""
    folder = tmp_path_factory.mktemp("sample") / "data"
    subprocess.run([sys.executable, "-m", "jobfollowup", "demo", "--size", "small",
                    "--data-dir", str(folder)], check=True, capture_output=True, timeout=120)
    return folder


class Search:
    """The test's copy of the data, read the way a support person would: straight from the
    file, through a read-only connection (the app keeps writing to it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def rows(self, sql: str, *parameters) -> list[tuple]:
        connection = sqlite3.connect(f"file:{self.folder / DB_FILENAME}?mode=ro", uri=True)
        try:
            return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()

    def day_of(self, follow_up_id: int) -> dt.date:
        return dt.date.fromisoformat(self.rows(
            "SELECT planned_date FROM follow_up WHERE id = ?", follow_up_id)[0][0])

    def state_of(self, follow_up_id: int) -> str | None:
        found = self.rows("SELECT state FROM follow_up WHERE id = ?", follow_up_id)
        return found[0][0] if found else None

    def wait_for_day(self, follow_up_id: int, day: dt.date, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while self.day_of(follow_up_id) != day:
            if time.monotonic() > deadline:
                raise AssertionError(f"follow-up {follow_up_id} stayed on "
                                     f"{self.day_of(follow_up_id)}, not {day}")
            time.sleep(0.05)


@pytest.fixture
def search(sample, tmp_path) -> Search:
    folder = tmp_path / "data"
    shutil.copytree(sample, folder)
    return Search(folder)


@pytest.fixture
def judge(sample, tmp_path):
    """Whether the rules allow a follow-up on a day, asked of the services on another copy
    of the same data: the test uses it to choose its days, never to check the app."""
    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.planning.follow_ups import judge_move

    folder = tmp_path / "judged"
    shutil.copytree(sample, folder)
    open_data(folder)
    yield lambda follow_up_id, day: judge_move(follow_up_id, day, dt.date.today())
    close_data()


@pytest.fixture
def app(xserver, search, tmp_path, request) -> Iterator[App]:
    work = tmp_path / "app"
    work.mkdir()
    running = App(xserver, search.folder, work)
    yield running
    failed = getattr(request.node, "failed_call", False)
    if failed:  # what the screen showed when the test failed, beside its output
        running.screenshot(work / "failure.png")
    running.quit()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item.failed_call = True
