"""How stored codes (a contact's role, an application's status and level, a channel) read
on screen."""

from __future__ import annotations

from jobfollowup.i18n import N_, _
from jobfollowup.rules.kinds import Channel, Status

_LABELS = {
    # roles of a contact
    "interviewer": N_("interviewer"),
    "hiring-manager": N_("hiring manager"),
    "recruiter": N_("recruiter"),
    "reference": N_("reference"),
    "network": N_("network"),
    # levels of a position
    "junior": N_("junior"),
    "mid": N_("mid-level"),
    "senior": N_("senior"),
    "executive": N_("executive"),
}


def label(code: str | None) -> str:
    """The code in the interface language; unknown codes as they are."""
    if not code:
        return ""
    if code in _LABELS:
        return _(_LABELS[code])
    for vocabulary in (Status, Channel):  # an application's status, a channel
        try:
            return vocabulary(code).label
        except ValueError:
            pass
    return code
