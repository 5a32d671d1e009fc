"""Rescheduling in the Calendar with a real mouse and keyboard: the app runs in Xvfb, and
every press, move, release and key goes through the X server (xdotool), the way a
person's hands reach it. What the app stored is read back from its file."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

ONE_DAY = dt.timedelta(days=1)


def open_calendar(app) -> None:
    app.key("ctrl+2")
    app.wait_for("calendar() is not None and bool(shown_days())")
    time.sleep(0.3)  # its first paint


def shown(app) -> list[dt.date]:
    return [dt.date.fromisoformat(day) for day in app.ask("shown_days()")]


def movable(app, search) -> list[tuple[int, dt.date]]:
    """The planned check-ins whose chips the grid draws, with their days: the follow-ups
    the rules of calm days (R7) govern."""
    ids = app.ask("chips_drawn()")
    found = []
    for follow_up_id in ids:
        (state, kind, day), = search.rows(
            "SELECT state, kind, planned_date FROM follow_up WHERE id = ?", follow_up_id)
        if state == "planned" and kind == "check-in":
            found.append((follow_up_id, dt.date.fromisoformat(day)))
    return found


def choose(app, search, judge, fits: Callable[[dt.date, dt.date, object], bool],
           days: list[dt.date] | None = None) -> tuple[int, dt.date, dt.date]:
    """A check-in drawn in the grid, and a day after today among `days` (default: every
    day shown) where `fits(its day, that day, the rules' verdict)`."""
    today = dt.date.today()
    for follow_up_id, day in movable(app, search):
        for target in days or shown(app):
            if target > today and target != day and fits(day, target,
                                                          judge(follow_up_id, target)):
                return follow_up_id, day, target
    pytest.fail("the sample search has no check-in and day for this case in sight")


def allowed(_day, _target, verdict) -> bool:
    return verdict.allowed


def test_a_chip_dragged_to_an_allowed_day_moves_and_undo_redo_take_it_back(
        app, search, judge):
    open_calendar(app)
    follow_up_id, day, target = choose(app, search, judge, allowed)
    app.drag(app.ask(f"chip_point({follow_up_id})"), app.ask(f"day_point('{target}')"))
    search.wait_for_day(follow_up_id, target)
    assert app.ask("modal()") is None  # an allowed day asks nothing
    assert app.ask(f"chip_point({follow_up_id})")  # drawn on its new day
    assert app.ask("undo_texts()")["undo"].startswith("Move “Check in with ")
    app.key("ctrl+z")
    search.wait_for_day(follow_up_id, day)
    app.key("ctrl+shift+z")
    search.wait_for_day(follow_up_id, target)


def test_a_chip_dragged_in_the_week_view_moves(app, search, judge):
    open_calendar(app)

    def same_week(day, target, verdict) -> bool:
        return verdict.allowed and day.isocalendar()[:2] == target.isocalendar()[:2]

    follow_up_id, day, target = choose(app, search, judge, same_week)
    app.click(*app.ask(f"chip_point({follow_up_id})"))  # the week shown is the chosen day's
    app.click(*app.ask("labelled('Week')"))
    app.wait_for("len(shown_days()) == 7")
    time.sleep(0.3)
    assert day.isoformat() in app.ask("shown_days()")
    app.drag(app.ask(f"chip_point({follow_up_id})"), app.ask(f"day_point('{target}')"))
    search.wait_for_day(follow_up_id, target)
    app.key("ctrl+z")
    search.wait_for_day(follow_up_id, day)


def test_a_row_of_the_agenda_dragged_onto_a_day_moves(app, search, judge):
    open_calendar(app)
    follow_up_id, day, target = choose(app, search, judge, allowed)
    app.click(*app.ask("labelled('Agenda')"))  # the window is too narrow to show it alone
    app.wait_for(f"bool(agenda_point({follow_up_id}))")
    time.sleep(0.3)
    app.drag(app.ask(f"agenda_point({follow_up_id})"), app.ask(f"day_point('{target}')"))
    search.wait_for_day(follow_up_id, target)
    app.key("ctrl+z")
    search.wait_for_day(follow_up_id, day)


def breaks(code: str) -> Callable[[dt.date, dt.date, object], bool]:
    """A day that breaks the rule of `code`, and whose nearest allowed day is named."""
    def fits(_day, _target, verdict) -> bool:
        return (not verdict.allowed and verdict.nearest_allowed is not None
                and any(reason.code == code for reason in verdict.violations))
    return fits


def weekday(number: int) -> Callable[[dt.date, dt.date, object], bool]:
    def fits(day, target, verdict) -> bool:
        return target.weekday() == number and breaks(
            "r7-monday" if number == 0 else "r7-friday")(day, target, verdict)
    return fits


def next_to_a_holiday(day, target, verdict) -> bool:
    return (breaks("r7-before-holiday")(day, target, verdict)
            or breaks("r7-after-holiday")(day, target, verdict))


@pytest.mark.parametrize(("case", "fits", "answer"), [
    ("a Monday", weekday(0), "nearest"),
    ("a Friday", weekday(4), "keep"),
    ("a day next to a public holiday", next_to_a_holiday, "cancel"),
])
def test_a_drop_on_a_day_the_rules_avoid_asks_and_each_answer_does_what_it_says(
        app, search, judge, case, fits, answer):
    open_calendar(app)
    follow_up_id, day, target = choose(app, search, judge, fits)
    verdict = judge(follow_up_id, target)
    app.drag(app.ask(f"chip_point({follow_up_id})"), app.ask(f"day_point('{target}')"))
    dialog = app.wait_for("modal()")
    assert dialog["title"] == "This day breaks a rule"
    assert any(phrase in dialog["text"] for phrase in (  # the calm-days rule, in words
        "people are catching up on their week", "are wrapping up their week",
        "public holiday")), case
    nearest = next(text for text in dialog["buttons"] if text.startswith("Move to "))
    keep = next(text for text in dialog["buttons"] if text.startswith("Keep "))
    assert f" {verdict.nearest_allowed.day} " in f"{nearest} "
    assert f" {target.day} " in keep
    app.click(*dialog["buttons"][{"nearest": nearest, "keep": keep,
                                  "cancel": "Cancel"}[answer]])
    app.wait_for("modal() is None")
    if answer == "cancel":
        time.sleep(0.5)
        assert search.day_of(follow_up_id) == day
        assert app.ask("undo_texts()")["count"] == 0
        return
    expected = verdict.nearest_allowed if answer == "nearest" else target
    search.wait_for_day(follow_up_id, expected)
    app.key("ctrl+z")
    search.wait_for_day(follow_up_id, day)


def test_the_keyboard_way_select_a_chip_then_ctrl_m(app, search, judge):
    open_calendar(app)

    def a_week_later(day, target, verdict) -> bool:
        return verdict.allowed and target == day + 7 * ONE_DAY

    follow_up_id, day, target = choose(app, search, judge, a_week_later)
    app.click(*app.ask(f"chip_point({follow_up_id})"))
    app.key("ctrl+m")
    dialog = app.wait_for("modal()")
    assert dialog["title"] == "Move to…"
    app.key("Down", "Return")  # the date picker: one week on, then take it
    search.wait_for_day(follow_up_id, target)
    assert app.ask("modal()") is None
    app.key("ctrl+z")
    search.wait_for_day(follow_up_id, day)


def test_a_drop_on_the_next_months_days_in_the_last_row(app, search, judge):
    open_calendar(app)
    month = app.ask("calendar().model.month")
    trailing = [day for day in shown(app)[28:] if day.month != month]
    follow_up_id, day, target = choose(app, search, judge, allowed, trailing)
    app.drag(app.ask(f"chip_point({follow_up_id})"), app.ask(f"day_point('{target}')"))
    search.wait_for_day(follow_up_id, target)
    assert app.ask("modal()") is None


def test_a_drop_outside_the_grid_changes_nothing(app, search, judge):
    open_calendar(app)
    follow_up_id, day, _target = choose(app, search, judge, allowed)
    before = search.rows("SELECT id, planned_date, state FROM follow_up ORDER BY id")
    x, y, width, height = app.ask("window_area()")
    for outside in ([x + 60, y + height // 2],  # the navigation list
                    [x + width + 100, y + 100]):  # beside the window: the bare screen
        app.drag(app.ask(f"chip_point({follow_up_id})"), outside)
        time.sleep(0.5)
        assert app.ask("modal()") is None
    assert search.rows("SELECT id, planned_date, state FROM follow_up ORDER BY id") == before
    assert app.ask("undo_texts()")["count"] == 0
    assert app.ask(f"chip_point({follow_up_id})")  # still drawn on its day
