"""Each follow-up's event as the sync writes it (the .ics file's writer, with the user's
reminder time), its fingerprint, and the day read back from an event changed elsewhere."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from icalendar import Calendar

from jobfollowup import APP_NAME, __version__
from jobfollowup.i18n import current_language
from jobfollowup.rules.kinds import State
from jobfollowup.services.calendar_sync.account import MARK_SENT, Account
from jobfollowup.services.exchange.calendar_export import (
    database_uid,
    follow_up_event,
    follow_up_uid,
)
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.follow_ups import follow_up_rows
from jobfollowup.storage.models import Application, FollowUp

_FIXED_STAMP = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # fingerprints leave the time out


@dataclass(frozen=True)
class Wanted:
    """What the calendar should hold for one follow-up: its day and text (None: nothing)."""

    uid: str
    day: dt.date
    row: FollowUpRow
    sent_on: dt.date | None
    posting: str = ""  # the job posting's link, to open from the phone

    def ical(self, account: Account, stamp: dt.datetime | None = None) -> str:
        """The event as an iCalendar object, ready to PUT."""
        calendar = Calendar()
        calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
        calendar.add("version", "2.0")
        stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        calendar.add_component(follow_up_event(
            self.row, database_uid(), stamp, current_language(), account.alarm,
            self.sent_on, self.posting))
        return calendar.to_ical().decode("utf-8")

    def fingerprint(self, account: Account) -> str:
        """The same for the same text: an event is written again only when it changed."""
        return hashlib.sha256(self.ical(account, _FIXED_STAMP).encode()).hexdigest()

    def on(self, day: dt.date) -> Wanted:
        """The same follow-up on another day (as moved elsewhere)."""
        return Wanted(self.uid, day, self.row._replace(date=day), self.sent_on,
                      self.posting)


def wanted(follow_up_ids: list[int], account: Account) -> dict[int, Wanted]:
    """What the calendar should hold for each of `follow_up_ids`; those missing from the
    answer should have no event (skipped, deleted, or sent with "remove")."""
    database = database_uid()
    done_on = dict(FollowUp.select(FollowUp.id, FollowUp.done_on).where(
        FollowUp.id.in_(follow_up_ids) & (FollowUp.state == State.DONE)).tuples())
    postings = dict(FollowUp.select(FollowUp.id, Application.posting_url).join(Application)
                    .where(FollowUp.id.in_(follow_up_ids)
                           & (Application.posting_url != "")).tuples())
    found = {}
    for row in follow_up_rows(follow_up_ids):
        uid = follow_up_uid(row.id, database)
        if row.state == State.PLANNED:
            found[row.id] = Wanted(uid, row.date, row, None, postings.get(row.id, ""))
        elif row.state == State.DONE and account.sent_events == MARK_SENT:
            sent = done_on.get(row.id) or row.date
            found[row.id] = Wanted(uid, sent, row, sent, postings.get(row.id, ""))
    return found


def day_of(ical: str, uid: str) -> dt.date | None:
    """The day of the event `uid` in an iCalendar text (a timed event: its date), or None
    when the text holds no such event."""
    try:
        calendar = Calendar.from_ical(ical)
    except ValueError:
        return None
    for event in calendar.walk("VEVENT"):
        if str(event.get("uid", "")) != uid or "dtstart" not in event:
            continue
        start = event.decoded("dtstart")
        if isinstance(start, dt.datetime):
            return start.astimezone().date() if start.tzinfo else start.date()
        return start
    return None
