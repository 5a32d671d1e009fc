"""The tables of the calendar sync (migration `CALENDAR_SYNC`): the account, the events on
the server, the changes waiting to be sent, moves made elsewhere waiting to be applied,
and what the user is asked about.

They are not among `models.ALL_MODELS`: an export moves the user's search to another
computer, not the bookkeeping of one computer's sync. Only the notices are recorded for
Undo (`UNDOABLE`): settling one ("Keep", "Move to the nearest allowed day") is a step of
Edit → Undo like any move.
"""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField, DateTimeField, IntegerField, TextField

from jobfollowup.storage.models import BaseModel


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class CalendarAccount(BaseModel):
    """The one CalDAV account (id 1). Its password lives in the system's keyring."""

    id = IntegerField(primary_key=True, default=1)
    server_url = TextField()
    user_name = TextField()
    calendar_url = TextField(default="")  # "" until found or made on the first sync
    calendar_name = TextField(default="")
    alarm_minutes = IntegerField(default=9 * 60)  # the reminder on the day, from midnight
    sent_events = CharField(default="mark")  # a sent follow-up's event: "mark" or "remove"
    sync_token = TextField(default="")  # RFC 6578: what the server said last time
    ctag = TextField(default="")  # the collection's tag, where there is no sync-token
    last_sync_at = DateTimeField(null=True)
    last_error = TextField(default="")
    failures = IntegerField(default=0)  # syncs failed in a row (the back-off grows)
    next_try_at = DateTimeField(null=True)

    class Meta:
        table_name = "calendar_account"


class CalendarEvent(BaseModel):
    """The event standing for a follow-up, as the server last had it."""

    follow_up_id = IntegerField(primary_key=True)
    uid = TextField(unique=True)
    href = TextField()
    etag = TextField(default="")
    day = DateField()  # its day on the server, as last written or read
    content = TextField(default="")  # fingerprint of the app's own text of it

    class Meta:
        table_name = "calendar_event"


class CalendarQueue(BaseModel):
    """A follow-up changed here since its event was last written."""

    follow_up_id = IntegerField(primary_key=True)
    version = IntegerField(default=0)  # above every one queued before (see the migration)
    attempts = IntegerField(default=0)
    next_try_at = DateTimeField(null=True)
    last_error = TextField(default="")

    class Meta:
        table_name = "calendar_queue"


class CalendarIncoming(BaseModel):
    """A follow-up moved on another device, to be moved here (the window makes it a step
    of Undo)."""

    follow_up_id = IntegerField(primary_key=True)
    day = DateField()
    previous_day = DateField()

    class Meta:
        table_name = "calendar_incoming"


class CalendarNotice(BaseModel):
    """What the user is asked about: a day chosen elsewhere that breaks a rule, an event
    deleted elsewhere, or a follow-up moved both here and elsewhere."""

    follow_up_id = IntegerField()
    kind = CharField()  # "broken-rule", "deleted", "conflict"
    day_elsewhere = DateField(null=True)
    day_here = DateField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "calendar_notice"


SYNC_MODELS = (CalendarAccount, CalendarEvent, CalendarQueue, CalendarIncoming,
               CalendarNotice)
UNDOABLE = (CalendarNotice,)
