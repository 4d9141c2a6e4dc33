"""How well statistics facts name what they count: the ``subject`` field against hand-labelled subjects.

    python bench/bench_subjects.py [--data ../shared/data] [--batch N ...] [--errors]

Labels (tests/labels/subjects.jsonl, tests/labels/README.md) give, for facts the pipeline found, the raw-text
span of the fact and the spans a labeller accepts as its subject (the first is the labeller's choice; an empty
list means the sentence names nothing). A predicted fact is the one whose span maps onto the labelled span.
Two scores: **exact**, the share of facts whose subject is one of the accepted spans (or empty when none is);
**char-F1**, the F1 of the characters shared with the best accepted span (partial credit: 厂房项目面积 for
在建厂房项目面积). Exits 0 with a note when the shared data is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_sections as bs  # noqa: E402

from brief import clean, load, segment, stats  # noqa: E402
from brief.config import BriefConfig  # noqa: E402

LABELS_FILE = ROOT / "tests" / "labels" / "subjects.jsonl"


def char_f1(predicted: str, gold: str) -> float:
    """F1 of the characters two strings share (1 when both are empty)."""
    if not predicted or not gold:
        return float(predicted == gold)
    shared = sum((Counter(predicted) & Counter(gold)).values())
    if not shared:
        return 0.0
    p, r = shared / len(predicted), shared / len(gold)
    return 2 * p * r / (p + r)


def evaluate(data: Path, labels_file: Path = LABELS_FILE, batches: frozenset[int] | None = None):
    """(facts scored, exact matches, summed char-F1, facts not found, error lines)."""
    cfg = BriefConfig()
    texts = bs.raw_texts(data)
    n = exact = 0
    total_f1 = 0.0
    missing = 0
    errors = []
    for gold in bs._records(labels_file):
        if gold["id"] not in texts or (batches is not None and gold.get("batch") not in batches):
            continue
        raw, title = texts[gold["id"]]
        article = clean.clean(load.from_text(raw, gold["id"], cfg), cfg, title=title or None)
        mapping = bs.align(article.body, raw)
        facts = stats.extract_statistics(segment.segment(article, cfg), cfg)
        by_span = {bs._span(mapping, f.start, f.end): f.subject for f in facts}
        by_start = {span[0]: subject for span, subject in by_span.items() if span}  # a unit read longer (台 → 台次)
        for fact in gold["facts"]:
            span = (fact["start"], fact["end"])
            accepted = [raw[a:b] for a, b in fact["subject"]] or [""]
            if span in by_span:
                predicted = by_span[span]
            elif span[0] in by_start:
                predicted = by_start[span[0]]
            elif covering := [subject for sp, subject in by_span.items() if sp and sp[0] <= span[0] < sp[1]]:
                predicted = covering[0]  # now read inside a range (500元至1000元)
            else:
                missing += 1
                predicted = ""
            n += 1
            hit = predicted in accepted
            exact += hit
            best = max(char_f1(predicted, want) for want in accepted)
            total_f1 += best
            if not hit:
                errors.append(f"{gold['id']} {raw[span[0]:span[1]]}: {predicted!r} ≠ {' | '.join(map(repr, accepted))}")
    return n, exact, total_f1, missing, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=bs.DEFAULT_DATA, help="folder with the shared JSONL files")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE, help="subject label file")
    parser.add_argument("--batch", type=int, nargs="+", help="only the records of these labelling batches")
    parser.add_argument("--errors", action="store_true", help="list every fact whose subject is not accepted")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"shared data not found at {args.data}; nothing to benchmark")
        return 0
    n, exact, total_f1, missing, errors = evaluate(args.data, args.labels, frozenset(args.batch) if args.batch else None)
    if not n:
        print("no labelled fact found in the data")
        return 0
    print(f"facts: {n} ({missing} no longer found)   subject exact: {exact / n:.3f}   char-F1: {total_f1 / n:.3f}")
    if args.errors:
        print("\nerrors:")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
