"""Whose holidays and which postal delays apply to a message: the recipient's place."""

from __future__ import annotations

import os

from jobfollowup.rules import Channel, Recipient, RuleInputError, validate_place
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.models import Application, Contact

FALLBACK_COUNTRY = "GB"


def home_country() -> str:
    """The user's own country: the setting, else the territory of their locale."""
    chosen = settings.get("home_country")
    if chosen:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(".")[0]
        if "_" in value:
            territory = value.split("_")[1].upper()
            try:
                return validate_place(territory)[0]
            except RuleInputError:
                continue
    return FALLBACK_COUNTRY


def checked_place(country: str, subdivision: str | None, field: str = "country"):
    """validate_place, with its message turned into a ValidationError for that field."""
    try:
        return validate_place(country, subdivision)
    except RuleInputError as error:
        raise ValidationError(str(error), field) from None


def recipient_of(contact: Contact, application: Application | None = None) -> Recipient:
    country = contact.country or (application.country if application else "") or home_country()
    subdivision = contact.subdivision if contact.country else None
    country, subdivision = checked_place(country, subdivision)
    channel = Channel(contact.preferred_channel) if contact.preferred_channel else None
    return Recipient(country, subdivision, channel)


def transit_days_to(country: str) -> int:
    """R2: the postal transit setting for a letter to `country` from the user's home."""
    key = "transit_days_domestic" if country == home_country() else "transit_days_abroad"
    return settings.get(key)
