"""Keep the catalogs in step with the code.

    python -m jobfollowup.i18n.catalogs update   # re-extract messages.pot, update en/fr/it/nb
    python -m jobfollowup.i18n.catalogs check    # fail if the .pot or a catalog is stale

Run from anywhere inside a checkout; it works on the checkout's `translations/` folder.
New strings arrive untranslated in each `.po`: translate them (no fuzzy entries are used).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

from jobfollowup.i18n import DOMAIN, LANGUAGES

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / f"{DOMAIN}.pot"
EXTRACT_OPTIONS = [
    "--mapping-file", str(ROOT / "pyproject.toml"), "--no-location", "--sort-output",
    "--add-comments", "Translators:", "--keyword", "Nn_:1,2", "--project", "jobfollowup",
    "--copyright-holder", "Job Follow-up developers", "--msgid-bugs-address", "",
]


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(target: Path) -> Path:
    """Extract every marked string of the code into `target` (a .pot file)."""
    _pybabel("extract", *EXTRACT_OPTIONS, "--output-file", str(target),
             str(ROOT / "desktop"))
    return target


def update() -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    extract(POT)
    for language in LANGUAGES:
        po = TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.exists():
            _pybabel("update", "--input-file", str(POT), "--output-dir", str(TRANSLATIONS),
                     "--domain", DOMAIN, "--locale", language, "--no-fuzzy-matching",
                     "--ignore-obsolete", "--width=100")
        else:
            _pybabel("init", "--input-file", str(POT), "--output-dir", str(TRANSLATIONS),
                     "--domain", DOMAIN, "--locale", language, "--width=100")


def check() -> int:
    with tempfile.TemporaryDirectory() as folder:
        fresh = extract(Path(folder) / "fresh.pot")
        from babel.messages.pofile import read_po

        with fresh.open("rb") as a, POT.open("rb") as b:
            new, old = {m.id for m in read_po(a) if m.id}, {m.id for m in read_po(b) if m.id}
    if new != old:
        print(f"{POT} is stale: run `python -m jobfollowup.i18n.catalogs update`",
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:]) or ["update"]
    if command[0] == "update":
        update()
        return 0
    if command[0] == "check":
        return check()
    print("usage: python -m jobfollowup.i18n.catalogs [update|check]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
