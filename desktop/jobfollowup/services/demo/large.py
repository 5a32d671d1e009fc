"""Five years of an intense job search, for benchmarks: generated fast and deterministically.

Follow-ups come from the real rules (the plans of each interview, the references' and
rejections' follow-ups), so the data looks like what the app would have stored itself.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules import (
    Channel,
    Interview,
    Recipient,
    plan_after_interview,
    plan_after_rejection,
    plan_outcome_update,
    plan_reference_heads_up,
)
from jobfollowup.rules.kinds import Level, Role, State, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    InterviewParticipant,
    Reference,
    StatusChange,
    database_proxy,
)
from jobfollowup.storage.models import Interview as InterviewRow

PLACES = [("NO", None, "nb"), ("FR", None, "fr"), ("IT", None, "it"), ("US", "CA", "en"),
          ("GB", "ENG", "en"), ("NO", None, "nb"), ("FR", None, "fr")]
FIRST = ["Kari", "Ola", "Ingrid", "Marie", "Luc", "Chloé", "Giulia", "Marco", "Sofia",
         "Emma", "James", "Olivia", "Noah", "Åse", "Søren", "Élodie", "Niccolò", "Zoë"]
LAST = ["Nordmann", "Hansen", "Berg", "Dupont", "Martin", "Lefèvre", "Rossi", "Bianchi",
        "Esposito", "Smith", "Johnson", "Brown", "Ødegård", "Løvik", "Moreau", "Ricci"]
COMPANIES = ["Equinor", "Airbus", "Eni", "Spotify", "Schibsted", "Capgemini", "Ferrero",
             "DNB", "Thales", "Luxottica", "Telenor", "Dassault", "Pirelli", "Kongsberg"]
POSITIONS = ["Data Engineer", "Product Manager", "Backend Developer", "UX Designer",
             "Systems Analyst", "Project Lead", "Data Scientist", "Site Reliability Engineer"]
CHUNK = 500


@dataclass(frozen=True)
class Size:
    contacts: int
    applications: int
    interviews: int
    follow_ups: int
    interactions: int


LARGE = Size(contacts=3000, applications=1500, interviews=4000, follow_ups=40_000,
             interactions=60_000)


def _insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        model.insert_many(rows[start:start + CHUNK]).execute()


def generate(end: dt.date, size: Size = LARGE, seed: int = 2026) -> Size:
    """Fill an empty database with `size` records over the five years before `end`."""
    if Contact.select().exists() or Application.select().exists():
        raise ValidationError(_("This database already holds a job search; choose an empty "
                                "folder for the sample data."), "data_dir")
    rng = random.Random(seed)
    start = end - dt.timedelta(days=5 * 365)
    span = (end - start).days
    with database_proxy.atomic():
        contacts = []
        for number in range(size.contacts):
            country, subdivision, language = PLACES[number % len(PLACES)]
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            contacts.append(dict(
                name=name, role=rng.choice(list(Role)),
                organisation=rng.choice(COMPANIES), email=f"person{number}@example.org",
                phone="", postal_address=f"Street {number}\n{1000 + number} City",
                preferred_channel=rng.choice([None, "email", "phone", "linkedin"]),
                note_language=language, country=country, subdivision=subdivision,
                personal_details="", notes="", form_of_address="", first_name_terms=False,
                created_at=dt.datetime.combine(start, dt.time(9)),
            ))
        _insert(Contact, contacts)
        contact_ids = [c.id for c in Contact.select(Contact.id).order_by(Contact.id)]
        people = {c.id: c for c in Contact.select()}

        applications = []
        for _number in range(size.applications):
            applied = start + dt.timedelta(days=rng.randrange(span))
            applications.append(dict(
                company=rng.choice(COMPANIES), position=rng.choice(POSITIONS),
                level=rng.choice(list(Level)),
                status=rng.choice(list(Status)), applied_on=applied, posting_url="",
                reply_by=applied + dt.timedelta(days=rng.randrange(10, 40)), country="",
                notes="", created_at=dt.datetime.combine(applied, dt.time(9)),
            ))
        _insert(Application, applications)
        jobs = list(Application.select().order_by(Application.id))
        steps = []
        for job in jobs:  # applied, then (some weeks on) where it stands now
            steps.append(dict(application=job.id, status=Status.APPLIED, changed_on=job.applied_on))
            if job.status != Status.APPLIED:
                steps.append(dict(application=job.id, status=job.status,
                                  changed_on=min(end, job.applied_on + dt.timedelta(
                                      days=7 + job.id * 11 % 53))))
        _insert(StatusChange, steps)

        interviews, participants, follow_ups = [], [], []
        for number in range(size.interviews):
            job = jobs[number % len(jobs)]
            when = dt.datetime.combine(job.applied_on + dt.timedelta(days=rng.randrange(5, 30)),
                                       dt.time(rng.choice([9, 10, 13, 14, 16])))
            interviews.append(dict(application=job.id, starts_at=when, format="video",
                                   highlight="the team's roadmap", surprise="", resonated="",
                                   personal_detail=""))
        _insert(InterviewRow, interviews)
        for number, row in enumerate(InterviewRow.select().order_by(InterviewRow.id)):
            contact = people[contact_ids[number % len(contact_ids)]]
            participants.append(dict(interview=row.id, contact=contact.id))
            recipient = _recipient(contact)
            for item in plan_after_interview(Interview(row.starts_at, None), recipient):
                follow_ups.append(_follow_up(item, contact.id, row.application_id, row.id,
                                             end))
        _insert(InterviewParticipant, participants)

        references = []
        for number, job in enumerate(jobs):
            contact = people[contact_ids[(number * 7) % len(contact_ids)]]
            references.append(dict(application=job.id, contact=contact.id,
                                   asked_on=job.applied_on, agreed_on=job.applied_on))
        _insert(Reference, references)
        extra_plans = []
        for reference in Reference.select():
            contact = people[reference.contact_id]
            recipient = _recipient(contact)
            on = reference.asked_on
            extra_plans.append((plan_reference_heads_up(on, recipient), contact.id,
                                reference.application_id))
            extra_plans.append((plan_outcome_update(on + dt.timedelta(days=30), recipient),
                                contact.id, reference.application_id))
            for item in plan_after_rejection(on + dt.timedelta(days=35), recipient):
                extra_plans.append((item, contact.id, reference.application_id))
        cycle = 0
        while len(follow_ups) < size.follow_ups:
            item, contact_id, job_id = extra_plans[cycle % len(extra_plans)]
            shift = dt.timedelta(days=7 * (cycle // len(extra_plans)))
            follow_ups.append(_follow_up(item, contact_id, job_id, None, end, shift))
            cycle += 1
        _insert(FollowUp, follow_ups[:size.follow_ups])

        interactions = []
        for _number in range(size.interactions):
            day = start + dt.timedelta(days=rng.randrange(span))
            interactions.append(dict(
                contact=rng.choice(contact_ids), application=rng.choice(jobs).id, date=day,
                channel=rng.choice(["email", "phone", "linkedin", "letter"]),
                direction=rng.choice(["out", "in"]), summary="Exchanged news",
            ))
        _insert(Interaction, interactions)
    return size


def _recipient(contact: Contact) -> Recipient:
    channel = Channel(contact.preferred_channel) if contact.preferred_channel else None
    return Recipient(contact.country, contact.subdivision, channel)


def _follow_up(item, contact_id, application_id, interview_id, end: dt.date,
               shift: dt.timedelta = dt.timedelta(0)) -> dict:
    """A planned item as a stored follow-up; `shift` moves the whole plan (its deadline
    too) to fill the five years with copies of the plans made."""
    day = item.date + shift
    done = day < end
    return dict(kind=item.kind.value, contact=contact_id, application=application_id,
                interview=interview_id, reference=None, channel=item.channel.value,
                planned_date=day, deadline=item.deadline + shift if item.deadline else None,
                state=State.DONE if done else State.PLANNED,
                reasons=[r.to_json() for r in item.reasons], draft="",
                done_on=day if done else None,
                created_at=dt.datetime.combine(day, dt.time(8)))
