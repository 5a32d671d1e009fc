"""The draft editor, the preferences and the template editor, as a user meets them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from jobfollowup.rules.kinds import Kind
from jobfollowup.services import settings
from jobfollowup.services.planning import drafts
from jobfollowup.services.planning.follow_ups import list_follow_ups
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.ui.dialogs.draft_editor import DraftEditor, open_draft_dialog
from jobfollowup.ui.dialogs.preferences import PreferencesDialog
from jobfollowup.ui.dialogs.templates_editor import TemplatesEditor
from jobfollowup.ui.operations.core import Operations
from jobfollowup.ui.shell import app as app_module
from jobfollowup.ui.shell.main_window import MainWindow

TODAY = dt.date(2026, 12, 16)


@pytest.fixture
def follow_up(data_dir):
    settings.put("sender_name", "Robin Lee")  # signed: an unsigned note is a finding
    contact = add_contact("Kari Nordmann", note_language="nb", country="NO",
                          email="kari@example.no")
    application = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(application, dt.datetime(2026, 12, 17, 14, 0), [contact],
                  highlight="dataplattformen")
    return next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL).id


def findings_text(editor: DraftEditor) -> list[str]:
    return [editor.findings_list.item(i).text() for i in range(editor.findings_list.count())]


def test_typing_a_misspelled_name_shows_a_finding(qtbot, follow_up):
    editor = open_draft_dialog(None, Operations(), follow_up)
    qtbot.addWidget(editor)
    assert editor.body.toPlainText().startswith("Hei Kari,")
    assert findings_text(editor) == []
    assert "Nothing to correct" in editor.findings_title.text()
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Hilsen til Kair")
    qtbot.waitUntil(lambda: any("“Kair” looks like a misspelling of “Kari”" in text
                                for text in findings_text(editor)), timeout=3000)
    assert "1 thing to look at" in editor.findings_title.text()
    editor.show()
    qtbot.waitExposed(editor)
    finding = editor.findings_list.visualItemRect(editor.findings_list.item(0)).center()
    qtbot.mouseClick(editor.findings_list.viewport(), Qt.MouseButton.LeftButton, pos=finding)
    assert editor.body.textCursor().selectedText() == "Kair"


def test_blaming_phrase_shows_a_kinder_wording(qtbot, follow_up):
    editor = open_draft_dialog(None, Operations(), follow_up)
    qtbot.addWidget(editor)
    editor.body.setPlainText("Hei Kari,\n\nJeg har ikke hørt fra deg.")
    editor.run_proofreading()
    texts = findings_text(editor)
    assert any(text.startswith("Tone:") and "Kinder:" in text for text in texts)


def test_closing_keeps_the_edited_text(qtbot, follow_up):
    editor = open_draft_dialog(None, Operations(), follow_up)
    qtbot.addWidget(editor)
    editor.subject.setText("Takk!")
    editor.body.setPlainText("Hei Kari,\n\nTusen takk for praten om dataplattformen.")
    editor.close_button.click()
    draft = drafts.open_draft(follow_up)
    assert (draft.subject, draft.body) == ("Takk!", "Hei Kari,\n\nTusen takk for praten om "
                                                    "dataplattformen.")


def test_mark_as_sent_closes_the_follow_up(qtbot, follow_up):
    operations = Operations()
    editor = DraftEditor(operations, drafts.open_draft(follow_up), today=lambda: TODAY)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(operations.changed):
        editor.sent_button.click()
    assert list_follow_ups(states=("done",))[0].id == follow_up
    assert drafts.open_draft(follow_up).state == "done"


def test_mailto_carries_address_subject_and_body(qtbot, follow_up):
    editor = open_draft_dialog(None, Operations(), follow_up)
    qtbot.addWidget(editor)
    url = editor.mailto_url()
    assert url.scheme() == "mailto" and url.path() == "kari@example.no"
    encoded = bytes(url.toEncoded()).decode()
    assert "subject=Takk%20for%20samtalen" in encoded
    assert "body=Hei%20Kari%2C%0D%0A" in encoded
    editor.body.setPlainText("Hei Kari,\nA&B + C #1 ?")
    from PySide6.QtCore import QUrlQuery

    value = QUrlQuery(editor.mailto_url()).queryItemValue(
        "body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert value == "Hei Kari,\r\nA&B + C #1 ?"
    editor.copy_to_clipboard()
    assert QApplication.clipboard().text().startswith("Takk for samtalen")


def test_open_draft_in_today_opens_the_draft(qtbot, follow_up, monkeypatch):
    opened = []
    monkeypatch.setattr("jobfollowup.ui.dialogs.draft_editor.open_draft",
                        lambda parent, operations, follow_up_id: opened.append(follow_up_id))
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    today = window.views[0][2]
    today.tree.setCurrentIndex(today.model.index_of(follow_up))
    today.draft_action.trigger()
    assert opened == [follow_up]


def test_switching_the_interface_to_french(qtbot, data_dir, monkeypatch, qt_locale):
    from jobfollowup.ui.widgets.forms import date_edit

    monkeypatch.setenv("LANG", "fr_CA.UTF-8")  # a user in Québec
    restarts = []
    monkeypatch.setattr("jobfollowup.ui.dialogs.preferences.ask", lambda *args: True)
    dialog = PreferencesDialog(Operations(), restart=lambda: restarts.append(True))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.sender_name.setText("Alex Martin")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert restarts == [True]
    assert settings.get("language") == "fr"
    # What the restart does: the stored language is spoken before any window is built.
    assert app_module.apply_interface_language(QApplication.instance()) == "fr"
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "Affic&hage", "&Aide"]
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Aujourd'hui", "Calendrier", "Contacts", "Candidatures",
                      "Bilan de la semaine"]
    assert window.views[0][2].findChild(QLabel, "viewTitle").text() == "Aujourd'hui"
    assert date_edit(TODAY).text() == "2026-12-16"  # as dates are written in Québec
    app_module.apply_interface_language(QApplication.instance(), "en")


def test_contacts_and_applications_show_codes_in_the_interface_language(qtbot, follow_up):
    from jobfollowup.i18n import set_language

    set_language("it")
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.show_view(2)
    contacts = window.views[2][2].tree.topLevelItem(0)
    assert (contacts.text(0), contacts.text(1)) == ("Kari Nordmann", "selezionatore")
    window.show_view(3)
    applications = window.views[3][2].tree.topLevelItem(0)
    assert (applications.text(0), applications.text(2)) == ("Equinor", "colloqui in corso")


def test_norwegian_dialog_buttons_come_from_our_catalog(qtbot, data_dir):
    from jobfollowup.i18n import set_language

    set_language("nb")
    dialog = PreferencesDialog(Operations(), restart=lambda: None)
    qtbot.addWidget(dialog)
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert dialog.windowTitle() == "Innstillinger"


def test_template_editor_validates_and_restores(qtbot, data_dir, monkeypatch):
    warnings = []
    monkeypatch.setattr("jobfollowup.ui.operations.core.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    editor = TemplatesEditor(Operations())
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("check-in"))
    editor.language.setCurrentIndex(editor.language.findData("nb"))
    assert editor.body.toPlainText().startswith("{greeting}")
    assert editor.state.text() == "The built-in wording."
    editor.body.setPlainText("{greeting}\n\nHei {navn}!")
    assert not editor.save()
    assert warnings and "{navn}" in warnings[0]
    assert not drafts.get_template("check-in", "nb").custom
    editor.body.setPlainText("{greeting}\n\nHåper alt er bra!\n\n{signature}")
    assert editor.save()
    assert editor.state.text() == "Your own wording."
    assert drafts.get_template("check-in", "nb").body.endswith("{signature}")
    restore = editor.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    assert restore.isEnabled()
    restore.click()
    assert not drafts.get_template("check-in", "nb").custom
    assert "Jeg håper alt er bra med deg." in editor.body.toPlainText()


def test_an_unsigned_note_is_flagged_and_a_signed_one_is_not(qtbot, data_dir):
    contact = add_contact("Kari Nordmann", note_language="nb", country="NO",
                          email="kari@example.no")
    application = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(application, dt.datetime(2026, 12, 17, 14, 0), [contact])
    email = next(r for r in list_follow_ups() if r.kind is Kind.THANK_YOU_EMAIL).id
    editor = open_draft_dialog(None, Operations(), email)  # no name set yet
    qtbot.addWidget(editor)
    assert any(text.startswith("Signature: Your name is not set")
               for text in findings_text(editor))
    editor.close()
    settings.put("sender_name", "Robin Lee")
    drafts.rerender_draft(email)
    editor = open_draft_dialog(None, Operations(), email)
    qtbot.addWidget(editor)
    assert editor.body.toPlainText().rstrip().endswith("Robin Lee")
    assert not any(text.startswith("Signature") for text in findings_text(editor))
    editor.body.setPlainText(editor.body.toPlainText().replace("Robin Lee", ""))
    editor.run_proofreading()
    assert any("does not end with your name (Robin Lee)" in text
               for text in findings_text(editor))



def test_with_no_mail_app_the_note_is_offered_to_the_clipboard(qtbot, follow_up,
                                                               monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from jobfollowup.ui.dialogs import draft_editor

    asked = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # none set up
    monkeypatch.setattr(draft_editor, "ask",
                        lambda _parent, title, *_rest: asked.append(title) or True)
    editor = open_draft_dialog(None, Operations(), follow_up)
    qtbot.addWidget(editor)
    QApplication.clipboard().clear()
    assert not editor.open_in_mail_app()
    assert asked == ["No mail app answered"]
    assert QApplication.clipboard().text().startswith("Takk for samtalen")


def test_an_email_without_an_address_says_so_and_one_with_shows_where_it_goes(
        qtbot, data_dir):
    settings.put("sender_name", "Robin Lee")
    with_address = add_contact("Kari Nordmann", country="NO", email="kari@example.no")
    without = add_contact("Ola Hansen", country="NO")
    job = add_application("Equinor", "Data Engineer", country="NO")
    log_interview(job, dt.datetime(2026, 12, 17, 14, 0), [with_address, without])
    emails = {r.contact_name: r.id for r in list_follow_ups()
              if r.kind is Kind.THANK_YOU_EMAIL}
    kari = open_draft_dialog(None, Operations(), emails["Kari Nordmann"])
    qtbot.addWidget(kari)
    assert not kari.no_address.isVisibleTo(kari)
    assert any("to kari@example.no" in label.text() for label in kari.findChildren(QLabel))
    ola = open_draft_dialog(None, Operations(), emails["Ola Hansen"])
    qtbot.addWidget(ola)
    assert ola.no_address.isVisibleTo(ola)
    assert ola.no_address.text().startswith("No email address is stored for Ola Hansen")


def test_the_editor_and_the_window_open_within_a_small_screen(qtbot, follow_up):
    editor = open_draft_dialog(None, Operations(), follow_up)
    qtbot.addWidget(editor)
    room = editor.screen().availableGeometry()
    assert editor.width() <= room.width() and editor.height() <= room.height()
    window = MainWindow(Operations(), today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.width() <= room.width() and window.height() <= room.height()
