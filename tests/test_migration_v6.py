"""Schema version 6: a version-5 file upgrades with a status history, each application
starting it with its current status on the day it was sent (else the day it was recorded)."""

from __future__ import annotations

import datetime as dt

from jobfollowup.services.records.applications import set_status
from jobfollowup.services.records.status_history import StatusStep, histories
from jobfollowup.storage.database import (
    close_database,
    open_database,
)
from jobfollowup.storage.migrations import SCHEMA_VERSION
from old_files import file_at_version

APPLICATION = ("INSERT INTO application (id, company, position, level, status, applied_on, "
               "posting_url, reply_by, country, notes, created_at) VALUES ({id}, 'Equinor', "
               "'Engineer', 'mid', '{status}', {applied_on}, '', NULL, 'NO', '', "
               "'2026-11-20 10:15:00')")


def test_version_5_file_upgrades_with_one_step_per_application(tmp_path):
    db = file_at_version(tmp_path, 5)
    db.execute_sql(APPLICATION.format(id=1, status="interviewing", applied_on="'2026-11-02'"))
    db.execute_sql(APPLICATION.format(id=2, status="rejected", applied_on="NULL"))
    db.close()
    upgraded = open_database(tmp_path)
    try:
        assert upgraded.user_version == SCHEMA_VERSION
        assert histories() == {1: [StatusStep("interviewing", dt.date(2026, 11, 2))],
                               2: [StatusStep("rejected", dt.date(2026, 11, 20))]}
        set_status(1, "offer", on=dt.date(2026, 12, 1))  # the history goes on from there
        assert [s.status for s in histories()[1]] == ["interviewing", "offer"]
    finally:
        close_database()
