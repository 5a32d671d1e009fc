"""An application's timeline, by hand: Applications, a click on Equinor, a click on the
Timeline tab; every follow-up of the application is there in date order with today
marked, and a double click on one opens why it falls on its day."""

from __future__ import annotations

import datetime as dt


def test_the_timeline_of_an_application_and_why_a_step_falls_on_its_day(app, search):
    app.key("ctrl+4")
    app.wait_for("view_shown() == 'ApplicationsView'")
    app.click(*app.ask("application_point('Equinor')"))
    app.click(*app.ask("tab_point('Timeline')"))
    rows = app.wait_for("timeline_rows()")
    (job,), = search.rows("SELECT id FROM application WHERE company = 'Equinor'")
    stored = search.rows("SELECT id, state, planned_date, done_on FROM follow_up "
                         "WHERE application_id = ?", job)
    assert stored and sorted(r["id"] for r in rows if r["id"]) == sorted(r[0] for r in stored)
    assert [r["texts"][1] for r in rows].count("Today") == 1
    shown = [row["id"] for row in rows if row["id"]]
    days = {r[0]: r[3] if r[1] == "done" and r[3] else r[2] for r in stored}
    assert [days[i] for i in shown] == sorted(days[i] for i in shown)  # in date order
    planned = [r[0] for r in stored if r[1] == "planned"]
    today = dt.date.today().isoformat()
    marker = next(i for i, row in enumerate(rows) if row["texts"][1] == "Today")
    assert all(days[row["id"]] > today for row in rows[marker + 1:] if row["id"])

    chosen = planned[0] if planned else stored[0][0]
    app.double_click(*app.ask(f"timeline_point({chosen})"))
    details = app.wait_for("modal() if modal() and modal()['title'] == "
                           "'Follow-up details' else None")
    ((name,),) = search.rows("SELECT c.name FROM follow_up f JOIN contact c "
                             "ON c.id = f.contact_id WHERE f.id = ?", chosen)
    assert name in details["text"]
    app.key("Escape")
    app.wait_for("'Follow-up details' not in windows()")
    app.click(*app.ask(f"timeline_point({chosen})"))
    app.key("Return")  # Enter opens it too, as in every list of the app
    app.wait_for("modal() if modal() and modal()['title'] == 'Follow-up details' else None")
    app.key("Escape")
    app.wait_for("'Follow-up details' not in windows()")
