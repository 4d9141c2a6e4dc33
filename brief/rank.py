"""Ranking: PageRank on sparse matrices, sentence scores, budgeted key-sentence selection, keywords.

Sentence score = a linear mix of news features (``FEATURES``): TextRank centrality, closeness to the
article's word centroid, position (lead bias), similarity to the title, length, form. The weights
(``WEIGHTS``) were fitted on crud_dev by ``bench/fit_rank.py`` with 5-fold cross-validation. Selection
is greedy by score with a hard redundancy rule and an exact character budget; short parentheticals are
dropped and the budget's remainder is filled with a clause-trimmed sentence.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .config import BriefConfig
from .errors import ConfigError
from .models import Article, Keyword, Scored, Sentence
from .segment import (CLAUSE_SPLIT, ELLIPSIS, LINE_ENDS, PLACED, alnum, bigrams, containment, lone_lines,
                      one_clause_a_line, title_copies, trailing_off)
from .speakers import (FRAME_CLAUSE, LEADS_ON, PERSON_TAGS, PERSON_TITLES, QUESTION_PUT, SAYING, attributions,
                       biography, in_voice, leans_back, name_speaker, opinion_voice, protocol, read_alone, reporters_trip, slogan)
from .stats import MEASURES

if TYPE_CHECKING:
    from scipy import sparse

# POS tags (jieba/ICTCLAS) of function words: never content for similarity.
_FUNCTION_TAGS = frozenset(
    {"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "y", "e", "o", "r", "rr", "rz", "d", "w"}
)
_SKIP_TAGS = _FUNCTION_TAGS | {"x"}  # segment tags punctuation x
_ENTITY_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nrfg"})  # places, organisations, people
_VERB_ALONE = 0.6  # what a plain verb's weight counts for as a keyword of its own (phrases use the full weight)
_KEPT_SHARE = 0.4  # of its characters, a key point trimmed to fit keeps at least: not a frame without its news
_TRIMMED_MIN = 12  # letters and digits a key point trimmed to fit keeps at least: 中央宣讲团成员… says nothing
_CLAUSE_ENDS = "，；：,;:"  # where a sentence may be trimmed (not inside a list: 辽宁、吉林…)

FEATURES = (
    "centrality",  # TextRank (textrank4zh's similarity) × n − 1
    "centroid",  # cosine of the sentence's content words with the article's word counts
    "first",  # the first sentence
    "position",  # 1 / (1 + index): lead bias
    "relpos",  # index / n: linear decline through the article
    "paragraph_start",  # first sentence of its paragraph
    "title",  # share of the title's character bigrams found in the sentence
    "numbers",  # contains a digit
    "short",  # (15 − length) / 15 below 15 characters: headings, datelines, chrome
    "long",  # (length − 120) / 120 above 120 characters
    "question",  # ends with a question mark
    "fragment",  # does not end with 。！？… (a ；-clause or an unterminated line)
)


@dataclass(frozen=True, slots=True)
class RankWeights:
    """Weights of ``FEATURES`` and the selection knobs, fitted by bench/fit_rank.py on crud_dev."""

    centrality: float = 0.5
    centroid: float = 0.0
    first: float = -0.5  # cancels the first step of 1/(1+i): sentences 1 and 2 start level
    position: float = 1.0
    relpos: float = -0.7
    paragraph_start: float = 0.4
    title: float = 1.0
    numbers: float = 0.1
    short: float = -2.0
    long: float = 0.0
    question: float = -1.0
    fragment: float = -0.3
    redundancy: float = 0.5  # bigram containment at/above which a sentence counts as a near-duplicate
    paraphrase: float = 0.25  # share of new content words below which a sentence with no new name or number retells
    min_fill: int = 20  # smallest remainder worth filling with a trimmed clause
    trim_from: int = 80  # remainder from which a top sentence that does not fit is clause-trimmed
    drop_asides: bool = True  # drop short parentheticals （…） from chosen sentences
    verdict: float = 1.0  # added to the decision sentence of a discipline bulletin (rank_sentences)
    outcome: float = 0.5  # added to what talks came to, in a report of talks (rank_sentences)
    stale: float = -0.5  # added to a sentence that opens with a day weeks before the news (rank_sentences)
    title_figure: float = 0.3  # added to a sentence that gives a figure the title gives (rank_sentences)

    def vector(self) -> np.ndarray:
        """The feature weights in ``FEATURES`` order."""
        return np.array([getattr(self, name) for name in FEATURES])


WEIGHTS = RankWeights()


# ---------------------------------------------------------------- PageRank


def _sp():
    """scipy.sparse, imported on first use: typical articles take the dense path, and a cold
    ``brief make`` saves the quarter second scipy's import costs."""
    from scipy import sparse

    return sparse


def _issparse(matrix) -> bool:
    return not isinstance(matrix, np.ndarray) and hasattr(matrix, "tocsr")

_DENSE_LIMIT = 400  # below this many nodes dense numpy beats scipy's per-call overhead
_GRAPH_LIMIT = 1000  # sentences in the TextRank graph at most (its edges grow as n²)


def pagerank(matrix: sparse.spmatrix | np.ndarray, cfg: BriefConfig) -> np.ndarray:
    """PageRank of a weighted graph (``matrix[i, j]`` = weight of edge i → j) by power iteration.

    Rows with no out-weight (dangling nodes) spread their rank uniformly. Iteration stops when the L1
    change falls below ``n × cfg.tolerance`` (networkx's rule, which textrank4zh uses) or after
    ``cfg.max_iterations``. The result sums to 1; identical inputs give identical outputs.
    """
    n = matrix.shape[0]
    if n == 0:
        return np.zeros(0)
    if _issparse(matrix):
        m = matrix.toarray() if n <= _DENSE_LIMIT else _sp().csr_matrix(matrix, dtype=np.float64)
    else:
        m = np.asarray(matrix, dtype=np.float64)
    out = np.asarray(m.sum(axis=1)).ravel()
    dangling = out <= 0
    d, base, tol = cfg.damping, (1.0 - cfg.damping) / n, n * cfg.tolerance
    total = out.sum()
    # start from the out-weights: the exact answer for symmetric graphs without teleport, so TextRank's
    # undirected graphs converge in a few steps; any start converges to the same fixed point
    x = (1.0 - d) / n + d * out / total if total > 0 else np.full(n, 1.0 / n)
    if _issparse(m):
        inv = np.divide(1.0, out, out=np.zeros(n), where=~dangling)
        step = ((_sp().diags(inv) @ m).T * d).tocsr()
        for _ in range(cfg.max_iterations):
            new = step @ x + (base + d * x[dangling].sum() / n)
            delta = np.abs(new - x).sum()
            x = new
            if delta < tol:
                break
        return x / x.sum()
    # dense: fold the dangling rows (uniform jumps) into the matrix, one product per iteration
    rows = m / np.where(dangling, 1.0, out)[:, None]
    rows[dangling] = 1.0 / n
    step = np.ascontiguousarray(rows.T * d)
    for _ in range(cfg.max_iterations):
        new = step @ x
        new += base
        delta = np.abs(new - x).sum()
        x = new
        if delta < tol:
            break
    return x / x.sum()


# ---------------------------------------------------------------- sentence features



def _content_bags(sentences: Sequence[Sentence]) -> list[list[str]]:
    """Content tokens of each sentence: no punctuation (segment tags it ``x``) or function words."""
    skip = _SKIP_TAGS
    return [[t for t, g in zip(s.tokens, s.tags) if g not in skip] for s in sentences]


def _binary_matrix(bags: Sequence[Sequence[str]]) -> np.ndarray | sparse.csr_matrix:
    """Sentence × term incidence (0/1) of token bags: dense for short articles, sparse for long ones."""
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in bag] for bag in bags]
    shape = (len(bags), max(len(vocab), 1))
    if len(bags) > _DENSE_LIMIT:
        rows = np.repeat(np.arange(len(ids)), [len(row) for row in ids])
        cols = np.fromiter((j for row in ids for j in row), dtype=np.int64, count=len(rows))
        out = _sp().csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
        out.data[:] = 1.0  # duplicates were summed
        return out
    out = np.zeros(shape)
    sizes = [len(row) for row in ids]
    out[np.repeat(np.arange(len(ids)), sizes), np.fromiter(chain.from_iterable(ids), dtype=np.int64, count=sum(sizes))] = 1.0
    return out


def _textrank_sim(binary, bags: Sequence[Sequence[str]]):
    """textrank4zh's similarity: shared distinct words / (log|a| + log|b|), zero diagonal."""
    logs = np.log(np.maximum(np.array([len(b) for b in bags], dtype=np.float64), 1.0))
    if _issparse(binary):
        overlap = (binary @ binary.T).tocoo()
        denom = logs[overlap.row] + logs[overlap.col]
        keep = (overlap.row != overlap.col) & (denom > 1e-12)
        vals = overlap.data[keep] / denom[keep]
        return _sp().csr_matrix((vals, (overlap.row[keep], overlap.col[keep])), shape=overlap.shape)
    # a word of one sentence adds only to the diagonal, which is zeroed: without those words the product is small
    # enough that OpenBLAS runs it in one thread (threaded, it waits milliseconds for a busy core)
    shared = binary[:, binary.sum(axis=0) > 1]
    overlap = shared @ shared.T
    denom = logs[:, None] + logs[None, :]
    sim = np.divide(overlap, denom, out=np.zeros_like(overlap), where=denom > 1e-12)
    np.fill_diagonal(sim, 0.0)
    return sim


def _cosine_sim(binary):
    """Cosine similarity of binary tf·idf sentence vectors, zero diagonal."""
    n = binary.shape[0]
    idf = np.log((n + 1) / (np.asarray(binary.sum(axis=0)).ravel() + 0.5))
    if _issparse(binary):
        weighted = binary @ _sp().diags(idf)
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        unit = _sp().diags(np.divide(1.0, norms, out=np.zeros(n), where=norms > 0)) @ weighted
        sim = (unit @ unit.T).tolil()
        sim.setdiag(0.0)
        return sim.tocsr()
    weighted = binary * idf
    norms = np.sqrt((weighted * weighted).sum(axis=1))
    unit = weighted / np.where(norms > 0, norms, 1.0)[:, None]
    sim = unit @ unit.T
    np.fill_diagonal(sim, 0.0)
    return sim


def sentence_features(
    sentences: Sequence[Sentence], article: Article, cfg: BriefConfig, *, similarity: str = "textrank"
) -> np.ndarray:
    """Feature matrix (sentences × ``FEATURES``), each column on a comparable scale."""
    n = len(sentences)
    feats = np.zeros((n, len(FEATURES)))
    if n == 0:
        return feats
    bags = _content_bags(sentences)
    binary = _binary_matrix(bags)
    # The sentence graph has up to n² edges; past _GRAPH_LIMIT sentences (a book, not a news item)
    # only the opening ones enter it and the rest count as peripheral (centrality 0).
    graph = min(n, _GRAPH_LIMIT)
    graph_binary = binary if graph == n else _binary_matrix(bags[:graph])
    sim = _textrank_sim(graph_binary, bags[:graph]) if similarity == "textrank" else _cosine_sim(graph_binary)
    counts = np.asarray(binary.sum(axis=0)).ravel()
    norms = np.sqrt(np.asarray(binary.sum(axis=1)).ravel()) * max(float(np.sqrt(counts @ counts)), 1e-12)
    index = np.arange(n, dtype=np.float64)
    title = bigrams(article.title)
    chars = [alnum(s.text) for s in sentences]
    lengths = np.array([len(c) for c in chars], dtype=np.float64)
    ends = [s.text.rstrip(_CLOSERS) for s in sentences]
    feats[:, 0] = -1.0
    feats[:graph, 0] = pagerank(sim, cfg) * graph - 1.0
    feats[:, 1] = np.divide(np.asarray(binary @ counts).ravel(), norms, out=np.zeros(n), where=norms > 0)
    feats[0, 2] = 1.0
    feats[:, 3] = 1.0 / (1.0 + index)
    feats[:, 4] = index / n
    feats[:, 5] = [i == 0 or s.paragraph != sentences[i - 1].paragraph for i, s in enumerate(sentences)]
    if title:
        feats[:, 6] = [sum(gram in c for gram in title) / len(title) for c in chars]
    feats[:, 7] = [_DIGIT.search(c) is not None for c in chars]
    feats[:, 8] = np.clip((15.0 - lengths) / 15.0, 0.0, 1.0)
    feats[:, 9] = np.clip((lengths - 120.0) / 120.0, 0.0, 1.0)
    feats[:, 10] = [e.endswith(("？", "?")) for e in ends]
    feats[:, 11] = [not e.endswith(("。", "！", "？", "!", "?", "…")) for e in ends]
    return feats


_DIGIT = re.compile(r"\d")
_CLOSERS = "”’」』）)】》〕\"' "
_LEADING_QUOTES = "“‘「『\"' "


def rank_sentences(
    sentences: Sequence[Sentence], article: Article, cfg: BriefConfig, *, weights: RankWeights = WEIGHTS
) -> tuple[float, ...]:
    """One score per sentence (higher = more summary-worthy): ``sentence_features @ weights``; in a discipline
    bulletin (…严重违纪违法被开除党籍), ``weights.verdict`` more for the sentence that tells the decision (决定给予…开除
    党籍处分, 移送检察机关), which a list of the charges outranks otherwise."""
    scores = sentence_features(sentences, article, cfg) @ weights.vector()
    if _DISCIPLINE.search(article.title or ""):
        scores = scores + weights.verdict * np.array([_VERDICT.search(s.text) is not None for s in sentences])
    if _TALKS.search(article.title or ""):
        scores = scores + weights.outcome * np.array([_OUTCOME.search(s.text) is not None
                                                      and _EARLIER.match(s.text) is None for s in sentences])
    if weights.title_figure:  # 犯罪案例猛增49%: the sentence that tells the 49%
        scores = scores + weights.title_figure * np.array(gives_title_figure(sentences, article.title or ""))
    news_day = _news_day(article)
    if news_day is not None and weights.stale:
        scores = scores + weights.stale * np.array([_told_before(s.text, news_day) for s in sentences])
    return tuple(scores.tolist())


def gives_title_figure(sentences: Sequence[Sentence], title: str) -> list[bool]:
    """Whether each sentence gives a figure the title gives (49%, 1.5亿, 600; not 2个, 5日, 2023年)."""
    figures = set(_TITLE_FIGURE.findall(title))
    return [bool(figures) and any(f in s.text for f in figures) for s in sentences]


# (not 2个, 5日, 2023年: a count, a day, a year)
_TITLE_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|万|亿|倍)|\d{3,}(?:\.\d+)?(?![\d年])|\d+\.\d+")
_OPENING_DAY = re.compile(r"(?:当地时间)?(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日[^，。；]{0,4}[，,]")
_NEWS_DAY = re.compile(r"(?:(?P<year>\d{4})-)?(?P<month>\d{1,2})[-月](?P<day>\d{1,2})日?$")
_STALE_DAYS = 14  # a sentence dated this many days or more before the news tells what came before it


def _news_day(article: Article) -> tuple[int | None, int] | None:
    """(year or None, day of the year) of the article's date, or of its dateline's month and day."""
    found = _NEWS_DAY.match(article.date or article.day or "")
    if found is None or not (1 <= int(found["month"]) <= 12 and 1 <= int(found["day"]) <= 31):
        return None
    return (int(found["year"]) if found["year"] else None), 31 * int(found["month"]) + int(found["day"])


def _told_before(text: str, news: tuple[int | None, int]) -> bool:
    """Whether ``text`` opens with a day (6月9日，…; 2022年6月9日，…) ``_STALE_DAYS`` or more before the news day
    ``news`` (a day later in the calendar may be last year's or a plan's: not told)."""
    opening = _OPENING_DAY.match(text)
    if opening is None:
        return False
    year, day = news
    if opening["year"] and year is not None and int(opening["year"]) != year:
        return int(opening["year"]) < year
    return 31 * int(opening["month"]) + int(opening["day"]) <= day - _STALE_DAYS


_DISCIPLINE = re.compile(r"开除党籍|开除公职|双开|严重违纪违法|违纪违法问题|党纪政务处分")
_VERDICT = re.compile(r"决定给予[^。；]{0,30}?(?:处分|处理)|移送检察机关")
# talks and what they came to: 双方将发表联合声明，共同宣布建立中格战略伙伴关系; 两国总理一致同意，…; not what earlier
# talks came to (去年，习近平主席同总理先生就…达成重要共识)
_TALKS = re.compile(r"会见|会谈|会晤|通电话|举行会谈|国事访问|正式访问")
_OUTCOME = re.compile(r"(?:宣布|将|同意|决定)[^。；，]{0,6}(?:建立|成立|升级|提升)[^。；，]{0,16}关系|发表[^。；]{0,40}?联合声明|一致同意"
                      r"|签署[^。；]{0,60}?(?:协议|协定|备忘录|声明|公报|合作文件|行动计划|合作规划)"  # (《…》 may be long)
                      r"|(?:恪守|坚持|奉行)[^。；，]{0,4}一个中国(?:原则|政策)")  # the visitor's word on China's core interest
_EARLIER = re.compile(r"(?:去年|前年|此前|之前|上次|上一次|\d{4}年)")
# the grounds and the approval before a decision (依据《…》等有关规定，经…批准，决定给予…): procedure, no news
_VERDICT_GROUNDS = re.compile(r"(?:依据|根据)[^。；]{0,120}?规定[，,](?:经[^。；，,]{0,40}?(?:批准|研究)[，,])?(?=决定)")


# ---------------------------------------------------------------- selection


_ASIDE = re.compile(r"（[^（）]{1,40}）|\([^()]{1,40}\)")
# what an aside says that the sentence needs: a number or a day (今天（31日）), a name's own part (刚果（金）, 意见（试行）),
# an abbreviation the text goes on to use (血小板因子4（PF4）)
_NEEDED_ASIDE = re.compile(
    r"\s*(?:\d+|(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{4}年(?:\d{1,2}月)?|[\u4e00-\u9fff]{1,2}|[A-Z][A-Z0-9-]{1,9}"
    r"|(?:不?含|不?包括)[^（）()]{1,20}|(?:网址[:：]?\s*)?(?:https?://|www\.)\S+|(?:电话|热线)?[:：]?\s*[\d-]{7,}"
    r"|(?:批号|编号|型号|规格|批次|文号|案号|代码|地址|邮编|邮箱|联系人)[:：][^（）()]{1,30}"
    r"|[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){1,3}"
    r"|(?:前|原)[\u4e00-\u9fff]{1,8})\s*"
)  # also what it covers (山东（含青岛）), a web address or a phone number to use, a labelled detail（批号：15040001）,
# the kinds a word stands for (各省（区、市）), a former office or name (议员（前市长）, “X”（原推特）)


def drop_asides(text: str) -> str:
    """``text`` without short parentheticals such as （记者 张三）, （如电解槽）, (Lauren Peralez).

    Kept: what the sentence needs (``_NEEDED_ASIDE``: 刚果（金）, 今天（31日）, （2022）, （PF4）, 山东（含青岛）,
    （http://xfyzl.119.gov.cn）), anything inside a book
    title (《…（试行）》), and asides that are the whole sentence.
    """
    if "（" not in text and "(" not in text:
        return text

    def drop(m: re.Match[str]) -> str:
        if _NEEDED_ASIDE.fullmatch(m.group()[1:-1]) or text.count("《", 0, m.start()) > text.count("》", 0, m.start()):
            return m.group()
        return ""

    out = _ASIDE.sub(drop, text)
    return out if len(alnum(out)) >= 4 else text




# a clause whose predicate comes after it: a subject set up by 作为 (大连作为…的城市，…), a modifier that awaits its noun
# (地方法规规章对购买摩托车实行单独管理政策的，…), not 是…的
_UNFINISHED = re.compile(r"^[^，,]{1,12}?作为[^，,]{2,}$|^(?!.*是).+的$")
# a clause that is the predicate of the one before (中方提出四大全球倡议，就是要推动…: what the head is about)
_PREDICATE_AFTER = re.compile(r"(?:也|这)?(?:就是|便是|即是|正是)")
_QUALIFIES = re.compile(r"(?:但|但是|只有|只是|不过|然而|却|仅|而是|而不是|而非|除了)")  # a clause that takes back part of the one
# before, or says what it is not (…管控分歧，而不是让分歧定义两国关系: the point is the part cut)


def says_something(head: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a trimmed head carries a statement: one of its clauses is not a frame (``FRAME_CLAUSE``) nor one of
    ``names`` (see :func:`_roll`). A last clause cut at 、 is part of a list left unfinished (中共中央政治局委员、…) and
    does not count."""
    clauses = CLAUSE_SPLIT.split(head)
    if "、" in clauses[-1]:
        clauses.pop()
    return any(clause.strip() and not FRAME_CLAUSE.match(clause.strip(_LEADING_QUOTES)) and clause.strip() not in names
               for clause in clauses)


def trim_to_clause(text: str, limit: int, least: int = 4, share: float = 0.0,
                   names: frozenset[str] = frozenset(), bare: frozenset[str] = frozenset()) -> str | None:
    """The longest prefix of ``text`` ending at a clause boundary (，；：, not the 、 of a list) that fits ``limit``
    with the ellipsis, keeps ``least`` letters or digits (of the words said, after a speaker's ：“) and ``share`` of
    the text's characters, and says something (``says_something``, ``names`` saying nothing), not at a colon, after a
    clause that only leads on (``LEADS_ON``), one of ``bare`` (a subject with no predicate: 当下的临平…) nor before one
    that qualifies it (``_QUALIFIES``); None when there is none. The boundary mark is replaced by ``…``."""
    if limit < 2:
        return None
    for cut in range(min(len(text) - 1, limit - 1), 0, -1):
        if text[cut - 1] in _CLAUSE_ENDS:
            head = text[: cut - 1].rstrip()
            if len(head) < share * len(text):
                return None
            last = CLAUSE_SPLIT.split(head)[-1].strip()
            if (text[cut - 1] in "：:" or LEADS_ON.fullmatch(last) or _QUALIFIES.match(text, cut)
                    or _UNFINISHED.search(last) or _PREDICATE_AFTER.match(text, cut) or last in bare):
                continue  # …还将组织两个论坛：, …不仅如此，: what the head leads on to is the part cut; …不需要司机，只有
                # 一名安全员…: the head alone would overstate; 大连作为…试点的城市，…, …倡议，就是要…: its predicate is the
                # part cut
            said = head.find("：“")  # 临夏市相关负责人表示：“临夏的大门…: the words said must say something
            if (sum(ch.isalnum() for ch in head[said + 2 if said >= 0 else 0:]) >= least
                    and says_something(head + text[cut - 1], names)):
                return head + ELLIPSIS
    return None


def _vague_cut(sentence: Sentence, text: str, trimmed: str | None) -> bool:
    """Whether ``trimmed`` (``text`` cut at a clause, sentence ``sentence``'s point) keeps of what the sentence says,
    past its frames and who says it (广大干部群众表示，…), only one clause, under half of it, that opens with its verb
    (将认真贯彻落实部署… of 将认真贯彻落实部署，扎实做好明年“三农”工作; 要不断提高…水平… of a proposal): the speaker and
    a vague head, with no subject of their own and what they are about cut. A clause that names its subject (西方打算
    把乌克兰纳入北约…) says something alone."""
    if trimmed is None or not trimmed.endswith(ELLIPSIS):
        return False
    kept = trimmed[: -len(ELLIPSIS)]
    start, spoken = 0, False
    for clause in _CLAUSE_RUNS.finditer(text):
        if _PROPOSES.fullmatch(clause.group()):
            spoken = True
        elif not FRAME_CLAUSE.match(clause.group()):
            start = clause.start()
            break
    content, said = text[start:], kept[start:]
    if not spoken or not said or CLAUSE_SPLIT.search(said) or 2 * len(said) >= len(content):
        return False
    at, end = sentence.text.find(said[:6]), 0
    for token, tag in zip(sentence.tokens, sentence.tags):
        if end == at:
            return tag[:1] == "v" or tag in ("d", "ad")
        end += len(token)
    return False


_CLAUSE_RUNS = re.compile(r"[^，；：,;:]+")
# 广大干部群众表示，; 张雪樵常委代表民革中央提出，: who says it
_PROPOSES = re.compile(rf"[^，；：,;:“”]{{2,30}}?(?:{SAYING}|提出|建议|呼吁|要求)")


def _clauses(sentence: Sentence) -> list[tuple[str, bool]]:
    """The clauses of ``sentence`` (split at ，；：; none when it names no one) and whether each only names a person with a
    title, an item of a roll of names whose verb comes later (…原党组副书记、副主任刘星泰，天津市人大财政经济委员会原主任
    委员王洪海，…等人违规吃喝…): a title (主任, 处长…), then a name within the clause's last two words, and no verb before
    the title (jieba tags 处长 or 飞跃 in 喻飞跃 as verbs)."""
    if PERSON_TAGS.isdisjoint(sentence.tags):
        return []  # no name, no roll (most sentences: the walk below is the costly part)
    out, tokens, tags = [], [], []
    for token, tag in zip((*sentence.tokens, "，"), (*sentence.tags, "x")):
        if token not in _CLAUSE_ENDS:
            if token.strip():
                tokens.append(token)
                tags.append(tag)
            continue
        titles = [k for k, word in enumerate(tokens) if word.endswith(PERSON_TITLES) or word.endswith("长")]
        named = bool(titles) and "v" not in tags[: titles[-1]] and any(
            tag in PERSON_TAGS for tag in tags[max(titles[-1] + 1, len(tags) - 2):])
        if tokens:
            out.append(("".join(tokens), named))
        tokens, tags = [], []
    return out


def _roll(sentence: Sentence) -> frozenset[str]:
    """The clauses of ``sentence`` that only name a person with a title (see :func:`_clauses`): no statement."""
    return frozenset(text for text, named in _clauses(sentence) if named)


def _bare_clauses(sentence: Sentence) -> frozenset[str]:
    """The clauses of ``sentence`` that are a noun phrase with 的 and no word that may carry a predicate (a verb, an
    adjective, an idiom): a subject set up for the clause after it (作为浙江省“最年轻区”，当下的临平，正加快建设…), where a
    trimmed point may not end. (jieba's dictionary tags leave some verbs untagged as such: 途经/n, 前往/t; a clause
    without 的 is not taken for a subject on their word.)"""
    out, words, predicate = set(), [], False
    for token, tag in zip((*sentence.tokens, "，"), (*sentence.tags, "x")):
        if token in _CLAUSE_ENDS:
            if "的" in words and not predicate:
                out.add("".join(words))
            words, predicate = [], False
        elif token.strip():
            words.append(token)
            predicate = predicate or (tag[:1] in _PREDICATE_TAGS and tag != "vn") or token in _COPULAS
    return frozenset(out)


_PREDICATE_TAGS = frozenset("vailz")
_COPULAS = frozenset({"是", "为", "仅为", "约为", "达", "有"})  # (仅为/p 586对: a predicate)


def elide_roll(sentence: Sentence, text: str) -> str:
    """``text`` (``sentence`` as a key point, too long for the room left or telling who attended) with a roll of three
    or more titled names before its verb cut to the first name and ……: 海南省人大常委会原党组副书记、副主任刘星泰……国家
    电投…总经理刘兴华等人违规吃喝…，受到严肃处理。"""
    if text.count("，") < _ROLL_ELIDED:
        return text
    clauses = _clauses(sentence)
    run: list[str] = []
    for clause, named in clauses:
        if named:
            run.append(clause)
            continue
        if len(run) >= _ROLL_ELIDED and all(f"{name}，" in text for name in run):
            for name in run[1:]:
                text = text.replace(f"{name}，", "", 1)
            text = text.replace(f"{run[0]}，", f"{run[0]}{ELLIPSIS * 2}", 1)
        run = []
    return text


_ROLL_ELIDED = 3  # titled names in a row that a key point cuts to the first
# who attended, after a roll of names: …梁超等出席开幕式; …近50人参加本次开营仪式 (not who was punished: 等人…受到严肃处理)
_ATTENDED = re.compile(r"等(?:人|领导|嘉宾)?(?:出席|参加|陪同)|(?:出席|参加)(?:了|本次|此次)?[^，。；]{0,12}(?:仪式|开幕式|闭幕式|活动|会议)")


class _Lazy(dict):
    """index → value computed on first use (most sentences are never looked at)."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, key):
        value = self[key] = self._make(key)
        return value


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters: at a clause boundary when that keeps at least half of the
    limit, else hard at ``limit - 1`` characters plus ``…`` (tiny budgets, sentences without commas)."""
    if len(text) <= limit:
        return text
    trimmed = trim_to_clause(text, limit)
    if trimmed is not None and 2 * len(trimmed) >= limit:
        return trimmed
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


_UNSAID = re.compile(r"“[^“”]{2,28}”")
_POST_SENTENCES = 6  # sentences of a short post (LCSTS), where a quotation no one is named as saying may be the news


def _corrected(sentences: Sequence[Sentence]) -> set[int]:
    """Indexes of sentences that tell a belief the next sentence corrects (在许多人的印象中，甘肃…不可能有野生大熊猫
    生存。 / 而实际上，甘肃是…三个省之一。): a key point alone would state the misconception as fact."""
    return {s.index for s, after in zip(sentences, sentences[1:])
            if _BELIEF.match(s.text) and _CORRECTION.match(after.text)}


_BELIEF = re.compile(r"(?:在)?(?:许多|很多|不少|一些|有些|大多数|多数)(?:人|网友|市民|游客)的?"
                     r"(?:印象中|眼中|心目中|看来|以为|认为|觉得)")
_CORRECTION = re.compile(r"(?:而|但|但是|然而)?(?:实际上|事实上|其实)")




# a question a reporter puts to a spokesperson or a side (发言人对此有何评论？ 中方将作出哪些努力？): what is asked, not
# what was said
_ASKED = re.compile(r"(?:有何|怎么看|如何看待|如何评价|能否介绍|请问|是否属实|对此有何"
                    r"|[\u4e00-\u9fff]方(?:将|会|打算)[^。！？]{0,24}(?:哪些|什么|怎样))[^。！？]*[？?][”」]?$"
                    rf"|^{QUESTION_PUT.pattern}")  # 问：菲律宾…称，…。: the reporter's question, whatever its stop

_QUESTION_END = re.compile(r"[？?][”」]?$")


def _asked(text: str) -> bool:
    """Whether ``text`` is a question put to someone (``_ASKED``): a question mark or a 问 looked for first (most have
    neither)."""
    return ("？" in text or "?" in text or "问" in text) and _ASKED.search(text) is not None


# a paper's roadmap (本文重点研究…): what the text will do, no news
_ROADMAP = re.compile(r"(?:本文|本研究|本报告)[^，。；]{0,6}?(?:研究|分析|探讨|梳理|考察|讨论|旨在|拟|试图|如下)")

_HEADING_CHARS = 40
_END_MARKS = tuple(LINE_ENDS)


def _headings(sentences: Sequence[Sentence]) -> set[int]:
    """Indexes of subheadings: a paragraph of one short sentence without end punctuation
    (广东激活三大动力 扎实推进高质量发展)."""
    found = {
        s.index
        for s in lone_lines(sentences)
        if len(s.text) <= _HEADING_CHARS and not s.text.rstrip(_CLOSERS).endswith(_END_MARKS)
    }
    return set() if one_clause_a_line(len(found), len(sentences)) else found


def _titled_attendee(sentence: Sentence, title: str) -> bool:
    """Whether a person the sentence names is named in the title with what he did there (王沪宁出席)."""
    return any(tag in PERSON_TAGS and len(token) > 1 and re.search(rf"{re.escape(token)}(?:出席|参加|主持)", title)
               for token, tag in zip(sentence.tokens, sentence.tags))


def _run_in_headings(sentences: Sequence[Sentence]) -> set[int]:
    """Indexes of subheadings run into their paragraphs: two or more short sentences of two phrases, each opening with
    a verb of work (强化源头管控，筑牢项目安全防线。 强化事故预防，完善应急救援体系。)."""
    found = {s.index for s in sentences if _PHRASE_HEADING.fullmatch(s.text) and not _TOLD.search(s.text)}
    return found if len(found) >= 2 else set()


_PHRASE_HEADING = re.compile(
    r"(?:强化|加强|注重|坚持|推进|深化|完善|提升|聚焦|突出|狠抓|抓好|健全|优化|打造|筑牢|夯实|构建|做好|做强|做优|压实|严格|"
    r"创新|拓宽|拓展|激发|促进|推动|守牢|筑牢|织密|用好|建强|建好)[\u4e00-\u9fff“”]{2,8}，[\u4e00-\u9fff“”]{4,12}。")
_TOLD = re.compile(r"[的了是]")  # a sentence that tells (…的…, …了…), no heading


_FRAME_NEWS = 10  # pairs each sentence keeps past a shared opening clause for that clause to be set aside
_FRAME_CHARS = 8  # a shared opening clause shorter than this (7月30日，/ 习近平指出，) is part of the news


def _news_grams(a: str, b: str, grams_a: set[str], grams_b: set[str]) -> tuple[set[str], set[str]]:
    """The character pairs of two sentences without an opening clause both share: a common frame is no
    common news (第二批主题教育开展以来，山东… / 第二批主题教育开展以来，江西共梳理问题1282个…)."""
    cut = a.find("，") + 1
    if cut <= _FRAME_CHARS or not b.startswith(a[:cut]):
        return grams_a, grams_b
    rest_a, rest_b = bigrams(a[cut:]), bigrams(b[cut:])
    if min(len(rest_a), len(rest_b)) < _FRAME_NEWS:
        return grams_a, grams_b
    return rest_a, rest_b


_DATE = re.compile(r"(?:\d{4}年)?(\d{1,2}月\d{1,2}日)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*[^\d\s，。；：、,.;:]?"  # with its unit or measure word: 7首 is not 7个
                     r"|(?<![一二两三四五六七八九十百千万])(?:[二两三四五六七八九十百千]|一[十百千万])[一二两三四五六七八九十百千万]*"
                     r"(?:年|个|名|家|项|次|倍|条|所|座|位|批|届|天|周|岁|人|万|亿)")  # 十年, 三倍 (not 一个: a)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'-]+")
_CONTENT_TAGS = ("n", "v", "j", "i", "l")  # nouns (names too), verbs, abbreviations, idioms
_NAME_TAGS = _ENTITY_TAGS | {"nz", "eng", "j"}
_PARAPHRASE_WORDS = 6  # content words a sentence needs for the paraphrase test: in a shorter one, one word is news


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a sentence tells, for the paraphrase test: its numbers (a date as 月日), names and content words."""

    numbers: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]


def _facts(sentence: Sentence, stop: frozenset[str]) -> _Facts:
    """The numbers, names and content words of a sentence: nouns, verbs, abbreviations and idioms of two characters or
    more, not stopwords, numbers or the 年/月/日 after one."""
    names, words = set(), set()
    previous = ""
    digits = _DIGIT.search(sentence.text) is not None  # else no token has one
    for token, tag in zip(sentence.tokens, sentence.tags):
        after_number, previous = previous == "m", tag
        if (len(token) < 2 or token in stop or (digits and _DIGIT.search(token))
                or (after_number and token[0] in "年月日号时")):
            continue
        if tag in _NAME_TAGS:
            names.add(token)
        if tag.startswith(_CONTENT_TAGS) or tag in _NAME_TAGS:
            words.add(token)
    text = sentence.text
    numbers = {*(m.group(1) for m in _DATE.finditer(text)), *_NUMBER.findall(_DATE.sub("", text))}
    return _Facts(frozenset(numbers), frozenset(names | set(_LATIN_NAME.findall(text))), frozenset(words))


def _paraphrase(facts: _Facts, points: Sequence[str], share: float, title: str = "") -> bool:
    """Whether a sentence only retells what ``points`` (key points) say: every number and name it has is in them, less
    than ``share`` of its content words are new to them and to the ``title`` the brief shows above them, and one point
    holds most of them (…新开吉达至北京直飞航班。 / …在沙特航空连通计划支持下，沙特正式开通吉达—北京新航线。 under the
    title 沙特航空正式开通吉达—北京新航线: only 支持 new). A new number or name, a new word of its own in a short sentence
    (…有资格成为论坛成员), or words gathered from several points is news."""
    if len(facts.words) < _PARAPHRASE_WORDS:
        return False
    shown = "".join(points)
    if not all(_told_number(n, shown) for n in facts.numbers) or any(n not in shown for n in facts.names):
        return False
    if sum(w not in shown and w not in title for w in facts.words) >= share * len(facts.words):
        return False
    return any(sum(w in point for w in facts.words) >= _PARAPHRASE_HELD * len(facts.words) for point in points)


_PARAPHRASE_HELD = 0.6  # of a paraphrase's content words, one key point holds at least


def retells_short(sentence: Sentence, points: Sequence[str]) -> bool:
    """Whether ``sentence``, short (``_SHORT_WORDS`` to ``_PARAPHRASE_WORDS`` words), only retells a key point of
    ``points``: no number, and one point that holds its names and all its words (every token of two characters or more
    but function words and verbs of saying: 全部 and 承认 too) but one, which another point holds, and any negation it
    has (对于检察机关的指控，陈志中表示全部承认。 after 陈志中对指控全部承认，案件未当庭宣判。 and 检察机关指控，…).
    The paraphrase test (``_paraphrase``) reads longer sentences."""
    if _DIGIT.search(sentence.text):
        return False
    words = {t for t, tag in zip(sentence.tokens, sentence.tags)
             if len(t) >= 2 and tag not in _SKIP_TAGS and _SAYING_WORD.fullmatch(t) is None}
    if not _SHORT_WORDS <= len(words) < _PARAPHRASE_WORDS:
        return False
    names = {t for t, tag in zip(sentence.tokens, sentence.tags) if tag in _NAME_TAGS}
    negations = {t for t in sentence.tokens if t in _NEGATIONS}
    for point in points:
        missing = [w for w in words if w not in point]
        if (names and all(n in point for n in names) and all(n in point for n in negations) and len(missing) <= 1
                and all(any(w in other for other in points) for w in missing)):
            return True
    return False


_SAYING_WORD = re.compile(SAYING)
_NEGATIONS = frozenset({"不", "未", "没", "没有", "无", "非", "否认", "拒绝", "不予"})
_SHORT_WORDS = 4  # content words a short sentence retelling a key point has at least (fewer: too little to tell)


def _told_number(number: str, shown: str) -> bool:
    """Whether ``shown`` tells ``number`` as a number of its own: 7首 in …共7首…, not in …17首… nor …0.7首…"""
    at = shown.find(number)
    while at >= 0:
        if at == 0 or not (shown[at - 1].isdigit() or shown[at - 1] == "."):
            return True
        at = shown.find(number, at + 1)
    return False


def _as_point(text: str, weights: RankWeights) -> str:
    text = _VERDICT_GROUNDS.sub("", text, count=1)
    return drop_asides(text) if weights.drop_asides else text


def select_summary(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    article: Article,
    cfg: BriefConfig,
    *,
    weights: RankWeights = WEIGHTS,
    skip: frozenset[int] = frozenset(),
) -> tuple[Scored, ...]:
    """Greedy budgeted selection, output in document order.

    - Candidates are taken by score, ties by index; one whose bigram containment with an already chosen
      sentence is ≥ ``weights.redundancy`` is never chosen (identical sentences have containment 1), nor one that
      retells the chosen ones in other words (``_paraphrase``, ``weights.paraphrase``); a chosen point that a later
      candidate retells with more (its names, numbers and words, and others) gives it its place.
    - The summed length of the returned texts never exceeds ``cfg.budget``; at most
      ``cfg.max_summary_sentences`` items.
    - A top sentence that does not fit while at least ``weights.trim_from`` characters remain is
      trimmed at a clause boundary instead of skipped.
    - A remainder of at least ``weights.min_fill`` characters is filled with the best remaining
      non-redundant sentence trimmed at a clause boundary (ending in ``…``).
    - Never empty for a non-empty article: the best sentence always leads; if it alone exceeds the
      budget it is shortened (``shorten``: at a clause boundary, else cut with ``…``).
    - With ``weights.drop_asides`` short parentheticals are removed first (``drop_asides``).
    - Subheadings (``_headings``, ``_run_in_headings``), copies of the title, reporters' questions, slogans, a
      paper's roadmap (本文重点研究…) and the sentences in ``skip`` (those the section detector calls other:
      bylines, photo captions, 他说。) are never key points, unless the article has nothing else.
    """
    n = len(sentences)
    if n == 0:
        return ()
    budget, cap = cfg.budget, cfg.max_summary_sentences
    excluded = (_headings(sentences) | _run_in_headings(sentences) | title_copies(sentences, article.title or "") | skip
                | trailing_off(sentences)
                | {s.index for s in sentences if _asked(s.text) or slogan(s.text) or _ROADMAP.search(s.text)
                   or reporters_trip(s.text)
                   or PLACED.search(s.text)}  # a photo's caption
                | _corrected(sentences))
    order = sorted((i for i in range(n) if i not in excluded), key=lambda i: (-scores[i], i))
    order = order or sorted(range(n), key=lambda i: (-scores[i], i))  # an article of headings only
    # who attended is no key point, unless the title names him for it (…协商议政 王沪宁出席)
    order = [i for i in order if not protocol(sentences[i].text) or _titled_attendee(sentences[i], article.title or "")
             ] or order
    # a person's résumé (冯振，男，汉族，1992年12月出生，…) is background to his news, no point of it
    order = [i for i in order if not biography(sentences[i].text)] or order
    said = attributions(sentences)
    order = [i for i in order if i not in said.values()] or order  # “……。”史耀斌说。: the speaker goes with the quote
    # a short whole quotation no one is named as saying, in an article (“黄循财谈中美经济竞争。” under a video; “收到，立即
    # 整改！”): a caption or a line of dialogue, no point (a short post's quotation may be its news)
    order = [i for i in order if i in said or n <= _POST_SENTENCES or not _UNSAID.fullmatch(sentences[i].text.strip())
             or read_alone(sentences, i) != sentences[i].text] or order
    # an article's own question (如何解决新能源车“里程焦虑”？) opens what it answers: no point of its own (a short
    # post's may be its news)
    order = [i for i in order if n <= _POST_SENTENCES or not _QUESTION_END.search(sentences[i].text)] or order
    # a sentence that holds its quotation whole takes the speaker after it; one that ends a longer one, read_alone
    whole = {i: j for i, j in said.items() if sentences[i].text.count("“") == sentences[i].text.count("”")}
    voice = opinion_voice(article.title or "", article.byline)  # 文章认为，… for a commentary's proposals
    texts = _Lazy(lambda i: _as_point(in_voice(sentences, i, read_alone(
        sentences, i, joined := sentences[i].text + (name_speaker(sentences, whole[i]) if i in whole else "")),
        joined, voice), weights))
    grams = _Lazy(lambda i: bigrams(texts[i]))
    chosen: dict[int, str] = {}
    used = 0

    limit = min(weights.redundancy, 1.0)  # identical sentences (containment 1) are always redundant

    stop, share, title = stopwords(cfg), weights.paraphrase, article.title or ""
    facts = _Lazy(lambda i: _facts(sentences[i], stop))

    def redundant(i: int) -> bool:
        if any(containment(*_news_grams(texts[i], texts[j], grams[i], grams[j])) >= limit for j in chosen):
            return True
        return bool(chosen) and share > 0 and (_paraphrase(facts[i], list(chosen.values()), share, title)
                                               or retells_short(sentences[i], list(chosen.values())))

    def retold(text: str) -> list[int]:  # the chosen points ``text`` tells all of and more, none leant on by the next
        return [j for j in chosen if share > 0 and _paraphrase(facts[j], [text], share, title)
                and not (j + 1 in chosen and leans_back(sentences, j + 1))]

    def leans(i: int) -> bool:  # 其中，…; 这也是…: what it refers to is the sentence before, not chosen
        return i > 0 and i - 1 not in chosen and leans_back(sentences, i)

    queue = deque(order)
    waiting: set[int] = set()  # sentences that lean on one not chosen yet
    while queue:
        i = queue.popleft()
        if len(chosen) >= cap or budget - used < 2:
            break
        if leans(i):
            waiting.add(i)
            continue
        text = texts[i]
        if len(text) > budget - used or _ATTENDED.search(text):
            text = elide_roll(sentences[i], text)  # a roll of names that does not fit, or of who attended: 李波……梁超等
        if not chosen and len(text) > budget:
            text = shorten(text, budget)  # the best sentence always leads, trimmed if need be
        elif len(text) > budget - used and budget - used >= weights.trim_from:
            trimmed = trim_to_clause(text, budget - used, _TRIMMED_MIN, _KEPT_SHARE, _roll(sentences[i]),
                                     _bare_clauses(sentences[i]))
            text = text if trimmed is None or _vague_cut(sentences[i], text, trimmed) else trimmed
        # what does not fit, even in place of the points it would make redundant or that it retells, needs no
        # redundancy test (the costly one: most late candidates fail on length)
        if len(text) <= budget - used + max(map(len, chosen.values()), default=0):
            retelling = retold(text)
            if len(text) <= budget - used + sum(len(chosen[j]) for j in retelling) and not redundant(i):
                for j in retelling:  # a point this sentence tells all of and more: this one in its place
                    used -= len(chosen.pop(j))
                chosen[i] = text
                used += len(text)
                if i + 1 in waiting:  # it ranked above this one: its turn came
                    queue.appendleft(i + 1)
    if len(chosen) < cap and budget - used >= max(weights.min_fill, 2):
        for i in order:
            if i in chosen or leans(i):
                continue
            trimmed = trim_to_clause(texts[i], budget - used, _TRIMMED_MIN, _KEPT_SHARE, _roll(sentences[i]),
                                     _bare_clauses(sentences[i]))
            if trimmed is not None and not _vague_cut(sentences[i], texts[i], trimmed) and not redundant(i):
                # (most have no clause that fits: no redundancy test)
                chosen[i] = trimmed
                used += len(trimmed)
                break
    if not chosen:  # only when every sentence was redundant with nothing, i.e. never; kept as a guard
        chosen[order[0]] = shorten(texts[order[0]], budget)
    return tuple(Scored(index=i, text=chosen[i], score=float(scores[i])) for i in sorted(chosen))


# ---------------------------------------------------------------- keywords


@cache
def _read_stopwords(path: str | None) -> frozenset[str]:
    if path is None:
        text = resources.files("brief").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ConfigError(f"{path}: cannot read stopwords file ({err})") from None
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip()))


def stopwords(cfg: BriefConfig) -> frozenset[str]:
    """The built-in stoplist of function words and generic officialese, plus ``cfg.stopwords``."""
    words = _read_stopwords(None)
    if cfg.stopwords is not None:
        words = words | _read_stopwords(str(cfg.stopwords))
    return words


_PHRASE_GLUE_TAGS = frozenset({"b"})  # 公共/b 法律 服务: non-predicate adjectives may open a keyphrase
_MAX_PHRASE = 4  # words


def rank_keywords(sentences: Sequence[Sentence], article: Article, cfg: BriefConfig) -> tuple[Keyword, ...]:
    """TextRank keywords and merged keyphrases, best first, at most ``cfg.keywords``.

    Words: tokens of at least two characters whose POS is in ``cfg.keyword_pos`` (or a place,
    organisation or person tag), not numbers, not stopwords, not 个 glued to a noun after a number (56 个村).
    Edges join candidates within ``cfg.keyword_window`` of each other in a sentence (undirected, unweighted,
    as textrank4zh).
    Places, organisations and people get 1.5× their rank; a plain verb (增长, 支持) listed alone 0.6×.
    Keyphrases: adjacent tokens in the text that
    are top words (a ``b``-tagged word such as 公共 may open one), ending in a top word, seen at least
    twice (扫黑 + 除恶 → 扫黑除恶); the longest such phrase per count wins, weighted by its best word
    plus half of the others, times the share of its words' occurrences it covers; a word found mostly
    inside a phrase is dropped, and so is anything contained in (or containing) a better keyword
    (酒泉市 after 酒泉市司法局). Ties go to the earlier first occurrence.
    """
    if cfg.keywords == 0 or not sentences:
        return ()
    stop = stopwords(cfg)
    pos = cfg.keyword_pos | _ENTITY_TAGS
    # all tokens in one list, an empty one closing each sentence so that phrases never cross sentences
    tokens: list[str] = []
    tags: list[str] = []
    for s in sentences:
        words, marks = _glue_names(*_glue_dotted(s.tokens, _untag_links(s)), stop)
        tokens += words
        tokens.append("")
        tags += marks
        tags.append("")
    tokens, tags = _glue_fragments(tokens, tags, stop)
    long = [i for i, t in enumerate(tokens) if len(t) >= 2]
    at = [
        i
        for i in long
        if tags[i] in pos
        and tokens[i] not in stop
        and not tokens[i][0].isdigit()
        and not (tags[i - 1] == "m" and tokens[i][0] == "个")  # 56 个村: the measure word glued to a noun
        and not (tags[i - 1] in ("m", "q") and tokens[i] in MEASURES)  # 25 个 小时, 30 公里: a unit
        and not (tags[i] == "eng" and _latin_piece(tokens, i))
    ]
    if not at:
        return ()
    vocab: dict[str, int] = {}  # ids follow first occurrence: the tie-breaker
    tag_of: dict[str, str] = {}
    for i in at:
        if tokens[i] not in vocab:
            vocab[tokens[i]] = len(vocab)
            tag_of[tokens[i]] = tags[i]
    candidate = set(at)
    openers = [i for i in long if tags[i] in _PHRASE_GLUE_TAGS and i not in candidate]
    # (token position, token, is opener) of phrase material, in text order
    marks = sorted([(i, tokens[i], False) for i in at] + [(i, tokens[i], True) for i in openers])
    words = list(vocab)
    k = len(words)
    flat = np.array([vocab[tokens[i]] for i in at], dtype=np.int64)
    ends = [k + 1 for k, token in enumerate(tokens) if not token]  # after each sentence's closing ""
    owner = np.searchsorted(ends, at, side="right")  # the sentence of each candidate
    pairs = [
        (flat[:-off][same], flat[off:][same])
        for off in range(1, cfg.keyword_window)
        if off < len(flat) and (same := owner[:-off] == owner[off:]).any()
    ]
    rows = np.concatenate([r for r, _ in pairs]) if pairs else np.zeros(0, dtype=np.int64)
    cols = np.concatenate([c for _, c in pairs]) if pairs else np.zeros(0, dtype=np.int64)
    if k <= _DENSE_LIMIT:
        graph = np.zeros((k, k))
        graph[rows, cols] = 1.0
        graph[cols, rows] = 1.0
        np.fill_diagonal(graph, 0.0)
    else:
        keep = rows != cols
        g = _sp().csr_matrix((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(k, k))
        graph = ((g + g.T) > 0).astype(np.float64)
    ranks = pagerank(graph, cfg)
    counts = np.bincount(flat, minlength=k).tolist()  # occurrences of each word (Python ints: read one by one)
    # a person named once (a minor speaker, 徐趋 of 小步徐趋 jieba took for one) gets no name boost
    boost = np.array([1.5 if tag_of[w] in _ENTITY_TAGS and (counts[i] > 1 or tag_of[w] not in PERSON_TAGS) else 1.0
                      for i, w in enumerate(words)])
    weights = ranks * boost
    order = np.lexsort((np.arange(k), -weights))  # by weight, ties by first occurrence
    top = {words[i] for i in order[: max(3 * cfg.keywords, 10)].tolist()}
    weight = weights.tolist()

    # a modifier that goes on with the same noun every time it occurs (集中统一 of 集中统一领导) is no keyword alone
    after: dict[str, set[str]] = {}
    for i in at:
        if tags[i] in _MODIFIER_TAGS:
            after.setdefault(tokens[i], set()).add(_head_after(tokens, tags, i + 1))
    headed = {w for w, told in after.items() if _one_head(told) and counts[vocab[w]] > 1}
    results: list[tuple[float, int, str]] = []  # (−weight, first occurrence, text)
    absorbed: dict[str, int] = {}
    for phrase, times in _keyphrases(marks, top, tags, tokens).items():
        ids = [vocab[w] for w in phrase if w in vocab]
        parts = sorted((weight[i] for i in ids), reverse=True)
        share = times / max(counts[i] for i in ids)  # how much of its words' use the phrase covers
        results.append((-(parts[0] + 0.5 * sum(parts[1:])) * share, min(ids), _spelled(phrase)))
        for w in phrase:
            absorbed[w] = max(absorbed.get(w, 0), times)
    for i, w in enumerate(words):
        if (3 * absorbed.get(w, 0) < 2 * counts[i] and w not in _NO_KEYWORD and not _reached(w, tag_of[w])
                and w not in headed):
            # a verb alone (增长, 支持, 来自) names no topic unless it is far more central than the nouns
            results.append((-weight[i] * (_VERB_ALONE if tag_of[w] == "v" else 1.0), i, w))
    out: list[Keyword] = []
    whole = _Whole(sentences, stop)
    # usually the best few suffice; the full sort only runs when overlaps reject most of them
    for make in (lambda: heapq.nsmallest(4 * cfg.keywords, results), lambda: sorted(results)):
        pool = make()
        for neg, _, text in pool:
            text = whole(text)
            joined = next(((k, union) for k, kw in enumerate(out) if (union := _joined(kw.word, text, whole.text))), None)
            if joined is not None:  # 中欧班列西安 + 班列西安集结中心 → 中欧班列西安集结中心: one name, told whole
                k, union = joined
                out = [Keyword(word=union, weight=kw.weight) if j == k else kw
                       for j, kw in enumerate(out) if j == k or kw.word not in union]
                continue
            short = _short(text)
            if not any(text in kw.word or kw.word in text or short in (told := _short(kw.word)) or told in short
                       or min(len(kw.word), len(text)) > _OVERLAP_MIN and _overlap(kw.word, text) >= _OVERLAP_MIN
                       for kw in out):
                # 酒泉市 after 酒泉市司法局; 毕业生志愿服务乡村振兴 after 广东高校毕业生志愿服务, too long to join
                out.append(Keyword(word=text, weight=round(-float(neg), 6)))
                if len(out) == cfg.keywords:
                    return tuple(out)
        if len(pool) == len(results):
            break
    return tuple(out)


# a long name's short form: 香港特别行政区 and 香港特区 are one place, told once (the better ranked)
_SHORT_FORMS = (("特别行政区", "特区"), ("人民代表大会", "人大"), ("常务委员会", "常委会"), ("人民政府", "政府"))


def _short(word: str) -> str:
    """``word`` with each long form it holds in its short form (香港特别行政区 → 香港特区)."""
    for long, short in _SHORT_FORMS:
        if long in word:
            word = word.replace(long, short)
    return word


def _spelled(phrase: Sequence[str]) -> str:
    """A keyphrase's words as written: Latin words apart (SEIU Local), Chinese ones run together."""
    out = phrase[0]
    for word in phrase[1:]:
        out += (" " if out[-1:].isascii() and out[-1:].isalnum() and word[:1].isascii() and word[:1].isalnum() else "") + word
    return out


_JOINED_MAX = 12  # characters of two overlapping keywords told as one
_OVERLAP_MIN = 3  # characters two keywords share, one's end the other's start, for the lesser to go


def _overlap(a: str, b: str) -> int:
    """How many characters one of ``a`` and ``b`` ends with that the other starts with (the most)."""
    return max((k for k in range(1, min(len(a), len(b))) if a.endswith(b[:k]) or b.endswith(a[:k])), default=0)


def _joined(a: str, b: str, text: str) -> str | None:
    """Two keywords that overlap by two or more characters (中欧班列西安, 班列西安集结中心) as the one phrase the text
    writes (中欧班列西安集结中心), if it does at least half as often as either alone; else None."""
    for n in range(min(len(a), len(b)) - 1, 1, -1):
        for left, right in ((a, b), (b, a)):
            if left.endswith(right[:n]) and len(union := left + right[n:]) <= _JOINED_MAX:
                told = text.count(union)
                if told and 2 * told >= max(text.count(a), text.count(b)):
                    return union
    return None


class _Whole:
    """A keyword whole again where jieba cut a character off it differently each time (过直/发器, 直/发器 → 直发器;
    以云/计算, 云/计算 → 云计算; 林西/强, 林西/强说 → 林西强): the same character stands right before (or after) every
    one of its two or more occurrences, and is a word of its own there at least once, a word that is no function
    word. Occurrences count where the keyword's tokens are (直/发器, not 烫发/器). Repeated while it holds (科大/讯/飞 →
    科大讯飞)."""

    _REACH = 3  # characters added on each side at most

    def __init__(self, sentences: Sequence[Sentence], stop: frozenset[str]):
        self.sentences, self.stop = sentences, stop
        self.text = "\n".join("".join(s.tokens) for s in sentences)  # the tokens' text: offsets agree
        self._starts: dict[int, str] | None = None
        self._words: tuple[list[str], str, list[int]] | None = None

    @property
    def starts(self) -> dict[int, str]:
        """Offset in ``text`` of each token → its tag, and of each "\n" between sentences → "" (found on first use)."""
        if self._starts is None:
            pieces = itertools.chain.from_iterable((*s.tokens, "\n") for s in self.sentences)
            tags = itertools.chain.from_iterable((*s.tags, "") for s in self.sentences)
            self._starts = dict(zip(itertools.accumulate(map(len, pieces), initial=0), tags))
        return self._starts

    def loose(self, at: int) -> bool:
        """Whether the token at offset ``at`` in ``text`` is a one-character word that may be a keyword's lost piece."""
        tag, token = self.starts.get(at), self.text[at: at + 1]
        # a verb is a word of its own (受/台风), unless a name follows (安/瓦尔 is 安瓦尔) or it ends a two-character
        # name jieba took for a whole one (李家/nrfg 超/v is 李家超), a verb no speech or act after a name (王芬/说)
        return (tag is not None and at + 1 in self.starts and _NAME_PIECE.match(token) is not None
                and token not in self.stop and token not in _NOT_NAME_CHARS and token not in _FUNCTION_CHARS
                and (not tag.startswith(_NOT_FRAGMENT_TAGS) or tag == "v" and (
                    self.starts[at + 1] in ("nr", "nrt", "nrfg")
                    or self.starts.get(at - 2) in PERSON_TAGS and at - 1 not in self.starts and token not in _NAME_VERBS)))

    @property
    def words(self) -> tuple[list[str], str, list[int]]:
        """The text's distinct tokens of two or more characters, joined by "\n", and where each starts there: one
        ``str.find`` tells which hold a keyword (found on first use)."""
        if self._words is None:
            words = [t for t in set(itertools.chain.from_iterable(s.tokens for s in self.sentences)) if len(t) > 1]
            self._words = words, "\n".join(words), list(itertools.accumulate((len(w) + 1 for w in words[:-1]), initial=0))
        return self._words

    def __call__(self, word: str) -> str:
        text, found, at = self.text, [], self.text.find(word)
        bounds, size = self.starts if at >= 0 else {}, len(word)  # where tokens start or end
        while at >= 0:
            if at in bounds and at + size in bounds:  # not 发器 inside 烫发/器
                found.append(at)
            at = text.find(word, at + size)
        if found and (longer := self._inside(word, found)):
            return longer
        if len(found) < 2:
            return word
        # 国家卫计委, 国家防总: 国家 is a stopword alone, not inside a name (nor the end of 发展中国家, 各国家)
        national = all(i >= len(_NATIONAL) and text.startswith(_NATIONAL, i - len(_NATIONAL))
                       and text[i - len(_NATIONAL) - 1: i - len(_NATIONAL)] not in _NATION_ENDS for i in found)
        start, end = 0, len(word)  # the keyword's span, relative to each occurrence
        for _ in range(self._REACH):
            if len({text[i + start - 1] if i + start else "" for i in found}) != 1 or not any(
                    self.loose(i + start - 1) for i in found):
                break
            start -= 1
        for _ in range(self._REACH):
            if len({text[i + end: i + end + 1] for i in found}) != 1 or not any(self.loose(i + end) for i in found):
                break
            end += 1
        if national and start == 0:
            start = -len(_NATIONAL)
        return text[found[0] + start: found[0] + end]

    def _inside(self, word: str, found: list[int]) -> str | None:
        """The longest word jieba tells elsewhere in the text that holds every occurrence of ``word`` (爱奇 always
        inside 爱奇艺, which jieba cut as 爱奇/艺奇 before another name), or None."""
        words, joined, starts = self.words
        best = None
        at = joined.find(word)
        while at >= 0:  # the first place ``word`` is in each word that holds it
            n = bisect.bisect_right(starts, at) - 1
            longer, k = words[n], at - starts[n]
            if (len(longer) > len(word) and k + len(word) <= len(longer)
                    and (best is None or (-len(longer), longer) < (-len(best), best))  # the longest, then in code-point order
                    and all(self.text.startswith(longer, i - k) for i in found)):
                best = longer
            at = joined.find(word, starts[n] + len(longer) + 1)  # on to the next word
        return best


# one-character verbs that follow a name as words of their own (王芬/说, 拜登/拟, 王健/率): never the end of the name
_NAME_VERBS = frozenset("说称讲谈问答道是有无作做会拟率赴到去来让拿供进出定绘拉致购在将要把被给为任当获看想指带陪和同向对用入得能可应")
_NATIONAL = "国家"
_NATION_ENDS = frozenset("中达大小强穷富各该本他两非我")  # …国家 that ends a longer word: 发展中国家, 各国家
# characters that modify or link rather than name: never the lost piece of a keyword
_FUNCTION_CHARS = frozenset("都也就还又再很最更已正不没未让其该本各每新大小多少高低全总以从为于而并或但即且之所可能会要着过")
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns"})
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff]")
_NOT_NAME_TAGS = ("p", "c", "u", "v", "r", "y", "e", "f", "q", "d", "a", "x", "t")
_NOT_NAME_CHARS = frozenset("一二三四五六七八九十百千万亿两年月日号时届人且当往较很更最太稍颇原")  # numerals, dates, counts,
# 且: 27日京畿道; degrees: 天黑/ns 较/zg 早 is no name 天黑较; 原 'former': 原/n 党组 is no word 原党组
_FRAGMENT_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j"})  # nouns and names: no verb (已/完成)
# and no verb or time word: 受/台风, 赴/湛江, 含/中国香港, 城市/夜/经济 are two words however often they meet
_NOT_FRAGMENT_TAGS = ("p", "c", "u", "r", "m", "q", "f", "x", "y", "e", "v", "k", "t")
_LONGEST_NAME = 8  # characters: a longer run is a phrase (武汉三镇队守门员刘殿), not a name


def _loose(tokens: Sequence[str], tags: Sequence[str], j: int, stop: frozenset[str]) -> bool:
    """A character jieba left out of a name: one Chinese character, no stopword or numeral, tagged as no function
    word (or between two name parts: 阿尔乔/nr 莫/d 夫斯/nrt; or a direction after a foreign name: 格罗/nrt 西/f)."""
    token = tokens[j]
    if len(token) != 1 or not _NAME_PIECE.match(token) or token in stop or token in _NOT_NAME_CHARS:
        return False
    between = (0 < j < len(tokens) - 1 and tags[j - 1] in _NAME_TAGS and tags[j + 1] in _NAME_TAGS
               and token not in _FUNCTION_CHARS)  # not 俄罗斯/就/克里米亚
    foreign = j > 0 and tags[j - 1] == "nrt" and token in "东西南北"
    return between or foreign or not tags[j].startswith(_NOT_NAME_TAGS)


_DOTS = frozenset("·•‧・")


def _glue_dotted(tokens: Sequence[str], tags: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
    """A foreign name written with a middle dot, one word again: 玛乔丽 · 泰勒 · 格林 → 玛乔丽·泰勒·格林 (a person), also
    one whose first or last piece jieba cut in two (萨里 夫 · 伊斯拉姆, 罗伯特 · 哈 贝克)."""
    if _DOTS.isdisjoint(tokens):
        return tokens, tags
    out_tokens: list[str] = []
    out_tags: list[str] = []
    k = 0
    while k < len(tokens):
        j = k
        while (j + 2 < len(tokens) and tokens[j + 1] in _DOTS and _NAME_PIECE.match(tokens[j][-1:])
               and _NAME_PIECE.match(tokens[j + 2][:1])):
            j += 2
        while j > k and j + 1 < len(tokens) and len(tokens[j]) == 1 and tags[j + 1] in PERSON_TAGS:
            j += 1  # 罗伯特·哈/nr 贝克/nr: the last piece cut in two
        if j > k:
            head = ""
            if len(tokens[k]) == 1 and out_tags and out_tags[-1] in PERSON_TAGS:  # 萨里/nr 夫·伊斯拉姆: the first
                head = out_tokens.pop()
                out_tags.pop()
            out_tokens.append(head + "".join(tokens[k: j + 1]))
            out_tags.append("nr")
        else:
            out_tokens.append(tokens[k])
            out_tags.append(tags[k])
        k = j + 1
    return out_tokens, out_tags


def _glue_names(
    tokens: Sequence[str], tags: Sequence[str], stop: frozenset[str]
) -> tuple[Sequence[str], Sequence[str]]:
    """A name jieba split into a name and loose characters, whole again: 刘海/nr 波/j → 刘海波, 阿尔乔/nr 莫/d 夫斯/nrt
    克/m → 阿尔乔莫夫斯克, 奇/ag 巴布/ns → 奇巴布 (``_loose``); at most ``_LONGEST_NAME`` characters."""
    if _NAME_TAGS.isdisjoint(tags):
        return tokens, tags
    runs: list[tuple[int, int, str]] = []
    done = -1
    for k, tag in enumerate(tags):
        if tag not in _NAME_TAGS or k <= done:
            continue
        i, j = k, k + 1
        while i - 1 > done and _loose(tokens, tags, i - 1, stop):
            i -= 1
        while j < len(tokens) and (tags[j] in _NAME_TAGS or _loose(tokens, tags, j, stop)):
            j += 1
        done = j - 1
        if j - i > 1 and any(len(tokens[m]) == 1 for m in range(i, j)) and sum(map(len, tokens[i:j])) <= _LONGEST_NAME:
            runs.append((i, j, tag))
    if not runs:
        return tokens, tags
    out_tokens, out_tags = list(tokens), list(tags)
    for i, j, tag in reversed(runs):
        out_tokens[i:j], out_tags[i:j] = ["".join(tokens[i:j])], [tag]
    return out_tokens, out_tags


_LINK = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+", re.I)


def _untag_links(sentence: Sentence) -> Sequence[str]:
    """The sentence's tags, with the words of a web address (utm_source, share_token, zcjd2023) tagged ``x``: no
    keyword comes from them."""
    if "http" not in sentence.text and "www." not in sentence.text:
        return sentence.tags
    spans = [m.span() for m in _LINK.finditer(sentence.text)]
    tags, start = list(sentence.tags), 0
    for k, token in enumerate(sentence.tokens):
        end = start + len(token)
        if any(a <= start and end <= b for a, b in spans):
            tags[k] = "x"
        start = end
    return tags


def _glue_fragments(tokens: list[str], tags: list[str], stop: frozenset[str]) -> tuple[list[str], list[str]]:
    """A noun or name jieba cut from the character before it, whole again when that same character comes before it
    every time it occurs, twice or more (直/发器 → 直发器, 特/拉维斯, 大/模型, 新/征程): the character is no
    stopword, numeral, verb, preposition, conjunction, particle, pronoun, measure word or place word."""
    # (character, word) pairs first: a character alone before a longer word is rare, and this pass runs on every token
    pairs = Counter(
        (char, word) for char, word, char_tag, tag in zip(tokens, tokens[1:], tags, tags[1:])
        if len(char) == 1 and len(word) > 1 and tag in _FRAGMENT_TAGS and _NAME_PIECE.match(char) and char not in stop
        and char not in _NOT_NAME_CHARS and not char_tag.startswith(_NOT_FRAGMENT_TAGS)
    )
    if not pairs:
        return tokens, tags
    counts = Counter(tokens)
    glued = {word for (_, word), times in pairs.items() if times >= 2 and times == counts[word]}
    if not glued:
        return tokens, tags
    out_tokens: list[str] = []
    out_tags: list[str] = []
    for word, tag in zip(tokens, tags):
        if word in glued and out_tokens:
            out_tokens[-1] += word
            out_tags[-1] = tag
        else:
            out_tokens.append(word)
            out_tags.append(tag)
    return out_tokens, out_tags


def _keyphrases(
    marks: Sequence[tuple[int, str, bool]], top: set[str], tags: Sequence[str], tokens: Sequence[str]
) -> dict[tuple[str, ...], int]:
    """Maximal word n-grams (2–4 words, the last one in ``top``) seen at least twice → count, but no verb
    phrase (``_acts``), none that ends on a modifier every occurrence of which goes on with the same noun
    (党中央/集中统一 of 党中央集中统一领导: the phrase needs its head).

    ``marks`` are (position, token, is opener) of keyword candidates and phrase openers; a run is a
    stretch of consecutive positions whose tokens are top words or openers; ``tokens`` are the text's tokens and
    ``tags`` their POS tags.
    """
    counts: dict[tuple[str, ...], int] = {}
    heads: dict[tuple[str, ...], set[str]] = {}  # the token after each occurrence of a phrase that ends on a modifier
    run: list[str] = []
    start = last = -2
    usable = [(position, token) for position, token, opener in marks if opener or token in top]
    for position, token in (*usable, (-10, "")):
        if position == last + 1:
            run.append(token)
            last = position
            continue
        for a in range(len(run) - 1):
            for b in range(a + 2, min(a + _MAX_PHRASE, len(run)) + 1):
                gram = tuple(run[a:b])
                if (gram[-1] in top and len(set(gram)) == len(gram) and not _acts(tags[start + a : start + b])
                        and _NO_KEYWORD.isdisjoint(gram) and not any(w.endswith(_NAME_ENDS) for w in gram[:-1])):
                    counts[gram] = counts.get(gram, 0) + 1
                    if tags[start + b - 1] in _MODIFIER_TAGS:
                        heads.setdefault(gram, set()).add(_head_after(tokens, tags, start + b))
        run = [token]
        start = last = position
    by_count: dict[int, list[tuple[str, ...]]] = {}
    for gram, told in heads.items():
        if _one_head(told):
            counts[gram] = 0  # 党中央集中统一 (领导 every time): no phrase
    for gram, c in counts.items():
        if c >= 2:
            by_count.setdefault(c, []).append(gram)
    out = {}
    for gram, c in counts.items():
        if c >= 2 and not any(len(other) > len(gram) and _contains(other, gram) for other in by_count[c]):
            out[gram] = c  # kept unless a longer phrase seen as often contains it
    return out


def _latin_piece(tokens: Sequence[str], i: int) -> bool:
    """Whether Latin token ``i`` is a piece of a word jieba cut at a letter it does not know: Fern/á/ndez."""
    before = tokens[i - 1][-1:] if i > 0 else ""
    after = tokens[i + 1][:1] if i + 1 < len(tokens) else ""
    return any(ch.isalpha() and not ch.isascii() and not "\u4e00" <= ch <= "\u9fff" for ch in before + after)


# verbs whose object is the topic, or that frame who spoke or went where: neither a keyword nor part of a keyphrase
# (涉嫌/生产, 学习/运用, 常委/发言/提出, 抵达/利马), but nodes of the word graph, which they link as stopwords would not
_FRAME_VERBS = frozenset({"涉嫌", "运用", "发言", "提出", "抵达"})
# nouns too general for a topic tag that the text still uses as links: the 文章 of every 《求是》 item, 7月份, 联系
_TOO_GENERIC = frozenset({"文章", "月份", "联系"})
_NO_KEYWORD = _FRAME_VERBS | _TOO_GENERIC
def _reached(word: str, tag: str) -> bool:
    """A verb of result (达到, 找到, 得到): the thing reached is the topic, the verb none."""
    return tag == "v" and len(word) == 2 and word.endswith("到")


_NAME_ENDS = ("公司",)  # a company's name ends there: no keyphrase goes on past it (有限公司/生产)
_PROPER_TAGS = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg"})
def _head_after(tokens: Sequence[str], tags: Sequence[str], i: int) -> str:
    """The noun at ``i`` that a modifier before it goes on with (集中统一/l 领导/n → 领导), else ""."""
    return tokens[i] if i < len(tokens) and tags[i] in _HEAD_TAGS else ""


def _one_head(told: set[str]) -> bool:
    """Whether every occurrence of a modifier went on with one and the same noun (``_head_after``)."""
    return len(told) == 1 and "" not in told


_MODIFIER_TAGS = frozenset({"l", "a", "ad", "b", "d", "i"})  # what a keyphrase ending on needs the noun after it
_HEAD_TAGS = frozenset({"n", "vn", "an", "nz", "j"})  # the noun such a phrase goes on with: 集中统一/l 领导/n


def _acts(tags: Sequence[str]) -> bool:
    """Tags of a phrase that tells an act rather than names a thing: a verb before a place, an organisation or a
    name (抵达/乍得, 愿同/泰方, 出席/亚太经合组织), a noun and then a verb (有限公司/生产), or three words or more that end in a verb (中欧班列/西安/集结);
    not two verbs (扫黑/除恶)."""
    return (tags[0] == "v" and tags[1] in _PROPER_TAGS) or (tags[-1] == "v" and (len(tags) > 2 or tags[0][:1] == "n"))


def _contains(seq: tuple[str, ...], sub: tuple[str, ...]) -> bool:
    n = len(sub)
    return any(seq[i : i + n] == sub for i in range(len(seq) - n + 1))
