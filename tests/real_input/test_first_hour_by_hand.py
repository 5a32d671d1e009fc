"""A newcomer's first hour, by hand, in the real app: the first start asks for their name
and country, then, on an empty app, Today's Log interview… takes a new application and a
person met there, and the thank-you's draft is signed with the name typed at the start.
Real pointer and keys through the X server; the files say what happened."""

from __future__ import annotations

import datetime as dt
import json
import time

from driver import App

from conftest import Search

COMPANY, PERSON = "Nordlys Energi", "Jean Dupont"


def wait_until(check, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the app did not get there"
        time.sleep(0.05)


def type_into(app: App, label: str, text: str) -> None:
    app.click(*app.ask(f"field({label!r})"))
    app.key("ctrl+a")
    app.type(text)


def test_set_up_then_log_an_interview_from_today_and_send_a_signed_thank_you(
        xserver, tmp_path):
    work = tmp_path / "app"
    work.mkdir()
    data = tmp_path / "data"
    app = App(xserver, data, work, first_run=True)
    try:
        # The set-up, first thing: the name as they sign, and where they live.
        setup = app.wait_for("modal() if modal() and modal()['title'] == "
                             "'Welcome to Job Follow-up' else None", timeout=20)
        assert "Save" in setup["buttons"] and "Later" in setup["buttons"]
        app.type("Robin Lee")  # the name field has the keyboard
        type_into(app, "Your country:", "Norw")
        app.key("Return")  # picks Norway
        app.click(*app.ask("button_in_modal('Save')"))
        profile = work / "config" / "jobfollowup" / "profile.json"
        wait_until(profile.exists)
        wait_until(lambda: json.loads(profile.read_text()).get("set_up"))
        stored = json.loads(profile.read_text())
        assert stored["sender_name"] == "Robin Lee" and stored["home_country"] == "NO"

        # An empty app: Log interview… from Today, for a job not in the app yet.
        app.wait_for("view_shown() == 'TodayView'")
        app.wait_for("active()")
        app.click(*app.ask("labelled('Log interview')"))  # a tool button shows no ellipsis
        which = app.wait_for("modal() if modal() and modal()['title'] == 'Log an interview'"
                             " else None")
        assert "Next…" in which["buttons"]
        app.type(COMPANY)  # "A new application…" is chosen: the company has the keyboard
        type_into(app, "Position:", "Data Engineer")
        app.key("Return")
        search = Search(data)
        wait_until(lambda: search.rows("SELECT company, status FROM application") == [
            (COMPANY, "interviewing")])
        dialog = app.wait_for(f"modal() if modal() and modal()['title'] == "
                              f"'Log an interview at {COMPANY}' else None")
        app.click(*dialog["buttons"]["New contact…"])
        app.wait_for("modal()['title'] != " + repr(dialog["title"]))
        type_into(app, "Name:", PERSON)
        type_into(app, "Email:", "jean.dupont@nordlys.example")
        app.click(*app.ask("button_in_modal('Save')"))
        app.wait_for(f"modal()['title'] == {dialog['title']!r}")
        app.click(*app.ask("button_in_modal('Save')"))
        summary = app.wait_for_still("modal() if modal() and modal()['title'] == "
                                     "'Follow-ups planned' else None")
        app.click(*summary["buttons"]["OK"])
        app.wait_for("'Follow-ups planned' not in windows()")
        (thank_you,), = search.rows(
            "SELECT f.id FROM follow_up f JOIN contact c ON c.id = f.contact_id "
            "WHERE c.name = ? AND f.kind = 'thank-you-email'", PERSON)

        # Today lists it; its draft ends with the name typed at the start.
        app.wait_for(f"{thank_you} in today_ids()")
        app.wait_for("active()")
        app.click(*app.ask(f"today_point({thank_you})"))
        app.key("ctrl+d")
        app.wait_for("bool(labelled('Mark as sent'))")
        app.click(*app.ask("labelled('Mark as sent')"))
        wait_until(lambda: search.state_of(thank_you) == "done")
        (body,), = search.rows("SELECT draft FROM follow_up WHERE id = ?", thank_you)
        assert body.rstrip().endswith("Robin Lee")
    except BaseException:
        app.screenshot(work / "failure.png")
        raise
    finally:
        app.quit()


def test_a_new_contact_without_an_address_is_told_and_the_address_plans_the_note(
        xserver, tmp_path):
    """Log interview… from Today with a person added on the way (a name and an email, no
    postal address): the summary says why no handwritten note is planned; Add the postal
    address… there, typed and saved, plans it."""
    work = tmp_path / "app"
    work.mkdir()
    data = tmp_path / "data"
    app = App(xserver, data, work)
    try:
        app.wait_for("view_shown() == 'TodayView'")
        app.click(*app.ask("labelled('Log interview')"))
        app.wait_for("modal() if modal() and modal()['title'] == 'Log an interview' else None")
        app.type(COMPANY)
        type_into(app, "Position:", "Data Engineer")
        app.key("Return")
        dialog = app.wait_for(f"modal() if modal() and modal()['title'] == "
                              f"'Log an interview at {COMPANY}' else None")
        app.click(*dialog["buttons"]["New contact…"])
        quick = app.wait_for("modal() if modal() and modal()['title'] == 'New contact' "
                             "else None")
        assert "A handwritten thank-you is planned only for someone whose postal address " \
            "you know." in quick["text"]
        type_into(app, "Name:", PERSON)
        type_into(app, "Email:", "jean.dupont@nordlys.example")
        app.click(*app.ask("button_in_modal('Save')"))
        app.wait_for(f"modal()['title'] == {dialog['title']!r}")
        app.click(*app.ask("button_in_modal('Save')"))
        summary = app.wait_for_still("modal() if modal() and modal()['title'] == "
                                     "'Follow-ups planned' else None")
        assert (f"No handwritten note is planned for {PERSON}: their postal address is "
                "missing. Add it and the note is planned.") in summary["text"]
        search = Search(data)
        notes = ("SELECT f.planned_date, f.state FROM follow_up f JOIN contact c "
                 "ON c.id = f.contact_id WHERE c.name = ? AND f.kind = 'thank-you-note'")
        assert search.rows(notes, PERSON) == []

        app.click(*summary["buttons"]["Add the postal address…"])
        app.wait_for(f"modal() if modal() and modal()['title'] == "
                     f"'Postal address of {PERSON}' else None")
        app.click(*app.ask("field('Postal address:')"))
        app.type("Forusbeen 50")
        app.key("Return")  # a new line in the address, not Save
        app.type("4035 Stavanger")
        app.click(*app.ask("button_in_modal('Save')"))
        said = app.wait_for_still(
            "modal() if modal() and modal()['title'] == 'Follow-ups planned' "
            "and 'a thank-you card: planned for' in modal()['text'] else None")
        assert "Add the postal address…" not in said["buttons"]
        wait_until(lambda: search.rows(notes, PERSON) != [])
        ((day, state),) = search.rows(notes, PERSON)
        assert state == "planned" and day > dt.date.today().isoformat()  # the next post day
        assert search.rows("SELECT postal_address FROM contact WHERE name = ?", PERSON) == [
            ("Forusbeen 50\n4035 Stavanger",)]
        app.click(*said["buttons"]["OK"])
        app.wait_for("'Follow-ups planned' not in windows()")
    except BaseException:
        app.screenshot(work / "failure.png")
        raise
    finally:
        app.quit()
