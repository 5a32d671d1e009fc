"""Logging one exchange with a contact: when, how, who wrote, and what was said."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.rules import Channel
from jobfollowup.rules.kinds import Direction, Status
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records.core import list_applications
from jobfollowup.ui.operations import contacts as contact_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import (
    FieldForm,
    OptionalDate,
    code_combo,
    combo_code,
    date_edit,
    select_code,
    text_box,
)
from jobfollowup.ui.widgets.message_boxes import ask, save_or_cancel
from jobfollowup.ui.widgets.plan_summary import describe


def direction_label(direction: str) -> str:
    return _("They wrote") if direction == "in" else _("You wrote")


def outcome_choices() -> list[tuple[str, str | None]]:
    return [(_("Not yet: they answered, no decision"), None),
            (_("An offer"), Status.OFFER), (_("A rejection"), Status.REJECTED)]


def offer_preferred_channel(parent: QWidget | None, operations: Operations, contact_id: int,
                            name: str, channel: Channel) -> PlanChanges:
    """R8: they answered on another channel — that is how they like to be reached."""
    if not ask(parent, _("Their preferred channel?"),
               _("{name} answered by {channel}. People answer the way they prefer to be "
                 "reached: make {channel} the channel for your next follow-ups with "
                 "them?").format(name=name, channel=channel.label),
               _("Use {channel}").format(channel=channel.label), _("Keep as it is")):
        return PlanChanges()
    ok, changes = contact_ops.use_channel(operations, parent, contact_id, name, channel)
    return changes if ok else PlanChanges()


def show_plan_changes(parent: QWidget | None, changes: PlanChanges) -> None:
    """Say in words what a reply did to the plan (plan_summary's lines)."""
    if changes:
        box = QMessageBox(QMessageBox.Icon.Information, _("What changed in your plan"),
                          describe(changes), parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names as the user typed them
        box.exec()


class LogInteractionDialog(QDialog):
    def __init__(self, operations: Operations, contact_id: int, contact_name: str,
                 today: dt.date, parent: QWidget | None = None,
                 channel: str | None = None) -> None:
        super().__init__(parent)
        self.operations, self.contact_id, self.contact_name = operations, contact_id, contact_name
        self.setWindowTitle(_("Log an exchange with {name}").format(name=contact_name))
        self.setMinimumWidth(460)
        self.date = date_edit(today)
        self.channel = code_combo([(c.label, c.value) for c in Channel])
        select_code(self.channel, channel or Channel.EMAIL.value)
        self.direction = code_combo([(direction_label("out"), "out"),
                                     (direction_label("in"), "in")])
        self.application = code_combo([(_("No application"), None)] + [
            (f"{a.company} — {a.position}", a.id) for a in list_applications()])
        self.summary = text_box(4, _("e.g. She called to say the decision moves to Friday"))
        self.outcome = code_combo(outcome_choices())
        self.outcome.setToolTip(_("A reply about an application ends its check-ins; an "
                                  "offer or a rejection is news your references hear "
                                  "from you (R13)"))
        self.decide_by = OptionalDate(_("they gave a date"))
        self.decide_by.edit.setDate(self.date.date())
        self.decide_by.setToolTip(_("The day they said they will decide by: the check-ins "
                                    "wait until after it (R5) instead of stopping"))
        for combo in (self.direction, self.application, self.outcome):
            combo.currentIndexChanged.connect(self._update_outcome)
        self.form = FieldForm()
        self.form.add(_("&Date:"), self.date, "date")
        self.form.add(_("&Channel:"), self.channel, "channel")
        self.form.add(_("&Who wrote:"), self.direction, "direction")
        self.form.add(_("&Application:"), self.application, "application")
        self.form.add(_("Was it the &outcome?"), self.outcome, "outcome")
        self.form.add(_("They will decide &by:"), self.decide_by, "decide_by")
        self.form.add(_("&Summary:"), self.summary, "summary")
        save_or_cancel(self, self.form)
        self.logged = None
        self._update_outcome()

    def _update_outcome(self) -> None:
        """Only a reply about an application can be its outcome, or give the day they will
        decide by (when it is not the outcome yet)."""
        about_application = (combo_code(self.direction) == Direction.IN
                             and combo_code(self.application) is not None)
        self.outcome.setEnabled(about_application)
        if not about_application:
            self.outcome.setCurrentIndex(0)
        self.decide_by.set_available(about_application and combo_code(self.outcome) is None)

    def accept(self) -> None:
        self.form.clear_errors()

        def failed(error: ValidationError) -> None:
            self.form.show_error(error)

        day, channel = self.date.date().toPython(), combo_code(self.channel)
        summary, application = self.summary.toPlainText(), combo_code(self.application)
        if combo_code(self.direction) == Direction.IN:  # a reply re-plans what it answers
            outcome = combo_code(self.outcome)
            ok, logged = contact_ops.log_reply(
                self.operations, self, self.contact_id, self.contact_name, day, channel,
                summary, application, outcome, failed, self.decide_by.value())
        else:
            ok, logged = contact_ops.log_exchange(
                self.operations, self, self.contact_id, self.contact_name, day, channel,
                summary, application, failed)
        if not ok:
            return
        self.logged = logged
        super().accept()
        changes = getattr(logged, "changes", PlanChanges())
        if logged.suggested_channel is not None:
            changes += offer_preferred_channel(self.parentWidget(), self.operations,
                                               self.contact_id, self.contact_name,
                                               logged.suggested_channel)
        show_plan_changes(self.parentWidget(), changes)
