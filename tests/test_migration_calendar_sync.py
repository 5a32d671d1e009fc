"""The calendar sync's schema step (migrations.CALENDAR_SYNC, the step after version 8):
a file of the version before it upgrades with every row kept; its triggers queue a change
to a follow-up only once an account is set up, whoever makes the change, and not for a
draft edited; each queuing is newer than any before."""

from __future__ import annotations

import pytest

from jobfollowup.storage.database import close_database, open_database
from jobfollowup.storage.migrations import CALENDAR_SYNC, SCHEMA_VERSION, STEPS
from old_files import file_at_version
from test_migration_v8 import ROWS

VERSION = next(version for version, step in STEPS.items() if step is CALENDAR_SYNC)


@pytest.fixture
def upgraded(tmp_path):
    old = file_at_version(tmp_path, VERSION - 1)
    for statement in ROWS:
        old.execute_sql(statement)
    old.execute_sql("UPDATE follow_up SET state = 'planned', done_on = NULL")
    before = old.execute_sql("SELECT * FROM follow_up").fetchall()
    old.close()
    db = open_database(tmp_path)
    yield db, before
    close_database()


def queued(db) -> list[tuple[int, int]]:
    return db.execute_sql("SELECT follow_up_id, version FROM calendar_queue "
                          "ORDER BY version").fetchall()


def test_the_step_keeps_every_row_and_queues_nothing_without_an_account(upgraded):
    db, before = upgraded
    assert db.user_version == SCHEMA_VERSION >= VERSION
    assert db.execute_sql("SELECT * FROM follow_up").fetchall() == before
    db.execute_sql("UPDATE follow_up SET planned_date = '2026-12-09'")
    assert queued(db) == []


def test_every_change_to_a_follow_up_is_queued_once_an_account_is_set_up(upgraded):
    db, _before = upgraded
    db.execute_sql("INSERT INTO calendar_account (server_url, user_name) "
                   "VALUES ('https://cloud.example.org', 'alex')")
    db.execute_sql("UPDATE follow_up SET draft = 'Hei Kari, takk!'")  # not in the event
    assert queued(db) == []
    db.execute_sql("UPDATE follow_up SET planned_date = '2026-12-09'")
    assert [row[0] for row in queued(db)] == [1]
    first_version = queued(db)[0][1]
    db.execute_sql("UPDATE contact SET name = 'Kari Nordmann-Berg'")  # in the summary
    assert queued(db)[0][1] > first_version  # queued again, newer
    db.execute_sql("INSERT INTO follow_up (kind, contact_id, channel, planned_date, state, "
                   "reasons, draft, created_at) VALUES ('check-in', 1, 'email', "
                   "'2026-12-16', 'planned', '[]', '', '2026-12-03 10:00:00')")
    assert sorted(row[0] for row in queued(db)) == [1, 2]
    db.execute_sql("DELETE FROM calendar_queue")
    db.execute_sql("DELETE FROM follow_up WHERE id = 2")
    assert [row[0] for row in queued(db)] == [2]  # its event must go


def test_only_one_account_and_known_choices_are_accepted(upgraded):
    from peewee import IntegrityError

    db, _before = upgraded
    db.execute_sql("INSERT INTO calendar_account (server_url, user_name) VALUES ('u', 'a')")
    for statement in ("INSERT INTO calendar_account (id, server_url, user_name) "
                      "VALUES (2, 'u', 'b')",
                      "UPDATE calendar_account SET sent_events = 'archive'",
                      "UPDATE calendar_account SET alarm_minutes = 1440",
                      "INSERT INTO calendar_notice (follow_up_id, kind, created_at) "
                      "VALUES (1, 'maybe', '2026-12-03')"):
        with pytest.raises(IntegrityError), db.atomic():
            db.execute_sql(statement)
