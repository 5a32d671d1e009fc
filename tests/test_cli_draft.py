"""The `draft` command."""

from __future__ import annotations

from jobfollowup.cli import main

COMMAND = ["draft", "--kind", "thank-you-email", "--language", "nb", "--name", "Kari Nordmann",
           "--company", "Equinor", "--position", "Data Engineer",
           "--interview", "2020-12-17T14:00"]  # so long ago that it is dated with its year


def test_draft_prints_subject_and_body(capsys):
    code = main([*COMMAND, "--highlight", "dataplattformen", "--value", "åpenhet",
                 "--sender", "Ola Hansen"])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Emne: Takk for samtalen om stillingen som Data Engineer"
    assert lines[2] == "Hei Kari,"
    assert "møte meg 17. desember 2020 for" in out and "Equinor" in out and "dataplattformen" in out
    assert "åpenhet" in out
    assert lines[-1] == "Ola Hansen"


def test_draft_in_french_uses_vous(capsys):
    code = main(["draft", "--kind", "check-in", "--language", "fr", "--name", "Claire Dupont",
                 "--form-of-address", "Madame", "--company", "Airbus", "--position", "Analyste",
                 "--interview", "2020-12-01T14:00"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Bonjour Madame Dupont," in out and "entretien du 1er décembre 2020" in out
    assert " tu " not in out


def test_bad_input_is_one_line_and_exit_2(capsys):
    for argv in (["draft", "--kind", "thanks", "--name", "Kari"],
                 [*COMMAND[:-1], "2026-02-30T10:00"],
                 ["draft", "--kind", "check-in", "--name", "  "],
                 ["draft", "--kind", "check-in"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("jobfollowup: ")
