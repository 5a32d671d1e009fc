"""Contacts and Applications views: forms with messages next to the field, interviews and
references that plan their follow-ups at once, deletions that ask and can be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt

from jobfollowup.rules import Kind
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.contacts import get_contact, search_contacts
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interactions import log_interaction
from jobfollowup.services.records.references import add_reference
from jobfollowup.ui.dialogs.interaction import LogInteractionDialog
from jobfollowup.ui.dialogs.interview import LogInterviewDialog
from jobfollowup.ui.dialogs.quick_contact import QuickContactDialog
from jobfollowup.ui.operations.changes import Change
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell.main_window import MainWindow
from windows import run_python, shown_window

TODAY = dt.date(2026, 12, 17)  # a Thursday


@pytest.fixture
def window(qtbot, data_dir):
    return shown_window(qtbot, TODAY)


@pytest.fixture
def answers(monkeypatch):
    """Questions the views ask, answered yes, with their text kept."""
    asked = []

    def ask(_parent, title, text, _yes, _no):
        asked.append((title, text))
        return True

    monkeypatch.setattr("jobfollowup.ui.views.records_base.ask", ask)
    monkeypatch.setattr("jobfollowup.ui.dialogs.interaction.ask", ask)
    return asked


def today_rows(window) -> list[str]:
    window.show_view(0)  # Today reads what changed while it was hidden
    model = window.stack.widget(0).model
    return [index.siblingAtColumn(1).data() for index in model.follow_up_indexes()]


def test_file_new_contact_works_before_the_contacts_view_was_ever_shown(window):
    """The window makes each view when first wanted; the File menu's actions of a view
    not made yet make it, show it, and do their work."""
    assert window.stack.currentIndex() == 0
    new_contact, log_interaction_action = window.view_actions[2]
    assert not log_interaction_action.isEnabled()  # it needs a selected contact
    new_contact.trigger()
    view = window.contacts
    assert window.stack.currentWidget() is view and window.navigation.currentRow() == 2
    assert view.creating and view.form.isVisibleTo(window)
    new_application = window.view_actions[3][0]
    new_application.trigger()
    assert window.stack.currentWidget() is window.applications
    assert window.applications.creating


def test_adding_a_contact_is_undone_and_redone_with_what_was_changed_after(window):
    window.show_view(2)
    view = window.contacts
    view.new_record()
    view.form.name.setText("Ingrid Berg")
    assert view.save()
    created = view.current_id
    assert window.undo_action.text() == "&Undo Add Ingrid Berg"
    view.form.organisation.setText("Equinor")
    assert view.save()
    window.undo_action.trigger()  # the organisation
    window.undo_action.trigger()  # the contact itself
    assert search_contacts() == [] and view.current_id is None
    window.redo_action.trigger()
    window.redo_action.trigger()  # the same contact again, so its edit applies too
    assert get_contact(created).organisation == "Equinor"
    assert [row.name for row in search_contacts()] == ["Ingrid Berg"]


def test_adding_an_application_is_undone(window):
    window.show_view(3)
    view = window.applications
    view.new_record()
    view.form.company.setText("Equinor")
    view.form.position.setText("Data Engineer")
    assert view.save()
    assert window.undo_action.text() == "&Undo Add Equinor"
    window.undo_action.trigger()
    assert view.tree.topLevelItemCount() == 0 and view.current_id is None
    window.redo_action.trigger()
    assert view.tree.topLevelItemCount() == 1


def test_the_window_opens_without_loading_the_other_views(data_dir):
    """Only Today is made at start: the calendar's, contacts', applications' and review's
    code loads when the user first goes there (a quicker start)."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from jobfollowup.services.data import open_data\n"
        "from jobfollowup.ui.shell.main_window import MainWindow\n"
        "from jobfollowup.ui.operations.core import Operations\n"
        f"open_data({str(data_dir)!r})\n"
        "app = QApplication([])\n"
        "window = MainWindow(Operations())\n"
        "window.show(); app.processEvents()\n"
        "views = ('calendar', 'contacts', 'applications', 'review')\n"
        "print([v for v in views if f'jobfollowup.ui.views.{v}' in sys.modules])\n"
        "window.show_view(1); app.processEvents()\n"
        "print([v for v in views if f'jobfollowup.ui.views.{v}' in sys.modules])\n"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "['calendar']"]


def test_a_contact_is_created_through_the_form_after_each_message(qtbot, window):
    window.contacts.new_action.trigger()
    view = window.contacts
    window.show_view(2)  # views read their data when shown
    assert window.stack.currentWidget() is view
    form = view.form
    view.save_button.click()
    assert form.form.error_text("name") == "The name cannot be empty."
    assert search_contacts() == []

    qtbot.keyClicks(form.name, "Åse Ødegård")
    qtbot.keyClicks(form.email, "ase.example.no")
    view.save_button.click()
    assert form.form.error_text("name") == ""
    assert form.form.error_text("email") == "“ase.example.no” is not an email address."

    form.email.setText("ase@example.no")
    qtbot.keyClicks(form.country, "XX")
    view.save_button.click()
    assert "Unknown country code “XX”" in form.form.error_text("country")
    assert search_contacts() == []  # nothing saved half-way

    form.country.lineEdit().selectAll()
    qtbot.keyClicks(form.country, "no")
    qtbot.keyClick(form.country, Qt.Key.Key_Return)
    assert form.country.lineEdit().text() == "Norway (NO)"
    form.note_language.setCurrentIndex(form.note_language.findData("nb"))
    form.preferred_channel.setCurrentIndex(form.preferred_channel.findData("linkedin"))
    view.save_button.click()
    assert form.form.error_text("country") == ""
    [row] = search_contacts()
    saved = get_contact(row.id)
    assert (saved.name, saved.email, saved.country, saved.note_language,
            saved.preferred_channel) == ("Åse Ødegård", "ase@example.no", "NO", "nb",
                                         "linkedin")
    assert view.tree.topLevelItem(0).text(0) == "Åse Ødegård"
    assert view.tree.topLevelItem(0).text(3) == "LinkedIn"


def test_choices_read_in_the_interface_language(qtbot, data_dir):
    from jobfollowup.i18n import set_language

    set_language("fr")
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    form = window.contacts.form
    assert form.note_language.itemText(form.note_language.findData("nb")) == "Norvégien bokmål"
    assert form.role.itemText(form.role.findData("hiring-manager")) == "futur manager"


def test_logging_an_interview_plans_follow_ups_seen_in_today(qtbot, window):
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor")
    job = add_application("Equinor", "Data Engineer", reply_by=dt.date(2026, 12, 28))
    window.operations.changed.emit(Change.CONTACTS | Change.APPLICATIONS)
    assert today_rows(window) == []
    dialog = LogInterviewDialog(window.operations, job, "Equinor", TODAY, window.applications)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(TODAY, dt.time(10, 0)))
    dialog.accept()
    assert dialog.form.error_text("interviewers") == "Choose at least one interviewer."
    dialog.check(kari)
    qtbot.keyClicks(dialog.points.highlight, "the data platform migration")
    dialog.accept()

    summary = dialog.summary
    qtbot.addWidget(summary)
    planned = [summary.tree.topLevelItem(i).text(1)
               for i in range(summary.tree.topLevelItemCount())]
    assert "Thank Kari Nordmann for the interview · Equinor" in planned
    assert "Check in with Kari Nordmann · Equinor" in planned
    assert summary.reasons.text().startswith("Why this date?\n• Thank them by email")
    assert "Thank Kari Nordmann for the interview · Equinor" in today_rows(window)


@pytest.mark.parametrize(("locale", "shown", "typed", "today"), [
    ("nb_NO", "18.12.2026 09:00", "25.01.2027 14:30", "17.12.2026"),
    ("en_US", "12/18/2026 9:00\u202fAM", "1/25/2027 2:30\u202fPM", "12/17/2026"),
    ("it_IT", "18/12/2026 09:00", "25/01/2027 14:30", "17/12/2026"),
])
def test_the_interview_day_is_written_and_typed_the_users_way(qtbot, window, qt_locale,
                                                               locale, shown, typed, today):
    """The day and hour read as the user's locale writes them, always with the year in
    full: an Italian types 25/01/2027, not 27 (which Qt would take for 1927)."""
    job = add_application("Equinor", "Data Engineer")
    qt_locale(locale)
    dialog = LogInterviewDialog(window.operations, job, "Equinor", TODAY, window.applications)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(dt.date(2026, 12, 18), dt.time(9, 0)))
    assert dialog.when.text() == shown
    dialog.when.lineEdit().setText(typed)  # as pasted in, or typed over the whole
    dialog.when.interpretText()
    assert dialog.when.dateTime().toPython() == dt.datetime(2027, 1, 25, 14, 30)
    interaction = LogInteractionDialog(window.operations, add_contact("Kari"), "Kari", TODAY,
                                       window)
    qtbot.addWidget(interaction)
    assert interaction.date.text() == today


def test_the_check_ins_go_to_the_interviewer_chosen_for_them(qtbot, window):
    kari = add_contact("Kari Nordmann", country="NO", organisation="Equinor")
    ingrid = add_contact("Ingrid Berg", country="NO", organisation="Equinor",
                         preferred_channel="linkedin")
    job = add_application("Equinor", "Data Engineer", reply_by=dt.date(2026, 12, 28))
    dialog = LogInterviewDialog(window.operations, job, "Equinor", TODAY, window.applications)
    qtbot.addWidget(dialog)
    assert not dialog.check_ins.isEnabled()  # nobody to choose from yet
    dialog.check(kari)
    dialog.check(ingrid)
    offered = [dialog.check_ins.itemText(i) for i in range(dialog.check_ins.count())]
    assert offered == ["Ingrid Berg · Equinor", "Kari Nordmann · Equinor"]
    assert dialog.check_ins.isEnabled()
    dialog.check_ins.setCurrentIndex(offered.index("Kari Nordmann · Equinor"))
    dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)  # Ingrid, then again
    dialog.check(ingrid)
    assert dialog.check_ins.currentText() == "Kari Nordmann · Equinor"  # still chosen
    dialog.accept()
    qtbot.addWidget(dialog.summary)
    waiting = {(r.contact_name, r.channel.value) for r in list_follow_ups()
               if r.kind in (Kind.CHECK_IN, Kind.KEEP_IN_TOUCH)}
    assert waiting == {("Kari Nordmann", "email")}
    thanked = {r.contact_name for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL}
    assert thanked == {"Kari Nordmann", "Ingrid Berg"}


def test_employer_contact_of_a_reference_plans_the_thanks(qtbot, window):
    add_contact("Ola Hansen", country="NO", role="reference")
    job = add_application("Equinor", "Data Engineer")
    window.operations.changed.emit(Change.CONTACTS | Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.tabs.setCurrentWidget(view.references)
    panel = view.references
    assert panel.contact.currentText() == "Ola Hansen"
    panel.add_button.click()
    assert "Ask Ola Hansen to be a reference: planned for" in panel.notice.text()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.buttons["employer-contacted"].click()

    assert "Thank Ola Hansen for the reference · Equinor" in today_rows(window)
    assert "Thank Ola Hansen for the reference: planned for" in panel.notice.text()
    steps = [panel.tree.topLevelItem(0).child(i).text(0)
             for i in range(panel.tree.topLevelItem(0).childCount())]
    assert any(s.startswith("☑ Employer contacted them") for s in steps)
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "References (1)"
    assert job == view.current_id


def test_a_status_change_says_what_it_planned(qtbot, window):
    ola = add_contact("Ola Hansen", country="NO", role="reference")
    job = add_application("Equinor", "Data Engineer")
    add_reference(job, ola, TODAY)
    window.operations.changed.emit(Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.form.status.setCurrentIndex(view.form.status.findData("offer"))
    view.save_button.click()
    assert "Tell Ola Hansen how it turned out: planned for" in view.notice.text()
    assert view.tree.topLevelItem(0).text(2) == "offer"


def test_deleting_a_contact_asks_says_what_goes_and_undoes(qtbot, window, answers):
    kari = add_contact("Kari Nordmann", country="NO")
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 17, 10, 0), [kari])
    count = len(list_follow_ups())
    window.operations.changed.emit(Change.CONTACTS)
    view = window.contacts
    window.show_view(2)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    window.delete_action.trigger()
    [(title, text)] = answers
    assert title == "Delete Kari Nordmann?"
    assert f"{count} follow-ups" in text and "1 interview place" in text
    assert view.tree.topLevelItemCount() == 0 and list_follow_ups() == []
    assert window.undo_action.text() == "&Undo Delete Kari Nordmann"
    window.undo_action.trigger()
    assert view.tree.topLevelItem(0).text(0) == "Kari Nordmann"
    assert len(list_follow_ups()) == count


def test_deleting_an_application_keeps_the_exchanges(qtbot, window, answers):
    add_application("Equinor", "Data Engineer")
    window.operations.changed.emit(Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.delete_action.trigger()
    assert answers[0][0] == "Delete Equinor — Data Engineer?"
    assert view.tree.topLevelItemCount() == 0
    window.undo_action.trigger()
    assert view.tree.topLevelItem(0).text(0) == "Equinor"


def test_a_reply_on_another_channel_offers_to_make_it_preferred(qtbot, window, answers):
    kari = add_contact("Kari Nordmann", country="NO", preferred_channel="email")
    dialog = LogInteractionDialog(window.operations, kari, "Kari Nordmann", TODAY,
                                  window.contacts, "email")
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.direction.setCurrentIndex(dialog.direction.findData("in"))
    dialog.summary.setPlainText("She called back about the second round")
    dialog.accept()
    assert answers[0][0] == "Their preferred channel?"
    assert "Kari Nordmann answered by phone" in answers[0][1]
    assert get_contact(kari).preferred_channel == "phone"
    view = window.contacts
    window.show_view(2)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert view.history.topLevelItem(0).text(2) == "She called back about the second round"
    assert view.tree.topLevelItem(0).text(4) != ""


def test_the_pipeline_groups_and_filters_by_status(qtbot, window):
    add_application("Equinor", "Data Engineer")
    add_application("Airbus", "UX Designer", status="offer")
    window.operations.changed.emit(Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.group.setChecked(True)
    groups = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert groups == ["Applied (1)", "Offer (1)"]
    view.group.setChecked(False)
    view.status_filter.setCurrentIndex(view.status_filter.findData("offer"))
    assert view.status_filter.currentText() == "offer (1)"
    names = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert names == ["Airbus"]
    assert view.tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_edits_not_saved_are_offered_before_showing_another_contact(qtbot, window, answers):
    add_contact("Kari Nordman", country="NO")
    add_contact("Marie Dupont", country="FR")
    window.operations.changed.emit(Change.CONTACTS)
    view = window.contacts
    window.show_view(2)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.form.name.setText("Kari Nordmann")
    view.tree.setCurrentItem(view.tree.topLevelItem(1))
    assert answers == [("Save your changes?", "The changes you made here are not saved yet.")]
    assert [r.name for r in search_contacts()] == ["Kari Nordmann", "Marie Dupont"]
    assert view.form.name.text() == "Marie Dupont"


def test_the_delete_key_in_a_field_edits_text_and_deletes_nothing(qtbot, window, answers):
    add_contact("Kari Nordmann")
    window.operations.changed.emit(Change.CONTACTS)
    view = window.contacts
    window.show_view(2)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.form.name.setFocus()
    view.form.name.setCursorPosition(0)
    qtbot.keyClick(view.form.name, Qt.Key.Key_Delete)
    assert view.form.name.text() == "ari Nordmann"
    assert answers == [] and len(search_contacts()) == 1


def test_a_reference_reached_on_a_new_channel_is_warned_about(qtbot, window):
    ola = add_contact("Ola Hansen", country="NO", role="reference")
    log_interaction(ola, dt.date(2026, 12, 1), "phone", "out", "Asked him to vouch for me")
    add_application("Equinor", "Data Engineer")
    window.operations.changed.emit(Change.CONTACTS | Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.references.add_button.click()
    notice = view.references.notice.text()
    assert "Ask Ola Hansen to be a reference: planned for" in notice
    assert "⚠ You have never used email with Ola Hansen (so far: phone)" in notice


def test_a_logged_exchange_can_be_deleted_and_undone(qtbot, window):
    kari = add_contact("Kari Nordmann")
    log_interaction(kari, dt.date(2026, 12, 1), "email", "out", "Sent my portfolio")
    window.operations.changed.emit(Change.CONTACTS)
    view = window.contacts
    window.show_view(2)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert view.tabs.tabText(1) == "History (1)"
    view.history.setCurrentItem(view.history.topLevelItem(0))
    view.forget_button.click()
    assert view.tabs.tabText(1) == "History" and view.tree.topLevelItem(0).text(4) == ""
    window.undo_action.trigger()
    assert view.history.topLevelItem(0).text(2) == "Sent my portfolio"


def test_a_person_met_at_an_interview_is_added_without_leaving_it(qtbot, window):
    job = add_application("Airbus", "UX Designer", country="FR")
    dialog = LogInterviewDialog(window.operations, job, "Airbus", TODAY, window, "FR")
    qtbot.addWidget(dialog)
    quick = QuickContactDialog(window.operations, dialog, organisation="Airbus", country="FR")
    qtbot.addWidget(quick)
    quick.accept()
    assert quick.form.error_text("name") == "The name cannot be empty."
    quick.name.setText("Claire Dubois")
    quick.accept()
    dialog.add_person(quick.contact_id, "Claire Dubois")
    assert dialog.chosen() == [quick.contact_id]
    saved = get_contact(quick.contact_id)
    assert (saved.organisation, saved.country, saved.role) == ("Airbus", "FR", "interviewer")


def test_a_saved_edit_that_replanned_can_be_undone(qtbot, window):
    claire = add_contact("Claire Martin", country="GB", postal_address="1 High St, London")
    job = add_application("Thales", "Systems Analyst")
    log_interview(job, dt.datetime(2026, 4, 30, 10, 0), [claire])
    before = sorted((r.id, r.date) for r in list_follow_ups())
    window.operations.changed.emit(Change.CONTACTS)
    view = window.contacts
    window.show_view(2)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.form.country.lineEdit().selectAll()
    qtbot.keyClicks(view.form.country, "France")
    view.save_button.click()
    assert "Write Claire Martin a thank-you card: moved from" in view.notice.text()
    window.undo_action.trigger()
    assert sorted((r.id, r.date) for r in list_follow_ups()) == before
    assert view.form.country.lineEdit().text() == "United Kingdom (GB)"


def test_a_reference_step_ticked_by_mistake_is_undone_with_its_plan(qtbot, window):
    add_contact("Ola Hansen", country="NO", role="reference")
    add_application("Equinor", "Data Engineer")
    window.operations.changed.emit(Change.CONTACTS | Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    panel = view.references
    panel.add_button.click()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.buttons["employer-contacted"].click()
    assert {r.kind.value for r in list_follow_ups()} == {"reference-heads-up",
                                                         "reference-thanks"}
    assert window.undo_action.text() == "&Undo Tick “Employer contacted them”"
    window.undo_action.trigger()
    assert {r.kind.value for r in list_follow_ups()} == {"reference-heads-up"}
    steps = panel.tree.topLevelItem(0)
    assert steps.child(4).text(0) == "☐ Employer contacted them"
    window.undo_action.trigger()
    assert list_follow_ups() == [] and panel.tree.topLevelItemCount() == 0
    window.redo_action.trigger()
    assert panel.tree.topLevelItemCount() == 1


def test_ctrl_s_saves_the_form(qtbot, window):
    window.activateWindow()
    window.contacts.new_action.trigger()
    form = window.contacts.form
    qtbot.keyClicks(form.name, "Marie Dupont")
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in search_contacts()] == ["Marie Dupont"]


def test_enter_in_a_field_saves_the_form_but_picks_first_in_a_country(qtbot, window):
    window.activateWindow()
    window.contacts.new_action.trigger()
    form = window.contacts.form
    qtbot.keyClicks(form.name, "Marie Dupont")
    qtbot.keyClicks(form.country, "Franc")
    qtbot.keyClick(form.country, Qt.Key.Key_Return)  # picks France: nothing saved yet
    assert search_contacts() == []
    qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert [(r.name, r.country) for r in search_contacts()] == [("Marie Dupont", "FR")]


def test_the_pipeline_moves_an_application_in_one_click_and_back(qtbot, window):
    ola = add_contact("Ola Hansen", country="NO", role="reference")
    job = add_application("Equinor", "Data Engineer")
    add_reference(job, ola, TODAY)
    window.operations.changed.emit(Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    menu = view.status_menu()
    [offer] = [a for a in menu.actions() if a.text() == "Offer"]
    offer.trigger()
    assert view.tree.topLevelItem(0).text(2) == "offer"
    assert "Tell Ola Hansen how it turned out: planned for" in view.notice.text()
    window.undo_action.trigger()
    assert view.tree.topLevelItem(0).text(2) == "applied"
    assert [r.kind.value for r in list_follow_ups()] == ["reference-heads-up"]


def _interview_shown(window) -> tuple[object, object]:
    kari = add_contact("Kari Nordmann", country="NO", postal_address="Forusbeen 50")
    job = add_application("Equinor", "Data Engineer")
    log_interview(job, dt.datetime(2026, 12, 17, 10, 0), [kari])
    window.operations.changed.emit(Change.APPLICATIONS)
    view = window.applications
    window.show_view(3)  # views read their data when shown
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    panel = view.interviews
    assert view.tabs.tabText(view.tabs.indexOf(view.interviews)) == "Interviews (1)"
    buttons = (panel.points_button, panel.edit_button, panel.delete_button)
    assert not any(button.isEnabled() for button in buttons)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert all(button.isEnabled() for button in buttons)
    return view, panel



def test_what_to_mention_is_completed_after_the_interview(qtbot, window, monkeypatch):
    _view, panel = _interview_shown(window)
    assert panel.tree.topLevelItem(0).child(0).text(0) == "To mention: nothing noted yet"

    def fill_and_save(dialog):
        dialog.points.personal_detail.setText("her skiing trip to Hemsedal")
        dialog.accept()
        return True

    monkeypatch.setattr("jobfollowup.ui.dialogs.interview.EditPointsDialog.exec", fill_and_save)
    panel.points_button.click()
    assert panel.tree.topLevelItem(0).child(0).text(0) == (
        "Personal detail: her skiing trip to Hemsedal")


def test_an_interview_logged_on_the_wrong_day_is_corrected_and_undone(qtbot, window,
                                                                       monkeypatch):
    view, panel = _interview_shown(window)
    planned = sorted(r.date for r in list_follow_ups())

    def correct(dialog):
        assert dialog.windowTitle() == "Edit the interview at Equinor"
        assert dialog.chosen() == [get_contact_id("Kari Nordmann")]
        dialog.when.setDateTime(QDateTime(dt.date(2026, 12, 18), dt.time(9, 0)))
        dialog.accept()
        return True

    monkeypatch.setattr(LogInterviewDialog, "exec", correct)
    panel.edit_button.click()
    assert panel.tree.topLevelItem(0).text(0).startswith("Friday, December 18, 2026, 9:00\u202fAM")
    assert view.notice.text().startswith(
        "Interview saved.\nThank Kari Nordmann for the interview: moved from Thursday, December "
        "17, 2026 to Friday, December 18, 2026\nWrite Kari Nordmann a thank-you card: moved")
    assert sorted(r.date for r in list_follow_ups()) != planned
    assert window.undo_action.text() == "&Undo Edit the interview at Equinor"
    window.undo_action.trigger()
    assert panel.tree.topLevelItem(0).text(0).startswith(
        "Thursday, December 17, 2026, 10:00\u202fAM")
    assert sorted(r.date for r in list_follow_ups()) == planned


def test_an_interview_logged_by_mistake_is_deleted_and_undone(qtbot, window, answers):
    view, panel = _interview_shown(window)
    count = len(list_follow_ups())
    panel.delete_button.click()
    [(title, text)] = answers
    assert title == "Delete the interview of Thursday, December 17, 2026?"
    assert "already sent stay in the history" in text
    assert view.tabs.tabText(view.tabs.indexOf(view.interviews)) == "Interviews"
    assert list_follow_ups() == []
    assert view.notice.text().startswith(
        "Interview deleted.\nThank Kari Nordmann for the interview: no longer planned (")
    window.undo_action.trigger()
    assert view.tabs.tabText(view.tabs.indexOf(view.interviews)) == "Interviews (1)"
    assert len(list_follow_ups()) == count


def get_contact_id(name: str) -> int:
    return next(r.id for r in search_contacts() if r.name == name)
