"""Which folder of the mailbox is which: the Inbox is INBOX (IMAP's one fixed name); the
Sent and Drafts folders are the ones the server marks \\Sent and \\Drafts (SPECIAL-USE,
RFC 6154), or else the one with a usual name in the languages of the app's users."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SENT_NAMES = ("sent", "sent items", "sent messages", "sent mail", "envoyés",
              "éléments envoyés", "messages envoyés", "posta inviata", "inviati",
              "elementi inviati", "sendt", "sendte elementer", "sendte meldinger")
DRAFT_NAMES = ("drafts", "draft", "brouillons", "bozze", "utkast", "kladder")


@dataclass(frozen=True)
class Folders:
    inbox: str
    sent: str | None
    drafts: str | None


def _last_part(name: str, delimiter: str | None) -> str:
    if delimiter and delimiter != "NIL":
        name = name.rsplit(delimiter, 1)[-1]
    return name.strip().lower()


def find_folders(listed: Iterable) -> Folders:
    """The folders of a LIST answer (imap-tools' FolderInfo: name, delim, flags) by role."""
    usable = [f for f in listed if "\\noselect" not in {flag.lower() for flag in f.flags}]

    def by_role(flag: str, names: tuple[str, ...]) -> str | None:
        for folder in usable:
            if flag in {f.lower() for f in folder.flags}:
                return folder.name
        for wanted in names:  # the most usual name first
            for folder in usable:
                if _last_part(folder.name, folder.delim) == wanted:
                    return folder.name
        return None

    inbox = next((f.name for f in usable if f.name.upper() == "INBOX"), "INBOX")
    return Folders(inbox, by_role("\\sent", SENT_NAMES), by_role("\\drafts", DRAFT_NAMES))
