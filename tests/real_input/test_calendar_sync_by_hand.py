"""The calendar sync by hand, in the real app (Xvfb, real keys and pointer), against a
real Radicale:

- Preferences → Calendar sync: the person types the server, their name and password,
  tests the connection, and saves; the account is in the file, the password only in the
  keyring;
- an event moved on "another device" (the test, through the `caldav` library) to a Monday
  comes back: the app moves the follow-up, says in the window which rule the day breaks,
  the person clicks "Move to the nearest allowed day", the file has the new day, and
  Ctrl+Z puts the Monday back.

The days are worked out here from the calendar (weekdays), never by asking the app."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import pytest
from driver import App

from calendar_server import PASSWORD, USER, move_on_phone, phone_events

CALM_WEEKDAYS = (1, 2, 3)  # Tuesday to Thursday (R7)


def keyring_environment(work) -> dict[str, str]:
    return {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(work / "keyring-home")}


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "app"
    folder.mkdir()
    return folder


def start(xserver, search, work) -> App:
    return App(xserver, search.folder, work, env=keyring_environment(work))


def test_the_calendar_sync_is_set_up_in_preferences_by_hand(xserver, search, work,
                                                            radicale):
    app = start(xserver, search, work)
    try:
        app.key("ctrl+comma")
        app.wait_for("modal() and modal()['title'] == 'Preferences'")
        app.click(*app.ask("tab_point('Calendar sync')"))
        app.click(*app.wait_for("field('Server address:')"))
        app.type(radicale.url)
        app.click(*app.ask("field('User name:')"))
        app.type(USER)
        app.click(*app.ask("field('Password:')"))
        app.type(PASSWORD)
        app.click(*app.ask("labelled('Test connection')"))
        app.wait_for("label_text('Connection test result').startswith('Connected')",
                     timeout=30)
        app.click(*app.ask("button_in_modal('OK')"))
        app.wait_for("modal() is None")
        assert search.rows("SELECT server_url, user_name FROM calendar_account") == [
            (radicale.url, USER)]
        app.wait_for("window().calendar_sync.status.label.text().startswith("
                     "'Calendar synced:')", timeout=60)
    finally:
        app.quit()
    assert phone_events(radicale)  # the first sync made the events
    keyring = next((work / "keyring-home").rglob("*.cfg")).read_text()
    assert USER in keyring
    for path in search.folder.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_move_made_on_the_phone_breaks_a_rule_and_is_put_right_by_hand(
        xserver, search, work, radicale):
    environment = {**keyring_environment(work), "LANG": "en_GB.UTF-8"}
    for args, stdin in ((["calendar-sync", "set", radicale.url, "--user", USER],
                         PASSWORD + "\n"), (["sync-calendar"], "")):
        subprocess.run([sys.executable, "-m", "jobfollowup", *args, "--data-dir",
                        str(search.folder)], input=stdin, check=True, capture_output=True,
                       text=True, env={**__import__("os").environ, **environment},
                       timeout=180)
    today = dt.date.today()
    (follow_up_id, planned), = search.rows(
        "SELECT id, planned_date FROM follow_up WHERE kind = 'check-in' AND state = "
        "'planned' AND planned_date > ? ORDER BY planned_date LIMIT 1",
        (today + dt.timedelta(days=2)).isoformat())
    planned = dt.date.fromisoformat(planned)
    monday = planned + dt.timedelta(days=7 - planned.weekday())
    (uid,), = search.rows("SELECT uid FROM calendar_event WHERE follow_up_id = ?",
                          follow_up_id)
    move_on_phone(phone_events(radicale)[uid], monday)  # on the other device

    app = start(xserver, search, work)
    try:
        app.wait_for("sync_notices()['buttons']", timeout=60)
        time.sleep(0.5)  # the window lays the question out at its foot
        shown = app.ask("sync_notices()")
        search.wait_for_day(follow_up_id, monday)  # the move made there stands here
        [text] = shown["texts"]
        assert "on another device" in text and "is a Monday" in text
        app.click(*shown["buttons"]["Move to the nearest allowed day"])
        try:
            app.wait_for("not sync_notices()['shown']")
        except TimeoutError:
            app.screenshot(work / "failure.png")
            raise
        nearest = search.day_of(follow_up_id)
        assert nearest != monday and nearest.weekday() in CALM_WEEKDAYS
        assert abs((nearest - monday).days) <= 7
        app.click(*app.ask("centre_of(window().navigation)"))
        app.key("ctrl+z")
        search.wait_for_day(follow_up_id, monday)
        app.wait_for("sync_notices()['shown']")  # the question is back with the day
    finally:
        app.quit()
