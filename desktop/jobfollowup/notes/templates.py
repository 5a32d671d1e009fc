"""Safe rendering of note templates: `{placeholder}` substitution from a fixed list.

A template is plain text with placeholders such as `{greeting}` or `{company}`. Only the
names in PLACEHOLDERS are known; there is no attribute or item access, no format spec,
no conversion and no code. `{{` and `}}` stand for literal braces.

Optional points: a line holding a placeholder whose value is empty is dropped whole, so a
missing "highlight" never leaves "I especially enjoyed our talk about ." behind; blank
lines left over are collapsed to one.

Where a value meets the template's words, the note's language decides how they join
("poste de {position}" → "poste d'ingénieure": notes/grammar.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from jobfollowup.i18n import N_, _, normalise_language
from jobfollowup.i18n.formatting import format_date
from jobfollowup.notes import grammar
from jobfollowup.notes.address import Addressee, closing
from jobfollowup.notes.address import greeting as _greeting
from jobfollowup.notes.dates import interview_when
from jobfollowup.notes.grammar import american
from jobfollowup.notes.names import split_name

# name → description (shown in the template editor, translated there)
PLACEHOLDERS: dict[str, str] = {
    "greeting": N_("the greeting line, built from the form of address and the language"),
    "name": N_("the contact's name, exactly as stored"),
    "first_name": N_("the contact's first name"),
    "company": N_("the company of the application"),
    "position": N_("the position applied for"),
    "interview_date": N_("the interview's date, written in the note's language"),
    # {date}: an example day, in the interface's long style (the editor fills it in)
    "interview_when": N_("when the interview was, seen from the day the note is written "
                         "(yesterday, on Thursday or on {date})"),
    "highlight": N_("a highlight of the conversation"),
    "surprise": N_("something about the company that surprised you"),
    "resonated": N_("something that resonated with your own values"),
    "personal_detail": N_("a personal detail the interviewer mentioned"),
    "closing": N_("the closing line, chosen for the language and the formality"),
    "sender": N_("your name"),
    "signature": N_("your signature (your name if none is set)"),
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|\{|\}")
_NAME = re.compile(r"[a-z_]+")


class TemplateError(ValueError):
    """A template with an unknown or malformed placeholder; the message names it."""

    def __init__(self, message: str, placeholder: str) -> None:
        super().__init__(message)
        self.placeholder = placeholder


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


def _parse(text: str) -> list[str | tuple[str]]:
    """Literal pieces (str) and placeholders ((name,)); raises TemplateError."""
    parts: list[str | tuple[str]] = []
    position = 0
    for match in _TOKEN.finditer(text):
        parts.append(text[position:match.start()])
        position = match.end()
        token = match.group(0)
        if token == "{{":
            parts.append("{")
        elif token == "}}":
            parts.append("}")
        elif token in ("{", "}"):
            line = text.count("\n", 0, match.start()) + 1
            raise TemplateError(
                _("Line {line} has a lone “{brace}”: write placeholders as {{company}}, "
                  "and a literal brace as “{brace}{brace}”.").format(line=line, brace=token),
                token)
        else:
            name = match.group(1)
            if not (_NAME.fullmatch(name) and name in PLACEHOLDERS):
                raise TemplateError(
                    _("Unknown placeholder “{placeholder}”. Use one of: {known}.").format(
                        placeholder=token, known=", ".join(
                            "{" + known + "}" for known in PLACEHOLDERS)),
                    token)
            parts.append((name,))
    parts.append(text[position:])
    return parts


def check_template(text: str) -> set[str]:
    """The placeholders `text` uses; raises TemplateError for a bad one."""
    return {part[0] for part in _parse(text) if isinstance(part, tuple)}


# Values the app words itself: a date may take a capital at the start of a sentence.
_OWN = {"greeting", "interview_date", "interview_when", "closing"}


def _joined(pieces: list[str | tuple[str]], values: Mapping[str, str], language: str) -> str:
    line, after_date = "", False
    for piece in pieces:
        if isinstance(piece, tuple):
            line, value = grammar.join(language, line, values.get(piece[0], ""),
                                       own=piece[0] in _OWN, company=piece[0] == "company")
            line += value
            after_date = piece[0] in _OWN
        else:
            line += grammar.after_date(line, piece) if after_date else piece
            after_date = False
    return line


def fill(text: str, values: Mapping[str, str], language: str = "") -> str:
    """`text` with its placeholders replaced, dropping lines whose placeholder is empty.

    Values are inserted literally, never read as templates themselves; the words of the
    template before them follow `language`'s elision and contraction (notes/grammar.py).
    """
    kept: list[str] = []
    for line in text.split("\n"):
        pieces = _parse(line)
        names = [p[0] for p in pieces if isinstance(p, tuple)]
        if any(not (values.get(name) or "").strip() for name in names):
            continue
        kept.append(_joined(pieces, values, language))
    result: list[str] = []
    for line in kept:
        if not line.strip() and (not result or not result[-1].strip()):
            continue
        result.append(line)
    while result and not result[-1].strip():
        result.pop()
    return "\n".join(result)


@dataclass(frozen=True)
class NoteFacts:
    """What a note is made of; empty strings for what is not known."""

    language: str
    name: str
    country: str = ""  # the recipient's: a note is dated as their country writes dates
    form_of_address: str = ""
    first_name_terms: bool = False
    company: str = ""
    position: str = ""
    interview_date: dt.date | None = None
    highlight: str = ""
    surprise: str = ""
    resonated: str = ""
    personal_detail: str = ""
    sender: str = ""
    signature: str = ""
    written_on: dt.date | None = None  # the day the note is sent; None: today


def addressee(facts: NoteFacts, handwritten: bool = False) -> Addressee:
    return Addressee(language=normalise_language(facts.language) or "en", name=facts.name,
                     title=facts.form_of_address, first_name_terms=facts.first_name_terms,
                     country=facts.country.strip().upper(), handwritten=handwritten)


def greeting(facts: NoteFacts, handwritten: bool = False) -> str:
    """The greeting line in the note's language (notes/address.py)."""
    return _greeting(addressee(facts, handwritten))


def _when(facts: NoteFacts, language: str, handwritten: bool) -> str:
    if facts.interview_date is None:
        return ""
    return interview_when(facts.interview_date, facts.written_on or dt.date.today(),
                          language, facts.country.strip().upper(), handwritten)


def values_for(facts: NoteFacts, handwritten: bool = False) -> dict[str, str]:
    language = normalise_language(facts.language) or "en"
    first, _last = split_name(facts.name)
    return {
        "greeting": greeting(facts, handwritten),
        "closing": closing(addressee(facts, handwritten)),
        "interview_when": _when(facts, language, handwritten),
        "name": facts.name.strip(),
        "first_name": first,
        "company": facts.company.strip(),
        "position": facts.position.strip(),
        "interview_date": (format_date(facts.interview_date, language,
                                      region=facts.country.strip().upper())
                           if facts.interview_date else ""),
        "highlight": facts.highlight.strip(),
        "surprise": facts.surprise.strip(),
        "resonated": facts.resonated.strip(),
        "personal_detail": facts.personal_detail.strip(),
        "sender": facts.sender.strip(),
        "signature": (facts.signature.strip() or facts.sender.strip()),
    }


_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def one_line(text: str) -> str:
    """`text` on one line, runs of ordinary white space made one space. The no-break
    spaces of French typography are kept: str.split() would take them for spaces."""
    return _SPACES.sub(" ", text).strip(" ")


@dataclass(frozen=True)
class RenderedNote:
    subject: str
    body: str

    def as_text(self) -> str:
        return f"{self.subject}\n\n{self.body}" if self.subject else self.body


def render(template: Template, facts: NoteFacts, handwritten: bool = False) -> RenderedNote:
    """The note `template` makes of `facts`; raises TemplateError for a bad placeholder."""
    values = values_for(facts, handwritten)
    language = normalise_language(facts.language) or "en"
    check_template(template.subject)
    check_template(template.body)
    if language == "en" and facts.country.strip().upper() == "US":
        template = Template(*(american(text) for text in (template.subject, template.body)))
    subject = one_line(fill(template.subject, values, language))
    return RenderedNote(subject=subject, body=fill(template.body, values, language))
