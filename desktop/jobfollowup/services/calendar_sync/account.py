"""The CalDAV account: where the calendar is, who the user is there, and their choices.

The password (or app password) goes to the system's keyring through `keyring` — Secret
Service, the macOS Keychain, Windows' Credential Manager, or whatever `keyring`'s own
configuration (`PYTHON_KEYRING_BACKEND`, its config file) names — and never into the data
file, a backup, an export or the log. Where no keyring is available, nothing is stored
and the user is told so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from peewee import Value, fn

from jobfollowup import APP_ID
from jobfollowup.i18n import _
from jobfollowup.rules.kinds import State
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.calendar_sync import (
    SYNC_MODELS,
    CalendarAccount,
    CalendarEvent,
    CalendarQueue,
)
from jobfollowup.storage.models import FollowUp, database_proxy

KEYRING_SERVICE = f"{APP_ID}.calendar-sync"


def default_calendar() -> str:
    """The name of the calendar made for the user, in their language (the .ics file's)."""
    return _("Job follow-ups")


MARK_SENT, REMOVE_SENT = "mark", "remove"  # a sent follow-up's event: marked, or removed
SENT_CHOICES = (MARK_SENT, REMOVE_SENT)


@dataclass(frozen=True)
class Account:
    server_url: str
    user_name: str
    calendar_url: str
    calendar_name: str
    alarm_minutes: int
    sent_events: str

    @property
    def alarm(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.alarm_minutes)


def account() -> Account | None:
    """The account set up, or None."""
    row = CalendarAccount.get_or_none(CalendarAccount.id == 1)
    if row is None:
        return None
    return Account(row.server_url, row.user_name, row.calendar_url, row.calendar_name,
                   row.alarm_minutes, row.sent_events)


def _is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_url(text: str) -> str:
    """The server's address as typed, checked: https (a password is never sent in the
    clear), or http to a server on this computer."""
    url = text.strip()
    if not url:
        raise ValidationError(_("Type the address of your calendar server."), "server_url")
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    try:
        host, _port = parts.hostname, parts.port
    except ValueError:
        host = None
    if parts.scheme not in ("http", "https") or not host:
        raise ValidationError(_("“{url}” is not a web address; it looks like "
                                "https://cloud.example.org.").format(url=text.strip()),
                              "server_url")
    if parts.scheme == "http" and not _is_local(host):
        raise ValidationError(_("The address must start with https://: your password is "
                                "never sent unencrypted (http:// only reaches a server on "
                                "this computer)."), "server_url")
    return url


def _keyring_key(server_url: str, user_name: str) -> str:
    return f"{user_name}@{server_url}"


def _keyring():
    """`keyring`, which reads its configuration (and finds the system's store) when first
    imported: only once a password is wanted."""
    import keyring
    import keyring.errors

    return keyring, keyring.errors


def _no_keyring(error: Exception) -> ValidationError:
    return ValidationError(_("Your password cannot be kept safely: no keyring is available "
                             "on this computer ({problem}). Nothing was stored.").format(
        problem=error.__class__.__name__), "password")


def store_password(server_url: str, user_name: str, password: str) -> None:
    keyring, errors = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_key(server_url, user_name), password)
    except errors.KeyringLocked as error:
        raise ValidationError(_("Your keyring is locked: unlock it, then try again. Nothing "
                                "was stored."), "password") from error
    except (errors.KeyringError, RuntimeError) as error:  # none, or none that works here
        raise _no_keyring(error) from error


def password(server_url: str, user_name: str) -> str | None:
    """The password kept for this account, or None (none kept, or no keyring)."""
    keyring, errors = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_key(server_url, user_name))
    except (errors.KeyringError, RuntimeError):
        return None


def forget_password(server_url: str, user_name: str) -> None:
    keyring, errors = _keyring()
    with contextlib.suppress(errors.KeyringError, RuntimeError):  # none was kept
        keyring.delete_password(KEYRING_SERVICE, _keyring_key(server_url, user_name))


def checked_user(user_name: str) -> str:
    name = user_name.strip()
    if not name:
        raise ValidationError(_("Type your user name on the calendar server."), "user_name")
    return name


def save_account(server_url: str, user_name: str, new_password: str | None,
                 calendar_url: str = "", calendar_name: str = "",
                 alarm_minutes: int = 9 * 60, sent_events: str = MARK_SENT) -> Account:
    """Set the account up (or change it). `new_password` None keeps the one in the keyring;
    one is needed the first time. Another server, user or calendar starts the sync anew:
    every planned follow-up is sent to the calendar now chosen."""
    url, user = checked_url(server_url), checked_user(user_name)
    if not 0 <= alarm_minutes < 24 * 60:
        raise ValidationError(_("The reminder must be at a time of the day."), "alarm")
    if sent_events not in SENT_CHOICES:
        raise ValidationError(_("“{value}” is not a choice for sent follow-ups.").format(
            value=sent_events), "sent_events")
    before = account()
    if new_password:
        store_password(url, user, new_password)
    elif (before is None or (before.server_url, before.user_name) != (url, user)) \
            and password(url, user) is None:
        raise ValidationError(_("Type your password (or an app password your provider "
                                    "made for this app)."), "password")
    name = calendar_name.strip() or default_calendar()
    elsewhere = before is None or (before.server_url, before.user_name, before.calendar_url,
                                   before.calendar_name) != (url, user, calendar_url.strip(),
                                                             name)
    with database_proxy.atomic():
        if elsewhere:
            _clear_sync_state()
        CalendarAccount.replace(
            id=1, server_url=url, user_name=user, calendar_url=calendar_url.strip(),
            calendar_name=name,
            alarm_minutes=alarm_minutes, sent_events=sent_events).execute()
        if elsewhere:
            queue_everything()
        elif before is not None and (before.alarm_minutes, before.sent_events) != (
                alarm_minutes, sent_events):
            queue_everything()  # every event's reminder, or each sent one, changes
    if before is not None and (before.server_url, before.user_name) != (url, user):
        forget_password(before.server_url, before.user_name)
    return account()


def queue_everything() -> None:
    """Every follow-up that has or should have an event is looked at by the next sync."""
    version = (CalendarQueue.select(fn.coalesce(fn.max(CalendarQueue.version), 0)).scalar()
               + 1)
    planned = FollowUp.select(FollowUp.id, Value(version)).where(
        FollowUp.state == State.PLANNED)
    linked = CalendarEvent.select(CalendarEvent.follow_up_id, Value(version))
    for query in (planned, linked):
        CalendarQueue.insert_from(query, [CalendarQueue.follow_up_id, CalendarQueue.version]
                                  ).on_conflict_replace().execute()


def _clear_sync_state() -> None:
    for model in SYNC_MODELS:
        model.delete().execute()


_SETUP_FIELDS = ("server_url", "user_name", "calendar_url", "calendar_name", "alarm_minutes",
                 "sent_events")


def _setup() -> dict | None:
    """The account as set up in the data open now (none: None), without the sync's state."""
    row = CalendarAccount.get_or_none(CalendarAccount.id == 1)
    return None if row is None else {name: getattr(row, name) for name in _SETUP_FIELDS}


@dataclass(frozen=True)
class BeforeRestore:
    """What a restore keeps of this computer's sync: the account as set up now (a backup
    holds the one of its day, or none) and the data file's random id, which the events'
    UIDs carry."""

    setup: dict | None
    database_uid: str


def before_restore() -> BeforeRestore:
    from jobfollowup.services import settings

    return BeforeRestore(_setup(), settings.get("database_uid"))


def after_restore(before: BeforeRestore | None) -> None:
    """The data just restored is what the calendar must show. The backup's record of the
    sync (the events, ETags and sync-token of its day, its questions) no longer matches
    the server, so it is dropped; the account set up before the restore stays (or the
    backup's own, when the damaged file's could not be read), and every follow-up waits
    to be sent. The next sync reads the whole calendar: each event of this data file's
    is taken back and written over with the restored day, the events of follow-ups the
    backup does not have are removed, and the missing ones are made — none twice, and
    none taken for a deletion made elsewhere."""
    from jobfollowup.services import settings

    with database_proxy.atomic():
        if before is not None and before.database_uid and not settings.get("database_uid"):
            settings.put("database_uid", before.database_uid)  # a backup older than the sync
        setup = before.setup if before is not None and before.setup is not None \
            else _setup()
        _clear_sync_state()
        if setup is not None:
            CalendarAccount.insert(id=1, **setup).execute()
            queue_everything()


def remove_account() -> bool:
    """Stop syncing: the account, its password and the sync's bookkeeping go; the events
    already on the server stay there. False when there was none."""
    before = account()
    with database_proxy.atomic():
        _clear_sync_state()
    if before is None:
        return False
    forget_password(before.server_url, before.user_name)
    return True


def status() -> dict | None:
    """What the status line says: the last sync, its error, what waits; None: no account."""
    state = CalendarAccount.get_or_none(CalendarAccount.id == 1)
    if state is None:
        return None
    return {"last_sync_at": state.last_sync_at, "last_error": state.last_error,
            "failures": state.failures, "next_try_at": state.next_try_at,
            "waiting": CalendarQueue.select(fn.count(CalendarQueue.follow_up_id)).scalar(),
            "calendar": state.calendar_name}


def due(now: dt.datetime | None = None) -> bool:
    """Whether an automatic sync should run now: an account, and no back-off running."""
    state = CalendarAccount.get_or_none(CalendarAccount.id == 1)
    now = now or dt.datetime.now()
    return state is not None and (state.next_try_at is None or state.next_try_at <= now)
