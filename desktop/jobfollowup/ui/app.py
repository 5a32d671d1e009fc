"""Starting the GUI: the application object, Qt's own translations, the log, the data, the
window, and the crash handler that keeps a double-clicked app from dying silently."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from jobfollowup import APP_ID, APP_NAME, __version__
from jobfollowup.i18n import _, current_language, set_language
from jobfollowup.services.data import (
    DB_FILENAME,
    DamagedFileError,
    DataFileError,
    close_data,
    data_directory,
    open_data,
)
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.logs import start_logging
from jobfollowup.services.settings import interface_language
from jobfollowup.ui import first_paint
from jobfollowup.ui.crash import CrashHandler
from jobfollowup.ui.main_window import MainWindow
from jobfollowup.ui.operations import Operations
from jobfollowup.ui.single_instance import SingleInstance, raise_window

logger = logging.getLogger("jobfollowup")


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application() -> QApplication:
    """The one QApplication, named so the desktop groups its windows with the launcher.
    Its icon comes after the first paint (`give_icon`): drawing it took 15 ms of the start."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("jobfollowup")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("jobfollowup")
    app.setDesktopFileName(APP_ID)
    if sys.platform == "win32":  # group the taskbar button with the Start-menu shortcut
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    return app


def give_icon(app: QApplication) -> None:
    """The app's icon on every window (title bar, task switcher)."""
    from jobfollowup.ui.app_icon import app_icon

    app.setWindowIcon(app_icon())


_qt_translator: QTranslator | None = None


def install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's own dialogs and buttons in the interface language, where PySide6 ships them."""
    global _qt_translator
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    translator = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", path):
        app.installTranslator(translator)
        _qt_translator = translator


def apply_interface_language(app: QApplication, language: str | None = None) -> str:
    """Speak `language`, else the stored choice, else the system's; before any window."""
    chosen = set_language(language or interface_language())
    QLocale.setDefault(QLocale(chosen))
    install_qt_translations(app, chosen)
    return chosen


def _open(directory, smoke_test: bool) -> bool:
    """Open the data; a damaged file offers the newest good backup instead of failing."""
    try:
        open_data(directory)
        return True
    except DamagedFileError as error:
        logger.error("Damaged data: %s", error)
        if smoke_test:
            print(f"jobfollowup: {error}", file=sys.stderr)
            return False
        from jobfollowup.ui import data_safety

        try:
            return data_safety.offer_restore(directory, error)
        except DataFileError as second:
            QMessageBox.critical(None, _("Cannot open your data"), str(second))
            return False
    except DataFileError as error:
        logger.error("Cannot open the data: %s", error)
        if smoke_test:
            print(f"jobfollowup: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, _("Cannot open your data"), str(error))
        return False


def run_gui(data_dir: str | None = None, smoke_test: bool = False,
            language: str | None = None, minimised: bool = False) -> int:
    """Open the main window; with `smoke_test`, show it once, print what it showed, and
    quit with 0.

    `language` (the command line's --language) wins over the stored preference. A second
    launch on the same data hands over to the running app and returns 0. `minimised` (the
    login entry's --minimised) starts in the tray, or minimised where there is no tray.
    """
    if smoke_test and _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = start_logging("GUI")
    app = application()
    crashes = CrashHandler(log_path, show_dialog=not smoke_test).install()
    directory = data_directory(data_dir)
    instance = SingleInstance(directory)
    if not instance.acquire():
        if instance.owned_elsewhere() and instance.hand_over():
            return 0
        if not instance.acquire():
            if instance.owned_elsewhere():
                message = _("Job Follow-up is already running with this data, but does not "
                            "answer. Close it, then try again.")
            else:
                message = _("Cannot use the data folder {path}: it cannot be written.").format(
                    path=directory)
            logger.error("%s", message)
            print(f"jobfollowup: {message}", file=sys.stderr)
            if not smoke_test:
                QMessageBox.critical(None, _("Cannot open your data"), message)
            return 1
    try:
        status = _run_window(app, directory, smoke_test, language, instance, crashes,
                             minimised)
        return 1 if smoke_test and crashes.seen else status  # an error a slot swallowed
    finally:
        instance.release()


def _run_window(app: QApplication, directory, smoke_test: bool, language: str | None,
                instance: SingleInstance, crashes: CrashHandler,
                minimised: bool = False) -> int:
    install_qt_translations(app, current_language())
    if not _open(directory, smoke_test):
        return 2
    try:
        chosen = apply_interface_language(app, language)
        logger.info("Data in %s; interface in %s; Qt %s; platform %s", directory / DB_FILENAME,
                    chosen,
                    QLibraryInfo.version().toString(), app.platformName())
        window = MainWindow(Operations())
        instance.activated.connect(lambda: raise_window(window))
        first_paint.watch(window)
        if not minimised:
            window.show()
        elif window.tray is None:  # no tray to come back from: minimised to the taskbar
            window.showMinimized()
        else:
            app.setQuitOnLastWindowClosed(False)  # the tray icon keeps the app running
        first_paint.after(window, lambda: _settle_in(app, window, instance, smoke_test))
        app.exec()
        if smoke_test and sys.stdout is not None:  # None in a windowed Windows bundle
            print(smoke_test_report(window, crashes.seen))
        logger.info("Closed normally")
        return 0
    finally:
        close_data()


def _settle_in(app: QApplication, window: MainWindow, instance: SingleInstance,
               smoke_test: bool) -> None:
    """What the window does once it has shown itself: the user sees their day first."""
    from jobfollowup.services.backups import daily_backup

    give_icon(app)
    instance.listen()
    try:
        daily_backup()
    except ValidationError as error:
        window.statusBar().showMessage(str(error))
    window.reminders.start()
    window.feed.update()
    if smoke_test:  # every view once: a bundle missing one's code fails here
        for row in range(window.navigation.count()):
            window.show_view(row)
        window.show_view(0)
        app.quit()


def smoke_test_report(window, errors: int = 0) -> str:
    """One line saying what the window showed, in the interface language, so a test can tell
    that a bundle found its catalogs and Qt's own; "failed" when errors were met on the
    way (the window opened, but a view did not)."""
    views = ", ".join(window.navigation.item(row).text()
                      for row in range(window.navigation.count()))
    qt_cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    icon_sizes = ",".join(str(size.width()) for size in window.windowIcon().availableSizes())
    verdict = f"failed (errors: {errors}, see the log)" if errors else "ok"
    return (f"smoke-test {verdict}: language={current_language()}; "
            f"title={window.windowTitle()}; "
            f"views={views}; qt={qt_cancel}; icon={icon_sizes}")
