"""Small dialog helpers whose buttons speak the interface language.

Qt translates its standard buttons through `qtbase_*.qm`, which PySide6 ships for French
and Italian but not for Bokmål; our dialogs set the button texts from our own catalogs, so
they read right in every language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import pgettext

Std = QDialogButtonBox.StandardButton


def _button_texts() -> dict[Std, str]:
    return {
        Std.Ok: pgettext("button", "OK"),
        Std.Cancel: pgettext("button", "Cancel"),
        Std.Close: pgettext("button", "Close"),
        Std.Save: pgettext("button", "Save"),
        Std.RestoreDefaults: pgettext("button", "Restore default"),
    }


def localise_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give the standard buttons of `box` their text from our catalogs."""
    for which, text in _button_texts().items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def save_or_cancel(dialog: QDialog, *parts: QWidget | QLayout) -> QDialogButtonBox:
    """Lay `parts` out top to bottom above Save and Cancel, which accept or reject."""
    buttons = localise_buttons(QDialogButtonBox(Std.Save | Std.Cancel))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(buttons)
    return buttons


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two plainly named answers; True for `yes`."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text may quote a name the user typed
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def language_name(code: str, in_language: str | None = None) -> str:
    """A language named in its own words ("Norsk bokmål"), as language pickers do; or, with
    `in_language`, named in that language, as a sentence says it ("norvégien bokmål")."""
    from babel import Locale

    name = Locale.parse(code).get_display_name(in_language or code) or code
    return name if in_language else name[:1].upper() + name[1:]
