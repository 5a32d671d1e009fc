"""Issue 22: what the commands write — PDFs and exports — fails out loud, naming the path
and the cause; writes through links, into pipes and `/dev/stdout`; and every file the app
writes for itself (PDFs, the log and its folder, the lock file) is private."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import threading

import pytest
from pypdf import PdfReader

from jobfollowup.cli import main
from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from real_conditions import PROG, command_env, fingerprint, run_command


@pytest.fixture(autouse=True)
def qt(qapp):
    """The print commands run in this process: they must find pytest-qt's application."""
    return qapp


@pytest.fixture
def stored(tmp_path):
    """A search with one interview, so a handwritten thank-you is planned."""
    folder = tmp_path / "data"
    open_data(folder)
    kari = add_contact("Kari Nordmann", email="kari@example.no", country="NO",
                       note_language="nb", postal_address="Storgata 1\n0155 Oslo")
    job = add_application("Equinor", "Dataingeniør", country="NO",
                          applied_on=dt.date(2026, 12, 1))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    close_data()
    return str(folder)


def note_id(capsys, data_dir) -> str:
    _code, out, _err = run(capsys, "list", "--data-dir", data_dir, "--kind",
                           "thank-you-note", "--format", "json")
    return str(json.loads(out)["follow_ups"][0]["id"])


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def mode(path) -> int:
    return os.stat(path).st_mode & 0o777


# PDFs that cannot be written ------------------------------------------------------------

@pytest.mark.parametrize("command", ["print-week", "print-log", "print-note", "print-notes"])
def test_a_pdf_into_a_missing_folder_names_the_path_and_the_folder(capsys, stored, tmp_path,
                                                                   command):
    options = {"print-note": ["--follow-up", note_id(capsys, stored)],
               "print-notes": ["--from", "2026-12-01", "--to", "2026-12-31"]}
    target = tmp_path / "nowhere" / "out.pdf"
    code, out, err = run(capsys, command, *options.get(command, []), "--data-dir", stored,
                         "--pdf", str(target))
    assert (code, out) == (2, "")
    assert err == (f"jobfollowup: Cannot write {target}: the folder {target.parent} does not "
                   "exist.\n")
    assert not target.parent.exists()


def test_a_pdf_onto_a_folder_says_it_is_a_folder(capsys, stored, tmp_path):
    code, _out, err = run(capsys, "print-log", "--data-dir", stored, "--pdf", str(tmp_path))
    assert (code, err) == (2, f"jobfollowup: Cannot write {tmp_path}: it is a folder\n")


def test_a_pdf_onto_a_full_device_says_no_space(capsys, stored):
    code, _out, err = run(capsys, "print-week", "--data-dir", stored, "--pdf", "/dev/full")
    assert (code, err) == (2, "jobfollowup: Cannot write /dev/full: no space is left on the "
                              "disk\n")


def test_a_printed_pdf_is_private_and_complete(capsys, stored, tmp_path):
    target = tmp_path / "week.pdf"
    code, _out, err = run(capsys, "print-week", "--data-dir", stored, "--pdf", str(target))
    assert (code, err) == (0, "")
    assert mode(target) == 0o600
    assert len(PdfReader(target).pages) == 1


# Exports through links and into pipes -----------------------------------------------------

def test_an_export_through_a_link_writes_the_linked_file_and_keeps_the_link(
        capsys, stored, tmp_path):
    synced = tmp_path / "synced"
    synced.mkdir()
    (synced / "jobs.ics").write_text("old calendar")
    link = tmp_path / "jobs.ics"
    link.symlink_to(synced / "jobs.ics")
    code, _out, err = run(capsys, "export-ics", str(link), "--data-dir", stored)
    assert (code, err) == (0, "")
    assert link.is_symlink() and os.readlink(link) == str(synced / "jobs.ics")
    assert (synced / "jobs.ics").read_text().startswith("BEGIN:VCALENDAR")
    assert mode(synced / "jobs.ics") == 0o600
    assert sorted(path.name for path in synced.iterdir()) == ["jobs.ics"]  # no temporary


def test_an_export_through_a_dangling_link_creates_the_file_it_names(capsys, stored, tmp_path):
    link = tmp_path / "contacts.csv"
    link.symlink_to(tmp_path / "elsewhere.csv")
    code, _out, err = run(capsys, "export-contacts", str(link), "--data-dir", stored)
    assert (code, err) == (0, "")
    assert link.is_symlink()
    assert "Kari Nordmann" in (tmp_path / "elsewhere.csv").read_text(encoding="utf-8-sig")


def test_a_pdf_through_a_link_keeps_the_link(capsys, stored, tmp_path):
    (tmp_path / "printed").mkdir()
    link = tmp_path / "log.pdf"
    link.symlink_to(tmp_path / "printed" / "log.pdf")
    code, _out, err = run(capsys, "print-log", "--data-dir", stored, "--pdf", str(link))
    assert (code, err) == (0, "")
    assert link.is_symlink() and mode(tmp_path / "printed" / "log.pdf") == 0o600
    assert PdfReader(link).pages


def test_an_export_into_a_named_pipe(capsys, stored, tmp_path):
    fifo = tmp_path / "calendar.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _out, err = run(capsys, "export-ics", str(fifo), "--data-dir", stored)
    reader.join(timeout=30)
    assert (code, err) == (0, "")
    assert received[0].startswith(b"BEGIN:VCALENDAR")
    assert fifo.exists() and not fifo.is_file()  # still the pipe


def test_an_export_to_dev_stdout_goes_down_the_pipe_with_its_summary_on_stderr(
        tmp_path, stored):
    result = run_command(tmp_path, "export-ics", "/dev/stdout", "--data-dir", stored)
    assert result.returncode == 0
    assert result.stdout.startswith("BEGIN:VCALENDAR")
    assert result.stdout.rstrip().endswith("END:VCALENDAR")
    assert result.stderr.endswith("written to /dev/stdout\n")


def test_an_export_into_a_full_device_says_no_space(capsys, stored):
    code, _out, err = run(capsys, "export-json", "/dev/full", "--data-dir", stored)
    assert (code, err) == (2, "jobfollowup: Cannot write /dev/full: no space is left on the "
                              "disk\n")


def test_an_export_into_a_missing_folder_names_it(capsys, stored, tmp_path):
    before = fingerprint(tmp_path)
    target = tmp_path / "gone" / "all.json"
    code, _out, err = run(capsys, "export-json", str(target), "--data-dir", stored)
    assert (code, err) == (2, f"jobfollowup: Cannot write {target}: the folder "
                              f"{target.parent} does not exist.\n")
    assert fingerprint(tmp_path) == before


# A listing whose reader stops -------------------------------------------------------------

def test_a_listing_into_a_closed_pipe_ends_quietly(tmp_path, stored):
    """`list | head -3`: the reader has gone before the listing is written."""
    process = subprocess.Popen([*PROG, "list", "--data-dir", stored], env=command_env(tmp_path),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    _out, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (0, b"")


# Files the app writes for itself are private ----------------------------------------------

def test_the_log_its_folder_and_its_rotated_copies_are_private(tmp_path, monkeypatch):
    from jobfollowup.services import logs

    folder = logs.log_dir()
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    old = folder / (logs.LOG_FILENAME + ".1")
    old.write_text("kept by an older version")
    old.chmod(0o644)
    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    try:
        path = logs.start_logging("test")
        for number in range(20):
            logging.getLogger("jobfollowup").info("line %d about Kari Nordmann", number)
    finally:
        logs.stop_logging()
    assert mode(folder) == 0o700
    files = sorted(folder.iterdir())
    assert path in files and len(files) == 1 + logs.BACKUPS
    assert {file.name: mode(file) for file in files} == {file.name: 0o600 for file in files}


def test_the_lock_file_is_private(tmp_path):
    from jobfollowup.ui.shell.single_instance import LOCK_FILENAME, SingleInstance

    instance = SingleInstance(tmp_path / "data")
    assert instance.acquire()
    try:
        assert mode(tmp_path / "data" / LOCK_FILENAME) == 0o600
    finally:
        instance.release()


def test_a_smoke_test_while_the_app_runs_says_so_instead_of_handing_over(tmp_path, stored):
    from pathlib import Path

    from jobfollowup.ui.shell.single_instance import SingleInstance

    running = SingleInstance(Path(stored))  # this process is the app already running
    assert running.acquire()
    try:
        result = run_command(tmp_path, "--smoke-test", "--data-dir", stored, timeout=90)
    finally:
        running.release()
    assert result.returncode == 2
    assert f"jobfollowup: Job Follow-up is already running with the data in {stored}; close " \
           "it to run the smoke test." in result.stderr.splitlines()
    assert result.stdout == ""
