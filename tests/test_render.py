"""Render: the one-page PDF checked by its properties, HTML/email/Markdown/text/JSON by structure."""

from __future__ import annotations

import html as htmlmod
import io
import json
import logging
import re
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from brief import fit, render, speakers
from brief.config import Branding, BriefConfig
from brief.errors import RenderError
from brief.models import Article, Scored, SectionKind

from briefing_fixture import SAMPLE, STATS, make_briefing, make_long_briefing

pypdf = pytest.importorskip("pypdf")
pdfplumber = pytest.importorskip("pdfplumber")

HOSTILE = "<script>alert(1)</script>{{ 7*7 }}<img src=\"file:///etc/passwd\">"
CFG = BriefConfig(branding=Branding(unit="青禾县人民政府办公室", issue="12",
                                    recipients="报：县委、县政府领导同志　送：县直有关部门"))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_facts(data: bytes) -> dict:
    """What the tests assert about a PDF: pages, size, fonts, text (RENDERING.md §6.2)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    fonts = [ref.get_object() for ref in page["/Resources"]["/Font"].values()]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    return {
        "pages": len(reader.pages),
        "size": (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)),
        "fonts": [(str(f["/BaseFont"]), str(f.get("/Encoding"))) for f in fonts],
        "text": squash(text),
    }


@pytest.fixture(scope="module")
def short_pdf() -> fit.PdfResult:
    return fit.render_pdf(make_briefing(), CFG)


@pytest.fixture(scope="module")
def long_pdf() -> fit.PdfResult:
    return fit.render_pdf(make_long_briefing(8), CFG)


# ---------------------------------------------------------------------------- PDF


def test_pdf_is_one_a4_page_with_subset_identity_h_fonts(short_pdf):
    facts = pdf_facts(short_pdf.pdf)
    assert facts["pages"] == 1 and short_pdf.pages == 1
    assert facts["size"] == (595.3, 841.9)
    assert facts["fonts"], "no fonts on the page"
    for name, encoding in facts["fonts"]:
        assert re.match(r"^/[A-Z]{6}\+", name), f"{name} is not an embedded subset"
        assert encoding == "/Identity-H", f"{name} has {encoding}: missing glyphs (tofu)"
    assert short_pdf.layouts <= fit.MAX_LAYOUTS
    assert len(short_pdf.pdf) < 400_000


def test_pdf_shows_masthead_title_points_and_numbers_as_written(short_pdf):
    text = pdf_facts(short_pdf.pdf)["text"]
    for expected in ("信息快报", "第12期", "内部资料注意保存", "青禾县人民政府办公室编", "2026年11月21日",
                     "法治护航基层治理", "青禾县召开基层法治建设现场推进会", "内容要点", "关键词",
                     "数据要点", "1,245件", "2360.5万元", "3.2万余件", "—1—", "本材料由系统根据公开报道自动摘编"):
        assert expected in text, expected
    assert squash(SAMPLE[0][3]) in text  # the best key sentence, whole


def test_the_unit_is_said_to_edit_the_brief_once():
    for unit, imprint in (("青禾县人民政府办公室", "青禾县人民政府办公室编"), ("青禾县人民政府办公室编", "青禾县人民政府办公室编"),
                          ("青禾县委办公室编印", "青禾县委办公室编印"), ("", "")):
        assert Branding(unit=unit).imprint == imprint
    md = render.render(make_briefing(), "md", BriefConfig(branding=Branding(unit="青禾县人民政府办公室编"))).decode()
    assert "青禾县人民政府办公室编　" in md and "编编" not in md


def test_a_long_web_address_wraps_inside_the_page():
    url = ("https://www.gov.cn/zhengce/zhengceku/202306/content_6884521.htm?utm_source=weixin&utm_medium=social"
           "&utm_campaign=zcjd2023&share_token=8f3a9c2b7d1e4f6a")
    sentences = ((0, SectionKind.ACTIVITIES, 0.2, f"市政府今天发布数字政府建设新举措，全文详见{url}，市民也可以通过平台办理。"), *SAMPLE[1:])
    data = fit.render_pdf(make_briefing(sentences, STATS, summary_indices=(0, 2, 6, 9)), CFG).pdf
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        right = max(ch["x1"] for ch in page.chars)
        text = squash(page.extract_text())
    assert right <= float(page.width) - fit.MARGIN_MM["side"] * fit.PT_PER_MM + 1
    assert "share_token=8f3a9c2b7d1e4f6a" in text  # all of it shown, over two lines


def test_fonts_subset_in_parallel_give_the_same_pdf_bytes(short_pdf, monkeypatch):
    import weasyprint.pdf

    parallel = weasyprint.pdf.build_fonts_dictionary
    assert getattr(parallel, "parallel", False), "write_pdf does not subset fonts side by side"
    seen = []
    monkeypatch.setattr(weasyprint.pdf, "build_fonts_dictionary",
                        lambda pdf, fonts, *args: seen.append(len(fonts)) or parallel(pdf, fonts, *args))
    again = fit.render_pdf(make_briefing(), CFG).pdf
    monkeypatch.setattr(weasyprint.pdf, "build_fonts_dictionary", parallel.original)
    one_by_one = fit.render_pdf(make_briefing(), CFG).pdf
    assert seen and seen[0] >= 2  # regular and bold: two font files to subset
    assert again == one_by_one == short_pdf.pdf


def test_long_briefing_still_fits_one_page_with_whole_sentences(long_pdf):
    facts = pdf_facts(long_pdf.pdf)
    assert facts["pages"] == 1
    assert long_pdf.layouts <= fit.MAX_LAYOUTS and not long_pdf.emergency
    assert fit.MIN_PT <= long_pdf.base_pt <= fit.MAX_PT
    # Dropped items go whole: every list item shown is a whole sentence of the fixture.
    sentences = {squash(text) for _p, _k, _s, text in SAMPLE}
    shown = [s for s in sentences if s in facts["text"]]
    assert shown, "no sentence survived"
    assert "……" not in facts["text"]


def test_absurd_input_still_gives_one_page():
    huge = "很长的标题" * 150
    briefing = replace(make_briefing(), article=replace(make_briefing().article, title=huge))
    result = fit.render_pdf(briefing, CFG)
    assert pdf_facts(result.pdf)["pages"] == 1


def test_character_no_font_has_is_replaced_with_a_warning(caplog):
    odd = "\U0010fffd"  # private use, plane 16: no font covers it
    briefing = replace(make_briefing(), article=replace(make_briefing().article, title=f"测试{odd}标题"))
    with caplog.at_level(logging.WARNING, logger="brief.fit"):
        result = fit.render_pdf(briefing, CFG)
    assert any("U+10FFFD" in r.getMessage() for r in caplog.records)
    facts = pdf_facts(result.pdf)
    assert f"测试{fit.MISSING_GLYPH}标题" in facts["text"]
    assert all(encoding == "/Identity-H" for _name, encoding in facts["fonts"])


@pytest.mark.parametrize("family", ["Noto Serif CJK SC", "Noto Sans CJK SC"])
def test_fast_coverage_ranges_are_really_covered(family):
    cmap = fit._font_cmap(family)
    if not cmap:
        pytest.skip(f"{family} is not installed (Debian package fonts-noto-cjk)")
    missing = [hex(c) for low, high in fit.COVERED_RANGES for c in range(low, high + 1) if c not in cmap]
    assert not missing, missing[:20]
    assert ord(fit.MISSING_GLYPH) in cmap


def test_a_line_used_as_the_title_is_not_repeated_in_the_sections():
    # an untitled page dump is titled by its first line, which stays in the text as a paragraph of its own
    line = "青禾县召开基层法治建设现场推进会。"
    sentences = ((-1, SectionKind.ACTIVITIES, 0.01, line), *SAMPLE)

    def activities(title: str) -> list[str]:
        briefing = make_briefing(sentences, (), title=title, summary_indices=(1, 4, 7, 10))
        return [item.text for item in render.build_content(briefing).lists["activities"]]

    assert line not in activities(line.rstrip("。")) and SAMPLE[2][3] in activities(line.rstrip("。"))
    assert line in activities("法治护航基层治理")


def test_a_teaser_or_a_list_left_open_is_no_section_item():
    teaser = (1, SectionKind.BACKGROUND, 0.9, "据海关介绍，全省进出口主要呈现三个特点。")
    scene = (1, SectionKind.BACKGROUND, 0.8, "河湖沿岸、废旧厂房、高架桥下……")
    content = render.build_content(make_briefing((*SAMPLE[:2], teaser, scene, *SAMPLE[2:]), (), summary_indices=(0, 4)))
    shown = [item.text for items in content.lists.values() for item in items]
    assert teaser[3] not in shown and scene[3] not in shown and SAMPLE[1][3] in shown
    assert render._reports("《意见》提出6方面24条政策措施。") and not render._reports("今年的活动有以下几个亮点：")


def test_in_a_report_of_a_speech_what_the_speaker_asked_for_comes_before_what_he_told():
    from brief.pipeline import brief_text

    told = ["青禾镇历史悠久，文化底蕴深厚，近年来乡村振兴发展势头良好，群众生活明显改善。",
            "过去一年，青禾镇乡村振兴各项事业取得了新的成绩，特色产业不断壮大。",
            "青禾镇乡村振兴的成绩来之不易，凝聚了全镇干部群众的心血和汗水。",
            "青禾镇的茶叶产业在全县乡村振兴中走在前列，品牌效应日益显现。",
            "青禾镇的乡村旅游起步较早，乡村振兴带动游客数量逐年增加。",
            "青禾镇的乡村振兴经验值得总结推广，乡村振兴的路子越走越宽。"]
    text = ("5月10日，县委书记李明到青禾镇调研乡村振兴工作。\n" + "".join("李明指出，" + t for t in told) + "\n"
            "李明强调，要坚持把发展特色产业作为重要抓手，推动茶旅融合发展。要加强基层党组织建设，提升服务群众能力。")
    asked = ["李明强调，要坚持把发展特色产业作为重要抓手，推动茶旅融合发展。", "李明强调，要加强基层党组织建设，提升服务群众能力。"]

    def activities(title: str) -> list[str]:
        return [item.text for item in render.build_content(brief_text(text, BriefConfig(budget=60), title=title)).lists[
            "activities"]]

    assert activities("李明在青禾镇调研时强调 发展特色产业 推进乡村振兴")[:2] == asked  # 要加强… with his name
    assert activities("青禾镇乡村振兴见闻")[:2] != asked  # a feature: by the sentences' rank


def test_a_section_item_that_is_a_whole_quotation_takes_the_speaker_after_it():
    quoted = ((2, SectionKind.ACTIVITIES, 0.05, "“桐湖湿地成为了生态宜居湿地保护理念的生动缩影。”"),
              (2, SectionKind.OTHER, 0.01, "蔡甸区政府副区长胡王莹致辞中表示。"),
              (3, SectionKind.ACTIVITIES, 0.04, "体验地正式授牌，共建生态宜居的美丽武汉。”"),
              (3, SectionKind.OTHER, 0.01, "李江娜说。"))
    briefing = make_briefing((*SAMPLE[:2], *quoted), (), summary_indices=(0,))
    shown = [item.text for item in render.build_content(briefing).lists["activities"]]
    assert "“桐湖湿地成为了生态宜居湿地保护理念的生动缩影。”蔡甸区政府副区长胡王莹致辞中表示。" in shown
    assert "李江娜说：“体验地正式授牌，共建生态宜居的美丽武汉。”" in shown  # the end of a longer one: quoted again


LISTED = ("会议提出三方面举措。", "一是提高利用外资质量。", "加大重点领域引进外资力度，拓宽吸引外资渠道。", "二是保障企业国民待遇。",
          "保障依法参与政府采购活动，确保平等享受支持政策。", "三是持续加强投资保护。", "健全权益保护机制，强化知识产权保护。")


def test_a_numbered_list_of_headings_is_one_key_point_in_full():
    sentences = (*SAMPLE[:2], *((1, SectionKind.ACTIVITIES, 0.05, text) for text in LISTED))
    briefing = make_briefing(sentences, (), summary_indices=(0, 5, 7))  # 二是… and 三是… were chosen, 一是… not
    content = render.build_content(briefing)
    listed = "一是提高利用外资质量；二是保障企业国民待遇；三是持续加强投资保护。"
    assert [item.text for item in content.points] == [SAMPLE[0][3], listed]
    assert next(item.index for item in content.points if item.text == listed) == 3  # where 一是… stands
    shown = [item.text for items in content.lists.values() for item in items]
    assert not any(text.endswith(("利用外资质量。", "企业国民待遇。", "加强投资保护。")) for text in shown)  # no item told twice
    # what tells an item is shown under the item's heading
    assert "提高利用外资质量：加大重点领域引进外资力度，拓宽吸引外资渠道。" in shown
    assert "持续加强投资保护：健全权益保护机制，强化知识产权保护。" in shown


def test_a_semicolon_item_leaning_on_the_first_is_told_in_its_point():
    run = ("2025年，青禾县粮食播种面积52.3万亩，总产量24.1万吨；", "粮食产值11.6亿元，同比增长4.2%；",
           "白石市粮食产值9.8亿元，同比增长2.7%。")
    sentences = (*SAMPLE[:2], *((5, SectionKind.ACTIVITIES, score, text) for score, text in zip((0.3, 0.2, 0.1), run)))
    content = render.build_content(make_briefing(sentences, (), summary_indices=(0, 2, 3, 4)))
    joined = "2025年，青禾县粮食播种面积52.3万亩，总产量24.1万吨；粮食产值11.6亿元，同比增长4.2%。"
    assert sorted(item.text for item in content.points) == sorted([SAMPLE[0][3], joined, run[2]])  # 白石市… stands alone


def test_a_semicolon_item_leaning_on_the_one_before_in_its_list_is_told_with_it():
    run = ("受灾职工不能正常偿还贷款的，不作逾期处理；", "可按规定申请延长贷款期限。", "全市共发放救灾资金1200万元。")
    sentences = (*SAMPLE[:2], *((5, SectionKind.ACTIVITIES, score, text) for score, text in zip((0.3, 0.2, 0.1), run)))
    content = render.build_content(make_briefing(sentences, (), summary_indices=(0,)))
    assert [item.text for item in content.lists["activities"]][:2] == [
        "受灾职工不能正常偿还贷款的，不作逾期处理；可按规定申请延长贷款期限。", run[2]]


def test_a_meetings_agenda_is_one_key_point():
    agenda = ("会议听取推动自贸试验区建设提质增效工作汇报。", "会议指出，要支持自贸试验区先行先试。",
              "会议研究深化国家级经济技术开发区改革创新有关举措。", "会议审议通过《政务数据共享条例（草案）》。",
              "会议还研究了其他事项。")
    sentences = (*SAMPLE[:2], *((1, SectionKind.ACTIVITIES, 0.05, text) for text in agenda))
    content = render.build_content(make_briefing(sentences, (), summary_indices=(0, 2, 4)))
    whole = "会议听取推动自贸试验区建设提质增效工作汇报，研究深化国家级经济技术开发区改革创新有关举措，审议通过《政务数据共享条例（草案）》。"
    assert [item.text for item in content.points] == [SAMPLE[0][3], whole]
    shown = [item.text for items in content.lists.values() for item in items]
    assert not any(text.startswith("会议审议通过") for text in shown)  # no item told twice
    # one agenda item alone is a sentence like any other
    alone = make_briefing((*SAMPLE[:2], (1, SectionKind.ACTIVITIES, 0.05, agenda[0])), (), summary_indices=(0,))
    assert render.agenda(alone.sentences) == []


@pytest.mark.parametrize(("texts", "found"), [
    (LISTED, [[1, 3, 5]]),
    (("第一，完善机制。", "第二，强化保障。", "（三）加强督导。"), []),  # two forms: no list
    (("第一，完善机制。", "第二，强化保障。", "第三，加强督导。"), [[0, 1, 2]]),
    (("增长主要得益于三点原因：一是政策持续显效。", "二是发展基础稳固。", "三是合作日益扩大。"), [[0, 1, 2]]),  # after a colon
    (("1.不准私自下水游泳。", "2.不准擅自与他人结伴游泳。", "3.不准到无安全设施的水域游泳。"), [[0, 1, 2]]),
    (("一是提高质量。", "三是强化保障。", "四是加强督导。"), []),  # a number skipped
    (("一是开通绿色通道。", "为在四板挂牌的企业提供咨询服务。", "二是实施公示审核。"), [[0, 2]]),  # 一是, 二是: a pair
    (("第一，完善机制。", "第二，强化保障。"), []),  # any other form: three at least
    (("一是提高质量，扩大开放。", "二是强化保障。", "三是加强督导。"), []),  # an item that is a paragraph
    (("（一）提高质量", "（二）强化保障", "（三）加强督导", "（四）优化服务"), [[0, 1, 2, 3]]),
    (("会议强调，一要提高质量。", "二要强化保障。"), [[0, 1]]),  # 一要…二要…, after whoever tells it: a pair too
])
def test_numbered_headings_are_whole_lists_of_short_items(texts, found):
    sentences = make_briefing(tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in texts), (),
                              summary_indices=(0,)).sentences
    assert [[item.index for item in run] for run in render.numbered_headings(sentences)] == found


def test_a_key_point_inside_a_list_of_paragraphs_shows_the_whole_outline():
    texts = ("《意见》强调，一要确保国家粮食安全，抓好粮食生产，扎实推进产能提升行动。", "增强粮食调控能力，持续深化节约行动。",
             "二要确保不发生规模性返贫，落实监测帮扶机制。", "三要提升乡村产业发展水平，促进融合发展。",
             "《意见》还提出具体要求。")
    sentences = tuple((0 if k < 4 else 1, SectionKind.ACTIVITIES, 0.1, text) for k, text in enumerate(texts))
    points = [item.text for item in render.build_content(make_briefing(sentences, (), summary_indices=(1, 3, 4))).points]
    outline = "《意见》强调，一要确保国家粮食安全；二要确保不发生规模性返贫；三要提升乡村产业发展水平。"
    assert points == [outline, "《意见》还提出具体要求。"]  # one point for the list, where it opens, ranked as its best
    content = render.build_content(make_briefing(sentences, (), summary_indices=(4,)))  # the list in a section only
    assert [item.text for item in content.lists["activities"]] == [outline]  # told once, its number kept
    # the first item may follow a comma of the sentence that announces the list
    told = ("检查组要求各企业认真做好整改，一是严格落实安全责任，对管理体制进行梳理；", "二是从严防控重大风险，强化工作措施；",
            "三是积极支持监管工作，加强沟通交流。")
    sentences = tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in told)
    assert render.outlines(make_briefing(sentences, (), summary_indices=(1,)).sentences)[0][1] == (
        "检查组要求各企业认真做好整改，一是严格落实安全责任；二是从严防控重大风险；三是积极支持监管工作。")
    # whoever says it may tell the first item (尹蔚民说，第一，…); an item's first clause that only frames it (会根据…)
    # names it with the next
    said = ("尹蔚民说，第一，会根据人口老龄化的趋势，把握调整的节奏。", "第二，肯定是“小步徐趋、渐进到位”。", "每年只会延长几个月。",
            "第三，会有一个社会预告。")
    sentences = tuple((0, SectionKind.FUTURE_PLANS, 0.1, text) for text in said)
    assert render.outlines(make_briefing(sentences, (), summary_indices=(1,)).sentences)[0][1] == (
        "尹蔚民说，第一，会根据人口老龄化的趋势，把握调整的节奏；第二，肯定是“小步徐趋、渐进到位”；第三，会有一个社会预告。")
    means = ("浪潮信息表示，第一，将加快液冷产品研发。", "第二，将推广整机柜服务器。",
             "第三，将通过48v整机柜电源与全液冷结合的技术，持续追求整机柜能效提升。", "第四，落地先进数据中心。")
    sentences = tuple((0, SectionKind.FUTURE_PLANS, 0.1, text) for text in means)
    told = render.outlines(make_briefing(sentences, (), summary_indices=(1,)).sentences)[0][1]
    assert "第三，将通过48v整机柜电源与全液冷结合的技术，持续追求整机柜能效提升" in told  # the means, and what is done
    # steps numbered 1. 2. 3. open with what is done first, not with a name of the step: each point stays its own
    steps = ("1、黑芝麻下锅炒香后，打碎成粉末。", "2、红枣洗净，去核备用。", "3、锅里加水，放入红枣煮开。")
    sentences = tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in steps)
    assert render.outlines(make_briefing(sentences, (), summary_indices=(1,)).sentences) == []


def test_the_end_of_a_quotation_no_one_is_named_as_saying_is_no_item():
    texts = ("美国记者赫什表示，拜登政府在大桥袭击中扮演了重要角色。", "一名美国官员告诉赫什，“当然是我们的技术。",
             "这架无人机是被远程操控的，就像鱼雷一样。”", "大桥已恢复通行。")
    sentences = tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in texts)
    briefing = make_briefing(sentences, (), summary_indices=(0, 1))  # its opening a key point, its end alone
    assert speakers.unsaid_quoted(briefing.sentences, 2) and not speakers.unsaid_quoted(briefing.sentences, 3)
    items = [item.text for item in render.build_content(briefing).lists["activities"]]
    assert "这架无人机是被远程操控的，就像鱼雷一样。" not in items and "大桥已恢复通行。" in items  # not told as fact
    middle = ("财长说道：“坦率地说，预算赤字让我们付出了代价。", "我们需要大量增发国债。",
              "只有本国的银行对此有所反应。”", "大桥已恢复通行。")
    briefing = make_briefing(tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in middle), (), summary_indices=(3,))
    assert speakers.unsaid_quoted(briefing.sentences, 1)  # inside the quotation, its speaker not named


def test_a_key_point_that_announces_a_list_tells_it():
    texts = ("政治局同志的发言，聚焦3个重点。", "一是带头强化政治忠诚，二是带头增强党性，三是带头担当作为。", "会议强调，要抓好落实。")
    sentences = tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in texts)
    points = [item.text for item in render.build_content(make_briefing(sentences, (), summary_indices=(0, 2))).points]
    assert points == ["政治局同志的发言，聚焦3个重点：一是带头强化政治忠诚，二是带头增强党性，三是带头担当作为。", "会议强调，要抓好落实。"]
    # a point right before a list whose items open with a short clause tells the list's outline, announced or not
    texts = ("习近平强调，希望各民主党派努力展现新作为。", "一是强化政治引领，凝聚团结奋斗力量。", "要坚持不懈凝心铸魂。",
             "二是围绕中心、服务大局，努力作贡献。", "要加强调查研究。", "三是切实加强自身建设，展现新风貌。", "要深化政治交接。")
    sentences = tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in texts)
    points = [item.text for item in render.build_content(make_briefing(sentences, (), summary_indices=(0,))).points]
    assert points == ["习近平强调，希望各民主党派努力展现新作为：一是强化政治引领；二是围绕中心、服务大局；三是切实加强自身建设。"]
    # steps numbered 1. 2. are no list it announces (…第五大国让你当靠山。 5.年轻人的…)
    steps = ((0, SectionKind.ACTIVITIES, 0.1, "有了年轻人背书，五大国让你当靠山。"), (0, SectionKind.ACTIVITIES, 0.1, "5.年轻人的真实故事。"))
    points = [item.text for item in render.build_content(make_briefing(steps, (), summary_indices=(0,))).points]
    assert points == ["有了年轻人背书，五大国让你当靠山。"]


def test_a_key_point_that_only_repeats_the_title_is_not_shown():
    heading = (0, SectionKind.BACKGROUND, 0.2, "急诊室的故事，家中的安全隐患。")
    briefing = make_briefing((heading, *SAMPLE), (), title="急诊室的故事，家中的安全隐患", summary_indices=(0, 1, 3))
    shown = [item.text for item in render.build_content(briefing).points]
    assert shown and heading[3] not in shown
    alone = make_briefing((heading, *SAMPLE), (), title="急诊室的故事，家中的安全隐患", summary_indices=(0,))
    assert [item.text for item in render.build_content(alone).points] == [heading[3]]  # never an empty box


def test_a_key_point_gives_a_speaker_no_point_names_the_office_the_text_names_him_with():
    texts = ("全国政协召开座谈会，农工党中央主席何维、民盟中央主席丁仲礼等出席。", "何维表示，要积极建言资政。", "丁仲礼在发言中说，要加强自身建设。")
    briefing = make_briefing(tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in texts), (), summary_indices=(1, 2))
    tokens = [("全国政协", "召开", "座谈会", "，", "农工党", "中央", "主席", "何维", "、", "民盟", "中央", "主席", "丁仲礼", "等",
               "出席", "。"), ("何维", "表示", "，", "要", "积极", "建言资政", "。"), ("丁仲礼", "在", "发言")]
    tags = [("nt", "v", "n", "x", "nt", "n", "n", "nr", "x", "j", "n", "n", "nr", "u", "v", "x"),
            ("nr", "v", "x", "v", "a", "v", "x"), ("nr", "p", "v")]
    briefing = replace(briefing, sentences=tuple(
        replace(s, tokens=t, tags=g) for s, t, g in zip(briefing.sentences, tokens, tags)))
    points = [item.text for item in render.build_content(briefing).points]
    assert points == ["农工党中央主席何维表示，要积极建言资政。", "民盟中央主席丁仲礼在发言中说，要加强自身建设。"]
    # named with his office in an earlier point: as the text has it
    told = replace(briefing, summary=(Scored(0, texts[0], 0.1), *briefing.summary))
    assert [item.text for item in render.build_content(told).points][1] == "何维表示，要积极建言资政。"
    # all the offices the text names him with, not the lesser alone; none from a verb before them
    chain = replace(briefing.sentences[0], text="会上宣读了中共中央政治局常委、中央书记处书记刘云山的贺信。",
                    tokens=("会上", "宣读", "了", "中共中央", "政治局", "常委", "、", "中央", "书记处", "书记", "刘云山", "的", "贺信", "。"),
                    tags=("t", "v", "ul", "nt", "n", "n", "x", "n", "n", "n", "nr", "uj", "n", "x"))
    assert render._office_before(chain, "刘云山") == "中共中央政治局常委、中央书记处书记"
    assert render._office_before(chain, "何维") == ""
    secretary = replace(briefing.sentences[0], text="学校董事会秘书徐蒲贝在视频致辞时说。",
                        tokens=("学校", "董事会", "秘书", "徐蒲贝", "在", "视频", "致辞", "时", "说", "。"),
                        tags=("n", "nt", "n", "nr", "p", "n", "v", "n", "v", "x"))
    assert render._office_before(secretary, "徐蒲贝") == "学校董事会秘书"  # a board's secretary: an office too
    joined = replace(briefing.sentences[0], text="中共中央政治局常委、中央和国家机关工委书记蔡奇出席会议。",
                     tokens=("中共", "中央政治局常委", "、", "中央", "和", "国家机关", "工委", "书记", "蔡奇", "出席", "会议", "。"),
                     tags=("j", "nt", "x", "n", "c", "nt", "n", "n", "nr", "v", "n", "x"))
    assert render._office_before(joined, "蔡奇") == "中共中央政治局常委、中央和国家机关工委书记"  # (was 国家机关工委书记)


def test_who_attended_is_listed_after_what_was_done():
    roll = (1, SectionKind.ACTIVITIES, 0.5, "县人大常委会主任张强，县政协主席李明等应邀出席。")
    sentences = (*SAMPLE[:3], roll, *SAMPLE[3:])
    content = render.build_content(make_briefing(sentences, (), summary_indices=(0, 2, 8, 11)))
    shown = [item.text for item in content.lists["activities"]]
    assert shown[-1] == roll[3] and len(shown) == 4  # it ranks first, and the other three come before it


def test_a_section_item_opened_by_a_pronoun_names_the_speaker():
    said = "县司法局局长表示，今年以来调解工作成效明显。"
    pronoun = "他强调，要把法律服务送到田间地头。"
    sentences = (*SAMPLE[:5], (1, SectionKind.ACTIVITIES, 0.06, said), (1, SectionKind.ACTIVITIES, 0.05, pronoun), *SAMPLE[5:])
    content = render.build_content(make_briefing(sentences, (), summary_indices=(0, 2, 8, 11)))
    shown = [item.text for item in content.lists["activities"]]
    assert "县司法局局长强调，要把法律服务送到田间地头。" in shown and pronoun not in shown


def test_a_forecast_figure_is_marked_in_the_table():
    forecast = "预计全年法律援助案件将超过1,500件，比上年增长两成。"
    named = "县里公布西部计划优秀志愿者20人名单。"  # 计划 in a name forecasts nothing
    sentences = (*SAMPLE, (9, SectionKind.STATISTICS, 0.05, forecast), (9, SectionKind.STATISTICS, 0.04, named))
    stats = (*STATS, ("1,500件", 1500.0, "件", "法律援助案件", len(SAMPLE)), ("20人", 20.0, "人", "优秀志愿者", len(SAMPLE) + 1))
    table = {fact.text: fact.subject for fact in render.build_content(make_briefing(sentences, stats)).lists["stats"]}
    assert table["1,500件"] == "法律援助案件（预计）" and table["1,245件"] == "法律援助案件"  # the actual is as before
    assert table["20人"] == "优秀志愿者"


def test_a_change_is_shown_with_what_changed():
    change = "全县今年接待游客同比增长47.8%，法律服务站点减少了12个，市值蒸发390亿美元。"
    sentences = (*SAMPLE, (9, SectionKind.STATISTICS, 0.05, change))
    stats = (*STATS[:6], ("47.8%", 47.8, "%", "游客", len(SAMPLE)), ("12个", 12.0, "个", "法律服务站点", len(SAMPLE)),
             ("390亿美元", 3.9e10, "美元", "市值", len(SAMPLE)))
    table = {fact.text: fact.subject for fact in render.build_content(make_briefing(sentences, stats)).lists["stats"]}
    assert table["47.8%"] == "游客同比增长" and table["12个"] == "法律服务站点减少"  # not a level of 47.8%
    assert table["390亿美元"] == "市值蒸发"  # value lost, not the market value
    assert table["98.6%"] == "调解成功率"  # a level stays as it is


def test_a_day_without_a_year_is_shown_when_no_date_is_known():
    briefing = make_briefing(date=None, time=None)
    briefing = replace(briefing, article=replace(briefing.article, day="8月18日"))
    content = render.build_content(briefing)
    assert ("发布时间", "8月18日") in content.meta and content.date_label == "8月18日"
    assert content.attribution == "摘编自青禾县融媒体中心（8月18日）。"
    dated = render.build_content(make_briefing())
    assert dated.date_label == "2026年11月21日" and ("发布时间", "2026年11月21日 09:30") in dated.meta


def test_the_day_the_lead_tells_is_shown_when_the_text_has_no_date_or_dateline():
    from brief.clean import lead_day
    from brief.pipeline import brief_text

    assert lead_day("国务院总理李强5月9日主持召开国务院常务会议，研究部署工作。") == "5月9日"
    assert lead_day("8月16日下午，省长王忠林在武汉会见客人。") == "8月16日"
    assert lead_day("省长会见客人，8月16日签约。") is None  # a later clause's day is some other event's
    assert lead_day("2023年度报告显示，营收增长。") is None
    content = render.build_content(brief_text("国务院总理李强5月9日主持召开国务院常务会议，研究部署近期重点工作。"
                                              "会议强调，要加快构建新发展格局。", CFG, title="国务院常务会议"))
    assert ("日期", "5月9日") in content.meta and not any(label == "发布时间" for label, _value in content.meta)
    shown = render.context(content, CFG, "pdf")
    assert shown["date_label"] == "5月9日" and ("日期", "5月9日") not in shown["meta"]  # in the masthead, once


def test_a_day_alone_is_shown_once_in_a_brief(cfg):
    briefing = make_briefing(date=None, time=None)
    briefing = replace(briefing, article=replace(briefing.article, day="8月18日"))
    shown = render.context(render.build_content(briefing), cfg, "pdf")
    assert shown["date_label"] == "8月18日" and all(label != "发布时间" for label, _value in shown["meta"])
    timed = render.context(render.build_content(make_briefing()), cfg, "pdf")  # a time adds to the masthead's day
    assert ("发布时间", "2026年11月21日 09:30") in timed["meta"]


def test_the_sentences_of_one_quotation_chosen_as_key_points_are_one_point():
    opened = (0, SectionKind.ACTIVITIES, 0.3, "扎克伯格回应：“我今天就准备好了。")
    closed = (0, SectionKind.ACTIVITIES, 0.2, "马斯克最初提出挑战时，我曾建议8月26日。”")
    after = (0, SectionKind.ACTIVITIES, 0.1, "双方尚未确定日期。")
    briefing = make_briefing((opened, closed, after, *SAMPLE), (), summary_indices=(0, 1, 2))
    assert [item.text for item in render.build_content(briefing).points] == [
        "扎克伯格回应：“我今天就准备好了。马斯克最初提出挑战时，我曾建议8月26日。”", "双方尚未确定日期。"]
    alone = make_briefing((opened, after, closed, *SAMPLE), (), summary_indices=(0, 2))  # not the next sentence
    assert len(render.build_content(alone).points) == 2


def test_a_section_item_that_points_back_comes_only_after_what_it_points_at():
    A = SectionKind.ACTIVITIES
    sentences = (*SAMPLE, (9, A, 0.9, "这里曾经是一片戈壁荒山。"), (9, A, 0.05, "石嘴山市开展生态修复。"),
                 (9, A, 0.8, "随后，代表们参观了展馆。"), (9, A, 0.7, "这也是国内容量最大的机组项目。"))
    at = len(SAMPLE)
    items = render.build_content(make_briefing(sentences, ())).lists["activities"]
    texts = [item.text for item in items]
    assert "这里曾经是一片戈壁荒山。" not in texts and "随后，代表们参观了展馆。" not in texts  # their sentence before is not shown
    assert "这也是国内容量最大的机组项目。" not in texts  # nor the fact 这 names
    # what it points at must be the item before it in its own list: a key point may be cut, and is read apart
    shown_before = make_briefing(sentences, (), summary_indices=(0, 2, 6, 9, at + 1))
    texts = [item.text for item in render.build_content(shown_before).lists["activities"]]
    assert not any("参观了展馆" in text for text in texts)
    listed = (*SAMPLE, (9, A, 0.05, "石嘴山市开展生态修复。"), (9, A, 0.8, "随后，代表们参观了展馆。"))
    items = render.build_content(make_briefing(listed, ())).lists["activities"]
    texts = [item.text for item in items]
    opened = texts.index("石嘴山市开展生态修复。")
    assert "参观了展馆" in texts[opened + 1]  # ranked right after it, though it scores higher: a shorter page keeps both


def test_a_section_item_tells_the_quotation_it_opens_whole():
    A = SectionKind.ACTIVITIES
    opened = "“如果速战速决，我可能会赢，”他写道，“如果时间长，他可能会靠耐力赢过我。"
    closed = "我个头要大得多，综合格斗有体重分级是有理由的。”"
    sentences = (*SAMPLE, (9, A, 0.9, opened), (9, A, 0.8, closed), (9, A, 0.05, "双方尚未确定日期。"))
    texts = [item.text for item in render.build_content(make_briefing(sentences, ())).lists["activities"]]
    assert opened + closed in texts and closed not in texts  # one item, not the quotation's end alone
    # who said it, told after a quotation, comes with it
    told = ("“以往货物走海运，最少用时15天。", "现在只要5天。”", "李江娜说。")
    sentences = (*SAMPLE, *((9, A, 0.9 - k / 10, text) for k, text in enumerate(told)))
    texts = [item.text for item in render.build_content(make_briefing(sentences, ())).lists["activities"]]
    assert any(text.startswith("“以往货物走海运，最少用时15天。现在只要5天。”") and "李江娜" in text for text in texts)
    assert "李江娜说。" not in texts  # who said it is no item of its own
    # the end of the quotation is not listed again in another section
    F = SectionKind.FUTURE_PLANS
    sentences = (*SAMPLE, (9, A, 0.9, "阿尔巴尼斯说：“这种情况已经持续太久了。"), (9, F, 0.8, "我们仍将坚持此前的立场。”"))
    lists = render.build_content(make_briefing(sentences, ())).lists
    assert "我们仍将坚持此前的立场。" not in [item.text for item in lists["plans"]]
    assert any("已经持续太久了。我们仍将坚持" in item.text for item in lists["activities"])


def test_the_table_shows_a_bound_and_the_money_verb_and_each_figure_once():
    told = "县里投资了6000多万建设服务中心，80%以上的纠纷在村里化解，全县54个村设立调解室，拨款约131亿元。"
    again = "全县54个村设立调解室，工作人员5岁以下子女可入托，拨款131亿元。"
    sentences = (*SAMPLE, (9, SectionKind.STATISTICS, 0.05, told), (9, SectionKind.STATISTICS, 0.04, again))
    at = len(SAMPLE)
    stats = (*STATS[:3], ("6000多万", 6e7, "", "县里", at), ("80%", 80.0, "%", "纠纷", at), ("54个", 54.0, "个", "村设立", at),
             ("约131亿元", 1.31e10, "元", "拨款", at), ("54个", 54.0, "个", "村", at + 1), ("5岁", 5.0, "岁", "子女", at + 1),
             ("131亿元", 1.31e10, "元", "拨款", at + 1))
    facts = render.build_content(make_briefing(sentences, stats)).lists["stats"]
    table = {fact.text: fact.subject for fact in facts}
    assert table["6000多万"] == "县里投资" and table["80%以上"] == "纠纷" and "5岁以下" not in table  # an age: no row
    # 7人 and 7名 count the same people
    people = ((9, SectionKind.STATISTICS, 0.05, "共抓获涉赌人员7人。"), (9, SectionKind.STATISTICS, 0.04, "7名人员已被拘留。"))
    counted = (("7人", 7.0, "人", "涉赌人员", at), ("7名", 7.0, "名", "人员", at + 1))
    assert [fact.text for fact in render.build_content(make_briefing((*SAMPLE, *people), counted)).lists["stats"]] == ["7人"]
    # the same figure of the same thing, told twice, also when once as an approximation
    assert [fact.text for fact in facts].count("54个") == 1
    assert len([fact.text for fact in facts if fact.text.endswith("131亿元")]) == 1
    # a range is not its lower bound told again
    rain = ((9, SectionKind.STATISTICS, 0.05, "累计雨量80～150毫米。"), (9, SectionKind.STATISTICS, 0.04, "最大小时雨量80毫米。"))
    ranged = (("80～150毫米", 80.0, "毫米", "雨量", at), ("80毫米", 80.0, "毫米", "最大小时雨量", at + 1))
    shown = [fact.text for fact in render.build_content(make_briefing((*SAMPLE, *rain), ranged)).lists["stats"]]
    assert shown == ["80～150毫米", "80毫米"]
    # a few aspects or kinds of ways (5点看法, 两种途径) organise the text: no statistic; kinds of things are one
    # (四种农产品), and so are ten or more (十余种艺术形式)
    kinds = ((9, SectionKind.STATISTICS, 0.05, "谈了5点看法，通过两种途径限制四种农产品，汇聚十余种艺术形式。"),)
    counted = (("5点", 5.0, "点", "看法", at), ("两种", 2.0, "种", "途径", at), ("四种", 4.0, "种", "农产品", at),
               ("十余种", 10.0, "种", "艺术形式", at))
    shown = [fact.text for fact in render.build_content(make_briefing((*SAMPLE, *kinds), counted)).lists["stats"]]
    assert sorted(shown) == sorted(["四种", "十余种"])
    # ... and parts of a text or a plan counted with 个 (四个方面, 三个阶段), not things (三个项目)
    parts = ((9, SectionKind.STATISTICS, 0.05, "从四个方面部署，分三个阶段实施三个项目。"),)
    counted = (("四个", 4.0, "个", "方面", at), ("三个", 3.0, "个", "阶段", at), ("三个", 3.0, "个", "项目", at))
    shown = [fact.text for fact in render.build_content(make_briefing((*SAMPLE, *parts), counted)).lists["stats"]]
    assert shown.count("三个") == 1 and "四个" not in shown
    assert table[STATS[0][0]] == STATS[0][3]  # a figure with a unit, and no bound, as before


def test_sections_leave_out_a_sentence_that_retells_a_key_point():
    retold = "青禾县20日召开基层法治建设现场推进会，县委主要负责同志出席推进会并讲话。"  # key point 2, told again
    sentences = (*SAMPLE, (9, SectionKind.ACTIVITIES, 0.9, retold))
    shown = [item.text for items in render.build_content(make_briefing(sentences, ())).lists.values() for item in items]
    assert retold not in shown and SAMPLE[3][3] in shown  # a sentence that tells more stays


def test_sections_leave_out_questions_and_what_the_key_points_say():
    question = "中方将为维护全球粮食安全作出哪些努力？"
    repeated = SAMPLE[0][3]  # a key point the article says twice
    sentences = (*SAMPLE, (9, SectionKind.FUTURE_PLANS, 0.9, question), (9, SAMPLE[0][1], 0.9, repeated))
    content = render.build_content(make_briefing(sentences, (), summary_indices=(0, 2, 6, 9)))
    shown = [item.text for items in content.lists.values() for item in items]
    assert question not in shown and repeated not in shown
    assert any(SAMPLE[i][3] in shown for i in (3, 4, 5))  # the other sentences still are


def test_fit_drops_lowest_ranked_items_first():
    content = render.build_content(make_long_briefing(8))
    anchors = {f"activities-{i}": (0, (0, 0, 0, 40.0)) for i in range(4)}
    anchors.update({f"stats-row-{i}": (0, (0, 0, 0, 30.0)) for i in range(3)})
    limits = {name: min(render.LIMITS[name], fit._length(content, name)) for name in render.LIMITS}
    new, freed, _drops = fit._plan_drops(limits, 25.0, anchors)
    assert new["stats"] == 6 and freed >= 25.0  # one row of facts is the first thing to go
    assert new["activities"] == limits["activities"] and new["points"] == limits["points"]
    new, freed, drops = fit._plan_drops(limits, 60.0, anchors)  # then the lowest-ranked activity
    assert (new["stats"], new["activities"], new["points"]) == (6, limits["activities"] - 1, limits["points"])
    assert fit._plan_refill(new, 45.0, drops) == {**new, "activities": limits["activities"]}  # last drop first
    assert fit._plan_refill(new, 75.0, drops) == limits
    assert fit._plan_refill(new, 10.0, drops) == new


# ---------------------------------------------------------------------------- security


def test_url_fetcher_refuses_files_outside_templates_and_network():
    fetcher = fit.make_url_fetcher((render.template_dir(),))
    with pytest.raises(ValueError):
        fetcher.fetch("file:///etc/passwd")
    with pytest.raises(ValueError):
        fetcher.fetch("http://example.com/x.png")
    with pytest.raises(ValueError):
        fetcher.fetch(f"file://{render.template_dir()}/../pyproject.toml")
    assert fetcher.fetch(f"file://{render.template_dir() / 'style.css'}").read()
    assert fetcher.fetch("data:text/plain,ok").read() == b"ok"


def test_article_markup_is_inert_text_everywhere():
    base = make_briefing()
    hostile = replace(base, article=replace(base.article, title=f"标题{HOSTILE}", source=HOSTILE),
                      summary=(replace(base.summary[0], text=f"要点{HOSTILE}"), *base.summary[1:]))
    page = render.render(hostile, "html", CFG).decode()
    email = render.render(hostile, "email", CFG).decode()
    for out in (page, email):
        assert "<script>" not in out and "<img" not in out
        assert "&lt;script&gt;" in out and "{{ 7*7 }}" in out and ">49<" not in out
    markdown = render.render(hostile, "md", CFG).decode()
    assert "<script>" not in markdown and "\\<script\\>" in markdown
    assert render._markdown_escape("YES!IC ![图]") == "YES!IC \\!\\[图\\]"  # ! only before [ opens an image
    text = render.render(hostile, "txt", CFG).decode()
    assert "{{ 7*7 }}" in text and "49" not in text
    result = fit.render_pdf(hostile, CFG)
    assert "{{7*7}}" in pdf_facts(result.pdf)["text"]


# ---------------------------------------------------------------------------- HTML


def test_html_structure_and_numbered_sections():
    page = render.render(make_briefing(), "html", CFG).decode()
    assert '<html lang="zh-CN">' in page
    assert page.count("<h1") == 1 and "内容要点" in page
    for heading in ("一、背景情况", "二、主要活动", "三、数据要点", "四、下一步工作"):
        assert heading in page
    assert 'href="#s-7"' in page and 'id="s-7"' in page  # facts link to their sentence
    assert "1,245件" in page


def test_a_story_of_other_countries_tells_what_is_to_come_there():
    from brief.pipeline import brief_text

    text = ("当地时间7月25日，俄罗斯财政部长表示，今年联邦预算赤字将超过GDP的2%。\n俄财政部认为情况在掌控之中。\n"
            "俄财政部将于下月公布新的国债发行计划。")
    assert render.build_content(brief_text(text, CFG, title="俄财政部长：预算赤字将超过GDP的2%")).abroad
    abroad = replace(render.build_content(make_briefing()), abroad=True)
    headings = [section["heading"] for section in render.context(abroad, CFG, "md")["sections"]]
    assert headings[-1] == "四、" + render.ABROAD_PLANS
    opinion = [section["heading"] for section in render.context(replace(abroad, abroad=False, commentary=True), CFG,
                                                                    "md")["sections"]]
    assert opinion[1] == "二、主要观点" and opinion[-1] == "四、展望"  # a commentary's views, no activities held
    assert "四、下一步工作" in render.render(make_briefing(), "md", CFG).decode()
    ours = render.build_content(brief_text(text.replace("俄罗斯", "湖北省").replace("俄", "省"), CFG, title="省财政厅发布预算"))
    assert not ours.abroad  # a story of ours: 下一步工作


def test_empty_sections_are_left_out_and_numbering_closes_up():
    kept = [s for s in SAMPLE if s[1] is not SectionKind.BACKGROUND]
    index = {s: i for i, s in enumerate(kept)}
    stats = [(t, v, u, subj, index[SAMPLE[i]]) for t, v, u, subj, i in STATS]
    briefing = make_briefing(kept, stats, summary_indices=(0, 4))
    page = render.render(briefing, "html", CFG).decode()
    assert "背景情况" not in page and "一、主要活动" in page and "三、下一步工作" in page
    bare = make_briefing(SAMPLE[:1], (), summary_indices=(0,), keywords=())
    page = render.render(bare, "html", CFG).decode()
    assert "<section class=\"part" not in page and "关键词" not in page
    assert "数据要点" not in render.render(bare, "md", CFG).decode()


def test_title_splits_at_double_dash():
    assert render.split_title("不忘初心 与法同行——走进开放日") == ("不忘初心 与法同行", "走进开放日")
    assert render.split_title("没有副标题", None) == ("没有副标题", "")
    assert render.split_title("——只有破折号") == ("——只有破折号", "")


def test_a_title_of_parts_run_together_with_spaces_breaks_between_them():
    title = "习近平在瞻仰延安革命纪念地时强调 弘扬伟大建党精神和延安精神 为实现党的二十大提出的目标任务而团结奋斗"
    assert render.fit_title(title, "", 34)["main_lines"] == [
        "习近平在瞻仰延安革命纪念地时强调", "弘扬伟大建党精神和延安精神", "为实现党的二十大提出的目标任务而团结奋斗"]
    # parts that share a line share it; a title without parts is left to the comma rule or the browser
    assert render.fit_title("全市召开会议 部署安全生产工作 强调压实各方责任确保安全", "", 20)["main_lines"] == [
        "全市召开会议", "部署安全生产工作", "强调压实各方责任确保安全"]
    assert render.fit_title("甲" * 60, "", 34)["main_lines"] == ["甲" * 60]



def test_a_two_line_title_without_a_comma_breaks_near_the_middle_and_never_inside_a_number():
    lines = render.fit_title("由中铁十局参与承建的中泰铁路一期工程3-1标段签约仪式19日在泰国曼谷举行", "", 34)["main_lines"]
    assert lines == ["由中铁十局参与承建的中泰铁路一期工程", "3-1标段签约仪式19日在泰国曼谷举行"]
    lines = render.fit_title("今年上半年京津冀地区铁路发送旅客1.42亿人次基本恢复到2019年同期水平", "", 34)["main_lines"]
    assert len(lines) == 2 and not any(line[-1].isdigit() or line[0] in "亿日年%." for line in lines)
    # an opening 《 goes down with the book title it opens, which is not broken when a place outside it fits
    lines = render.fit_title("《求是》杂志发表习近平总书记重要文章《在二十届中央审计委员会第一次会议上的讲话》", "", 34)["main_lines"]
    assert lines == ["《求是》杂志发表习近平总书记重要文章", "《在二十届中央审计委员会第一次会议上的讲话》"]
    # nor inside a word of the text (扎波罗热核 / 电站)
    title = "俄乌局势进展：国际原子能机构在扎波罗热核电站周围发现地雷 俄将上调预备役年龄上限"
    assert render.fit_title(title, "", 40)["main_lines"][0].endswith("扎波罗热核")  # the middle, word or not
    lines = render.fit_title(title, "", 40, ("国际原子能机构", "扎波罗热核电站", "预备役"))["main_lines"]
    assert lines == ["俄乌局势进展：国际原子能机构在扎波罗热核电站", "周围发现地雷 俄将上调预备役年龄上限"]
    words = render.build_content(make_briefing(title="扎波罗热核电站发现地雷")).title_words
    assert all(word in "扎波罗热核电站发现地雷" for word in words)


def test_shorten_keeps_short_sentences_and_cuts_long_ones_at_clauses():
    assert render.shorten("短句。") == "短句。"
    long = "第一部分内容" * 10 + "；" + "第二部分" * 30 + "。"
    assert render.shorten(long, 100) == "第一部分内容" * 10 + "。"
    listed_items = "不合格样品2批次，为标称甲公司生产的菜籽油" + "检出溶剂残留超标" * 5 + "；乙公司生产的芝麻油" * 8 + "。"
    assert render.shorten(listed_items, 100).endswith("；乙公司生产的芝麻油……")  # items of the list: more follow
    # a comma before a list's 、 (not 更多具有前瞻性…… without its noun); a list alone is cut at its 、
    listed = "各地要加快培育新动能" * 3 + "，支持和推动更多具有前瞻性、牵引性的战略性新兴产业发展壮大。"
    assert render.shorten(listed, 50) == "各地要加快培育新动能" * 3 + "……"
    assert render.shorten("冲锋舟、救生衣、无人机、" * 5 + "等物资已运抵灾区。", 40) == "冲锋舟、救生衣、无人机、" * 3 + "冲锋舟……"


# ---------------------------------------------------------------------------- other formats


def test_json_follows_the_brief_1_schema():
    briefing = make_briefing()
    doc = json.loads(render.render(briefing, "json", CFG))
    assert set(doc) == {"schema", "title", "date", "source", "byline", "body", "sentences", "summary",
                        "keywords", "statistics", "day", "subtitle", "brief"}
    assert doc["schema"] == "brief/1" and doc["date"] == "2026-11-21"
    assert set(doc["sentences"][0]) == {"index", "text", "start", "end", "section", "score"}
    assert doc["sentences"][6]["section"] == "statistics"
    assert doc["sentences"][0]["score"] == round(SAMPLE[0][2], 4)
    assert set(doc["summary"][0]) == {"index", "text", "score"}
    assert set(doc["keywords"][0]) == {"word", "weight"}
    assert doc["statistics"][2] == {"text": "1,245件", "value": 1245.0, "unit": "件",
                                    "subject": "法律援助案件", "sentence_index": 7, "shown": "1,245件"}
    for s in doc["sentences"]:
        assert doc["body"][s["start"]:s["end"]] == s["text"]
    from brief.pipeline import brief_text

    bounded = json.loads(render.to_json(brief_text("今年以来，全市核桃产量增长10%以上。", CFG, title="核桃")))
    assert [(st["text"], st["shown"]) for st in bounded["statistics"]] == [("10%", "10%以上")]  # as the table shows it
    text = render.to_json(briefing)
    assert text == json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def test_json_tells_what_the_brief_shows_with_who_said_it():
    quoted = ((5, SectionKind.ACTIVITIES, 0.05, "“桐湖湿地成为了生态宜居湿地保护理念的生动缩影。”"),
              (5, SectionKind.OTHER, 0.01, "蔡甸区政府副区长胡王莹致辞中表示。"))
    briefing = make_briefing((*SAMPLE, *quoted), summary_indices=(0,))
    shown = json.loads(render.to_json(briefing))["brief"]
    assert [point["text"] for point in shown["points"]] == [SAMPLE[0][3]]
    activities = next(section for section in shown["sections"] if section["kind"] == "activities")
    assert activities["heading"].endswith("、主要活动")
    # the sentence as written has no speaker; the brief names her, in JSON as in Markdown
    said = "“桐湖湿地成为了生态宜居湿地保护理念的生动缩影。”蔡甸区政府副区长胡王莹致辞中表示。"
    assert {"index": len(SAMPLE), "text": said} in activities["items"]
    assert said in render.render(briefing, "md", CFG).decode()
    table = next(section for section in shown["sections"] if section["kind"] == "statistics")
    assert set(table["items"][0]) == {"subject", "figure", "sentence_index"}
    assert [section["heading"][0] for section in shown["sections"]] == list("一二三四")[:len(shown["sections"])]


def test_markdown_and_text_carry_the_brief():
    md = render.render(make_briefing(), "md", CFG).decode()
    assert md.startswith("# 信息快报 第12期")
    assert "## 法治护航基层治理——青禾县召开基层法治建设现场推进会" in md
    assert "### 内容要点" in md and "| 1,245件 | 法律援助案件 | 8 |" in md
    assert "\n\n\n" not in md
    txt = render.render(make_briefing(), "txt", CFG).decode()
    assert "【内容要点】" in txt and "四、下一步工作" in txt and "2360.5万元" in txt


def test_unknown_format_is_rejected():
    with pytest.raises(RenderError, match="pdf, html, email, md, txt, json"):
        render.render(make_briefing(), "docx", CFG)


def test_user_template_directory_overrides_one_template(tmp_path):
    (tmp_path / "briefing.txt.j2").write_text("自定义：{{ title_main }}\n", encoding="utf-8")
    cfg = SimpleNamespace(branding=CFG.branding, templates=tmp_path)
    assert render.render(make_briefing(), "txt", cfg).decode() == "自定义：法治护航基层治理\n"
    assert "信息快报" in render.render(make_briefing(), "md", cfg).decode()  # the rest still come from the package


def test_date_is_left_out_when_the_article_has_none():
    briefing = replace(make_briefing(), article=replace(make_briefing().article, date=None, time=None))
    page = render.render(briefing, "html", CFG).decode()
    assert "年" not in re.search(r'<span class="date">(.*?)</span>', page).group(1)
    assert "发布时间" not in page


# ---------------------------------------------------------------------------- email


def test_email_html_is_inlined_small_and_variable_free():
    email = render.render(make_long_briefing(8), "email", CFG)
    assert len(email) < 100_000
    text = email.decode()
    assert "var(" not in text and "<style" not in text and "<link" not in text
    assert "@font-face" not in text and 'width="600"' in text and "max-width:600px" in text.replace(" ", "")
    assert 'style="' in text and '<html lang="zh-CN">' in text


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.parametrize("width", [390, 600])
def test_email_has_no_horizontal_scroll_in_chromium(width, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    briefing = make_long_briefing(2)
    first = briefing.summary[0]  # a URL in a key point (链接：http://…) wraps inside its cell
    linked = replace(first, text=first.text + "（链接：http://cs.mfa.gov.cn/lgk1/202301/t20230103_11000176.shtml）")
    email = render.render(replace(briefing, summary=(linked, *briefing.summary[1:])), "email", CFG).decode()
    assert "t20230103_11000176" in email
    page = tmp_path / "probe.html"
    # An iframe of the given width is the viewport; the script reports its scroll width to the DOM.
    page.write_text(
        f'<html><body style="margin:0"><iframe id="f" width="{width}" height="2000" style="border:0" '
        f'srcdoc="{htmlmod.escape(email, quote=True)}"></iframe><script>window.addEventListener("load", '
        'function () { var d = document.getElementById("f").contentDocument.documentElement; '
        'document.body.setAttribute("data-sw", d.scrollWidth + "/" + d.clientWidth); });</script></body></html>',
        encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        out = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--window-size=800,800", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False).stdout
    match = re.search(r'data-sw="(\d+)/(\d+)"', out)
    assert match, f"Chromium did not report a width: {out[-300:]!r}"
    scroll, client = map(int, match.groups())
    assert client == width and scroll <= client, f"horizontal scroll at {width}px: {scroll} > {client}"


def test_template_dir_finds_the_checkout_templates():
    assert (render.template_dir() / "briefing.html.j2").is_file()
    assert Path(render.template_dir(), "style.css").is_file()


def test_render_without_pipeline_fields_uses_article_defaults():
    article = Article(title="只有标题", body="只有一句话。")
    briefing = make_briefing(SAMPLE[:1], (), summary_indices=(0,))
    briefing = replace(briefing, article=replace(article, body=briefing.article.body))
    page = render.render(briefing, "html", CFG).decode()
    assert "只有标题" in page and "来源" not in page


@pytest.mark.parametrize(("text", "shown"), [
    ("他说道：“坦率地说，这并不容易。", "他说道：“坦率地说，这并不容易。”"),  # a quotation that runs on
    ("基本上，只有本国的银行对此有所反应。”", "基本上，只有本国的银行对此有所反应。"),  # the end of one
    ("他说：“好。”", "他说：“好。”"),
    ("“一号工程”进展顺利，", "“一号工程”进展顺利。"),
])
def test_items_close_what_they_open(text, shown):
    assert render.finish(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("但作为一家新兴企业，巨额的研发投入还是让他们感受到压力。", "作为一家新兴企业，巨额的研发投入还是让他们感受到压力。"),
    ("然而，受疫情影响，项目进度有所放缓。", "受疫情影响，项目进度有所放缓。"),
    ("但是我们仍然需要继续努力工作。", "我们仍然需要继续努力工作。"),
    ("但愿今年的收成比去年更好一些。", "但愿今年的收成比去年更好一些。"),  # 但愿: a word, not "but"
    ("但是否可行仍需研究论证。", "但是否可行仍需研究论证。"),  # 但 + 是否
    ("但很快。", "但很快。"),  # too little would be left
    ("但是实施，还有一个相当长的过程。", "但是实施，还有一个相当长的过程。"),  # 实施，还有… would be no sentence
    # a list number: the brief shows only some of the list's items
    ("三是深入推进城市更新行动，加快老旧小区改造。", "深入推进城市更新行动，加快老旧小区改造。"),
    ("第二，要加强组织领导，压实各方责任。", "要加强组织领导，压实各方责任。"),
    ("（一）完善公共法律服务体系建设。", "完善公共法律服务体系建设。"),
    ("一是一、二是二的作风。", "一是一、二是二的作风。"),  # too little would be left
    ("3.不准在无家长或老师带队的情况下游泳。", "不准在无家长或老师带队的情况下游泳。"),
    ("3.5万人参加了本次活动的开幕式。", "3.5万人参加了本次活动的开幕式。"),  # a decimal, not a list number
    ("——银行机构要强化对小微企业的信贷支持。", "银行机构要强化对小微企业的信贷支持。"),  # a dash opens an item too
])
def test_items_shown_alone_drop_an_opening_but_or_list_number(text, shown):
    assert render.finish(text) == shown


def test_templates_render_when_their_cache_cannot_be_written(tmp_path):
    import jinja2

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = render._template_cache(str(blocker / "cache"))  # every write fails: NotADirectoryError
    assert cache is not None
    env = jinja2.Environment(loader=jinja2.DictLoader({"t.j2": "{{ 6 * 7 }}"}), bytecode_cache=cache)
    assert env.get_template("t.j2").render() == "42"


def test_compiled_templates_are_reused_between_runs(tmp_path):
    import jinja2

    def fresh_env():
        return jinja2.Environment(loader=jinja2.DictLoader({"t.j2": "{{ 6 * 7 }}"}),
                                  bytecode_cache=render._template_cache(str(tmp_path)))

    assert fresh_env().get_template("t.j2").render() == "42"
    assert list(tmp_path.glob("__jinja2_*.cache")), "nothing cached"
    assert fresh_env().get_template("t.j2").render() == "42"


def test_a_count_told_again_in_another_sentence_is_one_row_a_rate_is_not():
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.2, "全省18支代表团依次亮相，居民消费价格上涨0.5%。"), (0, stat, 0.1, "全省18支代表队依次入场。"),
                 (0, stat, 0.05, "食品价格下降0.5%。"))
    stats = (("18支", 18.0, "支", "代表团", 0), ("0.5%", 0.5, "%", "居民消费价格", 0), ("18支", 18.0, "支", "代表队", 1),
             ("0.5%", 0.5, "%", "食品价格", 2))
    facts = render.build_content(make_briefing(sentences, stats, summary_indices=(0,))).lists["stats"]
    assert [fact.text for fact in facts].count("18支") == 1
    # ... and a multiple: the headline's 3.7倍 of 全球升温速率 is the text's 3.7倍 of 整体升温速率
    told = ((0, stat, 0.2, "北极增温加速为同期全球升温速率3.7倍。"), (0, stat, 0.1, "其整体升温速率是同期全球升温速率的3.7倍。"))
    times = (("3.7倍", 3.7, "倍", "全球升温速率", 0), ("3.7倍", 3.7, "倍", "整体升温速率", 1))
    assert len(render.build_content(make_briefing(told, times, summary_indices=(0,))).lists["stats"]) == 1
    assert [fact.subject for fact in facts if fact.text == "0.5%"] == ["居民消费价格上涨", "食品价格下降"]
    # 近百米 and 百余米 are two figures of 100 m
    sentences = ((0, stat, 0.2, "近百米的廊道。"), (0, stat, 0.1, "百余米高的山崖。"))
    stats = (("近百米", 100.0, "米", "廊道", 0), ("百余米", 100.0, "米", "山崖", 1))
    facts = render.build_content(make_briefing(sentences, stats, summary_indices=(0,))).lists["stats"]
    assert len(facts) == 2


def test_a_detail_of_the_story_is_no_row_of_the_table_what_befell_people_is():
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.3, "事故造成三人死亡，2人受伤，当地出动救援人员300余人。"), (0, stat, 0.2, "三人立即分工，6位代表发言。"),
                 (0, stat, 0.1, "这两个故事提醒我们，发生1起事件。"), (0, stat, 0.05, "“服务数百万居民。”砸死两名看管，7名官员被查。"))
    stats = (("三人", 3.0, "人", "死亡", 0), ("2人", 2.0, "人", "受伤", 0), ("300余人", 300.0, "人", "救援人员", 0),
             ("三人", 3.0, "人", "立即分工", 1), ("6位", 6.0, "位", "代表", 1), ("两个", 2.0, "个", "故事", 2),
             ("1起", 1.0, "起", "事件", 2), ("数百万", 1e6, "", "居民", 3), ("两名", 2.0, "名", "看管", 3),
             ("7名", 7.0, "名", "官员", 3))
    facts = render.build_content(make_briefing(sentences, stats, summary_indices=(0,))).lists["stats"]
    assert sorted(fact.text for fact in facts) == sorted(["三人", "2人", "300余人", "两名", "7名"])


def test_a_subject_that_says_not_what_is_counted_and_a_documents_pages_are_no_rows():
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.3, "起诉书长达44页，列出近20次事情，还剩下4.9万元。"), (0, stat, 0.2, "全县新建学校12所。"))
    stats = (("44页", 44.0, "页", "起诉书", 0), ("近20次", 20.0, "次", "事情", 0), ("4.9万元", 49000.0, "元", "剩下", 0),
             ("12所", 12.0, "所", "学校", 1))
    facts = render.build_content(make_briefing(sentences, stats, summary_indices=(0,))).lists["stats"]
    assert [fact.text for fact in facts] == ["12所"]


def test_an_age_or_a_span_of_time_comes_after_the_counts_in_the_table():
    # the first sentence outranks the second: without the rule its 65岁 would open the table (one fact per sentence first)
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.2, "全县65岁以上老人的培训用时3天。"), (0, stat, 0.1, "今年共办理法律援助案件12件。"))
    stats = (("65岁", 65.0, "岁", "老人", 0), ("3天", 3.0, "天", "培训", 0), ("12件", 12.0, "件", "法律援助案件", 1))
    facts = render.build_content(make_briefing(sentences, stats, summary_indices=(0,))).lists["stats"]
    assert [fact.text for fact in facts] == ["12件", "3天"]  # 65岁以上 老人: an age, no row (see the next test)


def test_a_persons_age_is_no_row_of_the_statistics_table_an_average_age_is():
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.2, "12岁的金发女孩劳拉演绎了少林长拳。"), (0, stat, 0.1, "参赛选手平均年龄42.5岁。"),
                 (0, stat, 0.05, "女工人退休年龄是50岁，女干部55岁。"))
    ages = (("12岁", 12.0, "岁", "金发女孩劳拉", 0), ("42.5岁", 42.5, "岁", "参赛选手平均年龄", 1),
            ("55岁", 55.0, "岁", "女干部", 2))
    facts = render.build_content(make_briefing(sentences, ages, summary_indices=(0,))).lists["stats"]
    # a legal age told in a list that names the measure once (退休年龄是50岁，女干部55岁) is one too
    assert [(fact.text, fact.subject) for fact in facts] == [("42.5岁", "参赛选手平均年龄"), ("55岁", "女干部")]


def test_a_sentence_after_a_list_of_adjacent_items_is_no_item_s():
    texts = ("一是把恢复和扩大消费摆在优先位置。", "二是通过政府投资有效带动全社会投资。", "要继续发挥出口对经济的支撑作用。")
    sentences = make_briefing(tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in texts), (),
                              summary_indices=(0,)).sentences
    run = render.numbered_headings(sentences)[0]
    assert render._item_heads(sentences, run) == {}  # 要继续… is a point of its own, not the second item's
    told = ("增长得益于两点原因：一是政策持续显效。", "各地出台配套举措。", "二是基础更加稳固。", "服务业保持较快增长。")
    sentences = make_briefing(tuple((0, SectionKind.ACTIVITIES, 0.1, text) for text in told), (),
                              summary_indices=(0,)).sentences
    assert render._item_heads(sentences, render.numbered_headings(sentences)[0]) == {1: "一是政策持续显效", 3: "二是基础更加稳固"}


def test_a_list_items_text_is_under_its_heading_once_with_two_lists_in_the_text():
    texts = ("一是提高质量。", "加大引进力度。", "二是保障待遇。", "确保平等享受政策。",
             "一是开通绿色通道。", "精简问询内容。", "二是实施公示审核。", "公示期为二十天。")
    sentences = tuple((k // 4, SectionKind.ACTIVITIES, 0.1, text) for k, text in enumerate(texts))
    points = [item.text for item in render.build_content(make_briefing(sentences, (), summary_indices=(1, 5))).points]
    assert points == ["提高质量：加大引进力度。", "开通绿色通道：精简问询内容。"]


def test_the_new_amount_of_a_move_is_the_row_and_tells_the_old_one():
    # one fact per sentence first: without the rule the old 10小时 would be the sentence's row, the new one left out;
    # the old amount is then told in the new one's row, not in a row of its own
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.2, "从西宁到成都将从过去的10小时左右减少为4个半小时左右。"), (0, stat, 0.1, "今年共办理法律援助案件12件。"),
                 (0, stat, 0.05, "码头年吞吐量达5万吨，比去年的4万吨增加了1万吨。"))
    stats = (("10小时", 10.0, "小时", "西宁到成都", 0), ("4个半小时", 4.5, "个小时", "西宁到成都", 0),
             ("12件", 12.0, "件", "法律援助案件", 1), ("5万吨", 5e4, "吨", "年吞吐量", 2), ("4万吨", 4e4, "吨", "年吞吐量", 2),
             ("1万吨", 1e4, "吨", "年吞吐量", 2))
    briefing = make_briefing(sentences, stats, summary_indices=(0,))
    facts = render.build_content(briefing).lists["stats"]
    assert "10小时左右" not in [fact.text for fact in facts]
    assert [fact.text for fact in facts][:3] == ["5万吨", "12件", "4个半小时左右"]  # 比去年的4万吨: a base, no move
    assert facts[2].subject == "西宁到成都由10小时左右降至"


def test_a_line_of_dialogue_no_one_is_named_saying_is_no_section_item():
    B = SectionKind.BACKGROUND
    sentences = (*SAMPLE, (9, B, 0.9, "“收到，立即整改！”"), (9, B, 0.8, "全市渣土车已完成规范提升。"))
    texts = [item.text for item in render.build_content(make_briefing(sentences, ())).lists["background"]]
    assert "“收到，立即整改！”" not in texts and "全市渣土车已完成规范提升。" in texts
    said = (*SAMPLE, (9, B, 0.9, "“收到，立即整改！”"), (9, B, 0.2, "司机李明说。"))  # said by someone named: kept, with him
    texts = [item.text for item in render.build_content(make_briefing(said, ())).lists["background"]]
    assert any(text.startswith("李明说：“收到") or "收到，立即整改" in text for text in texts)


def test_the_table_leads_with_the_figures_the_title_and_the_key_points_give():
    # 3200万元 and 1.2万家 are larger and their sentences rank higher, but the title and the key point tell the news
    stat = SectionKind.STATISTICS
    sentences = ((0, stat, 0.05, "本期抽检食品900批次，其中合格样品885批次，不合格样品15批次。"),
                 (0, stat, 0.20, "全市今年投入检测经费3200万元。"), (0, stat, 0.15, "全市共有食品生产企业1.2万家。"),
                 (0, stat, 0.12, "检测机构新增检测设备260台，复检样品5批次。"))
    stats = (("900批次", 900.0, "批次", "样品", 0), ("885批次", 885.0, "批次", "合格样品", 0),
             ("15批次", 15.0, "批次", "不合格样品", 0), ("3200万元", 3.2e7, "元", "检测经费", 1),
             ("1.2万家", 1.2e4, "家", "食品生产企业", 2), ("260台", 260.0, "台", "检测设备", 3), ("5批次", 5.0, "批次", "复检样品", 3))
    briefing = make_briefing(sentences, stats, title="食品抽检：15批次样品不合格", summary_indices=(0,))
    shown = [fact.text for fact in render.build_content(briefing).lists["stats"]]
    assert shown[0] == "15批次"  # the title's figure first: it survives a table cut to one row
    assert set(shown[:3]) == {"15批次", "900批次", "885批次"}  # the headline result's sentence may give several
    assert shown.index("5批次") > 3  # 5批次 is no figure of the title (15批次 is)


def test_the_table_shows_each_part_counted_after_its_whole_as_a_thing_of_its_own(cfg):
    from brief.pipeline import brief_cleaned

    body = ("市场监管局日前公布本期食品安全监督抽检结果。本期抽检食品8大类600批次样品，其中合格样品580批次，不合格样品20批次。"
            "抽检粮食加工品60批次，不合格样品3批次。抽检食用油70批次，不合格样品2批次。抽检肉制品80批次，不合格样品4批次。"
            "抽检乳制品90批次，不合格样品1批次。抽检调味品100批次，不合格样品5批次。抽检饮料50批次，不合格样品2批次。"
            "抽检酒类40批次，不合格样品1批次。抽检糕点110批次，不合格样品2批次。")
    briefing = brief_cleaned(Article(title="食品抽检：20批次样品不合格", body=body), cfg)
    table = [(fact.text, fact.subject) for fact in render.build_content(briefing).lists["stats"]]
    assert table[0] == ("20批次", "不合格样品")
    failed = [subject for _text, subject in table if subject.endswith("不合格样品")]
    assert len(failed) >= 4 and len(set(failed)) == len(failed)  # the failed samples of each kind, each named
    assert ("3批次", "粮食加工品不合格样品") in table and ("2批次", "食用油不合格样品") in table


def test_the_items_of_a_list_numbered_in_its_sentences_follow_each_other():
    from brief.models import Sentence

    def sentence(i, text):
        return Sentence(i, 0, len(text), 0, text, tuple(text), ("n",) * len(text))

    first, second, third = sentence(1, "一是坚持改革。"), sentence(2, "二是坚持创新。"), sentence(3, "三是坚持开放。")
    assert render._numbered_next(first, second) and render._numbered_next(second, third)
    assert not render._numbered_next(first, third) and not render._numbered_next(second, first)
    assert not render._numbered_next(first, sentence(2, "第二，坚持创新。"))  # another kind of numbering
    # ranked third, second, first: shown in their order, so that they are told as one item
    picked = render._after_anchors([third, first, second], (sentence(0, "要把握好以下原则。"), first, second, third))
    assert [s.index for s in picked] == [1, 2, 3]


def test_who_attended_keeps_the_last_place_among_activities():
    said = [(0, SectionKind.ACTIVITIES, 0.9 - 0.1 * k, text) for k, text in enumerate((
        "朱永新常委代表民进中央表示，民主党派要加强自身建设。", "张雪樵常委代表民革中央提出，要不断提高参政党履职能力水平。",
        "焦红常委代表农工党中央表示，要充分发挥新型政党制度优势。", "李谠常委代表民建中央建议，形成从科技创新到产业化应用的全链条服务。",
        "何维常委代表致公党中央表示，要深化海外联谊工作。", "蒋作君常委代表九三学社中央建议，加大基础研究投入。"), 1)]
    told = [*said, (1, SectionKind.ACTIVITIES, 0.04, "全国政协主席汪洋出席。"),
            (1, SectionKind.ACTIVITIES, 0.05, "全国政协副主席马飚主持会议。")]  # the first told, though it scores less
    content = render.build_content(make_briefing(told, (), summary_indices=(0,), keywords=()))
    items = [item.text for item in content.lists["activities"]]
    assert len(items) == render.LIMITS["activities"] and items[-1] == "全国政协主席汪洋出席。"  # sorted last, it was cut
    assert render._attendance_kept([], 4) == []
    suite = [*said, (1, SectionKind.ACTIVITIES, 0.05, "王毅参加会议。")]  # who came along: no place kept
    content = render.build_content(make_briefing(suite, (), summary_indices=(0,), keywords=()))
    assert "王毅参加会议。" not in [item.text for item in content.lists["activities"]]


def test_a_roll_of_leaders_who_attended_keeps_its_place_and_a_quotation_of_no_one_none():
    said = [(0, SectionKind.ACTIVITIES, 0.9 - 0.1 * k, text) for k, text in enumerate((
        "朱永新常委代表民进中央表示，民主党派要加强自身建设。", "张雪樵常委代表民革中央提出，要不断提高参政党履职能力水平。",
        "焦红常委代表农工党中央表示，要充分发挥新型政党制度优势。", "李谠常委代表民建中央建议，形成从科技创新到产业化应用的全链条服务。",
        "何维常委代表致公党中央表示，要深化海外联谊工作。"), 1)]
    roll = "中共中央政治局常委王沪宁，中共中央政治局常委、中央书记处书记蔡奇，中共中央政治局常委、国务院副总理丁薛祥出席。"
    told = [*said, (1, SectionKind.ACTIVITIES, 0.05, roll)]
    content = render.build_content(make_briefing(told, (), summary_indices=(0,), keywords=()))
    assert [item.text for item in content.lists["activities"]][-1] == roll
    opened = [(0, SectionKind.ACTIVITIES, 0.5, "雷辉老师带领学生走进深圳大学参观。"),
              (1, SectionKind.ACTIVITIES, 0.4, "“这次我们到深圳大学参观，孩子们开阔了眼界。"),
              (1, SectionKind.ACTIVITIES, 0.3, "希望他们能从中获得走出大山的勇气和力量。”")]
    content = render.build_content(make_briefing(opened, (), summary_indices=(0,), keywords=()))
    assert not any(item.text.startswith("“这次") for item in content.lists["activities"])  # whose words?
