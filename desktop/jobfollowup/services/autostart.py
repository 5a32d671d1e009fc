"""Starting the app when the user logs in, so reminders reach them without opening it.

Linux: a `.desktop` entry in the XDG autostart folder (tested). Windows: a value under the
user's `Run` registry key, which starts programs at login like the Startup folder does.
macOS: a LaunchAgent with RunAtLoad, the per-user login item launchd reads. The Windows
and macOS paths use only the standard library and cannot run on the Linux CI.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import sys
from pathlib import Path

from jobfollowup import APP_ID, APP_NAME
from jobfollowup.i18n import _
from jobfollowup.i18n.desktop_entry import COMMENT
from jobfollowup.services import settings
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.exchange.files import write_private
from jobfollowup.storage.models import database_proxy

MINIMISED_FLAG = "--minimised"
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(minimised: bool) -> list[str]:
    """How to start this very app: the bundle's program, else this Python with the module."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [
        sys.executable, "-m", "jobfollowup"]
    return [*command, MINIMISED_FLAG] if minimised else command


def _exec_argument(argument: str) -> str:
    """One argument of an Exec key (Desktop Entry spec): quoted when it must be."""
    argument = argument.replace("%", "%%")
    if set(argument) & set(" \t\n\"'\\><~|&;$*?#()`"):
        argument = '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'
    return argument.replace("\\", "\\\\")


def autostart_path() -> Path:
    """Where the login entry lives on this system."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def desktop_entry(minimised: bool) -> str:
    exec_line = " ".join(_exec_argument(a) for a in launch_command(minimised))
    return ("[Desktop Entry]\nType=Application\n"
            f"Name={APP_NAME}\nComment={COMMENT}\nExec={exec_line}\nIcon={APP_ID}\n"
            "Terminal=false\nX-GNOME-Autostart-enabled=true\n")


def _windows(enabled: bool, minimised: bool) -> None:
    import subprocess
    import winreg  # type: ignore[import-not-found]

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ,
                              subprocess.list2cmdline(launch_command(minimised)))
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, APP_NAME)


def _write_entry(enabled: bool, minimised: bool) -> Path | None:
    if sys.platform == "win32":
        _windows(enabled, minimised)
        return None
    path = autostart_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin":
        text = plistlib.dumps({"Label": APP_ID, "ProgramArguments": launch_command(minimised),
                               "RunAtLoad": True}).decode("utf-8")
    else:
        text = desktop_entry(minimised)
    return write_private(path, text)


def save_start_at_login(enabled: bool, minimised: bool) -> Path | None:
    """Store the choice and write or remove the login entry; returns the entry's path."""
    try:
        path = _write_entry(enabled, minimised)
    except OSError as error:
        raise ValidationError(_("Cannot set the app to start at login: {problem}").format(
            problem=error.strerror or error), "start_at_login") from error
    with database_proxy.atomic():
        settings.put("start_at_login", enabled)
        settings.put("start_minimised", minimised)
    return path
