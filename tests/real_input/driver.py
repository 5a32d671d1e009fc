"""A real X server (Xvfb), the app started in it from its entry point, and a person's
hands: real pointer and key events sent through the X server with xdotool.

The probe (launch.py) only says where things are; everything the test does goes through
the X server, the way a mouse and a keyboard reach the app.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN = (1366, 768)
STEP_PAUSE = 0.06  # between the pointer's steps in a drag, as a hand moves


class XServer:
    """Xvfb on a display of its own with a window manager (Openbox), as on a desktop: it
    gives the keyboard back to the window when a dialog closes. Stopped when the tests are
    done."""

    def __init__(self) -> None:
        for tool in ("Xvfb", "xdotool", "openbox", "xprop", "import"):
            if shutil.which(tool) is None:
                raise RuntimeError(
                    f"{tool} is missing: install Debian's xvfb, xdotool, openbox, x11-utils "
                    "and imagemagick (apt-get install xvfb xdotool openbox x11-utils "
                    "imagemagick), as .ci/run does")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0",
             f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as stream:  # Xvfb writes its display number once it is ready
            number = stream.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.manager = subprocess.Popen(
            ["openbox", "--sm-disable"], env=self.env(), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while not self._managed():
            if time.monotonic() > deadline:
                raise RuntimeError("the window manager did not start")
            time.sleep(0.1)

    def _managed(self) -> bool:
        """Whether a window manager has said it runs (EWMH's check on the root window)."""
        found = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                               env=self.env(), capture_output=True, text=True)
        return "window id" in found.stdout

    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def stop(self) -> None:
        self.manager.terminate()
        self.manager.wait(10)
        self.process.terminate()
        self.process.wait(10)


class App:
    """The app on the X server, with the hands that drive it."""

    def __init__(self, server: XServer, data_dir: Path, work: Path,
                 language: str = "en", first_run: bool = False,
                 env: dict[str, str] | None = None) -> None:
        """`first_run`: the person has never set the app up (no profile yet); otherwise
        they have, as "Robin Lee" in Norway. `env`: more of the environment (a keyring, a
        session bus, accessibility turned on)."""
        self.server, self.data_dir, self.work = server, data_dir, work
        if not first_run:
            (work / "config" / "jobfollowup").mkdir(parents=True, exist_ok=True)
            (work / "config" / "jobfollowup" / "profile.json").write_text(json.dumps(
                {"sender_name": "Robin Lee", "home_country": "NO", "set_up": True}))
        self.socket_path = str(work / "probe.sock")
        more = env or {}
        env = server.env()
        env.update(JOBFOLLOWUP_PROBE=self.socket_path, LANG="en_GB.UTF-8",
                   LANGUAGE=language, XDG_STATE_HOME=str(work / "state"),
                   XDG_CACHE_HOME=str(work / "cache"), XDG_CONFIG_HOME=str(work / "config"),
                   XDG_RUNTIME_DIR=str(work / "runtime"))
        env.update(more)
        (work / "runtime").mkdir(mode=0o700, exist_ok=True)
        self.log = open(work / "app-output.txt", "w")  # noqa: SIM115 (closed in quit)
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "launch.py"), "--data-dir", str(data_dir),
             "--language", language],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self._stream = None
        self.wait_for("ready()", timeout=60)
        # the window manager gave it the keyboard (on a first run, to the set-up dialog)
        self.wait_for("keyboard_ready()" if first_run else "active()", timeout=20)
        time.sleep(0.3)  # the settling-in after the first paint

    # What is where (the probe) ----------------------------------------------------------
    def ask(self, expression: str):
        if self._stream is None:
            deadline = time.monotonic() + 30
            while True:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the app ended: {self.output()}")
                try:
                    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    connection.connect(self.socket_path)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            self._stream = connection.makefile("rw", encoding="utf-8")
        self._stream.write(expression + "\n")
        self._stream.flush()
        answer = json.loads(self._stream.readline())
        if not answer["ok"]:
            raise ProbeError(answer["error"])
        return answer["value"]

    def wait_for(self, expression: str, timeout: float = 10.0):
        """Ask until the answer is true (a window shown, a dialog open); return it."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                last = self.ask(expression)
            except ProbeError as error:
                last = error
            else:
                if last:
                    return last
            time.sleep(0.05)
        raise TimeoutError(f"{expression} stayed {last!r}; app output: {self.output()}")

    def wait_for_still(self, expression: str, timeout: float = 10.0):
        """`wait_for`, then until the answer stays the same for a moment: a dialog that
        lays itself out again once shown (text that wraps) has its buttons where they
        will stay before a hand reaches for them."""
        deadline = time.monotonic() + timeout
        last = self.wait_for(expression, timeout)
        while time.monotonic() < deadline:
            time.sleep(0.15)
            now = self.wait_for(expression, max(0.1, deadline - time.monotonic()))
            if now == last:
                return now
            last = now
        raise TimeoutError(f"{expression} kept changing: {last!r}")

    def output(self) -> str:
        self.log.flush()
        return (self.work / "app-output.txt").read_text()[-3000:]

    # A person's hands ----------------------------------------------------------------------
    def _xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.server.env(), check=True, timeout=30)

    def move(self, x: int, y: int) -> None:
        self._xdotool("mousemove", str(x), str(y))

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.move(x, y)
        time.sleep(STEP_PAUSE)
        self._xdotool("click", str(button))
        time.sleep(STEP_PAUSE)

    def double_click(self, x: int, y: int) -> None:
        self.move(x, y)
        time.sleep(STEP_PAUSE)
        self._xdotool("click", "--repeat", "2", "--delay", "80", "1")
        time.sleep(STEP_PAUSE)

    def drag(self, start: list[int], end: list[int], steps: int = 8) -> None:
        """Press on `start`, move in steps as a hand does, release on `end`."""
        self.move(*start)
        time.sleep(STEP_PAUSE)
        self._xdotool("mousedown", "1")
        time.sleep(STEP_PAUSE)
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step // steps
            y = start[1] + (end[1] - start[1]) * step // steps
            self.move(x, y)
            time.sleep(STEP_PAUSE)
        self.move(*end)
        time.sleep(STEP_PAUSE * 2)
        self._xdotool("mouseup", "1")
        time.sleep(STEP_PAUSE * 2)

    def key(self, *keys: str) -> None:
        """Press keys as xdotool names them: "ctrl+z", "ctrl+shift+z", "Return", once the
        window they are meant for has the keyboard (as a person waits for a dialog)."""
        for name in keys:
            self.wait_for("keyboard_ready()")
            self._xdotool("key", "--clearmodifiers", name)
            time.sleep(STEP_PAUSE)

    def type(self, text: str) -> None:
        self.wait_for("keyboard_ready()")
        self._xdotool("type", "--delay", "20", text)
        time.sleep(STEP_PAUSE)

    def screenshot(self, path: Path) -> Path:
        """The whole screen as the X server shows it (ImageMagick's import)."""
        subprocess.run(["import", "-window", "root", str(path)], env=self.server.env(),
                       check=True, timeout=30)
        return path

    def quit(self) -> None:
        if self._stream is not None:
            self._stream.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()


class ProbeError(Exception):
    """The probe could not answer (its traceback is the message)."""
