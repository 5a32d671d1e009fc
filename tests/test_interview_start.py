"""Log interview… from anywhere: which job it was for — one of the applications, or a new
one typed in the same dialog — then the interview itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from jobfollowup.services.records.core import add_application, list_applications
from jobfollowup.ui.dialogs import interview_start
from jobfollowup.ui.dialogs.interview_start import WhichApplicationDialog, log_interview_anywhere
from jobfollowup.ui.operations.core import Operations

TODAY = dt.date(2026, 12, 17)


def opened_interviews(monkeypatch) -> list[tuple[int, str]]:
    """The interview dialogs opened, as (application id, company); each is closed at once."""
    opened: list[tuple[int, str]] = []

    class Recorded:
        def __init__(self, _operations, application_id, company, _today, _parent):
            opened.append((application_id, company))

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(interview_start, "LogInterviewDialog", Recorded)
    return opened


def test_a_new_job_typed_in_then_enter_adds_it_and_opens_its_interview(
        qtbot, data_dir, monkeypatch):
    opened = opened_interviews(monkeypatch)

    def answer(dialog: WhichApplicationDialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.application.currentText() == "A new application…"
        qtbot.keyClicks(dialog.company, "Nordlys Energi")
        qtbot.keyClicks(dialog.position, "Data Engineer")
        qtbot.keyClick(dialog.position, Qt.Key.Key_Return)  # Enter goes on, not Cancel
        return dialog.result()

    monkeypatch.setattr(WhichApplicationDialog, "exec", answer)
    log_interview_anywhere(None, Operations(), TODAY)
    (job,) = list_applications()
    assert (job.company, job.position, job.status) == ("Nordlys Energi", "Data Engineer",
                                                       "interviewing")
    assert opened == [(job.id, "Nordlys Energi")]


def test_an_application_already_there_is_offered_first(qtbot, data_dir, monkeypatch):
    opened = opened_interviews(monkeypatch)
    equinor = add_application("Equinor", "Data Engineer")
    ended = add_application("Airbus", "Ingénieur systèmes", status="rejected")

    def answer(dialog: WhichApplicationDialog):
        offered = [dialog.application.itemText(i) for i in range(dialog.application.count())]
        assert offered == ["A new application…", "Equinor — Data Engineer"]  # not a "no"
        assert not dialog.company.isVisibleTo(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WhichApplicationDialog, "exec", answer)
    log_interview_anywhere(None, Operations(), TODAY)
    assert opened == [(equinor, "Equinor")] and ended not in [o[0] for o in opened]


def test_a_new_job_needs_its_company(qtbot, data_dir):
    dialog = WhichApplicationDialog(Operations(), [])
    qtbot.addWidget(dialog)
    dialog.position.setText("Data Engineer")
    dialog.accept()
    assert dialog.form.error_text("company")
    assert dialog.chosen is None and list_applications() == []
