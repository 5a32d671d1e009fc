"""The command line beside the GUI: `jobfollowup` alone opens the window, and `jobfollowup
LINK` (as the desktop runs it for a calendar event's link) opens it on that follow-up; the
sub-commands (`plan`, `check`, `list`, `show`, `draft`, `backup`, exports, imports and the
`print-…` commands writing PDF files, in `cli.commands`) serve scripting, tests and
support on the same services.

Bad input never shows a traceback: one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from jobfollowup import LINK_SCHEME, __version__
from jobfollowup.cli.parsing import EXIT_USAGE, PROG, Parser, UsageError, add_data_dir
from jobfollowup.i18n import LANGUAGES, _, set_interface_language, system_language


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_data_dir(parser, None)
    parser.add_argument("--language", choices=LANGUAGES, help=_("language of the output"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=_("open the main window on the real database, then quit"))
    parser.add_argument("--minimised", action="store_true",
                        help=_("start in the tray (as at login), or minimised without one"))


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and every sub-command."""
    from jobfollowup.cli.commands import add_commands

    parser = Parser(prog=PROG, description=_("Plans, drafts and tracks the follow-ups of "
                                              "a job search. Without a command: the app."))
    _add_window_options(parser)
    add_commands(parser)
    return parser


def _window_arguments(args_list: list[str]) -> argparse.Namespace | None:
    """The options of a start of the window, read without loading the sub-commands (and the
    rules and storage they name); None when `args_list` holds anything else (a command,
    help, a mistake), which the whole parser reads and words."""
    parser = Parser(prog=PROG, add_help=False)
    _add_window_options(parser)
    try:
        args, rest = parser.parse_known_args(args_list)
    except UsageError:
        return None
    args.link = None
    if len(rest) == 1 and rest[0].strip().lower().startswith(f"{LINK_SCHEME}:"):
        args.link = rest.pop()  # checked by the window, which says what is wrong with it
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        window = _window_arguments(args_list)
        if window is not None:
            return _open_window(window)
        from jobfollowup.cli.commands import COMMANDS

        args = build_parser().parse_args(args_list)
        if args.command is None:  # window options the quick reading did not take
            return _open_window(args)
        from jobfollowup.services.data import stated_home_country

        set_interface_language(args.language or system_language(), stated_home_country())
        code = COMMANDS[args.command](args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader that stopped is met here, not in Python's exit
        return code
    except UsageError as error:
        return _fail(str(error))
    except BrokenPipeError:  # `list | head -3`: the reader has what it wanted
        return _stop_writing()
    except Exception as error:
        message = _problem(error)
        if message is None:
            raise
        return _fail(message)


def _open_window(args: argparse.Namespace) -> int:
    from jobfollowup.storage.early import resolve_data_dir

    set_interface_language(args.language or system_language())
    directory = resolve_data_dir(args.data_dir)
    from jobfollowup.ui.shell.app import run_gui

    return run_gui(data_dir=directory, smoke_test=args.smoke_test,
                   language=args.language, minimised=args.minimised,
                   link=getattr(args, "link", None))


def _problem(error: Exception) -> str | None:
    """What to tell the user of an error they can act on (bad input, a file that is not
    ours, another program's lock, a full disk, a folder that cannot be written); None for a
    bug, whose traceback is wanted."""
    from jobfollowup.services.errors import STORAGE_ERRORS, ValidationError, named_cause
    from jobfollowup.storage.early import DataFileError
    from jobfollowup.storage.failures import os_cause

    if isinstance(error, (ValidationError, DataFileError)):
        return str(error)
    if isinstance(error, STORAGE_ERRORS):  # met working: a lock, a full disk, a damaged page
        return named_cause(error) or _("Your data could not be read or saved: {problem}"
                                       ).format(problem=error)
    if isinstance(error, OSError):  # a folder that cannot be written, a file that vanished
        if error.filename is None:
            return os_cause(error)
        return _("{path}: {problem}").format(path=error.filename, problem=os_cause(error))
    return None


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _stop_writing() -> int:
    """The program reading our output has closed it: not an error for a listing. Standard
    output is pointed at nothing, so that Python's last flush at exit does not fail again."""
    import os

    with contextlib.suppress(OSError, ValueError):  # a captured stdout has no descriptor
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
