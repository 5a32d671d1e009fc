"""A reference for start-up, beside the bare window: the least a window showing a day's
follow-ups must do. PySide6 alone, it reads 40 follow-ups of the data file given as its
argument with `sqlite3`, words their days with Babel, lists them, and uses one of Qt's
enums (the first use of the `Qt` namespace builds its Python enums). None of the app's
code is loaded."""

import datetime as dt
import sqlite3
import sys

import babel.dates
from bare_window import show_until_painted
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

app = QApplication(sys.argv[:1])
connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = connection.execute(
    "SELECT kind, planned_date FROM follow_up WHERE state = 'planned' "
    "ORDER BY planned_date LIMIT 40").fetchall()
window = QMainWindow()
listing = QListWidget()
listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
for kind, day in rows:
    listing.addItem(f"{kind} · " + babel.dates.format_date(
        dt.date.fromisoformat(day[:10]), "EEEE d MMMM", locale="en"))
window.setCentralWidget(listing)
show_until_painted(window)
