"""Two things a person does by hand, in the real app (Xvfb, real keys and pointer):

- “They replied” with the day they will decide by: the check-ins are kept and wait until
  after that day, the summary says they moved, and Ctrl+Z puts everything back;
- Ctrl+M moving a check-in next to another check-in to the same person: the rules' dialog
  appears, names the crowding, and the nearest day it proposes leaves room around every
  check-in of that person.

What the app did is read from its file; what it should have done is worked out here from
the calendar (weekdays, distances in days), never by asking the app's rules."""

from __future__ import annotations

import datetime as dt
import time

from test_calendar_by_hand import open_calendar, shown

ONE_DAY = dt.timedelta(days=1)
CALM_WEEKDAYS = (1, 2, 3)  # Tuesday to Thursday (R7)


def wait_until(check, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the app did not get there"
        time.sleep(0.05)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def check_ins_of_application(search, application_id: int) -> list[dt.date]:
    return [day(d) for (d,) in search.rows(
        "SELECT planned_date FROM follow_up WHERE application_id = ? AND kind = 'check-in'"
        " AND state = 'planned' ORDER BY planned_date", application_id)]


def waiting_rows(search, application_id: int) -> list[tuple]:
    return search.rows(
        "SELECT id, kind, planned_date, state FROM follow_up WHERE application_id = ?"
        " AND kind IN ('check-in', 'keep-in-touch') ORDER BY id", application_id)


def a_row_waiting_for_an_answer(app, search) -> tuple[int, int, str]:
    """A follow-up Today lists whose application still has check-ins planned: its id,
    the application and the person's name."""
    for follow_up_id in app.ask("today_ids()"):
        (application_id, name), = search.rows(
            "SELECT f.application_id, c.name FROM follow_up f JOIN contact c"
            " ON c.id = f.contact_id WHERE f.id = ?", follow_up_id)
        if application_id is not None and check_ins_of_application(search, application_id):
            return follow_up_id, application_id, name
    raise AssertionError("the sample search has no follow-up waiting for an answer today")


def answer_what_follows(app) -> str:
    """Close the boxes the reply brings, keeping the channel; return the plan summary."""
    while True:
        shown_box = app.wait_for("modal()")
        if shown_box["title"] == "Their preferred channel?":
            app.click(*shown_box["buttons"]["Keep as it is"])
            app.wait_for("modal() is None or modal()['title'] != 'Their preferred channel?'")
            continue
        assert shown_box["title"] == "What changed in your plan"
        app.click(*shown_box["buttons"]["OK"])
        app.wait_for("modal() is None")
        return shown_box["text"]


def test_they_replied_with_a_decision_date_moves_the_check_ins_after_it_and_undo(
        app, search):
    app.wait_for("view_shown() == 'TodayView'")
    follow_up_id, application_id, name = a_row_waiting_for_an_answer(app, search)
    before = waiting_rows(search, application_id)
    (reply_by_before,), = search.rows("SELECT reply_by FROM application WHERE id = ?",
                                      application_id)
    decide_by = check_ins_of_application(search, application_id)[-1] + 7 * ONE_DAY

    app.click(*app.ask(f"today_point({follow_up_id})"))
    app.click(*app.ask("labelled('They replied')"))
    dialog = app.wait_for("modal()")
    assert dialog["title"] == f"{name} replied"
    app.click(*app.ask("labelled('they gave a date')"))
    app.key("Tab")  # to the date beside it, its day selected
    app.type(decide_by.strftime("%d%m%Y"))  # en_GB's order; the field adds the slashes
    assert app.ask("focused_text()") == decide_by.strftime("%d/%m/%Y")
    app.click(*app.ask("button_in_modal('Save')"))
    summary = answer_what_follows(app)

    assert "Check in with " + name + ": moved from" in summary
    (reply_by,), = search.rows("SELECT reply_by FROM application WHERE id = ?",
                               application_id)
    assert day(reply_by) == decide_by
    kept = check_ins_of_application(search, application_id)
    assert kept, "the check-ins were dropped instead of kept"
    assert all(d > decide_by for d in kept)
    assert all(d.weekday() in CALM_WEEKDAYS for d in kept)
    assert all((b - a).days >= 3 for a, b in zip(kept, kept[1:], strict=False))
    assert (kept[-1] - kept[0]).days <= 13
    assert app.ask("undo_texts()")["undo"].startswith("They replied: ")

    app.wait_for("active()")
    app.key("ctrl+z")
    wait_until(lambda: waiting_rows(search, application_id) == before)
    assert search.rows("SELECT reply_by FROM application WHERE id = ?",
                       application_id)[0][0] == reply_by_before


def check_ins_by_person(search) -> dict[int, list[tuple[int, dt.date]]]:
    found: dict[int, list[tuple[int, dt.date]]] = {}
    for follow_up_id, contact_id, planned in search.rows(
            "SELECT id, contact_id, planned_date FROM follow_up WHERE kind = 'check-in'"
            " AND state = 'planned' ORDER BY planned_date"):
        found.setdefault(contact_id, []).append((follow_up_id, day(planned)))
    return found


def a_move_beside_another(app, search) -> tuple[int, dt.date, dt.date, int]:
    """A check-in drawn in the grid and a later day, shown and after today, the day before
    (or after) another check-in to the same person: its id, day, the target, the person."""
    drawn, days, today = app.ask("chips_drawn()"), set(shown(app)), dt.date.today()
    for person, items in check_ins_by_person(search).items():
        for moved, its_day in items:
            if moved not in drawn:
                continue
            for other, other_day in items:
                for target in (other_day - ONE_DAY, other_day + ONE_DAY):
                    if (other != moved and target in days and target > today
                            and target != its_day and target.weekday() in CALM_WEEKDAYS):
                        return moved, its_day, target, person
    raise AssertionError("the sample search has no two check-ins to one person in sight")


def proposed_day(button: str) -> dt.date:
    """The day a “Move to Tuesday 15 December[ 2027]” button names."""
    words = button.removeprefix("Move to ").split()[1:]  # without the weekday
    if len(words) == 2:
        words.append(str(dt.date.today().year))
    return dt.datetime.strptime(" ".join(words), "%d %B %Y").date()


def test_ctrl_m_next_to_another_check_in_asks_and_proposes_a_day_with_room(app, search):
    open_calendar(app)
    moved, its_day, target, person = a_move_beside_another(app, search)
    others = [d for f, d in check_ins_by_person(search)[person] if f != moved]

    app.click(*app.ask(f"chip_point({moved})"))
    app.key("ctrl+m")
    picker = app.wait_for("modal()")
    assert picker["title"] == "Move to…"
    weeks, days = divmod((target - its_day).days, 7)
    app.key(*(["Down"] * weeks if weeks >= 0 else ["Up"] * -weeks))
    app.key(*(["Right"] * days))
    app.key("Return")

    dialog = app.wait_for("modal() if modal()['title'] == 'This day breaks a rule' else None")
    assert "less than three days from the check-in of" in dialog["text"]
    nearest = next(text for text in dialog["buttons"] if text.startswith("Move to "))
    proposed = proposed_day(nearest)
    assert proposed > dt.date.today()
    assert proposed.weekday() in CALM_WEEKDAYS
    assert all(abs((proposed - other).days) >= 3 for other in others), (proposed, others)
    app.click(*dialog["buttons"][nearest])
    app.wait_for("modal() is None")
    search.wait_for_day(moved, proposed)
    app.key("ctrl+z")
    search.wait_for_day(moved, its_day)
