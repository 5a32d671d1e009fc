"""Two-way sync with a real CalDAV server (Radicale, started by the test): the first sync
makes every event once; moves, deletions and changes made on another device (the `caldav`
library as a second client) come back, judged by the rules; a change made on both sides
is kept visible, not lost; a server that goes away mid-sync loses and duplicates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from calendar_server import PASSWORD, USER, day_on_phone, move_on_phone, phone_events
from jobfollowup.rules.kinds import Kind, State
from jobfollowup.services.calendar_sync import incoming
from jobfollowup.services.calendar_sync.account import save_account
from jobfollowup.services.calendar_sync.client import Connection, SyncError
from jobfollowup.services.calendar_sync.engine import sync_once
from jobfollowup.services.exchange.calendar_export import database_uid, follow_up_uid
from jobfollowup.services.planning.follow_ups import (
    judge_move,
    list_follow_ups,
    reschedule,
    skip,
)
from jobfollowup.storage.calendar_sync import CalendarQueue
from jobfollowup.storage.models import FollowUp
from seeding import seed_search

TODAY = dt.date(2026, 12, 9)  # a Wednesday


@pytest.fixture
def synced(data_dir, radicale, test_keyring):
    """A search set up to sync with the server, synced once."""
    seed_search(TODAY)
    save_account(radicale.url, USER, PASSWORD)
    report = sync_once()
    return radicale, report


def planned() -> list:
    return list_follow_ups(states=(State.PLANNED,))


def uid(follow_up_id: int) -> str:
    return follow_up_uid(follow_up_id, database_uid())


def check_in() -> FollowUp:
    """A check-in planned after today (its day can move anywhere later)."""
    return (FollowUp.select().where((FollowUp.kind == Kind.CHECK_IN)
                                    & (FollowUp.state == State.PLANNED)
                                    & (FollowUp.planned_date > TODAY))
            .order_by(FollowUp.planned_date).first())


def allowed_day(item: FollowUp) -> dt.date:
    """Another day the rules allow for `item`, after its own."""
    day = item.planned_date + dt.timedelta(days=2)
    while not judge_move(item.id, day, TODAY).allowed:
        day += dt.timedelta(days=1)
    return day


def test_the_first_sync_makes_every_planned_follow_up_once(synced):
    server, report = synced
    rows = planned()
    assert len(rows) >= 8
    events = phone_events(server)
    assert sorted(events) == sorted(uid(row.id) for row in rows)
    assert sorted(report.created) == sorted(row.id for row in rows)
    for row in rows:
        event = events[uid(row.id)]
        assert day_on_phone(event) == row.date
        component = event.icalendar_component
        assert row.contact_name in str(component["summary"])
        assert "Why this date?" in str(component["description"])
        assert component.walk("VALARM")  # the reminder on the day
    again = sync_once()
    assert (again.pushed, again.read_changes) == (0, False)  # nothing changed: one question
    assert len(phone_events(server)) == len(rows)


def test_a_move_made_here_moves_the_event_on_the_phone(synced):
    server, _report = synced
    item = check_in()
    new_day = item.planned_date + dt.timedelta(days=7)
    reschedule(item.id, new_day)
    report = sync_once()
    assert report.updated == [item.id]
    assert day_on_phone(phone_events(server)[uid(item.id)]) == new_day


def test_a_move_to_an_allowed_day_on_the_phone_is_a_move_here(synced):
    server, _report = synced
    item = check_in()
    day = allowed_day(item)
    move_on_phone(phone_events(server)[uid(item.id)], day)
    report = sync_once()
    assert report.moved_elsewhere == [item.id]
    applied = incoming.apply_move(item.id, TODAY)
    assert applied.verdict.allowed
    assert FollowUp.get_by_id(item.id).planned_date == day
    assert incoming.notices(TODAY) == []
    after = sync_once()  # the app's own event already says so: nothing is written back
    assert after.pushed == 0
    assert day_on_phone(phone_events(server)[uid(item.id)]) == day


def test_a_move_to_a_monday_stands_and_offers_the_nearest_allowed_day(synced):
    server, _report = synced
    item = check_in()
    monday = item.planned_date + dt.timedelta(days=7 - item.planned_date.weekday())
    move_on_phone(phone_events(server)[uid(item.id)], monday)
    sync_once()
    applied = incoming.apply_move(item.id, TODAY)
    assert not applied.verdict.allowed
    assert FollowUp.get_by_id(item.id).planned_date == monday  # the user's move stands
    [notice] = incoming.notices(TODAY)
    assert notice.kind == "broken-rule"
    assert "r7-monday" in [reason.code for reason in notice.verdict.violations]
    nearest = notice.verdict.nearest_allowed
    assert incoming.move_to_nearest(notice.id, TODAY) == nearest
    assert FollowUp.get_by_id(item.id).planned_date == nearest
    assert incoming.notices(TODAY) == []
    sync_once()
    assert day_on_phone(phone_events(server)[uid(item.id)]) == nearest


def test_keep_leaves_the_day_chosen_on_the_phone(synced):
    server, _report = synced
    item = check_in()
    monday = item.planned_date + dt.timedelta(days=7 - item.planned_date.weekday())
    move_on_phone(phone_events(server)[uid(item.id)], monday)
    sync_once()
    incoming.apply_move(item.id, TODAY)
    [notice] = incoming.notices(TODAY)
    incoming.keep(notice.id)
    assert incoming.notices(TODAY) == []
    assert sync_once().pushed == 0
    assert FollowUp.get_by_id(item.id).planned_date == monday
    assert day_on_phone(phone_events(server)[uid(item.id)]) == monday


def test_an_event_deleted_on_the_phone_asks_whether_to_skip(synced):
    server, _report = synced
    first, second = planned()[-2:]
    events = phone_events(server)
    events[uid(first.id)].delete()
    events[uid(second.id)].delete()
    report = sync_once()
    assert sorted(report.deleted_elsewhere) == sorted([first.id, second.id])
    asked = {notice.row.id: notice for notice in incoming.notices(TODAY)}
    assert {notice.kind for notice in asked.values()} == {"deleted"}
    assert FollowUp.get_by_id(first.id).state == State.PLANNED  # nothing changed unasked
    incoming.skip_deleted(asked[first.id].id)
    incoming.keep(asked[second.id].id)
    sync_once()
    assert FollowUp.get_by_id(first.id).state == State.SKIPPED
    events = phone_events(server)
    assert uid(first.id) not in events
    assert day_on_phone(events[uid(second.id)]) == second.date  # made again


def test_a_follow_up_moved_on_both_sides_keeps_both_days_visible(synced):
    server, _report = synced
    item = check_in()
    here = item.planned_date + dt.timedelta(days=7)
    there = item.planned_date + dt.timedelta(days=14)
    reschedule(item.id, here)
    move_on_phone(phone_events(server)[uid(item.id)], there)
    report = sync_once()
    assert report.conflicts == [item.id]
    assert FollowUp.get_by_id(item.id).planned_date == here  # neither side overwritten
    assert day_on_phone(phone_events(server)[uid(item.id)]) == there
    [notice] = incoming.notices(TODAY)
    assert (notice.kind, notice.day_here, notice.day_elsewhere) == ("conflict", here, there)
    assert sync_once().pushed == 0  # still both, until the user chooses
    incoming.take_elsewhere(notice.id, TODAY)
    sync_once()
    assert FollowUp.get_by_id(item.id).planned_date == there
    assert day_on_phone(phone_events(server)[uid(item.id)]) == there


def test_this_computers_day_wins_a_conflict_when_chosen(synced):
    server, _report = synced
    item = check_in()
    here = item.planned_date + dt.timedelta(days=7)
    reschedule(item.id, here)
    move_on_phone(phone_events(server)[uid(item.id)], item.planned_date + dt.timedelta(days=14))
    sync_once()
    [notice] = incoming.notices(TODAY)
    incoming.keep(notice.id)
    sync_once()
    assert day_on_phone(phone_events(server)[uid(item.id)]) == here


def test_an_event_edited_elsewhere_is_read_before_it_is_written_again(synced):
    """The ETag of an event changed on the phone (a note added) no longer matches: the app
    reads it, sees no move, and writes its change over the new version, not blindly."""
    server, _report = synced
    item = check_in()
    event = phone_events(server)[uid(item.id)]
    event.icalendar_component["location"] = "Café"
    event.save()
    reschedule(item.id, item.planned_date + dt.timedelta(days=7))
    report = sync_once()
    assert report.updated == [item.id] and report.conflicts == []
    assert day_on_phone(phone_events(server)[uid(item.id)]) == item.planned_date + \
        dt.timedelta(days=7)


def test_skipping_or_sending_here_removes_or_marks_the_event(synced):
    server, _report = synced
    first, second = planned()[-2:]
    skip(first.id)
    FollowUp.update(state=State.DONE, done_on=TODAY).where(FollowUp.id == second.id).execute()
    sync_once()
    events = phone_events(server)
    assert uid(first.id) not in events
    marked = events[uid(second.id)].icalendar_component
    assert str(marked["summary"]) == second.kind.done_task(second.contact_name)  # said done
    assert not marked.walk("VALARM")


def test_events_the_app_did_not_make_are_never_touched(synced):
    server, _report = synced
    from calendar_server import phone_calendar

    calendar = phone_calendar(server)
    calendar.save_event(dtstart=dt.date(2026, 12, 14), dtend=dt.date(2026, 12, 15),
                        summary="Dentist", uid="dentist@phone")
    item = check_in()
    skip(item.id)
    FollowUp.delete().where(FollowUp.state == State.SKIPPED).execute()
    sync_once()
    assert "dentist@phone" in phone_events(server)


def test_a_server_gone_mid_sync_catches_up_later_without_duplicates(data_dir, radicale,
                                                                     test_keyring):
    seed_search(TODAY)
    save_account(radicale.url, USER, PASSWORD)
    written = []

    class Flaky(Connection):
        def put(self, href, data, etag):
            if len(written) == 3:
                radicale.stop()  # the server goes away after three events
            result = super().put(href, data, etag)
            written.append(href)
            return result

    with pytest.raises(SyncError) as failed:
        sync_once(connect=Flaky)
    assert failed.value.temporary
    waiting = CalendarQueue.select().count()
    assert waiting == len(planned()) - 3  # what was not sent waits in the data file
    radicale.start()
    report = sync_once()
    assert len(report.created) == waiting
    events = phone_events(radicale)
    assert sorted(events) == sorted(uid(row.id) for row in planned())
    assert CalendarQueue.select().count() == 0


def test_five_hundred_follow_ups_sync_in_reasonable_time_then_read_only_changes(
        data_dir, radicale, test_keyring):
    import time

    from jobfollowup.services.records.core import add_contact
    from jobfollowup.storage.models import database_proxy

    contact = add_contact("Kari Nordmann", country="NO")
    with database_proxy.atomic():
        for n in range(500):
            FollowUp.create(kind=Kind.KEEP_IN_TOUCH, contact=contact, channel="email",
                            planned_date=TODAY + dt.timedelta(days=n % 300))
    save_account(radicale.url, USER, PASSWORD)
    started = time.monotonic()
    first = sync_once()
    took = time.monotonic() - started
    assert len(first.created) == 500
    assert took < 120, took  # about 50 writes a second on this machine
    reads = []

    class Counting(Connection):
        def get(self, href):
            reads.append(href)
            return super().get(href)

    started = time.monotonic()
    quiet = sync_once(connect=Counting)
    assert (quiet.pushed, quiet.read_changes, reads) == (0, False, [])
    assert time.monotonic() - started < 5
    item = FollowUp.select().order_by(FollowUp.id).first()
    move_on_phone(phone_events(radicale)[uid(item.id)], item.planned_date + dt.timedelta(days=7))
    moved = sync_once(connect=Counting)
    assert moved.moved_elsewhere == [item.id]
    assert len(reads) == 1  # the one event that changed, not five hundred


def test_after_a_failure_automatic_syncs_wait_longer_each_time(data_dir, radicale,
                                                              test_keyring):
    from jobfollowup.services.calendar_sync.account import due, status
    from jobfollowup.services.calendar_sync.engine import back_off

    assert [back_off(n).total_seconds() for n in (1, 2, 3, 10)] == [30, 60, 120, 3600]
    seed_search(TODAY)
    save_account(radicale.url, USER, PASSWORD)
    radicale.stop()
    now = dt.datetime(2026, 12, 9, 10, 0)
    for failures, wait in ((1, 30), (2, 60)):
        with pytest.raises(SyncError):
            sync_once(now=now)
        state = status()
        assert (state["failures"], state["next_try_at"]) == (
            failures, now + dt.timedelta(seconds=wait))
        assert "refused the connection" in state["last_error"]
        assert not due(now + dt.timedelta(seconds=wait - 1))
        assert due(now + dt.timedelta(seconds=wait))
    radicale.start()
    sync_once(now=now)
    assert (status()["failures"], status()["last_error"], status()["waiting"]) == (0, "", 0)


def test_setting_the_same_calendar_up_again_makes_no_event_twice(synced):
    from jobfollowup.services.calendar_sync.account import remove_account

    server, first = synced
    remove_account()
    save_account(server.url, USER, PASSWORD)
    again = sync_once()
    assert again.created == []  # found there, taken back and written over
    assert sorted(again.updated) == sorted(first.created)
    assert len(phone_events(server)) == len(first.created)


def test_an_event_links_to_its_job_posting_and_follows_its_changes(synced):
    from jobfollowup.storage.models import Application

    server, _report = synced
    item = check_in()
    link = "https://jobs.example.no/data-engineer"
    Application.update(posting_url=link).where(
        Application.id == item.application_id).execute()
    report = sync_once()
    assert item.id in report.updated  # the application's change reached its events
    component = phone_events(server)[uid(item.id)].icalendar_component
    assert str(component["url"]) == link
    assert f"Job posting: {link}" in str(component["description"])


def test_each_event_on_the_server_carries_the_link_that_opens_its_follow_up(synced):
    from jobfollowup.services.links import follow_up_link, follow_up_of

    server, _report = synced
    events = phone_events(server)
    for row in planned():
        component = events[uid(row.id)].icalendar_component
        link = follow_up_link(uid(row.id))
        assert link == f"jobfollowup://follow-up/followup-{row.id}.{database_uid()}"
        assert f"Open in Job Follow-up: {link}" in str(component["description"])
        assert str(component["url"]) == link  # no job posting: the app's own link
        assert follow_up_of(link).id == row.id  # and it opens that follow-up here
