"""The lists open in an order a job seeker reads from the top: applications by their next
follow-up, contacts by name; a sort the user picks stays while the app runs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from jobfollowup.services.demo.sample import load_small_demo
from jobfollowup.services.records.core import add_application
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.shell.main_window import MainWindow
from jobfollowup.ui.widgets.sort_item import sort_key
from windows import shown_window

TODAY = dt.date(2026, 12, 17)


def make_window(qtbot) -> MainWindow:
    load_small_demo(TODAY)
    window = shown_window(qtbot, TODAY)
    window.resize(1280, 800)
    return window


def column(tree, number: int) -> list[str]:
    return [tree.topLevelItem(row).text(number) for row in range(tree.topLevelItemCount())]


def click_header(qtbot, tree, section: int) -> None:
    header = tree.header()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_applications_open_with_the_soonest_follow_up_first(qtbot, data_dir):
    window = make_window(qtbot)
    window.show_view(3)
    tree = window.applications.tree
    header = tree.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        4, Qt.SortOrder.AscendingOrder)
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    days = [item.keys[4].split(" ")[0] for item in items]
    planned = [day for day in days if day != "~"]
    assert planned and planned == sorted(planned)
    assert days == planned + ["~"] * (len(days) - len(planned)), "none planned: at the end"
    assert items[-1].text(4) == ""


def test_a_sort_the_user_picks_stays_through_changes_and_grouping(qtbot, data_dir):
    window = make_window(qtbot)
    window.show_view(3)
    view = window.applications
    click_header(qtbot, view.tree, 0)
    companies = column(view.tree, 0)
    assert companies == sorted(companies, key=sort_key) and companies[0] != "Telenor"

    window.operations.run(window, add_application, "Aker BP", "Analyst",
                          changes=Change.APPLICATIONS)
    view.group.setChecked(True)
    view.group.setChecked(False)

    companies = column(view.tree, 0)
    assert companies[0] == "Airbus" and "Aker BP" in companies
    assert companies == sorted(companies, key=sort_key)


def test_contacts_open_by_name_from_a_to_z(qtbot, data_dir):
    window = make_window(qtbot)
    window.show_view(2)
    tree = window.contacts.tree
    names = column(tree, 0)
    assert names == sorted(names, key=sort_key)
    assert names[0].startswith("A") and names[-1][0] in "TUVWXYZ"
    assert tree.header().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_grouped_by_status_each_group_keeps_the_order_of_the_list(qtbot, data_dir):
    window = make_window(qtbot)
    window.show_view(3)
    view = window.applications
    view.group.setChecked(True)
    interviewing = next(view.tree.topLevelItem(row) for row in range(
        view.tree.topLevelItemCount()) if view.tree.topLevelItem(row).text(0).startswith(
        "Interviewing"))
    days = [interviewing.child(row).keys[4] for row in range(interviewing.childCount())]
    assert len(days) > 3 and days == sorted(days)
