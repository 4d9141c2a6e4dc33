"""Time ``brief make examples/seed_article.txt -o OUT.pdf`` as a whole cold process (median of 5).

    python bench/bench_make.py [--runs 5] [--input examples/seed_article.txt] [--format pdf]
    python bench/bench_make.py --baseline /tmp/old     # after: git worktree add /tmp/old <commit>

Each run is a fresh interpreter (imports, jieba dictionary, templates, fonts, WeasyPrint): what a user
waits for. DESIGN.md's budget is 1.5 s on a 2-core machine. With --baseline, the same command runs from
another checkout of brief (same interpreter and packages) in turn with this one, so that both see the
machine at the same speed: the paired difference says more than two medians taken minutes apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command(source: Path, output: Path, checkout: Path | None = None) -> list[str]:
    """The installed ``brief`` script next to this interpreter, else ``python -m brief``; or the CLI of
    another ``checkout``."""
    if checkout is not None:
        run = f"import sys; sys.path.insert(0, {str(checkout)!r}); sys.argv[0] = 'brief'; from brief.cli import main; main()"
        return [sys.executable, "-c", run, "make", str(source), "-o", str(output)]
    script = Path(sys.executable).with_name("brief")
    exe = [str(script)] if script.is_file() else [sys.executable, "-m", "brief"]
    return [*exe, "make", str(source), "-o", str(output)]


def timed(cmd: list[str], output: Path) -> float:
    output.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not output.is_file():
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--input", type=Path, default=ROOT / "examples" / "seed_article.txt")
    parser.add_argument("--format", default="pdf", help="output suffix: pdf, html, md, json, txt")
    parser.add_argument("--baseline", type=Path, help="another checkout of brief, timed in turn with this one")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="brief-bench-"))
    output = workdir / f"x.{args.format}"
    cmd = command(args.input, output)
    base = command(args.input, workdir / f"base.{args.format}", args.baseline) if args.baseline else None
    times, base_times = [], []
    try:
        for _ in range(args.runs):
            times.append(timed(cmd, output))
            if base:
                base_times.append(timed(base, workdir / f"base.{args.format}"))
        size = output.stat().st_size
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"$ {' '.join(cmd)}")
    print(
        f"cold process, {args.runs} runs: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}); output {size:,} bytes"
    )
    if base:
        gain = statistics.median(b - t for b, t in zip(base_times, times, strict=True))
        print(f"baseline {args.baseline}, in turn: median {statistics.median(base_times):.2f} s; "
              f"this one faster by {gain:.2f} s a run (median of the paired differences), "
              f"ratio of medians {statistics.median(base_times) / statistics.median(times):.2f}")


if __name__ == "__main__":
    main()
