"""What the mailbox suggests, at the top of Today: a reply from a contact ("Kari Nordmann
wrote on 3 December: Re: Data Engineer"), logged as their reply with one click, or a note
sent from the user's mail app, marked sent with one click. Each can be dismissed; both are
steps of Edit → Undo."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import format_day
from jobfollowup.rules.kinds import Channel, MailKind
from jobfollowup.services.mail.waiting import any_suggested
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours

if TYPE_CHECKING:
    from jobfollowup.services.mail.suggestions import Suggestion

SHOWN = 3
WATCHES = Change.MAIL | Change.FOLLOW_UPS | Change.CONTACTS


def _day(day: dt.date) -> str:
    return format_day(day, current_language(), with_year=day.year != dt.date.today().year)


def headline(suggestion: Suggestion) -> str:
    subject = suggestion.subject or _("(no subject)")
    if suggestion.kind == MailKind.REPLY:
        return _("{name} wrote on {date}: {subject}").format(
            name=suggestion.contact_name, date=_day(suggestion.day), subject=subject)
    return _("You wrote to {name} on {date}: {subject}").format(
        name=suggestion.contact_name, date=_day(suggestion.day), subject=subject)


class MailSuggestions(QFrame):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setObjectName("mailSuggestions")
        self.setAccessibleName(_("Suggestions from your mailbox"))
        colours.styled(self, "#mailSuggestions { background: $notice; border: 1px solid "
                             "$notice_edge; border-radius: 6px; }"
                             "#mailSuggestions QLabel { color: $notice_text; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(12, 8, 12, 8)
        self.rows.setSpacing(6)
        self.suggestions: list[Suggestion] = []
        self.buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        operations.changed.connect(self._on_changed)
        self.hide()

    def _on_changed(self, kinds: Change) -> None:
        if kinds & WATCHES:
            self.refresh()

    def refresh(self) -> None:
        ok, waiting = self.operations.read(self, any_suggested)
        if not (ok and waiting) and not self.suggestions:  # the usual case: nothing loaded
            self.setVisible(False)
            return
        from jobfollowup.services.mail.suggestions import pending

        ok, rows = self.operations.read(self, pending)
        self.suggestions = rows if ok else []
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        for suggestion in self.suggestions[:SHOWN]:
            self.rows.addWidget(self._row(suggestion))
        if len(self.suggestions) > SHOWN:
            more = len(self.suggestions) - SHOWN
            self.rows.addWidget(QLabel(ngettext(
                "and {n} more from your mailbox after these",
                "and {n} more from your mailbox after these", more).format(n=more)))
        self.setVisible(bool(self.suggestions))

    def _row(self, suggestion: Suggestion) -> QWidget:
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QVBoxLayout()
        title = QLabel(headline(suggestion))
        title.setTextFormat(Qt.TextFormat.PlainText)  # their words, never markup
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        from jobfollowup.services.mail.suggestions import describe

        what = QLabel(describe(suggestion))
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        text.addWidget(title)
        text.addWidget(what)
        if suggestion.kind == MailKind.REPLY:
            go = QPushButton(_("Log as their reply"))
            go.setToolTip(_("Log it in their history; the check-ins still planned for this "
                            "application stop (Edit → Undo takes it back)"))
        else:
            go = QPushButton(_("Mark sent"))
            go.setToolTip(_("You sent it from your mail app: keep it in the contact's "
                            "history (Edit → Undo takes it back)"))
        go.setAccessibleName(f"{go.text()}: {headline(suggestion)}")
        go.clicked.connect(lambda _checked=False, s=suggestion: self.accept(s))
        dismiss = QPushButton(_("Dismiss"))
        dismiss.setToolTip(_("Not about your search: it will not be suggested again"))
        dismiss.setAccessibleName(f"{dismiss.text()}: {headline(suggestion)}")
        dismiss.clicked.connect(lambda _checked=False, s=suggestion: self.dismiss(s))
        self.buttons[suggestion.id] = (go, dismiss)
        layout.addLayout(text, 1)
        layout.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        return widget

    def accept(self, suggestion: Suggestion) -> bool:
        """One click: logged (or marked sent) and the plan re-made; an email from someone
        who prefers another channel offers email as theirs (R8)."""
        from jobfollowup.ui.dialogs.interaction import offer_preferred_channel
        from jobfollowup.ui.operations import mail as mail_ops
        from jobfollowup.ui.widgets.plan_summary import describe as describe_changes

        accepted = mail_ops.accept(self.operations, self, suggestion)
        if accepted is None:
            return False
        changes = accepted.changes
        replied = accepted.replied
        if replied is not None and replied.suggested_channel is Channel.EMAIL and \
                suggestion.preferred_channel not in (None, Channel.EMAIL):
            changes += offer_preferred_channel(self, self.operations, suggestion.contact_id,
                                               suggestion.contact_name, Channel.EMAIL)
        said = mail_ops.step_text(suggestion)
        if changes:
            said += " · " + describe_changes(changes).replace("\n", " · ")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(said, 20000)
        return True

    def dismiss(self, suggestion: Suggestion) -> bool:
        from jobfollowup.ui.operations import mail as mail_ops

        return mail_ops.dismiss(self.operations, self, suggestion)
