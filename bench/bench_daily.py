"""Daily briefing benchmark: 100 articles of ../shared/data/govnews_dev.jsonl → one daily PDF.

    python bench/bench_daily.py [--input FILE.jsonl ...] [--jobs 2] [--runs 1] [--phases]

Each run is a fresh process doing what `brief daily INPUT --date … -o OUT.pdf` does (imports, worker
pool, jieba in each worker, reduce, WeasyPrint): what a user waits for. Prints wall time and peak memory
(this process and the largest descendant: resource RUSAGE_SELF / RUSAGE_CHILDREN maxrss), pages, items,
merged, failed. DESIGN.md's budget: ≤ 20 s wall on a 2-core machine, peak memory ≤ 700 MB.
``--phases`` also times each stage in this process (wall and CPU seconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
WALL_BUDGET_S = 20.0
MEMORY_BUDGET_MB = 700.0
DAY = "2019-12-05"
SUMMARY = re.compile(r"(\d+) read, (\d+) items?, (\d+) merged as duplicates, (\d+) failed(?:, (\d+) pages)?")


def run_once(inputs: list[Path], jobs: int, output: Path) -> dict[str, float]:
    """One cold `brief daily` process; returns wall seconds and what it reported."""
    script = Path(sys.executable).with_name("brief")
    exe = [str(script)] if script.is_file() else [sys.executable, "-m", "brief"]
    args = [*exe, "daily", *map(str, inputs), "--date", DAY, "-o", str(output), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"brief daily exited {done.returncode}:\n{done.stderr}")
    match = SUMMARY.search(done.stderr)
    if not match:
        sys.exit(f"no summary line in:\n{done.stderr}")
    read, items, merged, failed, pages = (int(g) if g else 0 for g in match.groups())
    return {"wall": wall, "cpu": cpu, "read": read, "items": items, "merged": merged, "failed": failed, "pages": pages}


def phases(inputs: list[Path], jobs: int) -> None:
    """Time each stage in this process: wall seconds and CPU seconds (this process + its workers)."""
    sys.path.insert(0, str(ROOT))
    from brief import daily, digest_render
    from brief.config import BriefConfig
    from brief.fit import _font_config, _weasyprint

    def clock() -> tuple[float, float]:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter(), time.process_time() + children.ru_utime + children.ru_stime

    marks = [("start", *clock())]

    def mark(label: str) -> None:
        marks.append((label, *clock()))

    cfg = BriefConfig()
    tasks, early = daily.plan(inputs, cfg)
    mark("plan")
    from brief import pipeline  # (as the CLI does, before the pool forks)

    pipeline.warm_up(cfg)
    mark("pipeline import + jieba warm-up")
    digest = daily.digest_tasks(tasks, early, dt.date.fromisoformat(DAY), cfg, jobs=jobs)
    mark(f"map {len(tasks)} articles on {jobs} workers + reduce")
    _weasyprint(), _font_config()
    mark("import WeasyPrint")
    result = digest_render.to_pdf(digest, cfg)
    mark(f"PDF ({result.pages} pages, {len(result.pdf) / 1024:.0f} KiB)")
    email = digest_render.to_email(digest, cfg, attachment="briefing.pdf")
    mark(f"email HTML ({len(email.encode()) / 1024:.0f} KiB)")
    for (_l0, w0, c0), (label, w1, c1) in zip(marks, marks[1:]):
        print(f"  {label:45s} wall {w1 - w0:6.2f} s   CPU {c1 - c0:6.2f} s")

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, action="append", help="JSONL files, folders or articles")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="copy the PDF of the last run here")
    parser.add_argument("--phases", action="store_true", help="also time each stage in this process")
    options = parser.parse_args()
    inputs = options.input or [SHARED / "govnews_dev.jsonl"]
    missing = [p for p in inputs if not p.exists()]
    if missing:
        sys.exit(f"missing input {missing[0]} (the shared data is the repository's sibling ../shared)")

    runs = []
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "daily.pdf"
        for _ in range(options.runs):
            runs.append(run_once(inputs, options.jobs, output))
        try:
            import pypdf

            pages = len(pypdf.PdfReader(io.BytesIO(output.read_bytes())).pages)
        except ImportError:
            pages = runs[-1]["pages"]
        if options.keep:
            options.keep.write_bytes(output.read_bytes())
    walls = [r["wall"] for r in runs]
    last = runs[-1]
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall = statistics.median(walls)
    print(f"brief daily: {last['read']} articles → {pages} pages, {last['items']} items, {last['merged']} merged, "
          f"{last['failed']} failed")
    each = ", ".join(f"{w:.2f}" for w in walls)
    print(f"wall: {wall:.2f} s (median of {len(walls)}: {each}; budget {WALL_BUDGET_S:g} s)")
    load = os.getloadavg()[0]
    print(f"CPU: {statistics.median(r['cpu'] for r in runs):.2f} s user+sys in all processes "
          f"(load average {load:.1f} on {os.cpu_count()} cores when done: other work slows the wall clock)")
    print(f"peak memory: largest child process {children_mb:.0f} MB, this process {self_mb:.0f} MB "
          f"(budget {MEMORY_BUDGET_MB:g} MB)")
    if options.phases:
        phases(inputs, options.jobs)
    ok = wall <= WALL_BUDGET_S and max(children_mb, self_mb) <= MEMORY_BUDGET_MB
    print("within budget" if ok else "OVER BUDGET")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
