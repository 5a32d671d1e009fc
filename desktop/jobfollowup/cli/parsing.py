"""What the window's options and the sub-commands share: the parser that says a mistake in
one line, the data folder option, the exit codes. Its own module, so that the sub-commands
(`cli.commands`) and the start (`cli`) each import it and never each other."""

from __future__ import annotations

import argparse

from jobfollowup.i18n import _

PROG = "jobfollowup"
EXIT_OK, EXIT_NOT_ALLOWED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A malformed command line; argparse's message, said in one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse prints usage and exits; we want one line
        raise UsageError(message)


def add_data_dir(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help=_("folder of the database (default: $JOBFOLLOWUP_DATA_DIR, "
                               "then the platform's data folder)"))
