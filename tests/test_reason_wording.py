"""The reasons read as written in each language: countries with their article and
preposition, sentences that open with a capital, Italian dates without an article before
the weekday, and the same words whatever the machine's locale (issue 21, item 3)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

import pytest

from jobfollowup.i18n import LANGUAGES
from jobfollowup.i18n.countries import country_in, country_in_table, country_to
from jobfollowup.rules.kinds import Channel
from jobfollowup.rules.reasons import MESSAGES, Holiday, Place, Reason

# code → language → (where, whither)
PHRASES = {
    "GB": {"en": ("in the United Kingdom", "to the United Kingdom"),
           "fr": ("au Royaume-Uni", "pour le Royaume-Uni"),
           "it": ("nel Regno Unito", "per il Regno Unito"),
           "nb": ("i Storbritannia", "til Storbritannia")},
    "US": {"en": ("in the United States", "to the United States"),
           "fr": ("aux États-Unis", "pour les États-Unis"),
           "it": ("negli Stati Uniti", "per gli Stati Uniti"),
           "nb": ("i USA", "til USA")},
    "FR": {"en": ("in France", "to France"), "fr": ("en France", "pour la France"),
           "it": ("in Francia", "per la Francia"), "nb": ("i Frankrike", "til Frankrike")},
    "NO": {"en": ("in Norway", "to Norway"), "fr": ("en Norvège", "pour la Norvège"),
           "it": ("in Norvegia", "per la Norvegia"), "nb": ("i Norge", "til Norge")},
    "IT": {"en": ("in Italy", "to Italy"), "fr": ("en Italie", "pour l'Italie"),
           "it": ("in Italia", "per l'Italia"), "nb": ("i Italia", "til Italia")},
    "NL": {"en": ("in the Netherlands", "to the Netherlands"),
           "fr": ("aux Pays-Bas", "pour les Pays-Bas"),
           "it": ("nei Paesi Bassi", "per i Paesi Bassi"),
           "nb": ("i Nederland", "til Nederland")},
    "CY": {"en": ("in Cyprus", "to Cyprus"), "fr": ("à Chypre", "pour Chypre"),
           "it": ("a Cipro", "per Cipro"), "nb": ("på Kypros", "til Kypros")},
    "LI": {"en": ("in Liechtenstein", "to Liechtenstein"),
           "fr": ("au Liechtenstein", "pour le Liechtenstein"),
           "it": ("nel Liechtenstein", "per il Liechtenstein"),
           "nb": ("i Liechtenstein", "til Liechtenstein")},
}
EU_EEA_AND_MORE = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
                   "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK",
                   "SI", "ES", "SE", "IS", "LI", "NO", "GB", "US", "CA", "CH", "AU", "NZ")


@pytest.mark.parametrize("code", PHRASES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_country_phrases(code, language):
    assert (country_in(code, language), country_to(code, language)) == \
        PHRASES[code][language]


@pytest.mark.parametrize("language", ("fr", "it"))
def test_the_countries_offered_most_have_their_own_entry(language):
    assert [c for c in EU_EEA_AND_MORE if not country_in_table(c, language)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unlisted_country_needs_no_article(language):
    # Japan outside Norwegian's table, Kiribati outside every one: no "en Kiribati".
    for code in ("JP", "KI"):
        where, whither = country_in(code, language), country_to(code, language)
        assert where and whither and "{" not in where + whither
    if language in ("fr", "it"):
        assert "(Kiribati)" in country_in("KI", language)


@pytest.mark.parametrize("language", ("fr", "it"))
def test_post_is_addressed_to_a_country_not_sent_towards_it(language):
    """"La posta per il Regno Unito", "le courrier pour la France": "verso"/"vers" say a
    direction, not where a letter is addressed."""
    for code in (*EU_EEA_AND_MORE, "JP", "KI"):
        assert country_to(code, language).startswith("per " if language == "it" else "pour ")
    note = Reason.of("r2-too-late", arrival=dt.date(2026, 12, 24), country=Place("GB"))
    assert note.text("it").startswith("La posta per il Regno Unito è troppo lenta")
    assert note.text("fr").startswith("Le courrier pour le Royaume-Uni est trop lent")


def test_never_a_bare_name_where_an_article_is_due():
    for code in EU_EEA_AND_MORE:
        assert not re.match(r"en (Royaume|États|Pays|Canada|Danemark|Portugal)",
                            country_in(code, "fr"))
        assert not re.match(r"in (Regno|Stati|Paesi)", country_in(code, "it"))
        assert not re.match(r"(in|to) (United|Netherlands)", country_in(code, "en"))


DAY = dt.date(2027, 5, 14)  # a Friday
SAMPLE = {"interview": dt.date(2026, 12, 28), "deadline": dt.date(2026, 12, 29),
          "date": DAY, "arrival": dt.date(2027, 1, 4), "transit": 2,
          "reply_by": dt.date(2027, 1, 8), "thanks": dt.date(2026, 12, 29), "number": 1,
          "total": 3, "start": dt.date(2027, 1, 5), "end": dt.date(2027, 1, 19),
          "other": dt.date(2027, 1, 6), "original": dt.date(2027, 1, 4),
          "channel": Channel.EMAIL}


def every_reason(country: str = "GB") -> list[Reason]:
    """Every reason code with sample facts for each of its placeholders."""
    place = Place(country)
    values = {**SAMPLE, "country": place, "holiday": Holiday(place, dt.date(2026, 12, 25))}
    reasons = []
    for code, (_rule, singular, plural, _count) in MESSAGES.items():
        names = set(re.findall(r"\{(\w+)\}", singular + (plural or "")))
        names = {"country" if name.endswith("_country") else name for name in names}
        reasons.append(Reason.of(code, **{name: values[name] for name in names}))
    return reasons


def sentences(text: str) -> list[str]:
    """The sentences of `text`; a full stop after a number is Norwegian's ordinal ("28.
    desember"), not the end of one."""
    return [s for s in re.split(r"(?<=[^\d][.!?])\s+", text) if s]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("country", ("GB", "NO", "JP"))
def test_no_reason_sentence_starts_in_lower_case(language, country):
    for reason in every_reason(country):
        for sentence in sentences(reason.text(language)):
            assert not sentence[0].islower(), (reason.code, sentence)


@pytest.mark.parametrize("language", LANGUAGES)
def test_reasons_name_countries_with_their_article(language):
    texts = " ".join(r.text(language) for r in every_reason("GB"))
    where, whither = PHRASES["GB"][language]
    assert where in texts and whither in texts
    assert "{" not in texts


WEEKDAYS = "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
ARTICLE_BEFORE_WEEKDAY_DATE = re.compile(
    rf"\b(?:il|Il|del|dal|al|nel|sul|entro il|fino al)\s+(?:{WEEKDAYS})\s+\d", re.UNICODE)


def test_italian_puts_no_article_before_a_weekday_date():
    for reason in every_reason("IT"):
        text = reason.text("it")
        assert not ARTICLE_BEFORE_WEEKDAY_DATE.search(text), (reason.code, text)
    deadline = Reason.of("r1-past-deadline", date=DAY, deadline=dt.date(2026, 12, 28))
    assert deadline.text("it").startswith("Venerdì 14 maggio 2027 cade dopo")
    assert "utile, lunedì 28 dicembre 2026" in deadline.text("it")


def test_a_date_keeps_its_case_inside_a_sentence():
    text = Reason.of("r1-same-day", date=DAY).text("nb")
    assert "fredag 14. mai 2027" in text and text[0].isupper()


SCRIPT = """
import json
from tests.test_reason_wording import every_reason
from jobfollowup.i18n import LANGUAGES
print(json.dumps({lang: [r.text(lang) for r in every_reason(c)]
                  for lang in LANGUAGES for c in ("GB", "NO", "JP")}))
"""


def _texts_under(environment: dict[str, str]) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME")}
    env.update(environment)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=root,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_reason_texts_do_not_depend_on_the_machines_locale():
    reference = _texts_under({"LANG": "C.UTF-8"})
    for environment in ({"LANGUAGE": "de", "LANG": "de_DE.UTF-8"},
                        {"LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8"},
                        {"LANGUAGE": "nb:it", "LANG": "it_CH.UTF-8"},
                        {"LANG": "en_US.UTF-8", "LC_TIME": "en_GB.UTF-8"}):
        assert _texts_under(environment) == reference, environment


@pytest.mark.parametrize("environment", [{"LANGUAGE": "de"}, {"LANG": "nb_NO.UTF-8"},
                                         {"LC_ALL": "it_IT.UTF-8"}])
def test_the_plan_command_words_reasons_alike_under_any_locale(environment):
    def plan(extra: dict[str, str]) -> str:
        env = {k: v for k, v in os.environ.items()
               if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME")}
        env.update(extra)
        return subprocess.run(
            [sys.executable, "-m", "jobfollowup", "plan", "--language", "fr", "--interview",
             "2026-12-17T10:00", "--country", "GB", "--format", "json"],
            env=env, capture_output=True, text=True, check=True).stdout

    reference = plan({"LANG": "C.UTF-8"})
    assert "au Royaume-Uni" in reference or "pour le Royaume-Uni" in reference
    assert plan(environment) == reference
