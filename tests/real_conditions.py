"""Real failures for the tests of issue 22: another process's write lock, a folder the
command may not write, a small filesystem that fills, a read-only one. No SQLite is mocked.

Tests may run as root, for whom folder permissions do not bite. So a command meant to meet
"permission denied" runs without the capabilities that let root ignore them (`setpriv`
drops them from its bounding set); filesystems are mounted in a private mount namespace
(`unshare -m`, or `unshare -rm` for a user) that vanishes with the command, so nothing is
left mounted whatever happens.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = os.geteuid() == 0
PROG = [sys.executable, "-m", "jobfollowup"]


def command_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a command run by a test: offscreen, English, its own log folder."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_GB.UTF-8",
            "LANGUAGE": "en", "XDG_STATE_HOME": str(tmp_path / "state")}


def run_command(tmp_path: Path, *args: str, as_user_only: bool = False,
                timeout: float = 120) -> subprocess.CompletedProcess:
    """`jobfollowup ARGS` in a new process; `as_user_only`: without root's power to ignore
    permissions (a no-op for a user, who has none)."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] \
        if as_user_only and ROOT else []
    return subprocess.run([*prefix, *PROG, *args], capture_output=True, text=True,
                          env=command_env(tmp_path), timeout=timeout)


@contextmanager
def write_lock_held(path: Path) -> Iterator[subprocess.Popen]:
    """Another process holds a write transaction (`BEGIN IMMEDIATE`) on the SQLite file at
    `path` until the block ends, as a database browser with unsaved edits does."""
    script = textwrap.dedent(f"""
        import sqlite3, sys
        connection = sqlite3.connect({str(path)!r}, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        sys.stdin.read()
        connection.execute("ROLLBACK")
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of `folder` (not below) with a hash of its bytes."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.iterdir()) if path.is_file()}


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def in_small_filesystem(tmp_path: Path, script: str, size: str = "1M",
                        read_only: bool = False) -> subprocess.CompletedProcess:
    """Run the shell `script` with a new tmpfs of `size` mounted at $FS (read-only once
    the script's `ready` function is called, when `read_only`), in a mount namespace of its
    own. $PROG runs the app's command line; $OUT is a folder outside the small filesystem
    where the script leaves what the test reads."""
    mount_point, out = tmp_path / "fs", tmp_path / "out"
    mount_point.mkdir()
    out.mkdir()
    remount = f"mount -o remount,ro {shlex.quote(str(mount_point))}" if read_only else ":"
    body = "\n".join([
        "set -u",
        f"FS={shlex.quote(str(mount_point))}; OUT={shlex.quote(str(out))}",
        f"PROG={shlex.quote(' '.join(shlex.quote(part) for part in PROG))}",
        f"mount -t tmpfs -o size={size},mode=0700 tmpfs \"$FS\" || exit 99",
        f"ready() {{ {remount}; }}",
        script,
    ])
    namespace = ["unshare", "-m", "--propagation", "private"] if ROOT else \
        ["unshare", "-r", "-m", "--propagation", "private"]
    result = subprocess.run([*namespace, "sh", "-c", body], capture_output=True, text=True,
                            env=command_env(tmp_path), timeout=180)
    assert result.returncode != 99, f"no tmpfs could be mounted here: {result.stderr}"
    return result
