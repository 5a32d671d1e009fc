"""Our print dialog for handwritten notes: card format, fold, envelope, then preview,
print or PDF.

Missing postal addresses are named before anything is printed, and with no printer
installed the dialog says so and offers a PDF instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext, pgettext
from jobfollowup.i18n.formatting import format_date
from jobfollowup.printing.layouts import ENVELOPE_NONE, ENVELOPES, LAYOUTS, PrintOptions
from jobfollowup.printing.output import (
    addressed,
    export_cards,
    export_log,
    export_week,
    paint_cards,
    paint_envelopes,
    paint_log,
    paint_week,
    sheet_layout,
)
from jobfollowup.services.exchange import printouts
from jobfollowup.services.exchange.printouts import NoteCard
from jobfollowup.ui.operations import settings as settings_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.forms import date_edit
from jobfollowup.ui.widgets.message_boxes import ask, localise_buttons


def documents_folder() -> str:
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def no_printer() -> bool:
    return not QPrinterInfo.availablePrinters()


def offer_pdf_instead(parent: QWidget) -> bool:
    """Tell the user there is no printer; True when they want a PDF instead."""
    box = QMessageBox(QMessageBox.Icon.Information, _("No printer"), _(
        "No printer is installed on this computer. You can save the pages as a PDF file "
        "and print it elsewhere."), parent=parent)
    pdf = box.addButton(_("Save as &PDF…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(pgettext("button", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(pdf)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is pdf


def ask_pdf_path(parent: QWidget, proposed: str) -> str:
    """Where to save a PDF ("" when cancelled), starting from a proposed file name."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Export to PDF"), str(Path(documents_folder()) / proposed),
        _("PDF files (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def preview_dialog(parent: QWidget | None, paint: Callable[[QPagedPaintDevice], None],
                   title: str) -> QPrintPreviewDialog:
    """Qt's zoomable preview, drawn by the same painting as the printer and the PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    dialog.printer_ = printer  # the dialog does not own its printer
    dialog.resize(900, 760)
    return dialog


def _output_buttons(dialog, print_pages) -> QDialogButtonBox:
    """Preview…, Print… and Export to PDF… beside Close: the same three ways out of every
    print dialog, kept as `dialog.preview_button`, `print_button` and `pdf_button`."""
    buttons = QDialogButtonBox()
    dialog.preview_button = QPushButton(_("Pre&view…"))
    dialog.print_button = QPushButton(_("&Print…"))
    dialog.pdf_button = QPushButton(_("Export to P&DF…"))
    for button in (dialog.preview_button, dialog.print_button, dialog.pdf_button):
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Close)
    localise_buttons(buttons)
    buttons.rejected.connect(dialog.reject)
    dialog.preview_button.clicked.connect(dialog.preview)
    dialog.print_button.clicked.connect(print_pages)
    dialog.pdf_button.clicked.connect(dialog.export_pdf)
    return buttons

class PrintNotesDialog(QDialog):
    """Print one note (from the draft editor), the notes among chosen follow-ups (a
    selection in Today), or every note due in a range."""

    def __init__(self, operations: Operations, parent: QWidget | None = None, *,
                 follow_up_id: int | None = None, follow_up_ids: list[int] | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.operations = operations
        self.follow_up_id, self.follow_up_ids = follow_up_id, follow_up_ids
        self.cards: list[NoteCard] = []
        self.setWindowTitle(_("Print the note") if follow_up_id is not None
                            else _("Print handwritten notes"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.first = self.last = None
        if follow_up_id is None and follow_up_ids is None:
            start = today()
            self.first, self.last = date_edit(start), date_edit(start + dt.timedelta(days=6))
            range_row = QHBoxLayout()
            for edit, name in ((self.first, _("First day")), (self.last, _("Last day"))):
                edit.setAccessibleName(name)
                edit.dateChanged.connect(self.reload)
            range_row.addWidget(self.first)
            range_row.addWidget(QLabel(_("to")))
            range_row.addWidget(self.last)
            range_row.addStretch(1)
            form.addRow(_("Notes to mail from:"), range_row)

        self.notes = QListWidget()
        self.notes.setAccessibleName(_("Notes to print"))
        self.notes.setMaximumHeight(130)
        self.notes.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        form.addRow(_("Notes:"), self.notes)

        choices = printouts.print_choices()
        self.layout_box = QComboBox()
        for key, card in LAYOUTS.items():
            self.layout_box.addItem(card.label, key)
        self.layout_box.setCurrentIndex(self.layout_box.findData(choices.layout))
        self.layout_box.setToolTip(_("The size of the card or sheet you print on"))
        form.addRow(_("&Card:"), self.layout_box)
        self.folded = QCheckBox(_("&Folded card: text on the inside right half"))
        self.folded.setChecked(choices.folded)
        self.folded.setToolTip(_("Prints on a sheet twice the card's width (a full sheet: "
                                 "on the sheet itself), to fold in two"))
        form.addRow("", self.folded)
        self.envelope_box = QComboBox()
        for key, name in ENVELOPES.items():
            self.envelope_box.addItem(_(name), key)
        self.envelope_box.setCurrentIndex(self.envelope_box.findData(choices.envelope))
        self.envelope_box.setToolTip(_("Envelopes print after the cards, in the same order"))
        form.addRow(_("&Address:"), self.envelope_box)
        self.envelope_box.currentIndexChanged.connect(self._show_missing)

        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        colours.styled(self.missing, "color: $warning;")
        layout.addWidget(self.missing)

        layout.addWidget(_output_buttons(self, self.print_cards))
        self.preview_button.setToolTip(_("See every page exactly as it will print"))
        self.pdf_button.setToolTip(_("Save the same pages as a PDF file"))
        self.reload()

    # What to print ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.follow_up_id is not None:  # the draft editor's note, whatever its channel
            ok, card = self.operations.read(self, printouts.note_card, self.follow_up_id)
            self.cards = [card] if ok else []
        elif self.follow_up_ids is not None:
            ok, cards = self.operations.read(self, printouts.cards_for, self.follow_up_ids)
            self.cards = cards if ok else []
        elif self.last.date() < self.first.date():  # said in the list, not in a popup
            self.cards = []
        else:
            ok, cards = self.operations.read(self, printouts.due_note_cards,
                                            self.first.date().toPython(),
                                            self.last.date().toPython())
            self.cards = cards if ok else []
        self.notes.clear()
        language = current_language()
        for card in self.cards:
            self.notes.addItem(_("{name} · mail on {date}").format(
                name=card.contact_name, date=format_date(card.mailing_date, language)))
        if self.last is not None and self.last.date() < self.first.date():
            self.notes.addItem(_("The last day comes before the first."))
        elif not self.cards:
            self.notes.addItem(_("No handwritten note to mail in these days."))
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(bool(self.cards))
        self._show_missing()

    def missing_addresses(self) -> list[str]:
        return [card.contact_name for card in self.cards if card.address is None]

    def _show_missing(self) -> None:
        names = self.missing_addresses()
        if not names or self.envelope_box.currentData() == ENVELOPE_NONE:
            self.missing.hide()
            self.missing.clear()
            return
        self.missing.setText(ngettext(
            "No postal address is stored for {names}: their envelope cannot be printed. "
            "Add it in Contacts first, or print the card alone.",
            "No postal address is stored for {names}: their envelopes cannot be printed. "
            "Add them in Contacts first, or print the cards alone.",
            len(names)).format(names=", ".join(names)))
        self.missing.show()

    def options(self) -> PrintOptions:
        return PrintOptions(self.layout_box.currentData(), self.folded.isChecked(),
                            self.envelope_box.currentData())

    def _remember(self) -> PrintOptions:
        options = self.options()
        settings_ops.remember_print_choices(self.operations, self, options.layout,
                                            options.folded, options.envelope)
        return options

    def paint(self, device: QPagedPaintDevice) -> None:
        paint_cards(device, self.cards, self.options())

    def paint_envelopes(self, device: QPagedPaintDevice) -> None:
        paint_envelopes(device, self.cards, self.options().envelope)

    def envelopes_to_print(self) -> int:
        """How many envelopes a separate job prints after the cards (0: none asked)."""
        return len(addressed(self.cards)) if self.options().has_envelope_pages else 0

    # Actions ----------------------------------------------------------------------------
    def preview_dialog(self) -> QPrintPreviewDialog:
        self._remember()
        return preview_dialog(self, self.paint, self.windowTitle())

    def envelopes_preview_dialog(self) -> QPrintPreviewDialog:
        return preview_dialog(self, self.paint_envelopes, _("Envelopes"))

    def preview(self) -> None:
        """The cards, then (a job of their own on the printer) the envelopes."""
        self.preview_dialog().exec()
        if self.envelopes_to_print():
            self.envelopes_preview_dialog().exec()

    def print_cards(self) -> None:
        if no_printer():
            if offer_pdf_instead(self):
                self.export_pdf()
            return
        options = self._remember()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(options.card.page_layout(options.folded))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        ok, _result = self.operations.read(self, paint_cards, printer, self.cards, options)
        count = self.envelopes_to_print()
        if not ok or not count or not ask(
                self, _("Envelopes"), ngettext(
                    "The cards are printing. Put {n} envelope in the printer, then print "
                    "its address.", "The cards are printing. Put {n} envelopes in the "
                    "printer, then print their addresses.", count).format(n=count),
                _("Print the &envelopes"), _("Not now")):
            return
        envelopes = QPrinter(QPrinter.PrinterMode.HighResolution)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:  # "print to file"
            cards_file = Path(printer.outputFileName())
            envelopes.setOutputFileName(str(cards_file.with_name(
                f"{cards_file.stem}-envelopes{cards_file.suffix or '.pdf'}")))
        else:
            envelopes.setPrinterName(printer.printerName())
        self.operations.read(self, paint_envelopes, envelopes, self.cards, options.envelope)

    def proposed_file_name(self) -> str:
        if len(self.cards) == 1:
            return printouts.pdf_file_name(self.cards[0])
        if self.first is None:
            days = [card.mailing_date for card in self.cards]
            return f"notes-{min(days).isoformat()}-{max(days).isoformat()}.pdf"
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return f"notes-{first.isoformat()}-{last.isoformat()}.pdf"

    def export_pdf(self) -> str:
        options = self._remember()
        path = ask_pdf_path(self, self.proposed_file_name())
        if path:
            self.operations.read(self, export_cards, path, self.cards, options)
        return path


class SheetDialog(QDialog):
    """Preview, print or save one of the sheets: the week ahead, or the applications log."""

    WEEK, LOG = "week", "log"

    def __init__(self, operations: Operations, sheet: str, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.operations, self.sheet, self._today = operations, sheet, today
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.first: QDateEdit | None = None
        if sheet == self.WEEK:
            self.setWindowTitle(_("Print the week ahead"))
            about = _("One page to pin next to your desk: every follow-up of the coming "
                      "seven days, who, how, by when and why, with a box to tick.")
            self.first = date_edit(today())
            self.first.setAccessibleName(_("First day of the week"))
        else:
            self.setWindowTitle(_("Print the applications log"))
            about = _("Every application with its dates, interviews and the follow-ups you "
                      "sent: the record a job centre may ask for.")
        text = QLabel(about)
        text.setWordWrap(True)
        layout.addWidget(text)
        if self.first is not None:
            form = QFormLayout()
            form.addRow(_("&Week starting:"), self.first)
            layout.addLayout(form)
        layout.addWidget(_output_buttons(self, self.print_sheet))

    def _first_day(self) -> dt.date:
        return self.first.date().toPython() if self.first is not None else self._today()

    def paint(self, device: QPagedPaintDevice, own_paper: bool = True) -> None:
        if self.sheet == self.WEEK:
            paint_week(device, printouts.week_ahead(self._first_day()), own_paper)
        else:
            paint_log(device, self._today(), own_paper)

    def preview_dialog(self) -> QPrintPreviewDialog:
        return preview_dialog(self, self.paint, self.windowTitle())

    def preview(self) -> None:
        self.preview_dialog().exec()

    def print_sheet(self) -> None:
        if no_printer():
            if offer_pdf_instead(self):
                self.export_pdf()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(sheet_layout())
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.operations.read(self, self.paint, printer, False)

    def proposed_file_name(self) -> str:
        if self.sheet == self.WEEK:
            return f"week-{self._first_day().isoformat()}.pdf"
        return f"applications-log-{self._today().isoformat()}.pdf"

    def export_pdf(self) -> str:
        path = ask_pdf_path(self, self.proposed_file_name())
        if not path:
            return path
        if self.sheet == self.WEEK:
            self.operations.read(self, export_week, path,
                                printouts.week_ahead(self._first_day()))
        else:
            self.operations.read(self, export_log, path, self._today())
        return path
