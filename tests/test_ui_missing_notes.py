"""The window says why an interviewer gets no handwritten note (no postal address), where
the person sees the plan, and adding the address there, or in Contacts, plans it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QLabel

from jobfollowup.i18n import set_language
from jobfollowup.rules import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.ui.dialogs.interview import LogInterviewDialog
from jobfollowup.ui.dialogs.quick_contact import PostalAddressDialog, QuickContactDialog
from jobfollowup.ui.operations.core import Operations
from windows import shown_window

TODAY = dt.date(2026, 12, 17)
ADDRESS = "Forusbeen 50\n4035 Stavanger"


def notes() -> list:
    return [r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_NOTE]


def _log_with_new_contact(qtbot, monkeypatch, address: str = "") -> LogInterviewDialog:
    """Log interview…, New contact… (a name and an email, and `address`), Save, Save."""
    settings.put("home_country", "NO")
    job = add_application("Equinor", "Data Engineer", country="NO")
    operations = Operations()
    dialog = LogInterviewDialog(operations, job, "Equinor", TODAY, country="NO")
    qtbot.addWidget(dialog)

    def fill(quick: QuickContactDialog):
        assert "postal address" in quick.hint.text()  # said before anyone saves
        quick.name.setText("Kari Nordmann")
        quick.email.setText("kari@equinor.example")
        quick.postal_address.setPlainText(address)
        quick.accept()
        return quick.result()

    monkeypatch.setattr(QuickContactDialog, "exec", fill)
    dialog.new_contact()
    dialog.when.setDateTime(QDateTime(TODAY, dt.time(14, 0)))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.addWidget(dialog.summary)
    return dialog


def test_the_summary_says_why_no_note_and_adding_the_address_plans_it(qtbot, data_dir,
                                                                      monkeypatch):
    dialog = _log_with_new_contact(qtbot, monkeypatch)
    summary = dialog.summary
    assert notes() == []
    (label,) = summary.findChildren(QLabel, "noNoteWarning")
    assert label.text() == ("⚠ No handwritten note is planned for Kari Nordmann: their postal "
                            "address is missing. Add it and the note is planned.")
    count = summary.tree.topLevelItemCount()

    def type_address(asked: PostalAddressDialog):
        assert asked.windowTitle() == "Postal address of Kari Nordmann"
        asked.accept()  # empty: refused beside the field, nothing stored
        assert asked.form.error_text("postal_address") == "Type the postal address, or cancel."
        asked.address.setPlainText(ADDRESS)
        asked.accept()
        return asked.result()

    monkeypatch.setattr(PostalAddressDialog, "exec", type_address)
    _contact, button = summary.no_note[next(iter(summary.no_note))]
    button.click()
    (note,) = notes()
    assert note.date == dt.date(2026, 12, 18)
    assert summary.tree.topLevelItemCount() == count + 1
    assert summary.tree.currentItem().text(1).startswith("Write Kari Nordmann a thank-you card")
    assert label.text().startswith("Write Kari Nordmann a thank-you card: planned for ")
    assert button.isHidden()
    assert summary.intro.text().startswith(f"The rules planned {count + 1} follow-ups.")
    stack = dialog.operations.undo_stack
    assert stack.undoText() == "Add the postal address of Kari Nordmann"
    stack.undo()
    assert notes() == []


def test_a_new_contact_with_an_address_gets_the_note_and_no_warning(qtbot, data_dir,
                                                                    monkeypatch):
    dialog = _log_with_new_contact(qtbot, monkeypatch, ADDRESS)
    assert len(notes()) == 1
    assert dialog.summary.findChildren(QLabel, "noNoteWarning") == []


def test_the_address_added_in_contacts_plans_the_note_and_says_so(qtbot, data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example")
    log_interview(add_application("Equinor", "Data Engineer", country="NO"),
                  dt.datetime(2026, 12, 17, 14, 0), [kari])
    window = shown_window(qtbot, TODAY)
    window.show_view(2)
    view = window.contacts
    view.tree.setCurrentItem(view.tree.findItems("Kari Nordmann", Qt.MatchFlag.MatchExactly,
                                                 0)[0])
    assert "postal address" in view.form.postal_address.toolTip()
    view.form.postal_address.setPlainText(ADDRESS)
    assert view.save()
    assert len(notes()) == 1
    assert "Write Kari Nordmann a thank-you card: planned for Friday, December 18, 2026" \
        in view.notice.text()


def test_the_warning_reads_natively_in_each_language(qtbot, data_dir, monkeypatch):
    from jobfollowup.ui.widgets.plan_summary import no_note_text

    expected = {
        "fr": "Aucune carte manuscrite n'est planifiée pour Kari : son adresse postale "
              "manque. Ajoutez-la et la carte sera planifiée.",
        "it": "Nessun biglietto scritto a mano è pianificato per Kari: manca il suo "
              "indirizzo postale. Lo aggiunga e il biglietto verrà pianificato.",
        "nb": "Det er ikke planlagt noe håndskrevet kort til Kari: postadressen mangler. "
              "Legg den inn, så blir kortet planlagt.",
    }
    for language, text in expected.items():
        set_language(language)
        assert no_note_text("Kari") == text.replace(" :", "\u00a0:")
