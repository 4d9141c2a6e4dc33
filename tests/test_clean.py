"""Cleaning: chrome removal, metadata, punctuation, on the sample dump and on small self-written pages."""

from __future__ import annotations

import re

import pytest

from brief import clean, load
from brief.errors import ExtractionError, InputError

CHROME = ("Logo", "下载客户端", "登录", "+1", "收藏", "我要举报", "字号", "ICP", "公网安备", "许可证", "©",
          "扫码", "本文为", "仅代表", "责任编辑", "上一篇", "下一篇", "版权所有", "打印本页")


def _article(path, cfg):
    return clean.clean(load.load_path(path, cfg), cfg)


def test_sample_metadata_and_no_chrome(shared_data, cfg):
    article = _article(shared_data / "seed_article.txt", cfg)
    assert article.title == "不忘初心 与法同行"
    assert article.subtitle == "走进第二届酒泉市司法行政机关开放日活动"
    assert article.date == "2019-12-05"
    assert "澎湃新闻" in article.source and "甘肃司法网" in article.source
    assert "吴萍萍" in article.byline and "赵军" in article.byline
    for fragment in CHROME:
        assert fragment not in article.body, fragment
    assert article.body.startswith("12月4日是第六个国家宪法日，")
    assert "," not in article.body and ";" not in article.body


@pytest.mark.parametrize(("lead", "byline"), [
    ("新海南客户端7月28日消息(记者 吴岳文 文)7月27日，文昌市营商环境建设局揭牌。", "记者 吴岳文"),
    ("本报讯（记者 马文俊 通讯员 何金龙）近日，武汉敏声实现量产。", "记者 马文俊 通讯员 何金龙"),
    ("本报讯（文/图 记者 张三）近日，武汉敏声实现量产。", "记者 张三"),
])
def test_a_name_ending_in_wen_is_not_cut_at_the_role(lead, byline, cfg):
    article = clean.clean(load.from_text("标题\n" + lead + "\n第二段落的文字足够长，说明更多的情况。", "t", cfg), cfg)
    assert article.byline == byline


def test_text_dump_from_another_site(article_path, cfg):
    article = _article(article_path("county_dump.txt"), cfg)
    assert article.title == "清河县召开2024年春季安全生产工作会议"
    assert article.date == "2024-03-18"
    assert article.source == "清河县人民政府网"
    assert article.byline == "记者 李明 通讯员 王芳"
    assert article.body.startswith("3月18日，清河县召开")
    for fragment in CHROME + ("网站首页", "注册", "返回顶部", "扫一扫", "浏览次数"):
        assert fragment not in article.body, fragment
    assert "同比下降18.5%" in article.body  # numbers keep their ASCII dot


def test_html_page_through_trafilatura(article_path, cfg):
    raw = load.load_path(article_path("bureau_page.html"), cfg)
    assert raw.kind == "html"
    article = clean.clean(raw, cfg)
    assert article.title.startswith("东湖区推进老旧小区改造工作")
    assert article.date == "2024-05-06"
    assert article.source == "东湖区住建局"  # the page's 来源, not the site that printed it
    assert "完成投资1.35亿元" in article.body
    assert "tracker" not in article.body and "color" not in article.body
    assert "ICP" not in article.body


GOV_PAGE = """<html><head><meta charset="utf-8"><title>全市安全生产工作会议召开_部门动态_某市人民政府</title>
<meta property="og:site_name" content="某市人民政府">{meta}</head><body>
<div class="nav"><a href="/">首页</a> 登录 注册</div>
<div class="info">发布时间：2024-03-15 10:22 <span>{info}</span> 浏览次数：1234 【打印本页】【关闭窗口】</div>
<div class="content"><p>3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。副市长李四出席会议并讲话。</p>
<p>会议指出，全市去年共排查整治各类安全隐患1.2万处，整改率达98.6%，未发生较大以上生产安全事故。</p>
<p>下一步，全市将深入开展安全生产治本攻坚三年行动，计划年内完成150个基层应急站点标准化建设。</p></div>
<div class="footer">版权所有 某市人民政府 ICP备案号：京ICP备12345678号</div></body></html>"""


@pytest.mark.parametrize(
    ("meta", "info", "title", "source", "byline"),
    [
        # a government CMS's meta tags: the page's own title and 来源
        ('<meta name="ArticleTitle" content="全市安全生产工作会议召开"><meta name="ContentSource" content="市应急管理局">'
         '<meta name="Author" content="张三">', "", "全市安全生产工作会议召开", "市应急管理局", "张三"),
        # no meta tags: 来源 and 作者 from the info line trafilatura leaves out, even run together
        ("", "来源：市应急管理局作者：王五", "全市安全生产工作会议召开", "市应急管理局", "王五"),
        # neither: the site that printed it
        ("", "", "全市安全生产工作会议召开", "某市人民政府", None),
    ],
)
def test_html_page_metadata(meta, info, title, source, byline, cfg):
    raw = load.from_text(GOV_PAGE.format(meta=meta, info=info), "page.html", cfg, html=True)
    article = clean.clean(raw, cfg)
    assert (article.title, article.date, article.source, article.byline) == (title, "2024-03-15", source, byline)
    assert article.body.startswith("3月14日，市政府召开") and "浏览次数" not in article.body


def test_a_first_line_that_ends_no_sentence_is_the_headline(cfg):
    text = ("万达集团首席副总裁刘海波被公安机关带走，加入万达13年，目前名下仅1家企业为存续状态\n"
            "每经记者 王佳飞 每经编辑 陈梦妤8月8日，有消息称，万达集团首席副总裁刘海波已被公安机关带走。记者从知情人士处得知，此事属实。")
    article = clean.clean(load.from_text(text, "dump", cfg), cfg)
    assert article.title == "万达集团首席副总裁刘海波被公安机关带走，加入万达13年，目前名下仅1家企业为存续状态"
    assert article.body.startswith("8月8日，有消息称") and article.byline.startswith("记者 王佳飞")
    # a document's long title (up to 80 characters), and a headline of parts set apart by spaces (up to 120)
    long = "关于进一步加强和改进新时代全市司法行政机关法治宣传教育工作推进国家治理体系和治理能力现代化建设更高水平法治酒泉的实施意见暨开放日活动综述报道"
    text = long + "\n12月4日是第六个国家宪法日，也是第二个“宪法宣传周”，酒泉市司法局以“弘扬宪法精神”为主题开展系列活动。"
    assert len(long) > 64 and clean.clean(load.from_text(text, "dump", cfg), cfg).title == long
    parts = "中共中央政治局召开民主生活会强调 锲而不舍落实中央八项规定精神 以优良作风凝心聚力真抓实干 中共中央总书记习近平主持会议并发表重要讲话"
    text = parts + "\n中共中央政治局于12月25日至26日召开民主生活会，深入学习贯彻习近平新时代中国特色社会主义思想，开展批评和自我批评。"
    article = clean.clean(load.from_text(text, "dump", cfg), cfg)
    assert article.title == parts and article.body.startswith("中共中央政治局于12月25日")
    # a first line that ends a sentence is text
    text = "3月14日，市政府召开常务会议，研究部署近期重点工作。\n会议强调，各地要抓好落实，确保各项任务按时完成。"
    assert clean.clean(load.from_text(text, "dump", cfg), cfg).body.startswith("3月14日，市政府召开常务会议")


def test_a_compiled_report_loses_its_lead_in(cfg):
    text = "中新网8月16日电 综合报道，美军士兵越境进入朝鲜后，美方表示仍在努力。对此，五角大楼发言人作出回应。"
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert article.body.startswith("美军士兵越境进入朝鲜后") and article.source == "中新网"


@pytest.mark.parametrize(
    ("lead", "byline"),
    [("人民网约翰内斯堡7月27日电 (刘畅)", "刘畅"), ("新华社北京8月1日电（刘畅、王芳）", "刘畅 王芳"), ("新华社北京8月1日电（国务院）", None)],
)
def test_a_name_in_brackets_after_the_dateline_is_the_byline(lead, byline, cfg):
    article = clean.clean(load.from_text(lead + "24日，南非中国文化和国际教育交流中心举办开班仪式。会议强调要抓好落实。", "x", cfg), cfg)
    assert article.byline == byline
    assert article.body.startswith("24日") == (byline is not None)


def test_info_fields_in_boxes_of_their_own(cfg):
    page = GOV_PAGE.format(meta="", info="").replace(
        '<div class="info">发布时间：2024-03-15 10:22 <span></span> 浏览次数：1234 【打印本页】【关闭窗口】</div>',
        "<ul><li>发布日期：2024-03-15</li><li>信息来源：市应急管理局</li><li>作者：王五</li></ul>",
    )
    assert "<ul>" in page
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert (article.date, article.source, article.byline) == ("2024-03-15", "市应急管理局", "王五")


def test_html_dates_are_the_pages_own_not_a_guess_or_the_sidebars(cfg):
    body = ("<p>3月14日，市政府召开全市安全生产工作会议，部署落实《2019年安全生产工作要点》的重点任务。</p>"
            "<p>会议指出，全市去年共排查整治各类安全隐患1.2万处，整改率达98.6%，未发生较大以上生产安全事故。</p>")
    undated = f"<html><head><title>全市安全生产工作会议召开</title></head><body><div>{body}</div></body></html>"
    assert clean.clean(load.from_text(undated, "page.html", cfg, html=True), cfg).date is None  # not 2019-01-01
    sidebar = ("<html><head><title>全市安全生产工作会议召开</title></head><body><ul><li>关于做好安全生产工作的通知 2023-04-13</li>"
               "</ul><h1>全市安全生产工作会议召开</h1><div>发布时间：2023-06-12 来源：市应急管理局</div>"
               f"<div>{body}</div></body></html>")
    article = clean.clean(load.from_text(sidebar, "page.html", cfg, html=True), cfg)
    assert (article.date, article.source) == ("2023-06-12", "市应急管理局")


def test_a_long_info_line_is_no_headline_and_the_buttons_after_a_source_no_part_of_it(cfg):
    # an info line over 60 characters (a source of five characters or more) is still the page's info line
    info = "发布时间：2025-11-20 10:00 来源：市应急管理局 浏览次数：123 【字体：大 中 小】 【打印】 【关闭】"
    page = (f"<html><head><title>全市安全生产工作会议召开_某某市人民政府门户网站</title></head><body>"
            f"<div>首页 | 政务公开</div><h1>全市安全生产工作会议召开</h1><div>{info}</div>"
            "<p>3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。副市长李四出席会议并讲话。</p></body></html>")
    assert len(info) >= 60
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert (article.title, article.date, article.source) == ("全市安全生产工作会议召开", "2025-11-20", "市应急管理局")
    assert "浏览次数" not in article.body and "首页" not in article.body
    buttons = page.replace(info, "来源：市应急管理局 【打印】 【关闭】")
    assert clean.clean(load.from_text(buttons, "page.html", cfg, html=True), cfg).source == "市应急管理局"


@pytest.mark.parametrize("page_title", ["宜昌市交通运输局", "新闻详情", "邓兰舟荣获全国“感动交通”人物-宜昌市交通运输局"])
def test_a_pages_own_headline_above_its_info_line_is_the_title(page_title, cfg):
    page = (f"<html><head><title>{page_title}</title></head><body><div class=\"crumb\">当前位置：首页 &gt; 交通动态</div>"
            "<div class=\"title\"><h2>邓兰舟荣获全国“感动交通”人物</h2></div><div class=\"meta\"><span>发布时间：2023/8/16</span>"
            "<span>信息来源：楚天都市报</span><span>浏览次数：842</span></div><div class=\"content\"><p>交通运输部、中华全国总工会"
            "近日公布“2022年感动交通十大年度人物”名单，宜昌市五峰县驾驶员邓兰舟入选。</p><p>15年来，他免费为乡亲带货超10万件。"
            "</p></div></body></html>")
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert (article.title, article.date, article.source) == ("邓兰舟荣获全国“感动交通”人物", "2023-08-16", "楚天都市报")


def test_a_page_s_date_is_not_read_off_a_sentence_of_its_text(cfg):
    page = ("<html><head><title>求是杂志发表重要文章</title></head><body><h1>求是杂志发表重要文章</h1>"
            "<div>来源：市应急管理局</div><p>2月16日出版的第4期《求是》杂志发表习近平2022年12月15日在中央经济工作会议上"
            "重要讲话的一部分。</p><p>文章强调，经济工作千头万绪，需要从战略全局出发，抓主要矛盾。</p></body></html>")
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert (article.date, article.source) == (None, "市应急管理局")


def test_a_page_of_nothing_but_chrome_has_no_article(cfg):
    page = ("<html><body><div class=\"nav\">首页 | 政务公开</div>"
            "<div class=\"footer\">版权所有 某某市人民政府 京ICP备123号</div></body></html>")
    with pytest.raises(ExtractionError, match="no article text"):
        clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    # a breadcrumb, and menu items trafilatura gives one a line, are no article either
    dump = "首页 | 政务公开 | 办事服务 | 互动交流\n当前位置：首页 > 新闻动态\n【字体：大 中 小】 【打印】 【关闭】"
    menu = ("<html><body><div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/a\">政务公开</a> | <a href=\"/b\">办事服务</a>"
            " | <a href=\"/c\">互动交流</a></div><div>当前位置：首页 &gt; 新闻动态 &gt; 工作动态</div>"
            "<div>来源：武汉市人民政府　发布时间：2023-08-16 10:00　浏览次数：120</div></body></html>")
    for name, text, html in (("dump.txt", dump, False), ("menu.html", menu, True)):
        with pytest.raises(ExtractionError, match="no article text"):
            clean.clean(load.from_text(text, name, cfg, html=html), cfg)
    # a short post of one line without a stop is text
    assert clean.clean(load.from_text("全国铁路今日迎来暑运客流最高峰运送旅客超过一千八百万人次", "x", cfg), cfg).body


def test_a_headline_given_whole_then_in_its_layout_lines_is_the_whole_one(cfg):
    text = ("陈文清主持召开中央政法委员会全体会议时强调：贯彻以人民为中心的发展思想 推动主题教育取得实效\n"
            "陈文清主持召开中央政法委员会全体会议时强调\n贯彻以人民为中心的发展思想\n"
            "新华社北京7月29日电 中央政法委书记陈文清近日主持召开中央政法委员会全体会议，交流主题教育调研成果。")
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert article.title == "陈文清主持召开中央政法委员会全体会议时强调：贯彻以人民为中心的发展思想 推动主题教育取得实效"


def test_an_original_headline_line_gives_the_title_without_its_label(cfg):
    text = ("新闻频道 > 正文\n奋力谱写中原大地推进中国式现代化新篇章\n2025年05月21日 19:36 来源：央视网\n"
            "原标题：奋力谱写中原大地推进中国式现代化新篇章——习近平总书记在河南考察时的重要讲话引发热烈反响\n"
            "习近平总书记近日在河南考察时强调，河南要认真落实党中央关于中部地区加快崛起的战略部署。广大干部群众表示，要以讲话精神为指导。")
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert (article.title, article.subtitle) == ("奋力谱写中原大地推进中国式现代化新篇章", "习近平总书记在河南考察时的重要讲话引发热烈反响")


def test_a_headline_with_a_column_and_a_subtitle_run_into_a_dateline_is_the_title(cfg):
    text = ("东盟专线：“一带一路”倡议十周年研讨会在泰国举办 关注在泰中资企业发展中新社曼谷8月8日电（记者 李映民）"
            "“一带一路”倡议十周年研讨会7日下午在泰国正大管理学院举行。与会嘉宾围绕中资企业发展展开讨论。")
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert (article.title, article.day, article.source) == (
        "东盟专线：“一带一路”倡议十周年研讨会在泰国举办 关注在泰中资企业发展", "8月8日", "中新社")
    assert article.body.startswith("“一带一路”倡议十周年研讨会7日下午")


def test_a_source_in_brackets_ends_at_its_bracket(cfg):
    text = ("全市安全生产工作会议召开\n【发布时间：2023-08-10】【来源：湖北日报】【字号：大 中 小】\n"
            "3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。")
    assert clean.clean(load.from_text(text, "dump", cfg), cfg).source == "湖北日报"


def test_info_line_of_a_page_dump_gives_source_and_author(cfg):
    text = ("全市安全生产工作会议召开\n发布时间：2024-03-15 来源：市应急管理局 作者：张三\n"
            "3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。副市长李四出席会议并讲话。")
    article = clean.clean(load.from_text(text, "dump", cfg), cfg)
    assert (article.date, article.source, article.byline) == ("2024-03-15", "市应急管理局", "张三")
    # a photo's source is no outlet
    photo = "中新网7月25日电 综合报道，推特老板为推特换上新标志。\n\n图片来源：马斯克社交媒体截图 \n\n23日上午，他发布推文称将告别旧标志。"
    assert clean.clean(load.from_text(photo, "dump", cfg), cfg).source == "中新网"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议指出,全县共排查隐患1.2万处;同比下降18.5%.", "会议指出，全县共排查隐患1.2万处；同比下降18.5%."),
        ("部署今年重点任务.会议强调.\n下一句.", "部署今年重点任务。会议强调。\n下一句。"),
        ("时间:18:53,地点(北京)", "时间：18:53，地点（北京）"),
        ("访问http://a.cn/x?y=1,z", "访问http://a.cn/x?y=1,z"),
        ("他说\"不忘初心\"。", "他说“不忘初心”。"),
        ("\"\"速生鸡\"\"事件不断发酵。\"", "“速生鸡”事件不断发酵。"),  # a dump's doubled quotes, a lone one after
        # a term quoted the wrong way round where no quotation is open; a quotation that runs on from the paragraph
        # before (its close after a stop) stays
        ("学者引入”寻租“概念，经过三年”16+1”机制。", "学者引入“寻租”概念，经过三年“16+1”机制。"),
        ("继续引文。”他说，“下一段。”", "继续引文。”他说，“下一段。”"),
        ("零\u200b宽\u202e字符\x07", "零宽字符"),
        ("同比增长(%)\n地区生产总值 ,\n全省", "同比增长（%）\n地区生产总值，\n全省"),  # never across a line break
        # a number set off by spaces joins the Chinese around it; one space alone may part a headline's phrases
        ("7 月 18 日和 20 日，3 户 10 人避险", "7月18日和20日，3户10人避险"),
        ("倡议于2022 年 7 月达成", "倡议于2022年7月达成"),  # a date's parts
        ("荆楚楷模揭晓 10名医务工作者获评", "荆楚楷模揭晓 10名医务工作者获评"),
        ("iPhone 15 发布", "iPhone 15 发布"),
    ],
)
def test_normalize_text(text, expected):
    assert clean.normalize_text(text) == expected


def test_title_override_wins(cfg):
    raw = load.from_text("市政府召开常务会议，研究部署近期重点工作。会议强调要抓好落实。", "rec", cfg)
    article = clean.clean(raw, cfg, title="常务会议——研究重点工作")
    assert (article.title, article.subtitle) == ("常务会议", "研究重点工作")


@pytest.mark.parametrize(("text", "title"), [
    ("市政府召开常务会议，研究部署近期重点工作。会议要求抓好落实。", "市政府召开常务会议，研究部署近期重点工作"),
    ("7月28日晚，湖北省第十六届中学生运动会开幕式在鄂州国际会展中心隆重举行，来自全省的运动员参加了开幕式。",
     "湖北省第十六届中学生运动会开幕式在鄂州国际会展中心隆重举行"),
    ("昨晚，一架航班被发现有多人吸烟。后因天气原因，飞机备降太原机场。", "一架航班被发现有多人吸烟"),  # a relative time frames
    # clauses that only frame the first sentence are no title; a list is not cut
    ("4月3日消息，恒生电子股份有限公司凌晨发布公告称，公司控股股东的全部股份将被转让。", "公司控股股东的全部股份将被转让"),
    ("当地时间11月21日，据日本经济新闻报道，日本政府计划向国会提交一项法案，以加强对外国投资的审查。",
     "日本政府计划向国会提交一项法案，以加强对外国投资的审查"),
    ("11月17日，电影《你是凶手》在北京举行首映礼，主演王千源、宋佳、黄觉、王紫璇、刘奕君、李梦出席活动。", "电影《你是凶手》在北京举行首映礼"),
    # not cut after a clause that only leads on
    ("第二届征稿活动开始了，我们陆续收到了不少小朋友寄来的作品和信件，接下来，这些作品将在本报陆续刊登。",
     "第二届征稿活动开始了，我们陆续收到了不少小朋友寄来的作品和信件"),
    # a headline run into the lead's source is the title; 数据显示 and 依据 are no source after a headline
    ("城镇职工基本养老保险是我国养老事业的核心制度安排根据国家统计局公布的数据，截至2018年底，参保人数为4亿。",
     "城镇职工基本养老保险是我国养老事业的核心制度安排"),
    ("《被解救的姜戈》内地将映昆汀电影首次引进据索尼哥伦比亚影片公司消息，该片将于5月上映。", "《被解救的姜戈》内地将映昆汀电影首次引进"),
    ("国家统计局的最新统计数据显示，今年全国粮食总产量再创新高。", "今年全国粮食总产量再创新高"),
    ("全国各省区市政府依据统计局数据，调整了最低工资。", "全国各省区市政府依据统计局数据，调整了最低工资"),
    # whose words they are heads the title; a title never ends on the verb of saying; a question keeps its mark
    ("中国驻美国大使谢锋19日应邀出席安全论坛时表示，近期，两国开展了一系列高层交往。", "中国驻美国大使谢锋：两国开展了一系列高层交往"),
    ("美国司法部特别检察官杰克·史密斯8月1日在华盛顿公开起诉书称，前总统特朗普因涉嫌试图推翻2020年美国大选结果被提起刑事指控。",
     "美国司法部特别检察官杰克·史密斯：前总统特朗普因涉嫌试图推翻2020年美国大选结果被提起刑事指控"),
    ("乘坐顺风车出行，高速费该如何分摊？平台给出了答案。", "乘坐顺风车出行，高速费该如何分摊？"),
    ("昨日，在同学员座谈时总书记说，如何才能做一名好干部？大家踊跃发言。", "总书记：如何才能做一名好干部？"),
    ("该住户说，全家人被带走拘禁3个多小时。", "全家人被带走拘禁3个多小时"),  # who it is, a sentence before says
    # what a document is called later, a span of days, what a reporter learnt and a purpose frame the news
    ("省住建厅发布《湖北省智慧小区建设指引》（以下简称“指引”），决定率先开展试点。",
     "省住建厅发布《湖北省智慧小区建设指引》，决定率先开展试点"),
    ("自7月20日起至7月31日，在APP报名学车即可领取补贴。", "在APP报名学车即可领取补贴"),
    ("记者从石家庄市教育局获悉，今年全市新创建90所普惠性民办幼儿园。", "今年全市新创建90所普惠性民办幼儿园"),
    ("为深入学习党的创新理论，贯彻落实习近平文化思想，中央宣传部组织编写《习近平文化思想学习纲要》一书，已由出版社出版。",
     "中央宣传部组织编写《习近平文化思想学习纲要》一书，已由出版社出版"),
    ("在“穗好办”APP报名学车即可领取满2000元减50元补贴，学费由第三方存管。",  # no frame of a short afterthought
     "在“穗好办”APP报名学车即可领取满2000元减50元补贴，学费由第三方存管"),
    # a long title is cut after a word, not inside one (南非总统府部长), nor inside words quoted
    ("中央外办主任王毅在约翰内斯堡会见金砖国家安全事务高级代表会议南非牵头人、南非总统府部长恩特沙韦尼。",
     "中央外办主任王毅在约翰内斯堡会见金砖国家安全事务高级代表会议南非牵头人、南非…"),
    ("“生活多姿多彩，科技无处不在；科技让生活更美好。”", "生活多姿多彩，科技无处不在"),
    # a side's claim keeps who claims it; a question and its answer: the answer's
    ("乌克兰官员当地时间2日称，俄罗斯无人机袭击敖德萨地区。", "乌克兰官员当地时间2日称，俄罗斯无人机袭击敖德萨地区"),
    ("美国《纽约邮报》15日报道称，洛杉矶频现“零元购”。", "洛杉矶频现“零元购”"),
    ("问：菲方称，中国海警使用水炮攻击。请问中方对此有何评论？答：仁爱礁历来是中国南沙群岛的一部分。",
     "仁爱礁历来是中国南沙群岛的一部分"),
    ("劲爆的开幕式表演，激烈的球技比拼，精彩的现场解说，让来自全市各个街道社区的众多现场观众都大呼过瘾。",
     "劲爆的开幕式表演，激烈的球技比拼，精彩的现场解说"),  # 解说 is no verb of saying
    # nor on a clause that only gives a cause or a time, nor on 宣布 (what is announced is the news)
    ("由于波兰要求维持对乌克兰农产品的禁令，乌克兰外交部当地时间20日召见了波兰驻乌克兰大使并表达强烈不满。",
     "由于波兰要求维持对乌克兰农产品的禁令，乌克兰外交部当地时间20日召见了波兰驻…"),
    ("联合国秘书长古特雷斯4日在发布“教育变革”政策简报时，呼吁国际社会重塑全球教育系统，创建学习型社会。",
     "联合国秘书长古特雷斯4日在发布“教育变革”政策简报时，呼吁国际社会重塑全球教育…"),
    ("一家造车及智慧出行公司Faraday Future（FF）宣布，正式交付首辆FF 91 2.0 Futurist Alliance给首位用户。",
     "一家造车及智慧出行公司Faraday Future（FF）宣布，正式交付首辆FF…"),
    ("为切实抓好农业防汛减灾工作，最大程度减小因灾损失，农业农村部日前印发紧急通知，部署开展农业生产救灾工作。",
     "农业农村部日前印发紧急通知，部署开展农业生产救灾工作"),
    # not cut inside brackets; words quoted at length are cut inside the quotation, without its opening mark
    ("华侨大学25日在北京发布《华侨华人蓝皮书：华侨华人研究报告（2023）》，全面介绍了华侨华人的发展状况。",
     "华侨大学25日在北京发布《华侨华人蓝皮书：华侨华人研究报告（2023）》"),
    ("“今年上半年，全区能耗强度下降3.5%以上，固投和地区生产总值分别增长34.5%和7.5%，经济运行稳中向好。”负责人说。",
     "今年上半年，全区能耗强度下降3.5%以上"),
    # a person keeps the first of several offices; a journal's issue goes
    ("中共中央总书记、国家主席、中央军委主席习近平11日下午在人民大会堂同各民主党派中央负责人座谈。",
     "中共中央总书记习近平11日下午在人民大会堂同各民主党派中央负责人座谈"),
    ("11月16日出版的第22期《求是》杂志发表习近平总书记的重要文章。", "《求是》杂志发表习近平总书记的重要文章"),
    ("村民、游客和市民一起观看了演出。", "村民、游客和市民一起观看了演出"),
    # a long title is not cut after a subject whose verb comes later (…分行，…分行和317个地（市）分行于8月18日挂牌)
    ("中国人民银行分支机构改革迎来新进展，中国人民银行31个省份（自治区、直辖市）分行，深圳、大连、宁波、青岛、厦门5个计划单列市分行"
     "于8月18日挂牌。", "中国人民银行分支机构改革迎来新进展"),
    # a short last clause is no part to cut (the title ended on the certificate, not on their joy)
    ("吉林省通榆县永胜村村委会主任杨晓峰和5位村民拿着电商颁发的“产品包销证书”，喜上眉梢。",
     "吉林省通榆县永胜村村委会主任杨晓峰和5位村民拿着电商颁发的“产品包销证书”，喜上眉梢"),
    # 之称 names what he is called: no verb of saying that frames the rest (the title began 他调查过…)
    ("刑事鉴识专家李昌钰素有“神探”之称，他调查过超过8000起案件。", "刑事鉴识专家李昌钰素有“神探”之称，他调查过超过8000起案件"),
])
def test_untitled_text_gets_its_first_sentence_as_title(text, title, cfg):
    assert clean.clean(load.from_text(text, "rec", cfg), cfg).title == title


def test_an_untitled_headline_run_into_its_leads_source_is_no_part_of_the_body(cfg):
    text = "《被解救的姜戈》内地将映昆汀电影首次引进据索尼哥伦比亚影片公司消息，该片将于5月上映。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert article.title == "《被解救的姜戈》内地将映昆汀电影首次引进" and article.body == "据索尼哥伦比亚影片公司消息，该片将于5月上映。"


@pytest.mark.parametrize(
    ("lead", "source", "byline"),
    [
        ("新华社西宁7月27日电（记者 李鹏翔、刘诗平）", "新华社", "记者 李鹏翔、刘诗平"),
        ("中国青年报客户端讯（中青报·中青网记者 王海涵 通讯员 郎成涛 刘志旭）", "中国青年报", "中青报·中青网 记者 王海涵 通讯员 郎成涛 刘志旭"),
        ("【环球网报道 见习记者 姜蔼玲】", "环球网", "见习记者 姜蔼玲"),
        ("【环球时报驻韩国特约记者 刘信】", "环球时报", "驻韩国 特约记者 刘信"),  # no space before 驻
        ("【环球时报综合报道】", "环球时报", None),  # no reporter named
        ("中新社多伦多7月27日电 ", "中新社", None),
        ("新华社莫斯科5月8日新媒体专电 ", "新华社", None),  # a dispatch for the agency's new media
        ("极目新闻记者 赵德龙通讯员 陈稳定  杨汉杰", "极目新闻", "记者 赵德龙 通讯员 陈稳定 杨汉杰"),
        ("南方网讯（记者/李润芳 通讯员/陈康秀 蔡娟娟）", "南方网", "记者 李润芳 通讯员 陈康秀 蔡娟娟"),
        ("湖北日报讯（记者刘畅、通讯员徐敏、刘雅进）", "湖北日报", "记者 刘畅 通讯员 徐敏、刘雅进"),
        ("参考消息网8月1日报道 ", "参考消息网", None),  # a paper's 报道, as 电
    ],
)
def test_datelines_give_source_and_byline(lead, source, byline, cfg):
    text = lead + "7月28日，某市召开全市安全生产工作会议，部署下一阶段重点任务。会议强调，要压实各方责任。（完）"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.source, article.byline) == (source, byline)
    assert article.body.startswith("7月28日，某市召开") and article.body.endswith("要压实各方责任。")
    if "日电" in lead or "专电" in lead:
        assert article.day == re.search(r"\d{1,2}月\d{1,2}日", lead).group()


def test_a_reporter_s_line_before_近日_gives_source_and_byline(cfg):
    text = "极目新闻记者 董淑健通讯员 杨奎 张剑近日，湖北省武穴市公安局余川派出所端掉一个流动赌博团伙。民警查获赌具一批。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.source, article.byline) == ("极目新闻", "记者 董淑健 通讯员 杨奎 张剑")
    assert article.body.startswith("近日，湖北省")


def test_where_the_news_came_from_after_a_dateline_goes(cfg):
    text = "新华社阿比让7月26日电（记者郑扬子）尼亚美消息：尼日尔政变军人26日晚发表声明，称已推翻总统。各方表示关切。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert article.body.startswith("尼日尔政变军人") and article.day == "7月26日"
    untold = clean.clean(load.from_text("央行网站消息：中国人民银行发布了年度金融稳定报告。报告共分九章。", "rec", cfg), cfg)
    assert untold.body.startswith("央行网站消息：")  # no dateline before it: the text's own words


def test_a_reworded_headline_run_into_a_papers_lead_in_goes(cfg):
    text = "我省体育工作有序推进上半年在全国比赛中获得二十八枚金牌河北日报讯（记者王伟）从省体育局获悉，今年上半年共获得金牌28枚。成绩稳中向好。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg, title="上半年获得28枚金牌 河北省体育工作有序推进")
    assert article.body.startswith("从省体育局获悉") and (article.source, article.byline) == ("河北日报", "记者 王伟")
    other = clean.clean(load.from_text(text, "rec", cfg), cfg, title="全省群众体育活动丰富多彩")  # not the headline
    assert other.body.startswith("我省体育工作")
    # a headline and a subtitle with a comma and a mark before them
    both = ("■ 赞皇县省道马嶂线今日具备通车条件截至7月31日20时，全县其他国省干道均已恢复正常通行河北日报讯（记者董昌）"
            "7月31日18时，在赞皇县水毁道路抢修现场，工人们正在开辟临时性应急道路。道路明天通车。")
    article = clean.clean(load.from_text(both, "rec", cfg), cfg, title="河北赞皇县： 省道马嶂线今日具备通车条件")
    assert article.body.startswith("7月31日18时") and (article.source, article.byline) == ("河北日报", "记者 董昌")
    # a headline run into the paper its first sentence cites
    cited = "拜登拟请求国会动用援乌资金向台湾提供武器《金融时报》援引消息人士报道称，美国总统拜登拟请求国会提供资金。白宫拒绝评论。"
    article = clean.clean(load.from_text(cited, "rec", cfg), cfg, title="拜登拟请求动用援乌资金向台湾提供武器")
    assert article.body.startswith("《金融时报》援引消息人士报道称，")
    other = clean.clean(load.from_text(cited, "rec", cfg), cfg, title="白宫拒绝评论援台预算")
    assert other.body.startswith("拜登拟请求国会")


def test_an_untitled_headline_run_into_a_reporter_and_a_closing_dateline(cfg):
    text = ("河北畅通金融“绿色通道”支持灾后恢复重建新华社记者 刘桃熊8月13日下午，记者来到涿州市一家企业。"
            "公司副总经理王芬正在和工人商议修复方案。据新华社石家庄8月14日电")
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.title, article.source, article.byline) == ("河北畅通金融“绿色通道”支持灾后恢复重建", "新华社", "记者 刘桃熊")
    assert article.day == "8月14日" and article.date is None
    assert article.body.startswith("8月13日下午") and article.body.endswith("修复方案。")
    # a provincial paper's lead-in: the headline's last words are not the paper's name
    paper = "今年上半年京津冀地区铁路发送旅客1.42亿人次基本恢复到2019年同期水平河北日报讯（记者方素菊）7月14日，记者获悉这一数据。"
    article = clean.clean(load.from_text(paper, "rec", cfg), cfg)
    assert (article.title, article.source) == ("今年上半年京津冀地区铁路发送旅客1.42亿人次基本恢复到2019年同期水平", "河北日报")


def test_a_dateline_without_a_year_gives_the_day_not_a_date(cfg):
    text = "新华社北京8月18日电（记者 张三）国务院常务会议今天召开，研究部署近期重点工作。会议要求抓好落实。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.date, article.day) == (None, "8月18日")
    dated = clean.clean(load.from_text("发布时间：2023-08-19\n" + text, "rec", cfg), cfg)
    assert (dated.date, dated.day) == ("2023-08-19", None)  # a date with its year is known: no day needed
    special = "新华社北京3月4日专电（记者 李四）3日，一名网民在网上留言。代表们作了回应。"  # a 专电 is a dateline too
    assert clean.clean(load.from_text(special, "rec", cfg), cfg).day == "3月4日"
    told = "会议指出，8月18日电力供应平稳，全市用电负荷创新高。会议要求抓好落实。"  # not a dateline
    assert clean.clean(load.from_text(told, "rec", cfg), cfg).day is None


@pytest.mark.parametrize(
    ("title", "text", "starts", "source", "byline"),
    [
        ("河北畅通金融支持灾后恢复重建", "河北畅通金融支持灾后恢复重建新华社记者 刘桃熊8月13日下午，记者来到涿州市。", "8月13日下午", "新华社", "记者 刘桃熊"),
        ("英媒：乌克兰发动这一袭击 可能激怒美国", "英媒：乌克兰发动这一袭击，可能激怒美国当地时间8月4日，乌克兰海军发动夜袭。", "当地时间8月4日", None, None),
        ("丁薛祥强调 尽快恢复正常生产生活秩序", "尽快恢复正常生产生活秩序新华社北京8月1日电 受党中央委派，副总理赴灾区。", "受党中央委派", "新华社", None),
        ("苏丹武装冲突已持续约100天", "苏丹武装冲突已持续约100天，当地时间7月24日，联合国难民署呼吁结束冲突。", "苏丹武装冲突", None, None),
        ("今年上半年京津冀地区铁路发送旅客1.42亿人次",
         "今年上半年京津冀地区铁路发送旅客1.42亿人次基本恢复到2019年同期水平河北日报讯（记者方素菊）从中国铁路北京局集团"
         "有限公司获悉，今年上半年旅客发送量明显回升。", "从中国铁路", "河北日报", "记者 方素菊"),
    ],
)
def test_a_headline_run_into_the_dateline_goes(title, text, starts, source, byline, cfg):
    article = clean.clean(load.from_text(text, "rec", cfg), cfg, title=title)
    assert article.body.startswith(starts) and (article.source, article.byline) == (source, byline)


@pytest.mark.parametrize(("ending", "byline"), [("（记者 王弘毅）", "记者 王弘毅"), ("GDToday记者 黄绮铌 蒋畅", "记者 黄绮铌 蒋畅"),
                                               ("（综合记者李红梅、刘温馨、韩鑫、王浩、刘晓宇报道）", "记者 李红梅 刘温馨 韩鑫 王浩 刘晓宇"),
                                               ("（记者赵艺 见习记者宋子婷）", "记者 赵艺 见习记者宋子婷"), ("（完）", None)])
def test_a_reporters_credit_after_the_last_sentence_is_the_byline(ending, byline, cfg):
    text = "7月28日，某市召开全市安全生产工作会议，部署下一阶段重点任务。会议强调，要压实各方责任。" + ending
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert article.byline == byline and article.body.endswith("要压实各方责任。")


@pytest.mark.parametrize(("ending", "source"), [("（大河网）", "大河网"), ("（人民日报）", "人民日报"), ("（王弘毅）", None)])
def test_an_outlet_in_brackets_after_the_last_sentence_is_the_source(ending, source, cfg):
    text = "7月28日，某市召开全市安全生产工作会议，部署下一阶段重点任务。会议强调，要压实各方责任。" + ending
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert article.source == source and article.body.endswith("要压实各方责任。")
    cited = clean.clean(load.from_text("新华社北京7月28日电 " + text, "rec", cfg), cfg)
    assert cited.source == "新华社"  # the dateline's agency comes first


@pytest.mark.parametrize(("ending", "byline"), [("（廖亮  龚小强）", "廖亮 龚小强"), ("（王弘毅）", "王弘毅"),
                                              ("（待续）", None), ("（大河网）", None)])
def test_writers_in_brackets_after_the_last_sentence_are_the_byline(ending, byline, cfg):
    text = "7月28日，某市召开全市安全生产工作会议，部署下一阶段重点任务。会议强调，要压实各方责任。"
    article = clean.clean(load.from_text(text + ending, "rec", cfg), cfg)
    assert article.byline == byline and article.body == text


@pytest.mark.parametrize(("note", "title"), [("（原题为《全市部署安全生产重点任务》）", "全市部署安全生产重点任务"),
                                           ("（本文原标题：《全市部署安全生产重点任务》）", "全市部署安全生产重点任务"),
                                           ("（作者系市应急管理局干部）", None),
                                           ("（作者系某研究院研究员，本文原题为：“全市部署安全生产重点任务”。本文首发《东方时报》，"
                                            "某网经授权刊发）", "全市部署安全生产重点任务")])
def test_an_editors_note_after_the_last_sentence_goes_and_names_an_untitled_article(note, title, cfg):
    text = "7月28日，某市召开全市安全生产工作会议，部署下一阶段重点任务。会议强调，要压实各方责任。"
    article = clean.clean(load.from_text(text + note + "（完）", "rec", cfg), cfg)
    assert article.body == text
    assert article.title == (title or clean._fallback_title(text))
    titled = clean.clean(load.from_text(text + note, "rec", cfg), cfg, title="会议部署安全生产")
    assert titled.title == "会议部署安全生产"  # the page's own title comes first
    if "首发" in note:
        assert article.source == "东方时报"  # the paper that printed it first
    if "作者系" in note:  # who wrote it is its byline
        assert article.byline == ("市应急管理局干部" if "干部" in note else "某研究院研究员")
    # a title read off a heading run into the lead gives way to the note's
    run_in = clean.clean(load.from_text("安全生产是发展的前提根据市统计局公布的数据，" + text + note, "rec", cfg), cfg)
    assert run_in.title == (title or "安全生产是发展的前提")


def test_a_subtitle_run_into_the_lead_in_is_the_subtitle(cfg):
    dump = ("国家防总针对蒙辽吉黑启动防汛四级应急响应\n调度部署重点地区强降雨防范应对工作本网讯   为深入贯彻防汛救灾工作部署，"
            "应急管理部要求各地加强统筹协调。7月22日，国家防总召开会商调度会。")
    article = clean.clean(load.from_text(dump, "rec", cfg), cfg)
    assert article.title == "国家防总针对蒙辽吉黑启动防汛四级应急响应" and article.subtitle == "调度部署重点地区强降雨防范应对工作"
    assert article.body.startswith("为深入贯彻")
    # with no title line before it, the heading run into the lead-in is the title
    untitled = "国家防总针对京津冀启动防汛四级应急响应本网讯  据气象部门预报，7月20至23日，华北东部有中到大雨。应急管理部提出明确要求。"
    article = clean.clean(load.from_text(untitled, "rec", cfg), cfg)
    assert article.title == "国家防总针对京津冀启动防汛四级应急响应" and article.body.startswith("据气象部门预报")


@pytest.mark.parametrize(
    "text", ["日本政府执意推进福岛第一核电站核污染水排海计划，引发强烈反对。", "央视30日电视直播了开幕式，观众众多。"]
)
def test_a_sentence_with_dian_is_no_dateline(text, cfg):
    assert clean.clean(load.from_text(text, "rec", cfg), cfg).body == text


def test_a_features_headline_after_the_dateline_goes(cfg):
    glued = "中新社金边8月6日电 题：柬埔寨青年迎新发展机遇中新社记者 杨强“共建‘一带一路’是共赢。”陈慧玉近日分享了自己的故事。"
    article = clean.clean(load.from_text(glued, "rec", cfg), cfg)
    assert article.body.startswith("“共建") and article.byline == "记者 杨强"
    assert article.title == "柬埔寨青年迎新发展机遇"  # an untitled text takes the headline
    own_line = "中国侨网北京7月20日电 题：宽夫海伦：潜心制茶出香茗\n\n“茶香氤氲胜过千言万语。”毛里求斯客人说。"
    assert clean.clean(load.from_text(own_line, "rec", cfg), cfg).body.startswith("“茶香")


def test_a_features_dateline_headline_and_byline_on_lines_of_their_own(cfg):
    text = ("中国侨网北京7月20日电 题：宽夫海伦：潜心制茶出香茗以茶交友促交流\n\n记者 金旭\n\n"
            "“茶香氤氲胜过千言万语，一杯热茶盛放着人情味。”毛里求斯中资企业协会副会长宽夫海伦如是说。\n\n"
            "11年前，宽夫海伦买下一家毛里求斯的茶叶公司。")
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.title, article.source, article.byline, article.day) == (
        "宽夫海伦：潜心制茶出香茗以茶交友促交流", "中国侨网", "记者 金旭", "7月20日")
    assert article.body.startswith("“茶香")
    titled = clean.clean(load.from_text(text, "rec", cfg), cfg, title="宽夫海伦：以茶为媒促交流")
    assert (titled.title, titled.source, titled.byline) == ("宽夫海伦：以茶为媒促交流", "中国侨网", "记者 金旭")


@pytest.mark.parametrize(("text", "source", "byline", "opening"), [
    ("中国发展网讯 记者施文郁报道7月26日至28日，交流研讨活动在大连市举办。活动由大连市政府口岸办承办。",
     "中国发展网", "记者 施文郁", "7月26日至28日"),
    ("中国经济导报讯 记者林强报道 “真没想到你们这么帮我。”企业负责人说。向阳区为企业开通绿色通道。",
     "中国经济导报", "记者 林强", "“真没想到"),
    # its writers before the reporter, and a co-publisher before the outlet's lead-in
    ("中国发展网讯 刁晓玉  沈祥星 记者袁雪飞报道 姜堰区今年创新四大制度，护航家庭农场发展。",
     "中国发展网", "刁晓玉 沈祥星 记者 袁雪飞", "姜堰区今年"),
    ("中国经济导报 中国发展网讯 赵志斌 记者郭建军报道  8月11日上午，省政府新闻办举行新闻发布会。奖金免纳个人所得税。",
     "中国经济导报", "赵志斌 记者 郭建军", "8月11日上午"),
])
def test_a_reporters_credit_closed_by_baodao_after_the_lead_in(cfg, text, source, byline, opening):
    article = clean.clean(load.from_text(text, "rec", cfg), cfg, title="标题")
    assert (article.source, article.byline) == (source, byline) and article.body.startswith(opening)


def test_an_interviews_headline_and_reporters_run_into_the_text(cfg):
    text = ("新华社伊斯兰堡7月30日电 专访：中巴经济走廊彰显共建“一带一路”活力——访全球丝绸之路研究联盟创始主席阿万"
            "新华社记者蒋超 王欢巴基斯坦智库全球丝绸之路研究联盟创始主席泽米尔·阿万日前在伊斯兰堡接受专访。他说，走廊成果丰硕。")
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.title, article.subtitle) == ("专访：中巴经济走廊彰显共建“一带一路”活力", "访全球丝绸之路研究联盟创始主席阿万")
    assert (article.byline, article.source) == ("记者 蒋超 王欢", "新华社") and article.body.startswith("巴基斯坦智库")
    # after the name, a space and the text: no second reporter
    one = text.replace("新华社记者蒋超 王欢巴基斯坦智库", "新华社记者蒋超 当地时间巴基斯坦智库")
    assert clean.clean(load.from_text(one, "rec", cfg), cfg).byline == "记者 蒋超"


def test_a_features_reporter_run_into_the_text(cfg):
    text = ("中新社利梅拉8月6日电 题：巴中文化大联谊：在新机遇中拓展新合作中新社记者 林春茵起如风、击如电，12岁的金发女孩"
            "劳拉演绎的少林长拳博得满堂彩。当地时间5日至6日，巴中文化大联谊活动在利梅拉市举行。")
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert (article.title, article.byline, article.source) == ("巴中文化大联谊：在新机遇中拓展新合作", "记者 林春茵", "中新社")
    assert article.body.startswith("起如风、击如电")


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_chinese_bytes_read_as_latin1_are_read_again(encoding, cfg, caplog):
    text = ("新华社北京8月1日电 记者从国家卫生健康委员会了解到，全国医疗卫生机构总数比去年同期增长了百分之二。"
            "各地政府和有关部门要继续加强基层医疗卫生服务体系建设，提高群众看病就医的便利程度。") * 3
    garbled = text.encode(encoding).decode("latin-1")
    article = clean.clean(load.from_text(garbled, "rec", cfg), cfg)
    assert article.source == "新华社" and article.body.startswith("记者从国家卫生健康委员会了解到")
    assert "read again as" in caplog.text
    # Latin-1 that is no Chinese read so is garbled, not a text of another language
    with pytest.raises(InputError, match="garbled"):
        clean.clean(load.from_text("Ã©Ã¨Ã Ã¹ Â°Â±Â² " * 20, "rec", cfg), cfg)


@pytest.mark.parametrize("text", ["Only English text here.", "これは日本語の文章です。ひらがなとカタカナ。", "123 456"])
def test_non_chinese_input_is_refused(text, cfg):
    with pytest.raises(InputError):
        clean.clean(load.from_text(text, "x", cfg), cfg)


def test_a_bare_name_credit_glued_to_the_next_sentence_goes_with_its_caption(cfg):
    text = "五科卷面总分为620分。考生结束考试后从考场走出。王刚摄艺术、劳动等学科暂不列入全省统一考试科目。"
    assert clean.clean(load.from_text(text, "rec", cfg), cfg).body == "五科卷面总分为620分。艺术、劳动等学科暂不列入全省统一考试科目。"
    kept = "他喜欢摄影。李明摄影多年，作品获奖。"  # 摄影 is no credit
    assert clean.clean(load.from_text(kept, "rec", cfg), cfg).body == kept
    # a space before 摄, and a caption repeated at the end of the text
    spaced = "工人们在工地忙碌。国道顺着河道在峡谷中延展。李维君 摄这是一条夹在两山之间的河道。国道顺着河道在峡谷中延展。李维君 摄"
    assert clean.clean(load.from_text(spaced, "rec", cfg), cfg).body == "工人们在工地忙碌。这是一条夹在两山之间的河道。"
    shot = "他们在现场忙碌。王刚 摄下了这一幕。工程进展顺利。"  # 摄下: he filmed it
    assert clean.clean(load.from_text(shot, "rec", cfg), cfg).body == shot


def test_photo_credit_between_caption_and_next_sentence_is_removed(cfg):
    text = (
        "中铁四局举办青年员工技能大赛\n"
        "8月2日，中铁四局第十五届青年员工技能大赛在合肥开幕。开幕式航拍。郎成涛/摄大赛持续三天，共160余人参赛。\n"
        "比赛分理论考试和实际操作两部分，得分比为3/7。"
    )
    article = clean.clean(load.from_text(text, "t", cfg), cfg)
    assert "/摄" not in article.body and "郎成涛" not in article.body and "开幕式航拍" not in article.body
    assert "在合肥开幕。大赛持续三天" in article.body and "3/7" in article.body


@pytest.mark.parametrize(("line", "kept"), [
    ("团省委作工作报告。近日，全委会议在杭召开。团浙江省委供图习近平总书记提出了要求。", "团省委作工作报告。习近平总书记提出了要求。"),
    ("赤字将超过GDP的2%。当地时间2022年10月11日，俄罗斯新罗西斯克，一艘油轮停泊在港口。视觉中国 资料图西卢阿诺夫表示，原因在于变化。",
     "赤字将超过GDP的2%。西卢阿诺夫表示，原因在于变化。"),
    ("邓兰舟（右）免费帮村民带货 通讯员供图交通运输部近日公布名单。", "交通运输部近日公布名单。"),
    ("图为招聘会现场。刚果（金）外交学院孔子学院供图参加招聘会的企业代表表示满意。", "参加招聘会的企业代表表示满意。"),
    ("无人驾驶微公交车。（通讯员 刘爱理 摄）8月9日，武汉开通微公交。", "8月9日，武汉开通微公交。"),
    ("学校为学生提供图书1000册，提供图片展览。", "学校为学生提供图书1000册，提供图片展览。"),  # 提供图书 is no credit
    # a caption without a stop before a reporter's credit goes with it, even in a photo story
    ("活动很热闹。开幕式现场 极目新闻记者赵德龙 摄“我很开心。”市民刘女士说。", "活动很热闹。“我很开心。”市民刘女士说。"),
    ("活动很热闹。吉祥物“跃跃” 极目新闻记者 赵德龙 摄开幕式前，吉祥物吸引了众人。", "活动很热闹。开幕式前，吉祥物吸引了众人。"),
    # a caption with neither credit nor stop, run into the next sentence's opener
    ("俄方称袭击未造成损失。俄海军登陆舰“戈尔尼亚克”号对此，英国《金融时报》撰文指出。", "俄方称袭击未造成损失。对此，英国《金融时报》撰文指出。"),
    ("联合国难民署表示关切。苏丹难民陆续抵达乍得目前，超过74万名难民逃离苏丹。", "联合国难民署表示关切。目前，超过74万名难民逃离苏丹。"),
    ("村民全部转移。应急通信车开进涿州开展保障工作据悉，通信已恢复。", "村民全部转移。据悉，通信已恢复。"),
    ("民警展开调查。将赌场设在偏僻的林场中经查，该团伙成员众多。", "民警展开调查。经查，该团伙成员众多。"),  # a subheading
    ("中指出，两国是重要伙伴。根据相关数据统计，两国贸易额约10亿美元。", "中指出，两国是重要伙伴。根据相关数据统计，两国贸易额约10亿美元。"),
    ("他说。在继续努力的同时，对此，我们表示欢迎。", "他说。在继续努力的同时，对此，我们表示欢迎。"),
    # the quotation's closing mark after the stop ends the sentence before the caption, and stays
    ("他说，活动很好。“这是青春的约定。”参与活动的年轻人。受访者供图留住青年是共同课题。", "他说，活动很好。“这是青春的约定。”留住青年是共同课题。"),
    # a reporter's credit: the caption goes when it opens the line or says 图为, not in a photo story's text
    ("艺术团在雅加达举行首场演出。中新社记者李志全摄", ""),
    ("巴西军联会庆典与会代表合影。中新社林春茵摄", ""),  # an agency and its photographer, without 记者
    ("群文工作者献礼宣传月。千龙网记者 纪敬摄本次联展面向16个区。", "本次联展面向16个区。"),
    ("他表示满意。图为卡布拉尔。新华社记者沈伯韩摄卡布拉尔认为成都做得很好。", "他表示满意。卡布拉尔认为成都做得很好。"),
    ("员工放置沙袋。台风逼近，各部门加强监测。新华社记者 林善传 摄这是停放的船只。", "员工放置沙袋。台风逼近，各部门加强监测。这是停放的船只。"),
    ("他说。新华社记者现场拍摄的视频显示火势很大。", "他说。新华社记者现场拍摄的视频显示火势很大。"),  # no credit
    # a credit run into its outlet's dateline, and one before a space
    ("救援演练现场 摄影：楚天都市报极目新闻记者王永胜楚天都市报极目新闻讯（记者廖仕祺）7月28日上午，演练开始。",
     "楚天都市报极目新闻讯（记者廖仕祺）7月28日上午，演练开始。"),
    ("演练现场 摄影：本报记者 王永胜 7月28日上午，演练开始。", "7月28日上午，演练开始。"),
])
def test_photo_captions_and_their_credits_are_removed(line, kept):
    assert clean._strip_photos(line) == kept


def test_a_line_that_is_only_a_caption_and_credit_goes(cfg):
    text = "两岸青少年文化营闭幕\n五天行程中，两岸青少年拉近距离。\n7月19日，两岸青少年在北京体验传统文化。(主办方供图)\n活动以羽毛球交流赛拉开序幕。"
    article = clean.clean(load.from_text(text, "t", cfg), cfg)
    assert article.body == "五天行程中，两岸青少年拉近距离。\n活动以羽毛球交流赛拉开序幕。"


def test_title_with_an_exclamation_inside_is_the_title_and_the_dateline_goes(cfg):
    text = (
        "服务乡村振兴！5000名广东高校毕业生志愿者出征\n"
        "中国青年报客户端讯（中青报·中青网记者 林洁）8月11日，志愿服务乡村振兴行动出征仪式在肇庆市举行。"
        "5000名志愿者整装待发。"
    )
    article = clean.clean(load.from_text(text, "t", cfg), cfg)
    assert article.title == "服务乡村振兴！5000名广东高校毕业生志愿者出征"
    assert article.body.startswith("8月11日，志愿服务乡村振兴行动出征仪式在肇庆市举行。")
    assert article.source == "中国青年报"


def test_a_short_line_ending_a_sentence_is_still_body(cfg):
    text = "县里召开工作会议\n会议传达学习了上级精神，部署了下一阶段工作！\n与会人员进行了讨论。"
    article = clean.clean(load.from_text(text, "t", cfg), cfg)
    assert article.title == "县里召开工作会议"
    assert article.body.startswith("会议传达学习了上级精神")


@pytest.mark.parametrize(("given", "title", "subtitle"), [
    ("【新时代新征程新伟业——实干笃行】江苏：政府牵引多方联动 壮大新兴产业", "江苏：政府牵引多方联动 壮大新兴产业", None),
    ("不忘初心 与法同行——走进第二届酒泉市司法行政机关开放日活动", "不忘初心 与法同行", "走进第二届酒泉市司法行政机关开放日活动"),
    ("【快讯】", "【快讯】", None),
    ("突发！某市上千人抢购赠品，现场一度失控！一名主播被拘留→", "某市上千人抢购赠品，现场一度失控！一名主播被拘留", None),
    ("重磅：国务院常务会议部署稳就业工作", "国务院常务会议部署稳就业工作", None),
    ("突发！地震", "突发！地震", None),  # too little left to be a headline
])
def test_a_column_tag_is_no_part_of_the_title(cfg, given, title, subtitle):
    article = clean.clean(load.from_text("县里召开工作会议，部署了下一阶段工作。", "t", cfg), cfg, title=given)
    assert (article.title, article.subtitle) == (title, subtitle)


@pytest.mark.parametrize("line", ["资料图：马斯克。", "图片来源：马斯克社交媒体截图", "封面图片来源：中国蓝新闻", "图源：深圳消防"])
def test_picture_source_lines_are_chrome(line):
    assert clean._is_chrome(line)


def test_a_sentence_about_a_picture_is_not_chrome():
    assert not clean._is_chrome("资料图显示，该地区人口增长。")


@pytest.mark.parametrize("line", ["（责编：王震、刘军涛）", "（责任编辑：王晓丽）", "更多精彩，扫码关注央视网微信公众号",
                                  "相关阅读：武汉光谷生物城再添创新药", "关注人民网微信", "曾侯乙编钟（资料图）"])
def test_editors_in_brackets_follow_prompts_related_links_and_captions_are_chrome(line):
    assert clean._is_chrome(line)


@pytest.mark.parametrize("line", ["关注民生是政府工作的重点。", "相关部门表示，将加快推进项目建设。", "扫黑除恶专项斗争取得阶段性成效。"])
def test_sentences_that_open_like_chrome_are_text(line):
    assert not clean._is_chrome(line)


@pytest.mark.parametrize("tail", ["封面图片来源：万达集团官网", "分享让更多人看到", "（完）", "图源：新华社"])
def test_a_credit_or_share_prompt_after_the_last_sentence_goes(tail, cfg):
    body = "7月28日，某市召开全市安全生产工作会议，部署下一阶段重点任务。会议强调，要压实各方责任。"
    assert clean.clean(load.from_text(body + tail, "x", cfg), cfg).body == body


def test_a_table_of_figures_keeps_its_numbers_row_by_row(cfg):
    page = ("<html><head><title>全市法律服务工作情况</title></head><body><article><h1>全市法律服务工作情况</h1>"
            "<p>今年以来，全市深入推进公共法律服务体系建设，律师服务网络不断完善，各项工作取得明显成效。</p>"
            "<table border=1><tr><th>指标</th><th>数量</th><th>单位</th></tr><tr><td>律师服务工作站</td><td>79</td><td>个</td></tr>"
            "<tr><td>法律顾问协议</td><td>503</td><td>份</td></tr></table></article></body></html>")
    body = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg).body
    assert "律师服务工作站 79个" in body and "法律顾问协议 503份" in body and "|" not in body


def test_a_traditional_info_line_gives_source_and_date(cfg):
    text = "行政院會通過前瞻基礎建設計畫第三期特別預算\n2020-08-20 14:30 來源：中央通訊社\n行政院今天舉行院會，通過第三期特別預算案，將送立法院審議。"
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert (article.source, article.date) == ("中央通訊社", "2020-08-20") and article.body.startswith("行政院今天舉行院會")


def test_a_span_of_months_in_a_title_is_no_date(cfg):
    text = ("2023年1-11月全省主要经济指标\n2023-12-15 来源：省统计局\n"
            "1-11月，全省规模以上工业增加值同比增长6.8%，其中11月增长7.2%。全省固定资产投资同比增长5.1%。")
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert (article.title, article.date, article.source) == ("2023年1-11月全省主要经济指标", "2023-12-15", "省统计局")


def test_a_sentence_about_licences_or_privacy_is_text_and_a_footer_is_not(cfg):
    licences = "今年以来，全市共为2356家企业办理食品经营许可证，平均办理时限由20个工作日压缩至5个工作日。"
    privacy = "同时，市市场监管局督促辖区内127款手机应用完善隐私政策，对12款应用责令整改。"
    footers = ["主办单位：某市人民政府办公室，技术支持：某某科技有限公司。", "版权所有：某市人民政府 联系我们 网站地图",
               "食品经营许可证：JY13101010000000"]
    text = "\n".join([licences, *footers, privacy])
    assert clean.clean(load.from_text(text, "x", cfg), cfg).body == licences + "\n" + privacy


def test_a_chart_credit_run_into_the_next_sentence_goes_and_the_sentence_stays(cfg):
    text = ("预计7月乘用车终端销量在170万辆左右，同环比均有所下滑。来源：中国汽车流通协会流通协会指出，政策对汽车市场有一定的"
            "提振作用。数据来源：国家统计局从区域指数情况看，东区指数为59.5%。资金来源：财政拨款和社会捐助各占一半。")
    body = clean.clean(load.from_text(text, "x", cfg), cfg).body
    assert body == ("预计7月乘用车终端销量在170万辆左右，同环比均有所下滑。流通协会指出，政策对汽车市场有一定的提振作用。"
                    "从区域指数情况看，东区指数为59.5%。资金来源：财政拨款和社会捐助各占一半。")


def test_a_site_credit_a_line_opening_credit_and_a_bracketed_one_go_and_a_credit_line_alone_stays_out(cfg):
    text = ("自8月9日24时起，国内汽、柴油价格每吨分别提高240元、230元。 来源：国家发改委网站中新经纬注意到，本次为第八次上调。"
            "研究表明，美国半导体行业将面临劳动力短缺。图片来源：美国半导体行业协会(SIA)网站截图报告指出，技术人员严重短缺。\n"
            "图片来源：中华人民共和国最高人民法院在首个全国生态日即将到来之际，两高联合发布司法解释。\n"
            "执勤的警察。（图片来源：韩联社）继7月21日发生伤人事件后，多个平台出现类似帖文。")
    body = clean.clean(load.from_text(text, "x", cfg), cfg).body
    assert body == ("自8月9日24时起，国内汽、柴油价格每吨分别提高240元、230元。中新经纬注意到，本次为第八次上调。"
                    "研究表明，美国半导体行业将面临劳动力短缺。报告指出，技术人员严重短缺。\n"
                    "在首个全国生态日即将到来之际，两高联合发布司法解释。\n"
                    "执勤的警察。继7月21日发生伤人事件后，多个平台出现类似帖文。")
    # a credit with no sentence after it is not cut at an organ word inside the name (马斯克社交媒体: 社)
    text = "当地时间24日，马斯克为推特换上新标志。\n图片来源：马斯克社交媒体截图\n23日上午，马斯克发布推文。"
    assert "交媒体截图" not in clean.clean(load.from_text(text, "x", cfg), cfg).body


def test_a_screenshots_caption_and_credit_go(cfg):
    text = ("不光是智利，异常热浪也侵袭了巴西部分地区。《华盛顿邮报》报道截图今年7月初，世界气象组织确认厄尔尼诺已形成。"
            "欧盟哥白尼气候变化服务局副局长萨曼莎·伯吉斯（央视新闻报道截图）哥白尼气候变化服务局研究发现，温室气体浓度升高是主因。"
            "网友截图显示，该帖已被删除。")
    assert clean.clean(load.from_text(text, "x", cfg), cfg).body == (
        "不光是智利，异常热浪也侵袭了巴西部分地区。今年7月初，世界气象组织确认厄尔尼诺已形成。"
        "哥白尼气候变化服务局研究发现，温室气体浓度升高是主因。网友截图显示，该帖已被删除。")


def test_a_caption_before_the_first_sentence_that_repeats_the_title_goes(cfg):
    text = ("俄军卡-52摧毁一辆乌克兰坦克和步兵战车\n卡-52直升机在阿尔乔莫夫斯克方向摧毁一辆乌克兰坦克和步兵战车 "
            "俄罗斯卫星通讯社发布的一段视频显示，俄军一架卡-52攻击直升机摧毁了敌方装甲车。")
    assert clean.clean(load.from_text(text, "x", cfg), cfg).body.startswith("俄罗斯卫星通讯社发布的一段视频显示")
    # an opening phrase that is not the title's stays
    text = "全市安全生产工作会议召开\n根据省委统一部署要求 全市各级各部门迅速行动，认真开展安全生产大检查工作。"
    assert clean.clean(load.from_text(text, "x", cfg), cfg).body.startswith("根据省委统一部署要求")


TABLE_PAGE = """<html><head><meta charset="utf-8"><title>××县召开森林防火工作会议</title></head><body>
<table><tr><td>网站首页</td><td>新闻中心</td><td>信息公开</td></tr></table>
<table><tr><td><h2>××县召开森林防火工作会议</h2></td></tr>
<tr><td>作者：张丽 陈刚 来源：县应急管理局 发布时间：2023年11月6日 点击数：356</td></tr>
<tr><td><p>11月3日下午，××县召开秋冬季森林防火工作会议，部署秋冬季森林防火重点任务。副县长刘志强出席会议并讲话。</p>
<p>会议通报，今年以来全县共排查整治火灾隐患156处，清理林下可燃物1.8万吨，全县森林覆盖率达到68.2%。</p></td></tr></table>
<p>版权所有：××县人民政府 ICP备案号：赣ICP备12003456号</p></body></html>"""


def test_a_page_laid_out_in_tables(cfg):
    article = clean.clean(load.from_text(TABLE_PAGE, "page.html", cfg, html=True), cfg)
    assert (article.title, article.date, article.source, article.byline) == (
        "××县召开森林防火工作会议", "2023-11-06", "县应急管理局", "张丽 陈刚")
    assert "|" not in article.body and article.body.startswith("11月3日下午")
    assert article.body.split("\n")[1].startswith("会议通报")  # each paragraph of the cell a line of its own


@pytest.mark.parametrize(
    ("text", "date", "source", "byline", "ends"),
    [
        ("…购买非自用的住宅性质房产。来源：北京日报  记者 陈雪柠流程编辑：u032", None, "北京日报", "记者 陈雪柠", "住宅性质房产。"),
        ("…住宅性质房产。来源：北京日报 | 实习记者 夏骅流程编辑：U016", None, "北京日报", "实习记者 夏骅", "住宅性质房产。"),
        ("…住宅性质房产。来源：北京日报客户端 记者\xa0赵语涵流程编辑：U022", None, "北京日报客户端", "记者 赵语涵", "住宅性质房产。"),
        ("…住宅性质房产。中青报·中青网记者 胡春艳 来源：中国青年报", None, "中国青年报", "记者 胡春艳", "住宅性质房产。"),  # writer first
        # a feed's account id and the producers' credits after the source
        ("…住宅性质房产。来源：央视财经（ID：cctvyscj）监制：张三本文编辑：李四", None, "央视财经", None, "住宅性质房产。"),
        ("…住宅性质房产。(光明日报客户端 杨淳)", None, "光明日报客户端", "杨淳", "住宅性质房产。"),  # outlet and writer
        ("…住宅性质房产。（央视新闻客户端）", None, "央视新闻客户端", None, "住宅性质房产。"),  # an outlet of nine characters
        ("…住宅性质房产。(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", None, "澎湃新闻", None, "住宅性质房产。"),
        ("…住宅性质房产。（总台央视记者 唐国荣）", None, None, "记者 唐国荣", "住宅性质房产。"),
        # a writer's credit glued on; the paper it names first is the source
        ("…住宅性质房产。作者：湖北日报记者杨念明、张朋", None, "湖北日报", "记者杨念明、张朋", "住宅性质房产。"),
        ("…住宅性质房产。作者：张丽", None, None, "张丽", "住宅性质房产。"),
        ("…住宅性质房产。\n文/陈梦莹 通讯员/江高镇规划建设办 图片：通讯员供图", None, None, "文 陈梦莹", "住宅性质房产。"),
        ("…住宅性质房产。\n文/图 张三", None, None, "文图 张三", "住宅性质房产。"),
        # credits for pictures and contributors, and a disclaimer, go; 图片由通讯员提供 names no reporter
        ("…住宅性质房产。（图片由通讯员提供）", None, None, None, "住宅性质房产。"),
        ("…住宅性质房产。（编译/殷夏）", None, None, "编译 殷夏", "住宅性质房产。"),  # the translator writes it
        ("…住宅性质房产。（参与记者：孙楠、谭晶晶）", None, None, None, "住宅性质房产。"),
        ("…住宅性质房产。（米兰华侨华人工商会供稿）", None, None, None, "住宅性质房产。"),
        ("…住宅性质房产。(东港区委统战部 文图)", None, None, None, "住宅性质房产。"),
        ("…住宅性质房产。(文中观点仅供参考，不构成投资建议，投资有风险，入市需谨慎。)", None, None, None, "住宅性质房产。"),
        ("…保护学生身心健康。（本报里约热内卢7月19日电）《 人民日报 》（ 2023年07月20日 17 版）分享让更多人看到",
         "2023-07-20", "人民日报", None, "身心健康。"),
    ],
)
def test_a_source_or_citation_after_the_last_sentence(text, date, source, byline, ends, cfg):
    body = "巴西政府最近组建了一个由教育部牵头的小组，专门负责加强校园安全管理和各项保障工作。" + text.lstrip("…")
    article = clean.clean(load.from_text(body, "x", cfg), cfg)
    assert (article.date, article.source, article.byline) == (date, source, byline)
    assert article.body.endswith(ends)


def test_what_a_dateline_leaves_behind_goes(cfg):
    article = clean.clean(load.from_text("本报讯，《关于进一步深化改革促进跨境贸易投资便利化的通知》日前在国家外汇管理局网站公开征求意见。", "x", cfg), cfg)
    assert article.body.startswith("《关于")
    article = clean.clean(load.from_text("东南网7月27日讯（记者 沈良坤报道）7月27日上午，福建省防汛、气象会商研判台风动向。", "x", cfg), cfg)
    assert article.byline == "记者 沈良坤"


def test_a_desk_s_credits_after_the_text_go(cfg):
    text = ("全市安全生产工作会议召开\n会议强调，要压实各方责任，确保各项任务落实到位，按时完成。\n"
            "版权说明：任何媒体、网站或个人未经书面授权不得转载\n联系方式：takefoto@vip.sina.com\n"
            "咨询电话：0931-1234567。会议要求，各地要抓好落实。（本栏目内容由本刊编辑整理）")
    body = clean.clean(load.from_text(text, "x", cfg), cfg).body
    assert body == ("会议强调，要压实各方责任，确保各项任务落实到位，按时完成。\n"
                    "咨询电话：0931-1234567。会议要求，各地要抓好落实。")  # a phone number in the text stays


def test_a_headline_cut_short_and_a_short_first_sentence(cfg):
    text = ("外交部发言人：中方愿继续同世界各国加强粮食安全和减贫领…\n"
            "新华社北京7月25日电（记者冯歆然）外交部发言人毛宁25日说，粮食安全是事关人类生存的根本性问题。")
    assert clean.clean(load.from_text(text, "x", cfg), cfg).title == "外交部发言人：中方愿继续同世界各国加强粮食安全和减贫领…"
    text = "李强同马来西亚总理会谈\n欢迎仪式后，李强同安瓦尔举行会谈。\n李强表示，今年是中马建交50周年暨“中马友好年”，两国关系不断稳步向前。"
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert article.title == "李强同马来西亚总理会谈" and article.body.startswith("欢迎仪式后，李强同安瓦尔举行会谈。")
    # the title given and the dump opening with the short sentence: it is the lead, no headline
    given = clean.clean(load.from_text(text.split("\n", 1)[1], "x", cfg), cfg, title="李强同马来西亚总理会谈")
    assert given.title == "李强同马来西亚总理会谈" and given.body.startswith("欢迎仪式后，李强同安瓦尔举行会谈。")


def test_a_columnists_name_after_a_mark_run_into_the_text_is_the_byline(cfg):
    text = "□ 马树娟近日，因涉嫌倒卖故宫门票，6家旅行社被公安部门查处。文旅局也采取了处理措施。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg, title="旅行社岂能异化为“黄牛”")
    assert article.byline == "马树娟" and article.body.startswith("近日，因涉嫌")
    marked = "□ 近日，6家旅行社被公安部门查处。文旅局也采取了处理措施。"  # no name after the mark: left as it is
    assert clean.clean(load.from_text(marked, "rec", cfg), cfg, title="旅行社被查处").byline is None


_STORY = ("麦当劳合资公司获环保罚单\n"
          "新华社北京4月29日电（记者毛伟豪）北京市丰台区环保局29日通报，对北京辛普劳食品加工有限公司处以近392万元的环保行政处罚。\n"
          "目前，辛普劳公司已按期缴纳罚款，该笔罚款将按照国家有关规定直接上缴国库。")


def test_a_list_of_links_is_no_text_of_the_article(cfg):
    """A bullet and a headline with no sentence's stop are a link (·北京发布首批环保“黑名单”); a bulleted sentence is text."""
    page = _STORY + "\n相关新闻:\n·北京发布首批环保“黑名单”\n• 新环保法实施百日 罚款逾亿元\n▪服务乡村振兴！5000名志愿者出征"
    body = clean.clean(load.from_text(page, "x.txt", cfg), cfg).body
    assert body.endswith("直接上缴国库。") and "黑名单" not in body and "逾亿元" not in body and "志愿者" not in body
    kept = _STORY + "\n· 会议要求，各地要加强对排污企业的日常监管。"
    assert clean.clean(load.from_text(kept, "x.txt", cfg), cfg).body.endswith("· 会议要求，各地要加强对排污企业的日常监管。")


@pytest.mark.parametrize("trailer", [
    "（完）\n另一篇：多地出台新规，规范共享单车停放秩序，部分城市对违规停放的车辆进行集中清理。",  # another story after ours
    "（完）相关新闻：新环保法实施百日 罚款逾亿元，各地环保部门查处违法案件数量同比大幅增长。",  # run on in the same line
    "\n【纠错】 责任编辑：刘畅\n新环保法实施百日，全国罚款逾亿元，各地查处违法案件数量同比增长，执法力度明显加大。",
    "[责任编辑：王雪]\n新环保法实施百日，全国罚款逾亿元，各地查处违法案件数量同比增长，执法力度明显加大。",
], ids=["another-story", "same-line", "jiucuo", "editor"])
def test_what_follows_the_story_s_closing_mark_is_the_page_s(trailer, cfg):
    body = clean.clean(load.from_text(_STORY + trailer, "x.txt", cfg), cfg).body
    assert body.endswith("直接上缴国库。") and "逾亿元" not in body and "共享单车" not in body


def test_an_editor_s_line_above_the_text_ends_nothing(cfg):
    page = "麦当劳合资公司获环保罚单\n2015-04-29 17:08 责任编辑：刘畅\n" + _STORY.split("\n", 1)[1]
    body = clean.clean(load.from_text(page, "x.txt", cfg), cfg).body
    assert body.startswith("北京市丰台区环保局29日通报") and body.endswith("直接上缴国库。")


@pytest.mark.parametrize(("text", "lead"), [
    # a caption: a name, a time with its comma, a clause of another subject; the name comes again
    ("总统罗德里戈·查韦斯当地时间8月1日，哥斯达黎加司法部证实，检察官已对总统罗德里戈·查韦斯提起诉讼。司法部未提供更多细节。",
     "当地时间8月1日，哥斯达黎加司法部证实"),
    ("巴西总统卢拉7月30日，巴西外交部宣布，卢拉将于下月出访非洲三国。外交部表示，行程仍在商定中。", "7月30日，巴西外交部宣布"),
    # the lead's own subject: its verb after the date, no comma between
    ("习近平5月8日在贝尔格莱德同塞尔维亚总统武契奇举行会谈。习近平指出，中塞友谊历久弥坚。", "习近平5月8日在贝尔格莱德"),
    # a name not named again: nothing shows it is a caption
    ("总统罗德里戈·查韦斯当地时间8月1日，哥斯达黎加司法部证实，检察官已对多名官员提起诉讼。司法部未提供更多细节。",
     "总统罗德里戈·查韦斯当地时间8月1日"),
    # words with a verb are no caption
    ("受伤的村民8月1日，村委会组织人员将受伤的村民送往医院救治。目前伤者情况稳定。", "受伤的村民8月1日"),
], ids=["caption", "caption-with-title", "subject-and-verb", "named-once", "verb"])
def test_a_caption_run_into_the_lead_goes(text, lead, cfg):
    assert clean.clean(load.from_text(text, "x", cfg), cfg).body.startswith(lead)


def test_a_paired_subheading_run_into_the_text_is_a_line_of_its_own(cfg):
    text = "活动现场，冠军对青少年进行指导。好人精神 薪火相传在仪式现场，花都区授牌新成立一批工作室。编辑丨王全文 王洹星审核"
    body = clean.clean(load.from_text(text, "rec", cfg), cfg, title="工作室揭牌").body
    assert "好人精神 薪火相传" in body.split("\n") and "在仪式现场，花都区授牌新成立一批工作室。" in body
    assert "王全文 王洹星" not in body.split("\n")  # 丨 marks an editor's line, no heading


@pytest.mark.parametrize(("text", "heading"), [
    ("工作室正式揭牌成立。以“绳”育人 志愿成风工作室组建了一支跳绳志愿服务队。", "以“绳”育人 志愿成风"),
    ("工作室正式揭牌成立。“好人”精神 薪火相传在仪式现场，花都区授牌新成立一批工作室。", "“好人”精神 薪火相传"),
])
def test_a_paired_subheading_quoting_a_word_is_a_line_of_its_own(text, heading, cfg):
    """Its phrases are measured in Chinese characters, the quotation marks around a word not counted."""
    body = clean.clean(load.from_text(text, "rec", cfg), cfg, title="工作室揭牌").body
    assert heading in body.split("\n")


@pytest.mark.parametrize("text", ["工作室正式揭牌成立。我们都说 “今天天气好”大家都来了。", "工作室正式揭牌成立。这是“一个 好的”开始大家都来了。"])
def test_a_sentence_with_a_space_and_a_quotation_is_no_paired_subheading(text, cfg):
    body = clean.clean(load.from_text(text, "rec", cfg), cfg, title="工作室揭牌").body
    assert body.split("\n") == [text]


def test_a_headline_that_asks_is_the_title(cfg):
    text = "援助乌克兰数百亿美元后，英美失望“达到顶峰”？\n中新网8月3日电 “华盛顿和伦敦感到沮丧。”当地时间8月2日，美国一家电视台发文称。报道指出，美国和英国提供了援助。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert article.title == "援助乌克兰数百亿美元后，英美失望“达到顶峰”？"  # not a quotation from the body


def test_arrows_between_two_passages_of_a_post_part_them(cfg):
    text = "近日，有网友称家中电费猛增，很多网友分享了类似的经历↓↓↓看到这些可怕的经历一些网友赶紧检查起来。专家提醒要定期检查。"
    body = clean.clean(load.from_text(text, "rec", cfg), cfg, title="电费猛增").body
    assert body.split("\n") == ["近日，有网友称家中电费猛增，很多网友分享了类似的经历。",
                                 "看到这些可怕的经历一些网友赶紧检查起来。专家提醒要定期检查。"]


def test_a_first_line_that_ends_a_sentence_is_a_title_without_its_stop(cfg):
    text = "欢迎仪式后，李强同佩通坦举行会谈。\n李强表示，今年是中泰建交50周年。中方愿同泰方一道推进合作。"
    assert clean.clean(load.from_text(text, "rec", cfg), cfg).title == "欢迎仪式后，李强同佩通坦举行会谈"


@pytest.mark.parametrize("line", ["【字体：大 中 小】 打印本页 关闭窗口", "打印本页 关闭窗口", "【我要纠错】 【打印】 【关闭】",
                                  "中国政府网 微博、微信"])
def test_items_of_chrome_side_by_side_are_chrome(line, cfg):
    page = f"首页 | 新闻中心 | 政务公开 | 办事服务\n{line}\n京ICP备05070218号"
    with pytest.raises(ExtractionError, match="no article text"):  # a page of chrome alone has no article
        clean.clean(load.from_text(page, "page", cfg), cfg)
    body = clean.clean(load.from_text(f"{line}\n全市新建公园12个，市民休闲更便利。", "page", cfg), cfg).body
    assert body == "全市新建公园12个，市民休闲更便利。"


def test_a_text_that_names_its_own_day_is_dated(cfg):
    dated = clean.clean(load.from_text("今天（2026年2月2日）是第30个“世界湿地日”。各地开展宣传活动。", "x", cfg), cfg)
    assert (dated.date, dated.day) == ("2026-02-02", None)
    day = clean.clean(load.from_text("今天（5月28日），跨江大桥正式通车。市民纷纷前来体验。", "x", cfg), cfg)
    assert (day.date, day.day) == (None, "5月28日")  # no year: the day alone, as a dateline's
    other = clean.clean(load.from_text("今天是第30个“世界湿地日”，5月28日将举办活动。各地开展宣传活动。", "x", cfg), cfg)
    assert (other.date, other.day) == (None, None)


def test_a_label_in_brackets_reads_as_a_label(cfg):
    text = "【环球网报道】暑期学车可领补贴。【活动时间】2023年7月20日至7月31日。【参与方式】在APP首页点击报名即可领取。"
    article = clean.clean(load.from_text(text, "x", cfg), cfg)
    assert article.source == "环球网"  # the dateline's source is no label
    assert "活动时间：2023年7月20日至7月31日。参与方式：在APP首页点击报名即可领取。" in article.body


def test_a_long_line_after_a_reporter_is_read_at_once(cfg):
    import signal

    def too_slow(*_):
        raise TimeoutError("the dateline pattern backtracked")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)  # it took 4 s at 40 characters and 30 s at 50 before the names were bounded
    try:
        article = clean.clean(load.from_text("新华网记者" + "的" * 60 + "\n全市新建公园12个，市民休闲更便利。", "x", cfg), cfg)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert "全市新建公园12个" in article.body


def test_markup_left_in_a_text_is_read_not_kept(cfg):
    """A text dump's or a record's entities (&#65292; &nbsp; &ldquo;) and simple tags (<p>, <br>, <strong>) are read as
    a page's would be: no &#65292 in a key point, no ldquo keyword; a block tag parts lines; <script> stays text."""
    text = ("全市新建公园12个&#65292;市民休闲更便利&#12290;\n<p>市长表示&#65306;&ldquo;公园<strong>还要</strong>再建&rdquo;。"
            "</p>今年将再建5个&amp;nbsp;社区公园。<br/>预计年底完工，&lt;script&gt;不是标签。")
    raw = load.from_text(text, "x", cfg)
    assert raw.kind == "text"  # (two tags: no page)
    body = clean.clean(raw, cfg, title="新建公园").body
    assert body.split("\n") == ["全市新建公园12个，市民休闲更便利。", "市长表示：“公园还要再建”。", "今年将再建5个 社区公园。",
                                "预计年底完工，<script>不是标签。"]


def test_a_records_title_is_read_like_its_text(cfg):
    from brief.records import brief_of

    briefing = brief_of({"text": "全市新建公园12个，市民休闲更便利。", "title": "新建&ldquo;口袋公园&rdquo;<b>12个</b>"}, cfg, "rec")
    assert briefing.article.title == "新建“口袋公园”12个"


@pytest.mark.parametrize("body", ["", "<body><script>var a='中文新闻内容在这里';document.write(a)</script></body>",
                                  "<frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'></frameset>",
                                  "<body><iframe srcdoc='<p>市政府召开常务会议，研究部署近期重点工作。</p>'></iframe></body>"])
def test_a_page_of_its_title_alone_has_no_article(body, cfg):
    """No body, scripts, frames or an iframe: the <title> is no text (it was the brief's one key point)."""
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>李强同马来西亚总理会谈</title></head>{body}</html>"
    with pytest.raises(ExtractionError, match="no article text"):
        clean.clean(load.load_bytes(page.encode(), "x.html", cfg), cfg)


def test_a_page_trafilatura_rejects_keeps_its_title_above_the_text(cfg, monkeypatch):
    import trafilatura

    def reject(*args, **kwargs):
        raise ValueError("lxml")

    monkeypatch.setattr(trafilatura, "bare_extraction", reject)
    page = ("<html><head><title>李强同马来西亚总理会谈</title></head><body><p>欢迎仪式后，李强同安瓦尔举行会谈。</p>"
            "<p>李强表示，今年是中马建交50周年暨“中马友好年”，中方愿同马方加快推进中马命运共同体建设。</p></body></html>")
    article = clean.clean(load.load_bytes(page.encode(), "x.html", cfg), cfg)
    assert article.title == "李强同马来西亚总理会谈" and article.body.startswith("欢迎仪式后")


def test_an_images_base64_and_long_runs_of_ascii_in_a_text_go(cfg):
    """A dump's data: URI (or any 200 characters of ASCII without a space) is no text: read as words, it gave keywords
    such as bz and Lw and figures such as 0kV."""
    import base64

    blob = base64.b64encode(bytes((i * 7919 + 13) % 251 for i in range(3000))).decode()
    text = (f"全市新建公园12个，市民休闲更便利。\ndata:image/png;base64,{blob}\n"
            f"今年将再建5个社区公园。<img src=\"data:image/jpeg;base64,{blob[:120]}\">预计年底完工。\n"
            f"详见{'x9Lw' * 60}。")
    body = clean.clean(load.from_text(text, "x", cfg), cfg, title="新建公园").body
    assert body.split("\n") == ["全市新建公园12个，市民休闲更便利。", "今年将再建5个社区公园。预计年底完工。", "详见。"]


WECHAT_PAGE = """<html><head><meta charset="utf-8"><title>某市人民医院</title></head><body>
<h1 class="rich_media_title">暑期警惕干眼症盯上孩子</h1><div id="js_content">
<section><span>暑假以来，某市人民医院眼科门诊接诊的干眼症患儿明显增多，不少孩子每天看屏幕超过六小时。</span></section>
<section><span>医生提醒，孩子连续用眼四十分钟就应休息十分钟，并多到户外活动，减少电子产品的使用时间。</span></section>
<section><span>医院将在暑期开设儿童眼健康咨询门诊，为家长提供免费的用眼指导和视力筛查服务。</span></section>
</div><p>- END -</p><p>往期推荐</p><p>某市人民医院获评国家级胸痛中心</p></body></html>"""


def test_a_wechat_article_in_sections_is_read_not_its_footer(cfg):
    article = clean.clean(load.from_text(WECHAT_PAGE, "wx.html", cfg, html=True), cfg)
    assert "干眼症患儿明显增多" in article.body and "儿童眼健康咨询门诊" in article.body  # (<section><span>: was lost)
    assert "END" not in article.body and "往期推荐" not in article.body


def test_a_pages_own_title_beats_a_nearer_heading_and_its_chrome_goes(cfg):
    page = GOV_PAGE.format(meta='<meta name="ArticleTitle" content="全市安全生产工作会议召开">', info="").replace(
        '<div class="content">', '<div class="content"><p>有效</p>').replace(
        "</div></body>", '<p>共2页 上一页 1 2 下一页</p></div><ul><li>- 全市开展消防安全大检查 03-12</li></ul></body>')
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert article.title == "全市安全生产工作会议召开"  # not the 有效 cell of an info table
    assert "下一页" not in article.body and "大检查" not in article.body  # pagination, a dated link


@pytest.mark.parametrize(("info", "date", "source"), [
    ("来源：新华社 | 2023年07月31日 19:21", "2023-07-31", "新华社"),  # (was 新华社（原载新华社 | 2023年…）)
    ("来源：中国新闻网 编辑：王晓", "2024-03-15", "中国新闻网"),
])
def test_a_source_line_ends_at_its_name(info, date, source, cfg):
    page = GOV_PAGE.format(meta="", info="").replace("发布时间：2024-03-15 10:22", "").replace(
        '<div class="content">', f'<p>{info}</p><p>发布时间：{date}</p><div class="content">')
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert (article.date, article.source) == (date, source)


def test_a_date_set_in_pieces_and_a_byline_line_are_read(cfg):
    page = GOV_PAGE.format(meta="", info="").replace("发布时间：2024-03-15 10:22", "2024 11/15 06:36:52 来源：新华网").replace(
        '<div class="content">', '<div class="content"><p>文图 湖北日报全媒记者 吴坚 通讯员 李重庆</p>')
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert article.date == "2024-11-15" and article.source == "新华网"  # <em>2024</em> <em>11</em>/<em>15</em>
    assert article.byline == "记者 吴坚 通讯员 李重庆" and "吴坚" not in article.body


def test_a_dumps_comment_and_reaction_buttons_are_chrome(cfg):
    text = ("全市安全生产工作会议召开\n3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。\n"
            "会议指出，全市去年共排查整治各类安全隐患1.2万处。\n阅读原文\n点赞(128) 在看 12\n网友评论\n登录后发表评论\n回复")
    body = clean.clean(load.from_text(text, "dump", cfg), cfg).body
    assert body.endswith("安全隐患1.2万处。")


def test_a_release_dated_in_chinese_numerals_or_the_roc_calendar(cfg):
    hk = ("財政司司長出席香港金融科技周2024開幕典禮\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
          "財政司司長陳茂波今日出席香港金融科技周2024開幕典禮並致辭。他表示，香港金融科技發展勢頭良好。\n"
          "二〇二四年十一月十五日（星期五）")
    article = clean.clean(load.from_text(hk, "hk", cfg), cfg)
    assert article.title == "財政司司長出席香港金融科技周2024開幕典禮" and article.date == "2024-11-15"
    tw = ("勞動部公布最新失業率\n發布單位：勞動部\n發布日期：中華民國113年11月22日\n"
          "勞動部今日公布最新統計，10月失業率為3.38%，較上月下降0.04個百分點。")
    article = clean.clean(load.from_text(tw, "tw", cfg), cfg)
    assert (article.title, article.date, article.source) == ("勞動部公布最新失業率", "2024-11-22", "勞動部")


def test_a_posts_closing_outlet_is_its_source_and_its_title_no_list_number(cfg):
    post = "1、近日，某地一家化工厂发生爆炸事故，造成3人受伤，事故原因正在调查之中，是天灾还是人祸？中国证券网"
    article = clean.clean(load.from_text(post, "post", cfg), cfg)
    assert article.source == "中国证券网" and not article.body.endswith("中国证券网")
    assert not article.title.startswith("1、")


def test_a_traditional_lead_in_is_read_and_kept_as_written(cfg):
    text = ("習近平在四川考察\n新華社成都7月28日電（記者 陳冬書、陳地）7月28日上午，國家主席習近平在成都出席歡迎宴會。"
            "習近平強調，要推動高品質發展。")
    article = clean.clean(load.from_text(text, "tw", cfg), cfg)
    assert article.body.startswith("7月28日上午，國家主席習近平")  # (the lead-in stood in the first key point)
    assert article.source == "新華社" and "陳冬書" in (article.byline or "")


def test_corner_brackets_are_quotation_marks(cfg):
    text = "財政司司長出席開幕典禮\n李家超表示：「香港經濟正穩步復蘇。今年首三季本地生產總值按年上升百分之二點八。」他說，政府會『搶企業』。"
    body = clean.clean(load.from_text(text, "hk", cfg), cfg).body
    assert "李家超表示：“香港經濟正穩步復蘇。今年首三季本地生產總值按年上升百分之二點八。”" in body and "‘搶企業’" in body


def test_an_untitled_texts_title_drops_an_opening_now(cfg):
    text = "眼下，各地一批重大工程项目稳步推进，助力经济社会高质量发展。各地加快施工进度。"
    assert clean.clean(load.from_text(text, "x", cfg), cfg).title == "各地一批重大工程项目稳步推进，助力经济社会高质量发展"


def test_a_picture_credit_of_a_fire_service_run_into_the_text_goes(cfg):
    text = ("家中电费猛增当心\n这个按键要每月按一次。图源：深圳消防电热水器的使用寿命通常为6-8年，需及时更换。"
            "若超过年限还继续使用会存在安全隐患。")
    body = clean.clean(load.from_text(text, "x", cfg), cfg).body
    assert "图源" not in body and "电热水器的使用寿命通常为6-8年" in body


def test_an_untitled_texts_title_is_not_cut_inside_a_documents_name(cfg):
    text = "市档案馆与市社会科学院8日在本市联合发布《城市记忆丛书：老街巷口述历史汇编（第二辑）》。丛书收录访谈六十余篇。"
    title = clean.clean(load.from_text(text, "rec", cfg), cfg).title
    assert title == "市档案馆与市社会科学院8日在本市联合发布《城市记忆丛书：老街巷口述历史汇编（第二辑）》"


def test_a_long_headline_run_into_a_national_agencys_dateline_is_the_title(cfg):
    headline = "王某某在全省农村人居环境整治现场推进会上强调压实市县党委政府主体责任 全面提升农村人居环境整治水平和群众满意度"
    text = headline + "新华社南昌9月3日电 全省农村人居环境整治现场推进会3日在南昌召开。会议总结了前一阶段工作。"
    article = clean.clean(load.from_text(text, "rec", cfg), cfg)
    assert article.title == headline
    assert article.source == "新华社"
    assert article.body.startswith("全省农村人居环境整治现场推进会3日在南昌召开。")


def test_a_fallback_title_ends_on_no_invitation():
    visit = ("当地时间5月3日下午，国家主席王晓东乘专机抵达东川国首都，应东川国总统拉克森邀请，出席第三届东川论坛领导人会议"
             "并对东川国进行国事访问。")
    assert clean._fallback_title(visit) == "国家主席王晓东乘专机抵达东川国首都"  # not …，应东川国总统拉克森邀请
    invited = "应东川国外交部长邀请，外交部部长王明将于5月10日至12日对东川国进行正式访问并出席两国外长会晤。"
    assert clean._fallback_title(invited) == "外交部部长王明将于5月10日至12日对东川国进行正式访问并出席两国外长会晤"


def test_a_fallback_title_names_a_standing_committee_member_without_his_offices():
    met = "中共中央政治局常委、全国人大常委会委员长王晓东23日下午同列席常委会第十九次会议的全国人大代表座谈交流。"
    assert clean._fallback_title(met) == "王晓东23日下午同列席常委会第十九次会议的全国人大代表座谈交流"


def test_a_run_in_subheading_of_who_won_what_is_a_line_of_its_own(cfg):
    text = ("第五届城市运动会激战正酣。目前，本市代表团以8金、3银的成绩排名第一。本市选手林晓红获女子长拳金牌"
            "在女子长拳项目的比赛中，本市选手林晓红第一个上场，获得9.70的高分。本市射击队夺得男子气步枪团体冠军在射击项目上，"
            "男子气步枪团体决赛中，本市射击队以微弱优势取胜。王强获得金牌在意料之中，队员们训练非常刻苦。")
    lines = clean.clean(load.from_text(text, "dump", cfg), cfg, title="城市运动会").body.splitlines()
    assert "本市选手林晓红获女子长拳金牌" in lines and "本市射击队夺得男子气步枪团体冠军" in lines
    assert any(line.startswith("在女子长拳项目的比赛中，") for line in lines)
    # a sentence that goes on about something else is no subheading run into it
    assert any("本市射击队以微弱优势取胜。王强获得金牌在意料之中，" in line for line in lines)


def test_an_empty_meta_tag_is_no_crash(cfg):
    # a TRS page prints the tags it has no value for empty: <meta name="Author" content="">
    page = ('<html><head><title>全市安全生产工作会议召开_某市人民政府</title>'
            '<meta name="ArticleTitle" content="全市安全生产工作会议召开"><meta name="PubDate" content="2024-03-15 10:22">'
            '<meta name="ContentSource" content="市应急管理局"><meta name="Author" content=""><meta name="Keywords" content=\'\'>'
            '</head><body><h1>全市安全生产工作会议召开</h1>'
            "<p>3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。副市长李四出席会议并讲话。</p></body></html>")
    article = clean.clean(load.from_text(page, "page.html", cfg, html=True), cfg)
    assert (article.title, article.date, article.source) == ("全市安全生产工作会议召开", "2024-03-15", "市应急管理局")
    assert article.byline is None


@pytest.mark.parametrize(("info", "date", "source", "byline"), [
    ("信息来源：湖北日报　发布日期：2023-08-16 10:30　浏览次数：1234", "2023-08-16", "湖北日报", None),
    ("来源：枝江市融媒体中心　作者：李小燕　发布时间：2023年07月12日　浏览量：856", "2023-07-12", "枝江市融媒体中心", "李小燕"),
    ("来源：中国新闻网 2023年07月27日09:12", "2023-07-27", "中国新闻网", None),
    ("来源：市应急管理局 【打印】 【关闭】", None, "市应急管理局", None),  # a source line alone, as before
])
def test_an_info_line_that_opens_with_its_source_keeps_its_date_and_author(info, date, source, byline, cfg):
    text = (f"全市安全生产工作会议召开\n{info}\n"
            "3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。副市长李四出席会议并讲话。")
    article = clean.clean(load.from_text(text, "dump", cfg), cfg)
    assert (article.title, article.date, article.source, article.byline) == ("全市安全生产工作会议召开", date, source, byline)
    assert article.body.startswith("3月14日，市政府召开")


@pytest.mark.parametrize("caption", ["图为全国人大代表向惠玲在驻地接受采访。 记者 卢羡婷 摄",
                                     "8月15日，桐湖生态环境宣传教育基地揭牌。 通讯员 徐敏 摄",
                                     "活动现场。记者 张三 李四 摄"])
def test_a_caption_credited_to_a_reporter_without_outlet_is_no_text(caption, cfg):
    text = ("全市安全生产工作会议召开\n3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。\n"
            f"{caption}\n副市长李四出席会议并讲话，要求各地压实责任、抓好落实。")
    article = clean.clean(load.from_text(text, "dump", cfg), cfg)
    assert article.body == ("3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。\n"
                            "副市长李四出席会议并讲话，要求各地压实责任、抓好落实。")
    # a reporter who takes a photo in a sentence of the text is no credit
    text = text.replace(caption, "记者王刚摄下了抢险队员奋战的一幕，画面令人动容。")
    assert "记者王刚摄下了" in clean.clean(load.from_text(text, "dump", cfg), cfg).body


@pytest.mark.parametrize("chrome", [
    "阅读 10万+", "阅读 3.2万", "作者丨环球时报-环球网/王逸", "编辑丨李鹏", "收录于合集 #国际观察 128个",  # a WeChat post
    "点击下方“阅读原文”看更多", "小字号", "未经本网授权不得转载、摘编或利用其它方式使用上述作品",
])
def test_chrome_lines_of_posts_and_e_papers(chrome, cfg):
    text = (f"全市安全生产工作会议召开\n{chrome}\n3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。\n"
            f"副市长李四出席会议并讲话，要求各地压实责任、抓好落实。\n{chrome}")
    article = clean.clean(load.from_text(text, "dump", cfg), cfg)
    assert article.title == "全市安全生产工作会议召开"
    assert article.body == ("3月14日，市政府召开全市安全生产工作会议，部署今年重点任务。\n"
                            "副市长李四出席会议并讲话，要求各地压实责任、抓好落实。")


_LEAD = "8月15日，某某市召开全市优化营商环境大会，部署下一阶段重点任务。市长李四出席会议并讲话。"


@pytest.mark.parametrize(("head", "title", "subtitle"), [
    # 引题 / 主题 / 副题 with no —— line: the 主题, and the 引题 that says who is behind it
    ("人民网\n市委书记王五在调研时强调\n弘扬优良作风推动高质量发展\n为建设现代化城市而团结奋斗",
     "弘扬优良作风推动高质量发展", "市委书记王五在调研时强调"),
    ("上半年净利润同比增长118%\n全聚德实现扭亏为盈", "全聚德实现扭亏为盈", "上半年净利润同比增长118%"),  # 引题 / 主题
    ("聚焦高质量发展\n某某市召开全市优化营商环境大会\n——以更优环境服务企业发展",  # the —— line is the subtitle
     "某某市召开全市优化营商环境大会", "以更优环境服务企业发展"),
    # a site's or column's name, a page's buttons above the headline are no 引题
    ("人民网\n高层动态\n某某市召开全市优化营商环境大会", "某某市召开全市优化营商环境大会", None),
    ("北京日报\n<<上一版 下一版>>\n某某市召开全市优化营商环境大会", "某某市召开全市优化营商环境大会", None),
    ("某某市召开全市优化营商环境大会\n某某市召开全市优化营商环境大会", "某某市召开全市优化营商环境大会", None),  # a page's and the text's
    # nor a government site's name, its menu, the line of who runs it
    ("广西壮族自治区人民政府门户网站\n首页 政务 新闻 服务 互动 数据 专题\n某某市召开全市优化营商环境大会",
     "某某市召开全市优化营商环境大会", None),
    ("云上枝江\n枝江市融媒体中心主办\n某某市召开全市优化营商环境大会", "某某市召开全市优化营商环境大会", None),
    ("武汉市蔡甸区人民政府\n某某市召开全市优化营商环境大会", "某某市召开全市优化营商环境大会", None),
    ("中國新聞網\n走讀灣區研學行搭建穗港澳青少年交流平臺\n參與互動", "走讀灣區研學行搭建穗港澳青少年交流平臺", None),  # a button
])
def test_a_headline_laid_out_over_lines(head, title, subtitle, cfg):
    article = clean.clean(load.from_text(f"{head}\n{_LEAD}\n副市长李四要求各地压实责任、抓好落实，确保取得实效。", "dump", cfg), cfg)
    assert (article.title, article.subtitle) == (title, subtitle)
    assert article.body.startswith("8月15日，某某市召开")


_TALKS = "当地时间11月19日中午，国家主席习近平在曼谷总理府同泰国总理巴育举行会谈。\n双方宣布，构建更为稳定、更加繁荣、更可持续的中泰命运共同体。"


@pytest.mark.parametrize(("head", "source", "date", "day", "byline"), [
    ("新华社曼谷11月19日电", "新华社", None, "11月19日", None),  # a dateline on a line of its own is no title
    ("新华社 2022-11-19 21:48\n新华社曼谷11月19日电", "新华社", "2022-11-19", None, None),  # an app share's source line
    ("新華社曼谷11月19日電（记者 张三 李四）", "新華社", None, "11月19日", "记者 张三 李四"),
])
def test_a_dateline_on_a_line_of_its_own(head, source, date, day, byline, cfg):
    article = clean.clean(load.from_text(f"新华社\n打开APP\n习近平同泰国总理举行会谈\n{head}\n{_TALKS}", "share", cfg), cfg)
    assert (article.title, article.source, article.date, article.day, article.byline) == (
        "习近平同泰国总理举行会谈", source, date, day, byline)
    assert article.body.startswith("当地时间11月19日中午，")


@pytest.mark.parametrize(("masthead", "source", "date"), [
    ("北京日报 2023年08月16日 第3版", "北京日报", "2023-08-16"),
    ("证券时报 A002版", "证券时报", None),
    ("北京日报\n2023年08月15日　星期二\n第A05版：经济\n<<上一版 下一版>>", "北京日报", "2023-08-15"),  # over lines
    ("证券时报电子报实时通过手机APP、网站免费阅读重大财经新闻资讯及上市公司公告\n2023年08月10日　星期四\n第A02版：要闻\n上一版　下一版",
     "证券时报", "2023-08-10"),
])
def test_an_e_paper_masthead_gives_source_and_date(masthead, source, date, cfg):
    text = (f"{masthead}\n某某市召开全市优化营商环境大会\n本报记者 孙杰\n{_LEAD}\n"
            "副市长李四要求各地压实责任、抓好落实，确保取得实效。\n返回目录　放大　缩小　全文复制")
    article = clean.clean(load.from_text(text, "epaper", cfg), cfg)
    assert (article.title, article.subtitle, article.source, article.date) == ("某某市召开全市优化营商环境大会", None, source, date)
    assert article.body == f"{_LEAD}\n副市长李四要求各地压实责任、抓好落实，确保取得实效。"


@pytest.mark.parametrize("caption", ["这是11月19日在曼谷拍摄的会谈现场。", "这是会谈现场的画面。", "这是习近平等在杨家岭革命旧址参观。"])
def test_a_xinhua_caption_before_its_credit_is_no_text(caption, cfg):
    text = ("习近平同泰国总理举行会谈\n当地时间11月19日中午，国家主席习近平在曼谷总理府同泰国总理巴育举行会谈。\n"
            f"11月19日中午，国家主席习近平在曼谷总理府同泰国总理巴育举行会谈。{caption}新华社记者 黄敬文 摄\n"
            "双方宣布，构建更为稳定、更加繁荣、更可持续的中泰命运共同体。")
    body = clean.clean(load.from_text(text, "dump", cfg), cfg).body
    assert caption not in body and "黄敬文" not in body
    assert body.endswith("双方宣布，构建更为稳定、更加繁荣、更可持续的中泰命运共同体。")
    # in a photo story the sentence before a reporter's credit is text, as before
    body = clean.clean(load.from_text(text.replace(caption, "巴育热情迎接。"), "dump", cfg), cfg).body
    assert "巴育热情迎接。" in body and "黄敬文" not in body
