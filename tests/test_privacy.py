"""Privacy: nothing in the app can reach the network but the mailbox and the calendar sync
the user set up (services/mail and services/calendar_sync, each talking only to the
server the user named), and what it writes is the user's own."""

from __future__ import annotations

import ast
import datetime as dt
import os
from pathlib import Path

import jobfollowup
from jobfollowup.services import backups
from jobfollowup.services.exchange import calendar_export
from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.services.records.core import add_contact

NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "ftplib", "smtplib", "requests",
                   "httpx", "aiohttp", "websocket", "xmlrpc", "email.mime", "imaplib",
                   "imap_tools", "imapclient", "caldav", "niquests", "urllib3"}
# The packages that may: the mailbox and the CalDAV sync, set up by the user, each to the
# user's own server.
NETWORK_ALLOWED = (Path(jobfollowup.__file__).parent / "services" / "mail",
                   Path(jobfollowup.__file__).parent / "services" / "calendar_sync")
LOCAL_ONLY = {"QLocalServer", "QLocalSocket"}  # a Unix socket / named pipe on this machine


def test_no_module_of_the_app_imports_a_network_library():
    found = []
    for path in Path(jobfollowup.__file__).parent.rglob("*.py"):
        if any(allowed in path.parents for allowed in NETWORK_ALLOWED):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6.QtNetwork":
                    if {alias.name for alias in node.names} - LOCAL_ONLY:
                        found.append(f"{path.name}: QtNetwork beyond local sockets")
                    continue
                names = [node.module]
            else:
                continue
            found += [f"{path.name}: {name}" for name in names
                      if name.split(".")[0] in NETWORK_MODULES or name in NETWORK_MODULES]
    assert found == []


def test_everything_the_app_writes_is_readable_by_the_user_only(data_dir, tmp_path):
    add_contact("Kari Nordmann")
    written = [backups.back_up_now(), backups.daily_backup(dt.datetime(2026, 1, 1))]
    calendar_export.export_ics(tmp_path / "a.ics")
    full_exchange.export_json(tmp_path / "a.json")
    contacts_exchange.export_contacts_csv(tmp_path / "c.csv")
    contacts_exchange.export_applications_csv(tmp_path / "p.csv")
    written += [tmp_path / "a.ics", tmp_path / "a.json", tmp_path / "c.csv", tmp_path / "p.csv",
                data_dir / "jobfollowup.sqlite3"]
    for path in written:
        assert path.stat().st_mode & 0o077 == 0, path
    for folder in (data_dir, data_dir / "backups"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_the_log_and_the_folder_it_sits_in_are_the_users_only(tmp_path, monkeypatch):
    """On Linux the log is ~/.local/state/jobfollowup/log/: both folders, whether new or
    left 0755 by an older version, are the user's only; the shared parents are not touched."""
    from jobfollowup.services import logs
    state = tmp_path / "state"
    monkeypatch.setattr(logs.platformdirs, "user_log_path",
                        lambda *a, **k: state / "jobfollowup" / "log")
    (state / "jobfollowup").mkdir(parents=True, mode=0o755)
    os.chmod(state / "jobfollowup", 0o755)
    os.chmod(state, 0o755)
    try:
        written = logs.start_logging("test")
        assert written == state / "jobfollowup" / "log" / logs.LOG_FILENAME
        for folder in (state / "jobfollowup", state / "jobfollowup" / "log"):
            assert folder.stat().st_mode & 0o777 == 0o700, folder
        assert state.stat().st_mode & 0o777 == 0o755
        assert written.stat().st_mode & 0o077 == 0
    finally:
        for handler in list(logs.logger.handlers):
            if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
                logs.logger.removeHandler(handler)
                handler.close()
