"""Backups: taken through SQLite, rotated, listed with what they hold, restored; a damaged
file at start is replaced by the newest good copy; a foreign file is never restored."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from jobfollowup.cli import main
from jobfollowup.services import backups, settings
from jobfollowup.services.data import DamagedFileError, close_data, open_data
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.records.contacts import search_contacts
from jobfollowup.services.records.core import add_application, add_contact
from jobfollowup.storage.backups import AUTO, list_backups, take_backup
from jobfollowup.storage.database import DB_FILENAME
from jobfollowup.storage.models import Contact

START = dt.datetime(2026, 1, 1, 9, 0)


def kinds(data_dir):
    return [kind for _path, _when, kind in list_backups(data_dir)]


def test_daily_backup_is_made_at_most_once_a_day(data_dir):
    add_contact("Kari Nordmann")
    first = backups.daily_backup(START)
    assert first is not None and first.parent == data_dir / "backups"
    assert backups.daily_backup(START + dt.timedelta(hours=5)) is None
    assert backups.daily_backup(START + dt.timedelta(days=1)) is not None
    assert kinds(data_dir) == [AUTO, AUTO]


def test_rotation_keeps_seven_days_then_four_weeks_and_every_manual_copy(data_dir):
    backups.back_up_now(START - dt.timedelta(days=300))
    for day in range(60):
        backups.daily_backup(START + dt.timedelta(days=day))
    automatic = [when.date() for _p, when, kind in list_backups(data_dir) if kind == AUTO]
    last = (START + dt.timedelta(days=59)).date()
    daily = [last - dt.timedelta(days=n) for n in range(7)]
    assert automatic[:7] == daily
    weekly = automatic[7:]
    assert len(weekly) == 4
    weeks = [day.isocalendar()[:2] for day in weekly]
    assert len(set(weeks)) == 4 and all(w < daily[-1].isocalendar()[:2] for w in weeks)
    assert kinds(data_dir).count("manual") == 1  # the user's own copy is never rotated


def test_rotation_follows_the_settings(data_dir):
    settings.save_backup_rotation(2, 1)
    for day in range(20):
        backups.daily_backup(START + dt.timedelta(days=day))
    assert kinds(data_dir) == [AUTO] * 3
    assert backups.keep_counts() == (2, 1)
    with pytest.raises(ValidationError):
        settings.save_backup_rotation(0, 4)
    with pytest.raises(ValidationError):
        settings.save_preferences("", "", "", backups_kept=(7, 9999))
    assert backups.keep_counts() == (2, 1)  # a refused change leaves the counts as they were


def test_restore_round_trip_brings_back_counts_and_contents(data_dir):
    kari = add_contact("Kari Nordmann", email="kari@example.no", country="NO")
    add_application("Equinor", "Data Engineer", country="NO")
    saved = backups.back_up_now(START)
    before = [(c.name, c.email, c.country) for c in search_contacts()]
    add_contact("Ola Hansen")
    Contact.update(name="Kari Changed").where(Contact.id == kari).execute()

    info = next(i for i in backups.available_backups() if i.path == saved)
    assert (info.contacts, info.applications, info.follow_ups, info.usable) == (1, 1, 0, True)
    backups.restore_backup(saved)

    assert [(c.name, c.email, c.country) for c in search_contacts()] == before
    kept = [i for i in backups.available_backups() if i.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].contacts == 2  # the replaced data is kept first
    add_contact("Still writable")  # the restored database is open for work
    assert len(search_contacts()) == 2


def test_a_foreign_file_is_never_restored(data_dir, tmp_path):
    add_contact("Kari Nordmann")
    foreign = tmp_path / "jobfollowup-20260101-090000-manual.sqlite3"
    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    with pytest.raises(ValidationError) as error:
        backups.restore_backup(foreign)
    assert "another program" in str(error.value)
    assert [c.name for c in search_contacts()] == ["Kari Nordmann"]


def damage(path):
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_offered_the_newest_good_backup(data_dir):
    add_contact("Kari Nordmann")
    backups.back_up_now(START)
    add_contact("Ola Hansen")
    newest = backups.back_up_now(START + dt.timedelta(days=1))
    damage(newest)  # the newest copy is damaged too: the one before is offered
    close_data()
    damage(data_dir / DB_FILENAME)
    with pytest.raises(DamagedFileError):
        open_data(data_dir)

    offer = backups.newest_good_backup(data_dir)
    assert offer is not None and offer.taken_at == START and offer.contacts == 1
    backups.restore_damaged(data_dir, offer.path)
    assert [c.name for c in search_contacts()] == ["Kari Nordmann"]
    assert "damaged" in kinds(data_dir)  # the damaged file is kept aside, not deleted


def test_check_data_finds_a_sound_file_sound(data_dir):
    add_contact("Kari Nordmann")
    assert backups.check_data() == []


def test_backups_are_private(data_dir):
    path = take_backup(data_dir)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_backup_command_with_the_data_folder_before_or_after(tmp_path, capsys):
    directory = tmp_path / "d"
    assert main(["backup", "--data-dir", str(directory)]) == 0
    assert main(["--data-dir", str(directory), "backup", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "Backed up to" in out and '"backup":' in out
    assert kinds(directory) == ["manual", "manual"]


def test_backup_command_on_a_foreign_file_says_so_in_one_line(tmp_path, capsys):
    (tmp_path / DB_FILENAME).write_text("not a database")
    assert main(["backup", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an SQLite file" in err
    assert not (tmp_path / "backups").exists()


def test_backup_command_sets_how_many_copies_are_kept(tmp_path, capsys):
    directory = str(tmp_path / "d")
    assert main(["backup", "--data-dir", directory, "--keep-daily", "3"]) == 0
    open_data(directory)
    try:
        assert backups.keep_counts() == (3, 4)
    finally:
        close_data()
    assert main(["backup", "--data-dir", directory, "--keep-weekly", "0"]) == 2
    assert main(["backup", "--data-dir", directory, "--keep-daily", "many"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "Keep between 1 and 365 backups." in err[0]


def test_the_copy_taken_before_an_upgrade_is_listed_and_kept(tmp_path):
    from test_storage import make_version_1_file

    make_version_1_file(tmp_path)
    open_data(tmp_path)
    try:
        for day in range(12):
            backups.daily_backup(START + dt.timedelta(days=day))
        infos = backups.available_backups()
        upgrade = [i for i in infos if i.kind == "before-migration"]
        assert len(upgrade) == 1 and upgrade[0].usable and upgrade[0].contacts == 1
    finally:
        close_data()


def test_a_restore_that_fails_midway_leaves_the_data_as_it_was(data_dir, monkeypatch):
    add_contact("Kari Nordmann")
    saved = backups.back_up_now(START)
    add_contact("Ola Hansen")
    from jobfollowup.storage import backups as store

    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "backup_file", full_disk)
    with pytest.raises(ValidationError) as error:
        backups.restore_backup(saved)
    assert "left as it was" in str(error.value)
    assert [c.name for c in search_contacts()] == ["Kari Nordmann", "Ola Hansen"]


def test_a_command_meeting_a_storage_failure_says_so_in_one_line(tmp_path, capsys,
                                                                 monkeypatch):
    import sqlite3

    def locked():
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(backups, "back_up_now", locked)
    assert main(["backup", "--data-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        "jobfollowup: Your data could not be read or saved: database is locked\n")
