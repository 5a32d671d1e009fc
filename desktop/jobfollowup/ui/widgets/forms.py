"""Pieces every form shares: messages under the field they concern, optional dates,
combo boxes of codes shown in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.month_picker import readable_calendar

FIELD_WIDTH = 190  # px: the least a text field gets beside its label (else it goes under)
ERROR_STYLE = "color: $error; font-size: small;"  # for colours.styled


class FieldForm(QFormLayout):
    """A form whose fields each have a message line under them, hidden until needed."""

    def __init__(self) -> None:
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # In a narrow window or a longer language, a field goes under its label rather
        # than past the edge: a form never scrolls sideways.
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, text: str, widget: QWidget, field: str | None = None,
            tip: str = "") -> QWidget:
        label = QLabel(text)
        label.setBuddy(widget)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox):
            # room to read what is typed, or the longest choice; a narrower form puts the
            # field under its label
            least = widget.sizeHint().width() if isinstance(widget, QComboBox) else 0
            widget.setMinimumWidth(max(widget.minimumWidth(), FIELD_WIDTH, least))
        widget.setAccessibleName(text.replace("&", "").rstrip(":").rstrip())  # "Nom\u00a0:"
        if tip:
            widget.setToolTip(tip)
        if field is None:
            self.addRow(label, widget)
            return widget
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error-{field}")
        error.setWordWrap(True)
        colours.styled(error, ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self.errors[field] = error
        self.fields[field] = widget
        self.addRow(label, cell)
        return widget

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, error: ValidationError) -> None:
        """Show the message under its field (or under the first one) and go there."""
        self.clear_errors()
        field = error.field if error.field in self.errors else next(iter(self.errors))
        label = self.errors[field]
        label.setText(str(error))
        label.show()
        self.fields[field].setFocus()

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""


def date_format(with_time: bool = False) -> str:
    """How the user's locale writes a short date, always with four digits for the year (a
    two-digit one would be read as the 1900s when typed), and then the hour."""
    locale = QLocale()
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    if with_time:
        text += " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    return text


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date field written the user's way, with a calendar to pick from."""
    edit = QDateEdit(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    readable_calendar(edit.calendarWidget(), _("Date"))
    edit.setDisplayFormat(date_format())
    return edit


def date_time_edit(moment: dt.datetime) -> QDateTimeEdit:
    """A day and hour field written the user's way, with a calendar to pick the day."""
    edit = QDateTimeEdit(QDateTime(moment))
    edit.setCalendarPopup(True)
    readable_calendar(edit.calendarWidget(), _("Date"))
    edit.setDisplayFormat(date_format(with_time=True))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out ("no date given"): a check box and a date field."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.check = QCheckBox(text)
        self.edit = date_edit()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)
        self.setFocusProxy(self.check)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        """The form's label names the date field too, not only the box that turns it on."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_available(self, available: bool) -> None:
        """Offered only while it means something; taken away, it is emptied too."""
        self.setEnabled(available)
        if not available:
            self.set_value(None)

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


# PySide6 6.12 loses a reference to None each time Qt hands back an empty QVariant (item
# data, currentData): enough of them crash the interpreter. So no item data is ever None
# here — "" stands for "none" — and it is read back through `combo_code`.
NO_CODE = ""


def code_combo(items: list[tuple[str, str | int | None]]) -> QComboBox:
    """A combo box showing labels, holding codes as item data ("" for None)."""
    box = QComboBox()
    for text, code in items:
        box.addItem(text, NO_CODE if code is None else code)
    return box


def combo_code(box: QComboBox):
    """The code of the chosen item; None for "none" or when nothing can be chosen."""
    if box.currentIndex() < 0:
        return None
    code = box.itemData(box.currentIndex())
    return None if code == NO_CODE else code


def select_code(box: QComboBox, code: str | int | None) -> None:
    box.setCurrentIndex(max(0, box.findData(NO_CODE if code is None else code)))


def text_box(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def account_page(page: QWidget, intro: QWidget, form: QFormLayout, test: QWidget,
                 remove: QWidget, result: QWidget) -> None:
    """A server account's page in Preferences (the mailbox, the calendar sync), laid out
    alike: what it is for, its fields, Test connection on the left and the removal on the
    right, then what the test found."""
    buttons = QHBoxLayout()
    buttons.addWidget(test)
    buttons.addStretch(1)
    buttons.addWidget(remove)
    layout = QVBoxLayout(page)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addLayout(buttons)
    layout.addWidget(result)
    layout.addStretch(1)
