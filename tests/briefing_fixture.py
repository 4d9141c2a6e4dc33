"""Hand-made Briefings for render tests: self-written text, no pipeline needed."""

from __future__ import annotations

from brief.models import Article, Briefing, Keyword, Scored, Section, SectionKind, Sentence, Statistic

B, A, S, F, O = (
    SectionKind.BACKGROUND,
    SectionKind.ACTIVITIES,
    SectionKind.STATISTICS,
    SectionKind.FUTURE_PLANS,
    SectionKind.OTHER,
)

# (paragraph, kind, score, text): a fictional county news item written for these tests.
SAMPLE = (
    (0, B, 0.091, "今年是全面推进基层法治建设的关键一年，青禾县将“法律服务进万家”列为年度重点民生工程。"),
    (0, B, 0.052, "去年以来，县委整合司法、信访和人民调解力量，组建了县级矛盾纠纷调处中心。"),
    (1, A, 0.120, "11月20日，青禾县召开基层法治建设现场推进会，县委主要负责同志出席会议并讲话。"),
    (1, A, 0.083, "与会人员实地察看了东湖街道公共法律服务站、石桥镇人民调解委员会和县法律援助中心。"),
    (1, A, 0.064, "会议要求各乡镇把法律服务送到田间地头，做到小事不出村、大事不出镇、矛盾不上交。"),
    (1, A, 0.041, "会上，5个乡镇和3个部门作了交流发言。"),
    (2, S, 0.110, "截至10月底，全县已建成村（社区）法律服务室186个，覆盖率达到100%。"),
    (2, S, 0.077, "今年共办理法律援助案件1,245件，为群众挽回经济损失2360.5万元。"),
    (2, S, 0.058, "全县人民调解组织共受理矛盾纠纷3.2万余件，调解成功率98.6%。"),
    (3, F, 0.101, "下一步，青禾县将持续深化“一村一法律顾问”制度，力争到2027年实现法律服务全覆盖。"),
    (3, F, 0.066, "同时，县司法局将建设线上法律服务平台，推动更多事项“网上办、掌上办”。"),
    (3, F, 0.030, "各乡镇要建立工作台账，每季度报送一次进展情况。"),
    (4, O, 0.010, "（记者 王明 通讯员 李华）"),
)

STATS = (  # (text as written, value, unit, subject, sentence index)
    ("186个", 186.0, "个", "村（社区）法律服务室", 6),
    ("100%", 100.0, "%", "法律服务室覆盖率", 6),
    ("1,245件", 1245.0, "件", "法律援助案件", 7),
    ("2360.5万元", 23605000.0, "元", "挽回经济损失", 7),
    ("3.2万余件", 32000.0, "件", "受理矛盾纠纷", 8),
    ("98.6%", 98.6, "%", "调解成功率", 8),
    ("5个", 5.0, "个", "交流发言乡镇", 5),
)

KEYWORDS = ("法律服务", "基层法治", "人民调解", "法律援助", "青禾县", "矛盾纠纷", "乡镇", "法律顾问")


def make_briefing(
    sentences=SAMPLE,
    stats=STATS,
    *,
    title: str = "法治护航基层治理——青禾县召开基层法治建设现场推进会",
    summary_indices: tuple[int, ...] = (0, 2, 6, 9),
    keywords=KEYWORDS,
    date: str | None = "2026-11-21",
    time: str | None = "09:30",
    source: str | None = "青禾县融媒体中心",
    byline: str | None = "记者 王明",
) -> Briefing:
    """Build a consistent Briefing (offsets, scores, sections) from literal sentences."""
    body_parts: list[str] = []
    records: list[Sentence] = []
    offset, last_paragraph = 0, None
    for index, (paragraph, _kind, _score, text) in enumerate(sentences):
        if last_paragraph is not None and paragraph != last_paragraph:
            body_parts.append("\n")
            offset += 1
        last_paragraph = paragraph
        records.append(Sentence(index, offset, offset + len(text), paragraph, text, (text,), ("x",)))
        body_parts.append(text)
        offset += len(text)
    body = "".join(body_parts)
    statistics = []
    for text, value, unit, subject, sentence_index in stats:
        sentence = records[sentence_index]
        start = body.index(text, sentence.start)
        statistics.append(Statistic(text, value, unit, subject, sentence_index, start, start + len(text)))
    scores = tuple(score for _p, _k, score, _t in sentences)
    return Briefing(
        article=Article(title=title, body=body, date=date, time=time, source=source, byline=byline, name="fixture"),
        sentences=tuple(records),
        scores=scores,
        summary=tuple(Scored(i, records[i].text, scores[i]) for i in summary_indices),
        keywords=tuple(Keyword(word, round(1.0 - 0.07 * n, 4)) for n, word in enumerate(keywords)),
        sections=tuple(Section(i, kind) for i, (_p, kind, _s, _t) in enumerate(sentences)),
        statistics=tuple(statistics),
    )


def make_long_briefing(times: int = 6) -> Briefing:
    """The sample repeated ``times`` times, with every long list far over what one page holds."""
    sentences = []
    for n in range(times):
        for paragraph, kind, score, text in SAMPLE:
            sentences.append((paragraph + 5 * n, kind, score / (n + 1), text))
    stats = [
        (text, value, unit, subject, index + n * len(SAMPLE))
        for n in range(times)
        for text, value, unit, subject, index in STATS
    ]
    summary = tuple(i for n in range(times) for i in (0 + n * len(SAMPLE), 2 + n * len(SAMPLE)))
    return make_briefing(
        sentences,
        stats,
        title="法治护航基层治理——青禾县召开基层法治建设现场推进会暨全县法律服务体系建设经验交流会议",
        summary_indices=summary,
    )
