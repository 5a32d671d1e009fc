"""Schema version 5: a version-4 file upgrades with the indexes years of data need, and
Today's and the Contacts list's queries use them."""

from __future__ import annotations

import datetime as dt

from jobfollowup.services.planning.follow_ups import agenda
from jobfollowup.storage.database import (
    close_database,
    open_database,
)
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import database_proxy
from old_files import file_at_version


def _plan(sql: str) -> str:
    return " ".join(row[-1] for row in database_proxy.execute_sql("EXPLAIN QUERY PLAN " + sql))


def test_version_4_file_upgrades_with_indexes_that_the_queries_use(tmp_path):
    db = file_at_version(tmp_path, 4)
    db.execute_sql("INSERT INTO contact (id, name, role, organisation, email, phone, "
                   "postal_address, note_language, country, personal_details, notes, "
                   "created_at, form_of_address, first_name_terms) VALUES (1, 'Ola Hansen', "
                   "'reference', '', '', '', '', 'nb', 'NO', '', '', '2026-12-01 10:00:00', "
                   "'', 0)")
    db.execute_sql("INSERT INTO follow_up (id, kind, contact_id, channel, planned_date, "
                   "state, reasons, draft, created_at, draft_subject) VALUES "
                   "(1, 'check-in', 1, 'email', '2026-12-16', 'planned', '[]', '', "
                   "'2026-12-15 09:00:00', '')")
    db.close()
    upgraded = open_database(tmp_path)
    try:
        assert upgraded.user_version == SCHEMA_VERSION
        assert [r.id for r in agenda(dt.date(2026, 12, 17)).overdue] == [1]
        # Version 7 replaced the index by a wider one with the same first columns.
        assert "INDEX follow_up_state_planned_date_listed" in _plan(
            "SELECT id FROM follow_up WHERE state IN ('planned') AND planned_date <= "
            "'2026-12-24'")
        assert "interaction_contact_id_date" in _plan(
            "SELECT contact_id, MAX(date) FROM interaction GROUP BY contact_id")
    finally:
        close_database()
