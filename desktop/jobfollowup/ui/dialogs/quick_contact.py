"""Adding a person without leaving what you are doing (an interview, a reference): the
few fields that matter now; the rest can wait for the Contacts view. And adding the one
field a handwritten thank-you waits for, the postal address, from where it was missed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Role
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.ui.operations import contacts as contact_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import FieldForm, code_combo, combo_code, select_code, text_box
from jobfollowup.ui.widgets.message_boxes import save_or_cancel
from jobfollowup.ui.widgets.place_picker import PlaceField


def address_hint() -> str:
    """Why a postal address matters when it is asked for (R2)."""
    return _("A handwritten thank-you is planned only for someone whose postal address "
             "you know. You can add it later in Contacts.")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class QuickContactDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None, *,
                 role: str = Role.INTERVIEWER, organisation: str = "", country: str = "") -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(_("New contact"))
        self.setMinimumWidth(480)
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("Exactly as they write it, e.g. Åse Ødegård"))
        self.role = code_combo([(role.label, role) for role in Role])
        select_code(self.role, role)
        self.organisation = QLineEdit(organisation)
        self.email = QLineEdit()
        self.postal_address = text_box(2, _("For a handwritten thank-you"))
        self.place = PlaceField(region_beside=False)
        self.place.set_place(country)
        self.country, self.subdivision = self.place.country, self.place.region
        self.form = FieldForm()
        self.form.add(_("&Name:"), self.name, "name")
        self.form.add(_("Ro&le:"), self.role, "role")
        self.form.add(_("&Organisation:"), self.organisation, "organisation")
        self.form.add(_("E&mail:"), self.email, "email")
        self.form.add(_("Postal addr&ess:"), self.postal_address, "postal_address")
        self.hint = _hint(address_hint())  # under the field it is about
        self.form.addRow("", self.hint)
        self.form.add(_("Countr&y:"), self.place, "country")
        self.form.add(_("Re&gion:"), self.subdivision, "subdivision")
        save_or_cancel(self, self.form)
        self.contact_id: int | None = None

    def accept(self) -> None:
        name, fields = self.name.text(), dict(
            role=combo_code(self.role), organisation=self.organisation.text(),
            email=self.email.text(), postal_address=self.postal_address.toPlainText(),
            country=self.country.code(), subdivision=self.subdivision.code() or None)
        ok, contact_id = contact_ops.add(self.operations, self, name, fields,
                                         self.form.show_error)
        if ok:
            self.contact_id = contact_id
            super().accept()


class PostalAddressDialog(QDialog):
    """The postal address of one person, asked where a note was left out for want of it;
    saving it plans the note (`changes` says what was planned)."""

    def __init__(self, operations: Operations, contact_id: int, name: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations, self.contact_id, self.name, self.today = (
            operations, contact_id, name, today)
        self.setWindowTitle(_("Postal address of {name}").format(name=name))
        self.setMinimumWidth(420)
        self.address = text_box(4, _("Street, postcode and town, as on an envelope"))
        self.form = FieldForm()
        self.form.add(_("Postal addr&ess:"), self.address, "postal_address")
        save_or_cancel(self, self.form)
        self.changes: PlanChanges | None = None

    def accept(self) -> None:
        self.form.clear_errors()
        ok, changes = contact_ops.add_postal_address(
            self.operations, self, self.contact_id, self.name, self.address.toPlainText(),
            self.today, self.form.show_error)
        if ok:
            self.changes = changes
            super().accept()


def ask_postal_address(parent: QWidget | None, operations: Operations, contact_id: int,
                       name: str, today: dt.date) -> PlanChanges | None:
    """What adding their address planned; None when the person cancelled."""
    dialog = PostalAddressDialog(operations, contact_id, name, today, parent)
    return dialog.changes if dialog.exec() else None
