"""Skipping, marking sent and noting a reply: the services, and Today as a user meets it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dnd import drop
from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.calendar_days import day_notes
from jobfollowup.services.planning.drafts import NameInDoubtError, save_draft
from jobfollowup.services.planning.follow_ups import (
    get_follow_up,
    list_follow_ups,
    mark_done,
    mark_not_sent,
    skip,
)
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.replies import reply_to_follow_up
from jobfollowup.storage.models import Interaction
from jobfollowup.ui.dialogs.follow_up_details import FollowUpDetails
from jobfollowup.ui.operations.core import Operations
from windows import shown_window

TODAY = dt.date(2026, 12, 17)
D = dt.date


@pytest.fixture
def search(data_dir):
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor",
                       email="kari@equinor.example")
    job = add_application("Equinor", "Data Engineer", reply_by=D(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    rows = list_follow_ups()
    check_ins = [r.id for r in rows if r.kind is Kind.CHECK_IN]
    return {"email": rows[0].id, "first": check_ins[0], "second": check_ins[1]}


def by_id(follow_up_id: int):
    return next(r for r in list_follow_ups() if r.id == follow_up_id)


def test_a_late_check_in_pushes_the_next_one_to_a_calm_day_three_days_on(search):
    assert by_id(search["second"]).date == D(2027, 1, 7)
    moved = mark_done(search["first"], D(2027, 1, 6))
    assert by_id(search["first"]).state == "done"
    second = by_id(search["second"])
    # Three days after Wednesday 6 January is Saturday: the next calm day is Tuesday 12th.
    assert moved == [search["second"]] and second.date == D(2027, 1, 12)
    assert second.reasons[-1].code == "r7-moved"
    sent = Interaction.get(Interaction.direction == "out")
    assert sent.date == D(2027, 1, 6) and sent.channel == "email"


def test_a_check_in_sent_on_time_leaves_the_others_alone(search):
    assert mark_done(search["first"], D(2026, 12, 29)) == []
    assert by_id(search["second"]).date == D(2027, 1, 7)


def test_a_reply_stops_the_check_ins_still_planned(search):
    replied = reply_to_follow_up(search["email"], D(2026, 12, 20), summary="Phone call from Kari")
    skipped = [c.follow_up_id for c in replied.changes.dropped]
    assert [c.kind for c in replied.changes.dropped] == [Kind.CHECK_IN, Kind.CHECK_IN,
                                                          Kind.KEEP_IN_TOUCH]
    assert set(skipped) >= {search["first"], search["second"]}
    assert {by_id(i).state for i in skipped} == {"skipped"}
    assert by_id(search["email"]).state == "planned"
    reply = Interaction.get(Interaction.direction == "in")
    assert reply.summary == "Phone call from Kari"


def test_skip_then_a_sent_one_marked_not_sent(search):
    assert skip(search["first"]) == "planned"
    assert by_id(search["first"]).state == "skipped"
    logged = Interaction.select().count()
    mark_done(search["email"], D(2026, 12, 18))
    assert by_id(search["email"]).state == "done"
    assert Interaction.select().count() == logged + 1
    mark_not_sent(search["email"])
    again = by_id(search["email"])
    assert again.state == "planned"
    assert Interaction.select().count() == logged  # the exchange it logged is forgotten
    with pytest.raises(ValidationError):
        mark_not_sent(search["email"])  # it is not marked sent any more


def test_day_notes_name_holidays_and_give_r7_reasons(data_dir):
    settings.put("home_country", "NO")
    notes = day_notes(D(2027, 5, 15), D(2027, 5, 19), "nb")
    assert "Grunnlovsdag" in notes[D(2027, 5, 17)].holiday
    assert [r.code for r in notes[D(2027, 5, 18)].avoided] == ["r7-after-holiday"]
    assert notes[D(2027, 5, 19)].avoided == () and notes[D(2027, 5, 19)].holiday is None
    assert len(notes) == 5


@pytest.fixture
def window(qtbot, search):
    return shown_window(qtbot, TODAY)


def today_rows(window) -> dict[int, str]:
    model = window.views[0][2].model
    return {index.data(256): index.data() for index in model.follow_up_indexes()}


def select(window, follow_up_id: int) -> None:
    today = window.views[0][2]
    today.tree.setCurrentIndex(today.model.index_of(follow_up_id))


def test_mark_sent_from_today_stores_it_and_updates_the_calendar(window, search):
    today = window.views[0][2]
    calendar = window.views[1][2]
    window.show_view(1)
    assert [r.state for r in calendar.model.chips_on(TODAY)] == ["planned"]
    window.show_view(0)
    select(window, search["email"])
    today.sent_action.trigger()
    assert by_id(search["email"]).state == "done"
    assert search["email"] not in today_rows(window)
    window.show_view(1)  # the calendar, hidden during the change, reads it when shown
    assert [r.state for r in calendar.model.chips_on(TODAY)] == ["done"]
    assert Interaction.select().count() == 1


def test_mark_sent_refuses_a_draft_with_a_misspelt_name(window, search, monkeypatch):
    save_draft(search["email"], "Thank you", "Dear Kari Nordman,\n\nThank you.")
    told, opened = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr("jobfollowup.ui.dialogs.draft_editor.open_draft",
                        lambda parent, operations, follow_up_id: opened.append(follow_up_id))
    select(window, search["email"])
    window.views[0][2].sent_action.trigger()
    assert by_id(search["email"]).state == "planned"
    assert opened == [search["email"]] and told


def test_delete_in_today_asks_then_skips_and_ctrl_z_undoes_it(qtbot, window, search,
                                                               monkeypatch):
    asked, answers = [], iter([False, True])  # Keep, then Skip
    monkeypatch.setattr("jobfollowup.ui.widgets.message_boxes.ask",
                        lambda _parent, title, text, *_buttons: asked.append(text)
                        or next(answers))
    select(window, search["email"])
    window.views[0][2].tree.setFocus()
    qtbot.keyClick(window.views[0][2].tree, Qt.Key.Key_Delete)
    assert by_id(search["email"]).state == "planned"  # kept
    qtbot.keyClick(window.views[0][2].tree, Qt.Key.Key_Delete)
    assert asked[0].startswith(
        "“Thank Kari Nordmann for the interview · Equinor” will not be sent.")
    assert by_id(search["email"]).state == "skipped"
    assert search["email"] not in today_rows(window)
    window.undo_action.trigger()
    assert by_id(search["email"]).state == "planned"
    assert search["email"] in today_rows(window)


def test_reschedule_from_today_checks_the_rules_and_shows_in_the_calendar(window, search):
    today = window.views[0][2]
    calendar = window.views[1][2]
    asked = []
    today.pick = lambda parent, row: D(2026, 12, 21)  # a Monday
    today.choose = lambda parent, row, day, verdict: asked.append(verdict) or "nearest"
    select(window, search["email"])
    today.move_action.trigger()
    # A thank-you keeps its deadline: Monday 21st is past it; the nearest day is the 18th.
    assert [v.violations[0].code for v in asked] == ["r1-past-deadline"]
    assert by_id(search["email"]).date == asked[0].nearest_allowed == D(2026, 12, 18)
    assert window.statusBar().currentMessage() == \
        "Moved to Friday, December 18. Undo with Ctrl+Z."
    window.show_view(1)
    calendar.grid.go_to(asked[0].nearest_allowed)
    assert [r.id for r in calendar.model.chips_on(asked[0].nearest_allowed)] == [
        search["email"]]


def test_a_drop_in_the_calendar_shows_up_in_today(window, search):
    calendar = window.views[1][2]
    calendar.choose = lambda *args: "keep"  # before the answer they promised: kept anyway
    window.show_view(1)
    assert search["second"] not in today_rows(window)
    drop(calendar, search["second"], D(2026, 12, 23))
    window.show_view(0)  # Today, behind the calendar during the drop, reads it when shown
    assert today_rows(window)[search["second"]] == "Dec 23, 2026"


def test_details_say_why_this_date_and_show_the_draft(qtbot, search):
    dialog = FollowUpDetails(None, Operations(), get_follow_up(search["first"]))
    qtbot.addWidget(dialog)
    reasons = [label.text() for label in dialog.reasons]
    assert reasons[0].startswith("Following up is up to you")  # in words, the code aside
    assert any(text.startswith("They said they would answer by") for text in reasons)
    assert dialog.reasons[0].toolTip() == "Rule R4 of the follow-up rules"
    assert "Kari" in dialog.draft.toPlainText()


def test_today_groups_overdue_today_and_this_week_and_opens_details(window, search,
                                                                     monkeypatch):
    mark_done(search["email"], TODAY)
    from jobfollowup.services.planning.follow_ups import reschedule

    reschedule(search["first"], D(2026, 12, 15))  # overdue
    reschedule(search["second"], D(2026, 12, 22))  # this week
    today = window.views[0][2]
    today.refresh()
    listed = [today.model.index(i, 1).data() or today.model.index(i, 0).data()
              for i in range(today.model.rowCount())]
    assert listed[0] == "Overdue: 1 follow-up" and listed[2] == "This week: 1 follow-up"
    assert [today.model.row_at(today.model.index(i, 0)).id for i in (1, 3)] == [
        search["first"], search["second"]]
    assert today.selected_follow_up() == search["first"]  # ready for the buttons
    shown = []
    monkeypatch.setattr("jobfollowup.ui.dialogs.follow_up_details.show_details",
                        lambda parent, operations, follow_up_id, move: shown.append(
                            follow_up_id))
    today.tree.activated.emit(today.model.index_of(search["second"]))
    today.tree.activated.emit(today.model.index(0, 0))  # a group heading: nothing
    assert shown == [search["second"]]


def test_today_rows_share_one_height_and_columns_fit_their_widest_text(qtbot, window):
    """Every row of Today is as tall (a heading has air above its text); the day and the
    channel are as wide as their widest text, and what is sent to whom takes the rest: all
    of it in a wide window, shortened in a narrow one (said whole on pointing), the list
    never scrolling sideways."""
    per = add_contact("Per Strand Haraldsen-Øvrebø", country="NO",
                      organisation="Statkraft Energi")
    job = add_application("Statkraft Energi Fornybar", "Analyst")
    log_interview(job, dt.datetime(2026, 12, 14, 10, 0), [per])
    view = window.views[0][2]
    window.resize(1366, 768)
    window.show_view(0)
    view.refresh()
    tree = view.tree
    qtbot.waitUntil(lambda: tree.visualRect(view.model.index(0, 0)).height() > 0)
    heights = {tree.visualRect(view.model.index(row, 0)).height()
               for row in range(view.model.rowCount())}
    assert len(heights) == 1 and heights.pop() >= tree.fontMetrics().height() + 8
    assert len(view.model.follow_up_indexes()) >= 2
    for column in range(3):
        longest = max(view.model.column_texts(column), key=tree.fontMetrics().horizontalAdvance)
        assert tree.fontMetrics().horizontalAdvance(longest) < tree.columnWidth(column)
    window.resize(720, 480)  # the smallest the window gets
    qtbot.waitUntil(lambda: tree.columnWidth(1) < tree.sizeHintForColumn(1))
    for column in (0, 2):
        longest = max(view.model.column_texts(column), key=tree.fontMetrics().horizontalAdvance)
        assert tree.fontMetrics().horizontalAdvance(longest) < tree.columnWidth(column)
    assert not tree.horizontalScrollBar().isVisible()
    index = view.model.follow_up_indexes()[0].siblingAtColumn(1)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(index.data() + "\n")


def test_sent_from_the_draft_editor_re_spaces_the_check_ins_as_from_today(search, qtbot):
    """One action, one meaning: "Mark as sent" in the editor is Today's mark sent, with
    the text the user wrote."""
    from jobfollowup.services.planning.drafts import open_draft
    from jobfollowup.ui.dialogs.draft_editor import DraftEditor

    late = D(2027, 1, 6)  # the day it goes out
    editor = DraftEditor(Operations(), open_draft(search["first"]), today=lambda: late)
    qtbot.addWidget(editor)
    editor.sent_button.click()
    assert by_id(search["first"]).state == "done"
    assert by_id(search["second"]).date == D(2027, 1, 12)


def test_a_misspelt_name_stops_marking_sent_unless_the_user_checked_it(search):
    misspelt = "Hei Karri,\n\nTakk for praten i går."
    with pytest.raises(NameInDoubtError, match="Karri"):
        mark_done(search["email"], TODAY, "Takk", misspelt)
    assert by_id(search["email"]).state == "planned"
    assert Interaction.select().count() == 0  # nothing stored
    mark_done(search["email"], TODAY, "Takk", misspelt, name_checked=True)
    assert by_id(search["email"]).state == "done"
