# ruff: noqa: E501  (review helper: text tables and report lines, one per line)
"""Review helper: the sample search's drafts (every follow-up, sent or planned) by
language, into review/out/demo-<lang>.txt."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from jobfollowup.services.data import close_data, open_data
from jobfollowup.services.demo.sample import load_small_demo
from jobfollowup.services.planning.drafts import open_draft
from jobfollowup.storage.models import FollowUp

OUT = Path(__file__).parent / "out"


def main():
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        open_data(Path(folder))
        load_small_demo(dt.date(2026, 12, 17))
        texts: dict[str, list[str]] = {}
        for item in FollowUp.select().order_by(FollowUp.planned_date):
            draft = open_draft(item.id)
            texts.setdefault(draft.language, []).append(
                f"{'=' * 78}\n{draft.template_id} → {draft.contact_name} ({item.planned_date}, "
                f"{item.state})\n{'-' * 78}\n{draft.subject}\n\n{draft.body}")
        close_data()
    for language, notes in texts.items():
        (OUT / f"demo-{language}.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
        print(language, len(notes))


if __name__ == "__main__":
    main()
