"""Checking what a person typed into a field, with messages that name the field."""

from __future__ import annotations

from jobfollowup.i18n import N_, _
from jobfollowup.services.errors import ValidationError

MAX_TEXT = 10_000

# Field keys (as the forms know them) → how a message names the field.
FIELD_LABELS = {
    "name": N_("name"),
    "role": N_("role"),
    "organisation": N_("organisation"),
    "email": N_("email address"),
    "phone": N_("phone number"),
    "postal_address": N_("postal address"),
    "preferred_channel": N_("preferred channel"),
    "note_language": N_("note language"),
    "form_of_address": N_("form of address"),
    "personal_details": N_("personal details"),
    "notes": N_("notes"),
    "company": N_("company"),
    "position": N_("position"),
    "level": N_("level"),
    "status": N_("status"),
    "posting_url": N_("posting link"),
    "highlight": N_("highlight"),
    "surprise": N_("surprise"),
    "resonated": N_("what resonated"),
    "personal_detail": N_("personal detail"),
    "summary": N_("summary"),
    "channel": N_("channel"),
    "direction": N_("direction"),
    "format": N_("format"),
}


def field_label(field: str) -> str:
    """The field as a message names it, in the interface language."""
    return _(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def text(value: str | None, field: str, required: bool = False) -> str:
    """The text without surrounding blanks; empty (when required) or too long is refused."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(_("The {field} cannot be empty.").format(
            field=field_label(field)), field)
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            _("The {field} is too long ({count} characters; at most {most}).").format(
                field=field_label(field), count=len(cleaned), most=MAX_TEXT), field)
    return cleaned


def one_of(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(
            _("“{value}” is not a valid {field}: choose one of {choices}.").format(
                value=value, field=field_label(field), choices=", ".join(allowed)), field)
    return value
