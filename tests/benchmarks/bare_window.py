"""The practical floor for start-up: a bare PySide6 program with an empty QMainWindow."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across
    exec from the parent that spawned it)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class FirstPaint(QObject):
    done = False

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False


def report():
    peak = peak_rss_kb()
    print(f"first-paint maxrss_kb={peak} cpu_ms={time.process_time() * 1000:.1f}", flush=True)
    QApplication.instance().quit()


def show_until_painted(window: QMainWindow) -> None:
    """Show `window` at the app's size and run until its first paint is reported."""
    window.resize(1100, 720)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    QApplication.instance().exec()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    show_until_painted(QMainWindow())
