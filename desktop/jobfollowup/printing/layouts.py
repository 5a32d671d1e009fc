"""The card formats, envelopes and print options a note can be printed with."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

from jobfollowup.i18n import N_, _

Id = QPageSize.PageSizeId
MM = QPageSize.Unit.Millimeter


@dataclass(frozen=True)
class CardLayout:
    key: str
    name: str  # N_-marked; `label` translates it
    size_mm: tuple[float, float]  # width × height of the card, portrait
    line_mm: float  # spacing of the guide lines: room for one line of handwriting
    margin_mm: float  # inside the margins a printer needs anyway
    sheet: bool = False  # a whole sheet: folded, it makes a card half its size

    @property
    def label(self) -> str:
        return _(self.name)

    def page_size(self, folded: bool = False) -> QPageSize:
        """The paper: the card itself, or (a folded card) a sheet twice as wide."""
        width, height = self.size_mm
        if folded and not self.sheet:
            width *= 2
        size = QPageSize(QSizeF(min(width, height), max(width, height)), MM, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
        return size

    def orientation(self, folded: bool = False) -> QPageLayout.Orientation:
        return (QPageLayout.Orientation.Landscape if folded
                else QPageLayout.Orientation.Portrait)

    def page_layout(self, folded: bool = False) -> QPageLayout:
        margin = self.margin_mm
        return QPageLayout(self.page_size(folded), self.orientation(folded),
                           QMarginsF(margin, margin, margin, margin),
                           QPageLayout.Unit.Millimeter)


LAYOUTS: dict[str, CardLayout] = {layout.key: layout for layout in (
    CardLayout("a6", N_("A6 card (105 × 148 mm)"), (105, 148), 7.5, 9),
    CardLayout("5x7", N_("5 × 7 in card"), (127, 177.8), 8, 10),
    CardLayout("a5", N_("A5 card (148 × 210 mm)"), (148, 210), 8.5, 12),
    CardLayout("half-letter", N_("Half-Letter card (5.5 × 8.5 in)"), (139.7, 215.9), 8.5, 12),
    CardLayout("a4", N_("Full A4 sheet"), (210, 297), 9, 18, sheet=True),
    CardLayout("letter", N_("Full Letter sheet"), (215.9, 279.4), 9, 18, sheet=True),
)}
DEFAULT_LAYOUT = "a6"

ENVELOPE_NONE, ENVELOPE_DL, ENVELOPE_C6, ENVELOPE_LABEL = "none", "dl", "c6", "label"
ENVELOPES: dict[str, str] = {
    ENVELOPE_NONE: N_("No address"),
    ENVELOPE_LABEL: N_("Address label on the card sheet"),
    ENVELOPE_DL: N_("DL envelope (110 × 220 mm)"),
    ENVELOPE_C6: N_("C6 envelope (114 × 162 mm)"),
}
_ENVELOPE_SIZES = {ENVELOPE_DL: Id.DLE, ENVELOPE_C6: Id.EnvelopeC6}
ENVELOPE_MARGIN_MM = 10


def envelope_layout(envelope: str) -> QPageLayout:
    """An envelope fed flat: landscape, with margins a printer can print."""
    margin = ENVELOPE_MARGIN_MM
    return QPageLayout(QPageSize(_ENVELOPE_SIZES[envelope]), QPageLayout.Orientation.Landscape,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class PrintOptions:
    layout: str = DEFAULT_LAYOUT
    folded: bool = False  # text on the inside right half of a card folded in two
    envelope: str = ENVELOPE_NONE

    @property
    def card(self) -> CardLayout:
        return LAYOUTS[self.layout]

    @property
    def has_envelope_pages(self) -> bool:
        return self.envelope in _ENVELOPE_SIZES
