"""The main window: navigation on the left, the chosen view on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jobfollowup import APP_NAME, resource_dir
from jobfollowup.i18n import N_, _
from jobfollowup.ui.widgets.screen import fit_to_screen

if TYPE_CHECKING:  # the operations, like every view, load once the data is open
    from PySide6.QtGui import QAction

    from jobfollowup.services.planning.day import Agenda
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.type_ahead import TypeAhead

# Each view's class, imported when the view is first wanted: the window opens having
# loaded Today's code alone.
def _today() -> type:
    from jobfollowup.ui.views.today import TodayView

    return TodayView


def _calendar() -> type:
    from jobfollowup.ui.views.calendar import CalendarView

    return CalendarView


def _contacts() -> type:
    from jobfollowup.ui.views.contacts import ContactsView

    return ContactsView


def _applications() -> type:
    from jobfollowup.ui.views.applications import ApplicationsView

    return ApplicationsView


def _review() -> type:
    from jobfollowup.ui.views.review import ReviewView

    return ReviewView


# Each view: its title, its icon (resources/icons/navigation/<icon>.png and @2x, drawn for
# the app), and where its class comes from.
VIEWS: tuple[tuple[str, str, Callable[[], type]], ...] = (
    (N_("Today"), "today", _today),
    (N_("Calendar"), "calendar", _calendar),
    (N_("Contacts"), "contacts", _contacts),
    (N_("Applications"), "applications", _applications),
    (N_("Weekly review"), "review", _review),
)
CALENDAR_ROW, CONTACTS_ROW, APPLICATIONS_ROW = 1, 2, 3


@cache
def _navigation_icon(name: str) -> QIcon:
    """A view's icon, drawn for the app (PNGs: the frame shows them before QtSvg could
    load), in white on the selected row; Qt picks the @2x files on HiDPI screens. Loaded
    once: the window names its views again once the data is open, with the same icons."""
    folder = resource_dir("resources") / "icons" / "navigation"
    icon = QIcon(str(folder / f"{name}.png"))
    icon.addFile(str(folder / f"{name}-selected.png"), mode=QIcon.Mode.Selected)
    return icon


class _Views(Sequence):
    """The window's views as (title, icon, view), each view made when first asked for."""

    def __init__(self, window: MainWindow, labels: list[tuple[str, QIcon]]) -> None:
        self._window = window
        self.labels = labels

    def __len__(self) -> int:
        return len(self.labels)

    def made(self) -> list[QWidget]:
        """The views made so far (Today alone, when the window was shown with the day)."""
        return list(self._window._made.values())

    def __getitem__(self, row):  # type: ignore[override]
        title, icon = self.labels[row]
        return title, icon, self._window.view(row)


class MainWindow(QMainWindow):
    """Made in two steps at start: the frame (navigation, the menus' titles) shows itself
    before the data is opened — with Today in it when the day could be read straight from
    the file (`agenda`) — and `fill` gives it its views, menus and tray once the data is
    open. Given `operations`, it is made whole at once."""

    def __init__(self, operations: Operations | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 agenda: Agenda | None = None) -> None:
        super().__init__()
        self.operations: Operations | None = None
        self.filled = False  # the views, menus and keepers are made (`fill`)
        self.today = today
        self.setWindowTitle(APP_NAME)
        fit_to_screen(self, 1100, 720)
        self.setMinimumSize(QSize(720, 480))
        self._made: dict[int, QWidget] = {}
        self.views = _Views(self, [])
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for _view in VIEWS:
            item = QListWidgetItem()
            item.setSizeHint(QSize(120, 36))  # narrower than the list: no scroll bar
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # the view's place, until it is made
        self.navigation.setCurrentRow(0)
        splitter = QSplitter()  # side by side
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 910])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        bar = self.menuBar()
        self.file_menu, self.edit_menu, self.view_menu, self.help_menu = (
            bar.addMenu(""), bar.addMenu(""), bar.addMenu(""), bar.addMenu(""))
        self._label()
        self._type_ahead: TypeAhead | None = None
        if operations is not None:
            self.fill(operations)
        elif agenda is not None:  # the day, drawn before the data is open
            self._place(0, _today()(None, self.today, agenda=agenda))
        else:
            self.statusBar().showMessage(_("Opening your data…"))

    def _label(self) -> None:
        """The frame's words, in the interface language: said again by `fill`, as opening
        the data may have chosen another language than the frame was shown in."""
        self.views.labels = [(_(title), _navigation_icon(module))
                             for title, module, _made in VIEWS]
        self.navigation.setAccessibleName(_("Navigation"))
        for row, (title, icon) in enumerate(self.views.labels):
            item = self.navigation.item(row)
            item.setIcon(icon)
            item.setText(title)
            item.setToolTip(_("{view} (Ctrl+{number})").format(view=title, number=row + 1))
        # Never "Bilan de la semai…": the list is as wide as its longest name needs.
        widest = max(self.navigation.fontMetrics().horizontalAdvance(title)
                     for title, _icon in self.views.labels)
        self.navigation.setMinimumWidth(max(150, widest + self.navigation.iconSize().width()
                                            + 2 * self.navigation.frameWidth() + 24))
        for menu, title in ((self.file_menu, _("&File")), (self.edit_menu, _("&Edit")),
                            (self.view_menu, _("&View")), (self.help_menu, _("&Help"))):
            menu.setTitle(title)

    def fill(self, operations: Operations) -> None:
        """Everything that works on the data: the views, the menus' actions, the reminder
        banner, the tray and the calendar feed. Their code loads here, after the frame has
        shown itself."""
        for step in self.fill_steps(operations):
            step()

    def fill_steps(self, operations: Operations) -> list[Callable[[], object]]:
        """`fill` in steps of a few milliseconds, which the start runs one per turn of the
        event loop, after the window has shown the day; `filled` is True after the last.
        Keys typed before it wait for it (`hold_keys`)."""
        return [lambda: self._take(operations), self._make_reminders, self._make_keepers,
                self._make_menus, self._show_views, self._meet_widgets, self._chain_tabs]

    def hold_keys(self) -> None:
        """Hold the keys typed from now until the window is filled (its menus' actions
        made), then play them (`type_ahead`)."""
        from jobfollowup.ui.shell.type_ahead import TypeAhead

        if not self.filled and self._type_ahead is None:
            self._type_ahead = TypeAhead(self)

    def _take(self, operations: Operations) -> None:
        """The opened data: the views already made (Today, drawn from the day read before
        the data was open) act through `operations` from now on."""
        from PySide6.QtCore import Qt  # its enums take 17 ms: not before the frame shows

        self.operations = operations
        operations.parent_widget = self
        self._label()
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for made in self._made.values():
            made.attach(operations)

    def _make_reminders(self) -> None:
        from jobfollowup.ui.shell.menus import make_tray
        from jobfollowup.ui.shell.reminders import ReminderBanner, Reminders
        from jobfollowup.ui.widgets.one_line import OneLineLabel

        operations = self.operations
        self.banner = ReminderBanner(operations, self.today, self.centralWidget())
        self.banner.open_today.connect(lambda: self.show_view(0))
        self.statusBar().addPermanentWidget(self.banner.elsewhere)
        self.navigation.currentRowChanged.connect(lambda row: self.banner.set_in_today(row == 0))
        self.tray = make_tray(self)
        self.reminders = Reminders(operations, self.banner, self.today, self.tray, self)
        self.reminders_trouble = OneLineLabel()  # another program's lock, without a box
        self.reminders_trouble.setAccessibleName(_("Reminders"))
        self.reminders_trouble.hide()
        self.statusBar().addPermanentWidget(self.reminders_trouble, 1)
        self.reminders.trouble.connect(self._say_reminders_trouble)

    def _make_keepers(self) -> None:
        """What keeps the data in step with the world: the calendar feed, the mailbox and
        the calendar sync (each starts later, in the settling in)."""
        from PySide6.QtCore import Qt

        from jobfollowup.ui.shell.calendar_feed import FeedKeeper
        from jobfollowup.ui.shell.calendar_sync import CalendarSyncKeeper
        from jobfollowup.ui.shell.mail_checks import MailChecker
        from jobfollowup.ui.shell.sync_notices import SyncNotices

        operations = self.operations
        self.feed = FeedKeeper(operations, self)
        self.mail = MailChecker(operations, self, self.today)
        self.sync_notices = SyncNotices(operations, self.today, self)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.sync_notices)
        self.calendar_sync = CalendarSyncKeeper(operations, self, self.today)

    def _make_menus(self) -> None:
        from jobfollowup.ui.shell.menus import build_menus
        from jobfollowup.ui.views.record_actions import application_actions, contact_actions

        # The File menu's actions of views made later, by navigation row.
        self.view_actions = {CONTACTS_ROW: contact_actions(),
                             APPLICATIONS_ROW: application_actions()}
        build_menus(self)

    def _show_views(self) -> None:
        self.navigation.currentRowChanged.connect(
            lambda row: self.stack.setCurrentWidget(self.view(row)))
        self.stack.setCurrentWidget(self.view(self.navigation.currentRow()))
        self.banner.filled.connect(self.order_tabs)
        self.stack.currentChanged.connect(lambda _row: self.order_tabs())

    def _meet_widgets(self) -> None:
        """Every widget of the window, seen once from Python before the tab order walks
        them: the first of Qt's inner widgets met makes PySide create the enums of every
        class it has not used yet (14 ms), in a turn of its own."""
        self.findChildren(QWidget)

    def _chain_tabs(self) -> None:
        self.order_tabs()
        self.filled = True
        self.statusBar().showMessage(_("Ready"), 3000)
        if self._type_ahead is not None:
            self._type_ahead.release()
            self._type_ahead = None

    def _say_reminders_trouble(self, text: str) -> None:
        self.reminders_trouble.set_line(text)
        self.reminders_trouble.setVisible(bool(text))

    def order_tabs(self) -> None:
        """Tab as the screen reads: the navigation on the left, the view in front, then
        the reminder card at its bottom right (or the status bar's line)."""
        from jobfollowup.ui.widgets.tab_order import chain, tab_stops

        view = self.stack.currentWidget()
        chain([self.navigation, *tab_stops(view), *self.banner.tab_stops()])

    def show_view(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def bring_back(self) -> None:
        from jobfollowup.ui.shell.single_instance import raise_window

        raise_window(self)

    def open_link(self, link: str) -> bool:
        """A link from a calendar event (jobfollowup://follow-up/…), clicked elsewhere:
        the window comes forward with that follow-up selected on its day in the Calendar.
        A link that opens none (mistyped, another data file's, a follow-up deleted or
        skipped since) is said in the status bar, in the user's words; False then."""
        from jobfollowup.services.links import follow_up_of
        from jobfollowup.ui.operations.changes import Change

        self.bring_back()
        if self.operations is None:  # the data is not open (it could not be)
            return False
        ok, row = self.operations.run(self, follow_up_of, link, changes=Change.NONE,
                                      on_error=lambda error: self.say(str(error)))
        if not ok:
            return False
        self.show_view(CALENDAR_ROW)
        self.view(CALENDAR_ROW).show_follow_up(row.id, row.date)
        self.say(_("Opened from your calendar: {follow_up}").format(
            follow_up=row.kind.task(row.contact_name)))
        return True

    def say(self, text: str) -> None:
        """A line in the status bar, for a while: no box to close."""
        self.statusBar().showMessage(text, 15_000)

    def view(self, row: int) -> QWidget:
        """The view of navigation row `row`, made the first time it is asked for: the
        window opens having made Today alone, and each other view's code loads when
        that view is first wanted."""
        view = self._made.get(row)
        if view is None:
            _title, _icon, view_class = VIEWS[row]
            made = view_class()
            actions = self.view_actions.get(row)
            extra = {"actions": actions} if actions else {}
            view = self._place(row, made(self.operations, self.today, lazy=True, **extra))
        return view

    def _place(self, row: int, view: QWidget) -> QWidget:
        """`view` in its place in the window, for navigation row `row`."""
        self._made[row] = view
        place = self.stack.widget(row)
        shown = self.stack.currentIndex() == row
        self.stack.insertWidget(row, view)
        self.stack.removeWidget(place)
        place.deleteLater()
        if shown:
            self.stack.setCurrentWidget(view)
        return view

    @property
    def contacts(self) -> QWidget:
        return self.view(CONTACTS_ROW)

    @property
    def applications(self) -> QWidget:
        return self.view(APPLICATIONS_ROW)

    @property
    def interview_action(self) -> QAction:
        return self.view_actions[APPLICATIONS_ROW][1]

    def log_interview(self) -> None:
        """File → Log interview…: of the application shown in Applications; from any other
        view (Today, an empty app), it asks which job, or takes a new one."""
        if self.stack.currentIndex() == APPLICATIONS_ROW:
            self.applications.log_interview()
        else:
            from jobfollowup.ui.dialogs.interview_start import log_interview_anywhere

            log_interview_anywhere(self, self.operations, self.today())

    def act_in_view(self, row: int, action: QAction) -> None:
        """A view's action chosen from the File menu: show the view; if it was only made
        now, trigger the action again, which the view has just taken up."""
        made = row in self._made
        self.show_view(row)
        if not made:
            action.trigger()

    def delete_selected(self) -> None:
        """Edit → Delete acts on the view in front: its selected contact or application, or
        its selected follow-up (skipped)."""
        view = self.stack.currentWidget()
        if hasattr(view, "delete_selected"):
            view.delete_selected()
