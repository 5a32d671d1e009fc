"""One check of the mailbox: what is new in the Inbox and the Sent folder since the last
one. Network only — no data file here — so the window can run it on another thread and
store what it brings on its own (suggestions.record_check): a check that fails half-way
stores nothing, and the next one starts again from the same place.

Read-only by construction: each folder is opened with EXAMINE (read-only) and only the
headers are fetched, with BODY.PEEK (which sets no \\Seen flag). Where the app stopped is
IMAP's own bookmark: the folder's UIDVALIDITY and the next UID it will give (UIDNEXT).
A new UIDVALIDITY (the folder was rebuilt, or moved to another server) means the old
UIDs mean nothing: the folder is read again over the last weeks, and what was already
seen is recognised by its Message-ID.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import MailRole
from jobfollowup.services.mail.account import MailAccount
from jobfollowup.services.mail.connection import (
    capabilities,
    close_quietly,
    explain,
    open_mailbox,
)
from jobfollowup.services.mail.folders import find_folders

LOOK_BACK = dt.timedelta(days=30)  # a folder read for the first time: its last weeks
MOST_AT_ONCE = 500  # messages read in one check at most (the newest)
BATCH = 100  # headers fetched per command
IDLE_ROUND = 20.0  # seconds: how often a wait in IDLE looks whether it should stop
IDLE_RENEW = 25 * 60  # IDLE is issued again before the 29 minutes of RFC 2177


@dataclass(frozen=True)
class FolderState:
    """Where reading a folder stopped: the next check starts at `uidnext`."""

    role: MailRole
    name: str
    uidvalidity: int
    uidnext: int


@dataclass(frozen=True)
class Header:
    """What a match needs of a message, and nothing more."""

    role: MailRole  # the folder it was in: the Inbox (someone wrote) or Sent (the user did)
    uid: int
    message_id: str
    day: dt.date
    sender: str  # lower case
    recipients: tuple[str, ...]  # To and Cc, lower case
    subject: str
    thread: tuple[str, ...]  # the Message-IDs it answers (In-Reply-To, References)


@dataclass(frozen=True)
class Fetched:
    states: tuple[FolderState, ...]
    headers: tuple[Header, ...]
    idle: bool  # the server can tell of new mail as it comes


def message_ids(text: str) -> tuple[str, ...]:
    """The <…> ids of an In-Reply-To or References header, in order."""
    found, rest = [], text or ""
    while "<" in rest:
        start = rest.index("<")
        end = rest.find(">", start)
        if end < 0:
            break
        found.append(rest[start:end + 1].strip())
        rest = rest[end + 1:]
    return tuple(found)


def _header(role: MailRole, message, today: dt.date, folder: FolderState) -> Header:
    headers = message.headers
    message_id = (headers.get("message-id") or ("",))[0].strip()
    uid = int(message.uid)
    if not message_id:  # none given: one of ours, stable for this folder's UIDs
        message_id = f"<uid-{uid}.{folder.uidvalidity}@{folder.role}.jobfollowup.invalid>"
    sent = message.date
    day = sent.astimezone().date() if message.date_str and sent.year > 1900 else today
    thread = message_ids(" ".join((*headers.get("in-reply-to", ()),
                                   *headers.get("references", ()))))
    recipients = tuple(a.lower() for a in (*message.to, *message.cc) if a)
    return Header(role, uid, message_id[:250], day, (message.from_ or "").lower(),
                  recipients, " ".join(message.subject.split())[:250], thread)


def _read_folder(box, role: MailRole, name: str, known: FolderState | None,
                 today: dt.date) -> tuple[FolderState, list[Header]]:
    status = box.folder.status(name, ["UIDVALIDITY", "UIDNEXT"])
    state = FolderState(role, name, status["UIDVALIDITY"], status["UIDNEXT"])
    same = known is not None and (known.name, known.uidvalidity) == (name, state.uidvalidity)
    if same and known.uidnext >= state.uidnext:
        return state, []  # nothing new: the folder is not even opened
    box.folder.set(name, readonly=True)  # EXAMINE: nothing in it can change
    if same:
        uids = [u for u in box.uids(f"UID {known.uidnext}:*") if int(u) >= known.uidnext]
    else:
        since = (today - LOOK_BACK).strftime("%d-%b-%Y")
        uids = box.uids(f"SINCE {since}")
    uids = sorted(uids, key=int)[-MOST_AT_ONCE:]
    headers = [_header(role, message, today, state) for message in box.fetch(
        uid_list=uids, mark_seen=False, headers_only=True, bulk=BATCH)] if uids else []
    uidnext = max([state.uidnext] + [header.uid + 1 for header in headers])
    return FolderState(role, name, state.uidvalidity, uidnext), headers


def fetch_new(account: MailAccount, password: str | None,
              known: dict[MailRole, FolderState], today: dt.date) -> Fetched:
    """What is new in the Inbox and the Sent folder since `known`, and where each folder
    stands now. Raises MailError, naming the cause, when the mailbox cannot be read."""
    box = open_mailbox(account, password)
    try:
        folders = find_folders(box.folder.list())
        states, headers = [], []
        for role, name in ((MailRole.INBOX, folders.inbox), (MailRole.SENT, folders.sent)):
            if name is None:
                continue
            state, found = _read_folder(box, role, name, known.get(role), today)
            states.append(state)
            headers += found
        idle = "IDLE" in capabilities(box)
    except Exception as error:
        raise explain(error, account) from error
    finally:
        close_quietly(box)
    return Fetched(tuple(states), tuple(headers), idle)


def wait_for_new_mail(account: MailAccount, password: str | None,
                      stop: threading.Event) -> bool:
    """Hold the Inbox open, read-only, in IMAP IDLE until the server says a message came
    (True) or `stop` is set (False): new mail is seen as it arrives instead of at the next
    round. Raises MailError when the connection fails; the caller's timer goes on."""
    box = open_mailbox(account, password)
    try:
        box.folder.set(find_folders(box.folder.list()).inbox, readonly=True)
        while not stop.is_set():
            started = time.monotonic()
            box.idle.start()
            try:
                while not stop.is_set() and time.monotonic() - started < IDLE_RENEW:
                    asked = time.monotonic()
                    lines = box.idle.poll(timeout=IDLE_ROUND)
                    if any(b"EXISTS" in line for line in lines):
                        return True
                    if not lines and time.monotonic() - asked < IDLE_ROUND / 2:
                        # readable, yet nothing to read: the server closed the connection
                        raise ConnectionResetError(_("the server closed the connection"))
            finally:
                box.idle.stop()
        return False
    except Exception as error:
        raise explain(error, account) from error
    finally:
        close_quietly(box)
