"""Every view and dialog at 1024×640 in English, French, Italian and Norwegian, with
nothing cut off (tests/cut_off.py says what that means), and packaging/screenshots.py,
which photographs the same list for the README and for a person to look at, still runs.

Set JOBFOLLOWUP_SHOTS to a folder to keep each picture the sweep takes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cut_off import findings
from sweep import screenshots_module

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 12, 17)




@pytest.fixture
def speaking(qapp):
    """Speak a language as the app does at its start (Qt's own texts too); English after."""
    from jobfollowup.ui.shell.app import apply_interface_language

    yield lambda language: apply_interface_language(qapp, language)
    apply_interface_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fr", "it", "nb"])
def test_every_view_and_dialog_fits_1024_by_640(qtbot, data_dir, speaking, language):
    shots = screenshots_module()
    shots.seed_sample(TODAY, language)
    speaking(language)
    window = shots.open_window(TODAY, 1024, 640)
    qtbot.addWidget(window)
    keep = os.environ.get("JOBFOLLOWUP_SHOTS")
    seen, problems = [], []
    for name, widget in shots.sweep(window, TODAY):
        seen.append(name)
        problems += [f"{name}: {found}" for found in findings(widget)]
        if keep:
            widget.grab().save(str(Path(keep) / f"{name}-{language}-1024.png"))
    assert {"today", "calendar-week", "contacts", "applications-timeline", "review", "draft",
            "rule", "new-contact", "preferences", "set-up", "help"} <= set(seen)
    assert problems == [], "\n".join(problems)


def test_the_screenshot_script_grabs_every_view_and_dialog(qapp, tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--out", str(tmp_path),
         "--language", "nb", "--size", "1024x640", "--all"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    for view in ("today", "calendar", "contacts", "applications", "review"):
        image = QImage(str(tmp_path / f"{view}-nb-1024.png"))
        assert (image.width(), image.height()) == (1024, 640)
    for dialog in ("draft", "print", "preferences", "set-up", "planned", "preferences-mail",
                   "today-mail"):
        assert not QImage(str(tmp_path / f"{dialog}-nb-1024.png")).isNull()
