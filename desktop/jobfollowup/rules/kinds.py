"""The vocabulary of a job search: what a follow-up is (its kind), how it travels (its
channel), where it stands (its state), and where an application stands (its status).
Stored as these strings; code names them by these members, never by the bare strings
(tests/test_vocabulary.py keeps it so)."""

from __future__ import annotations

from enum import StrEnum

from jobfollowup.i18n import N_, _, gettext_in


class Kind(StrEnum):
    THANK_YOU_EMAIL = "thank-you-email"
    THANK_YOU_NOTE = "thank-you-note"
    CHECK_IN = "check-in"
    KEEP_IN_TOUCH = "keep-in-touch"
    REFERENCE_HEADS_UP = "reference-heads-up"
    REFERENCE_THANKS = "reference-thanks"
    REFERENCE_OUTCOME = "reference-outcome"
    REFERENCE_GIFT = "reference-gift"
    REJECTION_THANKS = "rejection-thanks"

    @property
    def label(self) -> str:
        return _(_KIND_LABELS[self])

    def label_in(self, language: str) -> str:
        return gettext_in(language, _KIND_LABELS[self])

    def task(self, name: str) -> str:
        """What to do, as a whole sentence with the person in it ("Check in with Kari",
        "Relancer Claire"): the label is a noun that no language can put "to Kari" after."""
        return _(_KIND_TASKS[self]).format(name=name)

    def task_in(self, language: str, name: str) -> str:
        return gettext_in(language, _KIND_TASKS[self]).format(name=name)

    def done_task(self, name: str) -> str:
        """What was done, as a whole sentence ("Checked in with Kari"), for a record of
        what was sent: no participle has to agree with a label it cannot see."""
        return _(_KIND_DONE[self]).format(name=name)

    @property
    def keeps_calm_days(self) -> bool:
        """Whether R7 (no Monday, Friday or day next to a holiday) governs this kind."""
        return self not in _DEADLINE_KINDS

    @property
    def handwritten(self) -> bool:
        """A card written by hand and posted (R2, R13): no subject, a warmer greeting."""
        return self in HANDWRITTEN

    @property
    def waits_for_answer(self) -> bool:
        """Sent while waiting to hear back after an interview (R4–R6, R14): planned for the
        application as a whole, not for each interviewer, and re-planned together."""
        return self in WAITING

    @property
    def thanks_for_interview(self) -> bool:
        """A thank-you after an interview (R1, R2), where the points of R3 belong."""
        return self in INTERVIEW_THANKS


_DEADLINE_KINDS = frozenset(
    {Kind.THANK_YOU_EMAIL, Kind.THANK_YOU_NOTE, Kind.REFERENCE_HEADS_UP, Kind.REFERENCE_THANKS}
)

HANDWRITTEN = frozenset({Kind.THANK_YOU_NOTE, Kind.REFERENCE_GIFT})
INTERVIEW_THANKS = frozenset({Kind.THANK_YOU_EMAIL, Kind.THANK_YOU_NOTE})
WAITING = frozenset({Kind.CHECK_IN, Kind.KEEP_IN_TOUCH})

_KIND_LABELS = {
    Kind.THANK_YOU_EMAIL: N_("Thank-you email"),
    Kind.THANK_YOU_NOTE: N_("Handwritten thank-you note"),
    Kind.CHECK_IN: N_("Check-in"),
    Kind.KEEP_IN_TOUCH: N_("Keep in touch"),
    Kind.REFERENCE_HEADS_UP: N_("Reference heads-up"),
    Kind.REFERENCE_THANKS: N_("Reference thanks"),
    Kind.REFERENCE_OUTCOME: N_("Reference outcome update"),
    Kind.REFERENCE_GIFT: N_("Reference thank-you card"),
    Kind.REJECTION_THANKS: N_("Thank-you after a no"),
}

# Translators: a to-do with the person in it, as a list of tasks says it (the infinitive in
# French and Italian, without "å" in Norwegian). Shown alone, inside quotes and before a
# colon, so it is a whole phrase that needs nothing around it.
_KIND_TASKS = {
    Kind.THANK_YOU_EMAIL: N_("Thank {name} for the interview"),
    Kind.THANK_YOU_NOTE: N_("Write {name} a thank-you card"),
    Kind.CHECK_IN: N_("Check in with {name}"),
    Kind.KEEP_IN_TOUCH: N_("Keep in touch with {name}"),
    Kind.REFERENCE_HEADS_UP: N_("Ask {name} to be a reference"),
    Kind.REFERENCE_THANKS: N_("Thank {name} for the reference"),
    Kind.REFERENCE_OUTCOME: N_("Tell {name} how it turned out"),
    Kind.REFERENCE_GIFT: N_("Send {name} a thank-you card"),
    Kind.REJECTION_THANKS: N_("Thank {name} despite the no"),
}

# Translators: the same tasks once done, as a record of what was sent says it.
_KIND_DONE = {
    Kind.THANK_YOU_EMAIL: N_("Thanked {name} for the interview"),
    Kind.THANK_YOU_NOTE: N_("Wrote {name} a thank-you card"),
    Kind.CHECK_IN: N_("Checked in with {name}"),
    Kind.KEEP_IN_TOUCH: N_("Kept in touch with {name}"),
    Kind.REFERENCE_HEADS_UP: N_("Asked {name} to be a reference"),
    Kind.REFERENCE_THANKS: N_("Thanked {name} for the reference"),
    Kind.REFERENCE_OUTCOME: N_("Told {name} how it turned out"),
    Kind.REFERENCE_GIFT: N_("Sent {name} a thank-you card"),
    Kind.REJECTION_THANKS: N_("Thanked {name} despite the no"),
}


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"
    LINKEDIN = "linkedin"

    @property
    def label(self) -> str:
        return _(_CHANNEL_LABELS[self])

    def label_in(self, language: str) -> str:
        return gettext_in(language, _CHANNEL_LABELS[self])


_CHANNEL_LABELS = {
    Channel.EMAIL: N_("email"),
    Channel.PHONE: N_("phone"),
    Channel.LETTER: N_("letter"),
    Channel.LINKEDIN: N_("LinkedIn"),
}


class State(StrEnum):
    """Where a follow-up stands: still to send, sent (done), or left out (skipped)."""

    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"


class Status(StrEnum):
    """Where an application stands, in the order the pipeline goes."""

    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _(_STATUS_LABELS[self])


_STATUS_LABELS = {
    Status.APPLIED: N_("applied"),
    Status.INTERVIEWING: N_("interviewing"),
    Status.OFFER: N_("offer"),
    Status.ACCEPTED: N_("accepted"),
    Status.DECLINED: N_("declined"),
    Status.REJECTED: N_("rejected"),
    Status.WITHDRAWN: N_("withdrawn"),
}
OUTCOMES = frozenset({Status.OFFER, Status.ACCEPTED, Status.DECLINED, Status.REJECTED})
"""R13: every reference of the application is told these."""
ENDED = OUTCOMES | {Status.WITHDRAWN}
"""No more check-ins after these."""
LANDED = frozenset({Status.OFFER, Status.ACCEPTED})
"""The job is (about to be) theirs: the references hear the good news (R13)."""
REPLY_OUTCOMES = (Status.OFFER, Status.REJECTED)
"""What an employer's reply can settle."""


class Role(StrEnum):
    """Who a contact is in the search: it decides the notes they get (R11 for references)."""

    INTERVIEWER = "interviewer"
    HIRING_MANAGER = "hiring-manager"
    RECRUITER = "recruiter"
    REFERENCE = "reference"
    NETWORK = "network"

    @property
    def label(self) -> str:
        return _(_ROLE_LABELS[self])


_ROLE_LABELS = {
    Role.INTERVIEWER: N_("interviewer"),
    Role.HIRING_MANAGER: N_("hiring manager"),
    Role.RECRUITER: N_("recruiter"),
    Role.REFERENCE: N_("reference"),
    Role.NETWORK: N_("network"),
}


class Level(StrEnum):
    """How senior the position is: senior roles get a handwritten note as well (R2)."""

    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    EXECUTIVE = "executive"

    @property
    def label(self) -> str:
        return _(_LEVEL_LABELS[self])


_LEVEL_LABELS = {
    Level.JUNIOR: N_("junior"),
    Level.MID: N_("mid-level"),
    Level.SENIOR: N_("senior"),
    Level.EXECUTIVE: N_("executive"),
}
SENIOR_LEVELS = frozenset({Level.SENIOR, Level.EXECUTIVE})
"""R2: a handwritten note follows the email for these."""


class Direction(StrEnum):
    """Who wrote in a logged exchange: a reply (IN) re-plans what it answers (R5)."""

    OUT = "out"  # the user wrote to them
    IN = "in"  # they wrote to the user


class MailKind(StrEnum):
    """What a message of the user's mailbox is to the app (schema version 10)."""

    REPLY = "reply"  # a contact wrote to the user
    SENT = "sent"  # the user wrote to a contact from their mail app
    DRAFT = "draft"  # the app placed a draft in the user's Drafts folder


class MailStatus(StrEnum):
    """Where a message of the mailbox stands: a suggestion waits for the user's word."""

    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    PLACED = "placed"  # a draft, in the Drafts folder


class MailRole(StrEnum):
    """The folders of the mailbox the app reads (read-only)."""

    INBOX = "inbox"
    SENT = "sent"
