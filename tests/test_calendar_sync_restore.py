"""Restoring a backup while the calendar is synced (Radicale, started by the test): the
restore waits for a sync that is running (stopped at its next event) and none runs on the
file while it is replaced; then the calendar is made to show the restored data — each
event once, on its restored day, the events of follow-ups the backup does not have
removed, and no deletion the app made itself taken for one made on another device."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from calendar_server import PASSWORD, USER, day_on_phone, move_on_phone, phone_events
from jobfollowup.rules.kinds import Kind, State
from jobfollowup.services.backups import back_up_now, restore_backup
from jobfollowup.services.calendar_sync import incoming
from jobfollowup.services.calendar_sync.account import account, save_account
from jobfollowup.services.calendar_sync.client import Connection
from jobfollowup.services.calendar_sync.engine import Stopped, sync_on_a_thread, sync_once
from jobfollowup.services.exchange.calendar_export import database_uid, follow_up_uid
from jobfollowup.services.planning.follow_ups import list_follow_ups, reschedule, skip
from jobfollowup.storage.models import Contact, FollowUp
from seeding import seed_search

TODAY = dt.date(2026, 12, 9)


def planned() -> dict[int, dt.date]:
    return {row.id: row.date for row in list_follow_ups(states=(State.PLANNED,))}


def calendar_shows(server) -> dict[str, dt.date]:
    return {uid: day_on_phone(event) for uid, event in phone_events(server).items()}


def expected() -> dict[str, dt.date]:
    database = database_uid()
    return {follow_up_uid(id_, database): day for id_, day in planned().items()}


def change_everything_after_the_backup(server) -> dict[str, int]:
    """A move here, a skip here, a follow-up made here, a move on the phone: all synced."""
    ids = sorted(planned())
    moved_here, skipped, moved_there = ids[-1], ids[-2], ids[-3]
    reschedule(moved_here, planned()[moved_here] + dt.timedelta(days=7))
    skip(skipped)
    made = FollowUp.create(kind=Kind.KEEP_IN_TOUCH, contact=Contact.select().first(),
                           channel="email", planned_date=TODAY + dt.timedelta(days=40)).id
    sync_once()
    event = phone_events(server)[follow_up_uid(moved_there, database_uid())]
    move_on_phone(event, day_on_phone(event) + dt.timedelta(days=14))
    return {"moved_here": moved_here, "skipped": skipped, "made": made,
            "moved_there": moved_there}


@pytest.fixture
def synced(data_dir, radicale, test_keyring):
    seed_search(TODAY)
    save_account(radicale.url, USER, PASSWORD)
    sync_once()
    return radicale


def test_after_a_restore_the_calendar_shows_the_restored_follow_ups_once(synced):
    server = synced
    backup = back_up_now()
    restored_days = planned()
    changed = change_everything_after_the_backup(server)
    assert calendar_shows(server) != expected()  # the calendar is ahead of the backup

    restore_backup(backup)
    assert planned() == restored_days
    report = sync_once()
    assert calendar_shows(server) == expected()  # each restored follow-up once, on its day
    assert follow_up_uid(changed["made"], database_uid()) not in calendar_shows(server)
    assert changed["made"] in report.removed  # not in the backup: its event is stale
    assert report.deleted_elsewhere == [] and report.moved_elsewhere == []
    assert incoming.notices(TODAY) == []  # nothing asked about the app's own changes
    assert sync_once().pushed == 0  # settled


def test_a_backup_from_before_the_sync_was_set_up_keeps_the_account_and_the_events(
        data_dir, radicale, test_keyring):
    seed_search(TODAY)
    backup = back_up_now()  # no account, no id of the data file's events yet
    save_account(radicale.url, USER, PASSWORD)
    sync_once()
    made = FollowUp.create(kind=Kind.KEEP_IN_TOUCH, contact=Contact.select().first(),
                           channel="email", planned_date=TODAY + dt.timedelta(days=40)).id
    sync_once()

    restore_backup(backup)
    assert account() is not None and account().server_url == radicale.url
    sync_once()
    shown = calendar_shows(radicale)
    assert shown == expected()  # the same UIDs as before: nothing made twice
    assert follow_up_uid(made, database_uid()) not in shown


def test_a_restore_waits_for_the_running_sync_and_none_runs_on_the_file_meanwhile(synced):
    server = synced
    backup = back_up_now()
    restored_days = planned()
    for follow_up_id, day in list(planned().items())[:4]:  # four events to write
        reschedule(follow_up_id, day + dt.timedelta(days=7))
    order: list[str] = []
    writing = threading.Event()

    class Slow(Connection):
        """A server that takes its time over each write."""

        def put(self, href, data, etag):
            writing.set()
            time.sleep(0.4)
            etag = super().put(href, data, etag)
            order.append("written")
            return etag

    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(sync_on_a_thread(connect=Slow))
        except Exception as error:  # noqa: BLE001 (the test reads it)
            outcome.append(error)
        order.append("sync ended")

    thread = threading.Thread(target=run)
    thread.start()
    assert writing.wait(30)
    restore_backup(backup)
    order.append("restored")
    thread.join(30)
    assert isinstance(outcome[0], Stopped)  # stopped at its next event, not mid-write
    assert order == ["written", "sync ended", "restored"]
    assert planned() == restored_days
    sync_once()
    assert calendar_shows(server) == expected()
    assert incoming.notices(TODAY) == []
