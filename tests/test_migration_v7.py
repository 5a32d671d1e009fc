"""Schema version 7: a version-6 file upgrades with the calendar's index, and a month is
then read from that index alone (no visit to the table's rows), with the same rows."""

from __future__ import annotations

import datetime as dt

from jobfollowup.services.planning.follow_ups import list_follow_ups, listing_sql
from jobfollowup.storage.database import (
    close_database,
    open_database,
)
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import database_proxy
from old_files import file_at_version

CONTACT = ("INSERT INTO contact (id, name, role, organisation, email, phone, postal_address, "
           "note_language, country, personal_details, notes, created_at, form_of_address, "
           "first_name_terms) VALUES ({id}, '{name}', 'reference', '', '', '', '', 'fr', "
           "'FR', '', '', '2026-12-01 10:00:00', '', 0)")
FOLLOW_UP = ("INSERT INTO follow_up (id, kind, contact_id, channel, planned_date, state, "
             "reasons, draft, created_at, draft_subject) VALUES ({id}, 'check-in', {contact}, "
             "'email', '{day}', '{state}', '[]', '', '2026-12-01 09:00:00', '')")


def test_version_6_file_upgrades_and_a_month_is_read_from_the_index(tmp_path):
    db = file_at_version(tmp_path, 6)
    db.execute_sql(CONTACT.format(id=1, name="Zoé Martin"))
    db.execute_sql(CONTACT.format(id=2, name="Anne Dubois"))
    for id_, contact, day, state in ((1, 1, "2026-12-16", "planned"),
                                     (2, 2, "2026-12-16", "done"),
                                     (3, 1, "2026-12-03", "skipped"),
                                     (4, 2, "2027-01-20", "planned")):
        db.execute_sql(FOLLOW_UP.format(id=id_, contact=contact, day=day, state=state))
    db.close()
    upgraded = open_database(tmp_path)
    try:
        assert upgraded.user_version == SCHEMA_VERSION
        december = (dt.date(2026, 11, 30), dt.date(2027, 1, 10))
        rows = list_follow_ups(*december, states=("planned", "done"), reasons=False)
        assert [(r.id, r.contact_name) for r in rows] == [(2, "Anne Dubois"), (1, "Zoé Martin")]
        sql, params = listing_sql(*december, states=("planned", "done"), reasons=False)
        plan = " ".join(row[-1] for row in database_proxy.execute_sql(
            "EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX follow_up_state_planned_date_listed" in plan
        indexes = {row[0] for row in database_proxy.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "follow_up_state_planned_date" not in indexes  # its columns lead the new one
    finally:
        close_database()
