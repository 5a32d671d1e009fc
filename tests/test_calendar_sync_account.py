"""Setting the calendar sync up: the server found from its address alone, the password in
the keyring and nowhere else, and every failure of "Test connection" named in the user's
language (a wrong password, a wrong address, a server that is not a CalDAV server)."""

from __future__ import annotations

import datetime as dt
import http.server
import threading

import pytest

from calendar_server import PASSWORD, USER, free_port
from jobfollowup.i18n import set_language
from jobfollowup.services.calendar_sync import account
from jobfollowup.services.calendar_sync.client import SyncError, check_connection
from jobfollowup.services.calendar_sync.engine import sync_once
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.calendar_sync import CalendarQueue
from seeding import seed_search


@pytest.fixture
def web_server():
    """A plain web server on 127.0.0.1 that knows nothing of CalDAV."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             http.server.SimpleHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_the_server_is_found_from_its_address_alone(radicale):
    assert check_connection(radicale.url, USER, PASSWORD) == []  # no calendar yet
    assert check_connection(radicale.url.rstrip("/"), USER, PASSWORD) == []
    assert check_connection(f"{radicale.url}{USER}/", USER, PASSWORD) == []


def test_a_wrong_password_is_named(radicale):
    with pytest.raises(SyncError) as failed:
        check_connection(radicale.url, USER, "wrong")
    assert "refused the user name or password" in str(failed.value)
    assert not failed.value.temporary


def test_a_wrong_address_is_named(radicale):
    with pytest.raises(SyncError) as refused:
        check_connection(f"http://127.0.0.1:{free_port()}/", USER, PASSWORD)
    assert "refused the connection" in str(refused.value)
    assert refused.value.temporary
    with pytest.raises(SyncError) as unknown:
        check_connection("https://calendar.invalid/", USER, PASSWORD)
    assert "No server named calendar.invalid was found" in str(unknown.value)
    with pytest.raises(SyncError) as elsewhere:
        check_connection(f"{radicale.url}someone-else/", USER, PASSWORD)
    assert "does not let this user in" in str(elsewhere.value)


def test_a_server_without_caldav_is_named(web_server):
    with pytest.raises(SyncError) as failed:
        check_connection(web_server, USER, PASSWORD)
    assert "is not a CalDAV calendar server (it answered: 501" in str(failed.value)


def test_failures_are_told_in_the_users_language(radicale):
    set_language("fr")
    with pytest.raises(SyncError) as failed:
        check_connection(radicale.url, USER, "faux")
    assert "a refusé le nom d'utilisateur ou le mot de passe" in str(failed.value)


def test_the_address_and_the_user_are_checked(data_dir, test_keyring):
    for url, why in (("", "Type the address"), ("http://cloud.example.org", "https://"),
                     ("ftp://cloud.example.org", "is not a web address")):
        with pytest.raises(ValidationError, match=why):
            account.save_account(url, USER, PASSWORD)
    with pytest.raises(ValidationError, match="user name"):
        account.save_account("https://cloud.example.org", "  ", PASSWORD)
    with pytest.raises(ValidationError, match="Type your password"):
        account.save_account("https://cloud.example.org", USER, None)
    assert account.account() is None
    saved = account.save_account("cloud.example.org", USER, PASSWORD)
    assert saved.server_url == "https://cloud.example.org"
    assert account.save_account("https://cloud.example.org", USER, None) == saved  # kept


def test_without_a_keyring_nothing_is_stored(data_dir):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(ValidationError, match="no keyring is available"):
            account.save_account("https://cloud.example.org", USER, PASSWORD)
    finally:
        keyring.set_keyring(previous)
    assert account.account() is None


def test_setting_up_queues_every_planned_follow_up_and_removing_forgets_all(
        data_dir, test_keyring):
    seed_search(dt.date(2026, 12, 9))
    account.save_account("https://cloud.example.org", USER, PASSWORD)
    assert CalendarQueue.select().count() > 0
    assert account.password("https://cloud.example.org", USER) == PASSWORD
    assert account.remove_account()
    assert CalendarQueue.select().count() == 0
    assert account.password("https://cloud.example.org", USER) is None
    assert not account.remove_account()


def test_the_password_is_in_the_keyring_only(data_dir, radicale, test_keyring, tmp_path):
    from jobfollowup.services.backups import back_up_now
    from jobfollowup.services.exchange.calendar_export import export_ics
    from jobfollowup.services.exchange.everything import export_json
    from jobfollowup.services.logs import start_logging

    start_logging("test")
    seed_search(dt.date(2026, 12, 9))
    account.save_account(radicale.url, USER, PASSWORD)
    sync_once()
    export_json(tmp_path / "everything.json")
    export_ics(tmp_path / "follow-ups.ics")
    back_up_now()
    secret = PASSWORD.encode()
    files = [path for folder in (data_dir, tmp_path / "state") for path in folder.rglob("*")
             if path.is_file()]
    files += [tmp_path / "everything.json", tmp_path / "follow-ups.ics"]
    assert any(path.suffix == ".sqlite3" for path in files)
    assert any("log" in path.name for path in files)
    for path in files:
        assert secret not in path.read_bytes(), path
