"""Whatever a person types or a file holds — empty or 10 000-character text, right-to-left
and emoji, control characters, SQL- and HTML-looking strings, dates far away or
impossible — the services either store it exactly or refuse it with our own clear
message; nothing else escapes and nothing stored is lost.

HOSTILE_EXAMPLES=600 runs each property ten times longer than CI does."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jobfollowup.notes.builtin import TEMPLATE_IDS
from jobfollowup.notes.templates import NoteFacts, TemplateError, fill
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.services.fields import MAX_TEXT
from jobfollowup.services.parsing import parse_date, parse_datetime
from jobfollowup.services.planning import drafts
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interview,
    InterviewParticipant,
    StatusChange,
)

NASTY = [
    "", " ", "\t\n", "x" * MAX_TEXT, "x" * (MAX_TEXT + 1), "שלום עולם", "مرحبا بالعالم",
    "\u202eevil\u202c", "👩🏽‍💻🎉", "Åse Ødegård-Lie", "\x00\x07\x1b[31mred\x7f",
    "Robert'); DROP TABLE contact;--", "' OR 1=1 --", "<script>alert(1)</script>",
    "<b>bold</b> &amp;", "{company}", "{{name}}", "{__class__.__mro__}", "%s %d %n",
    "=HYPERLINK(\"http://x\")", "\r\n\r\n", "\ufeffBOM", "a\u0301", "\U0001F600" * 300,
]
hostile_text = st.one_of(st.sampled_from(NASTY), st.text(max_size=200),
                         st.text(alphabet=st.characters(codec="utf-8"), max_size=50))
EXTREMES = [dt.datetime(1, 1, 1), dt.datetime(1899, 12, 31, 23, 59),
            dt.datetime(1900, 1, 1), dt.datetime(2199, 12, 31, 23, 59), dt.datetime(2200, 1, 1),
            dt.datetime(9999, 12, 31, 23, 59), dt.datetime(2028, 2, 29, 9)]
hostile_date = st.one_of(st.sampled_from([d.date() for d in EXTREMES]), st.dates())
hostile_datetime = st.one_of(st.sampled_from(EXTREMES), st.datetimes())
FAST = settings(max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def counts():
    return tuple(model.select().count() for model in (Contact, Application, Interview,
                                                      FollowUp))


@FAST
@given(name=hostile_text, organisation=hostile_text, notes=hostile_text, email=hostile_text)
def test_add_contact_stores_exactly_or_refuses_clearly(data_dir, name, organisation, notes,
                                                       email):
    before = counts()
    try:
        contact_id = add_contact(name, organisation=organisation, notes=notes, email=email)
    except ValidationError as error:
        assert str(error) and error.field
        assert counts() == before
        return
    stored = Contact.get_by_id(contact_id)
    assert (stored.name, stored.organisation, stored.notes, stored.email) == (
        name.strip(), organisation.strip(), notes.strip(), email.strip())


@FAST
@given(company=hostile_text, position=hostile_text, applied=hostile_date,
       reply_by=hostile_date)
def test_add_application_stores_exactly_or_refuses_clearly(data_dir, company, position,
                                                           applied, reply_by):
    before = counts()
    try:
        application_id = add_application(company, position, applied_on=applied,
                                         reply_by=reply_by)
    except ValidationError as error:
        assert str(error)
        assert counts() == before
        return
    stored = Application.get_by_id(application_id)
    assert (stored.company, stored.position, stored.applied_on, stored.reply_by) == (
        company.strip(), position.strip(), applied, reply_by)


@FAST
@given(starts_at=hostile_datetime, reply_by=st.none() | hostile_date, highlight=hostile_text,
       detail=hostile_text)
def test_log_interview_plans_or_refuses_clearly_at_any_date(data_dir, starts_at, reply_by,
                                                            highlight, detail):
    contact = Contact.get_or_none() or Contact.get_by_id(add_contact("Kari", country="NO"))
    try:
        application = add_application("Equinor", "Engineer", reply_by=reply_by, country="NO")
    except ValidationError as error:
        assert "too far away" in str(error)
        return
    before = counts()
    try:
        log_interview(application, starts_at, [contact.id], highlight=highlight,
                      personal_detail=detail)
    except ValidationError as error:
        assert str(error)
        assert counts() == before
        return
    interview = Interview.select().order_by(Interview.id.desc()).get()
    assert (interview.starts_at, interview.highlight, interview.personal_detail) == (
        starts_at.replace(microsecond=interview.starts_at.microsecond), highlight.strip(),
        detail.strip())


@settings(max_examples=200, deadline=None)
@given(text=hostile_text)
def test_typed_dates_are_read_or_refused_clearly(text):
    for parse in (parse_date, parse_datetime):
        try:
            parse(text, "date")
        except ValidationError as error:
            assert "is not a valid date" in str(error)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "0000-01-01", "2026-12-17T25:00",
                                  "10000-01-01", "١٢-١٢-٢٠٢٦"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValidationError):
        parse_datetime(text, "interview")


@FAST
@given(rows=st.lists(st.tuples(hostile_text, hostile_text, hostile_text), max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_contacts_csv_import_round_trips_or_reports_each_line(data_dir, tmp_path, rows,
                                                              delimiter):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Name", "Email", "Notes"])
    writer.writerows(rows)
    path = tmp_path / "contacts.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    before = counts()
    try:
        preview = contacts_exchange.preview_contacts_import(path)
    except ValidationError as error:
        assert str(error)
        return
    assert counts() == before  # a preview stores nothing
    contacts_exchange.import_contacts(preview)
    for _line, fields in preview.new:
        stored = Contact.get(Contact.name == fields["name"])
        assert (stored.email, stored.notes) == (fields["email"], fields["notes"])
    for rejection in preview.rejected:
        assert rejection.line >= 2 and rejection.why
    assert Contact.select().count() == before[0] + len(preview.new)


@FAST
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".vcf", ".json"]))
def test_any_bytes_as_an_import_file_give_a_clear_message(data_dir, tmp_path, data, suffix):
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    before = counts()
    try:
        if suffix == ".json":
            full_exchange.preview_json_import(path)
        else:
            contacts_exchange.preview_contacts_import(path)
    except ValidationError as error:
        assert str(error)
    assert counts() == before


@FAST
@given(card=st.lists(st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:4.0", "FN:Kari", "FN:", "N:;;;;", "EMAIL:x",
    "EMAIL:kari@example.no", "ADR:;;", "NOTE:\\n\\,\\;\\\\", " folded", "ORG:;;;",
    "item1.TEL;TYPE=cell:+47", "NOTE;ENCODING=QUOTED-PRINTABLE:=C3=85se=", "X-JUNK"]),
    max_size=12), name=hostile_text)
def test_any_vcard_lines_are_read_or_refused_clearly(data_dir, tmp_path, card, name):
    path = tmp_path / "cards.vcf"
    path.write_text("\r\n".join([*card, "BEGIN:VCARD", f"FN:{name}", "END:VCARD"]),
                    encoding="utf-8")
    try:
        preview = contacts_exchange.preview_contacts_import(path)
    except ValidationError as error:
        assert str(error)
        return
    contacts_exchange.import_contacts(preview)


@FAST
@given(table=st.sampled_from(["contact", "application", "interview", "follow_up"]),
       column=st.sampled_from(["name", "email", "company", "starts_at", "planned_date",
                               "kind", "reasons", "contact", "application", "id", "state"]),
       value=st.one_of(hostile_text, st.integers(), st.none(), st.booleans(),
                       st.lists(st.integers(), max_size=2), st.dictionaries(
                           st.text(max_size=3), st.integers(), max_size=2)))
def test_a_tampered_json_export_imports_whole_or_not_at_all(data_dir, tmp_path, table,
                                                             column, value):
    path = tmp_path / "all.json"
    if not path.exists():
        kari = add_contact("Kari Nordmann", country="NO")
        application = add_application("Equinor", "Engineer", country="NO")
        log_interview(application, dt.datetime(2026, 12, 17, 14), [kari])
        full_exchange.export_json(path)
        for model in (FollowUp, InterviewParticipant, Interview, StatusChange, Application,
                      Contact):
            model.delete().execute()
    document = json.loads(path.read_text(encoding="utf-8"))
    rows = document["tables"][table]
    assume(rows and column in rows[0])
    rows[0][column] = value
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document), encoding="utf-8")
    preview = full_exchange.preview_json_import(tampered)
    before = counts()
    if preview.rejected:
        with pytest.raises(ValidationError):
            full_exchange.import_json(preview)
        assert counts() == before
    else:
        full_exchange.import_json(preview)
        from jobfollowup.services.planning.follow_ups import list_follow_ups
        list_follow_ups()  # what was imported can be shown


@FAST
@given(template=hostile_text, values=st.dictionaries(
    st.sampled_from(["name", "company", "greeting", "x"]), hostile_text, max_size=4))
def test_template_filling_is_literal_or_refused_clearly(template, values):
    try:
        result = fill(template, values)
    except TemplateError as error:
        assert str(error) and error.placeholder is not None
        return
    assert isinstance(result, str)
    company = values.get("company", "")
    if company.strip() and "\n" not in company:  # a value is inserted as it is, never read
        assert fill("At {company}.", values) == f"At {company}."


@FAST
@given(template_id=st.sampled_from(TEMPLATE_IDS), language=st.sampled_from(
    ["en", "fr", "it", "nb"]), name=hostile_text, company=hostile_text, highlight=hostile_text,
    interview=st.none() | hostile_date)
def test_every_builtin_template_renders_hostile_facts_literally(template_id, language, name,
                                                                company, highlight, interview):
    facts = NoteFacts(language=language, name=name, company=company, highlight=highlight,
                      interview_date=interview)
    try:
        note = drafts.render_note(template_id, facts)
    except ValidationError as error:
        assert str(error)
        return
    assert isinstance(note.subject, str) and isinstance(note.body, str)


@FAST
@given(subject=hostile_text, body=hostile_text)
def test_saved_templates_round_trip_or_are_refused_clearly(data_dir, subject, body):
    try:
        saved = drafts.save_template("check-in", "fr", subject, body)
    except ValidationError as error:
        assert str(error)
        return
    again = drafts.get_template("check-in", "fr")
    assert (again.subject, again.body) == (saved.subject, saved.body)


@FAST
@given(name=hostile_text, company=hostile_text, highlight=hostile_text,
       language=st.sampled_from(["en", "fr", "it", "nb"]))
def test_drafts_of_hostile_records_open_and_keep_the_names_exactly(data_dir, name, company,
                                                                   highlight, language):
    try:
        contact = add_contact(name, note_language=language, country="NO",
                              email="kari@example.no")
        application = add_application(company, "Engineer", country="NO")
        planned = log_interview(application, dt.datetime(2026, 12, 17, 14), [contact],
                                highlight=highlight)
    except ValidationError:
        return
    for follow_up_id in planned:
        draft = drafts.open_draft(follow_up_id)
        assert draft.contact_name == name.strip() and draft.company == company.strip()
        try:
            drafts.save_draft(follow_up_id, draft.subject, draft.body)
        except ValidationError as error:  # 10 000-character names make a note too long
            assert "too long" in str(error)
            continue
        assert drafts.open_draft(follow_up_id).body == draft.body.rstrip()
