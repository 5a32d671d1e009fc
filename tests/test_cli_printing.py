"""The print commands: PDF files from the database given by --data-dir."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from jobfollowup.cli import main
from jobfollowup.services import settings
from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.records.core import add_application, add_contact, log_interview


@pytest.fixture(autouse=True)
def qt(qapp):
    """The commands run in this process: they must find pytest-qt's application."""
    return qapp


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def seeded(tmp_path):
    directory = tmp_path / "seeded"
    open_data(directory)
    settings.put("home_country", "NO")
    settings.put("sender_name", "Åse Sørensen")
    kari = add_contact("Kari Nordmann", note_language="nb", country="NO",
                       postal_address="Storgata 1\n0155 Oslo")
    jens = add_contact("Jens Ødegård", note_language="nb", country="NO",
                       preferred_channel="letter")
    job = add_application("Equinor", "Dataingeniør", country="NO",
                          applied_on=dt.date(2026, 12, 1))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    log_interview(job, dt.datetime(2026, 12, 21, 10, 0), [jens])
    close_data()
    return str(directory)


def note_ids(capsys, data_dir) -> list[int]:
    _code, out, _err = run(capsys, "list", "--data-dir", data_dir, "--kind",
                           "thank-you-note", "--format", "json")
    return [row["id"] for row in json.loads(out)["follow_ups"]]


def test_print_note_writes_the_card_and_its_envelope(capsys, seeded, tmp_path):
    first = note_ids(capsys, seeded)[0]
    out_pdf = tmp_path / "kari.pdf"
    code, _out, err = run(capsys, "print-note", "--data-dir", seeded, "--follow-up",
                          str(first), "--layout", "a5", "--envelope", "dl", "--pdf",
                          str(out_pdf))
    assert (code, err) == (0, "")
    card, envelope = texts(out_pdf)
    assert card.startswith("Hei Kari,") and "Åse Sørensen" in card
    assert envelope == "Kari Nordmann Storgata 1 0155 OSLO"


def test_print_notes_batch_names_a_missing_address(capsys, seeded, tmp_path):
    out_pdf = tmp_path / "batch.pdf"
    code, out, err = run(capsys, "print-notes", "--data-dir", seeded, "--from", "2026-12-01",
                         "--to", "2026-12-31", "--layout", "letter", "--folded",
                         "--envelope", "label", "--pdf", str(out_pdf))
    # Kari's card, then Jens's card and his check-in (he prefers letters), by mailing date
    assert code == 0 and out.strip() == "3 notes printed."
    assert err.count("No postal address is stored for Jens Ødegård") == 1
    pages = texts(out_pdf)
    assert len(pages) == 3 and "Kari Nordmann" in pages[0]
    assert "Write Jens Ødegård a thank-you card" in pages[1]
    assert "Check in with Jens Ødegård" in pages[2]


def test_print_week_and_log(capsys, seeded, tmp_path):
    week, log = tmp_path / "week.pdf", tmp_path / "log.pdf"
    assert run(capsys, "print-week", "--data-dir", seeded, "--from", "2026-12-17", "--pdf",
               str(week))[0] == 0
    assert run(capsys, "print-log", "--data-dir", seeded, "--pdf", str(log))[0] == 0
    [sheet] = texts(week)
    assert "Kari Nordmann · Equinor" in sheet
    assert "Dataingeniør at Equinor" in texts(log)[0]


def test_bad_print_input_gets_one_line(capsys, seeded, tmp_path):
    code, out, err = run(capsys, "print-note", "--data-dir", seeded, "--follow-up", "999",
                         "--pdf", str(tmp_path / "x.pdf"))
    assert code == 2 and err.strip() == "jobfollowup: That follow-up no longer exists."
    code, _out, err = run(capsys, "print-notes", "--data-dir", seeded, "--from",
                          "2030-01-01", "--to", "2030-01-31", "--pdf", str(tmp_path / "y.pdf"))
    assert code == 2 and "There is no handwritten note to print." in err
    code, _out, err = run(capsys, "print-note", "--follow-up", "1", "--layout", "a3",
                          "--pdf", "z.pdf")
    assert code == 2 and "invalid choice: 'a3'" in err


def test_print_commands_run_headless_as_a_program(seeded, tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out_pdf = tmp_path / "log.pdf"
    result = subprocess.run([sys.executable, "-m", "jobfollowup", "print-log", "--data-dir",
                             seeded, "--pdf", str(out_pdf)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Applications log" in texts(out_pdf)[0]
