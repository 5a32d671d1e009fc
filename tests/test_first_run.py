"""A first start from a double-click: the app has its icon, logs to a file in the platform's
log folder, and an unexpected error shows a dialog naming that file instead of the app
vanishing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QImage, QImageReader

from jobfollowup.i18n import set_language
from jobfollowup.services import logs
from jobfollowup.ui.shell import crash
from jobfollowup.ui.shell.app import application, give_icon

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

import make_icons  # noqa: E402


@pytest.fixture
def log_home(tmp_path, monkeypatch):
    """The platform's log folder under a temporary XDG_STATE_HOME; closed afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield tmp_path / "state" / "jobfollowup" / "log" / logs.LOG_FILENAME
    logs.stop_logging()


def test_the_windows_carry_the_app_icon_at_every_size(qapp):
    app = application()
    give_icon(app)
    icon = app.windowIcon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 22, 24, 32, 48, 64, 128, 256} <= sizes
    # the 16 px drawing is the one redrawn on the pixel grid, not a blur of the big one
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.pixelColor(1, 8).name() == "#3573c2"


def test_make_icons_renders_every_size_and_both_containers(qapp, tmp_path):
    written = make_icons.generate(tmp_path)
    for size in make_icons.PNG_SIZES:
        image = QImage(str(written[f"png-{size}"]))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    ico = QImageReader(str(written["ico"]))
    assert ico.imageCount() == len(make_icons.ICO_SIZES)
    assert written["icns"].read_bytes()[:4] == b"icns"
    assert int.from_bytes(written["icns"].read_bytes()[4:8], "big") == \
        written["icns"].stat().st_size
    icns = QImageReader(str(written["icns"]))
    assert icns.canRead() and icns.read().width() >= 16


def test_the_navigation_icons_kept_in_git_are_their_drawings(qapp):
    """The window shows PNGs in its first frame (QtSvg would load too late): each must be
    its SVG rendered at 20 px and @2x. After changing a drawing, run
    `python packaging/make_icons.py --navigation`."""
    rendered = make_icons.navigation_pngs()
    kept = sorted(make_icons.NAVIGATION.glob("*.png"))
    assert sorted(rendered) == kept and len(kept) == 4 * 5  # and -selected, @2x
    argb = QImage.Format.Format_ARGB32
    for path, data in rendered.items():
        fresh, image = QImage.fromData(data), QImage(str(path))
        assert image.convertToFormat(argb) == fresh.convertToFormat(argb), path.name
        side = 40 if path.stem.endswith("@2x") else 20
        assert (image.width(), image.height()) == (side, side)
        if "-selected" in path.stem:  # white, to be seen on the highlight
            colours = {image.pixelColor(x, y).name() for x in range(side) for y in range(side)
                       if image.pixelColor(x, y).alpha() == 255}
            assert colours == {"#ffffff"}


def test_starting_writes_a_line_to_the_rotating_log(log_home):
    assert logs.start_logging("GUI") == log_home
    logs.logger.info("second line")
    text = log_home.read_text(encoding="utf-8")
    assert "INFO jobfollowup: Job Follow-up" in text and "GUI started" in text
    assert logs.system_description() in text  # where it ran, for a report
    assert "second line" in text
    handler = next(h for h in logs.logger.handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS


def test_starting_twice_keeps_one_log_file_handler(log_home):
    logs.start_logging()
    logs.start_logging()
    files = [h for h in logs.logger.handlers if getattr(h, "baseFilename", None)]
    assert len(files) == 1


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path, monkeypatch):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    assert logs.start_logging() is None


def test_an_error_in_a_slot_is_logged_and_shown_with_the_log_path(qtbot, log_home,
                                                                  monkeypatch):
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dialog: shown.append(dialog))
    crash.CrashHandler(logs.start_logging("GUI")).install()

    def broken_button() -> None:
        raise RuntimeError("the slot broke")

    QTimer.singleShot(0, broken_button)
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    assert dialog.windowTitle() == "Something went wrong"
    assert "Everything you saved before is safe" in dialog.text()
    assert str(log_home) in dialog.informativeText()
    assert dialog.open_folder is not None
    assert dialog.detailedText() == ""  # the details are in the log file
    log = log_home.read_text(encoding="utf-8")
    assert "CRITICAL jobfollowup: Unexpected error" in log and "the slot broke" in log


def test_the_crash_dialog_speaks_the_interface_language(qtbot, tmp_path):
    set_language("fr")
    dialog = crash.CrashDialog("Traceback…", tmp_path / "jobfollowup.log")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Un problème est survenu"
    assert f"{tmp_path / 'jobfollowup.log'}" in dialog.informativeText()
    assert dialog.open_folder.text() == "Ouvrir le dossier du journal"


def test_without_a_log_file_the_dialog_shows_the_details(qtbot):
    dialog = crash.CrashDialog("Traceback: ValueError", None)
    qtbot.addWidget(dialog)
    assert "could not be written" in dialog.informativeText()
    assert dialog.detailedText() == "Traceback: ValueError"
    assert dialog.open_folder is None


def test_one_dialog_at_a_time_when_errors_repeat(qtbot, log_home, monkeypatch):
    handler = crash.CrashHandler(log_home)
    opened = []

    def exec_while_failing_again(dialog) -> None:
        opened.append(dialog)
        handler(ValueError, ValueError("again"), None)  # a repaint failing again

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_while_failing_again)
    handler(ValueError, ValueError("first"), None)
    assert len(opened) == 1


def test_without_a_dialog_the_details_go_to_stderr_and_the_log(log_home, capsys):
    logs.start_logging()
    crash.CrashHandler(log_home, show_dialog=False)(KeyError, KeyError("lost"), None)
    assert "KeyError: 'lost'" in capsys.readouterr().err
    assert "KeyError: 'lost'" in log_home.read_text(encoding="utf-8")


def test_an_error_before_the_log_started_starts_it_and_is_written_there(log_home, qtbot,
                                                                         monkeypatch):
    """The log starts after the window's first paint; an error before that starts it, so
    the dialog can still name the file that holds the details."""
    handler = crash.CrashHandler(start_log=lambda: logs.start_logging("GUI"))
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dialog: shown.append(dialog))
    assert not log_home.exists()
    handler(KeyError, KeyError("early"), None)
    assert handler.log_path == log_home
    assert "KeyError: 'early'" in log_home.read_text(encoding="utf-8")
    assert str(log_home) in shown[0].informativeText()
    handler.start_log()  # the app's own call, later: the same log goes on
    assert handler.log_path == log_home
