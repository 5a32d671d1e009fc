"""The sync's core flows against a second real CalDAV server, Xandikos (from PyPI, started
by the test on 127.0.0.1), whose ways differ from Radicale's: calendars named by a UUID
under the user's home, ETags and sync-tokens of a git repository, discovery through a
redirect from /.well-known/caldav. First push, a move made on the phone, a deletion on the
phone, a move made here, and incremental reads."""

from __future__ import annotations

import datetime as dt

import pytest

from calendar_server import PASSWORD, USER, day_on_phone, move_on_phone, phone_events
from jobfollowup.rules.kinds import Kind, State
from jobfollowup.services.calendar_sync import incoming
from jobfollowup.services.calendar_sync.account import save_account
from jobfollowup.services.calendar_sync.client import Connection
from jobfollowup.services.calendar_sync.engine import sync_once
from jobfollowup.services.exchange.calendar_export import database_uid, follow_up_uid
from jobfollowup.services.planning.follow_ups import judge_move, list_follow_ups, reschedule
from jobfollowup.storage.calendar_sync import CalendarAccount
from jobfollowup.storage.models import FollowUp
from seeding import seed_search

TODAY = dt.date(2026, 12, 9)


class Counting(Connection):
    """The app's connection, counting the events it reads one by one."""

    reads: list[str] = []

    def get(self, href):
        Counting.reads.append(href)
        return super().get(href)


@pytest.fixture
def synced(data_dir, xandikos, test_keyring):
    seed_search(TODAY)
    save_account(xandikos.url, USER, PASSWORD)  # the server's address alone: discovery
    Counting.reads = []
    return xandikos, sync_once(connect=Counting)


def uid(follow_up_id: int) -> str:
    return follow_up_uid(follow_up_id, database_uid())


def planned() -> list:
    return list_follow_ups(states=(State.PLANNED,))


def check_in() -> FollowUp:
    return (FollowUp.select().where((FollowUp.kind == Kind.CHECK_IN)
                                    & (FollowUp.state == State.PLANNED)
                                    & (FollowUp.planned_date > TODAY))
            .order_by(FollowUp.planned_date).first())


def test_the_first_sync_makes_each_event_once_and_the_next_asks_one_question(synced):
    server, report = synced
    rows = planned()
    events = phone_events(server)
    assert sorted(events) == sorted(uid(row.id) for row in rows)
    assert sorted(report.created) == sorted(row.id for row in rows)
    assert all(day_on_phone(events[uid(row.id)]) == row.date for row in rows)
    state = CalendarAccount.get_by_id(1)
    assert state.sync_token and "/calendars/" in state.calendar_url  # RFC 6578 is kept
    again = sync_once(connect=Counting)
    assert (again.pushed, again.read_changes, Counting.reads) == (0, False, [])


def test_a_move_on_the_phone_is_read_alone_and_moves_the_follow_up(synced):
    server, _report = synced
    item = check_in()
    day = item.planned_date + dt.timedelta(days=2)
    while not judge_move(item.id, day, TODAY).allowed:
        day += dt.timedelta(days=1)
    move_on_phone(phone_events(server)[uid(item.id)], day)
    report = sync_once(connect=Counting)
    assert report.moved_elsewhere == [item.id]
    assert len(Counting.reads) == 1  # the one event that changed
    assert incoming.apply_move(item.id, TODAY).verdict.allowed
    assert FollowUp.get_by_id(item.id).planned_date == day
    assert sync_once().pushed == 0


def test_a_move_here_is_written_with_the_etag_last_seen(synced):
    server, _report = synced
    item = check_in()
    new_day = item.planned_date + dt.timedelta(days=7)
    reschedule(item.id, new_day)
    assert sync_once().updated == [item.id]
    assert day_on_phone(phone_events(server)[uid(item.id)]) == new_day
    assert sync_once().read_changes is False  # its own write is not read back as a change


def test_a_deletion_on_the_phone_asks_and_keep_makes_the_event_again(synced):
    server, _report = synced
    first, second = planned()[-2:]
    events = phone_events(server)
    events[uid(first.id)].delete()
    events[uid(second.id)].delete()
    report = sync_once()
    assert sorted(report.deleted_elsewhere) == sorted([first.id, second.id])
    asked = {notice.row.id: notice for notice in incoming.notices(TODAY)}
    incoming.skip_deleted(asked[first.id].id)
    incoming.keep(asked[second.id].id)
    sync_once()
    events = phone_events(server)
    assert uid(first.id) not in events
    assert day_on_phone(events[uid(second.id)]) == second.date
