"""File → Back up now…, Restore…, Check data…, and the restore offered for a damaged file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from jobfollowup.services import backups
from jobfollowup.services.data import DamagedFileError, close_data, open_data
from jobfollowup.services.records.contacts import search_contacts
from jobfollowup.services.records.core import add_application, add_contact
from jobfollowup.storage.database import DB_FILENAME
from jobfollowup.ui.dialogs import data_safety
from jobfollowup.ui.dialogs.data_safety import RestoreDialog
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow


def test_file_menu_offers_backup_restore_and_check(qtbot, data_dir):
    window = MainWindow(Operations())
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if action.text()]
    start = texts.index("&Back up now…")
    assert texts[start:start + 3] == ["&Back up now…", "&Restore…", "&Check data…"]
    assert window.backup_action.shortcut().toString() == "Ctrl+Shift+B"


def test_back_up_now_and_check_data_tell_the_user(qtbot, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window = MainWindow(Operations())
    qtbot.addWidget(window)
    window.backup_action.trigger()
    assert "A copy of your data was saved" in shown[-1]
    assert [i.kind for i in backups.available_backups()] == ["manual"]
    window.check_action.trigger()
    assert "sound" in shown[-1]


def agree_to_restore(monkeypatch) -> list[str]:
    """Answer Restore to the dialog's question; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(data_safety, "ask",
                        lambda _parent, _title, text, *_buttons: asked.append(text) or True)
    return asked


def test_restore_dialog_lists_backups_and_restores_with_every_view_told(qtbot, data_dir,
                                                                         monkeypatch):
    add_contact("Kari Nordmann")
    add_application("Equinor", "Data Engineer")
    backups.back_up_now(dt.datetime(2026, 12, 1, 10, 30))
    add_contact("Ola Hansen")
    operations = Operations()
    dialog = RestoreDialog(operations)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(5)]
    assert row == ["December 1, 2026, 10:30\u202fAM", "Made by you", "1", "1", "0"]
    assert dialog.restore_button.isEnabled()
    asked = agree_to_restore(monkeypatch)
    with qtbot.waitSignal(operations.changed) as signal:
        dialog.restore_button.click()
    assert asked == ["Replace your data by the backup of December 1, 2026, 10:30\u202fAM "
                     "(1 contact, 1 application and 0 follow-ups)?"]
    assert Change.CONTACTS in signal.args[0]
    assert [c.name for c in search_contacts()] == ["Kari Nordmann"]


def test_restore_dialog_shows_the_backups_folder(qtbot, data_dir, monkeypatch):
    backups.back_up_now()
    opened = []
    monkeypatch.setattr(data_safety.QDesktopServices, "openUrl", opened.append)
    dialog = RestoreDialog(Operations())
    qtbot.addWidget(dialog)
    dialog.folder_button.click()
    assert opened[0].toLocalFile() == str(data_dir / "backups")


def test_restore_dialog_without_backups_says_how_they_come(qtbot, data_dir):
    dialog = RestoreDialog(Operations())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and "No backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_a_damaged_file_at_start_is_replaced_once_the_user_agrees(qtbot, data_dir,
                                                                  monkeypatch):
    add_contact("Kari Nordmann")
    backups.back_up_now(dt.datetime(2026, 12, 1, 10, 30))
    close_data()
    path = data_dir / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    try:
        open_data(data_dir)
    except DamagedFileError as error:
        damaged = error
    questions = []
    monkeypatch.setattr(data_safety, "ask",
                        lambda parent, title, text, yes, no: questions.append(text) or True)
    assert data_safety.offer_restore(data_dir, damaged)
    assert "(1 contact, 0 applications and 0 follow-ups)" in questions[0]
    assert "December 1, 2026" in questions[0]
    assert [c.name for c in search_contacts()] == ["Kari Nordmann"]


def test_preferences_set_how_many_backups_are_kept(qtbot, data_dir):
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Operations(), restart=lambda: None)
    qtbot.addWidget(dialog)
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value()) == (7, 4)
    dialog.keep_daily.setValue(14)
    dialog.keep_weekly.setValue(8)
    dialog.accept()
    assert backups.keep_counts() == (14, 8)


def test_after_a_restore_every_view_shows_the_restored_data(qtbot, data_dir, monkeypatch):
    from jobfollowup.ui.views.contacts import ContactsView

    add_contact("Kari Nordmann")
    backups.back_up_now(dt.datetime(2026, 12, 1, 10, 30))
    add_contact("Ola Hansen")
    window = MainWindow(Operations())
    qtbot.addWidget(window)
    contacts = next(view for _t, _i, view in window.views if isinstance(view, ContactsView))
    contacts.refresh()
    assert contacts.tree.topLevelItemCount() == 2
    dialog = RestoreDialog(window.operations, window)
    qtbot.addWidget(dialog)
    agree_to_restore(monkeypatch)
    dialog.restore_button.click()
    assert [contacts.tree.topLevelItem(i).text(0)
            for i in range(contacts.tree.topLevelItemCount())] == ["Kari Nordmann"]
