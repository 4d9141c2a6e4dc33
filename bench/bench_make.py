"""Time ``brief make examples/seed_article.txt -o OUT.pdf`` as a whole cold process (median of 5).

    python bench/bench_make.py [--runs 5] [--input examples/seed_article.txt] [--format pdf]

Each run is a fresh interpreter (imports, jieba dictionary, templates, fonts, WeasyPrint): what a user
waits for. DESIGN.md's budget is 1.5 s on a 2-core machine.
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


def command(source: Path, output: Path) -> list[str]:
    """The installed ``brief`` script next to this interpreter, else ``python -m brief``."""
    script = Path(sys.executable).with_name("brief")
    exe = [str(script)] if script.is_file() else [sys.executable, "-m", "brief"]
    return [*exe, "make", str(source), "-o", str(output)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--input", type=Path, default=ROOT / "examples" / "seed_article.txt")
    parser.add_argument("--format", default="pdf", help="output suffix: pdf, html, md, json, txt")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="brief-bench-"))
    output = workdir / f"x.{args.format}"
    cmd = command(args.input, output)
    times = []
    try:
        for _ in range(args.runs):
            output.unlink(missing_ok=True)
            start = time.perf_counter()
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if done.returncode != 0 or not output.is_file():
                sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
        size = output.stat().st_size
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"$ {' '.join(cmd)}")
    print(
        f"cold process, {args.runs} runs: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}); output {size:,} bytes"
    )


if __name__ == "__main__":
    main()
