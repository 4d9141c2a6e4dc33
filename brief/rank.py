"""Ranking: PageRank on sparse matrices, sentence scores, budgeted key-sentence selection, keywords.

Sentence score = a fitted linear mix of news features (``FEATURES``): TextRank centrality, position
(lead bias), similarity to the title, length, numbers. ``bench/fit_rank.py`` fits the weights on
crud_dev by 5-fold cross-validation. Selection is greedy by score with a hard redundancy rule and an
exact character budget; the budget's remainder is filled with a clause-trimmed sentence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from scipy import sparse

from .config import BriefConfig
from .models import Article, Keyword, Scored, Sentence

# POS tags (jieba/ICTCLAS) of function words: never content for similarity.
_FUNCTION_TAGS = frozenset({"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "y", "e", "o", "r", "rr", "rz", "d", "w"})
_ENTITY_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nrfg", "nz"})
_CLAUSE_ENDS = "，；：、,;:"  # trimming points, strongest last in preference order below
ELLIPSIS = "…"  # marks a sentence trimmed at a clause boundary (counts toward the budget)

FEATURES = ("centrality", "first", "position", "title", "numbers", "short", "long")


@dataclass(frozen=True, slots=True)
class RankWeights:
    """Fitted weights of ``FEATURES`` and the selection knobs (see bench/fit_rank.py)."""

    centrality: float = 0.25
    first: float = 1.0
    position: float = 1.0
    title: float = 1.0
    numbers: float = 0.0
    short: float = -1.0
    long: float = 0.0
    redundancy: float = 0.5  # bigram containment at/above which a sentence counts as a near-duplicate
    min_fill: int = 12  # smallest remainder worth filling with a trimmed clause


WEIGHTS = RankWeights()


# ---------------------------------------------------------------- PageRank


def pagerank(matrix: sparse.spmatrix | np.ndarray, cfg: BriefConfig) -> np.ndarray:
    """PageRank of a weighted graph (``matrix[i, j]`` = weight of edge i → j) by power iteration.

    Rows with no out-weight (dangling nodes) spread their rank uniformly. Stops when the L1 change
    falls below ``cfg.tolerance`` or after ``cfg.max_iterations``; the result sums to 1.
    """
    m = sparse.csr_matrix(matrix, dtype=np.float64)
    n = m.shape[0]
    if n == 0:
        return np.zeros(0)
    out = np.asarray(m.sum(axis=1)).ravel()
    dangling = out <= 0
    inv = np.divide(1.0, out, out=np.zeros(n), where=~dangling)
    transition_t = (sparse.diags(inv) @ m).T.tocsr()  # column-stochastic (except dangling columns)
    d = cfg.damping
    x = np.full(n, 1.0 / n)
    for _ in range(cfg.max_iterations):
        new = d * (transition_t @ x + x[dangling].sum() / n) + (1.0 - d) / n
        new /= new.sum()
        delta = np.abs(new - x).sum()
        x = new
        if delta < cfg.tolerance:
            break
    return x


# ---------------------------------------------------------------- sentence features


def _is_content(token: str, tag: str) -> bool:
    return tag not in _FUNCTION_TAGS and any(ch.isalnum() for ch in token)


def _term_matrix(bags: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Sentence × term count matrix of token bags (vocabulary in first-occurrence order)."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, bag in enumerate(bags):
        for token in bag:
            rows.append(i)
            cols.append(vocab.setdefault(token, len(vocab)))
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(bags), max(len(vocab), 1)))


def textrank_similarity(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """textrank4zh's similarity: shared distinct words / (log|a| + log|b|), zero diagonal."""
    binary = (counts > 0).astype(np.float64)
    overlap = (binary @ binary.T).tocoo()
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    logs = np.log(np.maximum(lengths, 1.0))
    denom = logs[overlap.row] + logs[overlap.col]
    keep = (overlap.row != overlap.col) & (denom > 1e-12)
    vals = overlap.data[keep] / denom[keep]
    return sparse.csr_matrix((vals, (overlap.row[keep], overlap.col[keep])), shape=overlap.shape)


def cosine_similarity(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Cosine similarity of tf·idf sentence vectors, zero diagonal."""
    n = counts.shape[0]
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log((n + 1) / (df + 0.5))
    weighted = counts @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inv = np.divide(1.0, norms, out=np.zeros(n), where=norms > 0)
    unit = sparse.diags(inv) @ weighted
    sim = (unit @ unit.T).tocsr()
    sim.setdiag(0.0)
    sim.eliminate_zeros()
    return sim


def _bigrams(text: str) -> set[str]:
    chars = "".join(ch for ch in text if ch.isalnum())
    return {chars[i : i + 2] for i in range(len(chars) - 1)} or ({chars} if chars else set())


def sentence_features(
    sentences: Sequence[Sentence], article: Article, cfg: BriefConfig, *, similarity: str = "textrank"
) -> np.ndarray:
    """Feature matrix (sentences × ``FEATURES``), each column on a comparable scale."""
    n = len(sentences)
    feats = np.zeros((n, len(FEATURES)))
    if n == 0:
        return feats
    bags = [[t for t, g in zip(s.tokens, s.tags) if _is_content(t, g)] for s in sentences]
    counts = _term_matrix(bags)
    sim = textrank_similarity(counts) if similarity == "textrank" else cosine_similarity(counts)
    centrality = pagerank(sim, cfg) * n  # mean 1
    index = np.arange(n, dtype=np.float64)
    title = _bigrams(article.title)
    lengths = np.array([sum(ch.isalnum() for ch in s.text) for s in sentences], dtype=np.float64)
    feats[:, 0] = centrality - 1.0
    feats[:, 1] = index == 0
    feats[:, 2] = 1.0 / (1.0 + index)
    if title:
        feats[:, 3] = [len(_bigrams(s.text) & title) / len(title) for s in sentences]
    feats[:, 4] = [any(ch.isdigit() for ch in s.text) for s in sentences]
    feats[:, 5] = np.clip((15.0 - lengths) / 15.0, 0.0, 1.0)  # very short: headings, datelines
    feats[:, 6] = np.clip((lengths - 120.0) / 120.0, 0.0, 1.0)  # very long
    return feats


def rank_sentences(
    sentences: Sequence[Sentence], article: Article, cfg: BriefConfig, *, weights: RankWeights = WEIGHTS
) -> tuple[float, ...]:
    """One score per sentence (higher = more summary-worthy); deterministic."""
    feats = sentence_features(sentences, article, cfg)
    w = np.array([getattr(weights, name) for name in FEATURES])
    return tuple(float(v) for v in feats @ w)


# ---------------------------------------------------------------- selection


def _containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller bigram set found in the other: 1.0 for identical or contained sentences."""
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / min(len(a), len(b))


def trim_to_clause(text: str, limit: int) -> str | None:
    """The longest prefix of ``text`` ending at a clause boundary (，；：、) that fits ``limit`` with the
    ellipsis; None when no clause boundary fits. The boundary mark is replaced by ``…``."""
    if limit < 2:
        return None
    for cut in range(min(len(text) - 1, limit - 1), 0, -1):
        if text[cut - 1] in _CLAUSE_ENDS:
            head = text[: cut - 1].rstrip()
            if sum(ch.isalnum() for ch in head) >= 4:
                return head + ELLIPSIS
    return None


def select_summary(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    article: Article,
    cfg: BriefConfig,
    *,
    weights: RankWeights = WEIGHTS,
) -> tuple[Scored, ...]:
    """Greedy budgeted selection, output in document order.

    - Candidates are taken by score, ties by index; one whose bigram containment with an already chosen
      sentence is ≥ ``weights.redundancy`` is never chosen (identical sentences have containment 1).
    - The summed length of the returned texts never exceeds ``cfg.budget``; at most
      ``cfg.max_summary_sentences`` items.
    - A remainder of at least ``weights.min_fill`` characters is filled with the best remaining
      non-redundant sentence trimmed at a clause boundary (ending in ``…``).
    - Never empty for a non-empty article: if nothing fits, the best sentence is trimmed at a clause
      boundary, or failing that cut to ``budget - 1`` characters plus ``…``.
    """
    n = len(sentences)
    if n == 0:
        return ()
    budget, cap = cfg.budget, cfg.max_summary_sentences
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    grams = [_bigrams(s.text) for s in sentences]
    chosen: dict[int, str] = {}
    used = 0

    def redundant(i: int) -> bool:
        return any(_containment(grams[i], grams[j]) >= weights.redundancy for j in chosen)

    for i in order:
        if len(chosen) >= cap or budget - used < 2:
            break
        text = sentences[i].text
        if len(text) <= budget - used and not redundant(i):
            chosen[i] = text
            used += len(text)
    if len(chosen) < cap and budget - used >= max(weights.min_fill, 2):
        for i in order:
            if i in chosen or redundant(i):
                continue
            trimmed = trim_to_clause(sentences[i].text, budget - used)
            if trimmed is not None:
                chosen[i] = trimmed
                used += len(trimmed)
                break
    if not chosen:
        best = order[0]
        text = sentences[best].text
        chosen[best] = trim_to_clause(text, budget) or text[: budget - 1] + ELLIPSIS
    return tuple(Scored(index=i, text=chosen[i], score=float(scores[i])) for i in sorted(chosen))


# ---------------------------------------------------------------- keywords


@cache
def _read_stopwords(path: str | None) -> frozenset[str]:
    if path is None:
        text = resources.files("brief").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip()))


def stopwords(cfg: BriefConfig) -> frozenset[str]:
    """The built-in stoplist of function words and generic officialese, plus ``cfg.stopwords``."""
    words = _read_stopwords(None)
    if cfg.stopwords is not None:
        words = words | _read_stopwords(str(cfg.stopwords))
    return words


def _is_keyword_candidate(token: str, tag: str, cfg: BriefConfig, stop: frozenset[str]) -> bool:
    return (
        len(token) >= 2
        and token not in stop
        and (tag in cfg.keyword_pos or tag in _ENTITY_TAGS)
        and any(ch.isalpha() for ch in token)
    )


def rank_keywords(sentences: Sequence[Sentence], article: Article, cfg: BriefConfig) -> tuple[Keyword, ...]:
    """TextRank keywords and merged keyphrases, best first, at most ``cfg.keywords``.

    Words: tokens whose POS is in ``cfg.keyword_pos`` (or a place/organisation/person tag), at least two
    characters, not stopwords; edges join candidates within ``cfg.keyword_window`` of each other in a
    sentence. Places, organisations and people get a 1.5× weight. Keyphrases: runs of adjacent top
    words that occur at least twice in the text (扫黑 + 除恶 → 扫黑除恶), weighted by their best word
    plus half of the rest; a word that occurs mostly inside its phrase is dropped. Ties go to the
    earlier first occurrence.
    """
    if cfg.keywords == 0 or not sentences:
        return ()
    stop = stopwords(cfg)
    vocab: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    tag_of: dict[str, str] = {}
    seqs: list[list[int]] = []  # per sentence: vocab ids of candidates, in order
    position = 0
    for s in sentences:
        ids = []
        for token, tag in zip(s.tokens, s.tags):
            position += 1
            if _is_keyword_candidate(token, tag, cfg, stop):
                ids.append(vocab.setdefault(token, len(vocab)))
                first_seen.setdefault(token, position)
                tag_of.setdefault(token, tag)
        seqs.append(ids)
    if not vocab:
        return ()
    words = list(vocab)
    rows, cols = [], []
    for ids in seqs:
        arr = np.asarray(ids, dtype=np.int64)
        for off in range(1, cfg.keyword_window):
            if off >= len(arr):
                break
            rows.append(arr[:-off])
            cols.append(arr[off:])
    k = len(words)
    if rows:
        r, c = np.concatenate(rows), np.concatenate(cols)
        keep = r != c
        r, c = r[keep], c[keep]
        graph = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(k, k))
        graph = ((graph + graph.T) > 0).astype(np.float64)  # undirected, unweighted (as textrank4zh)
        rank = pagerank(graph, cfg)
    else:
        rank = np.full(k, 1.0 / k)
    boost = np.array([1.5 if tag_of[w] in _ENTITY_TAGS else 1.0 for w in words])
    weight = {w: float(rank[i] * boost[i]) for i, w in enumerate(words)}

    # keyphrases: runs of adjacent top words in the token stream, seen at least twice
    top = set(sorted(words, key=lambda w: (-weight[w], first_seen[w]))[: max(3 * cfg.keywords, 10)])
    runs: dict[tuple[str, ...], int] = {}
    run_first: dict[tuple[str, ...], int] = {}
    position = 0
    for s in sentences:
        run: list[str] = []
        for token in (*s.tokens, ""):
            position += 1
            if token in top and (not run or token != run[-1]):
                run.append(token)
                continue
            if len(run) >= 2:
                key = tuple(run[:4])
                runs[key] = runs.get(key, 0) + 1
                run_first.setdefault(key, position - len(run))
            run = [token] if token in top else []
    counts: dict[str, int] = {}
    for s in sentences:
        for token in s.tokens:
            if token in top:
                counts[token] = counts.get(token, 0) + 1
    results: dict[str, tuple[float, int]] = {}
    absorbed: dict[str, int] = {}
    for phrase, times in runs.items():
        if times < 2:
            continue
        parts = sorted((weight[w] for w in phrase), reverse=True)
        results["".join(phrase)] = (parts[0] + 0.5 * sum(parts[1:]), run_first[phrase])
        for w in phrase:
            absorbed[w] = absorbed.get(w, 0) + times
    for w in words:
        if absorbed.get(w, 0) * 3 >= 2 * counts.get(w, 1) and w in top:
            continue
        if w not in results:
            results[w] = (weight[w], first_seen[w])
    best = sorted(results.items(), key=lambda item: (-item[1][0], item[1][1]))[: cfg.keywords]
    return tuple(Keyword(word=w, weight=round(v, 6)) for w, (v, _) in best)


def keyword_score_entropy(weights: Sequence[float]) -> float:  # pragma: no cover - diagnostics only
    """Entropy of a weight distribution (for diagnostics in bench scripts)."""
    total = sum(weights) or 1.0
    return -sum(w / total * math.log(w / total) for w in weights if w > 0)
