"""What a screen reader hears, over the real accessibility bus (AT-SPI): the app in a
real X server with its accessibility on, a session bus with the AT-SPI registry, and a
listener (Debian's pyatspi, in its own process) printing every focus event. Moving
between the calendar's chips with the keyboard (xdotool) must be heard, chip by chip,
each by its name."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from driver import App

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


class SessionBus:
    """A D-Bus session bus of the test's own; the accessibility bus (at-spi2-core's
    launcher) starts on it when the app or the listener first asks for it."""

    def __init__(self, env: dict[str, str], folder: Path) -> None:
        if shutil.which("dbus-daemon") is None or not Path(
                "/usr/libexec/at-spi-bus-launcher").exists():
            raise RuntimeError("dbus-daemon or at-spi2-core is missing: install Debian's "
                               "dbus and at-spi2-core, as packaging/install-system-packages "
                               "test does")
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env = {**env, "XDG_RUNTIME_DIR": str(folder)}
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write}"],
            pass_fds=(write,), env=self.env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as stream:
            self.address = stream.readline().strip()
        if not self.address:
            raise RuntimeError("the session bus did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.address

    def stop(self) -> None:
        subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.freedesktop.DBus.Peer.Ping"], env=self.env, timeout=10,
                       capture_output=True)
        self.process.terminate()
        self.process.wait(10)


class Listener:
    """The screen reader's ears: focus events as they come, each a dict."""

    def __init__(self, env: dict[str, str]) -> None:
        if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
                [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
            raise RuntimeError("pyatspi is missing: install Debian's python3-pyatspi, as "
                               "packaging/install-system-packages test does")
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "atspi_listener.py")], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        first = self.lines.get(timeout=30)
        if first != "ready":
            raise RuntimeError(f"the listener did not start: {first}")

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def heard(self, wait: float = 0.0) -> list[dict]:
        """The events heard so far (after waiting `wait` seconds for more)."""
        time.sleep(wait)
        events = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return events
            if line.startswith("{"):
                events.append(json.loads(line))

    def wait_for(self, wanted, timeout: float = 10.0) -> list[dict]:
        """Events until one satisfies `wanted` (returned last); all heard meanwhile."""
        deadline = time.monotonic() + timeout
        events: list[dict] = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if not line.startswith("{"):
                continue
            events.append(json.loads(line))
            if wanted(events[-1]):
                return events
        raise TimeoutError(f"not heard; heard: {events}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def bus(xserver, tmp_path):
    running = SessionBus(xserver.env(), tmp_path / "bus")
    yield running
    running.stop()


@pytest.fixture
def listener(bus):
    ears = Listener(bus.env)
    yield ears
    ears.stop()


@pytest.fixture
def reader_app(xserver, search, tmp_path, bus, listener, request):
    work = tmp_path / "app"
    work.mkdir()
    running = App(xserver, search.folder, work, env={
        "DBUS_SESSION_BUS_ADDRESS": bus.address, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1", "PYTHONFAULTHANDLER": "1"})
    yield running
    if getattr(request.node, "failed_call", False):
        running.screenshot(work / "failure.png")
    running.quit()


def chip_names(app: App) -> list[tuple[int, str]]:
    """The month's chips as the app names them, in the order Tab walks them."""
    return app.ask("month_chips()")


def test_tab_through_the_calendar_speaks_each_chip(reader_app, listener):
    app = reader_app
    app.key("ctrl+2")
    app.wait_for("view_shown() == 'CalendarView'")
    listener.heard(0.5)  # what starting and switching said
    first_day = app.ask("first_day_of_month()")
    app.click(*app.ask(f"day_point('{first_day}')"))  # into the grid: the 1st
    app.wait_for("grid_has_focus()")
    chips = chip_names(app)
    selected = app.ask("calendar().grid.selected_chip")  # the click may have picked one
    if selected is not None:
        chips = chips[[follow_up for follow_up, _name in chips].index(selected) + 1:]
    assert len(chips) >= 6, chips
    spoken = []
    for follow_up_id, name in chips[:6]:
        app.key("Tab")
        events = listener.wait_for(lambda event, n=name: event.get("name") == n)
        spoken.append(events[-1])
        assert app.ask("calendar().grid.selected_chip") == follow_up_id
    assert [event["name"] for event in spoken] == [name for _id, name in chips[:6]]
    assert {event["role"] for event in spoken} == {"list item"}
    assert all("Move to…" in event["actions"] and "Details…" in event["actions"]
               for event in spoken)  # what can be done to each chip, offered on it
    app.key("shift+Tab")  # back: the one before is spoken again
    back = listener.wait_for(lambda event: event.get("name") == chips[4][1])
    assert back[-1]["role"] == "list item"
    # The arrow keys move between days: a day's first chip is heard, or the day itself
    # when it has none (its date, its holiday, why check-ins avoid it).
    for _step in range(14):
        app.key("Right")
        wanted = app.ask("focus_name()")
        heard = listener.wait_for(lambda event, w=wanted: event.get("name") == w)[-1]
        if not app.ask("len(calendar().model.chips_on(calendar().grid.current_day()))"):
            assert heard["role"] == "table cell"
            day = dt.date.fromisoformat(app.ask("calendar().grid.current_day().isoformat()"))
            assert heard["name"].startswith(f"{day:%A} {day.day} {day:%B %Y}")
            break
        assert heard["role"] == "list item"
    else:
        raise AssertionError("no day without follow-ups in two weeks")


def test_the_rows_of_today_and_of_the_agenda_are_heard_as_the_keyboard_moves(reader_app,
                                                                             listener):
    app = reader_app
    ids = app.ask("today_ids()")
    assert len(ids) >= 3
    app.click(*app.ask(f"today_point({ids[0]})"))
    listener.wait_for(lambda event: event.get("name") == "Follow-ups due")
    heard_rows = []
    for _step in range(4):  # its headings ("Due today: 4 follow-ups") are heard too
        app.key("Down")
        wanted = app.ask("today_current_name()")
        heard_rows.append(listener.wait_for(lambda event, w=wanted: event.get("name") == w))
    assert any(app.ask(f"spoken_row({follow_up_id})") == events[-1]["name"]
               for follow_up_id in ids for events in heard_rows)
    app.key("ctrl+2")
    app.wait_for("view_shown() == 'CalendarView'")
    if not app.ask("calendar().agenda.isVisible()"):
        app.click(*app.ask("labelled('Agenda')"))
        app.wait_for("calendar().agenda.isVisible()")
    rows = app.ask("calendar().period.rowCount()")
    assert rows >= 3
    app.click(*app.ask("agenda_row_point(0)"))
    for number in (1, 2):
        app.key("Down")
        wanted = app.ask(f"agenda_row_name({number})")
        listener.wait_for(lambda event, w=wanted: event.get("name") == w)


def walked_over_the_bus(bus) -> list[dict]:
    """Every object of the app a screen reader finds shown, walked over AT-SPI."""
    done = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), "jobfollowup"],
                          env=bus.env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_over_the_bus_every_control_of_every_view_has_a_name(reader_app, bus):
    """Every view (Contacts and Applications with a record open) and the dialogs of the
    core tasks, walked over AT-SPI: each control has a name, each combo box a label."""
    from test_keyboard_only_by_hand import tab_to

    app = reader_app
    problems = []

    def check(place: str) -> None:
        time.sleep(0.5)
        walked = walked_over_the_bus(bus)
        assert len(walked) > 10, walked  # the controls, not an empty window
        for found in walked:
            unnamed = not found["name"].strip()
            unlabelled_combo = found["role"] == "combo box" and not found["labels"]
            if unnamed or unlabelled_combo:
                problems.append(f"{place}: {found}")

    for keys, view, records in (("ctrl+1", "TodayView", None),
                                ("ctrl+2", "CalendarView", None),
                                ("ctrl+3", "ContactsView", "Contacts"),
                                ("ctrl+4", "ApplicationsView", "Applications"),
                                ("ctrl+5", "ReviewView", None)):
        app.key(keys)
        app.wait_for(f"view_shown() == {view!r}")
        if records:  # a record open beside the list: its form is walked too
            tab_to(app, f"focused_name() == {records!r}")
            app.key("Down")
        check(view)
    for keys, title in (("ctrl+comma", "Preferences"), ("ctrl+i", "Log an interview"),
                        ("ctrl+p", "Print handwritten notes")):
        app.key(keys)
        app.wait_for(f"modal() and modal()['title'].startswith({title!r})")
        check(title)
        app.key("Escape")
        app.wait_for("modal() is None")
    assert not problems, "\n".join(problems)
