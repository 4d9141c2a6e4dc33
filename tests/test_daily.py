"""brief_day: accounting, near-duplicate merge, grouping, deterministic order, rendering, `brief daily`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from brief import daily, digest_render, pipeline, render, segment, speakers
from brief.cli import cli  # registers daily and mail (brief.cli_daily imported first would be circular)
from brief.config import Branding, BriefConfig
from brief.errors import InputError
from brief.models import Article, Failure, SectionKind

from briefing_fixture import SAMPLE, make_briefing

DAILY = Path(__file__).resolve().parent / "data" / "daily"
DAY = dt.date(2026, 6, 12)
# 5 readable articles in 4 files + a JSONL (1 good record, 1 broken line, 1 without text) + a PNG named .txt.
READ, SHOWN, MERGED, FAILED = 8, 4, 1, 3


@pytest.fixture(scope="module")
def cfg() -> BriefConfig:
    return BriefConfig()


@pytest.fixture(scope="module")
def mapped(cfg):
    """The fixture folder briefed in this process (no pool): (task, Briefing) pairs and failures."""
    tasks, early = daily.plan([DAILY], cfg)
    done, failures = [], [f for _p, f in early]
    for task in tasks:
        try:
            done.append((task, daily.brief_task(task, cfg)))
        except Exception as err:  # BriefError: what the pool would report
            failures.append(daily.failure_of(task, err))
    return done, failures


@pytest.fixture(scope="module")
def digest(mapped, cfg):
    done, failures = mapped
    return daily.reduce_day(done, failures, DAY, cfg)


def test_plan_walks_folders_sorted_and_splits_jsonl(cfg, tmp_path):
    tasks, early = daily.plan([DAILY, tmp_path / "missing.txt", tmp_path], cfg)
    names = [Path(t.name).name for t in tasks]
    assert names == ["01_qinghe_flood_drill.txt", "02_city_daily_flood_drill.html", "03_economy_first_half.txt",
                     "04_wetland_restoration.txt", "05_feed.jsonl#culture-001", "05_feed.jsonl:2",
                     "05_feed.jsonl#notext-003", "06_broken.txt"]
    assert [t.position for t in tasks] == list(range(8))
    # a missing file and an empty folder are failures of their own, in input order
    assert [(p, Path(f.name).name) for p, f in early] == [(8, "missing.txt"), (9, tmp_path.name)]


def test_folder_files_of_other_kinds_are_listed_not_lost(cfg, tmp_path):
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "site.css").write_text("p{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "a.txt").write_text("标题\n正文。", encoding="utf-8")
    tasks, early = daily.plan([tmp_path], cfg)
    assert [Path(t.name).name for t in tasks] == ["a.txt"]
    assert [(Path(f.name).name, "docx" in f.message) for _p, f in early] == [("notes.docx", True)]


def test_every_input_is_accounted_for(digest):
    assert digest.read == READ
    assert (len(digest.items), digest.merged, len(digest.failures)) == (SHOWN, MERGED, FAILED)
    assert len(digest.items) + digest.merged + len(digest.failures) == digest.read
    names = {s.name for item in digest.items for s in item.sources} | {f.name for f in digest.failures}
    assert len(names) == READ


def test_same_event_from_two_sources_is_one_item(digest):
    (drill,) = [item for item in digest.items if "防汛" in item.briefing.article.title]
    assert [Path(s.name).name for s in drill.sources] == ["01_qinghe_flood_drill.txt", "02_city_daily_flood_drill.html"]
    assert [s.label for s in drill.sources] == ["青禾县融媒体中心", "江州日报"]
    others = [item for item in digest.items if item is not drill]
    assert all(len(item.sources) == 1 for item in others)
    # a JSONL record's short "source" names the outlet
    assert any(item.sources[0].label == "江州市文化和旅游局" for item in others)


def test_similarity_thresholds(mapped):
    done, _ = mapped
    by_name = {Path(t.name).name: b for t, b in done}
    same = daily.similarity(by_name["01_qinghe_flood_drill.txt"], by_name["02_city_daily_flood_drill.html"])
    different = daily.similarity(by_name["03_economy_first_half.txt"], by_name["04_wetland_restoration.txt"])
    assert daily.is_duplicate(*same) and not daily.is_duplicate(*different)
    assert different[1] < daily.LEAD_LIKE
    # a title alone never merges (recurring meetings share titles across days)
    assert not daily.is_duplicate(1.0, daily.LEAD_LIKE - 0.01)


def test_failures_in_input_order_with_reasons(digest):
    assert [Path(f.name).name for f in digest.failures] == ["05_feed.jsonl:2", "05_feed.jsonl#notext-003",
                                                             "06_broken.txt"]
    assert "JSON" in digest.failures[0].message
    assert "text" in digest.failures[1].message
    assert "PNG" in digest.failures[2].message
    # the digest's reader gets the reason in Chinese; the operator the message (on standard error)
    assert [f.reason for f in digest.failures] == ["记录格式有误", "记录格式有误", "图片文件，不是文章文本"]
    assert Failure("a.gz", "a.gz: is a gzip archive, not an article").reason == "压缩包，不是文章文本"
    assert Failure("a.txt", "a.txt: binary data (NUL bytes), not an article").reason == "不是可读的文章文件"
    assert Failure("a.txt", "a.txt: the input is empty").reason == "内容为空"
    assert Failure("a.txt", "something new").reason == "无法处理"
    assert Failure("a.txt", "a.txt: the text is garbled (decoded with the wrong encoding?)").reason == "正文为乱码"
    assert Failure("a.txt", "a.txt: no article text found after removing page chrome").reason.startswith("无正文")


def test_topics_group_items_in_lexicon_order(digest):
    topics = [item.topic for item in digest.items]
    order = [name for name, _cues in daily.TOPICS] + [daily.OTHER_TOPIC]
    assert topics == sorted(topics, key=order.index)
    assert [item.number for item in digest.items] == list(range(1, SHOWN + 1))
    assert {item.topic for item in digest.items} >= {"经济发展", "生态环境"}


def test_an_emergency_is_a_topic_of_its_own():
    flood = ((0, SectionKind.ACTIVITIES, 0.2, "国家防总针对京津冀启动防汛四级应急响应，要求做好山洪地质灾害防范。"),
             (0, SectionKind.ACTIVITIES, 0.1, "北京城市副中心的文化设施建设加快推进。"))
    briefing = make_briefing(flood, (), title="国家防总启动防汛四级应急响应", summary_indices=(0, 1), keywords=())
    assert daily.classify_topic(briefing) == "应急安全"  # not 社会民生, where it waited behind three items
    # 历史 alone (大区行制度成为历史) is no culture story; a bank's is economy, a panda's ecology
    for title, topic in (("央行31家省区市分行今日挂牌，大区行制度成为历史", "经济发展"),
                         ("定居“藏乡江南”的野生大熊猫日益增多", "生态环境"), ("暑假 近视防控要跟上", "社会民生"),
                         ("上半年获得28枚全运会项目金牌 全省竞技体育工作有序推进", "文化旅游"),  # a sport's 项目 is no project
                         ("列车增设商务座席，汉宜铁路“大站快车”提档升级", "社会民生"),  # travellers' service, not 其他
                         ("第十六届中运会开幕，全省运动会18个代表团亮相", "文化旅游"),
                         ("民进党当局追捧军售", "其他"),  # a party of others is no 时政 cue (党 alone was)
                         ("厄尔尼诺现象已出现 全球明年或更热", "生态环境")):  # the climate is ecology (was 其他)
        briefing = make_briefing(((0, SectionKind.ACTIVITIES, 0.2, title + "。"),), (), title=title, summary_indices=(0,),
                                 keywords=())
        assert daily.classify_topic(briefing) == topic, title


def test_order_does_not_depend_on_completion_order(mapped, cfg, digest):
    done, failures = mapped
    again = daily.reduce_day(list(reversed(done)), failures, DAY, cfg)
    assert again == digest


def test_glance_points_and_figures_refer_to_items(digest):
    numbers = {item.number for item in digest.items}
    assert digest.glance_points and digest.glance_stats
    assert all(p.item in numbers for p in digest.glance_points)
    assert all(s.item in numbers and s.subject for s in digest.glance_stats)
    assert len(digest.glance_stats) <= 3 or len(digest.glance_stats) % 3 == 0


def test_no_issue_number_is_made_up(digest, cfg):
    assert digest.issue == "" and "期" not in digest_render.to_text(digest, cfg).splitlines()[1]
    numbered = daily.reduce_day([], [], DAY, BriefConfig(branding=Branding(issue="12")))
    assert numbered.issue == "12" and "第12期" in digest_render.to_html(numbered, cfg)


def test_contents_give_the_subtitle_of_a_slogan_title(digest, cfg):
    assert digest_render.contents_title("坚定信心 乘势而上 续写中国奇迹新篇章", "习近平主席新年贺词引发热烈反响") == (
        "坚定信心 乘势而上 续写中国奇迹新篇章——习近平主席新年贺词引发热烈反响")
    assert digest_render.contents_title("国务院召开常务会议", "部署推进城市更新") == "国务院召开常务会议"  # it tells the news
    echoed = digest_render.contents_title("为以中国式现代化全面推进强国建设、民族复兴伟业而不懈奋斗",
                                          "习近平总书记在庆祝中国共产党成立105周年大会上的重要讲话引发热烈反响")
    assert echoed.endswith("——习近平总书记在庆祝中国共产党成立105周年大会上的重要讲话引发热烈反响")  # whose words echo
    item = digest.items[0]
    article = dataclasses.replace(item.briefing.article, title="坚定信心 乘势而上", subtitle="各地热议新年贺词")
    slogan = dataclasses.replace(item, briefing=dataclasses.replace(item.briefing, article=article))
    text = digest_render.to_text(dataclasses.replace(digest, items=(slogan, *digest.items[1:])), cfg)
    contents = [line.strip() for line in text[text.index("【目录】"):].splitlines() if line.startswith("  ")]
    assert any(line.startswith(f"{slogan.number}. 坚定信心 乘势而上——各地热议新年贺词") for line in contents)


def test_two_reports_of_one_outlet_name_it_once(digest, cfg):
    item = digest.items[0]
    twice = dataclasses.replace(item, sources=(item.sources[0], dataclasses.replace(item.sources[0], name="b.txt")))
    assert twice.outlets == (item.sources[0].label,)
    text = digest_render.to_text(dataclasses.replace(digest, items=(twice, *digest.items[1:])), cfg)
    assert f"来源：{item.sources[0].label}；" not in text and "（2篇报道）" in text
    # reports that name no outlet are one 未注明, with the first one's record and how many
    unnamed = [dataclasses.replace(item.sources[0], label=f"未注明（feed.jsonl#{n}）") for n in ("a", "b", "c")]
    assert dataclasses.replace(item, sources=(unnamed[0], item.sources[0], *unnamed[1:])).outlets == (
        "未注明（feed.jsonl#a等3篇）", item.sources[0].label)
    assert dataclasses.replace(item, sources=(unnamed[0],)).outlets == ("未注明（feed.jsonl#a）",)
    records = [dataclasses.replace(item.sources[0], label="未注明") for _ in range(3)]  # records: no id shown
    assert dataclasses.replace(item, sources=tuple(records)).outlets == ("未注明（3篇）",)


def test_html_has_masthead_glance_contents_items_and_not_included(digest, cfg):
    html = digest_render.to_html(digest, cfg)
    for text in ("信息快报", "2026年6月12日", "今日要览", "目录", "未收录", "江州日报", "2篇报道",
                 "06_broken.txt"):
        assert text in html, text
    assert html.index("今日要览") < html.index("目录") < html.index('id="item-1"') < html.index('id="notincluded"')
    assert digest_render.to_html(digest, cfg) == html  # deterministic
    title = digest.items[0].briefing.article.title
    assert f'{title[:-4]}<span class="tail">{title[-4:]}</span>' in html  # a wrapped 目录 line leaves no character alone


def test_article_text_is_escaped(mapped, cfg):
    done, failures = mapped
    task, briefing = done[0]
    hostile = dataclasses.replace(briefing, article=dataclasses.replace(briefing.article,
                                                                     title="<script>alert(1)</script>标题"))
    html = digest_render.to_html(daily.reduce_day([(task, hostile)], [], DAY, cfg), cfg)
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_branding_cannot_break_out_of_the_style_sheet(digest):
    hostile = BriefConfig(branding=Branding(bulletin='快报"}</style><script>alert(1)'))  # as long as a name may be
    html = digest_render.to_html(dataclasses.replace(digest), hostile)
    assert "<script>" not in html
    assert digest_render.css_string('a"</style>\\') == '"a\\22 \\3c \\2f style\\3e \\5c "'


def test_text_and_email_parts(digest, cfg):
    text = digest_render.to_text(digest, cfg, attachment="briefing-2026-06-12.pdf")
    assert "【今日要览】" in text and "【目录】" in text and "【未收录】" in text and "<" not in text
    html = digest_render.to_email(digest, cfg, attachment="briefing-2026-06-12.pdf")
    # as the PDF: the marking above the masthead, and each item's date beside its source
    assert text.startswith(cfg.branding.classification + "\n") and cfg.branding.classification in html
    assert "发布时间：2026年6月12日" in text and "发布时间：2026年6月12日" in html
    assert "<style" not in html and "var(" not in html and 'width="600"' in html
    assert "目录" in html and "今日要览" in html and len(html.encode()) <= digest_render.EMAIL_MAX_BYTES
    figures = re.findall(r'<span class="fig" style="([^"]*)">', html)
    assert figures and all("white-space: nowrap" in style for style in figures)  # a figure never breaks: 50多 / 万元
    refs = re.findall(r'<span class="ref" style="([^"]*)">', html)
    assert refs and all("white-space: nowrap" in style for style in refs)  # nor a reference: （见第6 / 条）
    bands = re.findall(r'<td class="band"[^>]*>(.*?)</td>', html)
    assert bands and all(band.startswith('<font color="#ffffff">') for band in bands)  # white on red without CSS too


def test_markdown_digest(mapped, digest, cfg):
    md = digest_render.to_markdown(digest, cfg)
    assert "## 今日要览" in md and "## 目录" in md and "## 未收录" in md and "<" not in md
    assert all(f"### {item.number}. " in md for item in digest.items)  # each item under its topic's heading
    assert md.index("## 今日要览") < md.index("## 目录") < md.index("### 1. ")
    done, _failures = mapped
    task, briefing = done[0]
    marked = dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, title="*要闻* [链接](x)"))
    assert "\\*要闻\\* \\[链接\\](x)" in digest_render.to_markdown(daily.reduce_day([(task, marked)], [], DAY, cfg), cfg)
    assert digest_render.render_digest(digest, "md", cfg) == md.encode("utf-8")


def test_every_format_gives_an_items_subtitle(mapped, cfg):
    done, _failures = mapped
    task, briefing = done[0]
    titled = dataclasses.replace(briefing, article=dataclasses.replace(
        briefing.article, title="坚定信心 乘势而上 续写新篇章", subtitle="新年贺词引发各地干部群众热烈反响"))
    digest = daily.reduce_day([(task, titled)], [], DAY, cfg)
    for told in (digest_render.to_email(digest, cfg, attachment="x.pdf"), digest_render.to_html(digest, cfg),
                 digest_render.to_text(digest, cfg), digest_render.to_markdown(digest, cfg)):
        heading = told[told.rindex("1. 坚定信心") if "1. 坚定信心" in told else told.rindex("坚定信心"):]
        assert "——新年贺词引发各地干部群众热烈反响" in heading[:400]  # the heading says what the story is


def test_email_html_stays_under_the_clipping_size(digest, cfg):
    items = tuple(dataclasses.replace(digest.items[n % SHOWN], number=n + 1) for n in range(240))
    big = dataclasses.replace(digest, items=tuple(sorted(items, key=lambda i: (i.topic, i.number))))
    html = digest_render.to_email(big, cfg, attachment="x.pdf")
    assert len(html.encode("utf-8")) <= digest_render.EMAIL_MAX_BYTES
    assert re.search(r"第\d+—240条的要点见附件 x.pdf", html)


def test_pdf_pages_numbers_and_contents(digest, cfg):
    pypdf = pytest.importorskip("pypdf")
    result = digest_render.to_pdf(digest, cfg)
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages >= 1
    assert (round(float(reader.pages[0].mediabox.width), 1), round(float(reader.pages[0].mediabox.height), 1)) == (595.3, 841.9)
    text = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))
    for expected in ("信息快报", "今日要览", "目录", "未收录", "—1—", "江州市上半年经济运行稳中向好"):
        assert expected in text, expected
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            assert ref.get_object().get("/Encoding") == "/Identity-H"  # no tofu
    # the contents give each item's page; the item's heading is on that page, with "— N —" under it
    pages = [re.sub(r"\s+", "", page.extract_text() or "") for page in reader.pages]
    lines = re.sub(r"[^\S\n]+", "", reader.pages[0].extract_text() or "")  # the contents, a line each
    for item in digest.items:
        title = re.sub(r"\s+", "", item.briefing.article.title)
        listed = re.search(rf"^{item.number}．{re.escape(title)}.*?\.+(\d+)$", lines, flags=re.M)
        assert listed, item.number
        number = int(listed.group(1))
        assert f"{item.number}．{title}" in pages[number - 1] and f"—{number}—" in pages[number - 1]
    # a front matter of less than a page: the first item follows it on page 1, not on a page of its own
    assert re.search(rf"^1．{re.escape(digest.items[0].briefing.article.title)}.*?\.+1$", lines, flags=re.M)


def test_a_small_day_s_items_follow_a_two_page_front_on_its_second_page(digest, cfg):
    pypdf = pytest.importorskip("pypdf")
    items = tuple(dataclasses.replace(item, number=k + 1) for k, item in enumerate(digest.items * 7))
    day = dataclasses.replace(digest, items=items)
    result = digest_render.to_pdf(day, cfg)
    pages = [re.sub(r"\s+", "", page.extract_text() or "") for page in pypdf.PdfReader(io.BytesIO(result.pdf)).pages]
    assert "目录" in pages[0] and "..." in pages[1]  # the contents run onto page 2 ...
    assert f"一、{day.topics[0][0]}" in pages[1]  # ... and the first topic's items begin below them, not a page on


def test_contents_page_numbers_line_up_when_a_title_takes_two_lines(digest, cfg):
    pdfplumber = pytest.importorskip("pdfplumber")
    first = digest.items[0]
    long_title = "江州市召开全市经济运行分析会议强调 稳中求进 以进促稳 全力以赴推动经济社会高质量发展取得新成效新突破"
    article = dataclasses.replace(first.briefing.article, title=long_title)
    long_item = dataclasses.replace(first, briefing=dataclasses.replace(first.briefing, article=article))
    result = digest_render.to_pdf(dataclasses.replace(digest, items=(long_item, *digest.items[1:])), cfg)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        page = pdf.pages[0]
        ends = [w["x1"] for w in page.extract_words() if w["text"].isdigit() and w["x1"] > 0.8 * float(page.width)]
    assert len(ends) >= SHOWN and max(ends) - min(ends) < 1, ends


def test_a_page_per_article_title_is_fitted_as_a_briefs(digest, cfg):
    first = digest.items[0]
    title = "中共中央 国务院在南京举行2022年南京大屠杀死难者国家公祭仪式"  # a 仪/式 break at full size
    article = dataclasses.replace(first.briefing.article, title=title)
    item = dataclasses.replace(first, briefing=dataclasses.replace(first.briefing, article=article))
    ctx = digest_render._context(dataclasses.replace(digest, items=(item, *digest.items[1:])), cfg, "pdf",
                                 page_per_article=True)
    fitted = next(e["title_fit"] for g in ctx["groups"] for e in g["entries"] if e["item"] is item)
    assert fitted["main_rem"] and fitted["main_rem"] < render.TITLE_REM  # one line, a little smaller
    assert digest_render._context(digest, cfg, "pdf")["groups"][0]["entries"][0]["title_fit"] is None  # compact items


def test_page_per_article(digest, cfg):
    result = digest_render.to_pdf(digest, cfg, page_per_article=True)
    assert result.pages >= SHOWN + 1
    # the statistics section is left out of each article's sections, and their numbering closes up
    html = digest_render.to_html(digest, cfg, page_per_article=True)
    parts = html.split('<article class="item"')[1:]
    assert len(parts) == SHOWN
    for part in parts:
        headings = re.findall(r"<h4>(.)、", part)
        assert headings == list("一二三四五"[: len(headings)]), headings
    assert "<h4>" in html and not re.search(r"<h4>.、数据要点", html)


# ---------------------------------------------------------------------------- CLI


def test_cli_daily_writes_pdf_and_warns(tmp_path):
    out = tmp_path / "daily.pdf"
    result = CliRunner().invoke(cli, ["daily", str(DAILY), "--date", "2026-06-12", "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    lines = result.stderr.splitlines()
    assert sum(line.startswith("brief: failed: ") for line in lines) == FAILED
    assert any("warning: 3 of 8 articles not included" in line for line in lines)


def test_cli_daily_exit_2_when_nothing_made_it(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    shutil.copy(DAILY / "06_broken.txt", bad / "a.txt")
    (bad / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "daily.html"
    result = CliRunner().invoke(cli, ["daily", str(bad), "--date", "2026-06-12", "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()
    assert "no article could be briefed" in result.output


def test_cli_daily_rejects_bad_date_and_suffix(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["daily", str(DAILY), "--date", "12/06/2026", "-o", str(tmp_path / "a.pdf")]).exit_code == 2
    result = runner.invoke(cli, ["daily", str(DAILY), "--date", "2026-06-12", "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 2 and "suffix" in result.output


def test_pool_gives_the_same_digest(digest, cfg):
    assert daily.brief_day([DAILY], DAY, cfg, jobs=2) == digest


@pytest.mark.parametrize(("suffix", "fmt", "marker"), [(".txt", None, "【目录】"), (".html", "email", 'width="600"')])
def test_cli_daily_text_and_email_formats(tmp_path, suffix, fmt, marker):
    out = tmp_path / f"daily{suffix}"
    args = ["daily", str(DAILY / "03_economy_first_half.txt"), "--date", "2026-06-12", "-o", str(out)]
    result = CliRunner().invoke(cli, args + (["-f", fmt] if fmt else []))
    assert result.exit_code == 0, result.output
    assert marker in out.read_text(encoding="utf-8")
    assert "warning" not in result.stderr
    # a page per article is a PDF's or an HTML page's: asked of text or email, it says so before any work
    refused = CliRunner().invoke(cli, args + (["-f", fmt] if fmt else []) + ["--page-per-article"])
    assert refused.exit_code == 2 and "--page-per-article" in refused.output


REWORDED = ("本报讯 11日，青禾县防汛应急综合演练在东湖水库举行。县应急管理局、水利局、消防救援大队等12个部门和单位的"
            "320余名救援人员、18艘冲锋舟参加。\n此次演练模拟东湖水库上游普降暴雨、库区水位快速上涨，石桥镇两个村庄群众"
            "需要紧急转移，演练了险情监测、群众转移、堤坝抢险等科目。\n目前青禾县已储备编织袋5万条、救生衣1200件。")
OTHER_DRILL = ("11日下午，青禾县在北山林场举行森林防火应急演练，县林业局、消防救援大队和6个乡镇的扑火队员共150人参加。"
               "\n演练模拟林区雷击起火、火势向村庄蔓延的情景，开展了火情侦察、隔离带开设、以水灭火和人员疏散等科目。"
               "\n县林业局表示，将在秋冬防火期前完成全县林区防火通道的检查维护。")


def test_reworded_report_merges_and_a_different_drill_does_not(mapped, cfg):
    done, _ = mapped
    original = next(b for t, b in done if t.name.endswith("01_qinghe_flood_drill.txt"))
    reworded = pipeline.brief_text(REWORDED, cfg, title="青禾县举行防汛应急综合演练")
    other = pipeline.brief_text(OTHER_DRILL, cfg, title="青禾县举行2026年森林防火应急演练")
    assert daily.is_duplicate(*daily.similarity(original, reworded))
    assert not daily.is_duplicate(*daily.similarity(original, other))
    assert daily.cluster_duplicates([original, other, reworded]) == [[0, 2], [1]]


def test_an_article_that_names_no_source_is_marked_so_with_where_it_came_from(cfg):
    from brief.pipeline import brief_text

    unnamed = brief_text("市政府召开常务会议，研究部署近期重点工作。会议强调，要抓好落实。", cfg)
    assert unnamed.article.source is None
    labels = [daily._source_ref(task, unnamed).label for task in (
        daily.Task(0, "in/a02.txt", "in/a02.txt"), daily.Task(1, "f.jsonl#x7", "f.jsonl", {"id": "x7"}),
        daily.Task(2, "f.jsonl:3", "f.jsonl", {"_line": 3}), daily.Task(3, "f.jsonl#x8", "f.jsonl", {"id": "x8", "source": "江州日报"}))]
    assert labels == ["未注明（a02.txt）", "未注明", "未注明", "江州日报"]


def test_a_records_date_is_the_articles_and_a_bad_one_fails_that_record_alone(cfg):
    text = "新华社北京4月15日电 国家卫生健康委15日召开新闻发布会，介绍今年以来的监管情况。会议指出，各地共查处案件120件。"
    dated = daily.brief_task(daily.Task(0, "f.jsonl#1", "f.jsonl", {"id": 1, "text": text, "date": "2024-04-15"}), cfg)
    assert dated.article.date == "2024-04-15"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        daily.brief_task(daily.Task(1, "f.jsonl#2", "f.jsonl", {"id": 2, "text": text, "date": "15/04/2024"}), cfg)



def test_a_report_of_talks_leads_the_days_news_with_who_met_whom(cfg):
    from brief.pipeline import brief_text

    text = ("王晓东表示，今年是两国建交50周年，两国关系稳步向前发展。"
            "双方要更紧密对接发展战略，扎实推进重大项目建设，扩大贸易投资规模。\n会谈后，两国总理共同见证交换合作文件。")
    talks = brief_text(text, cfg, title="王晓东同东川国总理会谈")
    assert daily.lead_point(talks) == "王晓东同东川国总理会谈。"
    plain = brief_text(text, cfg, title="两国合作稳步推进")  # not a report of talks: its best key sentence
    assert daily.lead_point(plain) != "两国合作稳步推进。"
    # a key sentence that tells who met whom tells it, with where and when (the title said less)
    met = brief_text("当地时间11月15日下午，王晓东在利马会见东川国总理拉克森。" + text, cfg, title="王晓东会见东川国总理")
    assert daily.lead_point(met) == "当地时间11月15日下午，王晓东在利马会见东川国总理拉克森。"
    # a sentence that only says someone gave a view heads no day's news
    view = (1, SectionKind.OTHER, 0.9, "萨尔瓦多在华留学生安娜接受中国新闻网采访时，分享了她的看法。")
    assert "分享了她的看法" not in daily.lead_point(make_briefing((*SAMPLE, view), (), summary_indices=(2, len(SAMPLE))))


def test_compact_items_finish_their_points_as_a_brief_does():
    listed = (1, SectionKind.ACTIVITIES, 0.3, "二是深入推进城市更新行动，加快老旧小区改造。")
    briefing = make_briefing((*SAMPLE, listed), (), summary_indices=(len(SAMPLE),))
    assert daily.item_points(render.build_content(briefing).points) == ["深入推进城市更新行动，加快老旧小区改造。"]  # not 二是… with no 一是
    assert daily.lead_point(briefing) == "深入推进城市更新行动，加快老旧小区改造。"
    # 今日要览's line: no bare day before it (of which month?), and cut at a clause when long
    dated = (1, SectionKind.ACTIVITIES, 0.3, "23日，吉林省通榆县永胜村村委会主任和5位村民拿着产品包销证书，喜上眉梢。")
    assert daily.lead_point(make_briefing((*SAMPLE, dated), (), summary_indices=(len(SAMPLE),))).startswith("吉林省通榆县")
    # a day inside it, the article's own, is given its month: under the briefing's date it would read as this month's
    memorial = (1, SectionKind.ACTIVITIES, 0.3, "中共中央、国务院13日上午在南京隆重举行国家公祭仪式，14日起开放。")
    told = daily.lead_point(make_briefing((*SAMPLE, memorial), (), summary_indices=(len(SAMPLE),), date="2022-12-13"))
    assert told == "中共中央、国务院12月13日上午在南京隆重举行国家公祭仪式，14日起开放。"
    visit = (1, SectionKind.ACTIVITIES, 0.3, "国家主席习近平8日在莫斯科会见俄罗斯总统普京，双方回顾了两国关系。")
    told = daily.lead_point(make_briefing((*SAMPLE, visit), (), summary_indices=(len(SAMPLE),), date="2015-05-09"))
    assert told.startswith("国家主席习近平5月8日在莫斯科会见")  # an earlier day of the month is that month's too
    # in a briefing of a day long after the story, its days get their year: 5月8日 would read as to come
    late = daily.lead_point(make_briefing((*SAMPLE, visit), (), summary_indices=(len(SAMPLE),), date="2015-05-09"),
                            dt.date(2026, 12, 1))
    assert late.startswith("国家主席习近平2015年5月8日在莫斯科会见")
    fresh = daily.lead_point(make_briefing((*SAMPLE, visit), (), summary_indices=(len(SAMPLE),), date="2015-05-09"),
                             dt.date(2015, 5, 10))
    assert fresh == told
    # who organised an event is no part of a headline
    camp = (1, SectionKind.ACTIVITIES, 0.3, "7月24日下午，由中国教育部中外语言交流合作中心主办、黎明职业大学和雅加达华文教育协调机构"
            "联合承办的汉语桥线上体验营正式开营。")
    assert daily.lead_point(make_briefing((*SAMPLE, camp), (), summary_indices=(len(SAMPLE),))) == "7月24日下午，汉语桥线上体验营正式开营。"
    # nor what it was for and whose arrangement it followed (cut to fit, they were all a headline kept); a quotation
    # that opens a sentence is someone's words, no headline while another key sentence stands alone
    check = pipeline.brief_text("为做好当前极端强降雨防御工作，按照国家防总副总指挥、应急管理部部长安排，7月30日，应急管理部、"
                                "水利部联合工作组检查南水北调中线工程防汛工作。", BriefConfig(), title="检查防汛工作")
    assert daily.lead_point(check).startswith("7月30日，应急管理部、水利部联合工作组检查")
    issued = pipeline.brief_text("为深入贯彻重要指示精神，认真落实常务会议部署，最大程度减小因灾损失，江州市农业农村局日前印发"
                                 "《关于开展救灾抢排田间积水的通知》，部署农业生产救灾工作。", BriefConfig(), title="印发通知")
    assert daily.lead_point(issued).startswith("江州市农业农村局日前印发")  # a purpose of several clauses, all of it
    edited = pipeline.brief_text("为深入学习贯彻习近平新时代中国特色社会主义思想，贯彻落实习近平文化思想，中央宣传部组织编写"
                                 "《习近平文化思想学习纲要》一书，已由学习出版社、人民出版社联合出版。", BriefConfig(), title="纲要出版")
    assert daily.lead_point(edited).startswith("中央宣传部组织编写")  # (贯彻落实/i: jieba's idiom goes on with the purpose)
    long = (1, SectionKind.ACTIVITIES, 0.3, "为期三天的江州国际茶业博览会在江州国际会展中心开幕，吸引客商两万余人次。")
    assert daily.lead_point(make_briefing((*SAMPLE, long), (), summary_indices=(len(SAMPLE),))).startswith("为期三天")
    term = (1, SectionKind.ACTIVITIES, 0.9, "“十五五”开局之年，江州以建设历史文化名城为目标，不断拓展城市活力。")
    briefing = make_briefing((*SAMPLE, term), (), summary_indices=(2, len(SAMPLE)))
    assert daily.lead_point(briefing).startswith("“十五五”开局之年")  # a term in quotation marks is no one's words
    thanked = (1, SectionKind.OTHER, 0.9, "“真没想到你们这么真心实意地帮我，要不真难倒我了”，7月14日下午，企业负责人激动地说道。")
    briefing = make_briefing((*SAMPLE, thanked), (), summary_indices=(2, len(SAMPLE)))
    assert daily.lead_point(briefing) == SAMPLE[2][3]
    # and its 今年/去年/明年 the year they mean
    plan = (1, SectionKind.FUTURE_PLANS, 0.3, "今年以来，全省新开工重大项目120个，预计明年全部建成投用。")
    late = daily.lead_point(make_briefing((*SAMPLE, plan), (), summary_indices=(len(SAMPLE),), date="2025-11-23"),
                            dt.date(2026, 7, 5))
    assert late == "今年（2025年）以来，全省新开工重大项目120个，预计明年（2026年）全部建成投用。"
    assert daily.years_told(plan[3], "2025-11-23", dt.date(2025, 11, 24)) == plan[3]  # the day's news: as written
    said = "他说：“今年是关键之年，去年打下了基础。”明年将完工。"  # the words someone said stay as said
    assert daily.years_told(said, "2015-03-01", dt.date(2016, 5, 1)) == "他说：“今年是关键之年，去年打下了基础。”明年（2016年）将完工。"
    # and its 今天/昨天 the day they mean (今天，在…发布会上 stood under another day's masthead)
    today = "今天，在交通运输部例行新闻发布会上，昨天下午公布的数据显示，今日头条…"
    assert daily.years_told(today, "2023-07-01", dt.date(2026, 5, 1)) == (
        "今天（7月1日），在交通运输部例行新闻发布会上，昨天（6月30日）下午公布的数据显示，今日头条…")
    long = (1, SectionKind.ACTIVITIES, 0.3, "，".join(["各地要坚持农业农村优先发展总方针"] * 8) + "。")
    line = daily.lead_point(make_briefing((*SAMPLE, long), (), summary_indices=(len(SAMPLE),)))
    assert len(line) <= daily.GLANCE_POINT_CHARS + 2 and line.startswith("各地要坚持")
    # cut to less than half, what was said is the part cut: the headline tells it
    spoke = (1, SectionKind.ACTIVITIES, 0.3, "中共中央总书记、国家主席、中央军委主席习近平3月8日下午在出席十四届全国人大一次会议"
             "解放军和武警部队代表团全体会议时强调，巩固提高一体化国家战略体系和能力，是党中央着眼新时代新征程"
             "党和国家事业发展全局作出的战略部署，全军要统一思想认识，强化使命担当，狠抓工作落实。")
    title = "习近平在出席解放军和武警部队代表团全体会议时强调 统一思想认识 强化使命担当"
    briefing = make_briefing((*SAMPLE, spoke), (), summary_indices=(len(SAMPLE),), title=title)
    assert daily.lead_point(briefing) == "习近平在出席解放军和武警部队代表团全体会议时强调，统一思想认识，强化使命担当。"


def _story(title: str, lead: str, *more: str, score: float = 0.3) -> object:
    sentences = tuple((0, SectionKind.ACTIVITIES, score - 0.01 * k, text) for k, text in enumerate((lead, *more)))
    return make_briefing(sentences, (), title=title, summary_indices=tuple(range(len(sentences))), keywords=())


def test_a_report_of_one_paragraph_repeated_does_not_stand_in_for_the_real_one():
    meeting = "国务院总理李强主持召开国务院常务会议，研究部署近期重点工作。"
    repeated = _story("国务院常务会议", *[meeting, "会议强调，要加快构建新发展格局。"] * 40)
    real = _story("李强主持召开国务院常务会议", meeting, "会议听取了关于今年以来经济运行情况的汇报。",
                  "会议强调，要加快构建新发展格局，扩大国内需求，稳定就业。")
    assert len(repeated.article.body) > len(real.article.body)
    tasks = [daily.Task(n, f"t{n}", f"t{n}") for n in range(2)]
    digest = daily.reduce_day(list(zip(tasks, (repeated, real))), [], DAY, BriefConfig())
    assert len(digest.items) == 1 and digest.items[0].briefing is real


def test_the_leaders_stories_come_first_in_their_topic_and_in_the_glance():
    premier = _story("李强主持召开专家、企业家和教科文卫体等领域代表座谈会",
                     "中共中央政治局常委、国务院总理李强20日下午主持召开专家、企业家代表座谈会，听取意见建议。")
    assert daily.importance(premier) == 4 and daily.classify_topic(premier) == "时政要闻"  # not 经济发展 (企业家)
    # a feature citing guidance is no story of the leader; 主题教育 is party work, not education
    feature = _story("以学促干 扎实推进第二批主题教育", "各地深入学习贯彻习近平总书记重要讲话精神，推动主题教育走深走实。")
    assert daily.importance(feature) < 4 and daily.classify_topic(feature) == "时政要闻"
    course = _story("山西共青团举办学习贯彻习近平总书记重要讲话精神专题培训班", "培训班在太原开班，全省团干部参加。")
    thought = _story("习近平新时代中国特色社会主义思想研讨会在京举行", "研讨会在北京举行。")
    assert daily.importance(course) < 4 and daily.importance(thought) < 4  # guidance cited, no story of the leader
    book = _story("《习近平文化思想学习纲要》出版发行", "该书由中央宣传部组织编写。")
    assert daily.importance(book) == 5  # the book is the story
    xi = _story("习近平在陕西延安考察", "中共中央总书记、国家主席、中央军委主席习近平来到延安，瞻仰革命纪念地。")
    others = [_story(f"蔡奇在{place}调研", f"中共中央政治局常委、中央书记处书记蔡奇在{place}调研检查工作。")
              for place in ("山西大同", "河北保定")]
    train = _story("石家庄国际陆港开行首列中越班列", "首列燕赵号中越班列从石家庄国际陆港鸣笛启程，驶往越南首都河内。")
    patients = _story("国家卫计委：71名患者发生严重毒性反应", "记者从国家卫生计生委了解到，共有71名患者发生严重毒性反应。")
    assert daily.classify_topic(train) == "经济发展"  # 国际陆港 is no foreign affairs
    # a deputy of the 全国人大 is no organ of it; a subtitle tells the story as much as the title
    deputy = _story("全国人大代表郭雷：加快科技自立自强", "郭雷代表建议加大基础研究投入。")
    assert daily.importance(deputy) < 3
    speech = dataclasses.replace(_story("铆足干劲 为加快建设农业强国而努力奋斗", "各地干部群众表示要抓好三农工作。"),)
    speech = dataclasses.replace(speech, article=dataclasses.replace(
        speech.article, subtitle="习近平总书记在中央农村工作会议上的重要讲话引起热烈反响"))
    # …: its subtitle names the leader, and it is the echo of his speech, a level below the speech itself
    assert daily.importance(speech) == 4 and daily.classify_topic(speech) == "时政要闻"
    assert daily.importance(xi) == 5
    items = tuple(daily.DigestItem(n, daily.classify_topic(b), b, ()) for n, b in
                  enumerate((feature, train, premier, patients, others[0], xi, others[1]), 1))
    glance = [point.item for point in daily._glance(items)[0]]
    # 习近平; 时政's second story (李强) counts a level lower, its third and fourth (蔡奇) more, but a story of the
    # country's leaders never below the state's level: before 卫计委's (level 2); its fifth (a feature) after the train
    assert glance == [6, 3, 5, 7, 4, 2]


def test_a_compact_item_cuts_its_next_best_point_rather_than_fill_with_a_lesser_one():
    lead = "中共中央政治局常委、国务院总理李强20日下午主持召开专家、企业家和教科文卫体等领域代表座谈会，听取对《政府工作报告（征求意见稿）》的意见建议。"
    stressed = ("李强指出，我国发展还面临不少困难挑战，要准确把握形势，善于化危为机，实施更加积极的财政政策和适度宽松的货币政策，"
                "大力提振消费、提高投资效益，全方位扩大国内需求，推动经济持续回升向好。")
    roll = "座谈会上，张辉、任少波、刘珺等先后发言。"
    briefing = _story("李强主持召开座谈会", lead, stressed, roll)
    points = daily.item_points(render.build_content(briefing).points)
    assert points[0] == lead and points[1].startswith("李强指出，我国发展还面临不少困难挑战") and len(points) == 2


def test_a_story_of_other_countries_alone_is_international_news_not_foreign_affairs():
    abroad = _story("美国防长：美国不寻求在巴布亚新几内亚建立永久基地", "美国防长奥斯汀在会见巴新总理马拉佩后表示，美国不寻求建立永久基地。")
    assert daily.classify_topic(abroad) == "国际动态"
    indicted = _story("特朗普被控涉嫌试图推翻美国大选结果", "美国司法部特别检察官8月1日在华盛顿公开起诉书称，特朗普被提起刑事指控。")
    assert daily.classify_topic(indicted) == "国际动态"  # 在华盛顿 is no 在华
    summoned = _story("波乌关系紧张，波兰官员：两国有许多问题尚未达成理解", "8月1日，乌克兰外交部召见了波兰驻乌大使，两国关系紧张。")
    assert daily.classify_topic(summoned) == "国际动态"  # another country's 外交部, not China's
    visit = _story("王毅会见巴西总统首席特别顾问", "中央外办主任王毅在约翰内斯堡会见巴西总统首席特别顾问阿莫林。")
    assert daily.classify_topic(visit) == "外事往来"  # a Chinese side: China's foreign affairs
    talks = _story("美国总统会见日本首相", "美国总统拜登在白宫会见日本首相岸田文雄，双方讨论对华政策。")
    assert daily.classify_topic(talks) == "外事往来"  # 对华: China is concerned
    # whatever its subject: a disaster, the air of a foreign city (城市 is no Chinese city)
    fire = _story("欧盟调派近500名消防员应对希腊野火", "欧盟委员会宣布调派近500名消防员和7架消防飞机赴希腊扑救野火。")
    smog = _story("雅加达空气质量非常糟糕 印尼总统倡导居家办公", "印尼总统佐科呼吁民众居家办公，雅加达成为全球空气污染最严重的城市。")
    assert daily.classify_topic(fire) == daily.classify_topic(smog) == "国际动态"
    flood = _story("河北涿州启动防汛应急响应", "涿州市启动防汛一级应急响应，全力转移安置受灾群众。")
    assert daily.classify_topic(flood) == "应急安全"
    # a region or a country the list names; a Chinese city, not a word across two (巴西安全)
    redress = _story("非洲和加勒比国家呼吁前殖民国家作出赔偿", "来自非洲和加勒比海地区的多国代表日前在布里奇敦举行会议。")
    schools = _story("巴西强化校园安全", "巴西政府组建小组加强校园安全管理，由巴西国家公共安全秘书处协调。")
    assert daily.classify_topic(redress) == daily.classify_topic(schools) == "国际动态"
    games = _story("国际大体联官员：选择成都举办世界大赛正确", "国际大体联代理主席、巴西人莱昂茨表示，成都大运会组织出色。")
    assert daily.classify_topic(games) != "国际动态"
    summit = _story("习近平继续出席亚太经合组织第二十九次领导人非正式会议",
                    "当地时间11月19日上午，国家主席习近平在曼谷继续出席亚太经合组织第二十九次领导人非正式会议。")
    assert daily.classify_topic(summit) == "外事往来"  # the leader abroad, with the talks of his visit


def test_a_state_council_mechanism_or_office_stands_below_the_state_council():
    briefing = _story("国务院联防联控机制举行新闻发布会", "国务院联防联控机制举行新闻发布会，介绍疫情防控工作。")
    assert daily.importance(briefing) == 3
    assert daily.importance(_story("国务院印发意见", "国务院印发关于加快发展的意见。")) == 4
    # other countries (其他国家, 沿线国家) are no national scope; 全国 and the state's own (国家物流枢纽) are
    assert daily.importance(_story("中国式现代化为其他国家发展提供借鉴", "专家认为中国经验值得借鉴。")) == 0
    assert daily.importance(_story("福建与沿线国家进出口增长", "福建省外贸进出口增长。")) == 0
    assert daily.importance(_story("7月全国CPI同比下降0.3%", "国家统计局发布数据。")) == 2
    assert daily.importance(_story("空港型国家物流枢纽获批建设", "枢纽获批建设。")) == 2


def test_a_compact_item_does_not_cut_a_point_down_to_what_it_builds_on():
    points = [render.Item(0, 0, "深交所发布通知，支持受灾地区企业恢复生产。"),
              render.Item(1, 1, "深交所在已免收上市初费、年费的基础上，继续免收相关地区上市公司网络投票服务费。")]
    assert daily.item_points(points, 40) == ["深交所发布通知，支持受灾地区企业恢复生产。"]  # not …年费的基础上……
    # a last point that runs a little past the budget is told whole rather than cut with ……
    assert daily.item_points(points, 50) == [point.text for point in points]



def test_a_compact_item_of_one_short_point_takes_a_lower_point_that_fits():
    points = [render.Item(0, 0, "7月28日，省网信办通报整治网络乱象情况。"),
              render.Item(1, 1, "省网信办有关负责人表示，" + "坚决整治网络乱象，" * 12 + "营造清朗网络空间。"),
              render.Item(2, 2, "全省共清理违规信息4万余条，处置违规账号2.7万余个。")]
    assert daily.item_points(points, 80) == [points[0].text, points[2].text]
    # an item already half full ends at the point it has no room for: a detail further down is no stand-in
    assert daily.item_points(points, 40) == [points[0].text]


def test_a_compact_item_cuts_a_roll_of_names_that_does_not_fit_to_the_first():
    texts = ("日前，中央纪委国家监委对8起典型问题进行公开通报。",
             "西藏自治区政府原党组成员、副主席王勇，上海市政协原党组成员、秘书长黄国平，广东省中山市住房和城乡建设局副局长黄民强，"
             "河南省商丘市梁园区环境卫生事务中心副主任吕红兵等人违规收受礼品礼金，公款吃喝，受到严肃处理。")
    sentences = segment.segment(Article(title="t", body="".join(texts)), BriefConfig())
    points = [render.Item(0, 0, texts[0]), render.Item(1, 1, texts[1])]
    shown = daily.item_points(points, 90, [0, 0], sentences)
    assert shown[1] == "西藏自治区政府原党组成员、副主席王勇……河南省商丘市梁园区环境卫生事务中心副主任吕红兵等人违规收受礼品礼金，公款吃喝，受到严肃处理。"
    assert daily.item_points(points, 90, [0, 0])[1].endswith("黄民强……")  # without the sentences: cut, its news lost


def test_a_leaders_story_has_twice_the_room_in_a_compact_item():
    xi = _story("习近平在陕西延安考察", "中共中央总书记、国家主席、中央军委主席习近平来到延安，瞻仰革命纪念地。")
    local = _story("石家庄国际陆港开行首列中越班列", "首列燕赵号中越班列从石家庄国际陆港鸣笛启程。")
    assert daily.item_chars(xi) == 2 * daily.item_chars(local) == 2 * daily.ITEM_CHARS


def test_a_compact_item_names_the_speaker_once_for_a_speech_it_goes_on_with():
    points = [render.Item(0, 0, "习近平指出，中秘友谊源远流长。"), render.Item(1, 1, "习近平指出，秘鲁是最早同新中国建交的拉美国家之一。"),
              render.Item(2, 3, "习近平指出，我也期待出席领导人非正式会议。"), render.Item(3, 4, "习近平指出，要深化互利合作。")]
    paragraphs = [0, 0, 0, 0, 1]
    assert daily.item_points(points, 200, paragraphs) == [
        "习近平指出，中秘友谊源远流长。", "秘鲁是最早同新中国建交的拉美国家之一。", "我也期待出席领导人非正式会议。",
        "要深化互利合作。"]  # another paragraph, but right after a point that opens the same: the speech goes on
    told = [points[0], render.Item(1, 2, "会谈后，两国元首共同见证签署合作文件。"), points[3]]
    assert daily.item_points(told, 200, paragraphs) == [item.text for item in told]  # the story came between
    other = [render.Item(0, 0, "李强表示，中方愿同各方加强合作。"), render.Item(1, 1, "安瓦尔表示，马方愿深化两国合作。")]
    assert daily.item_points(other, 200, [0, 0]) == [item.text for item in other]  # another speaker is named
    assert daily.item_points(points, 200) == [item.text for item in points]  # paragraphs unknown: each as it is


def test_a_handful_is_no_figure_to_quote_outside_the_article():
    told = ((0, SectionKind.STATISTICS, 0.3, "会上6位代表发言，全市平均气温上升1.5℃，新增岗位30余个。"),)
    stats = (("6位", 6.0, "位", "发言代表", 0), ("1.5℃", 1.5, "℃", "全市平均气温", 0), ("30余个", 30.0, "个", "新增岗位", 0))
    good = daily.good_statistics(make_briefing(told, stats, summary_indices=(0,)))
    assert sorted(st.text for st in good) == ["1.5℃", "30余个"]  # 6位代表 tells nothing; 1.5℃ is no count
    slides = ((0, SectionKind.STATISTICS, 0.3, "彭泽县连续成功避让两起滑坡地质灾害，转移群众120人。"),)
    good = daily.good_statistics(make_briefing(slides, (("两起", 2.0, "起", "滑坡地质灾害", 0), ("120人", 120.0, "人", "转移群众", 0)),
                                               summary_indices=(0,)))
    assert [st.text for st in good] == ["120人"]  # two events are a detail of the story


def test_one_event_or_a_round_amount_in_a_quotation_is_no_figure_to_quote():
    told = ((0, SectionKind.STATISTICS, 0.3, "机场发生1起货机偏出跑道事件，1架货机受损，当日取消航班120个。"),
            (0, SectionKind.STATISTICS, 0.2, "“城市工人对数百万洛杉矶人的服务至关重要。"))
    stats = (("1起", 1.0, "起", "货机偏出跑道事件", 0), ("1架", 1.0, "架", "货机", 0), ("120个", 120.0, "个", "取消航班", 0),
             ("数百万", 1e6, "", "洛杉矶人", 1))
    good = daily.good_statistics(make_briefing(told, stats, summary_indices=(0,)))
    assert [st.text for st in good] == ["120个"]


def test_stories_dated_long_before_the_day_or_after_it_are_stale():
    items = tuple(daily.DigestItem(n, "其他", make_briefing(date=date), ()) for n, date in
                  enumerate(("2026-06-12", "2026-06-05", "2026-06-04", "2026-06-13", None), 1))
    digest = daily.Digest(dt.date(2026, 6, 12), "", items, (), (), (), len(items))
    assert [item.number for item in digest.stale] == [3, 4]  # a week back is the day's news; no date, no claim


def test_a_month_and_day_without_a_year_date_the_story_in_the_latest_year_not_after_the_briefing():
    def told(lead, day=None):
        briefing = _story("省长会见客人", lead)
        return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, date=None, day=day))
    new_year = dt.date(2026, 1, 1)
    assert daily.story_date(told("8月16日下午，省长王忠林在武汉会见客人。"), new_year) == "2025-08-16"
    assert daily.story_date(told("省长会见客人。", "12月30日"), new_year) == "2025-12-30"  # a closing dateline's
    assert daily.story_date(told("当地时间1月2日，省长会见客人。"), new_year) == "2026-01-02"
    assert daily.story_date(told("自7月20日起至7月31日，报名学车即可领取补贴。"), new_year) == "2025-07-20"  # a span's first day
    assert daily.story_date(told("省长会见客人，8月16日签约。"), new_year) is None  # a day later in the lead
    # a day inside the first clause (it was read only where the sentence opened with it)
    assert daily.story_date(told("国务院总理李强5月9日主持召开国务院常务会议，研究部署近期工作。"), new_year) == "2025-05-09"
    assert daily.story_date(told("今天（5月28日），平陆运河航运枢纽开工。"), new_year) == "2025-05-28"
    assert daily.story_date(told("2月29日，省长会见客人。"), dt.date(2026, 6, 1)) is None  # no such day near it
    assert daily.story_date(told("2023年7月31日，省长会见客人。"), new_year) == "2023-07-31"  # the year written
    # news tells what has happened: a day weeks after the briefing's is last year's, one a few days after it this year's
    june = dt.date(2024, 6, 20)
    assert daily.story_date(told("7月28日，省长会见客人。"), june) == "2023-07-28"
    assert daily.story_date(told("6月25日，省长会见客人。"), june) == "2024-06-25"
    quoted = _story("公交站长寻回失物", "“感谢张站长！”", "8月3日下午，七旬老人接过遗失的包。")
    quoted = dataclasses.replace(quoted, article=dataclasses.replace(quoted.article, date=None, day=None))
    assert daily.story_date(quoted, new_year) == "2025-08-03"  # the lead after a quotation that opens the text
    # a stale story with no 发布时间 is marked on a line of its own, the day its lead tells
    assert digest_render._marked_stale([("来源", "新华社")], "2025-08-16", new_year) == [
        ("来源", "新华社"), ("日期", "8月16日（早于本期）")]
    assert digest_render._marked_stale([("来源", "新华社"), ("日期", "8月16日")], "2025-08-16", new_year) == [
        ("来源", "新华社"), ("日期", "8月16日（早于本期）")]  # the brief's own 日期 line, marked, not told twice
    items = tuple(daily.DigestItem(n, "其他", b, ()) for n, b in enumerate(
        (told("8月16日下午，省长会见客人。"), told("12月30日，省长会见客人。"), told("省长会见客人。")), 1))
    digest = daily.Digest(new_year, "", items, (), (), (), len(items))
    assert [item.number for item in digest.stale] == [1]  # five months back: no news of the day


def test_stories_of_one_level_follow_protocol_order():
    zhao = _story("赵乐际同列席代表座谈", "中共中央政治局常委、全国人大常委会委员长赵乐际27日下午同列席代表座谈。")
    li = _story("李强主持召开座谈会", "中共中央政治局常委、国务院总理李强20日下午主持召开座谈会，听取意见建议。")
    assert daily.importance(zhao) == daily.importance(li) and daily.precedence(li) < daily.precedence(zhao)
    assert daily.precedence(_story("市长调研", "市长调研。")) == len(daily.OFFICES)
    # the Standing Committee in its order (蔡奇, 丁薛祥, 李希), also where the lead names no office
    cai = _story("蔡奇在山西调研", "蔡奇23日在山西大同调研。", "中共中央政治局常委、中央书记处书记蔡奇强调，要树立和践行正确政绩观。")
    ding = _story("丁薛祥出席会议", "中共中央政治局常委、国务院副总理丁薛祥出席会议并致辞。")
    xi = _story("李希出席会议", "中共中央政治局常委、中央纪委书记李希出席会议并讲话。")
    assert daily.precedence(cai) < daily.precedence(ding) < daily.precedence(xi)
    tasks = [daily.Task(n, f"t{n}", f"t{n}") for n in range(2)]
    digest = daily.reduce_day(list(zip(tasks, (zhao, li))), [], dt.date(2026, 6, 12), BriefConfig())
    assert [item.briefing.article.title for item in digest.items] == ["李强主持召开座谈会", "赵乐际同列席代表座谈"]


def test_a_stale_story_takes_no_turn_from_a_fresh_one_of_its_topic_in_the_glance():
    def dated(briefing, date):
        return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, date=date))
    old = [dated(_story(f"国务院部署经济工作{n}", f"国务院常务会议部署经济工作，推动经济持续回升{n}。"), "2020-01-01")
           for n in range(3)]
    fresh = dated(_story("湖北省政府：将建成60万个充电桩", "湖北将累计建成充电桩60万个，推动新能源汽车产业发展。"), "2026-06-12")
    other = dated(_story("七旬老人寻回遗失现金", "公交线管员排查5条线路，为七旬老人寻回遗失的1万元现金。"), "2026-06-12")
    items = (*(daily.DigestItem(n, "经济发展", b, ()) for n, b in enumerate((*old, fresh), 1)),
             daily.DigestItem(5, "其他", other, ()))
    assert daily.importance(fresh) == 1 and daily.importance(other) == 0
    assert [point.item for point in daily._glance(items, dt.date(2026, 6, 12))[0]][:2] == [4, 5]


def test_a_glance_line_does_not_lean_on_a_sentence_it_does_not_show():
    told = ((0, SectionKind.ACTIVITIES, 0.2, "湖北省发展改革委印发充电基础设施建设三年行动方案。"),
            (0, SectionKind.ACTIVITIES, 0.6, "其中提出，到2025年湖北将累计建成充电桩60万个，其中公共充电桩25万个。"))
    briefing = make_briefing(told, (), title="湖北印发充电设施建设方案", summary_indices=(0, 1), keywords=())
    assert daily.lead_point(briefing).startswith("湖北省发展改革委印发")  # not 其中提出，… though it scores higher
    assert not speakers.LEANING.match("随后表示，将加强合作。")  # the speaker goes on: no lean


def test_the_glance_gives_the_days_news_before_stale_stories():
    def dated(briefing, date):
        return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, date=date))
    xi = dated(_story("习近平在陕西延安考察", "中共中央总书记、国家主席、中央军委主席习近平来到延安，瞻仰革命纪念地。"), "2022-10-27")
    train = dated(_story("石家庄国际陆港开行首列中越班列", "首列燕赵号中越班列从石家庄国际陆港鸣笛启程，驶往越南首都河内。"), "2026-06-12")
    items = tuple(daily.DigestItem(n, daily.classify_topic(b), b, ()) for n, b in enumerate((xi, train), 1))
    assert [point.item for point in daily._glance(items)[0]] == [1, 2]  # no day: importance alone
    assert [point.item for point in daily._glance(items, dt.date(2026, 6, 12))[0]] == [2, 1]
    # an undated story comes after the day's own, before the stale
    undated = dated(_story("国务院召开常务会议", "国务院总理李强主持召开国务院常务会议，部署推进城市更新工作。"), None)
    items = tuple(daily.DigestItem(n, daily.classify_topic(b), b, ()) for n, b in enumerate((xi, train, undated), 1))
    points = daily._glance(items, dt.date(2026, 6, 12))[0]
    assert [point.item for point in points] == [2, 3, 1]
    assert [point.text.endswith("（早于本期）") for point in points] == [False, False, True]  # it says it is old news
    # nor is an old story's figure one of the day's
    sand = pipeline.brief_text("近5年来，北京市沙化土地面积减少37.26万亩，生态持续向好。", BriefConfig(),
                               title="北京市沙化土地面积减少", date="2015-06-17")
    items = tuple(daily.DigestItem(n, daily.classify_topic(b), b, ()) for n, b in enumerate((train, sand), 1))
    assert daily._glance(items)[1] and not daily._glance(items, dt.date(2026, 6, 12))[1]


def test_cli_daily_warns_of_stale_stories(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "old", "date": "2015-05-09", "title": "国务院召开常务会议",
                                "text": "国务院总理主持召开国务院常务会议，部署推进今年城市更新工作。会议要求抓好落实。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["daily", str(feed), "--date", "2026-06-12", "-o", str(tmp_path / "d.txt"), "-j", "1"])
    assert result.exit_code == 0 and "warning: item 1 is dated more than 7 days before 2026-06-12" in result.stderr
    assert "1 read, 1 item, 0 merged" in result.stderr  # one item, in the singular
    # and the reader is told so: stderr reaches no one who reads the briefing
    told = (tmp_path / "d.txt").read_text(encoding="utf-8")
    assert "发布时间：2015年5月9日（早于本期）" in told and told.count("部署推进今年（2015年）城市更新工作") == 2  # 要览, item
    result = CliRunner().invoke(cli, ["daily", str(feed), "--date", "2026-06-12", "-o", str(tmp_path / "d.html"), "-j", "1"])
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert '<span class="keep"><b>发布时间：</b>2015年5月9日（早于本期）</span>' in page  # never （早于本 / 期）


def test_a_glance_line_names_the_province_its_unnamed_office_means(cfg):
    text = "8月16日下午，省委副书记、省长王忠林在武汉与集团负责人座谈交流。王忠林表示，湖北正加快建设先行区，欢迎企业来湖北投资。"
    assert daily.lead_point(pipeline.brief_text(text, cfg, title="王忠林与集团负责人座谈")).startswith(
        "8月16日下午，湖北省委副书记、省长王忠林在武汉")
    # the source's province first; none when the text names two alike, or names one already
    told = pipeline.brief_text("湖北日报讯 今年以来，全省新开工重大项目120个，湖南和江西的企业也来投资。", cfg, title="项目建设提速")
    assert told.article.source == "湖北日报" and "湖北全省新开工" in daily.lead_point(told)
    even = pipeline.brief_text("今年以来，全省新开工重大项目120个，湖南、湖北两地企业合作加深。", cfg, title="项目建设提速")
    assert "，全省新开工" in daily.lead_point(even)
    named = pipeline.brief_text("今年以来，湖北省委统筹推进重大项目建设，湖北全省新开工重大项目120个。", cfg, title="项目建设提速")
    assert "湖北湖北" not in daily.lead_point(named) and "湖北省委统筹" in daily.lead_point(named)


def test_a_figure_in_the_glance_names_the_place_its_clause_is_about(cfg):
    from brief.pipeline import brief_text

    story = brief_text("今年以来，全省各地扎实开展整治工作。东川省共排查整治突出问题1282个，办结率超过九成。", cfg,
                       title="全省整治突出问题")
    items = (daily.DigestItem(1, "时政要闻", story, ()),)
    figures = daily._glance(items)[1]
    assert [f.text for f in figures] == ["1282个"] and figures[0].subject.startswith("东川")  # not the country's


def test_importance_and_protocol_order_come_from_one_list_of_offices():
    # each office the lead names gives its level, and stories of one level keep protocol order
    for office, level in daily.OFFICES:
        assert daily.importance(_story("某某调研", f"{office}某某在湖北调研。")) == level, office
    vice = _story("韩正同清华大学经济管理学院顾问委员会委员代表座谈", "3月28日，国家副主席韩正在北京同清华大学经济管理学院顾问委员会委员代表座谈。",
                  "韩正说，希望委员们继续深度参与中国发展，积极致力于中外教育科技交流合作。",
                  "委员们介绍了同中方开展教育交流合作等情况，将继续扩大对华投资。")
    workshop = _story("全国促进跨境贸易便利化专项行动研讨活动在大连", "全国促进跨境贸易便利化专项行动交流研讨活动在大连市举办。")
    vice_premier = _story("何立峰在湖北调研", "中共中央政治局委员、国务院副总理何立峰在湖北调研。")
    assert daily.importance(vice) == daily.importance(vice_premier) == 3 > daily.importance(workshop) == 2
    assert daily.precedence(vice) < daily.precedence(vice_premier)  # 国家副主席 before 政治局委员 in protocol order
    # a state leader meeting guests from abroad (同中方…, 对华投资, 中外交流) is foreign affairs; at home, not
    assert daily.classify_topic(vice) == "外事往来"
    at_home = _story("韩正在江苏调研", "国家副主席韩正在江苏调研，考察产业园区和企业。", "韩正强调，要推动经济高质量发展。")
    assert daily.classify_topic(at_home) != "外事往来"


def test_topic_words_count_on_whole_words_outside_excluded_compounds(cfg):
    # 营商环境 is business, not ecology; the 环境 a crop grows in is farming
    office = pipeline.brief_text("7月27日，文昌市营商环境建设局揭牌，推动文昌市营商环境不断提档升级。该局负责推动全市营商环境、"
                                 "行政审批、政务服务建设。", cfg, title="文昌市营商环境建设局揭牌 推动营商环境不断提档升级")
    assert daily.classify_topic(office) != "生态环境"
    rice = pipeline.brief_text("8月17日，我省首个葛仙米水稻共生示范基地在鹤峰揭牌。三方将改善葛仙米生长环境，扩大优质水稻种植面积，"
                               "实现葛稻双丰收。基地的种植环境有利于葛仙米生长，可年产富硒稻谷8万余斤。", cfg,
                               title="湖北首个“葛稻共生”基地揭牌")
    assert daily.classify_topic(rice) == "经济发展"
    couriers = pipeline.brief_text("鲁东大学学生走进社区，为新就业群体子女开设阅读课。新就业群体工作时间长，子女课后无人照看。", cfg,
                                   title="读典明理：社区服务新就业群体，鲁东大学在行动")
    assert daily.classify_topic(couriers) == "社会民生"  # couriers and riders, not the economy's 就业
    assert daily.cue_hits("改善生长环境", "环境", [2, 4, 6]) == 0 and daily.cue_hits("改善水体环境", "环境", [2, 4, 6]) == 1
    assert daily.cue_hits("清华大学经济管理学院", "经济", [10]) == 0  # inside a word: no cue
    assert daily.cue_hits("党中央部署", "中央", [3, 5]) == 1  # a word's head or tail is its compound's: 党中央


def test_a_foreign_dateline_or_side_counts_toward_international_news(cfg):
    # a city of a wire's dateline is abroad; 旧金山市 and 市中心 are no Chinese city
    sign = pipeline.brief_text("据法新社旧金山7月31日报道，“X”公司当天从其旧金山总部楼顶拆除了“X”标志，该公司近日因这个标志同旧金山市官员"
                               "发生纠纷。报道称，该标志安装在该公司市中心办公室楼顶。", cfg, title="被指扰民后，“X”公司拆除强光巨标")
    assert daily.classify_topic(sign) == "国际动态"
    # another country's army and side, with China named: China's relations, no economy for 中国制造的零部件
    drones = pipeline.brief_text("路透社8日援引印度国防工业官员的消息称，印度已经禁止国内军用无人机制造商使用中国制造的零部件。"
                                 "专家表示，印方所谓安全漏洞只是借口。", cfg,
                                 title="印军用无人机将禁用中国零部件？专家：印方所谓安全漏洞只是借口")
    assert daily.classify_topic(drones) == "外事往来"
    strike = _story("洛杉矶上万城市工人将罢工", "当地时间7日，美国洛杉矶上万名城市工人宣布将举行罢工，多个行业受影响。")
    assert daily.classify_topic(strike) == "国际动态"


def test_of_one_importance_in_a_topic_the_fresher_story_comes_first():
    def dated(briefing, date):
        return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, date=date))
    day = dt.date(2026, 2, 12)
    old = dated(_story("大熊猫数量增多", "甘肃野生大熊猫数量增多，生态保护成效明显。"), "2015-09-20")
    recent = dated(_story("湿地保护成效明显", "湖北湿地保护成效明显，生态持续向好。"), "2026-02-11")
    undated = dated(_story("森林覆盖率提高", "全省森林覆盖率提高，生态持续向好。"), None)
    older = dated(_story("候鸟数量增多", "今冬到鄱阳湖越冬的候鸟达七十万只，再创新高。"), "2022-10-27")
    stories = (old, older, undated, recent)
    assert len({daily.classify_topic(b) for b in stories}) == 1 and len({daily.importance(b) for b in stories}) == 1
    tasks = [daily.Task(n, f"t{n}", f"t{n}") for n in range(len(stories))]
    digest = daily.reduce_day(list(zip(tasks, stories)), [], day, BriefConfig())
    assert [item.briefing.article.title for item in digest.items] == ["湿地保护成效明显", "森林覆盖率提高", "候鸟数量增多",
                                                                      "大熊猫数量增多"]


def test_the_glance_figures_come_from_what_the_items_show():
    told = ((0, SectionKind.ACTIVITIES, 0.3, "8月17日，湖北首个葛稻共生示范基地在鹤峰揭牌，示范基地亩产鲜货达到200斤。"),
            (0, SectionKind.ACTIVITIES, 0.2, "葛仙米干货每斤卖到约2000元，让14亿多中国人民吃上放心米是基地的目标。"),
            (1, SectionKind.BACKGROUND, 0.1, "资料显示，2020年起该县先后对101种农产品实施质量追溯。"))
    figures = (("200斤", 200.0, "斤", "示范基地亩产鲜货", 0), ("约2000元", 2000.0, "元", "葛仙米干货每斤", 1),
               ("14亿多", 1.4e9, "", "中国人民", 1), ("101种", 101.0, "种", "农产品质量追溯", 2))
    story = make_briefing(told, figures, title="这种米每斤可卖2000元！湖北首个“葛稻共生”基地揭牌", summary_indices=(0, 1),
                          keywords=())
    # a background figure the item leaves out cannot be found in it; the country's people are no news
    assert {st.text for st in daily.shown_statistics(story)} == {"200斤", "约2000元"}
    # the figure the headline is about comes first, though another scores better
    glance = daily._glance((daily.DigestItem(1, "经济发展", story, ()),))[1]
    assert [g.text for g in glance] == ["约2000元"]


def test_an_item_that_names_no_outlet_prints_no_source_line(cfg):
    record = {"id": "a1", "date": "2026-06-12", "title": "国务院召开常务会议",
              "text": "国务院总理主持召开国务院常务会议，部署推进城市更新工作。会议要求抓好落实。"}
    briefing = daily.brief_task(daily.Task(0, "f.jsonl#a1", "f.jsonl", record), cfg)
    other = {"id": "a2", "date": "2026-06-12", "title": "湖北新建充电桩", "source": "新华社",
             "text": "湖北今年将新建充电桩十万个，覆盖全部高速公路服务区。各地要加快建设进度。"}
    named = daily.brief_task(daily.Task(1, "f.jsonl#a2", "f.jsonl", other), cfg)
    tasks = [daily.Task(0, "f.jsonl#a1", "f.jsonl", record), daily.Task(1, "f.jsonl#a2", "f.jsonl", other)]
    digest = daily.reduce_day(list(zip(tasks, (briefing, named))), [], DAY, cfg)
    assert [item.outlets for item in digest.items] == [(daily.UNNAMED,), ("新华社",)]
    for text in (digest_render.to_text(digest, cfg), digest_render.to_html(digest, cfg), digest_render.to_email(digest, cfg)):
        assert "未注明" not in text and text.count("来源：") == 1 and "发布时间：" in text
    # 今日要览's reference goes down with the word before it: never alone on a line
    html = digest_render.to_html(digest, cfg)
    assert re.search(r'<span class="keep">[^<]*\w[^<]*<span class="ref">', html)
    # ... two characters or a whole number: no lone 章。 on the last line, no 9. / 1% split
    assert digest_render._last_word("指控其“兜售影响力”。") == ("指控其“兜售影", "响力”。")
    assert digest_render._last_word("同比增长9.1%。") == ("同比增长", "9.1%。")


def test_cli_daily_names_no_input_file_as_an_outlet(tmp_path):
    article = tmp_path / "g03.txt"
    article.write_text("青禾县召开防汛工作会议\n6月11日，青禾县召开防汛工作会议，部署今年防汛重点任务。会议要求压实各方责任。",
                       encoding="utf-8")
    out = tmp_path / "daily.txt"
    result = CliRunner().invoke(cli, ["daily", str(article), "--date", "2026-06-12", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "g03.txt" not in out.read_text(encoding="utf-8")  # 来源：未注明（g03.txt） told the reader nothing


def test_a_topics_contents_entries_stay_together_on_one_page(digest, cfg):
    html = digest_render.to_html(digest, cfg)
    contents = html[html.index('<nav class="contents"'):html.index("</nav>")]
    groups = re.findall(r'<div class="group">\s*<h3>[^<]*</h3>\s*<ol>(.*?)</ol>\s*</div>', contents, re.S)
    assert len(groups) == len(digest.topics)  # each topic's heading and entries in one block the page cannot split
    assert [len(re.findall("<li>", g)) for g in groups] == [len(items) for _topic, items in digest.topics]
    assert re.search(r"\.contents \.group \{ break-inside: avoid; \}", html)


def test_an_items_figures_tell_one_amount_once(cfg):
    story = pipeline.brief_text("去年2月以来，乌克兰获得财政援助超过662亿美元（约合人民币4773亿元）。美国提供的援助占比最大。"
                                "其中欧盟提供了180亿美元。截至目前，乌克兰共获得662亿美元援助。", cfg, title="乌克兰受援超662亿美元")
    figures = [st.text for st in daily.good_statistics(story)]
    assert "4773亿元" not in figures  # the same amount in yuan
    assert len([text for text in figures if "662亿美元" in text]) == 1  # told twice, one figure
    head, tail = digest_render._last_word("国务院常务会议在京举行。（早于本期）")
    assert tail == "举行。（早于本期）"  # the mark never breaks off its line's last word


def test_the_days_line_tells_the_news_not_the_titles_figure():
    told = ((0, SectionKind.ACTIVITIES, 1.465, "交通运输部、中华全国总工会近日公布“2022年感动交通十大年度人物”名单，驾驶员邓兰舟入选。"),
            (1, SectionKind.ACTIVITIES, 1.472, "一辆车、一条路、四个村，15年来，邓兰舟行驶90多万公里，免费为沿途村民带货超过10万件。"))
    briefing = make_briefing(told, (), title="“土家带货郎”15年免费为乡亲带货超10万件 邓兰舟荣获全国“感动交通”人物",
                             summary_indices=(0, 1), keywords=())
    assert daily.lead_point(briefing).startswith("交通运输部")  # (the figure's lift is the key points', not the day's)


def test_a_glance_line_from_the_title_keeps_a_document_name_whole():
    doc = "《中共中央 国务院关于进一步做好基层法律服务工作的意见》"
    first = (0, SectionKind.ACTIVITIES, 0.2, f"日前，{doc}正式发布。")
    said = (1, SectionKind.ACTIVITIES, 0.9,
            "《意见》指出，做好基层法律服务工作，要坚持以人民为中心，坚持问题导向，健全县乡村三级公共法律服务网络，"
            "推动法律服务资源向农村延伸，完善法律援助制度，扩大法律援助覆盖面，加强人民调解组织建设，提升矛盾纠纷化解能力，"
            "强化法治宣传教育，引导群众遇事找法、办事依法、解决问题用法、化解矛盾靠法，为推进乡村全面振兴提供有力法治保障，"
            "以更高水平的基层法治建设更好满足人民群众日益增长的法律服务需求，推动形成办事依法、遇事找法、解决问题用法、"
            "化解矛盾靠法的良好法治环境，切实维护社会公平正义和群众合法权益。")
    # the space in 《中共中央 国务院…》 is part of the document's name, no gap between a title's phrases
    whole = make_briefing((first, said), (), title=f"{doc}发布", summary_indices=(1,))
    assert daily.lead_point(whole) == f"{doc}发布。"
    # a title made of the first sentence and cut (…的意…) is no day's line: the sentence it was cut from is
    cut = make_briefing((first, said), (), title="《中共中央 国务院关于进一步做好基层法律服务工作的意…", summary_indices=(1,))
    assert daily.lead_point(cut) == f"日前，{doc}正式发布。"


def test_a_persons_resume_is_no_glance_line():
    resume = (1, SectionKind.BACKGROUND, 0.9, "李晓峰，男，汉族，1990年5月出生，河南洛阳人，中共党员，本科学历，2010年9月参加工作。")
    news = (1, SectionKind.ACTIVITIES, 0.3, "8月2日，青禾县应急救援队队长李晓峰在山洪救援中不幸牺牲。")
    briefing = make_briefing((*SAMPLE, resume, news), (), summary_indices=(len(SAMPLE), len(SAMPLE) + 1))
    assert daily.lead_point(briefing).endswith("李晓峰在山洪救援中不幸牺牲。")
    alone = make_briefing((*SAMPLE, resume), (), summary_indices=(len(SAMPLE),), title="救援队长李晓峰牺牲")
    assert daily.lead_point(alone) == "救援队长李晓峰牺牲。"  # the title tells it


def _undated(briefing):
    return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, date=None, day=None))


def test_a_story_that_tells_its_day_as_today_in_its_third_sentence_is_dated_by_it():
    fair = _undated(_story("进博会闭幕", "习近平总书记指出，举办进博会，就是要扩大开放。", "进博会连续举办五年来，已经成为全球公共产品。",
                           "第五届中国国际进口博览会今天（11月10日）闭幕，意向成交金额735.2亿美元。"))
    assert daily.story_date(fair, dt.date(2023, 8, 4)) == "2022-11-10"
    assert daily.stale_note(daily.story_date(fair, dt.date(2023, 8, 4)), dt.date(2023, 8, 4)) == "（早于本期）"
    # another date told there is often background, not the story's day
    award = _undated(_story("学习黄大发精神", "近日，汇川区消防救援大队开展主题党日活动。", "黄大发带领群众凿出生命渠。",
                            "2021年6月29日，中共中央授予黄大发“七一勋章”。"))
    assert daily.story_date(award, dt.date(2023, 8, 4)) is None


def test_a_glance_line_of_talks_points_to_no_ceremony_it_never_told():
    untitled = pipeline.brief_text("欢迎仪式后，李强同安瓦尔举行会谈。\n李强表示，今年是中马建交50周年暨“中马友好年”，"
                                   "两国关系不断稳步向前。\n安瓦尔表示，马方坚定奉行一个中国政策，愿进一步深化各领域合作。",
                                   BriefConfig())
    assert daily.lead_point(untitled, DAY) == "李强同安瓦尔举行会谈。"
    # the sentence that tells who met whom where comes before one that opens with the ceremony
    told = "国务院总理李强当地时间11日上午在布城总理府同马来西亚总理安瓦尔举行会谈。"
    lead = make_briefing(((0, SectionKind.ACTIVITIES, 0.2, told),
                          (1, SectionKind.ACTIVITIES, 0.5, "欢迎仪式后，李强同安瓦尔举行会谈。")), (),
                         title="李强同马来西亚总理会谈", summary_indices=(0, 1), keywords=(), date="2026-06-12")
    assert daily.lead_point(lead, DAY) == told.replace("11日", "6月11日")


def test_a_glance_line_gives_a_bare_day_its_month_or_leaves_it_out():
    zhao = _undated(_story("赵乐际同列席代表座谈", "中共中央政治局常委、全国人大常委会委员长赵乐际27日下午同列席全国人大常委会会议的"
                                               "全国人大代表座谈交流。"))
    aug = dt.date(2023, 8, 4)  # under this masthead, 27日 would read as 7月27日: of no known month, it is left out
    assert daily.lead_point(zhao, aug) == "中共中央政治局常委、全国人大常委会委员长赵乐际同列席全国人大常委会会议的全国人大代表座谈交流。"
    trump = _undated(_story("特朗普遭起诉", "当地时间14日晚，美国前总统特朗普及其盟友在美国佐治亚州遭到起诉。"))
    assert daily.lead_point(trump, aug) == "美国前总统特朗普及其盟友在美国佐治亚州遭到起诉。"
    # a month its dateline tells dates it, with no year (guessed, not told); a day after 截至 stays
    procurator = _story("未成年人检察工作", "记者26日从最高人民检察院获悉，截至26日，全国检察机关共批准逮捕未成年犯罪嫌疑人9400余人。")
    procurator = dataclasses.replace(procurator, article=dataclasses.replace(procurator.article, date=None, day="7月26日"))
    assert daily.lead_point(procurator, aug) == "记者7月26日从最高人民检察院获悉，截至7月26日，全国检察机关共批准逮捕未成年犯罪嫌疑人9400余人。"
    # a span's last day is the month's its first day is told in: 9月2日至6日 is no 9月2日至8月6日
    assert daily._dated("服贸会将于9月2日至6日举办，5日至6日预展。", "2024-08-17") == "服贸会将于9月2日至6日举办，8月5日至6日预展。"


def test_a_heading_names_the_province_its_wo_sheng_means():
    trade = make_briefing(((0, SectionKind.STATISTICS, 0.3, "福州海关统计数据显示，今年上半年，福建省与沿线国家进出口额3712.9亿元。"),),
                          (), title="上半年我省与“一带一路”沿线国家进出口同比增长6.2%", summary_indices=(0,), keywords=(),
                          source="福建日报", date="2026-06-12")
    cfg = BriefConfig()
    digest = daily.reduce_day([(daily.Task(0, "t0", "t0"), trade)], [], DAY, cfg)
    md = digest_render.to_markdown(digest, cfg)
    assert "我省" not in md and "1. 上半年福建省与“一带一路”沿线国家进出口同比增长6.2%" in md  # in 目录 and as the heading
    assert "### 1. 上半年福建省与" in md


def test_a_missions_safety_reminder_is_foreign_affairs_whatever_the_danger():
    tour = _story("中国驻俄罗斯使馆提醒中国公民注意暑期旅游安全",
                  "暑期出境旅游旺季已至，中国驻俄罗斯使馆提醒中国公民来俄旅游时提高安全意识，平安文明出行。")
    drone = _story("中国公民因违反法律法规放飞无人机受处罚 中使馆发布提醒", "近日，有中国公民因违法放飞无人机被当地法院判处罚款。")
    assert [daily.classify_topic(b) for b in (tour, drone)] == ["外事往来", "外事往来"]
