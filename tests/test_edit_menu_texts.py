"""Edit → Undo and Redo name the step they take with one format per language ("&Undo
{step}", "&Annuler : {step}"), so that a language may put the step where it wants it and
punctuate it its way; an "&" of the step's own is a letter, not the menu's shortcut
(issue 21)."""

from __future__ import annotations

import datetime as dt

import pytest

from jobfollowup.i18n import set_language
from jobfollowup.services.records.core import add_contact
from jobfollowup.ui.operations.changes import Change
from windows import shown_window

EXPECTED = {  # (undo, redo) once "Add AT&T" is done, then undone
    "en": ("&Undo Add AT&&T", "&Redo Add AT&&T", "&Undo", "&Redo"),
    "fr": ("&Annuler\u00a0: Ajouter AT&&T", "&Rétablir\u00a0: Ajouter AT&&T", "&Annuler",
           "&Rétablir"),
    "it": ("&Annulla: Aggiungi AT&&T", "&Ripeti: Aggiungi AT&&T", "&Annulla", "&Ripeti"),
    "nb": ("&Angre: Legg til AT&&T", "&Gjør om: Legg til AT&&T", "&Angre", "&Gjør om"),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_undo_and_redo_name_their_step_in_each_language(qtbot, data_dir, language):
    set_language(language)
    window = shown_window(qtbot, dt.date(2026, 12, 17))
    undo, redo, bare_undo, bare_redo = EXPECTED[language]
    assert window.undo_action.text() == bare_undo
    window.operations.run_creation(window, "AT&T", lambda: add_contact("AT&T"),
                                   Change.CONTACTS)
    assert window.undo_action.text() == undo
    window.undo_action.trigger()
    assert window.redo_action.text() == redo
    assert window.undo_action.text() == bare_undo
    window.redo_action.trigger()
    assert window.redo_action.text() == bare_redo
