"""Issue 22: another program holding a write transaction on the data file while the window
runs. Each periodic reminders check used to stop the window with a modal box calling it
"could not be read or saved … Restore… goes back to a backup"; a lock is no damage. The
check says so in the status bar, naming the lock, and tries again later."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning.reminders import KEY
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.database import open_data_path
from jobfollowup.ui.shell import reminders
from windows import shown_window

TODAY = dt.date(2026, 12, 17)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window would show (none may be modal here)."""
    shown = []
    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda *args, _kind=kind, **_kw: shown.append((_kind, args))))
    return shown


@pytest.fixture
def window(qtbot, data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example")
    log_interview(add_application("Equinor", "Data Engineer"),
                  dt.datetime(2026, 12, 17, 9, 0), [kari])
    return shown_window(qtbot, TODAY)


def held_by_another_program():
    """A second connection, as another program would open it, in a write transaction."""
    other = sqlite3.connect(open_data_path(), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_lock_during_the_reminders_check_is_a_status_line_not_a_box(window, boxes,
                                                                      monkeypatch):
    retries = []
    monkeypatch.setattr(reminders.QTimer, "singleShot",
                        staticmethod(lambda ms, slot: retries.append((ms, slot))))
    other = held_by_another_program()
    try:
        assert window.reminders.check() == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert boxes == []
    line = window.reminders_trouble
    assert line.isVisible()
    assert line.text().startswith("Reminders not checked, trying again in a minute. "
                                  "Another program is using your data file")
    assert line.toolTip() == line.text()  # the whole line, where the bar cuts it
    assert str(open_data_path()) in line.text()
    assert "damaged" not in line.text() and "Restore" not in line.text()
    assert [ms for ms, _slot in retries] == [reminders.RETRY_MS]
    assert settings.get(KEY) == {}  # nothing was told as announced while it was held

    # The lock is gone: the retry tells what is due, and the line goes away.
    told = window.reminders.check()
    assert [row.kind for row in told] == [Kind.THANK_YOU_EMAIL]
    assert not line.isVisible() and boxes == []
    assert settings.get(KEY)["day"] == TODAY.isoformat()
