"""A country inside a sentence: its name with the article and preposition its language
wants ("au Royaume-Uni", "aux États-Unis", "nel Regno Unito", "to the United States",
"på Island"), where a bare name would read as a machine's ("en Royaume-Uni").

Which article and preposition a country takes cannot be derived from its name, so each
language has a small table of the countries people most often write to (the EU and EEA,
Britain, North America, Switzerland, Australia, New Zealand and a few more). For any
other country the sentence is built so that it needs no article: French and Italian name
it in apposition ("dans le pays de destination (Japon)"), English and Norwegian, whose
country names mostly take none, put the preposition before CLDR's name.

These are data, not interface text: they never depend on the catalogs or the process's
locale, so a reason reads the same on every machine.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

# How each form of a country takes its prepositions, per language: form → (where, whither).
_FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"": ("in {}", "to {}"), "the": ("in the {}", "to the {}")},
    # Post goes "pour la France" and "per il Regno Unito": "vers"/"verso" say a direction,
    # not where a letter is addressed.
    "fr": {"f": ("en {}", "pour la {}"), "v": ("en {}", "pour l'{}"),
           "m": ("au {}", "pour le {}"), "p": ("aux {}", "pour les {}"),
           "": ("à {}", "pour {}"),
           "?": ("dans le pays de destination ({})", "pour le pays de destination ({})")},
    "it": {"f": ("in {}", "per la {}"), "v": ("in {}", "per l'{}"),
           "m": ("in {}", "per il {}"), "il": ("nel {}", "per il {}"),
           "la": ("nella {}", "per la {}"), "gli": ("negli {}", "per gli {}"),
           "i": ("nei {}", "per i {}"), "": ("a {}", "per {}"),
           "?": ("nel paese di destinazione ({})", "per il paese di destinazione ({})")},
    "nb": {"": ("i {}", "til {}"), "på": ("på {}", "til {}")},
}
_UNKNOWN_FORM = {"en": "", "fr": "?", "it": "?", "nb": ""}

# code → (name, form) per language; the name as it reads after the article.
_COUNTRIES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "GB": ("United Kingdom", "the"), "US": ("United States", "the"),
        "NL": ("Netherlands", "the"),
        "AE": ("United Arab Emirates", "the"), "PH": ("Philippines", "the"),
        "DO": ("Dominican Republic", "the"), "BS": ("Bahamas", "the"),
        "MV": ("Maldives", "the"), "SC": ("Seychelles", "the"),
        "CF": ("Central African Republic", "the"), "GM": ("Gambia", "the"),
        "MH": ("Marshall Islands", "the"), "SB": ("Solomon Islands", "the"),
        "KM": ("Comoros", "the"),
    },
    "fr": {
        "AT": ("Autriche", "v"), "BE": ("Belgique", "f"), "BG": ("Bulgarie", "f"),
        "HR": ("Croatie", "f"), "CY": ("Chypre", ""), "CZ": ("Tchéquie", "f"),
        "DK": ("Danemark", "m"), "EE": ("Estonie", "v"), "FI": ("Finlande", "f"),
        "FR": ("France", "f"), "DE": ("Allemagne", "v"), "GR": ("Grèce", "f"),
        "HU": ("Hongrie", "f"), "IE": ("Irlande", "v"), "IT": ("Italie", "v"),
        "LV": ("Lettonie", "f"), "LT": ("Lituanie", "f"), "LU": ("Luxembourg", "m"),
        "MT": ("Malte", ""), "NL": ("Pays-Bas", "p"), "PL": ("Pologne", "f"),
        "PT": ("Portugal", "m"), "RO": ("Roumanie", "f"), "SK": ("Slovaquie", "f"),
        "SI": ("Slovénie", "f"), "ES": ("Espagne", "v"), "SE": ("Suède", "f"),
        "IS": ("Islande", "v"), "LI": ("Liechtenstein", "m"), "NO": ("Norvège", "f"),
        "GB": ("Royaume-Uni", "m"), "US": ("États-Unis", "p"), "CA": ("Canada", "m"),
        "CH": ("Suisse", "f"), "AU": ("Australie", "v"), "NZ": ("Nouvelle-Zélande", "f"),
        "JP": ("Japon", "m"), "IN": ("Inde", "v"), "BR": ("Brésil", "m"),
        "MX": ("Mexique", "m"), "CN": ("Chine", "f"), "SG": ("Singapour", ""),
        "ZA": ("Afrique du Sud", "v"),
    },
    "it": {
        "AT": ("Austria", "v"), "BE": ("Belgio", "m"), "BG": ("Bulgaria", "f"),
        "HR": ("Croazia", "f"), "CY": ("Cipro", ""), "CZ": ("Repubblica Ceca", "la"),
        "DK": ("Danimarca", "f"), "EE": ("Estonia", "v"), "FI": ("Finlandia", "f"),
        "FR": ("Francia", "f"), "DE": ("Germania", "f"), "GR": ("Grecia", "f"),
        "HU": ("Ungheria", "v"), "IE": ("Irlanda", "v"), "IT": ("Italia", "v"),
        "LV": ("Lettonia", "f"), "LT": ("Lituania", "f"), "LU": ("Lussemburgo", "m"),
        "MT": ("Malta", ""), "NL": ("Paesi Bassi", "i"), "PL": ("Polonia", "f"),
        "PT": ("Portogallo", "m"), "RO": ("Romania", "f"), "SK": ("Slovacchia", "f"),
        "SI": ("Slovenia", "f"), "ES": ("Spagna", "f"), "SE": ("Svezia", "f"),
        "IS": ("Islanda", "v"), "LI": ("Liechtenstein", "il"), "NO": ("Norvegia", "f"),
        "GB": ("Regno Unito", "il"), "US": ("Stati Uniti", "gli"), "CA": ("Canada", "m"),
        "CH": ("Svizzera", "f"), "AU": ("Australia", "v"), "NZ": ("Nuova Zelanda", "f"),
        "JP": ("Giappone", "m"), "IN": ("India", "v"), "BR": ("Brasile", "m"),
        "MX": ("Messico", "m"), "CN": ("Cina", "f"), "SG": ("Singapore", ""),
        "ZA": ("Sudafrica", "m"),
    },
    "nb": {
        "AT": ("Østerrike", ""), "BE": ("Belgia", ""), "BG": ("Bulgaria", ""),
        "HR": ("Kroatia", ""), "CY": ("Kypros", "på"), "CZ": ("Tsjekkia", ""),
        "DK": ("Danmark", ""), "EE": ("Estland", ""), "FI": ("Finland", ""),
        "FR": ("Frankrike", ""), "DE": ("Tyskland", ""), "GR": ("Hellas", ""),
        "HU": ("Ungarn", ""), "IE": ("Irland", ""), "IT": ("Italia", ""),
        "LV": ("Latvia", ""), "LT": ("Litauen", ""), "LU": ("Luxembourg", ""),
        "MT": ("Malta", "på"), "NL": ("Nederland", ""), "PL": ("Polen", ""),
        "PT": ("Portugal", ""), "RO": ("Romania", ""), "SK": ("Slovakia", ""),
        "SI": ("Slovenia", ""), "ES": ("Spania", ""), "SE": ("Sverige", ""),
        "IS": ("Island", "på"), "LI": ("Liechtenstein", ""), "NO": ("Norge", ""),
        "GB": ("Storbritannia", ""), "US": ("USA", ""), "CA": ("Canada", ""),
        "CH": ("Sveits", ""), "AU": ("Australia", ""), "NZ": ("New Zealand", ""),
    },
}


def _language(language: str) -> str:
    code = language.replace("-", "_").split("_")[0].lower()
    return {"no": "nb", "nn": "nb"}.get(code, code if code in _FORMS else "en")


@cache
def _cldr_name(code: str, language: str) -> str:
    """CLDR's name of a country outside our tables, in the language's own locale (never a
    region's variant: the same on every machine); the code where CLDR has none."""
    return Locale.parse(language).territories.get(code, code)


def _name_and_form(code: str, language: str) -> tuple[str, str]:
    code = code.strip().upper()
    known = _COUNTRIES[language].get(code)
    return known or (_cldr_name(code, language), _UNKNOWN_FORM[language])


def country_in(code: str, language: str) -> str:
    """Where: "in the United Kingdom", "au Royaume-Uni", "nel Regno Unito", "i Norge"."""
    language = _language(language)
    name, form = _name_and_form(code, language)
    return _FORMS[language][form][0].format(name)


def country_to(code: str, language: str) -> str:
    """Whither, as post goes: "to the United States", "pour les États-Unis", "per gli
    Stati Uniti", "til USA"."""
    language = _language(language)
    name, form = _name_and_form(code, language)
    return _FORMS[language][form][1].format(name)


def country_in_table(code: str, language: str) -> bool:
    """Whether `code` has its own entry for `language` (not the article-free fallback)."""
    return code.strip().upper() in _COUNTRIES[_language(language)]
