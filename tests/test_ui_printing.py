"""The print dialog, its preview and the File menu's sheets, as a user meets them."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.exchange import printouts
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.ui.dialogs import printing as print_dialog
from jobfollowup.ui.dialogs.draft_editor import open_draft_dialog
from jobfollowup.ui.dialogs.printing import PrintNotesDialog, SheetDialog
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow

TODAY = dt.date(2026, 12, 14)


def first_page_text(path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


@pytest.fixture
def notes(data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", note_language="nb", country="NO",
                       postal_address="Storgata 1\n0155 Oslo")
    per = add_contact("Per Ås", note_language="nb", country="NO", preferred_channel="letter")
    application = add_application("Equinor", "Dataingeniør", country="NO")
    log_interview(application, dt.datetime(2026, 12, 16, 14, 0), [kari, per])
    return [r.id for r in list_follow_ups() if r.kind is Kind.THANK_YOU_NOTE]


def test_print_preview_of_a_draft_opens_and_closes(qtbot, notes):
    editor = open_draft_dialog(None, Operations(), notes[0])
    qtbot.addWidget(editor)
    assert editor.print_button.isEnabled()
    dialog = editor.print_dialog()
    qtbot.addWidget(dialog)
    assert [card.contact_name for card in dialog.cards] == ["Kari Nordmann"]
    preview = dialog.preview_dialog()
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.paintRequested):
        preview.show()
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.pageCount() == 1
    widget.zoomIn()
    preview.close()
    assert not preview.isVisible()


def test_preview_runs_modal_and_a_timer_closes_it(qtbot, notes):
    dialog = PrintNotesDialog(Operations(), follow_up_id=notes[0])
    qtbot.addWidget(dialog)
    shown = []

    def close_preview():
        window = QApplication.activeModalWidget()
        shown.append(type(window).__name__)
        window.close()

    QTimer.singleShot(0, close_preview)
    dialog.preview()
    assert shown == ["QPrintPreviewDialog"]


def test_choices_are_remembered_for_the_next_time(qtbot, notes, tmp_path, monkeypatch):
    dialog = PrintNotesDialog(Operations(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert len(dialog.cards) == 2
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("half-letter"))
    dialog.folded.setChecked(True)
    dialog.envelope_box.setCurrentIndex(dialog.envelope_box.findData("c6"))
    target = tmp_path / "notes.pdf"
    proposed = []
    monkeypatch.setattr(print_dialog, "ask_pdf_path",
                        lambda parent, name: proposed.append(name) or str(target))
    assert dialog.export_pdf() == str(target)
    assert proposed == ["notes-2026-12-14-2026-12-20.pdf"]
    # two folded cards on Letter sheets, then the one envelope with an address (C6)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in PdfReader(target).pages]
    assert sizes == [(792, 612), (792, 612), (459, 323)]
    assert printouts.print_choices() == printouts.PrintChoices("half-letter", True, "c6")
    again = PrintNotesDialog(Operations(), today=lambda: TODAY)
    qtbot.addWidget(again)
    assert (again.layout_box.currentData(), again.folded.isChecked(),
            again.envelope_box.currentData()) == ("half-letter", True, "c6")


def test_a_missing_address_is_said_before_printing(qtbot, notes):
    dialog = PrintNotesDialog(Operations(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.envelope_box.setCurrentIndex(dialog.envelope_box.findData("none"))
    assert not dialog.missing.isVisible()
    dialog.envelope_box.setCurrentIndex(dialog.envelope_box.findData("dl"))
    assert dialog.missing.isVisible()
    assert dialog.missing.text().startswith("No postal address is stored for Per Ås:")
    assert dialog.envelopes_to_print() == 1


def test_no_printer_offers_a_pdf(qtbot, notes, tmp_path, monkeypatch):
    monkeypatch.setattr(print_dialog, "no_printer", lambda: True)
    monkeypatch.setattr(print_dialog, "offer_pdf_instead", lambda parent: True)
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(print_dialog, "ask_pdf_path", lambda parent, name: str(target))
    dialog = PrintNotesDialog(Operations(), follow_up_id=notes[0])
    qtbot.addWidget(dialog)
    dialog.print_cards()
    assert "Kari Nordmann" in first_page_text(target)


def test_an_empty_range_says_so_and_disables_printing(qtbot, notes):
    dialog = PrintNotesDialog(Operations(), today=lambda: dt.date(2027, 3, 1))
    qtbot.addWidget(dialog)
    assert dialog.notes.item(0).text() == "No handwritten note to mail in these days."
    assert not dialog.print_button.isEnabled() and not dialog.pdf_button.isEnabled()
    dialog.first.setDate(QDate(2026, 12, 1))
    assert len(dialog.cards) == 2 and dialog.print_button.isEnabled()
    dialog.last.setDate(QDate(2026, 11, 30))  # no popup while the user types the range
    assert dialog.notes.item(0).text() == "The last day comes before the first."
    assert not dialog.preview_button.isEnabled()


def test_file_menu_offers_the_printouts(qtbot, notes, tmp_path, monkeypatch):
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    start = texts.index("&Print handwritten notes…")
    assert texts[start:start + 4] == [
        "&Print handwritten notes…", "Export handwritten notes to P&DF…",
        "Print the &week ahead…", "Applications lo&g…"]
    week = SheetDialog(Operations(), SheetDialog.WEEK, window, today=lambda: TODAY)
    qtbot.addWidget(week)
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(print_dialog, "ask_pdf_path", lambda parent, name: str(target))
    assert week.proposed_file_name() == "week-2026-12-14.pdf"
    week.export_pdf()
    assert "Kari Nordmann" in first_page_text(target)
    log = SheetDialog(Operations(), SheetDialog.LOG, window, today=lambda: TODAY)
    qtbot.addWidget(log)
    preview = log.preview_dialog()
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.paintRequested):
        preview.show()
    assert preview.findChild(QPrintPreviewWidget).pageCount() == 1
    preview.close()


def test_printing_sends_the_cards_then_the_envelopes_as_their_own_job(qtbot, notes, tmp_path,
                                                                      monkeypatch):
    """Qt's dialog set to print to a file: the cards, then (once the user has put the
    envelopes in) the envelopes beside them."""
    target = tmp_path / "cards.pdf"

    class PrintToFile:
        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return QDialog.DialogCode.Accepted

    questions = []
    monkeypatch.setattr(print_dialog, "no_printer", lambda: False)
    monkeypatch.setattr(print_dialog, "QPrintDialog", PrintToFile)
    monkeypatch.setattr(print_dialog, "ask", lambda parent, title, text, yes, no:
                        questions.append(text) or True)
    dialog = PrintNotesDialog(Operations(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a6"))
    dialog.envelope_box.setCurrentIndex(dialog.envelope_box.findData("dl"))
    dialog.print_cards()
    assert len(PdfReader(target).pages) == 2
    assert questions == ["The cards are printing. Put 1 envelope in the printer, then print "
                         "its address."]
    envelopes = PdfReader(tmp_path / "cards-envelopes.pdf").pages
    assert len(envelopes) == 1
    assert " ".join(envelopes[0].extract_text().split()) == "Kari Nordmann Storgata 1 0155 OSLO"
    assert round(float(envelopes[0].mediabox.width)) == 624  # DL, landscape


def test_envelope_preview_shows_one_envelope_per_address(qtbot, notes):
    dialog = PrintNotesDialog(Operations(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.envelope_box.setCurrentIndex(dialog.envelope_box.findData("c6"))
    preview = dialog.envelopes_preview_dialog()
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.paintRequested):
        preview.show()
    assert preview.findChild(QPrintPreviewWidget).pageCount() == 1
    preview.close()


def test_a_selection_in_today_prints_its_handwritten_notes(qtbot, notes, monkeypatch):
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    today = window.views[0][2]
    tree = today.tree
    selection = tree.selectionModel()
    Flag = QItemSelectionModel.SelectionFlag
    selection.clearSelection()
    rows = today.model.follow_up_indexes()
    for index in rows:  # every follow-up, emails too
        selection.select(index, Flag.Select | Flag.Rows)
    dialog = today.print_dialog()
    qtbot.addWidget(dialog)
    assert sorted(card.follow_up_id for card in dialog.cards) == sorted(notes)
    assert dialog.first is None  # no range: the selection
    dates = [card.mailing_date for card in dialog.cards]
    assert dialog.proposed_file_name() == f"notes-{min(dates)}-{max(dates)}.pdf"
    emails = [i for i in rows if today.model.row_at(i).id not in notes]
    selection.clearSelection()
    selection.select(emails[0], Flag.Select | Flag.Rows)
    told = []
    monkeypatch.setattr("jobfollowup.ui.views.today.QMessageBox.information",
                        lambda *args: told.append(args[2]))
    assert today.print_dialog() is None
    assert told == ["None of the selected follow-ups is a handwritten note or a letter."]


@pytest.mark.parametrize(("locale", "first", "last"), [
    ("it_IT", "14/12/2026", "20/12/2026"),  # Italy's short date has two digits: not here
    ("nb_NO", "14.12.2026", "20.12.2026"),
    ("en_US", "12/14/2026", "12/20/2026"),
])
def test_the_range_reads_the_users_way_with_a_four_digit_year(qtbot, notes, qt_locale,
                                                               locale, first, last):
    qt_locale(locale)
    dialog = PrintNotesDialog(Operations(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert (dialog.first.text(), dialog.last.text()) == (first, last)
    week = SheetDialog(Operations(), "week", today=lambda: TODAY)
    qtbot.addWidget(week)
    assert week.first.text() == first
