"""Schema versions, each a frozen list of SQL statements.

A new database runs every step from version 0, so a fresh file and an upgraded one end up
with the same schema. Never edit a released step: add the next one.
"""

from __future__ import annotations

V1 = [
    """CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "contact" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" VARCHAR(255) NOT NULL,
        "role" VARCHAR(255) NOT NULL,
        "organisation" VARCHAR(255) NOT NULL,
        "email" VARCHAR(255) NOT NULL,
        "phone" VARCHAR(255) NOT NULL,
        "postal_address" TEXT NOT NULL,
        "preferred_channel" VARCHAR(255),
        "note_language" VARCHAR(255) NOT NULL,
        "country" VARCHAR(255) NOT NULL,
        "subdivision" VARCHAR(255),
        "personal_details" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        "created_at" DATETIME NOT NULL)""",
    """CREATE TABLE "application" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "company" VARCHAR(255) NOT NULL,
        "position" VARCHAR(255) NOT NULL,
        "level" VARCHAR(255) NOT NULL,
        "status" VARCHAR(255) NOT NULL,
        "applied_on" DATE,
        "posting_url" VARCHAR(255) NOT NULL,
        "reply_by" DATE,
        "country" VARCHAR(255) NOT NULL,
        "notes" TEXT NOT NULL,
        "created_at" DATETIME NOT NULL)""",
    """CREATE TABLE "interview" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "application_id" INTEGER NOT NULL REFERENCES "application" ("id"),
        "starts_at" DATETIME NOT NULL,
        "format" VARCHAR(255) NOT NULL,
        "highlight" TEXT NOT NULL,
        "surprise" TEXT NOT NULL,
        "resonated" TEXT NOT NULL,
        "personal_detail" TEXT NOT NULL)""",
    """CREATE INDEX "interview_application_id" ON "interview" ("application_id")""",
    """CREATE TABLE "interview_participant" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "interview_id" INTEGER NOT NULL REFERENCES "interview" ("id"),
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"))""",
    """CREATE INDEX "interview_participant_interview_id"
        ON "interview_participant" ("interview_id")""",
    """CREATE INDEX "interview_participant_contact_id" ON "interview_participant" ("contact_id")""",
    """CREATE TABLE "reference" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "application_id" INTEGER NOT NULL REFERENCES "application" ("id"),
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"),
        "asked_on" DATE,
        "agreed_on" DATE,
        "heads_up_on" DATE,
        "talking_points_on" DATE,
        "employer_contacted_on" DATE,
        "thanked_on" DATE,
        "outcome_told_on" DATE,
        "gift_on" DATE)""",
    """CREATE INDEX "reference_application_id" ON "reference" ("application_id")""",
    """CREATE INDEX "reference_contact_id" ON "reference" ("contact_id")""",
    """CREATE TABLE "follow_up" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "kind" VARCHAR(255) NOT NULL,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"),
        "application_id" INTEGER REFERENCES "application" ("id"),
        "interview_id" INTEGER REFERENCES "interview" ("id"),
        "reference_id" INTEGER REFERENCES "reference" ("id"),
        "channel" VARCHAR(255) NOT NULL,
        "planned_date" DATE NOT NULL,
        "deadline" DATE,
        "state" VARCHAR(255) NOT NULL,
        "reasons" TEXT NOT NULL,
        "draft" TEXT NOT NULL,
        "done_on" DATE,
        "created_at" DATETIME NOT NULL)""",
    """CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id")""",
    """CREATE INDEX "follow_up_application_id" ON "follow_up" ("application_id")""",
    """CREATE INDEX "follow_up_interview_id" ON "follow_up" ("interview_id")""",
    """CREATE INDEX "follow_up_reference_id" ON "follow_up" ("reference_id")""",
    """CREATE TABLE "interaction" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"),
        "application_id" INTEGER REFERENCES "application" ("id"),
        "date" DATE NOT NULL,
        "channel" VARCHAR(255) NOT NULL,
        "direction" VARCHAR(255) NOT NULL,
        "summary" TEXT NOT NULL)""",
    """CREATE INDEX "interaction_contact_id" ON "interaction" ("contact_id")""",
    """CREATE INDEX "interaction_application_id" ON "interaction" ("application_id")""",
]

# Version 2: how to greet a contact in each language (LANGUAGE-NOTES.md), and an index
# on follow-up dates for the calendar's month queries.
V2 = [
    """ALTER TABLE "contact" ADD COLUMN "form_of_address" VARCHAR(255) NOT NULL DEFAULT ''""",
    """ALTER TABLE "contact" ADD COLUMN "first_name_terms" INTEGER NOT NULL DEFAULT 0""",
    """CREATE INDEX "follow_up_planned_date" ON "follow_up" ("planned_date")""",
]

# Version 3: the user's own note templates (per template and language), and the subject
# line of a follow-up's draft.
V3 = [
    """CREATE TABLE "note_template" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "template_id" VARCHAR(255) NOT NULL,
        "language" VARCHAR(255) NOT NULL,
        "subject" VARCHAR(255) NOT NULL,
        "body" TEXT NOT NULL,
        "updated_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "note_template_template_id_language"
        ON "note_template" ("template_id", "language")""",
    """ALTER TABLE "follow_up" ADD COLUMN "draft_subject" VARCHAR(255) NOT NULL DEFAULT ''""",
]

# Version 4: the day of the event a follow-up's plan started from (an interview, a reference
# listed, a status change), so that a later change of country or channel can re-plan it.
V4 = [
    """ALTER TABLE "follow_up" ADD COLUMN "planned_from" DATE""",
]

# Version 5: indexes for years of data: Today's planned follow-ups up to a day, and each
# contact's latest exchange (the Contacts list), read from the index alone.
V5 = [
    """CREATE INDEX "follow_up_state_planned_date" ON "follow_up" ("state", "planned_date")""",
    """CREATE INDEX "interaction_contact_id_date" ON "interaction" ("contact_id", "date")""",
]

# Version 6: each application's status history, so the applications log and the weekly
# review can say where it stood when. An application already stored starts its history
# with its current status, on the day it was sent (else the day it was recorded).
V6 = [
    """CREATE TABLE "status_change" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "application_id" INTEGER NOT NULL REFERENCES "application" ("id"),
        "status" VARCHAR(255) NOT NULL,
        "changed_on" DATE NOT NULL)""",
    """CREATE INDEX "status_change_application_id" ON "status_change" ("application_id")""",
    """INSERT INTO "status_change" ("application_id", "status", "changed_on")
        SELECT "id", "status", COALESCE("applied_on", date("created_at"))
        FROM "application" ORDER BY "id" """,
]

# Version 7: the calendar reads a month of follow-ups (900 in a busy one) from one index
# that holds every column it lists, instead of visiting each row of the table. It starts
# with the state and the day, as the index it replaces, so Today is served from it too.
V7 = [
    'DROP INDEX "follow_up_state_planned_date"',
    """CREATE INDEX "follow_up_state_planned_date_listed" ON "follow_up"
        ("state", "planned_date", "kind", "deadline", "channel", "contact_id",
         "application_id")""",
]

STEPS: dict[int, list[str]] = {1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7}
SCHEMA_VERSION = max(STEPS)
