"""Printed notes, envelopes and sheets, read back from the PDF as a reader would."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument

from jobfollowup.printing.layouts import LAYOUTS, PrintOptions
from jobfollowup.printing.output import ensure_application, export_cards, export_log, export_week
from jobfollowup.printing.sheets import week_html
from jobfollowup.rules.kinds import Channel, Kind
from jobfollowup.services import settings
from jobfollowup.services.exchange.printouts import (
    LAYOUT_KEYS,
    WeekAhead,
    due_note_cards,
    note_card,
    pdf_file_name,
    week_ahead,
)
from jobfollowup.services.planning.day import FollowUpRow
from jobfollowup.services.planning.drafts import mark_sent, open_draft, save_draft
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.applications import set_status
from jobfollowup.services.records.core import add_application, add_contact, log_interview

MM = 72 / 25.4  # PDF points per millimetre
NAME = "Françoise Bjørnstad-Ærø"
SIGNATURE = "Åse Sørensen-Léger"
BODY = ("Chère Madame Bjørnstad-Ærø,\n\nMerci pour notre échange sur la façade du café "
        "à Ålesund : j'y pense encore.\nÀ très bientôt, je l'espère.\n\nBien à vous,\n"
        + SIGNATURE)


def pages_text(path) -> list[str]:
    """Each page's text, with line breaks and spacing folded to single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def page_size_mm(path, number: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[number].mediabox
    return round(float(box.width) / MM), round(float(box.height) / MM)


@pytest.fixture(autouse=True)
def qt(qapp):
    """Qt's fonts need the application object: the one pytest-qt's widgets share."""
    assert ensure_application() is qapp
    return qapp


@pytest.fixture
def note(data_dir):
    """A handwritten thank-you note to a French contact, with a typed-over draft."""
    settings.put("home_country", "NO")
    settings.put("sender_name", SIGNATURE)
    contact = add_contact(NAME, note_language="fr", country="FR", form_of_address="Madame",
                          postal_address="12 rue de l'Église\nParis 75008")
    application = add_application("Crédit Agricole", "Ingénieure données", country="FR")
    log_interview(application, dt.datetime(2026, 12, 17, 14, 0), [contact])
    follow_up = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_NOTE).id
    save_draft(follow_up, "", BODY)
    return follow_up


EXPECTED_MM = {
    "a6": (105, 148), "5x7": (127, 178), "a5": (148, 210), "half-letter": (140, 216),
    "a4": (210, 297), "letter": (216, 279),
}


def test_every_layout_is_offered():
    assert tuple(LAYOUTS) == LAYOUT_KEYS


@pytest.mark.parametrize("layout", LAYOUT_KEYS)
@pytest.mark.parametrize("folded", [False, True])
def test_each_layout_prints_the_whole_note_on_its_paper(tmp_path, note, layout, folded):
    path = tmp_path / "card.pdf"
    export_cards(path, [note_card(note)], PrintOptions(layout, folded))
    width, height = EXPECTED_MM[layout]
    if folded and layout in ("a4", "letter"):  # the sheet itself, folded in two
        expected = (height, width)
    elif folded:  # a sheet twice the card's width, landscape
        expected = (2 * width, height) if 2 * width > height else (height, 2 * width)
    else:
        expected = (width, height)
    assert page_size_mm(path) == pytest.approx(expected, abs=1)
    [text] = pages_text(path)
    assert NAME in text
    assert flat(BODY) in text  # greeting, body, sign-off and signature, æ ø å é ç à
    assert "ﬁ" not in text and "ﬂ" not in text


def test_a_long_note_continues_on_a_second_page(tmp_path, note):
    long_body = "Bonjour,\n\n" + "\n\n".join(["Une phrase assez longue pour remplir la "
                                              "carte, encore et encore."] * 14)
    save_draft(note, "", long_body + "\n\nBien à vous,\n" + SIGNATURE)
    path = tmp_path / "long.pdf"
    export_cards(path, [note_card(note)], PrintOptions("a6"))
    pages = pages_text(path)
    assert len(pages) == 2
    assert "page 1 of 2" in pages[0] and SIGNATURE in pages[1]


def test_a_hostile_name_prints_literally(tmp_path, data_dir):
    hostile = "<b>Ann</b> & <i>Co</i>"
    contact = add_contact(hostile, postal_address="1 High Street\nLondon SW1A 1AA",
                          country="GB")
    application = add_application("<script>Acme</script>", "Engineer", country="GB")
    log_interview(application, dt.datetime(2026, 12, 17, 14, 0), [contact],
                  highlight="<u>data</u>")
    follow_up = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_NOTE).id
    card_pdf, week_pdf, log_pdf = (tmp_path / n for n in ("card.pdf", "week.pdf", "log.pdf"))
    export_cards(card_pdf, [note_card(follow_up)], PrintOptions("a5", envelope="label"))
    export_week(week_pdf, week_ahead(dt.date(2026, 12, 17)))
    mark_sent(follow_up, "", open_draft(follow_up).body, dt.date(2026, 12, 18))
    export_log(log_pdf, dt.date(2026, 12, 20))
    for path in (card_pdf, week_pdf, log_pdf):
        text = " ".join(pages_text(path))
        assert hostile in text, path.name
    assert "<u>data</u>" in pages_text(card_pdf)[0]
    assert "<script>Acme</script>" in " ".join(pages_text(week_pdf) + pages_text(log_pdf))


def test_envelopes_follow_the_cards_with_the_address_the_post_reads(tmp_path, note):
    path = tmp_path / "envelopes.pdf"
    export_cards(path, [note_card(note)], PrintOptions("a6", envelope="dl"))
    assert len(PdfReader(path).pages) == 2
    assert page_size_mm(path, 1) == (220, 110)
    envelope = pages_text(path)[1]
    assert envelope == f"{NAME} 12 rue de l'Église 75008 PARIS FRANCE"


def test_batch_prints_one_card_per_due_note_in_mailing_order(tmp_path, data_dir):
    settings.put("home_country", "NO")
    people = [("Ingrid Østby", dt.datetime(2026, 12, 21, 10, 0)),
              ("Kari Nordmann", dt.datetime(2026, 12, 14, 10, 0)),
              ("Åsmund Ærlig", dt.datetime(2026, 12, 16, 10, 0))]
    for name, when in people:
        contact = add_contact(name, note_language="nb", country="NO",
                              postal_address="Storgata 1\n0155 Oslo")
        application = add_application("Equinor", "Dataingeniør", country="NO")
        log_interview(application, when, [contact])
    add_contact("Uten Adresse", note_language="nb", country="NO")  # gets no note
    cards = due_note_cards(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    dates = [card.mailing_date for card in cards]
    assert dates == sorted(dates) and len(set(dates)) == 3
    path = tmp_path / "batch.pdf"
    export_cards(path, cards, PrintOptions("a6"))
    pages = pages_text(path)
    assert len(pages) == 3
    in_order = ["Kari Nordmann", "Åsmund Ærlig", "Ingrid Østby"]
    assert [next(n for n in in_order if n in page) for page in pages] == in_order
    assert all(page.startswith("Hei ") for page in pages)
    later = due_note_cards(dt.date(2026, 12, 20), dt.date(2026, 12, 31))
    assert [card.contact_name for card in later] == ["Ingrid Østby"]


@pytest.fixture
def seeded(data_dir):
    settings.put("home_country", "NO")
    settings.put("sender_name", "Ola Hansen")
    kari = add_contact("Kari Nordmann", note_language="nb", country="NO",
                       postal_address="Storgata 1\n0155 Oslo")
    per = add_contact("Per Hansen", note_language="nb", country="NO")
    equinor = add_application("Equinor", "Dataingeniør", country="NO",
                              applied_on=dt.date(2026, 12, 1))
    add_application("DNB", "Analytiker", status="rejected", country="NO",
                    applied_on=dt.date(2026, 11, 20))
    log_interview(equinor, dt.datetime(2026, 12, 17, 14, 0), [kari, per])
    email = next(r for r in list_follow_ups()
                 if r.kind is Kind.THANK_YOU_EMAIL and r.contact_name == "Per Hansen")
    mark_sent(email.id, "Takk", open_draft(email.id).body, dt.date(2026, 12, 17))
    return equinor


def test_week_sheet_lists_who_how_when_and_why_on_one_page(tmp_path, seeded):
    path = tmp_path / "week.pdf"
    export_week(path, week_ahead(dt.date(2026, 12, 17)))
    pages = pages_text(path)
    assert len(pages) == 1
    assert page_size_mm(path) == (210, 297)
    text = pages[0]
    assert "The week ahead: December 17, 2026 to December 23, 2026" in text
    assert "Handwritten thank-you note Kari Nordmann · Equinor letter" in text
    assert "Thank-you email Kari Nordmann · Equinor email" in text
    assert "Friday, December 18, 2026" in text and "Nothing to send." in text
    assert "A handwritten note must arrive within 7 days" in text
    assert "Thank-you email Per Hansen" not in text  # already sent
    assert "Check-in" not in text  # planned after the week


def test_week_sheet_shows_what_is_overdue(tmp_path, seeded):
    week = week_ahead(dt.date(2026, 12, 21))
    assert [r.kind for r in week.overdue] == [Kind.THANK_YOU_EMAIL, Kind.THANK_YOU_NOTE]
    path = tmp_path / "week.pdf"
    export_week(path, week)
    assert "Overdue" in pages_text(path)[0]


def test_applications_log_has_dates_companies_status_history_and_sent_follow_ups(tmp_path,
                                                                               seeded):
    path = tmp_path / "log.pdf"
    export_log(path, dt.date(2026, 12, 20))
    text = " ".join(pages_text(path))
    assert "Applications log" in text and "Ola Hansen · Printed on December 20, 2026" in text
    position = text.index("Dataingeniør at Equinor")
    assert text.index("Analytiker at DNB") < position  # applied earlier
    assert "Applied on November 20, 2026 · Norway" in text
    assert "Status: rejected (Nov 20, 2026)" in text  # added as already rejected
    set_status(seeded, "offer", on=dt.date(2026, 12, 19))  # seeded: Equinor's id
    export_log(path, dt.date(2026, 12, 20))
    text = unicodedata.normalize("NFKC", " ".join(pages_text(path)))  # "ﬀ" ligature: "ff"
    position = text.index("Dataingeniør at Equinor")
    assert ("Status: applied (Dec 1, 2026) → interviewing (Dec 17, 2026) → offer "
            "(Dec 19, 2026)") in text[position:]
    assert "Earlier statuses are not recorded" not in text
    steps = text[position:]
    assert steps.index("Dec 1, 2026 Application sent") < steps.index(
        "Dec 17, 2026 Interview with Kari Nordmann, Per Hansen") < steps.index(
        "Thanked Per Hansen for the interview (email)")


def test_proposed_pdf_name_comes_from_contact_and_date(note):
    card = note_card(note)
    assert pdf_file_name(card) == f"note-Francoise-Bjornstad-AEro-{card.mailing_date}.pdf"


@hypothesis_settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
               max_size=30).filter(str.strip))
def test_any_typed_name_reaches_the_sheets_as_typed(qt, name):
    row = FollowUpRow(1, Kind.THANK_YOU_NOTE, dt.date(2026, 12, 18), None, "planned",
                      Channel.LETTER, 1, name, 1, name, name, ())
    week = WeekAhead(dt.date(2026, 12, 17), dt.date(2026, 12, 23), [], [row])
    document = QTextDocument()
    document.setHtml(week_html(week))
    assert flat(f"{name} · {name}") in flat(document.toPlainText())


def test_the_card_is_set_in_dejavu_which_has_every_letter_we_print(tmp_path, note):
    path = tmp_path / "card.pdf"
    export_cards(path, [note_card(note)], PrintOptions("a6"))
    resources = PdfReader(path).pages[0]["/Resources"]["/Font"]
    fonts = {str(resources[key].get_object()["/BaseFont"]).lstrip("/").split("+")[-1]
             for key in resources}
    assert fonts == {"DejaVuSerif", "DejaVuSans"}  # the note, and the small caption
