"""Rendering benchmark: every article of the dev sets → one-page PDF; pages, layouts, time, size.

    python bench/bench_pages.py                       # govnews_dev + crud_dev from ../shared/data
    python bench/bench_pages.py --limit 20 --save /tmp/pdfs FILE.jsonl ...
    python bench/bench_pages.py --cold 5              # whole-process `brief make` of the sample → PDF

Runs in-process (analysis is not timed; the clock covers fit + write). Exits 1 if any article is not
exactly one page.
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brief import load_config, pipeline  # noqa: E402
from brief.errors import BriefError  # noqa: E402
from brief.fit import render_pdf  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
DEFAULT_FILES = (SHARED / "govnews_dev.jsonl", SHARED / "crud_dev.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0 = all)")
    parser.add_argument("--save", type=Path, help="write each PDF here as <id>.pdf")
    parser.add_argument("--cold", type=int, default=0, metavar="N",
                        help="instead: time N fresh `brief make` runs of the sample article to PDF")
    args = parser.parse_args(argv)
    if args.cold:
        return cold_runs(args.cold)

    import pypdf

    cfg = load_config()
    rows, failures = [], []
    started = time.perf_counter()
    for path in args.files:
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        if args.limit:
            records = records[: args.limit]
        for record in records:
            try:
                briefing = pipeline.brief_text(record["text"], cfg, title=record.get("title") or None,
                                               name=record["id"])
                t0 = time.perf_counter()
                result = render_pdf(briefing, cfg)
                seconds = time.perf_counter() - t0
            except BriefError as err:
                failures.append((record["id"], str(err)))
                continue
            pages = len(pypdf.PdfReader(io.BytesIO(result.pdf)).pages)
            rows.append({"id": record["id"], "file": path.name, "pages": pages, "layouts": result.layouts,
                         "pt": result.base_pt, "seconds": seconds, "bytes": len(result.pdf),
                         "emergency": result.emergency})
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{record['id']}.pdf").write_bytes(result.pdf)
    if not rows:
        print("no article rendered", file=sys.stderr)
        return 1

    def dist(values: list[float]) -> str:
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        return f"median {statistics.median(ordered):.3f}  p95 {p95:.3f}  max {ordered[-1]:.3f}"

    print(f"articles {len(rows)}  failed to brief {len(failures)}  wall {time.perf_counter() - started:.0f} s")
    print("pages    ", dict(sorted(collections.Counter(r["pages"] for r in rows).items())))
    print("layouts  ", dict(sorted(collections.Counter(r["layouts"] for r in rows).items())))
    print("font pt  ", dict(sorted(collections.Counter(r["pt"] for r in rows).items())))
    print("emergency", sum(r["emergency"] for r in rows))
    print("seconds  ", dist([r["seconds"] for r in rows]), "(fit + write, warm)")
    print("KB       ", dist([r["bytes"] / 1024 for r in rows]))
    for name in sorted({r["file"] for r in rows}):
        part = [r for r in rows if r["file"] == name]
        print(f"  {name}: {len(part)} articles, one page {sum(r['pages'] == 1 for r in part)}, "
              f"median {statistics.median(r['seconds'] for r in part):.3f} s, "
              f"max {max(r['bytes'] for r in part) / 1024:.0f} KB")
    for ident, message in failures[:10]:
        print(f"  failed {ident}: {message}")
    bad = [r for r in rows if r["pages"] != 1]
    for r in bad[:20]:
        print(f"  NOT ONE PAGE: {r['id']} ({r['pages']} pages)")
    return 1 if bad else 0


def cold_runs(runs: int, article: Path = SHARED / "seed_article.txt") -> int:
    """Median wall and CPU time of whole-process `brief make ARTICLE -o x.pdf` (DESIGN.md: ≤ 1.5 s)."""
    import os
    import resource
    import subprocess
    import tempfile

    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "brief.pdf"
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "brief", "make", str(article), "-o", str(out)], check=True,
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
            walls.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        size = out.stat().st_size
    print(f"cold brief make → PDF, {runs} runs: wall median {statistics.median(walls):.2f} s "
          f"(min {min(walls):.2f}), cpu median {statistics.median(cpus):.2f} s, PDF {size / 1024:.0f} KB, "
          f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
