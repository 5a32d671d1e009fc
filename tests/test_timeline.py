"""Each application's timeline: what was sent, planned, answered, the interviews and the
statuses, in date order, each step standing where it does on the day; shown in the
Applications view in the interface's language, its dates in the one short style."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jobfollowup.i18n import set_language
from jobfollowup.rules import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning.follow_ups import list_follow_ups, mark_done, skip
from jobfollowup.services.records.applications import set_status
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.replies import reply_received
from jobfollowup.services.records.timeline import (
    APPLIED,
    COMING,
    DONE,
    EXPECTED,
    HELD,
    INTERVIEW,
    LEFT_OUT,
    ORDER,
    OVERDUE,
    PASSED,
    PLANNED,
    PROMISED,
    RECEIVED,
    STATUS,
    application_timeline,
    describe,
    standing,
)
from windows import shown_window

APPLIED_ON, INTERVIEW_AT = dt.date(2026, 12, 1), dt.datetime(2026, 12, 17, 14, 0)
TODAY = dt.date(2026, 12, 21)


@pytest.fixture
def story(data_dir):
    """Applied on 1 December; interviewed by Kari on the 17th (they answer by the 28th);
    the thank-you email sent that day, the note skipped; Kari wrote back on the 19th."""
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email="kari@equinor.example",
                       postal_address="Forusbeen 50\n4035 Stavanger")
    job = add_application("Equinor", "Data Engineer", applied_on=APPLIED_ON, country="NO",
                          reply_by=dt.date(2026, 12, 28))
    log_interview(job, INTERVIEW_AT, [kari])
    rows = {r.kind: r for r in list_follow_ups()}
    mark_done(rows[Kind.THANK_YOU_EMAIL].id, INTERVIEW_AT.date(), name_checked=True)
    skip(rows[Kind.THANK_YOU_NOTE].id)
    reply_received(kari, dt.date(2026, 12, 19), "email", "They will call soon", job,
                   decide_by=dt.date(2026, 12, 28))
    return job


def test_the_story_comes_in_date_order_with_where_each_step_stands(story):
    events = application_timeline(story)
    keys = [e.sort_key() for e in events]
    assert keys == sorted(keys)
    said = [(e.date, describe(e), standing(e, TODAY)) for e in events]
    assert said[:6] == [
        (APPLIED_ON, "Application sent", ""),
        (dt.date(2026, 12, 17), "Status: interviewing", ""),
        (dt.date(2026, 12, 17), "Interview with Kari Nordmann", HELD),
        (dt.date(2026, 12, 17), "Thanked Kari Nordmann for the interview (email)", DONE),
        (dt.date(2026, 12, 18), "Write Kari Nordmann a thank-you card (letter)", LEFT_OUT),
        (dt.date(2026, 12, 19), "Reply from Kari Nordmann (email): They will call soon",
         RECEIVED),
    ]
    promised = [e for e in events if e.what == PROMISED]
    assert [(e.date, standing(e, TODAY)) for e in promised] == [(dt.date(2026, 12, 28),
                                                                 EXPECTED)]
    coming = [e for e in events if e.what == PLANNED]
    assert coming and all(e.date > dt.date(2026, 12, 28) for e in coming)  # after their day
    assert {standing(e, TODAY) for e in coming} == {COMING}
    assert [standing(e, dt.date(2027, 6, 1)) for e in promised] == [PASSED]
    assert {standing(e, dt.date(2027, 6, 1)) for e in coming} == {OVERDUE}


def test_a_status_change_and_an_interview_to_come_are_told(story):
    set_status(story, "offer", on=dt.date(2026, 12, 22))
    events = application_timeline(story)
    assert (dt.date(2026, 12, 22), "Status: offer") in [(e.date, describe(e)) for e in events]
    later = [e for e in events if e.what == INTERVIEW]
    assert standing(later[0], dt.date(2026, 12, 16)) == COMING
    assert later[0].at == dt.time(14, 0)


def test_an_application_with_nothing_yet_tells_only_that_it_was_sent(data_dir):
    job = add_application("DNB", "Analyst", applied_on=APPLIED_ON)
    assert [(e.what, e.date) for e in application_timeline(job)] == [(APPLIED, APPLIED_ON)]
    assert application_timeline(job + 1) == []
    assert ORDER.index(APPLIED) < ORDER.index(STATUS) < ORDER.index(INTERVIEW)


def _timeline_rows(qtbot, language: str, region: str) -> list[list[str]]:
    set_language(language, region)
    window = shown_window(qtbot, TODAY)
    window.show_view(3)
    view = window.applications
    view.tree.setCurrentItem(view.tree.findItems("Equinor", Qt.MatchFlag.MatchExactly, 0)[0])
    view.tabs.setCurrentWidget(view.timeline)
    tree = view.timeline.tree
    return [[tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(tree.topLevelItemCount())]


def test_the_applications_view_shows_it_with_today_marked(qtbot, story):
    rows = _timeline_rows(qtbot, "en", "GB")
    assert rows[0] == ["1 Dec 2026", "Application sent", ""]
    assert rows[2] == ["17 Dec 2026", "Interview with Kari Nordmann · 14:00", "Held"]
    assert ["19 Dec 2026", "Reply from Kari Nordmann (email): They will call soon",
            "Received"] in rows
    today = [row for row in rows if row[1] == "Today"]
    assert today == [["21 Dec 2026", "Today", ""]]
    assert rows.index(today[0]) == 6  # between what happened and what is to come
    assert ["28 Dec 2026", "Answer promised by this day", "Expected"] in rows


@pytest.mark.parametrize(("language", "region", "first", "interview", "state"), [
    ("en", "US", "Dec 1, 2026", "Interview with Kari Nordmann · 2:00\u202fPM", "Held"),
    ("fr", "", "1er déc. 2026", "Entretien avec Kari Nordmann · 14:00", "Passé"),
    ("it", "", "1º dic 2026", "Colloquio con Kari Nordmann · 14:00", "Svolto"),
    ("nb", "", "1. des. 2026", "Intervju med Kari Nordmann · 14:00", "Gjennomført"),
])
def test_the_timeline_reads_in_each_language(qtbot, story, language, region, first,
                                             interview, state):
    rows = _timeline_rows(qtbot, language, region)
    assert rows[0][0] == first
    assert rows[2][1:] == [interview, state]


def test_the_timeline_follows_a_change_made_in_the_view(qtbot, story):
    set_language("en", "GB")
    window = shown_window(qtbot, TODAY)
    window.show_view(3)
    view = window.applications
    view.tree.setCurrentItem(view.tree.findItems("Equinor", Qt.MatchFlag.MatchExactly, 0)[0])
    view.tabs.setCurrentWidget(view.timeline)
    view.set_status("offer")
    tree = view.timeline.tree
    texts = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert texts.index("Status: offer") < texts.index("Today")  # taken today, before the mark
