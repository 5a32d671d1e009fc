"""LinkedIn's archive imported as it comes: every field where it belongs, nothing twice,
a damaged or foreign archive refused whole with its cause named, the command line and the
window (preview, one undo step) alike."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from jobfollowup.cli import main
from jobfollowup.rules.kinds import Role, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange import linkedin
from jobfollowup.services.records.contacts import get_contact, search_contacts
from jobfollowup.services.records.core import add_contact, list_applications
from jobfollowup.services.records.status_history import status_history
from jobfollowup.storage.models import Application, Contact, StatusChange

BOM = "\ufeff"
NOTES = ('Notes:\r\n"When exporting your connection data, you may notice that some of the '
         'email addresses are missing. You will only see email addresses for connections '
         'who have allowed their connections to see or download their email address using '
         'this setting https://www.linkedin.com/psettings/privacy/email. You can learn more '
         'about this here: https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n')
CONNECTIONS = (
    BOM + NOTES
    + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Kari,Nordmann,https://www.linkedin.com/in/kari-nordmann-1a2b3c,,\"Schibsted, Oslo\","
    "\"Head of Talent, Nordics\",01 Feb 2025\r\n"
    "Søren,Kierkegård,https://www.linkedin.com/in/soren-k,soren@example.dk,Novo Nordisk,"
    "Data Lead,15 Mar 2024\r\n"
    ",,https://www.linkedin.com/in/someone,,,,03 Jan 2023\r\n")
APPLICATIONS = (
    BOM + "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,"
    "Job Url,Resume Name,Question And Answers\r\n"
    "\"11/20/24, 8:15 AM\",soren@example.dk,+45 12 34 56 78,Novo Nordisk,"
    "\"Data Engineer, Platform\",https://www.linkedin.com/jobs/view/4012345678,"
    "CV_2024.pdf,\"Years of Python?:6 | Work permit?:Yes\"\r\n"
    "\"1/5/25, 4:40 PM\",me@example.com,,Equinor,Analyst,"
    "https://www.linkedin.com/jobs/view/4098765432,,\r\n"
    "\"yesterday\",,,Aker,Engineer,,,\r\n")


def archive(tmp_path, files: dict[str, str] | None = None, name="linkedin.zip",
            folder="Basic_LinkedInDataExport_02-01-2025/"):
    """A zip in LinkedIn's shape (its files inside a dated folder, as some archives come)."""
    files = {"Connections.csv": CONNECTIONS, "Jobs/Job Applications.csv": APPLICATIONS} \
        if files is None else files
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(folder + "Profile.csv", "First Name,Last Name\r\nMe,Myself\r\n")
        for member, text in files.items():
            out.writestr(folder + member, text.encode("utf-8"))
    return path


def counts() -> tuple[int, int, int]:
    return Contact.select().count(), Application.select().count(), StatusChange.select().count()


def test_every_field_of_connections_and_applications_is_imported(data_dir, tmp_path):
    preview = linkedin.preview_linkedin_import(archive(tmp_path))
    assert [line for line, _fields in preview.connections.new] == [5, 6]
    assert [(r.line, r.field, r.why) for r in preview.connections.rejected] == [
        (7, "name", "The name cannot be empty.")]
    assert [(r.line, r.field, r.why) for r in preview.applications.rejected] == [
        (4, "Application Date",
         "“yesterday” is not a date as LinkedIn writes it (11/20/24, 8:15 AM).")]
    assert linkedin.import_linkedin(preview) == {"contact": 2, "application": 2}

    kari, soren = (get_contact(c.id) for c in sorted(search_contacts(), key=lambda c: c.name))
    assert (kari.name, kari.organisation, kari.email, kari.preferred_channel, kari.role) == (
        "Kari Nordmann", "Schibsted, Oslo", "", "linkedin", Role.NETWORK)
    assert kari.notes == ("Position: Head of Talent, Nordics\n"
                          "LinkedIn profile: https://www.linkedin.com/in/kari-nordmann-1a2b3c\n"
                          "Connected on LinkedIn on February 1, 2025.")
    assert (soren.name, soren.organisation, soren.email) == (
        "Søren Kierkegård", "Novo Nordisk", "soren@example.dk")
    assert "Position: Data Lead" in soren.notes

    novo, equinor = (Application.get(Application.company == name)
                     for name in ("Novo Nordisk", "Equinor"))
    assert (novo.position, novo.status, novo.applied_on, novo.posting_url) == (
        "Data Engineer, Platform", Status.APPLIED, dt.date(2024, 11, 20),
        "https://www.linkedin.com/jobs/view/4012345678")
    assert novo.notes == ("Applied through LinkedIn.\n"
                          "Contact: Søren Kierkegård (soren@example.dk)\n"
                          "Contact phone number: +45 12 34 56 78\n"
                          "Résumé sent: CV_2024.pdf\n"
                          "Questions and answers: Years of Python?:6 | Work permit?:Yes")
    assert (equinor.applied_on, equinor.notes) == (
        dt.date(2025, 1, 5), "Applied through LinkedIn.\nContact email: me@example.com")
    assert [(s.status, s.on) for s in status_history(novo.id)] == [
        (Status.APPLIED, dt.date(2024, 11, 20))]


def test_an_application_names_a_contact_already_stored(data_dir, tmp_path):
    add_contact("Ingrid Berg", email="Me@Example.com")
    path = archive(tmp_path, {"Jobs/Job Applications.csv": APPLICATIONS}, folder="")
    linkedin.import_linkedin(linkedin.preview_linkedin_import(path))
    assert "Contact: Ingrid Berg (me@example.com)" in Application.get(
        Application.company == "Equinor").notes


def test_importing_the_same_archive_twice_adds_nothing_twice(data_dir, tmp_path):
    path = archive(tmp_path)
    linkedin.import_linkedin(linkedin.preview_linkedin_import(path))
    before = counts()
    again = linkedin.preview_linkedin_import(path)
    assert [part.new for part in again.parts] == [[], []]
    assert [(d.line, d.name, d.existing) for d in again.connections.duplicates] == [
        (5, "Kari Nordmann", "Kari Nordmann"), (6, "Søren Kierkegård", "Søren Kierkegård")]
    assert [d.name for d in again.applications.duplicates] == [
        "Novo Nordisk — Data Engineer, Platform", "Equinor — Analyst"]
    linkedin.import_linkedin(again)
    assert counts() == before == (2, 2, 2)


def test_contacts_match_by_profile_then_email_then_name_and_company(data_dir, tmp_path):
    add_contact("Kari N.", notes="LinkedIn profile: http://no.linkedin.com/in/Kari-Nordmann-1a2b3c/")
    add_contact("S. Kierkegård", email="SOREN@example.dk")
    add_contact("Ola Hansen", organisation="Aker")
    connections = (BOM + NOTES
                   + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                   + CONNECTIONS.splitlines()[4] + "\r\n" + CONNECTIONS.splitlines()[5] + "\r\n"
                   "Ola,Hansen,https://www.linkedin.com/in/ola,,Aker,CTO,02 Feb 2022\r\n"
                   "Ola,Hansen,https://www.linkedin.com/in/ola-2,,Equinor,CFO,02 Feb 2022\r\n")
    preview = linkedin.preview_linkedin_import(archive(tmp_path, {"Connections.csv": connections}))
    assert [d.existing for d in preview.connections.duplicates] == [
        "Kari N.", "S. Kierkegård", "Ola Hansen"]
    assert [fields["organisation"] for _line, fields in preview.connections.new] == ["Equinor"]


@pytest.mark.parametrize(("files", "message"), [
    ({"Messages/messages.csv": "x"},
     "{path} holds neither Connections.csv nor Jobs/Job Applications.csv: is it the archive "
     "LinkedIn sends under “Get a copy of your data”?"),
    ({"Connections.csv": BOM + NOTES + "First Name,Last Name,Profile,Company\r\nA,B,C,D\r\n",
      "Jobs/Job Applications.csv": APPLICATIONS},
     "Connections.csv in {path} does not have LinkedIn's columns (missing: URL, Email "
     "Address, Position, Connected On)."),
    ({"Connections.csv": CONNECTIONS,
      "Jobs/Job Applications.csv": "Date,Company,Title\r\n1/1/25,A,B\r\n"},
     "Jobs/Job Applications.csv in {path} does not have LinkedIn's columns (missing: "
     "Application Date, Contact Email, Contact Phone Number, Company Name, Job Title, Job "
     "Url, Resume Name, Question And Answers)."),
])
def test_an_archive_without_linkedins_files_is_refused_whole(data_dir, tmp_path, files,
                                                             message):
    path = archive(tmp_path, files)
    with pytest.raises(ValidationError) as refused:
        linkedin.preview_linkedin_import(path)
    assert str(refused.value) == message.format(path=path)
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize("damage", ["not a zip", "cut short"])
def test_a_damaged_zip_is_refused_with_its_cause(data_dir, tmp_path, damage):
    path = archive(tmp_path)
    data = path.read_bytes()
    path.write_bytes(b"PK\x03\x04 not a zip at all" if damage == "not a zip"
                     else data[: len(data) // 2])
    with pytest.raises(ValidationError) as refused:
        linkedin.preview_linkedin_import(path)
    assert str(refused.value) == (f"{path} cannot be opened as a zip archive: it is damaged "
                                  "or is not a zip file.")
    assert counts() == (0, 0, 0)


def test_the_command_previews_imports_and_refuses(tmp_path, capsys):
    path = archive(tmp_path)
    directory = str(tmp_path / "d")
    assert main(["import-linkedin", str(path), "--data-dir", directory, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert out == ("Connections.csv, line 7, name: The name cannot be empty.\n"
                   "Jobs/Job Applications.csv, line 4, Application Date: “yesterday” is not a "
                   "date as LinkedIn writes it (11/20/24, 8:15 AM).\n"
                   "4 records would be imported.\n")
    assert err == ""
    assert main(["import-linkedin", str(path), "--data-dir", directory]) == 0
    assert capsys.readouterr().out.endswith("4 records imported.\n")
    assert main(["import-linkedin", str(path), "--data-dir", directory]) == 0
    out = capsys.readouterr().out
    assert "Connections.csv, line 5: Kari Nordmann is already stored as Kari Nordmann; " \
           "left out\n" in out
    assert out.endswith("0 records imported.\n")

    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"nothing")
    assert main(["import-linkedin", str(broken), "--data-dir", directory]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"jobfollowup: {broken} cannot be opened as a zip archive: it "
                              "is damaged or is not a zip file.\n")
    assert main(["import-linkedin", "--data-dir", directory]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_window_previews_then_imports_as_one_undoable_step(qtbot, data_dir, tmp_path):
    from jobfollowup.ui.dialogs import exchange
    from jobfollowup.ui.operations.changes import Change
    from jobfollowup.ui.operations.core import Operations

    add_contact("Ingrid Berg")
    path = archive(tmp_path)
    operations = Operations()
    seen = []

    def look_then(answer):
        def confirm(dialog):
            qtbot.addWidget(dialog)
            seen.append((dialog.windowTitle(), dialog.summary.text(),
                         dialog.import_button.isEnabled(),
                         [tuple(dialog.table.item(r, c).text() for c in range(3))
                          for r in range(dialog.table.rowCount())]))
            return answer
        return confirm

    assert not exchange.import_linkedin_from(None, operations, str(path), look_then(False))
    assert counts() == (1, 0, 0)  # Cancel stores nothing
    with qtbot.waitSignal(operations.changed, check_params_cb=lambda c: Change.CONTACTS in c
                          and Change.APPLICATIONS in c):
        assert exchange.import_linkedin_from(None, operations, str(path), look_then(True))
    title, summary, enabled, rows = seen[0]
    assert (title, enabled) == ("Import LinkedIn archive", True)
    assert summary == ("From a LinkedIn archive: 2 new contacts and 2 new applications will "
                       "be added. 2 lines cannot be read and are left out.")
    assert rows == [
        ("Connections.csv, line 5", "Kari Nordmann", "Will be added."),
        ("Connections.csv, line 6", "Søren Kierkegård", "Will be added."),
        ("Connections.csv, line 7", "name", "The name cannot be empty."),
        ("Jobs/Job Applications.csv, line 2", "Novo Nordisk — Data Engineer, Platform",
         "Will be added."),
        ("Jobs/Job Applications.csv, line 3", "Equinor — Analyst", "Will be added."),
        ("Jobs/Job Applications.csv, line 4", "Application Date",
         "“yesterday” is not a date as LinkedIn writes it (11/20/24, 8:15 AM)."),
    ]
    assert counts() == (3, 2, 2)
    assert operations.undo_stack.count() == 1
    assert operations.undo_stack.undoText() == "Import LinkedIn archive"
    operations.undo_stack.undo()
    assert counts() == (1, 0, 0)
    assert [c.name for c in search_contacts()] == ["Ingrid Berg"]
    assert list_applications() == []
    operations.undo_stack.redo()
    assert counts() == (3, 2, 2)


def test_the_file_menu_offers_the_linkedin_archive(qtbot, data_dir, monkeypatch):
    from jobfollowup.ui.dialogs import exchange
    from windows import shown_window

    asked = []
    monkeypatch.setattr(exchange, "ask_import_linkedin",
                        lambda parent, operations: asked.append(parent))
    window = shown_window(qtbot, dt.date(2026, 12, 17))
    assert window.import_linkedin_action.text() == "&LinkedIn archive…"
    window.import_linkedin_action.trigger()
    assert asked == [window]
