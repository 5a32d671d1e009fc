"""Performance benchmark on five years of data (issue 9). Not part of the test suite.

Run from the repository root:

    python tests/benchmarks/run.py [--repeat N]

It generates the large data set in a temporary folder, then measures each figure as
median and p95 over repeated runs, side by side with a baseline measured in the same run
where there is one (a bare PySide6 window for start-up and memory).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 22)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(name: str, values: list[float], unit: str = "ms", baseline: list[float] | None = None,
        target: str = "") -> None:
    med, top = statistics.median(values), p95(values)
    line = f"{name:<42} median {med:9.2f} {unit}   p95 {top:9.2f} {unit}"
    if baseline:
        base = statistics.median(baseline)
        line += f"   baseline {base:8.2f} {unit}   ratio {med / base:5.2f}"
    if target:
        line += f"   target {target}"
    print(line, flush=True)


def first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning `command` to its first painted window, and its peak RSS in MB."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - started
            peak_kb = int(line.split("maxrss_kb=")[1])
            process.wait(timeout=60)
            return elapsed * 1000, peak_kb / 1024
    raise RuntimeError(f"{command} exited without painting")


def measure_start_up(data_dir: Path, repeat: int) -> None:
    env = {**os.environ, "JOBFOLLOWUP_EXIT_AFTER_FIRST_PAINT": "1",
           "PYTHONPATH": str(ROOT / "desktop")}
    app = [sys.executable, "-m", "jobfollowup", "--data-dir", str(data_dir)]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    first_paint(app, env)  # warm the file cache once, for both
    first_paint(bare, env)
    app_runs, bare_runs = [], []
    for _ in range(repeat):
        app_runs.append(first_paint(app, env))
        bare_runs.append(first_paint(bare, env))
    row("cold start to first paint", [r[0] for r in app_runs], "ms",
        [r[0] for r in bare_runs], "<= 1.5x bare")
    row("peak memory", [r[1] for r in app_runs], "MB", [r[1] for r in bare_runs],
        "<= bare + 60 MB")


def measure_planning(repeat: int) -> None:
    from jobfollowup.rules import Interview, Recipient, plan_after_interview
    from jobfollowup.storage.models import Contact, InterviewParticipant
    from jobfollowup.storage.models import Interview as InterviewRow

    facts = []
    for interview in InterviewRow.select(InterviewRow, InterviewParticipant, Contact).join(
            InterviewParticipant).join(Contact):
        contact = interview.interviewparticipant.contact
        facts.append((Interview(interview.starts_at, None),
                      Recipient(contact.country, contact.subdivision)))
    one = []
    for index in range(max(200, repeat * 50)):
        interview, recipient = facts[index % len(facts)]
        started = time.perf_counter()
        plan_after_interview(interview, recipient)
        one.append((time.perf_counter() - started) * 1000)
    row("plan one interview", one, "ms", target="<= 1 ms median")
    every = []
    for _ in range(repeat):
        started = time.perf_counter()
        for interview, recipient in facts:
            plan_after_interview(interview, recipient)
        every.append((time.perf_counter() - started) * 1000)
    row(f"plan all {len(facts)} interviews again", every, "ms", target="<= 2000 ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from jobfollowup.services.data import close_data, open_data
    from jobfollowup.services.large_demo import generate

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "large"
        open_data(data_dir)
        started = time.perf_counter()
        size = generate(TODAY)
        print(f"large data set: {size} in {time.perf_counter() - started:.1f} s", flush=True)
        measure_planning(args.repeat)
        close_data()
        measure_start_up(data_dir, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
