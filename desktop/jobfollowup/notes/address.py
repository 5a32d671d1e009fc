"""Greetings and closings: by language, formality, the recipient's country, and whether
the note is an email or a handwritten card (docs/design.md §5, LANGUAGE-NOTES).

A greeting is where a careless note shows first, so each language has its own builder
rather than one pattern with the words swapped:
- English: "Dear Ms Lee," for a British reader, "Dear Ms. Lee," for an American one;
  "Dear Jordan," on first-name terms.
- French: never an abbreviated title. An email says "Bonjour Madame Dupont,"; a card says
  "Madame," (or the full title, "Madame la Directrice,", "Maître,") and ends with a formula
  that repeats it. First-name terms: "Bonjour Claire," ("Chère Claire," on a card).
- Italian: "Gentile Dott.ssa Rossi,", "Gentile Giulia," (with *Lei* all the same).
- Norwegian: "Hei Kari," whatever the formality: anything stiffer reads as cold.
The title tells the recipient's gender where a language needs it (Chère/Cher, Cara/Caro);
nothing here depends on the sender's.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobfollowup.notes.names import split_name

# English titles that take a full stop in American usage and none in British.
_EN_ABBREVIATED = {"mr", "mrs", "ms", "mx", "dr"}
_EN_DOTTED_COUNTRIES = {"US", "CA", "PH"}

# What users type for a French title → how a French letter writes it, and its gender
# ("f", "m", or "" when the title does not say).
_FR_TITLES = {
    "madame": ("Madame", "f"), "mme": ("Madame", "f"), "mme.": ("Madame", "f"),
    "mademoiselle": ("Madame", "f"), "mlle": ("Madame", "f"), "ms": ("Madame", "f"),
    "mrs": ("Madame", "f"), "monsieur": ("Monsieur", "m"), "m.": ("Monsieur", "m"),
    "mr": ("Monsieur", "m"), "docteur": ("Docteur", "m"), "dr": ("Docteur", "m"),
    "docteure": ("Docteure", "f"), "dre": ("Docteure", "f"), "maître": ("Maître", ""),
    "me": ("Maître", ""), "professeur": ("Professeur", ""),
    "professeure": ("Professeure", "f"), "pr": ("Professeur", ""),
}
_IT_FEMININE = ("dott.ssa", "dottoressa", "sig.ra", "signora", "prof.ssa", "professoressa",
                "avv.ssa", "ing.ra")
_IT_MASCULINE = ("dott.", "dottore", "sig.", "signore", "prof.", "professore", "avv.",
                 "avvocato")
_IT_FROM_OTHER = {"mr": "Sig.", "mr.": "Sig.", "monsieur": "Sig.", "ms": "Sig.ra",
                  "ms.": "Sig.ra", "mrs": "Sig.ra", "mrs.": "Sig.ra", "madame": "Sig.ra"}


@dataclass(frozen=True)
class Addressee:
    """Who a note is written to, as the greeting and the closing need them."""

    language: str
    name: str
    title: str = ""
    first_name_terms: bool = False
    country: str = ""
    handwritten: bool = False

    @property
    def first(self) -> str:
        return split_name(self.name)[0]

    @property
    def family(self) -> str:
        first, last = split_name(self.name)
        return last or first


def _english_title(title: str, country: str) -> str:
    bare = title.rstrip(".")
    if bare.lower() not in _EN_ABBREVIATED:
        return title
    return bare + "." if country in _EN_DOTTED_COUNTRIES else bare


def _french_title(title: str) -> tuple[str, str]:
    """("Madame", "f") for "Mme"; a longer title ("Madame la Directrice") as typed."""
    known = _FR_TITLES.get(title.lower())
    if known:
        return known
    first = title.split(" ")[0].lower()
    gender = {"madame": "f", "monsieur": "m"}.get(first, "")
    return (title[:1].upper() + title[1:], gender) if title else ("", "")


def _italian_title(title: str) -> tuple[str, str]:
    low = title.lower()
    title = _IT_FROM_OTHER.get(low, title)
    low = title.lower()
    gender = "f" if low in _IT_FEMININE else "m" if low in _IT_MASCULINE else ""
    return title, gender


def greeting(to: Addressee) -> str:
    """The greeting line, comma included."""
    name = " ".join(to.name.split())
    title = " ".join(to.title.split())
    if to.language == "nb":
        return f"Hei {to.first},"
    if to.language == "fr":
        formal, gender = _french_title(title)
        if to.first_name_terms:
            if to.handwritten and gender:
                return f"{'Chère' if gender == 'f' else 'Cher'} {to.first},"
            return f"Bonjour {to.first},"
        if not formal:
            return f"Bonjour {name},"
        if formal in ("Madame", "Monsieur") and not to.handwritten:
            return f"Bonjour {formal} {to.family},"
        return f"{formal},"
    if to.language == "it":
        formal, gender = _italian_title(title)
        if to.first_name_terms:
            if to.handwritten and gender:
                return f"{'Cara' if gender == 'f' else 'Caro'} {to.first},"
            return f"Gentile {to.first},"
        return f"Gentile {formal} {to.family}," if formal else f"Gentile {name},"
    if to.first_name_terms:
        return f"Dear {to.first},"
    english = _english_title(title, to.country)
    return f"Dear {english} {to.family}," if english else f"Dear {name},"


def closing(to: Addressee) -> str:
    """The closing line before the signature: "Kind regards," / "Best regards,"; "Bien
    cordialement," or, on a formal French card, the formula of politeness that repeats
    the greeting's title; "Cordiali saluti,"; "Vennlig hilsen" (no comma in Norwegian)."""
    if to.language == "nb":
        return "Vennlig hilsen"
    if to.language == "fr":
        formal, _gender = _french_title(" ".join(to.title.split()))
        if to.handwritten and formal and not to.first_name_terms:
            return (f"Je vous prie d'agréer, {formal}, l'expression de mes sincères "
                    "salutations.")
        return "Bien à vous," if to.first_name_terms else "Bien cordialement,"
    if to.language == "it":
        if to.handwritten:
            return "Un caro saluto," if to.first_name_terms else "Con i migliori saluti,"
        return "Un cordiale saluto," if to.first_name_terms else "Cordiali saluti,"
    american = to.country in _EN_DOTTED_COUNTRIES
    if to.handwritten:
        return "Warm regards," if american else "With best wishes,"
    return "Best regards," if american else "Kind regards,"
