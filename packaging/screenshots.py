"""Screenshots of the app on the sample job search, for the README and for looking at every
view and dialog in every language and size before a release.

    python packaging/screenshots.py                      # the README's: en, 1280×800
    python packaging/screenshots.py --out /tmp/shots --language fr --size 1024x640 --all
    python packaging/screenshots.py --out /tmp/shots --scheme dark --all   # the dark scheme
    QT_SCALE_FACTOR=2 python packaging/screenshots.py --out /tmp/shots --all  # at 200 %

The sample is seeded into a temporary folder as of `--today` (a fixed day, so the pictures
change only when the app does); nothing touches your own data. Runs offscreen.

`sweep` is the one list of every view and dialog: `--all` photographs each, and
tests/test_screenshots.py opens each at 1024×640 to check that nothing is cut off, and
tests/test_date_styles.py reads every date each one shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_SHOTS = {"main-window": 0, "calendar": 1, "contacts": 2, "applications": 3}
LOCALES = {"en": "en_GB.UTF-8", "fr": "fr_FR.UTF-8", "it": "it_IT.UTF-8", "nb": "nb_NO.UTF-8"}
HOMES = {"en": "GB", "fr": "FR", "it": "IT", "nb": "NO"}  # where a user of each lives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "fr", "it", "nb"))
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--today", default="2026-12-17", type=dt.date.fromisoformat)
    parser.add_argument("--scheme", default="light", choices=("light", "dark"),
                        help="the colour scheme (named in the files when dark)")
    parser.add_argument("--all", action="store_true",
                        help="every view and dialog, and the mailbox's suggestions and "
                             "Preferences, named NAME-LANGUAGE-WIDTH.png (else the README's "
                             "five)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A user of that language in its country: the calendar names that country's holidays.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(variable, None)
    os.environ["LANG"] = LOCALES[args.language]
    sys.path.insert(0, str(ROOT / "desktop"))

    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.ui.shell.app import application, apply_interface_language
    from jobfollowup.ui.widgets.colours import apply_scheme

    app = application()
    apply_scheme(app, args.scheme)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # not your profile
        open_data(Path(folder) / "data")
        try:
            seed_sample(args.today, args.language)
            apply_interface_language(app, args.language)
            window = open_window(args.today, width, height)
            if args.all:
                suffix = f"-{args.language}-{width}" + ("-dark" if args.scheme == "dark" else "")
                for name, widget in sweep(window, args.today):
                    widget.grab().save(str(args.out / f"{name}{suffix}.png"))
                stage_mailbox(window, args.today)  # last: it adds to Today
                window.show_view(0)
                settle()
                window.grab().save(str(args.out / f"today-mail{suffix}.png"))
                preferences = mail_preferences(window)
                preferences.show()
                settle()
                preferences.grab().save(str(args.out / f"preferences-mail{suffix}.png"))
                preferences.close()
                preferences = sync_preferences(window)
                preferences.show()
                settle()
                preferences.grab().save(str(args.out / f"preferences-sync{suffix}.png"))
                preferences.close()
                stage_sync_question(window, args.today)
                window.show_view(0)
                settle()
                window.grab().save(str(args.out / f"sync-question{suffix}.png"))
            else:
                for name, row in README_SHOTS.items():
                    window.show_view(row)
                    settle()
                    stage(window, row)
                    settle()
                    window.grab().save(str(args.out / f"{name}.png"))
                stage_mailbox(window, args.today)  # last: it adds to Today
                window.show_view(0)
                settle()
                window.grab().save(str(args.out / "mailbox.png"))
            window.close()
        finally:
            close_data()
    print(f"screenshots written to {args.out}")
    return 0


def seed_sample(today: dt.date, language: str) -> None:
    """The sample search as of `today` in the open data, its user living in the
    language's country (their dates, their holidays)."""
    from jobfollowup.services import settings
    from jobfollowup.services.demo.sample import load_small_demo

    load_small_demo(today)
    settings.save_profile("Robin Lee", HOMES[language], "", language)


def open_window(today: dt.date, width: int, height: int):
    """The main window at `width`×`height`, in the language already applied."""
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.main_window import MainWindow

    window = MainWindow(Operations(), today=lambda: today)
    window.resize(width, height)
    window.show()
    settle()
    return window


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _round in range(3):  # layouts that wrap text settle in a couple of passes
        QApplication.processEvents()


def stage(window, row: int) -> None:
    """A record open beside each list, as someone at work with the app would have it:
    a French contact; the applications as a pipeline with Equinor's references."""
    from PySide6.QtCore import Qt

    if row == 2:
        tree = window.contacts.tree
        found = tree.findItems("Claire Dubois", Qt.MatchFlag.MatchExactly, 0)
    elif row == 3:
        view = window.applications
        view.group.setChecked(True)
        tree = view.tree
        found = tree.findItems("Equinor", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
                               0)
    else:
        return
    if found:
        tree.setCurrentItem(found[0])
    if row == 3:
        view.tabs.setCurrentWidget(view.references)


def sweep(window, today: dt.date) -> Iterator[tuple[str, object]]:
    """Every view (in each of its states worth seeing) and every dialog, one at a time, on
    the sample search: each is shown and settled when it is yielded, and closed when the
    caller asks for the next. Views are yielded as the whole window."""
    yield from _views(window)
    for name, make in _dialogs(window, today):
        dialog = make()
        if dialog is None:
            continue
        dialog.show()
        settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
        settle()


def _views(window) -> Iterator[tuple[str, object]]:
    names = ("today", "calendar", "contacts", "applications", "review")
    for row, name in enumerate(names):
        window.show_view(row)
        settle()
        stage(window, row)
        settle()
        yield name, window
        if name == "calendar":
            view = window.stack.widget(row)
            view.week_button.setChecked(True)
            settle()
            yield "calendar-week", window
            view.week_button.setChecked(False)
        if name == "contacts":
            view = window.contacts
            view.tabs.setCurrentIndex(1)
            settle()
            yield "contacts-history", window
            view.tabs.setCurrentIndex(0)
        if name == "applications":
            view = window.applications
            for panel, shot in ((view.form, "applications-details"),
                                (view.timeline, "applications-timeline"),
                                (view.interviews, "applications-interviews")):
                view.tabs.setCurrentIndex(view.tabs.indexOf(panel)
                                          if panel is not view.form else 0)
                settle()
                yield shot, window
            view.group.setChecked(False)
    window.show_view(0)
    settle()


def _dialogs(window, today: dt.date):
    """(name, a function making the dialog) for every dialog a person meets."""
    from jobfollowup.i18n import _
    from jobfollowup.services.planning.follow_ups import get_follow_up, judge_move, list_follow_ups
    from jobfollowup.services.records.applications import list_interviews
    from jobfollowup.services.records.contacts import search_contacts
    from jobfollowup.services.records.core import list_applications
    from jobfollowup.ui.dialogs.data_safety import RestoreDialog
    from jobfollowup.ui.dialogs.draft_editor import open_draft_dialog
    from jobfollowup.ui.dialogs.follow_up_details import FollowUpDetails
    from jobfollowup.ui.dialogs.help import HelpDialog
    from jobfollowup.ui.dialogs.interaction import LogInteractionDialog
    from jobfollowup.ui.dialogs.interview import EditPointsDialog, LogInterviewDialog
    from jobfollowup.ui.dialogs.interview_start import WhichApplicationDialog
    from jobfollowup.ui.dialogs.moving import MoveToDialog, RuleDialog
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog
    from jobfollowup.ui.dialogs.printing import PrintNotesDialog, SheetDialog
    from jobfollowup.ui.dialogs.quick_contact import PostalAddressDialog, QuickContactDialog
    from jobfollowup.ui.dialogs.reply import ReplyDialog
    from jobfollowup.ui.dialogs.set_up import SetUpDialog
    from jobfollowup.ui.dialogs.templates_editor import TemplatesEditor
    from jobfollowup.ui.widgets.plan_summary import PlannedDialog

    ops = window.operations
    planned = list_follow_ups(states=("planned",))
    thanks = next((r for r in planned if r.kind.startswith("thank-you")), planned[0])
    check_in = next((r for r in planned if r.kind == "check-in"), planned[-1])
    monday = check_in.date + dt.timedelta(days=(7 - check_in.date.weekday()) % 7 or 7)
    application = next(a for a in list_applications() if a.company == "Equinor")
    interview = list_interviews(application.id)[0]
    contact = next(c for c in search_contacts() if c.name == "Claire Dubois")
    yield "draft", lambda: open_draft_dialog(window, ops, thanks.id)
    yield "details", lambda: FollowUpDetails(window, ops, get_follow_up(check_in.id),
                                             lambda _id: None)
    yield "rule", lambda: RuleDialog(window, check_in, monday,
                                     judge_move(check_in.id, monday, today), today)
    yield "move-to", lambda: MoveToDialog(window, check_in)
    yield "reply", lambda: ReplyDialog(ops, check_in, today, window)
    yield "interview", lambda: LogInterviewDialog(ops, application.id, application.company,
                                                  today, window, "NO")
    yield "interview-edit", lambda: LogInterviewDialog(
        ops, application.id, application.company, today, window, "NO", interview=interview)
    yield "interview-points", lambda: EditPointsDialog(ops, interview, window)
    yield "which-application", lambda: WhichApplicationDialog(ops, list_applications(),
                                                              window)
    yield "new-contact", lambda: QuickContactDialog(ops, window, organisation="Equinor",
                                                    country="NO")
    yield "postal-address", lambda: PostalAddressDialog(ops, contact.id, contact.name,
                                                        today, window)
    yield "planned", lambda: PlannedDialog(window, _("Follow-ups planned"),
                                           [r.id for r in planned[:5]],
                                           add_address=lambda _id, _name: None)
    yield "exchange", lambda: LogInteractionDialog(ops, contact.id, contact.name, today,
                                                   window)
    yield "print", lambda: PrintNotesDialog(ops, window, today=lambda: today)
    yield "print-week", lambda: SheetDialog(ops, SheetDialog.WEEK, window, lambda: today)
    yield "print-log", lambda: SheetDialog(ops, SheetDialog.LOG, window, lambda: today)
    yield "import", lambda: _import_preview(window)
    yield "restore", lambda: _with_a_backup(lambda: RestoreDialog(ops, window))
    yield "templates", lambda: TemplatesEditor(ops, window)
    yield "preferences", lambda: PreferencesDialog(ops, window, restart=lambda: None)
    yield "set-up", lambda: SetUpDialog(ops, window)
    yield "help", lambda: HelpDialog(window)
    yield "shortcuts", lambda: HelpDialog(window, HelpDialog.SHORTCUTS)


def _with_a_backup(make):
    """`make()` once the data has a backup to list (one made by hand, now)."""
    from jobfollowup.services.backups import back_up_now

    back_up_now(dt.datetime(2026, 12, 16, 18, 30))
    return make()


def _import_preview(window):
    """File → Import → Contacts… on a small file, up to its preview (nothing imported)."""
    from jobfollowup.ui.dialogs.exchange import import_contacts_from

    shown = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.csv"
        path.write_text("name,email,organisation\nKari Nordmann,kari@equinor.example,Equinor\n"
                        "Claire Dubois,claire.dubois@airbus.example,Airbus\n"
                        "Åse Ødegård,,DNB\n", encoding="utf-8")
        import_contacts_from(window, window.operations, str(path),
                             confirm=lambda dialog: shown.append(dialog) or False)
    return shown[0] if shown else None


def stage_mailbox(window, today: dt.date) -> None:
    """A mail account set up (without a password: nothing connects here), and what a check
    would have brought: a reply from Kari Nordmann, and a thank-you sent from the mail app."""
    from jobfollowup.rules.kinds import Channel, MailRole, State
    from jobfollowup.services import settings
    from jobfollowup.services.mail.reading import Fetched, Header
    from jobfollowup.services.mail.suggestions import record_check
    from jobfollowup.storage.models import Contact, FollowUp
    from jobfollowup.ui.operations.changes import Change

    settings.put("mail_account", {"server": "imap.example.com", "port": 993,
                                  "security": "tls", "user": "robin.lee@example.com"})
    kari = Contact.get(Contact.name == "Kari Nordmann")
    sent = (FollowUp.select().join(Contact).where(
        (FollowUp.state == State.PLANNED) & (FollowUp.channel == Channel.EMAIL.value)
        & (Contact.email != "") & (Contact.id != kari.id)
        & (FollowUp.planned_date.between(today - dt.timedelta(days=3), today)))
        .order_by(FollowUp.planned_date).first())
    headers = [Header(MailRole.INBOX, 1, "<reply@equinor.example>", today, kari.email.lower(),
                      (), "Re: Data Engineer", ())]
    if sent is not None:
        headers.append(Header(MailRole.SENT, 1, "<sent@example.com>", today, "",
                              (sent.contact.email.lower(),), sent.draft_subject or
                              "Thank you", ()))
    record_check(Fetched((), tuple(headers), True), "robin.lee@example.com")
    window.operations.changed.emit(Change.MAIL)


def mail_preferences(window):
    """Preferences open on its Mail tab."""
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.operations, window, restart=lambda: None)
    dialog.tabs.setCurrentWidget(dialog.mail)
    return dialog


def sync_preferences(window):
    """Preferences → Calendar sync filled in as someone setting it up would."""
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog

    preferences = PreferencesDialog(window.operations, window, restart=lambda: None)
    page = preferences.calendar_sync
    preferences.tabs.setCurrentWidget(page)
    page.server.setText("https://cloud.example.org")
    page.user.setText("robin.lee")
    page.password.setText("app-password")
    return preferences


def stage_sync_question(window, today: dt.date) -> None:
    """A check-in moved to a Monday on the person's phone, as the sync brings it back:
    moved here, and the rule it breaks asked about at the window's foot."""
    from jobfollowup.rules.kinds import Kind, State
    from jobfollowup.services.calendar_sync.incoming import apply_move
    from jobfollowup.storage.calendar_sync import CalendarIncoming
    from jobfollowup.storage.models import FollowUp

    item = (FollowUp.select().where((FollowUp.kind == Kind.CHECK_IN)
                                    & (FollowUp.state == State.PLANNED)
                                    & (FollowUp.planned_date > today))
            .order_by(FollowUp.planned_date).first())
    monday = item.planned_date + dt.timedelta(days=7 - item.planned_date.weekday())
    CalendarIncoming.create(follow_up_id=item.id, day=monday, previous_day=item.planned_date)
    apply_move(item.id, today)
    window.sync_notices.refresh()


if __name__ == "__main__":
    sys.exit(main())
