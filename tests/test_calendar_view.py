"""The Calendar: chips on the right days, drag and drop that knows the rules, undo,
the keyboard way, holidays and months, as a user meets them."""

from __future__ import annotations

import datetime as dt

import hypothesis
import pytest
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from dnd import drop
from jobfollowup.i18n import set_language
from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.ui.calendar.month_model import CHIPS_ROLE, NOTE_ROLE
from jobfollowup.ui.dialogs.moving import CANCEL, KEEP, NEAREST, RuleDialog
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.views.calendar import CalendarView

TODAY = dt.date(2026, 12, 17)
D = dt.date


@pytest.fixture
def search(data_dir):
    """Kari in Norway, interviewed on Thursday 17 December; answer promised by the 28th."""
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor")
    job = add_application("Equinor", "Data Engineer", reply_by=D(2026, 12, 28))
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [kari])
    rows = list_follow_ups()
    check_ins = [r.id for r in rows if r.kind is Kind.CHECK_IN]
    return {"email": rows[0].id, "first": check_ins[0], "second": check_ins[1]}


@pytest.fixture
def view(qtbot, search):
    operations = Operations()
    calendar = CalendarView(operations, lambda: TODAY)
    qtbot.addWidget(calendar)
    calendar.resize(1100, 720)
    calendar.show()
    qtbot.waitExposed(calendar)
    return calendar


def stored_date(follow_up_id: int) -> dt.date:
    return next(r.date for r in list_follow_ups() if r.id == follow_up_id)


def names_on(view: CalendarView, day: dt.date) -> list[str]:
    index = view.model.index_of(day)
    return [f"{r.kind.value}:{r.contact_name}" for r in view.model.data(index, CHIPS_ROLE)]


def answering(choice: str, seen: list[RuleDialog]):
    """A chooser that opens the real rule dialog and clicks one of its buttons."""
    def choose(parent, row, day, verdict):
        dialog = RuleDialog(parent, row, day, verdict, TODAY)
        seen.append(dialog)
        dialog.buttons[choice].click()
        return dialog.choice
    return choose


def test_the_month_shows_each_follow_up_on_its_day(view, search):
    assert view.title.text() == "December 2026"
    assert names_on(view, TODAY) == ["thank-you-email:Kari Nordmann"]
    assert names_on(view, D(2026, 12, 29)) == ["check-in:Kari Nordmann"]
    assert names_on(view, D(2027, 1, 7)) == ["check-in:Kari Nordmann"]  # next month's row
    assert names_on(view, D(2026, 12, 18)) == []
    assert view.model.first_day == D(2026, 11, 30)  # weeks start on Monday in Norway
    accessible = view.model.data(view.model.index_of(D(2026, 12, 29)),
                                 Qt.ItemDataRole.AccessibleTextRole)
    assert "Check in with Kari Nordmann, by email" in accessible
    agenda = [view.period.index(i).data() for i in range(view.period.rowCount())]
    assert "Tuesday, December 29" in agenda
    legend = view.legend.text()
    assert "Thank-you email" in legend and "Check-in" in legend and "Keep in touch" not in legend
    assert not view.grid.grab().isNull()


def test_weeks_start_on_sunday_where_the_user_lives_in_the_us(qtbot, search):
    settings.put("home_country", "US")
    calendar = CalendarView(Operations(), lambda: TODAY)
    qtbot.addWidget(calendar)
    assert calendar.model.headerData(0, Qt.Orientation.Horizontal) == "Sun"
    assert calendar.model.first_day == D(2026, 11, 29)


def test_dropping_a_chip_on_a_calm_day_moves_it_at_once(view, search):
    asked = []
    view.choose = lambda *args: asked.append(args) or CANCEL
    drop(view, search["first"], D(2026, 12, 30))
    assert asked == []
    assert stored_date(search["first"]) == D(2026, 12, 30)
    assert names_on(view, D(2026, 12, 30)) == ["check-in:Kari Nordmann"]
    assert names_on(view, D(2026, 12, 29)) == []
    assert view.grid.selected_chip == search["first"]


def test_undo_and_redo_restore_the_database_and_the_view(view, search):
    drop(view, search["first"], D(2026, 12, 30))
    stack = view.operations.undo_stack
    assert stack.undoText() == ("Move “Check in with Kari Nordmann · Equinor” to "
                                "Wednesday, December 30")
    stack.undo()
    assert stored_date(search["first"]) == D(2026, 12, 29)
    assert names_on(view, D(2026, 12, 29)) == ["check-in:Kari Nordmann"]
    assert names_on(view, D(2026, 12, 30)) == []
    stack.redo()
    assert stored_date(search["first"]) == D(2026, 12, 30)
    assert names_on(view, D(2026, 12, 30)) == ["check-in:Kari Nordmann"]


def test_a_monday_raises_the_rule_dialog_and_nearest_moves_to_the_named_day(view, search):
    seen: list[RuleDialog] = []
    view.choose = answering(NEAREST, seen)
    drop(view, search["second"], D(2027, 1, 4))
    dialog = seen[0]
    assert dialog.buttons[NEAREST].text() == "Move to Tuesday, January 5, 2027"
    assert dialog.buttons[KEEP].text() == "Keep Monday, January 4, 2027 anyway"
    assert [label.text() for label in dialog.rule_labels] == [
        "Monday, January 4, 2027 is a Monday: people are catching up on their week."]
    assert dialog.rule_labels[0].toolTip() == "Rule R7 of the follow-up rules"
    assert stored_date(search["second"]) == D(2027, 1, 5)
    view.operations.undo_stack.undo()
    assert stored_date(search["second"]) == D(2027, 1, 7)


def test_keep_my_day_anyway_stores_the_day_the_user_chose(view, search):
    seen: list[RuleDialog] = []
    view.choose = answering(KEEP, seen)
    drop(view, search["first"], D(2026, 12, 31))
    assert "day before a public holiday in Norway: New Year's Day" in \
        seen[0].rule_labels[0].text()
    assert stored_date(search["first"]) == D(2026, 12, 31)
    assert names_on(view, D(2026, 12, 31)) == ["check-in:Kari Nordmann"]


def test_cancel_leaves_the_follow_up_where_it_was(view, search):
    seen: list[RuleDialog] = []
    view.choose = answering(CANCEL, seen)
    drop(view, search["first"], D(2026, 12, 31))
    assert len(seen) == 1
    assert stored_date(search["first"]) == D(2026, 12, 29)
    assert view.operations.undo_stack.count() == 0


def test_rule_dialog_buttons_speak_bokmal(view, search):
    set_language("nb")
    seen: list[RuleDialog] = []
    view.choose = answering(CANCEL, seen)
    drop(view, search["second"], D(2027, 1, 4))
    buttons = seen[0].buttons
    assert buttons[CANCEL].text() == "Avbryt"
    assert buttons[NEAREST].text() == "Flytt til tirsdag 5. januar 2027"


def test_keyboard_move_to_with_tab_between_chips_and_the_rules_check(qtbot, view, search):
    view.grid.setFocus()
    view.grid.go_to(TODAY)
    assert view.grid.selected_chip == search["email"]
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)  # Friday 18th: nothing there
    assert view.grid.selected_chip is None
    view.grid.go_to(D(2026, 12, 29))
    assert view.grid.selected_chip == search["first"]
    spoken = QAccessible.queryAccessibleInterface(view.grid).focusChild()
    assert spoken.text(QAccessible.Text.Name).startswith("Check in with Kari Nordmann")
    seen: list[RuleDialog] = []
    view.pick = lambda parent, row: D(2026, 12, 31)
    view.choose = answering(NEAREST, seen)
    qtbot.keyClick(view.grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert stored_date(search["first"]) == D(2026, 12, 30)
    assert view.grid.current_day() == D(2026, 12, 30)


def test_tab_walks_the_chips_of_a_day(qtbot, view, search):
    view.grid.setFocus()
    view.grid.go_to(TODAY)
    drop_day = TODAY
    view.choose = answering(KEEP, [])
    drop(view, search["first"], drop_day)  # two chips on the 17th now
    view.grid.go_to(drop_day)
    view.grid.select_chip(None)
    qtbot.keyClick(view.grid, Qt.Key.Key_Tab)
    assert view.grid.selected_chip == search["email"]
    qtbot.keyClick(view.grid, Qt.Key.Key_Tab)
    assert view.grid.selected_chip == search["first"]
    qtbot.keyClick(view.grid, Qt.Key.Key_Backtab)
    assert view.grid.selected_chip == search["email"]
    assert view.grid.hasFocus()


def test_holidays_are_named_on_their_days(view):
    notes = view.model
    christmas = notes.data(notes.index_of(D(2026, 12, 25)), NOTE_ROLE)
    assert christmas.holiday == "Christmas Day"
    assert notes.data(notes.index_of(D(2026, 12, 24)), NOTE_ROLE).holiday is None
    tooltip = notes.data(notes.index_of(D(2026, 12, 24)), Qt.ItemDataRole.ToolTipRole)
    assert "Check-ins avoid this day" in tooltip and "day before a public holiday" in tooltip
    view.show_month(2027, 5)
    may = view.model.data(view.model.index_of(D(2027, 5, 17)), NOTE_ROLE)
    assert "Constitution Day" in may.holiday
    calm = view.model.data(view.model.index_of(D(2027, 5, 12)), NOTE_ROLE)
    assert calm.avoided == () and calm.holiday is None


def test_holidays_in_the_interface_language(qtbot, search):
    set_language("nb")
    calendar = CalendarView(Operations(), lambda: D(2027, 5, 10))
    qtbot.addWidget(calendar)
    note = calendar.model.data(calendar.model.index_of(D(2027, 5, 17)), NOTE_ROLE)
    assert "Grunnlovsdag" in note.holiday
    assert calendar.title.text() == "Mai 2027"


def test_navigation_crosses_year_boundaries(qtbot, view):
    view.next_button.click()
    assert view.title.text() == "January 2027"
    assert (view.year_picker.value(), view.month_picker.currentData()) == (2027, 1)
    view.previous_button.click()
    view.previous_button.click()
    assert view.title.text() == "November 2026"
    view.year_picker.setValue(2025)
    assert view.title.text() == "November 2025"
    view.month_picker.setCurrentIndex(11)
    view.month_picker.activated.emit(11)
    assert view.title.text() == "December 2025"
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.title.text() == "January 2026"
    view.grid.go_to(D(2026, 12, 31))
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    assert view.grid.current_day() == D(2027, 1, 7)
    assert view.title.text() == "January 2027"
    view.today_button.click()
    assert view.grid.current_day() == TODAY and view.title.text() == "December 2026"


def reads_counted(monkeypatch) -> list[tuple[dt.date, dt.date]]:
    """The periods the calendar reads from the services, in order."""
    from jobfollowup.ui.calendar import month_model

    asked: list[tuple[dt.date, dt.date]] = []
    real = month_model.list_follow_ups
    monkeypatch.setattr(month_model, "list_follow_ups",
                        lambda first, last, **kw: asked.append((first, last)) or
                        real(first, last, **kw))
    return asked


def test_only_the_visible_weeks_are_read(view, search, monkeypatch):
    asked = reads_counted(monkeypatch)
    view.next_button.click()
    assert asked[-1] == (D(2026, 12, 28), D(2027, 2, 7))


def chip_rects(view: CalendarView, day: dt.date):
    from jobfollowup.ui.calendar.day_painter import day_layout

    index = view.model.index_of(day)
    return day_layout(view.grid.visualRect(index), view.model.cell(index), view.grid.font(),
                      view.model.week_mode)


def test_click_selects_a_chip_and_double_click_opens_its_details(qtbot, view, search,
                                                                  monkeypatch):
    opened = []
    monkeypatch.setattr("jobfollowup.ui.views.calendar.show_details",
                        lambda parent, operations, follow_up_id, move: opened.append(
                            follow_up_id))
    chip = chip_rects(view, D(2026, 12, 29)).chips[0].center()
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    assert view.grid.selected_chip == search["first"]
    assert view.grid.current_day() == D(2026, 12, 29)
    qtbot.mouseDClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    assert opened == [search["first"]]


def test_a_full_day_offers_more_and_lists_every_follow_up(qtbot, view, search):
    job = add_application("Vipps", "Data Engineer", country="NO")
    panel = [add_contact(name, country="NO") for name in
             ("Ingrid Berg", "Jonas Lie", "Nora Dahl", "Per Strand")]
    log_interview(job, dt.datetime(2026, 12, 29, 10, 0), panel)
    view.refresh()
    layout = chip_rects(view, D(2026, 12, 29))
    assert layout.more is not None and layout.hidden >= 1
    assert len(layout.chips) + layout.hidden == 5
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=layout.more.center())
    entries = [action.text() for action in view.day_menu.actions()]
    assert len(entries) == 5
    assert any("Thank Per Strand for the interview" in entry for entry in entries)
    view.day_menu.close()


def test_the_agenda_follows_the_month_even_from_an_empty_one(view):
    view.show_month(2026, 6)  # nothing planned in June
    assert view.agenda_empty.isVisibleTo(view) and view.period.rowCount() == 0
    view.show_month(2026, 12)
    assert view.period.rowCount() > 0 and not view.agenda_empty.isVisibleTo(view)
    assert view.agenda_title.text() == "In December 2026"


def test_the_same_cell_in_another_month_still_renames_the_month(view):
    # 2 December 2026 and 3 February 2027 sit in the same cell of their grids.
    view.grid.go_to(D(2026, 12, 2))
    cell = view.grid.currentIndex()
    view.grid.go_to(D(2027, 2, 3))
    assert view.grid.currentIndex() == cell
    assert view.title.text() == "February 2027"


def test_a_follow_up_of_the_agenda_drags_like_a_chip(view, search):
    row = view.period.row_of(search["first"])
    mime = view.period.mimeData([row])
    assert mime.hasFormat("application/x-jobfollowup-follow-up")
    assert view.period.removeRows(row.row(), 1) is False  # a finished drag removes nothing
    view.choose = lambda *args: pytest.fail("Wednesday 30th breaks no rule")
    drop(view, search["first"], D(2026, 12, 30), mime)
    assert stored_date(search["first"]) == D(2026, 12, 30)


def test_the_grid_and_the_agenda_share_one_selection(view, search):
    view.grid.go_to(D(2026, 12, 29))
    assert view.agenda.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Check in with Kari Nordmann")
    view.agenda.setCurrentIndex(view.period.row_of(search["email"]))
    assert view.grid.selected_chip == search["email"]
    assert view.grid.current_day() == TODAY
    view.grid.go_to(D(2027, 1, 7))  # a day of the next month: the agenda lists January now
    assert view.title.text() == "January 2027"
    assert view.grid.selected_chip == search["second"]
    assert view.agenda.currentIndex() == view.period.row_of(search["second"])


def test_the_move_to_picker_opens_on_the_follow_ups_day_and_returns_the_chosen_one(
        qtbot, search):
    from PySide6.QtCore import QDate

    from jobfollowup.services.planning.follow_ups import get_follow_up
    from jobfollowup.ui.dialogs.moving import MoveToDialog

    dialog = MoveToDialog(None, get_follow_up(search["first"]))
    qtbot.addWidget(dialog)
    assert dialog.day() == D(2026, 12, 29)
    assert dialog.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    dialog.calendar.setSelectedDate(QDate(2027, 1, 5))
    assert dialog.day() == D(2027, 1, 5)


def test_a_chip_marked_sent_from_the_calendar_fades_and_skips_are_undone(view, search):
    view.grid.go_to(TODAY)
    view.sent_action.trigger()
    assert [r.state for r in view.model.chips_on(TODAY)] == ["done"]
    view.grid.go_to(D(2026, 12, 29))
    view.skip_action.trigger()
    assert view.model.chips_on(D(2026, 12, 29)) == []
    view.operations.undo_stack.undo()
    assert [r.id for r in view.model.chips_on(D(2026, 12, 29))] == [search["first"]]


def test_week_view_shows_one_tall_week_and_steps_by_weeks(qtbot, view, search):
    view.grid.go_to(D(2026, 12, 29))
    view.week_button.click()
    assert view.model.rowCount() == 1
    assert (view.model.first_day, view.model.last_day) == (D(2026, 12, 28), D(2027, 1, 3))
    assert view.title.text() == "Dec 28, 2026\u2009–\u2009Jan 3, 2027"
    assert view.grid.selected_chip == search["first"]
    assert names_on(view, D(2026, 12, 29)) == ["check-in:Kari Nordmann"]
    assert view.previous_button.toolTip() == "Previous week (Page Up)"
    view.next_button.click()
    assert view.model.first_day == D(2027, 1, 4)
    assert names_on(view, D(2027, 1, 7)) == ["check-in:Kari Nordmann"]
    agenda = [view.period.index(i).data() for i in range(view.period.rowCount())]
    assert agenda[0] == "Thursday, January 7"
    assert view.grid.current_day() == D(2027, 1, 5)  # a week after Tuesday 29th
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)  # Monday 4th → Sunday 3rd: the week before
    assert view.model.first_day == D(2026, 12, 28)
    view.choose = answering(KEEP, [])
    drop(view, search["first"], D(2026, 12, 31))
    assert stored_date(search["first"]) == D(2026, 12, 31)
    view.grid.select_chip(None)
    chip = chip_rects(view, D(2026, 12, 31)).chips[0]
    assert chip.height() > 2 * view.grid.fontMetrics().height()  # name and company
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=chip.bottomLeft() + QPoint(20, -3))
    assert view.grid.selected_chip == search["first"]
    view.month_button.click()
    assert view.model.rowCount() == 6 and view.title.text() == "December 2026"


def test_a_handwritten_note_prints_from_its_chip(qtbot, data_dir, monkeypatch):
    """A selection in the calendar prints too: the chip's menu opens the card dialog."""
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor",
                       postal_address="Forusbeen 50\n4035 Stavanger")
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 15, 10, 0), [kari])
    rows = list_follow_ups()
    note = next(r for r in rows if r.kind is Kind.THANK_YOU_NOTE)
    email = next(r for r in rows if r.kind is Kind.THANK_YOU_EMAIL)
    calendar = CalendarView(Operations(), lambda: TODAY)
    qtbot.addWidget(calendar)
    assert calendar.print_action in calendar.menu_for(note.id).actions()
    assert calendar.print_action not in calendar.menu_for(email.id).actions()
    opened = []
    monkeypatch.setattr("jobfollowup.ui.dialogs.printing.PrintNotesDialog.exec",
                        lambda dialog: opened.append(dialog))
    calendar.grid.select_chip(note.id)
    calendar.print_action.trigger()
    assert [card.follow_up_id for card in opened[0].cards] == [note.id]
    assert opened[0].cards[0].contact_name == "Kari Nordmann"


def test_a_drop_updates_both_days_and_the_agenda_and_undo_puts_it_back(view, search):
    view.choose = lambda *args: KEEP
    drop(view, search["second"], D(2026, 12, 23))
    assert names_on(view, D(2027, 1, 7)) == []
    assert names_on(view, D(2026, 12, 23)) == ["check-in:Kari Nordmann"]
    assert names_on(view, D(2026, 12, 29)) == ["check-in:Kari Nordmann"]  # the other one
    agenda = [view.period.index(i).data() for i in range(view.period.rowCount())]
    assert "Wednesday, December 23" in agenda
    view.operations.undo_stack.undo()
    assert names_on(view, D(2026, 12, 23)) == []
    assert names_on(view, D(2027, 1, 7)) == ["check-in:Kari Nordmann"]



def test_the_agenda_rows_share_one_height_and_a_long_name_is_cut_not_lost(
        qtbot, view, search):
    """Every row of the agenda is two lines tall, a day's heading as much as a follow-up
    (one height lets Qt lay out a busy month without asking each row); a name too long
    for the width is cut in the row and whole in its tooltip and its spoken text."""
    long_name = "Maria Alexandra Konstantinopoulou-Vandenberghe Sørensen"
    rows = [r._replace(contact_name=long_name) if r.id == search["second"] else r
            for r in list_follow_ups() if r.id in (search["first"], search["second"])]
    view.period.set_rows(rows)
    view.agenda.setFixedWidth(160)
    qtbot.waitUntil(lambda: view.agenda.visualRect(view.period.index(0)).height() > 0)
    heights = {view.agenda.visualRect(view.period.index(n)).height()
               for n in range(view.period.rowCount())}
    assert len(heights) == 1
    assert heights.pop() >= 2 * view.agenda.fontMetrics().lineSpacing()
    assert view.agenda.wordWrap() is False
    assert view.agenda.textElideMode() == Qt.TextElideMode.ElideRight
    cut = view.period.row_of(search["second"])
    assert view.agenda.fontMetrics().horizontalAdvance(long_name) > view.agenda.width()
    assert long_name in cut.data(Qt.ItemDataRole.ToolTipRole)
    assert long_name in cut.data(Qt.ItemDataRole.AccessibleTextRole)

def test_a_chip_sent_meanwhile_is_painted_as_sent_not_as_it_was(qtbot, view, search):
    """Chips are drawn once and then copied: one that changed is drawn anew, so the grid
    looks as a calendar opened afresh would."""
    from jobfollowup.services.planning.follow_ups import mark_done
    from jobfollowup.ui.operations.changes import Change

    def cell(calendar: CalendarView):
        calendar.grid.select_chip(None)
        rect = calendar.grid.visualRect(calendar.model.index_of(D(2026, 12, 29)))
        return calendar.grid.viewport().grab(rect).toImage()

    planned = cell(view)
    mark_done(search["first"], TODAY)
    view.operations.changed.emit(Change.FOLLOW_UPS)
    sent = cell(view)
    fresh = CalendarView(Operations(), lambda: TODAY)
    qtbot.addWidget(fresh)
    fresh.resize(view.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    assert sent != planned
    assert sent == cell(fresh)


def test_a_month_seen_before_shows_what_changed_since_elsewhere(view, search):
    """The calendar keeps the last months it read, to go back to one at once; a change
    made in another view (here: the services, then the changed signal) is seen there."""
    from jobfollowup.services.planning.follow_ups import reschedule
    from jobfollowup.ui.operations.changes import Change

    first = stored_date(search["first"])
    view.show_month(first.year, first.month)
    assert any("Kari" in name for name in names_on(view, first))
    view.step(-1)
    view.step(1)  # back: read from what the view kept
    assert any("Kari" in name for name in names_on(view, first))
    view.step(-1)
    moved = first + dt.timedelta(days=1)
    reschedule(search["first"], moved)
    view.operations.changed.emit(Change.FOLLOW_UPS)
    view.step(1)
    ids_on = {row.id for row in view.model.chips_on(moved)}
    assert search["first"] in ids_on
    assert search["first"] not in {row.id for row in view.model.chips_on(first)}


def test_the_months_beside_are_read_while_the_user_looks_and_shown_at_once(
        qtbot, view, search, monkeypatch):
    """While December is on screen, January and November are read and their chips drawn;
    stepping to either reads nothing more, and looks as a calendar opened there would."""
    asked = reads_counted(monkeypatch)
    view.step(1)
    view.step(-1)  # December, stepped back to: January first, then November
    january, november = (D(2026, 12, 28), D(2027, 2, 7)), (D(2026, 10, 26), D(2026, 12, 6))
    qtbot.waitUntil(lambda: november in asked)
    read = len(asked)
    view.step(1)
    qtbot.wait(50)  # and whatever it reads ahead from January
    assert asked[read - 1:read] == [november] and january not in asked[read:]
    assert names_on(view, D(2027, 1, 7)) == ["check-in:Kari Nordmann"]

    def cell(calendar: CalendarView):
        calendar.grid.select_chip(None)
        rect = calendar.grid.visualRect(calendar.model.index_of(D(2027, 1, 7)))
        return calendar.grid.viewport().grab(rect).toImage()

    fresh = CalendarView(Operations(), lambda: TODAY)
    qtbot.addWidget(fresh)
    fresh.resize(view.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.show_month(2027, 1)
    assert cell(view) == cell(fresh)


def test_a_month_read_ahead_still_shows_a_follow_up_moved_into_it(qtbot, view, search):
    """January, read ahead while December was on screen, is read again when a follow-up
    moves into it: the drop shows it there, and no longer on the day it left."""
    view.choose = lambda *args: KEEP
    qtbot.waitUntil(lambda: not view.model.unread_neighbour())
    drop(view, search["email"], D(2027, 1, 5))
    assert view.title.text() == "January 2027"  # the view follows the follow-up
    assert names_on(view, D(2027, 1, 5)) == ["thank-you-email:Kari Nordmann"]
    view.step(-1)
    assert names_on(view, TODAY) == []


def test_the_week_view_reads_the_weeks_beside(qtbot, view, search, monkeypatch):
    asked = reads_counted(monkeypatch)
    view.week_button.click()
    first = view.model.first_day
    qtbot.waitUntil(lambda: not view.model.unread_neighbour())
    assert {(first + dt.timedelta(weeks=step), first + dt.timedelta(weeks=step, days=6))
            for step in (-1, 1)} <= set(asked)
    read = len(asked)
    view.step(1)
    assert names_on(view, first + dt.timedelta(days=7)) is not None
    assert (first + dt.timedelta(weeks=1), first + dt.timedelta(weeks=1, days=6)) \
        not in asked[read:]


def test_the_agenda_drawn_straight_looks_as_the_style_draws_it(qtbot, view, search,
                                                                monkeypatch):
    """The agenda writes its rows itself (the style's drawing lays each text out anew, too
    slow for a month's switch): a heading, a sent row in grey, a name cut short, the
    selected row, all as Qt's own style would draw them."""
    from jobfollowup.services.planning.follow_ups import mark_done
    from jobfollowup.ui.calendar import period_model
    from jobfollowup.ui.operations.changes import Change

    mark_done(search["email"], TODAY)
    view.operations.changed.emit(Change.FOLLOW_UPS)
    rows = view.model.period_rows()
    long_name = "Maria Alexandra Konstantinopoulou-Vandenberghe Sørensen"
    view.period.set_rows([r._replace(contact_name=long_name) if r.id == search["second"]
                          else r for r in rows])
    view.agenda.setFixedWidth(180)
    view.grid.select_chip(search["first"])

    def agenda():
        qtbot.wait(10)
        return view.agenda.viewport().grab().toImage()

    straight = agenda()
    monkeypatch.setattr(period_model, "_MARKED", period_model._MARKED
                        | period_model.StyleState.State_Enabled)  # every row through the style
    view.agenda.viewport().update()
    assert view.period.entry(0) == TODAY  # the day's heading, drawn above its rows
    assert agenda() == straight


def test_the_holidays_of_the_years_followed_up_are_built_while_the_user_looks(
        qtbot, view, search, monkeypatch):
    """Building a year's holidays takes a few ms: the calendar does it for every year its
    follow-ups reach while the user looks, so a jump to one of them builds nothing."""
    import holidays

    from jobfollowup.services.planning.follow_ups import reschedule
    from jobfollowup.ui.operations.changes import Change

    reschedule(search["second"], D(2028, 6, 1))  # the search now reaches 2028
    view.operations.changed.emit(Change.FOLLOW_UPS)
    qtbot.waitUntil(lambda: not view.model.years_to_prepare())
    built = []
    real = holidays.country_holidays
    monkeypatch.setattr(holidays, "country_holidays",
                        lambda *args, **kw: built.append(args) or real(*args, **kw))
    view.show_month(2028, 5)
    may = view.model.data(view.model.index_of(D(2028, 5, 17)), NOTE_ROLE)
    assert "Constitution Day" in may.holiday
    assert built == []


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(name=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                    max_size=60),
       width=st.integers(min_value=30, max_value=320))
def test_a_chip_shows_as_much_of_a_name_as_fits_and_never_more(qapp, name, width):
    """Whatever a contact is called and however narrow the day, the name painted on the
    chip stays inside it and clear of the channel's glyph; with room to spare, the name is
    painted whole with its channel. Read off what the chip paints."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QFontMetrics, QImage, QPainter

    from jobfollowup.rules.kinds import Channel
    from jobfollowup.services.planning.day import FollowUpRow
    from jobfollowup.ui.calendar.day_painter import paint_chip

    class Recording(QPainter):
        def __init__(self, device):
            super().__init__(device)
            self.names, self.boxes = [], []

        def drawText(self, *args):  # noqa: N802 (Qt's name)
            if isinstance(args[0], QPoint):  # the name: at a point on its baseline
                self.names.append((args[0].x(), args[1], QFontMetrics(self.font())))
            else:  # the kind's and the channel's glyphs: in boxes
                self.boxes.append(args[0])
            super().drawText(*args)

    row = FollowUpRow(1, Kind.CHECK_IN, TODAY, None, "planned", Channel.LINKEDIN, 1, name,
                      None, "", "")
    rect = QRect(0, 0, width, 22)
    image = QImage(width + 40, 30, QImage.Format.Format_ARGB32)
    painter = Recording(image)
    paint_chip(painter, rect, row, qapp.palette(), qapp.font())
    painter.end()
    (x, shown, metrics), = painter.names
    end = x + metrics.horizontalAdvance(shown)
    assert end <= rect.right() + 1
    channel = painter.boxes[1] if len(painter.boxes) > 1 else None
    if channel is not None:
        assert end <= channel.left() + 1
    assert shown == name or shown.endswith("…") or shown.endswith(".") or shown == ""
    if metrics.horizontalAdvance(name) + 60 <= width:
        assert shown == name and channel is not None


def test_a_month_under_the_pointer_in_the_list_is_read_before_it_is_chosen(
        qtbot, view, search, monkeypatch):
    """Moving over "March" in the month list reads March (and draws it) while the user
    decides; choosing it then reads nothing more and shows its follow-ups."""
    from jobfollowup.services.planning.follow_ups import reschedule
    from jobfollowup.ui.operations.changes import Change

    reschedule(search["second"], D(2026, 3, 4))
    view.operations.changed.emit(Change.FOLLOW_UPS)
    asked = reads_counted(monkeypatch)
    qtbot.waitUntil(lambda: not view.model.unread_neighbour())
    qtbot.wait(50)
    march = (D(2026, 2, 23), D(2026, 4, 5))
    view.month_picker.highlighted.emit(2)  # the third month of the list, with the pointer
    qtbot.waitUntil(lambda: march in asked)
    read = len(asked)
    view.month_picker.setCurrentIndex(2)
    view.month_picker.activated.emit(2)
    assert view.title.text() == "March 2026"
    assert march not in asked[read:]
    assert names_on(view, D(2026, 3, 4)) == ["check-in:Kari Nordmann"]


def test_each_chip_is_an_accessible_child_of_its_day(qtbot, view, search):
    """A screen reader finds the chips inside their day, named, placed and selected."""
    grid = QAccessible.queryAccessibleInterface(view.grid)
    assert grid.role() == QAccessible.Role.Table
    assert grid.childCount() == 42
    first = view.model.first_day
    day = grid.child((TODAY - first).days)
    assert day.role() == QAccessible.Role.Cell
    assert day.text(QAccessible.Text.Name).startswith("Thursday, December 17, 2026; 1 follow-up")
    assert day.childCount() == 1
    chip = day.child(0)
    assert chip.role() == QAccessible.Role.ListItem
    assert chip.text(QAccessible.Text.Name) == (
        "Thank Kari Nordmann for the interview, by email, Thursday, December 17")
    assert chip.parent().text(QAccessible.Text.Name) == day.text(QAccessible.Text.Name)
    assert day.indexOfChild(chip) == 0 and grid.indexOfChild(day) == (TODAY - first).days
    assert day.rect().contains(chip.rect()) and not chip.rect().isEmpty()
    assert grid.childAt(chip.rect().center().x(), chip.rect().center().y()) is day
    view.grid.setFocus()
    view.grid.go_to(TODAY)
    assert chip.state().selected and chip.state().focused
    assert grid.focusChild() is chip
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)  # the 18th, no chip: the day has the focus
    assert not chip.state().focused
    assert grid.focusChild().text(QAccessible.Text.Name).startswith("Friday, December 18")
    assert grid.focusChild().state().focused


def test_a_day_the_rules_avoid_says_why(view):
    grid = QAccessible.queryAccessibleInterface(view.grid)
    christmas = grid.child((D(2026, 12, 25) - view.model.first_day).days)
    spoken = christmas.text(QAccessible.Text.Name)
    assert "Christmas Day" in spoken and "Check-ins avoid this day:" in spoken
    assert "public holiday" in spoken.split("Check-ins avoid this day:")[1]


def test_tab_walks_every_chip_shown_then_leaves_the_grid(qtbot, view, search):
    """Tab goes from chip to chip across the days, in order, and leaves after the last;
    Shift+Tab comes back the same way."""
    model = view.model
    expected = [row.id for position in range(31)
                for row in model.chips_on(D(2026, 12, 1) + dt.timedelta(days=position))]
    assert len(expected) == 2  # the thank-you and a check-in (the next is in January)
    view.grid.setFocus()
    view.grid.go_to(D(2026, 12, 1))
    seen = []
    for _step in range(len(expected)):
        qtbot.keyClick(view.grid, Qt.Key.Key_Tab)
        assert view.grid.hasFocus()
        seen.append(view.grid.selected_chip)
    assert seen == expected
    assert view.grid.current_day() == model.find(expected[-1]).date
    qtbot.keyClick(view.grid, Qt.Key.Key_Backtab)
    assert view.grid.selected_chip == expected[-2]
    assert view.grid.current_day() == TODAY
    view.grid.go_to(model.find(expected[-1]).date)
    qtbot.keyClick(view.grid, Qt.Key.Key_Tab)  # past the last: out of the grid
    assert not view.grid.hasFocus()


def test_the_grid_interface_outlives_nothing(qtbot, search):
    """Grids made and destroyed with their interfaces asked for: no crash, no stale day."""
    import gc

    for _round in range(3):
        calendar = CalendarView(Operations(), lambda: TODAY)
        calendar.show()
        grid = QAccessible.queryAccessibleInterface(calendar.grid)
        chip = grid.child((TODAY - calendar.model.first_day).days).child(0)
        assert chip.isValid()
        calendar.close()
        calendar.deleteLater()
        QApplication.processEvents()
        del calendar, grid, chip
        gc.collect()


def test_a_long_holiday_name_is_written_whole_on_two_lines(qtbot, data_dir):
    """"Boxing Day (observed)" was cut to "Boxing Day (o…" at every size: where it does
    not fit beside the number it takes a second line, and the chips move down for it."""
    from PySide6.QtGui import QFontMetrics

    from jobfollowup.ui.calendar.day_painter import (
        DayPainter,
        _chip_fonts,
        day_layout,
        header_height,
        holiday_room,
        holiday_wraps,
    )

    settings.put("home_country", "GB")
    calendar = CalendarView(Operations(), lambda: TODAY)
    qtbot.addWidget(calendar)
    calendar.resize(1024 - 190, 640)
    calendar.show()
    qtbot.waitExposed(calendar)
    index = calendar.model.index_of(D(2026, 12, 28))
    cell = calendar.model.cell(index)
    assert cell[2].holiday == "Boxing Day (observed)"
    rect = calendar.grid.visualRect(index)
    font = calendar.grid.font()
    fonts = _chip_fonts(font)
    assert holiday_wraps(rect, cell[0], cell[2].holiday, fonts)
    lines = DayPainter._two_lines(cell[2].holiday, fonts.small_metrics,
                                  holiday_room(rect, cell[0], fonts))
    assert lines.split("\n") == ["Boxing Day", "(observed)"]
    empty = (cell[0], cell[1], cell[2], [object()], False)  # a chip there: where it goes
    metrics = QFontMetrics(font)
    assert day_layout(rect, empty, font, False).chips[0].top() == (
        rect.top() + header_height(metrics, tall=True))



def test_a_chips_actions_are_offered_to_a_screen_reader_and_do_what_they_say(
        qtbot, view, search):
    """Open, move and mark sent, on the chip itself: the calendar's own actions."""
    grid = QAccessible.queryAccessibleInterface(view.grid)
    chip = grid.child((D(2026, 12, 29) - view.model.first_day).days).child(0)
    actions = chip.actionInterface()
    assert actions.actionNames() == ["Details…", "Move to…", "Mark sent"]
    assert actions.keyBindingsForAction("Move to…") == ["Ctrl+M"]
    seen: list[RuleDialog] = []
    view.pick = lambda parent, row: D(2026, 12, 31)
    view.choose = answering(NEAREST, seen)
    actions.doAction("Move to…")
    qtbot.waitUntil(lambda: stored_date(search["first"]) == D(2026, 12, 30))
    assert view.grid.selected_chip == search["first"]
