"""Schema version 9: the weekly review's reply figures kept by SQLite itself. A version-8
file upgrades with them counted; afterwards every exchange logged, changed, deleted,
undone or redone keeps them equal to a count made from scratch, so the review reads a few
rows instead of five years of exchanges."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobfollowup.services.review import weekly_review
from jobfollowup.storage import row_changes
from jobfollowup.storage.database import close_database, open_database
from jobfollowup.storage.migrations import SCHEMA_VERSION
from jobfollowup.storage.models import Interaction, database_proxy
from old_files import file_at_version

CONTACT = ("INSERT INTO contact (id, name, role, organisation, email, phone, postal_address, "
           "preferred_channel, note_language, country, personal_details, notes, created_at, "
           "form_of_address, first_name_terms) VALUES ({id}, 'Person {id}', '{role}', '', '', "
           "'', '', 'email', 'en', 'GB', '', '', '2026-12-01 10:00:00', '', 0)")
EXCHANGE = ("INSERT INTO interaction (contact_id, date, channel, direction, summary) "
            "VALUES ({contact}, '{day}', '{channel}', '{direction}', '')")
ROLES = ("recruiter", "hiring-manager", "reference")
CHANNELS = ("email", "phone", "letter", "linkedin")

# What the figures are, counted from the exchanges themselves (as version 8 counted them
# at every opening of the review).
FROM_SCRATCH_TALLY = """
    SELECT contact_id, channel, direction = 'in', count(*) FROM interaction
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""
FROM_SCRATCH_WAITS = """
    SELECT id, contact_id, CAST(julianday(date) - julianday(before) AS INTEGER) FROM (
        SELECT id, contact_id, date, direction,
               lag(direction) OVER w AS direction_before, lag(date) OVER w AS before
        FROM interaction WINDOW w AS (PARTITION BY contact_id ORDER BY date, id))
    WHERE direction = 'in' AND direction_before = 'out' ORDER BY 1"""


def _kept(db) -> tuple[list[tuple], list[tuple]]:
    return (db.execute_sql('SELECT contact_id, channel, inbound, count FROM exchange_tally '
                           'WHERE count > 0 ORDER BY 1, 2, 3').fetchall(),
            db.execute_sql("SELECT interaction_id, contact_id, days FROM reply_wait "
                           "ORDER BY 1").fetchall())


def _counted(db) -> tuple[list[tuple], list[tuple]]:
    return db.execute_sql(FROM_SCRATCH_TALLY).fetchall(), db.execute_sql(
        FROM_SCRATCH_WAITS).fetchall()


def test_a_version_8_file_upgrades_with_its_exchanges_counted(tmp_path):
    old = file_at_version(tmp_path, 8)
    for id_, role in ((1, "recruiter"), (2, "reference")):
        old.execute_sql(CONTACT.format(id=id_, role=role))
    for contact, day, channel, direction in (
            (1, "2026-11-02", "email", "out"), (1, "2026-11-09", "email", "in"),
            (1, "2026-11-10", "phone", "out"), (1, "2026-11-13", "phone", "in"),
            (2, "2026-11-01", "letter", "out"), (2, "2026-11-21", "email", "in"),
            (2, "2026-11-22", "email", "in")):
        old.execute_sql(EXCHANGE.format(contact=contact, day=day, channel=channel,
                                        direction=direction))
    old.close()
    db = open_database(tmp_path)
    try:
        assert db.user_version == SCHEMA_VERSION
        assert _kept(db) == _counted(db)
        review = weekly_review(dt.date(2026, 11, 23))
        assert review.replies["recruiter"]["email"].sent == 1
        assert review.replies["recruiter"]["email"].replies == 1
        assert review.replies["reference"]["email"].replies == 2
        assert review.replies_timed == 3 and review.median_days_to_reply == 7.0  # 3, 7, 20
    finally:
        close_database()


_day = st.dates(dt.date(2026, 1, 1), dt.date(2026, 3, 31)).map(str)
_step = st.one_of(
    st.tuples(st.just("add"), st.integers(1, 3), _day, st.sampled_from(CHANNELS),
              st.sampled_from(("out", "in"))),
    st.tuples(st.just("move"), st.integers(0, 40), _day),
    st.tuples(st.just("turn"), st.integers(0, 40)),
    st.tuples(st.just("hand over"), st.integers(0, 40), st.integers(1, 3)),
    st.tuples(st.just("delete"), st.integers(0, 40)),
    st.tuples(st.just("undo last"),),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.lists(_step, max_size=25))
def test_the_kept_figures_equal_a_count_from_scratch_whatever_is_done(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("data")
    db = open_database(folder)
    try:
        for id_, role in enumerate(ROLES, start=1):
            db.execute_sql(CONTACT.format(id=id_, role=role))
        for step in steps:
            ids = [row.id for row in Interaction.select(Interaction.id).order_by(Interaction.id)]
            if step[0] == "add":
                _, contact, day, channel, direction = step
                Interaction.create(contact=contact, date=day, channel=channel,
                                   direction=direction)
            elif step[0] == "undo last" and ids:  # as Edit → Undo puts an exchange back
                _, changes = row_changes.record(
                    lambda last=ids[-1]: Interaction.delete_by_id(last))
                row_changes.revert(changes)
            elif not ids or step[0] == "undo last":
                continue
            elif step[0] == "move":
                Interaction.update(date=step[2]).where(
                    Interaction.id == ids[step[1] % len(ids)]).execute()
            elif step[0] == "turn":
                row = Interaction.get_by_id(ids[step[1] % len(ids)])
                row.direction = "in" if row.direction == "out" else "out"
                row.save()
            elif step[0] == "hand over":
                Interaction.update(contact=step[2]).where(
                    Interaction.id == ids[step[1] % len(ids)]).execute()
            else:
                Interaction.delete_by_id(ids[step[1] % len(ids)])
            assert _kept(database_proxy) == _counted(database_proxy), step
    finally:
        close_database()
