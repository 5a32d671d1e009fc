"""What the probe can be asked (see launch.py): where things are, in screen coordinates,
and what the screen shows. Read-only: nothing here clicks, types or changes data; only
`tick_reminders` moves the clock on, as five minutes passing would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)


def window() -> QMainWindow:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    raise LookupError("no main window on screen")


def ready() -> bool:
    """The window is on screen, filled: the data is open, its views and menus made."""
    try:
        main = window()
    except LookupError:
        return False
    return main.filled and main.isVisible()


def active() -> bool:
    """The main window has the keyboard (the window manager activated it)."""
    return window().isActiveWindow()


def _global(widget: QWidget, point: QPoint) -> list[int]:
    at = widget.mapToGlobal(point)
    return [at.x(), at.y()]


def centre_of(widget: QWidget) -> list[int]:
    return _global(widget, widget.rect().center())


def _shown(view_class: type) -> QWidget:
    view = window().findChild(view_class)
    if view is None or not view.isVisible():
        raise LookupError(f"{view_class.__name__} is not shown")
    return view


def calendar():
    from jobfollowup.ui.views.calendar import CalendarView

    return _shown(CalendarView)


def shown_days() -> list[str]:
    """The days the grid shows, first to last."""
    model = calendar().model
    return [model.date_at(model.index(row, column)).isoformat()
            for row in range(model.rowCount()) for column in range(model.columnCount())]


def day_point(day: str) -> list[int]:
    """The middle of a day's cell, below its chips when there is room (a drop target)."""
    grid = calendar().grid
    rect = grid.visualRect(grid.month_model().index_of(dt.date.fromisoformat(day)))
    return _global(grid.viewport(), QPoint(rect.center().x(), rect.bottom() - 4))


def chip_point(follow_up_id: int) -> list[int]:
    """The middle of a follow-up's chip in the grid (LookupError when it is not drawn)."""
    from jobfollowup.ui.calendar.day_painter import day_layout

    grid = calendar().grid
    model = grid.month_model()
    row = model.find(follow_up_id)
    if row is None:
        raise LookupError(f"follow-up {follow_up_id} is not in the period shown")
    index = model.index_of(row.date)
    cell = model.cell(index)
    layout = day_layout(grid.visualRect(index), cell, grid.font(), model.week_mode)
    for chip, shown in zip(layout.chips, cell[3], strict=False):
        if shown.id == follow_up_id:
            return _global(grid.viewport(), chip.center())
    raise LookupError(f"follow-up {follow_up_id} is behind '+N more'")


def chips_drawn() -> list[int]:
    """The follow-ups whose chips are drawn whole in the grid, in the order of the days."""
    from jobfollowup.ui.calendar.day_painter import day_layout

    grid = calendar().grid
    model = grid.month_model()
    drawn = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cell = model.cell(index)
            layout = day_layout(grid.visualRect(index), cell, grid.font(), model.week_mode)
            drawn += [shown.id for _chip, shown in zip(layout.chips, cell[3], strict=False)]
    return drawn


def agenda_point(follow_up_id: int) -> list[int]:
    """The middle of a follow-up's row in the agenda, scrolled into sight."""
    view = calendar()
    index = view.period.row_of(follow_up_id)
    if not index.isValid():
        raise LookupError(f"follow-up {follow_up_id} is not in the agenda")
    view.agenda.scrollTo(index)
    return _global(view.agenda.viewport(), view.agenda.visualRect(index).center())



def window_area() -> list[int]:
    main = window()
    corner = main.mapToGlobal(QPoint(0, 0))
    return [corner.x(), corner.y(), main.width(), main.height()]


def modal() -> dict | None:
    """The dialog or message box waiting for an answer: its title, text and buttons."""
    widget = QApplication.activeModalWidget()
    if widget is None:
        return None
    buttons = {button.text().replace("&", ""): centre_of(button)
               for button in widget.findChildren(QAbstractButton)
               if button.isVisible() and button.text()}
    text = widget.text() if isinstance(widget, QMessageBox) else "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisible())
    return {"title": widget.windowTitle(), "text": text, "buttons": buttons,
            "class": type(widget).__name__,
            "dialog": isinstance(widget, QDialog)}




def undo_texts() -> dict:
    stack = window().operations.undo_stack
    return {"undo": stack.undoText(), "redo": stack.redoText(), "index": stack.index(),
            "count": stack.count()}



def labelled(text: str) -> list[int]:
    """The middle of a visible button (or check box) whose text is `text`."""
    for widget in QApplication.allWidgets():
        if (isinstance(widget, QAbstractButton) and widget.isVisible()
                and widget.text().replace("&", "") == text):
            return centre_of(widget)
    raise LookupError(text)


def today_view():
    from jobfollowup.ui.views.today import TodayView

    return _shown(TodayView)


def today_ids() -> list[int]:
    """The follow-ups Today lists, top to bottom."""
    model = today_view().model
    return [row.id for index in model.follow_up_indexes()
            if (row := model.row_at(index)) is not None]


def today_point(follow_up_id: int) -> list[int]:
    view = today_view()
    index = view.model.index_of(follow_up_id)
    if not index.isValid():
        raise LookupError(f"follow-up {follow_up_id} is not in Today")
    view.tree.scrollTo(index)
    return _global(view.tree.viewport(), view.tree.visualRect(index).center())


def windows() -> list[str]:
    """The titles of the top-level windows on screen (dialogs, the draft editor)."""
    return [widget.windowTitle() for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and not isinstance(widget, QMenu)]


def field(label: str) -> list[int]:
    """The middle of the field a visible label names ("Company:"), as a person finds it."""
    for widget in QApplication.allWidgets():
        if (isinstance(widget, QLabel) and widget.isVisible() and widget.buddy() is not None
                and widget.text().replace("&", "") == label):
            return centre_of(widget.buddy())
    raise LookupError(label)


def button_in_modal(text: str) -> list[int]:
    """A button of the dialog waiting for an answer, by its text."""
    shown = modal()
    if shown is None or text not in shown["buttons"]:
        raise LookupError(text)
    return shown["buttons"][text]


def view_shown() -> str:
    """The class of the view the window shows ("TodayView", "CalendarView", …)."""
    from PySide6.QtWidgets import QStackedWidget

    stack = window().findChild(QStackedWidget)
    return type(stack.currentWidget()).__name__


def keyboard_ready() -> bool:
    """A window of the app has the keyboard, and it is the dialog waiting for an answer if
    there is one: what a person sees before typing into it."""
    active, waiting = QApplication.activeWindow(), QApplication.activeModalWidget()
    return active is not None and (waiting is None or active is waiting)


def field_text(label: str) -> str:
    """The text shown in the field a visible label names (a picker's chosen place)."""
    for widget in QApplication.allWidgets():
        if (isinstance(widget, QLabel) and widget.isVisible() and widget.buddy() is not None
                and widget.text().replace("&", "") == label):
            shown = widget.buddy()
            while shown.focusProxy() is not None:
                shown = shown.focusProxy()
            line = shown.lineEdit() if hasattr(shown, "lineEdit") else shown
            return line.text()
    raise LookupError(label)


def suggestions() -> list[str]:
    """The lines of the list shown under a field as one types (empty when none is)."""
    from PySide6.QtWidgets import QAbstractItemView

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QAbstractItemView) and widget.isVisible():
            model = widget.model()
            return [model.index(row, 0).data() for row in range(model.rowCount())]
    return []


def focused_name() -> str:
    """The accessible name of the field that has the keyboard (or of its picker)."""
    widget = QApplication.focusWidget()
    while widget is not None and not widget.accessibleName():
        widget = widget.parentWidget()
    return widget.accessibleName() if widget is not None else ""
def focused_text() -> str:
    """What the field with the keyboard shows (a date as typed, a line of text)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox | QLineEdit):
        return widget.text()
    return ""


def mail_suggestions() -> list[str]:
    """What Today's mailbox panel shows, each suggestion's first line (empty when hidden)."""
    from jobfollowup.ui.views.mail_panel import headline

    panel = today_view().mail_panel
    return [headline(s) for s in panel.suggestions] if panel.isVisible() else []


def mail_form_result() -> str:
    """What Preferences → Mail says below its fields (a connection test's answer)."""
    from jobfollowup.ui.dialogs.mail_account import MailAccountForm

    form = QApplication.activeModalWidget().findChild(MailAccountForm)
    return form.result.text() if form.result.isVisible() else ""


def tick_reminders() -> bool:
    """The reminders' five-minute timer fires, from the event loop as it would (the probe
    answers at once, even if the check then waits on something)."""
    QTimer.singleShot(0, window().reminders.timer.timeout.emit)
    return True


def sync_notices() -> dict:
    """The calendar sync's questions in the window: their texts and answer buttons."""
    notices = window().sync_notices
    return {"shown": notices.isVisible(),
            "texts": [label.text() for label in notices.labels.values()],
            "buttons": {button.text(): centre_of(button)
                        for button in notices.buttons.values() if button.isVisible()}}


def tab_point(text: str) -> list[int]:
    """The middle of a visible tab whose text starts with `text` ("Timeline")."""
    from PySide6.QtWidgets import QTabBar

    for bar in QApplication.allWidgets():
        if isinstance(bar, QTabBar) and bar.isVisible():
            for index in range(bar.count()):
                if bar.tabText(index).replace("&", "").startswith(text):
                    return _global(bar, bar.tabRect(index).center())
    raise LookupError(text)


def application_point(company: str) -> list[int]:
    """The middle of an application's row in the Applications list."""
    from PySide6.QtCore import Qt

    from jobfollowup.ui.views.applications import ApplicationsView

    tree = _shown(ApplicationsView).tree
    found = tree.findItems(company, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    if not found:
        raise LookupError(company)
    tree.scrollToItem(found[0])
    return _global(tree.viewport(), tree.visualItemRect(found[0]).center())


def timeline_rows() -> list[dict]:
    """The timeline shown: each row's texts and the follow-up it is (0 for none)."""
    from jobfollowup.ui.views.timeline_panel import TimelinePanel
    from jobfollowup.ui.widgets.sort_item import ID_ROLE

    tree = _shown(TimelinePanel).tree
    return [{"texts": [tree.topLevelItem(i).text(c) for c in range(3)],
             "id": tree.topLevelItem(i).data(0, ID_ROLE)}
            for i in range(tree.topLevelItemCount())]


def timeline_point(follow_up_id: int) -> list[int]:
    """The middle of a follow-up's row in the timeline shown, scrolled into sight."""
    from jobfollowup.ui.views.timeline_panel import TimelinePanel
    from jobfollowup.ui.widgets.sort_item import ID_ROLE

    tree = _shown(TimelinePanel).tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, ID_ROLE) == follow_up_id:
            tree.scrollToItem(item)
            return _global(tree.viewport(), tree.visualItemRect(item).center())
    raise LookupError(f"follow-up {follow_up_id} is not in the timeline")


def first_day_of_month() -> str:
    model = calendar().model
    return dt.date(model.year, model.month, 1).isoformat()


def grid_has_focus() -> bool:
    return calendar().grid.hasFocus()


def month_chips() -> list[tuple[int, str]]:
    """The chips of the month shown, day after day, with the names a screen reader hears."""
    from jobfollowup.ui.widgets.follow_up_text import accessible_name

    model = calendar().model
    first = dt.date(model.year, model.month, 1)
    days = [first + dt.timedelta(days=n) for n in range(31)]
    return [(row.id, accessible_name(row)) for day in days if day.month == model.month
            for row in model.chips_on(day)]


def focus_name() -> str:
    """The name of what has the keyboard in the grid (a chip, or the day), as Qt's
    accessibility gives it to the screen reader."""
    from PySide6.QtGui import QAccessible

    grid = QAccessible.queryAccessibleInterface(calendar().grid)
    return grid.focusChild().text(QAccessible.Text.Name)


def spoken_row(follow_up_id: int) -> str:
    """What a screen reader hears for a follow-up's row of Today."""
    from PySide6.QtCore import Qt

    index = today_view().model.index_of(follow_up_id)
    return index.data(Qt.ItemDataRole.AccessibleTextRole)


def today_current_name() -> str:
    from PySide6.QtCore import Qt

    return today_view().tree.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)


def agenda_row_point(number: int) -> list[int]:
    view = calendar()
    index = view.period.index(number, 0)
    view.agenda.scrollTo(index)
    return _global(view.agenda.viewport(), view.agenda.visualRect(index).center())


def agenda_row_name(number: int) -> str:
    from PySide6.QtCore import Qt

    return calendar().period.index(number, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def focused_class() -> str:
    """The class of the widget that has the keyboard ("" when none has)."""
    widget = QApplication.focusWidget()
    return type(widget).__name__ if widget is not None else ""


def today_current() -> int | None:
    """The follow-up of Today's current row (None on a heading)."""
    view = today_view()
    row = view.model.row_at(view.tree.currentIndex())
    return row.id if row is not None else None


def dark_scheme() -> bool:
    from jobfollowup.ui.widgets.colours import is_dark

    return is_dark()


def focused_button() -> str:
    """The text of the button that has the keyboard ("" when it is not a button)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def label_text(accessible_name: str) -> str:
    """The text of a visible label named `accessible_name` for screen readers."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.isVisible() \
                and widget.accessibleName() == accessible_name:
            return widget.text()
    raise LookupError(accessible_name)


def palette_colour(role: str) -> str:
    """The colour the application shows for a palette role ("Highlight", "Base")."""
    from PySide6.QtGui import QPalette

    return QApplication.palette().color(QPalette.ColorRole[role]).name()
