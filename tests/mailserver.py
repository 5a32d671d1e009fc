"""A real IMAP server for the mail tests: Debian's Dovecot, started by the test in the
foreground from a configuration in a temporary folder, listening on 127.0.0.1 on free
ports (IMAP with STARTTLS, and IMAPS), with one user, a Maildir, and a self-signed
certificate made here. It runs as an unprivileged user: `nobody` when the tests run as
root (as in CI), else the user running them.

The tests put mail in with APPEND (as a mail app or a delivery would) and read what the
server holds through their own connection, never through the app's code.
"""

from __future__ import annotations

import contextlib
import email.utils
import grp
import imaplib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USER = "robin@example.org"
PASSWORD = "Tr0ub4dor-and-3-mail"  # distinctive: the privacy tests grep files for it
ADDRESS = USER


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def message(sender: str, to: str, subject: str, body: str = "Hello.",
            message_id: str | None = None, date: str | None = None,
            in_reply_to: str | None = None, references: str | None = None) -> bytes:
    """An RFC 5322 message as a mail app writes it."""
    headers = {
        "From": sender, "To": to, "Subject": subject,
        "Date": date or email.utils.formatdate(localtime=True),
        "Message-ID": message_id or email.utils.make_msgid(domain="example.net"),
    }
    if in_reply_to:
        headers["In-Reply-To"] = in_reply_to
    if references:
        headers["References"] = references
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return (head + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body.replace("\n", "\r\n") + "\r\n").encode("utf-8")


class Dovecot:
    def __init__(self) -> None:
        if shutil.which("dovecot") is None:
            raise RuntimeError("dovecot is missing: install Debian's dovecot-imapd "
                               "(packaging/install-system-packages test)")
        self.root = Path(tempfile.mkdtemp(prefix="jobfollowup-dovecot-"))
        self.root.chmod(0o755)  # the server's user walks into it
        if os.geteuid() == 0:
            self.run_as = pwd.getpwnam("nobody")
            group = grp.getgrgid(self.run_as.pw_gid).gr_name
        else:
            self.run_as = pwd.getpwuid(os.geteuid())
            group = grp.getgrgid(os.getegid()).gr_name
        self.group = group
        self.port, self.tls_port = free_port(), free_port()
        self.cert = self.root / "cert.pem"
        for folder in ("run", "state", "mail"):
            (self.root / folder).mkdir()
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(self.root / "key.pem"), "-out", str(self.cert),
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
            check=True, capture_output=True, timeout=60)
        uid, gid = self.run_as.pw_uid, self.run_as.pw_gid
        (self.root / "users").write_text(
            f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{self.root}/mail/robin\n")
        (self.root / "dovecot.conf").write_text(self._config())
        if os.geteuid() == 0:
            for path in (self.root, *self.root.rglob("*")):
                os.chown(path, uid, gid)
        self.process: subprocess.Popen | None = None
        self.start()

    def _config(self) -> str:
        root, user = self.root, self.run_as.pw_name
        return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {self.group}
first_valid_uid = 1
first_valid_gid = 1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users
}}
userdb {{
  driver = passwd-file
  args = {root}/users
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {self.port}
  }}
  inet_listener imaps {{
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
"""

    # Running --------------------------------------------------------------------------
    def start(self) -> None:
        user = self.run_as.pw_name if os.geteuid() == 0 else None
        self.process = subprocess.Popen(
            ["dovecot", "-F", "-c", str(self.root / "dovecot.conf")],
            user=user, group=self.group if user else None,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"dovecot did not start: {self.log()}") from None
                time.sleep(0.05)

    def _descendants(self) -> list[int]:
        """The processes the server started (its login and mail processes), by id."""
        parents: dict[int, int] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(stat.parent.name)] = int(fields[1])
        found, todo = [], [self.process.pid]
        while todo:
            parent = todo.pop()
            children = [pid for pid, ppid in parents.items() if ppid == parent]
            found += children
            todo += children
        return found

    def stop(self) -> None:
        """The server goes away, its open connections with it (as when it crashes or its
        machine restarts)."""
        if self.process is not None and self.process.poll() is None:
            children = self._descendants()
            self.process.kill()
            for pid in children:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.process.wait(20)
        self.process = None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # its children go once the master has
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
            except OSError:
                return
            time.sleep(0.05)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    # What the test does and sees, through its own connection ----------------------------
    def session(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        client.login(USER, PASSWORD)
        return client

    def append(self, folder: str, raw: bytes, flags: str = "") -> None:
        client = self.session()
        try:
            status, answer = client.append(folder, f"({flags})" if flags else None,
                                           imaplib.Time2Internaldate(time.time()), raw)
            assert status == "OK", answer
        finally:
            client.logout()

    def contents(self, folder: str) -> list[tuple[int, frozenset[str], bytes]]:
        """Every message of `folder`: its UID, flags and whole text (read with PEEK, in a
        folder opened read-only: the test's look changes nothing either)."""
        client = self.session()
        try:
            client.select(folder, readonly=True)
            status, data = client.uid("FETCH", "1:*", "(UID FLAGS BODY.PEEK[])")
            found = []
            for item in data:
                if not isinstance(item, tuple):
                    continue
                head = item[0].decode()
                uid = int(head.split("UID ", 1)[1].split()[0])
                flags = frozenset(imaplib.ParseFlags(item[0]))
                found.append((uid, frozenset(f.decode() for f in flags), item[1]))
            return found
        finally:
            client.logout()

    def uidvalidity(self, folder: str) -> int:
        client = self.session()
        try:
            status, data = client.status(folder, "(UIDVALIDITY)")
            return int(data[0].decode().split("UIDVALIDITY ")[1].rstrip(")"))
        finally:
            client.logout()

    def recreate(self, folder: str) -> None:
        """Delete `folder` and make it again: a new UIDVALIDITY, as after a server move."""
        client = self.session()
        try:
            assert client.delete(folder)[0] == "OK"
            assert client.create(folder)[0] == "OK"
        finally:
            client.logout()
