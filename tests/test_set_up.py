"""The first-run set-up: the person's name, country and notes' language, asked once and
kept for every data folder; the notes are signed with that name from the first one."""

from __future__ import annotations

import datetime as dt
import json
import os

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.planning.drafts import open_draft
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.storage.profile import profile_path
from jobfollowup.ui.dialogs.set_up import SetUpDialog
from jobfollowup.ui.operations.core import Operations


def test_the_answers_are_kept_for_the_person_in_every_data_folder(qtbot, data_dir, tmp_path):
    dialog = SetUpDialog(Operations())
    qtbot.addWidget(dialog)
    dialog.sender_name.setText("  Robin Lee ")
    dialog.country.set_code("NO")
    dialog.region.set_code("50")
    dialog.note_language.setCurrentIndex(dialog.note_language.findData("nb"))
    dialog.save_button.click()
    assert json.loads(profile_path().read_text()) == {
        "sender_name": "Robin Lee", "home_country": "NO", "home_subdivision": "50",
        "note_language": "nb", "set_up": True}
    assert oct(os.stat(profile_path()).st_mode & 0o777) == "0o600"
    close_data()
    open_data(tmp_path / "another")  # a second search, in another folder
    assert settings.get("sender_name") == "Robin Lee"
    assert settings.get("home_country") == "NO"
    kari = add_contact("Kari Nordmann", country="NO", note_language="nb")
    job = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(job, dt.datetime(2026, 12, 17, 10, 0), [kari])
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL)
    assert open_draft(email.id).body.rstrip().endswith("Robin Lee")


def test_a_name_is_asked_for_and_later_puts_the_set_up_off(qtbot, data_dir):
    dialog = SetUpDialog(Operations())
    qtbot.addWidget(dialog)
    dialog.sender_name.setText("   ")
    dialog.save_button.click()
    assert dialog.form.error_text("sender_name") == (
        "Type the name you sign your notes with, or choose Later.")
    assert not profile_path().exists()
    dialog.later_button.click()
    assert settings.get("set_up") and settings.get("sender_name") == ""


def test_an_unknown_country_is_refused_under_its_field(qtbot, data_dir):
    dialog = SetUpDialog(Operations())
    qtbot.addWidget(dialog)
    dialog.sender_name.setText("Robin Lee")
    dialog.country.set_code("ZZ")
    dialog.save_button.click()
    assert dialog.form.error_text("home_country")
    assert not settings.get("set_up")


def test_preferences_keep_the_same_fields(qtbot, data_dir):
    from jobfollowup.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Operations(), restart=lambda: None)
    qtbot.addWidget(dialog)
    dialog.sender_name.setText("Robin Lee")
    dialog.country.set_code("IT")
    dialog.note_language.setCurrentIndex(dialog.note_language.findData("it"))
    dialog.accept()
    assert json.loads(profile_path().read_text()) == {
        "sender_name": "Robin Lee", "signature": "", "home_country": "IT",
        "home_subdivision": "", "note_language": "it", "set_up": True}
