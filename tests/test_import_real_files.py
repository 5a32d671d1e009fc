"""Issue 22: contact files in the exact shapes real programs write them import with every
field where it belongs, the rest kept in the notes, and what the app cannot keep named.

The files are in tests/files/contacts: vCard 2.1 as Outlook writes it (Windows-1252, raw and
quoted-printable, soft line breaks) and as Android phones and older phones wrote it (UTF-8
and ISO-8859-1 quoted-printable, a photo); vCard 3.0 as Apple Contacts writes it (grouped
items, X-ABADR, folded lines); vCard 4.0 as Nextcloud writes it (PREF=, tel: URIs, LANG);
Google Contacts' CSV before 2023 and today's."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.exchange.contact_cards import Notice
from jobfollowup.storage.models import Contact

FILES = Path(__file__).parent / "files" / "contacts"
NO_PLACE = "Not kept (the app has no place for it): {}."


def contact(**fields) -> dict:
    """A contact as the import stores it: what the file does not say, as for any import."""
    return {"form_of_address": "", "first_name_terms": False, "role": "network",
            "organisation": "", "email": "", "phone": "", "postal_address": "",
            "preferred_channel": None, "note_language": "en", "country": "",
            "subdivision": None, "personal_details": "", "notes": "", **fields}


EXPECTED = {
    "outlook-2.1.vcf": ([
        (1, contact(
            name="Kjærsti Grønli", organisation="Equinor ASA",
            email="kjaersti.gronli@equinor.example", phone="+47 51 99 00 00",
            postal_address="Forusbeen 50\nBygg S\n4035 Stavanger\nRogaland\nNorge",
            country="NO", subdivision="11",
            notes="Møtte henne på karrieredagen i Stavanger.\nHun ringer tilbake etter jul.\n"
                  "Position: Rekrutteringsrådgiver\nDepartment: Rekruttering\n"
                  "Other phone number: +47 900 00 001 (mobile)")),
    ], []),
    "android-2.1.vcf": ([
        (1, contact(
            name="Søren Grønli", email="soren.gronli@example.no", phone="+4790000002",
            postal_address="Kirkegata 5\n9008 Tromsø\nNorge", country="NO",
            notes="Møtte ham på karrieredagen i Tromsø, vil høre fra oss igjen i januar.\n"
                  "Other phone number: +4722000002 (home)")),
        (16, contact(
            name="Hélène Lefèvre", organisation="Société Générale",
            email="helene.lefevre@socgen.example", phone="+33 1 42 14 20 00",
            postal_address="17 cours Valmy\n92800 Paris La Défense\nFrance", country="FR",
            notes="Position: Chargée de recrutement")),
    ], [Notice(1, "Søren Grønli", NO_PLACE.format("photo"))]),
    "apple-3.0.vcf": ([
        (1, contact(
            name="Léa Claire Moreau", form_of_address="Mme", organisation="Airbus",
            email="lea.moreau@airbus.example", phone="+33 6 12 34 56 78",
            postal_address="1 rond-point Maurice Bellonte\n31700 Blagnac\nFrance",
            country="FR",
            notes="Rencontrée au salon de l'emploi de Toulouse, très intéressée par nos "
                  "projets data.\nRappeler après les fêtes.\n"
                  "Position: Chargée de recrutement\nDepartment: Ressources humaines\n"
                  "Other email address: lea@maison.example (home)\n"
                  "Other phone number: +33 5 61 93 33 33 (work)\n"
                  "Other address: 12 rue des Lilas, 31000 Toulouse (home)\n"
                  "Website: https://www.linkedin.com/in/lea-moreau-example (LinkedIn)\n"
                  "Birthday: 1988-04-12\n"
                  "Online profile: https://www.linkedin.com/in/lea-moreau-example (linkedin)\n"
                  "Groups: Recrutement, Toulouse")),
        (28, contact(
            name="田中 太郎", organisation="トヨタ自動車株式会社",
            email="taro.tanaka@toyota.example",
            postal_address="トヨタ町1番地\n471-8571 豊田市\n愛知県\n日本", country="JP",
            notes="Department: 人事部\nName as pronounced: タナカ タロウ")),
    ], [Notice(1, "Léa Claire Moreau", NO_PLACE.format("photo"))]),
    "nextcloud-4.0.vcf": ([
        (1, contact(
            name="Giulia Bianchi", form_of_address="Dott.ssa", organisation="Eni S.p.A.",
            email="giulia.bianchi@eni.example", phone="+39-333-123-4567",
            postal_address="Piazzale Enrico Mattei 1\n00144 Roma\nRM\nItalia",
            country="IT", subdivision="RM", note_language="it",
            notes="Colloquio del 12 dicembre: molto cordiale; chiede aggiornamenti via "
                  "e-mail, non per telefono.\nAppassionata di vela.\n"
                  "Position: Responsabile selezione\nDepartment: Risorse Umane\n"
                  "Role in the organisation: Talent acquisition\n"
                  "Other email address: giulia.b@posta.example (home)\n"
                  "Other phone number: +39-06-5982-1 (work)\n"
                  "Website: https://www.eni.example (work)\n"
                  "Online profile: xmpp:giulia.bianchi@chat.example\nBirthday: --0415")),
        (26, contact(
            name="Ola Nordmann", email="ola.nordmann@dnb.example", phone="+47-915-04800",
            postal_address="Dronning Eufemias gate 30\n0191 Oslo\nNorwey",
            note_language="nb")),
    ], [Notice(1, "Giulia Bianchi", NO_PLACE.format("gender")),
        Notice(26, "Ola Nordmann", "“Norwey” is not a country the app knows: the contact is "
               "imported without a country (the address keeps it as written)."),
        Notice(26, "Ola Nordmann", NO_PLACE.format("map position"))]),
    "google-before-2023.csv": ([
        (2, contact(
            name="Kari Nordmann", organisation="Equinor ASA",
            email="kari.nordmann@equinor.example", phone="+47 900 00 000",
            postal_address="Forusbeen 50\nBygg S\n4035 Stavanger\nNorway", country="NO",
            subdivision="11", note_language="nb",
            notes="Met at the Stavanger career fair.\nPrefers email.\nPosition: Recruiter\n"
                  "Department: Talent Acquisition\n"
                  "Other email address: kari@home.example (home)\n"
                  "Other email address: kaja.n@mail.example (home)\n"
                  "Other phone number: +47 51 99 00 00 (work)\nNickname: Kaja\n"
                  "Birthday: 1985-03-02\n"
                  "Website: http://www.google.com/profiles/104999999999999999999 (Profile)\n"
                  "Groups: Recruiters")),
        (7, contact(
            name="田中太郎", organisation="トヨタ自動車", email="taro.tanaka@toyota.example",
            postal_address="トヨタ町1番地\n471-8571 豊田市\n愛知県\nJapan", country="JP",
            notes="Position: 人事部長\nName as pronounced: たなか たろう")),
        (8, contact(
            name="Marie Dupont", form_of_address="Mme", organisation="Airbus",
            email="marie.dupont@airbus.example", phone="+33 5 61 93 33 33",
            postal_address="1 rond-point Maurice Bellonte\n31700 Blagnac\nFrance",
            country="FR", note_language="fr")),
    ], [Notice(7, "田中太郎", NO_PLACE.format("photo")),
        Notice(8, "Marie Dupont", NO_PLACE.format("Occupation"))]),
    "google.csv": ([
        (2, contact(
            name="Giulia Bianchi", form_of_address="Dott.ssa", organisation="Eni S.p.A.",
            email="giulia.bianchi@eni.example", phone="+39 333 123 4567",
            postal_address="Piazzale Enrico Mattei 1\n00144 Roma RM\nItalia", country="IT",
            subdivision="RM",
            notes="Colloquio del 12 dicembre, molto cordiale.\n"
                  "Position: Responsabile selezione\nDepartment: Risorse Umane\n"
                  "Other email address: giulia.b@posta.example (home)\n"
                  "Other phone number: +39 06 5982 1 (work)\nBirthday: --04-15\n"
                  "Website: https://www.eni.example (work)\n"
                  "Related person: Marco Rossi (Assistant)\n"
                  "Date to remember: 2026-12-12 (Interview)\nGroups: Selezione")),
        (5, contact(
            name="김민준", organisation="삼성전자", email="minjun.kim@samsung.example",
            postal_address="Republic of Korea", country="KR",
            notes="Name as pronounced: Kim Minjun")),
        (6, contact(
            name="Hans Keller", email="hans.keller@ubs.example",
            postal_address="Bahnhofstrasse 45\n8001 Zürich\nZH\nSchweiz", country="CH",
            subdivision="ZH")),
    ], []),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_of_every_contact_of_a_real_file(data_dir, name):
    preview = contacts_exchange.preview_contacts_import(FILES / name)
    assert preview.rejected == [] and preview.duplicates == []
    expected, notices = EXPECTED[name]
    assert preview.new == expected
    assert preview.notices == notices
    contacts_exchange.import_contacts(preview)
    stored = {row["name"]: row for row in Contact.select().dicts()}
    assert {n: {k: v for k, v in row.items() if k not in ("id", "created_at")}
            for n, row in stored.items()} == {fields["name"]: fields for _l, fields in expected}


@pytest.mark.parametrize(("name", "layout"), [
    ("google-before-2023.csv", "Google Contacts"), ("google.csv", "Google Contacts"),
    ("outlook-2.1.vcf", "vCard"), ("nextcloud-4.0.vcf", "vCard")])
def test_the_layout_is_recognised(data_dir, name, layout):
    assert contacts_exchange.preview_contacts_import(FILES / name).layout == layout


def test_a_card_in_an_unnamed_8_bit_character_set_is_refused_whole(data_dir, tmp_path):
    path = tmp_path / "old-phone.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Sørensen;Åse\r\nFN:Åse Sørensen\r\n"
                     "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ola\r\nEND:VCARD\r\n"
                     .encode("latin-1"))
    preview = contacts_exchange.preview_contacts_import(path)
    assert [fields["name"] for _line, fields in preview.new] == ["Ola"]
    ((line, field, why),) = [(r.line, r.field, r.why) for r in preview.rejected]
    assert (line, field) == (3, "")
    assert "N is not UTF-8 text and its card names no character set" in why


def test_a_quoted_printable_value_in_a_wrong_character_set_is_refused_whole(data_dir,
                                                                             tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ola\r\n"
                    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Tromm=F8\r\nEND:VCARD\r\n",
                    encoding="ascii")
    preview = contacts_exchange.preview_contacts_import(path)
    assert preview.new == []
    assert [(r.line, r.field) for r in preview.rejected] == [(4, "")]
    assert "is not text in the character set it names" in preview.rejected[0].why
