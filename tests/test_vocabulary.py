"""The vocabulary has one home (jobfollowup.rules.kinds): code names a follow-up's state,
an application's status and level, a contact's role and who wrote in an exchange by its
member (State.DONE, Status.OFFER, Role.REFERENCE), never by the bare string, so each is
found, renamed and checked in one place; the data file accepts only these codes."""

from __future__ import annotations

import ast
from pathlib import Path

from jobfollowup.rules.kinds import Direction, Level, Role, State, Status

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


def test_no_contact_role_is_written_as_a_bare_string():
    # "reference" is also the name of a table and of a form's field
    roles = {role.value for role in Role} - {"reference"}
    assert bare_literals(roles) == []


def test_no_position_level_is_written_as_a_bare_string():
    assert bare_literals({level.value for level in Level}) == []


def test_the_states_are_the_ones_stored():
    assert [state.value for state in State] == ["planned", "done", "skipped"]
    assert [status.value for status in Status] == [
        "applied", "interviewing", "offer", "accepted", "declined", "rejected", "withdrawn"]

    assert [role.value for role in Role] == [
        "interviewer", "hiring-manager", "recruiter", "reference", "network"]
    assert [level.value for level in Level] == ["junior", "mid", "senior", "executive"]
    assert [direction.value for direction in Direction] == ["out", "in"]
