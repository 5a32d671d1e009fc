""""They replied": how they answered, whether it was the outcome, and what changes then.

Their reply ends the waiting check-ins of the application, unless they said by when they
will decide: that date is their new timeline (R5), and the check-ins wait until after it.
When it is the outcome, the application takes it and the references hear about it (R13).
The user reads what the plan became, and is offered their reply channel as the preferred
one (R8).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from jobfollowup.i18n import _
from jobfollowup.rules import Channel
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.records.replies import Replied
from jobfollowup.ui.dialogs.interaction import outcome_choices
from jobfollowup.ui.operations import follow_ups as follow_up_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.follow_up_text import summary
from jobfollowup.ui.widgets.forms import (
    FieldForm,
    OptionalDate,
    code_combo,
    combo_code,
    select_code,
    text_box,
)
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
                         "this application stop, unless they said by when they will "
                         "decide: then they wait until after that day.").format(
            follow_up=summary(row)))
        intro.setWordWrap(True)
        self.channel = code_combo([(c.label, c.value) for c in Channel])
        select_code(self.channel, row.channel.value)
        self.outcome = code_combo(outcome_choices())
        self.outcome.setEnabled(row.application_id is not None)
        self.outcome.setToolTip(_("An offer or a rejection is news your references hear "
                                  "from you (R13)"))
        self.decide_by = OptionalDate(_("they gave a date"))
        self.decide_by.edit.setDate(QDate(today.year, today.month, today.day))
        self.summary = text_box(3, _("e.g. They will decide by Friday"))
        self.form = FieldForm()
        self.form.add(_("&They answered by:"), self.channel, "channel")
        self.form.add(_("Was it the &outcome?"), self.outcome, "outcome")
        self.form.add(_("They will &decide by:"), self.decide_by, "decide_by",
                      _("No check-in before that day (R5); the check-ins still planned "
                        "move after it instead of stopping."))
        self.form.add(_("&Summary:"), self.summary, "summary")
        self.outcome.currentIndexChanged.connect(self._update_decision)
        self._update_decision()
        save_or_cancel(self, intro, self.form)

    def _update_decision(self) -> None:
        """A decision date only means something while there is no decision yet."""
        self.decide_by.set_available(self.row.application_id is not None
                                     and combo_code(self.outcome) is None)

    def accept(self) -> None:
        self.form.clear_errors()

        def failed(error: ValidationError) -> None:
            self.form.show_error(error)

        today, channel = self.today, combo_code(self.channel)
        said, outcome = self.summary.toPlainText(), combo_code(self.outcome)
        ok, replied = follow_up_ops.note_reply(self.operations, self, self.row, today,
                                               channel, said, outcome, failed,
                                               self.decide_by.value())
        if ok:
            self.replied = replied
            super().accept()
