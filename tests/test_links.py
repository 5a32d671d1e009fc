"""Links back from a calendar event to its follow-up (jobfollowup://follow-up/<uid>): made
from the event's own UID, read back whatever the text, carried by the .ics feed's events,
handed from a second launch to the running app, opened in the window's Calendar (or why
not, in the status bar), and shown by `jobfollowup show`."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from jobfollowup.cli import main
from jobfollowup.i18n import set_interface_language
from jobfollowup.rules.kinds import State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.calendar_export import (
    calendar_of_follow_ups,
    database_uid,
    follow_up_uid,
)
from jobfollowup.services.links import FollowUpLink, follow_up_link, follow_up_of, parse_link
from jobfollowup.services.planning.follow_ups import list_follow_ups, skip
from jobfollowup.storage.models import FollowUp
from seeding import seed_search

TODAY = dt.date(2026, 12, 9)
DATABASE = "3f9c0a1b2c3d4e5f"


@given(st.integers(1, 10**17), st.text("0123456789abcdef", min_size=16, max_size=16))
def test_the_link_of_an_event_names_its_follow_up_and_data_file(follow_up_id, database):
    link = follow_up_link(follow_up_uid(follow_up_id, database))
    assert link == f"jobfollowup://follow-up/followup-{follow_up_id}.{database}"
    assert parse_link(link) == FollowUpLink(follow_up_id, database)


@pytest.mark.parametrize("text", [
    f" jobfollowup://follow-up/followup-12.{DATABASE}/ \n",  # a launcher's slash, spaces
    f"JobFollowUp://Follow-Up/followup-12.{DATABASE}",
    f"jobfollowup://follow-up/followup-12.{DATABASE}%40org.jobfollowup.JobFollowup",
    f"jobfollowup://follow-up/followup-12.{DATABASE}?from=thunderbird#top",
])
def test_links_as_desktops_and_calendars_hand_them_over_are_read(text):
    assert parse_link(text) == FollowUpLink(12, DATABASE)


@pytest.mark.parametrize("text", [
    "", "jobfollowup:", "jobfollowup://", "https://example.org/followup-12.3f9c0a1b2c3d4e5f",
    f"jobfollowup://contact/followup-12.{DATABASE}",
    f"jobfollowup://follow-up/followup-0.{DATABASE}",
    f"jobfollowup://follow-up/followup-12.{DATABASE}%40example.org",
    "jobfollowup://follow-up/followup-12.NOT-HEX", "jobfollowup://follow-up/../../etc",
    "jobfollowup://[::1/followup-1.3f9c0a1b", "jobfollowup:follow-up/followup-1.3f9c0a1b",
])
def test_what_is_not_a_link_to_a_follow_up_is_said_so(text):
    with pytest.raises(ValidationError, match="is not a link to a follow-up"):
        parse_link(text)


@given(st.text())
def test_any_text_is_a_link_or_a_short_one_line_message(text):
    try:
        parse_link(text)
    except ValidationError as error:
        message = str(error)
        assert "\n" not in message and "\r" not in message
        assert len(message) < 200
    else:
        assert text.strip().lower().startswith("jobfollowup://follow-up/")


def test_a_link_opens_its_follow_up_or_says_why_not(data_dir):
    seed_search(TODAY)
    first, second = list_follow_ups(states=(State.PLANNED,))[:2]
    database = database_uid()
    assert follow_up_of(follow_up_link(follow_up_uid(first.id, database))).id == first.id
    with pytest.raises(ValidationError, match="another data file"):
        follow_up_of(follow_up_link(follow_up_uid(first.id, "0123456789abcdef")))
    skip(second.id)
    with pytest.raises(ValidationError, match="was skipped"):
        follow_up_of(follow_up_link(follow_up_uid(second.id, database)))
    FollowUp.delete_by_id(first.id)
    with pytest.raises(ValidationError, match="was deleted"):
        follow_up_of(follow_up_link(follow_up_uid(first.id, database)))


def test_the_ics_feed_carries_each_events_link(data_dir):
    seed_search(TODAY)
    calendar = Calendar.from_ical(calendar_of_follow_ups().to_ical())
    for event in calendar.walk("VEVENT"):
        link = follow_up_link(str(event["uid"]))
        assert f"Open in Job Follow-up: {link}" in str(event["description"])
        assert str(event["url"]) == link  # none of the seeded jobs has a posting's link
        assert follow_up_of(link).id == parse_link(link).follow_up_id


def test_a_second_launch_hands_its_link_to_the_running_app(qtbot, tmp_path):
    import os
    import subprocess
    import sys

    from jobfollowup.ui.shell.single_instance import SingleInstance

    data_dir = tmp_path / "data"
    running = SingleInstance(data_dir)
    assert running.acquire()
    running.listen()
    link = f"jobfollowup://follow-up/followup-7.{DATABASE}"
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_GB.UTF-8")
        second = subprocess.Popen([sys.executable, "-m", "jobfollowup", "--data-dir",
                                   str(data_dir), link], env=env, stderr=subprocess.PIPE)
        with qtbot.waitSignal(running.opened, timeout=20000) as received:
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.wait(5) == 0, second.stderr.read().decode()
        assert received.args == [link]
    finally:
        running.release()


@pytest.fixture
def window(qtbot, data_dir):
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.main_window import MainWindow

    seed_search(TODAY)
    main_window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def test_the_window_opens_a_link_on_its_follow_up_in_the_calendar(window):
    row = list_follow_ups(states=(State.PLANNED,))[-1]  # weeks ahead: another month
    assert window.open_link(follow_up_link(follow_up_uid(row.id, database_uid())))
    calendar = window.stack.currentWidget()
    assert window.navigation.currentRow() == 1
    assert calendar.grid.selected_chip == row.id
    assert calendar.grid.current_day() == row.date
    assert calendar.selected_follow_up() == row.id
    assert row.contact_name in window.statusBar().currentMessage()


def test_a_link_the_window_cannot_open_is_said_in_the_users_language(window):
    set_interface_language("fr")
    try:
        assert not window.open_link("jobfollowup://follow-up/n'importe quoi")
        assert window.statusBar().currentMessage() == (
            "«\u00a0jobfollowup://follow-up/n'importe quoi\u00a0» n'est pas un lien vers un "
            "suivi de Job Follow-up.")
        assert window.navigation.currentRow() == 0  # nothing else happened
    finally:
        set_interface_language("en")


def test_show_prints_the_follow_up_of_a_link_or_one_line_on_stderr(capsys, data_dir):
    seed_search(TODAY)
    row = list_follow_ups(states=(State.PLANNED,))[0]
    link = follow_up_link(follow_up_uid(row.id, database_uid()))
    assert main(["show", link, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert f'"id": {row.id}' in out and row.contact_name in out
    for bad, says in (("jobfollowup://nothing", "is not a link to a follow-up"),
                      (follow_up_link(follow_up_uid(row.id, "0" * 16)), "another data file")):
        assert main(["show", bad]) == 2
        out, err = capsys.readouterr()
        assert out == "" and len(err.strip().splitlines()) == 1 and says in err
