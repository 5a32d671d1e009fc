"""Reminders told once per item a day, the calendar feed kept up to date, and the login
entry written and removed."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import icalendar
import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from jobfollowup.services import settings
from jobfollowup.services.autostart import save_start_at_login
from jobfollowup.services.exchange.calendar_feed import FEED_NAME, set_feed_folder, update_feed
from jobfollowup.services.planning.follow_ups import list_follow_ups, reschedule, skip
from jobfollowup.services.planning.reminders import mark_announced, to_announce
from jobfollowup.services.records.core import add_application, add_contact, log_interview

D = dt.date


@pytest.fixture
def planned(data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example")
    job = add_application("Equinor", "Data Engineer", reply_by=D(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    return list_follow_ups()


def test_due_items_are_told_once_a_day_across_midnight(planned):
    email = planned[0]
    assert email.date == D(2026, 12, 17)  # the thank-you email is due the day of the interview
    assert to_announce(D(2026, 12, 16)) == []  # nothing due yet
    assert [r.id for r in to_announce(D(2026, 12, 17))] == [email.id]
    mark_announced([email.id], D(2026, 12, 17))
    assert to_announce(D(2026, 12, 17)) == []  # a later check the same day stays quiet
    # Just after midnight it is overdue, and told once more on the new day.
    assert [r.id for r in to_announce(D(2026, 12, 18))] == [email.id]


def test_after_days_away_each_overdue_item_is_told_once(planned):
    mark_announced([planned[0].id], D(2026, 12, 17))
    later = D(2027, 1, 20)  # three weeks without running the app: every follow-up is due
    due = to_announce(later)
    ids = [r.id for r in due]
    assert len(ids) == len(set(ids)) == len([r for r in planned if r.date <= later])
    mark_announced(ids, later)
    assert to_announce(later) == []
    skip(ids[-1])  # a skipped one is never told again
    assert ids[-1] not in [r.id for r in to_announce(later + dt.timedelta(days=1))]


def test_the_feed_follows_a_reschedule_and_parses(planned, tmp_path):
    folder = tmp_path / "synced"
    folder.mkdir()
    set_feed_folder(str(folder))
    feed = folder / FEED_NAME
    first = icalendar.Calendar.from_ical(feed.read_bytes())
    events = {str(e["uid"]): e for e in first.walk("VEVENT")}
    assert len(events) == len(planned)
    email = planned[0]
    uid = next(u for u in events if u.startswith(f"followup-{email.id}."))
    reschedule(email.id, D(2026, 12, 21))
    update_feed(dt.datetime(2026, 12, 17, 20, 0, tzinfo=dt.UTC))
    second = icalendar.Calendar.from_ical(feed.read_bytes())
    moved = next(e for e in second.walk("VEVENT") if str(e["uid"]) == uid)
    assert moved.decoded("dtstart") == D(2026, 12, 21)
    assert moved["sequence"] > events[uid]["sequence"]  # calendars apply the new date
    assert [p.name for p in folder.iterdir()] == [FEED_NAME]  # no temporary file left


def test_a_feed_folder_that_is_not_a_folder_is_refused(data_dir, tmp_path):
    from jobfollowup.services.errors import ValidationError

    with pytest.raises(ValidationError):
        set_feed_folder(str(tmp_path / "nowhere"))
    assert settings.get("calendar_feed_folder") == ""


def test_start_at_login_writes_a_valid_entry_and_removes_it(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "my config"))
    path = save_start_at_login(True, minimised=True)
    assert path == tmp_path / "my config" / "autostart" / "org.jobfollowup.JobFollowup.desktop"
    text = path.read_text()
    assert "--minimised" in text and "Name=Job Follow-up" in text
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-utils is installed by .ci/run"
    result = subprocess.run([validator, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    assert settings.get("start_at_login") and settings.get("start_minimised")
    save_start_at_login(False, minimised=False)
    assert not path.exists()
    assert not settings.get("start_at_login")


@given(folder=st.text(max_size=60))
@hyp_settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_typed_feed_folder_is_taken_or_refused_with_a_message(data_dir, tmp_path,
                                                                   monkeypatch, folder):
    from jobfollowup.services.errors import ValidationError

    assume(not folder.strip().startswith(("/", "\\")) and ".." not in folder)
    monkeypatch.chdir(tmp_path)  # a relative folder stays inside the test's own
    before = settings.get("calendar_feed_folder")
    try:
        path = set_feed_folder(folder)
    except ValidationError as error:
        assert str(error)
        assert settings.get("calendar_feed_folder") == before
        return
    if folder.strip():
        assert path is not None and path.exists()
    else:
        assert path is None and settings.get("calendar_feed_folder") == ""


def test_the_window_opens_without_loading_icalendar_until_a_feed_is_written():
    """icalendar takes longer to import than the window takes to open: it waits until a
    feed (or an export) is written."""
    import subprocess
    import sys

    code = ("import sys; import jobfollowup.ui.shell.main_window, jobfollowup.ui.shell.app; "
            "print('icalendar' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
