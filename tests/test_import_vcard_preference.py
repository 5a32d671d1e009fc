"""Issue 22: a vCard's preferred address, phone and postal address win over the first one
written — Thunderbird's vCard 4 `PREF=1`, Nextcloud's vCard 3 `TYPE=WORK,PREF`, Apple's
repeated `type=` parameters."""

from __future__ import annotations

from jobfollowup.services.exchange import contacts_files as contacts_exchange

THUNDERBIRD = (  # Thunderbird 115's export: vCard 4.0, the preferred address second
    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Hansen;Ola;;;\r\nFN:Ola Hansen\r\n"
    "EMAIL:ola.private@example.no\r\nEMAIL;PREF=1:ola.hansen@equinor.example\r\n"
    "TEL;TYPE=cell;VALUE=TEXT:+47 900 00 000\r\n"
    "UID:6d7e5c1a-3b2f-4f0e-9a8b-1c2d3e4f5a6b\r\nEND:VCARD\r\n"
)
NEXTCLOUD = (  # Nextcloud Contacts' export (sabre/vobject), vCard 3.0
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Sabre//Sabre VObject 4.5.4//EN\r\n"
    "UID:1f0c3a52-8d4e-4b9a-a1c2-7e6f5d4c3b2a\r\nFN:Ingrid Berg\r\nN:Berg;Ingrid;;;\r\n"
    "EMAIL;TYPE=HOME:ingrid@home.example\r\nEMAIL;TYPE=WORK,PREF:ingrid.berg@dnb.example\r\n"
    "TEL;TYPE=HOME,VOICE:+47 22 00 00 02\r\nTEL;TYPE=WORK,VOICE,PREF:+47 22 00 00 03\r\n"
    "ADR;TYPE=HOME:;;Hjemveien 1;Bergen;;5003;Norge\r\n"
    "ADR;TYPE=WORK,PREF:;;Dronning Eufemias gate 30;Oslo;;0191;Norge\r\n"
    "REV;VALUE=DATE-AND-OR-TIME:20261201T101010Z\r\nEND:VCARD\r\n"
)
APPLE = (  # Apple Contacts: each type its own parameter, the preferred one last
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\n"
    "N:Moreau;Léa;;;\r\nFN:Léa Moreau\r\n"
    "EMAIL;type=INTERNET;type=HOME:lea@maison.example\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:lea.moreau@airbus.example\r\nEND:VCARD\r\n"
)


def imported(tmp_path, text: str) -> dict:
    path = tmp_path / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.rejected == []
    ((_line, contact),) = preview.new
    return contact


def test_thunderbirds_pref_1_written_second_wins(data_dir, tmp_path):
    ola = imported(tmp_path, THUNDERBIRD)
    assert (ola["name"], ola["email"], ola["phone"]) == (
        "Ola Hansen", "ola.hansen@equinor.example", "+47 900 00 000")


def test_nextclouds_type_pref_wins_for_email_phone_and_address(data_dir, tmp_path):
    ingrid = imported(tmp_path, NEXTCLOUD)
    assert (ingrid["email"], ingrid["phone"], ingrid["postal_address"]) == (
        "ingrid.berg@dnb.example", "+47 22 00 00 03",
        "Dronning Eufemias gate 30\n0191 Oslo\nNorge")


def test_apples_repeated_type_parameters_are_all_read(data_dir, tmp_path):
    assert imported(tmp_path, APPLE)["email"] == "lea.moreau@airbus.example"
