"""Holiday names in the language of the text, the same on every machine (R7's reasons)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from jobfollowup.rules.holiday_calendar import calendar_for

EASTER_MONDAY = dt.date(2026, 4, 6)


@pytest.mark.parametrize(("country", "day", "language", "expected"), [
    # The holiday data's own names, where it has the language.
    ("NO", EASTER_MONDAY, "nb", "Andre påskedag"),
    ("NO", EASTER_MONDAY, "en", "Easter Monday"),
    ("FR", dt.date(2026, 7, 14), "fr", "Fête nationale"),
    ("IT", dt.date(2026, 12, 25), "it", "Natale"),
    # Ours, where it has not: no French or Italian in Norway's data, nor Norwegian in Italy's.
    ("NO", EASTER_MONDAY, "fr", "Lundi de Pâques"),
    ("NO", EASTER_MONDAY, "it", "Lunedì dell'Angelo"),
    ("IT", dt.date(2026, 12, 25), "nb", "Første juledag"),
    ("GB", dt.date(2026, 12, 28), "fr", "Lendemain de Noël (jour de remplacement)"),
    ("DE", dt.date(2026, 10, 3), "it", "Giorno dell'unità tedesca"),
    # Neither: the country's own language, never the machine's.
    ("US", dt.date(2026, 1, 19), "fr", "Martin Luther King Jr. Day"),
])
def test_a_holiday_is_named_in_the_language_of_the_text(country, day, language, expected):
    assert calendar_for(country).name(day, language) == expected


_SCRIPT = """
import datetime as dt, json
from jobfollowup.rules.reasons import Holiday, Place, Reason
texts = []
for country, day in (("NO", dt.date(2026, 4, 6)), ("NO", dt.date(2026, 5, 17)),
                     ("IT", dt.date(2026, 12, 8)), ("GB", dt.date(2026, 12, 28)),
                     ("US", dt.date(2026, 11, 26)), ("FR", dt.date(2026, 11, 11)),
                     ("DE", dt.date(2026, 10, 3)), ("CH", dt.date(2026, 8, 1))):
    place = Place(country, None)
    for code in ("r7-holiday", "r7-before-holiday", "r7-after-holiday"):
        reason = Reason.of(code, date=day, country=place, holiday=Holiday(place, day))
        texts += [reason.text(language) for language in ("en", "fr", "it", "nb")]
print(json.dumps(texts, ensure_ascii=False))
"""

ENVIRONMENTS = [
    {"LANG": "C"},
    {"LANG": "en_US.UTF-8"},
    {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"},
    {"LANG": "nb_NO.UTF-8", "LANGUAGE": "nb:no"},
    {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"},
    {"LC_ALL": "it_IT.UTF-8", "LANGUAGE": "it"},
    {"LANGUAGE": "uk:th"},
]


def _texts(environment: dict[str, str]) -> list[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME")}
    env.update(environment)
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_the_rules_texts_do_not_depend_on_the_machines_language():
    first, *others = [_texts(environment) for environment in ENVIRONMENTS]
    assert "Andre påskedag" in " ".join(first) and "Lundi de Pâques" in " ".join(first)
    for environment, texts in zip(ENVIRONMENTS[1:], others, strict=True):
        assert texts == first, environment
