"""One app per data folder: a second launch hands over to the running one and quits.

A QLockFile in the data folder says who owns the data (Qt treats the lock of a dead
process as stale, so a crash or `kill -9` never locks the user out); the owner listens on
a QLocalServer, readable by the user only, for one line: "activate" raises its window,
"open <link>" (a link of a calendar event, clicked while the app runs) opens that follow-up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QtNetwork loads when the app listens, after its window has painted
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILENAME = "jobfollowup.lock"
ACTIVATE = b"activate\n"
OPEN = b"open "  # then the link, UTF-8, and a newline
SOCKET_PATH_ROOM = 103  # a socket's path, with its closing zero: 104 bytes on macOS, 108 on Linux
LONGEST_LINE = 8192  # a link is far shorter: more is not ours, and is dropped


def server_name(data_dir: Path) -> str:
    """A name private to this user and data folder (a socket path on POSIX)."""
    import hashlib  # OpenSSL's 3 ms, when the app listens or hands over

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    name = f"jobfollowup-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")  # private to the user; else Qt's temp folder
    if not runtime or sys.platform == "win32":
        return name
    path = str(Path(runtime) / f"{name}.sock")
    # A longer path could not be listened on (a deep XDG_RUNTIME_DIR): Qt's temp folder.
    return path if len(os.fsencode(path)) <= SOCKET_PATH_ROOM else name


def raise_window(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    activated = Signal()
    opened = Signal(str)  # a link to open, handed over by a second launch

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / LOCK_FILENAME))
        self.lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never an old one
        self.server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return server_name(self.data_dir)

    def acquire(self, timeout_ms: int = 200) -> bool:
        """True when this process now owns the data folder."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self.lock.tryLock(timeout_ms):
            return False
        os.chmod(self.data_dir / LOCK_FILENAME, 0o600)  # it names this computer and the app
        return True

    def owned_elsewhere(self) -> bool:
        """After a failed `acquire`: True when another app holds the lock (not a file error)."""
        return self.lock.error() == QLockFile.LockError.LockFailedError

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a crashed owner's socket
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.server.listen(self.name)

    def _accept(self) -> None:
        while self.server is not None and (socket := self.server.nextPendingConnection()):
            received = bytearray()  # a line may come in more than one piece
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += bytes(socket.readAll().data())
        if b"\n" not in received:
            if len(received) > LONGEST_LINE:
                socket.abort()
            return
        line = bytes(received).split(b"\n", 1)[0]
        received.clear()
        if line.strip() == ACTIVATE.strip():
            self.activated.emit()
        elif line.startswith(OPEN) and len(line) <= LONGEST_LINE:
            self.opened.emit(line[len(OPEN):].decode("utf-8", "replace").strip())

    def hand_over(self, link: str | None = None, attempts: int = 20) -> bool:
        """Ask the running instance to come forward, and to open `link` if given; False if
        it never answers."""
        from PySide6.QtNetwork import QLocalSocket

        message = ACTIVATE if link is None else (
            OPEN + " ".join(link.split())[:LONGEST_LINE // 4].encode("utf-8", "replace")
            + b"\n")
        for _attempt in range(attempts):  # it may still be opening its window
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(message)
                written = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return written
            if self.lock.tryLock(0):  # the owner has gone meanwhile
                self.lock.unlock()
                return False
            QThread.msleep(250)
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
