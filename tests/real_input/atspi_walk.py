"""What a screen reader finds in the app, walked over the accessibility bus (AT-SPI): each
object shown that a person can reach or act on, one JSON line each (its role, name, the
names of the labels tied to it, and its path of roles), for the real-bus test.

Run by Debian's Python (pyatspi): /usr/bin/python3 tests/real_input/atspi_walk.py APP"""

import json
import sys

import pyatspi

ACTED_ON = {"push button", "toggle button", "check box", "radio button", "combo box",
            "text", "password text", "spin button", "slider", "list", "table", "tree",
            "tree table", "page tab", "link", "menu item", "table cell", "list item",
            "tree item"}
ITEMS = {"table cell", "list item", "tree item"}
MOST_CHILDREN = 300


def walk(node, path, found):
    try:
        states = node.getState()
        role = node.getRoleName()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = f"{path}/{role}"
    if role in ACTED_ON or states.contains(pyatspi.STATE_FOCUSABLE):
        labels = []
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                labels += [relation.getTarget(n).name
                           for n in range(relation.getNTargets())]
        found.append({"role": role, "name": node.name, "labels": labels, "path": here,
                      "focusable": states.contains(pyatspi.STATE_FOCUSABLE)})
    if role in ITEMS:
        return
    for number in range(min(node.childCount, MOST_CHILDREN)):
        try:
            child = node.getChildAtIndex(number)
        except Exception:
            continue
        if child is not None:
            walk(child, here, found)


def main() -> int:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == wanted:
            found = []
            for window in app:
                walk(window, "", found)
            for line in found:
                print(json.dumps(line))
            return 0
    print(json.dumps({"error": f"no application {wanted} on the bus"}))
    return 1


if __name__ == "__main__":
    sys.exit(main())
