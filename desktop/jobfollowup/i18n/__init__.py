"""The one gettext wrapper of the app: `_`, `N_`, `Nn_`, `ngettext`, `pgettext`.

Every layer takes its translations from here, so one call to `set_language` switches the
whole interface. Catalogs are the `.po` files under `translations/` (no `.mo` files to keep
in step), compiled the first time a language is asked for and kept compiled in the user's
cache folder: reading a `.po` file took 45 ms of every start in French.
"""

from __future__ import annotations

import gettext
import io
import os
import struct
from functools import cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "fr", "it", "nb")
DEFAULT_LANGUAGE = "en"
DOMAIN = "messages"

_ALIASES = {"no": "nb", "nn": "nb"}
_current: gettext.NullTranslations = gettext.NullTranslations()
_current_language = DEFAULT_LANGUAGE
_current_region = ""  # the user's territory ("GB"): dates as they write them


def normalise_language(code: str | None) -> str | None:
    """Map a locale name ("fr_FR.UTF-8", "no_NO", "nb") to one of LANGUAGES, or None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The language the user's environment asks for, falling back to English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for candidate in os.environ.get(variable, "").split(":"):
            found = normalise_language(candidate)
            if found:
                return found
    return DEFAULT_LANGUAGE


def system_region(language: str) -> str:
    """The territory of the user's locale ("GB" of en_GB.UTF-8) when that locale speaks
    `language`, else "": a British user reads "17 December 2026", an American one
    "December 17, 2026". The first of LC_ALL, LC_TIME, LANG that is set decides."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code, _, territory = value.split(".")[0].split("@")[0].replace("-", "_").partition("_")
            same = normalise_language(code) == normalise_language(language)
            return territory.upper() if same and territory.isascii() and territory.isalpha() else ""
    return ""


def catalog_dir() -> Path:
    """Where the `.po` catalogs live: beside the package when installed or frozen, else the
    checkout."""
    from jobfollowup import resource_dir

    return resource_dir("translations")


def _compile(po_path: Path, language: str) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def cache_folder(kind: str) -> Path:
    """The user's cache folder for `kind` (compiled catalogs, Babel's locale data)."""
    import platformdirs

    return platformdirs.user_cache_path("jobfollowup", appauthor=False) / kind


def keep_in_cache(folder: Path, name: str, data: bytes, older: str) -> None:
    """Write `data` for the next start (whole or not at all), dropping the files of older
    versions (those matching the glob `older`); a cache that cannot be written is skipped."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{name}.partial"
        partial.write_bytes(data)
        os.replace(partial, folder / name)
        for old in folder.glob(older):
            if old.name != name:
                old.unlink(missing_ok=True)
    except OSError:
        pass


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of `language` (English and unknown languages: the source text)."""
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    po_path = catalog_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.is_file():
        return gettext.NullTranslations()
    stat = po_path.stat()
    folder = cache_folder("catalogs")
    name = f"{DOMAIN}-{language}-{stat.st_size}-{stat.st_mtime_ns}.mo"
    try:
        return gettext.GNUTranslations(io.BytesIO((folder / name).read_bytes()))
    except (OSError, ValueError, IndexError, struct.error):  # none yet, or damaged
        compiled = _compile(po_path, language)
    keep_in_cache(folder, name, compiled, older=f"{DOMAIN}-{language}-*.mo")
    return gettext.GNUTranslations(io.BytesIO(compiled))


def set_language(language: str, region: str = "") -> str:
    """Switch the interface language, its dates following `region`'s conventions (a
    territory such as "GB"; "" for the language's own); returns the language in use."""
    global _current, _current_language, _current_region
    chosen = normalise_language(language) or DEFAULT_LANGUAGE
    _current = translations(chosen)
    _current_language, _current_region = chosen, region.upper()
    return chosen


def date_region(language: str, home_country: str = "") -> str:
    """The territory whose way of writing dates the interface follows, for a person living
    in `home_country` ("" when they have not said: their locale's territory, when their
    locale speaks `language`, stands in for it).

    English has two ways: month first in the United States ("Thursday, December 3, 2026"),
    day first everywhere else ("Thursday 3 December 2026"), whatever the locale's default
    says: a Norwegian whose computer runs en_US.UTF-8 writes the British way. French,
    Italian and Norwegian write the day first everywhere; the home's own variant (fr_CH,
    it_CH) is taken where Babel knows it, for the numbers of a date field."""
    code = normalise_language(language) or DEFAULT_LANGUAGE
    territory = (home_country or system_region(code)).upper()
    if code == "en":
        return "US" if territory == "US" else "GB"
    if not territory:
        return ""
    from babel import localedata  # only here: the start needs none for English

    return territory if localedata.exists(f"{code}_{territory}") else ""


def set_interface_language(language: str, home_country: str = "") -> str:
    """`set_language` for the person at the keyboard: dates as they write them where they
    live (`date_region`)."""
    return set_language(language, date_region(language, home_country))


def current_language() -> str:
    return _current_language


def current_region() -> str:
    return _current_region


def _(message: str) -> str:
    return _current.gettext(message)


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 (gettext style)
    """Mark a singular/plural pair for extraction as one plural message (`ngettext` later)."""
    return singular, plural


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _current.pgettext(context, message)


def gettext_in(language: str, message: str) -> str:
    """`message` in a given language, whatever the interface language is (notes, reasons)."""
    return translations(normalise_language(language) or DEFAULT_LANGUAGE).gettext(message)


def ngettext_in(language: str, singular: str, plural: str, n: int) -> str:
    catalog = translations(normalise_language(language) or DEFAULT_LANGUAGE)
    return catalog.ngettext(singular, plural, n)


def labelled(label: str, value: str) -> str:
    """"Label: value" punctuated as the interface language does ("Objet : …" in French,
    with its no-break space): a colon joined in code would be English in every language."""
    # Translators: a label, then its value ("Rule R15: The greeting…", "Highlight: …").
    return _("{label}: {value}").format(label=label, value=value)


# Between clauses of a list that already holds commas. French sets a narrow no-break space
# before the semicolon; Norwegian text avoids the semicolon and takes a dash.
_CLAUSE_SEPARATORS = {"fr": "\u202f; ", "nb": " – "}


def clause_separator(language: str | None = None) -> str:
    """"; " as `language` (the interface's when None) writes it between clauses."""
    return _CLAUSE_SEPARATORS.get(normalise_language(language) or _current_language, "; ")
