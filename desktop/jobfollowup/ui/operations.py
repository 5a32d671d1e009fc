"""The one path every change takes: call a service, report its error, announce the change.

Views never write by themselves: they call `Operations.run`, and refresh when
`changed` says something they show has changed (Anki's CollectionOp, in small).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from jobfollowup.i18n import _
from jobfollowup.services.errors import ValidationError

FOLLOW_UPS, CONTACTS, APPLICATIONS = "follow-ups", "contacts", "applications"


class Operations(QObject):
    changed = Signal(frozenset)  # the kinds of record that changed

    def run(self, parent: QWidget | None, service: Callable[..., Any], *args: Any,
            changes: frozenset[str] | set[str], **kwargs: Any) -> tuple[bool, Any]:
        """Run `service`; on bad input show its message and change nothing."""
        try:
            result = service(*args, **kwargs)
        except ValidationError as error:
            QMessageBox.warning(parent, _("Cannot do that"), str(error))
            return False, None
        self.changed.emit(frozenset(changes))
        return True, result
