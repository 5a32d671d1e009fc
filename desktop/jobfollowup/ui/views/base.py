"""What every view shares: a title, a list, a friendly empty state, and reading its data
again only when it can be seen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from jobfollowup.ui.operations.changes import Change

if TYPE_CHECKING:  # Today is drawn before the operations' code loads
    from jobfollowup.ui.operations.core import Operations


class RefreshesWhenShown:
    """A view behind another one in the window only notes that its data changed, and reads
    it again when it comes to the front: a change costs the view in sight, not all four.

    With `lazy`, a view reads nothing until it is first shown (the window opens faster).
    Outside a shown window (a view on its own, as in tests) every change refreshes at once.
    """

    _stale = False


    def start(self, lazy: bool) -> None:
        if lazy:
            self._stale = True
        else:
            self.refresh()

    def refresh_when_seen(self) -> None:
        if self.isVisible() or not self.window().isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


class ListView(RefreshesWhenShown, QWidget):
    """A titled view that shows `body` when there is something to show, else `empty_text`.

    Made without `operations` (Today, drawn from the day read before the data is open), it
    shows what it is given and acts once `attach` gives it them."""

    watches = Change.NONE

    def __init__(self, operations: Operations | None, title: str, empty_text: str,
                 body: QWidget, toolbar: QWidget | None = None) -> None:
        super().__init__()
        self.operations: Operations | None = None
        heading = QLabel(title)
        heading.setObjectName("viewTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.body = body
        self._stack = QStackedLayout()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        if toolbar is None:
            layout.addWidget(heading)
        else:  # the view's own actions, beside its title, always in reach
            row = QHBoxLayout()
            row.addWidget(heading)
            row.addStretch(1)
            row.addWidget(toolbar)
            layout.addLayout(row)
        layout.addLayout(self._stack)
        if operations is not None:
            self.attach(operations)

    def attach(self, operations: Operations) -> None:
        """The operations the view acts through, and whose changes it follows."""
        self.operations = operations
        operations.changed.connect(self._on_changed)

    def _on_changed(self, kinds: Change) -> None:
        if kinds & self.watches:
            self.refresh_when_seen()

    def add_empty_page(self, page: QWidget) -> None:
        """Another page for when there is nothing to show, chosen by `empty_page`."""
        self._stack.addWidget(page)

    def empty_page(self) -> QWidget:
        """What an empty view shows: its text, unless the view has more to offer."""
        return self.empty

    def show_body(self, has_content: bool) -> None:
        self._stack.setCurrentWidget(self.body if has_content else self.empty_page())

