"""Qt's month to pick a day from (the Move to… dialog, a date field's drop-down), readable
and named in both schemes.

As Qt draws it, the month and the year above the days are the button text (near black) on
Highlight: 3.3:1 in light, less in dark; Saturdays and Sundays are pure red (4.0:1 on
white, 4.2:1 on the dark base); the days of the months around are the disabled text
(3.5:1); and its arrows are unnamed. Here: the month, the year and the arrows (as text,
not Qt's black arrow pictures) in the highlighted text's colour, which reads on Highlight
in every scheme and accent the app shows; the weekend in the holiday red, made readable;
the other months' days in the quiet text of colours.py. Its palette is the scheme's,
set on it: a date field's drop-down would take the field's own (control_edges.py), with
its grey Window; so a month open while the scheme changes keeps the one it opened in.
"""

from __future__ import annotations

from copy import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QCalendarWidget, QToolButton, QWidget

from jobfollowup.i18n import _
from jobfollowup.ui.widgets import colours

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
ARROWS = {"qt_calendar_prevmonth": "◀", "qt_calendar_nextmonth": "▶"}


def readable_calendar(calendar: QCalendarWidget, name: str) -> QCalendarWidget:
    """`calendar` in readable colours, its parts that take the keyboard named (its days'
    table as `name`)."""
    shown = copy(QApplication.palette())  # the scheme's: a date field's drop-down takes
    shown.setColor(Group.Disabled, Role.Text, colours.quiet(shown))  # the field's whole
    calendar.setPalette(shown)
    base, window = shown.color(Role.Base), shown.color(Role.Window)
    weekend = QTextCharFormat()
    weekend.setForeground(colours.readable(colours.readable(
        colours.get(colours.HOLIDAY, shown), base), window))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekend)
    on_highlight = QPalette()  # Qt writes them in HighlightedText, which a tool button's
    for role in (Role.ButtonText, Role.HighlightedText):  # palette has dark (control_edges)
        on_highlight.setColor(role, shown.color(Role.HighlightedText))
    for part, text in (("qt_calendar_monthbutton", None), ("qt_calendar_yearbutton", None),
                       *ARROWS.items()):
        button = calendar.findChild(QToolButton, part)
        if button is None:
            continue
        button.setPalette(on_highlight)
        if text:
            button.setIcon(QIcon())
            button.setText(text)
    for part, spoken in (("qt_calendar_calendarview", name),
                         ("qt_calendar_prevmonth", _("Previous month")),
                         ("qt_calendar_nextmonth", _("Next month")),
                         ("qt_calendar_monthbutton", _("Month")),
                         ("qt_calendar_yearbutton", _("Year")),
                         ("qt_calendar_yearedit", _("Year"))):
        found = calendar.findChild(QWidget, part)
        if found is not None:
            found.setAccessibleName(spoken)
    return calendar
