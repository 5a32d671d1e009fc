"""Every command the README names exists and takes the options it shows, and every
sub-command of `python -m jobfollowup --help` is in the README."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from jobfollowup.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_command_lines() -> list[list[str]]:
    """The arguments of each `python -m jobfollowup …` in the README, in code blocks or
    inline code; `[--dry-run]` is an option shown as optional, `# …` a comment."""
    found = []
    for match in re.finditer(r"python -m jobfollowup ([^`\n]*)", README):
        text = match.group(1).split("#")[0].replace("[", "").replace("]", "")
        found.append(shlex.split(text))
    return found


def test_every_command_line_in_the_readme_parses():
    lines = readme_command_lines()
    assert len(lines) >= 15
    parser = build_parser()
    for arguments in lines:
        parser.parse_args(arguments)  # raises UsageError naming what is wrong


def test_the_readme_names_every_sub_command_of_the_help():
    parser = build_parser()
    (commands,) = [action for action in parser._actions if action.choices and
                   action.dest == "command"]
    named = {arguments[0] for arguments in readme_command_lines()
             if arguments and not arguments[0].startswith("-")}
    assert set(commands.choices) == named


def test_the_readme_gives_exactly_the_two_set_up_commands_for_development():
    section = README.split("## Set up for development", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in section.splitlines() if line.startswith("    ")]
    assert commands == [
        "packaging/install-system-packages app && python3 -m venv .venv && "
        ".venv/bin/pip install -e . && .venv/bin/jobfollowup",
        "packaging/install-system-packages test && python3 -m venv .venv && "
        ".venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"]


def test_a_job_seeker_reads_how_to_install_before_the_tour_of_the_app():
    headings = re.findall(r"(?m)^## (.+)$", README)
    assert headings.index("Install") < headings.index("Your search in the app")
    assert headings.index("Install") == 0
