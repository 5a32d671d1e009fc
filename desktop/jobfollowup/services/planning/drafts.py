"""Drafts of follow-ups and the templates they come from: render, edit, save, mark sent.

A draft is rendered from the template of its kind in the contact's note language (the
user's own wording when there is one, else the built-in), filled with what the records
know: the contact, the application, the interview's personal points, the sender.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jobfollowup.i18n import LANGUAGES, _, normalise_language
from jobfollowup.notes.builtin import (
    CHECK_IN_AGAIN,
    OUTCOME_LANDED,
    OUTCOME_NOT_LANDED,
    TEMPLATE_IDS,
    builtin_template,
)
from jobfollowup.notes.proofread import Finding, proofread
from jobfollowup.notes.templates import (
    NoteFacts,
    RenderedNote,
    Template,
    TemplateError,
    check_template,
    one_line,
    render,
)
from jobfollowup.rules.kinds import HANDWRITTEN, LANDED, Channel, Kind, State
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.places import recipient_of
from jobfollowup.storage.models import (
    FollowUp,
    Interaction,
    NoteTemplate,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow

MAX_SUBJECT, MAX_BODY = 250, 20_000


@dataclass(frozen=True)
class TemplateText:
    template_id: str
    language: str
    subject: str
    body: str
    custom: bool  # the user's own wording rather than the built-in one


@dataclass(frozen=True)
class Draft:
    follow_up_id: int
    template_id: str
    kind: Kind
    channel: Channel
    language: str
    contact_name: str
    contact_email: str
    company: str
    subject: str
    body: str
    points: tuple[str, ...]  # the interview's personal points (R3)
    state: str
    signer: str = ""  # how the user signs (the signature's first line, else their name)


def template_label(template_id: str) -> str:
    """How a template is named in the interface."""
    if template_id == OUTCOME_LANDED:
        return _("Reference outcome update: landed")
    if template_id == OUTCOME_NOT_LANDED:
        return _("Reference outcome update: not landed")
    if template_id == CHECK_IN_AGAIN:
        return _("Later check-in")
    return Kind(template_id).label


def _checked_language(language: str) -> str:
    chosen = normalise_language(language)
    if chosen is None:
        raise ValidationError(_("“{value}” is not a language notes are written in.").format(
            value=language), "language")
    return chosen


def _checked_id(template_id: str) -> str:
    if template_id not in TEMPLATE_IDS:
        raise ValidationError(_("“{value}” is not a kind of note.").format(
            value=template_id), "template")
    return template_id


def get_template(template_id: str, language: str) -> TemplateText:
    """The template in force: the user's own if saved, else the built-in."""
    template_id, language = _checked_id(template_id), _checked_language(language)
    row = NoteTemplate.get_or_none((NoteTemplate.template_id == template_id)
                                   & (NoteTemplate.language == language))
    if row is not None:
        return TemplateText(template_id, language, row.subject, row.body, True)
    builtin = builtin_template(template_id, language)
    return TemplateText(template_id, language, builtin.subject, builtin.body, False)


def _validated(subject: str, body: str) -> tuple[str, str]:
    subject, body = (subject or "").strip(), (body or "").strip("\n")
    if not body.strip():
        raise ValidationError(_("A template needs some text."), "body")
    if len(subject) > MAX_SUBJECT or len(body) > MAX_BODY:
        raise ValidationError(_("This template is too long."), "body")
    for field, text in (("subject", subject), ("body", body)):
        try:
            check_template(text)
        except TemplateError as error:
            raise ValidationError(str(error), field) from None
    return subject, body


def save_template(template_id: str, language: str, subject: str, body: str) -> TemplateText:
    """Store the user's wording of a template, after checking its placeholders."""
    template_id, language = _checked_id(template_id), _checked_language(language)
    subject, body = _validated(subject, body)
    with database_proxy.atomic():
        NoteTemplate.insert(template_id=template_id, language=language, subject=subject,
                            body=body, updated_at=dt.datetime.now().replace(microsecond=0)
                            ).on_conflict_replace().execute()
    return TemplateText(template_id, language, subject, body, True)


def restore_default(template_id: str, language: str) -> TemplateText:
    """Forget the user's wording: the built-in template is in force again."""
    template_id, language = _checked_id(template_id), _checked_language(language)
    with database_proxy.atomic():
        NoteTemplate.delete().where((NoteTemplate.template_id == template_id)
                                    & (NoteTemplate.language == language)).execute()
    return get_template(template_id, language)


def render_note(template_id: str, facts: NoteFacts, template: Template | None = None
                ) -> RenderedNote:
    """A note from a template (the built-in one unless given); bad placeholders refused."""
    template = template or builtin_template(_checked_id(template_id),
                                            _checked_language(facts.language))
    try:
        return render(template, facts, handwritten=template_id in HANDWRITTEN)
    except TemplateError as error:
        raise ValidationError(str(error), "template") from None


def _get(follow_up_id: int) -> FollowUp:
    item = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if item is None:
        raise ValidationError(_("That follow-up no longer exists."), "follow_up")
    return item


def _template_id(item: FollowUp) -> str:
    if item.kind == Kind.REFERENCE_OUTCOME.value:
        application = item.application
        landed = application is not None and application.status in LANDED
        return OUTCOME_LANDED if landed else OUTCOME_NOT_LANDED
    if item.kind == Kind.CHECK_IN.value and _earlier_check_in(item):
        return CHECK_IN_AGAIN
    return item.kind


def _earlier_check_in(item: FollowUp) -> bool:
    """Whether the person gets (or got) a check-in about the same application before this
    one: a skipped one never reached them, so it does not count."""
    same_application = (FollowUp.application.is_null() if item.application is None
                        else FollowUp.application == item.application)
    return FollowUp.select().where(
        (FollowUp.kind == Kind.CHECK_IN.value) & (FollowUp.contact == item.contact)
        & same_application & (FollowUp.state != State.SKIPPED)
        & ((FollowUp.planned_date < item.planned_date)
           | ((FollowUp.planned_date == item.planned_date) & (FollowUp.id < item.id)))
    ).exists()


def _interview_of(item: FollowUp) -> InterviewRow | None:
    if item.interview is not None:
        return item.interview
    if item.application is None:
        return None
    # A reference or a later check-in: the latest interview of the application.
    return (InterviewRow.select().where(InterviewRow.application == item.application)
            .order_by(InterviewRow.starts_at.desc()).first())


def facts_for(item: FollowUp) -> NoteFacts:
    contact, application = item.contact, item.application
    interview = _interview_of(item)
    return NoteFacts(
        language=normalise_language(contact.note_language) or "en",
        name=contact.name, country=recipient_of(contact, application).country,
        form_of_address=contact.form_of_address,
        first_name_terms=bool(contact.first_name_terms),
        company=application.company if application else contact.organisation,
        position=application.position if application else "",
        interview_date=interview.starts_at.date() if interview else None,
        highlight=interview.highlight if interview else "",
        surprise=interview.surprise if interview else "",
        resonated=interview.resonated if interview else "",
        personal_detail=interview.personal_detail if interview else "",
        sender=settings.get("sender_name"), signature=settings.get("signature"),
        # The day it goes out: "yesterday" in a thank-you means the day before that.
        written_on=max(dt.date.today(), item.planned_date),
    )


def _points(facts: NoteFacts) -> tuple[str, ...]:
    """The personal points of R3 the note was given."""
    return tuple(point for point in (facts.highlight, facts.surprise, facts.resonated,
                                     facts.personal_detail) if point)


def open_draft(follow_up_id: int) -> Draft:
    """The follow-up's draft: the one saved, else a fresh rendering of its template."""
    item = _get(follow_up_id)
    template_id = _template_id(item)
    facts = facts_for(item)
    if item.draft.strip():
        subject, body = item.draft_subject, item.draft
    else:
        text = get_template(template_id, facts.language)
        note = render_note(template_id, facts, Template(text.subject, text.body))
        subject, body = note.subject, note.body
    return Draft(
        follow_up_id=item.id, template_id=template_id, kind=Kind(item.kind),
        channel=Channel(item.channel), language=facts.language, contact_name=item.contact.name,
        contact_email=item.contact.email, company=facts.company, subject=subject, body=body,
        points=_points(facts), state=item.state,
        signer=(facts.signature.strip() or facts.sender.strip()).split("\n")[0].strip(),
    )


def rerender_draft(follow_up_id: int) -> Draft:
    """Throw the saved draft away and render the template again."""
    with database_proxy.atomic():
        item = _get(follow_up_id)
        item.draft, item.draft_subject = "", ""
        item.save()
    return open_draft(follow_up_id)


def _checked_draft(subject: str, body: str) -> tuple[str, str]:
    subject, body = one_line(subject or ""), (body or "").rstrip()
    if len(subject) > MAX_SUBJECT or len(body) > MAX_BODY:
        raise ValidationError(_("This draft is too long."), "body")
    return subject, body


def save_draft(follow_up_id: int, subject: str, body: str) -> None:
    subject, body = _checked_draft(subject, body)
    with database_proxy.atomic():
        item = _get(follow_up_id)
        item.draft_subject, item.draft = subject, body
        item.save()


class NameInDoubtError(ValidationError):
    """R15: the proofreader doubts how the draft writes the contact's name. The note is
    not marked sent unless the user, asked, says the name is right (`name_checked`)."""


def _name_doubts(item: FollowUp, subject: str, body: str) -> list[Finding]:
    """What the proofreader finds wrong with the contact's name in this text (R15); from
    the follow-up's facts, without rendering its template again."""
    return [finding for finding in proofread(
        body, item.contact.name, _template_id(item), _points(facts_for(item)),
        subject=subject, needs_subject=item.channel == Channel.EMAIL)
        if finding.rule == "R15"]


def mark_sent(follow_up_id: int, subject: str, body: str, on: dt.date | None = None,
              name_checked: bool = False) -> int:
    """Keep the draft as sent, record the interaction, and close the follow-up; refused
    while the name is in doubt (R15) unless the user has checked it (`name_checked`).

    Returns the new interaction's id.
    """
    subject, body = _checked_draft(subject, body)
    day = on or dt.date.today()
    with database_proxy.atomic():
        item = _get(follow_up_id)
        if item.state == State.DONE:
            raise ValidationError(_("This follow-up is already marked as sent."), "follow_up")
        if not body.strip():
            raise ValidationError(_("The draft is empty: write the note first."), "body")
        doubts = [] if name_checked else _name_doubts(item, subject, body)
        if doubts:
            raise NameInDoubtError(doubts[0].message, "body")
        item.draft_subject, item.draft = subject, body
        item.state, item.done_on = State.DONE, day
        item.save()
        summary = subject or Kind(item.kind).label_in("en")
        interaction = Interaction.create(
            contact=item.contact, application=item.application, date=day,
            channel=item.channel, direction="out", summary=f"{item.kind}: {summary}")
    return interaction.id


__all__ = [
    "LANGUAGES", "TEMPLATE_IDS", "Draft", "NameInDoubtError", "TemplateText", "get_template",
    "mark_sent",
    "open_draft", "render_note", "rerender_draft", "restore_default", "save_draft",
    "save_template", "template_label",
]
