"""How one follow-up reads in a list: who, what, how, and why that day."""

from __future__ import annotations

from contextlib import suppress

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import SHORT, format_date, format_day
from jobfollowup.rules.kinds import State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.day import FollowUpRow


def summary(row: FollowUpRow) -> str:
    """What to do and for which job: "Check in with Kari Nordmann · Equinor"."""
    text = row.kind.task(row.contact_name)
    if row.company:
        text += " · " + row.company
    return text


def details(row: FollowUpRow) -> str:
    parts = [row.channel.label]
    if row.deadline and row.deadline != row.date:
        parts.append(_("at the latest {date}").format(
            date=format_date(row.deadline, current_language(), SHORT)))
    return " · ".join(parts)


def why(row: FollowUpRow) -> str:
    lines = [_("Why this date?")]
    lines += [f"• {reason.text()}" for reason in row.reasons]
    return "\n".join(lines)


def rule_tip(rule: str) -> str:
    """The rule's code (R7), kept for a tooltip: the explanation itself says it in words."""
    return _("Rule {rule} of the follow-up rules").format(rule=rule)


def accessible_name(row: FollowUpRow) -> str:
    """A chip as a screen reader says it: what, to whom, how, and when; what was done,
    once sent."""
    what = (row.kind.done_task(row.contact_name) if row.state == State.DONE
            else row.kind.task(row.contact_name))
    return _("{follow_up}, by {channel}, {date}").format(
        follow_up=what, channel=row.channel.label,
        date=format_day(row.date, current_language()))


def tooltip(row: FollowUpRow) -> str:
    """A chip's tooltip: the summary, how it goes, and why it is on that day (the calendar
    reads its rows without reasons: they are fetched for the one under the pointer)."""
    if not row.reasons:
        from jobfollowup.services.planning.follow_ups import get_follow_up  # the data's open

        with suppress(ValidationError):  # gone meanwhile: say what we know
            row = get_follow_up(row.id)
    return "\n".join([summary(row), details(row), "", why(row)])
