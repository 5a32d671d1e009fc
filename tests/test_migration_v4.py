"""Schema version 4: a version-3 file upgrades; its follow-ups can still be re-planned."""

from __future__ import annotations

from jobfollowup.rules import Kind
from jobfollowup.services.records.contacts import update_contact
from jobfollowup.storage.database import (
    close_database,
    open_database,
)
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import FollowUp
from old_files import file_at_version


def test_version_3_file_upgrades_and_replans_from_the_creation_day(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    db = file_at_version(tmp_path, 3)
    db.execute_sql("INSERT INTO contact (id, name, role, organisation, email, phone, "
                   "postal_address, note_language, country, personal_details, notes, "
                   "created_at, form_of_address, first_name_terms) VALUES (1, 'Ola Hansen', "
                   "'reference', '', '', '', '', 'nb', 'NO', '', '', '2026-12-01 10:00:00', "
                   "'', 0)")
    db.execute_sql("INSERT INTO application (id, company, position, level, status, "
                   "posting_url, country, notes, created_at) VALUES (1, 'Equinor', "
                   "'Data Engineer', 'mid', 'interviewing', '', 'NO', '', "
                   "'2026-12-01 10:00:00')")
    db.execute_sql("INSERT INTO follow_up (id, kind, contact_id, application_id, channel, "
                   "planned_date, state, reasons, draft, created_at, draft_subject) VALUES "
                   "(1, 'rejection-thanks', 1, 1, 'email', '2026-12-16', 'planned', '[]', "
                   "'', '2026-12-15 09:00:00', '')")
    db.close()
    upgraded = open_database(tmp_path)
    try:
        assert upgraded.user_version == SCHEMA_VERSION
        item = FollowUp.get_by_id(1)
        assert item.planned_from is None
        changes = update_contact(1, preferred_channel="phone")
        assert [c.kind for c in changes.moved] == [Kind.REJECTION_THANKS]
        assert FollowUp.get_by_id(1).channel == "phone"
    finally:
        close_database()
