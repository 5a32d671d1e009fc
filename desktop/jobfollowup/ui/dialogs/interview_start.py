"""Log interview… from anywhere (Today, an empty app, the File menu): first which job it
was for — one of the applications, or a new one typed here — then the interview itself,
where the people met can be added too. The shortest way from "I just had an interview"
to its thank-you planned."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import ENDED, Status
from jobfollowup.services.records.core import ApplicationRecord, list_applications
from jobfollowup.ui.dialogs.interview import LogInterviewDialog
from jobfollowup.ui.operations import applications as application_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import FieldForm
from jobfollowup.ui.widgets.message_boxes import localise_buttons

NEW = -1  # the combo's entry for a job not in the list yet


class WhichApplicationDialog(QDialog):
    """Which job the interview was for. A new one is added (as its own undoable step)
    when the user goes on."""

    def __init__(self, operations: Operations, applications: list[ApplicationRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.chosen: tuple[int, str] | None = None  # (application id, company)
        self.setWindowTitle(_("Log an interview"))
        self.setMinimumWidth(440)
        self.application = QComboBox()
        self.application.addItem(_("A new application…"), NEW)
        for record in applications:
            self.application.addItem(f"{record.company} — {record.position}", record.id)
        self._companies = {record.id: record.company for record in applications}
        if applications:
            self.application.setCurrentIndex(1)  # the newest
        self.company = QLineEdit()
        self.company.setPlaceholderText(_("e.g. Equinor"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(_("e.g. Data Engineer"))
        intro = QLabel(_("Which job was the interview for?"))
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.form.add(_("&Application:"), self.application, "application")
        self.form.add(_("&Company:"), self.company, "company")
        self.form.add(_("&Position:"), self.position, "position")
        buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.next_button = buttons.addButton(_("&Next…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.next_button.setDefault(True)  # Enter goes on (once the button is in the dialog)
        self.application.currentIndexChanged.connect(lambda _index: self._show_new_fields())
        self._show_new_fields()

    def _show_new_fields(self) -> None:
        new = self.application.currentData() == NEW
        for field in (self.company, self.position):
            field.setVisible(new)
            self.form.labelForField(field.parentWidget()).setVisible(new)
        if new and self.isVisible():
            self.company.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A new job: the company has the keyboard; else the list of applications."""
        super().showEvent(event)
        new = self.application.currentData() == NEW
        (self.company if new else self.application).setFocus()

    def accept(self) -> None:
        self.form.clear_errors()
        application_id = self.application.currentData()
        if application_id != NEW:
            self.chosen = (application_id, self._companies[application_id])
            super().accept()
            return
        company, position = self.company.text(), self.position.text()
        ok, new_id = application_ops.add(self.operations, self, company, position,
                                         {"status": Status.INTERVIEWING}, self.form.show_error)
        if ok:
            self.chosen = (new_id, company.strip())
            super().accept()


def log_interview_anywhere(parent: QWidget | None, operations: Operations,
                           today: dt.date) -> bool:
    """Ask which job, then log the interview; True once it is logged."""
    applications = [a for a in list_applications() if a.status not in ENDED]
    which = WhichApplicationDialog(operations, applications, parent)
    if which.exec() != QDialog.DialogCode.Accepted or which.chosen is None:
        return False
    application_id, company = which.chosen
    dialog = LogInterviewDialog(operations, application_id, company, today, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
