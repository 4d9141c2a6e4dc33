"""Evaluation: character-level ROUGE-1/2/L F1, the Lead baseline and an optional textrank4zh runner.

Text is compared as a sequence of characters after dropping punctuation and whitespace (letters and
digits kept, ASCII lower-cased), so Chinese needs no word segmentation and scores do not depend on jieba.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .config import BriefConfig
from .errors import InputError
from .models import Sentence
from .written import Written

log = logging.getLogger(__name__)

_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True, slots=True)
class Rouge:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate, each in [0, 1]."""

    r1: float
    r2: float
    rl: float


@dataclass(frozen=True, slots=True)
class EvalRow:
    """Mean ROUGE F1 (in percent) of one system over a data set."""

    system: str
    r1: float
    r2: float
    rl: float
    articles: int
    seconds: float  # total analysis time of this system


@dataclass(frozen=True, slots=True)
class EvalTable:
    """What ``brief eval`` prints: one row per system, brief first."""

    path: str
    budget: int
    rows: tuple[EvalRow, ...]
    failures: int  # records brief could not process (scored as empty summaries)


def rouge_chars(text: str) -> str:
    """The characters ROUGE compares: letters and digits only, ASCII lower-cased."""
    return "".join(ch for ch in text if ch.isalnum()).translate(_ASCII_UPPER)


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if overlap == 0 or candidate == 0 or reference == 0:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def _ngram_f1(cand: str, ref: str, n: int) -> float:
    c = Counter(cand[i : i + n] for i in range(len(cand) - n + 1))
    r = Counter(ref[i : i + n] for i in range(len(ref) - n + 1))
    overlap = sum((c & r).values())
    return _f1(overlap, max(len(cand) - n + 1, 0), max(len(ref) - n + 1, 0))


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence (bit-parallel, Hyyrö 2004): O(len(b)) big-int steps."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def rouge(candidate: str, reference: str) -> Rouge:
    """Character-level ROUGE-1/2/L F1 of ``candidate`` against ``reference``."""
    cand, ref = rouge_chars(candidate), rouge_chars(reference)
    return Rouge(
        r1=_ngram_f1(cand, ref, 1),
        r2=_ngram_f1(cand, ref, 2),
        rl=_f1(lcs_length(cand, ref), len(cand), len(ref)),
    )


def lead(sentences: Sequence[Sentence] | Sequence[str], budget: int) -> str:
    """Lead baseline: the article's first sentences, in order, while their total length fits ``budget``.

    If the first sentence alone is longer than the budget it is cut to the budget, so Lead never
    returns nothing for a non-empty article.
    """
    texts = [s if isinstance(s, str) else s.text for s in sentences]
    out: list[str] = []
    used = 0
    for text in texts:
        if used + len(text) > budget:
            break
        out.append(text)
        used += len(text)
    if not out and texts:
        out.append(texts[0][:budget])
    return "".join(out)


def textrank4zh_summary(text: str, budget: int) -> str | None:
    """textrank4zh 0.3's ranked sentences up to ``budget``, in document order; None if not installed.

    Sentences are taken in rank order, skipping any that no longer fit (as brief does).
    """
    ranker = _textrank4zh_ranker()
    if ranker is None:
        return None
    with warnings.catch_warnings():  # networkx 2.x deprecation notices from textrank4zh's own calls
        warnings.simplefilter("ignore")
        ranker.analyze(text=text, lower=True, source="all_filters")
        ranked = ranker.get_key_sentences(num=len(ranker.sentences))
    chosen: list[tuple[int, str]] = []
    used = 0
    for item in ranked:
        if used + len(item.sentence) <= budget:
            chosen.append((item.index, item.sentence))
            used += len(item.sentence)
    return "".join(sentence for _, sentence in sorted(chosen))


@cache
def _textrank4zh_ranker():
    """One TextRank4Sentence, reused: building one re-reads its stopword file."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from textrank4zh import TextRank4Sentence  # type: ignore[import-not-found]
    except ImportError:
        return None
    import jieba  # textrank4zh uses jieba's global tokenizer, which logs its dictionary load at DEBUG

    jieba.setLogLevel(logging.WARNING)
    return TextRank4Sentence()


def textrank4zh_available() -> bool:
    """True when the optional ``bench`` extra (textrank4zh with networkx < 3) imports."""
    return _textrank4zh_ranker() is not None


def read_records(path: Path | str) -> list[dict]:
    """Records of a JSONL evaluation file; each needs ``text`` and ``summary`` (``title`` optional)."""
    from .load import decode

    records = []
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    lines = decode(data, str(path), "a JSONL file")[0].splitlines() if data.strip() else []  # UTF-8, GBK, UTF-16: as batch reads them
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: not JSON: {err.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not isinstance(
            record.get("summary"), str
        ):
            raise InputError(f'{path}:{number}: a record needs string "text" and "summary"')
        records.append(record)
    return records


def _mean_row(system: str, scores: list[Rouge], seconds: float) -> EvalRow:
    n = max(len(scores), 1)
    return EvalRow(
        system=system,
        r1=100 * sum(s.r1 for s in scores) / n,
        r2=100 * sum(s.r2 for s in scores) / n,
        rl=100 * sum(s.rl for s in scores) / n,
        articles=len(scores),
        seconds=seconds,
    )


def evaluate_records(
    records: Iterable[dict],
    budget: int,
    cfg: BriefConfig,
    *,
    textrank4zh: bool | None = None,
    progress: Callable[[int], None] | None = None,
    timer: Callable[[], float] | None = None,
) -> tuple[tuple[EvalRow, ...], int]:
    """Score brief, Lead and (if importable, or forced by ``textrank4zh``) textrank4zh on records.

    ``progress`` is called with 1 after each record; ``timer`` (e.g. ``time.perf_counter``) lets the
    caller time the systems, since the library does not read the clock itself.
    """
    from dataclasses import replace

    from .errors import BriefError
    from .pipeline import brief_text

    cfg = replace(cfg, budget=budget)
    use_tr = textrank4zh_available() if textrank4zh is None else textrank4zh
    clock = timer or (lambda: 0.0)
    ours: list[Rouge] = []
    leads: list[Rouge] = []
    trs: list[Rouge] = []
    t_ours = t_tr = 0.0
    failures = 0
    for i, record in enumerate(records):
        reference = record["summary"]
        start = clock()
        try:
            briefing = brief_text(record["text"], cfg, title=record.get("title") or None, name=str(record.get("id", i)))
        except BriefError as err:
            log.warning("record %s: %s", record.get("id", i), err)
            failures += 1
            ours.append(rouge("", reference))
            leads.append(rouge(lead(_naive_sentences(record["text"]), budget), reference))
        else:
            t_ours += clock() - start
            shown = Written(briefing)  # a Traditional article's as written, as its reference is
            ours.append(rouge("".join(shown(s.text, s.index) for s in briefing.summary), reference))
            leads.append(rouge(shown(lead(briefing.sentences, budget)), reference))
        if use_tr:
            start = clock()
            summary = textrank4zh_summary(record["text"], budget)
            t_tr += clock() - start
            trs.append(rouge(summary or "", reference))
        if progress is not None:
            progress(1)
    rows = [_mean_row("brief", ours, t_ours), _mean_row("lead", leads, 0.0)]
    if use_tr:
        rows.append(_mean_row("textrank4zh", trs, t_tr))
    return tuple(rows), failures


def evaluate_file(
    path: Path | str,
    budget: int,
    cfg: BriefConfig,
    progress: Callable[[int, int], None] | None = None,
    *,
    textrank4zh: bool | None = None,
    timer: Callable[[], float] | None = None,
) -> EvalTable:
    """Evaluate a JSONL file (``text``, ``summary``, optional ``title``) at a character ``budget``.

    ``progress(done, total)`` is called after each record.
    """
    records = read_records(path)
    total = len(records)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    rows, failures = evaluate_records(records, budget, cfg, textrank4zh=textrank4zh, progress=step, timer=timer)
    return EvalTable(path=str(path), budget=budget, rows=rows, failures=failures)


def _naive_sentences(text: str) -> list[str]:
    """A fallback split on 。！？ used only for Lead when brief rejects a record."""
    out, buf = [], []
    for ch in text:
        buf.append(ch)
        if ch in "。！？!?":
            out.append("".join(buf).strip())
            buf = []
    if "".join(buf).strip():
        out.append("".join(buf).strip())
    return [s for s in out if s]
