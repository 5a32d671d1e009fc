"""Import and export: calendar files that calendars read back and update, contacts from
Google, Outlook and vCard files with every bad line reported and nothing half-imported,
CSV exports, and a full JSON export that moves everything to another computer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from jobfollowup.cli import main
from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange import calendar_export
from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.services.planning.follow_ups import list_follow_ups, reschedule
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import (
    ALL_MODELS,
    Contact,
    FollowUp,
    Setting,
)

INTERVIEW = dt.datetime(2026, 12, 17, 14, 0)

GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Nickname,"
    "Organization Name,Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"
    "Address 1 - Formatted\n"
    "Kari,,Nordmann,,Dr,,Equinor,Recruiter,,Met at the fair,* myContacts,Work,"
    "kari@equinor.com ::: kari@home.no,Mobile,+47 22 00 00 00,Work,"
    "\"Forusbeen 50\n4035 Stavanger\"\n"
    ",,,,,,,,,,,,,,,,\n"
    "Ola,,Hansen,,,,,,,,,,ola(at)example.no,,,,\n"
    "\"Jean-Luc\",,\"Picard, Jr\",,,,Starfleet,,,,,,,,,,\n"
)
OUTLOOK = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Business Phone,Mobile Phone,E-mail Address,E-mail Display Name,"
    "Notes\n"
    "Mme,Marie,,Dupont,,Airbus,RH,Recruteuse,1 rond-point Maurice Bellonte,Blagnac,,31700,"
    "France,+33 5 00 00 00 00,,marie.dupont@airbus.com,Marie Dupont,\n"
    ",Kari,,Nordmann,,Other,,,,,,,,,,KARI@equinor.com,,same email as the Google line\n"
    ",,,,,,,,,,,,,,,,,\n"
    ",Giulia,,Bianchi,,Eni,,,,,,,,,,giulia@eni.it,,\n"
)
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Marco;;Dott.;\r\nFN:Marco Rossi\r\n"
    "ORG:Leonardo S.p.A.;HR\r\nEMAIL;TYPE=INTERNET,WORK:marco.rossi@leonardo.com\r\n"
    "TEL;TYPE=CELL:+39 06 000000\r\nADR;TYPE=WORK:;;Piazza Monte Grappa\\, 4;Roma;RM;\r\n"
    " 00195;Italia\r\nNOTE:Met at the Rome fair\\nlikes cycling\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Åse Ødegård\r\nEMAIL:mailto:ase@example.no\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\r\nEMAIL:nobody@example.no\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cut Off\r\nEMAIL:cut@example.no\r\n"
)


def planned_interview():
    kari = add_contact("Kari Nordmann", country="NO", postal_address="Storgata 1\n0155 Oslo")
    application = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(application, INTERVIEW, [kari])
    return kari, application


def test_calendar_export_reads_back_field_by_field(data_dir, tmp_path):
    planned_interview()
    rows = list_follow_ups(states=("planned",))
    FollowUp.update(state="done").where(FollowUp.id == rows[0].id).execute()
    path = tmp_path / "follow-ups.ics"
    count = calendar_export.export_ics(path, now=dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC))
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    assert count == len(events) == len(rows) - 1  # what is done is not exported
    assert str(calendar["VERSION"]) == "2.0" and "Job Follow-up" in str(calendar["PRODID"])
    database = Setting.get_by_id("database_uid").value
    for row, event in zip(rows[1:], events, strict=True):
        assert event["UID"] == f"followup-{row.id}.{database}@org.jobfollowup.JobFollowup"
        assert event.decoded("DTSTART") == row.date  # an all-day date, not a datetime
        assert event.decoded("DTEND") == row.date + dt.timedelta(days=1)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert str(event["SUMMARY"]) == row.kind.task("Kari Nordmann")
        assert "Data Engineer at Equinor" in str(event["DESCRIPTION"])
        alarm = event.walk("VALARM")[0]
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)
    assert path.stat().st_mode & 0o077 == 0


def test_a_second_calendar_export_keeps_the_uids_and_moves_the_dates(data_dir, tmp_path):
    planned_interview()
    calendar_export.export_ics(tmp_path / "first.ics")
    row = list_follow_ups(states=("planned",))[-1]
    new_day = row.date + dt.timedelta(days=1)
    reschedule(row.id, new_day)
    calendar_export.export_ics(tmp_path / "second.ics")

    def events(name):
        calendar = Calendar.from_ical((tmp_path / name).read_bytes())
        return {str(e["UID"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}

    first, second = events("first.ics"), events("second.ics")
    assert first.keys() == second.keys()
    changed = [uid for uid in first if first[uid] != second[uid]]
    assert len(changed) == 1 and second[changed[0]] == new_day


def test_export_ics_command(tmp_path, capsys):
    out = tmp_path / "out.ics"
    assert main(["export-ics", str(out), "--data-dir", str(tmp_path / "d")]) == 0
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT") == []
    assert "0 records written" in capsys.readouterr().out


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_google_and_outlook_csv_with_bad_lines_reported(data_dir, tmp_path):
    add_contact("Giulia Bianchi")  # already stored: Outlook's line 5 is a duplicate
    google = contacts_exchange.preview_contacts_import(write(tmp_path, "google.csv", GOOGLE))
    assert google.layout == "Google Contacts"
    assert [(line, f["name"]) for line, f in google.new] == [
        (2, "Kari Nordmann"), (6, "Jean-Luc Picard, Jr")]  # Kari's address takes 2 lines
    kari = google.new[0][1]
    assert (kari["email"], kari["organisation"], kari["phone"], kari["form_of_address"]) == (
        "kari@equinor.com", "Equinor", "+47 22 00 00 00", "Dr")
    assert kari["postal_address"] == "Forusbeen 50\n4035 Stavanger"
    assert [(r.line, r.field) for r in google.rejected] == [(5, "email")]
    assert "ola(at)example.no" in google.rejected[0].why
    contacts_exchange.import_contacts(google)

    outlook = contacts_exchange.preview_contacts_import(write(tmp_path, "outlook.csv",
                                                              OUTLOOK))
    assert outlook.layout == "Outlook"
    assert [f["name"] for _line, f in outlook.new] == ["Marie Dupont"]
    marie = outlook.new[0][1]
    assert marie["postal_address"] == "1 rond-point Maurice Bellonte\n31700 Blagnac\nFrance"
    assert [(d.line, d.existing) for d in outlook.duplicates] == [
        (3, "Kari Nordmann"), (5, "Giulia Bianchi")]  # by email, then by name
    assert outlook.rejected == []


def test_vcard_3_and_4_with_a_card_cut_off(data_dir, tmp_path):
    preview = contacts_exchange.preview_contacts_import(write(tmp_path, "cards.vcf", VCARDS))
    assert preview.layout == "vCard"
    names = [f["name"] for _line, f in preview.new]
    assert names == ["Marco Rossi", "Åse Ødegård"]
    marco = preview.new[0][1]
    assert (marco["organisation"], marco["form_of_address"], marco["email"]) == (
        "Leonardo S.p.A.", "Dott.", "marco.rossi@leonardo.com")
    assert marco["postal_address"] == "Piazza Monte Grappa, 4\n00195 Roma\nRM\nItalia"
    assert marco["notes"] == "Met at the Rome fair\nlikes cycling\nDepartment: HR"
    assert (marco["country"], marco["subdivision"]) == ("IT", "RM")
    assert preview.new[1][1]["email"] == "ase@example.no"
    assert [(r.line, r.field) for r in preview.rejected] == [(17, "name"), (22, "END")]


def test_an_import_failing_midway_stores_nothing(data_dir, tmp_path, monkeypatch):
    preview = contacts_exchange.preview_contacts_import(write(tmp_path, "g.csv", GOOGLE))
    created = []
    real_create = Contact.create

    def create_then_fail(**fields):
        if created:
            raise RuntimeError("disk full")
        created.append(real_create(**fields))
        return created[-1]

    monkeypatch.setattr(Contact, "create", create_then_fail)
    with pytest.raises(RuntimeError):
        contacts_exchange.import_contacts(preview)
    monkeypatch.undo()
    assert Contact.select().count() == 0 and len(created) == 1


@pytest.mark.parametrize(("content", "message"), [
    ("Name,E-mail\nRené,rene@example.fr\n".encode("latin-1"), "is not UTF-8 text"),
    (b"", "is empty"),
    (b"First Name,Last Name\n\"Kari,Nordmann\n", "is cut off or malformed at line"),
    (b"Colour,Size\nred,L\n", "has no name column"),
    (b"BEGIN:VCARD\r\n", "cut off"),
])
def test_wrong_encoding_truncated_or_foreign_files_get_a_clear_message(
        data_dir, tmp_path, content, message):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    try:
        preview = contacts_exchange.preview_contacts_import(path)
    except ValidationError as error:
        assert message in str(error)
    else:
        assert message in preview.rejected[0].why
        assert preview.new == []


def test_contacts_csv_export_imports_back_unchanged(data_dir, tmp_path):
    add_contact("=HYPERLINK(\"http://evil\")", email="a@example.no", role="reference",
                country="NO", subdivision="03", notes="line one\nline two, «quoted»")
    add_contact("Ola Hansen", postal_address="Storgata 1\n0155 Oslo", note_language="nb",
                form_of_address="Herr", first_name_terms=True, preferred_channel="phone",
                personal_details="Runs the Oslo marathon")
    path = tmp_path / "contacts.csv"
    assert contacts_exchange.export_contacts_csv(path) == 2
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")  # no formula in a sheet
    before = list(Contact.select().order_by(Contact.name).dicts())
    close_data()
    open_data(tmp_path / "other")
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.layout == "Job Follow-up" and preview.rejected == []
    contacts_exchange.import_contacts(preview)
    after = list(Contact.select().order_by(Contact.name).dicts())
    # Everything a note needs comes back: all but the id and the day it was made.
    assert [{c: v for c, v in r.items() if c not in ("id", "created_at")} for r in after] == [
        {c: v for c, v in r.items() if c not in ("id", "created_at")} for r in before]
    assert after[1]["first_name_terms"] is True  # "Hei Ola," stays "Hei Ola,"


def test_applications_csv_export(data_dir, tmp_path):
    planned_interview()
    path = tmp_path / "applications.csv"
    assert contacts_exchange.export_applications_csv(path) == 1
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join(contacts_exchange.APPLICATION_COLUMNS)
    assert lines[1].startswith("1,Equinor,Data Engineer,mid,interviewing,")


def every_table():
    return {model._meta.table_name: list(model.select().order_by(
        *model._meta.get_primary_keys()).dicts()) for model in ALL_MODELS}


def test_json_export_moves_everything_to_another_computer(data_dir, tmp_path):
    planned_interview()
    add_contact("Åse «RTL» ‏שלום‏ 😀", email="ase@example.no", notes="<b>not bold</b>")
    from jobfollowup.services.settings import put
    put("sender_name", "Ola Nordmann")
    path = tmp_path / "everything.json"
    full_exchange.export_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("jobfollowup-export", 1)
    before = every_table()
    close_data()

    open_data(tmp_path / "new-computer")
    preview = full_exchange.preview_json_import(path)
    assert preview.rejected == [] and preview.new["follow_up"] == 5
    full_exchange.import_json(preview)
    assert every_table() == before
    again = full_exchange.preview_json_import(path)  # a second import doubles nothing
    assert sum(again.new.values()) == 0 and len(again.duplicates) == 3


def test_a_json_file_with_one_bad_record_imports_nothing(data_dir, tmp_path):
    planned_interview()
    path = tmp_path / "everything.json"
    full_exchange.export_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"]["follow_up"][2]["planned_date"] = "2026-02-30"
    document["tables"]["contact"][0]["email"] = "not an email"
    path.write_text(json.dumps(document), encoding="utf-8")
    close_data()
    open_data(tmp_path / "fresh")
    preview = full_exchange.preview_json_import(path)
    assert [(r.line, r.field) for r in preview.rejected][:2] == [
        (1, "contact.email"), (1, "interview_participant.contact")]
    assert (3, "follow_up.planned_date") in [(r.line, r.field) for r in preview.rejected]
    with pytest.raises(ValidationError):
        full_exchange.import_json(preview)
    assert all(rows == [] for rows in every_table().values())


def test_a_truncated_or_foreign_json_file_is_refused_clearly(data_dir, tmp_path, capsys):
    planned_interview()
    path = tmp_path / "everything.json"
    full_exchange.export_json(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ValidationError, match="breaks off"):
        full_exchange.preview_json_import(path)
    path.write_text('{"name": "a calendar"}', encoding="utf-8")
    assert main(["import-json", str(path)]) == 2
    assert "is not a Job Follow-up export" in capsys.readouterr().err


def test_import_commands_report_each_line(tmp_path, capsys):
    csv_path = write(tmp_path, "google.csv", GOOGLE)
    directory = str(tmp_path / "d")
    assert main(["import-contacts", str(csv_path), "--data-dir", directory, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line 5, email:" in out and "2 records would be imported." in out
    assert main(["--data-dir", directory, "import-contacts", str(csv_path)]) == 0
    assert "2 records imported." in capsys.readouterr().out
    assert main(["import-contacts", str(csv_path), "--data-dir", directory]) == 0
    assert "already stored as Kari Nordmann" in capsys.readouterr().out


def test_the_import_command_names_what_it_cannot_keep(tmp_path, capsys):
    path = Path(__file__).parent / "files" / "contacts" / "nextcloud-4.0.vcf"
    assert main(["import-contacts", str(path), "--data-dir", str(tmp_path), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "line 1: Giulia Bianchi: Not kept (the app has no place for it): gender.",
        "line 26: Ola Nordmann: “Norwey” is not a country the app knows: the contact is "
        "imported without a country (the address keeps it as written).",
        "line 26: Ola Nordmann: Not kept (the app has no place for it): map position.",
        "2 records would be imported."]
