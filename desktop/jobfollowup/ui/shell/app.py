"""Starting the GUI: the application object, Qt's own translations, the log, the data, the
window, and the crash handler that keeps a double-clicked app from dying silently.

The window's frame shows itself first, in the language stored with the data; the data is
opened and the views are made after its first paint (`_fill`). Only what the frame needs
is imported before it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from functools import partial
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from jobfollowup import APP_ID, APP_NAME, __version__
from jobfollowup.i18n import _, current_language, set_interface_language
from jobfollowup.services.data import (
    DB_FILENAME,
    DamagedFileError,
    DataFileError,
    close_data,
    data_directory,
    open_data,
    stored_language,
    unwritable_reason,
)
from jobfollowup.ui.shell import first_paint
from jobfollowup.ui.shell.crash import CrashHandler
from jobfollowup.ui.shell.main_window import MainWindow
from jobfollowup.ui.shell.single_instance import SingleInstance, raise_window
from jobfollowup.ui.widgets import collector

logger = logging.getLogger("jobfollowup")


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _start_log() -> Path | None:
    """The log, started once the window has shown itself (or by an earlier error)."""
    from jobfollowup.services.logs import start_logging

    return start_logging("GUI")


def application() -> QApplication:
    """The one QApplication, named so the desktop groups its windows with the launcher.
    Its icon comes after the first paint (`give_icon`): drawing it took 15 ms of the start."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("jobfollowup")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("jobfollowup")
    app.setDesktopFileName(APP_ID)
    from jobfollowup.services.data import colour_scheme
    from jobfollowup.ui.widgets.colours import apply_scheme

    # Light or dark, as the person (or the desktop) wants; the desktop asked once painted.
    apply_scheme(app, colour_scheme(), ask_system=False)
    if sys.platform == "win32":  # group the taskbar button with the Start-menu shortcut
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    return app


def give_icon(app: QApplication) -> None:
    """The app's icon on every window (title bar, task switcher)."""
    from jobfollowup.ui.shell.app_icon import app_icon

    app.setWindowIcon(app_icon())


_qt_translator: QTranslator | None = None
_qt_language: str | None = None  # the language Qt's own texts are in now


def install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's own dialogs and buttons in the interface language, where PySide6 ships them
    (once per language: the start asks before opening the data and again after)."""
    global _qt_translator, _qt_language
    if language == _qt_language:
        return
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    translator = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", path):
        app.installTranslator(translator)
        _qt_translator = translator
    _qt_language = language


def apply_interface_language(app: QApplication, language: str | None = None) -> str:
    """Speak `language`, else the stored choice, else the system's (the data is open)."""
    from jobfollowup.services import settings
    from jobfollowup.ui.widgets.date_region import follow_home

    follow_home(settings.get("home_country"), language or settings.interface_language())
    chosen = current_language()
    install_qt_translations(app, chosen)
    return chosen


def _cannot_open(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # its type takes 1 ms: not before the frame

    QMessageBox.critical(None, _("Cannot open your data"), message)


OPENED, RESTORED = "opened", "restored"  # how `_open` opened the data ("": it could not)


def _open(directory, smoke_test: bool, crashes: CrashHandler) -> str:
    """Open the data; a damaged file offers the newest good backup instead of failing. The
    window writes as it starts (reminders, settings): a file another program holds, or one
    that cannot be written, is said now, with its cause, rather than at the first change.
    The log starts here only when something went wrong (otherwise once the day is drawn)."""
    try:
        open_data(directory, check_writable=True)
        return OPENED
    except DamagedFileError as error:
        crashes.start_log()
        logger.error("Damaged data: %s", error)
        if smoke_test:
            print(f"jobfollowup: {error}", file=sys.stderr)
            return ""
        from jobfollowup.ui.dialogs import data_safety

        try:
            return RESTORED if data_safety.offer_restore(directory, error) else ""
        except DataFileError as second:
            _cannot_open(str(second))
            return ""
    except DataFileError as error:
        crashes.start_log()
        logger.error("Cannot open the data: %s", error)
        if smoke_test:
            print(f"jobfollowup: {error}", file=sys.stderr)
        else:
            _cannot_open(str(error))
        return ""


def run_gui(data_dir: str | None = None, smoke_test: bool = False,
            language: str | None = None, minimised: bool = False,
            link: str | None = None) -> int:
    """Open the main window; with `smoke_test`, show it once, print what it showed, and
    quit with 0.

    `language` (the command line's --language) wins over the stored preference. A second
    launch on the same data hands over to the running app and returns 0 (a smoke test,
    which would test nothing so, says so and returns 2, as for a folder it cannot write).
    `minimised` (the login entry's --minimised) starts in the tray, or minimised where
    there is no tray. `link` (a calendar event's jobfollowup:// link, clicked) opens its
    follow-up once the window has shown the day — in the app already running, if one is.
    """
    if smoke_test and _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    crashes = CrashHandler(show_dialog=not smoke_test, start_log=_start_log).install()
    directory = data_directory(data_dir)
    instance = SingleInstance(directory)
    if not instance.acquire():
        if smoke_test and instance.owned_elsewhere():  # handing over would test nothing
            message = _("Job Follow-up is already running with the data in {path}; close it "
                        "to run the smoke test.").format(path=directory)
            print(f"jobfollowup: {message}", file=sys.stderr)
            return 2
        if instance.owned_elsewhere() and instance.hand_over(link):
            return 0
        if not instance.acquire():
            if instance.owned_elsewhere():
                message = _("Job Follow-up is already running with this data, but does not "
                            "answer. Close it, then try again.")
            else:
                message = unwritable_reason(directory) or _(
                    "Cannot use the data folder {path}: it cannot be written.").format(
                    path=directory)
            crashes.start_log()
            logger.error("%s", message)
            print(f"jobfollowup: {message}", file=sys.stderr)
            if not smoke_test:
                _cannot_open(message)
            return 2
    try:
        status = _run_window(app, directory, smoke_test, language, instance, crashes,
                             minimised, link)
        return 1 if smoke_test and crashes.seen else status  # an error a slot swallowed
    finally:
        instance.release()


def _run_window(app: QApplication, directory, smoke_test: bool, language: str | None,
                instance: SingleInstance, crashes: CrashHandler,
                minimised: bool = False, link: str | None = None) -> int:
    """Show the window, then open the data and fill the window once it has painted; the
    exit code is 2 when the data could not be opened.

    The day is read straight from the file first (`read_agenda`): with something due, the
    window's first paint shows it, and the data opens behind it. Otherwise (nothing due,
    no file yet, a file to migrate or that cannot be read) the frame shows itself alone,
    and Today fills in once the data is open."""
    import datetime as dt

    from jobfollowup.services.data import start_quick_check, stated_home_country
    from jobfollowup.services.planning.day import read_agenda

    set_interface_language(language or stored_language(directory) or current_language(),
                           stated_home_country())
    window = MainWindow(agenda=read_agenda(directory / DB_FILENAME, dt.date.today()) or None)
    if not window.views.made():  # no day to show: the file is checked while the frame shows
        start_quick_check(directory)
    instance.activated.connect(lambda: raise_window(window))
    instance.opened.connect(window.open_link)
    if not minimised:
        window.show()
    elif not QSystemTrayIcon.isSystemTrayAvailable():  # none to come back from: the taskbar
        window.showMinimized()
    else:
        app.setQuitOnLastWindowClosed(False)  # the tray icon keeps the app running
    first_paint.after(window, lambda: (
        first_paint.report("first-paint"),
        _fill(app, window, directory, smoke_test, language, instance, crashes, link)))
    try:
        if app.exec() == 2:
            window.hide()
            return 2
        if smoke_test and sys.stdout is not None:  # None in a windowed Windows bundle
            print(smoke_test_report(window, crashes.seen))
        logger.info("Closed normally")
        return 0
    finally:
        close_data()


# What opening the data needs, without Qt: imported on a thread once the window has
# painted (Peewee alone takes 27 ms, Babel's dates 25), the window answering meanwhile.
_LOADED_BEFORE_OPENING = (
    "peewee", "jobfollowup.storage.database", "jobfollowup.services.settings",
    "jobfollowup.services.planning.follow_ups", "jobfollowup.services.undo",
    "jobfollowup.i18n.formatting", "jobfollowup.services.planning.reminders",
    "jobfollowup.services.mail.waiting", "jobfollowup.services.exchange.calendar_feed")

# The window's code that fills it once the data is open, a module per turn on the GUI
# thread (Qt's classes are made there).
_LOADED_FOR_FILLING = (
    "jobfollowup.ui.operations.core", "jobfollowup.ui.views.mail_panel",
    "jobfollowup.ui.widgets.date_region", "jobfollowup.ui.shell.reminders",
    "jobfollowup.ui.shell.menus", "jobfollowup.ui.shell.calendar_feed",
    "jobfollowup.ui.shell.mail_checks", "jobfollowup.ui.shell.sync_notices",
    "jobfollowup.ui.shell.calendar_sync", "jobfollowup.ui.views.record_actions")


def _load_in_background(names: tuple[str, ...]) -> Callable[[], bool]:
    """Import `names` on a thread; returns whether that is done. Python hands the GIL
    to the window every few milliseconds meanwhile, and Qt waits for events without it.
    A module that fails to load fails again, and is reported, where it is used."""
    import threading

    def load() -> None:
        for name in names:
            try:
                import_module(name)
            except Exception:  # noqa: BLE001 (imported again where used, and reported)
                return

    thread = threading.Thread(target=load, name="loading", daemon=True)
    thread.start()
    return lambda: not thread.is_alive()


_WAIT = object()  # a step not ready yet: run it again in a later turn


def _fill(app: QApplication, window: MainWindow, directory, smoke_test: bool,
          language: str | None, instance: SingleInstance, crashes: CrashHandler,
          link: str | None = None) -> None:
    """After the window's first paint: open the data (or say why it cannot be, and quit
    with 2), speak the language it stores, fill the window, and settle in (the log first)
    once it has shown the day — at once when its first paint showed it.

    Each step runs in a turn of its own (the code they need loading on a thread), so that
    the window answers the user within a frame while it fills."""
    from jobfollowup.services.data import start_quick_check, still_checking

    start_quick_check(directory)  # `PRAGMA quick_check`, on a thread (none if started)
    shown_day = bool(window.views.made())
    if shown_day:
        first_paint.report("filled", last=True)
        first_paint.watch_stalls()
    window.hold_keys()
    loaded = _load_in_background(_LOADED_BEFORE_OPENING)
    chosen: list[str] = []

    def ready_to_open():
        return None if loaded() and not still_checking(directory) else _WAIT

    def open_it():
        install_qt_translations(app, current_language())
        opened = _open(directory, smoke_test, crashes)
        if not opened:
            app.exit(2)
            return _STOP
        if opened == RESTORED:  # the day drawn was the damaged file's: read it again
            steps.append(lambda: [view.refresh() for view in window.views.made()])
        return None

    def operations() -> None:
        from jobfollowup.ui.operations.core import Operations

        chosen.append(apply_interface_language(app, language))
        for step in window.fill_steps(Operations()):
            steps.append(step)
        steps.append(after_filling)

    def start_log() -> None:
        crashes.start_log()  # the log's module and file wait until the day is drawn
        logger.info("Data in %s; interface in %s; Qt %s; platform %s",
                    directory / DB_FILENAME, chosen[0], QLibraryInfo.version().toString(),
                    app.platformName())

    def settle_in() -> None:
        _settle_in(app, window, instance, smoke_test, start_log, link)

    def after_filling() -> None:
        if shown_day:
            settle_in()
        else:
            first_paint.after(window.stack.currentWidget(), lambda: (  # the day, painted
                first_paint.report("filled", last=True), first_paint.watch_stalls(),
                settle_in()))

    steps: list[Callable[[], object]] = [
        ready_to_open, open_it, *(partial(import_module, name) for name in _LOADED_FOR_FILLING),
        operations]
    _run_in_turns(window, steps)


def _settle_in(app: QApplication, window: MainWindow, instance: SingleInstance,
               smoke_test: bool, start_log: Callable[[], object],
               link: str | None = None) -> None:
    """What the window does once it has shown itself: the user sees their day first (and
    the follow-up of the `link` they clicked to start the app, if any). The log starts, the
    desktop's own word on light or dark (and its changes) is followed and the focus ring
    shows, then the rest. Each step runs in a turn of its own, and the copy of the data on
    a thread, so that a click in these first seconds waits for no more than one short
    step."""
    from jobfollowup.services import settings

    steps = [partial(import_module, "jobfollowup.services.logs"), start_log,  # 2 turns
             lambda: _follow_the_desktop(app), lambda: _show_focus(app),
             lambda: give_icon(app), lambda: _keep_dates(window),
             partial(import_module, "PySide6.QtNetwork"), instance.listen,  # 2 turns of 5 ms
             lambda: _back_up_daily(window),
             *(partial(import_module, name) for name in _LOADED_IN_TURNS),
             window.reminders.start, window.feed.update,
             window.mail.start,  # with a mail account: the first check, then every few minutes
             window.sync_notices.refresh, window.calendar_sync.start,
             lambda: collector.settle(window)]
    if link is not None:  # what the user clicked to start the app: first, after the day
        steps.insert(0, lambda: window.open_link(link))
    if not smoke_test and not settings.get("set_up"):  # the first start: what notes need
        steps.append(lambda: _offer_set_up(window))
    if smoke_test:  # every view once: a bundle missing one's code fails here
        steps.append(lambda: _show_every_view(app, window))
    _run_in_turns(window, steps)


# The rules Today did without, and the calendar sync's questions, which the first of the
# steps after them needs: a module per turn (together they held the window 35–45 ms).
_LOADED_IN_TURNS = (
    "jobfollowup.rules.reasons", "jobfollowup.rules.holiday_calendar",
    "jobfollowup.rules.days", "jobfollowup.rules.plans", "jobfollowup.rules.judging",
    "jobfollowup.services.calendar_sync.incoming")


def _follow_the_desktop(app: QApplication) -> None:
    """Light or dark as the desktop now says (asking Qt costs 25 ms the first time: the
    frame and the day went by the desktop's palette), and follow its changes."""
    from jobfollowup.services.data import colour_scheme
    from jobfollowup.ui.widgets import colours

    colours.apply_scheme(app, colour_scheme())


def _show_focus(app: QApplication) -> None:
    """Whatever has the keyboard is seen to have it, from now on."""
    from jobfollowup.ui.widgets import focus_ring

    focus_ring.install(app)


_STOP = object()  # a step that failed: the steps after it are not run


def _run_in_turns(window: MainWindow, steps: list[Callable[[], object]]) -> None:
    """Run `steps` (a list a step may add to) in order, each in its own turn of the event
    loop: on a timer of 1 ms, as Qt may run calls posted for 0 ms back to back, before a
    timer due meanwhile. A step answering `_WAIT` runs again a turn later; one answering
    `_STOP` ends the run."""
    if steps:
        def run_first() -> None:
            answer = steps[0]()
            if answer is _STOP:
                return
            if answer is not _WAIT:
                steps.pop(0)
            _run_in_turns(window, steps)

        QTimer.singleShot(1, window, run_first)


def _keep_dates(window: MainWindow) -> None:
    """The days around today worded for the next start's first sight of the day, on a
    thread, when those kept do not reach far enough (about once a month)."""
    import datetime as dt

    from jobfollowup.i18n import current_region
    from jobfollowup.i18n.formatting import keep_short_dates, short_dates_kept
    from jobfollowup.ui.widgets.background import run_in_background

    today, language, region = dt.date.today(), current_language(), current_region()
    if not short_dates_kept(today, language, region):
        run_in_background(window, partial(keep_short_dates, today, language, region),
                          done=lambda _none: None, failed=_raise, name="keeping-dates")


def _raise(error: BaseException) -> None:
    raise error


def _back_up_daily(window: MainWindow) -> None:
    """Today's copy of the data, made on a thread; a failure is said in the status bar."""
    from jobfollowup.services.backups import daily_backup_due
    from jobfollowup.services.errors import ValidationError
    from jobfollowup.ui.widgets.background import run_in_background

    make = daily_backup_due()
    if make is None:
        return

    def failed(error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            raise error
        window.statusBar().showMessage(str(error))

    run_in_background(window, make, done=lambda _path: None, failed=failed,
                      name="daily-backup", finish_before_exit=True)


def _offer_set_up(window: MainWindow) -> None:
    from jobfollowup.ui.dialogs.set_up import offer_set_up

    offer_set_up(window, window.operations)


def _show_every_view(app: QApplication, window: MainWindow) -> None:
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
