"""The main window's menus and tray icon, made by `MainWindow.fill` once the data is open.
Apart from the frame: the Qt classes they use (actions, shortcuts, message boxes, the
tray) create their Python enums when first imported, which the frame's first paint does
not wait for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from jobfollowup import APP_NAME, __version__
from jobfollowup.i18n import _
from jobfollowup.ui.dialogs import sample_offer

if TYPE_CHECKING:
    from jobfollowup.ui.shell.main_window import MainWindow


# The import, export and backup dialogs load when first used: the window opens sooner
# without code it may never need.
def _back_up_now(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.data_safety import back_up_now

    back_up_now(window, window.operations)


def _restore(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.data_safety import RestoreDialog

    RestoreDialog(window.operations, window).exec()


def _check_data(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.data_safety import check_data

    check_data(window, window.operations)


def _import_contacts(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.exchange import ask_import_contacts

    ask_import_contacts(window, window.operations)


def _import_linkedin(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.exchange import ask_import_linkedin

    ask_import_linkedin(window, window.operations)


def _import_everything(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.exchange import ask_import_everything

    ask_import_everything(window, window.operations)


def _export(window: MainWindow, which: str) -> None:
    from jobfollowup.ui.dialogs.exchange import ask_export

    ask_export(window, window.operations, which)


def build_menus(window: MainWindow) -> None:
    """The menus' actions (their titles are the frame's): File, Edit, View, Help."""
    file_menu = window.file_menu
    # The views' own actions: the same ones as their buttons, shown with their view.
    for row, actions in window.view_actions.items():
        for action in actions:
            if action is window.interview_action:  # from any view: it asks which job
                action.triggered.connect(window.log_interview)
            else:
                action.triggered.connect(
                    lambda _checked=False, r=row, a=action: window.act_in_view(r, a))
            file_menu.addAction(action)
    file_menu.addSeparator()
    print_notes = QAction(_("&Print handwritten notes…"), window)
    print_notes.setShortcut(QKeySequence.StandardKey.Print)
    print_notes.setStatusTip(_("Print every handwritten note to mail in the coming days, "
                               "one card per page"))
    print_notes.triggered.connect(lambda: _print_notes(window))
    export_notes = QAction(_("Export handwritten notes to P&DF…"), window)
    export_notes.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export_notes.triggered.connect(lambda: _print_notes(window, export=True))
    print_week = QAction(_("Print the &week ahead…"), window)
    print_week.setShortcut(QKeySequence("Ctrl+Shift+P"))
    print_week.setStatusTip(_("One page with the follow-ups of the coming week"))
    print_week.triggered.connect(lambda: _print_sheet(window, "week"))
    print_log = QAction(_("Applications lo&g…"), window)
    print_log.setStatusTip(_("Print or save the record of your applications"))
    print_log.triggered.connect(lambda: _print_sheet(window, "log"))
    for action in (print_notes, export_notes, print_week, print_log):
        file_menu.addAction(action)
    file_menu.addSeparator()
    window.backup_action = QAction(_("&Back up now…"), window)
    window.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    window.backup_action.setStatusTip(_("Save a copy of all your data in the backups folder"))
    window.backup_action.triggered.connect(
        lambda: _back_up_now(window))
    file_menu.addAction(window.backup_action)
    window.restore_action = QAction(_("&Restore…"), window)
    window.restore_action.setStatusTip(_("Go back to one of your backups"))
    window.restore_action.triggered.connect(
        lambda: _restore(window))
    file_menu.addAction(window.restore_action)
    window.check_action = QAction(_("&Check data…"), window)
    window.check_action.setStatusTip(_("Read every page of your data file to find damage"))
    window.check_action.triggered.connect(
        lambda: _check_data(window))
    file_menu.addAction(window.check_action)
    window.check_mail_action = QAction(_("Check &mail now"), window)
    window.check_mail_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    window.check_mail_action.setStatusTip(_("Look in your mailbox for replies from your "
                                            "contacts and notes you sent (read-only)"))
    window.check_mail_action.triggered.connect(lambda: window.mail.check(by_hand=True))
    file_menu.addAction(window.check_mail_action)
    file_menu.addSeparator()
    import_menu = file_menu.addMenu(_("&Import"))
    window.import_contacts_action = import_menu.addAction(_("&Contacts (CSV, vCard)…"))
    window.import_contacts_action.setStatusTip(
        _("Add contacts from Google Contacts, Outlook or a vCard file"))
    window.import_contacts_action.triggered.connect(
        lambda: _import_contacts(window))
    window.import_linkedin_action = import_menu.addAction(_("&LinkedIn archive…"))
    window.import_linkedin_action.setStatusTip(
        _("Add your connections and job applications from the .zip LinkedIn sends you"))
    window.import_linkedin_action.triggered.connect(
        lambda: _import_linkedin(window))
    window.import_json_action = import_menu.addAction(_("&Everything (JSON)…"))
    window.import_json_action.setStatusTip(
        _("Add everything from an export made on another computer"))
    window.import_json_action.triggered.connect(
        lambda: _import_everything(window))
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
        action.triggered.connect(lambda _checked=False, w=which: _export(window, w))
    window.sync_action = QAction(_("S&ync calendar now"), window)
    window.sync_action.setStatusTip(_("Send your changes to your calendar and read the "
                                      "changes made on your other devices (Edit → "
                                      "Preferences → Calendar sync)"))
    window.sync_action.triggered.connect(window.calendar_sync.sync_now)
    file_menu.addAction(window.sync_action)
    window.sample_action = sample_offer.sample_action(
        window, window.operations, window.today, loaded=lambda: window.show_view(0))
    file_menu.addAction(window.sample_action)
    file_menu.addSeparator()
    quit_action = QAction(_("&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = window.edit_menu
    stack = window.operations.undo_stack
    # Translators: Edit → Undo named after the step it undoes ("&Undo Move “…” to …"):
    # one format per language, so that the step may come where the language puts it.
    undo_named = _("&Undo {step}")
    window.undo_action = _step_action(window, _("&Undo"), undo_named, window.operations.undo,
                                      stack.undoTextChanged, stack.canUndoChanged,
                                      stack.canUndo())
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    # Translators: Edit → Redo named after the step it takes again ("&Redo Move “…” to …").
    redo_named = _("&Redo {step}")
    window.redo_action = _step_action(window, _("&Redo"), redo_named, window.operations.redo,
                                      stack.redoTextChanged, stack.canRedoChanged,
                                      stack.canRedo())
    # Ctrl+Shift+Z everywhere, beside the platform's own (Ctrl+Y on Windows), once: the same
    # keys given twice make the shortcut ambiguous, and then a real key press did nothing.
    redo_keys = [QKeySequence("Ctrl+Shift+Z")]
    redo_keys += [keys for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                  if keys not in redo_keys]
    window.redo_action.setShortcuts(redo_keys)
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    window.delete_action = QAction(_("&Delete…"), window)
    window.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
    window.delete_action.setToolTip(_("Delete the selected contact or application; skip "
                                    "the selected follow-up"))
    window.delete_action.triggered.connect(window.delete_selected)
    edit_menu.addAction(window.delete_action)
    edit_menu.addSeparator()
    templates = QAction(_("Note &templates…"), window)
    templates.triggered.connect(lambda: _edit_templates(window))
    edit_menu.addAction(templates)
    preferences = QAction(_("&Preferences…"), window)
    preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    preferences.triggered.connect(lambda: _preferences(window))
    edit_menu.addAction(preferences)

    view_menu = window.view_menu
    for number, (title, icon) in enumerate(window.views.labels, start=1):
        action = QAction(icon, title, window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, row=number - 1:
                                 window.navigation.setCurrentRow(row))
        view_menu.addAction(action)

    help_menu = window.help_menu
    guide = QAction(_("&Getting started"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: _help(window, 0))
    help_menu.addAction(guide)
    keys = QAction(_("&Keyboard shortcuts"), window)
    keys.triggered.connect(lambda: _help(window, 1))
    help_menu.addAction(keys)
    help_menu.addSeparator()
    about = QAction(_("&About Job Follow-up"), window)
    about.triggered.connect(lambda: _about(window))
    help_menu.addAction(about)


def make_tray(window: MainWindow) -> QSystemTrayIcon | None:
    """An icon in the tray where the desktop has one: reminders pop up from it, and it
    brings the window back when the app started minimised."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(window.windowIcon() if not window.windowIcon().isNull()
                           else QApplication.windowIcon(), window)
    tray.setToolTip(APP_NAME)
    menu = QMenu(window)
    menu.addAction(_("Open Job Follow-up"), window.bring_back)
    menu.addAction(_("Open Today"), lambda: (window.bring_back(), window.show_view(0)))
    menu.addSeparator()
    menu.addAction(_("Quit"), QApplication.quit)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda reason: window.bring_back() if reason in (
        QSystemTrayIcon.ActivationReason.Trigger,
        QSystemTrayIcon.ActivationReason.DoubleClick) else None)
    tray.messageClicked.connect(lambda: (window.bring_back(), window.show_view(0)))
    tray.show()
    return tray


def _help(window: MainWindow, page: int) -> None:
    from jobfollowup.ui.dialogs.help import HelpDialog

    HelpDialog(window, page).exec()


def _about(window: MainWindow) -> None:
    QMessageBox.about(window, _("About Job Follow-up"), _(
        "Job Follow-up {version}\n\nPlans, drafts and tracks every follow-up of your job "
        "search, and explains every date it proposes.").format(version=__version__))


def _preferences(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog

    PreferencesDialog(window.operations, window).exec()


def _edit_templates(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.templates_editor import TemplatesEditor

    TemplatesEditor(window.operations, window).exec()


def _print_notes(window: MainWindow, export: bool = False) -> None:
    from jobfollowup.ui.dialogs.printing import PrintNotesDialog

    dialog = PrintNotesDialog(window.operations, window, today=window.today)
    if export and dialog.cards:  # straight to the file name; else say why there is none
        dialog.export_pdf()
        return
    dialog.exec()


def _print_sheet(window: MainWindow, sheet: str) -> None:
    from jobfollowup.ui.dialogs.printing import SheetDialog

    SheetDialog(window.operations, sheet, window, today=window.today).exec()


def _step_action(window: MainWindow, bare: str, named: str, run: Callable[[], bool],
                 text_changed, able_changed, able: bool) -> QAction:
    """Edit → Undo (or Redo): `bare` with no step to take, else `named` with the step in it
    ("Undo Move …"); it goes through `Operations`, which moves the stack only once the data
    has followed."""
    action = _StepAction(bare, named, window)
    action.triggered.connect(lambda: run())
    text_changed.connect(action.name)  # a method: gone with the action
    able_changed.connect(action.setEnabled)
    action.setEnabled(able)
    return action


class _StepAction(QAction):
    def __init__(self, bare: str, named: str, parent) -> None:
        super().__init__(bare, parent)
        self.bare, self.named = bare, named

    def name(self, step: str) -> None:
        # An "&" of the step's own ("AT&T") is a letter, not the menu's shortcut.
        self.setText(self.named.format(step=step.replace("&", "&&")) if step else self.bare)
