"""A screen reader's ears, for the real-bus test: listens on the accessibility bus
(AT-SPI) for focus events and prints each as one line of JSON (its role, name and actions).

Run by Debian's Python (pyatspi is Debian's python3-pyatspi, not on PyPI):
    /usr/bin/python3 tests/real_input/atspi_listener.py
It prints "ready" once listening; the test reads its lines."""

import json
import sys

import pyatspi


def actions_of(source) -> list[str]:
    """The names of what can be done to `source` (its AT-SPI actions)."""
    try:
        action = source.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(number) for number in range(action.nActions)]


def heard(event) -> None:
    if event.type.startswith("object:state-changed:focused") and not event.detail1:
        return  # a focus lost: the one gained follows
    try:
        source = event.source
        line = {"type": event.type, "role": source.getRoleName(), "name": source.name,
                "app": source.getApplication().name, "actions": actions_of(source)}
    except Exception as error:  # an object gone meanwhile: say so, do not stop listening
        line = {"type": event.type, "error": str(error)}
    print(json.dumps(line), flush=True)


def main() -> int:
    pyatspi.Registry.registerEventListener(heard, "object:state-changed:focused", "focus:")
    print("ready", flush=True)
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
