"""The `proofread` command's reading and writing: the text to check (a file or standard
input), and the findings said one per line or as JSON.

Kept apart from `cli.commands` so that the command and `draft`'s warning word a finding
the same way: support reading a script's output sees what the draft editor lists.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Sequence

from jobfollowup.i18n import LANGUAGES, N_, _, gettext_in, labelled
from jobfollowup.notes.proofread import Finding
from jobfollowup.services.errors import ValidationError

# Translators: the first line of an email as `draft` prints it, before a blank line and the
# body; `proofread` reads it back as the subject, in any of the app's languages.
_SUBJECT = N_("Subject: {subject}")


def subject_line(subject: str) -> str:
    """The header line `draft` prints above an email's body: "Objet : …" in French."""
    return _(_SUBJECT).format(subject=subject)


def _plain_spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def split_subject(text: str) -> tuple[str, str, int]:
    """(subject, body, where the body starts in `text`): a first line "Subject: …" (or
    "Objet : …", "Oggetto: …", "Emne: …", as `draft` writes it in any language) is the
    subject, not the greeting; the blank line under it is left out. Without such a line
    the whole text is the body."""
    first, newline, rest = text.partition("\n")
    plain = _plain_spaces(first)
    for language in LANGUAGES:
        prefix = _plain_spaces(gettext_in(language, _SUBJECT).split("{subject}")[0])
        if prefix.strip() and plain.startswith(prefix):
            start = len(first) + len(newline)
            if rest.startswith("\n"):
                start += 1
            return first[len(prefix):].strip(), text[start:], start
    return "", text, 0


def shifted(findings: Sequence[Finding], offset: int) -> list[Finding]:
    """Findings in a body that starts `offset` characters into the text read: their places
    are given in that text, as an editor opening the file counts."""
    return [dataclasses.replace(f, start=f.start + offset, end=f.end + offset)
            if f.start >= 0 else f for f in findings]


def read_text(path: str | None) -> str:
    """The text of `path`, or of standard input when it is None or "-"; UTF-8 (a byte
    order mark allowed) whatever the locale says, as the notes are written in four
    languages. Empty or undecodable text is bad input, said in one line."""
    if path in (None, "-"):
        stream = getattr(sys.stdin, "buffer", None)
        raw = stream.read() if stream is not None else sys.stdin.read()
    else:
        with open(path, "rb") as handle:
            raw = handle.read()
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(_("The text to proofread is not UTF-8 text."),
                                  "text") from None
    text = raw.replace("\r\n", "\n")
    if not text.strip():
        raise ValidationError(_("The text to proofread is empty."), "text")
    return text


def _place(text: str, finding: Finding) -> tuple[int, int] | None:
    """Line and column (both from 1) where `finding` starts, when it is at one place."""
    if finding.start < 0:
        return None
    before = text[:finding.start]
    return before.count("\n") + 1, finding.start - (before.rfind("\n") + 1) + 1


def finding_line(text: str, finding: Finding) -> str:
    """One finding on one line, as compilers say theirs: "3:12: R15: …", then the kinder
    wording when there is one. The place stays "line:column: " in every language, for the
    editors and scripts that read it; the rule and its message are punctuated as the
    language does ("R15 : …" in French)."""
    line = labelled(finding.rule, finding.message)
    place = _place(text, finding)
    if place is not None:
        line = f"{place[0]}:{place[1]}: {line}"
    if finding.suggestion:
        line += " " + _("Kinder: “{suggestion}”").format(suggestion=finding.suggestion)
    return " ".join(line.split("\n"))


def findings_json(text: str, findings: Sequence[Finding]) -> str:
    """The findings as one JSON document; a finding about the whole text has no place."""
    shown = []
    for finding in findings:
        place = _place(text, finding)
        shown.append({
            "rule": finding.rule, "message": finding.message,
            "line": place[0] if place else None, "column": place[1] if place else None,
            "start": finding.start if place else None, "end": finding.end if place else None,
            "suggestion": finding.suggestion or None})
    return json.dumps({"findings": shown}, ensure_ascii=False, indent=2)
