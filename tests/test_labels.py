"""The hand-labelled set (tests/labels/sections.jsonl) against the texts in ../shared/data: the targets."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "labels" / "sections.jsonl"
KINDS = {"background", "activities", "statistics", "future_plans", "other"}


def _bench(name: str = "bench_sections"):
    """A script of bench/ as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_label_file_shape():
    records = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 16
    assert len({r["id"] for r in records}) == len(records)
    assert {r["source"] for r in records} >= {"govnews_dev.jsonl", "crud_dev.jsonl", "seed_article.txt"}
    for record in records:
        assert "text" not in record  # ids and offsets only: the texts stay in ../shared
        spans = [(s["start"], s["end"]) for s in record["sentences"]]
        assert spans == sorted(spans) and all(a < b for a, b in spans)
        assert all(prev[1] <= nxt[0] for prev, nxt in zip(spans, spans[1:]))
        assert {s["label"] for s in record["sentences"]} <= KINDS
        for fact in record["facts"]:
            assert fact["start"] < fact["end"] and isinstance(fact["value"], float) and isinstance(fact["unit"], str)


def test_second_labelling_covers_labelled_articles_span_for_span():
    first = {json.loads(line)["id"]: json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()}
    seconds = sorted(LABELS.parent.glob("second_labeller*.jsonl"))
    assert len(seconds) == 2
    for line in (line for second in seconds for line in second.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        spans = [(s["start"], s["end"]) for s in record["sentences"]]
        assert spans == [(s["start"], s["end"]) for s in first[record["id"]]["sentences"]]
        assert {s["label"] for s in record["sentences"]} <= KINDS


@pytest.fixture(scope="module")
def result():
    """The section rules alone: the learned layer was fitted on these labels, so its scores here are in-sample."""
    bench = _bench()
    data = ROOT.parent / "shared" / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not present")
    return bench, bench.evaluate(data, rules_only=True)


@pytest.fixture(scope="module")
def layered():
    """The whole pipeline, the learned layer included (in-sample on the articles it was fitted on)."""
    bench = _bench()
    data = ROOT.parent / "shared" / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not present")
    return bench, bench.evaluate(data)


def _has_numeral(span: str) -> bool:
    return any(ch.isdigit() or ch in "一二两三四五六七八九十百千万亿半" for ch in span)


def test_labels_point_at_the_shared_texts(result):
    bench, _ = result
    texts = bench.raw_texts(ROOT.parent / "shared" / "data")
    for line in (line for path in (LABELS, SHORT_POSTS) for line in path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        raw, _ = texts[record["id"]]
        for sentence in record["sentences"]:
            assert raw[sentence["start"] : sentence["end"]].strip()
        for fact in record["facts"]:
            span = raw[fact["start"] : fact["end"]]
            assert _has_numeral(span), span


SECTION_TARGET = 0.85  # issue 4, on articles the layer was not fitted on
SECTION_FLOOR = 0.62  # regression guard of the rules: 0.629 measured on the 513 labelled articles (470 labelled blind)
LAYER_FLOOR = 0.94  # the learned layer, fitted on all 513 (refitted in session 10): 0.971 measured; lower means a stale model
# the layer with its own settings, 10-fold by article: 0.658 measured in session 18 (0.659 in 17, 0.661 in 16, 0.662 in 15,
# 0.663 in 14, 0.656 in 10)
CROSS_VALIDATED_FLOOR = 0.655
FACT_FLOOR = 0.95  # 0.966 measured; issue 4 asks for 0.90


@pytest.fixture(scope="module")
def cross_validated():
    """Every labelled sentence labelled by a layer fitted without its article, with the shipped model's settings:
    the in-sample score says little, the layer being fitted on these very labels."""
    data = ROOT.parent / "shared" / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not present")
    bench, learned = _bench(), _bench("bench_learned_sections")
    model = json.loads((ROOT / "brief" / "data" / "sections_model.json").read_text(encoding="utf-8"))
    rows = learned.labelled_rows(data)
    pairs = learned.cross_validate(
        rows, l2=model["l2"], balance=model["balance"], words=model["words"], min_count=model["min_count"],
        word_power=model.get("word_power", 0.0),
    )
    return bench, bench.section_scores(pairs)[0]


@pytest.mark.xfail(
    reason="issue 4 target 0.85 is not met: 0.690 with the learned layer cross-validated by article (0.968 "
    "in-sample), 0.657 with the rules alone; on sets labelled blind and kept sealed until scored, 0.476-0.696 "
    "with the layer, 0.442-0.649 without; see tests/labels/README.md",
    strict=False,
)
def test_section_macro_f1_target(cross_validated):
    _, macro = cross_validated
    assert macro >= SECTION_TARGET


def test_the_cross_validated_layer_beats_its_floor(cross_validated):
    _, macro = cross_validated
    assert macro >= CROSS_VALIDATED_FLOOR


def test_section_macro_f1_floor(result):
    bench, scores = result
    macro, _ = bench.section_scores(scores.pairs)
    assert macro >= SECTION_FLOOR, bench.report(scores)


def test_the_learned_layer_fits_the_labels_it_was_fitted_on(layered):
    bench, scores = layered
    macro, _ = bench.section_scores(scores.pairs)
    assert macro >= LAYER_FLOOR, bench.report(scores)


def test_fact_f1_target(result):
    bench, scores = result
    _, _, f1 = bench.prf(scores.fact_match, scores.fact_pred, scores.fact_gold)
    assert f1 >= FACT_FLOOR, bench.report(scores)


SHORT_POSTS = ROOT / "tests" / "labels" / "lcsts.jsonl"  # 180 LCSTS posts, labelled blind in session 8, not fitted on
SHORT_POST_SECTION_FLOOR = 0.60  # 0.637 measured with the layer (0.597, 0.567 and 0.583 on its thirds when scored sealed)
SHORT_POST_FACT_FLOOR = 0.93  # 0.952 measured; its thirds 0.904, 0.867 and 0.925 when scored sealed with the code of the time


def test_short_posts_labelled_blind():
    records = [json.loads(line) for line in SHORT_POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == 180 and {r["source"] for r in records} == {"lcsts_dev.jsonl"}
    assert all("text" not in r for r in records)
    bench = _bench()
    data = ROOT.parent / "shared" / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not present")
    scores = bench.evaluate(data, SHORT_POSTS)
    macro, _ = bench.section_scores(scores.pairs)
    _, _, f1 = bench.prf(scores.fact_match, scores.fact_pred, scores.fact_gold)
    assert len(scores.pairs) == 586
    assert macro >= SHORT_POST_SECTION_FLOOR and f1 >= SHORT_POST_FACT_FLOOR, bench.report(scores)


SUBJECTS = ROOT / "tests" / "labels" / "subjects.jsonl"
SUBJECT_EXACT_FLOOR = 0.665  # 0.681 measured on the 2,323 labelled subjects (most of them scored sealed first)
SUBJECT_F1_FLOOR = 0.785  # 0.799 measured


def test_subject_label_file_shape():
    records = [json.loads(line) for line in SUBJECTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(len(r["facts"]) for r in records) >= 2305
    for record in records:
        assert "text" not in record and set(record) == {"id", "batch", "facts"}  # ids and offsets only
        for fact in record["facts"]:
            assert fact["start"] < fact["end"]
            assert all(a < b for a, b in fact["subject"])


def test_subject_labels_point_at_the_shared_texts(result):
    bench, _ = result
    texts = bench.raw_texts(ROOT.parent / "shared" / "data")
    for line in SUBJECTS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw, _ = texts[record["id"]]
        for fact in record["facts"]:
            assert _has_numeral(raw[fact["start"] : fact["end"]])
            for a, b in fact["subject"]:
                assert raw[a:b].strip() and abs(a - fact["start"]) < 300  # in the fact's sentence


def test_fact_subjects_floor():
    data = ROOT.parent / "shared" / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not present")
    n, exact, total_f1, missing, errors = _bench("bench_subjects").evaluate(data)
    assert n >= 2305 and missing == 0
    assert exact / n >= SUBJECT_EXACT_FLOOR, "\n".join(errors[:40])
    assert total_f1 / n >= SUBJECT_F1_FLOOR, "\n".join(errors[:40])
