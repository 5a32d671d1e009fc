"""Schema version 8: a version-7 file with a whole search upgrades to tables that accept
only known codes, keeping every row, reference and index; afterwards, a state, status,
role, level, kind, channel or direction the app does not know is refused by the file
itself, whoever writes it."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from jobfollowup.storage.database import close_database, open_database
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import database_proxy
from old_files import file_at_version

ROWS = [
    "INSERT INTO contact (id, name, role, organisation, email, phone, postal_address, "
    "preferred_channel, note_language, country, personal_details, notes, created_at, "
    "form_of_address, first_name_terms) VALUES (1, 'Kari Nordmann', 'hiring-manager', "
    "'Equinor', 'kari@example.no', '', '', 'phone', 'nb', 'NO', '', '', "
    "'2026-12-01 10:00:00', '', 1)",
    "INSERT INTO application (id, company, position, level, status, posting_url, country, "
    "notes, created_at) VALUES (1, 'Equinor', 'Data Engineer', 'senior', 'interviewing', "
    "'', 'NO', '', '2026-12-01 10:00:00')",
    "INSERT INTO status_change (application_id, status, changed_on) "
    "VALUES (1, 'interviewing', '2026-12-02')",
    "INSERT INTO interview (id, application_id, starts_at, format, highlight, surprise, "
    "resonated, personal_detail) VALUES (1, 1, '2026-12-02 10:00:00', 'video', 'the data "
    "platform', '', '', '')",
    "INSERT INTO interview_participant (interview_id, contact_id) VALUES (1, 1)",
    "INSERT INTO follow_up (id, kind, contact_id, application_id, interview_id, channel, "
    "planned_date, state, reasons, draft, created_at, draft_subject) VALUES (1, "
    "'thank-you-email', 1, 1, 1, 'email', '2026-12-02', 'done', '[]', 'Hei Kari', "
    "'2026-12-02 11:00:00', 'Takk')",
    "INSERT INTO interaction (contact_id, application_id, date, channel, direction, summary) "
    "VALUES (1, 1, '2026-12-02', 'email', 'out', 'Thank-you email')",
]
TABLES = ("contact", "application", "status_change", "interview", "interview_participant",
          "follow_up", "interaction")


def _contents(db) -> dict[str, list[tuple]]:
    return {table: db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            for table in TABLES}


@pytest.fixture
def upgraded(tmp_path):
    old = file_at_version(tmp_path, 7)
    for statement in ROWS:
        old.execute_sql(statement)
    before = _contents(old)
    indexes = {row[0] for row in old.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    old.close()
    db = open_database(tmp_path)
    yield db, before, indexes
    close_database()


def test_a_version_7_file_keeps_every_row_reference_and_index(upgraded):
    db, before, indexes = upgraded
    assert db.user_version == SCHEMA_VERSION
    assert _contents(db) == before
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    now = {row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    assert indexes <= now  # later versions may add their own
    # the references still lead to the rebuilt tables: a contact in use can't go
    with pytest.raises(IntegrityError), db.atomic():
        db.execute_sql("DELETE FROM contact WHERE id = 1")


@pytest.mark.parametrize("statement", [
    "UPDATE follow_up SET state = 'postponed'",
    "UPDATE follow_up SET kind = 'thank-you'",
    "UPDATE follow_up SET channel = 'sms'",
    "UPDATE application SET status = 'ghosted'",
    "UPDATE application SET level = 'intern'",
    "UPDATE status_change SET status = 'Offer'",
    "UPDATE contact SET role = 'boss'",
    "UPDATE contact SET preferred_channel = 'fax'",
    "UPDATE contact SET first_name_terms = 2",
    "UPDATE interaction SET direction = 'both'",
    "UPDATE interview SET format = 'dinner'",
])
def test_an_unknown_code_is_refused_by_the_file_itself(upgraded, statement):
    db, before, _indexes = upgraded
    with pytest.raises(IntegrityError, match="CHECK constraint failed"), db.atomic():
        db.execute_sql(statement)
    assert _contents(database_proxy) == before
