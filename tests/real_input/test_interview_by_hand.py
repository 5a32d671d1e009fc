"""A core flow by hand, in the real app: a new application, an interview logged with a
person met there for the first time, the thank-you's draft opened from Today and marked
sent; then Undo takes every step back in the order they were made, and Redo brings them
all back. Real pointer and keys through the X server; the file says what happened."""

from __future__ import annotations

import time

COMPANY, PERSON = "Nordlys Energi", "Jean Dupont"


def type_into(app, label: str, text: str) -> None:
    app.click(*app.ask(f"field({label!r})"))
    app.key("ctrl+a")
    app.type(text)


def count(search, table: str) -> int:
    return search.rows(f"SELECT count(*) FROM {table}")[0][0]


def wait_until(check, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the app did not get there"
        time.sleep(0.05)


def test_log_an_interview_with_a_new_contact_send_the_thank_you_then_undo_and_redo(
        app, search):
    start = {table: count(search, table)
             for table in ("application", "contact", "interview", "follow_up", "interaction")}
    # A new application, typed and saved.
    app.key("ctrl+4")
    app.wait_for("view_shown() == 'ApplicationsView'")
    app.key("ctrl+shift+n")
    app.wait_for("bool(field('Company:'))")
    type_into(app, "Company:", COMPANY)
    type_into(app, "Position:", "Data Engineer")
    app.key("ctrl+s")
    wait_until(lambda: count(search, "application") == start["application"] + 1)

    # Log interview…, with someone not in the contacts yet.
    app.key("ctrl+i")
    dialog = app.wait_for("modal()")
    assert dialog["title"] == f"Log an interview at {COMPANY}"
    app.click(*dialog["buttons"]["New contact…"])
    app.wait_for("modal()['title'] != " + repr(dialog["title"]))
    type_into(app, "Name:", PERSON)
    type_into(app, "Email:", "jean.dupont@nordlys.example")
    app.click(*app.ask("button_in_modal('Save')"))
    app.wait_for(f"modal()['title'] == {dialog['title']!r}")
    (person,), = search.rows("SELECT id FROM contact WHERE name = ?", PERSON)
    app.click(*app.ask("button_in_modal('Save')"))
    app.wait_for("'Follow-ups planned' in windows()")
    planned = search.rows("SELECT id, kind, state FROM follow_up WHERE contact_id = ?"
                          " ORDER BY planned_date, id", person)
    assert planned and planned[0][1] == "thank-you-email"
    thank_you = planned[0][0]
    summary = app.wait_for_still("modal() if modal()['title'] == 'Follow-ups planned' "
                                 "else None")
    app.click(*summary["buttons"]["OK"])  # the summary of what was planned, read
    app.wait_for("'Follow-ups planned' not in windows()")

    # Today lists the thank-you: open its draft and mark it sent.
    app.key("ctrl+1")
    app.wait_for("view_shown() == 'TodayView'")
    app.wait_for(f"{thank_you} in today_ids()")
    app.wait_for("active()")
    app.click(*app.ask(f"today_point({thank_you})"))
    app.key("ctrl+d")
    # the editor, laid out where it will stay, before a hand reaches for its button
    app.click(*app.wait_for_still("labelled('Mark as sent')"))
    wait_until(lambda: search.state_of(thank_you) == "done")
    assert count(search, "interaction") == start["interaction"] + 1

    # Undo, step by step, newest first.
    app.wait_for("active()")
    app.key("ctrl+z")
    wait_until(lambda: search.state_of(thank_you) == "planned")
    assert count(search, "interaction") == start["interaction"]
    app.key("ctrl+z")  # the interview, with everything it planned
    wait_until(lambda: count(search, "interview") == start["interview"])
    assert search.state_of(thank_you) is None
    assert count(search, "follow_up") == start["follow_up"]
    app.wait_for(f"{thank_you} not in today_ids()")  # no view lists what is gone
    app.key("ctrl+z")  # the contact made while logging it
    wait_until(lambda: count(search, "contact") == start["contact"])
    app.key("ctrl+z")  # the application
    wait_until(lambda: count(search, "application") == start["application"])

    # Redo brings all of it back as it was.
    for _step in range(4):
        app.key("ctrl+shift+z")
    wait_until(lambda: search.state_of(thank_you) == "done")
    assert search.rows("SELECT name FROM contact WHERE id = ?", person) == [(PERSON,)]
    assert count(search, "interview") == start["interview"] + 1
    assert len(search.rows("SELECT id FROM follow_up WHERE contact_id = ?", person)) == len(
        planned)
