"""Keys pressed while the window fills in: held, then played once it is filled.

The window shows the day before the data is open, and makes its menus' actions in the
tenth of a second after (`MainWindow.fill_steps`, a step per turn so that it answers
meanwhile). A shortcut pressed in that moment would find no action yet, and an arrow key
would move through a list about to change: the keys are held instead, and played in
order once the window is filled, a shortcut triggering its action as it would have."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_EXACT = QKeySequence.SequenceMatch.ExactMatch


class TypeAhead(QObject):
    """Holds the keys typed into `window` from now until `release`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # The key presses, in order, with the widget each was typed into.
        self.held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() not in _KEYS or not isinstance(watched, QWidget) \
                or watched.window() is not self._window:
            return False
        if event.type() == QEvent.Type.KeyPress:
            self.held.append((watched, event.key(), event.modifiers(), event.text()))
        return True

    def release(self) -> None:
        """Stop holding, and play what was held: a shortcut of the window's triggers its
        action; any other key goes to the widget it was typed into, if still in sight,
        else to the one with the keyboard."""
        QApplication.instance().removeEventFilter(self)
        held, self.held = self.held, []
        for typed_into, key, modifiers, text in held:
            action = self._action_for(key, modifiers)
            if action is not None:
                action.trigger()
                continue
            target = typed_into if _in_sight(typed_into) else (
                QApplication.focusWidget() or self._window)
            for kind in _KEYS:  # at once, in order with the actions triggered
                QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        self.deleteLater()

    def _action_for(self, key: int, modifiers: Qt.KeyboardModifier) -> QAction | None:
        """The enabled action of the window whose shortcut is this key, where Qt would
        take it: a window's shortcut anywhere in it, a view's while it has the keyboard."""
        try:
            pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(key)))
        except ValueError:  # not a key Qt names: typed text, never a shortcut
            return None
        focus = QApplication.focusWidget()
        for action in self._window.findChildren(QAction):
            if not action.isEnabled() or not any(
                    shortcut.matches(pressed) == _EXACT for shortcut in action.shortcuts()):
                continue
            if action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut:
                return action
            owner = action.parent()
            if isinstance(owner, QWidget) and focus is not None \
                    and (owner is focus or owner.isAncestorOf(focus)):
                return action
        return None


def _in_sight(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted while the window filled in
        return False
