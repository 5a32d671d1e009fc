"""The headless commands: a stable contract for scripts, tests and support."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from jobfollowup.cli import main
from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.records.core import add_application, add_contact, log_interview


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_shape(capsys):
    code, out, err = run(capsys, "plan", "--interview", "2026-12-17T14:00", "--country", "NO",
                         "--reply-by", "2026-12-28", "--format", "json", "--language", "en")
    assert (code, err) == (0, "")
    plan = json.loads(out)["plan"]
    assert [item["kind"] for item in plan] == [
        "thank-you-email", "thank-you-note", "check-in", "check-in", "keep-in-touch"]
    for item in plan:
        assert set(item) == {"kind", "channel", "date", "deadline", "reasons"}
        assert item["reasons"] and all(set(r) == {"rule", "text"} for r in item["reasons"])
        assert all(r["rule"].startswith("R") for r in item["reasons"])
    note = plan[1]
    assert (note["channel"], note["date"], note["deadline"]) == (
        "letter", "2026-12-18", "2026-12-22")
    assert plan[2]["deadline"] is None and plan[2]["date"] == "2026-12-29"


def test_plan_uses_the_channel_given(capsys):
    code, out, _ = run(capsys, "plan", "--interview", "2026-12-17T14:00", "--country", "no",
                       "--channel", "phone", "--format", "json")
    check_ins = [i for i in json.loads(out)["plan"] if i["kind"] == "check-in"]
    assert code == 0 and {i["channel"] for i in check_ins} == {"phone"}
    assert any(r["rule"] == "R8" for r in check_ins[0]["reasons"])


def _american_locale(monkeypatch) -> None:
    for variable in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


def test_plan_text_explains_each_date(capsys, monkeypatch):
    _american_locale(monkeypatch)  # no home country given: the locale's way
    code, out, _ = run(capsys, "plan", "--interview", "2026-12-17T14:00", "--country", "NO",
                       "--language", "en")
    assert code == 0
    assert "Thursday, December 17, 2026: Thank-you email (email)" in out
    assert "R7:" in out and "R1:" in out


def test_plan_text_dates_read_as_where_the_person_lives(capsys, monkeypatch):
    from jobfollowup.storage.profile import write_profile

    _american_locale(monkeypatch)
    write_profile({"home_country": "NO"})  # a Norwegian on an en_US machine: day first
    code, out, _ = run(capsys, "plan", "--interview", "2026-12-17T14:00", "--country", "NO",
                       "--language", "en")
    assert code == 0
    assert "Thursday 17 December 2026: Thank-you email (email), at the latest " \
        "Friday 18 December 2026" in out


def test_plan_with_subdivision_and_transit(capsys):
    code, out, _ = run(capsys, "plan", "--interview", "2027-03-29T10:00", "--country", "US",
                       "--subdivision", "CA", "--transit-days", "3", "--format", "json")
    dates = [i["date"] for i in json.loads(out)["plan"] if i["kind"] == "check-in"]
    assert code == 0 and "2027-03-31" not in dates


def test_check_allowed_and_not(capsys):
    code, out, _ = run(capsys, "check", "--kind", "check-in", "--date", "2026-12-24",
                       "--country", "NO", "--format", "json")
    verdict = json.loads(out)
    assert code == 1
    assert verdict["allowed"] is False
    assert verdict["violations"][0]["rule"] == "R7"
    assert verdict["nearest_allowed"] == "2026-12-23"
    code, out, _ = run(capsys, "check", "--kind", "check-in", "--date", "2026-12-23",
                       "--country", "NO", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"allowed": True, "violations": [],
                               "nearest_allowed": "2026-12-23"}


def test_check_respects_the_timeline(capsys):
    code, out, _ = run(capsys, "check", "--kind", "check-in", "--date", "2026-12-23",
                       "--country", "NO", "--reply-by", "2026-12-28", "--format", "json")
    verdict = json.loads(out)
    assert code == 1 and verdict["violations"][0]["rule"] == "R5"
    assert verdict["nearest_allowed"] == "2026-12-29"


@pytest.mark.parametrize("args, names", [
    (["plan", "--interview", "2026-02-30T10:00", "--country", "NO"], "2026-02-30"),
    (["plan", "--interview", "2026-12-17T25:00", "--country", "NO"], "2026-12-17T25:00"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "XX"], "XX"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "US", "--subdivision", "ZZ"],
     "ZZ"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "NO", "--reply-by", "soon"],
     "soon"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "NO", "--channel", "fax"],
     "fax"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "NO", "--transit-days", "two"],
     "two"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "NO", "--transit-days", "99"],
     "30"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "NO", "--reply-by",
      "2026-12-01"], "reply"),
    (["check", "--kind", "letter-bomb", "--date", "2026-12-24", "--country", "NO"],
     "letter-bomb"),
    (["check", "--kind", "check-in", "--date", "2026-13-01", "--country", "NO"], "2026-13-01"),
    (["plan", "--country", "NO"], "--interview"),
    (["plan", "--interview", "2026-12-17T14:00", "--country", "NO", "--format", "xml"],
     "xml"),
    (["frobnicate"], "frobnicate"),
    (["--language", "xx"], "xx"),  # the window's own options, read before its code loads
    (["--data-dir"], "--data-dir"),
    (["--minimised", "frobnicate"], "frobnicate"),
])
def test_bad_input_gets_one_line_and_exit_2(capsys, args, names):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert names in err and "Traceback" not in err


@pytest.fixture
def seeded(tmp_path):
    directory = tmp_path / "seeded"
    open_data(directory)
    kari = add_contact("Kari Nordmann", country="NO", email="kari@example.no")
    job = add_application("Equinor", "Data Engineer", reply_by=None)
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    close_data()
    return directory


@pytest.mark.parametrize("where", ["before", "after", "env"])
def test_list_finds_the_data_dir_given_anywhere(capsys, monkeypatch, seeded, where):
    args = ["list", "--format", "json"]
    if where == "before":
        args = ["--data-dir", str(seeded), *args]
    elif where == "after":
        args = [*args, "--data-dir", str(seeded)]
    else:
        monkeypatch.setenv("JOBFOLLOWUP_DATA_DIR", str(seeded))
    code, out, _ = run(capsys, *args)
    rows = json.loads(out)["follow_ups"]
    assert code == 0
    assert [r["kind"] for r in rows][:1] == ["thank-you-email"]
    assert all(r["contact"] == "Kari Nordmann" and r["state"] == "planned" for r in rows)
    assert set(rows[0]) == {"id", "kind", "date", "contact", "channel", "state"}


def test_list_filters_by_kind_and_dates(capsys, seeded):
    code, out, _ = run(capsys, "list", "--data-dir", str(seeded), "--kind", "check-in",
                       "--from", "2026-12-01", "--to", "2026-12-31", "--format", "json")
    rows = json.loads(out)["follow_ups"]
    assert code == 0 and [(r["kind"], r["date"]) for r in rows] == [("check-in", "2026-12-29")]


def test_list_refuses_a_foreign_file(capsys, tmp_path):
    (tmp_path / "jobfollowup.sqlite3").write_text("not a database")
    code, out, err = run(capsys, "list", "--data-dir", str(tmp_path))
    assert code == 2 and "not a Job Follow-up database" in err
    assert (tmp_path / "jobfollowup.sqlite3").read_text() == "not a database"


def test_the_module_runs_as_a_program(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "jobfollowup", "check", "--kind", "check-in", "--date",
         "2026-12-24", "--country", "NO", "--format", "json"],
        capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1 and json.loads(result.stdout)["allowed"] is False
    bad = subprocess.run([sys.executable, "-m", "jobfollowup", "plan", "--interview",
                          "2026-02-30", "--country", "NO"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
