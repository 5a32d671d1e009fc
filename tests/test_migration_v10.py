"""Schema version 10: a version-9 file upgrades to one with the mailbox's two tables (where
each folder was read up to, and the messages that concern the search), keeping every
row; the new tables accept only the codes the app knows, and a message belongs to a
contact that exists."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from jobfollowup.storage.database import close_database, open_database
from jobfollowup.storage.migrations import SCHEMA_VERSION
from old_files import file_at_version

CONTACT = ("INSERT INTO contact (id, name, role, organisation, email, phone, postal_address, "
           "preferred_channel, note_language, country, personal_details, notes, created_at, "
           "form_of_address, first_name_terms) VALUES (1, 'Kari Nordmann', 'hiring-manager', "
           "'Equinor', 'kari@example.no', '', '', 'phone', 'nb', 'NO', '', '', "
           "'2026-12-01 10:00:00', '', 1)")
MESSAGE = ("INSERT INTO mail_message (kind, status, message_id, sent_on, address, subject, "
           "contact_id, created_at) VALUES ('{kind}', '{status}', '<{n}@example.no>', "
           "'2026-12-03', 'kari@example.no', 'Re: Data Engineer', {contact}, "
           "'2026-12-03 10:00:00')")


@pytest.fixture
def upgraded(tmp_path):
    old = file_at_version(tmp_path, 9)
    old.execute_sql(CONTACT)
    old.close()
    db = open_database(tmp_path)
    yield db
    close_database()


def test_a_version_9_file_gains_the_mail_tables_and_keeps_its_rows(upgraded):
    db = upgraded
    assert db.user_version == SCHEMA_VERSION >= 10
    assert db.execute_sql("SELECT name FROM contact").fetchall() == [("Kari Nordmann",)]
    tables = {row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"mail_folder", "mail_message"} <= tables
    db.execute_sql(MESSAGE.format(kind="reply", status="suggested", n=1, contact=1))
    db.execute_sql("INSERT INTO mail_folder (role, name, uidvalidity, uidnext, checked_at) "
                   "VALUES ('inbox', 'INBOX', 1796317305, 12, '2026-12-03 10:00:00')")
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("statement", [
    MESSAGE.format(kind="spam", status="suggested", n=2, contact=1),
    MESSAGE.format(kind="reply", status="read", n=3, contact=1),
    MESSAGE.format(kind="reply", status="suggested", n=4, contact=99),  # no such contact
    "INSERT INTO mail_folder (role, name, uidvalidity, uidnext, checked_at) "
    "VALUES ('trash', 'Trash', 1, 1, '2026-12-03 10:00:00')",
])
def test_the_mail_tables_refuse_what_the_app_does_not_know(upgraded, statement):
    with pytest.raises(IntegrityError), upgraded.atomic():
        upgraded.execute_sql(statement)


def test_a_message_is_known_once_per_kind(upgraded):
    upgraded.execute_sql(MESSAGE.format(kind="reply", status="suggested", n=5, contact=1))
    upgraded.execute_sql(MESSAGE.format(kind="sent", status="suggested", n=5, contact=1))
    with pytest.raises(IntegrityError), upgraded.atomic():
        upgraded.execute_sql(MESSAGE.format(kind="reply", status="dismissed", n=5,
                                            contact=1))
