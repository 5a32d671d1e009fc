"""The form of one application: the job, where it stands, and the timeline they gave."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Level, Status
from jobfollowup.ui.widgets.forms import (
    FieldForm,
    OptionalDate,
    code_combo,
    combo_code,
    select_code,
    text_box,
)
from jobfollowup.ui.widgets.place_picker import PlaceField


class ApplicationForm(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.form = FieldForm()
        self.company = QLineEdit()
        self.position = QLineEdit()
        self.level = code_combo([(level.label, level) for level in Level])
        self.status = code_combo([(status.label, status) for status in Status])
        self.applied_on = OptionalDate(_("date known"))
        self.reply_by = OptionalDate(_("they gave a date"))
        self.place = PlaceField(with_region=False)
        self.country = self.place.country
        self.posting_url = QLineEdit()
        self.posting_url.setPlaceholderText("https://")
        self.notes = text_box(3)
        f = self.form
        f.add(_("&Company:"), self.company, "company")
        f.add(_("&Position:"), self.position, "position")
        f.add(_("&Level:"), self.level, "level",
              _("For a senior or executive role, references get a small gift (R13)."))
        f.add(_("Stat&us:"), self.status, "status",
              _("An offer, a no, or a job landed: every reference is told (R13)."))
        f.add(_("&Applied on:"), self.applied_on, "applied_on")
        f.add(_("They answer &by:"), self.reply_by, "reply_by",
              _("The date they gave for their answer: no check-in before it (R5)."))
        f.add(_("Countr&y:"), self.place, "country",
              _("Where the job is; its holidays apply to contacts without a country."))
        f.add(_("Posting lin&k:"), self.posting_url, "posting_url")
        f.add(_("No&tes:"), self.notes, "notes")
        self.setLayout(f)

    def load(self, detail) -> None:
        self.form.clear_errors()
        self.company.setText(detail.company if detail else "")
        self.position.setText(detail.position if detail else "")
        select_code(self.level, detail.level if detail else Level.MID)
        select_code(self.status, detail.status if detail else Status.APPLIED)
        self.applied_on.set_value(detail.applied_on if detail else dt.date.today())
        self.reply_by.set_value(detail.reply_by if detail else None)
        self.place.set_place(detail.country if detail else "")
        self.posting_url.setText(detail.posting_url if detail else "")
        self.notes.setPlainText(detail.notes if detail else "")

    def values(self) -> dict:
        return dict(company=self.company.text(), position=self.position.text(),
                    level=combo_code(self.level), status=combo_code(self.status),
                    applied_on=self.applied_on.value(), reply_by=self.reply_by.value(),
                    country=self.country.code(), posting_url=self.posting_url.text(),
                    notes=self.notes.toPlainText())
