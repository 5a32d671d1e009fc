"""Everything in one versioned JSON file, for moving a job search to another computer.

The import checks every record before storing any (types, dates, names, kinds, links
between records); a file with a rejected record is not imported at all, and an accepted
one is stored in one transaction. Contacts already stored (same email, else same name)
are reused rather than doubled; an application already stored (same company and
position) is left out with everything that belongs to it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, Model

from jobfollowup import __version__
from jobfollowup.i18n import _
from jobfollowup.rules import Channel, Kind, Reason
from jobfollowup.rules.kinds import State, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.contacts_files import Duplicate
from jobfollowup.services.exchange.files import Rejection, read_text, write_private
from jobfollowup.services.fields import MAX_TEXT
from jobfollowup.services.parsing import checked_day
from jobfollowup.services.records.contacts import checked_contact
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    Interview,
    InterviewParticipant,
    JSONField,
    NoteTemplate,
    Reference,
    Setting,
    StatusChange,
    database_proxy,
)

FORMAT = "jobfollowup-export"
FORMAT_VERSION = 1
# Parents before children, so links can be checked and renumbered in one pass.
ORDER: tuple[type[Model], ...] = (Setting, Contact, Application, StatusChange, Interview,
                                  InterviewParticipant, Reference, FollowUp, Interaction,
                                  NoteTemplate)
# "database_uid" names this database in calendar exports; the mail account belongs to this
# computer, whose keyring holds its password.
_NOT_EXPORTED_SETTINGS = ("database_uid", "mail_account", "mail_auto_accept")


def _table(model: type[Model]) -> str:
    return model._meta.table_name


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def export_json(path: str | os.PathLike, now: dt.datetime | None = None) -> dict[str, int]:
    """Write every record to `path`; returns how many of each table."""
    tables = {}
    for model in ORDER:
        rows = [{k: _json_value(v) for k, v in row.items()}
                for row in model.select().order_by(*model._meta.get_primary_keys()).dicts()]
        if model is Setting:
            rows = [r for r in rows if r["key"] not in _NOT_EXPORTED_SETTINGS]
        tables[_table(model)] = rows
    document = {
        "format": FORMAT, "version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": (now or dt.datetime.now()).replace(microsecond=0).isoformat(),
        "tables": tables,
    }
    write_private(Path(path), json.dumps(document, ensure_ascii=False, indent=1))
    return {name: len(rows) for name, rows in tables.items()}


@dataclass
class FullPreview:
    """What importing the file would add; `rejected` non-empty means it cannot be imported."""

    source: str
    new: dict[str, int] = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    # (model, id in the file, fields with links still as ids in the file)
    plan: list[tuple[type[Model], Any, dict]] = field(default_factory=list)
    reused: dict[str, dict[int, int]] = field(default_factory=dict)


class _Rejected(Exception):
    def __init__(self, field_name: str, why: str) -> None:
        super().__init__(why)
        self.field_name, self.why = field_name, why


def _converted(model: type[Model], row: dict) -> dict:
    """The record's fields in Python types, or _Rejected for the first bad one."""
    values = {}
    for column in model._meta.sorted_fields:
        if column.primary_key and model is not Setting:
            continue
        name = column.name
        if name not in row:
            if column.default is not None or column.null:
                continue
            raise _Rejected(name, _("This field is missing."))
        value = row[name]
        if value is None:
            if not column.null:
                raise _Rejected(name, _("This field cannot be empty."))
        elif isinstance(column, ForeignKeyField):
            if not isinstance(value, int) or isinstance(value, bool):
                raise _Rejected(name, _("This link is not a record number."))
        elif isinstance(column, DateTimeField):
            try:
                value = dt.datetime.fromisoformat(str(value)).replace(tzinfo=None)
            except ValueError:
                raise _Rejected(name, _("“{value}” is not a date and time.").format(
                    value=str(value)[:50])) from None
        elif isinstance(column, DateField):
            try:
                value = dt.date.fromisoformat(str(value))
            except ValueError:
                raise _Rejected(name, _("“{value}” is not a date.").format(
                    value=str(value)[:50])) from None
        elif isinstance(column, BooleanField):
            if not isinstance(value, bool):
                raise _Rejected(name, _("This field must be true or false."))
        elif isinstance(column, JSONField):
            pass
        elif not isinstance(value, str):
            raise _Rejected(name, _("This field must be text."))
        elif len(value) > MAX_TEXT:
            raise _Rejected(name, _("This text is too long."))
        if isinstance(value, dt.date):
            try:
                checked_day(value, name)
            except ValidationError as error:
                raise _Rejected(name, str(error)) from None
        values[name] = value
    return values


def _check_record(model: type[Model], values: dict) -> None:
    """The rules a record must meet beyond its types."""
    if model is Contact:
        details = {k: values[k] for k in (
            "role", "organisation", "email", "phone", "postal_address", "preferred_channel",
            "note_language", "country", "subdivision", "form_of_address", "first_name_terms",
            "personal_details", "notes") if k in values}
        try:
            checked_contact(values.get("name", ""), **details)
        except ValidationError as error:
            raise _Rejected(error.field or "name", str(error)) from None
    elif model is Application:
        for name in ("company", "position"):
            if not values.get(name, "").strip():
                raise _Rejected(name, _("This field cannot be empty."))
    elif model is StatusChange:
        if values.get("status") not in tuple(Status):
            raise _Rejected("status", _("This value is not one the app knows."))
    elif model is FollowUp:
        checks = (("kind", lambda v: Kind(v)), ("channel", lambda v: Channel(v)),
                  ("state", lambda v: tuple(State).index(v)),
                  ("reasons", lambda v: [Reason.from_json(r).text("en") for r in v]))
        for name, check in checks:
            try:
                check(values.get(name, [] if name == "reasons" else None))
            except Exception:  # noqa: BLE001 — any failure means the file's value is unusable
                raise _Rejected(name, _("This value is not one the app knows.")) from None


def _key(text: str) -> str:
    return " ".join(str(text).casefold().split())


def preview_json_import(path: str | os.PathLike) -> FullPreview:
    """Check the whole file and say what importing it would add; stores nothing."""
    path = Path(path)
    try:
        document = json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise ValidationError(_(
            "{path} is not a complete Job Follow-up export (it breaks off or is damaged at "
            "line {line}).").format(path=path, line=error.lineno), "file") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT \
            or not isinstance(document.get("tables"), dict):
        raise ValidationError(_("{path} is not a Job Follow-up export.").format(path=path),
                              "file")
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError(_("{path} was exported by a newer version of Job Follow-up; "
                                "please update the app.").format(path=path), "file")
    preview = FullPreview(source=str(path))
    by_email = {_key(c.email): c for c in Contact.select() if c.email}
    by_name = {_key(c.name): c for c in Contact.select()}
    applications = {(_key(a.company), _key(a.position)) for a in Application.select()}
    templates = {(t.template_id, t.language) for t in NoteTemplate.select()}
    settings = {s.key for s in Setting.select()}
    known: dict[str, set] = {}
    skipped: dict[str, set] = {}
    reused: dict[str, dict[int, int]] = {"contact": {}}
    for model in ORDER:
        table = _table(model)
        known[table], skipped[table] = set(), set()
        rows = document["tables"].get(table, [])
        if not isinstance(rows, list):
            preview.rejected.append(Rejection(0, table, _("This table is not a list.")))
            continue
        added = 0
        for number, row in enumerate(rows, start=1):
            try:
                if not isinstance(row, dict):
                    raise _Rejected(table, _("This record is not an object."))
                old_id = row.get("key") if model is Setting else row.get("id")
                if model is not Setting and (not isinstance(old_id, int)
                                             or isinstance(old_id, bool)):
                    raise _Rejected("id", _("This record has no number."))
                if old_id in known[table]:
                    raise _Rejected("id", _("Two records have this number."))
                values = _converted(model, row)
                _check_record(model, values)
                links = [(c.name, _table(c.rel_model)) for c in model._meta.sorted_fields
                         if isinstance(c, ForeignKeyField)]
                if any(values.get(name) in skipped[target] for name, target in links):
                    skipped[table].add(old_id)
                    continue
                for name, target in links:
                    linked = values.get(name)
                    if linked is not None and linked not in known[target]:
                        raise _Rejected(name, _("It refers to record {number} of {table}, "
                                                "which is not in the file.").format(
                                                    number=linked, table=target))
            except _Rejected as rejected:
                preview.rejected.append(Rejection(number, f"{table}.{rejected.field_name}",
                                                  rejected.why))
                continue
            known[table].add(old_id)
            if model is Setting:
                if old_id in settings or old_id in _NOT_EXPORTED_SETTINGS:
                    continue
            elif model is Contact:
                same = (by_email.get(_key(values.get("email", ""))) if values.get("email")
                        else None) or by_name.get(_key(values["name"]))
                if same is not None:
                    reused["contact"][old_id] = same.id
                    preview.duplicates.append(Duplicate(number, values["name"], same.name))
                    continue
            elif model is Application:
                key = (_key(values["company"]), _key(values["position"]))
                if key in applications:
                    skipped[table].add(old_id)
                    preview.duplicates.append(Duplicate(
                        number, f"{values['company']} — {values['position']}",
                        f"{values['company']} — {values['position']}"))
                    continue
                applications.add(key)
            elif model is NoteTemplate and (values["template_id"],
                                            values["language"]) in templates:
                continue
            preview.plan.append((model, old_id, values))
            added += 1
        preview.new[table] = added
    preview.reused = reused
    return preview


def import_json(preview: FullPreview) -> dict[str, int]:
    """Store what `preview` found, in one transaction; refused if anything was rejected."""
    if preview.rejected:
        raise ValidationError(_("Nothing was imported: the file has problems (see the "
                                "list)."), "file")
    new_ids: dict[str, dict[Any, int]] = {_table(m): {} for m in ORDER}
    new_ids["contact"].update(preview.reused.get("contact", {}))
    with database_proxy.atomic():
        for model, old_id, values in preview.plan:
            record = dict(values)
            for column in model._meta.sorted_fields:
                if isinstance(column, ForeignKeyField) and record.get(column.name) is not None:
                    record[column.name] = new_ids[_table(column.rel_model)][record[column.name]]
            created = model.create(**record)
            if model is not Setting:
                new_ids[_table(model)][old_id] = created.id
        _start_missing_histories(list(new_ids[_table(Application)].values()))
    return dict(preview.new)


def _start_missing_histories(application_ids: list[int]) -> None:
    """An application imported without a status history (a file from before there was
    one) starts it with its status, on the day it was sent (else recorded)."""
    with_history = {row.application_id for row in StatusChange.select(
        StatusChange.application).where(StatusChange.application.in_(application_ids))}
    for application in Application.select().where(Application.id.in_(application_ids)):
        if application.id not in with_history:
            StatusChange.create(application=application, status=application.status,
                                changed_on=application.applied_on
                                or application.created_at.date())
