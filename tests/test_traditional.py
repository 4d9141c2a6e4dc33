"""A Traditional Chinese article is analysed through its Simplified copy and shown as written: the same brief as its
Simplified form, in its own characters (the fixtures are written in Simplified and converted with opencc here)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

opencc = pytest.importorskip("opencc")

from brief import daily, digest_render, pipeline, segment  # noqa: E402
from brief.config import BriefConfig  # noqa: E402
from brief.models import Article  # noqa: E402
from brief.render import build_content, render  # noqa: E402

ECONOMY = """江城市召开经济发展工作会议 部署明年重点任务
本报讯（记者 张伟）12月3日，江城市召开全市经济发展工作会议，总结今年经济运行情况，部署明年重点任务。市委书记李明出席会议并讲话。
今年以来，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济发展保持回升向好态势。据统计，前三季度全市地区生产总值达到1250.6亿元，同比增长6.2%；城镇新增就业3.8万人，居民人均可支配收入增长5.9%。
会议指出，过去一年，全市新开工重点项目126个，完成投资420亿元，新引进工业企业85家。全市共建成高标准农田12万亩，粮食总产量稳定在45万吨以上。
李明表示，发展是解决一切问题的基础和关键，要坚定不移把经济建设作为中心工作，推动高质量发展取得新成效。
会议要求，各级各部门要认真谋划明年工作，加快培育新兴产业，持续扩大有效投资，进一步优化营商环境。
明年，全市计划实施重点项目150个，预计完成投资500亿元，力争地区生产总值增长6%左右。下一步，江城市将着力推动经济发展质量变革、效率变革、动力变革，为全省发展大局作出更大贡献。
"""
WETLAND = """市生态环境局开展湿地保护宣传活动
本报讯 12月4日，市生态环境局在滨湖公园开展湿地保护宣传活动，向市民介绍湿地生态功能和野生鸟类保护知识。
活动现场，工作人员通过展板、讲解和互动问答等形式，向过往群众普及湿地保护法律法规，共发放宣传资料3000余份。
近年来，全市累计修复湿地面积2.6万亩，记录到野生鸟类186种，其中国家一级保护鸟类9种。
下一步，市生态环境局将持续加强湿地监测和巡护，推动形成全社会共同保护湿地的良好氛围。
"""
# words of ECONOMY whose Simplified form differs from the written one (and that no template nor WETLAND holds)
SIMPLIFIED_WORDS = ("经济", "发展", "会议", "重点", "计划", "书记", "投资")
DAY = dt.date(2024, 12, 5)


@pytest.fixture(scope="module")
def config() -> BriefConfig:
    return BriefConfig()


def traditional(text: str, conversion: str = "s2t") -> str:
    converted = opencc.OpenCC(conversion).convert(text)
    assert len(converted) == len(text)
    return converted


def written_form(simplified: str, written: str):
    """The Simplified → written characters of an aligned pair of texts, as a function on strings (the fixture writes
    each Simplified character one way)."""
    table = dict(zip(simplified, written))
    assert len(set(zip(simplified, written))) == len(table), "a character written two ways"
    return lambda text: "".join(table.get(c, c) for c in text)


@pytest.fixture(scope="module")
def twins(config):
    """(the Simplified briefing, the Traditional one, Simplified → written)."""
    written = traditional(ECONOMY)
    return (pipeline.brief_text(ECONOMY, config), pipeline.brief_text(written, config),
            written_form(ECONOMY, written))


@pytest.mark.parametrize("conversion", ["s2t", "s2hk"])
def test_a_traditional_article_is_analysed_as_its_simplified_form(config, conversion):
    simplified = pipeline.brief_text(ECONOMY, config)
    written = pipeline.brief_text(traditional(ECONOMY, conversion), config)
    assert [s.kind for s in written.sections] == [s.kind for s in simplified.sections]
    assert [s.chrome for s in written.sections] == [s.chrome for s in simplified.sections]
    assert len(written.statistics) == len(simplified.statistics) >= 8
    assert [(st.value, st.unit) for st in written.statistics] == [(st.value, st.unit) for st in simplified.statistics]
    assert [st.subject for st in written.statistics] == [st.subject for st in simplified.statistics]
    assert [s.index for s in written.summary] == [s.index for s in simplified.summary]
    assert [k.word for k in written.keywords] == [k.word for k in simplified.keywords]


@pytest.mark.parametrize("fmt", ["html", "md", "txt", "json"])
def test_every_output_shows_the_article_as_written(config, twins, fmt):
    simplified, written, as_written = twins
    out = render(written, fmt, config).decode("utf-8")
    assert "經濟" in out and "發展" in out and "會議" in out
    assert not [word for word in SIMPLIFIED_WORDS if word in out]
    content = build_content(simplified)  # the Simplified brief's points, items, figures and keywords, as written
    shown = [item.text for item in content.points]
    shown += [entry.text for name in ("background", "activities", "plans") for entry in content.lists[name]]
    shown += [f"{fact.text}" for fact in content.lists["stats"]] + [fact.subject for fact in content.lists["stats"]]
    shown += list(content.keywords[:8]) + [content.title_main]
    assert [text for text in shown if as_written(text) not in out] == []


def test_json_tells_sentences_facts_and_keywords_as_written(config, twins):
    simplified, written, as_written = twins
    expected = json.loads(render(simplified, "json", config))
    document = json.loads(render(written, "json", config))
    body = document["body"]
    assert body == as_written(expected["body"]) and "經濟發展" in body
    assert document["title"] == as_written(expected["title"])
    assert [s["text"] for s in document["sentences"]] == [body[s["start"]: s["end"]] for s in document["sentences"]]
    assert [s["section"] for s in document["sentences"]] == [s["section"] for s in expected["sentences"]]
    assert [s["text"] for s in document["summary"]] == [as_written(s["text"]) for s in expected["summary"]]
    assert [k["word"] for k in document["keywords"]] == [as_written(k["word"]) for k in expected["keywords"]]
    for fact, twin in zip(document["statistics"], expected["statistics"], strict=True):
        assert (fact["text"], fact["subject"], fact["shown"]) == tuple(
            as_written(twin[key]) for key in ("text", "subject", "shown"))
        assert (fact["value"], fact["unit"]) == (twin["value"], twin["unit"])
    assert document["brief"] == json.loads(as_written(json.dumps(expected["brief"], ensure_ascii=False))) | {
        "sections": [{**section, "heading": twin["heading"]}
                     for section, twin in zip(document["brief"]["sections"], expected["brief"]["sections"])]}


def test_a_daily_of_a_traditional_and_a_simplified_article(config, tmp_path):
    written = traditional(ECONOMY)
    as_written = written_form(ECONOMY, written)
    digests = {}
    for name, economy in (("simplified", ECONOMY), ("written", written)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text(economy, encoding="utf-8")
        (folder / "b.txt").write_text(WETLAND, encoding="utf-8")
        digests[name] = daily.brief_day([folder], DAY, config)
    expected, digest = digests["simplified"], digests["written"]
    assert [(item.topic, item.sources[0].name.endswith("a.txt")) for item in digest.items] == [
        (item.topic, item.sources[0].name.endswith("a.txt")) for item in expected.items]
    economy = next(item.number for item in digest.items if item.sources[0].name.endswith("a.txt"))
    shown = {economy: as_written}
    assert [(point.text, point.item) for point in digest.glance_points] == [
        (shown.get(point.item, str)(point.text), point.item) for point in expected.glance_points]
    assert [(stat.text, stat.subject) for stat in digest.glance_stats] == [
        (shown.get(stat.item, str)(stat.text), shown.get(stat.item, str)(stat.subject)) for stat in expected.glance_stats]
    assert any(point.item == economy for point in digest.glance_points)
    for write in (digest_render.to_text, digest_render.to_markdown, digest_render.to_html):
        out = write(digest, config)
        assert "經濟發展" in out and "湿地保护" in out  # each article as written
        labels = re.compile("|".join(name for name, _cues in daily.TOPICS))  # (经济发展: a topic's heading)
        assert not [word for word in SIMPLIFIED_WORDS if word in labels.sub("", out)]
        if write is not digest_render.to_html:  # the Simplified digest's titles, points and figures, as written
            told = [part for line in write(expected, config).splitlines() for part in re.split(r"[：；（）〔〕\s]", line)
                    if any(word in part for word in SIMPLIFIED_WORDS) and not labels.fullmatch(part.lstrip("一二三、"))]
            assert told and [part for part in told if as_written(part) not in out] == []


def test_a_conversion_that_changes_a_length_keeps_the_article_as_written(config, monkeypatch):
    written = traditional(ECONOMY)
    monkeypatch.setattr(segment, "_t2s", lambda text: text + "。" if segment.has_traditional(text) else text)
    briefing = pipeline.brief_text(written, config)
    assert briefing.written is None and "經濟發展" in briefing.article.body
    assert all(briefing.article.body[s.start: s.end] == s.text for s in briefing.sentences)


def test_written_maps_pieces_by_place_and_the_rest_by_the_articles_characters(config):
    from brief.written import Written

    article = Article(title="他在这里", body="他在這裡工作。他在这里工作。他認真發展經濟。")
    briefing = pipeline.brief_cleaned(article, config)
    assert briefing.written == article and briefing.article.body == "他在这里工作。他在这里工作。他认真发展经济。"
    shown = Written(briefing)
    assert shown("他在这里工作。", 0) == "他在這裡工作。" and shown("他在这里工作。", 1) == "他在这里工作。"
    assert shown("发展经济：他在这里") == "發展經濟：他在这里"  # pieces: of the body, then of the title
    assert shown("文章认为经济") == "文章認为經濟"  # 认 alone by the article's table; 为, never written otherwise, as it is
    assert Written(replace(briefing, written=None))("发展经济") == "发展经济"


def test_a_traditional_page_dump_is_cleaned_as_its_simplified_form(config):
    dump = (Path(__file__).resolve().parents[1] / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    written = traditional(dump)
    assert opencc.OpenCC("t2s").convert(written) == dump  # (this dump converts back character for character)
    simplified, briefing = pipeline.brief_text(dump, config), pipeline.brief_text(written, config)
    assert briefing.article == simplified.article  # its page chrome (我要舉報, 滬ICP備…) left out, title and source read
    assert briefing.written.title == traditional(simplified.article.title) and "經濟發展" in briefing.written.body
    assert (briefing.summary, briefing.sections, briefing.statistics) == (
        simplified.summary, simplified.sections, simplified.statistics)

    def items(b):  # the key points and section items of the Markdown brief
        return [line for line in render(b, "md", config).decode("utf-8").splitlines() if re.match(r"\d\. ", line)]

    back = str.maketrans(dict(zip(written, dump)))
    assert items(briefing) != items(simplified) and [line.translate(back) for line in items(briefing)] == items(simplified)
