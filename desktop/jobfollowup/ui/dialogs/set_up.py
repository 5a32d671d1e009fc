"""The first-run set-up: what every note needs from the person before the first one goes
out. Their name as they sign (without it every note ends unsigned), where they live (the
home of their post, R2, and of the holidays the calendar shows, R7) and the language
their notes are usually in. Kept for the person, not for one data folder; Edit →
Preferences holds the same fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from jobfollowup.i18n import LANGUAGES, _
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning.places import home_country
from jobfollowup.services.records.contacts import usual_note_language
from jobfollowup.ui.operations import settings as settings_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import FieldForm, code_combo, combo_code, select_code
from jobfollowup.ui.widgets.message_boxes import language_name, localise_buttons
from jobfollowup.ui.widgets.place_picker import CountryPicker, RegionPicker


class SetUpDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(_("Welcome to Job Follow-up"))
        self.setMinimumWidth(460)

        intro = QLabel(_("Your notes go out under your name. Three things make them right "
                         "from the first one; you can change them at any time in Edit → "
                         "Preferences."))
        intro.setWordWrap(True)
        self.sender_name = QLineEdit(settings.get("sender_name"))
        self.sender_name.setPlaceholderText(_("e.g. Alex Martin"))
        self.country = CountryPicker()
        self.country.set_code(home_country())
        self.region = RegionPicker(self.country)
        self.region.set_code(settings.get("home_subdivision"))
        self.note_language = code_combo([(language_name(code), code) for code in LANGUAGES])
        select_code(self.note_language, usual_note_language())

        self.form = FieldForm()
        self.form.add(_("Your &name, as you sign:"), self.sender_name, "sender_name",
                      _("Every note ends with it"))
        self.form.add(_("Your &country:"), self.country, "home_country",
                      _("Where your post leaves from, and whose public holidays the "
                        "calendar shows"))
        self.form.add(_("Your &region:"), self.region, "home_subdivision",
                      _("Some holidays are regional; leave it empty if you are not sure"))
        self.form.add(_("Notes usually in:"), self.note_language, "note_language",
                      _("The language a new contact's notes are written in; each contact "
                        "can have their own"))

        buttons = localise_buttons(QDialogButtonBox())
        self.save_button = buttons.addButton(_("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(_("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(_("Edit → Preferences holds the same fields"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # Enter saves (once the button is in the dialog)
        self.sender_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self.form.clear_errors()
        if not self.sender_name.text().strip():
            self.form.show_error(ValidationError(
                _("Type the name you sign your notes with, or choose Later."), "sender_name"))
            return
        if settings_ops.save_profile(
                self.operations, self, self.sender_name.text(), self.country.code(),
                self.region.code(), combo_code(self.note_language), self.form.show_error):
            super().accept()

    def reject(self) -> None:
        settings_ops.skip_set_up(self.operations, self)
        super().reject()


def offer_set_up(parent: QWidget, operations: Operations) -> None:
    """The set-up, once: on the first start, until it was saved or put off."""
    if not settings.get("set_up"):
        SetUpDialog(operations, parent).open()
