"""A country typed by name into the contact form, in the real app: the list under the
field narrows as the letters come, the arrow keys and Enter pick it, the region is chosen
the same way, Ctrl+S saves, and the file holds the ISO codes. Real keys through the X
server; the file says what happened."""

from __future__ import annotations

import time

PERSON = "Ingrid Haugen"


def wait_until(check, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the app did not get there"
        time.sleep(0.05)


def test_type_a_country_name_pick_it_with_the_keyboard_and_save_its_code(app, search):
    app.key("ctrl+3")
    app.wait_for("view_shown() == 'ContactsView'")
    app.key("ctrl+n")
    app.wait_for("bool(field('Name:'))")
    app.click(*app.ask("field('Name:')"))
    app.type(PERSON)

    app.key("alt+y")  # Countr&y:
    app.wait_for("focused_name() == 'Country'")
    app.type("Norw")
    lines = app.wait_for("suggestions()")
    assert lines[0] == "Norway (NO)"
    app.key("Down", "Return")
    app.wait_for("field_text('Country:') == 'Norway (NO)'")
    assert app.ask("suggestions()") == []

    app.key("Tab")  # on to the region beside it
    app.wait_for("focused_name() == 'Region'")
    app.type("Trond")
    assert app.wait_for("suggestions()")[0] == "Trøndelag (50)"
    app.key("Return")
    app.wait_for("field_text('Region:') == 'Trøndelag (50)'")

    app.key("ctrl+s")
    wait_until(lambda: search.rows("SELECT country, subdivision FROM contact WHERE name = ?",
                                   PERSON) == [("NO", "50")])


def test_a_whole_name_and_enter_picks_it_without_saving_half_way(app, search):
    app.key("ctrl+3")
    app.wait_for("view_shown() == 'ContactsView'")
    app.key("ctrl+n")
    app.wait_for("bool(field('Name:'))")
    app.click(*app.ask("field('Name:')"))
    app.type(PERSON)
    app.key("alt+y")
    app.wait_for("focused_name() == 'Country'")
    app.type("France")
    app.wait_for("suggestions()")
    app.key("Return")
    app.wait_for("field_text('Country:') == 'France (FR)'")  # never "Fra", never "FRA"
    app.key("ctrl+s")
    wait_until(lambda: search.rows("SELECT country, subdivision FROM contact WHERE name = ?",
                                   PERSON) == [("FR", None)])
