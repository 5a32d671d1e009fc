"""The country and region pickers, used as a person uses them: typing a name in the
interface language or a code, Enter, what the field then shows, what the file keeps; and a
stored code the holiday data does not know, shown beside the field as a problem to fix."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jobfollowup.i18n import set_language
from jobfollowup.services.records.contacts import get_contact, search_contacts
from jobfollowup.services.records.core import add_contact
from jobfollowup.storage.models import Contact
from jobfollowup.ui.dialogs.contact_form import ContactForm
from jobfollowup.ui.dialogs.quick_contact import QuickContactDialog
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.widgets.place_picker import PlaceField
from windows import shown_window

TODAY = dt.date(2026, 12, 17)


@pytest.fixture
def place(qtbot):
    def make(language: str = "en") -> PlaceField:
        set_language(language)
        field = PlaceField()
        qtbot.addWidget(field)
        field.show()
        field.activateWindow()
        qtbot.waitUntil(field.isActiveWindow)
        field.country.setFocus()
        return field
    return make


def type_in(qtbot, picker, text: str, enter: bool = True) -> None:
    picker.setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker, text)
    if enter:
        qtbot.keyClick(picker, Qt.Key.Key_Return)


def shown(picker) -> str:
    return picker.lineEdit().text()


def suggestions(picker) -> list[str]:
    """The lines of the list under the field, top to bottom, as it is shown."""
    popup = picker.completer_.popup()
    if not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_france_picks_france_and_keeps_its_code(qtbot, place):
    field = place()
    type_in(qtbot, field.country, "France")
    assert shown(field.country) == "France (FR)"
    assert field.country.code() == "FR"
    assert field.problem() == ""


def test_a_code_typed_in_lower_case_picks_its_country_first(qtbot, place):
    field = place()
    type_in(qtbot, field.country, "fr", enter=False)
    assert suggestions(field.country)[0] == "France (FR)"
    qtbot.keyClick(field.country, Qt.Key.Key_Return)
    assert shown(field.country) == "France (FR)" and field.country.code() == "FR"


def test_part_of_a_french_name_in_a_french_interface(qtbot, place):
    field = place("fr")
    type_in(qtbot, field.country, "Norv", enter=False)
    assert suggestions(field.country) == ["Norvège (NO)"]
    qtbot.keyClick(field.country, Qt.Key.Key_Return)
    assert shown(field.country) == "Norvège (NO)" and field.country.code() == "NO"


def test_accents_can_be_left_out(qtbot, place):
    field = place("fr")
    type_in(qtbot, field.country, "norvege")
    assert field.country.code() == "NO"


def test_the_norwegian_name_of_britain_in_a_norwegian_interface(qtbot, place):
    field = place("nb")
    type_in(qtbot, field.country, "Storbritannia")
    assert shown(field.country) == "Storbritannia (GB)" and field.country.code() == "GB"


def test_the_arrow_keys_choose_another_line_of_the_list(qtbot, place):
    field = place()
    type_in(qtbot, field.country, "Ire", enter=False)
    lines = suggestions(field.country)
    assert lines[0] == "Ireland (IE)"
    popup = field.country.completer_.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert shown(field.country) == lines[1]
    assert not popup.isVisible()


def test_text_that_names_no_country_stays_as_typed_and_is_a_problem(qtbot, place):
    field = place()
    type_in(qtbot, field.country, "Atlantis")
    assert shown(field.country) == "Atlantis"  # nothing silently shortened or replaced
    assert field.problem() == ("No country matches “Atlantis”: type its name or its code, "
                               "or choose it from the list.")
    assert field.message.isVisible()


def test_nothing_is_cut_to_a_code_behind_the_user(qtbot, place):
    field = place()
    field.set_place("NO")
    type_in(qtbot, field.country, "Fra", enter=False)
    qtbot.keyClick(field.country.completer_.popup(), Qt.Key.Key_Tab)  # on to the region
    assert shown(field.country) == "France (FR)"
    assert QApplication.focusWidget() is field.region
    assert field.country.code() == "FR"


def test_regions_are_listed_by_name_and_follow_the_country(qtbot, place):
    field = place()
    assert not field.region.isEnabled()  # no country yet
    type_in(qtbot, field.country, "Norway")
    assert field.region.isEnabled()
    type_in(qtbot, field.region, "Trønd")
    assert shown(field.region) == "Trøndelag (50)" and field.region.code() == "50"
    type_in(qtbot, field.country, "United States")
    assert field.region.code() == ""  # no Norwegian county in America
    type_in(qtbot, field.region, "calif")
    assert field.region.code() == "CA"
    type_in(qtbot, field.country, "Kosovo")
    if not field.region.isEnabled():
        assert field.region.lineEdit().placeholderText() == "none in the holiday data"


def test_the_pickers_are_named_for_screen_readers_and_follow_each_other_on_tab(qtbot,
                                                                               place):
    field = place()
    field.set_place("GB")
    assert field.country.accessibleName() == "Country"
    assert field.region.accessibleName() == "Region"
    qtbot.keyClick(field.country, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.region


@pytest.fixture
def window(qtbot, data_dir):
    return shown_window(qtbot, TODAY)


def _show_contact(window, contact_id):
    window.operations.changed.emit(Change.CONTACTS)
    view = window.contacts
    window.show_view(2)
    for row in range(view.tree.topLevelItemCount()):
        item = view.tree.topLevelItem(row)
        view.tree.setCurrentItem(item)
        if view.current_id == contact_id:
            return view
    raise LookupError(contact_id)


def test_a_stored_code_the_holiday_data_does_not_know_is_shown_as_a_problem(qtbot, window):
    kari = add_contact("Kari Nordmann", country="NO", subdivision="03")
    Contact.update(country="ZZ", subdivision=None).where(Contact.id == kari).execute()
    view = _show_contact(window, kari)
    form = view.form
    assert shown(form.country) == "ZZ"
    assert form.place.message.isVisible()
    assert form.place.message.text() == (
        "“ZZ” is not a country the holiday data knows: choose the country from the list.")
    view.save_button.click()  # not dropped silently: it must be fixed before saving
    assert "ZZ" in form.form.error_text("country")
    assert get_contact(kari).country == "ZZ"
    type_in(qtbot, form.country, "Norway")
    assert not form.place.message.isVisible()
    view.save_button.click()
    assert get_contact(kari).country == "NO"


def test_an_unknown_region_is_shown_beside_its_country(qtbot, window):
    kari = add_contact("Kari Nordmann", country="NO")
    Contact.update(subdivision="99").where(Contact.id == kari).execute()
    form = _show_contact(window, kari).form
    assert shown(form.country) == "Norway (NO)" and shown(form.subdivision) == "99"
    assert form.place.message.text() == ("“99” is not a region of Norway the holiday data "
                                         "knows: choose one from the list, or leave it empty.")


def test_a_contact_form_keeps_the_region_chosen_by_name(qtbot, window):
    view = window.contacts
    window.contacts.new_action.trigger()
    window.show_view(2)
    form: ContactForm = view.form
    qtbot.keyClicks(form.name, "Åse Ødegård")
    type_in(qtbot, form.country, "Norway")
    type_in(qtbot, form.subdivision, "Oslo")
    view.save_button.click()
    [row] = search_contacts()
    saved = get_contact(row.id)
    assert (saved.country, saved.subdivision) == ("NO", "03")


def test_enter_in_the_quick_contact_picks_the_country_then_saves(qtbot, data_dir):
    dialog = QuickContactDialog(Operations(), organisation="Airbus")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Claire Dubois")
    type_in(qtbot, dialog.country, "France")
    assert dialog.isVisible()  # the first Enter picked the country, and only that
    assert shown(dialog.country) == "France (FR)"
    qtbot.keyClick(dialog.country, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = get_contact(dialog.contact_id)
    assert (saved.name, saved.country) == ("Claire Dubois", "FR")
    QApplication.processEvents()
