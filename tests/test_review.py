"""The weekly review's figures against a small search counted by hand."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.services.review import ChannelReplies, FollowUpWeek, weekly_review
from jobfollowup.storage.models import (
    Application,
    Contact,
    FollowUp,
    Interaction,
    Reference,
    StatusChange,
)

D = dt.date
TODAY = D(2026, 12, 16)  # a Wednesday; four weeks from Monday 23 November


@pytest.fixture
def seeded(data_dir):
    anna = Contact.create(name="Anna Berg", role="recruiter")
    marc = Contact.create(name="Marc Dubois", role="hiring-manager")
    apps = {status_day: Application.create(company=f"C{i}", position="Analyst",
                                           status=status_day[0], applied_on=status_day[1])
            for i, status_day in enumerate((
                ("applied", D(2026, 11, 24)), ("rejected", D(2026, 11, 26)),
                ("interviewing", D(2026, 12, 8)), ("offer", D(2026, 12, 15)),
                ("applied", D(2026, 10, 1))))}  # the last one is before the four weeks
    histories = {  # each application's steps: where it stood when
        "C0": [("applied", D(2026, 11, 24))],
        "C1": [("applied", D(2026, 11, 26)), ("interviewing", D(2026, 12, 2)),
               ("rejected", D(2026, 12, 10))],
        "C2": [("applied", D(2026, 12, 8)), ("interviewing", D(2026, 12, 11))],
        "C3": [("applied", D(2026, 12, 15)), ("offer", D(2026, 12, 16))],
        "C4": [("applied", D(2026, 10, 1))]}
    for app in apps.values():
        for status, day in histories[app.company]:
            StatusChange.create(application=app, status=status, changed_on=day)
    for state, day, deadline, done in (
            ("done", D(2026, 11, 24), None, D(2026, 11, 24)),  # on time, week 1
            ("done", D(2026, 11, 25), D(2026, 11, 26), D(2026, 11, 27)),  # late, week 1
            ("done", D(2026, 12, 1), D(2026, 12, 3), D(2026, 12, 3)),  # on time, week 2
            ("skipped", D(2026, 12, 9), None, None),  # skipped, week 3
            ("done", D(2026, 12, 10), None, D(2026, 12, 15)),  # late, week 4
            ("planned", D(2026, 12, 16), None, None)):  # not yet: not counted
        FollowUp.create(kind="check-in", contact=anna, channel="email", planned_date=day,
                        deadline=deadline, state=state, done_on=done)
    for contact, day, channel, direction in (
            (anna, D(2026, 11, 24), "email", "out"),
            (anna, D(2026, 11, 27), "email", "in"),  # 3 days after writing
            (anna, D(2026, 12, 1), "email", "out"),
            (anna, D(2026, 12, 3), "phone", "out"),
            (anna, D(2026, 12, 8), "phone", "in"),  # 5 days after the latest message
            (anna, D(2026, 12, 9), "email", "in"),  # nothing was waiting: not timed
            (marc, D(2026, 12, 1), "email", "out"),
            (marc, D(2026, 12, 11), "phone", "in")):  # 10 days
        Interaction.create(contact=contact, date=day, channel=channel, direction=direction)
    by_status = {key[0]: app for key, app in apps.items()}
    Reference.create(application=by_status["rejected"], contact=marc,
                     employer_contacted_on=D(2026, 11, 30), thanked_on=D(2026, 12, 1))
    Reference.create(application=by_status["offer"], contact=anna,
                     outcome_told_on=D(2026, 12, 16))
    Reference.create(application=by_status["interviewing"], contact=marc,
                     employer_contacted_on=D(2026, 12, 10))


def test_the_review_counts_what_a_person_counts_by_hand(seeded):
    review = weekly_review(TODAY, weeks=4)
    assert review.weeks == (D(2026, 11, 23), D(2026, 11, 30), D(2026, 12, 7), D(2026, 12, 14))
    # At the end of each week (Sundays 29 Nov, 6, 13, 20 Dec), counted from the histories:
    # C4 applied before the weeks shown and stays "applied" in each of them.
    assert review.applications == (
        {"applied": 3},  # C0, C1, C4
        {"applied": 2, "interviewing": 1},  # C1 interviewing since 2 Dec
        {"applied": 2, "interviewing": 1, "rejected": 1},  # C2 interviewing, C1 rejected
        {"applied": 2, "interviewing": 1, "offer": 1, "rejected": 1})  # C3 offer on 16 Dec
    assert review.follow_ups == (FollowUpWeek(1, 1, 0), FollowUpWeek(1, 0, 0),
                                 FollowUpWeek(0, 0, 1), FollowUpWeek(0, 1, 0))
    assert review.replies == {
        "recruiter": {"email": ChannelReplies(sent=2, replies=2),
                      "phone": ChannelReplies(sent=1, replies=1)},
        "hiring-manager": {"email": ChannelReplies(sent=1, replies=0),
                           "phone": ChannelReplies(sent=0, replies=1)}}
    assert review.median_days_to_reply == 5 and review.replies_timed == 3  # of 3, 5, 10
    # Thanks are due once the employer called (2); updates once the outcome is known (2).
    assert (review.thanks_due, review.thanked) == (2, 1)
    assert (review.updates_due, review.updated) == (2, 1)
    assert not review.is_empty


def test_an_empty_search_has_an_empty_review(data_dir):
    review = weekly_review(TODAY)
    assert review.is_empty and review.median_days_to_reply is None
    assert len(review.weeks) == 8 and review.weeks[-1] == D(2026, 12, 14)


def test_the_review_view_draws_the_figures_and_exports_them(qtbot, seeded, tmp_path):
    from PySide6.QtGui import QImage

    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.main_window import MainWindow
    from jobfollowup.ui.views.review import ReviewView

    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_view(4)
    view = window.stack.currentWidget()
    assert isinstance(view, ReviewView) and view.page.isVisibleTo(view)
    titles = [chart.title for chart in view.page.charts]
    assert titles == ["Applications by status at the end of each week",
                      "Follow-ups each week", "Which channel gets answers", "Days to a reply",
                      "References"]
    assert view.page.charts[3].value == "5 days"
    assert view.page.charts[0].accessibleDescription() == (  # eight weeks: C4 from October
        "Oct 26: Applied 1; Nov 2: Applied 1; Nov 9: Applied 1; Nov 16: Applied 1; "
        "Nov 23: Applied 3; Nov 30: Applied 2, Interviewing 1; "
        "Dec 7: Applied 2, Interviewing 1, Rejected 1; "
        "Dec 14: Applied 2, Interviewing 1, Offer 1, Rejected 1")
    assert view.page.charts[1].accessibleDescription() == (  # what a screen reader says
        "Nov 23: Sent on time 1, Sent late 1; Nov 30: Sent on time 1; Dec 7: Skipped 1; "
        "Dec 14: Sent late 1")
    assert [row[0] for row in view.page.charts[2].rows] == [
        "Hiring manager · phone", "Hiring manager · email", "Recruiter · email",
        "Recruiter · phone"]  # by role, the channel that gets most answers first
    window.grab().save("/tmp/review-window.png")
    png, pdf = tmp_path / "review.png", tmp_path / "review.pdf"
    assert view.export_png(png)
    image = QImage(str(png))
    assert image.width() == 1200 and image.height() >= 500
    view.export_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_window_opens_without_counting_the_search_and_the_review_counts_when_opened(
        qtbot, seeded):
    """Counting five years of a search takes seconds: the window opens on Today without
    it, and the review is counted (with what changed meanwhile) when first looked at."""
    from jobfollowup.services.records.core import add_application
    from jobfollowup.ui.operations.changes import Change
    from jobfollowup.ui.operations.core import Operations
    from jobfollowup.ui.shell.main_window import MainWindow
    from jobfollowup.ui.views.review import ReviewView

    operations = Operations()
    window = MainWindow(operations, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    review = window.views[4][2]
    assert review.page is None  # nothing counted yet
    add_application("Statoil", "Analyst", applied_on=TODAY)
    operations.changed.emit(Change.APPLICATIONS)
    assert review.page is None
    window.show_view(4)
    assert review.page is not None and review.page.isVisibleTo(review)
    fresh = ReviewView(Operations(), lambda: TODAY)  # counted now, the new one included
    qtbot.addWidget(fresh)
    assert [c.accessibleDescription() for c in review.page.charts] == \
        [c.accessibleDescription() for c in fresh.page.charts]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 20), st.sampled_from(["in", "out"])),
                max_size=25))
def test_the_reply_wait_is_from_our_latest_message_to_their_next_one(data_dir, exchanges):
    """SQLite measures the waits; here they are measured by hand, contact by contact, in
    the order the exchanges were logged within a day."""
    Interaction.delete().execute()
    Contact.delete().execute()
    people = [Contact.create(name=f"P{n}", role="recruiter") for n in range(3)]
    for person, offset, direction in exchanges:
        Interaction.create(contact=people[person], date=D(2026, 11, 1) + dt.timedelta(offset),
                           channel="email", direction=direction)
    waits = []
    for person in range(3):
        since = None
        for _person, offset, direction in sorted(
                (e for e in exchanges if e[0] == person), key=lambda e: e[1]):
            if direction == "out":
                since = offset
            elif since is not None:
                waits.append(offset - since)
                since = None
    review = weekly_review(TODAY, weeks=1)
    assert review.replies_timed == len(waits)
    assert review.median_days_to_reply == (float(statistics.median(waits)) if waits else None)


def test_answers_without_a_message_of_yours_draw_no_share(qtbot):
    """They wrote first on a channel you never used: the bar shows no share answered, and
    its line says what it is, instead of a full bar reading "1 answered · 0 sent"."""
    from jobfollowup.ui.widgets.charts import COLOURS, RatioBars

    def coloured_pixels(part: int, whole: int) -> int:
        chart = RatioBars("Which channel gets answers", [("Recruiter · Phone", part, whole,
                                                           "text")], "none")
        qtbot.addWidget(chart)
        chart.resize(320, 160)
        image = chart.grab().toImage()
        colour = chart.series_colour(COLOURS[0]).rgb()  # as the chart's scheme shows it
        return sum(image.pixel(x, y) == colour
                   for x in range(image.width()) for y in range(image.height()))

    assert coloured_pixels(1, 0) == 0
    assert coloured_pixels(1, 2) > 0
