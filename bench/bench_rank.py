"""brief vs textrank4zh on the same articles in one process: per-article time ratio and ROUGE side by side.

    pip install -e '.[bench]'          # textrank4zh 0.3 + networkx < 3
    python bench/bench_rank.py [DATA.jsonl] [--budget 200] [--limit N] [--no-section-model]

brief's time is its whole analysis, clean → sections (``brief.pipeline.brief_text``: cleaning, jieba,
sentence scores, summary, keywords, statistics, sections), warm. textrank4zh's time is what it takes to
give the same kind of answer: ``TextRank4Sentence`` (key sentences) plus ``TextRank4Keyword`` (keywords and
keyphrases); its sentence-only time is printed too. Each article is run by both, alternating which goes
first, after one warm-up article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief.config import BriefConfig  # noqa: E402
from brief.evaluate import lead, read_records, rouge  # noqa: E402
from brief.pipeline import brief_text, warm_up  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "crud_dev.jsonl"


def textrank4zh_run(text: str, budget: int, sentence_ranker, keyword_ranker) -> tuple[str, float, float]:
    """textrank4zh summary within ``budget`` (ranked, skipping what no longer fits, document order),
    plus (sentence seconds, sentence + keyword seconds)."""
    start = time.perf_counter()
    sentence_ranker.analyze(text=text, lower=True, source="all_filters")
    ranked = sentence_ranker.get_key_sentences(num=len(sentence_ranker.sentences))
    t_sentences = time.perf_counter() - start
    keyword_ranker.analyze(text=text, lower=True, window=2)
    keyword_ranker.get_keywords(8, word_min_len=2)
    keyword_ranker.get_keyphrases(keywords_num=20, min_occur_num=2)
    t_all = time.perf_counter() - start
    chosen, used = [], 0
    for item in ranked:
        if used + len(item.sentence) <= budget:
            chosen.append((item.index, item.sentence))
            used += len(item.sentence)
    return "".join(s for _, s in sorted(chosen)), t_sentences, t_all


def mean_rouge(scores) -> str:
    n = max(len(scores), 1)
    return " ".join(f"{100 * sum(getattr(s, k) for s in scores) / n:6.2f}" for k in ("r1", "r2", "rl"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--budget", type=int, default=200)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-section-model", action="store_true",
                        help="brief without its learned section layer (the rules alone): what the layer costs")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"{args.data}: not found (the shared data lives in ../shared/data)")
    warnings.filterwarnings("ignore")
    try:
        from textrank4zh import TextRank4Keyword, TextRank4Sentence
    except ImportError as err:
        sys.exit(f"textrank4zh is not importable ({err}); pip install -e '.[bench]' (textrank4zh==0.3, networkx<3)")
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    records = read_records(args.data)[: args.limit]
    cfg = BriefConfig(budget=args.budget, section_model=not args.no_section_model)
    sentence_ranker, keyword_ranker = TextRank4Sentence(), TextRank4Keyword()
    warm = records[0]
    warm_up(cfg)  # tokenizer, converter and numeral parser loaded, as in a batch worker
    brief_text(warm["text"], cfg, title=warm.get("title") or None)
    textrank4zh_run(warm["text"], args.budget, sentence_ranker, keyword_ranker)

    t_brief, t_tr_sent, t_tr_all = [], [], []
    ours, leads, theirs = [], [], []
    for i, record in enumerate(records):
        title = record.get("title") or None
        runs = []
        for who in (("brief", "tr") if i % 2 == 0 else ("tr", "brief")):
            if who == "brief":
                start = time.perf_counter()
                briefing = brief_text(record["text"], cfg, title=title)
                t_brief.append(time.perf_counter() - start)
            else:
                summary, t_s, t_a = textrank4zh_run(record["text"], args.budget, sentence_ranker, keyword_ranker)
                t_tr_sent.append(t_s)
                t_tr_all.append(t_a)
            runs.append(who)
        ours.append(rouge("".join(s.text for s in briefing.summary), record["summary"]))
        leads.append(rouge(lead(briefing.sentences, args.budget), record["summary"]))
        theirs.append(rouge(summary, record["summary"]))

    n = len(records)
    ratio_all = [a / b for a, b in zip(t_tr_all, t_brief)]
    ratio_sent = [a / b for a, b in zip(t_tr_sent, t_brief)]
    print(f"{args.data.name}: {n} articles, budget {args.budget} characters, one process, warm")
    print()
    print(f"{'system':<34}{'ms/article (median)':>20}{'articles/s':>12}{'R-1':>8}{'R-2':>8}{'R-L':>8}")
    rows = [
        ("brief (clean → sections)", t_brief, mean_rouge(ours)),
        ("textrank4zh sentences + keywords", t_tr_all, mean_rouge(theirs)),
        ("textrank4zh sentences only", t_tr_sent, mean_rouge(theirs)),
    ]
    for name, times, scores in rows:
        print(f"{name:<34}{1000 * statistics.median(times):>20.2f}{n / sum(times):>12.1f}  {scores}")
    print(f"{'lead (brief sentences)':<34}{'-':>20}{'-':>12}  {mean_rouge(leads)}")
    print()
    print(
        f"time ratio textrank4zh / brief, per article: median {statistics.median(ratio_all):.1f}× "
        f"(sentences only {statistics.median(ratio_sent):.1f}×); "
        f"throughput {sum(t_tr_all) / sum(t_brief):.1f}× (sentences only {sum(t_tr_sent) / sum(t_brief):.1f}×)"
    )


if __name__ == "__main__":
    main()
