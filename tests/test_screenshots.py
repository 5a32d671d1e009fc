"""packaging/screenshots.py keeps the README's pictures reproducible: it must keep running
as the views change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


def test_the_screenshot_script_grabs_every_view_and_both_dialogs(qapp, tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--out", str(tmp_path),
         "--language", "nb", "--size", "1024x640", "--all"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    for view in ("today", "calendar", "contacts", "applications"):
        image = QImage(str(tmp_path / f"{view}-nb-1024.png"))
        assert (image.width(), image.height()) == (1024, 640)
    for dialog in ("draft", "print", "preferences-mail", "today-mail"):
        assert not QImage(str(tmp_path / f"{dialog}-nb-1024.png")).isNull()
