# ruff: noqa: E501  (review helper: text tables and report lines, one per line)
"""Review helper: the catalogs side by side, one entry per block, into review/out/catalogs-<lang>.txt."""
from pathlib import Path

from babel.messages.pofile import read_po

OUT = Path(__file__).parent / "out"
ROOT = Path(__file__).parent.parent / "translations"


def main():
    OUT.mkdir(exist_ok=True)
    for lang in ("fr", "it", "nb"):
        with open(ROOT / lang / "LC_MESSAGES/messages.po", "rb") as f:
            cat = read_po(f, locale=lang)
        lines = []
        for n, m in enumerate(cat):
            if not m.id:
                continue
            msgid = m.id if isinstance(m.id, str) else " || ".join(m.id)
            msgstr = m.string if isinstance(m.string, str) else " || ".join(m.string)
            ctx = f"[{m.context}] " if m.context else ""
            where = ",".join(sorted({Path(p).stem for p, _ in m.locations}))[:60]
            lines.append(f"#{n} {ctx}({where})\nEN: {msgid}\n{lang.upper()}: {msgstr}\n")
        (OUT / f"catalogs-{lang}.txt").write_text("\n".join(lines), encoding="utf-8")
        print(lang, len(lines))


if __name__ == "__main__":
    main()
