"""Print jobs: cards, envelopes and sheets onto a printer, a preview or a PDF file.

The same painting serves the printer, the preview and the PDF, so the preview shows
exactly what will print; the window and the command line both come through here.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from jobfollowup import APP_NAME
from jobfollowup.i18n import _
from jobfollowup.printing.cards import card_pages, envelope_page
from jobfollowup.printing.layouts import PrintOptions, envelope_layout
from jobfollowup.printing.sheets import log_html, paint_one_page, paint_pages, week_html
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.files import write_private_bytes
from jobfollowup.services.exchange.printouts import NoteCard, WeekAhead, applications_log
from jobfollowup.services.planning.places import home_country

LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA"})
SHEET_MARGIN_MM = 15


def ensure_application() -> QGuiApplication:
    """Qt's application object, which fonts need; headless when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or sys.platform in ("win32", "darwin")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([APP_NAME])
    return app


def sheet_layout() -> QPageLayout:
    """A4, or Letter where the user lives in a country that uses it."""
    size = QPageSize.PageSizeId.Letter if home_country() in LETTER_COUNTRIES else \
        QPageSize.PageSizeId.A4
    margin = SHEET_MARGIN_MM
    return QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


def _begin(device: QPagedPaintDevice) -> QPainter:
    painter = QPainter()
    if not painter.begin(device):
        raise ValidationError(_("The printer could not start printing."), "printer")
    return painter


def addressed(cards: list[NoteCard]) -> list[NoteCard]:
    """The cards whose envelope can be printed."""
    return [card for card in cards if card.address is not None]


def _envelopes(device: QPagedPaintDevice, painter: QPainter, cards: list[NoteCard],
               first_page: bool) -> None:
    for number, card in enumerate(addressed(cards)):
        if number or not first_page:
            device.newPage()
        envelope_page(painter, card.address)


def paint_cards(device: QPagedPaintDevice, cards: list[NoteCard], options: PrintOptions,
                envelopes_too: bool = False) -> None:
    """Every card in order, one per page (a label below its text when asked).

    With `envelopes_too` (a PDF file, whose pages may differ in size) the envelopes
    follow in the same order; a printer takes them as a job of their own, since it cannot
    change paper in the middle of one.
    """
    device.setPageLayout(options.card.page_layout(options.folded))
    painter = _begin(device)
    for number, card in enumerate(cards):
        if number:
            device.newPage()
        card_pages(painter, card, options, device.newPage)
    if envelopes_too and options.has_envelope_pages and addressed(cards):
        device.setPageLayout(envelope_layout(options.envelope))
        _envelopes(device, painter, cards, first_page=False)
    painter.end()


def paint_envelopes(device: QPagedPaintDevice, cards: list[NoteCard], envelope: str) -> None:
    """The envelopes of the cards that have an address, one per page, in their order."""
    device.setPageLayout(envelope_layout(envelope))
    painter = _begin(device)
    _envelopes(device, painter, cards, first_page=True)
    painter.end()


def paint_week(device: QPagedPaintDevice, week: WeekAhead, own_paper: bool = True) -> None:
    """The week on one page: on A4 or Letter, or (`own_paper` False) the paper the user
    chose in the printer's dialog."""
    if own_paper:
        device.setPageLayout(sheet_layout())
    paint_one_page(device, week_html(week))


def paint_log(device: QPagedPaintDevice, today: dt.date, own_paper: bool = True) -> None:
    if own_paper:
        device.setPageLayout(sheet_layout())
    paint_pages(device, log_html(applications_log(), today))


def pdf_writer(device: str | os.PathLike | QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(device if isinstance(device, QIODevice) else os.fspath(device))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setResolution(600)
    return writer


def _save_pdf(path: str | os.PathLike, title: str,
              paint: Callable[[QPdfWriter], None]) -> None:
    """Paint a PDF in memory, then write it as every export is written (`write_private_bytes`):
    readable by the user only, whole or not at all, through a link or into a pipe. Qt's
    own writer, given a path, said nothing when the file could not be written: the command
    exited 0 with no file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    paint(writer)
    del writer  # the PDF is complete once its painter has ended
    write_private_bytes(path, bytes(buffer.data()))


def export_cards(path: str | os.PathLike, cards: list[NoteCard], options: PrintOptions) -> None:
    if not cards:
        raise ValidationError(_("There is no handwritten note to print."), "follow_ups")
    _save_pdf(path, _("Handwritten notes"),
              lambda writer: paint_cards(writer, cards, options, envelopes_too=True))


def export_week(path: str | os.PathLike, week: WeekAhead) -> None:
    _save_pdf(path, _("The week ahead"), lambda writer: paint_week(writer, week))


def export_log(path: str | os.PathLike, today: dt.date) -> None:
    _save_pdf(path, _("Applications log"), lambda writer: paint_log(writer, today))
