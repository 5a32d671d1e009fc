"""Note templates: every kind in every language, rendered safely."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobfollowup.i18n import LANGUAGES, set_language
from jobfollowup.notes.builtin import BUILTIN, TEMPLATE_IDS
from jobfollowup.notes.proofread import proofread
from jobfollowup.notes.templates import (
    NoteFacts,
    Template,
    TemplateError,
    check_template,
    fill,
    greeting,
    render,
)
from jobfollowup.rules.kinds import HANDWRITTEN, Kind

INTERVIEW = dt.date(2026, 12, 17)
WRITTEN = dt.date(2027, 1, 6)  # three weeks later: the note names the day and month
DATES = {"en": "December 17", "fr": "17 décembre", "it": "17 dicembre", "nb": "17. desember"}
PEOPLE = {  # name, form of address, the personal points in that language
    "en": ("Jordan Lee", "Ms", ("the data platform migration", "the four-day week",
                               "open-source work", "your trip to Lofoten")),
    "fr": ("Hélène Dupont", "Madame", ("la migration de la plateforme",
                                       "la semaine de quatre jours", "la place du logiciel libre",
                                       "votre voyage en Bretagne")),
    "it": ("Giulia Rossi", "Dott.ssa", ("la migrazione della piattaforma", "la settimana corta",
                                        "il software libero", "il viaggio in Sicilia")),
    "nb": ("Kari Nordmann", "", ("migreringen av dataplattformen", "firedagersuka",
                                 "åpen kildekode", "turen til Lofoten")),
}


def facts(language: str, **changes) -> NoteFacts:
    name, title, (highlight, surprise, resonated, detail) = PEOPLE[language]
    base = dict(language=language, name=name, form_of_address=title, company="Equinor",
                position="Data Engineer", interview_date=INTERVIEW, highlight=highlight,
                surprise=surprise, resonated=resonated, personal_detail=detail,
                sender="Alex Martin", written_on=WRITTEN)
    base.update(changes)
    return NoteFacts(**base)


def test_every_template_exists_in_every_language():
    assert set(BUILTIN) == set(LANGUAGES)
    for language in LANGUAGES:
        assert set(BUILTIN[language]) == set(TEMPLATE_IDS)
    assert {k.value for k in Kind} <= set(TEMPLATE_IDS) | {"reference-outcome"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_renders_name_company_and_date(language, template_id):
    note = render(BUILTIN[language][template_id], facts(language), template_id in HANDWRITTEN)
    text = note.as_text()
    name = PEOPLE[language][0]
    family = name.split()[-1]
    first = name.split()[0]
    greeting_line = note.body.splitlines()[0]
    # A formal French card greets "Madame," alone, as French letters do.
    assert first in greeting_line or family in greeting_line or (
        language == "fr" and template_id in HANDWRITTEN and greeting_line == "Madame,")
    assert "Equinor" in text
    assert "{" not in text and "}" not in text
    assert "Alex Martin" in note.body.splitlines()[-1]
    if "{interview_when}" in BUILTIN[language][template_id].body:
        assert DATES[language] in text
    if template_id in HANDWRITTEN:
        assert note.subject == ""
    else:
        assert note.subject


@pytest.mark.parametrize("language", LANGUAGES)
def test_thank_you_email_carries_the_date_and_every_point(language):
    note = render(BUILTIN[language]["thank-you-email"], facts(language))
    assert DATES[language] in note.body
    for point in PEOPLE[language][2]:
        assert point in note.body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_proofreader_finds_nothing_in_builtin_templates(language, template_id):
    note = render(BUILTIN[language][template_id], facts(language), template_id in HANDWRITTEN)
    points = PEOPLE[language][2]
    assert proofread(note.body, PEOPLE[language][0], template_id, points,
                     subject=note.subject) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_points_leave_no_dangling_sentence(language):
    bare = facts(language, highlight="", surprise="", resonated="", personal_detail="")
    note = render(BUILTIN[language]["thank-you-email"], bare)
    full = render(BUILTIN[language]["thank-you-email"], facts(language))
    # The four point lines go, and the blank line that framed their paragraph.
    assert len(note.body.splitlines()) == len(full.body.splitlines()) - 5
    assert "\n\n\n" not in note.body
    for line in note.body.splitlines():
        assert not line.rstrip().endswith((" .", " !", ": .", "de .", "su .", "om ."))


def test_greetings_follow_each_language():
    assert greeting(facts("nb")) == "Hei Kari,"
    assert greeting(facts("fr")) == "Bonjour Madame Dupont,"
    assert greeting(facts("fr"), handwritten=True) == "Madame,"
    assert greeting(facts("it")) == "Gentile Dott.ssa Rossi,"
    assert greeting(facts("en")) == "Dear Ms Lee,"
    assert greeting(facts("en", first_name_terms=True)) == "Dear Jordan,"
    assert greeting(facts("en", form_of_address="")) == "Dear Jordan Lee,"


@pytest.mark.parametrize("hostile", ["{name.__class__}", "{0}", "{", "}", "Hi {name",
                                     "{name!r}", "{name:>10}", "{company[0]}", "{}",
                                     "{__import__('os')}"])
def test_hostile_placeholders_are_refused_with_their_name(hostile):
    with pytest.raises(TemplateError) as caught:
        check_template(f"{{greeting}}\n\n{hostile}\n")
    message = str(caught.value)
    assert caught.value.placeholder in hostile
    assert caught.value.placeholder in message
    assert isinstance(caught.value, ValueError)


def test_error_is_said_in_the_interface_language():
    set_language("fr")
    with pytest.raises(TemplateError) as caught:
        check_template("{salutation}")
    assert "Champ inconnu «\u00a0{salutation}\u00a0»" in str(caught.value)


def test_doubled_braces_are_literal():
    assert fill("a {{b}} {name}", {"name": "Kari"}) == "a {b} Kari"


@given(st.text())
def test_user_text_in_points_renders_literally(text):
    template = Template("{highlight}", "{greeting}\n\nX {highlight} Y\n\n{signature}")
    note = render(template, facts("nb", highlight=text, sender="Ola"))
    if text.strip():
        assert f"X {text.strip()} Y" in note.body
    else:
        assert "X" not in note.body


@given(st.text(), st.text(), st.text())
def test_arbitrary_names_and_companies_never_raise(name, company, position):
    for language in LANGUAGES:
        for template_id in TEMPLATE_IDS:
            note = render(BUILTIN[language][template_id],
                          facts(language, name=name, company=company, position=position))
            assert isinstance(note.body, str)
