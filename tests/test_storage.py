"""The SQLite file: models round-trip, foreign keys hold, old files migrate, foreign
files are refused and left exactly as they were."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import peewee
import pytest

from jobfollowup.storage.database import (
    APPLICATION_ID,
    DB_FILENAME,
    DataFileError,
    close_database,
    migrate,
    open_database,
)
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import (
    ALL_MODELS,
    Application,
    Contact,
    FollowUp,
    Interaction,
    Interview,
    InterviewParticipant,
    Reference,
    Setting,
)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path)
    yield database
    close_database()


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_pragmas_and_identity(db):
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") == 5000
    assert db.application_id == APPLICATION_ID
    assert db.user_version == SCHEMA_VERSION


def test_every_model_round_trips(db):
    contact = Contact.create(name="Åse Ødegård-Lie", form_of_address="Dr",
                             first_name_terms=True, role="reference", organisation="Équipe",
                             email="ase@example.no", phone="+47 22 00 00 00",
                             postal_address="Storgata 1\n0155 Oslo", preferred_channel="phone",
                             note_language="nb", country="NO", subdivision="03",
                             personal_details="Going to Lofoten", notes="…")
    application = Application.create(company="Équinor", position="Data Engineer",
                                     level="senior", status="interviewing",
                                     applied_on=dt.date(2026, 11, 2),
                                     reply_by=dt.date(2026, 12, 28), country="NO")
    interview = Interview.create(application=application,
                                 starts_at=dt.datetime(2026, 12, 17, 14, 0),
                                 highlight="the data platform", surprise="four-day week",
                                 resonated="open source", personal_detail="trip to Rome")
    InterviewParticipant.create(interview=interview, contact=contact)
    reference = Reference.create(application=application, contact=contact,
                                 asked_on=dt.date(2026, 12, 1), agreed_on=dt.date(2026, 12, 2))
    FollowUp.create(kind="check-in", contact=contact, application=application,
                    interview=interview, reference=reference, channel="email",
                    planned_date=dt.date(2026, 12, 29), deadline=None,
                    reasons=[{"code": "r4-responsible", "params": {}}], draft="Hei Åse,")
    Interaction.create(contact=contact, application=application, date=dt.date(2026, 12, 18),
                       channel="email", direction="out", summary="Thank-you sent")
    Setting.create(key="sender_name", value="Ola Nordmann")
    close_database()
    open_database(Path(db.database).parent)

    got = Contact.get()
    assert (got.name, got.form_of_address, got.first_name_terms, got.subdivision) == (
        "Åse Ødegård-Lie", "Dr", True, "03")
    assert got.postal_address == "Storgata 1\n0155 Oslo"
    assert Application.get().reply_by == dt.date(2026, 12, 28)
    assert Interview.get().starts_at == dt.datetime(2026, 12, 17, 14, 0)
    assert InterviewParticipant.get().contact.name == "Åse Ødegård-Lie"
    assert Reference.get().agreed_on == dt.date(2026, 12, 2)
    follow_up = FollowUp.get()
    assert follow_up.reasons == [{"code": "r4-responsible", "params": {}}]
    assert (follow_up.planned_date, follow_up.state, follow_up.draft) == (
        dt.date(2026, 12, 29), "planned", "Hei Åse,")
    assert Interaction.get().summary == "Thank-you sent"
    assert Setting.get_by_id("sender_name").value == "Ola Nordmann"


def test_foreign_keys_are_enforced(db):
    with pytest.raises(peewee.IntegrityError):
        FollowUp.create(kind="check-in", contact=999, channel="email",
                        planned_date=dt.date(2026, 12, 29))
    contact = Contact.create(name="Kari")
    FollowUp.create(kind="check-in", contact=contact, channel="email",
                    planned_date=dt.date(2026, 12, 29))
    with pytest.raises(peewee.IntegrityError):
        contact.delete_instance()  # no silent cascade: its follow-up keeps it
    assert Contact.select().count() == 1


def test_schema_of_models_matches_the_migrated_tables(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in db.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def make_version_1_file(directory):
    directory.mkdir(parents=True, exist_ok=True)
    database = peewee.SqliteDatabase(str(directory / DB_FILENAME))
    migrate(database, 0, target=1)
    database.execute_sql(
        "INSERT INTO contact (name, role, organisation, email, phone, postal_address, "
        "note_language, country, personal_details, notes, created_at) VALUES "
        "('Marie Dupont', 'interviewer', 'Airbus', '', '', '', 'fr', 'FR', '', '', "
        "'2026-01-05 10:00:00')")
    database.close()


def test_a_version_1_file_migrates_and_keeps_its_data(tmp_path):
    make_version_1_file(tmp_path)
    database = open_database(tmp_path)
    try:
        assert database.user_version == SCHEMA_VERSION
        marie = Contact.get()
        assert marie.name == "Marie Dupont" and marie.form_of_address == ""
        marie.form_of_address = "Madame"
        marie.save()
        assert Contact.get().form_of_address == "Madame"
        backups = list((tmp_path / "backups").glob("before-v*.sqlite3"))
        assert len(backups) == 1  # a copy of the version-1 file, taken before migrating
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        close_database()


def test_migrated_and_fresh_schemas_are_identical(tmp_path):
    make_version_1_file(tmp_path / "old")
    open_database(tmp_path / "old")
    close_database()
    open_database(tmp_path / "new")
    close_database()

    def schema(directory):
        with sqlite3.connect(directory / DB_FILENAME) as connection:
            return sorted(connection.execute(
                "SELECT type, name, tbl_name FROM sqlite_master").fetchall())

    assert schema(tmp_path / "old") == schema(tmp_path / "new")


def test_a_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / DB_FILENAME
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)")
        other.execute("INSERT INTO photos (title) VALUES ('holiday')")
    before = fingerprint(path)
    with pytest.raises(DataFileError) as error:
        open_database(tmp_path)
    assert "another program" in str(error.value)
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_FILENAME]


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / DB_FILENAME
    path.write_text("name,email\nKari,kari@example.no\n")
    before = fingerprint(path)
    with pytest.raises(DataFileError) as error:
        open_database(tmp_path)
    assert "not an SQLite file" in str(error.value)
    assert fingerprint(path) == before


def test_a_newer_file_is_refused(tmp_path):
    open_database(tmp_path)
    close_database()
    with sqlite3.connect(tmp_path / DB_FILENAME) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = fingerprint(tmp_path / DB_FILENAME)
    with pytest.raises(DataFileError) as error:
        open_database(tmp_path)
    assert "newer version" in str(error.value)
    assert fingerprint(tmp_path / DB_FILENAME) == before


def test_a_damaged_file_is_refused(tmp_path):
    open_database(tmp_path)
    Contact.create(name="Kari")
    close_database()
    path = tmp_path / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page's schema
    path.write_bytes(bytes(data))
    with pytest.raises(DataFileError) as error:
        open_database(tmp_path)
    assert "damaged" in str(error.value)


def test_the_file_is_private_to_the_user(tmp_path):
    open_database(tmp_path / "data")
    close_database()
    assert (tmp_path / "data" / DB_FILENAME).stat().st_mode & 0o077 == 0
    assert (tmp_path / "data").stat().st_mode & 0o077 == 0
