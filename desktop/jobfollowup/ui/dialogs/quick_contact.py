"""Adding a person without leaving what you are doing (an interview, a reference): the
few fields that matter now; the rest can wait for the Contacts view."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Role
from jobfollowup.ui.operations import contacts as contact_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import FieldForm, code_combo, combo_code, select_code
from jobfollowup.ui.widgets.message_boxes import save_or_cancel
from jobfollowup.ui.widgets.place_picker import PlaceField


class QuickContactDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None, *,
                 role: str = Role.INTERVIEWER, organisation: str = "", country: str = "") -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(_("New contact"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("Exactly as they write it, e.g. Åse Ødegård"))
        self.role = code_combo([(role.label, role) for role in Role])
        select_code(self.role, role)
        self.organisation = QLineEdit(organisation)
        self.email = QLineEdit()
        self.place = PlaceField(region_beside=False)
        self.place.set_place(country)
        self.country, self.subdivision = self.place.country, self.place.region
        self.form = FieldForm()
        self.form.add(_("&Name:"), self.name, "name")
        self.form.add(_("Ro&le:"), self.role, "role")
        self.form.add(_("&Organisation:"), self.organisation, "organisation")
        self.form.add(_("E&mail:"), self.email, "email")
        self.form.add(_("Countr&y:"), self.place, "country")
        self.form.add(_("Re&gion:"), self.subdivision, "subdivision")
        save_or_cancel(self, self.form)
        self.contact_id: int | None = None

    def accept(self) -> None:
        name, fields = self.name.text(), dict(
            role=combo_code(self.role), organisation=self.organisation.text(),
            email=self.email.text(), country=self.country.code(),
            subdivision=self.subdivision.code() or None)
        ok, contact_id = contact_ops.add(self.operations, self, name, fields,
                                         self.form.show_error)
        if ok:
            self.contact_id = contact_id
            super().accept()
