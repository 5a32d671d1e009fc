"""The weekly review: how the search is going, in charts a person takes in at a glance.

Every figure comes from `services.review`; this view only draws them, and saves them as
a PNG picture or a PDF page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QMarginsF, QPoint, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jobfollowup.i18n import _, current_language, ngettext
from jobfollowup.i18n.formatting import SHORT, babel_locale, format_date, format_period
from jobfollowup.rules import Channel
from jobfollowup.rules.kinds import Status
from jobfollowup.services.review import Review, weekly_review
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.views.base import ListView
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.charts import COLOURS, BigFigure, RatioBars, StackedBars
from jobfollowup.ui.widgets.labels import label

EXPORT_WIDTH = 1200


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def charts_of(review: Review) -> list[QWidget]:
    """The review's charts, in reading order (two to a row)."""
    language = current_language()
    weeks = [format_date(week, language, SHORT, with_year=False) for week in review.weeks]
    statuses = [s for s in tuple(Status) if any(w.get(s) for w in review.applications)]
    applications = StackedBars(
        _("Applications by status at the end of each week"), weeks,
        [_capitalised(label(s)) for s in statuses],
        [[w.get(s, 0) for s in statuses] for w in review.applications],
        _("No application sent by the end of these weeks."),
        series_colours=tuple(COLOURS[tuple(Status).index(s) % len(COLOURS)] for s in statuses))
    follow_ups = StackedBars(
        _("Follow-ups each week"), weeks, [_("Sent on time"), _("Sent late"), _("Skipped")],
        [[w.on_time, w.late, w.skipped] for w in review.follow_ups],
        _("No follow-up sent or skipped in these weeks."),
        series_colours=(colours.ON_TIME, colours.LATE, colours.SKIPPED))
    replies = RatioBars(
        _("Which channel gets answers"),
        [(_("{role} · {channel}").format(role=_capitalised(label(role)),
                                        channel=Channel(channel).label),
          counts.replies, counts.sent,
          _("{replies} answered · {sent} sent").format(replies=counts.replies,
                                                        sent=counts.sent) if counts.sent
          else _("{replies} from them · none sent by you").format(replies=counts.replies))
         for role, channels in sorted(review.replies.items(), key=lambda i: label(i[0]))
         for channel, counts in sorted(channels.items(),
                                       key=lambda i: (-i[1].replies, i[0]))],
        _("No exchange logged yet. Log replies in Contacts to see which channel works."))
    if review.median_days_to_reply is None:
        median = BigFigure(_("Days to a reply"), "–",
                           _("No reply logged after a message of yours yet."))
    else:
        days = review.median_days_to_reply
        median = BigFigure(
            _("Days to a reply"),
            ngettext("{days} day", "{days} days", round(days)).format(
                days=format_decimal(days, locale=babel_locale(language))),
            ngettext("The median over {n} reply: half come sooner.",
                     "The median over {n} replies: half come sooner.",
                     review.replies_timed).format(n=review.replies_timed))
    references = RatioBars(
        _("References"),
        [row for row in (
            (_("Thanked after the employer called them"), review.thanked, review.thanks_due,
             _("{done} of {due}").format(done=review.thanked, due=review.thanks_due)),
            (_("Told the outcome"), review.updated, review.updates_due,
             _("{done} of {due}").format(done=review.updated, due=review.updates_due)))
         if row[2]],
        _("No reference is owed a thank-you or news yet."), colour=COLOURS[3])
    return [applications, follow_ups, replies, median, references]


def period_text(review: Review) -> str:
    first, last = review.weeks[0], review.weeks[-1] + dt.timedelta(days=6)
    return _("The last {n} weeks: {period}").format(
        n=len(review.weeks), period=format_period(first, last, current_language()))


class ReviewPage(QWidget):
    """The charts on one page, as they are shown and exported."""

    def __init__(self, review: Review, heading: str = "") -> None:
        super().__init__()
        self.setObjectName("reviewPage")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        first = 0
        if heading:  # an exported page says what it is and which weeks it covers
            grid.setContentsMargins(24, 20, 24, 24)
            title = QLabel(heading)
            font = title.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            title.setFont(font)
            title.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(title, 0, 0, 1, 2)
            first = 1
        self.charts = charts_of(review)
        applications, follow_ups, replies, median, references = self.charts
        grid.addWidget(applications, first, 0)
        grid.addWidget(follow_ups, first, 1)
        grid.addWidget(replies, first + 1, 0, 2, 1)
        grid.addWidget(median, first + 1, 1)
        grid.addWidget(references, first + 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(first + 3, 1)


class ReviewView(ListView):
    watches = Change.RECORDS

    def __init__(self, operations: Operations, today: Callable[[], dt.date],
                 lazy: bool = False) -> None:
        self._today = today
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(_("Weekly review"))
        self.period = QLabel()
        self.period.setStyleSheet("color: palette(placeholder-text);")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period)
        layout.addWidget(self.scroll, 1)
        toolbar = QWidget()
        buttons = QHBoxLayout(toolbar)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.png_button = QPushButton(_("Save as &picture…"))
        self.png_button.setToolTip(_("Save the review as a PNG picture"))
        self.png_button.clicked.connect(lambda: self._ask_export("png"))
        self.pdf_button = QPushButton(_("Save as P&DF…"))
        self.pdf_button.setToolTip(_("Save the review as a one-page PDF"))
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.pdf_button)
        super().__init__(operations, _("Weekly review"), _(
            "Nothing to review yet.\n\nAs you send applications and follow-ups and log the "
            "replies, this page shows what is working."), body, toolbar)
        self.page: ReviewPage | None = None
        self._stale = False
        if lazy:  # counting the whole search waits until the review is first looked at
            self._stale = True
        else:
            self.refresh()

    def _on_changed(self, kinds: Change) -> None:
        """Counting the whole search waits until the review is looked at."""
        if kinds & self.watches:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        review = weekly_review(self._today())
        self.period.setText(period_text(review))
        self.page = ReviewPage(review)
        self.scroll.setWidget(self.page)
        self.show_body(not review.is_empty)
        for button in (self.png_button, self.pdf_button):
            button.setEnabled(not review.is_empty)

    def export_page(self) -> ReviewPage:
        """The charts laid out on a page of their own, the same size wherever exported."""
        review = weekly_review(self._today())
        page = ReviewPage(review, _("{title} · {period}").format(
            title=_("Weekly review"), period=period_text(review)))
        page.setAutoFillBackground(True)
        page.setPalette(colours.palette(dark=False))  # paper: light whatever the screen shows
        page.resize(EXPORT_WIDTH, page.sizeHint().height())
        return page

    def export_png(self, path: str | Path) -> bool:
        return self.export_page().grab().save(str(path), "PNG")

    def export_pdf(self, path: str | Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12)))
        writer.setResolution(144)
        writer.setTitle(_("Weekly review"))
        page = self.export_page()
        painter = QPainter(writer)
        target = QRectF(painter.viewport())
        scale = min(target.width() / page.width(), target.height() / page.height())
        painter.scale(scale, scale)
        page.render(painter, QPoint(0, 0), QRegion(),
                    QWidget.RenderFlag.DrawChildren)  # on white paper, not the window's grey
        painter.end()

    def _ask_export(self, kind: str) -> None:
        name = _("weekly-review") + "." + kind
        filters = _("PNG picture (*.png)") if kind == "png" else _("PDF document (*.pdf)")
        path, _chosen = QFileDialog.getSaveFileName(self, _("Save the weekly review"),
                                                    name, filters)
        if not path:
            return
        if kind == "png":
            self.export_png(path)
        else:
            self.export_pdf(path)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(_("Saved {path}").format(path=path), 6000)
