"""Schema version 3: a version-2 file upgrades and keeps its drafts."""

from __future__ import annotations

from jobfollowup.services.planning import drafts
from jobfollowup.storage.database import (
    close_database,
    open_database,
)
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import FollowUp
from old_files import file_at_version


def test_version_2_file_upgrades_keeping_its_draft(tmp_path):
    db = file_at_version(tmp_path, 2)
    db.execute_sql("INSERT INTO contact (id, name, role, organisation, email, phone, "
                   "postal_address, note_language, country, personal_details, notes, "
                   "created_at) VALUES (1, 'Kari Nordmann', 'interviewer', '', '', '', '', "
                   "'nb', 'NO', '', '', '2026-12-01 10:00:00')")
    db.execute_sql("INSERT INTO follow_up (id, kind, contact_id, channel, planned_date, state, "
                   "reasons, draft, created_at) VALUES (1, 'check-in', 1, 'email', "
                   "'2026-12-22', 'planned', '[]', 'Hei Kari,\n\nMin tekst.', "
                   "'2026-12-01 10:00:00')")
    db.close()
    upgraded = open_database(tmp_path)
    try:
        assert upgraded.user_version == SCHEMA_VERSION
        assert list((tmp_path / "backups").iterdir())
        item = FollowUp.get_by_id(1)
        assert (item.draft, item.draft_subject) == ("Hei Kari,\n\nMin tekst.", "")
        assert drafts.open_draft(1).body == "Hei Kari,\n\nMin tekst."
        drafts.save_template("check-in", "nb", "", "{greeting}\n\nHei igjen.")
        assert drafts.get_template("check-in", "nb").custom
    finally:
        close_database()
