"""A follow-up named inside a sentence is a whole sentence per kind ("Check in with Kari",
"Relancer Claire"), never a kind's label with "to" and a name slotted after it ("Check-in
to Kari", "Garder le contact à Claire") (issue 21: kind labels that read as nouns)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.messages.pofile import read_po

from jobfollowup.i18n import LANGUAGES, catalog_dir, current_language, set_language
from jobfollowup.rules.kinds import Channel, Kind, State
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.replanning import Change, PlanChanges

NAME = "Kari Nordmann"
# The words that made "<label> to <name>" in each language.
TO = {"en": "to", "fr": "à|pour", "it": "a|per", "nb": "til"}


def row(kind: Kind, state: str = State.PLANNED) -> FollowUpRow:
    return FollowUpRow(1, kind, dt.date(2026, 12, 29), None, state, Channel.EMAIL, 1, NAME,
                       1, "Equinor", "Data Engineer")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", tuple(Kind))
def test_each_kind_has_a_sentence_with_the_name_in_every_language(kind, language):
    set_language(language)
    label = kind.label_in(language)
    for sentence in (kind.task(NAME), kind.done_task(NAME), kind.task_in(language, NAME)):
        assert NAME in sentence and "{" not in sentence
        assert not re.match(rf"{re.escape(label)}\s+(?:{TO[language]})\s+{NAME}", sentence)
        assert sentence[0].isupper()
    if language != "en":  # written in the language, not left in English
        assert kind.task(NAME) != Kind(kind).task_in("en", NAME)
        assert kind.done_task(NAME) != gettext_done_in_english(kind)


def gettext_done_in_english(kind: Kind) -> str:
    before = current_language()
    set_language("en")
    try:
        return kind.done_task(NAME)
    finally:
        set_language(before)


def test_the_sentences_are_distinct_per_kind():
    for language in LANGUAGES:
        set_language(language)
        assert len({kind.task(NAME) for kind in Kind}) == len(Kind)
        assert len({kind.done_task(NAME) for kind in Kind}) == len(Kind)


def test_no_message_slots_a_name_after_a_kind():
    """The catalogs' template: no message takes a kind's label and a name together (the
    composition every language got wrong); a kind alone beside a date is a noun, as in
    "Next: Reference heads-up, 5 January"."""
    with (catalog_dir() / "messages.pot").open("rb") as handle:
        ids = [m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id]
    assert [i for i in ids if "{kind}" in i and ("{name}" in i or "{names}" in i)] == []


def test_today_rows_undo_steps_and_chips_read_as_sentences():
    from jobfollowup.ui.widgets.follow_up_text import accessible_name, summary

    set_language("fr")
    assert summary(row(Kind.CHECK_IN)) == "Relancer Kari Nordmann · Equinor"
    assert accessible_name(row(Kind.KEEP_IN_TOUCH)).startswith(
        "Garder le contact avec Kari Nordmann, par e-mail, mardi 29 décembre")
    assert accessible_name(row(Kind.CHECK_IN, State.DONE)).startswith(
        "Relance envoyée à Kari Nordmann, par e-mail")
    set_language("it")
    assert summary(row(Kind.THANK_YOU_EMAIL)) == \
        "Ringraziare Kari Nordmann per il colloquio · Equinor"
    set_language("nb")
    assert summary(row(Kind.KEEP_IN_TOUCH)) == "Holde kontakten med Kari Nordmann · Equinor"


@pytest.mark.parametrize("language, expected", [
    ("en", ["Check in with Kari Nordmann: planned for Friday, January 8, 2027",
            "Keep in touch with Kari Nordmann: moved from Tuesday, February 9, 2027 to "
            "Tuesday, February 16, 2027",
            "Thank Kari Nordmann for the interview: no longer planned (Monday, January 11, "
            "2027)"]),
    ("fr", ["Relancer Kari Nordmann\u00a0: prévu le vendredi 8 janvier 2027",
            "Garder le contact avec Kari Nordmann\u00a0: déplacé du mardi 9 février 2027 au "
            "mardi 16 février 2027",
            "Remercier Kari Nordmann pour l'entretien\u00a0: retiré du planning (lundi 11 "
            "janvier 2027)"]),
    ("it", ["Chiedere aggiornamenti a Kari Nordmann: previsto per venerdì 8 gennaio 2027",
            "Restare in contatto con Kari Nordmann: spostato da martedì 9 febbraio 2027 a "
            "martedì 16 febbraio 2027",
            "Ringraziare Kari Nordmann per il colloquio: non più previsto (lunedì 11 gennaio "
            "2027)"]),
    ("nb", ["Sende en oppfølgingsmelding til Kari Nordmann: planlagt fredag 8. januar 2027",
            "Holde kontakten med Kari Nordmann: flyttet fra tirsdag 9. februar 2027 til "
            "tirsdag 16. februar 2027",
            "Takke Kari Nordmann for intervjuet: ikke lenger planlagt (mandag 11. januar "
            "2027)"]),
])
def test_what_the_plan_did_is_said_in_whole_sentences(data_dir, language, expected):
    """The 8th and the 11th, where an Italian article would elide ("l'8"): the dates come
    with their weekday, which takes none."""
    from jobfollowup.ui.widgets.plan_summary import describe

    set_language(language)
    changes = PlanChanges((
        Change(1, Kind.CHECK_IN, NAME, None, dt.date(2027, 1, 8), Channel.EMAIL),
        Change(2, Kind.KEEP_IN_TOUCH, NAME, dt.date(2027, 2, 9), dt.date(2027, 2, 16),
               Channel.EMAIL),
        Change(3, Kind.THANK_YOU_EMAIL, NAME, dt.date(2027, 1, 11), None, Channel.EMAIL)))
    assert describe(changes).splitlines() == expected


def test_a_note_sent_reads_with_its_kind_in_the_history():
    """Stored as "check-in: <subject>" (the code finds it again); read in the language."""
    from jobfollowup.services.records.interactions import shown_summary

    set_language("fr")
    assert shown_summary("check-in: Poste de data engineer") == \
        "Relance\u00a0: Poste de data engineer"
    assert shown_summary("thank-you-note: Handwritten thank-you note") == \
        "Carte de remerciement manuscrite"
    assert shown_summary("Note: she calls back on Friday") == "Note: she calls back on Friday"
    assert shown_summary("check-in") == "check-in"
