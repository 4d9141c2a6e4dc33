"""evaluate: character-level ROUGE on tiny strings with hand-computed values, Lead, eval over a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief import evaluate
from brief.config import BriefConfig
from brief.errors import InputError

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.mark.parametrize(
    ("candidate", "reference", "r1", "r2", "rl"),
    [
        # a b c / a b d: unigrams 2 of 3 each way; bigrams {ab, bc} vs {ab, bd}: 1 of 2; LCS "ab"
        ("abc", "abd", 2 / 3, 1 / 2, 2 / 3),
        # 我爱北京天安门 (7) vs 我爱天安门 (5): 5 shared chars, P 5/7 R 1 → F 10/12;
        # bigrams 3 shared of 6 and 4 → F 0.6; LCS 5 → 10/12. Punctuation is dropped.
        ("我爱北京，天安门。", "我爱天安门", 10 / 12, 0.6, 10 / 12),
        # ASCII is lower-cased, % and spaces dropped
        ("GDP 增长5%", "gdp增长5", 1.0, 1.0, 1.0),
        # clipped counts: aaa vs a → overlap 1, P 1/3, R 1 → F 0.5; no bigram in "a"
        ("aaa", "a", 0.5, 0.0, 0.5),
        ("", "参考", 0.0, 0.0, 0.0),
        ("。，！", "参考", 0.0, 0.0, 0.0),
        # reversed order: unigrams all shared, no bigram shared, LCS 1 of 3
        ("丙乙甲", "甲乙丙", 1.0, 0.0, 1 / 3),
    ],
)
def test_rouge_hand_computed(candidate, reference, r1, r2, rl):
    score = evaluate.rouge(candidate, reference)
    assert (score.r1, score.r2, score.rl) == pytest.approx((r1, r2, rl))


def test_rouge_chars_keeps_letters_and_digits_only():
    assert evaluate.rouge_chars("“ABC”，１２ 万\n元；x_y") == "abc１２万元xy"


def _lcs_dp(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if ca == cb else max(row[j], row[j - 1])
    return row[-1]


@given(st.text(alphabet="甲乙丙丁ab", max_size=40), st.text(alphabet="甲乙丙丁ab", max_size=40))
def test_bit_parallel_lcs_matches_dynamic_programming(a, b):
    assert evaluate.lcs_length(a, b) == _lcs_dp(a, b)


def test_lead_takes_sentences_that_fit_and_never_returns_nothing():
    assert evaluate.lead(["一二三。", "四五六七。", "八。"], 9) == "一二三。四五六七。"
    assert evaluate.lead(["一二三。", "四五六七八九十。", "八。"], 9) == "一二三。"
    assert evaluate.lead(["一二三四五六七八九十。"], 5) == "一二三四五"
    assert evaluate.lead([], 5) == ""


def test_read_records_rejects_bad_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "正文"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        evaluate.read_records(path)
    with pytest.raises(InputError, match="cannot read"):
        evaluate.read_records(tmp_path / "missing.jsonl")


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_read_records_reads_the_encodings_batch_reads(tmp_path, encoding):
    path = tmp_path / "eval.jsonl"
    record = {"text": "市政府召开常务会议，研究部署近期重点工作。", "summary": "市政府召开常务会议。"}
    path.write_bytes((json.dumps(record, ensure_ascii=False) + "\n").encode(encoding))
    assert evaluate.read_records(path) == [record]


def test_evaluate_file_scores_brief_and_lead(tmp_path):
    text = (
        "酒泉市司法局12月4日举办国家宪法日宣传活动。活动共发放宣传资料两万余份，接受群众咨询三百余人次。"
        "市司法局负责人表示，将继续深入开展法治宣传教育。"
    )
    path = tmp_path / "tiny.jsonl"
    record = {"id": "a", "title": "酒泉市举办国家宪法日宣传活动", "text": text, "summary": "酒泉市司法局举办宪法日宣传活动。"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    calls = []
    table = evaluate.evaluate_file(
        path, 60, BriefConfig(), lambda done, total: calls.append((done, total)), textrank4zh=False
    )
    assert calls == [(1, 1)]
    assert [row.system for row in table.rows] == ["brief", "lead"]
    assert table.failures == 0 and table.budget == 60
    assert all(0 < row.r1 <= 100 and row.articles == 1 for row in table.rows)


@pytest.mark.skipif(not (SHARED / "crud_dev.jsonl").is_file(), reason="../shared/data not available")
def test_brief_beats_lead_on_a_crud_sample(tmp_path):
    lines = (SHARED / "crud_dev.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = evaluate.evaluate_file(sample, 200, BriefConfig(), textrank4zh=False)
    brief, lead = table.rows[0], table.rows[1]
    assert brief.rl > lead.rl


def test_textrank4zh_runner_when_installed():
    pytest.importorskip("textrank4zh")
    text = "今天天气很好。我们去公园散步。公园里有很多人在散步。"
    summary = evaluate.textrank4zh_summary(text, 20)
    assert summary and len(summary) <= 20
    assert evaluate.textrank4zh_available()
