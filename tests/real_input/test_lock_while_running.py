"""Issue 22: another program takes the data file's write lock while the window runs. The
reminders' periodic check used to stop the window behind a modal box that called it a
failure to read or save and pointed at File → Restore…; now the status bar says the lock,
no box waits for an answer, and the person's keys still work. The real app, on a real X
server; the lock is a write transaction of a second SQLite connection, as another
program's would be."""

from __future__ import annotations

import sqlite3

from jobfollowup.storage.early import DB_FILENAME

TROUBLE = ("window().reminders_trouble.text() if window().reminders_trouble.isVisible() "
           "else ''")


def test_a_lock_taken_while_the_window_runs_is_said_in_the_status_bar(app, search):
    app.wait_for("view_shown() == 'TodayView'")
    other = sqlite3.connect(search.folder / DB_FILENAME, isolation_level=None)
    other.execute("DELETE FROM setting WHERE key = 'reminders_announced'")  # due again
    assert search.rows("SELECT count(*) FROM follow_up WHERE state = 'planned' "
                       "AND planned_date <= date('now', 'localtime')")[0][0] > 0
    other.execute("BEGIN IMMEDIATE")
    try:
        app.ask("tick_reminders()")
        line = app.wait_for(TROUBLE, timeout=15)
        assert line.startswith("Reminders not checked, trying again in a minute. Another "
                               "program is using your data file ")
        assert str(search.folder / DB_FILENAME) in line
        assert app.ask("modal()") is None  # nothing waits for an answer
        app.key("ctrl+2")  # the window still answers the keyboard
        app.wait_for("view_shown() == 'CalendarView'")
    finally:
        other.execute("ROLLBACK")
        other.close()
    app.ask("tick_reminders()")  # the lock is gone: the next tick tells what is due
    app.wait_for(f"not ({TROUBLE})")
    assert search.rows("SELECT count(*) FROM setting WHERE key = 'reminders_announced'") \
        == [(1,)]
