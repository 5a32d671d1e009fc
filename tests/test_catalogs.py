"""The catalogs: complete, clean, and in step with the code."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from jobfollowup.i18n import LANGUAGES, _, catalog_dir, gettext_in, ngettext, set_language
from jobfollowup.i18n.catalogs import extract
from jobfollowup.rules.kinds import Kind

TRANSLATED = ("fr", "it", "nb")


def catalog(language: str):
    with (catalog_dir() / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=language)


def template():
    with (catalog_dir() / "messages.pot").open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_exists_for_every_language(language):
    assert {m.id for m in catalog(language) if m.id} == {m.id for m in template() if m.id}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    po = catalog(language)
    untranslated = [m.id for m in po if m.id and (
        not m.string or (isinstance(m.string, tuple) and not all(m.string)))]
    fuzzy = [m.id for m in po if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_babel_checks_are_clean(language):
    """Placeholders and plural forms agree between each message and its translation."""
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog(language).check()]
    assert problems == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_brace_placeholders_survive_translation(language):
    import re

    names = re.compile(r"\{\{|\}\}|\{(\w*)\}")
    for message in catalog(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(names.findall(ids[-1]))
        for string in strings:
            assert set(names.findall(string)) == wanted, (message.id, string)


def test_template_matches_the_code(tmp_path):
    fresh = extract(tmp_path / "fresh.pot")
    with fresh.open("rb") as handle:
        extracted = {(m.context, m.id if isinstance(m.id, str) else m.id[0])
                     for m in read_po(handle) if m.id}
    stored = {(m.context, m.id if isinstance(m.id, str) else m.id[0])
              for m in template() if m.id}
    assert extracted - stored == set(), "run: python -m jobfollowup.i18n.catalogs update"
    assert stored - extracted == set(), "run: python -m jobfollowup.i18n.catalogs update"


def test_interface_speaks_each_language():
    set_language("nb")
    assert _("Today") == "I dag"
    assert ngettext("Overdue: {n} follow-up", "Overdue: {n} follow-ups", 3).format(n=3) == \
        "Forsinket: 3 oppfølginger"
    set_language("fr")
    assert Kind.THANK_YOU_EMAIL.label == "E-mail de remerciement"
    assert gettext_in("it", "Today") == "Oggi"


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "1 jour ouvré", "2 jours ouvrés"),
    ("it", "1 giorno lavorativo", "2 giorni lavorativi"),
    ("nb", "1 virkedag", "2 virkedager"),
])
def test_reasons_with_a_count_are_translated_in_both_forms(language, one, two):
    import datetime as dt

    from jobfollowup.rules.reasons import Place, Reason

    def text(transit):
        return Reason.of("r2-note", arrival=dt.date(2026, 12, 24), transit=transit,
                         country=Place("NO"), deadline=dt.date(2026, 12, 22)).text(language)

    assert one in text(1)
    assert two in text(2)


def test_a_compiled_catalog_is_kept_for_the_next_start_and_rebuilt_when_damaged(
        tmp_path, monkeypatch):
    """French reads its `.po` once; the next start reads the compiled catalog from the
    cache folder; a damaged cached file is compiled again, and the words stay French."""
    from jobfollowup.i18n import translations

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "jobfollowup" / "catalogs"
    translations.cache_clear()
    try:
        assert translations("fr").gettext("Today") == "Aujourd'hui"
        (kept,) = folder.glob("messages-fr-*.mo")
        translations.cache_clear()
        monkeypatch.setattr("jobfollowup.i18n._compile", lambda *_args: pytest.fail(
            "compiled again although the cache holds it"))
        assert translations("fr").ngettext("{n} follow-up", "{n} follow-ups", 2) == \
            "{n} suivis"
        monkeypatch.undo()
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        kept.write_bytes(b"not a catalog")
        translations.cache_clear()
        assert translations("fr").pgettext("button", "Close") != ""
        assert translations("fr").gettext("Today") == "Aujourd'hui"
        assert kept.read_bytes()[:4] in (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")
    finally:
        translations.cache_clear()
