"""Issue 24: a calendar event's link (jobfollowup://follow-up/…) clicked while the app
runs. The desktop opens it as it opens any link: GLib's `gio open` finds the handler of
x-scheme-handler/jobfollowup in the app's own desktop entry (as packaged, registered with
update-desktop-database) and runs its Exec line with the link — a second start of the entry
point, which hands the link to the running window and quits. The window shows that
follow-up selected on its day in the Calendar; a broken link is said in its status bar."""

from __future__ import annotations

import json
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

from driver import App

from jobfollowup import APP_ID
from jobfollowup.storage.early import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "5eedc0ffee5eedc0"  # this data file's random id, as its events' UIDs carry it


def desktop(work: Path, data_dir: Path, env: dict[str, str]) -> dict[str, str]:
    """The packaged desktop entry, installed for a user whose app is `python -m
    jobfollowup` on the test's data; the environment a desktop would open links in."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import build_linux

    program = work / "bin" / "jobfollowup"
    program.parent.mkdir()
    program.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m jobfollowup "
                       f"--data-dir {shlex.quote(str(data_dir))} \"$@\"\n")
    program.chmod(0o755)
    applications = work / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{APP_ID}.desktop").write_text(
        build_linux.desktop_entry_text(str(program)), encoding="utf-8")
    subprocess.run(["update-desktop-database", str(applications)], check=True)
    (work / "none").mkdir()
    return dict(env, XDG_DATA_HOME=str(work / "share"), XDG_DATA_DIRS=str(work / "none"),
                XDG_CONFIG_DIRS=str(work / "none"))


def test_a_link_clicked_elsewhere_opens_its_follow_up_in_the_running_window(
        xserver, search, tmp_path):
    with sqlite3.connect(search.folder / DB_FILENAME) as connection:
        connection.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           ("database_uid", json.dumps(DATABASE)))
    follow_up_id, day, contact = search.rows(
        "SELECT follow_up.id, planned_date, contact.name FROM follow_up JOIN contact "
        "ON contact.id = follow_up.contact_id WHERE state = 'planned' "
        "ORDER BY planned_date DESC, follow_up.id LIMIT 1")[0]  # weeks ahead: not today
    work = tmp_path / "app"
    work.mkdir()
    app = App(xserver, search.folder, work)
    try:
        app.wait_for("view_shown() == 'TodayView'")
        env = desktop(work, search.folder, dict(
            xserver.env(), LANG="en_GB.UTF-8", XDG_RUNTIME_DIR=str(work / "runtime"),
            XDG_CONFIG_HOME=str(work / "config"), XDG_STATE_HOME=str(work / "state")))
        link = f"jobfollowup://follow-up/followup-{follow_up_id}.{DATABASE}"
        subprocess.run(["gio", "open", link], env=env, check=True, timeout=30)
        app.wait_for("view_shown() == 'CalendarView'", timeout=30)
        assert app.wait_for(f"calendar().grid.selected_chip == {follow_up_id}")
        assert app.ask("calendar().grid.current_day().isoformat()") == day
        app.ask(f"chip_point({follow_up_id})")  # drawn, on its day of the month shown
        assert contact in app.ask("window().statusBar().currentMessage()")
        assert app.ask("active()")  # the window came forward

        subprocess.run(["gio", "open", "jobfollowup://follow-up/followup-x"], env=env,
                       check=True, timeout=30)
        app.wait_for("'not a link' in window().statusBar().currentMessage()", timeout=30)
        assert app.ask("window().statusBar().currentMessage()") == (
            "“jobfollowup://follow-up/followup-x” is not a link to a follow-up of Job "
            "Follow-up.")
        assert app.ask("calendar().grid.selected_chip") == follow_up_id  # nothing else
        assert app.process.poll() is None
    finally:
        app.quit()
