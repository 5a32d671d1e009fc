"""Envelope addresses in each country's order, and notes cut as a card lays them out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jobfollowup.services.exchange.printouts import split_card_text
from jobfollowup.services.records.addresses import format_address


def lines(name, address, country, home="NO"):
    formatted = format_address(name, address, country, home, language="en")
    return None if formatted is None else list(formatted.lines)


def test_norway_postcode_before_the_town_in_capitals():
    assert lines("Kari Nordmann", "Karl Johans gate 22\nOslo 0159", "NO") == [
        "Kari Nordmann", "Karl Johans gate 22", "0159 OSLO"]


def test_town_and_postcode_typed_on_two_lines_are_joined():
    assert lines("Kari Nordmann", "Storgata 1\n0155\nOslo", "NO") == [
        "Kari Nordmann", "Storgata 1", "0155 OSLO"]


def test_abroad_the_country_is_named_in_capitals_on_the_last_line():
    assert lines("Françoise Lefèvre", "12 rue de l'Église\n75008 Paris", "FR") == [
        "Françoise Lefèvre", "12 rue de l'Église", "75008 PARIS", "FRANCE"]
    french = format_address("Kari", "Storgata 1\n0155 Oslo", "NO", "FR", language="fr")
    assert french.lines[-1] == "NORVÈGE"


def test_britain_town_then_postcode_on_its_own_line():
    assert lines("Ann Lee", "1 High Street\nLondon SW1A 1AA", "GB", home="GB") == [
        "Ann Lee", "1 High Street", "LONDON", "SW1A 1AA"]


def test_united_states_city_state_zip_on_one_line():
    assert lines("Jordan Lee", "1600 Amphitheatre Pkwy\nMountain View, CA 94043", "US",
                 home="US") == ["Jordan Lee", "1600 Amphitheatre Pkwy",
                                "Mountain View, CA 94043"]


def test_italy_keeps_the_province_after_the_town():
    assert lines("Giulia Rossi", "Via del Corso 12\n00186 Roma RM", "IT", home="IT") == [
        "Giulia Rossi", "Via del Corso 12", "00186 Roma RM"]


def test_unknown_conventions_and_a_name_already_typed_are_kept():
    assert lines("Ana Silva", "Ana Silva\nRua Augusta 10\nLisboa", "BR", home="BR") == [
        "Ana Silva", "Rua Augusta 10", "Lisboa"]


def test_no_address_is_none():
    assert lines("Kari Nordmann", "  \n ", "NO") is None


@given(st.text(min_size=1, max_size=40).filter(lambda t: t.strip()),
       st.text(max_size=120))
def test_every_word_typed_reaches_the_envelope(name, address):
    formatted = format_address(name, address, "NO", "NO")
    if formatted is None:
        assert not address.strip(" ,\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        return
    printed = " ".join(formatted.lines).casefold()
    for word in (name + " " + address).replace(",", " ").split():
        assert word.casefold() in printed


def test_card_text_finds_greeting_sign_off_and_signature():
    text = split_card_text("Hei Kari,\n\nTusen takk.\nVi ses.\n\nTakk igjen.\n\n"
                           "Vennlig hilsen\nOla Hansen", "Ola Hansen")
    assert text.greeting == "Hei Kari,"
    assert text.paragraphs == ("Tusen takk. Vi ses.", "Takk igjen.")
    assert (text.closing, text.signature) == (("Vennlig hilsen",), ("Ola Hansen",))


def test_card_text_without_a_stored_signature():
    text = split_card_text("Dear Ann,\n\nThank you.\n\nKind regards,\nOla", "")
    assert (text.closing, text.signature) == (("Kind regards,",), ("Ola",))
    unsigned = split_card_text("Dear Ann,\n\nThank you.\n\nKind regards,", "")
    assert (unsigned.paragraphs, unsigned.closing, unsigned.signature) == (
        ("Thank you.",), ("Kind regards,",), ())
