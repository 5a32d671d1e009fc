"""The layers of docs/design.md §2 and §3 hold: each imports only from the ones below it,
the sub-packages of the UI and of the services included."""

from __future__ import annotations

import ast
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
    # layers; pure i18n/rules/notes; Qt-free storage/services; a UI without SQL; the
    # layers inside the UI and inside the services
    assert (kept, broken) == (6, 0)


def _imports(path: Path, module: str, modules: set[str]) -> set[str]:
    """The project's modules `module` imports, inside functions too (those run as well),
    leaving out what only a type checker reads."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(node) for block in ast.walk(tree)
                   if isinstance(block, ast.If) and getattr(block.test, "id", "") == "TYPE_CHECKING"
                   for node in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.add(name if name in modules else node.module)
    return found & modules


def test_no_module_imports_itself_round_a_cycle():
    package = ROOT / "desktop"
    paths = {".".join(p.relative_to(package).with_suffix("").parts).removesuffix(".__init__"): p
             for p in (package / "jobfollowup").rglob("*.py")}
    graph = {module: _imports(path, module, set(paths)) for module, path in paths.items()}
    cycles = []
    for start in graph:  # every path back to where it started, found by walking
        seen, todo = set(), [(start, (start,))]
        while todo:
            module, route = todo.pop()
            for imported in graph[module]:
                if imported == start:
                    cycles.append(" → ".join((*route, start)))
                elif imported not in seen:
                    seen.add(imported)
                    todo.append((imported, (*route, imported)))
    assert cycles == []
