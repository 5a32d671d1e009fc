"""User settings, each declared once with its type and default.

Most belong to the data (stored in its database); those in `PROFILE` belong to the person
(storage/profile.py): the same in every data folder. A data file from before the profile
still answers for them until the person sets them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jobfollowup.i18n import LANGUAGES, _, normalise_language, system_language
from jobfollowup.services.data import COLOUR_SCHEMES
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.fast_reads import sql_once
from jobfollowup.storage.models import Setting, database_proxy
from jobfollowup.storage.profile import read_profile, write_profile


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


OPTIONS = {
    option.key: option
    for option in (
        Option("language", str, ""),  # "" follows the system language
        Option("home_country", str, ""),  # the user's own country: post and holidays
        Option("home_subdivision", str, ""),  # their region, for the calendar's holidays
        Option("note_language", str, ""),  # new contacts' note language ("": the interface's)
        Option("set_up", bool, False),  # the first-run set-up was shown
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
        # The user's mailbox (services/mail): server, port, security, user name; never
        # the password, which only the system's keyring holds.
        Option("mail_account", dict, {}),
        Option("mail_auto_accept", bool, False),  # replies and sent notes logged unasked
        Option("colour_scheme", str, "system"),  # system, light or dark
    )
}


PROFILE = frozenset({"sender_name", "signature", "home_country", "home_subdivision",
                     "note_language", "set_up", "colour_scheme"})


def get(key: str) -> Any:
    """The stored value of `key`, else its default. Read through one prepared statement:
    the calendar asks for the home country at every month switch."""
    option = OPTIONS[key]
    if key in PROFILE:
        value = read_profile().get(key)
        if isinstance(value, option.type):
            return value
    sql = sql_once("setting", lambda: Setting.select(Setting.value)
                   .where(Setting.key == "").sql()[0])
    stored = database_proxy.execute_sql(sql, (key,)).fetchone()
    value = None if stored is None else Setting.value.python_value(stored[0])
    if value is None or not isinstance(value, option.type):
        return option.default
    return value


def put(key: str, value: Any) -> None:
    """Store `value`: in the person's profile for the keys of `PROFILE`, else in the data."""
    option = OPTIONS[key]
    if not isinstance(value, option.type):
        raise TypeError(f"setting {key} takes {option.type.__name__}")
    if key in PROFILE:
        write_profile({key: value})
    else:
        put_in_data(key, value)


def put_in_data(key: str, value: Any) -> None:
    """Store `value` in the open data file even for a profile key: the sample search signs
    as its made-up sender, in its own data, without touching the person's profile."""
    Setting.replace(key=key, value=value).execute()


def save_colour_scheme(scheme: str) -> None:
    if scheme not in COLOUR_SCHEMES:
        raise ValidationError(_("“{value}” is not a colour scheme the app knows.").format(
            value=scheme), "colour_scheme")
    write_profile({"colour_scheme": scheme})


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


def save_profile(sender_name: str | None, home_country: str = "", home_subdivision: str = "",
                 note_language: str = "") -> None:
    """The first-run set-up's answers (and Preferences'): who signs the notes, where they
    live (their post, their holidays), the language their notes are usually in. Kept for
    the person, in every data folder; the set-up is not offered again. `sender_name` None
    keeps the name stored (Preferences saves it with the signature)."""
    from jobfollowup.rules import RuleInputError, validate_place  # the holidays, when needed

    name = None if sender_name is None else sender_name.strip()
    if name is not None and len(name) > 200:
        raise ValidationError(_("Your name is too long."), "sender_name")
    if note_language and note_language not in LANGUAGES:
        raise ValidationError(_("“{value}” is not a language the app speaks.").format(
            value=note_language), "note_language")
    if home_country:
        try:
            home_country, subdivision = validate_place(home_country, home_subdivision or None)
        except RuleInputError as error:
            raise ValidationError(str(error), "home_country") from None
        home_subdivision = subdivision or ""
    named = {} if name is None else {"sender_name": name}
    write_profile({**named, "home_country": home_country, "home_subdivision": home_subdivision,
                   "note_language": note_language, "set_up": True})


def skip_set_up() -> None:
    """"Later": the set-up is not offered again; Preferences holds the same fields."""
    write_profile({"set_up": True})

