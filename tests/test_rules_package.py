"""The rules package hands out its names when first asked for (the start loads the
vocabulary alone): each name is the rule's function or class, whichever of its modules
was imported first, and loading the vocabulary loads no other rule."""

from __future__ import annotations

import subprocess
import sys
import types

import jobfollowup.rules as rules


def test_every_name_is_the_rules_own_not_a_module():
    for name in rules.__all__:
        assert not isinstance(getattr(rules, name), types.ModuleType), name
    assert callable(rules.judge) and rules.Kind.CHECK_IN.value == "check-in"


def test_the_vocabulary_loads_no_other_rule_and_each_module_first_leaves_names_whole():
    code = """
import sys, types
import jobfollowup.rules.kinds
assert sorted(m for m in sys.modules if m.startswith("jobfollowup.rules.")) == [
    "jobfollowup.rules.kinds"], sorted(sys.modules)
import jobfollowup.rules.judging, jobfollowup.rules.plans, jobfollowup.rules.reasons
import jobfollowup.rules as rules
assert not any(isinstance(getattr(rules, n), types.ModuleType) for n in rules.__all__)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
