"""The `proofread` command, and `draft`'s warning: the draft editor's proofreading for
scripts and support (issue 21, item 5)."""

from __future__ import annotations

import io
import json

import pytest

from jobfollowup.cli import main

CLEAN = "Hei Kari,\n\nTakk for en hyggelig samtale i går.\n\nVennlig hilsen\nOla Hansen\n"
NAME = ["--name", "Kari Nordmann", "--language", "en"]

# (what is wrong, the text, the rule found, words the finding quotes)
FAULTS = [
    ("a misspelt name", CLEAN.replace("Hei Kari,", "Hei Kary,"), "R15", "Kary"),
    ("a blaming phrase", CLEAN.replace("Takk for en hyggelig samtale i går.",
                                       "Jeg har ikke hørt noe fra deg."), "R10",
     "Jeg har ikke hørt noe fra deg"),
    ("an unfilled placeholder", CLEAN.replace("i går", "om {position}"), "placeholder",
     "{position}"),
]


def run(monkeypatch, capsys, text, *args):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code = main(["proofread", *NAME, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_text_exits_0_and_says_nothing(monkeypatch, capsys):
    assert run(monkeypatch, capsys, CLEAN, "--signed-by", "Ola Hansen") == (0, "", "")


def test_clean_text_in_json_is_an_empty_list(monkeypatch, capsys):
    code, out, _err = run(monkeypatch, capsys, CLEAN, "--format", "json")
    assert code == 0 and json.loads(out) == {"findings": []}


@pytest.mark.parametrize("what, text, rule, quoted", FAULTS, ids=[f[0] for f in FAULTS])
def test_each_fault_is_one_line_and_exit_1(monkeypatch, capsys, what, text, rule, quoted):
    code, out, err = run(monkeypatch, capsys, text)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert len(lines) == 1, lines
    assert f" {rule}: " in lines[0] and quoted in lines[0]
    line, column = (int(n) for n in lines[0].split(":")[:2])
    assert text.split("\n")[line - 1][column - 1:].startswith(quoted)


@pytest.mark.parametrize("what, text, rule, quoted", FAULTS, ids=[f[0] for f in FAULTS])
def test_each_fault_in_json(monkeypatch, capsys, what, text, rule, quoted):
    code, out, _err = run(monkeypatch, capsys, text, "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1 and [f["rule"] for f in findings] == [rule]
    assert text[findings[0]["start"]:findings[0]["end"]] == quoted
    assert quoted in findings[0]["message"]


def test_blaming_phrase_comes_with_a_kinder_wording(monkeypatch, capsys):
    _code, out, _err = run(monkeypatch, capsys, FAULTS[1][1], "--format", "json")
    assert json.loads(out)["findings"][0]["suggestion"].startswith("Håper")


def test_a_file_argument_and_the_signature(tmp_path, capsys):
    note = tmp_path / "note.txt"
    note.write_text(CLEAN, encoding="utf-8")
    assert main(["proofread", *NAME, "--signed-by", "Ola Hansen", str(note)]) == 0
    assert main(["proofread", *NAME, "--signed-by", "Per Olsen", str(note)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("signature: ") and "Per Olsen" in out


def test_findings_follow_the_language_asked_for(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(FAULTS[0][1]))
    assert main(["proofread", "--name", "Kari Nordmann", "--language", "fr"]) == 1
    assert "ressemble" in capsys.readouterr().out


@pytest.mark.parametrize("args, stdin", [
    (["--name", "Kari"], b"   \n"),  # nothing to read
    (["--name", "Kari"], b"Hei Kari,\n\xff\xfe\n"),  # not UTF-8
    (["--name", "  "], CLEAN.encode()),
    (["--name", "Kari", "--signed-by", " "], CLEAN.encode()),
    (["--name", "Kari", "/no/such/note.txt"], CLEAN.encode()),
    ([], CLEAN.encode()),  # no name
    (["--name", "Kari", "--format", "xml"], CLEAN.encode()),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(monkeypatch, capsys, args, stdin):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    assert main(["proofread", *args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("jobfollowup: ")


DRAFT = ["draft", "--kind", "check-in", "--language", "en", "--name", "Kari Nordmann",
         "--company", "Equinor", "--position", "Data Engineer",
         "--interview", "2020-12-17T14:00"]


def test_draft_warns_on_stderr_when_its_note_has_findings(capsys):
    assert main([*DRAFT, "--sender", "Ola Hansen", "--company", "{company}"]) == 0
    out, err = capsys.readouterr()
    assert "{company}" in out  # the draft is still printed, whole
    warnings = err.splitlines()
    assert warnings and all("placeholder: " in line for line in warnings)


def test_draft_is_quiet_when_its_note_is_clean(capsys):
    assert main([*DRAFT, "--sender", "Ola Hansen"]) == 0
    assert capsys.readouterr().err == ""


def test_draft_warns_when_it_does_not_end_with_the_sender(capsys, monkeypatch):
    from jobfollowup.notes import templates

    real = templates.render

    def unsigned(*args, **kwargs):
        note = real(*args, **kwargs)
        return templates.RenderedNote(note.subject, note.body.rsplit("\n", 1)[0])

    monkeypatch.setattr("jobfollowup.services.planning.drafts.render", unsigned)
    assert main([*DRAFT, "--sender", "Ola Hansen"]) == 0
    assert "signature: " in capsys.readouterr().err


# `draft` piped into `proofread`: the subject line is a subject, not a greeting.
def drafted(capsys, language: str, kind: str = "check-in", *extra: str) -> str:
    assert main(["draft", "--kind", kind, "--language", language, "--name", "Kari Nordmann",
                 "--company", "Equinor", "--position", "Data Engineer",
                 "--interview", "2020-12-17T14:00", "--sender", "Ola Hansen", *extra]) == 0
    return capsys.readouterr().out


HEADERS = {"en": "Subject: ", "fr": "Objet\u00a0: ", "it": "Oggetto: ", "nb": "Emne: "}


@pytest.mark.parametrize("language", HEADERS)
@pytest.mark.parametrize("kind", ["check-in", "thank-you-email", "thank-you-note"])
def test_a_draft_piped_into_proofread_is_clean(monkeypatch, capsys, language, kind):
    note = drafted(capsys, language, kind, "--highlight", "Lakehouse")
    if kind == "thank-you-note":  # a card: no subject, no header
        assert not note.startswith(HEADERS[language])
    else:
        assert note.startswith(HEADERS[language]) and note.split("\n")[1] == ""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(note.encode("utf-8"))))
    assert main(["proofread", "--name", "Kari Nordmann", "--language", language,
                 "--signed-by", "Ola Hansen"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("language", HEADERS)
def test_a_fault_below_the_header_is_placed_in_the_text_as_given(monkeypatch, capsys,
                                                                  language):
    note = drafted(capsys, language).replace("Kari,", "Kary,", 1).replace(
        "Kari Nordmann,", "Kary Nordmann,", 1)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(note.encode("utf-8"))))
    assert main(["proofread", "--name", "Kari Nordmann", "--language", language]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    line, column = (int(n) for n in first.split(":")[:2])
    assert line == 3  # the greeting, under the subject and its blank line
    assert note.split("\n")[line - 1][column - 1:].startswith("Kary")


@pytest.mark.parametrize("language", HEADERS)
def test_the_subject_is_proofread_too(monkeypatch, capsys, language):
    note = drafted(capsys, language)
    header, rest = note.split("\n", 1)
    note = f"{header} (Kary Nordman)\n{rest}"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(note.encode("utf-8"))))
    assert main(["proofread", "--name", "Kari Nordmann", "--language", language,
                 "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and all(f["rule"] == "R15" and f["line"] is None for f in findings)
    assert "Kary" in findings[0]["message"]


def test_a_header_typed_with_ordinary_spaces_is_read_as_the_subject(monkeypatch, capsys):
    text = "Objet : Entretien du 17 décembre\n\n" + CLEAN
    _code, out, _err = run(monkeypatch, capsys, text)
    assert out == ""


def test_subject_given_as_an_option(monkeypatch, capsys):
    assert run(monkeypatch, capsys, CLEAN, "--subject", "Samtalen med Kari")[0] == 0
    code, out, _err = run(monkeypatch, capsys, CLEAN, "--subject", "Samtalen med Kary")
    assert code == 1 and "Kary" in out
