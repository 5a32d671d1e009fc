"""The mailbox from the command line, for scripting and support: `mail-account set` (the
password from standard input, into the keyring keyring's own configuration chose),
`mail-account test`, `check-mail [--accept] [--format json]` and `mail-account remove`,
against a real IMAP server (Dovecot). Run as a user runs them: a new process each."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from mailserver import ADDRESS, PASSWORD, USER, message

TODAY = dt.date.today()


@pytest.fixture
def cli(tmp_path, dovecot):
    folder = tmp_path / "data"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(tmp_path / "data-home"), "LANGUAGE": "en",
           "LANG": "en_GB.UTF-8"}

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "jobfollowup", *args, "--data-dir",
                               str(folder)], input=stdin, capture_output=True, text=True,
                              env=env, timeout=120)

    run.folder = folder
    run.keyring = tmp_path / "data-home" / "python_keyring"
    return run


def seed(folder) -> None:
    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.records.core import add_application, add_contact, log_interview

    open_data(folder)
    try:
        kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example")
        job = add_application("Equinor", "Data Engineer", country="NO")
        log_interview(job, dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10)),
                      [kari])
    finally:
        close_data()


def test_set_test_check_accept_and_remove(cli, dovecot):
    done = cli("mail-account", "set", "--server", "127.0.0.1", "--port", str(dovecot.port),
               "--security", "plain", "--user", USER, stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "the password is in the keyring" in done.stdout
    kept = base64.b64encode(PASSWORD.encode()).decode()  # how this keyring writes it
    assert kept in (cli.keyring / "keyring_pass.cfg").read_text()
    assert PASSWORD.encode() not in (cli.folder / "jobfollowup.sqlite3").read_bytes()

    tested = cli("mail-account", "test", "--format", "json")
    assert tested.returncode == 0, tested.stderr
    assert json.loads(tested.stdout) == {"inbox": "INBOX", "sent": "Sent",
                                         "drafts": "Drafts", "messages": 0, "idle": True}

    seed(cli.folder)
    dovecot.append("INBOX", message("Kari <kari@equinor.example>", ADDRESS,
                                    "Re: Data Engineer"))
    listed = cli("check-mail")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("Kari Nordmann wrote on ")
    assert "Equinor — Data Engineer" in listed.stdout and "To accept: Logs their reply" \
        in listed.stdout
    accepted = cli("check-mail", "--accept", "--format", "json")
    (found,) = json.loads(accepted.stdout)
    assert (found["kind"], found["contact"], found["taken"]) == ("reply", "Kari Nordmann",
                                                                   True)
    assert found["application"]["company"] == "Equinor" and found["stopped"]
    assert json.loads(cli("check-mail", "--format", "json").stdout) == []

    removed = cli("mail-account", "remove")
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert kept not in (cli.keyring / "keyring_pass.cfg").read_text()


def test_a_wrong_password_or_no_keyring_is_one_line_and_exit_2(cli, dovecot, tmp_path):
    cli("mail-account", "set", "--server", "127.0.0.1", "--port", str(dovecot.port),
        "--security", "plain", "--user", USER, stdin="wrong\n")
    failed = cli("check-mail")
    assert failed.returncode == 2
    assert failed.stderr.strip().count("\n") == 0
    assert "refused the user name or the password" in failed.stderr
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    nowhere = subprocess.run(
        [sys.executable, "-m", "jobfollowup", "mail-account", "set", "--server",
         "imap.example.com", "--user", USER, "--data-dir", str(tmp_path / "other")],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120)
    assert nowhere.returncode == 2 and "No keyring is available" in nowhere.stderr
