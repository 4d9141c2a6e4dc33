"""Fit brief.rank's sentence weights on crud_dev by coordinate ascent, with 5-fold cross-validation.

    python bench/fit_rank.py [DATA.jsonl] [--budget 200] [--folds 5] [--rounds 3]

Prints, per fold, the weights fitted on the other folds and brief vs Lead on the held-out fold (char
ROUGE-1/2/L F1), then the spread over folds and the weights fitted on all data (paste them into
``brief.rank.WEIGHTS``). The objective is the mean of R1, R2 and RL.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief import clean, load, rank, segment  # noqa: E402
from brief.config import BriefConfig  # noqa: E402
from brief.evaluate import lead, read_records, rouge  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "crud_dev.jsonl"
# (field, candidate values) searched in turn; sentence-score weights are relative to position = 1.
GRID: dict[str, tuple[float, ...]] = {
    "centrality": (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0),
    "centroid": (-0.5, 0.0, 0.25, 0.5, 1.0, 1.5),
    "first": (-0.5, -0.25, 0.0, 0.25, 0.5, 1.0),
    "relpos": (-1.5, -1.0, -0.7, -0.4, -0.2, 0.0),
    "paragraph_start": (-0.2, 0.0, 0.1, 0.2, 0.4),
    "title": (0.0, 0.5, 0.75, 1.0, 1.5, 2.0),
    "numbers": (-0.2, 0.0, 0.1, 0.2, 0.4),
    "short": (-2.0, -1.0, -0.5, 0.0),
    "long": (-1.0, -0.5, 0.0, 0.5),
    "question": (-1.0, -0.5, 0.0),
    "fragment": (-1.0, -0.6, -0.3, 0.0),
    "redundancy": (0.4, 0.5, 0.6, 0.7),
    "min_fill": (8, 12, 20, 200),
    "trim_from": (60, 80, 100, 1000),
}
START = rank.RankWeights(
    centrality=0.7, centroid=0.25, first=-0.5, position=1.0, relpos=-0.7, paragraph_start=0.1, title=1.0,
    numbers=0.1, short=-1.0, long=0.0, question=-0.5, fragment=-0.6, redundancy=0.5, min_fill=20, trim_from=80,
)


@dataclasses.dataclass
class Item:
    article: object
    sentences: tuple
    features: np.ndarray
    reference: str


def prepare(path: Path, cfg: BriefConfig) -> list[Item]:
    """Clean, segment and featurise every record once (the slow part)."""
    items = []
    for record in read_records(path):
        raw = load.from_text(record["text"], str(record.get("id", "")), cfg)
        article = clean.clean(raw, cfg, title=record.get("title") or None)
        sentences = segment.segment(article, cfg)
        items.append(Item(article, sentences, rank.sentence_features(sentences, article, cfg), record["summary"]))
    return items


def score(items: list[Item], weights: rank.RankWeights, cfg: BriefConfig) -> tuple[float, float, float]:
    """Mean char ROUGE-1/2/L F1 (percent) of brief's summaries with ``weights``."""
    w = weights.vector()
    totals = np.zeros(3)
    for item in items:
        scores = (item.features @ w).tolist()
        summary = rank.select_summary(item.sentences, scores, item.article, cfg, weights=weights)
        r = rouge("".join(s.text for s in summary), item.reference)
        totals += (r.r1, r.r2, r.rl)
    return tuple(100 * totals / max(len(items), 1))


def lead_score(items: list[Item], budget: int) -> tuple[float, float, float]:
    totals = np.zeros(3)
    for item in items:
        r = rouge(lead(item.sentences, budget), item.reference)
        totals += (r.r1, r.r2, r.rl)
    return tuple(100 * totals / max(len(items), 1))


def fit(items: list[Item], cfg: BriefConfig, start: rank.RankWeights, rounds: int) -> rank.RankWeights:
    """Coordinate ascent over ``GRID``; ties keep the current value (deterministic)."""
    best = start
    best_value = statistics.mean(score(items, best, cfg))
    for _ in range(rounds):
        improved = False
        for name, values in GRID.items():
            for value in values:
                if value == getattr(best, name):
                    continue
                trial = dataclasses.replace(best, **{name: value})
                v = statistics.mean(score(items, trial, cfg))
                if v > best_value + 1e-9:
                    best, best_value, improved = trial, v, True
        if not improved:
            break
    return best


def fmt(r: tuple[float, float, float]) -> str:
    return " ".join(f"{x:6.2f}" for x in r)


_JOB: tuple = ()


def _fit_fold(fold: int) -> rank.RankWeights:
    items, cfg, args = _JOB
    train = [it for i, it in enumerate(items) if i % args.folds != fold]  # fold == folds: all data
    return fit(train, cfg, START, args.rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--budget", type=int, default=200)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"{args.data}: not found (the shared data lives in ../shared/data)")
    cfg = BriefConfig(budget=args.budget)
    t0 = time.perf_counter()
    items = prepare(args.data, cfg)
    print(f"{len(items)} articles prepared in {time.perf_counter() - t0:.1f}s")
    current, base = score(items, rank.WEIGHTS, cfg), lead_score(items, args.budget)
    print(f"current weights, all data: brief {fmt(current)} | lead {fmt(base)}")

    global _JOB
    _JOB = (items, cfg, args)
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        fitted = pool.map(_fit_fold, range(args.folds + 1))  # the last one fits on all data
    print(f"\n{'fold':>4} {'n':>4} | {'brief R1   R2     RL':>20} | {'lead R1    R2     RL':>20} | ΔR2    ΔRL")
    deltas = []
    for fold, weights in enumerate(fitted[:-1]):
        test = [it for i, it in enumerate(items) if i % args.folds == fold]
        ours, base = score(test, weights, cfg), lead_score(test, args.budget)
        deltas.append((ours, base))
        gains = f"{ours[1] - base[1]:+5.2f} {ours[2] - base[2]:+5.2f}"
        print(f"{fold:>4} {len(test):>4} | {fmt(ours)} | {fmt(base)} | {gains}")
        print(f"      fitted: {weights}")
    for k, name in enumerate(("R1", "R2", "RL")):
        held = [o[k] for o, _ in deltas]
        gain = [o[k] - b[k] for o, b in deltas]
        print(
            f"{name}: held-out mean {statistics.mean(held):.2f} (min {min(held):.2f}, max {max(held):.2f}, "
            f"sd {statistics.stdev(held):.2f}); gain over lead mean {statistics.mean(gain):+.2f} "
            f"(min {min(gain):+.2f}, max {max(gain):+.2f})"
        )
    final = fitted[-1]
    print(f"\nfitted on all data: {final}\n  → brief {fmt(score(items, final, cfg))}")
    print(f"done in {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
