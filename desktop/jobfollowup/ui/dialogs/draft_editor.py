"""The draft editor: a follow-up's note, editable, proofread as the user types.

Findings (the name, blaming phrases, the interview's personal points, placeholders left
unfilled) are listed beside the text; clicking one selects the words it is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, labelled, ngettext
from jobfollowup.notes.proofread import Finding, proofread
from jobfollowup.rules.kinds import Channel, State
from jobfollowup.services.mail.account import stored_account
from jobfollowup.services.planning import drafts as draft_service
from jobfollowup.services.planning.drafts import Draft
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations import mail as mail_ops
from jobfollowup.ui.operations.background import run_in_background
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.forms import ERROR_STYLE
from jobfollowup.ui.widgets.message_boxes import ask, language_name
from jobfollowup.ui.widgets.screen import fit_to_screen

PROOFREAD_DELAY_MS = 400
_RULE_NAMES = {
    "R15": lambda: _("Name"),
    "R10": lambda: _("Tone"),
    "R3": lambda: _("Personal touch"),
    "placeholder": lambda: _("To fill in"),
    "signature": lambda: _("Signature"),
}


class DraftEditor(QDialog):
    def __init__(self, operations: Operations, draft: Draft,
                 parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.operations = operations
        self.draft = draft
        self._today = today
        self._saved = (draft.subject, draft.body)
        self.findings: list[Finding] = []
        self.setWindowTitle(_("Draft: {follow_up}").format(
            follow_up=draft.kind.task(draft.contact_name)))
        fit_to_screen(self, 980, 620)

        heading = QLabel(draft.kind.task(draft.contact_name))
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        about = [draft.channel.label, _("written in {language}").format(
            language=language_name(draft.language, current_language()))]
        if draft.company:
            about.insert(0, draft.company)
        if draft.state == State.DONE:
            about.append(_("already sent"))
        if draft.channel is Channel.EMAIL and draft.contact_email:
            about.append(_("to {address}").format(address=draft.contact_email))
        subtitle = QLabel(" · ".join(about))
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        subtitle.setStyleSheet("color: palette(placeholder-text);")
        # An email with nowhere to go: said up front, not when the mail app opens empty.
        self.no_address = QLabel(_(
            "No email address is stored for {name}: add it in Contacts, or type it in your "
            "mail app.").format(name=draft.contact_name))
        self.no_address.setWordWrap(True)
        colours.styled(self.no_address, ERROR_STYLE)
        self.no_address.setVisible(draft.channel is Channel.EMAIL and not draft.contact_email)

        self.subject = QLineEdit(draft.subject)
        self.subject.setAccessibleName(_("Subject"))
        self.body = QPlainTextEdit(draft.body)
        self.body.setAccessibleName(_("Text of the note"))
        self.body.setTabChangesFocus(True)
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_("&Subject:"), self.subject)
        form.addRow(self.body)

        self.findings_title = QLabel()
        self.findings_title.setWordWrap(True)
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.setAlternatingRowColors(True)
        self.findings_list.setSpacing(2)
        self.findings_list.setMinimumWidth(260)
        self.findings_list.setAccessibleName(_("Proofreading findings"))
        self.findings_list.itemActivated.connect(self._select_finding)
        self.findings_list.itemClicked.connect(self._select_finding)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        proof_title = QLabel(_("Proofreading"))
        proof_title.setFont(QFont(font.family(), -1, QFont.Weight.Bold))
        side_layout.addWidget(proof_title)
        side_layout.addWidget(self.findings_title)
        side_layout.addWidget(self.findings_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 340])

        self.copy_button = QPushButton(_("&Copy"))
        self.copy_button.setToolTip(_("Copy the subject and the text to the clipboard"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.mail_button = QPushButton(_("Open in &mail app"))
        self.mail_button.setToolTip(_("Start an email with this subject and text in your "
                                      "mail app"))
        self.mail_button.clicked.connect(self.open_in_mail_app)
        self.drafts_button = QPushButton(_("Put in my &Drafts folder"))
        self.drafts_button.setToolTip(_("Place this email in the Drafts folder of your "
                                        "mailbox, to send from your mail app; the app "
                                        "notices when it has gone"))
        self.drafts_button.clicked.connect(self.put_in_drafts)
        self.mail_result = QLabel()
        self.mail_result.setWordWrap(True)
        self.mail_result.setTextFormat(Qt.TextFormat.PlainText)
        self.mail_result.hide()
        self.print_button = QPushButton(_("&Print…"))
        self.print_button.setToolTip(_("Print this note on a card to copy by hand, with its "
                                       "envelope; or save it as a PDF"))
        self.print_button.clicked.connect(self.print_note)
        self.restart_button = QPushButton(_("Start &over"))
        self.restart_button.setToolTip(_("Replace the text with a fresh draft from the "
                                         "template"))
        self.restart_button.clicked.connect(self.start_over)
        if draft.state == State.DONE:
            self.sent_button = QPushButton(_("Mark as &not sent"))
            self.sent_button.setToolTip(_("It did not go out: plan it again on its day"))
            self.sent_button.clicked.connect(self.mark_as_not_sent)
        else:
            self.sent_button = QPushButton(_("Mark as s&ent"))
            self.sent_button.setToolTip(_("Keep this text, note that it went out today, "
                                          "and close the follow-up"))
            self.sent_button.clicked.connect(self.mark_as_sent)
        self.close_button = QPushButton(_("C&lose"))
        self.close_button.setToolTip(_("Your changes are kept"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(False)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.mail_button, self.drafts_button,
                       self.print_button, self.restart_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.sent_button.setAutoDefault(False)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.close_button)
        # Only with a mail account, for an email with an address to go to.
        self.drafts_button.setVisible(draft.channel is Channel.EMAIL
                                      and stored_account() is not None)
        self.drafts_button.setEnabled(bool(draft.contact_email))
        if draft.channel is not Channel.EMAIL:
            self.mail_button.setEnabled(False)
            self.mail_button.setToolTip(_("This follow-up does not go by email."))
        elif not draft.contact_email:
            self.mail_button.setToolTip(_("No email address is stored for {name}: your mail "
                                          "app will ask for one.").format(
                name=draft.contact_name))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addWidget(self.no_address)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.mail_result)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROOFREAD_DELAY_MS)
        self._timer.timeout.connect(self.run_proofreading)
        self.body.textChanged.connect(self._timer.start)
        self.subject.textChanged.connect(self._timer.start)
        self.run_proofreading()
        self.body.setFocus()

    # Proofreading -------------------------------------------------------------------
    def run_proofreading(self) -> None:
        self._timer.stop()
        self.findings = proofread(self.body.toPlainText(), self.draft.contact_name,
                                  self.draft.template_id, self.draft.points,
                                  subject=self.subject.text(),
                                  needs_subject=self.draft.channel is Channel.EMAIL,
                                  signer=self.draft.signer)
        self.findings_list.clear()
        for finding in self.findings:
            label = _RULE_NAMES[finding.rule]() if finding.rule in _RULE_NAMES else finding.rule
            text = labelled(label, finding.message)
            if finding.suggestion:
                text += "\n" + _("Kinder: “{suggestion}”").format(suggestion=finding.suggestion)
            serious = finding.rule in ("R15", "R10")
            icon = (QStyle.StandardPixmap.SP_MessageBoxWarning if serious
                    else QStyle.StandardPixmap.SP_MessageBoxInformation)
            item = QListWidgetItem(self.style().standardIcon(icon), text)
            item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
            item.setToolTip(text)
            self.findings_list.addItem(item)
        if self.findings:
            self.findings_title.setText(ngettext(
                "{n} thing to look at before sending:", "{n} things to look at before sending:",
                len(self.findings)).format(n=len(self.findings)))
        else:
            self.findings_title.setText(_("Nothing to correct: the name is right and the "
                                          "tone is kind."))

    def _select_finding(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        if start < 0:
            return
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    # Actions --------------------------------------------------------------------------
    def text(self) -> str:
        subject = self.subject.text().strip()
        body = self.body.toPlainText()
        return f"{subject}\n\n{body}" if subject else body

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def mailto_url(self) -> QUrl:
        """mailto: with every reserved character of subject and body percent-encoded
        (RFC 6068: "+" stays a plus, line breaks are CRLF)."""
        def encoded(value: str) -> str:
            return bytes(QUrl.toPercentEncoding(value)).decode("ascii")

        url = QUrl(f"mailto:{self.draft.contact_email}")
        fields = []
        if self.subject.text().strip():
            fields.append("subject=" + encoded(self.subject.text().strip()))
        fields.append("body=" + encoded(self.body.toPlainText().replace("\n", "\r\n")))
        url.setQuery("&".join(fields), QUrl.ParsingMode.StrictMode)
        return url

    def open_in_mail_app(self) -> bool:
        """The note in a new message of the user's mail app; when none answers, say so and
        offer to copy the note instead. True when a mail app took it."""
        if QDesktopServices.openUrl(self.mailto_url()):
            return True
        if ask(self, _("No mail app answered"), _(
                "No mail app is set up to open new messages on this computer. Copy the note, "
                "then paste it into your mail (webmail included)?"),
                _("&Copy the note"), _("Close")):
            self.copy_to_clipboard()
        return False

    def put_in_drafts(self) -> bool:
        """The text as it stands (saved first) placed in the mailbox's Drafts folder, off
        the window's thread; the answer shows above the buttons. False when not started."""
        from jobfollowup.services.mail.account import read_password
        from jobfollowup.services.mail.drafts import append_draft, compose

        account = stored_account()
        if account is None or not self.save():
            return False
        ok, composed = self.operations.read(self, compose, self.draft.follow_up_id, account)
        if not ok:
            return False
        self.drafts_button.setEnabled(False)
        self._say(_("Placing the draft in your mailbox…"), failed=False)

        def placed(folder: str) -> None:
            self.drafts_button.setEnabled(True)
            if mail_ops.remember_draft(self.operations, self, composed):
                self._say(_("The draft is in your “{folder}” folder: send it from your mail "
                            "app. The app will notice when it has gone.").format(
                    folder=folder), failed=False)

        def refused(error) -> None:
            self.drafts_button.setEnabled(True)
            self._say(str(error), failed=True)

        run_in_background(self, lambda: append_draft(account, read_password(account),
                                                     composed), placed, refused)
        return True

    def _say(self, text: str, failed: bool) -> None:
        self.mail_result.setText(text)
        colours.styled(self.mail_result, ERROR_STYLE if failed else "")
        self.mail_result.show()

    def print_dialog(self):
        """The print dialog of this note, showing the text as it stands now (saved first)."""
        from jobfollowup.ui.dialogs.printing import PrintNotesDialog

        if not self.save():
            return None
        return PrintNotesDialog(self.operations, self, follow_up_id=self.draft.follow_up_id)

    def print_note(self) -> None:
        dialog = self.print_dialog()
        if dialog is not None:
            dialog.exec()

    def start_over(self) -> None:
        if not ask(self, _("Start over?"), _("Replace your text with a fresh draft from the "
                                            "template? Your changes to this draft are lost."),
                   _("Start over"), _("Keep my text")):
            return
        follow_up_id = self.draft.follow_up_id
        ok, draft = follow_up_ops.start_draft_over(self.operations, self, follow_up_id)
        if ok:
            self.draft = draft
            self.subject.setText(draft.subject)
            self.body.setPlainText(draft.body)
            self._saved = (draft.subject, draft.body)
            self.run_proofreading()

    def is_modified(self) -> bool:
        return (self.subject.text(), self.body.toPlainText()) != self._saved

    def save(self) -> bool:
        if not self.is_modified():
            return True
        follow_up_id = self.draft.follow_up_id
        subject, body = self.subject.text(), self.body.toPlainText()
        ok = follow_up_ops.save_draft(self.operations, self, follow_up_id, subject, body)
        if ok:
            self._saved = (subject, body)
        return ok

    def mark_as_sent(self, name_checked: bool = False) -> None:
        """Mark sent with this text. The services refuse it while the name is in doubt
        (R15); the user, asked, may say it is right and mark it sent all the same."""
        self.run_proofreading()
        follow_up_id, today = self.draft.follow_up_id, self._today()
        subject, body = self.subject.text(), self.body.toPlainText()
        ok, doubt = follow_up_ops.mark_sent(self.operations, self, follow_up_id, today,
                                            subject, body, name_checked)
        if doubt is not None and ask(
                self, _("Check the name"),
                _("The proofreader has doubts about how {name} is written. Mark as sent "
                  "anyway?").format(name=self.draft.contact_name),
                _("Mark as sent"), _("Go back to the text")):
            self.mark_as_sent(name_checked=True)
            return
        if ok:
            self._saved = (subject, body)
            self.accept()

    def mark_as_not_sent(self) -> None:
        if self.save() and follow_up_ops.mark_not_sent(self.operations, self,
                                                       self.draft.follow_up_id):
            self.accept()

    def _title(self) -> str:
        return self.draft.kind.task(self.draft.contact_name)

    def done(self, result: int) -> None:  # every way of closing keeps the text
        if self.save():
            super().done(result)


def open_draft_dialog(parent: QWidget | None, operations: Operations,
                      follow_up_id: int) -> DraftEditor | None:
    """Build the editor of a follow-up's draft (None if it cannot be opened)."""
    ok, draft = operations.read(parent, draft_service.open_draft, follow_up_id)
    if not ok:
        return None
    return DraftEditor(operations, draft, parent)


def open_draft(parent: QWidget | None, operations: Operations, follow_up_id: int) -> None:
    """Open the draft editor of a follow-up, as a window of its own."""
    editor = open_draft_dialog(parent, operations, follow_up_id)
    if editor is not None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
