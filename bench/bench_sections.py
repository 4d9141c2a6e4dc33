"""Section and statistics accuracy on the hand-labelled set (tests/labels/sections.jsonl).

Prints section macro-F1, per-label precision/recall/F1, a confusion matrix, and fact precision/recall/F1
(a fact matches a gold fact of the same article on value and unit; each gold fact matches once).

Labels are offsets into the *raw* texts in ../shared/data: a JSONL record's ``text`` field, or the bytes of
``seed_article.txt`` decoded as UTF-8 (see tests/labels/README.md). The articles go through the whole
pipeline (load → clean → segment → stats → sections); the cleaned body is aligned back to the raw text, so
the labels survive changes in cleaning and segmentation. Each gold sentence takes the label of the predicted
sentence that overlaps it most; a gold sentence that cleaning dropped counts as predicted ``other``.

    python bench/bench_sections.py [--data ../shared/data] [--labels FILE] [--batch N ...] [--raw] [--errors]
    python bench/bench_sections.py --agreement tests/labels/second_labeller.jsonl

``--raw`` skips cleaning (the raw text is the body); ``--errors`` lists every wrong sentence and fact;
``--labels`` scores another label file; ``--batch`` only the records of those labelling batches (the
``batch`` field, tests/labels/README.md); ``--other-margin`` another margin for the layer's ``other``;
``--agreement FILE`` scores a second person's
labels of some of the articles against ``--labels`` instead of the classifier (how far two people agree).
Exits 0 with a note when the shared data is absent.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from brief import clean, load, sections, segment, stats  # noqa: E402
from brief.config import BriefConfig  # noqa: E402
from brief.models import Article, SectionKind  # noqa: E402

LABELS_FILE = ROOT / "tests" / "labels" / "sections.jsonl"
DEFAULT_DATA = ROOT / ".." / "shared" / "data"
KINDS = [kind.value for kind in SectionKind]


@dataclass
class Result:
    """Gold/predicted pairs over the whole labelled set."""

    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted) per gold sentence
    fact_gold: int = 0
    fact_pred: int = 0
    fact_match: int = 0
    errors: list[str] = field(default_factory=list)


def raw_texts(data: Path) -> dict[str, tuple[str, str]]:
    """id → (raw text, title) for every record a label file can refer to."""
    texts: dict[str, tuple[str, str]] = {}
    for name in ("govnews_dev.jsonl", "crud_dev.jsonl", "clts_samples.jsonl", "lcsts_dev.jsonl"):
        path = data / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    texts[record["id"]] = (record["text"], record.get("title") or "")
    seed = data / "seed_article.txt"
    if seed.is_file():
        texts["seed_article"] = (seed.read_bytes().decode("utf-8"), "")
    return texts


def _fold(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    folded = {"“": '"', "”": '"', "‘": "'", "’": "'"}.get(folded, folded)
    return folded[0] if len(folded) == 1 else ch


def align(body: str, raw: str) -> list[int]:
    """For each character of ``body``, its offset in ``raw`` (-1 where cleaning changed or added text)."""
    mapping = [-1] * len(body)
    matcher = difflib.SequenceMatcher(None, [_fold(c) for c in body], [_fold(c) for c in raw], autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    return mapping


def _span(mapping: list[int], start: int, end: int) -> tuple[int, int] | None:
    inside = [mapping[k] for k in range(start, end) if mapping[k] >= 0]
    return (min(inside), max(inside) + 1) if inside else None


def analyse(raw: str, title: str, name: str, cfg: BriefConfig, *, use_clean: bool):
    """(sentence spans in raw, labels, facts in raw) predicted for one article."""
    if use_clean:
        article = clean.clean(load.from_text(raw, name, cfg), cfg, title=title or None)
        mapping = align(article.body, raw)
    else:
        article = Article(title=title, body=raw, name=name)
        mapping = list(range(len(raw)))
    sentences = segment.segment(article, cfg)
    facts = stats.extract_statistics(sentences, cfg)
    labels = sections.classify(sentences, facts, article, cfg)
    spans = [_span(mapping, s.start, s.end) for s in sentences]
    predicted = [(span, label.kind.value) for span, label in zip(spans, labels, strict=True) if span]
    predicted_facts = []
    for fact in facts:
        span = _span(mapping, fact.start, fact.end)
        if span:
            predicted_facts.append((span, fact.value, fact.unit, fact.text))
    return predicted, predicted_facts


def evaluate(data: Path, labels_file: Path = LABELS_FILE, *, use_clean: bool = True,
             batches: frozenset[int] | None = None, rules_only: bool = False) -> Result:
    """Score the pipeline on every labelled article whose text is in ``data``."""
    cfg = BriefConfig(section_model=not rules_only)
    texts = raw_texts(data)
    result = Result()
    for gold in _records(labels_file):
        if gold["id"] not in texts or (batches is not None and gold.get("batch") not in batches):
            continue
        raw, title = texts[gold["id"]]
        predicted, predicted_facts = analyse(raw, title, gold["id"], cfg, use_clean=use_clean)
        for sent in gold["sentences"]:
            best, overlap = SectionKind.OTHER.value, 0
            for (start, end), label in predicted:
                shared = min(end, sent["end"]) - max(start, sent["start"])
                if shared > overlap:
                    best, overlap = label, shared
            result.pairs.append((sent["label"], best))
            if best != sent["label"]:
                text = raw[sent["start"] : sent["end"]]
                result.errors.append(f"{gold['id']} [{sent['start']},{sent['end']}] {sent['label']} → {best}: {text[:80]}")
        labelled = [(s["start"], s["end"]) for s in gold["sentences"]]
        in_scope = [f for f in predicted_facts if any(a <= f[0][0] < b for a, b in labelled)]
        wanted = Counter((round(f["value"], 6), f["unit"]) for f in gold["facts"])
        got = Counter((round(value, 6), unit) for _, value, unit, _ in in_scope)
        result.fact_gold += sum(wanted.values())
        result.fact_pred += sum(got.values())
        result.fact_match += sum((wanted & got).values())
        for (value, unit), n in (wanted - got).items():
            result.errors.append(f"{gold['id']} missed fact {value:g} {unit!r} ×{n}")
        for (value, unit), n in (got - wanted).items():
            spans = [t for _, v, u, t in in_scope if (round(v, 6), u) == (value, unit)]
            result.errors.append(f"{gold['id']} extra fact {value:g} {unit!r} ×{n} ({', '.join(spans)})")
    return result


def agreement(labels_file: Path, second_file: Path) -> Result:
    """A second labelling of some articles scored against the first, sentence by sentence (same spans)."""
    first = {r["id"]: r for r in _records(labels_file)}
    result = Result()
    for other in _records(second_file):
        gold = first[other["id"]]
        theirs = {(s["start"], s["end"]): s["label"] for s in other["sentences"]}
        for sent in gold["sentences"]:
            result.pairs.append((sent["label"], theirs.get((sent["start"], sent["end"]), SectionKind.OTHER.value)))
        wanted = Counter((round(f["value"], 6), f["unit"]) for f in gold["facts"])
        got = Counter((round(f["value"], 6), f["unit"]) for f in other["facts"])
        result.fact_gold += sum(wanted.values())
        result.fact_pred += sum(got.values())
        result.fact_match += sum((wanted & got).values())
    return result


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def section_scores(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, tuple[float, float, float, int]]]:
    """Macro-F1 over the labels present in gold or predictions, and per-label (P, R, F1, support)."""
    per: dict[str, tuple[float, float, float, int]] = {}
    for kind in KINDS:
        tp = sum(1 for g, p in pairs if g == p == kind)
        n_pred = sum(1 for _, p in pairs if p == kind)
        n_gold = sum(1 for g, _ in pairs if g == kind)
        if n_pred or n_gold:
            per[kind] = (*prf(tp, n_pred, n_gold), n_gold)
    macro = sum(v[2] for v in per.values()) / len(per) if per else 0.0
    return macro, per


def section_report(pairs: list[tuple[str, str]]) -> list[str]:
    """Macro-F1, per-label precision, recall and F1, and the confusion matrix of (gold, predicted) labels."""
    macro, per = section_scores(pairs)
    lines = [f"sentences: {len(pairs)}   section macro-F1: {macro:.3f}", "", f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for kind, (p, r, f, n) in per.items():
        lines.append(f"{kind:<14}{p:>7.3f}{r:>7.3f}{f:>7.3f}{n:>6}")
    lines += ["", "confusion (rows gold, columns predicted):", " " * 14 + "".join(f"{k[:10]:>12}" for k in KINDS)]
    counts = Counter(pairs)
    for g in KINDS:
        lines.append(f"{g:<14}" + "".join(f"{counts[(g, p)]:>12}" for p in KINDS))
    return lines


def report(result: Result) -> str:
    """The printed benchmark report."""
    lines = section_report(result.pairs)
    p, r, f = prf(result.fact_match, result.fact_pred, result.fact_gold)
    lines += ["", f"facts: gold {result.fact_gold}, predicted {result.fact_pred}, matched {result.fact_match}",
              f"fact P {p:.3f}  R {r:.3f}  F1 {f:.3f}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the shared JSONL files")
    parser.add_argument("--raw", action="store_true", help="skip cleaning: analyse the raw texts")
    parser.add_argument("--errors", action="store_true", help="list every wrong sentence label and fact")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE, help="label file to score against")
    parser.add_argument("--batch", type=int, nargs="+", help="only the records of these labelling batches")
    parser.add_argument("--agreement", type=Path, help="a second labelling: score it against --labels")
    parser.add_argument("--rules", action="store_true", help="the section rules alone, without the learned layer "
                        "(which was fitted on tests/labels/sections.jsonl: scores on those articles are in-sample)")
    parser.add_argument("--other-margin", type=float, help="how much surer of other than of any section the layer "
                        "must be to call a sentence other (log-odds; default: the shipped sections.OTHER_MARGIN)")
    args = parser.parse_args(argv)
    if args.other_margin is not None:
        sections.OTHER_MARGIN = args.other_margin
    if args.agreement:
        print(report(agreement(args.labels, args.agreement)))
        return 0
    if not args.data.is_dir():
        print(f"shared data not found at {args.data}; nothing to benchmark")
        return 0
    result = evaluate(args.data, args.labels, use_clean=not args.raw,
                      batches=frozenset(args.batch) if args.batch else None, rules_only=args.rules)
    print(report(result))
    if not args.rules and args.labels.resolve() == LABELS_FILE.resolve():
        print("\nThe learned layer was fitted on these labels, so its section scores here are in-sample. What to expect "
              "on\narticles it has not seen: python bench/bench_learned_sections.py (cross-validated by article).")
    if args.errors:
        print("\nerrors:")
        print("\n".join(result.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
