"""What the printed pages hold: note cards, the week ahead, the applications log.

The printing layer lays these out on paper; here they are gathered from the records, so
the window and the command line print the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import HANDWRITTEN, Channel, Kind, State
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.print_options import ENVELOPE_KEYS, LAYOUT_KEYS
from jobfollowup.services.planning.day import WEEK, FollowUpRow
from jobfollowup.services.planning.drafts import open_draft
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.planning.places import home_country
from jobfollowup.services.records import timeline
from jobfollowup.services.records.addresses import PostalAddress, format_address
from jobfollowup.services.records.status_history import StatusStep, histories
from jobfollowup.storage.models import (
    Application,
    FollowUp,
    database_proxy,
)

# The follow-ups written by hand on a card: the handwritten templates, and any letter.
CARD_KINDS = tuple(sorted(HANDWRITTEN))


@dataclass(frozen=True)
class PrintChoices:
    layout: str
    folded: bool
    envelope: str


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(_("“{value}” is not one of {choices}.").format(
            value=value, choices=", ".join(allowed)), field)
    return value


def print_choices() -> PrintChoices:
    """The card format, fold and envelope chosen last time (checked: settings may be old)."""
    layout, envelope = settings.get("print_layout"), settings.get("print_envelope")
    return PrintChoices(layout if layout in LAYOUT_KEYS else LAYOUT_KEYS[0],
                        settings.get("print_folded"),
                        envelope if envelope in ENVELOPE_KEYS else ENVELOPE_KEYS[0])


def save_print_choices(layout: str, folded: bool, envelope: str) -> PrintChoices:
    """Remember the print dialog's choices for next time."""
    choices = PrintChoices(_choice(layout, LAYOUT_KEYS, "layout"), bool(folded),
                           _choice(envelope, ENVELOPE_KEYS, "envelope"))
    with database_proxy.atomic():
        settings.put("print_layout", choices.layout)
        settings.put("print_folded", choices.folded)
        settings.put("print_envelope", choices.envelope)
    return choices


@dataclass(frozen=True)
class CardText:
    """A note cut where a card places it: greeting top left, sign-off and name below."""

    greeting: str
    paragraphs: tuple[str, ...]
    closing: tuple[str, ...]  # "With warm regards," (may be a whole sentence in French)
    signature: tuple[str, ...]


@dataclass(frozen=True)
class NoteCard:
    follow_up_id: int
    kind: Kind
    mailing_date: dt.date
    deadline: dt.date | None
    contact_name: str
    language: str
    text: CardText
    address: PostalAddress | None  # None: no postal address stored


def _paragraphs(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def split_card_text(body: str, signature: str = "") -> CardText:
    """Find the greeting (the first line), the sign-off and the signature of a note.

    The signature is the stored one when the note ends with it, else the last line of a
    last paragraph of several lines ("Kind regards,\\nAnn"); one-line paragraphs are text.
    """
    blocks = _paragraphs(body.splitlines())
    if not blocks:
        return CardText("", (), (), ())
    greeting = ""
    if len(blocks[0]) == 1 and len(blocks) > 1:
        greeting = blocks.pop(0)[0]
    elif len(blocks[0]) > 1 and len(blocks[0][0]) <= 60 and blocks[0][0].endswith(","):
        greeting = blocks[0].pop(0)
    closing: list[str] = []
    signed: list[str] = []
    last = blocks[-1] if blocks else []
    wanted = [line.strip() for line in signature.strip().splitlines() if line.strip()]
    if wanted and len(last) > len(wanted) and last[-len(wanted):] == wanted:
        signed, closing = wanted, last[:-len(wanted)]
        blocks.pop()
    elif len(last) > 1 and len(blocks) > 1:
        signed, closing = last[-1:], last[:-1]
        blocks.pop()
    elif len(blocks) > 1 and len(last[0]) <= 40 and last[0].endswith(","):
        closing = blocks.pop()  # "Kind regards," and no name set yet
    return CardText(greeting, tuple(" ".join(block) for block in blocks), tuple(closing),
                    tuple(signed))


def note_card(follow_up_id: int) -> NoteCard:
    """The card of one follow-up: its draft (saved or rendered) and its envelope."""
    draft = open_draft(follow_up_id)
    item = FollowUp.get_by_id(follow_up_id)
    contact = item.contact
    country = contact.country or (item.application.country if item.application else "")
    signature = settings.get("signature") or settings.get("sender_name")
    return NoteCard(
        follow_up_id=item.id, kind=Kind(item.kind), mailing_date=item.planned_date,
        deadline=item.deadline, contact_name=contact.name, language=draft.language,
        text=split_card_text(draft.body, signature),
        address=format_address(contact.name, contact.postal_address, country,
                               home_country()),
    )


def _is_card(row: FollowUpRow) -> bool:
    return row.kind.value in CARD_KINDS or row.channel is Channel.LETTER


def due_note_cards(first: dt.date | None, last: dt.date | None) -> list[NoteCard]:
    """Every handwritten note still to mail between two dates, in mailing-date order."""
    if first and last and last < first:
        raise ValidationError(_("The last day comes before the first."), "last")
    rows = list_follow_ups(first, last, states=(State.PLANNED,))
    return [note_card(row.id) for row in rows if _is_card(row)]


def cards_for(follow_up_ids: list[int]) -> list[NoteCard]:
    """The cards of the chosen follow-ups that are written by hand, by mailing date."""
    chosen = set(follow_up_ids)
    return [note_card(r.id) for r in list_follow_ups() if r.id in chosen and _is_card(r)]


# Letters that do not decompose into a base letter and an accent.
_SPELLED_OUT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                              "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def pdf_file_name(card: NoteCard) -> str:
    """A file name to propose: "note-Kari-Nordmann-2026-12-18.pdf", safe on every system."""
    plain = unicodedata.normalize("NFKD", card.contact_name.translate(_SPELLED_OUT))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    plain = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-") or "contact"
    return f"note-{plain[:60]}-{card.mailing_date.isoformat()}.pdf"


# The week ahead ---------------------------------------------------------------------------
@dataclass(frozen=True)
class WeekAhead:
    first: dt.date
    last: dt.date
    overdue: list[FollowUpRow]
    coming: list[FollowUpRow]


def week_ahead(first: dt.date) -> WeekAhead:
    """The planned follow-ups of the seven days from `first`, and any still overdue."""
    last = first + WEEK - dt.timedelta(days=1)
    rows = list_follow_ups(last=last, states=(State.PLANNED,))
    return WeekAhead(first, last, [r for r in rows if r.date < first],
                     [r for r in rows if r.date >= first])


# The applications log ---------------------------------------------------------------------
# What has happened of each application's timeline: a job centre asks for this record.
LOGGED = (timeline.APPLIED, timeline.INTERVIEW, timeline.REPLY, timeline.SENT)
LogEvent = timeline.TimelineEvent


@dataclass(frozen=True)
class LogEntry:
    id: int
    company: str
    position: str
    country: str
    applied_on: dt.date | None
    status: str  # the current status
    reply_by: dt.date | None
    events: tuple[LogEvent, ...]
    history: tuple[StatusStep, ...] = ()  # each status it took, with the day, oldest first


def applications_log() -> list[LogEntry]:
    """Each application with its status history and dated steps: applied, interviews,
    notes sent, replies."""
    applications = list(Application.select().order_by(
        Application.applied_on.is_null(), Application.applied_on, Application.created_at,
        Application.id))
    events = timeline.timelines()
    steps = histories()
    return [
        LogEntry(a.id, a.company, a.position, a.country, a.applied_on, a.status, a.reply_by,
                 tuple(e for e in events.get(a.id, ()) if e.what in LOGGED),
                 tuple(steps.get(a.id, ())))
        for a in applications
    ]
