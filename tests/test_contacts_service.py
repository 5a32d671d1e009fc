"""Contacts: every field checked with a message naming it, search, edits that re-plan,
deletions that come back with the same ids."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.i18n import set_language
from jobfollowup.rules import Kind
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.applications import delete_application
from jobfollowup.services.records.contacts import (
    contact_dependents,
    delete_contact,
    get_contact,
    search_contacts,
    update_contact,
)
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interactions import log_interaction
from jobfollowup.services.undo import recorded, undo
from jobfollowup.storage.models import FollowUp


@pytest.mark.parametrize(("fields", "field", "message"), [
    (dict(name="  "), "name", "The name cannot be empty."),
    (dict(name="Kari", email="kari.example.no"), "email",
     "“kari.example.no” is not an email address."),
    (dict(name="Kari", country="XX"), "country", "Unknown country code “XX”"),
    (dict(name="Kari", country="NO", subdivision="99"), "country", "Unknown subdivision"),
    (dict(name="Kari", note_language="de"), "note_language", "not a valid note language"),
])
def test_each_wrong_field_is_refused_with_a_message_naming_it(data_dir, fields, field,
                                                              message):
    with pytest.raises(ValidationError) as caught:
        add_contact(**fields)
    assert caught.value.field == field
    assert message in str(caught.value)
    assert search_contacts() == []


def test_messages_name_the_field_in_the_interface_language(data_dir):
    set_language("fr")
    with pytest.raises(ValidationError) as caught:
        add_contact("  ")
    assert str(caught.value) == "Le champ nom ne peut pas être vide."


def test_an_update_with_one_wrong_field_saves_nothing(data_dir):
    kari = add_contact("Kari Nordmann", email="kari@example.no", country="NO")
    with pytest.raises(ValidationError):
        update_contact(kari, organisation="Equinor", email="not an address")
    assert get_contact(kari).organisation == ""
    assert get_contact(kari).email == "kari@example.no"


def test_search_covers_name_organisation_and_email_and_shows_last_interaction(data_dir):
    kari = add_contact("Kari Nordmann", organisation="Equinor", email="kari@equinor.com")
    add_contact("Marie Dupont", organisation="Airbus", email="marie.dupont@airbus.com")
    log_interaction(kari, dt.date(2026, 12, 1), "email", "out", "Sent my CV")
    log_interaction(kari, dt.date(2026, 12, 9), "phone", "in", "She called back")
    assert [r.name for r in search_contacts("equinor")] == ["Kari Nordmann"]
    assert [r.name for r in search_contacts("airbus.com")] == ["Marie Dupont"]
    assert [r.name for r in search_contacts("Mar")] == ["Marie Dupont"]
    rows = {r.name: r for r in search_contacts()}
    assert rows["Kari Nordmann"].last_interaction == dt.date(2026, 12, 9)
    assert rows["Marie Dupont"].last_interaction is None


def test_a_new_country_replans_planned_follow_ups_but_not_done_ones(data_dir):
    # An interview on Thursday 30 April 2026: Friday 1 May is a holiday in France, not
    # in the UK, so the thank-you card's first post day moves when she moves.
    claire = add_contact("Claire Martin", country="GB", postal_address="1 High St, London")
    job = add_application("Thales", "Systems Analyst", reply_by=dt.date(2026, 5, 11))
    log_interview(job, dt.datetime(2026, 4, 30, 10, 0), [claire])
    email = FollowUp.get(FollowUp.kind == Kind.THANK_YOU_EMAIL.value)
    email.state, email.done_on = "done", dt.date(2026, 4, 30)
    email.save()
    before = {r.id: (r.kind, r.date) for r in list_follow_ups()}

    changes = update_contact(claire, country="FR")

    after = {r.id: (r.kind, r.date) for r in list_follow_ups()}
    assert after[email.id] == before[email.id]
    note = next(i for i, (kind, _day) in after.items() if kind is Kind.THANK_YOU_NOTE)
    assert before[note][1] == dt.date(2026, 5, 1)
    assert after[note][1] == dt.date(2026, 5, 4)
    assert {(c.kind, c.before, c.after) for c in changes.moved} >= {
        (Kind.THANK_YOU_NOTE, dt.date(2026, 5, 1), dt.date(2026, 5, 4))}
    assert all(c.follow_up_id != email.id for c in changes.changes)


def test_an_edit_of_the_name_replans_nothing(data_dir):
    kari = add_contact("Kari Nordman", country="NO")
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 17, 10, 0), [kari])
    assert not update_contact(kari, name="Kari Nordmann")
    assert get_contact(kari).name == "Kari Nordmann"


def test_delete_says_what_goes_and_restore_brings_back_the_same_ids(data_dir):
    kari = add_contact("Kari Nordmann", country="NO")
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 17, 10, 0), [kari])
    log_interaction(kari, dt.date(2026, 12, 18), "email", "out", "Thanks")
    ids = sorted(r.id for r in list_follow_ups())
    counts = contact_dependents(kari)
    assert (counts.follow_ups, counts.interactions, counts.interviews) == (len(ids), 1, 1)

    _nothing, step = recorded(lambda: delete_contact(kari))
    assert search_contacts() == [] and list_follow_ups() == []
    undo(step)
    assert [r.id for r in search_contacts()] == [kari]
    assert sorted(r.id for r in list_follow_ups()) == ids
    assert search_contacts()[0].last_interaction == dt.date(2026, 12, 18)


printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=printable.filter(lambda s: s.strip()), organisation=printable,
       details=printable, notes=st.text(max_size=200), address=printable)
def test_contact_text_round_trips(data_dir, name, organisation, details, notes, address):
    contact = add_contact(name, organisation=organisation, personal_details=details,
                          notes=notes, postal_address=address)
    stored = get_contact(contact)
    assert (stored.name, stored.organisation, stored.personal_details, stored.notes,
            stored.postal_address) == (name.strip(), organisation.strip(), details.strip(),
                                       notes.strip(), address.strip())
    update_contact(contact, name=name + " Jr")
    assert get_contact(contact).name == (name + " Jr").strip()


def test_a_restore_whose_records_are_gone_is_refused_and_changes_nothing(data_dir):
    kari = add_contact("Kari Nordmann", country="NO")
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 17, 10, 0), [kari])
    _nothing, step = recorded(lambda: delete_contact(kari))
    delete_application(job)  # its interview, which Kari's follow-ups pointed to, is gone
    with pytest.raises(ValidationError, match="cannot be taken back"):
        undo(step)
    assert search_contacts() == []


def test_a_note_marked_sent_reads_in_words_in_the_history(data_dir):
    """The exchange a sent note logs keeps its kind's code (Mark as not sent finds it by
    it); the history says the kind in the interface language."""
    from jobfollowup.services.planning.follow_ups import mark_done, mark_not_sent
    from jobfollowup.services.records.interactions import history, shown_summary

    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example")
    log_interview(add_application("Equinor", "Data Engineer"),
                  dt.datetime(2026, 12, 17, 14, 0), [kari])
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    mark_done(email.id, dt.date(2026, 12, 17), subject="Thank you", body="Dear Kari Nordmann",
              name_checked=True)
    assert [row.summary for row in history(kari)] == ["Thank-you email: Thank you"]
    set_language("fr")
    assert history(kari)[0].summary == "E-mail de remerciement\u00a0: Thank you"
    set_language("en")
    assert shown_summary("She called back") == "She called back"
    assert shown_summary("not-a-kind: text") == "not-a-kind: text"
    mark_not_sent(email.id)  # found again by its code, and forgotten
    assert history(kari) == []
