"""One app per data folder: a second launch hands over to the first and quits; a lock
left by a killed app does not lock the user out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMainWindow

from jobfollowup.ui.shell.single_instance import LOCK_FILENAME, SingleInstance, raise_window

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")


def launch(data_dir, *extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_GB.UTF-8")
    return subprocess.Popen([sys.executable, "-m", "jobfollowup", "--data-dir", str(data_dir),
                             *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_second_launch_raises_the_running_window_and_exits(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    running = SingleInstance(data_dir)
    assert running.acquire()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    running.activated.connect(lambda: raise_window(window))
    running.listen()
    try:
        second = launch(data_dir)
        with qtbot.waitSignal(running.activated, timeout=20000):
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.wait(5) == 0, second.stderr.read().decode()
        assert not window.isMinimized() and window.isVisible()
    finally:
        running.release()


def test_two_real_launches_then_a_kill_and_a_fresh_start(tmp_path):
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    try:
        deadline = time.monotonic() + 20
        while not (data_dir / "backups").exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.stderr.read().decode()
            time.sleep(0.05)  # the first app has opened its data (its daily backup exists)
        second = launch(data_dir)
        assert second.wait(20) == 0, second.stderr.read().decode()
        assert first.poll() is None  # the first one is still there, still the owner
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert (data_dir / LOCK_FILENAME).exists()  # a stale lock, left by the kill
        third = launch(data_dir, "--smoke-test")
        assert third.wait(20) == 0, third.stderr.read().decode()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_a_stale_lock_of_a_killed_process_is_taken_over(tmp_path):
    data_dir = tmp_path / "data"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, pathlib\n"
        "from jobfollowup.ui.shell.single_instance import SingleInstance\n"
        "owner = SingleInstance(pathlib.Path(sys.argv[1]))\n"
        "print(owner.acquire(), flush=True)\n"
        "time.sleep(60)\n"), str(data_dir)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"True\n"
        assert not SingleInstance(data_dir).acquire(timeout_ms=0)
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        taker = SingleInstance(data_dir)
        assert taker.acquire()
        taker.release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_runtime_folder_too_deep_for_a_socket_falls_back_to_qts_own(monkeypatch, tmp_path):
    from jobfollowup.ui.shell.single_instance import server_name

    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    assert server_name(tmp_path).startswith("/run/user/1000/jobfollowup-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/tmp/" + "deep/" * 20)
    name = server_name(tmp_path)
    assert name.startswith("jobfollowup-") and "/" not in name
