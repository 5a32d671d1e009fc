"""The first run's offer of a sample search: whether it stands, and saying no to it.

Apart from the sample itself (`services.demo`), which the window loads only when the user
takes the offer."""

from __future__ import annotations

from jobfollowup.services import settings
from jobfollowup.storage.models import Application, Contact


def holds_a_search() -> bool:
    """Whether the open database holds anything of a job search (the sample is offered
    only while it does not)."""
    return Contact.select().exists() or Application.select().exists()


def sample_offer_open() -> bool:
    """The first-run offer of the sample stands while the database is empty and the user
    has not chosen to start with their own search."""
    return not settings.get("sample_offer_declined") and not holds_a_search()


def decline_sample_offer() -> None:
    """The user starts with their own search: the offer is not shown again."""
    settings.put("sample_offer_declined", True)
