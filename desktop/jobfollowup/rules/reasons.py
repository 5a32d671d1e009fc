"""Why a date was chosen: each reason names a rule (R1…R15) and says it in words.

Reasons keep their facts (dates, channel, place), not finished sentences, so that the
same plan reads in English today and in Norwegian after the user switches language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from jobfollowup.i18n import N_, Nn_, current_language, gettext_in, ngettext_in
from jobfollowup.i18n.countries import country_in, country_to
from jobfollowup.i18n.formatting import WEEKDAY, country_name, format_date
from jobfollowup.rules.kinds import Channel


@dataclass(frozen=True)
class Place:
    """A country (and subdivision): shown by its name, and the source of holiday names."""

    country: str
    subdivision: str | None = None


@dataclass(frozen=True)
class Holiday:
    """A public holiday of a place, shown by its name in the reader's language."""

    place: Place
    day: dt.date


# code → (rule, message, plural message or None, name of the count parameter or None)
MESSAGES: dict[str, tuple[str, str, str | None, str | None]] = {
    "r1-email": (
        "R1",
        N_("Thank them by email within 24 hours of the interview ({interview}), while the "
           "conversation is still fresh: by {deadline} at the latest."),
        None, None,
    ),
    "r1-deadline-wins": (
        "R1",
        N_("{date} would be avoided for a check-in, but a thank-you keeps its 24-hour "
           "deadline: the weekday rule is for check-ins."),
        None, None,
    ),
    "r1-same-day": (
        "R1",
        N_("The next day, {date}, is not a working day for them: send it the same day, "
           "while the conversation is fresh."),
        None, None,
    ),
    "r2-note": (
        "R2",
        # Translators: {to_country} is the country with its preposition, as post goes
        # there ("to the United States", "pour les États-Unis"); {in_country} is where
        # ("in the United Kingdom", "au Royaume-Uni", "nel Regno Unito", "i Norge");
        # {country} alone is the bare name. Either may replace the other.
        *Nn_("A handwritten note must arrive within 7 days, by {arrival}. Post takes "
             "{transit} working day {to_country}: mail it by {deadline}.",
             "A handwritten note must arrive within 7 days, by {arrival}. Post takes "
             "{transit} working days {to_country}: mail it by {deadline}."),
        "transit",
    ),
    "r2-too-late": (
        "R2",
        N_("Post {to_country} is too slow for the note to arrive within 7 days (by "
           "{arrival}); the email thanks them on time, so mail the note as soon as you can."),
        None, None,
    ),
    "r2-addition": (
        "R2",
        N_("The handwritten note comes in addition to the email, not instead of it."),
        None, None,
    ),
    "r2-post-closed": (
        "R2",
        N_("{date} is not a working day for the post {in_country}."),
        None, None,
    ),
    "r4-responsible": (
        "R4",
        N_("Following up is up to you, even if they said they would call."),
        None, None,
    ),
    "r4-no-timeline": (
        "R4",
        N_("They gave no date for their answer: the first check-in waits a week after the "
           "interview."),
        None, None,
    ),
    "r5-timeline": (
        "R5",
        N_("They said they would answer by {reply_by}: no check-in before then."),
        None, None,
    ),
    "r5-too-early": (
        "R5",
        N_("{date} is before the answer they promised by {reply_by}."),
        None, None,
    ),
    "r5-before-interview": (
        "R5",
        N_("{date} is not after the interview of {interview}."),
        None, None,
    ),
    "r5-after-thanks": (
        "R5",
        N_("The thank-you email goes out on {thanks}: the check-ins come after it, never "
           "on the same day."),
        None, None,
    ),
    "r5-before-thanks": (
        "R5",
        N_("{date} is not after the thank-you email of {thanks}: thank them first, and "
           "check in on a later day."),
        None, None,
    ),
    "r6-window": (
        "R6",
        N_("Check-in {number} of {total}: all of them within the two weeks from {start} to "
           "{end}."),
        None, None,
    ),
    "r6-too-many": (
        "R6",
        N_("This would make more than three check-ins within two weeks ({start} to {end})."),
        None, None,
    ),
    "r6-too-close": (
        "R6",
        N_("{date} is less than three days from the check-in of {other} to the same "
           "person: leave them time to answer between two check-ins."),
        None, None,
    ),
    "r6-stop": (
        "R6",
        N_("After the check-ins of the two weeks to {end}, stop asking and keep in touch "
           "instead."),
        None, None,
    ),
    "r7-calm": (
        "R7",
        N_("{date} is a calm day: not a Monday or a Friday, and not next to a public "
           "holiday {in_country}."),
        None, None,
    ),
    "r7-moved": (
        "R7",
        N_("Moved from {original} to the next calm day."),
        None, None,
    ),
    "r7-monday": (
        "R7",
        N_("{date} is a Monday: people are catching up on their week."),
        None, None,
    ),
    "r7-friday": (
        "R7",
        N_("{date} is a Friday: people are wrapping up their week."),
        None, None,
    ),
    "r7-weekend": ("R7", N_("{date} falls on a weekend."), None, None),
    "r7-holiday": (
        "R7",
        N_("{date} is a public holiday {in_country}: {holiday}."),
        None, None,
    ),
    "r7-before-holiday": (
        "R7",
        N_("{date} is the day before a public holiday {in_country}: {holiday}."),
        None, None,
    ),
    "r7-after-holiday": (
        "R7",
        N_("{date} is the day after a public holiday {in_country}: {holiday}."),
        None, None,
    ),
    "r8-channel": (
        "R8",
        N_("By {channel}, the channel they prefer."),
        None, None,
    ),
    "r9-one-channel": (
        "R9",
        N_("Every check-in with them stays on {channel}: one channel per person."),
        None, None,
    ),
    "r11-heads-up": (
        "R11",
        N_("Before the employer can call them: ask your reference, give them a heads-up "
           "and send talking points they can paste."),
        None, None,
    ),
    "r12-thanks": (
        "R12",
        N_("The employer has contacted your reference: thank them right away and promise "
           "to keep them posted."),
        None, None,
    ),
    "r13-outcome": (
        "R13",
        N_("The outcome is known: tell every reference before they hear it elsewhere."),
        None, None,
    ),
    "r13-prompt": (
        "R13",
        N_("No calm day comes soon enough, so the news goes out on the first working day."),
        None, None,
    ),
    "r13-gift": (
        "R13",
        N_("You landed the job: thank your references with a card."),
        None, None,
    ),
    "r13-gift-senior": (
        "R13",
        N_("You landed a senior role: thank your references with a card and a small gift "
           "(coffee, wine or flowers)."),
        None, None,
    ),
    "r14-rejection": (
        "R14",
        N_("Stay gracious after a no: thank them and ask to stay in touch."),
        None, None,
    ),
    "r14-keep-in-touch": (
        "R14",
        N_("A friendly note some months later keeps you in their file of candidates who "
           "impressed them."),
        None, None,
    ),
}

# A date past the deadline set by R1, R2, R11, R12 or R13 breaks that same rule.
_PAST_DEADLINE = N_("{date} is after the last day for it, {deadline}.")
for _rule in ("R1", "R2", "R11", "R12", "R13"):
    MESSAGES[f"{_rule.lower()}-past-deadline"] = (_rule, _PAST_DEADLINE, None, None)


@dataclass(frozen=True)
class Reason:
    """One rule that placed (or refuses) a date, with the facts to say why."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> Reason:
        if code not in MESSAGES:
            raise KeyError(code)
        return cls(code, tuple(sorted(params.items())))

    @property
    def rule(self) -> str:
        return MESSAGES[self.code][0]

    def text(self, language: str | None = None) -> str:
        language = language or current_language()
        _rule, singular, plural, count = MESSAGES[self.code]
        values = dict(self.params)
        if plural and count:
            template = ngettext_in(language, singular, plural, int(values[count]))
        else:
            template = gettext_in(language, singular)
        shown = {key: _show(value, language) for key, value in values.items()}
        for key, value in values.items():
            if isinstance(value, Place):  # "{in_country}": "au Royaume-Uni", "i Norge"
                shown[f"in_{key}"] = country_in(value.country, language)
                shown[f"to_{key}"] = country_to(value.country, language)
        return _capitalise_sentence_starts(template, shown).format(**shown)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": {k: _encode(v) for k, v in self.params}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reason:
        return cls.of(data["code"], **{k: _decode(v) for k, v in data["params"].items()})


# A placeholder that opens a sentence: at the start, or after a full stop, a question or
# an exclamation mark.
_OPENING = re.compile(r"(^|[.!?]\s+)\{(\w+)\}")


def _capitalise_sentence_starts(template: str, shown: dict[str, str]) -> str:
    """`template` with each placeholder that opens a sentence pointing at a capitalised
    copy of its value: Norwegian and Italian dates start with a lower-case weekday
    ("tirsdag 29. desember …"), and a sentence never does. The value stays as it is where
    the same placeholder runs inside a sentence."""
    def capitalised(match: re.Match[str]) -> str:
        key = match.group(2)
        if key not in shown:
            return match.group(0)
        value = shown[key]
        shown[f"{key}__opening"] = value[:1].upper() + value[1:]
        return f"{match.group(1)}{{{key}__opening}}"

    return _OPENING.sub(capitalised, template)


def _show(value: Any, language: str) -> str:
    if isinstance(value, Holiday):
        from jobfollowup.rules.holiday_calendar import calendar_for

        calendar = calendar_for(value.place.country, value.place.subdivision)
        return calendar.name(value.day, language) or format_date(value.day, language)
    if isinstance(value, Place):
        return country_name(value.country, language)
    if isinstance(value, Channel):
        return value.label_in(language)
    if isinstance(value, dt.date):
        return format_date(value, language, WEEKDAY)
    return str(value)


def _encode(value: Any) -> Any:
    if isinstance(value, Holiday):
        return {"holiday": value.day.isoformat(), **_encode(value.place)}
    if isinstance(value, Place):
        return {"country": value.country, "subdivision": value.subdivision}
    if isinstance(value, Channel):
        return {"channel": value.value}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "holiday" in value:
            place = Place(value["country"], value["subdivision"])
            return Holiday(place, dt.date.fromisoformat(value["holiday"]))
        if "country" in value:
            return Place(value["country"], value["subdivision"])
        if "channel" in value:
            return Channel(value["channel"])
        if "date" in value:
            return dt.date.fromisoformat(value["date"])
    return value
