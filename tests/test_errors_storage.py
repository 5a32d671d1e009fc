"""Issue 22: the data file's failures named for what they are, each produced for real.

A lock held by another process, a folder the command may not write, a small filesystem
that fills up, a read-only one, a damaged file: every message is the exact line the user
reads, and nothing stored is lost or touched.
"""

from __future__ import annotations

import shlex
import sqlite3
import time

import pytest

from jobfollowup.services.data import DB_FILENAME, close_data, open_data
from jobfollowup.services.records.contacts import search_contacts
from jobfollowup.services.records.core import add_contact
from real_conditions import (
    count,
    fingerprint,
    in_small_filesystem,
    run_command,
    write_lock_held,
)

IN_USE = "jobfollowup: Another program is using your data file {path}; close it and try again."


@pytest.fixture
def stored(tmp_path):
    """A data folder holding two contacts, closed."""
    folder = tmp_path / "data"
    open_data(folder)
    add_contact("Kari Nordmann", email="kari@example.no")
    add_contact("Jens Ødegård")
    close_data()
    return folder


@pytest.fixture
def contacts_csv(tmp_path):
    """Two thousand contacts with long notes: more than a nearly full disk can take."""
    path = tmp_path / "many.csv"
    rows = ["Name,Email,Notes"] + [f"Person {n},p{n}@example.com,{'x' * 400}"
                                   for n in range(2000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def lines(stderr: str) -> list[str]:
    """The app's own lines on stderr (Qt may add warnings of its own)."""
    return [line for line in stderr.splitlines() if line.startswith("jobfollowup:")]


# A lock held by another program --------------------------------------------------------------

def test_an_import_under_another_programs_lock_says_so_after_a_bounded_wait(
        tmp_path, stored, contacts_csv):
    database = stored / DB_FILENAME
    with write_lock_held(database):
        started = time.monotonic()
        result = run_command(tmp_path, "import-contacts", str(contacts_csv),
                             "--data-dir", str(stored))
        waited = time.monotonic() - started
    assert result.returncode == 2
    assert result.stderr == IN_USE.format(path=database) + "\n"
    assert 4.5 < waited < 60  # busy_timeout's five seconds, then the answer
    assert count(database, "contact") == 2


def test_a_listing_under_another_programs_lock_still_reads(tmp_path, stored):
    """Write-ahead logging lets a reader read beside a writer: only writing waits."""
    with write_lock_held(stored / DB_FILENAME):
        result = run_command(tmp_path, "list", "--data-dir", str(stored))
    assert (result.returncode, result.stderr) == (0, "")


def test_the_smoke_test_under_a_lock_says_lock_and_does_not_hang(tmp_path, stored):
    with write_lock_held(stored / DB_FILENAME):
        result = run_command(tmp_path, "--smoke-test", "--data-dir", str(stored), timeout=90)
    assert result.returncode == 2
    assert lines(result.stderr) == [IN_USE.format(path=stored / DB_FILENAME)]
    assert "smoke-test" not in result.stdout


def test_the_window_start_under_a_lock_says_lock_and_never_offers_a_backup(
        stored, monkeypatch):
    from jobfollowup.ui.dialogs import data_safety
    from jobfollowup.ui.shell import app
    from jobfollowup.ui.shell.crash import CrashHandler

    told: list[str] = []
    monkeypatch.setattr(app, "_cannot_open", told.append)
    monkeypatch.setattr(data_safety, "offer_restore",
                        lambda *_args: pytest.fail("a lock was taken for damage"))
    try:
        with write_lock_held(stored / DB_FILENAME):
            assert app._open(stored, smoke_test=False,
                             crashes=CrashHandler(show_dialog=False)) == ""
    finally:
        close_data()
    assert told == [IN_USE.format(path=stored / DB_FILENAME).removeprefix("jobfollowup: ")]


def test_a_change_under_a_lock_met_while_working_says_lock_not_damage(
        qapp, data_dir, monkeypatch):
    """The lock is taken after the window opened: the box names it, with no word of damage
    or of File → Restore…, and the change is not made."""
    from jobfollowup.ui.operations import contacts as contact_ops
    from jobfollowup.ui.operations import core as ops

    add_contact("Kari Nordmann")
    shown: list[str] = []
    monkeypatch.setattr(ops.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    with write_lock_held(data_dir / DB_FILENAME):
        ok, _result = contact_ops.add(ops.Operations(), None, "Jens Ødegård", {})
    assert not ok
    assert shown == [IN_USE.format(path=data_dir / DB_FILENAME).removeprefix("jobfollowup: ")
                     + "\n\nNothing was changed."]
    assert [contact.name for contact in search_contacts()] == ["Kari Nordmann"]


# A folder the command may not write ------------------------------------------------------------

def test_a_read_only_data_folder_is_named_not_called_damaged(tmp_path, stored, contacts_csv):
    """As the user (as root too: the command runs without root's power over permissions),
    every command says the folder cannot be written, and why; nothing appears in it."""
    before = fingerprint(stored)
    stored.chmod(0o500)
    try:
        results = [run_command(tmp_path, *args, "--data-dir", str(stored), as_user_only=True)
                   for args in (["list"], ["import-contacts", str(contacts_csv)],
                                ["--smoke-test"])]
    finally:
        stored.chmod(0o700)
    expected = (f"jobfollowup: Cannot write in your data folder {stored} (permission denied); "
                "your data was left untouched.")
    for result in results:
        assert result.returncode == 2
        assert lines(result.stderr) == [expected]
    assert fingerprint(stored) == before


def test_a_read_only_disk_is_named(tmp_path, stored):
    source = shlex.quote(str(stored / DB_FILENAME))
    result = in_small_filesystem(tmp_path, f"""
        mkdir "$FS/data" && cp {source} "$FS/data/"
        ready
        $PROG list --data-dir "$FS/data" > "$OUT/out" 2> "$OUT/err"; echo $? > "$OUT/rc"
        ls -A "$FS/data" > "$OUT/files"
    """, read_only=True)
    out = tmp_path / "out"
    assert result.returncode == 0, result.stderr
    assert (out / "rc").read_text().strip() == "2"
    assert lines((out / "err").read_text()) == [
        f"jobfollowup: Cannot write in your data folder {tmp_path / 'fs' / 'data'} (the disk "
        "is read-only); your data was left untouched."]
    assert (out / "files").read_text().split() == [DB_FILENAME]


# A full disk ------------------------------------------------------------------------------------

def test_an_import_onto_a_nearly_full_disk_says_no_space_and_imports_nothing(
        tmp_path, stored, contacts_csv):
    source = shlex.quote(str(stored / DB_FILENAME))
    result = in_small_filesystem(tmp_path, f"""
        mkdir "$FS/data" && cp {source} "$FS/data/"
        $PROG import-contacts {shlex.quote(str(contacts_csv))} --data-dir "$FS/data" \
            > "$OUT/out" 2> "$OUT/err"; echo $? > "$OUT/rc"
        cp "$FS/data/{DB_FILENAME}"* "$OUT/"
    """, size="1M")
    out = tmp_path / "out"
    assert result.returncode == 0, result.stderr
    assert (out / "rc").read_text().strip() == "2"
    folder = tmp_path / "fs" / "data"
    assert (out / "err").read_text() == (
        f"jobfollowup: No space is left on the disk that holds your data ({folder}); free "
        "some space and try again. Nothing was changed.\n")
    with sqlite3.connect(out / DB_FILENAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [row[0] for row in connection.execute("SELECT name FROM contact ORDER BY id")]
    assert names == ["Kari Nordmann", "Jens Ødegård"]


def test_a_full_disk_at_opening_says_no_space_not_damaged(tmp_path, stored):
    source = shlex.quote(str(stored / DB_FILENAME))
    result = in_small_filesystem(tmp_path, f"""
        mkdir "$FS/data" && cp {source} "$FS/data/"
        dd if=/dev/zero of="$FS/filler" bs=4k 2>/dev/null
        $PROG list --data-dir "$FS/data" > "$OUT/out" 2> "$OUT/err"; echo $? > "$OUT/rc"
        cp "$FS/data/{DB_FILENAME}" "$OUT/"
    """, size="1M")
    out = tmp_path / "out"
    assert result.returncode == 0, result.stderr
    assert (out / "rc").read_text().strip() == "2"
    assert lines((out / "err").read_text()) == [
        f"jobfollowup: No space is left on the disk that holds your data "
        f"({tmp_path / 'fs' / 'data'}); free some space and try again. Nothing was changed."]
    assert fingerprint(out)[DB_FILENAME] == fingerprint(stored)[DB_FILENAME]


# A damaged file ---------------------------------------------------------------------------------

def test_a_refused_damaged_file_gets_nothing_new_beside_it(tmp_path, stored):
    path = stored / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 3] = b"\x5a" * 4096  # a page of the tables smashed
    path.write_bytes(bytes(data))
    before = fingerprint(stored)
    result = run_command(tmp_path, "list", "--data-dir", str(stored))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()  # SQLite's report of the page, on the same line
    assert line.startswith(f"jobfollowup: {path} is damaged (*** in database main *** Page 3")
    assert line.endswith("); it was left untouched.")
    assert fingerprint(stored) == before  # no -wal, no -shm, the file itself untouched


def test_a_backup_onto_a_nearly_full_disk_says_no_space_and_leaves_no_half_copy(
        tmp_path, stored):
    source = shlex.quote(str(stored / DB_FILENAME))
    result = in_small_filesystem(tmp_path, f"""
        mkdir "$FS/data" && cp {source} "$FS/data/"
        size=$(stat -c %s "$FS/data/{DB_FILENAME}")
        free=$(df -k --output=avail "$FS" | tail -1)
        dd if=/dev/zero of="$FS/filler" bs=1k count=$((free - size / 2048)) 2>/dev/null
        $PROG backup --data-dir "$FS/data" > "$OUT/out" 2> "$OUT/err"; echo $? > "$OUT/rc"
        ls -A "$FS/data/backups" > "$OUT/backups"
    """, size="1M")
    out = tmp_path / "out"
    assert result.returncode == 0, result.stderr
    assert (out / "rc").read_text().strip() == "2"
    assert (out / "err").read_text() == ("jobfollowup: The backup could not be made: no space "
                                         "is left on the disk\n")
    assert (out / "backups").read_text() == ""
