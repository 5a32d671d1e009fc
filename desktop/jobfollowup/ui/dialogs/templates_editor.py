"""Note templates: the user's own wording of each kind of note, in each language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import LANGUAGES, _, current_language, pgettext
from jobfollowup.i18n.formatting import format_date
from jobfollowup.notes.builtin import TEMPLATE_IDS
from jobfollowup.notes.templates import PLACEHOLDERS
from jobfollowup.services.planning.drafts import (
    TemplateText,
    get_template,
    template_label,
)
from jobfollowup.ui.operations import settings as settings_ops
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.message_boxes import ask, language_name, localise_buttons

EXAMPLE_DAY = dt.date(2026, 12, 15)  # a day written as an example, without its year

Std = QDialogButtonBox.StandardButton


class TemplatesEditor(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(_("Note templates"))
        self.resize(900, 600)
        self.template = QComboBox()
        for template_id in TEMPLATE_IDS:
            self.template.addItem(template_label(template_id), template_id)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.state = QLabel()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(_("Template text"))

        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(_("&Note:")))
        pickers.itemAt(0).widget().setBuddy(self.template)
        pickers.addWidget(self.template, 2)
        language_label = QLabel(_("&Language:"))
        language_label.setBuddy(self.language)
        pickers.addWidget(language_label)
        pickers.addWidget(self.language, 1)

        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_("&Subject:"), self.subject)
        form.addRow(self.body)
        form.addRow(self.state)

        self.placeholders = QListWidget()
        self.placeholders.setWordWrap(True)
        self.placeholders.setAlternatingRowColors(True)
        self.placeholders.setMinimumWidth(280)
        example = format_date(EXAMPLE_DAY, current_language(), with_year=False)
        for name, description in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}\n{_(description).format(date=example)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        help_label = QLabel(_("Placeholders (double-click to insert). A line whose "
                              "placeholder has nothing to say is left out of the note."))
        help_label.setWordWrap(True)
        help_label.setBuddy(self.placeholders)
        self.placeholders.setAccessibleName(_("Placeholders"))
        side_layout.addWidget(help_label)
        side_layout.addWidget(self.placeholders, 1)

        middle = QHBoxLayout()
        middle.addWidget(editor, 5)
        middle.addWidget(side, 2)

        self.buttons = localise_buttons(QDialogButtonBox(
            Std.Save | Std.RestoreDefaults | Std.Close))
        self.buttons.button(Std.Save).clicked.connect(self.save)
        self.buttons.button(Std.RestoreDefaults).clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        self._loaded: TemplateText | None = None
        self.template.currentIndexChanged.connect(self._switch)
        self.language.currentIndexChanged.connect(self._switch)
        self.load()

    def current(self) -> tuple[str, str]:
        return self.template.currentData(), self.language.currentData()

    def load(self) -> None:
        ok, text = self.operations.read(self, get_template, *self.current())
        if ok:
            self._show(text)

    def _show(self, text: TemplateText) -> None:
        self._loaded = text
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self.state.setText(_("Your own wording.") if text.custom
                           else _("The built-in wording."))
        self.buttons.button(Std.RestoreDefaults).setEnabled(text.custom)

    def is_modified(self) -> bool:
        loaded = self._loaded
        return loaded is not None and (self.subject.text(), self.body.toPlainText()) != (
            loaded.subject, loaded.body)

    def _switch(self) -> None:
        loaded = self._loaded
        if loaded is not None and self.is_modified() and ask(
                self, _("Save the template?"),
                _("Save your changes to “{template}” before showing another one?").format(
                    template=template_label(loaded.template_id)),
                pgettext("button", "Save"), _("Discard")):
            self._save(loaded.template_id, loaded.language)
        self.load()

    def save(self) -> bool:
        ok, text = self._save(*self.current())
        if ok:
            self._show(text)
        return ok

    def _save(self, template_id: str, language: str) -> tuple[bool, TemplateText | None]:
        subject, body = self.subject.text(), self.body.toPlainText()
        return settings_ops.save_template(self.operations, self, template_id, language,
                                          template_label(template_id), subject, body)

    def restore(self) -> None:
        template_id, language = self.current()
        ok, text = settings_ops.restore_template(self.operations, self, template_id, language,
                                                 template_label(template_id))
        if ok:
            self._show(text)

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
        self.body.setFocus()
