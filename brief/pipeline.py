"""The only module that knows the stage order: input → Briefing."""

from __future__ import annotations

from pathlib import Path

from . import clean, load, rank, sections, segment, stats
from .config import BriefConfig
from .models import Article, Briefing, RawDocument


def brief_document(
    raw: RawDocument, cfg: BriefConfig, *, title: str | None = None, date: str | None = None
) -> Briefing:
    """Clean, analyse and structure one decoded document; ``title`` and ``date`` override the ones found."""
    return brief_cleaned(clean.clean(raw, cfg, title=title, date=date), cfg)


def brief_cleaned(article: Article, cfg: BriefConfig) -> Briefing:
    """Analyse an already cleaned article; one in Traditional Chinese through its Simplified copy, when there is one
    (``segment.simplified_copy``: the cues, lexicons and rules read Simplified words), kept as ``Briefing.written``."""
    copy = segment.simplified_copy(article)
    written, article = (article, copy) if copy is not None else (None, article)
    sentences = segment.segment(article, cfg)
    scores = rank.rank_sentences(sentences, article, cfg)
    keywords = rank.rank_keywords(sentences, article, cfg)
    statistics = stats.extract_statistics(sentences, cfg)
    labels = sections.classify(sentences, statistics, article, cfg)
    chrome = frozenset(s.index for s in labels if s.chrome)  # bylines, captions, 他说。
    summary = rank.select_summary(sentences, scores, article, cfg, skip=chrome)
    return Briefing(
        article=article,
        sentences=sentences,
        scores=scores,
        summary=summary,
        keywords=keywords,
        sections=labels,
        statistics=statistics,
        written=written,
    )


def brief_article(
    source: Path | str, cfg: BriefConfig, *, title: str | None = None, date: str | None = None
) -> Briefing:
    """Brief one article from a path, or ``-`` for standard input; ``title`` and ``date`` override the ones found."""
    return brief_document(load.load_path(source, cfg), cfg, title=title, date=date)


def warm_up(cfg: BriefConfig) -> None:
    """Load what the first article would otherwise pay for (tokenizer, converter, numeral parser, section
    cues and model), so that worker processes forked later share it instead of each loading it inside an article's
    time limit."""
    segment.warm_up(cfg)
    stats.warm_up()
    sections.load_cues(cfg.cues)
    if cfg.section_model:
        sections.load_model()


def brief_text(
    text: str, cfg: BriefConfig, *, title: str | None = None, date: str | None = None, name: str = "<text>"
) -> Briefing:
    """Brief an article given as a string (a batch record); ``title`` and ``date`` override the ones found."""
    return brief_cleaned(clean.clean(load.from_text(text, name, cfg), cfg, title=title, date=date), cfg)
