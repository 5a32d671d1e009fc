"""Start the app from its entry point, as its launcher does, with one addition for tests:
a probe that tells the test where things are on the screen.

A person sees where a chip or a button is; a test asks the probe, then moves the real
pointer there through the X server (xdotool). The probe never clicks, types or changes
anything: it only reads widgets' positions and texts. It listens on the Unix socket named
by JOBFOLLOWUP_PROBE; each request is one line of Python (an expression over the helpers
below), each answer one line of JSON.

    python tests/real_input/launch.py --data-dir DIR
"""

from __future__ import annotations

import json
import os
import queue
import socket
import sys
import threading
import traceback


def _serve(path: str) -> None:
    """Answer the test's questions, each evaluated in the GUI thread."""
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    while QApplication.instance() is None:
        threading.Event().wait(0.02)
    import probe_helpers

    class Bridge(QObject):
        asked = Signal(str, object)

        def answer(self, expression: str, reply: queue.Queue) -> None:
            try:
                value = eval(expression, vars(probe_helpers))  # noqa: S307 (a test's probe)
                reply.put({"ok": True, "value": value})
            except Exception:  # the test reads what went wrong
                reply.put({"ok": False, "error": traceback.format_exc()})

    bridge = Bridge()
    bridge.moveToThread(QApplication.instance().thread())
    bridge.asked.connect(bridge.answer)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    while True:
        connection, _address = server.accept()
        with connection, connection.makefile("rw", encoding="utf-8") as stream:
            for line in stream:
                reply: queue.Queue = queue.Queue()
                bridge.asked.emit(line.strip(), reply)
                stream.write(json.dumps(reply.get(), default=str) + "\n")
                stream.flush()


def main() -> int:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    # Qt's binding is loaded here, in the app's own thread, before the probe's thread
    # starts: the binding takes the thread that first loads it for the main one, and
    # deletes every Python-owned widget later, "in the main thread", if that is another
    # (a dialog closed then ended the app under a screen reader).
    import PySide6.QtCore  # noqa: F401
    threading.Thread(target=_serve, args=(os.environ["JOBFOLLOWUP_PROBE"],),
                     daemon=True).start()
    from jobfollowup.cli import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
