"""Saying what the rules just planned or moved, in words, right after the user acted, and
what they did not plan and why (a handwritten note without a postal address)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import SHORT, format_date, format_day
from jobfollowup.services.planning.follow_ups import follow_up_rows
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records.interactions import plan_warnings, without_postal_address
from jobfollowup.ui.widgets.columns import fit_columns
from jobfollowup.ui.widgets.follow_up_text import details, summary, tooltip, why
from jobfollowup.ui.widgets.message_boxes import localise_buttons


def no_note_text(name: str) -> str:
    """Why an interviewer gets no handwritten thank-you (R2), and what changes that."""
    return _("No handwritten note is planned for {name}: their postal address is missing. "
             "Add it and the note is planned.").format(name=name)


# Adds a person's postal address (the id and name of the contact) and returns what that
# planned, or None when the person cancelled.
AddAddress = Callable[[int, str], PlanChanges | None]


def describe(changes: PlanChanges) -> str:
    """One line per follow-up planned, moved or no longer planned, then what the rules
    could not plan, any warning that one goes out on a channel never used with that person
    (R9), and any interviewer left without a handwritten note for want of an address (R2)."""
    language = current_language()

    def day(date) -> str:  # with its weekday: Italian then needs no article ("da martedì")
        return format_day(date, language, with_year=True)

    lines = []
    for change in changes.planned:
        lines.append(_("{follow_up}: planned for {date}").format(
            follow_up=change.kind.task(change.contact_name), date=day(change.after)))
    for change in changes.moved:
        if change.before == change.after:
            lines.append(_("{follow_up}: now by {channel}").format(
                follow_up=change.kind.task(change.contact_name),
                channel=change.channel.label))
        else:
            lines.append(_("{follow_up}: moved from {before} to {after}").format(
                follow_up=change.kind.task(change.contact_name), before=day(change.before),
                after=day(change.after)))
    for change in changes.dropped:
        lines.append(_("{follow_up}: no longer planned ({date})").format(
            follow_up=change.kind.task(change.contact_name), date=day(change.before)))
    lines.extend(changes.remarks)
    planned = [c.follow_up_id for c in changes.planned + changes.moved]
    lines.extend("⚠ " + warning for warning in plan_warnings(planned))
    lines.extend("⚠ " + no_note_text(name) for _id, name in without_postal_address(planned))
    return "\n".join(lines)


class PlannedDialog(QDialog):
    """The follow-ups just planned, each with its day, channel and why (hover), any
    one-channel warnings (R9), and each interviewer who gets no handwritten note for want
    of a postal address, with a button to add it there and then (`add_address`)."""

    def __init__(self, parent: QWidget | None, title: str, ids: list[int],
                 warnings: list[str] = (), add_address: AddAddress | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(720, 420)
        rows = follow_up_rows(ids)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([_("When"), _("Follow-up"), _("How")])
        self.tree.setAccessibleName(_("Planned follow-ups"))
        self.columns = fit_columns(self.tree, (1,))
        self.tree.setRootIsDecorated(False)
        self._why: list[str] = []
        self._add_rows(rows)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setWordWrap(True)
        self.reasons.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tree.currentItemChanged.connect(self._explain)
        if rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reasons)
        for warning in warnings:
            label = QLabel("⚠ " + warning)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("channelWarning")
            label.setWordWrap(True)
            layout.addWidget(label)
        self.no_note: dict[int, tuple[QLabel, QPushButton | None]] = {}
        for contact_id, name in without_postal_address(ids):
            layout.addLayout(self._no_note_row(contact_id, name, add_address))
        buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _add_rows(self, rows) -> None:
        language = current_language()
        count = self.tree.topLevelItemCount() + len(rows)
        self.intro.setText(ngettext(
            "The rules planned {n} follow-up. Select one to see why that day.",
            "The rules planned {n} follow-ups. Select one to see why that day.",
            count).format(n=count))
        for row in rows:
            item = QTreeWidgetItem([format_date(row.date, language, SHORT), summary(row),
                                    details(row)])
            for column in range(3):
                item.setToolTip(column, tooltip(row))
            self.tree.addTopLevelItem(item)
            self._why.append(why(row))
        self.columns.fit()

    def _no_note_row(self, contact_id: int, name: str,
                     add_address: AddAddress | None) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel("⚠ " + no_note_text(name))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName("noNoteWarning")
        label.setWordWrap(True)
        row.addWidget(label, 1)
        button = None
        if add_address is not None:
            button = QPushButton(_("Add the postal address…"))
            button.setAccessibleName(_("Add the postal address of {name}").format(name=name))
            button.clicked.connect(lambda: self._add_address(contact_id, name, add_address))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.no_note[contact_id] = (label, button)
        return row

    def _add_address(self, contact_id: int, name: str, add_address: AddAddress) -> None:
        """The address added, the note it planned joins the list and the warning says so."""
        changes = add_address(contact_id, name)
        if changes is None:
            return
        label, button = self.no_note[contact_id]
        planned = [c.follow_up_id for c in changes.planned]
        self._add_rows(follow_up_rows(planned))
        if planned:
            self.tree.setCurrentItem(self.tree.topLevelItem(self.tree.topLevelItemCount() - 1))
        label.setText(describe(changes) or _("Postal address of {name} saved.").format(
            name=name))
        if button is not None:
            button.hide()

    def _explain(self, item, _previous=None) -> None:
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        self.reasons.setText(self._why[row] if row >= 0 else "")
