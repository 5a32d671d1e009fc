"""Punctuation the code joins (a label and its value, a list of clauses) is the language's:
French sets a no-break space before ":" and a narrow one before ";" — in the command
line's output too, which the catalogs' own checks never see (issue 21)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from jobfollowup.cli import main
from jobfollowup.i18n import clause_separator, labelled, set_language
from jobfollowup.rules.kinds import Channel, Kind

# A colon of prose: followed by a space. "3:12: " (a finding's place, as compilers write
# it for editors to read) and times ("14:00") are not prose.
_PLACE = re.compile(r"^\d+:\d+: ", re.MULTILINE)


def french_colons_without_their_space(text: str) -> list[str]:
    text = _PLACE.sub("", text)
    return [text[max(0, m.start() - 20):m.end() + 10]
            for m in re.finditer(r"(?<!\u00a0): ", text)]


def output(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> str:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    main(list(argv))
    return capsys.readouterr().out


def test_plan_and_check_in_french(capsys):
    plan = output(capsys, "plan", "--interview", "2026-12-17T14:00", "--country", "GB",
                  "--language", "fr")
    check = output(capsys, "check", "--kind", "check-in", "--date", "2026-12-25",
                   "--country", "NO", "--language", "fr")
    assert "jeudi 17 décembre 2026\u00a0: E-mail de remerciement (e-mail)" in plan
    assert "    R1\u00a0: " in plan and "    R7\u00a0: " in check
    assert french_colons_without_their_space(plan + check) == []


def test_proofread_in_french(capsys, monkeypatch):
    note = "Objet\u00a0: Notre entretien\n\nBonjour Kary,\n\nMerci.\n\nClaire Dupont\n"
    out = output(capsys, "proofread", "--name", "Kari Nordmann", "--language", "fr",
                 stdin=note, monkeypatch=monkeypatch)
    assert re.search(r"^3:9: R15\u00a0: ", out, re.MULTILINE)
    assert french_colons_without_their_space(out) == []


@pytest.mark.parametrize("language", ["en", "it", "nb"])
def test_other_languages_keep_a_plain_colon(capsys, language):
    plan = output(capsys, "plan", "--interview", "2026-12-17T14:00", "--country", "GB",
                  "--language", language)
    assert "\u00a0" not in plan and "    R1: " in plan


def test_the_joining_helpers_follow_the_language():
    set_language("fr")
    assert labelled("Moment fort", "la démo") == "Moment fort\u00a0: la démo"
    assert clause_separator() == "\u202f; "
    assert clause_separator("nb") == " – "  # Norwegian text avoids the semicolon
    set_language("it")
    assert labelled("Momento saliente", "la demo") == "Momento saliente: la demo"
    assert clause_separator() == "; "


def test_a_reply_in_the_log_and_a_holiday_list_in_french():
    from jobfollowup.printing.sheets import _event_text
    from jobfollowup.rules.holiday_calendar import calendar_for
    from jobfollowup.services.records.timeline import REPLY, SENT, TimelineEvent

    set_language("fr")
    reply = TimelineEvent(dt.date(2026, 12, 20), REPLY, channel=Channel.PHONE,
                          people=("Claire Dupont",), summary="la décision est repoussée")
    assert _event_text(reply) == \
        "Claire Dupont a répondu (téléphone)\u00a0: la décision est repoussée"
    sent = TimelineEvent(dt.date(2026, 12, 18), SENT, kind=Kind.CHECK_IN,
                         channel=Channel.EMAIL, people=("Claire Dupont",))
    assert _event_text(sent) == "Relance envoyée à Claire Dupont (e-mail)"
    # Two holidays on one day (Norway's 17 May 2027, Italy's 1 November 2026): joined as
    # the text's language joins clauses, whichever language the names come in.
    for code, day in (("NO", dt.date(2027, 5, 17)), ("IT", dt.date(2026, 11, 1))):
        assert "\u202f; " in calendar_for(code).name(day, "fr")
        assert ";" not in calendar_for(code).name(day, "nb")
        assert "; " in calendar_for(code).name(day, "it")
