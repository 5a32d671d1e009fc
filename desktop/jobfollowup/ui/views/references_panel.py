"""The references of one application as a checklist (R11–R13), with the events that plan
their follow-ups as buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language
from jobfollowup.i18n.formatting import SHORT, format_date
from jobfollowup.rules.kinds import Role
from jobfollowup.services.records.contacts import contact_names
from jobfollowup.services.records.references import (
    EVENTS,
    list_references,
    step_label,
)
from jobfollowup.ui.dialogs.quick_contact import QuickContactDialog
from jobfollowup.ui.operations import references as reference_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.forms import combo_code, select_code
from jobfollowup.ui.widgets.plan_summary import describe
from jobfollowup.ui.widgets.sort_item import sort_key

REFERENCE_ROLE = Qt.ItemDataRole.UserRole
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
# The events a person learns of and clicks; the rest tick themselves as notes are sent.
BUTTONS = ("asked", "agreed", "heads-up", "employer-contacted", "thanked")


class ReferencesPanel(QWidget):
    def __init__(self, operations: Operations, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.operations, self._today = operations, today
        self.application_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setAccessibleName(_("References and where each stands"))
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(self._tick_step)
        self.tree.currentItemChanged.connect(lambda *_args: self._enable())
        self.empty = QLabel(_("No references yet. Add one before you give their name to "
                              "the employer: they get a heads-up with talking points (R11)."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")

        self.contact = QComboBox()
        self.contact.setAccessibleName(_("Contact to add as a reference"))
        self.add_button = QPushButton(_("Add as &reference"))
        self.add_button.clicked.connect(self.add)
        # The person on a row of their own: a name and a company need the room; the two
        # ways to add under it.
        adding = QGridLayout()
        adding.addWidget(QLabel(_("Add:")), 0, 0)
        adding.addWidget(self.contact, 0, 1, 1, 3)
        new_person = QPushButton(_("New contact…"))
        new_person.setToolTip(_("Add someone who is not in your contacts yet as a reference"))
        new_person.clicked.connect(self.new_reference)
        adding.addWidget(self.add_button, 1, 1)
        adding.addWidget(new_person, 1, 2)
        adding.setColumnStretch(3, 1)

        self.buttons: dict[str, QPushButton] = {}
        heading = QLabel(_("For the selected reference, today:"))
        heading.setWordWrap(True)
        grid = QGridLayout()
        for number, event in enumerate(BUTTONS):
            button = QPushButton(step_label(event))
            button.setToolTip(_("Tick “{step}” for the selected reference, dated today").format(
                step=step_label(event)))
            button.clicked.connect(lambda _checked=False, e=event: self.record(e))
            self.buttons[event] = button
            grid.addWidget(button, number // 2, number % 2)
        self.remove_button = QPushButton(_("Remove"))
        self.remove_button.setToolTip(_("No longer list the selected contact as a reference"))
        self.remove_button.clicked.connect(self.remove)
        grid.addWidget(self.remove_button, len(BUTTONS) // 2, len(BUTTONS) % 2)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names are user text
        self.notice.setWordWrap(True)
        self.notice.hide()
        body = QVBoxLayout()
        body.addWidget(self.empty)
        body.addWidget(self.tree, 1)
        body.addWidget(heading)
        body.addLayout(grid)

        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)

    def load(self, application_id: int | None) -> None:
        if application_id != self.application_id:
            self.notice.hide()
        self.application_id = application_id
        self.contact.clear()
        people = contact_names()
        listed = {r.contact_id for r in (list_references(application_id)
                                         if application_id is not None else [])}
        # People who vouch for you come first: you ask them again (R13).
        people.sort(key=lambda p: (p[3] != Role.REFERENCE, sort_key(p[1])))
        for contact_id, name, organisation, _role in people:
            if contact_id in listed:
                continue
            self.contact.addItem(f"{name} · {organisation}" if organisation else name,
                                 contact_id)
        selected = self.selected_reference()
        self.tree.clear()
        rows = list_references(application_id) if application_id is not None else []
        language = current_language()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for row in rows:
            top = QTreeWidgetItem([row.contact_name])
            top.setFont(0, bold)
            if row.next_step:
                next_text = _("Next: {kind}, {date}").format(
                    kind=row.next_step.kind.label,
                    date=format_date(row.next_step.date, language, SHORT))
                top.setText(0, f"{row.contact_name} — {next_text}")
                top.setToolTip(0, next_text)
            top.setData(0, REFERENCE_ROLE, row.id)
            top.setData(0, EVENT_ROLE, "")  # never None: see ui/widgets/forms.py
            self.tree.addTopLevelItem(top)
            for event in EVENTS:
                day = row.dates[event]
                mark = "☑" if day else "☐"
                text = f"{mark} {step_label(event)}"
                if day:
                    text += " — " + format_date(day, language, SHORT, with_year=False)
                step = QTreeWidgetItem([text])
                step.setToolTip(0, _("Double-click to tick it today") if not day else text)
                step.setData(0, REFERENCE_ROLE, row.id)
                step.setData(0, EVENT_ROLE, event)
                top.addChild(step)
            top.setExpanded(True)
            if row.id == selected:
                self.tree.setCurrentItem(top)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._enable()

    def selected_reference(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, REFERENCE_ROLE) if item is not None else None

    def select(self, reference_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, REFERENCE_ROLE) == reference_id:
                self.tree.setCurrentItem(item)

    def _enable(self) -> None:
        chosen = self.selected_reference() is not None
        for button in (*self.buttons.values(), self.remove_button):
            button.setEnabled(chosen)
        self.add_button.setEnabled(self.application_id is not None and self.contact.count() > 0)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def add(self) -> None:
        contact_id = combo_code(self.contact)
        if self.application_id is None or contact_id is None:
            return
        application_id, today = self.application_id, self._today()
        ok, result = reference_ops.add(self.operations, self, application_id, contact_id,
                                       self.contact.currentText(), today)
        if ok:
            self._say(describe(result))

    def new_reference(self) -> None:
        if self.application_id is None:
            return
        dialog = QuickContactDialog(self.operations, self, role=Role.REFERENCE)
        if dialog.exec() and dialog.contact_id is not None:
            select_code(self.contact, dialog.contact_id)
            self.add()

    def record(self, event: str) -> None:
        reference_id = self.selected_reference()
        if reference_id is None:
            return
        today = self._today()
        ok, result = reference_ops.tick(self.operations, self, reference_id, event, today)
        if ok:
            changes = result
            self.load(self.application_id)
            self.select(reference_id)
            self._say(describe(changes) if changes else _("“{step}” ticked.").format(
                step=step_label(event)))

    def _tick_step(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        event = item.data(0, EVENT_ROLE)
        if event:
            self.tree.setCurrentItem(item)
            self.record(event)

    def remove(self) -> None:
        reference_id = self.selected_reference()
        if reference_id is None:
            return
        reference_ops.remove(self.operations, self, reference_id)
