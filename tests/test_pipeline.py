"""The whole pipeline on the user's sample dump (examples/seed_article.txt) and on small articles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from brief import pipeline
from brief.models import SectionKind

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "seed_article.txt"
CHROME = ("Logo", "下载客户端", "登录", "+1", "收藏", "举报", "字号", "ICP", "公网安备", "许可证", "©", "扫码", "本文为", "来源")


@pytest.fixture(scope="module")
def sample():
    from brief.config import BriefConfig

    return pipeline.brief_article(SAMPLE, BriefConfig())


def test_sample_sentences_are_clean_and_point_into_the_body(sample):
    body = sample.article.body
    assert len(sample.sentences) > 30
    for sentence in sample.sentences:
        assert body[sentence.start : sentence.end] == sentence.text
        assert not any(fragment in sentence.text for fragment in CHROME), sentence.text
    assert len(sample.scores) == len(sample.sentences) == len(sample.sections)


def test_sample_summary_respects_budget_and_order(sample, cfg):
    assert sample.summary, "a brief always has key points"
    assert sum(len(item.text) for item in sample.summary) <= cfg.budget
    indices = [item.index for item in sample.summary]
    assert indices == sorted(indices) and len(set(indices)) == len(indices)
    for item in sample.summary:
        assert item.text.rstrip("。…") in sample.sentences[item.index].text


def test_sample_statistics_are_facts(sample):
    facts = {(fact.value, fact.unit) for fact in sample.statistics}
    assert {(79.0, "个"), (503.0, "个"), (203400.0, "件"), (35000.0, "人次"), (4990000.0, "元"), (697.0, "个")} <= facts
    body = sample.article.body
    for fact in sample.statistics:
        assert body[fact.start : fact.end] == fact.text
        assert fact.text in sample.sentences[fact.sentence_index].text
    assert not any(fact.text.startswith("第") or fact.unit in {"届", "年"} for fact in sample.statistics)


def test_sample_sections_cover_the_four_kinds(sample):
    kinds = [section.kind for section in sample.sections]
    assert {SectionKind.BACKGROUND, SectionKind.ACTIVITIES, SectionKind.STATISTICS, SectionKind.FUTURE_PLANS} <= set(kinds)
    last_paragraph = sample.sentences[-1].paragraph
    plans = [k for s, k in zip(sample.sentences, kinds) if s.paragraph == last_paragraph]
    assert plans.count(SectionKind.FUTURE_PLANS) >= len(plans) - 1  # 今后 carries across its paragraph


def test_sample_keywords_skip_generic_officialese(sample):
    words = [keyword.word for keyword in sample.keywords]
    assert words and not {"工作", "建设", "开展", "加强", "推进"} & set(words)
    assert any("宪法" in word for word in words)


def test_pipeline_is_deterministic(sample, cfg):
    assert pipeline.brief_article(SAMPLE, cfg) == sample


def test_budget_option_is_honoured(cfg):
    small = replace(cfg, budget=80)
    briefing = pipeline.brief_article(SAMPLE, small)
    assert 0 < sum(len(item.text) for item in briefing.summary) <= 80


def test_one_sentence_article(cfg):
    briefing = pipeline.brief_text("市政府召开常务会议研究部署近期重点工作", cfg)
    assert len(briefing.sentences) == 1 and len(briefing.summary) == 1


@pytest.mark.parametrize("name", ["county_dump.txt", "bureau_page.html"])
def test_pipeline_output_matches_golden(name, article_path, cfg, golden):
    from brief.render import render

    briefing = pipeline.brief_article(article_path(name), cfg)
    golden(name.rsplit(".", 1)[0] + ".json", render(briefing, "json", cfg).decode("utf-8"))


def test_sentences_the_rules_call_other_are_never_key_points(cfg):
    """Captions and attribution fragments (他说。) may be short enough to fit any budget: never key points."""
    text = (
        "市司法局举办宪法宣传周活动\n"
        "12月4日，市司法局在市民广场举办宪法宣传周启动仪式，向群众发放宣传资料两万余份。\n"
        "活动现场。\n"
        "“宪法与每个人息息相关。”市司法局局长张明说。\n"
        "张明说。\n"
        "下一步，市司法局将持续开展宪法进机关、进乡村、进社区、进学校、进企业活动。"
    )
    briefing = pipeline.brief_text(text, replace(cfg, budget=400))
    chrome = {s.index for s in briefing.sections if s.chrome}
    assert chrome, [(s.text, k.kind) for s, k in zip(briefing.sentences, briefing.sections)]
    assert chrome <= {s.index for s in briefing.sections if s.kind is SectionKind.OTHER}
    assert not chrome & {s.index for s in briefing.summary}


def test_an_untitled_post_keeps_its_lead_among_the_key_points(cfg):
    """The title borrowed from the lead leaves out its relative time (昨晚), so the lead is no mere copy of the title:
    it stays the first key point, and 后因… does not open the brief."""
    from brief.render import build_content

    text = ("昨晚，中联航空成都飞北京一架航班被发现有多人吸烟。几名乘客在舱门边吸烟被发现。有乘客要求重新安检，机长决定继续飞行。"
            "后因天气原因，飞机备降太原机场。目前中联航空正联系机组进行核实。")
    briefing = pipeline.brief_text(text, cfg)
    assert briefing.article.title == "中联航空成都飞北京一架航班被发现有多人吸烟"
    assert build_content(briefing).points[0].text.startswith("昨晚，中联航空")
