"""Proofreading a draft: the name (R15), blaming phrases (R10), personal points (R3),
placeholders left unfilled.

Findings carry a message in the interface language; a kinder wording for a blaming phrase
is given in the phrase's own language, since it is meant to go into the note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from jobfollowup.i18n import _, clause_separator
from jobfollowup.notes.templates import split_name
from jobfollowup.rules.kinds import INTERVIEW_THANKS


@dataclass(frozen=True)
class Finding:
    rule: str  # "R15", "R10", "R3", "placeholder" or "signature"
    message: str
    start: int = -1  # where in the text, when it is one place
    end: int = -1
    suggestion: str = ""


# A greeting that names no one, as a formal French letter greets: "Madame,", "Maître,",
# "Madame la Directrice,". It is right without the name.
_BARE_SALUTATION = re.compile(
    r"(?:Madame|Monsieur|Maître|Docteure?|Professeure?)(?: (?:la|le) [^\W\d_]+)?,")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_APOSTROPHE = "['’]"


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _near_miss(word: str, part: str) -> bool:
    """Whether `word` looks like a misspelling of the name part `part`."""
    if word == part:
        return False
    if word.casefold() == part.casefold():
        return True
    if _strip_accents(word).casefold() == _strip_accents(part).casefold():
        return True
    if not word[:1].isupper():
        return False  # names are capitalised; "kart" is not "Kari"
    allowed = 0 if len(part) <= 3 else 1 if len(part) <= 6 else 2
    return 0 < OSA.distance(word.casefold(), part.casefold()) <= allowed


def _signature_start(text: str) -> int:
    """Where the signature line starts: the last line, right under a closing line ("Kind
    regards,", "Vennlig hilsen", a French formula); the text's length when there is none."""
    lines = text.rstrip().split("\n")
    if len(lines) < 3 or not lines[-2].strip():
        return len(text)
    words = lines[-1].split()
    if not 0 < len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return len(text)  # a sentence, not a name
    closing = lines[-2].rstrip()
    if closing.endswith(",") or not closing.endswith((".", "!", "?", ":")) \
            or "salutations" in closing:
        return len("\n".join(lines[:-1]))
    return len(text)


def check_name(text: str, name: str) -> list[Finding]:
    """R15: the exact name in the greeting, and no near-miss of it anywhere."""
    findings: list[Finding] = []
    name = " ".join(name.split())
    if not name:
        return findings
    first, last = split_name(name)
    # The name's words as the text's words are read ("<b>Ann</b> & Co" is "Ann", "Co"): a
    # name part with a sign in it was never found among the greeting's words. Initials
    # (and letters of markup) are left out: "I" is no misspelling of an initial "i".
    parts = [m.group(0) for m in _WORD.finditer(name) if len(m.group(0)) > 1]
    if not parts:
        return findings
    lines = text.split("\n")
    greeting_line = next((line for line in lines if line.strip()), "")
    greeting_words = {m.group(0) for m in _WORD.finditer(greeting_line)}
    misspelt_in_greeting = any(_near_miss(word, part) for word in greeting_words
                               for part in parts)
    bare = _BARE_SALUTATION.fullmatch(greeting_line.strip()) is not None
    if not any(part in greeting_words for part in parts) and not misspelt_in_greeting \
            and not bare:
        # (a misspelling in the greeting gets its own finding below, naming it)
        findings.append(Finding("R15", _(
            "The greeting does not use the name as {name} writes it.").format(name=name)))
    if last:
        swapped = f"{last} {first}"
        for match in re.finditer(re.escape(swapped), text):
            findings.append(Finding("R15", _(
                "“{found}” swaps the first and the family name: write “{name}”.").format(
                found=swapped, name=name), match.start(), match.end()))
    # The last line signs the note: the sender's own name there ("Alex Martin" writing
    # to "Laura Martinez") is no misspelling of the contact's.
    signed_from = _signature_start(text)
    for match in _WORD.finditer(text):
        word = match.group(0)
        if match.start() > signed_from:
            break
        for part in parts:
            if _near_miss(word, part):
                findings.append(Finding("R15", _(
                    "“{found}” looks like a misspelling of “{name}”.").format(
                    found=word, name=part), match.start(), match.end()))
                break
    return findings


def _phrase(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace(" ", r"\s+").replace("'", _APOSTROPHE), re.IGNORECASE)


# (language, pattern, kinder wording in that language)
_BLAMING: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (language, _phrase(pattern), kinder) for language, pattern, kinder in (
        ("en", r"\bI (?:still )?(?:haven't|have not|didn't|did not|never) (?:yet )?hear[d]?"
               r" (?:anything |back )?(?:from you|back)",
         "I hope your week is going well. I remain very interested in the role."),
        ("en", r"\byou (?:still )?(?:never|didn't|did not|haven't|have not|have yet to)"
               r" (?:got|get|gotten|come|came|gone) back to me",
         "I would be glad to hear where things stand whenever it suits you."),
        ("en", r"\byou (?:still )?(?:never|didn't|did not|haven't|have not) (?:yet )?"
               r"(?:replied|reply|responded|respond|answered|answer|called|call)",
         "I would be glad to hear where things stand whenever it suits you."),
        ("en", r"\b(?:I am|I'm|I have been|I've been) still waiting\b|\bstill waiting"
               r" (?:for|on) (?:a |your )?(?:reply|response|answer|news)",
         "I would be glad to hear where things stand whenever it suits you."),
        ("en", r"\bno (?:reply|response|answer) from you\b|\bas I (?:already )?"
               r"(?:said|mentioned|wrote) in my (?:last|previous) (?:email|message)",
         "I remain very interested, and I would be glad to help with anything you need."),
        ("fr", r"\bje n'ai (?:toujours |jamais |encore )?(?:pas )?(?:eu|reçu) (?:de |aucune )?"
               r"(?:vos )?(?:nouvelles|réponse|retour)",
         "J'espère que vous allez bien. Le poste m'intéresse toujours beaucoup."),
        ("fr", r"\bsans (?:nouvelles|réponse|retour) de votre part",
         "J'espère que vous allez bien. Le poste m'intéresse toujours beaucoup."),
        ("fr", r"\bvous ne m'avez (?:toujours |jamais |pas encore )?(?:pas )?"
               r"(?:répondu|recontacté|rappelé|donné de nouvelles)",
         "J'aurais plaisir à avoir de vos nouvelles quand cela vous conviendra."),
        ("fr", r"\bj'attends (?:toujours|encore) (?:votre|une|de vos) (?:réponse|retour|nouvelles)",
         "Je reste à votre disposition si vous avez besoin de quoi que ce soit."),
        ("it", r"\bnon (?:ho|abbiamo) (?:ancora |mai |più )?(?:ricevuto|avuto) (?:alcuna |alcun |"
               r"una |la Sua |Sua |vostra |vostre |Sue )?(?:risposta|notizie|riscontro)",
         "Spero che stia bene. Il mio interesse per la posizione resta vivo."),
        ("it", r"\bnon mi (?:ha|avete|hai) (?:ancora |mai |più )?(?:risposto|ricontattato|"
               r"richiamato|fatto sapere)",
         "Mi farebbe piacere avere Sue notizie quando Le sarà comodo."),
        ("it", r"\b(?:sono |resto )?ancora in attesa (?:di|della) (?:una |Sua |vostra )?"
               r"(?:risposta|riscontro|notizie)",
         "Resto a disposizione per qualsiasi informazione possa esserLe utile."),
        ("it", r"\bin assenza di (?:una |Sua |vostra )?(?:risposta|riscontro)",
         "Spero che stia bene. Il mio interesse per la posizione resta vivo."),
        ("nb", r"\bjeg har (?:ennå |enda |fortsatt |ikke )?(?:ikke |aldri )?hørt (?:noe )?"
               r"fra (?:deg|dere)",
         "Håper alt er bra med deg! Jeg er fortsatt veldig interessert i stillingen."),
        ("nb", r"\bjeg har (?:ennå |enda |fortsatt )?ikke fått (?:noe |et )?svar",
         "Håper alt er bra med deg! Jeg er fortsatt veldig interessert i stillingen."),
        ("nb", r"\b(?:du|dere) har (?:ennå |enda |fortsatt |aldri )?(?:ikke )?"
               r"(?:svart|tatt kontakt|kommet tilbake til meg|gitt lyd fra (?:deg|dere))",
         "Jeg hører gjerne hvordan det ligger an når det passer for deg."),
        ("nb", r"\b(?:du|dere) (?:svarte|svarer|ringte) (?:aldri|ikke)",
         "Jeg hører gjerne hvordan det ligger an når det passer for deg."),
        ("nb", r"\b(?:jeg )?(?:venter|har ventet) (?:fortsatt |ennå |enda |lenge )?"
               r"på (?:et |ditt )?svar",
         "Si gjerne fra hvis det er noe mer du trenger fra meg."),
    )
)


def check_blaming(text: str) -> list[Finding]:
    """R10: phrases that blame or shame, in any of the four languages."""
    findings = []
    for _language, pattern, kinder in _BLAMING:
        for match in pattern.finditer(text):
            findings.append(Finding("R10", _(
                "“{phrase}” can read as a reproach. Open warmly and restate your interest "
                "instead.").format(phrase=match.group(0)), match.start(), match.end(), kinder))
    findings.sort(key=lambda f: f.start)
    return findings


def check_points(text: str, template_id: str, points: Sequence[str]) -> list[Finding]:
    """R3: a thank-you mentions at least one personal point of the interview."""
    if template_id not in INTERVIEW_THANKS:
        return []
    points = [p.strip() for p in points if p and p.strip()]
    if not points:
        return [Finding("R3", _(
            "No personal point of the interview is recorded. A thank-you reads warmer with "
            "one: a highlight, a surprise, or something that resonated with you."))]
    folded = text.casefold()
    if any(fuzz.partial_ratio(p.casefold(), folded) >= 85 for p in points):
        return []
    return [Finding("R3", _(
        "This thank-you mentions none of the interview's personal points. Consider adding "
        "one of them: {points}.").format(points=clause_separator().join(points)))]


# Third-person possessives, per language: a personal point written about the person
# ("her trip to Hemsedal") reads wrong in a note written to them ("Enjoy her trip!").
# Italian "Suo"/"Sua" with a capital are the courtesy form (Lei) and right; Norwegian
# "hans" is matched in lower case only ("Hans" is a name).
_THIRD_PERSON = re.compile(
    r"\b(?:(?i:her|his|their)|(?i:son|sa|ses)|suo|sua|suoi|sue|hennes|hans|sin|sitt|sine)\b")


def check_third_person(text: str, points: Sequence[str], name: str) -> list[Finding]:
    """R3: the personal points are written to the person ("your trip"), not about them
    ("her trip", "son voyage", "la sua gita", "turen hennes", "Emma's trip")."""
    first = name.split()[0] if name.split() else ""
    findings = []
    for point in (p.strip() for p in points if p and p.strip()):
        word = _THIRD_PERSON.search(point)
        named = re.search(rf"\b{re.escape(first)}(?:['’]s|s)\b", point) if first else None
        found = word or named
        if not found:
            continue
        at = text.find(point)
        findings.append(Finding("R3", _(
            "“{point}” speaks of the person (“{word}”), but the note is written to them: "
            "write it as you would say it to them, e.g. “your trip”.").format(
            point=point, word=found.group(0)), at, at + len(point) if at >= 0 else -1))
    return findings


_LEFTOVER = re.compile(r"\{[^{}\n]{0,40}\}|\[(?:…|\.\.\.|\s*)\]")


def check_signature(text: str, signer: str) -> list[Finding]:
    """A note goes out under the user's name: unsigned (no name set), or not ending with
    it, it is flagged. `signer` is the first line of their signature, else their name."""
    if not signer.strip():
        return [Finding("signature", _(
            "Your name is not set, so this note ends unsigned: add it in Edit → Preferences, "
            "then start the draft over, or sign it here."))]
    ending = [line.strip().casefold() for line in text.rstrip().split("\n")[-4:]]
    if signer.strip().casefold() not in ending:
        return [Finding("signature", _(
            "The note does not end with your name ({name}): sign it before it goes out.")
            .format(name=signer.strip()))]
    return []


def check_placeholders(text: str) -> list[Finding]:
    """Placeholders left in the text: "{company}", "[…]"."""
    return [Finding("placeholder", _("“{placeholder}” is still to be filled in.").format(
        placeholder=m.group(0)), m.start(), m.end()) for m in _LEFTOVER.finditer(text)]


def proofread(text: str, name: str, template_id: str = "",
              points: Sequence[str] = (), subject: str = "",
              needs_subject: bool = False, signer: str | None = None) -> list[Finding]:
    """Every finding on a draft (its body `text`, and its subject line), the name first.

    Positions refer to `text`; findings in the subject have none. An email
    (`needs_subject`) without a subject line gets a finding too, and so does a note that
    does not end with `signer` (how the user signs; "" when they set no name).
    """
    findings = (check_name(text, name) + check_blaming(text)
                + check_points(subject + "\n" + text, template_id, points)
                + check_third_person(text, points, name)
                + check_placeholders(text)
                + (check_signature(text, signer) if signer is not None else []))
    if needs_subject and not subject.strip():
        findings.append(Finding("placeholder", _("The email has no subject line yet.")))
    if subject.strip():
        in_subject = [f for f in check_name("-\n" + subject, name)[0:] if f.start >= 0]
        in_subject += check_blaming(subject) + check_placeholders(subject)
        findings += [Finding(f.rule, f.message, suggestion=f.suggestion) for f in in_subject]
    return findings
