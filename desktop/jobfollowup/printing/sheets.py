"""Sheets laid out as rich text: the week ahead and the applications log.

Every piece of text the user typed (names, companies, positions, summaries) goes through
`html.escape` before it enters the markup, so it prints exactly as typed.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import LONG, SHORT, WEEKDAY, country_name, format_date
from jobfollowup.notes.grammar import with_date_articles
from jobfollowup.printing.cards import sans
from jobfollowup.rules.kinds import Status
from jobfollowup.services import settings
from jobfollowup.services.exchange.printouts import LogEntry, LogEvent, WeekAhead
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.records import timeline

BOX = "\u2610"  # a box to tick when it is sent
_STYLE = """
body { color: #141414; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 16pt; margin-bottom: 2pt; }
p.sub { color: #555555; margin-top: 0; }
td, th { vertical-align: top; }
td.box { font-size: 13pt; color: #555555; }
th { text-align: left; background-color: #e8ecf1; }
td.day { font-weight: bold; background-color: #f4f6f8; }
td.why { color: #444444; font-size: 8.5pt; }
p.note { color: #555555; font-size: 8.5pt; }
p.gap { margin: 0; font-size: 6pt; }
p.history { margin-top: 0; }
"""


def _day(day: dt.date, style: str = LONG) -> str:
    return escape(format_date(day, current_language(), style))


def _document(body: str, width: float, device) -> QTextDocument:
    """The sheet as a document: its ink set here (the text's own colour would follow the
    screen's scheme, light on white paper in the dark one)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(sans(9.5))
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(f"<html><body>{body}</body></html>")
    document.setTextWidth(width)
    return document


def _follow_up_row(row: FollowUpRow, when: str) -> str:
    who = escape(row.contact_name)
    if row.company:
        who += " · " + escape(row.company)
    how = escape(row.channel.label)
    if row.deadline and row.deadline != row.date:
        how += "<br>" + escape(_("at the latest {date}").format(
            date=format_date(row.deadline, current_language(), SHORT)))
    why = "<br>".join(escape(reason.text()) for reason in row.reasons)
    return (f"<tr><td class='box'>{when}</td><td><b>{escape(row.kind.label)}</b><br>{who}</td>"
            f"<td>{how}</td><td class='why'>{why}</td></tr>")


def week_html(week: WeekAhead) -> str:
    title = with_date_articles(_("The week ahead: {first} to {last}").format(
        first=format_date(week.first, current_language()),
        last=format_date(week.last, current_language())), current_language())
    sub = _("Who, how, by when and why: what to send each day.")
    parts = [f"<h1>{escape(title)}</h1>", f"<p class='sub'>{escape(sub)}</p>"]
    columns = ((_("Done"), "10%"), (_("Who"), "32%"), (_("How"), "18%"),
               (_("Why this date"), "40%"))
    header = "<tr>" + "".join(f"<th width='{width}'>{escape(name)}</th>"
                              for name, width in columns) + "</tr>"
    rows: list[str] = []
    if week.overdue:
        overdue = _("Overdue")
        rows.append(f"<tr><td class='day' colspan='4'>{escape(overdue)}</td></tr>")
        rows += [_follow_up_row(r, f"{BOX}<br><small>{_day(r.date, SHORT)}</small>")
                 for r in week.overdue]
    nothing = _("Nothing to send.")
    day = week.first
    while day <= week.last:
        items = [r for r in week.coming if r.date == day]
        rows.append(f"<tr><td class='day' colspan='4'>{_day(day, WEEKDAY)}</td></tr>")
        if items:
            rows += [_follow_up_row(r, BOX) for r in items]
        else:
            rows.append(f"<tr><td></td><td colspan='3' class='why'>{escape(nothing)}</td></tr>")
        day += dt.timedelta(days=1)
    parts.append("<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
                 f"style='border-color:#c0c8d0'>{header}{''.join(rows)}</table>")
    return "".join(parts)


def _event_text(event: LogEvent) -> str:
    """As the Applications view's timeline words it (a note sent is said as done:
    "Thanked Per Hansen for the interview")."""
    return timeline.describe(event)


def log_html(entries: list[LogEntry], today: dt.date) -> str:
    language = current_language()
    sender = settings.get("sender_name")
    sub = with_date_articles(_("Printed on {date}").format(
        date=format_date(today, language)), language)
    if sender:
        sub = f"{sender} · {sub}"
    title, empty = _("Applications log"), _("No applications recorded yet.")
    parts = [f"<h1>{escape(title)}</h1>", f"<p class='sub'>{escape(sub)}</p>"]
    if not entries:
        parts.append(f"<p>{escape(empty)}</p>")
    for entry in entries:
        heading = _("{position} at {company}").format(position=entry.position,
                                                      company=entry.company)
        facts = []
        if entry.applied_on:
            facts.insert(0, with_date_articles(_("Applied on {date}").format(
                date=format_date(entry.applied_on, language)), language))
        if entry.country:
            facts.append(country_name(entry.country, language))
        if entry.reply_by:
            facts.append(with_date_articles(_("Answer promised by {date}").format(
                date=format_date(entry.reply_by, language)), language))
        parts.append(f"<h2>{escape(heading)}</h2>"
                     f"<p class='sub'>{escape(' · '.join(facts))}</p>")
        parts.append(f"<p class='history'>{escape(_history_text(entry))}</p>")
        if entry.events:
            rows = "".join(
                f"<tr><td width='22%'>{_day(e.date, SHORT)}</td>"
                f"<td>{escape(_event_text(e))}</td></tr>" for e in entry.events)
            parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
                         f"style='border-color:#c0c8d0'>{rows}</table><p class='gap'>&nbsp;</p>")
    return "".join(parts)


def _status_name(status: str) -> str:
    try:
        return Status(status).label
    except ValueError:  # a status this version does not know: as stored
        return status


def _history_text(entry: LogEntry) -> str:
    """"Status: applied (3 Mar 2026) → interviewing (10 Mar 2026)", the current last."""
    language = current_language()
    steps = [_("{status} ({date})").format(status=_status_name(step.status),
                                          date=format_date(step.on, language, SHORT))
             for step in entry.history]
    if not steps:  # a record with no history (cannot happen through the app)
        steps = [_status_name(entry.status)]
    return _("Status: {steps}").format(steps=" → ".join(steps))


def paint_one_page(device: QPagedPaintDevice, html: str) -> None:
    """`html` on a single page, shrunk to fit when the week is a busy one."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    document = _document(html, rect.width(), device)
    height = document.size().height()
    painter = QPainter(device)
    if height > rect.height():
        scale = rect.height() / height
        painter.scale(scale, scale)
        document.setTextWidth(rect.width() / scale)
    document.drawContents(painter)
    painter.end()


def paint_pages(device: QPagedPaintDevice, html: str) -> None:
    """`html` over as many pages as it takes, numbered at the foot."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    document = _document(html, rect.width(), device)
    document.print_(device)
