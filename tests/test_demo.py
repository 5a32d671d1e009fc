"""The sample job search: realistic, planned by the rules, and never written over data."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jobfollowup.cli import main
from jobfollowup.services.demo.sample import load_small_demo
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import agenda, list_follow_ups
from jobfollowup.services.records.contacts import get_contact, search_contacts
from jobfollowup.services.records.core import add_contact, list_applications
from jobfollowup.services.records.references import list_references

TODAY = dt.date(2026, 12, 17)


def test_small_demo_is_a_whole_search_planned_by_the_rules(data_dir):
    load_small_demo(TODAY)
    applications = list_applications()
    contacts = [get_contact(c.id) for c in search_contacts()]
    assert len(applications) == 15 and len(contacts) == 40
    assert {c.note_language for c in contacts} == {"en", "fr", "it", "nb"}
    assert len({c.country for c in contacts}) >= 5
    assert {"Madame", "Dott.ssa", "Ms", "Dr"} <= {c.form_of_address for c in contacts}
    assert {"applied", "interviewing", "offer", "accepted", "declined", "rejected",
            "withdrawn"} == {a.status for a in applications}
    follow_ups = list_follow_ups()
    assert {r.state for r in follow_ups} == {"planned", "done", "skipped"}
    assert all(r.reasons for r in follow_ups)
    steps = {event for a in applications for r in list_references(a.id)
             for event, day in r.dates.items() if day}
    assert {"asked", "agreed", "heads-up", "employer-contacted", "thanked", "outcome-told",
            "gift"} <= steps
    plan = agenda(TODAY)
    assert plan.today and plan.this_week


def test_demo_refuses_a_database_that_holds_data(data_dir):
    add_contact("Kari Nordmann")
    with pytest.raises(ValidationError, match="already holds a job search"):
        load_small_demo(TODAY)
    assert [c.name for c in search_contacts()] == ["Kari Nordmann"]


def test_demo_command_seeds_once_then_refuses_in_one_line(tmp_path, capsys):
    folder = str(tmp_path / "sample")
    assert main(["demo", "--size", "small", "--data-dir", folder, "--today",
                 "2026-12-17"]) == 0
    assert "15 applications, 40 contacts" in capsys.readouterr().out
    assert main(["demo", "--size", "small", "--data-dir", folder, "--format", "json"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "already holds a job search" in error


def test_demo_command_speaks_json(tmp_path, capsys):
    folder = tmp_path / "sample"
    assert main(["demo", "--data-dir", str(folder), "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert (said["applications"], said["contacts"]) == (15, 40)
    assert said["path"] == str(folder / "jobfollowup.sqlite3")


def _search_as_read() -> list[tuple]:
    from jobfollowup.services.planning.follow_ups import list_follow_ups

    return ([(c.name, c.organisation, c.country) for c in search_contacts()]
            + [(r.kind, r.date, r.contact_name, r.company) for r in list_follow_ups()])


def test_large_data_set_is_the_same_for_a_seed_and_another_for_another(tmp_path):
    import datetime as dt

    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.demo.large import Size, generate

    size = Size(contacts=30, applications=12, interviews=40, follow_ups=300,
                interactions=200)
    seen = []
    for folder, seed in (("a", 7), ("b", 7), ("c", 8)):
        open_data(tmp_path / folder)
        try:
            assert generate(dt.date(2026, 11, 22), size, seed=seed) == size
            seen.append(_search_as_read())
        finally:
            close_data()
    assert len(seen[0]) == 30 + 300
    assert seen[0] == seen[1]
    assert seen[0] != seen[2]


def test_large_data_set_never_shows_a_deadline_before_its_day(tmp_path):
    """The generator fills the years with copies of plans moved by whole weeks: each copy's
    "at the latest" moves with its day (Today once showed "Nov 22 … at the latest Nov 8")."""
    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.demo.large import Size, generate

    open_data(tmp_path)
    try:
        generate(dt.date(2026, 11, 22), Size(contacts=20, applications=10, interviews=10,
                                              follow_ups=400, interactions=10), seed=3)
        rows = list_follow_ups()
        assert len(rows) == 400
        assert sum(1 for r in rows if r.deadline is not None) > 50
        assert [(r.kind, r.date, r.deadline) for r in rows
                if r.deadline is not None and r.deadline < r.date] == []
    finally:
        close_data()


@pytest.mark.parametrize("today", [dt.date(2026, 12, 17), dt.date(2027, 3, 1)])
def test_sample_drafts_read_as_the_user_would_send_them(data_dir, today):
    """Every sample note: no interview on a weekend ("thank you for meeting me on Sunday"),
    the personal points written to the person and proofread clean of third persons, and the
    Italian notes never put an institution's name without its article."""
    from jobfollowup.notes.proofread import proofread
    from jobfollowup.services.planning.drafts import open_draft
    from jobfollowup.storage.models import FollowUp
    from jobfollowup.storage.models import Interview as InterviewRow

    load_small_demo(today)
    assert all(row.starts_at.weekday() < 5 for row in InterviewRow.select())
    for item in FollowUp.select():
        draft = open_draft(item.id)
        text = draft.subject + "\n" + draft.body
        assert not [f for f in proofread(draft.body, draft.contact_name, draft.template_id,
                                         draft.points, subject=draft.subject)
                    if f.rule == "R3" and "speaks of the person" in f.message], text
        assert "on Saturday" not in text and "on Sunday" not in text
        if draft.language == "it":
            assert "di Politecnico" not in text and "presso Politecnico" not in text
