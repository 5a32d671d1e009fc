"""Issue 22: an Outlook contacts export, in the exact shape Outlook writes it (all 92
columns, UTF-8 or UTF-16), imports with every field where it belongs: an Exchange account's
X.500 path is passed over for the next Internet address, the home address is used when
there is no work one, the state is kept, and the postcode and city share a line."""

from __future__ import annotations

import csv
import io

import pytest

from jobfollowup.services.exchange import contacts_files as contacts_exchange
from jobfollowup.services.records.contacts import search_contacts

HEADER_LINE = (  # Outlook's first line, as it writes it
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business Street 3,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home Street 3,"
    "Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other Street 2,"
    "Other Street 3,Other City,Other State,Other Postal Code,Other Country/Region,"
    "Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,"
    "Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,"
    "Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,"
    "Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,"
    "Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,"
    "E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,"
    "Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,"
    "Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,"
    "Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page"
)
HEADER = next(csv.reader([HEADER_LINE]))
EXCHANGE = ("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/"
            "cn=Recipients/cn=3f1c2d9e8a7b4c6d-dana.white")
PEOPLE = [
    {"Title": "Ms.", "First Name": "Dana", "Last Name": "White", "Company": "Contoso Ltd.",
     "Job Title": "Talent Partner", "Business Street": "One Microsoft Way",
     "Business Street 2": "Building 92", "Business City": "Redmond", "Business State": "WA",
     "Business Postal Code": "98052", "Business Country/Region": "United States",
     "Business Phone": "+1 425 555 0100", "E-mail Address": EXCHANGE, "E-mail Type": "EX",
     "E-mail Display Name": "Dana White", "E-mail 2 Address": "dana.white@contoso.com",
     "E-mail 2 Type": "SMTP", "E-mail 2 Display Name": "Dana White (dana.white@contoso.com)",
     "Notes": "Met at the Seattle fair", "Gender": "Unspecified", "Priority": "Normal",
     "Private": "False", "Sensitivity": "Normal", "Birthday": "0/0/00",
     "Anniversary": "0/0/00"},
    {"First Name": "Lars", "Last Name": "Berg", "Home Street": "Storgata 12",
     "Home City": "Oslo", "Home Postal Code": "0155", "Home Country/Region": "Norway",
     "Home Phone": "+47 22 00 00 01", "E-mail Address": "lars.berg@example.no",
     "E-mail Type": "SMTP", "E-mail Display Name": "Lars Berg (lars.berg@example.no)",
     "Gender": "Unspecified", "Priority": "Normal", "Private": "False",
     "Sensitivity": "Normal", "Birthday": "0/0/00", "Anniversary": "0/0/00"},
    {"First Name": "Only", "Last Name": "Exchange", "E-mail Address": EXCHANGE,
     "E-mail Type": "EX", "Gender": "Unspecified", "Priority": "Normal", "Private": "False",
     "Sensitivity": "Normal", "Birthday": "0/0/00", "Anniversary": "0/0/00"},
]


def outlook_csv(path, encoding: str, people: list[dict] = PEOPLE):
    """The file as Outlook's "Export to a file" writes it: every column, every value
    quoted, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, HEADER, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(people)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_every_field_of_an_outlook_export_lands_where_it_belongs(data_dir, tmp_path,
                                                                encoding):
    preview = contacts_exchange.preview_contacts_import(
        outlook_csv(tmp_path / "contacts.csv", encoding))
    assert preview.layout == "Outlook"
    assert preview.rejected == [] and preview.duplicates == []
    (line, dana), (_, lars), (_, only) = preview.new
    assert line == 2
    assert dana == {
        "name": "Dana White", "form_of_address": "Ms.", "first_name_terms": False,
        "role": "network", "organisation": "Contoso Ltd.", "email": "dana.white@contoso.com",
        "phone": "+1 425 555 0100",
        "postal_address": "One Microsoft Way\nBuilding 92\n98052 Redmond\nWA\nUnited States",
        "preferred_channel": None, "note_language": "en", "country": "US",
        "subdivision": "WA", "personal_details": "",
        "notes": "Met at the Seattle fair\nPosition: Talent Partner"}
    assert (lars["email"], lars["phone"], lars["postal_address"], lars["country"]) == (
        "lars.berg@example.no", "+47 22 00 00 01", "Storgata 12\n0155 Oslo\nNorway", "NO")
    assert preview.notices == []  # Outlook's "Unspecified", "Normal", "0/0/00" are no loss
    assert (only["name"], only["email"]) == ("Only Exchange", "")  # kept, without an address
    contacts_exchange.import_contacts(preview)
    assert {row.name: row.email for row in search_contacts()} == {
        "Dana White": "dana.white@contoso.com", "Lars Berg": "lars.berg@example.no",
        "Only Exchange": ""}


@pytest.mark.parametrize(("written", "code"), [
    ("Norway", "NO"), ("Norge", "NO"), ("France", "FR"), ("United Kingdom", "GB"),
    ("Italia", "IT"), ("Royaume-Uni", "GB"), ("Norvegia", "NO"), ("Deutschland", "DE"),
    ("U.K.", "GB"), ("United States of America", "US"), ("  norvège ", "NO")])
def test_outlooks_country_names_become_iso_codes(data_dir, tmp_path, written, code):
    kari = {"First Name": "Kari", "Last Name": "Nordmann", "Business City": "Somewhere",
            "Business Country/Region": written}
    preview = contacts_exchange.preview_contacts_import(
        outlook_csv(tmp_path / "contacts.csv", "utf-8", [kari]))
    ((_line, kari),) = preview.new
    assert kari["country"] == code
    assert kari["postal_address"] == f"Somewhere\n{written.strip()}"  # the envelope as typed
    assert preview.notices == []


def test_an_unknown_country_name_is_reported_not_guessed(data_dir, tmp_path):
    kari = {"First Name": "Kari", "Last Name": "Nordmann", "Home City": "Oslo",
            "Home Country/Region": "Norwey", "Profession": "Recruiter"}
    preview = contacts_exchange.preview_contacts_import(
        outlook_csv(tmp_path / "contacts.csv", "utf-8", [kari]))
    ((line, kari),) = preview.new
    assert (kari["country"], kari["postal_address"]) == ("", "Oslo\nNorwey")
    assert [(n.line, n.name, n.why) for n in preview.notices] == [
        (line, "Kari Nordmann", "“Norwey” is not a country the app knows: the contact is "
         "imported without a country (the address keeps it as written)."),
        (line, "Kari Nordmann", "Not kept (the app has no place for it): Profession.")]
