"""Checking the mailbox against a real IMAP server (Dovecot, started by the test): replies
from contacts found and tied to the right application (by address and by thread),
strangers left alone, nothing suggested twice, a note sent from the mail app marking the
right follow-up sent, a new UIDVALIDITY handled, a server stopped mid-check losing
nothing — and the server never touched: no \\Seen, nothing moved or changed."""

from __future__ import annotations

import datetime as dt

import pytest

from jobfollowup.rules.kinds import Channel, Kind, MailKind, MailRole, MailStatus, State
from jobfollowup.services import settings
from jobfollowup.services.mail import reading
from jobfollowup.services.mail.connection import MailError
from jobfollowup.services.mail.suggestions import (
    accept,
    check_mail,
    describe,
    dismiss,
    folder_states,
    pending,
)
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.models import FollowUp, Interaction, MailMessage
from mailserver import ADDRESS, message

TODAY = dt.date.today()
KARI = "kari.nordmann@equinor.example"
MARIE = "marie.dupont@doctolib.example"


@pytest.fixture
def search(mail_account):
    """Two applications, each with an interview yesterday: their thank-you emails are
    planned around today, their check-ins later."""
    settings.put("home_country", "NO")
    kari = add_contact("Kari Nordmann", country="NO", email=KARI.title(),  # any case
                       preferred_channel="email")
    marie = add_contact("Marie Dupont", country="FR", email=MARIE, note_language="fr",
                        preferred_channel="phone")
    equinor = add_application("Equinor", "Data Engineer", country="NO")
    doctolib = add_application("Doctolib", "Backend Developer", country="FR")
    yesterday = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(10))
    log_interview(equinor, yesterday, [kari])
    log_interview(doctolib, yesterday, [marie])
    return {"kari": kari, "marie": marie, "equinor": equinor, "doctolib": doctolib}


def planned(application_id: int, kind: Kind) -> list[FollowUp]:
    return list(FollowUp.select().where(
        (FollowUp.application == application_id) & (FollowUp.kind == kind.value)
        & (FollowUp.state == State.PLANNED)).order_by(FollowUp.planned_date))


def test_a_reply_from_a_contact_is_suggested_for_their_application(search, dovecot):
    dovecot.append("INBOX", message(f"Kari Nordmann <{KARI}>", ADDRESS, "Re: Data Engineer",
                                    "Thank you, we will be in touch."))
    dovecot.append("INBOX", message("Newsletter <news@shop.example>", ADDRESS, "50% off"))
    dovecot.append("INBOX", message(f"Me <{ADDRESS}>", ADDRESS, "Note to self"))
    made = check_mail(TODAY)
    (suggestion,) = pending()
    assert made == [suggestion.id]
    assert (suggestion.kind, suggestion.contact_id, suggestion.application_id) == (
        MailKind.REPLY, search["kari"], search["equinor"])
    assert (suggestion.day, suggestion.subject, suggestion.address) == (
        TODAY, "Re: Data Engineer", KARI)
    assert "Equinor — Data Engineer" in describe(suggestion)
    assert MailMessage.select().count() == 1  # the stranger and the note to self: not kept
    assert check_mail(TODAY) == [] and len(pending()) == 1  # seen once, suggested once


def test_accepting_a_reply_logs_it_and_stops_the_check_ins(search, dovecot):
    dovecot.append("INBOX", message(f"Kari <{KARI}>", ADDRESS, "Re: Data Engineer"))
    check_mail(TODAY)
    check_ins = planned(search["equinor"], Kind.CHECK_IN)
    assert check_ins
    accepted = accept(pending()[0].id)
    assert planned(search["equinor"], Kind.CHECK_IN) == []
    assert {c.follow_up_id for c in accepted.changes.dropped} >= {f.id for f in check_ins}
    reply = Interaction.get(Interaction.direction == "in")
    assert (reply.contact_id, reply.application_id, reply.date, reply.channel) == (
        search["kari"], search["equinor"], TODAY, "email")
    assert "Re: Data Engineer" in reply.summary
    assert accepted.replied.suggested_channel is None  # she prefers email anyway
    assert pending() == []
    assert MailMessage.get().status == MailStatus.ACCEPTED
    assert planned(search["doctolib"], Kind.CHECK_IN)  # the other application waits on


def test_an_email_from_someone_who_prefers_the_phone_offers_email(search, dovecot):
    dovecot.append("INBOX", message(MARIE, ADDRESS, "Re: entretien"))
    check_mail(TODAY)
    accepted = accept(pending()[0].id)
    assert accepted.replied.suggested_channel is Channel.EMAIL  # R8


def test_a_reply_in_a_known_thread_is_tied_to_it_even_from_another_address(
        search, dovecot):
    dovecot.append("INBOX", message(MARIE, ADDRESS, "Re: entretien",
                                    message_id="<first@doctolib.example>"))
    check_mail(TODAY)
    dismiss(pending()[0].id)  # known all the same
    dovecot.append("INBOX", message("Assistant <rh@doctolib.example>", ADDRESS,
                                    "Re: Re: entretien",
                                    in_reply_to="<first@doctolib.example>",
                                    references="<start@x.example> <first@doctolib.example>"))
    check_mail(TODAY)
    (suggestion,) = pending()
    assert (suggestion.contact_id, suggestion.application_id, suggestion.address) == (
        search["marie"], search["doctolib"], "rh@doctolib.example")


def test_a_reply_logged_by_hand_is_not_suggested(search, dovecot):
    from jobfollowup.services.records.replies import reply_received

    reply_received(search["kari"], TODAY, "phone", "She called", search["equinor"])
    dovecot.append("INBOX", message(KARI, ADDRESS, "Re: Data Engineer"))
    assert check_mail(TODAY) == []


def test_a_note_sent_from_the_mail_app_marks_its_follow_up_sent(search, dovecot):
    (thanks,) = planned(search["equinor"], Kind.THANK_YOU_EMAIL)
    dovecot.append("Sent", message(ADDRESS, f"Kari Nordmann <{KARI}>",
                                   "Thank you for yesterday"), flags="\\Seen")
    dovecot.append("Sent", message(ADDRESS, "friend@example.net", "Dinner?"),
                   flags="\\Seen")
    check_mail(TODAY)
    (suggestion,) = pending()
    assert (suggestion.kind, suggestion.follow_up_id, suggestion.follow_up_kind) == (
        MailKind.SENT, thanks.id, Kind.THANK_YOU_EMAIL)
    assert "Marks “Thank Kari Nordmann for the interview” sent" in describe(suggestion)
    accept(suggestion.id)
    done = FollowUp.get_by_id(thanks.id)
    assert (done.state, done.done_on, done.draft_subject) == (
        State.DONE, TODAY, "Thank you for yesterday")
    sent = Interaction.get(Interaction.direction == "out")
    assert (sent.contact_id, sent.date) == (search["kari"], TODAY)
    assert planned(search["doctolib"], Kind.THANK_YOU_EMAIL)  # Marie's is still to send


def test_a_note_marked_sent_by_hand_meanwhile_is_no_longer_suggested(search, dovecot):
    from jobfollowup.services.planning.follow_ups import mark_done

    (thanks,) = planned(search["equinor"], Kind.THANK_YOU_EMAIL)
    dovecot.append("Sent", message(ADDRESS, KARI, "Thank you"))
    check_mail(TODAY)
    mark_done(thanks.id, TODAY, name_checked=True)
    assert pending() == []


def test_a_new_uidvalidity_reads_the_folder_again_without_suggesting_twice(
        search, dovecot):
    dovecot.append("Sent", message(ADDRESS, KARI, "Thank you",
                                   message_id="<thanks@robin.example>"))
    check_mail(TODAY)
    before = folder_states()[MailRole.SENT]
    dovecot.recreate("Sent")  # the folder rebuilt: its old UIDs mean nothing now
    dovecot.append("Sent", message(ADDRESS, KARI, "Thank you",
                                   message_id="<thanks@robin.example>"))
    dovecot.append("Sent", message(ADDRESS, MARIE, "Merci pour hier"))
    check_mail(TODAY)
    after = folder_states()[MailRole.SENT]
    assert after.uidvalidity != before.uidvalidity
    assert after.uidvalidity == dovecot.uidvalidity("Sent")
    assert sorted(s.contact_id for s in pending()) == sorted([search["kari"],
                                                               search["marie"]])


def test_each_check_reads_only_what_is_new(search, dovecot, monkeypatch):
    dovecot.append("INBOX", message(KARI, ADDRESS, "Re: one"))
    check_mail(TODAY)
    fetched_uids = []
    original = reading._read_folder

    def watched(box, role, name, known, today):
        state, headers = original(box, role, name, known, today)
        fetched_uids.extend((role, h.uid) for h in headers)
        return state, headers

    monkeypatch.setattr(reading, "_read_folder", watched)
    check_mail(TODAY)
    assert fetched_uids == []
    dovecot.append("INBOX", message(MARIE, ADDRESS, "Re: two"))
    check_mail(TODAY)
    assert fetched_uids == [(MailRole.INBOX, 2)]
    assert folder_states()[MailRole.INBOX].uidnext == 3


def test_the_server_stopped_mid_check_loses_nothing(search, dovecot, monkeypatch):
    dovecot.append("INBOX", message(KARI, ADDRESS, "Re: Data Engineer"))
    original = reading._read_folder

    def stop_after_the_inbox(box, role, name, known, today):
        found = original(box, role, name, known, today)
        if role == MailRole.INBOX:
            dovecot.stop()
        return found

    monkeypatch.setattr(reading, "_read_folder", stop_after_the_inbox)
    with pytest.raises(MailError) as raised:
        check_mail(TODAY)
    assert raised.value.cause == "lost" and "try again later" in str(raised.value)
    assert folder_states() == {} and MailMessage.select().count() == 0
    monkeypatch.setattr(reading, "_read_folder", original)
    dovecot.start()
    check_mail(TODAY)
    assert [s.subject for s in pending()] == ["Re: Data Engineer"]


def test_checking_changes_nothing_on_the_server(search, dovecot):
    dovecot.append("INBOX", message(KARI, ADDRESS, "Re: Data Engineer"))
    dovecot.append("INBOX", message("x@example.com", ADDRESS, "Hello"))
    dovecot.append("Sent", message(ADDRESS, KARI, "Thank you"), flags="\\Seen")
    before = {folder: dovecot.contents(folder) for folder in ("INBOX", "Sent", "Drafts")}
    assert all("\\Seen" not in flags for _uid, flags, _raw in before["INBOX"])
    check_mail(TODAY)
    for suggestion in pending():
        accept(suggestion.id)
    assert {folder: dovecot.contents(folder) for folder in before} == before


def test_without_an_account_there_is_nothing_to_check(data_dir):
    from jobfollowup.services.errors import ValidationError

    with pytest.raises(ValidationError, match="No mail account is set up"):
        check_mail(TODAY)
    assert list_follow_ups() == []
