"""File → Back up now…, Restore…, Check data…, and the offer made when the data is damaged.

Only questions and answers live here; taking, listing and restoring backups are services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext, pgettext
from jobfollowup.i18n.formatting import LONG, format_moment
from jobfollowup.notes.grammar import with_date_articles
from jobfollowup.services import backups
from jobfollowup.ui.operations import data as data_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.message_boxes import ask, localise_buttons


def kind_label(kind: str) -> str:
    return {
        "auto": pgettext("backup kind", "Automatic"),
        "manual": pgettext("backup kind", "Made by you"),
        "before-migration": pgettext("backup kind", "Before an upgrade"),
        "before-restore": pgettext("backup kind", "Before a restore"),
        "damaged": pgettext("backup kind", "Damaged file set aside"),
    }.get(kind, kind)


def when_text(info: backups.BackupInfo) -> str:
    return format_moment(info.taken_at, current_language(), LONG)


def contents_text(info: backups.BackupInfo) -> str:
    """"3 contacts, 2 applications and 5 follow-ups", said in the interface language."""
    return _("{contacts}, {applications} and {follow_ups}").format(
        contacts=ngettext("{count} contact", "{count} contacts", info.contacts).format(
            count=info.contacts),
        applications=ngettext("{count} application", "{count} applications",
                              info.applications).format(count=info.applications),
        follow_ups=ngettext("{count} follow-up", "{count} follow-ups",
                            info.follow_ups).format(count=info.follow_ups))


def back_up_now(parent: QWidget, operations: Operations) -> None:
    ok, path = operations.read(parent, backups.back_up_now)
    if ok:
        QMessageBox.information(parent, _("Backed up"), _(
            "A copy of your data was saved as\n{path}").format(path=path))


def check_data(parent: QWidget, operations: Operations) -> None:
    ok, problems = operations.read(parent, backups.check_data)
    if not ok:
        return
    if not problems:
        QMessageBox.information(parent, _("Check data"), _(
            "Your data checked out sound: every page of the file reads correctly."))
    else:
        QMessageBox.warning(parent, _("Check data"), _(
            "Your data file has problems:\n{problems}\n\nRestore a recent backup with "
            "File → Restore…").format(problems="\n".join(problems[:10])))


class RestoreDialog(QDialog):
    """The backups, newest first, with what each holds; Restore replaces the data."""

    COLUMNS = 5

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(_("Restore a backup"))
        self.resize(680, 420)
        self.infos = backups.available_backups()
        intro = QLabel(_("Choose the copy to go back to. Your data as it is now is kept "
                         "among the backups first, so a restore can itself be undone."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.infos), self.COLUMNS)
        self.table.setAccessibleName(_("Backups"))
        self.table.setHorizontalHeaderLabels([
            _("Date"), _("Kind"), _("Contacts"), _("Applications"), _("Follow-ups")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.infos):
            counts = ([str(info.contacts), str(info.applications), str(info.follow_ups)]
                      if info.usable else [_("damaged")] * 3)
            for column, text in enumerate([when_text(info), kind_label(info.kind), *counts]):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not info.usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        for column in range(1, self.COLUMNS):
            self.table.resizeColumnToContents(column)
        self.empty = QLabel(_("No backups yet. One is made automatically each day you open "
                              "the app, and File → Back up now… makes one at any time."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.infos)
        self.table.setVisible(bool(self.infos))

        self.buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.restore_button = self.buttons.addButton(
            _("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.folder_button = self.buttons.addButton(
            _("Show &folder"), QDialogButtonBox.ButtonRole.HelpRole)
        self.folder_button.setToolTip(_("Open the backups folder, e.g. to copy a backup to "
                                        "a USB stick"))
        self.folder_button.clicked.connect(self._show_folder)
        self.folder_button.setEnabled(bool(self.infos))
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None))
        first_usable = next((r for r, i in enumerate(self.infos) if i.usable), None)
        if first_usable is not None:
            self.table.selectRow(first_usable)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.buttons)

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups.backups_folder())))

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.infos[rows[0].row()]
        return info if info.usable else None

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not ask(self, _("Restore a backup"), with_date_articles(_(
                "Replace your data by the backup of {date} ({contents})?").format(
                    date=when_text(info), contents=contents_text(info)), current_language()),
                _("Restore"), pgettext("button", "Cancel")):
            return
        if data_ops.restore_backup(self.operations, self, info.path):
            self.accept()


def offer_restore(data_dir: Path, error: Exception) -> bool:
    """At start, on a damaged database: offer the newest good backup; True once restored."""
    info = backups.newest_good_backup(data_dir)
    if info is None:
        QMessageBox.critical(None, _("Cannot open your data"), str(error))
        return False
    question = _("{problem}\n\nRestore the backup of {date} ({contents})? The damaged file "
                 "is kept in the backups folder.").format(
        problem=error, date=when_text(info), contents=contents_text(info))
    if not ask(None, _("Your data is damaged"), question, _("Restore"), _("Quit")):
        return False
    backups.restore_damaged(data_dir, info.path)
    return True
