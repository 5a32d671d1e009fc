"""No two things in one menu, one dialog or one view share an Alt+letter, in any language
(issue 21): the real menus, views and dialogs are built in each language on the sample
search, and every underlined letter ("&Déplacer", "&Détails") counted where it is live —
the visible actions of a menu; a window's visible buttons, labelled fields, group boxes
and tabs, with the menu bar's titles, which take Alt+letter in the same window.

A clash is not harmless: Qt then cycles between the two on each press, and the person who
pressed Alt+D to open the details moves the follow-up instead."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from jobfollowup.i18n import LANGUAGES

TODAY = dt.date(2026, 12, 17)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is an ampersand, "&amp;" an entity)."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text.startswith("&&", index):
            index += 2
        elif _ENTITY.match(text, index):
            index += 1
        else:
            letter = text[index + 1:index + 2]
            return letter.casefold() if letter.strip() else None
    return None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()
            if action.isVisible() and not action.isSeparator()]


def window_texts(top: QWidget) -> list[str]:
    """The Alt+letters live in `top` as it stands: what is visible in it (a page of a
    stacked widget or of a tab that is not shown counts on its own turn)."""
    texts = []
    if isinstance(top, QMainWindow):
        texts += [action.text() for action in top.menuBar().actions() if action.isVisible()]
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())
                      if widget.isTabVisible(i)]
    return texts


class Survey:
    """What each place shows, by a name that is the same in every language ("File menu",
    "Contacts view, tab 2"): the texts of a menu's visible actions, or of a window's live
    Alt+letters as it stands."""

    def __init__(self) -> None:
        self.places: dict[str, list[str]] = {}

    def menu(self, where: str, menu: QMenu) -> None:
        self.places[where] = menu_texts(menu)
        visible = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        for number, action in enumerate(visible):
            if action.menu() is not None:
                self.menu(f"{where} → submenu {number}", action.menu())

    def window(self, where: str, top: QWidget) -> None:
        """`top` as shown, then with each of its tabs current in turn."""
        QApplication.processEvents()
        self.places[where] = window_texts(top)
        for bar, tabs in enumerate(t for t in top.findChildren(QTabBar)
                                   if t.window() is top and t.isVisibleTo(top)):
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != current and tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    self.places[f"{where}, tabs {bar} at {index}"] = window_texts(top)
            tabs.setCurrentIndex(current)


@pytest.fixture
def in_language(qapp):
    """Switch the whole interface, Qt's own buttons too, as the app does; back to English
    after the test."""
    from jobfollowup.ui.shell.app import apply_interface_language

    before = QLocale()
    yield lambda language: apply_interface_language(qapp, language)
    apply_interface_language(qapp, "en")
    QLocale.setDefault(before)


def survey(language: str, in_language, qtbot, monkeypatch) -> dict[str, list[str]]:
    """Every menu, view (a record open) and dialog of the app in `language`, on the sample
    search (loaded by the caller)."""
    in_language(language)
    found = Survey()
    window = shown_main_window(qtbot)
    menus = (window.file_menu, window.edit_menu, window.view_menu, window.help_menu)
    for number, menu in enumerate(menus):
        found.menu(f"menu {number}", menu)
    look_at_views(window, found)
    look_at_context_menus(window, found, monkeypatch)
    look_at_dialogs(window, found, qtbot)
    window.close()
    return found.places


def report(problems: dict[str, list[list[str]]]) -> str:
    return "\n".join(f"{where}: " + "; ".join(" / ".join(texts) for texts in groups)
                     for where, groups in problems.items())


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_mnemonic_clash_in_any_menu_view_or_dialog(data_dir, qtbot, monkeypatch,
                                                      in_language, language):
    from jobfollowup.services.demo.sample import load_small_demo

    load_small_demo(TODAY)
    places = survey(language, in_language, qtbot, monkeypatch)
    found = {where: list(clashes(texts).values()) for where, texts in places.items()
             if clashes(texts)}
    assert found == {}, report(found)


def label(text: str) -> str:
    """What a person reads: without the "&", the ellipsis or the colon."""
    return re.sub(r"&(?!&)", "", text).rstrip("…:.\u00a0 ").casefold()


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_no_two_actions_share_a_label_in_one_place(data_dir, qtbot, monkeypatch,
                                                   in_language, language):
    """Two different English labels in one menu, window or dialog never become one
    translated label, as Redo and Revert did in French ("Rétablir")."""
    from jobfollowup.services.demo.sample import load_small_demo

    load_small_demo(TODAY)
    english = survey("en", in_language, qtbot, monkeypatch)
    translated = survey(language, in_language, qtbot, monkeypatch)
    assert english.keys() == translated.keys()
    pairs = {where: list(zip(texts, english[where], strict=True))
             for where, texts in translated.items()}
    # The main window with all its menus, too: Edit → Redo and a form's Revert were both
    # "Rétablir".
    pairs["main window and its menus"] = sorted({
        pair for where, found in pairs.items()
        if where.startswith(("menu ", "main window")) for pair in found})
    found = {}
    for where, found_pairs in pairs.items():
        meant: dict[str, set[str]] = defaultdict(set)
        for text, source in found_pairs:
            meant[label(text)].add(label(source))
        shared = [sorted({text for text, _source in found_pairs if label(text) == one})
                  for one, sources in meant.items() if len(sources) > 1]
        if shared:
            found[where] = shared
    assert found == {}, report(found)


def shown_main_window(qtbot):
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.main_window import MainWindow

    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def look_at_views(window, found: Survey) -> None:
    """Each view with a record open beside its list, as it is worked in."""
    for row in range(len(window.views.labels)):
        window.show_view(row)
        view = window.view(row)
        tree = getattr(view, "tree", None)
        if row in (2, 3) and tree is not None and tree.topLevelItemCount():
            item = tree.topLevelItem(0)
            while item.childCount():  # a group of the pipeline: its first application
                item = item.child(0)
            tree.setCurrentItem(item)
        found.window(f"main window, view {row}", window)


def look_at_context_menus(window, found: Survey, monkeypatch) -> None:
    from jobfollowup.rules.kinds import Channel, State
    from jobfollowup.services.planning.follow_ups import list_follow_ups

    shown: list[QMenu] = []

    class Kept(QMenu):  # the menu as built, not run
        def exec(self, *_args):
            shown.append(self)

    for module in ("today", "applications"):
        monkeypatch.setattr(f"jobfollowup.ui.views.{module}.QMenu", Kept)
    today = window.view(0)
    window.show_view(0)
    index = today.model.follow_up_indexes()[0]
    today._menu(today.tree.visualRect(index).center())
    window.show_view(3)
    applications = window.view(3)
    item = applications.tree.currentItem()
    applications._context_menu(applications.tree.visualItemRect(item).center())
    for menu, where in zip(shown, ("Today's menu", "Applications' menu"), strict=True):
        found.menu(where, menu)
    window.show_view(1)
    calendar = window.view(1)
    rows = list_follow_ups()
    for where, row in (  # a card to post has Print too
            ("planned", next(r for r in rows if r.state == State.PLANNED
                             and r.channel is not Channel.LETTER)),
            ("planned card", next(r for r in rows if r.state == State.PLANNED
                                  and r.channel is Channel.LETTER)),
            ("sent", next(r for r in rows if r.state == State.DONE))):
        calendar.grid.go_to(row.date)
        found.menu(f"Calendar's menu ({where})", calendar.menu_for(row.id))


def look_at_dialogs(window, found: Survey, qtbot) -> None:
    for where, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        found.window(where, dialog)
        dialog.close()


def dialogs(window):
    """Every dialog of the app, opened on the sample search."""
    from jobfollowup.rules.kinds import Kind, State
    from jobfollowup.services.planning.follow_ups import list_follow_ups
    from jobfollowup.services.planning.from_facts import check_date
    from jobfollowup.services.records.applications import list_interviews
    from jobfollowup.services.records.core import list_applications
    from jobfollowup.ui.dialogs.data_safety import RestoreDialog
    from jobfollowup.ui.dialogs.draft_editor import open_draft_dialog
    from jobfollowup.ui.dialogs.exchange import ImportPreviewDialog
    from jobfollowup.ui.dialogs.follow_up_details import FollowUpDetails
    from jobfollowup.ui.dialogs.help import HelpDialog
    from jobfollowup.ui.dialogs.interaction import LogInteractionDialog
    from jobfollowup.ui.dialogs.interview import EditPointsDialog, LogInterviewDialog
    from jobfollowup.ui.dialogs.interview_start import WhichApplicationDialog
    from jobfollowup.ui.dialogs.moving import MoveToDialog, RuleDialog
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog
    from jobfollowup.ui.dialogs.printing import PrintNotesDialog, SheetDialog
    from jobfollowup.ui.dialogs.quick_contact import QuickContactDialog
    from jobfollowup.ui.dialogs.reply import ReplyDialog
    from jobfollowup.ui.dialogs.set_up import SetUpDialog
    from jobfollowup.ui.dialogs.templates_editor import TemplatesEditor
    from jobfollowup.ui.widgets.plan_summary import PlannedDialog

    ops = window.operations
    rows = list_follow_ups()
    planned = [r for r in rows if r.state == State.PLANNED]
    done = [r for r in rows if r.state == State.DONE]
    email = next(r for r in planned if r.kind is Kind.THANK_YOU_EMAIL or r.channel == "email")
    card = next(r for r in planned if r.channel == "letter")
    application = next(a for a in list_applications() if list_interviews(a.id))
    interview = list_interviews(application.id)[0]
    verdict = check_date(Kind.CHECK_IN, dt.date(2026, 12, 25), "NO")
    yield "draft editor (email)", open_draft_dialog(window, ops, email.id)
    yield "draft editor (card)", open_draft_dialog(window, ops, card.id)
    if done:
        yield "draft editor (sent)", open_draft_dialog(window, ops, done[0].id)
    yield "follow-up details", FollowUpDetails(window, ops, email)
    if done:
        yield "follow-up details (sent)", FollowUpDetails(window, ops, done[0])
    yield "restore", RestoreDialog(ops, window)
    yield "import preview", ImportPreviewDialog("Import", "…", [(1, "Kari", "")], True,
                                                window)
    yield "help", HelpDialog(window)
    yield "log exchange", LogInteractionDialog(ops, email.contact_id, email.contact_name,
                                               TODAY, window)
    yield "log interview", LogInterviewDialog(ops, application.id, application.company,
                                              TODAY, window)
    yield "edit interview points", EditPointsDialog(ops, interview, window)
    yield "which application", WhichApplicationDialog(ops, list_applications(), window)
    yield "rule broken", RuleDialog(window, email, dt.date(2026, 12, 25), verdict, TODAY)
    yield "move to", MoveToDialog(window, email)
    yield "preferences", PreferencesDialog(ops, window)
    yield "print notes", PrintNotesDialog(ops, window, today=lambda: TODAY)
    yield "print week", SheetDialog(ops, "week", window, today=lambda: TODAY)
    yield "print log", SheetDialog(ops, "log", window, today=lambda: TODAY)
    yield "new contact", QuickContactDialog(ops, window)
    yield "they replied", ReplyDialog(ops, email, TODAY, window)
    yield "set-up", SetUpDialog(ops, window)
    yield "note templates", TemplatesEditor(ops, window)
    yield "planned", PlannedDialog(window, "Planned", [r.id for r in planned[:3]])
