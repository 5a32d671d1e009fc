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
def radicale(tmp_path):
    """A real CalDAV server (Radicale) with one user, on 127.0.0.1, for this test."""
    from calendar_server import Radicale

    server = Radicale(tmp_path / "radicale").start()
    yield server
    server.remove()


@pytest.fixture
def test_keyring(tmp_path):
    """A real keyring backend that works without a desktop session (keyrings.alt's file),
    in the test's folder, in place of the system's for this test."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
