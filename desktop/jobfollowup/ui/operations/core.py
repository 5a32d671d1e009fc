"""The one path every change takes: call a service, report its error, announce the change.

Views never write by themselves: they call `Operations.run_undoable` for a change of the
user's data (or `run` for one the user does not take back, such as a preference, and
`read` for what changes nothing), and refresh when `changed` says something they show has
changed (Anki's CollectionOp, in small). Every change of the user's data is undoable:
`run_undoable` notes the rows it writes (`services.undo`), and one QUndoStack keeps the
steps in the order they were made, whichever view made them, so Ctrl+Z takes back the
last one, and only then the one before (an interview logged is taken back before the
contact made while logging it).

An undo or redo that cannot be done (what it would put back was changed since outside
Undo's reach, or is still used by later records) says so, and leaves both the data and
the stack as they were: the step stays where it is, to try again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from jobfollowup.i18n import _, pgettext
from jobfollowup.services.errors import STORAGE_ERRORS, ValidationError, named_cause
from jobfollowup.services.undo import ChangedSinceError, ChangeSet, recorded, redo, undo
from jobfollowup.ui.operations.changes import Change, for_tables

ErrorHandler = Callable[[ValidationError], None]  # shows a refusal, e.g. under its field
CauseHandler = Callable[[str], None]  # says a named storage failure (a lock) without a box


def keep_errors(parent: QWidget | None, kind: type[ValidationError], title: str | None = None
                ) -> tuple[list[ValidationError], Callable[[ValidationError], None]]:
    """An `on_error` that keeps the errors of `kind` for the caller to act on (a question
    to ask first) and shows any other in a box titled `title`, as `run` would."""
    kept: list[ValidationError] = []

    def on_error(error: ValidationError) -> None:
        if isinstance(error, kind):
            kept.append(error)
        else:
            QMessageBox.warning(parent, title or _("Cannot do that"), str(error))

    return kept, on_error


class Operations(QObject):
    changed = Signal(object)  # the kinds of record that changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.parent_widget: QWidget | None = None  # where undo/redo errors are shown

    def run(self, parent: QWidget | None, service: Callable[..., Any], *args: Any,
            changes: Change,
            on_error: ErrorHandler | None = None,
            on_named_cause: CauseHandler | None = None,
            **kwargs: Any) -> tuple[bool, Any]:
        """Run `service`; on bad input show its message (in a box, or through `on_error`,
        e.g. next to the field of a form) and change nothing. A storage failure whose cause
        is named (another program's lock, a full disk) goes to `on_named_cause` when given:
        what runs by itself on a timer says it in the window rather than in a box."""
        try:
            result = service(*args, **kwargs)
        except ValidationError as error:
            if on_error is not None:
                on_error(error)
            else:
                QMessageBox.warning(parent, _("Cannot do that"), str(error))
            return False, None
        except STORAGE_ERRORS as error:  # nothing was changed: the transaction rolled back
            cause = named_cause(error)  # a lock or a full disk: no talk of damage, no restore
            if cause and on_named_cause is not None:
                on_named_cause(cause)
                return False, None
            QMessageBox.critical(parent, _("Your data could not be read or saved"), _(
                "{problem}\n\nNothing was changed.").format(problem=cause) if cause else _(
                "{problem}\n\nNothing was changed. File → Check data… looks for damage; "
                "File → Restore… goes back to a backup.").format(problem=error))
            return False, None
        if changes:
            self.changed.emit(changes)
        return True, result

    def read(self, parent: QWidget | None, service: Callable[..., Any], *args: Any,
             on_named_cause: CauseHandler | None = None, **kwargs: Any) -> tuple[bool, Any]:
        """Run `service`, which changes none of the user's data (a lookup, a preview, a
        check, an export or a backup written elsewhere), reporting its error as `run`
        does; nothing is announced and nothing goes on the undo stack (Anki's QueryOp)."""
        return self.run(parent, service, *args, changes=Change.NONE,
                        on_named_cause=on_named_cause, **kwargs)

    def run_undoable(self, parent: QWidget | None, text: str, do: Callable[[], Any],
                     changes: Change,
                     on_error: ErrorHandler | None = None
                     ) -> tuple[bool, Any]:
        """Run `do` now and put it on the undo stack as `text` ("Move … to …"): Undo puts
        back every row it wrote, Redo writes them again. Errors are reported as by `run`;
        a change that failed, or changed nothing, leaves the stack untouched."""
        ok, outcome = self.run(parent, recorded, do, changes=changes, on_error=on_error)
        if not ok:
            return False, None
        result, rows = outcome
        if rows.rows:
            self.undo_stack.push(_Step(self, text, rows, changes | for_tables(rows.tables)))
        return True, result

    def run_creation(self, parent: QWidget | None, name: str, create: Callable[[], int],
                     changes: Change,
                     on_error: ErrorHandler | None = None
                     ) -> tuple[bool, Any]:
        """Run `create` now (it returns the new record's id) as the step "Add `name`"."""
        return self.run_undoable(parent, _("Add {name}").format(name=name.strip()), create,
                                 changes, on_error)

    # Edit → Undo / Redo ---------------------------------------------------------------------
    def undo(self) -> bool:
        """Take back the last step; False (the step stays) when it cannot be."""
        stack = self.undo_stack
        step = stack.command(stack.index() - 1) if stack.canUndo() else None
        if not isinstance(step, _Step) or not self.replay(step, forward=False):
            return False
        stack.undo()  # the step is already undone: this moves the stack's index
        return True

    def redo(self) -> bool:
        """Do again the last step taken back; False (it stays undone) when it cannot be."""
        stack = self.undo_stack
        step = stack.command(stack.index()) if stack.canRedo() else None
        if not isinstance(step, _Step) or not self.replay(step, forward=True):
            return False
        stack.redo()
        return True

    def replay(self, step: _Step, forward: bool) -> bool:
        """Undo (or redo) `step`'s rows; asks first to go on over changes made since."""
        if step.applied == forward:
            return True
        how = redo if forward else undo
        parent = self.parent_widget
        title = _("Cannot redo that") if forward else _("Cannot undo that")
        changed_since, refused = keep_errors(parent, ChangedSinceError, title)
        ok, _result = self.run(parent, how, step.rows, changes=step.kinds, on_error=refused)
        if not ok and changed_since and self._go_on(changed_since[0], step, forward):
            ok, _result = self.run(parent, how, step.rows, force=True, changes=step.kinds)
        if ok:
            step.applied = forward
        return ok

    def _go_on(self, error: ChangedSinceError, step: _Step, forward: bool) -> bool:
        question = (_("Redo “{step}” anyway? What was changed since will be lost.")
                    if forward else
                    _("Undo “{step}” anyway? What was changed since will be lost."))
        box = QMessageBox(QMessageBox.Icon.Question,
                          _("Redo") if forward else _("Undo"),
                          f"{error}\n\n{question.format(step=step.text())}",
                          parent=self.parent_widget)
        go = box.addButton(_("Redo anyway") if forward else _("Undo anyway"),
                           QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(pgettext("button", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is go


class _Step(QUndoCommand):
    """One change the user made, as the rows it wrote. Edit → Undo goes through
    `Operations.undo`, which puts the rows back first and moves the stack only if that
    worked; a stack moved by itself (QUndoStack.undo) puts them back here, and moves back
    if that failed."""

    def __init__(self, operations: Operations, text: str, rows: ChangeSet,
                 kinds: Change) -> None:
        super().__init__(text)
        self.operations, self.rows, self.kinds = operations, rows, kinds
        self.applied = True  # the change is in the data (push() calls redo(): nothing to do)

    def redo(self) -> None:
        if not self.operations.replay(self, forward=True):
            QTimer.singleShot(0, self.operations.undo_stack.undo)  # still undone: step back

    def undo(self) -> None:
        if not self.operations.replay(self, forward=False):
            QTimer.singleShot(0, self.operations.undo_stack.redo)  # still done: step back
