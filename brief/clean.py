"""RawDocument → Article: page chrome removed, title/date/source/byline found, punctuation normalised."""

from __future__ import annotations

import datetime
import html as html_lib
import logging
import re
import unicodedata
from contextlib import suppress
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import islice
from typing import NamedTuple

from .config import BriefConfig
from .errors import ExtractionError, InputError
from .models import Article, RawDocument
from .segment import first_word, occurrences, simplified, tagged
from .speakers import ANSWER_PUT, FRAME_CLAUSE, LEADS_ON, QUESTION_PUT, SAID_AT_END, SAYING, speech_head

log = logging.getLogger(__name__)

_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # ideographs: extension A, unified, compatibility
HAN = re.compile("[" + "".join(f"{chr(first)}-{chr(last)}" for first, last in _HAN_RANGES) + "]")
KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》]"
_ASCII_PUNCT = re.compile(rf"(?<={_CJK})[ \t]*([,;:?!()])|([,;:?!()])[ \t]*(?={_CJK})")  # never across a line break
# A full stop typed as "." after a Chinese character (not a decimal point: 1.2万, 18.5%).
_ASCII_STOP = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff”’》）])\.(?=\s|$|{_CJK})", re.M)
# a number a dump set off by spaces from the Chinese around it (7 月 18 日和 20 日, 避让 8 种): not one space alone, which
# may part a headline's phrases (…揭晓 10名优秀医务工作者获评…)
_SPACED_NUMBER = re.compile(rf"(?:(?<={_CJK}) |(?<=[，。、；：！？（“])|(?<![^\n]))(\d[\d.,]*) (?=[\u4e00-\u9fff])"
                            r"|(?<=\d) (?=[年月日时分秒])")  # 于2022 年: a date's parts
_HALF_CLOSED = re.compile(r"（([^（）()\n]{0,20})\)")
_FULLWIDTH = dict(zip(",;:?!()", "，；：？！（）"))
# Zero-width, bidi controls, BOM, soft hyphen; C0/C1 controls except tab and newline; lone surrogates
# (only a str given by a caller, e.g. a JSON record with "\ud800", can hold them: they cannot be encoded).
# Deleted by normalize_text: soft hyphen, zero-width and bidi controls, BOM, interlinear annotation marks,
# C0/C1 controls except tab and newline, lone surrogates (from broken decoders).
_DELETE = dict.fromkeys(
    [0xAD, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x206A),
     0xFEFF, *range(0xFFF9, 0xFFFC), *range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
     *range(0xD800, 0xE000)]
)
_DELETED = re.compile(f"[{re.escape(''.join(map(chr, _DELETE)))}]")  # one scan finds whether any is there
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f]+")
_SENTENCE_END = re.compile(r"[。！？!?；;…]")

# Lines that are page furniture, never article text (matched on the whole stripped line).
_CHROME_LINE = re.compile(
    r"""^(?:
        .{0,12}logo | 下载(?:客户端|APP|app)?.{0,8} | 登录 | 注册 | 登录\s*[|/]\s*注册 | 首页 | 返回(?:顶部|首页|列表)? |
        [大中小]?字号[:：]?.{0,8} | 【?字体[:：].{0,10} | 打印(?:本页|此页)? | 关闭(?:窗口|本页)? | 收藏 | 分享(?:到)?[:：]?.{0,20} |
        我要(?:举报|纠错|评论) | 举报 | 反馈 | 点赞 | 评论 | 纠错 | 更多 | 相关(?:阅读|新闻|链接|文章|推荐)[:：]?.{0,6} |
        相关(?:阅读|新闻|链接|文章|推荐)[:：].{0,40} | [^。！？]{0,12}(?:扫码|扫一扫|长按识别).{0,24} |
        关注.{0,12}(?:微信|微博|公众号|客户端|抖音).{0,6} | [（(【\[](?:责任编辑|责编|编辑)[:：].{0,30}[）)】\]] |
        [^。！？，]{1,30}[（(](?:资料图|资料照片|供图|图片来源[^）)]{0,20})[）)] |
        [•·\-\+\s]*\+1 | [•·\s]+ | (?:当前|您的|你的|您现在的|你现在的|现在)(?:所在)?位置[:：].{0,60} |
        上一篇.{0,60} | 下一篇.{0,60} | 参与互动 | 參與互動 | (?:[<《«]*\s*(?:上一版|下一版|返回目录|放大|缩小|全文复制)\s*[>》»]*\s*)+ | 扫(?:一扫|码).{0,24} | .{0,10}二维码.{0,10} |
        (?:责任|责编|编辑|校对|审核|审校|终审|初审|监制|制作|作者|摄影|图片|资料图|图片来源|封面图片来源|图源)[:：/丨|｜].{0,30} |
        \[?(?:责任编辑|编辑)[:：].{0,20}\]? | 浏览(?:次数|量)?[:：]?\s*\d* | 阅读(?:量|数)?[:：]?\s*\d+(?:\.\d+)?万?\+? | 收录于(?:合集|话题).{0,40} |
        (?:微信|微博|QQ|抖音)(?:扫一扫|分享|关注)?.{0,6} | \S{2,10}\s+(?:微博|微信|客户端)(?:[、/](?:微博|微信|客户端|抖音))+ |
        原标题[:：].{0,80} | 热门(?:推荐|文章).{0,6} | 推荐阅读.{0,6} |
        https?://\S+ | www\.\S+ | [\d\W_]{1,20} |
        (?:(?:共\s*\d+\s*页|第\s*\d+\s*页|上一页|下一页|尾页|末页|\d{1,3})\s*){2,} | [-—_\s]*END[-—_\s]* |
        (?:展开|查看|阅读)全文.{0,4} | 打开.{0,6}(?:APP|客户端).{0,10} | 附件[:：]? | 往期(?:推荐|回顾|精选).{0,6} |
        您的浏览器不支持.{0,30} | 视频加载中.{0,4} |
        (?:网友|用户|全部|热门|最新)?评论\s*[(（]?\d*[)）]? | (?:登录后)?发表评论.{0,6} | 回复 | (?:点击|戳)?.{0,6}“?阅读原文”?.{0,8} |
        (?:点赞|在看|收藏|转发|分享)\s*[(（]?\d*[)）]?(?:\s*(?:点赞|在看|收藏|转发|分享)\s*[(（]?\d*[)）]?)* | (?:联系方式|电子邮箱|邮箱)[:：]\s*[\x21-\x7e]{1,40}@[\x21-\x7e]{3,40}
    )$""",
    re.I | re.X,
)
# Fragments that mark a line as legal or site boilerplate wherever they appear.
_CHROME_FRAGMENT = re.compile(
    r"ICP\s*(?:备|证)|公网安备|©|\(c\)\s*\d{4}|copyright|备案号|"
    r"仅代表(?:该)?作者|不代表.{0,12}(?:观点|立场)|转载请注明|未经(?:本网|本站|本报|本社|书面)?(?:授权|许可).{0,10}(?:转载|使用)|"
    r"申请.{0,6}号请用电脑访问|违法和不良信息举报|客户端下载|扫码下载|如遇作品内容、版权等问题",
    re.I,
)
# ... and words a footer shares with articles about them (全市为2356家企业办理食品经营许可证。, 127款应用完善隐私政策。):
# boilerplate only in a line that is no sentence of the text
_SITE_FRAGMENT = re.compile(
    r"许可证[:：编号]|经营许可证|版权所有|免责声明|举报(?:电话|邮箱)[:：]|技术支持[:：]|主办单位[:：]|承办单位[:：]|联系我们|"
    r"版权说明[:：]|网站地图|隐私(?:政策|条款)|用户协议"
)
# 2023年12月15日, 2023-12-15 10:20, 2023/12/15, 2023.12.15: one style of separator (2023年1-11月 is a span of months)
_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*(?:年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日?"
    r"|(?P<sep>[-/.])\s*(?P<month2>\d{1,2})\s*(?P=sep)\s*(?P<day2>\d{1,2}))"
    r"(?:\s*(?P<hour>\d{1,2})[:：](?P<minute>\d{2})(?:[:：]\d{2})?)?"
)
# (来源：市应急管理局 【打印】 【关闭】: the page's buttons after it are no part of the name)
_SOURCE = re.compile(r"^(?:【\s*)?(?:来源|稿源|出处|信息来源|文章来源|转载自|发布单位|发布机关)\s*[:：]\s*"
                     r"([^【】|｜]{1,40}?)\s*(?:】)?"
                     r"(?:\s*【[^【】]{1,12}】)*(?:\s*[|｜].{0,60}|\s+(?:(?:责任)?编辑|作者)[:：].{0,30})?\s*$")
_META_LINE = re.compile(r"(?:(?<![图片源题])来源|发布单位|发布机关|发布时间|发布日期|时间|日期|作者|浏览|点击)[:：]")
# 来源 and 作者 inside a page's info line: 发布时间：2024-03-15 来源：市应急管理局 作者：张三 浏览次数：12
_FIELD_WORDS = r"(?:来源|作者|发布|时间|日期|浏览|点击|阅读|字号|(?:责任)?编辑)"
_NEXT_FIELD = rf"(?=[\s|｜【】\[\]]|$|{_FIELD_WORDS})"  # 【来源：湖北日报】: the bracket closes the field
_INLINE_SOURCE = re.compile(rf"(?<![图片源题])来源[:：]\s*([^\s|｜【】\[\]:：]{{1,30}}?){_NEXT_FIELD}")  # not 图片来源：
_INLINE_AUTHOR = re.compile(
    rf"(?:作者|撰稿)[:：]\s*((?:[^\s|｜【\[:：]{{1,20}}?)(?:[ 、](?!{_FIELD_WORDS})[\u4e00-\u9fff·]{{2,4}})*){_NEXT_FIELD}"
)  # 作者：张丽 陈刚 浏览次数：12
# The meta tags of the CMS most government sites run (政府网站发展指引): the page's own title, date and 来源
_META_TAG = re.compile(r"<meta\b[^>]{0,2000}>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s).*$")
_GOV_META = {"articletitle": "title", "pubdate": "date", "contentsource": "source", "author": "author"}
# Lead-ins such as 本网讯(记者 吴萍萍 通讯员 赵 军), 新华社北京12月4日电(记者 …), 【环球网报道 记者 …】.
_DATELINE = re.compile(
    r"^(?:(?P<agency>[^\s，。（(【]{1,16}?)(?:讯|电|报道|消息)\s*)?"
    r"[（(]\s*(?P<by>[^）)]{0,16}?(?:记者|通讯员|实习生|作者)[^）)]{1,60})[）)]\s*"
    r"|^【\s*(?P<agency2>[^】\s]{1,12}?)(?:报道|讯)?(?:\s+|(?=驻[^】\s]{1,12}?记者))(?P<by2>[^】]{0,30}(?:记者|通讯员)[^】]{1,30})】\s*"
    r"|^【\s*(?P<agency5>[^】\s]{2,12}?)(?:综合报道|报道|讯)\s*】\s*"  # 【环球时报综合报道】
    # (at most six names: an unbounded run of them, each split anywhere, took seconds on a long line of text)
    r"|^(?P<agency4>[^\s，。（(]{2,10}?)(?P<by4>(?:记者|通讯员)(?:\s*[\u4e00-\u9fff·、]{2,4}){1,6}"
    r"(?:\s*通讯员(?:\s*[\u4e00-\u9fff·、]{2,4}){1,6})?)\s*(?=\d{1,2}月\d{1,2}日|近日|日前|近期|连日来|今年|昨天|昨日|今天)"
    r"|^(?P<agency3>(?:[\u4e00-\u9fff]{2,8}(?:报|网)\s+)?[^\s，。（(]{0,16}?(?:(?:社|网|报|台|新闻|客户端|频道)[^\s，。（(]{0,10}?(?:新媒体)?专?电|(?:社|网|报|台|新闻|客户端|频道|本)讯"
    r"|\d{1,2}日电|(?:社|网|报|台|新闻|客户端)\d{1,2}月\d{1,2}日报道(?=\s))(?![视话影力网台子脑商动气器池线]))\s*(?=[^\s])"
)
_PLACE_NEWS = re.compile(r"[\u4e00-\u9fff]{2,8}?消息[：:]\s*")  # 尼亚美消息：… after the dateline
_TODAY = re.compile(r"(?:今天|今日)[（(](?:(?P<year>(?:19|20)\d\d)年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日[）)]")
_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日(?:新媒体)?(?:专?电|讯|报道)")
# A headline and byline after the dateline of a feature: 题：柬埔寨青年在…迎新发展机遇中新社记者 杨强
_HEADLINE = re.compile(
    r"^题[:：]\s*[^。！？\n]{4,60}?\s*(?:[\u4e00-\u9fff]{2,8}?(?:社|网|报|台))?"
    r"(?P<by>记者\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)(?=[“\"\s（(])"
)
# A feature's dateline and headline on a line of their own: 中国侨网北京7月20日电 题：宽夫海伦：潜心制茶出香茗以茶交友促交流
_FEATURE_DATELINE = re.compile(
    r"^[^\s，。（(【]{1,16}?(?:社|网|报|台|新闻|客户端|频道)[^\s，。（(]{0,10}?\d{1,2}月\d{1,2}日电\s*题[:：]\s*(?P<headline>[^。！？]{4,60})$")
# a byline on a line of its own: 记者 金旭
_BYLINE_ALONE = re.compile(r"(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}){0,3}")
# the same with the reporter's name run into the text: 题：巴中文化大联谊：在新机遇中拓展新合作中新社记者 林春茵起如风;
# an interview's or a round-up's headline, labelled so: 专访：高质量是中国经济增长关键词——访…长谷川克之新华社记者钟雅日本…
_HEADLINE_GLUED = re.compile(r"^题[:：]\s*[^。！？\n]{4,60}?(?:[\u4e00-\u9fff]{2,8}?(?:社|网|报|台))?记者\s+(?=[\u4e00-\u9fff]{2})"
                             r"|^(?:专访|独家专访|综述|通讯|特稿|述评)[:：][^。！？\n]{4,80}?(?:新华社|中新社)记者\s*(?=[\u4e00-\u9fff]{2})")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# a line of its own that credits the writers (文图 湖北日报全媒记者 吴坚 通讯员 李重庆): the byline, out of the text
_BYLINE_LINE = re.compile(r"(?:(?:文图|图文|文|图)[\s/／:：]*)?(?:[\u4e00-\u9fff]{2,10}?)?(?P<by>"
                          + _BYLINE_ALONE.pattern + ")")
# a reporter's credit after the lead-in, closed by 报道, maybe after its writers: 记者施文郁报道7月26日…, 刁晓玉 姜存义 记者袁雪飞报道 …
_REPORTED = re.compile(r"(?P<writers>(?:(?:记者|通讯员)?(?!记者|通讯员)[\u4e00-\u9fff·]{2,4}\s+){1,4})?(?P<role>记者|通讯员)\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4}){0,3})\s*报道\s*")
# the headline of those two: what follows 题： up to the outlet's name (新华社, 中国侨网, 湖北日报…)
_HEADLINE_TEXT = re.compile(r"(?:题[:：]\s*)?(?P<text>[^。！？\n]{4,80}?)\s*"
                            r"(?:新华社|中新社|[\u4e00-\u9fff]{1,3}网|[\u4e00-\u9fff]{2,4}(?:日报|晚报|时报|电视台))?记者")
_DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "宇文")
# An agency's name after a headline run into the dateline: …取得实效新华社北京7月29日电
_AGENCY_INSIDE = re.compile(r"(新华社|中新社|新华网|中新网|人民网|央视网|光明网|[\u4e00-\u9fff]{2,4}(?:日报|晚报|时报|电视台))")
# What opens a report after its title: 据路透社8月4日报道，…, 当地时间8月4日，…, 本网讯 …
_LEAD_IN = re.compile(r"据[^，。]{1,20}?(?:报道|消息)|当地时间|(?:本网|本报|本台)讯")
# a provincial paper's lead-in with its reporter, run into a headline: …同期水平河北日报讯（记者方素菊）
_PAPER_LEAD_IN = re.compile(r"(?:黑龙江|内蒙古|[\u4e00-\u9fff]{2})(?:日报|晚报|时报|商报)讯(?=\s*[（(]\s*(?:记者|通讯员))")
# A dateline on a line of its own: 新华社曼谷11月19日电, 人民网北京8月1日电（记者 张三）
_DATELINE_LINE = re.compile(r"(?P<agency>[^\s，。（(【]{1,16}?(?:社|网|报|台|新闻|客户端|频道))[^\s，。（(]{0,10}?"
                            r"\d{1,2}月\d{1,2}日(?:新媒体)?专?电(?:\s*[（(](?P<by>[^（）()]{2,40})[）)])?")
# A paper's, agency's or site's name alone: 北京日报, 新华社, 人民网, 央视新闻客户端
_OUTLET_ALONE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:日报|晚报|时报|商报|早报|报|通讯社|新闻社|社|网|电视台|台|客户端|新闻)")
# An agency name inside a dateline: 新华社西宁7月27日电 → 新华社.
_AGENCY = re.compile(r"^(.{1,12}?(?:通讯社|社|网|报|台|电视台|客户端|新闻))")
# A source note glued to the end of the last paragraph: …。来源：澎湃新闻客户端流程编辑：tf028
_TRAILING_SOURCE = re.compile(
    # (中青报·中青网记者 胡春艳 来源：中国青年报: the reporter first)
    r"(?<=[。！？”])\s*(?:[\u4e00-\u9fff·]{0,12}?(?P<first>(?:实习|见习)?记者\s*[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4})*)\s+)?"
    r"(?:来源|稿源)[:：]\s*([^\s:：]{1,30}?)(?:[（(](?:ID|微信号|微信ID|公众号)[:：]?\s*[\w-]{1,30}[）)])?"  # 央视财经（ID：cctvyscj）
    # 来源：北京日报  记者 陈雪柠, 来源：北京日报 | 实习记者 夏骅
    r"(?:\s*[|｜/]?\s*(?P<by>(?:实习|见习)?(?:记者|作者)\s*[\u4e00-\u9fff·]{2,4}?(?:[ 、][\u4e00-\u9fff·]{2,4}?)*))?"
    r"(?:\s*(?:(?:流程|责任|本文)?编辑|监制|责编|审核|校对)[:：]\s*[^。！？：:\s]{1,12})*$"  # 监制：柯成韵本文编辑：戴苑君
)
# A writer's credit glued to the end of the last paragraph: …参加座谈。作者：湖北日报记者杨念明、张朋
_TRAILING_AUTHOR = re.compile(r"(?<=[。！？”])\s*(?:作者|撰稿)[:：]\s*(?P<by>[^。！？：:“”]{2,40})$")
# a byline that names the reporter's paper or agency first: 湖北日报记者杨念明 (the paper is the source)
_OUTLET_BYLINE = re.compile(
    r"(?P<outlet>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|早报|通讯社|新闻社|电视台|广播电视台))\s*(?=(?:实习|见习|特约)?(?:记者|通讯员))")
# A newspaper's citation after the last sentence: …。（本报里约热内卢7月19日电）《 人民日报 》（ 2023年07月20日 17 版）
_CITATION = re.compile(
    r"(?<=[。！？”）)])\s*(?:[（(]本报[^（）()]{1,16}电[）)])?\s*《\s*(?P<paper>[\u4e00-\u9fff]{2,8})\s*》\s*"
    r"[（(]\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第?\s*\d{1,2}\s*版)?\s*[）)]\s*$"
)
_SHARE_PROMPT = re.compile(r"分享让更多人看到\s*$")
# a chart's credit a dump ran into the next sentence: …有所下滑。来源：中国汽车流通协会流通协会指出，… (the organ's
# name ends at its first organ word, its site or a screenshot of it; the sentence after it stays), at a line's start
# too (图片来源：中华人民共和国最高人民法院在首个…) when a sentence follows (图片来源：马斯克社交媒体截图 is all credit), and one
# in brackets: …。（图片来源：韩联社）继7月21日…; a paper's screenshot likewise
_INLINE_CREDIT = re.compile(
    r"(?:(?<=[。！？”])|^)\s*(?:[（(](?:图片|图表|资料图?|题图|封面图片)来源[：:][^（）()。！？]{1,24}[）)]"
    r"|[^。！？\s，,：:“”（）()]{1,20}?报道截图(?!显示|称|中)"  # …地区。《华盛顿邮报》报道截图今年7月初，…
    r"|(?:(?:封面)?(?:图片|图表|数据|资料)?来源|图源)[：:][^，。！？：:“”\s]{2,24}?"
    r"(?:协会|学会|研究院|研究所|中心|统计局|局|部|委员会|委|院|公司|集团|网站|网|社|报|台|署|厅|办|银行|消防|公安)"
    r"(?:[（(][A-Za-z]{2,10}[）)])?(?:官网|网站)?(?:截图)?(?=[\u4e00-\u9fff“][^。！？]*?[，。！？])(?!官?网站?|站|截图|客户端))"
    r"(?!(?:客户端|网|APP)?\s*(?:实习|见习)?(?:记者|作者|(?:流程|责任)?编辑))"  # 来源：北京日报客户端 记者…: the source line
)
# 文/图/摄 are roles only on their own (文/图 张三, 记者 吴岳文 文), not as the last character of a name (吴岳文)
_BYLINE_ROLE = re.compile(r"(记者|通讯员|实习生|见习记者|特约记者|作者|(?<![\u4e00-\u9fff])(?:文图|图文|文|图|摄)(?![\u4e00-\u9fff]))[\s:：/／]*")


def clean(raw: RawDocument, cfg: BriefConfig, *, title: str | None = None, date: str | None = None) -> Article:
    """Turn a decoded document into an Article; ``title`` and ``date`` (YYYY-MM-DD) override the ones found in the
    text (a dateline such as 新华社北京4月15日电 gives no year, so no date: its 4月15日 is the article's ``day``)."""
    if raw.kind == "html":
        text, meta = _from_html(raw)
    else:
        text, meta = unmarked(_without_blobs(_mended(raw.text, raw.name))), {}
    text = normalize_text(text)
    if raw.kind == "html" and not re.search(r"\w", text):  # a page of a title, scripts or frames: Chinese, but no text
        raise ExtractionError(f"{raw.name}: no article text found after removing page chrome")
    _check_language(text, raw.name)
    given = normalize_text(title).strip() if title else ""
    # ↓↓↓ between two passages of a post: pictures followed there, and the passages are sentences and paragraphs of
    # their own
    text = _DOWN_ARROWS.sub(lambda m: "\n" if m.string[m.start() - 1] in "。！？”" else "。\n", text)
    article = _from_lines(text.split("\n"), raw.name, meta, given)
    if given:
        main, sub = _title_parts(given)
        article = replace(article, title=main, subtitle=sub)
    if date:
        article = replace(article, date=given_date(date), time=article.time if article.date == date else None)
    lines = article.body.split("\n")
    if not any(_SENTENCE_END.search(line) or len(HAN.findall(line)) >= _LINE_OF_TEXT for line in lines):
        # (no line that is a sentence: menu items such as 办事服务 / 互动交流 are all that is left)
        raise ExtractionError(f"{raw.name}: no article text found after removing page chrome")
    return article


_LINE_OF_TEXT = 10  # Chinese characters of a line without a stop that can be a text's sentence (a headline-like post)


_GIVEN_DATE = re.compile(
    r"(?P<y>\d{4})(?:(?P<m>\d{2})(?P<d>\d{2})|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})"
    r"|年(?P<m3>\d{1,2})月(?P<d3>\d{1,2})日)(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def given_date(text: str) -> str:
    """A date a user gave, as YYYY-MM-DD; written YYYY-MM-DD (or with / or .), YYYYMMDD or 2024年5月1日, a time of
    day after it ignored. InputError when it is no calendar date in such a form."""
    match = _GIVEN_DATE.fullmatch(text.strip())
    if match:
        parts = [next(match.group(g + k) for k in ("", "2", "3") if match.group(g + k)) for g in ("m", "d")]
        try:
            return datetime.date(int(match.group("y")), int(parts[0]), int(parts[1])).isoformat()
        except ValueError:
            pass
    raise InputError(f"date {text!r} is no calendar date written YYYY-MM-DD, YYYYMMDD or YYYY年M月D日")


def normalize_text(text: str) -> str:
    """Unicode NFC, invisible and control characters removed, spaces folded (none around a number set off in
    Chinese), ASCII punctuation by CJK made full-width."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _DELETED.search(text):
        text = text.translate(_DELETE)  # invisible, bidi and control characters, lone surrogates
    text = text.replace("\u3000", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACES.sub(" ", text)
    # each rewrite below is a whole-text regex pass: skip it when its trigger character is absent
    if any(ch in text for ch in _FULLWIDTH):
        text = _ASCII_PUNCT.sub(lambda m: _FULLWIDTH[m.group(1) or m.group(2)], text)
        if "（" in text and ")" in text:
            text = _HALF_CLOSED.sub(r"（\1）", text)  # 增长(%) at a line's end: the pair made alike
    if " " in text:
        text = _SPACED_NUMBER.sub(lambda m: m[1] or "", text)  # 7 月 18 日 → 7月18日, 3 户 10 人 → 3户10人
    if "." in text:
        text = _ASCII_STOP.sub("。", text)
        text = text.replace("...", "…") if "...." not in text else re.sub(r"\.{3,}", "…", text)
    if "。。。" in text:
        text = re.sub(r"。{3,}", "…", text)
    return _curly_quotes(text)


def _curly_quotes(text: str) -> str:
    """Straight double quotes inside Chinese lines become “ ” in turn; a term quoted the wrong way round where no
    quotation is open (引入”寻租“概念, 三年”16+1”机制) is quoted the right way. Corner brackets, as Hong Kong and Taiwan
    write quotations (李家超表示：「…。…。」), are the same marks: a quotation of several sentences is tracked, and its
    speaker told, however it is marked."""
    if "「" in text or "『" in text:
        text = text.translate(_CORNER_QUOTES)
    if "”" in text:  # (only in a line whose first mark closes: none is open there)
        text = "\n".join(_REVERSED_QUOTE.sub(r"“\1”", line) if _closes_first(line) else line for line in text.split("\n"))
    if '"' not in text:
        return text
    out = []
    for line in text.split("\n"):
        if line.count('"') % 2 and line.rstrip().endswith('"') and HAN.search(line):
            line = line.rstrip()[:-1]  # …所有参与主体": a quote left over from a CSV export closes nothing
        if line.count('"') >= 2 and HAN.search(line):
            line = re.sub(r'"{2,}(?=[^"])', '"', line)  # ""速生鸡"": a dump's doubled quotes are one each
            parts = line.split('"')
            line = parts[0] + "".join(("“" if i % 2 else "”") + part for i, part in enumerate(parts[1:], 1))
        out.append(line)
    return "\n".join(out)


_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def _closes_first(line: str) -> bool:
    """Whether the first curly double quote of ``line`` closes (”), so that no quotation is open where it stands."""
    close, opening = line.find("”"), line.find("“")
    return close >= 0 and (opening < 0 or close < opening)


# a closing mark after a word, then a term and a mark, no stop between: a term's quotes turned round
_REVERSED_QUOTE = re.compile(r"(?<=[\u4e00-\u9fff\w])”([^“”。！？，,；;：:\n]{1,12})[“”]")


def _mended(text: str, name: str) -> str:
    """Chinese text whose bytes were read as Latin-1 somewhere before brief (ÖÐ¹ú… for 中国…), read again as GB18030
    or UTF-8 when that gives common Chinese text; else ``text`` as it is."""
    sample = text[:_SAMPLE_CHARS * 2]
    latin = _latin1(sample)
    if latin < _LATIN_MIN or len(HAN.findall(sample)) * 10 > latin:
        return text
    for encoding in ("utf-8", "gb18030"):
        try:
            mended = text.encode("latin-1").decode(encoding)
        except UnicodeError:
            continue
        if len(HAN.findall(mended[:_SAMPLE_CHARS])) >= _GARBLED_MIN and not _rare(mended[:_SAMPLE_CHARS]):
            log.warning("%s: Chinese text read as Latin-1 somewhere before; read again as %s", name, encoding.upper())
            return mended
    return text


def _without_blobs(text: str) -> str:
    """A text's data: URIs and runs of ``_BLOB_CHARS`` or more ASCII without a space (an image's base64 a dump kept,
    a long link) gone: read as words, they gave keywords such as bz and Lw and figures such as 0kV."""
    if "data:" not in text and not _LONG_RUN.search(text):
        return text
    return _BLOB.sub("", text)


_BLOB_CHARS = 200
# (not across quotes or angle brackets: <img src="…"> keeps its tag, for ``unmarked`` to remove whole)
_LONG_RUN = re.compile(rf"(?<![!#-&(-;=?-~])[!#-&(-;=?-~]{{{_BLOB_CHARS},}}")  # (tried where a run starts: linear)
_BLOB = re.compile(r"data:[A-Za-z0-9.+-]{1,40}/[A-Za-z0-9.+-]{1,80}(?:;[A-Za-z0-9=.+-]{1,40})*,[A-Za-z0-9+/=%._-]*"
                   rf"|{_LONG_RUN.pattern}")


def unmarked(text: str) -> str:
    """A text's markup left from its page (a dump's or a record's <p>…</p>, &#65292; &nbsp; &ldquo;): simple tags gone,
    a block's a line break, and entities read (once more when escaped twice: &amp;nbsp;); other tags stay text."""
    if "<" in text:
        text = _TEXT_TAG.sub(lambda m: "\n" if m[1].lower() in _BLOCK_TAGS else "", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html_lib.unescape("&" + m[1]), text)
    return text


_TEXT_TAG = re.compile(r"</?(p|br|div|li|ul|ol|h[1-6]|section|article|blockquote|center|hr"  # blocks, then inline ones
                       r"|span|strong|em|b|i|u|a|img|font|sup|sub|small)\b[^<>]{0,500}>", re.I)
_BLOCK_TAGS = frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 section article blockquote center hr".split())
_ENTITY = re.compile(r"&(?:amp;)?(#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{1,31};)", re.I)


_LATIN_MIN = 40  # characters of U+0080–U+00FF in a sample that make a text look like bytes read as Latin-1


def _latin1(text: str) -> int:
    """How many of ``text``'s characters are of U+0080–U+00FF (Ö, Ð, ¹…): bytes read as Latin-1 leave them."""
    return len(_LATIN1.findall(text))


_LATIN1 = re.compile("[\x80-\xff]")


def _check_language(text: str, name: str) -> None:
    if len(list(islice(HAN.finditer(text), 4))) < 4:  # four are enough: no need to count them all
        if _latin1(text[:_SAMPLE_CHARS]) >= _LATIN_MIN:
            raise InputError(f"{name}: the text is garbled (bytes read as Latin-1?): it has no Chinese characters")
        raise InputError(f"{name}: no Chinese text found (brief reads Chinese news articles)")
    if KANA.search(text) and len(KANA.findall(text)) > 0.25 * len(HAN.findall(text)):
        raise InputError(f"{name}: this looks like Japanese, not Chinese")
    if _rare(text[:_SAMPLE_CHARS]) and _rare(simplified(text[:_SAMPLE_CHARS])):  # Traditional text: read as Simplified
        raise InputError(f"{name}: the text is garbled (decoded with the wrong encoding?): few of its characters "
                         "are common Chinese ones")


def _rare(sample: str) -> bool:
    """Whether at least ``_GARBLED_MIN`` Chinese characters hold under ``_GARBLED_SHARE`` common ones: the sample's
    code points looked up in one table (``_hanzi_kinds``), not each character tested in Python."""
    import numpy as np  # (here: the renderer reads this module without numpy)

    kinds = _hanzi_kinds()
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    found = kinds[np.minimum(codes, len(kinds) - 1)]
    han = int(np.count_nonzero(found))
    return han >= _GARBLED_MIN and int(np.count_nonzero(found == _COMMON)) < _GARBLED_SHARE * han


# Real Chinese text has 40-60% of its characters among the ~500 most common (the dev articles: at least 40%); text
# decoded with the wrong encoding (UTF-8 read as GBK, random bytes) 1-2%.
_SAMPLE_CHARS = 800
_GARBLED_MIN = 40
_GARBLED_SHARE = 0.15


@cache
def _common_hanzi() -> frozenset[str]:
    text = resources.files("brief").joinpath("data/common_hanzi.txt").read_text(encoding="utf-8")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#") for ch in line.strip())


_COMMON = 2


@cache
def _hanzi_kinds():
    """What each code point up to the last Chinese one is, and one more entry for any above: 0 no Chinese character
    (``HAN``), 1 a Chinese one, ``_COMMON`` a common one (``_common_hanzi``)."""
    import numpy as np

    kinds = np.zeros(_HAN_RANGES[-1][1] + 2, dtype=np.uint8)
    for first, last in _HAN_RANGES:
        kinds[first: last + 1] = 1
    kinds[[ord(ch) for ch in _common_hanzi() if HAN.fullmatch(ch)]] = _COMMON
    return kinds


# Navigation bars and breadcrumbs: 首页 | 登录 | 注册, 首页 > 新闻中心 > 正文 (short items, no digits).
_NAV_SEPARATOR = re.compile(r"\s*[|｜>»›]\s*")


def _is_navigation(line: str) -> bool:
    parts = [part.strip() for part in _NAV_SEPARATOR.split(line) if part.strip()]
    return ((len(parts) >= 3 or len(parts) == 2 and parts[0] == "首页")  # 首页 | 政务公开: two items after home
            and all(len(part) <= 8 and not re.search(r"\d", part) for part in parts))


_DATED_LINK = re.compile(r"(?:[-·•]\s*)?[^。；]{6,60}?\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?")


def _is_chrome(line: str) -> bool:
    if not re.search(r"\w", line):
        return True  # ＊＊＊＊, ———: a rule, no text
    if _CHROME_FRAGMENT.search(line) or _is_navigation(line) or _is_link_item(line) or _DATED_LINK.fullmatch(line):
        return True
    site = len(_SITE_FRAGMENT.findall(line))
    if site:
        sentence = len(line) > 30 and _is_short_sentence(line.rstrip("”\"」）)"))
        return site > 1 or not sentence  # 主办单位：…，技术支持：…。 is a footer however it ends
    return len(line) <= 40 and (bool(_CHROME_LINE.match(line)) or _side_by_side(line))


# 【字体：大 中 小】: the sizes a page offers; a line's items of chrome set apart by spaces or 【】 (打印本页 关闭窗口)
_FONT_SIZES = re.compile(r"【?字[体号][:：]\s*大\s*中\s*小\s*】?")
_ITEM_SPLIT = re.compile(r"[\s【】\[\]]+")


def _side_by_side(line: str) -> bool:
    """Whether the line is items of chrome side by side (【字体：大 中 小】 打印本页 关闭窗口; 【我要纠错】 【打印】 【关闭】)."""
    parts = [part for part in _ITEM_SPLIT.split(_FONT_SIZES.sub(" 字号 ", line)) if part]
    return len(parts) >= 2 and all(_CHROME_LINE.match(part) for part in parts)


# the bullet of a page's list of links (相关新闻: ·北京发布首批环保“黑名单”), not of a sentence; □ and ■ open columns
# and sections of the text (□ 马树娟近日，…)
_LINK_BULLET = re.compile(r"[·•▪・‧◦‣⁃]\s*(?=\S)")


def _is_link_item(line: str) -> bool:
    """A bullet, then a headline with no sentence's stop: an item of a list of links (·新环保法实施百日 罚款逾亿元; a
    headline's inner ！ as in ·服务乡村振兴！5000名志愿者出征, but not · 会议要求，各地要加强监管。)."""
    bullet = _LINK_BULLET.match(line)
    return bool(bullet) and _title_length(line[bullet.end():]) and not re.search(r"[。；;…]|[！？!?，,：:]$", line)


# What closes a story on a page: its （完） after the last sentence, the editor's line below it (【纠错】 责任编辑：刘畅,
# [责任编辑：王雪]); a page dump goes on with links, other stories, the footer
_STORY_DONE = re.compile(r"(?<=[。！？”）)])\s*[（(]完[）)]")
_STORY_FOOTER = re.compile(r"(?:^|(?<=[。！？”]))\s*(?=【纠错】|[【\[]?(?:责任编辑|责编)\s*[:：])")


_CUT_SHORT = re.compile(r"(?<=[\u4e00-\u9fff])(?:…|\.\.\.)$")  # a headline a list cut short: …减贫领…


def _is_heading(line: str) -> bool:
    """A short line with no sentence punctuation: a title, subtitle or section heading (cut short with … by the
    page that listed it: …加强粮食安全和减贫领…)."""
    if not _title_length(line) or line.endswith(("，", "：")):
        return False
    # an exclamation or question in a short title is fine (服务乡村振兴！5000名志愿者出征; …英美失望“达到顶峰”？)
    line = _CUT_SHORT.sub("", line)
    inner = line.rstrip("。") if len(line) > 40 else re.sub(r"[！？!?]", "", line.rstrip("。"))
    return not _SENTENCE_END.search(inner)


def _is_headline(line: str) -> bool:
    """A page's first line that ends no sentence: a long headline with commas or a quotation (…时被抓 “看电影时…”)."""
    return _title_length(line) and not re.search(r"[。！？；;…]", line) and not line.endswith(("，", "：", ",", ":"))


def _title_length(line: str) -> bool:
    """Short enough for a title: 80 characters (关于…的实施意见), or 120 in parts set apart by spaces, none over 40
    (引题 主题 副题: 中共中央政治局召开民主生活会强调 锲而不舍落实中央八项规定精神 以优良作风凝心聚力真抓实干 …)."""
    parts = line.split()
    return len(line) <= 80 or (len(line) <= 120 and len(parts) > 1 and max(map(len, parts)) <= 40)


def _is_info_line(line: str) -> bool:
    """A page's info line however long (发布时间：2025-11-20 10:00 来源：市应急管理局 浏览次数：123 【字体：大 中 小】 【打印】):
    two of its fields or more and no sentence punctuation."""
    return len(line) <= _INFO_LINE_CHARS and len(_META_LINE.findall(line)) >= 2 and not re.search(r"[。！？，；]", line)


_INFO_LINE_CHARS = 160


def _is_short_sentence(line: str) -> bool:
    """A line too short for a paragraph that is still a sentence of the text: clauses, and a full stop at its end."""
    return line.endswith(("。", "！", "？")) and "，" in line


def _is_paragraph(line: str) -> bool:
    """Body text: long, or sentence punctuation and either a sentence end or more than a title's length.

    A title may carry a comma or an exclamation inside (服务乡村振兴！5000名…志愿者出征), not at its end.
    """
    if len(line) >= 60:
        return True
    return len(line) >= 24 and bool(re.search(r"[。！？，；]", line)) and (len(line) > 40 or line[-1] in "。！？；…”\"」")


def _from_lines(lines: list[str], name: str, meta: dict[str, str | None], given_title: str = "") -> Article:
    """Find the body, title and metadata in cleaned lines of a page dump (``given_title``: the record's own)."""
    lines = [line.strip() for line in lines]
    date = meta.get("date")
    clock = None
    sources: list[str] = [meta["source"]] if meta.get("source") else []
    kept: list[str] = []
    ends: list[int] = []  # where in ``kept`` a story closed (…土豆制品。（完） / 【纠错】 责任编辑：刘畅)
    lines = _dateline_over_lead([part for line in lines for part in _split_at_story_end(line)])
    alone_byline = lone_dateline = None
    for at, line in enumerate(lines):
        if line is None:
            ends.append(len(kept))
            continue
        if not line:
            continue
        alone = _BYLINE_LINE.fullmatch(line) if len(line) <= 40 else None
        if alone:
            alone_byline = alone_byline or " ".join(alone["by"].split())
            continue
        probe = simplified(line) if len(line) <= 80 else line  # 來源：中央通訊社 read as 来源：…, the name as written
        if _DATELINE_LINE.fullmatch(probe):  # 新华社曼谷11月19日电 over no paragraph: the source and day, no heading
            lone_dateline = lone_dateline or probe
            continue
        found = _SOURCE.match(probe)
        if found and not _more_fields(probe, found.start(1)):  # (信息来源：湖北日报 发布日期：…: the info line, below)
            sources.append(line[found.start(1) : found.end(1)].strip())
            continue
        short = len(line) <= 80 and not _is_paragraph(line)
        paper = _MASTHEAD_PAPER.match(probe) if short else None
        if paper and (paper.end() < len(probe) and not _SENTENCE_END.search(probe) or any(
                _masthead(after) is not None for after in lines[at + 1: at + 2] if after)):
            # 证券时报电子报实时通过手机APP…, 北京日报 over 2023年08月15日 星期二: an e-paper's masthead, its paper the source
            sources.append(line[: paper.end("paper")])
            continue
        edition = _masthead(line) if short and _EDITION.search(line) else None
        if edition is not None:  # 北京日报 2023年08月16日 第3版, 证券时报 A002版, 第A05版：经济: the paper, the day
            if (dated := _DATE.search(_arabic_dates(probe))) and date is None:
                date, clock = _format_date(dated)
            sources += [edition] if edition else []
            continue
        dated = _DATE.search(_arabic_dates(probe)) if short else None  # (二〇二四年十一月十五日, 民国113年11月22日 too)
        if short and (_META_LINE.search(probe) or dated) or _is_info_line(probe):
            dated = dated or _DATE.search(_arabic_dates(probe))  # (a long info line)
            if dated and date is None:
                date, clock = _format_date(dated)
            inline, author = _INLINE_SOURCE.search(probe), _INLINE_AUTHOR.search(probe)
            if inline:
                sources.append(line[inline.start(1) : inline.end(1)])
            elif outlet := _masthead(line):  # 新华社 2022-11-19 21:48: a share's source and time
                sources.append(outlet)
            if author and not meta.get("author"):
                meta = {**meta, "author": line[author.start(1) : author.end(1)]}
            continue
        writer = _CREDIT_LINE.match(line) if len(line) <= _CREDIT_LINE_CHARS else None
        if writer:  # 文/陈梦莹 通讯员/…办 图片：通讯员供图: a line of credits, the writer first
            if not meta.get("author"):
                role = re.sub(r"[\s/／]", "", writer["role"] or "文")  # 文/图 → 文图
                meta = {**meta, "author": f"{role} {' '.join(writer['names'].replace('、', ' ').split())}"}
            continue
        line = _strip_photos(line)
        if not line:
            continue
        line = _INLINE_CREDIT.sub("", _SHARE_PROMPT.sub("", line))
        credited = _TRAILING_AUTHOR.search(line) if "作者" in line or "撰稿" in line else None
        if credited:
            if not meta.get("author"):
                meta = {**meta, "author": credited["by"].strip()}
            line = line[: credited.start()].rstrip()
        trailing = _TRAILING_SOURCE.search(line)
        if trailing:
            sources.append(trailing.group(2))
            by = trailing["by"] or trailing["first"]
            if by and not meta.get("author"):
                meta = {**meta, "author": " ".join(re.sub(r"记者(?=\S)", "记者 ", by).split())}
            line = line[: trailing.start()].rstrip()
        cited = _CITATION.search(line)
        if cited:
            sources.append(cited["paper"])
            date = date or _format_date(_DATE.search(cited["date"]))[0]
            line = line[: cited.start()].rstrip()
        if _is_chrome(line):
            continue
        kept.extend(_split_subheadings(line))
    first_body = next((i for i, line in enumerate(kept) if _is_paragraph(line)), None)
    if first_body is None:
        if not kept:
            raise ExtractionError(f"{name}: no article text found after removing page chrome")
        first_body = 0 if not _is_heading(kept[0]) or len(kept) == 1 else 1
    elif first_body == 0 and len(kept) > 1 and _is_headline(kept[0]) and _is_paragraph(kept[1]):
        first_body = 1  # 万达集团首席副总裁刘海波被公安机关带走，加入万达13年，目前名下仅1家企业为存续状态
    while first_body > (0 if given_title else 1) and _is_short_sentence(kept[first_body - 1]):
        first_body -= 1  # 李强同马来西亚总理会谈 / 欢迎仪式后，李强同安瓦尔举行会谈。: the second line opens the text
        # (and the first, when the title is given: it is no headline then)
    feature = next((k for k, line in enumerate(kept[:first_body]) if _FEATURE_DATELINE.match(line)), None)
    if feature is not None:  # 中国侨网北京7月20日电 题：宽夫海伦：…, 记者 金旭: a feature's dateline, headline and byline
        first_body = feature
        meta = {**meta, "title": meta.get("title") or _FEATURE_DATELINE.match(kept[feature])["headline"]}
    title, subtitle = _pick_title(kept[:first_body], meta.get("title"))
    trusted = meta.get("trusted_title")
    if trusted and _shared_bigrams(title, normalize_text(trusted)) < 0.5:  # 有效, a breadcrumb, a caption, a byline
        title, subtitle = _title_parts(normalize_text(trusted))
    # the first close after the text began ends it: what follows is the page's (links, another story, the footer)
    body_lines = kept[first_body: next((end for end in ends if end > first_body), None)]
    # A heading identical to the title inside the body is not a sentence.
    body_lines = [ln for ln in body_lines if ln.replace(" ", "") not in {title.replace(" ", ""), (subtitle or "").replace(" ", "")}]
    body_lines = _unglue_title(body_lines, given_title or title)
    body_lines = [_LABEL.sub(r"\g<1>：", part) for line in body_lines for part in _unglue_subheadings(line)]
    guessed = False  # a title read off the words run into the lead: an editor's note of the original title is better
    if not (given_title or title) and body_lines and (cut := _headline_run_in(body_lines[0]) or _source_run_in(body_lines[0])):
        title, body_lines, guessed = body_lines[0][:cut], [body_lines[0][cut:], *body_lines[1:]], True
    run_in = _RUN_IN_HEADING.match(body_lines[0]) if body_lines else None
    if run_in:  # 国家防总启动…应急响应 / 调度部署…应对工作本网讯 …: the subtitle run into the lead-in (the title of an untitled text)
        if given_title or title:
            subtitle = subtitle or run_in.group(1)
        else:
            title, guessed = run_in.group(1), True
        body_lines = [body_lines[0][run_in.end():], *body_lines[1:]]
    first = body_lines[0] if body_lines else ""
    body_lines, byline, agency, headline = _strip_dateline(body_lines)
    column = _COLUMN_MARK.match(body_lines[0]) if body_lines and not byline else None
    if column and (name := _run_in_name(body_lines[0], column.end(), person=True)):  # □ 马树娟近日，…: a columnist
        byline, body_lines = name, [body_lines[0][column.end() + len(name):], *body_lines[1:]]
    told_from = _PLACE_NEWS.match(body_lines[0]) if body_lines and body_lines[0] != first else None
    if told_from and len(body_lines[0]) > told_from.end() + 10:  # 尼亚美消息：尼日尔政变军人…: where the news came from
        body_lines = [body_lines[0][told_from.end():], *body_lines[1:]]
    lead = first[: len(first) - len(body_lines[0])] if body_lines and first.endswith(body_lines[0]) else ""
    lead = first if feature is not None else lead  # the feature's dateline was a line of its own
    if lone_dateline and not lead:
        lead, alone = lone_dateline, _DATELINE_LINE.fullmatch(lone_dateline)
        agency = agency or alone["agency"]
        named = _BYLINE_ALONE.search(alone["by"] or "")
        byline = byline or (" ".join(named[0].split()) if named else None)
    dated = _DATELINE_DAY.search(simplified(lead)) if date is None else None  # 新华社北京8月18日电 (…電): the day, no year
    day = _month_day(dated[1], dated[2]) if dated else None
    if body_lines and (caption := _caption_before_time(body_lines[0], "\n".join(body_lines))):
        body_lines = [body_lines[0][caption:], *body_lines[1:]]
    closing = _strip_closing_marks(body_lines)
    body_lines, byline, original_title = closing.lines, byline or closing.byline, closing.title
    day = day or (closing.day if date is None else None)
    today = _TODAY.match(body_lines[0]) if body_lines and date is None and day is None else None
    if today:  # 今天（2026年2月2日）是第30个“世界湿地日”: the text names its own day
        with suppress(ValueError, TypeError):  # (2月30日: no day; no year: the day alone)
            date = datetime.date(int(today["year"]), int(today["month"]), int(today["day"])).isoformat()
        day = None if date else _month_day(today["month"], today["day"])
    if agency and not sources:
        sources.append(agency)
    if closing.source and not sources:
        sources.append(closing.source)
    byline = byline or alone_byline or meta.get("author")
    paper = _OUTLET_BYLINE.match(byline or "")
    if paper and not sources:  # 作者：湖北日报记者杨念明、张朋: the reporter's paper printed it
        sources.append(paper["outlet"])
        byline = byline[paper.end("outlet"):]
    if not sources and meta.get("site"):
        sources.append(meta["site"])  # the site that printed it, when the page names no 来源
    if not body_lines:
        raise ExtractionError(f"{name}: no article text found after removing page chrome")
    body = "\n".join(body_lines)
    if not title and headline:
        title, subtitle = _title_parts(headline)  # 专访：…——访…: the feature's headline and its subtitle
    if not title or (guessed and original_title):
        # (the record's own title replaces it in ``clean``: then no first sentence is cut to make one)
        title = original_title or ("" if given_title else _fallback_title(body))
    return Article(
        title=title.rstrip("。"),  # 欢迎仪式后，李强同佩通坦举行会谈。: a first line that ends a sentence, no headline's stop
        subtitle=subtitle,
        body=body,
        date=date,
        time=clock,
        day=day,
        source=_join_sources(sources),
        byline=byline,
        name=name,
    )


def _dateline_over_lead(lines: list[str | None]) -> list[str | None]:
    """``lines`` with a dateline on a line of its own run into the paragraph it opens: 新华社曼谷11月19日电 / 当地时间11月
    19日中午，… → 新华社曼谷11月19日电 当地时间11月19日中午，… (the lead-in is read there: agency, day, reporters)."""
    out: list[str | None] = []
    for line in lines:
        if line == "":
            continue
        above = out[-1] if out else None
        if above and line and len(above) <= 60 and _DATELINE_LINE.fullmatch(simplified(above)) and _is_paragraph(line):
            out[-1] = f"{above} {line}"
        else:
            out.append(line)
    return out


def _masthead(line: str) -> str | None:
    """The outlet a line of a date or page gives with nothing else (新华社 2022-11-19 21:48, 北京日报 2023年08月16日 第3版,
    证券时报 A002版 → the name; 2023年08月15日 星期二, 第A05版：经济 → ""), else None."""
    rest = _EDITION.sub(" ", _WEEKDAY.sub(" ", _DATE.sub(" ", line))).strip(" |｜/·")
    if rest == line.strip():
        return None
    return rest if not rest or _OUTLET_ALONE.fullmatch(simplified(rest)) else None


_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_EDITION = re.compile(r"第?\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]\s*[\u4e00-\u9fff]{1,8})?")  # 第3版, A002版, 第A05版：经济
# a paper's name heading its e-paper (北京日报 over its date; 证券时报电子报实时通过手机APP…)
_MASTHEAD_PAPER = re.compile(r"(?P<paper>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|早报|报))(?:$|(?:电子报|电子版|数字报))")


def _more_fields(line: str, at: int) -> bool:
    """Whether a line that opens with 来源 goes on with a date or another field after it (来源：枝江市融媒体中心 作者：李小燕
    发布时间：2023年07月12日, 信息来源：湖北日报 发布日期：2023-08-16 10:30, 来源：中国新闻网 2023年07月27日09:12): a page's
    info line, whose date and author the source's name must not take in."""
    return len(_META_LINE.findall(line)) >= 2 or bool(_DATE.search(_arabic_dates(line[at:])))


def _split_at_story_end(line: str) -> list[str | None]:
    """``line`` in parts, None where a story's closing marks end it: …制品。（完）相关新闻: → ['…制品。（完）', None,
    '相关新闻:']; 【纠错】 责任编辑：刘畅 → [None, '【纠错】 责任编辑：刘畅']."""
    cuts = sorted({m.end() for m in _STORY_DONE.finditer(line)} | {m.start() for m in _STORY_FOOTER.finditer(line)})
    parts: list[str | None] = []
    for begin, cut in zip([0, *cuts], cuts):
        parts += [line[begin:cut].strip(), None]
    parts.append(line[cuts[-1] if cuts else 0:].strip())
    return [part for part in parts if part != ""]


def _pick_title(lines: list[str], meta_title: str | None) -> tuple[str, str | None]:
    """The heading block nearest the body (main line plus a ——subtitle line), or an earlier heading that holds it
    whole (陈文清…时强调：贯彻以人民为中心的发展思想 推动… above its 引题 and 主题 lines), else the page title.

    A headline laid out over lines with no —— line (``_layout``) gives its 主题 as the title and its 引题 as the
    subtitle: 习近平在瞻仰延安革命纪念地时强调 / 弘扬伟大建党精神和延安精神 / 为实现…而团结奋斗 → 弘扬伟大建党精神和延安精神
    ——习近平在瞻仰延安革命纪念地时强调 (the 引题 says who or what is behind the main line, as a 简报's 副题 does)."""
    headings = [h for h in lines if _is_heading(h)]
    blocks: list[list[str]] = []
    for line in headings:
        if line.startswith(("——", "--", "—")) and blocks:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    if blocks:
        block = blocks[-1]
        # a headline given whole, then again in the lines of its layout (引题 / 主题): the whole one
        whole = next((line for line in headings if block[0] in line and len(line) > len(block[0])), None)
        if whole and not (len(block) > 1 and block[1] in whole):
            return _title_parts(whole)
        sub = block[1].lstrip("—- ").strip() if len(block) > 1 else None
        main, split_sub = _title_parts(block[0])
        if sub or split_sub:
            return main, sub or split_sub
        return _layout(lines[: len(lines) - lines[::-1].index(block[0])], main)
    if meta_title:
        return _title_parts(normalize_text(meta_title))
    return "", None


def _layout(lines: list[str], main: str) -> tuple[str, str | None]:
    """The title and subtitle of a headline over lines that ends ``lines`` (its last line gave ``main``) and has no
    —— line: 引题 / 主题 / 副题 → the 主题 and the 引题 (习近平在…时强调 / 弘扬伟大建党精神和延安精神 / 为实现…而团结奋斗);
    引题 / 主题 → the 主题 and the 引题 (上半年净利润同比增长118% / 全聚德实现扭亏为盈). A 引题 is a heading right above,
    no site's, column's or paper's name, date or chrome (人民网, 高层动态, 第A05版：经济)."""
    above = []
    for line in reversed(lines[:-1][-2:]):
        if not _is_kicker(line) or line.replace(" ", "") == lines[-1].replace(" ", ""):  # (the headline twice over)
            break
        above.insert(0, line)
    if len(above) == 2:  # 引题 / 主题 / 副题
        return _title_parts(above[1])[0], above[0]
    return main, above[0] if above else None


def _is_kicker(line: str) -> bool:
    """Whether a heading may be a 引题 or 主题 line of a headline's layout (聚焦高质量发展; not 人民网, 高层动态, 第A05版：经济,
    2023年08月15日 星期二, 人民网>>时政, a menu: 首页 政务 新闻, a site's owner: 武汉市蔡甸区人民政府, 枝江市融媒体中心主办)."""
    return (_is_heading(line) and len(HAN.findall(line)) >= 6 and len(line) <= 40 and not line.startswith(("—", "-"))
            and not re.search(r"\s", line) and not _NAV_SEPARATOR.search(line) and not _DATE.search(line)
            and not _OUTLET_ALONE.fullmatch(simplified(line)) and not _SITE_OWNER.search(simplified(line))
            and not _is_chrome(line))


_SITE_OWNER = re.compile(r"(?:主办|承办|网站|门户|政府|中心|委员会|频道|栏目|专题|专栏|客户端|公众号|官网|[网报台社局厅委办部院馆站])$")


_ORIGINAL_LABEL = re.compile(r"^(?:原标题|原题)\s*[:：]\s*")
# A column name before the headline: 【新时代新征程新伟业——实干笃行】江苏：政府牵引多方联动 壮大新兴产业
_COLUMN_TAG = re.compile(r"^[【\[]([^】\]]{1,30})[】\]]\s*")


# a feed's call for clicks around the headline: 突发！…被拘留→, 重磅！…, …↓
_ALARM = re.compile(r"^(?:突发|重磅|刚刚|紧急|快讯|速看|最新)[！!：:｜|]\s*")
_BOOK_TITLE_REACH = 64  # characters of a first sentence a title may run to, to close a document's name
_DOWN_ARROWS = re.compile(r"(?<=[\u4e00-\u9fff。！？”])[↓⬇👇]{2,}(?=[\u4e00-\u9fff“])")
_POINTING_ARROWS = re.compile(r"\s*[→↓⬇👇]+$")


def _title_parts(title: str) -> tuple[str, str | None]:
    """主标题 and 副标题 of a title: split at ——, after dropping a leading 【column】 tag and a feed's call for clicks
    (突发！, a closing →)."""
    title = _ORIGINAL_LABEL.sub("", title.strip())  # 原标题：…——…: the original headline, without its label
    tag = _COLUMN_TAG.match(title)
    if tag and len(title) - tag.end() >= 6:
        title = title[tag.end() :]
    bare = _POINTING_ARROWS.sub("", _ALARM.sub("", title))
    if len(HAN.findall(bare)) >= 6:
        title = bare
    main, _, sub = title.partition("——")
    if not main.strip() or main.count("“") > main.count("”"):
        return title, None  # 举办“茶和天下——风雅茶事…”: the dash is inside a quotation
    return main.strip(), sub.strip().lstrip("—").strip() or None


def _fallback_title(body: str) -> str:
    """The first sentence, for articles without a title: without the clauses that only frame it (当地时间11月21日，
    据日本经济新闻报道，…), headed by the person whose words it gives (谢锋…表示，近期，… → 中国驻美国大使谢锋：…),
    cut at a clause boundary outside brackets and quotes (not inside a list, nor after a clause that ends on a verb of
    saying or has no verb) near 40 characters; a question keeps its mark. (A headline run into the source of the lead,
    …首次引进据索尼哥伦比亚影片公司消息，…, is cut from the body as the title first.)"""
    answer = _ANSWER.search(body) if QUESTION_PUT.match(body) else None
    if answer:
        body = body[answer.end():]  # 问：菲方称，…？答：仁爱礁历来是…: the title is the answer's, not the question's claim
    body = _LIST_MARK.sub("", body, count=1)  # 1、女性不仅…: no item number in a title
    first = _SO_CALLED.sub("", re.match(r"[^。！？；\n]*[。！？；]?", body).group().strip())
    asked = first.endswith(("？", "?"))
    first = first.rstrip("。！？；?")
    clauses = re.split(r"(?<=[，,])", first)
    who = purpose = None
    while len(clauses) > 1:
        clause = clauses[0].rstrip("，,")
        who = who or speech_head(clause)
        if (not (who and clause.startswith(who)) and not (purpose and _PURPOSE_GOES_ON.match(clause))
                and (not (FRAME_CLAUSE.match(clause) or _TITLE_FRAME.fullmatch(clause)) or _CLAIMED.fullmatch(clause))):
            break  # (菲律宾海岸警卫队称，…: a side's claim keeps who claims it)
        if len(clause) > 2 * len("".join(clauses[1:])):
            break  # 在“穗好办”APP报名学车即可领取…补贴，学费由第三方存管: the news is no frame of a short afterthought
        purpose = purpose or _PURPOSE.match(clause)  # 为深入学习…，贯彻落实…，中央宣传部…: the purpose goes on
        clauses.pop(0)
    first = _OFFICE_CHAIN.sub(r"\g<first>", _STANDING_OFFICES.sub("", _ISSUE.sub("", "".join(clauses))))
    head = f"{who}：" if who else ""
    # (…拿着电商颁发的“产品包销证书”，喜上眉梢: a short last clause is the news, not a part to cut)
    if len(first) <= 40 or len(first) <= 48 and len(re.split(r"[，,]", first)[-1]) <= 8:
        return head + (first[1:] if first.startswith("“") and "”" not in first else first) + ("？" if asked else "")
    quoted = first.startswith("“") and "”" not in first[:41]  # opened by words quoted at length: cut inside them
    found = [m for m in re.finditer(r"[，：]|——", first[:41]) if _outside_marks(first[quoted: m.start()])]
    marks, after = [m.start() for m in found], [m.end() for m in found]
    # not after a clause that only leads on (…不少小朋友的作品，接下来 / ，作品将陆续刊登) or says who speaks (…公开起诉书称)
    cuts = [cut for k, cut in enumerate(marks) if cut >= 10
            and not LEADS_ON.fullmatch(first[after[k - 1] if k else 0: cut])
            and not _SAID_LAST.search(first[:cut]) and not _frames_only(first[after[k - 1] if k else 0: cut])
            and not (_OPEN_CLAUSE.search(first[after[k - 1]: cut]) if k else _OPEN_END.search(first[:cut]))
            and (not k or _has_verb(first[after[k - 1]: cut]))]
    if cuts:
        title = first[: cuts[-1]]
    else:
        end = _word_end(first, 40)
        opened = first.rfind("《", 0, end)
        close = first.find("》", end) if opened != -1 and first.find("》", opened) >= end else -1
        if 0 <= close < _BOOK_TITLE_REACH:
            end = close + 1  # …共同发布《华侨华人蓝皮书：华侨华人研究报告（2022）》: a document's name is not cut inside
        title = first[:end].rstrip("（(“《、") + ("…" if end < len(first) else "")
    if title.startswith("“") and "”" not in title:
        title = title[1:]  # “今年上半年，全区能耗强度下降3.5%以上，…: words quoted, cut before the quotation closes
    return head + title


# a title keeps a person's first office of several (中共中央总书记、国家主席、中央军委主席习近平 → 中共中央总书记习近平;
# 应急管理部副部长、水利部副部长王道席) and no journal's issue (11月1日出版的第21期《求是》杂志发表…)
_OFFICES = "总书记|主席|总统|总理|首相|委员长|部长|大使|书记|省长|市长|县长|区长|局长|厅长|主任|院长|校长|行长|秘书长|司令员|政委|董事长"
_OFFICE_CHAIN = re.compile(rf"(?P<first>[\u4e00-\u9fff]{{0,12}}?(?:{_OFFICES}))"
                           rf"(?:、[\u4e00-\u9fff]{{1,12}}?(?:{_OFFICES}))+"
                           r"(?=[\u4e00-\u9fff]{2,4})")
# a member of the Politburo Standing Committee, whom a headline names without offices (赵乐际同…座谈, 李强主持召开…):
# 中共中央政治局常委、全国人大常委会委员长赵乐际23日下午同… would take a title's room before what he did
_STANDING_OFFICES = re.compile(rf"^(?:中共)?中央政治局常委(?:、[\u4e00-\u9fff]{{1,16}}?(?:{_OFFICES}))*(?=[\u4e00-\u9fff]{{2,4}})")
_ISSUE = re.compile(r"^(?:\d{1,2}月\d{1,2}日)?出版的第\d{1,3}期(?=《)")
_SO_CALLED = re.compile(r"[（(]以下简称[^（）()]{1,20}[）)]")  # 《湖北省智慧小区建设指引》（以下简称“指引”）
# frames of a title's first sentence beside ``FRAME_CLAUSE``: 自7月20日起至7月31日, 记者从哈尔滨工业大学获悉
_TITLE_FRAME = re.compile(r"(?:自|从)[^，,]{1,16}?(?:起|开始)(?:[至到][^，,]{1,12})?|[^，,]{0,24}?获悉|眼下|如今|当下|现如今"
                          r"|(?:当地时间[^，,]{0,12}?)?应[^，,]{2,40}?(?:的)?(?:邀请|之邀)")  # 应…总统…邀请: whose guest, not what
_PURPOSE = re.compile(r"为了?(?!期|此|何)|旨在")
_PURPOSE_GOES_ON = re.compile(r"(?:深入|全面|进一步|更好地?|切实|认真|最大程度|最大限度)?(?:贯彻|落实|推动|推进|加快|促进|加强|"
                              r"提升|满足|保障|助力|服务|学习|宣传|弘扬|提高|增强|引导|营造|丰富|减小|减少|降低)")
_ANSWER = re.compile(rf"(?:^|[。！？?\s]){ANSWER_PUT.pattern}")
# a clause of a side's or a rumour's claim (菲律宾海岸警卫队和武装部队称, 乌克兰官员当地时间2日称, 有消息称), not a
# paper's report or a document (…报道称, 援引…, 发布公告称) nor a name (素有“神探”之称)
_CLAIMED = re.compile(r"(?![^，,]*(?:报道|援引|公告|通报|通知|声明))[^，,]{2,24}?(?<!之)(?:声称|宣称|警告称|透露|指控|称)")


def _has_verb(clause: str) -> bool:
    """Whether a title's later clause says something: it has a verb, an idiom, an adjective, an adverb or a preposition
    (jieba tags 严守 a, 开绿灯 n), or ends on a figure (数字资源918.2TB, 最大风力15级); …迎来新进展，中国人民银行31个省份…
    分行 ends on a subject whose verb comes after the cut."""
    tags = tagged(clause)[1]
    return bool(tags) and (tags[-1] in ("m", "q", "eng") or any(tag[:1] in _PREDICATE_TAGS for tag in tags))


_PREDICATE_TAGS = frozenset("viladp")


def _frames_only(clause: str) -> bool:
    """Whether a title's last clause only frames what comes after it: a time, a cause (``_CAUSE_OR_TIME``) or another
    frame (``FRAME_CLAUSE``): 北京时间8月11日17时50分, 由于波兰要求…禁令, …在发布…政策简报时."""
    return bool(_CAUSE_OR_TIME.fullmatch(clause) or _INVITED.fullmatch(clause)
                or FRAME_CLAUSE.match(clause) and not SAID_AT_END.search(clause))
    # (a verb of saying is ``_SAID_LAST``'s: 精彩的现场解说 ends a title)


def _word_end(text: str, limit: int) -> int:
    """The end of the last of ``text``'s words that ends within ``limit`` characters (…南非总统府部长: not 南非总统), or
    ``limit`` where that word would leave less than three quarters of it."""
    end = 0
    for word in tagged(text[: limit + 8])[0]:
        if end + len(word) > limit:
            break
        end += len(word)
    return end if end >= limit * 3 // 4 else limit


_SAID_LAST = re.compile(rf"(?<![解听据传演小游])(?:{SAYING}|宣布|通报|证实)(?:称|说|道)?$")  # …公开起诉书称 (not 现场解说)
# a clause that only says at whose invitation (应秘鲁共和国总统博鲁阿尔特邀请): what the guest came for follows it
_INVITED = re.compile(r"应[^，,]{2,40}?(?:的)?(?:邀请|之邀)")
# a clause that only gives a cause or a time (由于波兰要求…禁令, 因水污染物超标排放, …在发布…政策简报时): no title ends on it
_CAUSE_OR_TIME = re.compile(r"(?:由于|因为?|随着)[^，,]+|[^，,]*?(?:时|之际|期间|前后)"
                            r"|(?:当地时间|北京时间)?(?:\d{1,2}月)?(?:\d{1,2}日)?\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右)?")


def _outside_marks(text: str) -> bool:
    """Whether every bracket and quotation ``text`` opens it also closes (a cut after it is not inside one)."""
    return all(text.count(a) == text.count(b) for a, b in ("（）", "()", "“”", "《》"))




# a label in brackets before what it names, at a sentence's start (…。【活动时间】2023年7月20日至…): 活动时间：… (not
# the source of a dateline: 【环球网报道】)
_LABEL = re.compile(r"(?:(?<=^)|(?<=[。！？]))【(?![^】]*(?:报道|讯|电|消息|网|社|报)】)([\u4e00-\u9fff]{2,6})】(?=\S)")


def _unglue_subheadings(line: str) -> list[str]:
    """``line`` split at a subheading the page dump ran into it after a sentence's end: two phrases of as many Chinese
    characters with a space between them, maybe quoting a word (…传授跳绳经验。好人精神 薪火相传在仪式现场，… → …经验。 /
    好人精神 薪火相传 / 在仪式现场，…; 以“绳”育人 志愿成风工作室组建了…)."""
    parts, start = [], 0
    for found in _PAIRED_HEADING.finditer(line):
        first = found.group(1)
        size = len(_HAN.findall(first))
        units = list(_HAN_UNIT.finditer(line, found.start(2), found.end(2)))
        if len(units) <= size:
            continue
        end = units[size - 1].end()
        if not (_quotes_closed(first) and _quotes_closed(line[found.start(2): end])):
            continue
        parts += [line[start: found.start()], line[found.start(): end]]
        start = end
    return [part for part in [*parts, line[start:]] if part] if parts else [line]


def _quotes_closed(text: str) -> bool:
    """Whether every quotation mark ``text`` opens it also closes."""
    return text.count("“") == text.count("”") and text.count("‘") == text.count("’")


# two phrases of four or five characters, each maybe in or around quotation marks (丨, a CJK character, is an editor's
# mark: 编辑丨王全文)
_HAN_UNIT = re.compile(r"[“‘]?[\u4e00-\u4e27\u4e29-\u9fff][”’]?")
_PAIRED_HEADING = re.compile(rf"(?<=[。！？])((?:{_HAN_UNIT.pattern}){{4,5}}) ((?:{_HAN_UNIT.pattern}){{5,}})")
_HAN = re.compile(r"[\u4e00-\u4e27\u4e29-\u9fff]")


def _source_run_in(line: str) -> int | None:
    """Where an untitled text's headline ends when the source of its lead follows it with no punctuation between
    (城镇职工基本养老保险是我国养老事业的核心制度安排根据国家统计局公布的数据，…); None otherwise."""
    run_in = _SOURCE_RUN_IN.match(line)
    return run_in.end(1) if run_in else None


# a headline of 8+ characters, then where the news comes from (据…消息，); not 数据, 依据, 证据
_SOURCE_RUN_IN = re.compile(
    r"([^，,。！？；;：:\s]{8,60}?)(?:根据|(?<![数依证占票收单凭论根])据)[^，,。！？；;：:\s]{2,24}?(?:消息|报道|数据|统计|介绍|了解|显示)[，,]"
)


def _unglue_title(lines: list[str], title: str) -> list[str]:
    """河北畅通金融…支持灾后恢复重建新华社记者 刘桃熊8月13日…: a headline run into the dateline or lead-in after it.

    The headline may differ from the record's title after its first words (英媒：…袭击，可能激怒美国当地时间…) or be
    the title's last part; the lead-in must follow the shared words closely and the headline hold no full stop.
    """
    if not lines or len(title) < 6:
        return lines
    line = lines[0]
    shared = next((i for i, (a, b) in enumerate(zip(line, title)) if a != b), min(len(line), len(title)))
    last = re.split(r"[\s—]+", title)[-1]
    anchors = [shared] if shared >= 6 else []
    if len(last) >= 6 and line.startswith(last):
        anchors.append(len(last))
    for anchor in anchors:
        if line[anchor - 1] not in "，,；;：:、" and _is_lead_in(line[anchor:]):
            return [line[anchor:], *lines[1:]]
        lead = _LEAD_IN.search(line, anchor, anchor + 40) or _PAPER_LEAD_IN.search(line, anchor, anchor + 40)
        if lead and "。" not in line[anchor : lead.start()] and line[lead.start() - 1] not in "，,；;：:、":
            return [line[lead.start():], *lines[1:]]
    cut = _headline_run_in(line)
    if cut and _shared_bigrams(line[:cut], title) >= 0.3:  # 我省竞技体育工作有序推进…金牌河北日报讯（记者…）: reworded
        return [line[cut:], *lines[1:]]
    cited = _HEADLINE_BEFORE_PAPER.match(line)  # 拜登拟请求国会动用援乌资金向台湾提供武器《金融时报》援引…: the title reworded
    if cited and _shared_bigrams(cited["headline"], title) >= 0.6:
        return [line[cited.end("headline"):], *lines[1:]]
    caption = _CAPTION_FIRST.match(line)
    repeats = caption and len(line) > caption.end() + 10 and _shared_bigrams(caption.group(1), title) >= 0.5
    if repeats and not _DATELINE.match(line):
        return [line[caption.end():], *lines[1:]]  # 卡-52直升机在…摧毁一辆乌克兰坦克 俄罗斯卫星通讯社发布的…: the photo's caption
    return lines


# a heading run into the lead-in after it: 调度部署重点地区强降雨防范应对工作本网讯 …
_RUN_IN_HEADING = re.compile(r"([^\s，。！？；：,.!?;:“”（）()]{6,40}?)(?=(?:本网|本报|本台|本刊)讯)")
# an opening run without punctuation, then a space: a caption or a headline before the text
_CAPTION_FIRST = re.compile(r"([^\s，。！？；：,.!?;:]{8,60})\s+(?=\S)")


# a headline with no stop run into the paper its first sentence cites: …提供武器《金融时报》援引了解情况的消息人士报道称，
_HEADLINE_BEFORE_PAPER = re.compile(r"(?P<headline>[^。！？，,；;：:\s《》“”]{8,60})《[^《》]{2,12}》(?:援引|报道|称|消息|获悉|发文|刊文|撰文)")


def _shared_bigrams(text: str, title: str) -> float:
    """Share of the character pairs of ``text`` that ``title`` has too."""
    pairs = {text[i : i + 2] for i in range(len(text) - 1)}
    return sum(pair in title for pair in pairs) / max(len(pairs), 1)


def _headline_run_in(line: str) -> int | None:
    """Where an untitled text's headline ends when an agency's dateline or reporter follows it with no punctuation
    between (河北畅通金融“绿色通道”支持灾后恢复重建新华社记者 刘桃熊8月13日下午，…); None otherwise."""
    starts = sorted(m.start() for pattern in (_NATIONAL_AGENCY, _PAPER_LEAD_IN)
                    for m in pattern.finditer(line, 6, _HEADLINES_REACH))
    for at in starts:
        if (_HEADLINE_CHARS.fullmatch(line, 0, at) and not _NATIONAL_AGENCY.search(line, 0, at)
                and _is_lead_in(line[at:])):
            return at  # (not 新华社东京7月25日电 专访：…: a dateline of its own before it)
    # a paper's lead-in with its reporter is where a text opens: before it, with no stop, a headline and subtitle
    # (■ 赞皇县省道…具备通车条件截至7月31日20时，全县…恢复正常通行河北日报讯（记者董昌）7月31日18时，…)
    paper = _PAPER_LEAD_IN.search(line, 6, _HEADLINES_REACH)
    return paper.start() if paper and _HEADLINES_TEXT.fullmatch(line, 0, paper.start()) else None


_HEADLINES_REACH = 110
_HEADLINES_TEXT = re.compile(r"[^。！？!?]{6,100}")


# (东盟专线：…研讨会在泰国举办 关注…: a column, a title and subtitle; 蔡奇在…座谈交流会上强调压实…主体责任 全面提高…质量新华社北京
# 8月18日电: a headline of its speaker and his words, 70 characters and more)
_HEADLINE_CHARS = re.compile(r"[^。！？，,；;\n]{6,100}")
# the agencies whose name may end a headline run into their dateline (a provincial paper's: _PAPER_LEAD_IN), not
# any word before 日报 (…同期水平河北日报讯 is 河北日报's)
_NATIONAL_AGENCY = re.compile(r"新华社|中新社|新华网|中新网|人民网|央视网|光明网|人民日报|光明日报|经济日报|中国日报")


def _is_lead_in(text: str) -> bool:
    """新华社记者 刘桃熊8月13日…, 河北日报讯（记者…）, 本网讯 …: a dateline with a byline or a news agency's name."""
    found = _DATELINE.match(text)
    if found is None:
        return bool(_LEAD_IN.match(text))
    if found.group("by") or found.group("by2") or found.group("by4") or found.group("agency5"):
        return True
    agency = found.group("agency") or found.group("agency3") or ""
    if _AGENCY_DATELINE.fullmatch(agency):
        return True  # 新华社北京8月18日电: a national agency's dateline, its place and day
    return bool(_AGENCY.fullmatch(re.sub(r"[^\u4e00-\u9fff]+.*$|(?:讯|电)$", "", agency)))


_AGENCY_DATELINE = re.compile(rf"(?:{_NATIONAL_AGENCY.pattern})[\u4e00-\u9fff]{{0,8}}\d{{1,2}}月\d{{1,2}}日(?:新媒体)?专?电")


# a name, then the lead's time and the comma that ends it: 总统罗德里戈·查韦斯当地时间8月1日，哥斯达黎加司法部证实…
_NAME_BEFORE_TIME = re.compile(
    r"([\u4e00-\u9fff·]{2,20}?)(?=(?:当地时间|北京时间)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚间?|凌晨|中午|傍晚)?，)")
_PROPER_NOUN = ("nr", "ns", "nt", "nz")


def _caption_before_time(line: str, text: str) -> int:
    """Where the lead starts when a photo's caption the page left runs into it: a noun phrase ending in a name, no
    verb, named again in ``text``, before a time whose clause has another subject (总统罗德里戈·查韦斯当地时间8月1日，
    哥斯达黎加司法部证实，其最高检察官已对总统罗德里戈·查韦斯…); 0 when none. A lead's own subject has its verb after
    the time, no comma between (习近平5月8日在…)."""
    named = _NAME_BEFORE_TIME.match(line)
    if not named:
        return 0
    words, tags = tagged(named[1])
    if not tags[-1].startswith(_PROPER_NOUN) or not all(tag.startswith("n") or word == "·" for word, tag in zip(words, tags)):
        return 0
    again = text[named.end():]
    return named.end() if named[1] in again or (len(words[-1]) >= 2 and words[-1] in again) else 0


# the mark a paper's comment puts before its writer's name, run into the text: □ 马树娟近日，…
_COLUMN_MARK = re.compile(r"[□◎]\s*")


def _strip_dateline(lines: list[str]) -> tuple[list[str], str | None, str | None, str | None]:
    """Remove a news lead-in (本网讯(记者 …)) from the first paragraph; return byline, agency and a feature's headline
    (题：…记者 …). A Traditional lead-in (新華社成都7月28日電) is read through its Simplified reading, and what is
    returned is written as the text writes it."""
    probe = simplified(lines[0]) if lines else ""
    if not lines or probe == lines[0]:
        return _strip_lead_in(lines)
    out, byline, agency, headline = _strip_lead_in([probe, *lines[1:]])
    back = dict(zip(probe, lines[0]))  # (same length: each character's written form)

    def written(text: str | None) -> str | None:
        return "".join(back.get(ch, ch) for ch in text) if text else text

    out = list(out)
    if out and (len(lines) < 2 or out[0] is not lines[1]) and probe.endswith(out[0]):
        out[0] = lines[0][len(lines[0]) - len(out[0]):]  # what is left of the first paragraph, as written
    return out, written(byline), written(agency), written(headline)


def _strip_lead_in(lines: list[str]) -> tuple[list[str], str | None, str | None, str | None]:
    """``_strip_dateline`` of a Simplified first paragraph."""
    if not lines:
        return lines, None, None, None
    found = _DATELINE.match(lines[0])
    if not found or found.end() >= len(lines[0]) - 4:
        return lines, None, None, None
    by = found.group("by") or found.group("by2") or found.group("by4")
    agency = found.group("agency") or found.group("agency2") or found.group("agency3") or found.group("agency4")
    if found.group("agency5"):
        agency = found.group("agency5") + "讯"
    if not by and not (agency and re.search(r"(讯|电|\d日报道)$", agency)):
        return lines, None, None, None
    byline = None
    if by:
        parts = _BYLINE_ROLE.split(by)  # [prefix, role, names, role, names, …]
        pairs = [parts[0].strip()] if parts[0].strip() else []
        for role, names in zip(parts[1::2], parts[2::2]):
            # "赵 军" is one name spaced out; "陈稳定 杨汉杰" are two names.
            names = re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1\2",
                           re.sub(r"报道$", "", names.strip().rstrip("、，,")).strip())  # 记者刘畅、通讯员…, 沈良坤报道
            if names:
                pairs.append(f"{role} {names}")
        byline = " ".join(pairs) or by.strip()
    if agency:
        agency = re.sub(r"\d{1,2}月\d{1,2}日$", "", re.sub(r"(讯|电|报道)$", "", agency)).strip()
        named = _AGENCY_INSIDE.search(agency) or _AGENCY.match(agency)  # 推动主题教育取得实效新华社北京 → 新华社
        agency = named.group(1) if named else agency
        if agency in {"本网", "本报", "本台", "本刊", ""}:
            agency = None
    rest = lines[0][found.end():].lstrip(" ，,：:")  # 本报讯，《关于…》
    rest = _COMPILED.sub("", rest, count=1)  # 中新网8月16日电 综合报道，美军…: how it was written, not what
    named = _NAMES_IN_BRACKETS.match(rest) if not by else None
    if named and len(rest) > named.end() + 4 and not named.group(1).endswith(_ORGAN_ENDS):
        # 人民网约翰内斯堡7月27日电 (刘畅)24日，…: the reporter's name alone
        byline, rest = " ".join(named.group(1).replace("、", " ").split()), rest[named.end():].lstrip()
    reported = _REPORTED.match(rest) if not by else None
    if reported and len(rest) > reported.end() + 4:  # 中国发展网讯 记者施文郁报道7月26日至28日，…
        names = " ".join(reported["names"].replace("、", " ").split())
        writers = re.sub(r"(记者|通讯员)", r"\1 ", reported["writers"] or "").split()  # 刁晓玉 姜存义 记者袁雪飞报道
        byline = " ".join([*writers, reported["role"], names])
        rest = rest[reported.end():]
    if re.match(r"题[:：]", rest) and not re.search(r"[。！？]", rest):
        # 中国侨网北京7月20日电 题：宽夫海伦：潜心制茶…, the headline on its own line, and maybe its byline on the next
        alone = _BYLINE_ALONE.fullmatch(lines[1]) if len(lines) > 2 else None
        if alone and not byline:
            byline = " ".join(alone[0].split())
        return lines[2:] if alone else lines[1:], byline, agency, None
    headline = None
    headed = _HEADLINE.match(rest)  # 中新社金边8月6日电 题：柬埔寨青年…中新社记者 杨强“…
    if headed and len(rest) > headed.end():
        headline = _HEADLINE_TEXT.match(rest[: headed.end()])
        rest = rest[headed.end():].lstrip()
        byline = byline or "记者 " + " ".join(headed.group("by")[2:].split())
    elif glued := _HEADLINE_GLUED.match(rest):  # …拓展新合作中新社记者 林春茵起如风、…: the name ends where jieba says
        names, at = [], glued.end()
        while name := _run_in_name(rest, at, person=bool(names)):  # 记者蒋超 王欢巴基斯坦…: another after a space
            names.append(name)
            at += len(name)
            if not rest.startswith(" ", at):
                break
            at += 1
        if names and len(rest) > at + 4:
            headline = _HEADLINE_TEXT.match(rest[: glued.end()])
            rest = rest[at:].lstrip()
            byline = byline or "记者 " + " ".join(names)
    return [rest] + lines[1:], byline, agency, headline["text"] if headline else None


_COMPILED = re.compile(r"^综合(?:外媒|媒体|多家媒体|外电)?(?:消息|报道)[，,：:]\s*(?=\S{8})")
_ORGAN_ENDS = tuple("院部局委办厅会社网报台处所队团省市县区镇村")  # （国务院）: a body, not a reporter
_NAMES_IN_BRACKETS = re.compile(r"[（(]\s*([\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]")
# A photo credit glued into the text after its caption: 比赛现场。郎成涛/摄大赛持续三天…, …会议在杭召开。
# 团浙江省委供图习近平…, 当地时间2023年7月26日，孟加拉国锡尔赫特，…。视觉中国 资料图孟加拉国作为…
_PHOTO_CREDIT = re.compile(
    r"[（(]?(?:"
    r"(?:(?<=[。！？!?\s])|^)[\u4e00-\u9fff·]{2,5}\s*/\s*摄"  # 郎成涛/摄
    r"|(?:[^\s。！？!?，,、：:“”（）()]|[（(][^）)]{1,4}[）)]){1,20}?(?<!提)供图(?![书片像表纸样文])"  # 团浙江省委供图, (主办方供图)
    r"|视觉中国\s*(?:资料图|图)(?![片库像])"
    r"|(?<=[（(])[^（）()。！？]{1,20}截图(?=[）)])"  # 萨曼莎·伯吉斯（央视新闻报道截图）: a screenshot's caption
    r"|新华社发\s*[（(][^）)]{1,20}摄[）)]"
    r"|[（(](?:通讯员|记者)[^）)]{1,20}摄[）)]"
    # 中新社记者李志全摄, 千龙网记者 纪敬摄, 中新社林春茵摄: a reporter's credit after a caption sentence
    # (记者 卢羡婷 摄, 通讯员 徐敏 摄: a role with no outlet before it, as most government and local sites print it)
    r"|(?<=[。！？!?\s])(?P<reporter>(?:[\u4e00-\u9fff]{0,8}?(?:社|网|报|台|新闻)(?:(?:全媒)?(?:记者|通讯员))?|记者|通讯员)"
    r"\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄)(?![影像制的了于下入取])"
    # 摄影：楚天都市报极目新闻记者王永胜楚天都市报极目新闻讯（…: the credit runs into its outlet's dateline
    # …走出。王刚摄艺术…, …延展。李维君 摄这是…: a bare name, at the end of the line too
    r"|(?<=[。！？!?])[\u4e00-\u9fff]{2,3}\s?摄(?:(?=[\u4e00-\u9fff])(?![影像制的了于下入取])|(?=\s*$))"
    r"|摄影[：:]\s*(?P<outlet>[\u4e00-\u9fff]{2,12}?)(?:全媒)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}?(?=(?P=outlet)讯|\s|$)"
    r")[）)]?\s*"
)
# A caption without a stop run into the next sentence's opener: …损失。俄海军登陆舰“奥列涅戈尔斯基”号对此，英国…,
# …处境悲惨。苏丹难民陆续抵达乍得目前，超过74万名难民…; a subheading likewise: …展开调查。将赌博地点设在隐蔽的山林中经查，…
_GLUED_CAPTION = re.compile(r"(?<=[。！？”])[^。！？，,；;：:、（）()\s]{4,30}?(?<!的)"
                            r"(?=(?:对此|此外|另外|据悉|据了解|据介绍|目前|当前|经查|经调查|经核查|与此同时|随后|近日|近年来)[，,])")
# a caption inside a paragraph opens so (…瞻仰延安革命纪念地。这是习近平等在杨家岭革命旧址参观。新华社记者 鞠鹏 摄: Xinhua's
# 这是…拍摄的…, 这是…的画面 before its credit)
_SHOWN = ("图为", "图片为", "上图", "下图", "这是")
_CAPTION_MAX = 120  # a longer stretch before a credit is text, not a caption
_CREDIT_MARKS = ("摄", "供图", "视觉中国", "截图")
_CREDIT_REACH = 1 + 20 * 6  # （ and twenty characters or (…) groups before 供图: the longest lead of any credit
_CLOSERS = frozenset("”’」』）)")  # what closes a sentence after its stop
_SENTENCE_STOPS = tuple("。！？!?")
_CREDIT_TAIL = 30  # after the mark: 视觉中国 资料图, 摄）, a space


def _strip_photos(line: str) -> str:
    """Remove each photo credit and the caption it closes (the stretch since the previous sentence), and a caption
    without credit run into the next sentence's opener (``_GLUED_CAPTION``)."""
    while True:
        # every credit holds a mark with at most _CREDIT_REACH characters before it and a few after: search around
        # each mark (most lines have none, and 摄氏度 or 拍摄 is no credit), not along the rest of the line
        marks = sorted(at for mark in _CREDIT_MARKS for at in occurrences(line, mark))
        credit = next((found for at in marks
                       if (found := _PHOTO_CREDIT.search(line, max(0, at - _CREDIT_REACH), at + _CREDIT_TAIL))), None)
        if credit is None:
            return _GLUED_CAPTION.sub("", line)
        before = line[: credit.start()].rstrip()
        cut = max(before.rfind(mark, 0, len(before) - 1) for mark in "。！？!?") + 1
        while cut and before[cut: cut + 1] in _CLOSERS:  # …邂逅。”参与活动的年轻人。受访者供图: the ” ends the sentence
            cut += 1
        # in a photo story the sentence before a reporter's credit (not opening the line, no 图为) is text: keep it;
        # words without a stop before it (开幕式现场 极目新闻记者赵德龙 摄) are a caption
        in_story = (credit.group("reporter") and cut > 0 and not before.startswith(_SHOWN, cut)
                    and before.rstrip("”’」』").endswith(_SENTENCE_STOPS))
        if len(before) - cut > _CAPTION_MAX or in_story:
            cut = len(before)  # (and the space before the credit)
        line = line[:cut] + line[credit.end() :]


# A subheading of who won what run into the paragraph it heads, which opens with a frame and tells it again: …1铜。
# 中国运动员陈小丽获武术女子太极剑金牌在武术项目女子太极剑的比赛中，中国运动员陈小丽第一个上场…
_RUN_IN_SUBHEADING = re.compile(
    r"(?<=[。！？”])(?![在据当截])[^。！？，,；;：:、“”（）()《》\s]{2,30}?"
    r"(?:获|夺得|摘得|收获|斩获|荣获|问鼎|勇夺|摘取|夺取|赢得)(?!悉|批|准|评)[^。！？，,；;：:、“”（）()《》\s]{2,20}?"
    r"(?=在[^，,。！？；;]{2,30}?(?:中|上|里)[，,]|\d{1,2}日(?:[上下]午|晚)?[，,]|(?:当天|近日|日前)[，,])")
_SUBHEADING_RETOLD = 0.5  # the least share of its character pairs the sentence after it has (陈小丽, 太极剑: 0.71)


def _split_subheadings(line: str) -> list[str]:
    """The line, with each run-in subheading (``_RUN_IN_SUBHEADING``) that the sentence after it tells again a line of
    its own between the paragraph's parts: a heading, no sentence of the text (not 中国队获得金牌在决赛中，…)."""
    parts, at = [], 0
    for found in _RUN_IN_SUBHEADING.finditer(line):
        stop = line.find("。", found.end())
        if _shared_bigrams(found.group(), line[found.end(): stop if stop >= 0 else None]) >= _SUBHEADING_RETOLD:
            parts += [line[at: found.start()], found.group()]
            at = found.end()
    return [*parts, line[at:]]


# What agencies put after the last sentence: （完）, editors' names, photo credits.
_OUTLET_NAME = r"[\u4e00-\u9fff]{1,8}(?:网|日报|晚报|时报|报|新闻社|通讯社|社|电视台|广播电台|客户端)"
_CLOSING = re.compile(
    r"\s*(?:[（(](?:完|[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4})*|(?:记者|编辑|责编)[^）)]{1,30})[）)]"
    rf"|(?<=[。！？”])[（(](?:{_OUTLET_NAME}|(?:图片|照片|图)由[^（）()]{{1,24}}提供|[^（）()]{{2,24}}供(?:稿|图)"  # （央视新闻客户端）
    r"|(?:参与记者|参与采写|编译|校对)[：:/][^（）()]{1,40}|[^（）()]{2,30}\s文图|[^（）()]{2,40}文/[^（）()]{1,12}图"
    r"|[^（）()]{0,20}(?:仅供参考|不构成投资建议)[^（）()]{0,40})[）)]"  # （图片由通讯员提供）, （编译/殷夏）, （…仅供参考…）
    r"|[\u4e00-\u9fff]{2,4}/摄|[（(]本栏目[^（）()]{0,20}[）)]"  # （本栏目内容由本刊编辑整理）
    r"|(?<=[。！？”])(?:封面)?(?:图片来源|图源|题图)[:：][^。！？]{1,30})\s*$"  # 。封面图片来源：万达集团官网 (分享…: _SHARE_PROMPT)
)


class _Closing(NamedTuple):
    """The text without what closed it, and what that named: the reporter, the original title, the outlet."""

    lines: list[str]
    byline: str | None
    title: str | None
    source: str | None
    day: str | None = None  # the day of a closing dateline (8月14日): …。据新华社石家庄8月14日电


def _run_in_name(text: str, at: int, person: bool = False) -> str:
    """The reporter's name that starts at ``at`` and runs into the text: where jieba ends the word, a three-character
    name when it takes a fourth character (林春茵起/nr 如风), unless the name has a double surname; "" when none, or,
    with ``person``, when jieba does not take the word for a name (a second name after a space, not 当地时间…)."""
    name, tag = first_word(text[at: at + 8])
    if person and not tag.startswith("nr"):
        return ""
    name = name if len(name) < 4 or name.startswith(_DOUBLE_SURNAMES) else name[:3]
    return name if _NAME.fullmatch(name) else ""


def lead_day(body: str) -> str | None:
    """The month and day the first clause of a text tells (8月16日下午，…; 国务院总理李强5月9日主持召开…), its year
    left unsaid: the day of the news of a text with no date or dateline; None when it tells none."""
    told = _LEAD_DAY.match(body)
    return _month_day(told["month"], told["day"]) if told else None


_LEAD_DAY = re.compile(r"[^，,；;。！？“”\n]*?(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日")


def _month_day(month: str, day: str) -> str | None:
    """8月14日 from the digits of a dateline, None when they name no day."""
    return f"{int(month)}月{int(day)}日" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else None


def _strip_closing_marks(lines: list[str]) -> _Closing:
    """Drop a trailing （完）, credit or editor's note from the last paragraph, and the paragraph if nothing is left;
    return with it the byline a credit gives (…。（记者 王弘毅）, …。GDToday记者 黄绮铌 蒋畅), the title a note gives
    (…。（原题为《…》）) and the outlet a closing bracket names (…。（大河网））."""
    byline = original = source = day = None
    while lines:
        tail = max(0, len(lines[-1]) - _CLOSING_TAIL)  # the marks end the line: the regexes need not walk all of it
        reporter = _CLOSING_REPORTER.search(lines[-1], tail)
        note = _EDITORS_NOTE.search(lines[-1], tail)
        if reporter:
            byline = byline or f"{reporter['role']} {' '.join(reporter['names'].replace('、', ' ').split())}"
            last = lines[-1][: reporter.start()].rstrip()
        elif note:
            titled = _NOTED_TITLE.search(note["note"])
            original = original or (titled and (titled["a"] or titled["b"]))
            printed = _FIRST_PRINTED.search(note["note"])
            source = source or (printed and printed["paper"])
            writer = _WRITER_IS.match(note["note"])  # （作者为墨西哥国立自治大学国际关系中心研究员）: a signed article's writer
            byline = byline or (writer and writer["who"])
            last = lines[-1][: note.start()].rstrip()
        elif dated := _CLOSING_DATELINE.search(lines[-1], tail):
            source, day = source or dated["agency"], day or _month_day(dated["month"], dated["day"])
            last = lines[-1][: dated.start()].rstrip()
        elif bare := _BARE_OUTLET.search(lines[-1], tail):  # …人祸因素？中国证券网: a post's outlet, unbracketed
            source = source or bare["outlet"]
            last = lines[-1][: bare.start()].rstrip()
        elif told := _FROM_OUTLET.search(lines[-1], tail):
            source = source or told["outlet"]
            last = lines[-1][: told.start()].rstrip()
        elif credit := _OUTLET_CREDIT.search(lines[-1], tail):
            source = source or credit["outlet"]
            byline = byline or " ".join(credit["names"].replace("、", " ").split())
            last = lines[-1][: credit.start()].rstrip()
        else:
            mark = _CLOSING.search(lines[-1], tail)
            last = lines[-1][: mark.start()].rstrip() if mark else lines[-1]
            compiled = _COMPILER.fullmatch(mark.group().strip()) if mark else None
            byline = byline or (f"编译 {' '.join(compiled['names'].replace('、', ' ').split())}" if compiled else None)
            outlet = _OUTLET.fullmatch(mark.group().strip()) if mark else None
            source = source or (outlet.group(1) if outlet else None)
            if mark and not (outlet or compiled):
                byline = byline or _writers(mark.group())
        if last == lines[-1]:
            break
        lines = lines[:-1] + ([last] if last.strip() else [])
    return _Closing(lines, byline, original, source, day)


_CLOSING_TAIL = 200  # characters: longer than any closing mark
# a line of credits opening with the writer: 文/陈梦莹 通讯员/江高镇规划建设办, 文/图 张三
_CREDIT_LINE = re.compile(
    r"\s*(?:(?P<role>文\s*[/／]\s*图|文图|图文|撰文)\s*[/／:：]?|文\s*[/／:：])\s*"
    r"(?P<names>(?!通讯员|记者)[\u4e00-\u9fff·]{2,4}(?:[ 、]+(?!通讯员|记者)[\u4e00-\u9fff·]{2,4}){0,3})(?![\u4e00-\u9fff·])")
_CREDIT_LINE_CHARS = 80


def _writers(mark: str) -> str | None:
    """The writers a closing bracket names (…。（廖亮  龚小强） → 廖亮 龚小强): one to four words of two to four characters,
    each opening with what jieba takes for a name; None for anything else (（完）, （待续）, （图文）)."""
    names = _NAMES_IN_BRACKETS.fullmatch(mark.strip())
    found = names[1].replace("、", " ").split() if names else []
    return " ".join(found) if found and all(first_word(n)[1].startswith("nr") for n in found) else None


_COMPILER = re.compile(r"[（(]编译[/／:：]\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]")  # （编译/杨新鹏）
# a closing bracket that names an outlet (（大河网）, （人民日报）): where the text was printed
_OUTLET = re.compile(rf"[（(]({_OUTLET_NAME})[）)]")
# an outlet and its writer after the last sentence: …。(光明日报客户端 杨淳)
_OUTLET_CREDIT = re.compile(
    rf"(?<=[。！？”])\s*[（(](?P<outlet>{_OUTLET_NAME})\s+"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 、]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]\s*$"
)
# an agency's dateline after the last sentence, crediting what the text took from it: …。据新华社石家庄8月14日电
_CLOSING_DATELINE = re.compile(
    r"(?<=[。！？”])\s*[（(]?(?:据|来源[：:]?)(?P<agency>新华社|中新社|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|电视台|通讯社))"
    r"[\u4e00-\u9fff]{0,8}?(?P<month>\d{1,2})月(?P<day>\d{1,2})日电[）)]?\s*$"
)
# where the text was taken from, after the last sentence: （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）
_FROM_OUTLET = re.compile(
    r"(?<=[。！？”])\s*[（(](?:本文|本稿)?(?:来自|来源于?|转自|转载自)[:：]?\s*(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12}?)"
    r"(?:[，,][^（）()]{0,40})?[）)]\s*$"
)
# an editor's note after the last sentence: （原题为《…》）, （本文原标题：…）, （作者系…）
_EDITORS_NOTE = re.compile(r"\s*[（(](?P<note>(?:本文)?(?:原题为?|原标题为?|作者系|作者为|本文系)[^（）()]{2,160})[）)]\s*$")
# what such a note tells: the original title (原题为《…》, 本文原题为：“…”) and the paper that first printed it
_WRITER_IS = re.compile(r"作者(?:系|为)(?P<who>[^，,。；;（）()]{2,60})(?=[，,。；;]|$)")
_NOTED_TITLE = re.compile(r"原(?:标)?题为?[:：]?\s*(?:《(?P<a>[^《》]{4,60})》|“(?P<b>[^“”]{4,60})”)")
_FIRST_PRINTED = re.compile(r"首发(?:于)?《(?P<paper>[\u4e00-\u9fff]{2,12})》")
# a reporter's credit after the last sentence, in brackets or after an outlet's name
_CLOSING_REPORTER = re.compile(
    r"(?:(?<=[。！？”])|^)\s*(?:[（(]\s*(?:综合|总台央视|央视|[\u4e00-\u9fff]{1,6}[台社报网端])?|[A-Za-z\u4e00-\u9fff]{0,12}?)"
    r"(?P<role>记者|通讯员)\s*"  # and a second role among the names: （记者赵艺 见习记者宋子婷）
    r"(?P<names>[\u4e00-\u9fff·]{2,4}?(?:[ 、]+(?:(?:见习|实习)?记者|通讯员|实习生)?\s*[\u4e00-\u9fff·]{2,4}?){0,7})"
    r"\s*(?:报道)?\s*[）)]?\s*$"
)


def _join_sources(sources: list[str]) -> str | None:
    unique = list(dict.fromkeys(s.strip(" ：:") for s in sources if s and s.strip()))
    if not unique:
        return None
    if len(unique) == 1:
        return unique[0]
    return f"{unique[0]}（原载{'、'.join(unique[1:])}）"


def _format_date(match: re.Match[str]) -> tuple[str | None, str | None]:
    year, hour, minute = match["year"], match["hour"], match["minute"]
    month, day = match["month"] or match["month2"], match["day"] or match["day2"]
    try:  # a real calendar date only: 2023-02-30 and 2023/2/29 are not dates
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None, None
    clock = f"{int(hour):02d}:{minute}" if hour and int(hour) < 24 and int(minute) < 60 else None
    return f"{year}-{int(month):02d}-{int(day):02d}", clock


def _from_html(raw: RawDocument) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of an HTML page through trafilatura (nothing is fetched); a government CMS's meta tags
    and the page's info line (发布时间：… 来源：… 作者：…, often outside the text trafilatura keeps) come first."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            _SECTION_TAG.sub(r"\1div", raw.text), with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True
        )
    except Exception as err:  # trafilatura raises assorted lxml errors on broken markup
        log.info("%s: trafilatura failed (%s); falling back to tag stripping", raw.name, err)
        doc = None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = _untable(data.get("text") or "")
    page = _strip_tags(raw.text)
    if not HAN.search(text):
        text = page
        if HAN.search(page) and (head := _TITLE_TAG.search(raw.text[:200_000])):  # the <title> above a text, not alone
            text = html_lib.unescape(re.sub(r"<[^>]*>", " ", head[1])).strip() + "\n" + page
    tags = _meta_tags(raw.text)
    info = _info_line(page)
    dated = _DATE.search(tags.get("date") or "")
    meta = {
        "title": tags.get("title") or info.get("heading") or _page_title(data.get("title") or ""),
        "trusted_title": tags.get("title") or info.get("heading"),
        # the page's own date before trafilatura's, which may be a guess (2023-01-01 from a year elsewhere)
        "date": (_format_date(dated)[0] if dated else None) or info.get("date") or _written(data.get("date"), raw.text),
        "source": tags.get("source") or info.get("source"),
        "site": data.get("sitename") or None,
        "author": info.get("author") or tags.get("author") or data.get("author") or None,
    }
    return text, meta


_SECTION_TAG = re.compile(r"(</?)section\b", re.I)  # WeChat bodies: text in <section><span>, which trafilatura drops
_TITLE_TAG = re.compile(r"<title\b[^>]{0,200}>(.{0,2000}?)</title\s*>", re.I | re.S)


def _written(date: str | None, html: str) -> str | None:
    """trafilatura's date when the page writes it (2019-01-01, 2019年1月1日, t20190101_ in a link); not one it made
    up from a year alone (《2019年法治政府建设工作要点》 → 2019-01-01)."""
    parts = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    if parts is None:
        return None
    year, month, day = parts.groups()
    m, d = int(month), int(day)
    written = rf"{year}\s*(?:[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)|{month}{day})"
    return date if re.search(written, html) else None


def _untable(text: str) -> str:
    """trafilatura's table rows (| 网站首页 | 新闻中心 |, | 11月3日下午，…。 会议通报，… |) as lines: a page laid out in
    a table gives each cell a line, and each paragraph a cell ran together (…。 会议通报) its own. A row of a table
    of figures (| 律师服务工作站 | 79 | 个 |: short cells, one a number) is one line, 律师服务工作站 79个."""
    lines = []
    for line in text.split("\n"):
        row = line.strip()
        if len(row) > 1 and row[0] == "|" and row[-1] == "|":
            for part in re.split(r"\|\s+\|", row.strip("|")):  # | a | 1 | | b | 2 |: two rows trafilatura ran together
                cells = [cell.strip() for cell in part.split(" | ") if cell.strip()]
                if len(cells) > 1 and max(map(len, cells)) <= 30 and any(_FIGURE_CELL.fullmatch(c) for c in cells):
                    lines.append(re.sub(r"(?<=\d) (?=[^\d\s]{1,2}(?: |$))", "", " ".join(cells)))
                    continue
                for cell in cells:
                    lines.extend(_PARAGRAPHS_RUN_TOGETHER.split(cell))
        else:
            lines.append(line)
    return "\n".join(lines)


_FIGURE_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")


_PARAGRAPHS_RUN_TOGETHER = re.compile(r"(?<=[。！？”])\s+(?=\S)")


def _page_title(title: str) -> str | None:
    """A page's <title> without the column and site after it: 全市安全生产工作会议召开_部门动态_某市人民政府."""
    head = _SITE_SUFFIX.sub("", title)
    return (head if len(HAN.findall(head)) >= 4 else title) or None


def _meta_tags(html: str) -> dict[str, str]:
    """ArticleTitle, PubDate, ContentSource and Author meta tags, by ``_GOV_META``'s names, when not empty."""
    found: dict[str, str] = {}
    for tag in _META_TAG.findall(html[:200_000]):
        # (content="" is a value too: an empty Author tag, as TRS pages print it, gives "", not None)
        attributes = {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTRIBUTE.finditer(tag)}
        key = _GOV_META.get(attributes.get("name", "").lower())
        value = normalize_text(html_lib.unescape(attributes.get("content", ""))).strip()
        if key and value and (key == "date" or HAN.search(value)):
            found.setdefault(key, value[:80])
    return found


def _info_line(page: str) -> dict[str, str]:
    """来源, 作者 and date of the page's info line: the first short line that dates the article and names either, else
    the first that names either next to such a line (发布日期：… and 信息来源：… in boxes of their own; not a dated
    link of the sidebar just above 来源：…)."""
    lines = list(islice((_SPLIT_DATE.sub(r"\1/\2/\3", line.strip()) for line in page.split("\n") if line.strip()), 400))
    # (not a sentence of the text that names a day: 2月16日出版的…习近平2022年12月15日在…讲话…。)
    dated = [(k, line, found) for k, line in enumerate(lines)
             if len(line) <= _INFO_LINE_CHARS and not re.search(r"[。！？]", line) and (found := _DATE.search(line))]
    for reach in (0, 2):
        for k, line, found in dated:
            around = lines[max(0, k - reach) : k + reach + 1]
            near = [line] + [other for other in around if other is not line and len(other) <= 60]
            source = next((m for m in map(_INLINE_SOURCE.search, near) if m), None)
            author = next((m for m in map(_INLINE_AUTHOR.search, near) if m), None)
            if source or author:
                return {"source": source[1] if source else None, "author": author[1] if author else None,
                        "date": _format_date(found)[0], "heading": _heading_above(lines, k)}
    alone = next((m for m in map(_SOURCE.match, lines[:150]) if m), None)  # 来源：新华网 with no date near it
    return {"source": alone[1]} if alone else {}


# a date set in pieces (<em>2024</em> <em>11</em>/<em>15</em> reads 2024 11/15)
_SPLIT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s+(\d{1,2})\s*/\s*(\d{1,2})(?!\d)")


def _heading_above(lines: list[str], k: int) -> str | None:
    """The page's own headline: a heading line of at least ``_HEADING_HAN`` Chinese characters among the two lines
    just above its info line (its <title> may be the site's name, 新闻详情, or carry the site after a dash)."""
    for line in reversed(lines[max(0, k - 2): k]):
        if (_is_heading(line) and not _is_chrome(line) and len(HAN.findall(line)) >= _HEADING_HAN
                and not _SITE_SUFFIX.search(line)):  # (the <title>'s own line: 全市…召开_部门动态_某市人民政府)
            return line
    return None


_HEADING_HAN = 8


def _strip_tags(html: str) -> str:
    """Last resort for markup trafilatura rejects: drop script/style and tags, keep block breaks."""
    html = re.sub(r"(?is)<(script|style|iframe|noscript|template)\b.*?(</\1\s*>|$)", " ", html)
    html = re.sub(r"(?is)<!--.*?-->", " ", html)
    # the head and its <title> (when closed) too: a page of a title alone, or of scripts or frames, has no text
    html = re.sub(r"(?is)<(head|title)\b[^>]*>.*?</\1\s*>", " ", html)
    html = re.sub(r"(?i)<\s*(br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>", "\n", html)
    html = re.sub(r"(?s)<[^>]{0,2000}>", " ", html)
    return html_lib.unescape(html)


_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0"}
_CN_DATE = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_ROC_DATE = re.compile(r"(?:中华)?民国\s*(\d{2,3})\s*年(?=\s*\d{1,2}\s*月)")


def _cn_small(text: str) -> str:
    """十一 → 11, 二十五 → 25, 三十 → 30, 五 → 5."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _CN_DIGIT[text]
    return str((int(_CN_DIGIT[tens]) if tens else 1) * 10 + (int(_CN_DIGIT[ones]) if ones else 0))


def _arabic_dates(text: str) -> str:
    """二〇二四年十一月十五日 → 2024年11月15日, 民国113年11月22日 → 2024年11月22日 (for the date search only)."""
    text = _CN_DATE.sub(lambda m: "".join(_CN_DIGIT[c] for c in m[1]) + f"年{_cn_small(m[2])}月{_cn_small(m[3])}日", text)
    return _ROC_DATE.sub(lambda m: f"{int(m[1]) + 1911}年", text)


_LIST_MARK = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．](?!\d)")
# a title's last clause that leaves its object or its predicate to the next: 但谁也没想到, 以及狭隘的民族主义
_OPEN_END = re.compile(r"(?:没想到|想不到|不料|殊不知|知道|发现|认为|觉得|意味着)$")
_OPEN_CLAUSE = re.compile(rf"{_OPEN_END.pattern}|^(?:以及|及|和|与|或)")
# a post's closing outlet, after its last sentence (…人祸因素？中国证券网)
_BARE_OUTLET = re.compile(rf"(?<=[。！？”])\s*(?P<outlet>{_OUTLET_NAME})\s*$")
