"""The proofreader: names (R15), blaming phrases (R10), personal points (R3), leftovers."""

from __future__ import annotations

import pytest

from jobfollowup.notes.proofread import proofread

NAME_CASES = [  # language, exact name, draft with the name misspelled, the wrong word
    ("en", "Jordan Lee", "Dear Jordon Lee,\n\nThank you.", "Jordon"),
    ("fr", "Hélène Dupont", "Bonjour Madame Dupont,\n\nMerci, Helene.", "Helene"),
    ("it", "Giulia Rossi", "Gentile Dott.ssa Rosi,\n\nLa ringrazio.", "Rosi"),
    ("nb", "Kari Nordmann", "Hei Kair,\n\nTakk for sist.", "Kair"),
    ("nb", "Kari Nordmann", "Hei Kari,\n\nHilsen til Kari Nordman.", "Nordman"),
]


@pytest.mark.parametrize("language, name, draft, wrong", NAME_CASES)
def test_misspelled_name_is_flagged_by_name(language, name, draft, wrong):
    findings = [f for f in proofread(draft, name) if f.rule == "R15"]
    flagged = [f for f in findings if f.start >= 0]
    assert flagged, findings
    assert draft[flagged[0].start:flagged[0].end] == wrong
    assert wrong in flagged[0].message


def test_swapped_names_are_flagged():
    findings = proofread("Hei Kari,\n\nHilsen til Nordmann Kari.", "Kari Nordmann")
    assert any("swaps" in f.message for f in findings)


def test_greeting_without_the_name_is_flagged():
    findings = proofread("Hello,\n\nThank you.", "Kari Nordmann")
    assert [f.rule for f in findings] == ["R15"]
    assert "Kari Nordmann" in findings[0].message


def test_the_exact_name_and_ordinary_words_are_not_flagged():
    draft = "Hei Kari,\n\nJeg så på kartet. Kari Nordmann og Karianne hilser. Kort sagt: takk."
    assert [f for f in proofread(draft, "Kari Nordmann") if f.start >= 0] == []


BLAMING = [
    ("en", "Dear Ms Lee,\n\nI haven't heard from you since our interview."),
    ("en", "Dear Ms Lee,\n\nYou never got back to me about the role."),
    ("en", "Dear Ms Lee,\n\nI am still waiting for your reply."),
    ("fr", "Bonjour Madame Lee,\n\nJe n'ai pas eu de nouvelles depuis l'entretien."),
    ("fr", "Bonjour Madame Lee,\n\nVous ne m’avez toujours pas répondu."),
    ("it", "Gentile Dott.ssa Lee,\n\nnon ho ricevuto risposta alla mia e-mail."),
    ("it", "Gentile Dott.ssa Lee,\n\nNon ho ancora avuto notizie."),
    ("nb", "Hei Jordan,\n\nJeg har ikke hørt fra deg siden intervjuet."),
    ("nb", "Hei Jordan,\n\nDu har ikke svart på e-posten min."),
]


@pytest.mark.parametrize("language, draft", BLAMING)
def test_blaming_phrase_is_flagged_with_a_kinder_wording(language, draft):
    findings = [f for f in proofread(draft, "Jordan Lee") if f.rule == "R10"]
    assert len(findings) == 1
    assert findings[0].suggestion
    assert findings[0].start > 0 and draft[findings[0].start:findings[0].end] in \
        findings[0].message


def test_thank_you_without_personal_points_gets_a_gentle_warning():
    draft = "Hei Kari,\n\nTakk for samtalen.\n\nVennlig hilsen\nOla"
    findings = proofread(draft, "Kari Nordmann", "thank-you-email", ["turen til Lofoten"])
    assert [f.rule for f in findings] == ["R3"]
    assert "turen til Lofoten" in findings[0].message
    with_point = draft.replace("samtalen.", "samtalen. Ha det fint på turen til Lofoten.")
    assert proofread(with_point, "Kari Nordmann", "thank-you-email",
                     ["turen til Lofoten"]) == []
    assert proofread(draft, "Kari Nordmann", "check-in", ["turen til Lofoten"]) == []


def test_placeholders_left_unfilled_are_flagged():
    draft = "Hei Kari,\n\nTakk for samtalen om {highlight} i [...]."
    findings = [f for f in proofread(draft, "Kari Nordmann") if f.rule == "placeholder"]
    assert [draft[f.start:f.end] for f in findings] == ["{highlight}", "[...]"]


def test_an_email_without_subject_is_flagged():
    draft = "Hei Kari,\n\nTakk for sist."
    findings = proofread(draft, "Kari Nordmann", "check-in", needs_subject=True)
    assert [f.message for f in findings] == ["The email has no subject line yet."]
    assert proofread(draft, "Kari Nordmann", "check-in", subject="Hei",
                     needs_subject=True) == []


@pytest.mark.parametrize(("language", "name", "point", "word"), [
    ("en", "Kari Nordmann", "her marathon in Bergen", "her"),
    ("en", "James Whitfield", "his cycling holiday", "his"),
    ("en", "Emma Clarke", "Emma's conference trip to Lisbon", "Emma's"),
    ("fr", "Claire Dubois", "son voyage à Lisbonne", "son"),
    ("fr", "Claire Dubois", "sa randonnée en Corse", "sa"),
    ("it", "Giulia Rossi", "la sua gita in Langa", "sua"),
    ("nb", "Kari Nordmann", "skituren hennes til Hemsedal", "hennes"),
    ("nb", "Ola Hansen", "hytteturen hans", "hans"),
])
def test_a_personal_point_written_about_the_person_is_flagged(language, name, point, word):
    draft = f"Hei,\n\n{point}!"
    findings = [f for f in proofread(draft, name, points=[point]) if f.rule == "R3"]
    assert len(findings) == 1
    assert draft[findings[0].start:findings[0].end] == point
    assert f"“{word}”" in findings[0].message


@pytest.mark.parametrize(("name", "point"), [
    ("Kari Nordmann", "your skiing trip to Hemsedal"),
    ("Claire Dubois", "votre voyage à Lisbonne"),
    ("Giulia Rossi", "il Suo viaggio in Sicilia"),
    ("Kari Nordmann", "skituren din til Hemsedal"),
    ("Hans Berg", "hytta di på Geilo"),  # "Hans" the name is no possessive
])
def test_a_personal_point_written_to_the_person_passes(name, point):
    assert [f for f in proofread(f"Hei,\n\n{point}!", name, points=[point])
            if f.rule == "R3"] == []


def test_the_senders_name_in_the_signature_is_no_misspelling_of_the_contacts():
    draft = "Dear Ms Martinez,\n\nThank you.\n\nKind regards,\nAlex Martin"
    assert proofread(draft, "Laura Martinez") == []
    assert [f.rule for f in proofread(draft.replace("Thank you.", "Thanks, Martin."),
                                      "Laura Martinez")] == ["R15"]
