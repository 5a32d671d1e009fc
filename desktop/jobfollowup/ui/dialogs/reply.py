""""They replied": how they answered, whether it was the outcome, and what changes then.

Their reply ends the waiting check-ins of the application; when it is the outcome, the
application takes it and the references hear about it (R13). The user reads what the plan
became, and is offered their reply channel as the preferred one (R8).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from jobfollowup.i18n import _
from jobfollowup.rules import Channel
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.follow_ups import FollowUpRow
from jobfollowup.services.records.replies import Replied
from jobfollowup.ui.dialogs.interaction import outcome_choices
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.follow_up_text import summary
from jobfollowup.ui.widgets.forms import FieldForm, code_combo, combo_code, select_code, text_box
from jobfollowup.ui.widgets.message_boxes import save_or_cancel


class ReplyDialog(QDialog):
    def __init__(self, operations: Operations, row: FollowUpRow, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations, self.row, self.today = operations, row, today
        self.replied: Replied | None = None
        self.setWindowTitle(_("{name} replied").format(name=row.contact_name))
        self.setMinimumWidth(460)
        intro = QLabel(_("Their answer to “{follow_up}”. The check-ins still planned for "
                         "this application stop: there is no need to ask again.").format(
            follow_up=summary(row)))
        intro.setWordWrap(True)
        self.channel = code_combo([(c.label, c.value) for c in Channel])
        select_code(self.channel, row.channel.value)
        self.outcome = code_combo(outcome_choices())
        self.outcome.setEnabled(row.application_id is not None)
        self.outcome.setToolTip(_("An offer or a rejection is news your references hear "
                                  "from you (R13)"))
        self.summary = text_box(3, _("e.g. They will decide by Friday"))
        self.form = FieldForm()
        self.form.add(_("&They answered by:"), self.channel, "channel")
        self.form.add(_("&Was it the outcome?"), self.outcome, "outcome")
        self.form.add(_("&Summary:"), self.summary, "summary")
        save_or_cancel(self, intro, self.form)

    def accept(self) -> None:
        self.form.clear_errors()

        def failed(error: ValidationError) -> None:
            self.form.show_error(error)

        today, channel = self.today, combo_code(self.channel)
        said, outcome = self.summary.toPlainText(), combo_code(self.outcome)
        ok, replied = follow_up_ops.note_reply(self.operations, self, self.row, today,
                                               channel, said, outcome, failed)
        if ok:
            self.replied = replied
            super().accept()
