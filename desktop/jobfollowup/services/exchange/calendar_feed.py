"""A calendar file kept up to date in a folder the user chooses (e.g. one a phone syncs).

The file is rewritten whole after each change to the follow-ups, through a temporary file
and a rename, so a sync client never reads half of it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jobfollowup.i18n import _
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.models import database_proxy

FEED_NAME = "jobfollowup.ics"


def feed_path() -> Path | None:
    """Where the feed is kept, or None when the user keeps none."""
    folder = settings.get("calendar_feed_folder")
    return Path(folder) / FEED_NAME if folder else None


def set_feed_folder(folder: str) -> Path | None:
    """Keep the feed in `folder` ("" stops it); writes it at once, so a wrong folder shows."""
    folder = folder.strip()
    if folder and not Path(folder).is_dir():
        raise ValidationError(_("{path} is not a folder.").format(path=folder),
                              "calendar_feed_folder")
    with database_proxy.atomic():
        settings.put("calendar_feed_folder", folder)
    return update_feed()


def update_feed(now: dt.datetime | None = None) -> Path | None:
    """Write the feed again if the user keeps one; returns its path."""
    path = feed_path()
    if path is None:
        return None
    # Imported here: icalendar takes longer to import than the window takes to open, and
    # most people keep no feed.
    from jobfollowup.services.exchange.calendar_export import export_ics

    export_ics(path, now)
    return path
