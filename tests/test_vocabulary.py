"""The vocabulary has one home (jobfollowup.rules.kinds): code names a follow-up's state
and an application's status by its member (State.DONE, Status.OFFER), never by the bare
string, so each is found, renamed and checked in one place."""

from __future__ import annotations

import ast
from pathlib import Path

from jobfollowup.rules.kinds import State, Status

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "jobfollowup"
HOME = PACKAGE / "rules" / "kinds.py"
# The migrations keep the schema as it was written at each version, literals included.
FROZEN = PACKAGE / "storage" / "migrations.py"


GETTEXT = {"_", "N_", "pgettext", "ngettext"}  # their strings are words shown, not codes


def bare_literals(words: set[str]) -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in (HOME, FROZEN):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        shown = {id(argument) for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and getattr(node.func, "id", None) in GETTEXT
                 for argument in node.args}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and node.value in words
                    and id(node) not in shown):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value!r}")
    return found


def test_no_follow_up_state_is_written_as_a_bare_string():
    assert bare_literals({state.value for state in State}) == []


def test_no_application_status_is_written_as_a_bare_string():
    assert bare_literals({status.value for status in Status}) == []


def test_the_states_are_the_ones_stored():
    assert [state.value for state in State] == ["planned", "done", "skipped"]
    assert [status.value for status in Status] == [
        "applied", "interviewing", "offer", "accepted", "declined", "rejected", "withdrawn"]
