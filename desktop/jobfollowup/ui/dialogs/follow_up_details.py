"""One follow-up in full: who, when, how, "Why this date?", and its draft."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import format_day
from jobfollowup.rules.kinds import State
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.follow_ups import get_follow_up
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.follow_up_text import rule_tip
from jobfollowup.ui.widgets.kind_style import kind_colour, kind_glyph
from jobfollowup.ui.widgets.message_boxes import localise_buttons

_STATES = {State.PLANNED: lambda: _("planned"), State.DONE: lambda: _("sent"),
           State.SKIPPED: lambda: _("skipped")}


class FollowUpDetails(QDialog):
    def __init__(self, parent: QWidget | None, operations: Operations, row: FollowUpRow,
                 move: Callable[[int], object] | None = None) -> None:
        super().__init__(parent)
        self.operations, self.row, self._move = operations, row, move
        self.setWindowTitle(_("Follow-up details"))
        self.resize(620, 560)
        language = current_language()

        heading = QLabel(f"{kind_glyph(row.kind)}  " + row.kind.task(row.contact_name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        heading.setStyleSheet("color: " + colours.readable(
            kind_colour(row.kind, self.palette()),
            self.palette().color(QPalette.ColorRole.Window)).name())
        form = QFormLayout()
        form.addRow(_("When:"), self._plain(format_day(row.date, language, with_year=True)))
        if row.deadline and row.deadline != row.date:
            form.addRow(_("At the latest:"), self._plain(
                format_day(row.deadline, language, with_year=True)))
        form.addRow(_("How:"), self._plain(row.channel.label))
        if row.company:
            form.addRow(_("Application:"), self._plain(
                " · ".join(p for p in (row.company, row.position) if p)))
        form.addRow(_("State:"), self._plain(_STATES[row.state]()))

        why = QGroupBox(_("Why this date?"))
        why_layout = QVBoxLayout(why)
        self.reasons = [self._plain(r.text()) for r in row.reasons]
        for label, reason in zip(self.reasons, row.reasons, strict=True):
            label.setToolTip(rule_tip(reason.rule))  # the code, for who knows the rules
        for label in self.reasons:
            why_layout.addWidget(label)
        if not self.reasons:
            why_layout.addWidget(self._plain(_("You chose this day yourself.")))

        draft_box = QGroupBox(_("Draft"))
        draft_layout = QVBoxLayout(draft_box)
        self.draft = QPlainTextEdit()
        self.draft.setReadOnly(True)
        self.draft.setAccessibleName(_("Draft of the note"))
        from jobfollowup.services.planning.drafts import (
            open_draft as draft_of,  # the notes, when needed
        )

        try:
            draft = draft_of(row.id)
            text = f"{draft.subject}\n\n{draft.body}" if draft.subject else draft.body
        except ValidationError as error:
            text = str(error)
        self.draft.setPlainText(text)
        draft_layout.addWidget(self.draft)

        self.buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton(_("Open &draft…"))
        self.edit_button.clicked.connect(self._edit_draft)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        if row.state == State.DONE:
            self.not_sent_button = QPushButton(_("Mark &not sent"))
            self.not_sent_button.setToolTip(_("It did not go out: plan it again on its day"))
            self.not_sent_button.clicked.connect(self._not_sent_clicked)
            self.buttons.addButton(self.not_sent_button,
                                   QDialogButtonBox.ButtonRole.ActionRole)
        if move is not None and row.state == State.PLANNED:
            self.move_button = QPushButton(_("&Move to…"))
            self.move_button.clicked.connect(self._move_clicked)
            self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(why)
        layout.addWidget(draft_box, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _edit_draft(self) -> None:
        from jobfollowup.ui.dialogs.draft_editor import open_draft

        self.accept()
        open_draft(self.parentWidget(), self.operations, self.row.id)

    def _not_sent_clicked(self) -> None:

        if follow_up_ops.mark_not_sent(self.operations, self, self.row.id):
            self.accept()

    def _move_clicked(self) -> None:
        self.accept()
        if self._move is not None:
            self._move(self.row.id)


def show_details(parent: QWidget | None, operations: Operations, follow_up_id: int,
                 move: Callable[[int], object] | None = None) -> None:
    ok, row = operations.read(parent, get_follow_up, follow_up_id)
    if ok:
        FollowUpDetails(parent, operations, row, move).exec()
