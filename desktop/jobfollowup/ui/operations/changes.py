"""The kinds of record a change touched, as `Operations.changed` announces them.

A view watches the kinds it shows (`Today` watches `Change.FOLLOW_UPS`) and refreshes
when an announcement intersects them; an undo or redo announces the kinds of the tables
its rows belong to (`for_tables`), so the views it touched refresh as after the change.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Change(enum.Flag):
    NONE = 0
    FOLLOW_UPS = enum.auto()
    CONTACTS = enum.auto()
    APPLICATIONS = enum.auto()  # with their interviews, references and status history
    SETTINGS = enum.auto()
    TEMPLATES = enum.auto()
    MAIL = enum.auto()  # what the mailbox suggested, and where it was read up to
    CALENDAR_SYNC = enum.auto()  # the sync's account, status and questions
    RECORDS = FOLLOW_UPS | CONTACTS | APPLICATIONS
    EVERYTHING = RECORDS | SETTINGS | TEMPLATES | MAIL | CALENDAR_SYNC


_TABLES = {
    "follow_up": Change.FOLLOW_UPS, "contact": Change.CONTACTS, "interaction": Change.CONTACTS,
    "application": Change.APPLICATIONS, "interview": Change.APPLICATIONS,
    "status_change": Change.APPLICATIONS, "interview_participant": Change.APPLICATIONS,
    "reference": Change.APPLICATIONS, "note_template": Change.TEMPLATES,
    "setting": Change.SETTINGS, "mail_folder": Change.MAIL, "mail_message": Change.MAIL,
    "calendar_notice": Change.CALENDAR_SYNC,
}


def for_tables(tables: Iterable[str]) -> Change:
    """What a step that wrote rows of `tables` changed."""
    change = Change.NONE
    for table in tables:
        change |= _TABLES[table]
    return change
