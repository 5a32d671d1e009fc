"""Saying what the rules just planned or moved, in words, right after the user acted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import format_date, format_day
from jobfollowup.services.planning.follow_ups import follow_up_rows
from jobfollowup.services.planning.replanning import PlanChanges
from jobfollowup.services.records.interactions import plan_warnings
from jobfollowup.ui.widgets.follow_up_text import details, summary, why
from jobfollowup.ui.widgets.message_boxes import localise_buttons


def describe(changes: PlanChanges) -> str:
    """One line per follow-up planned, moved or no longer planned, then any warning that
    one goes out on a channel never used with that person (R9)."""
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
    planned = [c.follow_up_id for c in changes.planned + changes.moved]
    lines.extend("⚠ " + warning for warning in plan_warnings(planned))
    return "\n".join(lines)


class PlannedDialog(QDialog):
    """The follow-ups just planned, each with its day, channel and why (hover), and any
    one-channel warnings (R9)."""

    def __init__(self, parent: QWidget | None, title: str, ids: list[int],
                 warnings: list[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(720, 420)
        rows = follow_up_rows(ids)
        intro = QLabel(ngettext(
            "The rules planned {n} follow-up. Select one to see why that day.",
            "The rules planned {n} follow-ups. Select one to see why that day.",
            len(rows)).format(n=len(rows)))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([_("When"), _("Follow-up"), _("How")])
        self.tree.setAccessibleName(_("Planned follow-ups"))
        self.tree.setRootIsDecorated(False)
        self._why: list[str] = []
        language = current_language()
        for row in rows:
            item = QTreeWidgetItem([format_date(row.date, language, "medium"), summary(row),
                                    details(row)])
            for column in range(3):
                item.setToolTip(column, why(row))
            self.tree.addTopLevelItem(item)
            self._why.append(why(row))
        for column in range(3):
            self.tree.resizeColumnToContents(column)
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
        buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _explain(self, item, _previous=None) -> None:
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        self.reasons.setText(self._why[row] if row >= 0 else "")
