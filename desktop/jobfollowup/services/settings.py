"""User settings, each declared once with its type and default, stored in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jobfollowup.storage.models import Setting


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
    )
}


def get(key: str) -> Any:
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    if row is None or not isinstance(row.value, option.type):
        return option.default
    return row.value


def put(key: str, value: Any) -> None:
    option = OPTIONS[key]
    if not isinstance(value, option.type):
        raise TypeError(f"setting {key} takes {option.type.__name__}")
    Setting.replace(key=key, value=value).execute()
