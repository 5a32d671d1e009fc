"""How stored codes (a contact's role, an application's status and level) read on screen."""

from __future__ import annotations

from jobfollowup.i18n import N_, _
from jobfollowup.rules.kinds import Channel

_LABELS = {
    # roles of a contact
    "interviewer": N_("interviewer"),
    "hiring-manager": N_("hiring manager"),
    "recruiter": N_("recruiter"),
    "reference": N_("reference"),
    "network": N_("network"),
    # statuses of an application
    "applied": N_("applied"),
    "interviewing": N_("interviewing"),
    "offer": N_("offer"),
    "accepted": N_("accepted"),
    "declined": N_("declined"),
    "rejected": N_("rejected"),
    "withdrawn": N_("withdrawn"),
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
    try:
        return Channel(code).label
    except ValueError:
        return code
