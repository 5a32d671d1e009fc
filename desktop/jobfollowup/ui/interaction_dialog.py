"""Logging one exchange with a contact: when, how, who wrote, and what was said."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from jobfollowup.i18n import _
from jobfollowup.rules import Channel
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.interactions import log_interaction, make_preferred
from jobfollowup.services.records import list_applications
from jobfollowup.ui.dialogs import ask, localise_buttons
from jobfollowup.ui.forms import FieldForm, code_combo, combo_code, select_code, text_box
from jobfollowup.ui.operations import CONTACTS, FOLLOW_UPS, Operations
from jobfollowup.ui.plan_summary import describe


def direction_label(direction: str) -> str:
    return _("They wrote") if direction == "in" else _("You wrote")


class LogInteractionDialog(QDialog):
    def __init__(self, operations: Operations, contact_id: int, contact_name: str,
                 today: dt.date, parent: QWidget | None = None,
                 channel: str | None = None) -> None:
        super().__init__(parent)
        self.operations, self.contact_id, self.contact_name = operations, contact_id, contact_name
        self.setWindowTitle(_("Log an exchange with {name}").format(name=contact_name))
        self.setMinimumWidth(460)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.channel = code_combo([(c.label, c.value) for c in Channel])
        select_code(self.channel, channel or Channel.EMAIL.value)
        self.direction = code_combo([(direction_label("out"), "out"),
                                     (direction_label("in"), "in")])
        self.application = code_combo([(_("No application"), None)] + [
            (f"{a.company} — {a.position}", a.id) for a in list_applications()])
        self.summary = text_box(4, _("e.g. She called to say the decision moves to Friday"))
        self.form = FieldForm()
        self.form.add(_("&Date:"), self.date, "date")
        self.form.add(_("&Channel:"), self.channel, "channel")
        self.form.add(_("&Who wrote:"), self.direction, "direction")
        self.form.add(_("&Application:"), self.application, "application")
        self.form.add(_("&Summary:"), self.summary, "summary")
        buttons = localise_buttons(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.logged = None

    def accept(self) -> None:
        self.form.clear_errors()

        def failed(error: ValidationError) -> None:
            self.form.show_error(error)

        ok, logged = self.operations.run(
            self, log_interaction, self.contact_id, self.date.date().toPython(),
            combo_code(self.channel), combo_code(self.direction),
            self.summary.toPlainText(), combo_code(self.application),
            changes={CONTACTS}, on_error=failed)
        if not ok:
            return
        self.logged = logged
        super().accept()
        if logged.suggested_channel is not None:
            self.offer_preference(logged.suggested_channel)

    def offer_preference(self, channel: Channel) -> None:
        """R8: they answered on another channel — that is how they like to be reached."""
        if not ask(self.parentWidget(), _("Their preferred channel?"),
                   _("{name} answered by {channel}. People answer the way they prefer to be "
                     "reached: make {channel} the channel for your next follow-ups with "
                     "them?").format(name=self.contact_name, channel=channel.label),
                   _("Use {channel}").format(channel=channel.label), _("Keep as it is")):
            return
        ok, changes = self.operations.run(self.parentWidget(), make_preferred,
                                          self.contact_id, channel.value,
                                          changes={CONTACTS, FOLLOW_UPS})
        if ok and changes:
            window = self.parentWidget().window() if self.parentWidget() else None
            if window is not None and hasattr(window, "statusBar"):
                window.statusBar().showMessage(describe(changes).replace("\n", " · "), 10000)
