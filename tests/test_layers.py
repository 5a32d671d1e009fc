"""The layers of docs/design.md §2 hold: each imports only from the ones below it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_import_contracts_are_kept():
    result = subprocess.run([str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"),
                             "--no-cache"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    summary = re.search(r"Contracts: (\d+) kept, (\d+) broken", result.stdout)
    assert result.returncode == 0 and summary, result.stdout + result.stderr
    kept, broken = map(int, summary.groups())
    # layers; pure i18n/rules/notes; Qt-free storage/services; a UI without SQL
    assert (kept, broken) == (4, 0)
