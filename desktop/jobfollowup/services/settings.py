"""User settings, each declared once with its type and default, stored in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jobfollowup.i18n import LANGUAGES, _, normalise_language, system_language
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fast_reads import sql_once
from jobfollowup.storage.models import Setting, database_proxy


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


OPTIONS = {
    option.key: option
    for option in (
        Option("language", str, ""),  # "" follows the system language
        Option("home_country", str, ""),  # the user's own country, for postal transit
        Option("transit_days_domestic", int, 2),
        Option("transit_days_abroad", int, 5),
        Option("sender_name", str, ""),
        Option("signature", str, ""),  # closes every note; the sender's name when empty
        Option("print_layout", str, "a6"),  # the card format notes were last printed on
        Option("print_folded", bool, False),
        Option("print_envelope", str, "none"),  # none, label, dl, c6
        Option("backups_keep_daily", int, 7),  # automatic backups: one a day for this many
        Option("backups_keep_weekly", int, 4),  # then one a week for this many weeks
        Option("database_uid", str, ""),  # random, names this database in exported UIDs
        Option("reminders_announced", dict, {}),  # {"day": ISO date, "ids": [...]}: told today
        Option("start_at_login", bool, False),
        Option("start_minimised", bool, False),  # to the tray, where the desktop has one
        Option("calendar_feed_folder", str, ""),  # "" keeps no feed
        Option("sample_offer_declined", bool, False),  # "Start with my own" on first run
    )
}


def get(key: str) -> Any:
    """The stored value of `key`, else its default. Read through one prepared statement:
    the calendar asks for the home country at every month switch."""
    option = OPTIONS[key]
    sql = sql_once("setting", lambda: Setting.select(Setting.value)
                   .where(Setting.key == "").sql()[0])
    stored = database_proxy.execute_sql(sql, (key,)).fetchone()
    value = None if stored is None else Setting.value.python_value(stored[0])
    if value is None or not isinstance(value, option.type):
        return option.default
    return value


def put(key: str, value: Any) -> None:
    option = OPTIONS[key]
    if not isinstance(value, option.type):
        raise TypeError(f"setting {key} takes {option.type.__name__}")
    Setting.replace(key=key, value=value).execute()


def interface_language() -> str:
    """The language the interface speaks: the stored choice, else the system's."""
    return normalise_language(get("language")) or system_language()


MAX_BACKUPS_KEPT = 365


def _check_backups_kept(daily: int, weekly: int) -> None:
    for value, field in ((daily, "backups_keep_daily"), (weekly, "backups_keep_weekly")):
        if not 1 <= value <= MAX_BACKUPS_KEPT:
            raise ValidationError(_("Keep between 1 and {most} backups.").format(
                most=MAX_BACKUPS_KEPT), field)


def save_backup_rotation(daily: int, weekly: int) -> None:
    """How many automatic backups to keep: one a day for `daily` days, then one a week for
    `weekly` weeks."""
    _check_backups_kept(daily, weekly)
    with database_proxy.atomic():
        put("backups_keep_daily", daily)
        put("backups_keep_weekly", weekly)


def save_preferences(language: str, sender_name: str, signature: str,
                     backups_kept: tuple[int, int] | None = None) -> None:
    """Store the Preferences dialog's choices in one transaction ("" language: the system's)."""
    if backups_kept is not None:
        _check_backups_kept(*backups_kept)
    if language and language not in LANGUAGES:
        raise ValidationError(_("“{value}” is not a language the app speaks.").format(
            value=language), "language")
    if len(sender_name) > 200 or len(signature) > 2000:
        raise ValidationError(_("Your name or signature is too long."), "sender_name")
    with database_proxy.atomic():
        put("language", language)
        put("sender_name", sender_name.strip())
        put("signature", signature.strip())
        if backups_kept is not None:
            put("backups_keep_daily", backups_kept[0])
            put("backups_keep_weekly", backups_kept[1])
