"""The sub-commands of the command line (`plan`, `check`, `list`, `show`, `draft`,
`proofread`, exports, imports, `print-…`, `backup`, `demo`): their arguments and what each
runs.
Loaded only when a command is given: the window opens without them."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from jobfollowup.cli.calendar_sync import (
    add_calendar_commands,
    run_calendar_sync,
    run_sync_calendar,
)
from jobfollowup.cli.parsing import EXIT_NOT_ALLOWED, EXIT_OK, Parser, add_data_dir
from jobfollowup.i18n import LANGUAGES, _, labelled, ngettext, system_language
from jobfollowup.i18n.formatting import WEEKDAY, format_date
from jobfollowup.rules import Channel, Kind
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.print_options import ENVELOPE_KEYS, LAYOUT_KEYS
from jobfollowup.services.parsing import parse_choice, parse_date, parse_datetime


def add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        # Accepted after the command name too; SUPPRESS keeps the one given before it.
        add_data_dir(sub, argparse.SUPPRESS)
        sub.add_argument("--language", choices=LANGUAGES, default=argparse.SUPPRESS,
                         help=_("language of the output"))
        sub.add_argument("--format", choices=("json", "text"), default="text",
                         help=_("output format"))
        return sub

    plan = command("plan", _("plan the follow-ups of an interview"))
    plan.add_argument("--interview", required=True, metavar="YYYY-MM-DDTHH:MM")
    plan.add_argument("--country", required=True, metavar="CC")
    plan.add_argument("--subdivision", metavar="XX")
    plan.add_argument("--reply-by", metavar="YYYY-MM-DD")
    plan.add_argument("--channel", metavar="|".join(c.value for c in Channel))
    plan.add_argument("--transit-days", metavar="N", default="2")

    check = command("check", _("check whether a follow-up may go out on a day"))
    check.add_argument("--kind", required=True, metavar="|".join(k.value for k in Kind))
    check.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    check.add_argument("--country", required=True, metavar="CC")
    check.add_argument("--subdivision", metavar="XX")
    check.add_argument("--reply-by", metavar="YYYY-MM-DD")
    check.add_argument("--interview", metavar="YYYY-MM-DD")

    listing = command("list", _("list the stored follow-ups"))
    listing.add_argument("--kind", metavar="KIND")
    listing.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="last", metavar="YYYY-MM-DD")

    show = command("show", _("show the follow-up a calendar event's link opens "
                             "(jobfollowup://follow-up/…)"))
    show.add_argument("link", metavar="LINK")

    demo = command("demo", _("fill an empty database with a sample job search"))
    demo.add_argument("--size", choices=("small", "large"), default="small",
                      help=_("small: fifteen applications to try the app; large: five years "
                             "of data for benchmarks"))
    demo.add_argument("--today", metavar="YYYY-MM-DD",
                      help=_("the day the sample search is seen from (default: today)"))
    demo.add_argument("--seed", type=int, default=2026, metavar="N",
                      help=_("for the large data set: the same seed always gives the same "
                             "data (default: 2026)"))

    draft = command("draft", _("print the note a follow-up would send"))
    draft.add_argument("--kind", required=True, metavar="|".join(k.value for k in Kind))
    draft.add_argument("--outcome", choices=("landed", "not-landed"), default="landed",
                       help=_("for reference-outcome: the news to tell"))
    draft.add_argument("--name", required=True)
    draft.add_argument("--form-of-address", default="", metavar="TITLE")
    draft.add_argument("--first-name-terms", action="store_true")
    draft.add_argument("--company", default="")
    draft.add_argument("--position", default="")
    draft.add_argument("--interview", metavar="YYYY-MM-DDTHH:MM")
    draft.add_argument("--highlight", default="")
    draft.add_argument("--surprise", default="")
    draft.add_argument("--value", default="", help=_("what resonated with your values"))
    draft.add_argument("--personal-detail", default="")
    draft.add_argument("--sender", default="")

    proofread = command("proofread", _("proofread a note as the draft editor does: exit "
                                       "status 1 when something is found"))
    proofread.add_argument("input", nargs="?", metavar="FILE",
                           help=_("the note to check (default: standard input)"))
    proofread.add_argument("--name", required=True, help=_("the contact's name"))
    proofread.add_argument("--signed-by", metavar="NAME",
                           help=_("your name as you sign: the note must end with it"))
    proofread.add_argument("--subject", metavar="TEXT",
                           help=_("the email's subject line, checked too (a first line "
                                  "“Subject: …” as `draft` prints it is read as one)"))

    layouts = "|".join(LAYOUT_KEYS)
    note = command("print-note", _("print a follow-up's handwritten note to a PDF file"))
    note.add_argument("--follow-up", required=True, type=int, metavar="ID")
    notes = command("print-notes", _("print every handwritten note due in a range to a PDF "
                                     "file, one card per page in mailing order"))
    notes.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    notes.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    for sub in (note, notes):
        sub.add_argument("--layout", choices=LAYOUT_KEYS, default="a6", metavar=layouts)
        sub.add_argument("--folded", action="store_true",
                         help=_("text on the inside half of a card folded in two"))
        sub.add_argument("--envelope", choices=ENVELOPE_KEYS, default="none",
                         help=_("where to print the address"))
        sub.add_argument("--pdf", required=True, metavar="OUT.pdf")
    week = command("print-week", _("print the week-ahead sheet to a PDF file"))
    week.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                      help=_("first day of the week (default: today)"))
    week.add_argument("--pdf", required=True, metavar="OUT.pdf")
    log = command("print-log", _("print the applications log to a PDF file"))
    log.add_argument("--pdf", required=True, metavar="OUT.pdf")
    backup = command("backup", _("copy the database into its backups folder now"))
    backup.add_argument("--keep-daily", metavar="N", type=int,
                        help=_("from now on keep the automatic backups of the last N days"))
    backup.add_argument("--keep-weekly", metavar="N", type=int,
                        help=_("and, before those, one a week for N weeks"))
    for name, help_text in (
            ("export-ics", _("write the planned follow-ups to an iCalendar (.ics) file")),
            ("export-json", _("write everything to a JSON file, to move to another computer")),
            ("export-contacts", _("write the contacts to a CSV file")),
            ("export-applications", _("write the applications to a CSV file"))):
        command(name, help_text).add_argument("output", metavar="FILE")
    _add_mail_commands(command)
    for name, help_text in (
            ("import-json", _("add everything from a JSON export (nothing if a record is "
                              "wrong)")),
            ("import-contacts", _("add contacts from a CSV (Google, Outlook, ours) or vCard "
                                  "file")),
            ("import-linkedin", _("add the connections and job applications of LinkedIn's "
                                  "archive (the .zip of “Get a copy of your data”)"))):
        sub = command(name, help_text)
        sub.add_argument("input", metavar="ARCHIVE.zip" if name == "import-linkedin"
                         else "FILE")
        sub.add_argument("--dry-run", action="store_true",
                         help=_("only say what would be imported"))
    add_calendar_commands(command)


def _add_mail_commands(command) -> None:
    account = command("mail-account", _("set up, test or remove the mail account whose "
                                        "replies and sent notes the app notices"))
    account.add_argument("action", choices=("set", "test", "remove"))
    account.add_argument("--server", metavar="HOST")
    account.add_argument("--port", metavar="N")
    account.add_argument("--security", choices=("tls", "starttls", "plain"), default="tls",
                         help=_("plain only for a server on this computer"))
    account.add_argument("--user", metavar="NAME")
    account.add_argument("--auto-accept", choices=("yes", "no"),
                         help=_("log replies and sent notes without asking"))
    check_mail = command("check-mail", _("check the mailbox once and list what it "
                                         "suggests (the password read from the keyring)"))
    check_mail.add_argument("--accept", action="store_true",
                            help=_("accept every suggestion: log the replies, mark the "
                                   "notes sent"))


def _optional_date(text: str | None, field: str):
    return parse_date(text, field) if text else None


def _reasons_json(reasons, language: str) -> list[dict[str, str]]:
    return [{"rule": r.rule, "text": r.text(language)} for r in reasons]


def _run_plan(args: argparse.Namespace) -> int:
    from jobfollowup.services.planning.from_facts import preview_interview_plan

    language = args.language or system_language()
    try:
        transit = int(args.transit_days)
    except ValueError:
        raise ValidationError(_("“{value}” is not a number of days.").format(
            value=args.transit_days), "transit_days") from None
    plan = preview_interview_plan(
        parse_datetime(args.interview, "--interview"), args.country, args.subdivision,
        _optional_date(args.reply_by, "--reply-by"),
        parse_choice(Channel, args.channel, "--channel") if args.channel else None, transit)
    if args.format == "json":
        print(json.dumps({"plan": [
            {"kind": p.kind.value, "channel": p.channel.value, "date": p.date.isoformat(),
             "deadline": p.deadline.isoformat() if p.deadline else None,
             "reasons": _reasons_json(p.reasons, language)} for p in plan
        ]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in plan:
        line = _("{date}: {kind} ({channel})").format(
            date=format_date(item.date, language, WEEKDAY), kind=item.kind.label,
            channel=item.channel.label)
        if item.deadline and item.deadline != item.date:
            line = _("{follow_up}, at the latest {date}").format(
                follow_up=line, date=format_date(item.deadline, language, WEEKDAY))
        print(line)
        for reason in item.reasons:
            print("    " + labelled(reason.rule, reason.text(language)))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from jobfollowup.services.planning.from_facts import check_date

    language = args.language or system_language()
    verdict = check_date(
        parse_choice(Kind, args.kind, "--kind"), parse_date(args.date, "--date"),
        args.country, args.subdivision,
        reply_by=_optional_date(args.reply_by, "--reply-by"),
        interview_day=_optional_date(args.interview, "--interview"),
    )
    nearest = verdict.nearest_allowed.isoformat() if verdict.nearest_allowed else None
    if args.format == "json":
        print(json.dumps({"allowed": verdict.allowed,
                          "violations": _reasons_json(verdict.violations, language),
                          "nearest_allowed": nearest}, ensure_ascii=False, indent=2))
    else:
        print(_("Allowed.") if verdict.allowed else _("Not allowed:"))
        for reason in verdict.violations:
            print("    " + labelled(reason.rule, reason.text(language)))
        if not verdict.allowed and verdict.nearest_allowed:
            print(_("Nearest allowed day: {date}").format(
                date=format_date(verdict.nearest_allowed, language, WEEKDAY)))
    return EXIT_OK if verdict.allowed else EXIT_NOT_ALLOWED


def _run_list(args: argparse.Namespace) -> int:
    from jobfollowup.services.data import opened_data
    from jobfollowup.services.planning.follow_ups import list_follow_ups

    kind = parse_choice(Kind, args.kind, "--kind") if args.kind else None
    first = _optional_date(args.first, "--from")
    last = _optional_date(args.last, "--to")
    with opened_data(args.data_dir):
        rows = list_follow_ups(first, last, kind)
    if args.format == "json":
        print(json.dumps({"follow_ups": [
            {"id": r.id, "kind": r.kind.value, "date": r.date.isoformat(),
             "contact": r.contact_name, "channel": r.channel.value, "state": r.state}
            for r in rows]}, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r.id}\t{r.date.isoformat()}\t{r.kind.value}\t{r.contact_name}\t"
                  f"{r.channel.value}\t{r.state}")
    return EXIT_OK


def _run_show(args: argparse.Namespace) -> int:
    from jobfollowup.services.links import follow_up_of, parse_link

    parse_link(args.link)  # a link that is not one is said before the data is opened
    row = _with_data(args, lambda: follow_up_of(args.link))
    if args.format == "json":
        print(json.dumps({"id": row.id, "kind": row.kind.value, "date": row.date.isoformat(),
                          "contact": row.contact_name, "channel": row.channel.value,
                          "state": row.state, "task": row.kind.task(row.contact_name)},
                         ensure_ascii=False, indent=2))
    else:
        print(f"{row.id}\t{row.date.isoformat()}\t{row.kind.value}\t{row.contact_name}\t"
              f"{row.channel.value}\t{row.state}")
    return EXIT_OK


def _run_draft(args: argparse.Namespace) -> int:
    from jobfollowup.notes.templates import NoteFacts
    from jobfollowup.services.planning.drafts import render_note

    kind = parse_choice(Kind, args.kind, "--kind")
    template_id = kind.value
    if kind is Kind.REFERENCE_OUTCOME:
        template_id = f"{kind.value}-{args.outcome}"
    if not args.name.strip():
        raise ValidationError(_("The {field} cannot be empty.").format(field="--name"), "name")
    interview = parse_datetime(args.interview, "--interview") if args.interview else None
    facts = NoteFacts(
        language=args.language or system_language(), name=args.name,
        form_of_address=args.form_of_address, first_name_terms=args.first_name_terms,
        company=args.company, position=args.position,
        interview_date=interview.date() if interview else None, highlight=args.highlight,
        surprise=args.surprise, resonated=args.value, personal_detail=args.personal_detail,
        sender=args.sender)
    note = render_note(template_id, facts)
    _warn_findings(note, template_id, facts)
    if args.format == "json":
        print(json.dumps({"subject": note.subject, "body": note.body}, ensure_ascii=False,
                         indent=2))
    else:
        from jobfollowup.cli.proofreading import subject_line

        print(f"{subject_line(note.subject)}\n\n{note.body}" if note.subject else note.body)
    return EXIT_OK


def _warn_findings(note, template_id: str, facts) -> None:
    """What the proofreader finds in a drafted note, on stderr: the draft still prints,
    but a script sending it is told, as the draft editor would tell a person."""
    from jobfollowup.cli.proofreading import finding_line
    from jobfollowup.notes.proofread import proofread

    points = (facts.highlight, facts.surprise, facts.resonated, facts.personal_detail)
    for finding in proofread(note.body, facts.name, template_id, points,
                             subject=note.subject, signer=facts.sender or None):
        print(_("Check before sending: {finding}").format(
            finding=finding_line(note.body, finding)), file=sys.stderr)


def _run_proofread(args: argparse.Namespace) -> int:
    from jobfollowup.cli.proofreading import (
        finding_line,
        findings_json,
        read_text,
        shifted,
        split_subject,
    )
    from jobfollowup.notes.proofread import proofread

    if not args.name.strip():
        raise ValidationError(_("The {field} cannot be empty.").format(field="--name"), "name")
    if args.signed_by is not None and not args.signed_by.strip():
        raise ValidationError(_("The {field} cannot be empty.").format(field="--signed-by"),
                              "signed_by")
    text = read_text(args.input)
    subject, body, offset = split_subject(text)
    if args.subject is not None:
        subject = args.subject
    findings = shifted(proofread(body, args.name, subject=subject, signer=args.signed_by),
                       offset)
    if args.format == "json":
        print(findings_json(text, findings))
    else:
        for finding in findings:
            print(finding_line(text, finding))
    return EXIT_NOT_ALLOWED if findings else EXIT_OK


def _printing(run):
    """Open the database and a headless Qt for the print commands, then close both."""
    def command(args: argparse.Namespace) -> int:
        from jobfollowup.printing.output import ensure_application
        from jobfollowup.services.data import opened_data

        ensure_application()
        with opened_data(args.data_dir):
            return run(args)
    return command


def _warn_missing_addresses(cards, envelope: str) -> None:
    if envelope == "none":
        return
    for name in dict.fromkeys(card.contact_name for card in cards if card.address is None):
        print(_("No postal address is stored for {name}: the card is printed without "
                "its address.").format(name=name), file=sys.stderr)


@_printing
def _run_print_note(args: argparse.Namespace) -> int:
    from jobfollowup.printing.layouts import PrintOptions
    from jobfollowup.printing.output import export_cards
    from jobfollowup.services.exchange.printouts import note_card

    cards = [note_card(args.follow_up)]
    _warn_missing_addresses(cards, args.envelope)
    export_cards(args.pdf, cards, PrintOptions(args.layout, args.folded, args.envelope))
    return EXIT_OK


@_printing
def _run_print_notes(args: argparse.Namespace) -> int:
    from jobfollowup.printing.layouts import PrintOptions
    from jobfollowup.printing.output import export_cards
    from jobfollowup.services.exchange.printouts import due_note_cards

    cards = due_note_cards(_optional_date(args.first, "--from"),
                           _optional_date(args.last, "--to"))
    _warn_missing_addresses(cards, args.envelope)
    export_cards(args.pdf, cards, PrintOptions(args.layout, args.folded, args.envelope))
    print(ngettext("{n} note printed.", "{n} notes printed.", len(cards)).format(n=len(cards)))
    return EXIT_OK


@_printing
def _run_print_week(args: argparse.Namespace) -> int:
    from jobfollowup.printing.output import export_week
    from jobfollowup.services.exchange.printouts import week_ahead

    first = _optional_date(args.first, "--from") or dt.date.today()
    export_week(args.pdf, week_ahead(first))
    return EXIT_OK


@_printing
def _run_print_log(args: argparse.Namespace) -> int:
    from jobfollowup.printing.output import export_log

    export_log(args.pdf, dt.date.today())
    return EXIT_OK


def _run_backup(args: argparse.Namespace) -> int:
    from jobfollowup.services.backups import back_up_now, keep_counts
    from jobfollowup.services.data import opened_data
    from jobfollowup.services.settings import save_backup_rotation

    with opened_data(args.data_dir):
        if args.keep_daily is not None or args.keep_weekly is not None:
            daily, weekly = keep_counts()
            save_backup_rotation(daily if args.keep_daily is None else args.keep_daily,
                                 weekly if args.keep_weekly is None else args.keep_weekly)
        path = back_up_now()
    if args.format == "json":
        print(json.dumps({"backup": str(path)}, ensure_ascii=False))
    else:
        print(_("Backed up to {path}").format(path=path))
    return EXIT_OK


def _with_data(args: argparse.Namespace, work):
    from jobfollowup.services.data import opened_data

    with opened_data(args.data_dir):
        return work()


def _run_export(args: argparse.Namespace) -> int:
    from jobfollowup.services.exchange import calendar_export
    from jobfollowup.services.exchange import contacts_files as contacts_exchange
    from jobfollowup.services.exchange import everything as full_exchange

    export = {"export-ics": calendar_export.export_ics,
              "export-json": lambda path: sum(full_exchange.export_json(path).values()),
              "export-contacts": contacts_exchange.export_contacts_csv,
              "export-applications": contacts_exchange.export_applications_csv}[args.command]
    count = _with_data(args, lambda: export(args.output))
    summary = sys.stderr if _is_stdout(args.output) else sys.stdout  # not into the export
    if args.format == "json":
        print(json.dumps({"file": args.output, "records": count}), file=summary)
    else:
        print(ngettext("{count} record written to {path}", "{count} records written to {path}",
                       count).format(count=count, path=args.output), file=summary)
    return EXIT_OK


def _is_stdout(path: str) -> bool:
    """True when `path` (`/dev/stdout`, `/dev/fd/1`) is where standard output goes."""
    import os

    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError):  # no such file yet; a captured stdout has no descriptor
        return False


def _report(rejected, duplicates) -> None:
    for duplicate in duplicates:
        print(_("line {line}: {name} is already stored as {existing}; left out").format(
            line=duplicate.line, name=duplicate.name, existing=duplicate.existing))
    for rejection in rejected:
        print(_("line {line}, {field}: {why}").format(
            line=rejection.line, field=rejection.field, why=rejection.why))


def _report_parts(parts) -> None:
    """Each line of an archive's files left out and why, named with its file."""
    for part in parts:
        for duplicate in part.duplicates:
            print(_("{file}, line {line}: {name} is already stored as {existing}; left out")
                  .format(file=part.name, line=duplicate.line, name=duplicate.name,
                          existing=duplicate.existing))
        for rejection in part.rejected:
            print(_("{file}, line {line}, {field}: {why}").format(
                file=part.name, line=rejection.line, field=rejection.field,
                why=rejection.why))


def _run_import(args: argparse.Namespace) -> int:
    from jobfollowup.services.exchange import contacts_files as contacts_exchange
    from jobfollowup.services.exchange import everything as full_exchange
    from jobfollowup.services.exchange import linkedin

    def work() -> int:
        if args.command == "import-json":
            preview = full_exchange.preview_json_import(args.input)
            count = sum(preview.new.values())
            _report(preview.rejected, preview.duplicates)
            if preview.rejected:
                raise ValidationError(ngettext(
                    "Nothing was imported: {count} record is wrong (listed above).",
                    "Nothing was imported: {count} records are wrong (listed above).",
                    len(preview.rejected)).format(count=len(preview.rejected)), "file")
            if not args.dry_run:
                full_exchange.import_json(preview)
        elif args.command == "import-linkedin":
            preview = linkedin.preview_linkedin_import(args.input)
            count = sum(len(part.new) for part in preview.parts)
            _report_parts(preview.parts)
            if not args.dry_run:
                linkedin.import_linkedin(preview)
        else:
            preview = contacts_exchange.preview_contacts_import(args.input)
            count = len(preview.new)
            _report(preview.rejected, preview.duplicates)
            for notice in preview.notices:
                print(_("line {line}: {name}: {why}").format(
                    line=notice.line, name=notice.name, why=notice.why))
            if not args.dry_run:
                contacts_exchange.import_contacts(preview)
        if args.dry_run:
            print(ngettext("{count} record would be imported.",
                           "{count} records would be imported.", count).format(count=count))
        else:
            print(ngettext("{count} record imported.", "{count} records imported.",
                           count).format(count=count))
        return EXIT_OK

    return _with_data(args, work)


def _run_demo(args: argparse.Namespace) -> int:
    import datetime as dt

    from jobfollowup.services.data import opened_data

    today = _optional_date(args.today, "--today") or dt.date.today()
    with opened_data(args.data_dir) as path:
        if args.size == "small":
            from jobfollowup.services.demo.sample import load_small_demo

            load_small_demo(today)
        else:
            from jobfollowup.services.demo.large import generate

            generate(today, seed=args.seed)
        from jobfollowup.services.records.contacts import search_contacts
        from jobfollowup.services.records.core import list_applications

        applications, contacts = len(list_applications()), len(search_contacts())
    if args.format == "json":
        print(json.dumps({"path": str(path), "applications": applications,
                          "contacts": contacts}, ensure_ascii=False, indent=2))
    else:
        print(_("Sample job search written to {path}: {applications} applications, "
                "{contacts} contacts.").format(path=path, applications=applications,
                                               contacts=contacts))
    return EXIT_OK


def _read_password() -> str:
    """The password from standard input: typed unseen at a terminal, else its first line
    (`pass show mail | jobfollowup mail-account set …`)."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(_("Password: "))
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


def _run_mail_account(args: argparse.Namespace) -> int:
    from jobfollowup.services.mail import account as mail_account
    from jobfollowup.services.mail.connection import try_connection

    def work() -> int:
        if args.action == "set":
            stored = mail_account.stored_account()
            account = mail_account.checked_account(
                args.server or (stored.server if stored else ""), args.port,
                args.security, args.user or (stored.user if stored else ""))
            auto = None if args.auto_accept is None else args.auto_accept == "yes"
            mail_account.save_account(account.server, account.port, account.security,
                                      account.user, _read_password() or None, auto)
            print(_("Mail account set up: {user} on {server}:{port} ({security}); the "
                    "password is in the keyring.").format(
                user=account.user, server=account.server, port=account.port,
                security=account.security))
        elif args.action == "remove":
            mail_account.remove_account()
            print(_("Mail account removed."))
        else:
            account = mail_account.stored_account()
            if account is None:
                raise ValidationError(_("No mail account is set up: set one up with "
                                        "“mail-account set”."), "server")
            report = try_connection(account, mail_account.read_password(account))
            found = {"inbox": report.folders.inbox, "sent": report.folders.sent,
                     "drafts": report.folders.drafts, "messages": report.messages,
                     "idle": report.idle}
            if args.format == "json":
                print(json.dumps(found, ensure_ascii=False))
            else:
                print(_("Connected to {server}: Inbox ({count} messages), sent mail in "
                        "“{sent}”, drafts to “{drafts}”.").format(
                    server=account.server, count=report.messages,
                    sent=report.folders.sent or "-", drafts=report.folders.drafts or "-"))
        return EXIT_OK

    return _with_data(args, work)


def _run_check_mail(args: argparse.Namespace) -> int:
    from jobfollowup.services.mail import suggestions

    def work() -> int:
        suggestions.check_mail(dt.date.today())
        found = []
        for suggestion in suggestions.pending():
            accepted = None
            if args.accept:
                accepted = suggestions.accept(suggestion.id)
            found.append((suggestion, accepted))
        if args.format == "json":
            print(json.dumps([_suggestion_json(s, a) for s, a in found], ensure_ascii=False,
                             indent=2))
        else:
            for suggestion, accepted in found:
                _print_suggestion(suggestion, accepted)
            if not found:
                print(_("Nothing new for your search in the mailbox."))
        return EXIT_OK

    return _with_data(args, work)


def _suggestion_json(suggestion, accepted) -> dict:
    from jobfollowup.services.mail.suggestions import describe

    return {
        "id": suggestion.id, "kind": suggestion.kind.value,
        "contact": suggestion.contact_name, "address": suggestion.address,
        "date": suggestion.day.isoformat(), "subject": suggestion.subject,
        "application": None if suggestion.application_id is None else {
            "id": suggestion.application_id, "company": suggestion.company,
            "position": suggestion.position},
        "follow_up": None if suggestion.follow_up_id is None else {
            "id": suggestion.follow_up_id, "kind": suggestion.follow_up_kind.value,
            "date": suggestion.follow_up_day.isoformat()},
        "accepting": describe(suggestion),
        "taken": accepted is not None,  # accepted by this run (--accept)
        "stopped": [] if accepted is None else [
            c.follow_up_id for c in accepted.changes.dropped],
    }


def _print_suggestion(suggestion, accepted) -> None:
    from jobfollowup.i18n import current_language
    from jobfollowup.i18n.formatting import format_day
    from jobfollowup.rules.kinds import MailKind
    from jobfollowup.services.mail.suggestions import describe

    day = format_day(suggestion.day, current_language())
    subject = suggestion.subject or _("(no subject)")
    if suggestion.kind == MailKind.REPLY:
        print(_("{name} wrote on {date}: {subject}").format(
            name=suggestion.contact_name, date=day, subject=subject))
    else:
        print(_("You wrote to {name} on {date}: {subject}").format(
            name=suggestion.contact_name, date=day, subject=subject))
    if suggestion.application_id is not None:
        print("  " + _("{company} — {position}").format(company=suggestion.company,
                                                       position=suggestion.position))
    print("  " + (_("Done: {what}") if accepted is not None else _("To accept: {what}")
                  ).format(what=describe(suggestion)))


COMMANDS = {"mail-account": _run_mail_account, "check-mail": _run_check_mail,
            "plan": _run_plan, "check": _run_check, "list": _run_list, "show": _run_show,
            "draft": _run_draft,
            "proofread": _run_proofread,
            "demo": _run_demo,
            "backup": _run_backup, "export-ics": _run_export, "export-json": _run_export,
            "export-contacts": _run_export, "export-applications": _run_export,
            "import-json": _run_import, "import-contacts": _run_import,
            "import-linkedin": _run_import,
            "print-note": _run_print_note, "print-notes": _run_print_notes,
            "print-week": _run_print_week, "print-log": _run_print_log,
            "calendar-sync": run_calendar_sync, "sync-calendar": run_sync_calendar}
