"""Whether the mailbox left anything for the user to look at: the one question Today asks
of the mail at every refresh, answered without loading the IMAP client and the matching
(`suggestions.py`), which the day does not need to be drawn."""

from __future__ import annotations

from jobfollowup.rules.kinds import MailStatus
from jobfollowup.storage.models import database_proxy


def any_suggested() -> bool:
    """True when at least one message waits as a suggestion (it may still turn out to be
    moot: `suggestions.pending` says which are shown). In SQL as written: Today asks at
    every refresh, and Peewee's writing of the query cost more than SQLite's answer."""
    return database_proxy.execute_sql(
        'SELECT 1 FROM "mail_message" WHERE "status" = ? LIMIT 1',
        (MailStatus.SUGGESTED.value,)).fetchone() is not None
