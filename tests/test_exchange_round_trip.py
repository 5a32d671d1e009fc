"""Issue 22: whatever a person typed — accents, quotes, commas, semicolons, newlines,
Chinese, Japanese or Korean, emoji, a leading = + - @ that a spreadsheet would run —
comes back equal from each export the app writes, imported again elsewhere: the contacts'
CSV and the whole JSON file (contacts and applications). The app writes no vCard; a
vCard written by a well-kept writer (vobject's) reads back equal through the import."""

from __future__ import annotations

import itertools
import os

import vobject
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.services.records.core import add_application, add_contact
from jobfollowup.storage.models import Application, Contact

EXAMPLES = settings(max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "40")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
TRICKY = ["Åse Ødegård", "Jean-Luc \"JL\" Picard, Jr.", "O'Brien; Sons", "田中太郎",
          "김민준", "王小明", "👩🏽‍💻 Dev 🎉", "=SUM(A1:A9)", "+47 22 00 00 00", "-1", "@handle",
          "'=quoted", "''", "a\\b\\,c\\;d\\n", "line one\nline two\n\nafter a blank line",
          "  spaced  inside  ", "tab\tinside", "Zoë; Ærøskøbing, «quoted» ‘single’"]
# What a person can type into a field: any character but the invisible controls (a
# newline and a tab excepted), surrogates and unassigned code points.
typed = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"))
                | st.sampled_from("\n\t"), max_size=60)
user_text = st.one_of(st.sampled_from(TRICKY), typed,
                      st.builds(lambda start, rest: start + rest,
                                st.sampled_from("=+-@'"), typed))
name_text = user_text.filter(lambda text: text.strip())
emails = st.one_of(st.just(""), st.from_regex(
    r"[a-z0-9._%+-]{1,12}@[a-z0-9-]{1,12}\.[a-z]{2,6}", fullmatch=True))
places = st.sampled_from([("", None), ("NO", "03"), ("FR", None), ("IT", "RM"), ("JP", None)])
contacts = st.fixed_dictionaries({
    "name": name_text, "form_of_address": user_text, "organisation": user_text,
    "email": emails, "phone": user_text, "postal_address": user_text,
    "personal_details": user_text, "notes": user_text, "place": places,
    "first_name_terms": st.booleans(),
    "role": st.sampled_from(["interviewer", "reference", "recruiter", "network"]),
    "preferred_channel": st.sampled_from([None, "email", "phone", "letter", "linkedin"]),
    "note_language": st.sampled_from(["en", "fr", "it", "nb"])})
applications = st.fixed_dictionaries({
    "company": name_text, "position": name_text, "notes": user_text,
    "posting_url": user_text})
_fresh = itertools.count()


def stored(model) -> list[dict]:
    """Every row of `model` but its number and the moment it was made, in a fixed order."""
    rows = [{k: v for k, v in row.items() if k not in ("id", "created_at")}
            for row in model.select().dicts()]
    return sorted(rows, key=repr)


def add(people: list[dict]) -> None:
    for person in people:
        fields = dict(person)
        fields["country"], fields["subdivision"] = fields.pop("place")
        add_contact(**fields)


def elsewhere(tmp_path):
    """Another computer: a new, empty data file (the test's own is closed first)."""
    close_data()
    open_data(tmp_path / f"elsewhere-{next(_fresh)}")


def distinct(people: list[dict]) -> bool:
    """People the import would not take for one another (same email, else same name)."""
    keys = [" ".join(p["name"].casefold().split()) for p in people]
    mails = [p["email"].casefold() for p in people if p["email"]]
    return len(set(keys)) == len(keys) and len(set(mails)) == len(mails)


@EXAMPLES
@given(people=st.lists(contacts, min_size=1, max_size=4))
def test_the_contacts_csv_export_imports_back_equal(data_dir, tmp_path, people):
    assume(distinct(people))
    elsewhere(tmp_path)
    add(people)
    before = stored(Contact)
    path = tmp_path / f"contacts-{next(_fresh)}.csv"
    assert contacts_exchange.export_contacts_csv(path) == len(people)
    elsewhere(tmp_path)
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.rejected == [] and preview.duplicates == [] and preview.notices == []
    contacts_exchange.import_contacts(preview)
    assert stored(Contact) == before


@EXAMPLES
@given(people=st.lists(contacts, min_size=1, max_size=3),
       jobs=st.lists(applications, max_size=3))
def test_the_json_export_imports_back_equal(data_dir, tmp_path, people, jobs):
    assume(distinct(people))
    assume(len({(" ".join(j["company"].casefold().split()),
                 " ".join(j["position"].casefold().split())) for j in jobs}) == len(jobs))
    elsewhere(tmp_path)
    add(people)
    for job in jobs:
        add_application(**job)
    before = stored(Contact), stored(Application)
    path = tmp_path / f"all-{next(_fresh)}.json"
    full_exchange.export_json(path)
    elsewhere(tmp_path)
    preview = full_exchange.preview_json_import(path)
    assert preview.rejected == [] and preview.duplicates == []
    full_exchange.import_json(preview)
    assert (stored(Contact), stored(Application)) == before


def vcard_of(person: dict) -> str:
    card = vobject.vCard()
    card.add("fn").value = person["name"]
    card.add("n").value = vobject.vcard.Name(family=person["name"],
                                             prefix=person["form_of_address"])
    if person["organisation"]:
        card.add("org").value = [person["organisation"]]
    if person["email"]:
        card.add("email").value = person["email"]
    if person["phone"]:
        card.add("tel").value = person["phone"]
    if person["notes"]:
        card.add("note").value = person["notes"]
    return card.serialize()


@EXAMPLES
@given(person=contacts)
def test_a_vcard_of_any_text_reads_back_equal(data_dir, tmp_path, person):
    person = {key: value.replace("\r", "") if isinstance(value, str) else value
              for key, value in person.items()}  # a vCard's lines end in CRLF: no lone CR
    prefix = person["form_of_address"].strip()
    assume(not (prefix and person["name"].strip().startswith(prefix + " ")))
    path = tmp_path / f"card-{next(_fresh)}.vcf"
    path.write_text(vcard_of(person), encoding="utf-8", newline="")
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.rejected == []
    ((_line, fields),) = preview.new
    assert {key: fields[key] for key in ("name", "form_of_address", "organisation", "email",
                                         "phone", "notes")} == {
        "name": person["name"].strip(), "form_of_address": prefix,
        "organisation": person["organisation"].strip(), "email": person["email"],
        "phone": person["phone"].strip(), "notes": person["notes"].strip()}
