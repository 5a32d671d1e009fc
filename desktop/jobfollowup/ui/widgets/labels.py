"""How stored codes (a contact's role, an application's status and level, a channel) read
on screen."""

from __future__ import annotations

from jobfollowup.rules.kinds import Channel, Level, Role, Status


def label(code: str | None) -> str:
    """The code in the interface language; unknown codes as they are."""
    if not code:
        return ""
    for vocabulary in (Status, Role, Level, Channel):
        try:
            return vocabulary(code).label
        except ValueError:
            pass
    return code
