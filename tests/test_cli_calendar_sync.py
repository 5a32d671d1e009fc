"""`calendar-sync set|test|remove` and `sync-calendar` in a new process, against a real
Radicale, with the keyring `keyring`'s own configuration names (PYTHON_KEYRING_BACKEND):
the password from standard input into the keyring, one sync that says what it pushed,
pulled (with the rules' verdict on each move) and left in conflict; failures on one line
of stderr with exit status 2."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from calendar_server import PASSWORD, USER, move_on_phone, phone_events
from real_conditions import command_env

TODAY = dt.date.today()


def env(tmp_path) -> dict[str, str]:
    return {**command_env(tmp_path), "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / "keyring-home"),
            "JOBFOLLOWUP_DATA_DIR": str(tmp_path / "data")}


def run(tmp_path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jobfollowup", *args], input=stdin,
                          capture_output=True, text=True, env=env(tmp_path), timeout=180)


@pytest.fixture
def seeded(tmp_path):
    script = ("import datetime as dt, sys; sys.path.insert(0, sys.argv[1]);"
              "from jobfollowup.services.data import opened_data;"
              "from seeding import seed_search;"
              "exec('with opened_data():\\n    seed_search(dt.date.today())')")
    subprocess.run([sys.executable, "-c", script, os.path.dirname(__file__)], check=True,
                   env=env(tmp_path), timeout=60)
    return tmp_path


def test_set_test_sync_and_remove_from_the_command_line(seeded, radicale):
    tmp_path = seeded
    done = run(tmp_path, "calendar-sync", "set", radicale.url, "--user", USER,
               "--calendar", "Jobs", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "Syncing with Jobs on" in done.stdout
    keyring_file = next((tmp_path / "keyring-home").rglob("*.cfg"))
    assert keyring_file.exists()
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes()
    tested = run(tmp_path, "calendar-sync", "test")
    assert tested.returncode == 0, tested.stderr
    assert tested.stdout.startswith("Connected: 0 calendars found.")
    first = run(tmp_path, "sync-calendar", "--format", "json")
    assert first.returncode == 0, first.stderr
    pushed = json.loads(first.stdout)["pushed"]["created"]
    events = phone_events(radicale, "Jobs")
    assert len(events) == len(pushed) > 0
    check_in = next(event for event in events.values()
                    if "Check in with" in str(event.icalendar_component["summary"])
                    and event.icalendar_component.decoded("dtstart") > TODAY)
    start = check_in.icalendar_component.decoded("dtstart")
    monday = start + dt.timedelta(days=7 - start.weekday())
    move_on_phone(check_in, monday)
    second = run(tmp_path, "sync-calendar", "--format", "json")
    assert second.returncode == 0, second.stderr
    [moved] = json.loads(second.stdout)["pulled"]
    assert (moved["to"], moved["allowed"]) == (monday.isoformat(), False)
    assert "r7-" not in json.dumps(moved) and moved["violations"][0]["rule"] == "R7"
    assert moved["nearest_allowed"] is not None
    text = run(tmp_path, "sync-calendar")
    assert text.stdout.startswith("Sent to the calendar: 0 new, 0 changed, 0 removed.")
    removed = run(tmp_path, "calendar-sync", "remove")
    assert removed.stdout.strip() == "The calendar is no longer synced."
    assert run(tmp_path, "calendar-sync", "test").stderr.strip() == (
        "jobfollowup: No calendar is set up for syncing.")


def test_failures_are_one_line_on_stderr(tmp_path, radicale):
    wrong = run(tmp_path, "calendar-sync", "set", "http://cloud.example.org", "--user", USER,
                stdin="x\n")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("jobfollowup: The address must start with https://")
    assert run(tmp_path, "calendar-sync", "set", radicale.url, "--user", USER,
               stdin="wrong\n").returncode == 0
    refused = run(tmp_path, "sync-calendar")
    assert refused.returncode == 2
    assert "refused the user name or password" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    empty = run(tmp_path, "calendar-sync", "set", radicale.url, "--user", USER, stdin="\n")
    assert (empty.returncode, empty.stderr.strip()) == (
        2, "jobfollowup: Type your password on standard input.")
