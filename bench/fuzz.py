"""Long fuzz run of the property tests (tests/test_properties.py): ≥ 10,000 examples by default.

    python bench/fuzz.py                 # 12,000 examples over nine strategies
    python bench/fuzz.py --examples 2000 --seed 7

Prints, per strategy, how many examples ran, how many gave a brief and how many a clear error,
then every failure Hypothesis found (shrunk), and exits 1 if there was any.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hypothesis import HealthCheck, Verbosity, given, seed, settings  # noqa: E402

from test_properties import PROPERTIES, configs  # noqa: E402

SHARES = {"any_unicode": 0.1, "chinese_like": 0.15, "article_shaped": 0.15, "mutated_article": 0.15,
          "random_bytes": 0.1, "encoded_text": 0.1, "titles_and_formats": 0.1, "html_pages": 0.15,
          "traditional": 0.1}


def run_property(name: str, examples: int, run_seed: int, counts: Counter) -> list[str]:
    """Run one property for ``examples`` examples; return the failures' reports."""
    strategy, check = PROPERTIES[name]
    failures: list[str] = []

    def body(value, cfg) -> None:
        counts[name, "run"] += 1
        result = check(value, cfg)
        counts[name, "brief" if result is not None else "error"] += 1

    test = settings(max_examples=examples, deadline=None, database=None, report_multiple_bugs=True,
                    verbosity=Verbosity.normal,
                    suppress_health_check=list(HealthCheck))(given(strategy, configs)(body))
    test = seed(run_seed)(test)
    try:
        test()
    except BaseException as err:  # Hypothesis re-raises the (shrunk) failure(s)
        if isinstance(err, KeyboardInterrupt):
            raise
        errors = list(err.exceptions) if isinstance(err, BaseExceptionGroup) else [err]
        for error in errors:
            notes = "\n".join(getattr(error, "__notes__", []))
            failures.append(f"[{name}] {type(error).__name__}: {error}\n{notes}\n"
                            + "".join(traceback.format_tb(error.__traceback__)[-4:]))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=12_000, help="total examples over all strategies")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--only", choices=sorted(PROPERTIES), help="run one strategy")
    args = parser.parse_args()
    names = [args.only] if args.only else list(SHARES)
    total_share = sum(SHARES[n] for n in names)
    counts: Counter = Counter()
    failures: list[str] = []
    started = time.monotonic()
    for name in names:
        n = max(1, round(args.examples * SHARES[name] / total_share))
        t0 = time.monotonic()
        failures += run_property(name, n, args.seed, counts)
        print(f"{name:20} asked {n:6}  ran {counts[name, 'run']:6}  brief {counts[name, 'brief']:6}  "
              f"error {counts[name, 'error']:6}  {time.monotonic() - t0:7.1f} s", flush=True)
    ran = sum(counts[n, "run"] for n in names)
    print(f"total: {ran} examples in {time.monotonic() - started:.0f} s; {len(failures)} failure(s)")
    for report in failures:
        print("-" * 72)
        print(report)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
