"""The one path every change takes: call a service, report its error, announce the change.

Views never write by themselves: they call `Operations.run` (or `run_undoable` for a
change the user can take back), and refresh when `changed` says something they show has
changed (Anki's CollectionOp, in small). Undoable changes share one QUndoStack, so
Ctrl+Z takes back the last change whichever view made it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from jobfollowup.i18n import _
from jobfollowup.services.errors import STORAGE_ERRORS, ValidationError

FOLLOW_UPS, CONTACTS, APPLICATIONS = "follow-ups", "contacts", "applications"


class Operations(QObject):
    changed = Signal(frozenset)  # the kinds of record that changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.parent_widget: QWidget | None = None  # where undo/redo errors are shown

    def run(self, parent: QWidget | None, service: Callable[..., Any], *args: Any,
            changes: frozenset[str] | set[str],
            on_error: Callable[[ValidationError], None] | None = None,
            **kwargs: Any) -> tuple[bool, Any]:
        """Run `service`; on bad input show its message (in a box, or through `on_error`,
        e.g. next to the field of a form) and change nothing."""
        try:
            result = service(*args, **kwargs)
        except ValidationError as error:
            if on_error is not None:
                on_error(error)
            else:
                QMessageBox.warning(parent, _("Cannot do that"), str(error))
            return False, None
        except STORAGE_ERRORS as error:  # nothing was changed: the transaction rolled back
            QMessageBox.critical(parent, _("Your data could not be read or saved"), _(
                "{problem}\n\nNothing was changed. File → Check data… looks for damage; "
                "File → Restore… goes back to a backup.").format(problem=error))
            return False, None
        self.changed.emit(frozenset(changes))
        return True, result

    def run_undoable(self, parent: QWidget | None, text: str, do: Callable[[], Any],
                     undo: Callable[[Any], Any], changes: frozenset[str] | set[str],
                     on_error: Callable[[ValidationError], None] | None = None
                     ) -> tuple[bool, Any]:
        """Run `do` now and put it on the undo stack as `text` ("Move … to …").

        `undo` receives what `do` returned (e.g. the previous date) and must restore the
        exact state before; redo runs `do` again. Errors at any step are reported the
        same way as `run` (the first one through `on_error` when given), and a failed
        first run leaves the stack untouched.
        """
        ok, result = self.run(parent, do, changes=changes, on_error=on_error)
        if ok:
            self.undo_stack.push(_ServiceCommand(self, text, do, undo, result,
                                                 frozenset(changes)))
        return ok, result


    def run_creation(self, parent: QWidget | None, name: str, create: Callable[[], int],
                     delete: Callable[[int], Any], restore: Callable[[Any], Any],
                     changes: frozenset[str] | set[str],
                     on_error: Callable[[ValidationError], None] | None = None
                     ) -> tuple[bool, Any]:
        """Run `create` now (it returns the new record's id) and put it on the undo stack
        as "Add `name`": Undo deletes the record with `delete`, keeping what that returns;
        Redo gives it back to `restore`, under the same id, so the changes made to the
        record afterwards can be redone too."""
        ok, record_id = self.run(parent, create, changes=changes, on_error=on_error)
        if ok:
            text = _("Add {name}").format(name=name.strip())
            self.undo_stack.push(_CreationCommand(self, text, record_id, delete, restore,
                                                  frozenset(changes)))
        return ok, record_id


class _CreationCommand(QUndoCommand):
    def __init__(self, operations: Operations, text: str, record_id: int,
                 delete: Callable[[int], Any], restore: Callable[[Any], Any],
                 changes: frozenset[str]) -> None:
        super().__init__(text)
        self._operations, self._record_id = operations, record_id
        self._delete, self._restore, self._changes = delete, restore, changes
        self._taken: Any = None
        self._first = True  # push() calls redo(): the record is already made

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._operations.run(self._operations.parent_widget, self._restore, self._taken,
                             changes=self._changes)

    def undo(self) -> None:
        ok, taken = self._operations.run(self._operations.parent_widget, self._delete,
                                         self._record_id, changes=self._changes)
        if ok:
            self._taken = taken


class _ServiceCommand(QUndoCommand):
    def __init__(self, operations: Operations, text: str, do: Callable[[], Any],
                 undo: Callable[[Any], Any], result: Any, changes: frozenset[str]) -> None:
        super().__init__(text)
        self._operations, self._do, self._undo = operations, do, undo
        self._result, self._changes = result, changes
        self._first = True  # push() calls redo(): the change is already made

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        ok, result = self._operations.run(self._operations.parent_widget, self._do,
                                          changes=self._changes)
        if ok:
            self._result = result

    def undo(self) -> None:
        self._operations.run(self._operations.parent_widget, self._undo, self._result,
                             changes=self._changes)
