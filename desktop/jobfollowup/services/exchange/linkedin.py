"""The LinkedIn archive in: connections become contacts, job applications become
applications, previewed line by line and then stored in one transaction.

LinkedIn is where much of a job search happens, and its archive is the one place the user
can get that history back. An archive is often downloaded again later, with more in it,
so importing it twice must add nothing twice: a contact is recognised by their LinkedIn
profile (kept in the contact's notes, the app having no field for it), then by email,
then by name and company; an application by company, title and the day it was sent.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_date
from jobfollowup.rules.kinds import Channel, Role, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.contact_cards import full_name
from jobfollowup.services.exchange.contacts_files import Duplicate
from jobfollowup.services.exchange.files import Rejection
from jobfollowup.services.exchange.linkedin_archive import (
    APPLICATIONS,
    CONNECTIONS,
    Table,
    applied_on,
    connected_on,
    read_archive,
)
from jobfollowup.services.fields import MAX_TEXT
from jobfollowup.services.records.contacts import checked_contact
from jobfollowup.services.records.core import checked_application
from jobfollowup.services.records.status_history import change_status
from jobfollowup.storage.models import Application, Contact, database_proxy

_PROFILE = re.compile(r"https?://(?:[\w-]+\.)?linkedin\.com/in/[^\s/?#]+", re.IGNORECASE)


@dataclass
class Part:
    """What one file of the archive would give: its new records (with their line), the
    lines already stored, the lines refused and why."""

    name: str
    new: list[tuple[int, dict]] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


@dataclass
class LinkedInPreview:
    """What importing the archive would do; nothing is stored until `import_linkedin`.
    An application whose contact email is a contact's (stored, or new in the same
    archive) names them in its notes."""

    source: str
    connections: Part = field(default_factory=lambda: Part(CONNECTIONS))
    applications: Part = field(default_factory=lambda: Part(APPLICATIONS))

    @property
    def parts(self) -> tuple[Part, Part]:
        return self.connections, self.applications


def _key(text: str) -> str:
    return " ".join((text or "").casefold().split())


def profile_key(url: str) -> str:
    """A LinkedIn profile however it is written: http or https, www or a country's
    sub-domain, a trailing slash or tracking parameters."""
    match = _PROFILE.search(url or "")
    return match.group(0).split("linkedin.com", 1)[1].casefold() if match else ""


class _Known:
    """The contacts stored or about to be, by each key an archive line can match them on."""

    def __init__(self) -> None:
        self.by_profile: dict[str, str] = {}
        self.by_email: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        for contact in Contact.select(Contact.name, Contact.email, Contact.organisation,
                                      Contact.notes):
            self.add(contact.name, contact.email, contact.organisation,
                     *_PROFILE.findall(contact.notes or ""))

    def add(self, name: str, email: str, organisation: str, *urls: str) -> None:
        for url in urls:
            if profile_key(url):
                self.by_profile.setdefault(profile_key(url), name)
        if email:
            self.by_email.setdefault(_key(email), name)
        self.by_name.setdefault((_key(name), _key(organisation)), name)

    def match(self, name: str, email: str, organisation: str, url: str) -> str | None:
        return (self.by_profile.get(profile_key(url)) if profile_key(url) else None) \
            or (self.by_email.get(_key(email)) if email else None) \
            or self.by_name.get((_key(name), _key(organisation)))


def preview_linkedin_import(path: str | os.PathLike) -> LinkedInPreview:
    """Read the archive and say, line by line, what importing it would do; stores nothing."""
    archive = read_archive(path)
    preview = LinkedInPreview(source=str(path))
    known = _Known()
    if archive.connections is not None:
        _preview_connections(archive.connections, known, preview.connections)
    stored = {(_key(a.company), _key(a.position), a.applied_on) for a in Application.select(
        Application.company, Application.position, Application.applied_on)}
    for table in archive.applications:
        _preview_applications(table, known, stored, preview.applications)
    return preview


def _preview_connections(table: Table, known: _Known, part: Part) -> None:
    for line, row in table.rows:
        name = full_name(row.get("First Name", ""), "", row.get("Last Name", ""))
        url, email = row.get("URL", ""), row.get("Email Address", "")
        company = row.get("Company", "")
        existing = known.match(name, email, company, url)
        if existing is not None:
            part.duplicates.append(Duplicate(line, name, existing))
            continue
        try:
            fields = checked_contact(
                name, role=Role.NETWORK, organisation=company, email=email,
                preferred_channel=Channel.LINKEDIN,
                notes=_contact_notes(row.get("Position", ""), url,
                                     connected_on(row.get("Connected On", ""))))
        except ValidationError as error:
            part.rejected.append(Rejection(line, error.field or "", str(error)))
            continue
        part.new.append((line, fields))
        known.add(fields["name"], fields["email"], company, url)


def _contact_notes(position: str, url: str, since: dt.date | None) -> str:
    """What the contact has no field for, said in the notes: their position, their
    profile (which recognises them in the next archive) and since when they are a
    connection."""
    lines = []
    if position:
        lines.append(_("Position: {position}").format(position=position))
    if url:
        lines.append(_("LinkedIn profile: {url}").format(url=url))
    if since:
        lines.append(_("Connected on LinkedIn on {date}.").format(
            date=format_date(since, current_language())))
    return "\n".join(lines)


def _preview_applications(table: Table, known: _Known, stored: set, part: Part) -> None:
    for line, row in table.rows:
        company, title = row.get("Company Name", ""), row.get("Job Title", "")
        subject = f"{company} — {title}"
        day = applied_on(row.get("Application Date", ""))
        if day is None:
            part.rejected.append(Rejection(line, "Application Date", _(
                "“{value}” is not a date as LinkedIn writes it (11/20/24, 8:15 AM).").format(
                    value=row.get("Application Date", "")[:50])))
            continue
        key = (_key(company), _key(title), day)
        if key in stored:
            part.duplicates.append(Duplicate(line, subject, subject))
            continue
        email = row.get("Contact Email", "")
        contact = known.by_email.get(_key(email)) if email else None
        try:
            fields = checked_application(
                company, title, status=Status.APPLIED, applied_on=day,
                posting_url=row.get("Job Url", ""),
                notes=_application_notes(row, contact))
        except ValidationError as error:
            part.rejected.append(Rejection(line, error.field or "", str(error)))
            continue
        part.new.append((line, fields))
        stored.add(key)


def _application_notes(row: dict[str, str], contact: str | None) -> str:
    """The rest of what LinkedIn kept of the application: who it went to (the stored
    contact when the email is one of theirs), the résumé sent, the questions answered."""
    email, phone = row.get("Contact Email", ""), row.get("Contact Phone Number", "")
    lines = [_("Applied through LinkedIn.")]
    if contact:
        lines.append(_("Contact: {name} ({email})").format(name=contact, email=email))
    elif email:
        lines.append(_("Contact email: {email}").format(email=email))
    if phone:
        lines.append(_("Contact phone number: {phone}").format(phone=phone))
    if row.get("Resume Name"):
        lines.append(_("Résumé sent: {name}").format(name=row["Resume Name"]))
    if row.get("Question And Answers"):
        lines.append(_("Questions and answers: {answers}").format(
            answers=row["Question And Answers"]))
    return "\n".join(lines)[:MAX_TEXT]


def import_linkedin(preview: LinkedInPreview) -> dict[str, int]:
    """Store the new contacts and applications of `preview`, all in one transaction (each
    application with the first step of its history, dated the day it was sent); how many
    of each."""
    with database_proxy.atomic():
        for _line, fields in preview.connections.new:
            Contact.create(**fields)
        for _line, fields in preview.applications.new:
            change_status(Application.create(**fields), Status.APPLIED, fields["applied_on"])
    return {"contact": len(preview.connections.new),
            "application": len(preview.applications.new)}
