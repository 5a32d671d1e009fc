"""Where a template's words meet an inserted value, the language's own rules apply.

A template says "le poste de {position}" or "il colloquio di {interview_when}"; what is
inserted is only known at render time, and French and Italian change the words *before*
it: "poste d'ingénieure", "l'entretien d'hier", "du 8 décembre", "dell'8 dicembre". Doing
that by string concatenation in each template is how "poste de Ingénieur" happened, so the
rules live here, once per language, and `join` applies them at each junction.

Only the template's side of a junction changes (and an article that contracts with it):
the user's own value is never rewritten, except that a value the app words itself (a
date) starts with a capital at the start of a sentence. Notes use the straight
apostrophe, the one the user's keyboard types into their own values.
"""

from __future__ import annotations

import re

# --- French -----------------------------------------------------------------------------

# Words that elide before a vowel or a mute h ("de" → "d'", "le"/"la" → "l'", ...).
_FR_ELIDING = {"de", "le", "la", "que", "jusque", "lorsque", "puisque", "je", "me", "te",
               "se", "ne"}
# "de le" → "du", "à le" → "au", ... (lower-case articles: a name such as "Le Monde" is
# the user's, and kept as typed).
_FR_CONTRACTIONS = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au",
                    ("à", "les"): "aux"}
_FR_VOWELS = set("aàâäeéèêëiîïoôöuùûüœæAÀÂÄEÉÈÊËIÎÏOÔÖUÙÛÜŒÆ")
# Words whose h is aspirated: no elision ("de haut niveau", "le hasard"). The h of every
# other word is taken as mute ("d'hôtesse", "d'hier", "l'hydrogéologue").
_FR_ASPIRATED_H = ("hache", "haie", "haine", "hall", "halte", "hamac", "hameau", "hamster",
                   "hanche", "handball", "handicap", "hangar", "hardi", "harpe", "hasard",
                   "hâte", "haut", "hausse", "head", "hérisson", "héros", "hêtre", "hibou",
                   "hiérarchie", "hockey", "homard", "honte", "hors", "hotline", "housse",
                   "huit", "hurl", "hub", "hublot", "hutte")
# Words starting with a vowel letter that do not take elision.
_FR_NO_ELISION = ("onze", "onzième", "oui", "ouistiti", "yacht", "yaourt", "yoga", "yoyo")


def french_elides_before(text: str) -> bool:
    """Whether "de"/"le"/"que" become "d'"/"l'"/"qu'" before `text` ("ingénieure": yes,
    "hôtel": yes, "haut": no, "8": no — numbers never elide: "le 8", "le 11")."""
    word = re.match(r"[^\W\d_]+", text)
    if not word:
        return False
    low = word.group(0).lower()
    if low.startswith(_FR_NO_ELISION):
        return False
    first = low[0]
    if first == "h":
        return not low.startswith(_FR_ASPIRATED_H)
    if first == "y":  # "d'Yves", "d'Ypres", but "de yaourt"
        return len(low) > 1 and low[1] not in _FR_VOWELS
    return first in _FR_VOWELS


def _join_fr(before: str, value: str) -> tuple[str, str]:
    match = re.search(r"(?<![\w'’-])([^\W\d_]+) $", before)
    if not match:
        return before, value
    word = match.group(1)
    low = word.lower()
    article = re.match(r"(les|le) ", value)
    if article and (low, article.group(1)) in _FR_CONTRACTIONS:
        merged = _FR_CONTRACTIONS[(low, article.group(1))]
        merged = merged.capitalize() if word[0].isupper() else merged
        return before[:match.start(1)] + merged + " ", value[article.end():]
    if low in _FR_ELIDING and french_elides_before(value):
        return before[:match.start(1)] + word[:-1] + "'", value
    return before, value


# --- Italian ----------------------------------------------------------------------------

_IT_PREPOSITIONS = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
_IT_ARTICLES = {"il": "l", "lo": "llo", "la": "lla", "l'": "ll'", "i": "i", "gli": "gli",
                "le": "lle"}
# Articles (alone or joined to a preposition) that elide before a vowel: "l'8 dicembre",
# "dell'11", "un'azienda".
_IT_ELIDING = {"il": "l'", "lo": "l'", "la": "l'", "una": "un'"}
for _prep in ("de", "a", "da", "ne", "su"):
    for _ending in ("l", "llo", "lla"):
        _IT_ELIDING[_prep + _ending] = _prep + "ll'"
_IT_VOWELS = set("aàeèéiìoòóuùAÀEÈÉIÌOÒÓUÙ")


def italian_vowel_start(text: str) -> bool:
    """Whether `text` is read starting with a vowel: "8" (otto) and "11" (undici) are,
    "1º" (primo) and "3" are not; "hotel" is (the h is silent)."""
    if text[:1].isdigit():
        number = re.match(r"\d+", text).group(0)
        return number.startswith("8") or (number.startswith("11") and len(number) in (2, 5))
    return text[:1] in _IT_VOWELS or (text[:1] in "hH" and text[1:2] in _IT_VOWELS)


# An interface text that puts an article before a date ("Stampato il {date}"), the date
# written in: the article and the day meet as `join` makes them meet.
_IT_ARTICLE_BEFORE_DAY = re.compile(r"\b(il|del|al|dal|nel|sul) (\d{1,2})(?![\d:.,]\d)")


def with_date_articles(text: str, language: str) -> str:
    """`text`, a date written into it, with the articles of `language` meeting the day as
    they should ("Stampato il 8 dicembre" → "Stampato l'8 dicembre", "dell'11")."""
    if language != "it":
        return text

    def meet(found: re.Match) -> str:
        article, day = found.groups()
        return (_IT_ELIDING[article] if italian_vowel_start(day) else article + " ") + day

    return _IT_ARTICLE_BEFORE_DAY.sub(meet, text)


def _contract_it(preposition: str, article: str) -> str:
    """"di" + "il" → "del", "in" + "l'" → "nell'", "a" + "gli" → "agli"."""
    stem = _IT_PREPOSITIONS[preposition]
    if article == "i":
        return stem + "i" if stem != "a" else "ai"
    if article == "gli":
        return stem + "gli" if stem != "a" else "agli"
    return stem + _IT_ARTICLES[article]  # "de" + "l" → "del", "ne" + "ll'" → "nell'"


def _join_it(before: str, value: str) -> tuple[str, str]:
    match = re.search(r"(?<![\w'’-])([^\W\d_]+) $", before)
    if not match:
        return before, value
    word = match.group(1)
    low = word.lower()
    article = re.match(r"(il|lo|la|i|gli|le) |(l')", value)
    if article and low in _IT_PREPOSITIONS:
        name = article.group(1) or article.group(2)
        merged = _contract_it(low, name)
        merged = merged.capitalize() if word[0].isupper() else merged
        rest = value[article.end():]
        if merged.endswith("'"):
            return before[:match.start(1)] + merged, rest
        return _join_it(before[:match.start(1)] + merged + " ", rest)
    if low in _IT_ELIDING and italian_vowel_start(value):
        elided = _IT_ELIDING[low]
        elided = elided.capitalize() if word[0].isupper() else elided
        return before[:match.start(1)] + elided, value
    return before, value


# Institutions whose name is a common noun take the article in Italian: "presso il
# Politecnico di Milano", "dell'Università di Bologna", "Il Comune di Torino continua...";
# a brand ("Ferrero", "Intesa Sanpaolo") takes none.
_IT_INSTITUTIONS = {
    "politecnico": "il", "comune": "il", "ministero": "il", "museo": "il", "teatro": "il",
    "policlinico": "il", "tribunale": "il", "consiglio": "il", "università": "l'",
    "istituto": "l'", "ospedale": "l'", "ateneo": "l'", "regione": "la", "provincia": "la",
    "fondazione": "la", "camera": "la",
}


def italian_company_article(company: str) -> str:
    """The article an institution's name takes ("il", "l'", "la"), or "" for a brand."""
    word = re.match(r"[^\W\d_]+", company)
    return _IT_INSTITUTIONS.get(word.group(0).lower(), "") if word else ""


def italian_article_for_date(day_and_month: str) -> str:
    """"l'8 dicembre", "l'11 dicembre", "il 1º dicembre", "il 3 dicembre"."""
    return ("l'" if italian_vowel_start(day_and_month) else "il ") + day_and_month


# --- Every language ---------------------------------------------------------------------

def starts_sentence(before: str) -> bool:
    """Whether a value placed after `before` (the line so far) opens a sentence."""
    stripped = before.rstrip()
    return not stripped or (stripped[-1] in ".!?" and before != stripped)


def join(language: str, before: str, value: str, own: bool = False,
         company: bool = False) -> tuple[str, str]:
    """The line so far and the value to insert, adjusted to meet: elision and contraction
    in French and Italian; a capital for a value the app words itself (`own`, a date)
    at the start of a sentence, which Norwegian needs as much as any ("I går ...");
    the article an Italian institution's name takes (`company`: "del Politecnico")."""
    if not value:
        return before, value
    if company and language == "it":
        article = italian_company_article(value)
        if article:
            value = article + ("" if article.endswith("'") else " ") + value
            own = True  # the article is ours: a capital at the start of a sentence
    if own and starts_sentence(before):
        value = value[:1].upper() + value[1:]
    if language == "fr":
        return _join_fr(before, value)
    if language == "it":
        return _join_it(before, value)
    return before, value


_AMERICAN_DATE_WITH_YEAR = re.compile(r"[^\W\d_]+ \d{1,2}, \d{4}$")


def after_date(line: str, following: str) -> str:
    """The template's words after a date: an American date with its year is closed by a
    comma ("on December 17, 2026, to talk"), as the US style guides write it."""
    if _AMERICAN_DATE_WITH_YEAR.search(line) and re.match(r" [^\W\d_]", following):
        return "," + following
    return following


# British spellings the built-in English templates use, as an American reader spells them.
_AMERICAN = {"favour": "favor", "organisation": "organization", "colour": "color"}


def american(template_text: str) -> str:
    """A template's own words in American spelling (the user's values are not touched:
    this runs on the template before it is filled)."""
    for british, us in _AMERICAN.items():
        template_text = re.sub(rf"\b{british}", us, template_text)
    return template_text
