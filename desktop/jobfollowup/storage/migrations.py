"""Schema versions, each a frozen list of SQL statements.

A new database runs every step from version 0, so a fresh file and an upgraded one end up
with the same schema. Never edit a released step: add the next one.
"""

from __future__ import annotations

REBUILDS_TABLES = "-- rebuilds tables: foreign keys off, then checked before commit"

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

# Version 8: every coded column accepts only its codes (the vocabulary of rules/kinds.py,
# as it stood at this version), so that no import, script or bug can store a state or a
# status the app would not know how to show. SQLite adds a CHECK only by building the
# table anew: each table is copied into a checked twin that takes its name, with its
# indexes; the other tables' references to it are kept by name. It runs with foreign
# keys off (SQLite's own procedure for this), and every reference is checked before commit.
V8 = [
    REBUILDS_TABLES,
    """CREATE TABLE "contact_checked" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" VARCHAR(255) NOT NULL,
        "role" VARCHAR(255) NOT NULL CHECK ("role" IN ('interviewer', 'hiring-manager',
            'recruiter', 'reference', 'network')),
        "organisation" VARCHAR(255) NOT NULL,
        "email" VARCHAR(255) NOT NULL,
        "phone" VARCHAR(255) NOT NULL,
        "postal_address" TEXT NOT NULL,
        "preferred_channel" VARCHAR(255) CHECK ("preferred_channel" IS NULL OR
            "preferred_channel" IN ('email', 'phone', 'letter', 'linkedin')),
        "note_language" VARCHAR(255) NOT NULL,
        "country" VARCHAR(255) NOT NULL,
        "subdivision" VARCHAR(255),
        "personal_details" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        "created_at" DATETIME NOT NULL,
        "form_of_address" VARCHAR(255) NOT NULL DEFAULT '',
        "first_name_terms" INTEGER NOT NULL DEFAULT 0 CHECK ("first_name_terms" IN (0, 1)))""",
    """INSERT INTO "contact_checked" ("id", "name", "role", "organisation", "email",
        "phone", "postal_address", "preferred_channel", "note_language", "country",
        "subdivision", "personal_details", "notes", "created_at", "form_of_address",
        "first_name_terms")
        SELECT "id", "name", "role", "organisation", "email", "phone", "postal_address",
            "preferred_channel", "note_language", "country", "subdivision", "personal_details",
            "notes", "created_at", "form_of_address", "first_name_terms" FROM "contact" """,
    'DROP TABLE "contact"',
    'ALTER TABLE "contact_checked" RENAME TO "contact"',
    """CREATE TABLE "application_checked" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "company" VARCHAR(255) NOT NULL,
        "position" VARCHAR(255) NOT NULL,
        "level" VARCHAR(255) NOT NULL CHECK ("level" IN ('junior', 'mid', 'senior', 'executive')),
        "status" VARCHAR(255) NOT NULL CHECK ("status" IN ('applied', 'interviewing',
            'offer', 'accepted', 'declined', 'rejected', 'withdrawn')),
        "applied_on" DATE,
        "posting_url" VARCHAR(255) NOT NULL,
        "reply_by" DATE,
        "country" VARCHAR(255) NOT NULL,
        "notes" TEXT NOT NULL,
        "created_at" DATETIME NOT NULL)""",
    """INSERT INTO "application_checked" ("id", "company", "position", "level", "status",
        "applied_on", "posting_url", "reply_by", "country", "notes", "created_at")
        SELECT "id", "company", "position", "level", "status", "applied_on", "posting_url",
            "reply_by", "country", "notes", "created_at" FROM "application" """,
    'DROP TABLE "application"',
    'ALTER TABLE "application_checked" RENAME TO "application"',
    """CREATE TABLE "interview_checked" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "application_id" INTEGER NOT NULL REFERENCES "application" ("id"),
        "starts_at" DATETIME NOT NULL,
        "format" VARCHAR(255) NOT NULL CHECK ("format" IN ('on-site', 'video', 'phone')),
        "highlight" TEXT NOT NULL,
        "surprise" TEXT NOT NULL,
        "resonated" TEXT NOT NULL,
        "personal_detail" TEXT NOT NULL)""",
    """INSERT INTO "interview_checked" ("id", "application_id", "starts_at", "format",
        "highlight", "surprise", "resonated", "personal_detail")
        SELECT "id", "application_id", "starts_at", "format", "highlight", "surprise",
            "resonated", "personal_detail" FROM "interview" """,
    'DROP TABLE "interview"',
    'ALTER TABLE "interview_checked" RENAME TO "interview"',
    """CREATE INDEX "interview_application_id" ON "interview" ("application_id")""",
    """CREATE TABLE "follow_up_checked" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "kind" VARCHAR(255) NOT NULL CHECK ("kind" IN ('thank-you-email', 'thank-you-note',
            'check-in', 'keep-in-touch', 'reference-heads-up', 'reference-thanks',
            'reference-outcome', 'reference-gift', 'rejection-thanks')),
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"),
        "application_id" INTEGER REFERENCES "application" ("id"),
        "interview_id" INTEGER REFERENCES "interview" ("id"),
        "reference_id" INTEGER REFERENCES "reference" ("id"),
        "channel" VARCHAR(255) NOT NULL CHECK ("channel" IN ('email', 'phone', 'letter',
            'linkedin')),
        "planned_date" DATE NOT NULL,
        "deadline" DATE,
        "state" VARCHAR(255) NOT NULL CHECK ("state" IN ('planned', 'done', 'skipped')),
        "reasons" TEXT NOT NULL,
        "draft" TEXT NOT NULL,
        "done_on" DATE,
        "created_at" DATETIME NOT NULL,
        "draft_subject" VARCHAR(255) NOT NULL DEFAULT '',
        "planned_from" DATE)""",
    """INSERT INTO "follow_up_checked" ("id", "kind", "contact_id", "application_id",
        "interview_id", "reference_id", "channel", "planned_date", "deadline", "state",
        "reasons", "draft", "done_on", "created_at", "draft_subject", "planned_from")
        SELECT "id", "kind", "contact_id", "application_id", "interview_id", "reference_id",
            "channel", "planned_date", "deadline", "state", "reasons", "draft", "done_on",
            "created_at", "draft_subject", "planned_from" FROM "follow_up" """,
    'DROP TABLE "follow_up"',
    'ALTER TABLE "follow_up_checked" RENAME TO "follow_up"',
    """CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id")""",
    """CREATE INDEX "follow_up_application_id" ON "follow_up" ("application_id")""",
    """CREATE INDEX "follow_up_interview_id" ON "follow_up" ("interview_id")""",
    """CREATE INDEX "follow_up_reference_id" ON "follow_up" ("reference_id")""",
    """CREATE INDEX "follow_up_planned_date" ON "follow_up" ("planned_date")""",
    """CREATE INDEX "follow_up_state_planned_date_listed" ON "follow_up"
        ("state", "planned_date", "kind", "deadline", "channel", "contact_id",
         "application_id")""",
    """CREATE TABLE "interaction_checked" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"),
        "application_id" INTEGER REFERENCES "application" ("id"),
        "date" DATE NOT NULL,
        "channel" VARCHAR(255) NOT NULL CHECK ("channel" IN ('email', 'phone', 'letter',
            'linkedin')),
        "direction" VARCHAR(255) NOT NULL CHECK ("direction" IN ('out', 'in')),
        "summary" TEXT NOT NULL)""",
    """INSERT INTO "interaction_checked" ("id", "contact_id", "application_id", "date",
        "channel", "direction", "summary")
        SELECT "id", "contact_id", "application_id", "date", "channel", "direction",
            "summary" FROM "interaction" """,
    'DROP TABLE "interaction"',
    'ALTER TABLE "interaction_checked" RENAME TO "interaction"',
    """CREATE INDEX "interaction_contact_id" ON "interaction" ("contact_id")""",
    """CREATE INDEX "interaction_application_id" ON "interaction" ("application_id")""",
    """CREATE INDEX "interaction_contact_id_date" ON "interaction" ("contact_id", "date")""",
    """CREATE TABLE "status_change_checked" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "application_id" INTEGER NOT NULL REFERENCES "application" ("id"),
        "status" VARCHAR(255) NOT NULL CHECK ("status" IN ('applied', 'interviewing',
            'offer', 'accepted', 'declined', 'rejected', 'withdrawn')),
        "changed_on" DATE NOT NULL)""",
    """INSERT INTO "status_change_checked" ("id", "application_id", "status", "changed_on")
        SELECT "id", "application_id", "status", "changed_on" FROM "status_change" """,
    'DROP TABLE "status_change"',
    'ALTER TABLE "status_change_checked" RENAME TO "status_change"',
    """CREATE INDEX "status_change_application_id" ON "status_change" ("application_id")""",

]

# The weekly review's reply figures, kept up to date by SQLite as exchanges are logged:
# counting five years of exchanges (60 000) at each opening took 200 ms. Per person, per
# channel and way, how many exchanges; and for each answer that followed a message of
# ours, the days it took. Not models: no action writes them, the triggers do (so Undo,
# which puts exchanges back, keeps them right as well). And an index for its follow-ups
# sent in the weeks it shows.
_WAITS_OF = """
    DELETE FROM "reply_wait" WHERE "contact_id" = {who};
    INSERT INTO "reply_wait" ("interaction_id", "contact_id", "days")
        SELECT "id", "contact_id", CAST(julianday("date") - julianday("before") AS INTEGER)
        FROM (SELECT "id", "contact_id", "date", "direction",
                     lag("direction") OVER contact_order AS "direction_before",
                     lag("date") OVER contact_order AS "before"
              FROM "interaction" WHERE "contact_id" = {who}
              WINDOW contact_order AS (ORDER BY "date", "id"))
        WHERE "direction" = 'in' AND "direction_before" = 'out';"""
_TALLY = """
    INSERT INTO "exchange_tally" ("contact_id", "channel", "inbound", "count")
        VALUES ({row}."contact_id", {row}."channel", {row}."direction" = 'in', {step})
        ON CONFLICT ("contact_id", "channel", "inbound")
        DO UPDATE SET "count" = "count" + {step};"""
V9 = [
    """CREATE TABLE "exchange_tally" (
        "contact_id" INTEGER NOT NULL,
        "channel" VARCHAR(255) NOT NULL,
        "inbound" INTEGER NOT NULL,
        "count" INTEGER NOT NULL,
        PRIMARY KEY ("contact_id", "channel", "inbound")) WITHOUT ROWID""",
    """CREATE TABLE "reply_wait" (
        "interaction_id" INTEGER NOT NULL PRIMARY KEY,
        "contact_id" INTEGER NOT NULL,
        "days" INTEGER NOT NULL)""",
    """CREATE INDEX "reply_wait_contact_id" ON "reply_wait" ("contact_id")""",
    """CREATE INDEX "reply_wait_days" ON "reply_wait" ("days")""",
    # The review's follow-ups sent in its weeks: read from the index alone.
    """CREATE INDEX "follow_up_state_done_on" ON "follow_up"
        ("state", "done_on", "deadline", "planned_date")""",
    """INSERT INTO "exchange_tally" ("contact_id", "channel", "inbound", "count")
        SELECT "contact_id", "channel", "direction" = 'in', count(*) FROM "interaction"
        GROUP BY "contact_id", "channel", "direction" = 'in'""",
    """INSERT INTO "reply_wait" ("interaction_id", "contact_id", "days")
        SELECT "id", "contact_id", CAST(julianday("date") - julianday("before") AS INTEGER)
        FROM (SELECT "id", "contact_id", "date", "direction",
                     lag("direction") OVER contact_order AS "direction_before",
                     lag("date") OVER contact_order AS "before"
              FROM "interaction"
              WINDOW contact_order AS (PARTITION BY "contact_id" ORDER BY "date", "id"))
        WHERE "direction" = 'in' AND "direction_before" = 'out'""",
    f"""CREATE TRIGGER "interaction_counted_in" AFTER INSERT ON "interaction" BEGIN
        {_TALLY.format(row="NEW", step=1)}
        {_WAITS_OF.format(who='NEW."contact_id"')}
    END""",
    f"""CREATE TRIGGER "interaction_counted_out" AFTER DELETE ON "interaction" BEGIN
        {_TALLY.format(row="OLD", step=-1)}
        {_WAITS_OF.format(who='OLD."contact_id"')}
    END""",
    f"""CREATE TRIGGER "interaction_counted_again" AFTER UPDATE OF "contact_id", "channel",
            "direction", "date" ON "interaction" BEGIN
        {_TALLY.format(row="OLD", step=-1)}
        {_TALLY.format(row="NEW", step=1)}
        {_WAITS_OF.format(who='OLD."contact_id"')}
        {_WAITS_OF.format(who='NEW."contact_id"')}
    END""",
]

# Version 10: the user's own mailbox (optional). Where the app stopped reading each folder
# (IMAP's UIDVALIDITY and UIDNEXT), so each check reads only what is new; and the messages
# that concern the search, kept to what a match needs (the day, the address, the subject,
# the Message-ID): a reply or a note sent from the mail app, suggested until the user
# accepts or dismisses it, and the drafts the app placed in the Drafts folder.
V10 = [
    """CREATE TABLE "mail_folder" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "role" VARCHAR(255) NOT NULL UNIQUE CHECK ("role" IN ('inbox', 'sent')),
        "name" VARCHAR(255) NOT NULL,
        "uidvalidity" INTEGER NOT NULL,
        "uidnext" INTEGER NOT NULL,
        "checked_at" DATETIME NOT NULL)""",
    """CREATE TABLE "mail_message" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "kind" VARCHAR(255) NOT NULL CHECK ("kind" IN ('reply', 'sent', 'draft')),
        "status" VARCHAR(255) NOT NULL CHECK ("status" IN ('suggested', 'accepted',
            'dismissed', 'placed')),
        "message_id" VARCHAR(255) NOT NULL,
        "sent_on" DATE NOT NULL,
        "address" VARCHAR(255) NOT NULL,
        "subject" VARCHAR(255) NOT NULL,
        "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"),
        "application_id" INTEGER REFERENCES "application" ("id"),
        "follow_up_id" INTEGER REFERENCES "follow_up" ("id"),
        "created_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "mail_message_kind_message_id" ON "mail_message"
        ("kind", "message_id")""",
    """CREATE INDEX "mail_message_status" ON "mail_message" ("status")""",
    """CREATE INDEX "mail_message_contact_id" ON "mail_message" ("contact_id")""",
    """CREATE INDEX "mail_message_application_id" ON "mail_message" ("application_id")""",
    """CREATE INDEX "mail_message_follow_up_id" ON "mail_message" ("follow_up_id")""",
]


# Calendar sync (version 11; named, not numbered, so that it takes the next free number
# whatever lands beside it): the CalDAV account (its password is in the
# system's keyring, never here), which event on the server stands for which follow-up
# (its UID, address, ETag and day as last seen there), the changes waiting to be sent
# (kept here so that nothing made offline is lost), moves made on another device waiting
# to be applied, and what the user is asked about. Triggers queue every change to a
# follow-up, whoever makes it (a view, Undo, an import, the command line), once an account
# is set up; each queuing gets a version above every other, so that the sync takes a
# follow-up off the queue only if it was not queued again while its event was written.
# No foreign keys to follow_up: undoing the creation of a follow-up must stay
# possible; the sync removes the event of a follow-up that is gone.
CALENDAR_SYNC = [
    """CREATE TABLE "calendar_account" (
        "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
        "server_url" TEXT NOT NULL,
        "user_name" TEXT NOT NULL,
        "calendar_url" TEXT NOT NULL DEFAULT '',
        "calendar_name" TEXT NOT NULL DEFAULT '',
        "alarm_minutes" INTEGER NOT NULL DEFAULT 540
            CHECK ("alarm_minutes" BETWEEN 0 AND 1439),
        "sent_events" TEXT NOT NULL DEFAULT 'mark' CHECK ("sent_events" IN ('mark', 'remove')),
        "sync_token" TEXT NOT NULL DEFAULT '',
        "ctag" TEXT NOT NULL DEFAULT '',
        "last_sync_at" DATETIME,
        "last_error" TEXT NOT NULL DEFAULT '',
        "failures" INTEGER NOT NULL DEFAULT 0,
        "next_try_at" DATETIME)""",
    """CREATE TABLE "calendar_event" (
        "follow_up_id" INTEGER NOT NULL PRIMARY KEY,
        "uid" TEXT NOT NULL UNIQUE,
        "href" TEXT NOT NULL,
        "etag" TEXT NOT NULL DEFAULT '',
        "day" DATE NOT NULL,
        "content" TEXT NOT NULL DEFAULT '')""",
    """CREATE INDEX "calendar_event_href" ON "calendar_event" ("href")""",
    """CREATE TABLE "calendar_queue" (
        "follow_up_id" INTEGER NOT NULL PRIMARY KEY,
        "version" INTEGER NOT NULL DEFAULT 0,
        "attempts" INTEGER NOT NULL DEFAULT 0,
        "next_try_at" DATETIME,
        "last_error" TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE "calendar_incoming" (
        "follow_up_id" INTEGER NOT NULL PRIMARY KEY,
        "day" DATE NOT NULL,
        "previous_day" DATE NOT NULL)""",
    """CREATE TABLE "calendar_notice" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "follow_up_id" INTEGER NOT NULL,
        "kind" TEXT NOT NULL CHECK ("kind" IN ('broken-rule', 'deleted', 'conflict')),
        "day_elsewhere" DATE,
        "day_here" DATE,
        "created_at" DATETIME NOT NULL)""",
    """CREATE INDEX "calendar_notice_follow_up_id" ON "calendar_notice" ("follow_up_id")""",
    """CREATE TRIGGER "calendar_queue_follow_up_added" AFTER INSERT ON "follow_up"
        WHEN EXISTS (SELECT 1 FROM "calendar_account")
        BEGIN INSERT OR REPLACE INTO "calendar_queue" ("follow_up_id", "version")
            VALUES (NEW."id",
                (SELECT coalesce(max("version"), 0) + 1 FROM "calendar_queue")); END""",
    """CREATE TRIGGER "calendar_queue_follow_up_changed" AFTER UPDATE OF "kind",
        "contact_id", "application_id", "channel", "planned_date", "deadline", "state",
        "reasons" ON "follow_up"
        WHEN EXISTS (SELECT 1 FROM "calendar_account")
        BEGIN INSERT OR REPLACE INTO "calendar_queue" ("follow_up_id", "version")
            VALUES (NEW."id",
                (SELECT coalesce(max("version"), 0) + 1 FROM "calendar_queue")); END""",
    """CREATE TRIGGER "calendar_queue_follow_up_removed" AFTER DELETE ON "follow_up"
        WHEN EXISTS (SELECT 1 FROM "calendar_account")
        BEGIN INSERT OR REPLACE INTO "calendar_queue" ("follow_up_id", "version")
            VALUES (OLD."id",
                (SELECT coalesce(max("version"), 0) + 1 FROM "calendar_queue")); END""",
    """CREATE TRIGGER "calendar_queue_contact_renamed" AFTER UPDATE OF "name" ON "contact"
        WHEN EXISTS (SELECT 1 FROM "calendar_account")
        BEGIN INSERT OR REPLACE INTO "calendar_queue" ("follow_up_id", "version")
            SELECT "id",
                (SELECT coalesce(max("version"), 0) + 1 FROM "calendar_queue") FROM "follow_up"
            WHERE "contact_id" = NEW."id"; END""",
    """CREATE TRIGGER "calendar_queue_application_renamed" AFTER UPDATE OF "company",
        "position", "posting_url" ON "application"
        WHEN EXISTS (SELECT 1 FROM "calendar_account")
        BEGIN INSERT OR REPLACE INTO "calendar_queue" ("follow_up_id", "version")
            SELECT "id",
                (SELECT coalesce(max("version"), 0) + 1 FROM "calendar_queue") FROM "follow_up"
            WHERE "application_id" = NEW."id"; END""",
    """CREATE TRIGGER "calendar_queue_notice_settled" AFTER DELETE ON "calendar_notice"
        WHEN EXISTS (SELECT 1 FROM "calendar_account")
        BEGIN INSERT OR REPLACE INTO "calendar_queue" ("follow_up_id", "version")
            VALUES (OLD."follow_up_id",
                (SELECT coalesce(max("version"), 0) + 1 FROM "calendar_queue")); END""",
]

STEPS: dict[int, list[str]] = {1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7, 8: V8,
                               9: V9, 10: V10, 11: CALENDAR_SYNC}
SCHEMA_VERSION = max(STEPS)
