"""A first run from a double-click: the empty app offers a sample job search to try it
with, from Today and from the File menu, and stops offering once there is a search."""

from __future__ import annotations

import datetime as dt

import pytest

from jobfollowup.services.demo.offer import holds_a_search
from jobfollowup.services.records.core import add_contact
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.shell.main_window import MainWindow
from jobfollowup.ui.widgets import message_boxes
from windows import shown_window

TODAY = dt.date(2026, 12, 17)


def make_window(qtbot) -> MainWindow:
    return shown_window(qtbot, TODAY)


@pytest.fixture
def answers(monkeypatch):
    """The answers given to the confirmation of File → Load sample job search…"""
    given: list[bool] = []
    asked: list[str] = []

    def ask(_parent, title, *_args):
        asked.append(title)
        return given.pop(0)

    monkeypatch.setattr(message_boxes, "ask", ask)
    return given, asked


def shows_the_sample(window: MainWindow) -> None:
    """Every view shows the sample: Today's follow-ups, the calendar's chips, 40 people,
    15 applications."""
    today = window.stack.widget(0)
    assert today.body.isVisibleTo(today) and today.model.follow_up_indexes()
    window.show_view(1)
    calendar = window.stack.widget(1)
    assert any(calendar.model.chips_on(TODAY + dt.timedelta(days=n)) for n in range(-3, 30))
    window.show_view(2)
    assert window.contacts.tree.topLevelItemCount() == 40
    window.show_view(3)
    assert window.applications.tree.topLevelItemCount() == 15


def test_an_empty_app_welcomes_with_the_sample_and_loads_it_in_one_click(qtbot, data_dir):
    window = make_window(qtbot)
    today = window.stack.widget(0)
    assert today.offer.isVisibleTo(today) and not today.empty.isVisibleTo(today)
    assert window.sample_action.isEnabled()

    today.offer.try_button.click()

    assert not today.offer.isVisibleTo(today)
    assert "Sample job search loaded:" in window.statusBar().currentMessage()
    assert not window.sample_action.isEnabled(), "the sample goes into an empty app only"
    shows_the_sample(window)


def test_starting_with_my_own_leaves_the_plain_empty_state_for_good(qtbot, data_dir):
    window = make_window(qtbot)
    today = window.stack.widget(0)
    today.offer.own_button.click()
    assert today.empty.isVisibleTo(today) and not today.offer.isVisibleTo(today)
    assert "Just had an interview? Log interview…" in today.empty.text()
    assert not holds_a_search()
    assert window.sample_action.isEnabled(), "still there while the app is empty"

    again = make_window(qtbot)  # the next start does not ask again
    assert again.stack.widget(0).empty.isVisibleTo(again.stack.widget(0))


def test_the_file_menu_loads_the_sample_after_asking_and_shows_today(qtbot, data_dir,
                                                                      answers):
    given, asked = answers
    window = make_window(qtbot)
    window.stack.widget(0).offer.own_button.click()
    window.show_view(2)
    given.append(False)
    window.sample_action.trigger()
    assert asked == ["Load the sample job search?"] and not holds_a_search()
    assert window.stack.currentIndex() == 2

    given.append(True)
    window.sample_action.trigger()
    assert window.stack.currentIndex() == 0
    assert not window.sample_action.isEnabled()
    shows_the_sample(window)


def test_a_first_contact_ends_the_offer_wherever_it_is_added(qtbot, data_dir):
    window = make_window(qtbot)
    today = window.stack.widget(0)
    window.operations.run(window, add_contact, "Kari Nordmann", changes=Change.CONTACTS)
    assert not today.offer.isVisibleTo(today) and today.empty.isVisibleTo(today)
    assert not window.sample_action.isEnabled()


def test_the_offer_reads_in_the_interface_language(qtbot, data_dir):
    from jobfollowup.i18n import set_language

    set_language("fr")
    window = make_window(qtbot)
    offer = window.stack.widget(0).offer
    assert offer.try_button.text() == "Essayer avec un exemple de recherche d'emploi"
    assert window.sample_action.text() == "Charger l'exe&mple de recherche d'emploi…"
