"""The calendar sync's changes: its account (a preference, not undone), the moves made on
another device (each a step of Undo, so Ctrl+Z takes one back and the calendar follows),
and the answers to its questions (each a step too)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.services.calendar_sync import account, incoming
from jobfollowup.services.calendar_sync.incoming import Applied, Notice
from jobfollowup.services.planning.follow_ups import get_follow_up
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import ErrorHandler, Operations
from jobfollowup.ui.operations.follow_ups import day_name
from jobfollowup.ui.widgets.follow_up_text import summary

CHANGED = Change.FOLLOW_UPS | Change.CALENDAR_SYNC


def save_account(ops: Operations, parent: QWidget | None, server_url: str, user_name: str,
                 password: str | None, calendar_url: str, calendar_name: str,
                 alarm_minutes: int, sent_events: str,
                 on_error: ErrorHandler | None = None) -> bool:
    ok, _saved = ops.run(parent, account.save_account, server_url, user_name, password,
                         calendar_url, calendar_name, alarm_minutes, sent_events,
                         changes=Change.CALENDAR_SYNC, on_error=on_error)
    return ok


def remove_account(ops: Operations, parent: QWidget | None) -> bool:
    ok, _removed = ops.run(parent, account.remove_account, changes=Change.CALENDAR_SYNC)
    return ok


def apply_moves(ops: Operations, today: dt.date) -> list[Applied]:
    """Each follow-up moved on another device, moved here as one step of Undo."""
    ok, waiting = ops.read(None, incoming.waiting_moves)
    applied = []
    for follow_up_id in waiting if ok else []:
        found, row = ops.read(None, get_follow_up, follow_up_id)
        move = incoming.waiting_move(follow_up_id)
        if not found or move is None:
            continue
        text = _("Moved on another device: “{follow_up}” to {date}").format(
            follow_up=summary(row), date=day_name(move[1], today))
        done, result = ops.run_undoable(
            None, text, lambda i=follow_up_id: incoming.apply_move(i, today), CHANGED)
        if done and result is not None:
            applied.append(result)
    return applied


def move_to_nearest(ops: Operations, parent: QWidget | None, notice: Notice,
                    today: dt.date) -> bool:
    """"Move to the nearest allowed day" of a day chosen elsewhere that breaks a rule."""
    day = notice.verdict.nearest_allowed if notice.verdict else None
    text = _("Move “{follow_up}” to {date}").format(
        follow_up=summary(notice.row), date=day_name(day or notice.row.date, today))
    ok, _day = ops.run_undoable(parent, text,
                                lambda: incoming.move_to_nearest(notice.id, today), CHANGED)
    return ok


def keep(ops: Operations, parent: QWidget | None, notice: Notice, today: dt.date) -> bool:
    """"Keep": the day chosen elsewhere, the event deleted elsewhere put back, or this
    computer's day in a conflict."""
    if notice.kind == "deleted":
        text = _("Put “{follow_up}” back in the calendar").format(follow_up=summary(notice.row))
    else:
        text = _("Keep “{follow_up}” on {date}").format(
            follow_up=summary(notice.row), date=day_name(notice.row.date, today))
    ok, _result = ops.run_undoable(parent, text, lambda: incoming.keep(notice.id), CHANGED)
    return ok


def skip_deleted(ops: Operations, parent: QWidget | None, notice: Notice) -> bool:
    ok, _result = ops.run_undoable(
        parent, _("Skip “{follow_up}”").format(follow_up=summary(notice.row)),
        lambda: incoming.skip_deleted(notice.id), CHANGED)
    return ok


def take_elsewhere(ops: Operations, parent: QWidget | None, notice: Notice,
                   today: dt.date) -> bool:
    """A conflict settled for the other device's day."""
    text = _("Move “{follow_up}” to {date}").format(
        follow_up=summary(notice.row), date=day_name(notice.day_elsewhere, today))
    ok, _verdict = ops.run_undoable(
        parent, text, lambda: incoming.take_elsewhere(notice.id, today), CHANGED)
    return ok
