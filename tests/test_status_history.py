"""Each application's status history: recorded with every status change, taken back by
Undo, brought back with a restored application, carried by the full export."""

from __future__ import annotations

import datetime as dt
import json

from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.demo.sample import load_small_demo
from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.services.records.applications import (
    delete_application,
    set_status,
    update_application,
)
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.status_history import StatusStep, histories, status_history
from jobfollowup.services.undo import recorded, undo
from jobfollowup.storage.models import Application, StatusChange

D = dt.date


def steps(application_id: int) -> list[tuple[str, dt.date]]:
    return [(step.status, step.on) for step in status_history(application_id)]


def a_search() -> int:
    """Applied on 1 December, interviewed on the 8th, an offer on the 15th."""
    kari = add_contact("Kari Nordmann", country="NO")
    job = add_application("Equinor", "Data Engineer", country="NO", applied_on=D(2026, 12, 1))
    log_interview(job, dt.datetime(2026, 12, 8, 10), [kari])
    set_status(job, "offer", on=D(2026, 12, 15))
    return job


def test_every_status_change_is_a_dated_step(data_dir):
    job = a_search()
    assert steps(job) == [("applied", D(2026, 12, 1)), ("interviewing", D(2026, 12, 8)),
                          ("offer", D(2026, 12, 15))]
    update_application(job, D(2026, 12, 16), notes="Salary to discuss")  # status unchanged
    assert len(steps(job)) == 3
    unsent = add_application("DNB", "Analyst", status="rejected", on=D(2026, 12, 2))
    assert steps(unsent) == [("rejected", D(2026, 12, 2))]  # no day sent: the day recorded


def test_undoing_a_status_change_removes_its_step(data_dir):
    job = a_search()
    _changes, step = recorded(lambda: update_application(job, D(2026, 12, 20),
                                                         status="accepted"))
    assert steps(job)[-1] == ("accepted", D(2026, 12, 20))
    undo(step)
    assert steps(job)[-1] == ("offer", D(2026, 12, 15)) and len(steps(job)) == 3
    assert Application.get_by_id(job).status == "offer"


def test_a_deleted_application_comes_back_with_its_history(data_dir):
    job = a_search()
    history = steps(job)
    _nothing, step = recorded(lambda: delete_application(job))
    assert StatusChange.select().count() == 0
    undo(step)
    assert steps(job) == history


def test_the_full_export_carries_the_history(data_dir, tmp_path):
    job = a_search()
    history = steps(job)
    path = tmp_path / "everything.json"
    full_exchange.export_json(path)
    assert len(json.loads(path.read_text(encoding="utf-8"))["tables"]["status_change"]) == 3
    close_data()
    open_data(tmp_path / "new-computer")
    full_exchange.import_json(full_exchange.preview_json_import(path))
    (moved,) = [a.id for a in Application.select()]
    assert steps(moved) == history


def test_an_export_from_before_the_history_starts_one(data_dir, tmp_path):
    a_search()
    path = tmp_path / "old.json"
    full_exchange.export_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["tables"]["status_change"]
    path.write_text(json.dumps(document), encoding="utf-8")
    close_data()
    open_data(tmp_path / "new-computer")
    full_exchange.import_json(full_exchange.preview_json_import(path))
    assert list(histories().values()) == [[StatusStep("offer", D(2026, 12, 1))]]


def test_a_step_with_an_unknown_status_is_refused(data_dir, tmp_path):
    a_search()
    path = tmp_path / "tampered.json"
    full_exchange.export_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"]["status_change"][1]["status"] = "hired?"
    path.write_text(json.dumps(document), encoding="utf-8")
    preview = full_exchange.preview_json_import(path)
    assert [r.field for r in preview.rejected] == ["status_change.status"]


def test_the_sample_search_has_a_plausible_history(data_dir):
    today = D(2026, 12, 16)
    load_small_demo(today)
    every = histories()
    assert len(every) == Application.select().count()
    for application in Application.select():
        history = every[application.id]
        assert history[0].status == "applied" and history[-1].status == application.status
        assert all(step.on <= today for step in history)
        assert [s.on for s in history] == sorted(s.on for s in history)
    paths = {tuple(s.status for s in history) for history in every.values()}
    assert ("applied", "interviewing", "rejected") in paths
    assert ("applied", "interviewing", "offer", "accepted") in paths
