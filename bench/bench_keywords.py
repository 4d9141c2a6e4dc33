"""brief's keywords beside textrank4zh's and jieba's, scored against the reference summaries, in one run.

    python bench/bench_keywords.py [DATA.jsonl ...] [--top 8] [--limit N]

No data set has reference keywords, so each system's top ``--top`` keywords are scored by how many of them the
reference summary uses: precision (the share of the keywords found in the reference, verbatim), and the share of
the reference's own content words (jieba's words of two or more characters that are not stopwords) the keywords
cover. A reference written by a person keeps the article's topic and actors, so a keyword it uses is one a reader
wanted; a generic word (工作, 理念) or a verb lost in the summary counts against. Verbatim matching is hard on long
keyphrases (扫黑除恶专项斗争 must appear whole), so brief's phrases are at a disadvantage here, not an advantage.

Systems: brief (``brief.rank.rank_keywords`` after brief's cleaning and segmentation), jieba.analyse's TF-IDF
(``extract_tags``) and TextRank (``textrank``) on the raw text, and textrank4zh's ``get_keywords`` (window 2, the
``bench`` extra) when installed. Defaults: crud_dev (400 official news items, silver references) and
clts_samples (12, written by people).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief.config import BriefConfig  # noqa: E402
from brief.evaluate import read_records  # noqa: E402
from brief.pipeline import brief_text, warm_up  # noqa: E402
from brief.rank import stopwords  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
DEFAULT_DATA = [DATA / "crud_dev.jsonl", DATA / "clts_samples.jsonl"]


def systems(top: int):
    """(name, function text → keywords) of every system that is installed."""
    import jieba
    import jieba.analyse

    jieba.setLogLevel(logging.WARNING)
    cfg = BriefConfig(keywords=top)
    warm_up(cfg)
    found = [
        ("brief", lambda text, title: [k.word for k in brief_text(text, cfg, title=title).keywords]),
        ("jieba TF-IDF", lambda text, title: jieba.analyse.extract_tags(text, topK=top)),
        ("jieba TextRank", lambda text, title: jieba.analyse.textrank(text, topK=top)),
    ]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from textrank4zh import TextRank4Keyword
    except ImportError:
        print("textrank4zh not installed (pip install -e '.[bench]'): left out\n")
    else:
        ranker = TextRank4Keyword()

        def textrank4zh(text: str, title: str | None) -> list[str]:
            ranker.analyze(text=text, lower=True, window=2)
            return [item.word for item in ranker.get_keywords(top, word_min_len=2)]

        found.append(("textrank4zh", textrank4zh))
    return found


def content_words(reference: str, stop: frozenset[str]) -> set[str]:
    import jieba

    return {w for w in jieba.lcut(reference) if len(w) >= 2 and w not in stop and not w[0].isdigit()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="*", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--top", type=int, default=8, help="keywords per article (brief's default is 8)")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each file")
    args = parser.parse_args()
    present = [path for path in args.data if path.is_file()]
    if not present:
        print(f"no data found ({', '.join(map(str, args.data))}); nothing to benchmark")
        return 0
    runs = systems(args.top)
    stop = stopwords(BriefConfig())
    print(f"top {args.top} keywords against the reference summary (precision: share of keywords the reference uses, "
          "verbatim; coverage: share of the reference's content words among the keywords); means over articles\n")
    print(f"{'data':24s} {'system':16s} {'precision':>9s} {'coverage':>9s} {'keywords':>9s}")
    for path in present:
        records = read_records(path)[: args.limit]
        for name, run in runs:
            precision, coverage, sizes = [], [], []
            for record in records:
                words = run(record["text"], record.get("title") or None)
                reference = record["summary"]
                wanted = content_words(reference, stop)
                precision.append(sum(w in reference for w in words) / len(words) if words else 0.0)
                coverage.append(len(wanted & set(words)) / len(wanted) if wanted else 0.0)
                sizes.append(len(words))
            print(f"{path.stem:24s} {name:16s} {statistics.mean(precision):9.3f} {statistics.mean(coverage):9.3f} "
                  f"{statistics.mean(sizes):9.1f}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
