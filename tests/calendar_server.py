"""A real CalDAV server for the tests: Radicale (from PyPI), started on 127.0.0.1 on a free
port, with password authentication (an htpasswd file) and its calendars in a temporary
folder. It can be stopped and started again on the same port and folder (a server that
goes away in the middle of a sync); `other_device` is a second client, as a phone would
be, through the `caldav` library."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

USER, PASSWORD = "alex", "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Radicale:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # The calendars in memory where the system has it (Radicale syncs every write to
        # disk: four times slower), in a temporary folder either way.
        shm = Path("/dev/shm")
        self.storage = Path(tempfile.mkdtemp(prefix="radicale-", dir=shm if shm.is_dir()
                                              else folder))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process: subprocess.Popen | None = None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[storage]\n"
            f"filesystem_folder = {self.storage}\n"
            "[logging]\n"
            "level = warning\n", encoding="utf-8")

    def start(self) -> Radicale:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.folder / "config")],
            stdout=subprocess.DEVNULL, stderr=open(self.folder / "log", "ab"))  # noqa: SIM115
        return self._wait()

    def _wait(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.folder / "log").read_text(errors="replace"))
            with contextlib.suppress(OSError), socket.create_connection(
                    ("127.0.0.1", self.port), timeout=0.2):
                return self
            time.sleep(0.05)
        raise RuntimeError(f"{type(self).__name__} did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.storage, ignore_errors=True)


def other_device(server: Radicale):
    """The user's phone: another client of the same account."""
    import caldav

    return caldav.DAVClient(url=server.url, username=USER, password=PASSWORD,
                            enable_rfc6764=False)


def phone_calendar(server: Radicale, name: str = "Job follow-ups"):
    for calendar in other_device(server).principal().calendars():
        if calendar.get_display_name() == name:
            return calendar
    raise LookupError(name)


def phone_events(server: Radicale, name: str = "Job follow-ups") -> dict[str, object]:
    """Every event of the calendar, by UID, as the phone sees it."""
    found = {}
    for item in phone_calendar(server, name).events():
        found[str(item.icalendar_component["uid"])] = item
    return found


def move_on_phone(event, day: dt.date) -> None:
    """Drag an all-day event to `day`, as a phone's calendar does."""
    component = event.icalendar_component
    length = component.decoded("dtend") - component.decoded("dtstart")
    for name in ("dtstart", "dtend"):
        component.pop(name)
    component.add("dtstart", day)
    component.add("dtend", day + length)
    event.save()


def day_on_phone(event) -> dt.date:
    return event.icalendar_component.decoded("dtstart")


class Xandikos(Radicale):
    """A second real CalDAV server (Xandikos, from PyPI: calendars kept in git
    repositories), on 127.0.0.1 with its calendars in a temporary folder. It checks no
    password itself (it leaves that to a web server in front of it, or asks for https):
    the flows are what it tests, not the log-in."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        shm = Path("/dev/shm")
        self.storage = Path(tempfile.mkdtemp(prefix="xandikos-", dir=shm if shm.is_dir()
                                              else folder))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process = None
        folder.mkdir(parents=True, exist_ok=True)

    def start(self) -> Xandikos:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "xandikos", "serve", "-d", str(self.storage),
             "--defaults", "-l", "127.0.0.1", "-p", str(self.port),
             "--current-user-principal", f"/{USER}/", "--no-detect-systemd"],
            stdout=subprocess.DEVNULL, stderr=open(self.folder / "log", "ab"))  # noqa: SIM115
        return self._wait()
