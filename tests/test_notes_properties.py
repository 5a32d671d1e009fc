"""Every built-in note, rendered with arbitrary names, companies, positions and points:
nothing a reader would take for a slip (a placeholder, a double space, a space before a
comma), and, in French, Italian and Norwegian, no English word outside the user's own."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.notes.builtin import BUILTIN, TEMPLATE_IDS
from jobfollowup.notes.templates import NoteFacts, render
from jobfollowup.rules.kinds import HANDWRITTEN

# Words as people type them: accented letters, a leading vowel or h (elision), an
# apostrophe or a hyphen inside, digits.
_LETTERS = "abcdefghijklmnopqrstuvwxyzéèàùâêîôûçäöüåøæœìòABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÅØÆÖ"
_WORD = st.text(alphabet=_LETTERS, min_size=1, max_size=12).map(str.strip).filter(bool)
_WORDS = st.lists(st.one_of(_WORD, st.sampled_from(
    ["hôtel", "haut", "Yves", "l'équipe", "d'Orléans", "8", "11", "1º", "Ingénieure", "Le",
     "le", "la", "il", "i", "gli", "the", "Oslo", "x-ray", "UX"])),
    min_size=1, max_size=4).map(" ".join)
_OPTIONAL = st.one_of(st.just(""), _WORDS)
_TITLES = {"en": ["", "Ms", "Mr.", "Dr"], "fr": ["", "Madame", "M.", "Maître",
                                                 "Madame la Directrice"],
           "it": ["", "Dott.ssa", "Ing.", "Sig."], "nb": [""]}
_COUNTRIES = ["", "GB", "US", "FR", "IT", "NO", "CH"]

# English words a French, Italian or Norwegian note must not contain, unless the user
# typed them. Words that are also words of the note's language are left out per language.
ENGLISH = {"the", "and", "of", "your", "you", "with", "thank", "thanks", "dear", "regards",
           "hello", "hi", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
           "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
           "july", "august", "september", "october", "november", "december", "role",
           "interview", "meeting", "company", "job", "please", "would", "hope", "my", "our",
           "we", "is", "are", "best", "kind", "warm", "wishes", "team", "on", "at", "for",
           "to", "as", "in", "a"}
NOT_ENGLISH_THERE = {"fr": {"on", "a", "as"}, "it": {"a", "in", "team"},
                     "nb": {"for", "to", "at", "i", "is", "kind", "best", "team", "in", "april",
                            "august", "september", "november"}}
_TOKEN = re.compile(r"[^\W\d_]+")


@st.composite
def facts(draw, language: str) -> NoteFacts:
    interview = draw(st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31)))
    return NoteFacts(
        language=language, name=draw(_WORDS), form_of_address=draw(
            st.sampled_from(_TITLES[language])),
        first_name_terms=draw(st.booleans()), country=draw(st.sampled_from(_COUNTRIES)),
        company=draw(_WORDS), position=draw(_WORDS), interview_date=interview,
        highlight=draw(_OPTIONAL), surprise=draw(_OPTIONAL), resonated=draw(_OPTIONAL),
        personal_detail=draw(_OPTIONAL), sender=draw(_WORDS),
        written_on=interview + dt.timedelta(days=draw(st.integers(0, 400))))


def _rendered(language: str, case: NoteFacts) -> list[str]:
    notes = []
    for template_id in TEMPLATE_IDS:
        note = render(BUILTIN[language][template_id], case, template_id in HANDWRITTEN)
        notes.append(note.subject)
        notes.append(note.body)
    return notes


def _without_users_words(text: str, case: NoteFacts) -> str:
    for value in sorted((case.name, case.company, case.position, case.highlight,
                         case.surprise, case.resonated, case.personal_detail, case.sender),
                        key=len, reverse=True):
        for word in value.split():
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", text)
    return text


def _check(language: str, case: NoteFacts) -> None:
    for text in _rendered(language, case):
        assert "{" not in text and "}" not in text, text
        for line in text.splitlines():
            assert "  " not in line, line
            assert line == line.strip(), line
        assert " ," not in text and " ." not in text, text
        if language != "fr":
            assert not re.search(r"\s[:;!?]", text), text
        else:  # a no-break space before : and a narrow one before ; ! ?
            assert not re.search(r"[^\u202f][;!?]|[^\u00a0]:", text.replace("://", "")), text
        if language == "nb":
            assert ";" not in _without_users_words(text, case), text
        if language != "en":
            words = {w.lower() for w in _TOKEN.findall(_without_users_words(text, case))}
            assert words & (ENGLISH - NOT_ENGLISH_THERE[language]) == set(), text


_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(facts("en"))
def test_english_notes_read_clean_whatever_the_values(case):
    _check("en", case)


@_SETTINGS
@given(facts("fr"))
def test_french_notes_read_clean_whatever_the_values(case):
    _check("fr", case)


@_SETTINGS
@given(facts("it"))
def test_italian_notes_read_clean_whatever_the_values(case):
    _check("it", case)


@_SETTINGS
@given(facts("nb"))
def test_norwegian_notes_read_clean_whatever_the_values(case):
    _check("nb", case)
