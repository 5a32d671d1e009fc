"""The form of one contact: every field a note needs, saved all at once or not at all."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from jobfollowup.i18n import LANGUAGES, _, current_language
from jobfollowup.rules import Channel
from jobfollowup.rules.kinds import Role
from jobfollowup.services.records.contacts import usual_note_language
from jobfollowup.ui.dialogs.quick_contact import address_hint
from jobfollowup.ui.widgets.forms import (
    FieldForm,
    code_combo,
    combo_code,
    select_code,
    text_box,
)
from jobfollowup.ui.widgets.message_boxes import language_name
from jobfollowup.ui.widgets.place_picker import PlaceField


class ContactForm(QWidget):
    """Every field of one contact; saved all at once, or not at all."""

    def __init__(self) -> None:
        super().__init__()
        self.form = FieldForm()
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("Exactly as they write it, e.g. Åse Ødegård"))
        self.form_of_address = QLineEdit()
        self.form_of_address.setPlaceholderText(_("e.g. Ms, Dr, Madame, Dott.ssa"))
        self.first_name_terms = QCheckBox(_("On first-name terms"))
        self.role = code_combo([(role.label, role) for role in Role])
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(_("name@example.com"))
        self.phone = QLineEdit()
        self.postal_address = text_box(3, _("For handwritten notes and envelopes"))
        self.preferred_channel = code_combo(
            [(_("No preference yet"), None)] + [(c.label, c.value) for c in Channel])
        language = current_language()
        self.note_language = code_combo([(language_name(code, language).capitalize(), code)
                                         for code in LANGUAGES])
        self.place = PlaceField(region_beside=False)
        self.country, self.subdivision = self.place.country, self.place.region
        self.personal_details = text_box(2, _("A trip, a restaurant, a shared interest"))
        self.notes = text_box(3)

        f = self.form
        f.add(_("&Name:"), self.name, "name", _("Spelt exactly as they write it: every draft "
                                                "is checked against it (R15)."))
        f.add(_("Form of &address:"), self.form_of_address, "form_of_address",
              _("How a note greets them: Ms, Dr, Madame, Dott.ssa… or nothing."))
        f.add("", self.first_name_terms)
        f.add(_("Ro&le:"), self.role, "role")
        f.add(_("&Organisation:"), self.organisation, "organisation")
        f.add(_("E&mail:"), self.email, "email")
        f.add(_("&Phone:"), self.phone, "phone")
        f.add(_("Postal a&ddress:"), self.postal_address, "postal_address", address_hint())
        f.add(_("Preferred &channel:"), self.preferred_channel, "preferred_channel",
              _("The channel they answer on; follow-ups use it (R8)."))
        f.add(_("Note lang&uage:"), self.note_language, "note_language",
              _("The language notes to them are written in."))
        f.add(_("Countr&y:"), self.place, "country")
        f.add(_("Re&gion:"), self.subdivision, "subdivision")
        f.add(_("Personal deta&ils:"), self.personal_details, "personal_details",
              _("Worth mentioning in a note: a trip, a restaurant, a shared interest."))
        f.add(_("No&tes:"), self.notes, "notes")
        self.setLayout(f)

    def load(self, detail) -> None:
        self.form.clear_errors()
        self.name.setText(detail.name if detail else "")
        self.form_of_address.setText(detail.form_of_address if detail else "")
        self.first_name_terms.setChecked(bool(detail and detail.first_name_terms))
        select_code(self.role, detail.role if detail else Role.INTERVIEWER)
        self.organisation.setText(detail.organisation if detail else "")
        self.email.setText(detail.email if detail else "")
        self.phone.setText(detail.phone if detail else "")
        self.postal_address.setPlainText(detail.postal_address if detail else "")
        select_code(self.preferred_channel, detail.preferred_channel if detail else None)
        select_code(self.note_language, detail.note_language if detail else usual_note_language())
        self.place.set_place(detail.country if detail else "",
                             detail.subdivision if detail else None)
        self.personal_details.setPlainText(detail.personal_details if detail else "")
        self.notes.setPlainText(detail.notes if detail else "")

    def values(self) -> dict:
        return dict(
            name=self.name.text(), form_of_address=self.form_of_address.text(),
            first_name_terms=self.first_name_terms.isChecked(),
            role=combo_code(self.role), organisation=self.organisation.text(),
            email=self.email.text(), phone=self.phone.text(),
            postal_address=self.postal_address.toPlainText(),
            preferred_channel=combo_code(self.preferred_channel),
            note_language=combo_code(self.note_language), country=self.country.code(),
            subdivision=self.subdivision.code() or None,
            personal_details=self.personal_details.toPlainText(),
            notes=self.notes.toPlainText())
