"""Logging an interview: when, how, with whom — then the three personal points of R3 and
a personal detail, which every thank-you draft will mention. The same dialog corrects an
interview logged earlier (its plan follows), and a smaller one edits its points."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import N_, _
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.records.contacts import contact_names
from jobfollowup.services.records.core import FORMATS
from jobfollowup.services.records.interactions import plan_warnings
from jobfollowup.services.records.interviews import interviewer_ids
from jobfollowup.ui.dialogs.quick_contact import QuickContactDialog, ask_postal_address
from jobfollowup.ui.operations import interviews as interview_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import (
    FieldForm,
    code_combo,
    combo_code,
    date_time_edit,
    select_code,
)
from jobfollowup.ui.widgets.message_boxes import save_or_cancel
from jobfollowup.ui.widgets.plan_summary import PlannedDialog, describe
from jobfollowup.ui.widgets.sort_item import sort_key

FORMAT_LABELS = {"on-site": N_("on site"), "video": N_("video call"), "phone": N_("phone call")}


def format_label(code: str) -> str:
    return _(FORMAT_LABELS[code]) if code in FORMAT_LABELS else code


def _same(organisation: str, company: str) -> bool:
    return bool(organisation) and sort_key(organisation) == sort_key(company)


class PointsForm(FieldForm):
    """R3: what made the conversation theirs — the drafts quote it."""

    def __init__(self, points=None) -> None:
        super().__init__()
        self.highlight = QLineEdit(points.highlight if points else "")
        self.highlight.setPlaceholderText(_("e.g. the data platform migration"))
        self.surprise = QLineEdit(points.surprise if points else "")
        self.surprise.setPlaceholderText(_("e.g. how much you share with open source"))
        self.resonated = QLineEdit(points.resonated if points else "")
        self.resonated.setPlaceholderText(_("e.g. a safety-first culture"))
        self.personal_detail = QLineEdit(points.personal_detail if points else "")
        self.personal_detail.setPlaceholderText(_("e.g. your skiing trip to Hemsedal"))
        self.add(_("A &highlight:"), self.highlight, "highlight",
                 _("A moment of the conversation worth recalling."))
        self.add(_("What &surprised you:"), self.surprise, "surprise",
                 _("Something you learned about the company."))
        self.add(_("What &resonated:"), self.resonated, "resonated",
                 _("Something that matches your own values."))
        self.add(_("A &personal detail:"), self.personal_detail, "personal_detail",
                 _("A trip, a restaurant, a hobby they mentioned."))

    def values(self) -> dict:
        return dict(highlight=self.highlight.text(), surprise=self.surprise.text(),
                    resonated=self.resonated.text(),
                    personal_detail=self.personal_detail.text())


class LogInterviewDialog(QDialog):
    """Store an interview; the rules then plan its thank-yous and check-ins. Given an
    `interview` logged earlier, correct its day, format and interviewers instead (its
    points have their own dialog); the change can be undone."""

    def __init__(self, operations: Operations, application_id: int, company: str,
                 today: dt.date, parent: QWidget | None = None, country: str = "",
                 interview=None) -> None:
        super().__init__(parent)
        self.operations, self.application_id, self.today = operations, application_id, today
        self.company, self.country = company, country
        self.interview = interview
        self.setWindowTitle(
            _("Edit the interview at {company}").format(company=company) if interview
            else _("Log an interview at {company}").format(company=company))
        self.setMinimumWidth(520)
        self.when = date_time_edit(interview.starts_at if interview
                                   else dt.datetime.combine(today, dt.time(10, 0)))
        self.format = code_combo([(format_label(code), code) for code in FORMATS])
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_("Filter contacts…"))
        self.filter.setAccessibleName(_("Filter contacts…"))
        self.filter.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setAccessibleName(_("Interviewers"))
        self.people.setMinimumHeight(140)
        people = contact_names()
        # Those who work there come first: they are likely the ones you met.
        people.sort(key=lambda p: (not _same(p[2], company), sort_key(p[1])))
        for contact_id, name, organisation, _role in people:
            item = QListWidgetItem(f"{name} · {organisation}" if organisation else name)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if _same(organisation, company):
                item.setToolTip(_("Works at {company}").format(company=company))
            self.people.addItem(item)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.filter)
        people_layout.addWidget(self.people)
        new_person = QPushButton(_("New contact…"))
        new_person.setToolTip(_("Add someone you met who is not in your contacts yet"))
        new_person.clicked.connect(self.new_contact)
        people_layout.addWidget(new_person, 0, Qt.AlignmentFlag.AlignLeft)
        people.setFocusProxy(self.filter)
        self.form = FieldForm()
        self.form.add(_("&When:"), self.when, "starts_at")
        self.form.add(_("&Format:"), self.format, "format")
        self.form.add(_("&Interviewers:"), people, "interviewers")
        self.check_ins = QComboBox()
        self.form.add(_("Chec&k-ins with:"), self.check_ins, None, _(
            "Who gets your check-ins while you wait for an answer, and the keep-in-touch "
            "note after them: the recruiter or the hiring manager, usually"))
        self.people.itemChanged.connect(lambda _item: self._offer_check_ins())
        self._offer_check_ins()
        self.filter.textChanged.connect(self._filter)
        self.planned: list[int] = []
        self.changes = None  # what an edit did to the plan
        self.summary: PlannedDialog | None = None
        if interview is not None:
            select_code(self.format, interview.format)
            ids = interviewer_ids(interview.id)
            for contact_id in ids:
                self.check(contact_id)
            if ids:  # the first one chosen has the check-ins
                self.check_ins.setCurrentIndex(max(0, self.check_ins.findData(ids[0])))
            save_or_cancel(self, self.form)
            return

        self.points = PointsForm()
        box = QGroupBox(_("What to mention in your thank-yous"))
        hint = QLabel(_("A thank-you is personal: note one or more of these while the "
                        "conversation is fresh (you can add them later too)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(hint)
        box_layout.addLayout(self.points)

        save_or_cancel(self, self.form, box)

    def add_person(self, contact_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.people.insertItem(0, item)
        self._offer_check_ins()

    def _offer_check_ins(self) -> None:
        """Offer the interviewers checked; the one chosen stays chosen while checked, else
        the first is."""
        kept = self.check_ins.currentData()
        self.check_ins.clear()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                self.check_ins.addItem(item.text(), item.data(Qt.ItemDataRole.UserRole))
        self.check_ins.setCurrentIndex(max(0, self.check_ins.findData(kept)))
        self.check_ins.setEnabled(self.check_ins.count() > 1)

    def new_contact(self) -> None:
        dialog = QuickContactDialog(self.operations, self, organisation=self.company,
                                    country=self.country)
        if dialog.exec() and dialog.contact_id is not None:
            self.add_person(dialog.contact_id, dialog.name.text().strip())

    def _filter(self, text: str) -> None:
        words = text.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(words) and words not in item.text().casefold())

    def check(self, contact_id: int) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == contact_id:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[int]:
        """The interviewers checked, the one with the check-ins first (the services plan
        the check-ins for the first)."""
        checked = [self.people.item(row).data(Qt.ItemDataRole.UserRole)
                   for row in range(self.people.count())
                   if self.people.item(row).checkState() == Qt.CheckState.Checked]
        first = self.check_ins.currentData()
        return sorted(checked, key=lambda contact_id: contact_id != first)

    def accept(self) -> None:
        self.form.clear_errors()
        if self.interview is not None:
            self._save_edit()
            return
        self.points.clear_errors()

        def failed(error: ValidationError) -> None:
            if error.field in self.points.errors:
                self.points.show_error(error)
            else:
                self.form.show_error(error)

        application_id, when = self.application_id, self.when.dateTime().toPython()
        chosen, format_code, points = self.chosen(), combo_code(self.format), self.points.values()
        ok, planned = interview_ops.log(self.operations, self, application_id, self.company,
                                        when, chosen, format_code, points, failed)
        if not ok:
            return
        self.planned = planned
        super().accept()
        self.summary = PlannedDialog(
            self.parentWidget(), _("Follow-ups planned"), planned, plan_warnings(planned),
            lambda contact_id, name: ask_postal_address(self.summary, self.operations,
                                                        contact_id, name, self.today))
        self.summary.open()

    def _save_edit(self) -> None:
        interview_id, when = self.interview.id, self.when.dateTime().toPython()
        chosen, format_code = self.chosen(), combo_code(self.format)
        ok, result = interview_ops.edit(self.operations, self, interview_id, self.company,
                                        when, chosen, format_code, self.form.show_error)
        if ok:
            self.changes = result
            super().accept()

    def said(self) -> str:
        """What the edit did, for the window to say."""
        text = _("Interview saved.")
        return f"{text}\n{describe(self.changes)}" if self.changes else text


class EditPointsDialog(QDialog):
    def __init__(self, operations: Operations, interview, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.operations, self.interview_id = operations, interview.id
        self.setWindowTitle(_("What to mention in your thank-yous"))
        self.setMinimumWidth(480)
        self.points = PointsForm(interview)
        save_or_cancel(self, self.points)

    def accept(self) -> None:
        interview_id, points = self.interview_id, self.points.values()
        if interview_ops.edit_points(self.operations, self, interview_id, points,
                                     self.points.show_error):
            super().accept()
