"""Drafts of stored follow-ups, user templates, and marking a follow-up sent."""

from __future__ import annotations

import datetime as dt

import pytest

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning import drafts
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import FollowUp, Interaction


@pytest.fixture
def thank_you(data_dir):
    """A Norwegian interviewer's thank-you email, after an interview with personal points."""
    contact = add_contact("Kari Nordmann", note_language="nb", country="NO",
                          email="kari@example.no")
    application = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(application, dt.datetime(2026, 12, 17, 14, 0), [contact],
                  highlight="migreringen av dataplattformen", personal_detail="turen til Lofoten")
    settings.put("sender_name", "Ola Hansen")
    row = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    return row.id


def test_draft_is_rendered_in_the_contacts_language(thank_you):
    draft = drafts.open_draft(thank_you)
    assert draft.language == "nb"
    assert draft.body.startswith("Hei Kari,")
    # Sent the day of the interview or the next: the day is named, not dated.
    assert "17. desember" not in draft.body
    assert "møte meg i dag" in draft.body or "møte meg i går" in draft.body
    assert "migreringen av dataplattformen" in draft.body
    assert draft.body.rstrip().endswith("Ola Hansen")
    assert "Data Engineer" in draft.subject
    assert draft.contact_email == "kari@example.no"


@pytest.mark.parametrize(("country", "date"), [
    ("GB", "17 December 2026"), ("US", "December 17, 2026"), ("NO", "17 December 2026")])
def test_an_english_note_is_dated_as_its_recipients_country_writes_dates(data_dir, country,
                                                                         date):
    contact = add_contact("Jordan Lee", note_language="en", country=country,
                          email="jordan@example.com")
    application = add_application("Arm", "Data Engineer", country=country)
    log_interview(application, dt.datetime(2026, 12, 17, 14, 0), [contact])
    row = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    drafts.save_template("thank-you-email", "en", "Thanks",
                         "{greeting}\n\nWe met on {interview_date}.\n\n{signature}")
    assert f"We met on {date}." in drafts.open_draft(row.id).body


def test_saved_draft_is_kept(thank_you):
    drafts.save_draft(thank_you, "Takk!", "Hei Kari,\n\nTusen takk.")
    draft = drafts.open_draft(thank_you)
    assert (draft.subject, draft.body) == ("Takk!", "Hei Kari,\n\nTusen takk.")
    assert drafts.rerender_draft(thank_you).body.startswith("Hei Kari,\n\nTakk for at du")


def test_mark_sent_records_the_interaction_and_closes(thank_you):
    interaction_id = drafts.mark_sent(thank_you, "Takk", "Hei Kari,\n\nTakk.",
                                      dt.date(2026, 12, 17))
    item = FollowUp.get_by_id(thank_you)
    assert (item.state, item.done_on, item.draft) == ("done", dt.date(2026, 12, 17),
                                                       "Hei Kari,\n\nTakk.")
    interaction = Interaction.get_by_id(interaction_id)
    assert (interaction.contact.name, interaction.direction, interaction.channel) == (
        "Kari Nordmann", "out", "email")
    assert interaction.application.company == "Equinor"
    assert "Takk" in interaction.summary
    with pytest.raises(ValidationError):
        drafts.mark_sent(thank_you, "Takk", "Hei Kari,\n\nTakk.")


def test_user_template_overrides_and_restores(thank_you):
    saved = drafts.save_template("thank-you-email", "nb", "Takk, {first_name}",
                                 "{greeting}\n\nTakk for praten om {highlight}!\n\n{signature}")
    assert saved.custom
    draft = drafts.open_draft(thank_you)
    assert draft.subject == "Takk, Kari"
    assert draft.body == "Hei Kari,\n\nTakk for praten om migreringen av dataplattformen!" \
        "\n\nOla Hansen"
    restored = drafts.restore_default("thank-you-email", "nb")
    assert not restored.custom
    assert "Vennlig hilsen" in drafts.rerender_draft(thank_you).body


@pytest.mark.parametrize("body", ["{greeting} {name.__class__}", "{0}", "Hei {", "{navn}"])
def test_saving_a_bad_template_is_refused_and_keeps_the_old_one(data_dir, body):
    drafts.save_template("check-in", "fr", "Objet", "{greeting}\n\nBonjour.")
    with pytest.raises(ValidationError) as caught:
        drafts.save_template("check-in", "fr", "Objet", body)
    assert caught.value.field == "body"
    assert drafts.get_template("check-in", "fr").body == "{greeting}\n\nBonjour."


def test_reference_outcome_picks_landed_or_not(data_dir):
    from jobfollowup.storage.models import Application, Contact

    contact = Contact.get_by_id(add_contact("Giulia Rossi", role="reference",
                                            note_language="it", form_of_address="Dott.ssa"))
    application = Application.get_by_id(add_application("Eni", "Analista", status="accepted"))
    item = FollowUp.create(kind="reference-outcome", contact=contact, application=application,
                           channel="email", planned_date=dt.date(2026, 12, 22))
    draft = drafts.open_draft(item.id)
    assert draft.template_id == "reference-outcome-landed"
    assert draft.body.startswith("Gentile Dott.ssa Rossi,")
    assert "ho accettato la posizione di Analista presso Eni" in draft.body
    application.status = "rejected"
    application.save()
    assert drafts.open_draft(item.id).template_id == "reference-outcome-not-landed"


def test_unknown_follow_up_is_a_clear_error(data_dir):
    with pytest.raises(ValidationError, match="no longer exists"):
        drafts.open_draft(999)


def test_preferences_are_stored_and_checked(data_dir):
    settings.save_preferences("it", " Alex Martin ", "Alex Martin\n+39 123")
    assert (settings.get("language"), settings.get("sender_name")) == ("it", "Alex Martin")
    assert settings.interface_language() == "it"
    with pytest.raises(ValidationError):
        settings.save_preferences("de", "", "")
    assert settings.get("language") == "it"


def test_a_later_check_in_does_not_repeat_the_first(thank_you):
    """The second and third check-ins to Kari follow up on the first; a skipped first one
    never reached her, so the next is worded as the first."""
    from jobfollowup.services.planning.follow_ups import skip

    check_ins = sorted((r for r in list_follow_ups() if r.kind is Kind.CHECK_IN),
                       key=lambda r: r.date)
    assert len(check_ins) >= 2
    first, second = (drafts.open_draft(r.id) for r in check_ins[:2])
    assert first.template_id == "check-in" and second.template_id == "check-in-again"
    assert "Hvordan var turen til Lofoten?" in first.body
    assert "Lofoten" not in second.body and "Siden vi møttes" not in second.body
    assert "Jeg tar kontakt igjen om stillingen som Data Engineer" in second.body
    skip(check_ins[0].id)
    assert drafts.open_draft(check_ins[1].id).template_id == "check-in"
    assert drafts.template_label("check-in-again") == "Later check-in"
