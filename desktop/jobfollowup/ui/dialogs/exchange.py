"""File → Import and Export: choosing the file, the preview before an import, the result.

The services read, check and write the files; this module only asks where and whether.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, ngettext
from jobfollowup.services.exchange import calendar_export, linkedin
from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange import everything as full_exchange
from jobfollowup.ui.operations import data as data_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.message_boxes import localise_buttons


class ImportPreviewDialog(QDialog):
    """What an import would do, line by line; Import stores it, Cancel stores nothing."""

    def __init__(self, title: str, summary: str, items: list[tuple[int | str, str, str]],
                 can_import: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 440)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(items), 3)
        self.table.setAccessibleName(_("Lines of the file"))
        self.table.setHorizontalHeaderLabels([_("Line"), _("Name or field"),
                                              _("What happens")])
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        for row, (line, subject, why) in enumerate(items):
            for column, text in enumerate((str(line), subject, why)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 200)
        self.table.setVisible(bool(items))
        buttons = localise_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.import_button = buttons.addButton(_("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(can_import)
        self.import_button.setDefault(can_import)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def _lines(preview: contacts_exchange.ContactsPreview) -> list[tuple[int, str, str]]:
    """Every line of a contacts file and what happens to it, in the file's order."""
    added = [(line, fields["name"],
              _("Will be added ({email}).").format(email=fields["email"]) if fields["email"]
              else _("Will be added.")) for line, fields in preview.new]
    lost = [(notice.line, notice.name, notice.why) for notice in preview.notices]
    return sorted(added + lost + _left_out(preview.duplicates, preview.rejected),
                  key=lambda item: item[0])


def _left_out(duplicates, rejected) -> list[tuple[int, str, str]]:
    items = [(d.line, d.name, _("Already stored as {existing}.").format(existing=d.existing))
             for d in duplicates]
    items += [(r.line, r.field, r.why) for r in rejected]
    return sorted(items, key=lambda item: item[0])


def contacts_summary(preview: contacts_exchange.ContactsPreview) -> str:
    parts = [_("From {layout}:").format(layout=preview.layout),
             ngettext("{count} new contact will be added.",
                      "{count} new contacts will be added.", len(preview.new)).format(
                          count=len(preview.new))]
    if preview.duplicates:
        parts.append(ngettext("{count} is already stored and is left out.",
                              "{count} are already stored and are left out.",
                              len(preview.duplicates)).format(count=len(preview.duplicates)))
    if preview.rejected:
        parts.append(ngettext("{count} line cannot be read and is left out.",
                              "{count} lines cannot be read and are left out.",
                              len(preview.rejected)).format(count=len(preview.rejected)))
    partly = len({notice.line for notice in preview.notices})
    if partly:
        parts.append(ngettext(
            "{count} new contact has details the app cannot keep as they are (listed below).",
            "{count} new contacts have details the app cannot keep as they are (listed below).",
            partly).format(count=partly))
    return " ".join(parts)


def full_summary(preview: full_exchange.FullPreview) -> str:
    if preview.rejected:
        return ngettext(
            "Nothing can be imported: {count} record of the file is wrong. Nothing was changed.",
            "Nothing can be imported: {count} records of the file are wrong. Nothing was "
            "changed.", len(preview.rejected)).format(count=len(preview.rejected))
    total = sum(preview.new.values())
    text = ngettext("{count} record will be added ({contacts}, {applications}).",
                    "{count} records will be added ({contacts}, {applications}).",
                    total).format(
        count=total,
        contacts=ngettext("{count} contact", "{count} contacts",
                          preview.new.get("contact", 0)).format(
                              count=preview.new.get("contact", 0)),
        applications=ngettext("{count} application", "{count} applications",
                              preview.new.get("application", 0)).format(
                                  count=preview.new.get("application", 0)))
    if preview.duplicates:
        text += " " + ngettext("{count} is already stored and is left out.",
                               "{count} are already stored and are left out.",
                               len(preview.duplicates)).format(count=len(preview.duplicates))
    return text


def import_contacts_from(parent: QWidget, operations: Operations, path: str,
                         confirm: Callable[[QDialog], bool] = lambda d: bool(d.exec())) -> bool:
    """Preview the contacts of `path`, and import them if the user agrees."""
    ok, preview = operations.read(parent, contacts_exchange.preview_contacts_import, path)
    if not ok:
        return False
    dialog = ImportPreviewDialog(_("Import contacts"), contacts_summary(preview),
                                 _lines(preview), bool(preview.new), parent)
    if not confirm(dialog):
        return False
    return data_ops.import_contacts(operations, parent, preview)


def import_everything_from(parent: QWidget, operations: Operations, path: str,
                           confirm: Callable[[QDialog], bool] = lambda d: bool(d.exec())
                           ) -> bool:
    """Preview a JSON export, and import all of it if the user agrees."""
    ok, preview = operations.read(parent, full_exchange.preview_json_import, path)
    if not ok:
        return False
    dialog = ImportPreviewDialog(_("Import everything"), full_summary(preview),
                                 _left_out(preview.duplicates, preview.rejected),
                                 not preview.rejected and sum(preview.new.values()) > 0, parent)
    if not confirm(dialog):
        return False
    return data_ops.import_everything(operations, parent, preview)


def _linkedin_lines(preview: linkedin.LinkedInPreview) -> list[tuple[str, str, str]]:
    """Every line of the archive's files and what happens to it, file by file."""
    items = []
    for part in preview.parts:
        added = [(line, fields.get("name") or f"{fields['company']} — {fields['position']}",
                  _("Will be added.")) for line, fields in part.new]
        items += [(_("{file}, line {line}").format(file=part.name, line=line), subject, why)
                  for line, subject, why in sorted(
                      added + _left_out(part.duplicates, part.rejected),
                      key=lambda item: item[0])]
    return items


def linkedin_summary(preview: linkedin.LinkedInPreview) -> str:
    contacts, applications = len(preview.connections.new), len(preview.applications.new)
    parts = [_("From a LinkedIn archive: {contacts} and {applications} will be added.").format(
        contacts=ngettext("{count} new contact", "{count} new contacts", contacts).format(
            count=contacts),
        applications=ngettext("{count} new application", "{count} new applications",
                              applications).format(count=applications))]
    duplicates = sum(len(part.duplicates) for part in preview.parts)
    rejected = sum(len(part.rejected) for part in preview.parts)
    if duplicates:
        parts.append(ngettext("{count} is already stored and is left out.",
                              "{count} are already stored and are left out.",
                              duplicates).format(count=duplicates))
    if rejected:
        parts.append(ngettext("{count} line cannot be read and is left out.",
                              "{count} lines cannot be read and are left out.",
                              rejected).format(count=rejected))
    return " ".join(parts)


def import_linkedin_from(parent: QWidget, operations: Operations, path: str,
                         confirm: Callable[[QDialog], bool] = lambda d: bool(d.exec())) -> bool:
    """Preview LinkedIn's archive at `path`, and import it if the user agrees."""
    ok, preview = operations.read(parent, linkedin.preview_linkedin_import, path)
    if not ok:
        return False
    dialog = ImportPreviewDialog(_("Import LinkedIn archive"), linkedin_summary(preview),
                                 _linkedin_lines(preview),
                                 any(part.new for part in preview.parts), parent)
    if not confirm(dialog):
        return False
    return data_ops.import_linkedin(operations, parent, preview)


def _open_path(parent: QWidget, title: str, filters: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def _save_path(parent: QWidget, title: str, name: str, filters: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, title, name, filters)
    return path


def ask_import_contacts(parent: QWidget, operations: Operations) -> None:
    path = _open_path(parent, _("Import contacts"),
                      _("Contacts (*.csv *.vcf *.vcard);;All files (*)"))
    if path:
        import_contacts_from(parent, operations, path)


def ask_import_everything(parent: QWidget, operations: Operations) -> None:
    path = _open_path(parent, _("Import everything"), _("Job Follow-up export (*.json)"))
    if path:
        import_everything_from(parent, operations, path)


def ask_import_linkedin(parent: QWidget, operations: Operations) -> None:
    path = _open_path(parent, _("Import LinkedIn archive"), _("LinkedIn archive (*.zip)"))
    if path:
        import_linkedin_from(parent, operations, path)


EXPORTS: dict[str, tuple[Callable[[], str], str, str, Callable[[str], Any]]] = {
    "ics": (lambda: _("Export follow-ups to a calendar"), "job-follow-ups.ics",
            "iCalendar (*.ics)", calendar_export.export_ics),
    "json": (lambda: _("Export everything"), "job-follow-up.json", "JSON (*.json)",
             full_exchange.export_json),
    "contacts": (lambda: _("Export contacts"), "contacts.csv", "CSV (*.csv)",
                 contacts_exchange.export_contacts_csv),
    "applications": (lambda: _("Export applications"), "applications.csv", "CSV (*.csv)",
                     contacts_exchange.export_applications_csv),
}


def export_to(parent: QWidget, operations: Operations, which: str, path: str) -> bool:
    title, _name, _filters, service = EXPORTS[which]
    ok, _result = operations.read(parent, service, path)
    if ok:
        QMessageBox.information(parent, title(), _("Saved as\n{path}").format(path=path))
    return ok


def ask_export(parent: QWidget, operations: Operations, which: str) -> None:
    title, name, filters, _service = EXPORTS[which]
    path = _save_path(parent, title(), name, filters)
    if path:
        export_to(parent, operations, which, path)
