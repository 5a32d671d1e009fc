# ruff: noqa: E501  (review helper: text tables and report lines, one per line)
"""Review helper: one line per entry, msgid ⟶ msgstr, for a language."""
import sys
from pathlib import Path

from babel.messages.pofile import read_po

lang = sys.argv[1]
with open(Path(__file__).parent.parent / "translations" / lang / "LC_MESSAGES/messages.po", "rb") as f:
    cat = read_po(f, locale=lang)
for m in cat:
    if not m.id:
        continue
    i = m.id if isinstance(m.id, str) else " || ".join(m.id)
    s = m.string if isinstance(m.string, str) else " || ".join(m.string)
    ctx = f"[{m.context}] " if m.context else ""
    print((ctx + i + " ⟶ " + s).replace("\n", "⏎"))
