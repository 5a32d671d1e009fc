"""What the user does to a contact and their history: add, edit, delete, log an exchange
or a reply, choose the channel they answer on (R8)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.rules import Channel
from jobfollowup.rules.kinds import Direction
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records import contacts, core, interactions, replies
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import ErrorHandler, Operations

# A contact's name, country or channel re-plans their follow-ups (R7, R8).
EDITED = Change.CONTACTS | Change.FOLLOW_UPS


def add(ops: Operations, parent: QWidget | None, name: str, fields: dict,
        on_error: ErrorHandler | None = None) -> tuple[bool, int | None]:
    return ops.run_creation(parent, name, lambda: core.add_contact(name, **fields),
                            Change.CONTACTS, on_error)


def edit(ops: Operations, parent: QWidget | None, contact_id: int, values: dict,
         today: dt.date, on_error: ErrorHandler | None = None
         ) -> tuple[bool, PlanChanges | None]:
    """A new postal address plans the handwritten thank-yous still in time (R2)."""
    return ops.run_undoable(
        parent, _("Edit {name}").format(name=values["name"].strip()),
        lambda: contacts.update_contact(contact_id, today=today, **values), EDITED, on_error)


def add_postal_address(ops: Operations, parent: QWidget | None, contact_id: int, name: str,
                       address: str, today: dt.date, on_error: ErrorHandler | None = None
                       ) -> tuple[bool, PlanChanges | None]:
    """The address a handwritten thank-you was waiting for: the note is planned (R2)."""
    return ops.run_undoable(
        parent, _("Add the postal address of {name}").format(name=name),
        lambda: contacts.add_postal_address(contact_id, address, today),
        EDITED, on_error)


def delete(ops: Operations, parent: QWidget | None, contact_id: int, name: str) -> bool:
    ok, _result = ops.run_undoable(parent, _("Delete {name}").format(name=name),
                                   lambda: contacts.delete_contact(contact_id), EDITED)
    return ok


def use_channel(ops: Operations, parent: QWidget | None, contact_id: int, name: str,
                channel: Channel) -> tuple[bool, PlanChanges | None]:
    """Make `channel` the one their next follow-ups go by (R8)."""
    return ops.run_undoable(
        parent, _("Use {channel} with {name}").format(channel=channel.label, name=name),
        lambda: interactions.make_preferred(contact_id, channel.value), EDITED)


def log_exchange(ops: Operations, parent: QWidget | None, contact_id: int, name: str,
                 day: dt.date, channel: str, said: str, application_id: int | None,
                 on_error: ErrorHandler | None = None):
    """Something the user told them, outside the planned follow-ups."""
    return ops.run_undoable(
        parent, _("Log an exchange with {name}").format(name=name),
        lambda: interactions.log_interaction(contact_id, day, channel, Direction.OUT, said,
                                             application_id),
        Change.CONTACTS, on_error)


def log_reply(ops: Operations, parent: QWidget | None, contact_id: int, name: str,
              day: dt.date, channel: str, said: str, application_id: int | None,
              outcome: str, on_error: ErrorHandler | None = None,
              decide_by: dt.date | None = None):
    """They wrote: stored, and what it answers is re-planned (R5, R6): the check-ins stop,
    or, with the day they will decide by, wait until after it."""
    return ops.run_undoable(
        parent, _("Log the reply of {name}").format(name=name),
        lambda: replies.reply_received(contact_id, day, channel, said, application_id,
                                       outcome, decide_by),
        Change.RECORDS, on_error)


def delete_exchange(ops: Operations, parent: QWidget | None, interaction_id: int) -> bool:
    ok, _result = ops.run_undoable(
        parent, _("Delete an exchange"),
        lambda: interactions.delete_interaction(interaction_id), Change.CONTACTS)
    return ok
