"""File → Import shows what would happen before anything is stored; File → Export saves."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.services.records.contacts import search_contacts
from jobfollowup.services.records.core import add_contact
from jobfollowup.ui.dialogs import exchange
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow

CSV = ("First Name,Last Name,E-mail 1 - Value\nKari,Nordmann,kari@example.no\n"
       "Ola,Hansen,not-an-email\nÅse,Lie,kari@example.no\n")


def test_import_contacts_previews_then_imports_on_agreement(qtbot, data_dir, tmp_path):
    path = tmp_path / "google.csv"
    path.write_text(CSV, encoding="utf-8")
    operations = Operations()
    seen = []

    def look_then(answer):
        def confirm(dialog):
            qtbot.addWidget(dialog)
            seen.append((dialog.summary.text(), dialog.table.rowCount(),
                         dialog.import_button.isEnabled(),
                         [dialog.table.item(r, 2).text() for r in range(3)]))
            return answer
        return confirm

    assert not exchange.import_contacts_from(None, operations, str(path), look_then(False))
    assert search_contacts() == []  # Cancel stores nothing
    with qtbot.waitSignal(operations.changed, check_params_cb=lambda c: Change.CONTACTS in c):
        assert exchange.import_contacts_from(None, operations, str(path), look_then(True))
    summary, rows, enabled, whys = seen[0]
    assert summary == ("From Google Contacts: 1 new contact will be added. 1 is already "
                       "stored and is left out. 1 line cannot be read and is left out.")
    assert (rows, enabled) == (3, True)
    assert whys == ["Will be added (kari@example.no).", "“not-an-email” is not an email address.",
                    "Already stored as Kari Nordmann."]
    assert [c.name for c in search_contacts()] == ["Kari Nordmann"]


def test_what_the_app_cannot_keep_is_listed_in_the_preview(qtbot, data_dir, tmp_path):
    path = Path(__file__).parent / "files" / "contacts" / "nextcloud-4.0.vcf"
    seen = []

    def confirm(dialog):
        qtbot.addWidget(dialog)
        seen.append((dialog.summary.text(), [
            tuple(dialog.table.item(row, column).text() for column in range(3))
            for row in range(dialog.table.rowCount())]))
        return False

    exchange.import_contacts_from(None, Operations(), str(path), confirm)
    ((summary, rows),) = seen
    assert summary == ("From vCard: 2 new contacts will be added. 2 new contacts have details "
                       "the app cannot keep as they are (listed below).")
    assert rows == [
        ("1", "Giulia Bianchi", "Will be added (giulia.bianchi@eni.example)."),
        ("1", "Giulia Bianchi", "Not kept (the app has no place for it): gender."),
        ("26", "Ola Nordmann", "Will be added (ola.nordmann@dnb.example)."),
        ("26", "Ola Nordmann", "“Norwey” is not a country the app knows: the contact is "
         "imported without a country (the address keeps it as written)."),
        ("26", "Ola Nordmann", "Not kept (the app has no place for it): map position.")]


def test_a_json_file_with_problems_cannot_be_imported(qtbot, data_dir, tmp_path):
    add_contact("Kari Nordmann")
    path = tmp_path / "all.json"
    full_exchange.export_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"]["contact"][0]["name"] = ""
    path.write_text(json.dumps(document), encoding="utf-8")
    states = []

    def confirm(dialog):
        qtbot.addWidget(dialog)
        states.append((dialog.import_button.isEnabled(), dialog.summary.text()))
        return False

    assert not exchange.import_everything_from(None, Operations(), str(path), confirm)
    assert states == [(False, "Nothing can be imported: 1 record of the file is wrong. "
                              "Nothing was changed.")]


def test_export_menu_saves_each_kind_of_file(qtbot, data_dir, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window = MainWindow(Operations())
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    submenus = [a.text() for a in file_menu.actions() if a.menu()]
    assert submenus == ["&Import", "&Export"]
    for which, name in (("ics", "a.ics"), ("json", "a.json"), ("contacts", "c.csv"),
                        ("applications", "a.csv")):
        monkeypatch.setattr(exchange, "_save_path", lambda *args, n=name: str(tmp_path / n))
        exchange.ask_export(window, window.operations, which)
        assert (tmp_path / name).exists()
        assert shown[-1].endswith(name)
