"""The only module that knows the stage order: input → Briefing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import clean, load, rank, sections, segment, stats
from .config import BriefConfig
from .models import Article, Briefing, RawDocument
from .written import written_article


def brief_document(
    raw: RawDocument, cfg: BriefConfig, *, title: str | None = None, date: str | None = None
) -> Briefing:
    """Clean, analyse and structure one decoded document; ``title`` and ``date`` override the ones found. A document in
    Traditional Chinese is cleaned and analysed through its Simplified copy when the conversion keeps its length (the
    cleaner's patterns, the cues and rules read Simplified words), the article as written kept beside it."""
    if not segment.has_traditional(raw.text if title is None else raw.text + title):
        return _analysed(clean.clean(raw, cfg, title=title, date=date), None, cfg)
    text = segment.simplified(raw.text)
    if text is raw.text:  # a conversion that changes the length (or a title alone Traditional): the article's texts
        return brief_cleaned(clean.clean(raw, cfg, title=title, date=date), cfg)
    given = segment.simplified(title) if title else title
    copy = clean.clean(replace(raw, text=text), cfg, title=given, date=date)
    written = written_article(copy, ((text, raw.text), (given or "", title or "")))
    return _analysed(copy, written if written != copy else None, cfg)


def brief_cleaned(article: Article, cfg: BriefConfig) -> Briefing:
    """Analyse an already cleaned article; one in Traditional Chinese through its Simplified copy, when there is one
    (``segment.simplified_copy``: the cues, lexicons and rules read Simplified words)."""
    copy = segment.simplified_copy(article)
    return _analysed(copy, article, cfg) if copy is not None else _analysed(article, None, cfg)


def _analysed(article: Article, written: Article | None, cfg: BriefConfig) -> Briefing:
    """The stages on ``article``: the text they read, and the article as written when that is a copy of it."""
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
    return brief_document(load.from_text(text, name, cfg), cfg, title=title, date=date)
