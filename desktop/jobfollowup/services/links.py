"""Links back from a calendar event to its follow-up in the app.

Each event (the CalDAV sync's and the .ics feed's) carries
`jobfollowup://follow-up/followup-12.3f9c0a1b2c3d4e5f`: the event's own UID up to its "@"
(the follow-up's id and this data file's random id), so the link stays the event's as long
as the event does, and a link from another data file is told apart from one of this file.
The desktop hands a clicked link to the app (`jobfollowup URL`), which opens that
follow-up, or says in the user's language why it cannot: not such a link, another data
file's, a follow-up deleted or skipped since.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from jobfollowup import APP_ID, LINK_SCHEME
from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError

_KIND = "follow-up"
_UID = re.compile(r"followup-([1-9][0-9]{0,17})\.([0-9a-f]{8,64})")
_SHOWN = 80  # of a bad link, what the message quotes


@dataclass(frozen=True)
class FollowUpLink:
    follow_up_id: int
    database: str  # the data file's random id (`database_uid`)


def own_uid(local: str) -> FollowUpLink | None:
    """The follow-up and data file an event's UID names, by its part before the "@"
    (also an event's file name on a CalDAV server, without ".ics"); None for any other."""
    found = _UID.fullmatch(local)
    return FollowUpLink(int(found.group(1)), found.group(2)) if found else None


def follow_up_link(uid: str) -> str:
    """The link of the event `uid` (`calendar_export.follow_up_uid`)."""
    return f"{LINK_SCHEME}://{_KIND}/{uid.partition('@')[0]}"


def _quoted(text: str) -> str:
    """`text` as a message may show it: one line, no control characters, not too long."""
    clean = "".join(" " if unicodedata.category(c)[0] in "CZ" and c != " " else c
                    for c in text.strip())
    return clean if len(clean) <= _SHOWN else clean[:_SHOWN - 1] + "…"


def parse_link(text: str) -> FollowUpLink:
    """The follow-up a link names; ValidationError, in the user's words, if it names none.
    Read by hand, not by urllib (a network library, which the app keeps to the sync): a
    link is a scheme, a host, one name, and a query or fragment a calendar may add."""
    found = None
    scheme, sep, rest = text.strip().partition("://")
    host, _slash, path = re.split(r"[?#]", rest, maxsplit=1)[0].partition("/")
    if sep and scheme.lower() == LINK_SCHEME and host.lower() == _KIND:
        local, at, domain = path.strip("/").replace("%40", "@").partition("@")
        if not at or domain.lower() == APP_ID.lower():
            found = own_uid(local)
    if found is None:
        raise ValidationError(_("“{link}” is not a link to a follow-up of Job Follow-up."
                                ).format(link=_quoted(text)), "link")
    return found


def follow_up_of(text: str):
    """The follow-up (a `FollowUpRow`) a link names, in the data open now. ValidationError
    says why there is none to show: not a link, another data file's, deleted, skipped."""
    from jobfollowup.rules.kinds import State
    from jobfollowup.services import settings
    from jobfollowup.services.planning.follow_ups import follow_up_rows

    link = parse_link(text)
    if link.database != settings.get("database_uid"):
        raise ValidationError(_("This link points to a follow-up in another Job Follow-up "
                                "data file, not the one open now."), "link")
    rows = follow_up_rows([link.follow_up_id])
    if not rows:
        raise ValidationError(_("The follow-up this link opens was deleted."), "link")
    row = rows[0]
    if row.state == State.SKIPPED:
        raise ValidationError(_("“{follow_up}” was skipped: it is no longer in your "
                                "calendar.").format(follow_up=row.kind.task(row.contact_name)),
                              "link")
    return row
