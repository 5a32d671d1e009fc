"""Screenshots of the app on the sample job search, for the README and for looking at every
view in every language and size before a release.

    python packaging/screenshots.py                      # the README's: en, 1280×800
    python packaging/screenshots.py --out /tmp/shots --language fr --size 1024x640 --all
    python packaging/screenshots.py --out /tmp/shots --scheme dark --all   # the dark scheme
    QT_SCALE_FACTOR=2 python packaging/screenshots.py --out /tmp/shots --all  # at 200 %

The sample is seeded into a temporary folder as of `--today` (a fixed day, so the pictures
change only when the app does); nothing touches your own data. Runs offscreen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_SHOTS = {"main-window": 0, "calendar": 1, "contacts": 2, "applications": 3}
VIEWS = ("today", "calendar", "contacts", "applications")
LOCALES = {"en": "en_GB.UTF-8", "fr": "fr_FR.UTF-8", "it": "it_IT.UTF-8", "nb": "nb_NO.UTF-8"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "fr", "it", "nb"))
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--today", default="2026-12-17", type=dt.date.fromisoformat)
    parser.add_argument("--scheme", default="light", choices=("light", "dark"),
                        help="the colour scheme (named in the files when dark)")
    parser.add_argument("--all", action="store_true",
                        help="every view, a draft and the print dialog, named "
                             "VIEW-LANGUAGE-WIDTH.png (else the README's four)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A user of that language in its country: the calendar names that country's holidays.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(variable, None)
    os.environ["LANG"] = LOCALES[args.language]
    sys.path.insert(0, str(ROOT / "desktop"))

    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.demo.sample import load_small_demo
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.app import application, apply_interface_language
    from jobfollowup.ui.shell.main_window import MainWindow
    from jobfollowup.ui.widgets.colours import apply_scheme

    app = application()
    apply_scheme(app, args.scheme)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        open_data(Path(folder))
        try:
            load_small_demo(args.today)
            apply_interface_language(app, args.language)
            window = MainWindow(Operations(), today=lambda: args.today)
            window.resize(width, height)
            window.show()
            if args.all:
                suffix = f"-{args.language}-{width}" + ("-dark" if args.scheme == "dark" else "")
                for row, view in enumerate(VIEWS):
                    save(app, window, row, args.out / f"{view}{suffix}.png")
                for name, dialog in dialogs(window, args.today):
                    dialog.show()
                    settle(app)
                    dialog.grab().save(str(args.out / f"{name}{suffix}.png"))
                    dialog.close()
            else:
                for name, row in README_SHOTS.items():
                    save(app, window, row, args.out / f"{name}.png")
            window.close()
        finally:
            close_data()
    print(f"screenshots written to {args.out}")
    return 0


def settle(app) -> None:
    for _round in range(3):  # layouts that wrap text settle in a couple of passes
        app.processEvents()


def save(app, window, row: int, path: Path) -> None:
    window.show_view(row)
    settle(app)
    stage(window, row)
    settle(app)
    window.grab().save(str(path))


def stage(window, row: int) -> None:
    """A record open beside each list, as someone at work with the app would have it:
    a French contact; the applications as a pipeline with Equinor's references."""
    from PySide6.QtCore import Qt

    if row == 2:
        tree = window.contacts.tree
        found = tree.findItems("Claire Dubois", Qt.MatchFlag.MatchExactly, 0)
    elif row == 3:
        view = window.applications
        view.group.setChecked(True)
        tree = view.tree
        found = tree.findItems("Equinor", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
                               0)
    else:
        return
    if found:
        tree.setCurrentItem(found[0])
    if row == 3:
        view.tabs.setCurrentWidget(view.references)


def dialogs(window, today: dt.date):
    """The draft editor of the first thank-you due, then the dialog of File → Print
    handwritten notes…"""
    from jobfollowup.ui.dialogs.draft_editor import open_draft_dialog
    from jobfollowup.ui.dialogs.printing import PrintNotesDialog

    view = window.stack.widget(0)
    rows = [view.model.row_at(index) for index in view.model.follow_up_indexes()]
    chosen = next((row for row in rows if row.kind.startswith("thank-you")), rows[0])
    yield "draft", open_draft_dialog(window, window.operations, chosen.id)
    yield "print", PrintNotesDialog(window.operations, window, today=lambda: today)


if __name__ == "__main__":
    sys.exit(main())
