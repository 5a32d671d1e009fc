"""The main window: navigation on the left, the chosen view on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
)

from jobfollowup import APP_NAME, __version__
from jobfollowup.i18n import _
from jobfollowup.ui.operations import Operations
from jobfollowup.ui.views.applications import ApplicationsView
from jobfollowup.ui.views.calendar import CalendarView
from jobfollowup.ui.views.contacts import ContactsView
from jobfollowup.ui.views.today import TodayView


class MainWindow(QMainWindow):
    def __init__(self, operations: Operations,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.operations = operations
        operations.parent_widget = self
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setMinimumSize(QSize(720, 480))
        style = self.style()
        self.views = [
            (_("Today"), style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
             TodayView(operations, today)),
            (_("Calendar"), style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
             CalendarView(operations, today)),
            (_("Contacts"), style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
             ContactsView(operations)),
            (_("Applications"), style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
             ApplicationsView(operations)),
        ]
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(_("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget()
        for number, (title, icon, view) in enumerate(self.views, start=1):
            item = QListWidgetItem(icon, title)
            item.setSizeHint(QSize(160, 36))
            item.setToolTip(_("{view} (Ctrl+{number})").format(view=title, number=number))
            self.navigation.addItem(item)
            self.stack.addWidget(view)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 910])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_menus()
        self.navigation.setCurrentRow(0)
        self.statusBar().showMessage(_("Ready"), 3000)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
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
        templates = QAction(_("Note &templates…"), self)
        templates.triggered.connect(self._edit_templates)
        edit_menu.addAction(templates)
        preferences = QAction(_("&Preferences…"), self)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self._preferences)
        edit_menu.addAction(preferences)

        view_menu = self.menuBar().addMenu(_("&View"))
        for number, (title, icon, _view) in enumerate(self.views, start=1):
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

    def _preferences(self) -> None:
        from jobfollowup.ui.preferences import PreferencesDialog

        PreferencesDialog(self.operations, self).exec()

    def _edit_templates(self) -> None:
        from jobfollowup.ui.templates_editor import TemplatesEditor

        TemplatesEditor(self.operations, self).exec()

    def _about(self) -> None:
        QMessageBox.about(self, _("About Job Follow-up"), _(
            "Job Follow-up {version}\n\nPlans, drafts and tracks every follow-up of your job "
            "search, and explains every date it proposes.").format(version=__version__))
