"""Walking the accessibility tree the way a screen reader meets it: every object a person
can reach with the keyboard or act on, with the name it would be spoken by.

Shared by the in-process test of every view and dialog (test_accessibility.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface

Role = QAccessible.Role
# What a person acts on: these must say what they are for.
ACTED_ON = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.List, Role.Table, Role.Tree, Role.PageTab, Role.Link,
    Role.ButtonMenu, Role.ButtonDropDown, Role.Cell, Role.ListItem, Role.TreeItem,
    Role.HotkeyField, Role.Dial,
}
ITEMS = {Role.Cell, Role.ListItem, Role.TreeItem}
LARGEST = 400  # children read of one list: enough to meet every kind of row


@dataclass
class Found:
    role: QAccessible.Role
    name: str
    labelled: bool  # a label points at it ("labelled by"), as QLabel.setBuddy says
    where: str  # its widgets' class names from the window down, to find it

    def __str__(self) -> str:
        return f"{self.role.name} {self.name!r} at {self.where}"


def _where(interface: QAccessibleInterface, parent: str) -> str:
    subject = interface.object()
    name = type(subject).__name__ if subject is not None else interface.role().name
    if subject is not None and subject.objectName():
        name += f"#{subject.objectName()}"
    return f"{parent}/{name}" if parent else name


def walk(interface: QAccessibleInterface | None, where: str = "") -> list[Found]:
    """Every object shown and acted on below `interface` (itself included)."""
    if interface is None or not interface.isValid():
        return []
    state = interface.state()
    if state.invisible or state.offscreen and interface.role() in ITEMS:
        return []
    place = _where(interface, where)
    found = []
    role = interface.role()
    subject = interface.object()
    handed_on = subject is not None and hasattr(subject, "focusProxy") and bool(
        subject.focusProxy())  # the keyboard goes to another widget, named itself
    if (role in ACTED_ON or state.focusable) and not handed_on:
        labelled = bool(interface.relations(QAccessible.RelationFlag.Label))
        found.append(Found(role, interface.text(QAccessible.Text.Name).strip(), labelled,
                           place))
    for number in range(min(interface.childCount(), LARGEST)):
        found += walk(interface.child(number), place)
    return found


def unnamed(found: list[Found]) -> list[Found]:
    """The objects a screen reader could not say what they are: no name at all, or (a
    combo box, whose name on Linux is its current value) no label tied to it."""
    return [item for item in found
            if not item.name or (item.role == Role.ComboBox and not item.labelled)]


def of(widget) -> list[Found]:
    return walk(QAccessible.queryAccessibleInterface(widget))
