"""The Peewee models: one table each for the records a job search is made of.

They are bound at run time to the open database through `database_proxy`, so tests and
the app can each open their own file.
"""

from __future__ import annotations

import datetime as dt
import json

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from jobfollowup.rules.kinds import Level, Role, State, Status

database_proxy = DatabaseProxy()


class JSONField(TextField):
    """JSON text in the database, Python lists and dicts in the code."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = JSONField()


class Contact(BaseModel):
    name = CharField()  # exactly as the person writes it (R15)
    form_of_address = CharField(default="")  # "Ms", "Dr", "Madame", "Dott.ssa", …
    first_name_terms = BooleanField(default=False)
    role = CharField(default=Role.INTERVIEWER)
    organisation = CharField(default="")
    email = CharField(default="")
    phone = CharField(default="")
    postal_address = TextField(default="")
    preferred_channel = CharField(null=True)
    note_language = CharField(default="en")
    country = CharField(default="")
    subdivision = CharField(null=True)
    personal_details = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)


class Application(BaseModel):
    company = CharField()
    position = CharField()
    level = CharField(default=Level.MID)
    status = CharField(default=Status.APPLIED)
    applied_on = DateField(null=True)
    posting_url = CharField(default="")
    reply_by = DateField(null=True)  # the timeline the employer gave (R5)
    country = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)


class StatusChange(BaseModel):
    """One step of an application's history: the status it took on that day."""

    application = ForeignKeyField(Application, backref="status_changes")
    status = CharField()
    changed_on = DateField()


class Interview(BaseModel):
    application = ForeignKeyField(Application, backref="interviews")
    starts_at = DateTimeField()
    format = CharField(default="on-site")
    highlight = TextField(default="")  # R3 (a)
    surprise = TextField(default="")  # R3 (b)
    resonated = TextField(default="")  # R3 (c)
    personal_detail = TextField(default="")


class InterviewParticipant(BaseModel):
    interview = ForeignKeyField(Interview, backref="participants")
    contact = ForeignKeyField(Contact, backref="interviews")


class Reference(BaseModel):
    """A contact vouching for the candidate on one application, and where it stands."""

    application = ForeignKeyField(Application, backref="references")
    contact = ForeignKeyField(Contact, backref="references")
    asked_on = DateField(null=True)
    agreed_on = DateField(null=True)
    heads_up_on = DateField(null=True)
    talking_points_on = DateField(null=True)
    employer_contacted_on = DateField(null=True)
    thanked_on = DateField(null=True)
    outcome_told_on = DateField(null=True)
    gift_on = DateField(null=True)


class FollowUp(BaseModel):
    kind = CharField()
    contact = ForeignKeyField(Contact, backref="follow_ups")
    application = ForeignKeyField(Application, backref="follow_ups", null=True)
    interview = ForeignKeyField(Interview, backref="follow_ups", null=True)
    reference = ForeignKeyField(Reference, backref="follow_ups", null=True)
    channel = CharField()
    planned_date = DateField(index=True)
    deadline = DateField(null=True)
    state = CharField(default=State.PLANNED)
    reasons = JSONField(default=list)
    draft = TextField(default="")
    draft_subject = CharField(default="")
    done_on = DateField(null=True)
    created_at = DateTimeField(default=_now)
    planned_from = DateField(null=True)  # the day of the event the plan started from

    class Meta:  # version 7: the calendar reads a month from the first index alone;
        # version 9: the weekly review its weeks' sent follow-ups from the second
        indexes = ((("state", "planned_date", "kind", "deadline", "channel", "contact",
                     "application"), False),
                   (("state", "done_on", "deadline", "planned_date"), False))


class Interaction(BaseModel):
    contact = ForeignKeyField(Contact, backref="interactions")
    application = ForeignKeyField(Application, backref="interactions", null=True)
    date = DateField()
    channel = CharField()
    direction = CharField()  # "out": we wrote; "in": they wrote
    summary = TextField(default="")

    class Meta:
        indexes = ((("contact", "date"), False),)


class NoteTemplate(BaseModel):
    """A user's own wording of a note (one per template and language), over the built-in."""

    template_id = CharField()  # a kind, or "reference-outcome-landed"/"…-not-landed"
    language = CharField()
    subject = CharField(default="")
    body = TextField()
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("template_id", "language"), True),)


class MailFolder(BaseModel):
    """Where the app stopped reading a folder of the user's mailbox (schema version 10)."""

    role = CharField(unique=True)  # "inbox" or "sent"
    name = CharField()
    uidvalidity = IntegerField()
    uidnext = IntegerField()
    checked_at = DateTimeField(default=_now)


class MailMessage(BaseModel):
    """A message of the user's mailbox that concerns the search: a reply or a note sent
    from their mail app (suggested, then accepted or dismissed), or a draft the app placed
    in their Drafts folder. Only what a match needs is kept."""

    kind = CharField()  # "reply", "sent", "draft"
    status = CharField()  # "suggested", "accepted", "dismissed", "placed"
    message_id = CharField()
    sent_on = DateField()
    address = CharField()  # theirs: who wrote, or whom the user wrote to
    subject = CharField()
    contact = ForeignKeyField(Contact, backref="mail_messages")
    application = ForeignKeyField(Application, backref="mail_messages", null=True)
    follow_up = ForeignKeyField(FollowUp, backref="mail_messages", null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("kind", "message_id"), True),)


ALL_MODELS = (
    Setting, Contact, Application, StatusChange, Interview, InterviewParticipant, Reference,
    FollowUp, Interaction, NoteTemplate, MailFolder, MailMessage,
)
