"""What the frozen bundle holds and how each platform names it, in one place for the
PyInstaller spec, the Linux build, and the tests that check the Windows and macOS recipes
(which cannot be built here) against the bundle built on Linux."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from jobfollowup import APP_ID, APP_NAME, __version__  # noqa: E402
from jobfollowup.i18n import LANGUAGES  # noqa: E402

BUNDLE_NAME = "jobfollowup"  # dist/jobfollowup/, and the executable inside it
MAC_APP_NAME = f"{APP_NAME}.app"
QT_TRANSLATIONS = ("qtbase_fr.qm", "qtbase_it.qm")  # PySide6 ships no qtbase_nb
# Babel's locale data for our languages (and their regional variants and parents) only.
BABEL_LOCALES = re.compile(r"^(root|en|fr|it|nb|no)(_\w+)?\.dat$")


def info_plist() -> dict:
    """macOS Info.plist entries for `Job Follow-up.app` (PyInstaller fills in the rest)."""
    return {
        "CFBundleIdentifier": APP_ID,
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleExecutable": BUNDLE_NAME,
        "CFBundleIconFile": "jobfollowup.icns",
        "CFBundleShortVersionString": __version__,
        "CFBundleVersion": __version__,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(LANGUAGES),
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "© 2026 Job Follow-up developers, GPL-3.0-or-later",
    }
