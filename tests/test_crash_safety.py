"""A crash loses nothing committed: a process writing a stream of changes is killed with
SIGKILL at random moments, again and again; every change it acknowledged is there after,
whole, and the file checks clean."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobfollowup.services.data import close_data, open_data
from jobfollowup.storage.database import DB_FILENAME
from jobfollowup.storage.models import Application, Contact, FollowUp, Interview

WRITER = Path(__file__).parent / "helpers" / "crash_writer.py"
KILLS = 24


def run_and_kill(data_dir: Path, run: int, rng: random.Random) -> list[str]:
    """Start the writer, let it write for a random moment, SIGKILL it; its complete lines."""
    process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(run)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline() == b"ready\n", process.stderr.read().decode()
    time.sleep(rng.uniform(0.0, 0.25))
    process.send_signal(signal.SIGKILL)
    out, _err = process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL
    text = out.decode("utf-8", errors="replace")
    return text.split("\n")[:-1]  # the last piece may be a line cut by the kill


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_every_acknowledged_change_survives_repeated_kills(tmp_path):
    rng = random.Random(8)
    data_dir = tmp_path / "data"
    acknowledged_contacts: dict[int, str] = {}
    acknowledged_interviews: dict[int, int] = {}
    for run in range(KILLS):
        for line in run_and_kill(data_dir, run, rng):
            kind, number, rest = line.split(" ", 2)
            if kind == "contact":
                acknowledged_contacts[int(number)] = rest
            else:
                acknowledged_interviews[int(number)] = int(rest)
    assert len(acknowledged_contacts) > KILLS  # the kills did land among writes

    with sqlite3.connect(data_dir / DB_FILENAME) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    open_data(data_dir)
    try:
        stored = {c.id: c.name for c in Contact.select()}
        for contact_id, name in acknowledged_contacts.items():
            assert stored.get(contact_id) == name
        for application_id, planned in acknowledged_interviews.items():
            assert Application.get_by_id(application_id).status == "interviewing"
            assert FollowUp.select().where(FollowUp.application == application_id).count() \
                == planned
        for interview in Interview.select():  # none half-written, acknowledged or not
            assert FollowUp.select().where(FollowUp.interview == interview).count() > 0
    finally:
        close_data()
