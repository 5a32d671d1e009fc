"""The catalogs speak one vocabulary and one typography per language.

Each language's glossary (translations/<lang>/glossary.tsv) names the term to use for the
app's key words and the forms to avoid; a catalog using an avoided form fails here, as
does French punctuation without its no-break space, a catalog mixing straight and curly
apostrophes, and Italian that says "tu" to a user the rest of the interface calls "Lei".
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from jobfollowup.i18n import catalog_dir

TRANSLATED = ("fr", "it", "nb")
KEY_TERMS = {"follow-up", "check-in", "interviewer", "recruiter", "hiring manager",
             "reference", "note", "feed", "skip", "application", "company"}


def glossary(language: str) -> list[dict[str, str]]:
    lines = [line for line in (catalog_dir() / language / "glossary.tsv").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (line.split("\t") + [""] * 4)[:4], strict=True))
            for line in lines[1:]]


def translations(language: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) of every translated form in the catalog."""
    with (catalog_dir() / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    found = []
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found += [(key, string) for string in strings if string]
    return found


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_each_glossary_names_the_key_terms(language):
    entries = glossary(language)
    assert {entry["term"] for entry in entries} >= KEY_TERMS
    assert all(entry["use"].strip() for entry in entries)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_catalog_uses_a_term_its_glossary_avoids(language):
    avoided = [(entry["term"], re.compile(pattern.strip(), re.IGNORECASE))
               for entry in glossary(language) for pattern in entry["avoid"].split(" | ")
               if pattern.strip()]
    found = [(term, pattern.pattern, text) for _id, text in translations(language)
             for term, pattern in avoided
             if pattern.search(re.sub(r"\{\w*\}", "", text))]  # not in "{interview}"
    assert found == []


# Punctuation, as opposed to a time ("14:00"), a URL or a list of keywords ("a;b;"): the
# sign is followed by a space, a closing sign or the end of the text.
_PUNCTUATION = r"(?=[\s»)\"”]|$)"


def test_french_punctuation_has_its_no_break_space():
    wrong = []
    for msgid, text in translations("fr"):
        if " " not in msgid and ";" in msgid:  # the desktop entry's keywords: separators
            continue
        if _french_spacing_wrong(text):
            wrong.append(text)
    assert wrong == []


def _french_spacing_wrong(text: str) -> bool:
    """The sign without its no-break space; or an ordinary space where the no-break one
    belongs, whatever follows the sign ("Objet :{subject}" too)."""
    return bool(re.search(r"(?<!\u202f)[;!?]" + _PUNCTUATION, text)
                or re.search(r"(?<!\u00a0):" + _PUNCTUATION, text)
                or re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text)
                or re.search(r"[ \t][;:!?»]|«[ \t]", text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_catalog_uses_one_apostrophe(language):
    texts = " ".join(text for _id, text in translations(language))
    assert not ("'" in texts and "’" in texts)


# Forms of "tu": pronouns, possessives and the second person of the usual verbs. The
# expression "darsi del tu" (first-name terms) is a name, not an address to the user.
_TU = re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|puoi|vuoi|hai|sei|devi|aspetti|vedi|"
                 r"potrai|dovrai|riceverai|troverai|sai|fai)\b", re.IGNORECASE)


def test_italian_never_says_tu_to_the_user():
    found = [text for _id, text in translations("it")
             if _TU.search(text.replace("del tu", "").replace("&", ""))]  # "Te&lefono"
    assert found == []


def test_the_checks_catch_what_they_are_for():
    """The patterns above, on texts written to fail them."""
    for wrong in ("Vraiment ?", "Vraiment?", "Vraiment\u00a0?", "Date : demain",
                  "Date: demain", "Date\u202f: demain", "« Objet »", "«\u00a0Objet »",
                  "Objet :{subject}", "Envoyer ?»", "Attention !", "un ; deux"):
        assert _french_spacing_wrong(wrong), wrong
    for right in ("Vraiment\u202f?", "Date\u00a0: demain", "«\u00a0Objet\u00a0»",
                  "à 14:00, https://x", "un\u202f; deux", "Attention\u202f!"):
        assert not _french_spacing_wrong(right), right
    assert _TU.search("Apertura dei tuoi dati")
    assert not _TU.search("Apertura dei Suoi dati")


# The glossary's word for a key term, as it appears wherever the English names the term
# (the stems of suivi/suivis, richiesta/richieste, oppfølging/oppfølgingsmelding...).
_SAID_AS = {
    "fr": {"follow-up": r"suivi", "check-in": r"relance", "handwritten note": r"carte"},
    "it": {"follow-up": r"follow-up", "check-in": r"richiest[ae] di aggiornamento",
           "handwritten note": r"bigliett"},
    "nb": {"follow-up": r"oppfølging", "check-in": r"oppfølging", "handwritten note": r"kort"},
}
# The check-in's word where the English says follow-up: the drift the glossary stops.
_CHECK_IN_NOUN = {"fr": r"\brelances?\b", "it": r"richiest[ae] di aggiornamento",
                  "nb": r"oppfølgingsmelding"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_key_term_is_said_one_way_wherever_the_english_names_it(language):
    drifted = []
    for msgid, text in translations(language):
        if " " not in msgid and ";" in msgid:  # the desktop entry's keywords
            continue
        english = msgid.replace("Job Follow-up", "")
        for term, word in _SAID_AS[language].items():
            if re.search(rf"\b{term}s?\b", english, re.IGNORECASE) \
                    and not re.search(word, text, re.IGNORECASE):
                drifted.append((term, msgid, text))
        if not re.search(r"check(?:ed)?[- ]?ins?\b|chec&k", english, re.IGNORECASE) \
                and re.search(_CHECK_IN_NOUN[language], text, re.IGNORECASE):
            drifted.append(("check-in", msgid, text))
    assert drifted == []


def test_norwegian_uses_no_semicolons():
    """A full stop or a dash: the semicolon reads as translated in Bokmål."""
    found = [text for msgid, text in translations("nb")
             if re.search(r";" + _PUNCTUATION, text) and not (" " not in msgid and ";" in msgid)]
    assert found == []


# Italian agrees a participle with the person it speaks of: the interface knows neither
# the user's gender ("ciò che L'ha colpita") nor a reference's ("Ringraziata").
_GENDERED = re.compile(r"\bL'ha (?:colpit|sorpres|interessat|convint)[ao]\b"
                       r"|\bsi è candidat[aoi]\b|^(?:Ringraziat|Informat|Contattat)[ao]\b")


def test_italian_assumes_no_gender_for_the_user_or_a_reference():
    assert [text for _id, text in translations("it") if _GENDERED.search(text)] == []
    assert _GENDERED.search("Ciò che L'ha colpita") and _GENDERED.search("Ringraziata")
