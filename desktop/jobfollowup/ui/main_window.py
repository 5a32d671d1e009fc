"""The main window: navigation on the left, the chosen view on the right."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from jobfollowup import APP_NAME, __version__
from jobfollowup.i18n import N_, _
from jobfollowup.ui import sample_offer
from jobfollowup.ui.calendar_feed import FeedKeeper
from jobfollowup.ui.operations import Operations
from jobfollowup.ui.reminders import ReminderBanner, Reminders
from jobfollowup.ui.single_instance import raise_window
from jobfollowup.ui.views.record_actions import application_actions, contact_actions

# Each view: its title, its icon, and where its class lives (jobfollowup.ui.views.…)
VIEWS = (
    (N_("Today"), QStyle.StandardPixmap.SP_DialogApplyButton, "today", "TodayView"),
    (N_("Calendar"), QStyle.StandardPixmap.SP_FileDialogDetailedView, "calendar",
     "CalendarView"),
    (N_("Contacts"), QStyle.StandardPixmap.SP_DirHomeIcon, "contacts", "ContactsView"),
    (N_("Applications"), QStyle.StandardPixmap.SP_FileIcon, "applications",
     "ApplicationsView"),
    (N_("Weekly review"), QStyle.StandardPixmap.SP_FileDialogContentsView, "review",
     "ReviewView"),
)
CONTACTS_ROW, APPLICATIONS_ROW = 2, 3


class _Views(Sequence):
    """The window's views as (title, icon, view), each view made when first asked for."""

    def __init__(self, window: MainWindow, labels: list[tuple[str, QIcon]]) -> None:
        self._window = window
        self.labels = labels

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, row):  # type: ignore[override]
        title, icon = self.labels[row]
        return title, icon, self._window.view(row)


def _later(module: str, name: str) -> Callable:
    """`name` of `module`, imported when first used: the window opens sooner without the
    import, export and backup dialogs it may never need."""
    def call(*args):
        return getattr(importlib.import_module(f"jobfollowup.ui.{module}"), name)(*args)
    return call


class MainWindow(QMainWindow):
    def __init__(self, operations: Operations,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.operations = operations
        self._today = today
        operations.parent_widget = self
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setMinimumSize(QSize(720, 480))
        style = self.style()
        self._made: dict[int, QWidget] = {}
        self.views = _Views(self, [(_(title), style.standardIcon(icon))
                                   for title, icon, _module, _name in VIEWS])
        # The File menu's actions of views made later, by navigation row.
        self.view_actions = {CONTACTS_ROW: contact_actions(),
                             APPLICATIONS_ROW: application_actions()}
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(_("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for number, (title, icon) in enumerate(self.views.labels, start=1):
            item = QListWidgetItem(icon, title)
            item.setSizeHint(QSize(120, 36))  # narrower than the list: no scroll bar
            item.setToolTip(_("{view} (Ctrl+{number})").format(view=title, number=number))
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # the view's place, until it is made
        self.navigation.currentRowChanged.connect(
            lambda row: self.stack.setCurrentWidget(self.view(row)))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 910])
        splitter.setChildrenCollapsible(False)
        self.banner = ReminderBanner(operations, today)
        self.banner.open_today.connect(lambda: self.show_view(0))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.tray = self._make_tray()
        self.reminders = Reminders(operations, self.banner, today, self.tray, self)
        self.feed = FeedKeeper(operations, self)
        self._build_menus()
        self.navigation.setCurrentRow(0)
        self.statusBar().showMessage(_("Ready"), 3000)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        # The views' own actions: the same ones as their buttons, shown with their view.
        for row, actions in self.view_actions.items():
            for action in actions:
                action.triggered.connect(
                    lambda _checked=False, r=row, a=action: self._act_in(r, a))
                file_menu.addAction(action)
        file_menu.addSeparator()
        print_notes = QAction(_("&Print handwritten notes…"), self)
        print_notes.setShortcut(QKeySequence.StandardKey.Print)
        print_notes.setStatusTip(_("Print every handwritten note to mail in the coming days, "
                                   "one card per page"))
        print_notes.triggered.connect(self._print_notes)
        export_notes = QAction(_("&Export handwritten notes to PDF…"), self)
        export_notes.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_notes.triggered.connect(lambda: self._print_notes(export=True))
        print_week = QAction(_("Print the &week ahead…"), self)
        print_week.setShortcut(QKeySequence("Ctrl+Shift+P"))
        print_week.setStatusTip(_("One page with the follow-ups of the coming week"))
        print_week.triggered.connect(lambda: self._print_sheet("week"))
        print_log = QAction(_("&Applications log…"), self)
        print_log.setStatusTip(_("Print or save the record of your applications"))
        print_log.triggered.connect(lambda: self._print_sheet("log"))
        for action in (print_notes, export_notes, print_week, print_log):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.backup_action = QAction(_("&Back up now…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.setStatusTip(_("Save a copy of all your data in the backups folder"))
        self.backup_action.triggered.connect(
            lambda: _later("data_safety", "back_up_now")(self, self.operations))
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(_("&Restore…"), self)
        self.restore_action.setStatusTip(_("Go back to one of your backups"))
        self.restore_action.triggered.connect(
            lambda: _later("data_safety", "RestoreDialog")(self.operations, self).exec())
        file_menu.addAction(self.restore_action)
        self.check_action = QAction(_("&Check data…"), self)
        self.check_action.setStatusTip(_("Read every page of your data file to find damage"))
        self.check_action.triggered.connect(
            lambda: _later("data_safety", "check_data")(self, self.operations))
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(_("&Import"))
        self.import_contacts_action = import_menu.addAction(_("&Contacts (CSV, vCard)…"))
        self.import_contacts_action.setStatusTip(
            _("Add contacts from Google Contacts, Outlook or a vCard file"))
        self.import_contacts_action.triggered.connect(
            lambda: _later("exchange", "ask_import_contacts")(self, self.operations))
        self.import_json_action = import_menu.addAction(_("&Everything (JSON)…"))
        self.import_json_action.setStatusTip(
            _("Add everything from an export made on another computer"))
        self.import_json_action.triggered.connect(
            lambda: _later("exchange", "ask_import_everything")(self, self.operations))
        export_menu = file_menu.addMenu(_("&Export"))
        for which, text, tip in (
                ("ics", _("Follow-ups to a &calendar (.ics)…"),
                 _("For Thunderbird, Google Calendar or Apple Calendar; exporting again "
                   "updates the same events")),
                ("contacts", _("C&ontacts (CSV)…"), _("A spreadsheet of your contacts")),
                ("applications", _("&Applications (CSV)…"),
                 _("A spreadsheet of your applications")),
                ("json", _("&Everything (JSON)…"),
                 _("All your data in one file, to move to another computer"))):
            action = export_menu.addAction(text)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, w=which:
                                     _later("exchange", "ask_export")(self, self.operations, w))
        self.sample_action = sample_offer.sample_action(
            self, self.operations, self._today, loaded=lambda: self.show_view(0))
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        quit_action = QAction(_("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(_("&Edit"))
        stack = self.operations.undo_stack
        self.undo_action = stack.createUndoAction(self, _("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, _("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                                       QKeySequence.StandardKey.Redo])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.delete_action = QAction(_("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setToolTip(_("Delete the selected contact or application; skip "
                                        "the selected follow-up"))
        self.delete_action.triggered.connect(self._delete_selected)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        templates = QAction(_("Note &templates…"), self)
        templates.triggered.connect(self._edit_templates)
        edit_menu.addAction(templates)
        preferences = QAction(_("&Preferences…"), self)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self._preferences)
        edit_menu.addAction(preferences)

        view_menu = self.menuBar().addMenu(_("&View"))
        for number, (title, icon) in enumerate(self.views.labels, start=1):
            action = QAction(icon, title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1:
                                     self.navigation.setCurrentRow(row))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(_("&Help"))
        about = QAction(_("&About Job Follow-up"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_view(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def _make_tray(self) -> QSystemTrayIcon | None:
        """An icon in the tray where the desktop has one: reminders pop up from it, and it
        brings the window back when the app started minimised."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(self.windowIcon() if not self.windowIcon().isNull()
                               else QApplication.windowIcon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu(self)
        menu.addAction(_("Open Job Follow-up"), self.bring_back)
        menu.addAction(_("Open Today"), lambda: (self.bring_back(), self.show_view(0)))
        menu.addSeparator()
        menu.addAction(_("Quit"), QApplication.quit)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda reason: self.bring_back() if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick) else None)
        tray.messageClicked.connect(lambda: (self.bring_back(), self.show_view(0)))
        tray.show()
        return tray

    def bring_back(self) -> None:
        raise_window(self)

    def view(self, row: int) -> QWidget:
        """The view of navigation row `row`, made the first time it is asked for: the
        window opens having made Today alone, and each other view's code loads when
        that view is first wanted."""
        view = self._made.get(row)
        if view is None:
            _title, _icon, module, name = VIEWS[row]
            made = getattr(importlib.import_module(f"jobfollowup.ui.views.{module}"), name)
            actions = self.view_actions.get(row)
            extra = {"actions": actions} if actions else {}
            view = self._made[row] = made(self.operations, self._today, lazy=True, **extra)
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

    def _act_in(self, row: int, action: QAction) -> None:
        """A view's action chosen from the File menu: show the view; if it was only made
        now, trigger the action again, which the view has just taken up."""
        made = row in self._made
        self.show_view(row)
        if not made:
            action.trigger()

    def _delete_selected(self) -> None:
        """Edit → Delete acts on the view in front: its selected contact or application, or
        its selected follow-up (skipped)."""
        view = self.stack.currentWidget()
        if hasattr(view, "delete_selected"):
            view.delete_selected()

    def _preferences(self) -> None:
        from jobfollowup.ui.preferences import PreferencesDialog

        PreferencesDialog(self.operations, self).exec()

    def _edit_templates(self) -> None:
        from jobfollowup.ui.templates_editor import TemplatesEditor

        TemplatesEditor(self.operations, self).exec()

    def _print_notes(self, export: bool = False) -> None:
        from jobfollowup.ui.print_dialog import PrintNotesDialog

        dialog = PrintNotesDialog(self.operations, self, today=self._today)
        if export and dialog.cards:  # straight to the file name; else say why there is none
            dialog.export_pdf()
            return
        dialog.exec()

    def _print_sheet(self, sheet: str) -> None:
        from jobfollowup.ui.print_dialog import SheetDialog

        SheetDialog(self.operations, sheet, self, today=self._today).exec()

    def _about(self) -> None:
        QMessageBox.about(self, _("About Job Follow-up"), _(
            "Job Follow-up {version}\n\nPlans, drafts and tracks every follow-up of your job "
            "search, and explains every date it proposes.").format(version=__version__))
