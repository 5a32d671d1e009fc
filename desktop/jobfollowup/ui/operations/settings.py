"""What the user changes of how the app works: preferences, starting at login, the feed
folder, print choices (not undone: Preferences is where they go back), and the note
templates (undoable, like the data)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jobfollowup.i18n import _
from jobfollowup.services import settings
from jobfollowup.services.autostart import save_start_at_login
from jobfollowup.services.exchange import printouts
from jobfollowup.services.exchange.calendar_feed import set_feed_folder
from jobfollowup.services.planning import drafts
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import ErrorHandler, Operations
from jobfollowup.ui.widgets.date_region import follow_home


def save_preferences(ops: Operations, parent: QWidget | None, language: str, sender_name: str,
                     signature: str, keep: tuple[int, int]) -> bool:
    ok, _result = ops.run(parent, settings.save_preferences, language, sender_name, signature,
                          keep, changes=Change.SETTINGS)
    return ok


def save_profile(ops: Operations, parent: QWidget | None, sender_name: str | None,
                 country: str, subdivision: str, note_language: str,
                 on_error: ErrorHandler | None = None) -> bool:
    """Who signs (None: as stored), where they live, their notes' language: for every
    data folder. Dates follow where they live: when that changes how dates read (a move
    to or from the United States, in English), every view words its dates again."""
    ok, _result = ops.run(parent, settings.save_profile, sender_name, country, subdivision,
                          note_language, changes=Change.SETTINGS, on_error=on_error)
    if ok and follow_home(settings.get("home_country")):
        ops.changed.emit(Change.EVERYTHING)
    return ok


def colour_scheme(ops: Operations, parent: QWidget | None, scheme: str) -> bool:
    """Light, dark, or as the system, for the person (every data folder)."""
    ok, _result = ops.run(parent, settings.save_colour_scheme, scheme,
                          changes=Change.SETTINGS)
    return ok


def skip_set_up(ops: Operations, parent: QWidget | None) -> None:
    ops.run(parent, settings.skip_set_up, changes=Change.NONE)


def start_at_login(ops: Operations, parent: QWidget | None, enabled: bool,
                   minimised: bool) -> bool:
    ok, _path = ops.run(parent, save_start_at_login, enabled, minimised,
                        changes=Change.SETTINGS)
    return ok


def feed_folder(ops: Operations, parent: QWidget | None, folder: str) -> bool:
    ok, _path = ops.run(parent, set_feed_folder, folder, changes=Change.SETTINGS)
    return ok


def remember_print_choices(ops: Operations, parent: QWidget | None, layout: str,
                           folded: bool, envelope: str) -> None:
    ops.run(parent, printouts.save_print_choices, layout, folded, envelope,
            changes=Change.NONE)


def save_template(ops: Operations, parent: QWidget | None, template_id: str, language: str,
                  name: str, subject: str, body: str):
    return ops.run_undoable(
        parent, _("Edit the template “{template}”").format(template=name),
        lambda: drafts.save_template(template_id, language, subject, body), Change.TEMPLATES)


def restore_template(ops: Operations, parent: QWidget | None, template_id: str, language: str,
                     name: str):
    return ops.run_undoable(
        parent, _("Restore the built-in “{template}”").format(template=name),
        lambda: drafts.restore_default(template_id, language), Change.TEMPLATES)
