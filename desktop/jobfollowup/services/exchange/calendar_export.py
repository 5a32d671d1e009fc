"""Planned follow-ups as an iCalendar file (RFC 5545) for Thunderbird, Google or Apple.

Each follow-up is an all-day event on its planned day with a reminder that morning. Its
UID is made of the follow-up's id and a random id of this database, so a second export
updates the events a calendar already holds instead of adding them twice.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from jobfollowup import APP_ID, APP_NAME, __version__
from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_date
from jobfollowup.rules.kinds import State
from jobfollowup.services import settings
from jobfollowup.services.exchange.files import write_private
from jobfollowup.services.links import follow_up_link
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.storage.models import database_proxy

REMINDER = dt.timedelta(hours=9)  # 09:00 on the day (an all-day event starts at midnight)
# SEQUENCE grows with every export (minutes since this day), so a calendar that re-reads the
# file applies a changed date instead of keeping the version it already holds.
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def database_uid() -> str:
    """A random id of this database, made once and kept in the settings."""
    value = settings.get("database_uid")
    if not value:
        value = secrets.token_hex(8)
        with database_proxy.atomic():
            settings.put("database_uid", value)
    return value


def follow_up_uid(follow_up_id: int, database: str) -> str:
    return f"followup-{follow_up_id}.{database}@{APP_ID}"


def follow_up_event(row: FollowUpRow, database: str, stamp: dt.datetime, language: str,
                    reminder: dt.timedelta | None = REMINDER,
                    sent_on: dt.date | None = None, posting: str = "") -> Event:
    """The all-day event of a follow-up: what, to whom, how, the job posting's link,
    "Why this date?" and the link that opens it in the app, with a reminder on the day
    (`reminder` after midnight; None: none). The .ics file and the CalDAV sync both write
    it; a follow-up `sent_on` a day is marked sent, without one."""
    day = sent_on or row.date
    uid = follow_up_uid(row.id, database)
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60)))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", row.kind.done_task(row.contact_name) if sent_on is not None
              else row.kind.task(row.contact_name))
    lines = [_("Channel: {channel}").format(channel=row.channel.label)]
    if row.company:
        lines.append(_("Application: {position} at {company}").format(
            position=row.position, company=row.company))
    link = follow_up_link(uid)
    if posting:
        lines.append(_("Job posting: {link}").format(link=posting))
    # One URL an event may have: the posting opens on any device; else the app's own link.
    event.add("url", posting or link)
    if sent_on is not None:
        lines.append(_("Sent on {date}").format(date=format_date(sent_on, language)))
    elif row.deadline and row.deadline != row.date:
        lines.append(_("At the latest: {date}").format(
            date=format_date(row.deadline, language)))
    reasons = [reason.text(language) for reason in row.reasons]
    if reasons:
        lines.extend(["", _("Why this date?"), *reasons])
    lines.extend(["", _("Open in Job Follow-up: {link}").format(link=link)])
    event.add("description", "\n".join(lines))
    event.add("categories", [row.kind.label])
    event.add("transp", "TRANSPARENT")
    if reminder is not None and sent_on is None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event["summary"])
        alarm.add("trigger", reminder)
        event.add_component(alarm)
    return event


def calendar_of_follow_ups(now: dt.datetime | None = None) -> Calendar:
    """Every planned follow-up, as one calendar."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    language = current_language()
    database = database_uid()
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Job follow-ups"))
    for row in list_follow_ups(states=(State.PLANNED,)):
        calendar.add_component(follow_up_event(row, database, stamp, language))
    return calendar


def export_ics(path: str | os.PathLike, now: dt.datetime | None = None) -> int:
    """Write the planned follow-ups to `path`; returns how many."""
    calendar = calendar_of_follow_ups(now)
    write_private(Path(path), calendar.to_ical().decode("utf-8"))
    return len(calendar.walk("VEVENT"))
