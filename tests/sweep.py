"""The sweep of every view and dialog (`packaging/screenshots.py`, which is a script, not
a package's module), loaded from its file for the tests that walk it: nothing cut off at
1024×640 (test_screenshots) and every date in the right style (test_date_styles)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def screenshots_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots",
                                                  ROOT / "packaging" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
