"""Issue 22: names imported as their own language writes them — Chinese, Japanese and
Korean family names first, with no space — and an Apple card's "Dr." kept as the form of
address only, not in the name too."""

from __future__ import annotations

import pytest

from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange.contact_cards import full_name

GOOGLE = (  # Google Contacts' export of today (“Google CSV”), its first columns
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value\n"
    "太郎,,田中,タロウ,,タナカ,,,,,トヨタ自動車,人事部長,,,,,* myContacts,Work,"
    "tanaka@toyota.example\n"
    "小明,,王,,,,,,,,,,,,,,* myContacts,,wang@example.cn\n"
    "민준,,김,,,,,,,,,,,,,,* myContacts,,kim@example.kr\n"
    "Kari,,Nordmann,,,,Dr,,,,Equinor,,,,,,* myContacts,Work,kari@equinor.example\n"
)
APPLE = (  # Apple Contacts' export (vCard 3.0), as macOS writes it
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\n"
    "N:Müller;Jürgen;;Dr.;\r\nFN:Dr. Jürgen Müller\r\nORG:Siemens AG;\r\n"
    "TITLE:Head of Recruiting\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:juergen.mueller@siemens.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+49 89 000000\r\n"
    "item1.ADR;type=WORK;type=pref:;;Werner-von-Siemens-Straße 1;München;;80333;"
    "Deutschland\r\nitem1.X-ABADR:de\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\n"
    "N:Dreyfus;Draco;;;\r\nFN:Draco Dreyfus\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize(("given", "middle", "family", "written"), [
    ("太郎", "", "田中", "田中太郎"),
    ("小明", "", "王", "王小明"),
    ("민준", "", "김", "김민준"),
    ("Kari", "", "Nordmann", "Kari Nordmann"),
    ("Jean", "Luc", "Picard", "Jean Luc Picard"),
    ("", "", "田中", "田中"),
])
def test_a_full_name_in_its_own_order(given, middle, family, written):
    assert full_name(given, middle, family) == written


def test_google_contacts_in_chinese_japanese_and_korean(data_dir, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.layout == "Google Contacts" and preview.rejected == []
    named = {contact["name"]: (contact["email"], contact["organisation"],
                               contact["form_of_address"]) for _line, contact in preview.new}
    assert named == {
        "田中太郎": ("tanaka@toyota.example", "トヨタ自動車", ""),
        "王小明": ("wang@example.cn", "", ""),
        "김민준": ("kim@example.kr", "", ""),
        "Kari Nordmann": ("kari@equinor.example", "Equinor", "Dr"),
    }


def test_an_apple_card_keeps_dr_as_the_form_of_address_only(data_dir, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(APPLE, encoding="utf-8")
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.rejected == []
    (_line, juergen), (_other, draco) = preview.new
    assert juergen == {
        "name": "Jürgen Müller", "form_of_address": "Dr.", "organisation": "Siemens AG",
        "email": "juergen.mueller@siemens.example", "phone": "+49 89 000000",
        "postal_address": "Werner-von-Siemens-Straße 1\n80333 München\nDeutschland",
        "notes": "Position: Head of Recruiting", "role": "network", "note_language": "en",
        "country": "DE", "subdivision": None, "preferred_channel": None, "first_name_terms": False,
        "personal_details": ""}
    assert (draco["name"], draco["form_of_address"]) == ("Draco Dreyfus", "")  # "Dr" in a name
