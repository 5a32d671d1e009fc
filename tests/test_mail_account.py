"""The mail account: checked as typed, its password in the keyring only, and "Test
connection" against a real IMAP server (Dovecot, started by the test) saying exactly what
failed — a name not found, a refused connection, a certificate, TLS on the wrong port, a
wrong password, a server that does not speak IMAP."""

from __future__ import annotations

import socket
import threading

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobfollowup.i18n import set_language
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.mail import account as mail_account
from jobfollowup.services.mail.account import (
    KEYRING_SERVICE,
    NoKeyringError,
    checked_account,
    read_password,
    remove_account,
    save_account,
    stored_account,
)
from jobfollowup.services.mail.connection import MailError, try_connection
from mailserver import PASSWORD, USER, free_port


def test_an_account_keeps_its_password_in_the_keyring_and_nowhere_in_the_data(
        data_dir, test_keyring, dovecot):
    account = save_account("127.0.0.1", dovecot.port, "plain", USER, PASSWORD)
    assert stored_account() == account
    assert keyring.get_password(KEYRING_SERVICE, account.keyring_name) == PASSWORD
    assert settings.get("mail_account") == {"server": "127.0.0.1", "port": dovecot.port,
                                            "security": "plain", "user": USER}
    assert PASSWORD.encode() not in (data_dir / "jobfollowup.sqlite3").read_bytes()
    wal = data_dir / "jobfollowup.sqlite3-wal"
    assert not wal.exists() or PASSWORD.encode() not in wal.read_bytes()
    # saved again without a password: the one kept is kept
    save_account("127.0.0.1", dovecot.port, "plain", USER, None, auto_accept=True)
    assert read_password(account) == PASSWORD and settings.get("mail_auto_accept")
    remove_account()
    assert stored_account() is None
    assert keyring.get_password(KEYRING_SERVICE, account.keyring_name) is None


def test_without_a_keyring_nothing_is_stored(data_dir, monkeypatch, tmp_path):
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    try:
        with pytest.raises(NoKeyringError, match="No keyring is available"):
            save_account("imap.example.com", 993, "tls", USER, PASSWORD)
    finally:
        monkeypatch.undo()
        keyring.core.init_backend()
    assert stored_account() is None and settings.get("mail_account") == {}


def test_a_password_is_asked_for_a_new_account(data_dir, test_keyring):
    with pytest.raises(ValidationError, match="Give the password") as raised:
        save_account("imap.example.com", None, "tls", USER, "")
    assert raised.value.field == "password"
    assert stored_account() is None


@pytest.mark.parametrize(("server", "port", "security", "user", "field", "words"), [
    ("", 993, "tls", USER, "server", "Give the name of your mail server"),
    ("imap://mail.example.com", 993, "tls", USER, "server", "is not a server name"),
    ("mail example.com", 993, "tls", USER, "server", "is not a server name"),
    ("mail.example.com", 993, "ssl3", USER, "security", "Choose TLS or STARTTLS"),
    ("mail.example.com", 143, "plain", USER, "security", "cross the network unprotected"),
    ("mail.example.com", 0, "tls", USER, "port", "from 1 to 65535"),
    ("mail.example.com", "abc", "tls", USER, "port", "from 1 to 65535"),
    ("mail.example.com", 70000, "tls", USER, "port", "from 1 to 65535"),
    ("mail.example.com", 993, "tls", " ", "user", "Give the user name"),
])
def test_a_wrong_account_is_refused_naming_the_field(server, port, security, user, field,
                                                      words):
    with pytest.raises(ValidationError, match=words) as raised:
        checked_account(server, port, security, user)
    assert raised.value.field == field


def test_plain_is_only_for_this_computer_and_ports_default_by_security():
    assert checked_account("localhost", None, "plain", USER).port == 143
    assert checked_account("127.0.0.1", "", "plain", USER).port == 143
    assert checked_account("::1", None, "plain", USER).security == "plain"
    assert checked_account("imap.example.com", None, "tls", USER).port == 993
    assert checked_account("imap.example.com", None, "starttls", USER).port == 143


@given(st.text(max_size=80), st.one_of(st.none(), st.integers(), st.text(max_size=8)),
       st.sampled_from(["tls", "starttls", "plain", "", "TLS"]), st.text(max_size=40))
def test_any_typed_account_is_taken_or_refused_with_a_message(server, port, security, user):
    try:
        account = checked_account(server, port, security, user)
    except ValidationError as error:
        assert str(error) and error.field in {"server", "port", "security", "user"}
    else:
        assert account.server and account.user and 1 <= account.port <= 65535
        assert account.security != "plain" or mail_account.is_local(account.server)


# Test connection, against the real server -------------------------------------------------
def test_the_connection_finds_the_folders_over_tls(data_dir, dovecot, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cert))  # the test server's own CA
    for security, port in (("tls", dovecot.tls_port), ("starttls", dovecot.port)):
        report = try_connection(checked_account("127.0.0.1", port, security, USER), PASSWORD)
        assert (report.folders.inbox, report.folders.sent, report.folders.drafts) == (
            "INBOX", "Sent", "Drafts")
        assert report.idle


def _failure(account, password=PASSWORD) -> MailError:
    with pytest.raises(MailError) as raised:
        try_connection(account, password)
    return raised.value


def test_a_wrong_password_is_said_to_be_one(dovecot):
    error = _failure(checked_account("127.0.0.1", dovecot.port, "plain", USER), "wrong")
    assert error.cause == "login" and error.field == "password"
    assert "refused the user name or the password" in str(error)


def test_a_certificate_not_trusted_is_named_and_no_password_sent(dovecot, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    error = _failure(checked_account("127.0.0.1", dovecot.tls_port, "tls", USER))
    assert error.cause == "certificate"
    assert "cannot be trusted" in str(error) and "self-signed" in str(error)
    assert f"user=<{USER}>" not in dovecot.log()  # it never logged in


def test_tls_on_the_starttls_port_is_named(dovecot, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cert))
    error = _failure(checked_account("127.0.0.1", dovecot.port, "tls", USER))
    assert error.cause == "tls" and "STARTTLS port" in str(error)


def test_a_refused_connection_and_an_unknown_name_are_named():
    port = free_port()
    error = _failure(checked_account("127.0.0.1", port, "plain", USER))
    assert error.cause == "refused" and f"port {port}" in str(error)
    error = _failure(checked_account("imap.no-such-host.invalid", 993, "tls", USER))
    assert error.cause == "not-found" and "was not found" in str(error)


def test_a_server_that_is_not_imap_is_named():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def greet() -> None:
        connection, _address = listener.accept()
        connection.sendall(b"220 smtp.example.com ESMTP ready\r\n")
        connection.recv(100)
        connection.close()

    threading.Thread(target=greet, daemon=True).start()
    try:
        error = _failure(checked_account("127.0.0.1", listener.getsockname()[1], "plain",
                                         USER))
    finally:
        listener.close()
    assert error.cause == "not-imap" and "not as an IMAP mail server" in str(error)


def test_no_password_kept_is_said(dovecot):
    error = _failure(checked_account("127.0.0.1", dovecot.port, "plain", USER), None)
    assert error.cause == "no-password" and "Preferences" in str(error)


def test_errors_are_in_the_users_language(dovecot):
    set_language("fr")
    error = _failure(checked_account("127.0.0.1", dovecot.port, "plain", USER), "wrong")
    assert "mot de passe" in str(error)


def test_the_password_is_in_no_file_the_app_writes(mail_account, dovecot, data_dir, tmp_path):
    """The data file, its backups, every export and the log, grepped for the password
    after an account was set up, checked, failed and checked again."""
    from jobfollowup.services import backups
    from jobfollowup.services.exchange import calendar_export
    from jobfollowup.services.exchange import contacts_files as contacts_exchange
    from jobfollowup.services.exchange import everything as full_exchange
    from jobfollowup.services.logs import log_dir, start_logging
    from jobfollowup.services.mail.suggestions import check_mail
    from jobfollowup.services.records.core import add_contact

    start_logging("test")
    add_contact("Kari Nordmann", email="kari@equinor.example")
    check_mail()
    dovecot.stop()
    with pytest.raises(MailError):
        check_mail()
    backups.back_up_now()
    exports = tmp_path / "exports"
    exports.mkdir()
    calendar_export.export_ics(exports / "a.ics")
    full_exchange.export_json(exports / "a.json")
    contacts_exchange.export_contacts_csv(exports / "c.csv")
    contacts_exchange.export_applications_csv(exports / "p.csv")
    written = [p for folder in (data_dir, exports, log_dir()) for p in folder.rglob("*")
               if p.is_file()]
    assert any(p.suffix == ".log" for p in written) and any("backups" in p.parts
                                                            for p in written)
    assert [p for p in written if PASSWORD.encode() in p.read_bytes()] == []
    assert "mail_account" not in (exports / "a.json").read_text()  # this computer's
