"""Shared fixtures: Qt runs offscreen, every test gets a fresh SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from jobfollowup.i18n import set_language  # noqa: E402
from jobfollowup.services.data import close_data, open_data  # noqa: E402


@pytest.fixture(autouse=True)
def english_interface():
    """Tests read English unless they switch language themselves."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def qt_locale():
    """Set Qt's default locale, as the app does from the user's language and region; it is
    put back after the test."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def private_log_folder(tmp_path, monkeypatch):
    """The app's log and the person's profile (name, country) live in the test's folder,
    never in those of the person's own app."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh database in a temporary folder, open for the test."""
    directory = tmp_path / "data"
    monkeypatch.setenv("JOBFOLLOWUP_DATA_DIR", str(directory))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    open_data(directory)
    yield directory
    close_data()


@pytest.fixture
def test_keyring(tmp_path, monkeypatch):
    """A keyring of the test's own (keyrings.alt's file, in the test's folder), chosen the
    way a user or a script chooses one: through keyring's PYTHON_KEYRING_BACKEND. The app
    itself uses whatever keyring the system has."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    keyring.core.init_backend()
    yield tmp_path / "data-home" / "python_keyring"
    monkeypatch.undo()
    keyring.core.init_backend()


@pytest.fixture
def radicale(tmp_path):
    """A real CalDAV server (Radicale) with one user, on 127.0.0.1, for this test."""
    from calendar_server import Radicale

    server = Radicale(tmp_path / "radicale").start()
    yield server
    server.remove()


@pytest.fixture
def xandikos(tmp_path):
    """A second real CalDAV server (Xandikos), on 127.0.0.1, for this test."""
    from calendar_server import Xandikos

    server = Xandikos(tmp_path / "xandikos").start()
    yield server
    server.remove()


@pytest.fixture
def dovecot():
    """A real IMAP server (Dovecot) of the test's own, on 127.0.0.1 (tests/mailserver.py)."""
    from mailserver import Dovecot

    server = Dovecot()
    yield server
    server.remove()


@pytest.fixture
def mail_account(data_dir, dovecot, test_keyring):
    """The test user's account on the test's Dovecot, set up as Preferences does (IMAP on
    this computer, without TLS: the TLS tests set up their own)."""
    from jobfollowup.services.mail.account import save_account
    from mailserver import PASSWORD, USER

    return save_account("127.0.0.1", dovecot.port, "plain", USER, PASSWORD)
