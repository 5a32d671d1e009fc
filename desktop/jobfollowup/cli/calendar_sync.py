"""`calendar-sync set|test|remove` and `sync-calendar`: the CalDAV sync from the command
line, for scripts and support, on the services the window uses. The password is read from
standard input (never an argument, which other users could see) and kept in the keyring
(`keyring`'s own configuration, such as PYTHON_KEYRING_BACKEND, is respected)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys

from jobfollowup.cli.parsing import EXIT_OK, EXIT_USAGE, PROG, Parser, add_data_dir
from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import format_date
from jobfollowup.services.errors import ValidationError


def add_calendar_commands(command) -> None:
    """`command(name, help)` makes a sub-command with the shared options."""
    setup = command("calendar-sync", _("set up, test or remove the CalDAV calendar the "
                                       "follow-ups are synced with"))
    actions = setup.add_subparsers(dest="sync_action", parser_class=Parser, required=True)
    set_up = actions.add_parser("set", help=_("sync with this server (the password is read "
                                              "from standard input)"))
    set_up.add_argument("url", metavar="URL")
    set_up.add_argument("--user", required=True, metavar="NAME")
    set_up.add_argument("--calendar", metavar="NAME",
                        help=_("the calendar to use (made if missing; default: "
                               "“{name}”)").format(name=_("Job follow-ups")))
    set_up.add_argument("--reminder", metavar="HH:MM", default="09:00",
                        help=_("the time of the reminder on the day (default: 09:00)"))
    set_up.add_argument("--sent", choices=("mark", "remove"), default="mark",
                        help=_("what becomes of a sent follow-up's event"))
    tester = actions.add_parser("test", help=_("log in and list the calendars"))
    remover = actions.add_parser("remove", help=_("stop syncing and forget the password"))
    for action in (set_up, tester, remover):  # accepted after the action too
        add_data_dir(action, argparse.SUPPRESS)
        action.add_argument("--format", choices=("json", "text"), default=argparse.SUPPRESS,
                            help=_("output format"))
    command("sync-calendar", _("run one two-way sync with the calendar and say what it "
                               "did"))


def _read_password() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("Password: "))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _minutes(text: str) -> int:
    try:
        hour, minute = (int(part) for part in text.split(":"))
        dt.time(hour, minute)
    except ValueError:
        raise ValidationError(_("“{value}” is not a time of the day (HH:MM).").format(
            value=text), "--reminder") from None
    return hour * 60 + minute


def run_calendar_sync(args: argparse.Namespace) -> int:
    from jobfollowup.services.calendar_sync import account
    from jobfollowup.services.data import opened_data

    with opened_data(args.data_dir):
        if args.sync_action == "set":
            minutes = _minutes(args.reminder)
            secret = _read_password()
            if not secret:
                raise ValidationError(_("Type your password on standard input."), "password")
            saved = account.save_account(args.url, args.user, secret, "",
                                         args.calendar or account.default_calendar(),
                                         minutes, args.sent)
            _say(args, {"server": saved.server_url, "user": saved.user_name,
                        "calendar": saved.calendar_name},
                 _("Syncing with {calendar} on {server} as {user}.").format(
                     calendar=saved.calendar_name, server=saved.server_url,
                     user=saved.user_name))
            return EXIT_OK
        if args.sync_action == "remove":
            removed = account.remove_account()
            _say(args, {"removed": removed}, _("The calendar is no longer synced.") if removed
                 else _("No calendar was set up."))
            return EXIT_OK
        return _test(args, account)


def _test(args: argparse.Namespace, account) -> int:
    from jobfollowup.services.calendar_sync.client import SyncError, check_connection

    setup = account.account()
    if setup is None:
        raise ValidationError(_("No calendar is set up for syncing."), "account")
    secret = account.password(setup.server_url, setup.user_name)
    if secret is None:
        raise ValidationError(_("No password is kept for {user} on {server}.").format(
            user=setup.user_name, server=setup.server_url), "password")
    try:
        found = check_connection(setup.server_url, setup.user_name, secret)
    except SyncError as error:
        return _failed(str(error))
    names = [calendar.name for calendar in found]
    _say(args, {"server": setup.server_url, "calendars": names},
         ngettext("Connected: {n} calendar found.", "Connected: {n} calendars found.",
                  len(names)).format(n=len(names)) + ("\n" + "\n".join(names) if names
                                                       else ""))
    return EXIT_OK


def _say(args: argparse.Namespace, data: dict, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.format == "json" else text)


def _failed(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_sync_calendar(args: argparse.Namespace) -> int:
    """One two-way sync; the moves made elsewhere are applied (with the rules' verdict)."""
    from jobfollowup.services.calendar_sync import engine, incoming
    from jobfollowup.services.calendar_sync.client import SyncError
    from jobfollowup.services.data import opened_data
    from jobfollowup.services.planning.follow_ups import get_follow_up

    today = dt.date.today()
    with opened_data(args.data_dir):
        try:
            report = engine.sync_once()
        except SyncError as error:
            return _failed(str(error))
        applied = [move for move in (incoming.apply_move(follow_up_id, today)
                                     for follow_up_id in incoming.waiting_moves()) if move]
        rows = {n.row.id: n for n in incoming.notices(today)}
        summaries = {i: _summary(get_follow_up(i)) for i in {
            *(m.follow_up_id for m in applied), *report.deleted_elsewhere, *rows}}
    conflicts = [n for n in rows.values() if n.kind == "conflict"]
    if args.format == "json":
        print(json.dumps(_as_json(report, applied, conflicts, summaries), ensure_ascii=False,
                         indent=2))
    else:
        _print_text(report, applied, conflicts, summaries)
    return EXIT_OK


def _summary(row) -> str:
    """The follow-up as a whole sentence ("Check in with Kari Nordmann")."""
    return row.kind.task(row.contact_name)


def _as_json(report, applied, conflicts, summaries) -> dict:
    language = current_language()
    return {
        "pushed": {"created": report.created, "updated": report.updated,
                   "removed": report.removed},
        "pulled": [{
            "follow_up": move.follow_up_id, "summary": summaries[move.follow_up_id],
            "from": move.previous_day.isoformat(), "to": move.day.isoformat(),
            "allowed": move.verdict.allowed if move.verdict else None,
            "violations": [{"rule": r.rule, "text": r.text(language)}
                           for r in (move.verdict.violations if move.verdict else ())],
            "nearest_allowed": move.verdict.nearest_allowed.isoformat()
            if move.verdict and not move.verdict.allowed and move.verdict.nearest_allowed
            else None} for move in applied],
        "deleted_elsewhere": [{"follow_up": i, "summary": summaries[i]}
                              for i in report.deleted_elsewhere],
        "conflicts": [{"follow_up": n.row.id, "summary": summaries[n.row.id],
                       "here": n.day_here.isoformat() if n.day_here else None,
                       "elsewhere": n.day_elsewhere.isoformat()} for n in conflicts],
        "waiting": report.waiting,
    }


def _print_text(report, applied, conflicts, summaries) -> None:
    language = current_language()

    def day(value: dt.date) -> str:
        return format_date(value, language)

    print(_("Sent to the calendar: {created} new, {updated} changed, {removed} removed.")
          .format(created=len(report.created), updated=len(report.updated),
                  removed=len(report.removed)))
    for move in applied:
        line = _("Moved elsewhere: {follow_up}, {before} → {after}").format(
            follow_up=summaries[move.follow_up_id], before=day(move.previous_day),
            after=day(move.day))
        if move.verdict is None:
            line += " — " + _("also moved here: which day to keep is asked in the app")
        elif move.verdict.allowed:
            line += " — " + _("allowed")
        else:
            line += " — " + " ".join(r.text(language) for r in move.verdict.violations)
            if move.verdict.nearest_allowed:
                line += " " + _("Nearest allowed day: {date}").format(
                    date=day(move.verdict.nearest_allowed))
        print(line)
    for follow_up_id in report.deleted_elsewhere:
        print(_("Deleted elsewhere: {follow_up} (still planned here; skip it in the app or "
                "keep it)").format(follow_up=summaries[follow_up_id]))
    for notice in conflicts:
        print(_("Conflict: {follow_up} is on {here} here and on {there} elsewhere").format(
            follow_up=summaries[notice.row.id], here=day(notice.day_here),
            there=day(notice.day_elsewhere)))
    if report.waiting:
        print(ngettext("{n} change still waits to be sent.",
                       "{n} changes still wait to be sent.", report.waiting).format(
            n=report.waiting))
