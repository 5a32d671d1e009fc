"""One two-way sync: what changed on the server comes back, then what changed here goes.

Pull: the calendar's sync-token (or CTag) says whether anything changed; if so, only what
changed since the last token is read (RFC 6578), and only the app's own events are
looked at — whatever else the calendar holds is never touched. An event moved elsewhere
becomes a move waiting to be applied (`incoming`: the window makes it a step of Undo); one
moved here too, to another day, is a conflict the user settles; one deleted elsewhere
asks whether to skip its follow-up.

Push: the queue (filled by triggers in the data file, whoever changed a follow-up)
says which events to write. Each write carries the ETag last seen; a 412 means the event
changed elsewhere in between, and it is read and judged as a pull would before anything
is written. A follow-up still queued after a failure waits, with a growing delay; nothing
waiting is lost offline, and nothing is made twice (one UID, one address, each event made
with `If-None-Match: *`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from peewee import fn

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import State
from jobfollowup.services.calendar_sync.account import Account, account, password
from jobfollowup.services.calendar_sync.client import (
    Connection,
    Gone,
    PreconditionFailed,
    SyncError,
)
from jobfollowup.services.calendar_sync.events import Wanted, day_of, wanted
from jobfollowup.storage.calendar_sync import (
    CalendarAccount,
    CalendarEvent,
    CalendarIncoming,
    CalendarNotice,
    CalendarQueue,
)
from jobfollowup.storage.models import FollowUp, database_proxy

FIRST_RETRY = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(hours=1)
BLOCKING = ("deleted", "conflict")  # questions that hold an event back until answered


class Stopped(Exception):
    """The app is quitting: the sync stopped between two events (what waits still waits)."""


_stopping = threading.Event()
# Held by a sync from its first request to its thread's last use of the data file: the
# file is never replaced under it (a restore waits for it), nor are two syncs interleaved.
_busy = threading.RLock()


def request_stop() -> None:
    """Stop a running sync at its next event (the app is quitting)."""
    _stopping.set()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No sync runs inside: one running stops at its next event and is waited for (one
    request at most); one started meanwhile waits, then syncs whatever data is there."""
    _stopping.set()
    with _busy:
        _stopping.clear()
        yield


def back_off(failures: int) -> dt.timedelta:
    """How long to wait after `failures` failures in a row: 30 s, 1 min, 2 min… an hour."""
    return min(FIRST_RETRY * 2 ** max(0, failures - 1), LONGEST_WAIT)


@dataclass
class Report:
    """What one sync did, for the status line and `sync-calendar`."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    moved_elsewhere: list[int] = field(default_factory=list)  # waiting in `incoming`
    deleted_elsewhere: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    waiting: int = 0  # changes still queued (failed, or waiting to retry)
    read_changes: bool = False  # False: the server said nothing changed (token, CTag)

    @property
    def pushed(self) -> int:
        return len(self.created) + len(self.updated) + len(self.removed)


def _atomic():
    """A write that starts by taking the lock: the window writes beside this thread."""
    return database_proxy.atomic("IMMEDIATE")


def _state() -> CalendarAccount:
    return CalendarAccount.get_by_id(1)


def sync_once(now: dt.datetime | None = None,
              connect: Callable[[str, str, str], Connection] = Connection) -> Report:
    """Pull, then push; records the outcome (and the back-off after a failure). Raises
    SyncError, in the user's words, when the sync could not be done."""
    with _busy:
        return _sync(now or dt.datetime.now().replace(microsecond=0), connect)


def _sync(now: dt.datetime, connect: Callable[[str, str, str], Connection]) -> Report:
    setup = account()
    if setup is None:
        raise SyncError(_("No calendar is set up for syncing."))
    secret = password(setup.server_url, setup.user_name)
    if secret is None:
        error = SyncError(_("No password is kept for {user} on {server}: type it again in "
                            "Preferences → Calendar sync.").format(
            user=setup.user_name, server=setup.server_url))
        _failed(error, now)
        raise error
    report = Report()
    try:
        connection = connect(setup.server_url, setup.user_name, secret)
        calendar_url = _calendar(connection, setup)
        _pull(connection, setup, calendar_url, report)
        _push(connection, setup, calendar_url, report, now)
        if report.pushed:  # read past the app's own writes (their ETags are known): the
            _pull(connection, setup, calendar_url, Report())  # next sync starts quiet
    except SyncError as error:
        _failed(error, now)
        raise
    report.waiting = CalendarQueue.select().count()
    with _atomic():
        CalendarAccount.update(last_sync_at=now, last_error="", failures=0,
                               next_try_at=None).execute()
    return report


def _failed(error: SyncError, now: dt.datetime) -> None:
    with _atomic():
        state = CalendarAccount.get_or_none(CalendarAccount.id == 1)
        if state is None:
            return
        failures = state.failures + 1
        CalendarAccount.update(last_error=str(error), failures=failures,
                               next_try_at=now + back_off(failures)).execute()


def _calendar(connection: Connection, setup: Account) -> str:
    """The calendar's address: the one chosen, or the one named (made if missing)."""
    if setup.calendar_url:
        return setup.calendar_url
    found = connection.find_or_make(setup.calendar_name)
    with _atomic():
        CalendarAccount.update(calendar_url=found.url, calendar_name=found.name).execute()
    return found.url


# Pull ----------------------------------------------------------------------------------------

def _pull(connection: Connection, setup: Account, calendar_url: str, report: Report) -> None:
    state = _state()
    token, ctag = connection.tags(calendar_url)
    if (token and token == state.sync_token) or (not token and ctag and ctag == state.ctag):
        return
    report.read_changes = True
    changes = connection.changes(calendar_url, state.sync_token if token else "")
    links = {link.href: link for link in CalendarEvent.select()}
    for href, etag in changes.changed.items():
        if _stopping.is_set():
            raise Stopped
        link = links.get(href)
        if link is None or (etag and etag == link.etag):
            continue  # not the app's event, or the app's own last write
        try:
            text, etag = connection.get(href)
        except Gone:
            changes.removed.add(href)
            continue
        _remote_changed(link, day_of(text, link.uid), etag, setup, report)
    removed = set(changes.removed)
    if changes.complete:
        removed |= set(links) - set(changes.changed)
        _adopt(connection, setup, {href: etag for href, etag in changes.changed.items()
                                   if href not in links}, report)
    for href in removed:
        if href in links:
            _remote_removed(links[href], report)
    kept = changes.token if token and not changes.token.startswith("fake-") else ""
    with _atomic():
        CalendarAccount.update(sync_token=kept, ctag=ctag).execute()


def _adopt(connection: Connection, setup: Account, unknown: dict[str, str],
           report: Report) -> None:
    """Events of this data file's that the sync has no record of — its bookkeeping was
    reset (a backup restored, the calendar set up again) or lost with a sync that stopped
    before noting a write — seen in a whole listing of the calendar. One whose follow-up
    should have an event is taken back and written over with the app's version; one whose
    follow-up is gone, skipped or done is removed: it is the app's, and stale. Another
    data file's events, and events the app did not make, are left alone."""
    from jobfollowup.services.exchange.calendar_export import database_uid, follow_up_uid
    from jobfollowup.services.links import own_uid

    database = database_uid()
    found = {}
    for href, etag in unknown.items():
        name = href.rstrip("/").rsplit("/", 1)[-1]
        own = own_uid(name.removesuffix(".ics")) if name.endswith(".ics") else None
        if own is not None and own.database == database:
            found[own.follow_up_id] = (href, etag)
    if not found:
        return
    events = wanted(list(found), setup)
    for follow_up_id, (href, etag) in sorted(found.items()):
        if _stopping.is_set():
            raise Stopped
        event = events.get(follow_up_id)
        if event is None:
            try:
                connection.delete(href, etag)
            except PreconditionFailed:
                continue  # changed elsewhere since the listing: looked at next time
            report.removed.append(follow_up_id)
            continue
        with _atomic():  # written over by the push that follows (its text differs)
            CalendarEvent.replace(follow_up_id=follow_up_id, uid=follow_up_uid(
                follow_up_id, database), href=href, etag=etag, day=event.day,
                content="").execute()
            version = CalendarQueue.select(fn.coalesce(fn.max(CalendarQueue.version), 0)
                                           ).scalar() + 1
            CalendarQueue.insert(follow_up_id=follow_up_id, version=version
                                 ).on_conflict_ignore().execute()


def _remote_changed(link: CalendarEvent, day: dt.date | None, etag: str, setup: Account,
                    report: Report) -> bool:
    """An event of the app's changed on the server: a move, or nothing the app keeps (a
    note added on the phone). Returns True when the follow-up's own event must not be
    written now (a move to apply first, or a conflict to settle)."""
    with _atomic():
        link = CalendarEvent.get_or_none(CalendarEvent.follow_up_id == link.follow_up_id)
        if link is None:
            return True
        link.etag = etag
        item = FollowUp.get_or_none(FollowUp.id == link.follow_up_id)
        if day is None or day == link.day or item is None or item.state != State.PLANNED:
            if day is not None:
                link.day = day
            link.save()
            return False
        last_agreed, here = link.day, item.planned_date
        link.day = day
        wanted_now = wanted([item.id], setup).get(item.id)
        if wanted_now is not None:
            link.content = wanted_now.on(day).fingerprint(setup)
        link.save()
        if here == day:  # moved to the same day on both sides
            return False
        if here != last_agreed:  # moved here to another day as well
            _notice(item.id, "conflict", day_elsewhere=day, day_here=here)
            report.conflicts.append(item.id)
            return True
        incoming = CalendarIncoming.get_or_none(CalendarIncoming.follow_up_id == item.id)
        CalendarIncoming.replace(follow_up_id=item.id, day=day, previous_day=(
            incoming.previous_day if incoming else last_agreed)).execute()
        report.moved_elsewhere.append(item.id)
        return True


def _remote_removed(link: CalendarEvent, report: Report) -> None:
    """An event of the app's deleted elsewhere: a planned follow-up asks whether to skip."""
    with _atomic():
        CalendarEvent.delete().where(CalendarEvent.follow_up_id == link.follow_up_id).execute()
        CalendarIncoming.delete().where(
            CalendarIncoming.follow_up_id == link.follow_up_id).execute()
        item = FollowUp.get_or_none(FollowUp.id == link.follow_up_id)
        if item is not None and item.state == State.PLANNED:
            _notice(item.id, "deleted", day_elsewhere=link.day)
            report.deleted_elsewhere.append(item.id)


def _notice(follow_up_id: int, kind: str, **days: dt.date | None) -> None:
    """One question per follow-up and kind: a newer one replaces the older."""
    CalendarNotice.delete().where((CalendarNotice.follow_up_id == follow_up_id)
                                  & (CalendarNotice.kind.in_(BLOCKING))).execute()
    CalendarNotice.create(follow_up_id=follow_up_id, kind=kind, **days)


# Push ----------------------------------------------------------------------------------------

def _push(connection: Connection, setup: Account, calendar_url: str, report: Report,
          now: dt.datetime) -> None:
    due = list(CalendarQueue.select().where(
        CalendarQueue.next_try_at.is_null() | (CalendarQueue.next_try_at <= now))
        .order_by(CalendarQueue.version))
    held = {row.follow_up_id for row in CalendarIncoming.select(CalendarIncoming.follow_up_id)}
    held |= {row.follow_up_id for row in CalendarNotice.select(CalendarNotice.follow_up_id)
             .where(CalendarNotice.kind.in_(BLOCKING))}
    due = [row for row in due if row.follow_up_id not in held]
    ids = [row.follow_up_id for row in due]
    for start in range(0, len(ids), 200):  # a first sync of years of data: in slices
        chunk = due[start:start + 200]
        chunk_ids = ids[start:start + 200]
        events = wanted(chunk_ids, setup)
        links = {link.follow_up_id: link for link in CalendarEvent.select().where(
            CalendarEvent.follow_up_id.in_(chunk_ids))}
        for queued in chunk:
            if _stopping.is_set():
                raise Stopped
            follow_up_id = queued.follow_up_id
            try:
                _push_one(connection, setup, calendar_url, follow_up_id,
                          events.get(follow_up_id), links.get(follow_up_id), report)
            except SyncError as error:
                if error.temporary:
                    raise  # the server is gone: everything waits, this one too, as it was
                _retry_later(queued, error, now)  # this event alone was refused
                continue
            CalendarQueue.delete().where((CalendarQueue.follow_up_id == follow_up_id)
                                         & (CalendarQueue.version == queued.version)).execute()


def _retry_later(queued: CalendarQueue, error: SyncError, now: dt.datetime) -> None:
    attempts = queued.attempts + 1
    CalendarQueue.update(attempts=attempts, next_try_at=now + back_off(attempts),
                         last_error=str(error)).where(
        (CalendarQueue.follow_up_id == queued.follow_up_id)
        & (CalendarQueue.version == queued.version)).execute()


def event_href(calendar_url: str, uid: str) -> str:
    """Where the app puts an event: its UID (up to the @) as the file name."""
    from caldav.lib.url import URL

    name = uid.split("@", 1)[0] + ".ics"
    return str(URL.objectify(calendar_url.rstrip("/") + "/" + name).canonical())


def _push_one(connection: Connection, setup: Account, calendar_url: str, follow_up_id: int,
              event: Wanted | None, link: CalendarEvent | None, report: Report) -> None:
    if event is None:
        if link is not None:
            _remove(connection, link)
            report.removed.append(follow_up_id)
        return
    fingerprint = event.fingerprint(setup)
    if link is not None and link.content == fingerprint and link.day == event.day:
        return
    href = link.href if link is not None else event_href(calendar_url, event.uid)
    try:
        etag = connection.put(href, event.ical(setup), link.etag if link is not None else None)
    except PreconditionFailed:
        try:
            text, etag = connection.get(href)
        except Gone:
            return _push_one(connection, setup, calendar_url, follow_up_id, event, None, report)
        if link is not None and _remote_changed(link, day_of(text, link.uid), etag, setup,
                                                report):
            return  # changed elsewhere: settled first, written after
        # ours (an earlier sync that stopped before noting it) or only its text changed
        etag = connection.put(href, event.ical(setup), etag)
    except Gone:  # deleted elsewhere while it changed here
        _remote_removed(link, report)
        return
    with _atomic():
        CalendarEvent.replace(follow_up_id=follow_up_id, uid=event.uid, href=href, etag=etag,
                              day=event.day, content=fingerprint).execute()
    (report.updated if link is not None else report.created).append(follow_up_id)


def _remove(connection: Connection, link: CalendarEvent) -> None:
    """A skipped, deleted (or sent, with "remove") follow-up's event goes, even if it was
    changed elsewhere since: it was read first, so nothing goes unseen."""
    try:
        connection.delete(link.href, link.etag)
    except PreconditionFailed:
        try:
            _text, etag = connection.get(link.href)
        except Gone:
            etag = ""
        if etag:
            connection.delete(link.href, etag)
    with _atomic():
        CalendarEvent.delete().where(CalendarEvent.follow_up_id == link.follow_up_id).execute()


def sync_on_a_thread(now: dt.datetime | None = None,
                     connect: Callable[[str, str, str], Connection] = Connection) -> Report:
    """`sync_once` from a thread of the window's: the thread's own connection to the data
    is closed when it is done (the window keeps its own), before anything may replace the
    file."""
    with _busy:
        try:
            return sync_once(now, connect)
        finally:
            database_proxy.close()
