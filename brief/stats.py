"""Statistics facts: quantities stated in the sentences, with value and unit (what each counts: ``brief.subjects``).

Conventions (documented in DESIGN.md's "Statistics facts" and here):

- value is in base units: 万 ×1e4, 亿 ×1e8, 千 ×1e3, 百万/千万/万亿 likewise; 万元/亿元 → 元.
- 余/多/近/超/约/逾/超过 keep the stated number; the qualifier stays in the span text.
- a range (3至5个, 3-5个, 20%至30%) is one fact whose value is the lower bound; the span covers both ends.
- units stay as written (个, 件, 人次, 吨, 亩, 美元 …) except ％ → % and 百分之N → N %; a price or rate keeps
  its "per" part (150元/平方米 → 元/平方米); a space between an Arabic number and its unit is allowed (3 户).
- not facts: dates and years (2019年, 12月4日), times, durations in years (3年), anniversaries (105周年),
  ordinals (第二届, 第六个), session names (十九届四中全会), document numbers (〔2019〕5号), phone and licence
  numbers (12348, ICP), bare numbers without a unit or magnitude, numbers glued to Latin letters (5G, G20).
- Chinese numerals count only when a measure word follows (四个方面 → 4 个); the lone numeral 一 is never a
  fact (一站式, 一村一法律顾问, 一个统筹, 一批), nor is a Chinese numeral inside quotation marks (a slogan such as
  “两代表一委员”) or a political formula (两个确立, 四个意识). 三级 is not a fact: 级 is a rank, not a count, except
  an earthquake's magnitude (6.2级地震, 里氏5.8级).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence

from .config import BriefConfig
from .models import Sentence, Statistic
from .segment import has_traditional, simplified
from .sides import FOREIGN, chinese_side
from .speakers import PERSON_TAGS, PERSON_TITLES, SAYING
from .subjects import NUMERAL_CHARS, QUOTES, subjects, token_offsets

_MAGNITUDES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "亿": 1e8, "万": 1e4, "千": 1e3}

# Measure words and units, longest first in the pattern; units of money are merged into 元 via magnitude.
_UNITS = ["个百分点", "百分点", "毫希沃特", "微希沃特", "希沃特", "华氏度", "Gbps", "Mbps", "GHz", "MHz", "°C", "℉", "赫兹", "兆赫", "伏特", "克拉", "个批次", "个小时", "个工作日", "个自然日", "个交易日", "摄氏度", "吉瓦时", "太瓦时", "兆瓦时", "兆焦耳", "平方厘米", "修正总吨", "载重吨", "挪威克朗", "瑞典克朗", "丹麦克朗", "新加坡元", "新台币", "林吉特", "雷亚尔", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "毫米", "厘米", "毫升", "毫秒", "秒钟", "吉瓦", "个月", "人次", "户次", "车次", "架次", "辆次", "班次", "航次", "件次", "批次", "台次", "台套", "艘次", "场次", "工作日", "交易日", "部门", "人民币", "块钱", "焦耳", "千焦", "兆帕", "马力", "毫克", "微克", "微米", "纳米", "英亩", "英尺", "英里", "海里", "千卡", "平米", "像素", "大类", "部分", "标箱", "公里", "千米", "公顷", "公斤", "千克", "千瓦", "千伏", "兆瓦", "小时", "分钟", "周岁", "公分", "车道", "总吨", "方面", "英寸", "分贝", "克朗", "卢比", "比索", "里拉", "澳元", "加元", "泰铢", "兰特", "法郎", "美元", "欧元", "港元", "日元", "英镑", "韩元", "卢布", "个", "件", "人", "名", "位", "户", "家", "所", "份", "条", "项", "次", "场", "村", "座", "间", "台", "辆", "艘", "架", "套", "批", "期", "处", "栋", "张", "本", "册", "篇", "部", "种", "类", "支", "队", "组", "起", "宗", "例", "株", "棵", "头", "只", "匹", "块", "页", "幅", "枚", "颗", "尊", "盏", "款", "列", "门", "声", "章", "首", "字", "袋", "封", "周", "℃", "根", "层", "轮", "道", "点", "班", "片", "倍", "天", "秒", "岁", "吨", "桶", "锅", "磅", "趟", "双", "环", "分", "亩", "米", "克", "斤", "升", "元", "国", "省", "市", "县", "对", "折", "成", "度", "段", "通", "站", "集", "科", "档", "届", "金", "银", "铜", "股", "束", "盏", "堂", "盘", "碗", "杯", "扇", "圈", "顿", "枝", "筒", "箱", "粒", "盒", "尺", "桩", "幢", "节", "剂", "针", "瓶", "罐", "包", "瓦", "毛", "番", "串", "单", "伏", "级", "叶", "TB", "GB", "PB", "MB", "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW", "kV", "km", "kg", "mg", "cm", "mm", "%", "‰"]
# Units that need a guard against the next character, e.g. 个人 (personal), 周年, 名单.
_UNIT_BAD_NEXT = {
    "个": "人体性",
    "人": "民员才口大代",  # 3人 ok; 人民/人员 would only follow a number in odd text
    "名": "单称义",
    "位": "数一于居列",
    "家": "庭长乡",
    "所": "有以在得属",
    "次": "日",
    "项": "目",  # 汉西142项目: a project's name
    "期": "间末刊货临",
    "天": "然气津",
    "种": "植养子",
    "类": "似",
    "部": "门署委分",
    "处": "理置于",
    "间": "接",
    "米": "饭",
    "叶": "子片脉菜茶",  # 385万叶 (pages of old books), not 3叶子 (Arabic numerals only: see _ARABIC_ONLY)
    "组": "织成建",
    "支": "持付出",
    "起": "来草步",
    "座": "谈",
    "轮": "胎",
    "本": "地市级届",
    "场": "所景馆面",
    "点": "钟半整前后多左",
    "班": "子长级车组主",
    "片": "区面刻段子式",
    "列": "入为出举车",
    "门": "户槛口前峡",  # 三门峡: a city
    "章": "程节",
    "首": "次批届都府位个先创要",
    "字": "号幕路头样母体句形符",
    "周": "年岁边末期刊转",
    "封": "面闭存锁顶",
    "秒": "杀懂针",
    "国": "家际内外产货企标道庆旗务营有民",
    "省": "份级委区市内外长钱力心",
    "市": "场民委级区长值政县内外",
    "县": "级委域城区长乡",
    "对": "于此外象话接抗比待照",
    "折": "合算叠射返腾服扣",
    "成": "员功立果本绩都熟交就长效型像品",  # 近九成 (tenths, as 折); not 成员, 成功, 成立…
    "村": "民委庄级镇落干",  # 上万村民
    "双": "方边重向层手臂翼语轨",
    "环": "境节保比线路球评卫",  # 10环 in shooting; 环境, 环节
    "分": "之别子局析配享布类为开散钱号期队批区会院社",  # 620分, 20分; 三分之一, 分别
    "度": "假过日量来",
    "段": "时落子位路",  # 三段行程; not 两段时间 (a period), 路段
    "通": "过知讯道信用行车话八",  # 两通报警电话; not 两通道, 四通八达
    "站": "台点长在起内",
    "集": "团中体合镇市资聚结成训",
    "科": "技学研室目普",
    "档": "案次期口",
    "金": "额融属牌奖库条币价钱",  # 13金、4银、3铜 (medals)
    "银": "行河牌币",
    "铜": "牌器像",
    "股": "东份票市权价民本息指金",  # 7.2亿股新股; not 股东, 股份
    "束": "缚",
    "台": "山河阶湾",  # 五台山, 七台河: places; 3台阶
    "堂": "兄弟姐妹哥",
    "盘": "子点面古活算查整山水",  # 六盘山, 六盘水: places
    "杯": "赛子",  # 3杯咖啡; not 世界杯, 2杯赛
    "圈": "子内外地套养",
    "顿": "号时悟",
    "箱": "包子体",
    "盒": "子饭马",
    "节": "日约目点能省奏假庆气拍制",  # 16节车厢, 3节课; not 节日, 节约, 节目
    "剂": "量型",
    "针": "对灸织线头",
    "罐": "头装车",
    "包": "括含装容子裹",
    "瓦": "片解斯房",
    "粒": "子",
    "扇": "子",
    "毛": "泽衣病巾笔主料绒线毯皮发孩",  # 2毛钱 (dimes); not a name or 毛衣
    "番": "茄薯号邦人五",  # 翻两番; not 番茄, 三番五次
    "串": "通联门",
    "单": "位元独身纯一车程据调项行列品曲边方价",  # 至少有5单 (orders); not 单位, 单元, 3单车
}
# units of two or more characters (小时, 公里, 美元): after a number a measure, never a topic of the text (the keywords)
MEASURES = frozenset(unit for unit in _UNITS if len(unit) > 1)
# Counted only after Arabic numerals (16国, 31省, 3319对): 两国关系, 七国集团, 三省一市 are names, 三对 rare
_ARABIC_ONLY = frozenset({"国", "省", "市", "县", "对", "折", "度", "环", "分", "金", "银", "铜", "尺", "毛", "伏", "级", "叶"})  # 8.5折, 北纬85度, 13金; 385万叶; not 七折八扣, 两度, 五金, 三叶草
# units of a span of time (3个小时, 10秒钟): a duration describes an event rather than counting anything, which
# the section rules and the daily digest's key figures both need to know
DURATION_UNITS = frozenset({"秒", "秒钟", "分钟", "小时", "个小时", "天", "周"})
# Figures that say little out of context: clock times, durations, ordinal-like "points" and ages.
WEAK_UNITS = DURATION_UNITS | {"个月", "点", "时", "分", "日", "月", "年", "岁", "届", "次会议"}
# aspects (两方面内容, 5点看法), and kinds of ways (两种途径, 三道防线): a few of them is how a text is organised, not a
# statistic; a few kinds of things (四种乌克兰农产品, 7道菜肴) are
ASPECT_UNITS = frozenset({"方面", "个方面", "点"})
KIND_UNITS = frozenset({"类", "大类", "种", "道", "项", "条"})  # 七项具体举措, 三条措施: how a text is organised
_WAYS = re.compile(r"(?:途径|方式|模式|方法|手段|渠道|路径|形式|类型|场景|防线|屏障|机制|举措|措施|内容|层面|环节)$")


# parts of a text or a plan counted with 个 (四个方面, 三个阶段, 五个关键环节, 四个板块): how it is organised
_PARTS = re.compile(r"(?:方面|阶段|板块|篇章|章节|维度|层次|步骤|环节|层面|部分)$")


def organises(stat: Statistic) -> bool:
    """Whether a fact only counts a few aspects, parts or kinds of ways (5点看法, 四个方面, 三个阶段, 两种途径, 三道防线):
    no row of a statistics table. Not ten or more (十余种), nor kinds of things (四种乌克兰农产品, 7道菜肴)."""
    if stat.value >= 10 or any(mark in stat.text for mark in "余多"):
        return False
    return (stat.unit in ASPECT_UNITS or (stat.unit in KIND_UNITS and _WAYS.search(stat.subject) is not None)
            or (stat.unit == "个" and _PARTS.search(stat.subject) is not None))


HANDFUL = 10  # fewer than this many people or things is a detail of the story, unless it tells what befell them
_PERSONS = frozenset({"人", "名", "位"})
# measure words of things counted one by one: one of them (1起事件, 1架货机) is the event itself, no statistic
_COUNTED_ONE_BY_ONE = frozenset("个件起架艘辆台家所座条项次场批处栋间支队只头株棵张本部篇款列门")
# what befell people, in the clause of their count (三人死亡, 致6名以色列人受伤, 砸死两名看管, 7名官员被查, 起诉书列出6名
# 共谋者, 2人正在接受治疗): the news itself
_BEFELL = re.compile(r"死|伤|遇难|失踪|获救|被(?:捕|杀|害|困|拘|查|判|抓|打|绑|劫|起诉|遣返|免|开除)|遇险|确诊|感染|中毒|中暑"
                     r"|住院|治疗|救治|抢救|遇害|失事|落水|获刑|判|牺牲|罹难|逃生"
                     r"|撤离|转移|救出|起诉|拘留|逮捕|抓获|落马|查处|解聘|裁员|辞退")
_BACK_TO = re.compile(r"(?:这|那|该|此|上述|前述|(?<![\d\u4e00-\u9fff])以上|(?<=[除对据按从])以上|上面|前面)$")  # 这两个故事, 该3名男子, 除以上两家医院外: people or things told before (not 100人以上3000人以下)
_VAGUE = re.compile(r"^(?:数|上|几)")  # 数百万, 上千: a round amount, rhetoric inside a quotation
# one thing the story shows, opening the figure's clause (这家服装企业, 在那个村): its figure is not the sector's
_THIS_ONE = re.compile(r"[这那](?:家|个|座|所)")
_THIS_FIRM = re.compile(r"[这那]家")  # …, and the rest of its sentence goes on about it
_RATIOS = frozenset({"倍", "%", "成", "个百分点"})  # 上百倍: no small amount
_JOINS = "、和与及"


def _listed_names(text: str) -> str | None:
    """The names joined by 、和与及 that end ``text`` (西安与瓦莱塔 right before a count), from the first that can start
    the list: what ``re.search(r"[\u4e00-\u9fff]{2,8}(?:[、和与及][\u4e00-\u9fff]{2,8})+$", text)`` matches, read
    from the end in one pass (the pattern, 和与及 being characters of names too, tried every split of a run of them:
    40 of them before a figure took seconds)."""
    text = text[:-1] if text.endswith("\n") else text  # (where $ matches too)
    end = len(text)
    start = end
    while start and ("\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] == "、"):
        start -= 1
    han = [0] * (end + 1)  # how many Chinese characters run from each place
    one = [False] * (end + 1)  # the text from each place is one or more names, each joined to the next
    first = None
    for i in range(end - 1, start - 1, -1):
        han[i] = han[i + 1] + 1 if "\u4e00" <= text[i] <= "\u9fff" else 0
        more = any(text[j] in _JOINS and one[j + 1] for j in range(i + 2, i + min(8, han[i]) + 1) if j < end)
        one[i] = more or 2 <= han[i] <= 8 and i + han[i] == end
        if more:
            first = i
    return text[first:] if first is not None else None


_SPANS = DURATION_UNITS | {"个月"}
_SPAN_BEFORE = ("为期", "经过", "过去", "最近")  # (为期五天, 过去108天: a span of time, as 以来 or 之际 after it say)
_SPAN_AFTER = ("之际", "以来", "来")
_AGED_IN = frozenset({"个月", "周", "天"})  # 22个月大, 3天大: an age
_SOURCES_OF_FINDINGS = re.compile(r"(?:论文|研究|研究团队|课题组|科研团队)$")
_THE_NATION = re.compile(r"(?:中国|中华|全国|各族)*(?:人民(?!币)|儿女|同胞)")  # 14亿多中国人民, 14亿中华儿女
_WINDOW_OF = re.compile(r"(?:内|以内)?(?:的)?(?:累计|平均|最大|最高|降雨量|降水量|雨量|过程雨量)")
_FRAME_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:中|里|期间)[，,]")  # a span that frames its clause: …的行程中，
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"


def trivial(sentences: Sequence[Sentence], stat: Statistic) -> bool:
    """Whether a fact, though a count, tells an official nothing as a row of a table: a handful of people but for what
    befell them (6位代表发言, 三人立即分工; not 三人死亡), one of a thing (1起事件, 1架货机), a handful told before (这两个
    故事), a handful that only says whose the thing after 的 is (巴西两所高校的研究人员), a round amount inside a
    quotation (“…对数百万洛杉矶人…”), the nation as a whole (14亿多中国人民), a handful of papers, studies or teams a
    finding comes from (3篇论文, 3个研究团队), a coordinate (东经128.2度), a gun's calibre
    (155毫米火炮) or an age (22个月大)."""
    if not 0 <= stat.sentence_index < len(sentences):
        return False
    sentence = sentences[stat.sentence_index]
    before = sentence.text[: max(stat.start - sentence.start, 0)]
    after = _CLAUSE_MARK.split(sentence.text[stat.end - sentence.start :])[0]
    clause = _CLAUSE_MARK.split(before)[-1]
    if stat.value < HANDFUL and _BACK_TO.search(before):
        return True
    if stat.unit in _DISTANCES and _PLACE_AT.match(after):
        return True  # 在下游约1公里处搜到, 水下30米处: where something was, not how much of anything
    if _COORDINATE.search(clause) or (stat.unit == "毫米" and _CALIBRE.match(after)) or (
            _SIZE_OF.match(after) and _ONE_THING.search(clause)):
        return True  # 东经128.2度: where, not how much; 155毫米火炮: what kind of gun; 一袋20磅重的大米: the bag's size
    if _THIS_ONE.search(clause) or _THIS_FIRM.search(before):
        return True  # 这家企业投资了6000多万，打通六层楼: a figure of the one firm the story shows, read as the sector's
    if stat.value < HANDFUL and (names := _listed_names(before)) and len(
            _LIST_JOINS.findall(names)) + 1 == stat.value:
        return True  # 西安与瓦莱塔两个千年古都: the count of the names just listed
    if stat.unit in _SPANS and (clause.endswith(_SPAN_BEFORE) or _FRAME_AFTER.match(sentence.text, stat.end - sentence.start)
                                or _WINDOW_OF.match(sentence.text, stat.end - sentence.start) or after.startswith(_SPAN_AFTER)):
        # 在为期五天的行程中, 3天的比赛里, 经过5个多小时全力救治: how long the event the story tells lasted, a frame of time;
        # 24小时累计雨量, 苏丹过去108天流离失所者的人数: the time another figure adds up over; 冲突爆发100天之际: when
        return True
    if stat.unit in _PERSONS and (bound := _CLASS_BOUND.match(after)) and _tag_at(
            sentence, stat.end - sentence.start + bound.end()).startswith("n"):
        return True  # 500人以上行政村全覆盖: a class of villages by size, not a count of people
    if stat.unit in _SHARES and (bound := _CLASS_BOUND.match(after)) and _tag_at(
            sentence, stat.end - sentence.start + bound.end()).startswith("n"):
        return True  # 公司5%以上股东: a class of holders by the share they hold, not a share of anything
    if stat.unit in _AGES and _AGE_RANGE.search(stat.text):
        return True  # 0-17岁年龄段, 1-14岁溺水事故: an age bracket, a class of people, not how many or how much
    if stat.unit in _PERSONS and stat.value < HANDFUL:
        return not _BEFELL.search(clause + stat.subject + after)
    if (stat.value < HANDFUL and stat.subject and stat.unit in _COUNTED_ONE_BY_ONE | KIND_UNITS
            and sentence.text.startswith(stat.subject + "的", stat.end - sentence.start)
            and not _BEFELL.search(clause + stat.subject + after)):
        return True  # 巴西两所高校的研究人员, 7所当地高校的700余名学生: a handful that only says whose the thing after 的 is
    if (stat.value <= 3 and stat.subject and stat.unit in _COUNTED_ONE_BY_ONE and not clause.strip()
            and sentence.text.startswith(stat.subject, stat.end - sentence.start)
            and (tag := _tag_at(sentence, stat.end - sentence.start + len(stat.subject))).startswith("v") and tag != "vn"
            and not _BEFELL.search(stat.subject + after)):
        return True  # 两只狮子吐出…, 两个支部来到…: a handful that opens its clause and acts, a detail of the story
    if stat.value < HANDFUL and _SOURCES_OF_FINDINGS.search(stat.subject):
        return True  # 发表在《自然》上的3篇论文, 3个研究团队, 两项新研究: where a finding comes from, not a figure of it
    if stat.value >= 1e8 and stat.unit in _PERSONS | {""} and _THE_NATION.match(after):
        return True  # 让14亿多中国人民过上美好生活: the nation as a whole, rhetoric; 我国人口总量为13.95亿 is a statistic
    if stat.unit in _AGED_IN and after.startswith("大"):
        return True  # 22个月大的老鼠: an age, a detail of the story as 12岁 is
    if _VAGUE.match(stat.text) and stat.value < 1000 and stat.unit not in _RATIOS and not (
            stat.unit in _PERSONS and _BEFELL.search(clause + stat.subject + after)):
        return True  # 数百件商品, 几十次: a vague amount under a thousand, but for what befell people (数十人死亡)
    if stat.value == 1 and stat.unit in _COUNTED_ONE_BY_ONE:
        return True
    opened = sum(before.count(mark) for mark in _OPEN_QUOTES) - sum(before.count(mark) for mark in _CLOSE_QUOTES)
    return _VAGUE.match(stat.text) is not None and (opened > 0 or before.startswith(tuple(_OPEN_QUOTES)))


def _tag_at(sentence: Sentence, at: int) -> str:
    """The tag of the word that starts at character ``at`` of the sentence, "" when none does."""
    offsets = token_offsets(sentence) or []
    return next((tag for start, tag in zip(offsets, sentence.tags) if start == at), "")


_NOW_WORDS = frozenset({"目前", "当前", "日前", "此前", "之前", "以前", "先前", "眼前", "从前", "提前", "事前", "早前"})
_CLASS_BOUND = re.compile(r"以上|以下")
_AGES = frozenset({"岁", "周岁"})
_AGE_RANGE = re.compile(r"\d\s*(?:-|－|~|～|—|至|到)|[零一二两三四五六七八九十](?:至|到)")
# 一袋20磅重的大米, 一组25米长的轨排: the size of one thing described, no statistic (not 460万公里长的农村公路)
_SIZE_OF = re.compile(r"[重长高宽深厚]的")
_ONE_THING = re.compile(r"一[个条袋根组块座台张件只头桶箱包]$")
_DISTANCES = frozenset({"公里", "千米", "米", "海里", "英里", "英尺", "厘米", "km"})
# a distance that says where (…约1公里处, …3海里外, 约500米的高空), not an amount
_PLACE_AT = re.compile(r"(?:左右|远)?(?:的)?(?:处|之处|外|远处|深处|高空|上空|水域|海域)(?![\u4e00-\u9fff]*(?:公路|道路|铁路|线路|管道|隧道))")
_COORDINATE = re.compile(r"(?:东经|西经|南纬|北纬)(?:约|大约)?$")
_CALIBRE = re.compile(r"(?:口径)?(?:[\u4e00-\u9fff]{0,4}(?:炮|炮弹|榴弹|弹药|火箭弹))")


# a condition a figure is told under, in its sentence before it (如果暴露一小时，死亡率高达50%; 城镇化率每增长1个百分点，
# 可新增2000多亿元; 哪怕在最严峻情况下其规模达到GDP的2.5%): a row that leaves it out tells a hypothesis, a case granted
# for argument or a rate of effect as a result
_CONDITION = re.compile(r"如果|假如|假设|倘若|(?<![宛恍自])若(?![干隐即])|哪怕|即使|即便|就算|万一"
                        r"|每(?:增长|增加|提高|上升|下降|降低|减少|上涨|下跌|提升|升高|多|少)了?约?[\d一二两三四五六七八九十百千]")


def conditioned(sentences: Sequence[Sentence], stat: Statistic) -> bool:
    """Whether a fact is told under a condition its row would leave out: a hypothesis (如果…, 若…), a case granted for
    argument (哪怕…, 即使…: the worst case, not the forecast) or an effect per step
    of another figure (每增长1个百分点，…) in its sentence before it, not before a semicolon that closes it."""
    if not 0 <= stat.sentence_index < len(sentences):
        return False
    sentence = sentences[stat.sentence_index]
    before = re.split(r"[；;]", sentence.text[: max(stat.start - sentence.start, 0)])[-1]
    return _CONDITION.search(before) is not None


# measure words that say nothing of what they count or how long (个, 次, 起; 天, 个月): a row needs its subject to say it
_BARE_MEASURES = (_COUNTED_ONE_BY_ONE - {"次"}) | DURATION_UNITS | {"个月", "批", "年"}  # 加息11次: the verb is what is counted


def only_a_verb(sentences: Sequence[Sentence], stat: Statistic) -> bool:
    """Whether a fact's subject is only a verb and its measure word says nothing of what is counted (已建成超过1600个,
    展出三个月, 讲述了两起): a row that reads as nothing. Not where the unit says it (死亡53人, 投入4.5亿元, 行驶300公里),
    unless the verb is glued to the preposition of a place (18时47分/在下游约1公里处: jieba's 分在/v)."""
    glued = len(stat.subject) <= 3 and stat.subject.endswith(("在", "于"))
    if (stat.unit not in _BARE_MEASURES and not glued) or not stat.subject or not 0 <= stat.sentence_index < len(sentences):
        return False
    sentence = sentences[stat.sentence_index]
    at = sentence.text.rfind(stat.subject, 0, max(stat.start - sentence.start, 0))
    if at < 0:
        return False
    end, pos, tags = at + len(stat.subject), 0, []
    for token, tag in zip(sentence.tokens, sentence.tags):
        if pos < end and pos + len(token) > at:
            tags.append(tag)
        pos += len(token)
    return bool(tags) and all(tag.startswith("v") and tag != "vn" for tag in tags)


_SAME_UNIT = {"％": "%", "人民币": "元", "块钱": "元"}  # units stay as written otherwise (4个小时, 10秒钟), as the labellers write them
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_DIGIT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_BARE = {"百": 100.0, "千": 1000.0, "万": 10000.0, "亿": 1e8}
_ARABIC = r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
# …, with decimals (百分之十二点五), and a bare 百/千/万/亿 (近千万元, 数百名, 逾百名, 超亿元)
_CHINESE = (rf"[零〇一二两三四五六七八九十][{_CN_DIGITS}]*(?:点[零〇一二三四五六七八九]+"
            rf"(?=[万亿]|$|[^零〇一二三四五六七八九十百千万亿]))?|[百千万亿]")
_MAG = "万亿|千万|百万|亿|万|千(?![米瓦伏克帕赫])"  # 4197千米, 750千伏: 千 belongs to the unit
_APPROX_AFTER = "余|多"
_PREFIX_WORDS = ("不少于", "不低于", "至少", "超过", "将近", "近", "约为", "约", "超", "逾", "不足", "不到")
_PREFIX = "|".join(_PREFIX_WORDS) + "|数(?=[十百千万亿])|[上过](?=[百千万亿])"  # 数百名, 上千人, 过亿: round amounts
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
_QUANTITY = re.compile(
    rf"(?:(?P<prefix>{_PREFIX}) ?)?"  # a space may stand around an Arabic number: 约 30 立方米, 3 户 10 人
    rf"(?:(?P<low>{_NUMBER})(?P<lowmag>{_MAG})?(?P<lowpct>[%％])?\s*(?:至|到|-|~|～|—|－)\s*)?"
    rf"(?P<pct>[百千]分之)?"  # 百分之九十五 → 95 %, 千分之八 → 8 ‰
    rf"(?P<num>{_NUMBER})"
    rf"(?P<approx1>{_APPROX_AFTER})?(?P<mag>{_MAG})?(?P<approx2>{_APPROX_AFTER})?"
    rf"(?P<half>个半(?=小时))?(?P<more>个多(?:小时|月))?"  # 3个多小时, 两个多月: more than 3 hours, not 3 个
    rf"(?:(?<=\d) (?={_UNIT_RE}))?(?P<unit>{_UNIT_RE}|[％])?"
)
_RANGE_MARKS = frozenset({"至", "到", "-", "~", "～", "—", "－", "——"})
_ROUND_THE_CLOCK = re.compile(r"[)）]|(?:临战|值班|值守|应急|待命|领事|服务|热线|在线|营业|[不无]间断|不打烊|畅通|响应)")
_PER_UNIT = re.compile(r"[/／](?P<per>\d*(?:平方米|立方米|盎司|吨|桶|公斤|千克|斤|人|年|月|天|小时|千瓦时|亩|公里|平方公里|秒|套|股|平|升|L))")  # 28米/秒; 100万件/套: items or sets; 68.4元/股; 9500元/平
# political formulas and the names of founding texts and principles (和平共处五项原则, 中美三个联合公报, 四项基本原则,
# 四个现代化, 中日四个政治文件): their numerals name them, they count nothing the article reports
_SLOGANS = re.compile(
    r"^(?:(?:两个|四个|三个|五个)(?:确立|维护|意识|自信|全面|大局|一百年|代表|务必|结合|坚持|必须|统筹|现代化)|八项规定|四处"
    r"|三个联合公报|四个政治文件|五项原则|四项基本原则)"  # (中日四个政治文件)
)
# idioms made of numerals and measure words: 三番五次 is no 5 次, 三天两头 no 3 天
_IDIOMS = re.compile("成千上万|成百上千|千千万万|三番五次|三天两头|五花八门|三令五申|四面八方|千家万户|千军万马|三言两语|五湖四海|七嘴八舌|九牛一毛|三心二意|十全十美|九死一生|三五成群|一五一十")
# 级 measures an earthquake (6.2级地震, 里氏5.8级); elsewhere it is a rank (3级医院) or, as labellers read it, a
# wind scale (阵风9级) that no one counts
_SCALE_AFTER = re.compile(r"(?:以上|左右)?的?(?:强?地震|余震|强震)")
_SCALE_BEFORE = re.compile(r"(?:里氏|震级)(?:达到?|为|高达|约)?$")
_LATIN = re.compile(r"[A-Za-z]")
_ANY_NUMERAL = re.compile(NUMERAL_CHARS)
_LEAD = max(map(len, _PREFIX_WORDS)) + len("百分之")  # characters of a quantity before its first numeral
_QUOTE_CHARS = re.compile("[" + "".join(QUOTES) + "]")
_BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")


def extract_statistics(sentences: Sequence[Sentence], cfg: BriefConfig) -> tuple[Statistic, ...]:
    """Every quantity with a unit in the sentences, with what it counts, in document order."""
    facts: list[Statistic] = []
    written = has_traditional("".join(s.text for s in sentences))  # (most texts have no sentence to convert)
    for sentence in sentences:
        # 2,467億元 read as 亿元, 新臺幣 as 新台币; offsets and text as written
        analysed = _as_simplified(sentence) if written else sentence
        found = _outside_place_names(analysed, find_quantities(analysed.text))
        named = subjects(analysed, found)
        if analysed is not sentence:
            named = [_as_written(subject, analysed.text, sentence.text) for subject in named]
        for (start, end, value, unit), subject in zip(found, named, strict=True):
            facts.append(
                Statistic(
                    text=sentence.text[start:end],
                    value=value,
                    unit=unit,
                    subject=subject,
                    sentence_index=sentence.index,
                    start=sentence.start + start,
                    end=sentence.start + end,
                )
            )
    return tuple(facts)


def _outside_place_names(sentence: Sentence,
                         found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """The quantities that are not the opening numeral of a place's name jieba knows (三家店/ns 水闸, 五道口/ns: no
    three shops)."""
    offsets = token_offsets(sentence) if found else None
    if not offsets:
        return found
    places = [(at, at + len(token)) for at, token, tag in zip(offsets, sentence.tokens, sentence.tags) if tag == "ns"]
    return [quantity for quantity in found
            if not any(a == quantity[0] and quantity[1] < b for a, b in places)]


_TRADITIONAL_NUMERAL = re.compile(NUMERAL_CHARS[:-1] + "萬億兩]")


def _as_simplified(sentence: Sentence) -> Sentence:
    """The sentence in Simplified Chinese, character for character (itself when it is, or when no such conversion
    keeps every length)."""
    if not _TRADITIONAL_NUMERAL.search(sentence.text):
        return sentence  # no number to read (most sentences): no conversion
    text = simplified(sentence.text)
    if text == sentence.text:
        return sentence
    ends = list(itertools.accumulate(map(len, sentence.tokens)))
    if not ends or ends[-1] != len(text):
        return sentence
    tokens = tuple(text[end - len(token) : end] for token, end in zip(sentence.tokens, ends, strict=True))
    return dataclasses.replace(sentence, text=text, tokens=tokens)


def _as_written(subject: str, analysed: str, written: str) -> str:
    """A subject found in the Simplified text, as the article writes it (新台币 → 新臺幣)."""
    at = analysed.find(subject) if subject else -1
    return written[at : at + len(subject)] if at >= 0 else subject


def find_quantities(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of each quantity in ``text``; offsets are within ``text``."""
    found: list[tuple[int, int, float, str]] = []
    if not _ANY_NUMERAL.search(text):
        return found
    quoted = _quoted_spans(text) if _QUOTE_CHARS.search(text) else []
    quoted += [idiom.span() for idiom in _IDIOMS.finditer(text)]  # numerals in them count nothing, as in a slogan
    if "《" in text:
        quoted += [title.span() for title in _BOOK_TITLE.finditer(text)]  # 《封神三部曲》, 《三国演义》: a name
    pos = 0
    while pos < len(text):
        numeral = _ANY_NUMERAL.search(text, pos)
        if numeral is None:
            break
        # a quantity starts at most _LEAD characters before its first numeral (超过百分之…): no earlier
        match = _QUANTITY.search(text, max(pos, numeral.start() - _LEAD))
        if match is None:
            break
        pos = match.end() if match.end() > match.start() else match.start() + 1
        if match.group("lowpct") and not (match.group("pct") or match.group("unit") in ("%", "％")):
            # 同比增长15%至486.4亿元: a rate, then the amount it reached; no range
            pos = match.start("num")
            match = _QUANTITY.match(text[: match.end("lowpct")], match.start())
        fact = _to_fact(text, match, quoted)
        if fact is None:
            continue
        found.append(fact)
    return _join_ages(_join_ranges(text, _share_units(text, found)))


def _join_ages(found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """3岁5个月 is one age in years (3.4167 岁), not 3 years and a count of 5 months."""
    for i in range(len(found) - 2, -1, -1):
        (start, end, years, unit), (after, stop, months, next_unit) = found[i], found[i + 1]
        if unit in ("岁", "周岁") and next_unit == "个月" and after == end and months < 12:
            found[i : i + 2] = [(start, stop, round(years + months / 12, 4), unit)]
    return found


def _join_ranges(text: str, found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """4.5港元至5.3港元, 13.7亿港元至16.1亿港元: a range written with the unit at both ends is one fact, valued at
    its lower bound (as 3至5个)."""
    for i in range(len(found) - 2, -1, -1):
        start, end, value, unit = found[i]
        following = found[i + 1]
        if unit and following[3] == unit and text[end : following[0]] in _RANGE_MARKS:
            found[i : i + 2] = [(start, following[1], min(value, following[2]), unit)]
    return found


_UNIT_SHARED_ACROSS = frozenset({"、", "和", "与", "及", "、和", "甚至", "乃至", "或", "或者"})


def _share_units(text: str, found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """分别为65亿、56亿和47亿美元: the unit written once at the end of a list belongs to every amount in it (数百万甚至上千万韩元
    too)."""
    for i in range(len(found) - 2, -1, -1):
        start, end, value, unit = found[i]
        following = found[i + 1]
        if not unit and following[3] and text[end : following[0]] in _UNIT_SHARED_ACROSS:
            found[i] = (start, end, value, following[3])
    return found


def _to_fact(text: str, m: re.Match[str], quoted: list[tuple[int, int]]) -> tuple[int, int, float, str] | None:
    num, unit, mag = m.group("num"), m.group("unit"), m.group("mag")
    start, end = m.start(), m.end()
    if m.group("more"):
        unit, end = "个小时" if m.group("more").endswith("小时") else "个月", m.end("more")
    chinese = not num[0].isdigit()
    unit = _SAME_UNIT.get(unit, unit)
    if m.group("pct"):
        unit = "%" if m.group("pct") == "百分之" else "‰"
    if not unit and not mag and not (chinese and ("万" in num or "亿" in num)):
        return None
    unit = unit or ""
    before = text[:start].rstrip(" ")[-1:] or " "
    after = text[end] if end < len(text) else " "
    # glued to letters, digits or a decimal point: codes, versions, phone numbers; a Chinese unit may be followed by
    # a name in letters (8英寸BAW滤波器, 5个App)
    latin_after = _LATIN.match(after) and not ("\u4e00" <= unit[-1:] <= "\u9fff")
    if not unit and mag and text[end:end + 1] == "年":
        return None  # 12万年来: a span of time
    if _LATIN.match(before) or latin_after or before.isdigit() or before in ".．":
        return None
    if (before in "第前首" and text[max(0, start - 2) : start].rstrip(" ") not in _NOW_WORDS) or (before == "初" and chinese):
        return None  # 第3, 前10名, 首2: a rank (not 目前28个, 此前5家: a time word that ends in 前)
    if unit == "家" and text[end : end + 2] in ("乡村", "乡镇"):
        after = " "  # 12家乡村少年宫, 3家乡镇企业: the firms counted, not 家乡 (a hometown)
    if unit and after in _UNIT_BAD_NEXT.get(unit, "") or (unit == "点" and after.isdigit()):
        if not mag or m.group("low"):
            return None
        end, unit = m.end("approx2") if m.group("approx2") else m.end("mag"), ""  # 约1.65亿人口: an amount, no measure word
    if unit == "级" and not (_SCALE_AFTER.match(text, end) or _SCALE_BEFORE.search(text, max(0, start - 4), start)):
        return None  # 6.2级地震, 里氏5.8级: a magnitude; 3级医院, 5级台阶 are ranks
    if unit == "分" and before in "时点":
        return None  # 8时30分: a time
    if unit == "米" and (after in "板跑台栏" or text[max(0, start - 2) : start] in ("男子", "女子")):
        return None  # 女子5000米, 三米板, 100米跑: the name of an event
    if unit in ("天", "日") and before in "这那":
        return None  # 这两天: lately
    if unit in ("村", "社区") and before in "镇乡" and chinese:
        return None  # 青龙湖镇上万村: a village's name after its township, no count of villages (全镇18村 counts)
    if unit in ("小时", "个小时") and num == "24" and (before in "(（" or text[:start].endswith("全天候") or _ROUND_THE_CLOCK.match(text, end)):
        return None  # 24小时领事保护, 全天候24小时…: round the clock, a service, not an amount
    if unit == "分钟" and re.match(r"[^，。；]{0,8}圈", text[end:]):
        return None  # 15分钟生活圈, 一刻钟便民生活圈: the name of a policy
    if unit == "个" and after == "“" and chinese and not mag:
        return None  # 三个“一号工程”: a named set, like a slogan (近1.4万个“15分钟生活圈” counts)
    if before in QUOTES and any(a == start - 1 and b > end + 2 for a, b in quoted):
        return None  # “84公里项目”, “15分钟品质文化生活圈”: a name that opens with a quantity
    if after == "年" and unit == "个":
        return None  # 两个年度: a period, not a count
    if unit == "届" and not chinese and re.fullmatch(r"(?:19|20)\d\d", num):
        return None  # 2024届高校毕业生: a class's year, not a count
    if unit == "次" and re.match(r"(会议|全会|全体会议|代表大会|全委|常委会|委员长会议|[\u4e00-\u9fff]{0,3}(列车|动车))", text[end:]):
        return None  # 十二届全国人大三次会议: a session name; 57007次列车: a train number
    if unit == "点" and not re.match(r"(看法|意见|建议|要求|措施|体会|原因|立场|共识|做法|经验|启示|希望|内容)", text[end:]):
        return None  # 晚上7点: a time; only 5点看法 counts
    if unit == "个" and re.match(r"(?:和|、|与|或|至|到)\d+(?:\.\d+)?个百分点", text[end:]):
        unit = "个百分点"  # 2.4个和3.1个百分点
    if chinese and unit in _ARABIC_ONLY:
        return None
    if chinese:
        if before in "几数末" or text[max(0, m.start("num") - 2) : m.start("num")] == "倒数":
            return None  # 几十公里, 倒数十位: vague amounts and ranks (数十艘 counts: 数 is then its prefix)
        if num in ("一", "二", "零", "〇") and not mag:
            return None  # 一站式, 零部件; a lone 二 is an ordinal (二期工程, 二类, 二组) where a count says 两
        if unit == "期" and before not in "了办续共计":
            return None  # 三期工程: a phase
        if unit == "届" and before not in "了办续过历":
            return None  # 十九届四中全会, 十四届全国人大: a session; 连续举办四届 counts
        if unit in ("字", "周") and not mag and text[max(0, start - 2) : start] not in ("为期", "连续", "持续"):
            return None  # 红十字会, 八字方针, 隧道四周: only 为期四周, 6.8万字 and Arabic 3755字 count
        if unit == "个" and after in "字词" and not (mag or "万" in num or "亿" in num):
            return None  # 这三个字, 关键的两个词: a word's characters or a phrase's words, no amount (Arabic 140个字 counts)
        if (not unit and not ((mag or "万" in num or "亿" in num) and m.group("prefix"))) or unit in ("%", "‰") and not m.group("pct"):
            return None  # 五百万粉丝 counts after 超过/近/约/数 (超过五百万粉丝, 数十万候鸟); 十万火急 does not
        if num in _BARE and not m.group("pct") and (m.group("low") or not (m.group("prefix") or m.group("approx1") == "余")):
            return None  # only after 近/约/逾/数/上 or before 余 (近千万元, 数百名, 百余所): 百万亩造林工程, 千亿元产业集群 and 万人空巷 are names
        if any(a <= start < b for a, b in quoted) or _SLOGANS.match(text[start:]):
            return None
    # "十九届四中全会": 届 is not a unit, so the numeral never matches; "四中全会": 中 is not a unit either
    value = numeral_value(num)
    if value is None:
        return None
    value = _scale(value, mag)
    if m.group("half"):
        value += 0.5  # 4个半小时 → 4.5 小时
    if m.group("low"):
        low = numeral_value(m.group("low"))
        if low is None:
            return None
        value = min(value, _scale(low, m.group("lowmag") or mag))
    per = _PER_UNIT.match(text, end) if unit else None
    if per:
        end, unit = per.end(), f"{unit}/{per['per']}"  # 150元/平方米, 2081美元/盎司: a price or a rate
    return start, end, value, unit


def numeral_value(token: str) -> float | None:
    """The value of an Arabic or Chinese numeral, or None when it is not a number."""
    if token[0].isdigit():
        return float(token.replace(",", ""))
    if len(token) > 2 and _DIGIT.get(token[1], -9) == _DIGIT.get(token[0], -9) + 1 and token[2] in "十百千万亿":
        token = token[0] + token[2:]  # 两三百万 → 两百万: an approximate range, valued at its lower bound
    if "点" in token:
        return _chinese_number(token)  # 十二点五 → 12.5
    if len(token) >= 2 and not any(ch in "十百千万亿" for ch in token):
        # 两三人, 五六个: an approximate range, valued at its lower bound; 一二三四 is no number
        digits = [_DIGIT.get(ch, -9) for ch in token]
        if len(digits) == 2 and digits[1] == digits[0] + 1:
            return float(digits[0])
        return None
    if len(token) == 1 and token in _DIGIT:
        return float(_DIGIT[token])  # the common case, without loading cn2an
    if token in _BARE:
        return _BARE[token]  # 近千万元: a thousand ten-thousands; 数百名 is valued at its lower bound
    return _chinese_number(token)


@functools.lru_cache(maxsize=4096)
def _chinese_number(token: str) -> float | None:
    """cn2an's value of a Chinese numeral (十九, 三千五百), cached: the same few recur in every article."""
    try:
        return float(_cn2an()(token, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


@functools.cache
def _cn2an():
    """cn2an's converter, imported on first use (its import costs about 0.3 s of every cold start)."""
    import cn2an

    return cn2an.cn2an


def warm_up() -> None:
    """Import cn2an now rather than inside the first article with a Chinese numeral."""
    _cn2an()


def _scale(value: float, mag: str | None) -> float:
    if mag:
        value *= _MAGNITUDES[mag]
    return round(value, 6)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each short quotation (up to 30 characters): slogans and names live there."""
    spans = []
    i = 0
    while i < len(text):
        closer = QUOTES.get(text[i])
        if closer:
            j = text.find(closer, i + 1)
            if j != -1 and j - i <= 30:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


# a clause that gives a figure as expected, not reached: 预计全年造船完工量4200万载重吨, 力争达到100个
_FORECAST = re.compile(r"预计|预估|预测|(?<![于过及乎合出])预期|有望|力争|目标是|计划(?:到|于|在|投资|新增|建成|完成|实现|将)|将达|将超|将突破|将增至"
                       r"|将(?:为|惠及|带动|创造|新增|提供|可|能够)|到20\d\d年(?!的)")
# (将为中国北部约1.65亿人口提供…: what a project will bring; not 好于预期, 超过预期, 符合预期: a result measured against
# one; nor 由2013年的3236.6亿元增长到2022年的7332亿元: a year's figure a move reached)
_CLAUSE_MARK = re.compile(r"[，,；;。！？：:]")
# where a forecast frame stops governing: a clause of another subject or time, or one told as done
_FRAME_ENDS = re.compile(r"[，,；;]\s*(?:而|但|目前|去年|今年以来|上半年|此前|截至)|已|了|则")
# what makes the rest of a sentence a forecast: 明年建成投产后，年发电量超60亿千瓦时; 未来，…使物流时效提升15%
_FORECAST_FRAME = re.compile(
    r"(?:^|[，,])(?:未来(?=[，,]|[一二三四五六七八九十两几\d]+年)|明年|届时)|预计[，,：:]|(?:建成|投产|投用|投运|竣工|完工)[\u4e00-\u9fff]{0,2}?后"
)


# the figures of a list before this one (分别增长12.1%、4.4%): what governs the list governs each of them
_EARLIER_IN_LIST = re.compile(r"(?:\d[\d.]*(?:%|‰|个百分点|[\u4e00-\u9fff]{1,3})?[、和与及])+$")
# a change right before the figure (同比增长47.8%, 环比上升3.8%, 减少了37.26万亩): the figure is how much it changed
_CHANGE_BEFORE = re.compile(r"(?P<verb>增长|上升|升高|下降|上涨|下跌|提升|提高|回落|减少|增加|扩大|收窄|降低|蒸发|缩水|上调|下调|"
                            r"调高|调低|推高|推低|拉高|拉低|抬高|压低)了?(?:约|近|超过|达)?$")  # (汽油价格每吨累计上调615元: the rise, not the price)
# more or less than a time before, right before the figure (比去年同期多了60%, 较常年偏高1.10℃): how much it changed
_MORE_THAN_BASE = re.compile(r"(?P<base>(?:(?<!占)比(?![例重率值较])|较(?!为))[^，,；;。：:]{0,10}?)"
                             r"(?P<verb>偏?[多少高低大小])了?(?:约|近|超过|达)?$")  # 较常年平均偏小23.84%
# the base or the rate of a change (同比, 比上年; 年均增长8%: a year's rise on average, not the whole rise)
_CHANGE_BASE = re.compile(r"(?:同比|环比|(?:比|较)(?:上年|去年|上月|上季度)(?:同期)?|年均|年平均|平均每年|每年平均)"
                          r"(?=[^，,；;。：:]{0,3}$)")


# a verb of gain or saving before the subject it measures (可减少二氧化硫排放量约19300吨, 年增产粮食约26亿公斤)
_GAIN_BEFORE = re.compile(r"(?:减少|增加|增产|减产|节省|节约|新增|降低|削减|挽回|损失|(?P<work>(?:新增|新建)?[和及、]?(?:治理|整治|修复|改造|复垦|绿化))"
                          r"(?:了?[^，,；;。：:的\d]{1,12}等)?)$")  # 治理荒滩砂石坑等沙化土地25万多亩: the land treated, not all of it
_QUALIFIER_AFTER = re.compile(r"(?:约|近|超过|达|逾)$")  # between a subject and its figure: 排放量约19300吨
# money given right before a figure with no unit (投资了6000多万): without the verb, 企业 6000多万 reads as a count
_MONEY_BEFORE = re.compile(r"(?P<verb>投资|投入|融资|出资|捐款|捐赠|捐资|补贴|补助|拨付|筹集|募集)了?(?:约|近|超过|达)?$")
# a bound right after a figure (80%以上, 5岁以下, 50万元左右, 5000吨级): the fact's span leaves it out, but it changes the figure
_BOUND_AFTER = re.compile(r"级(?:以上|以下)?|以上|以下|以内|之内|左右")  # and a class: 5000吨级船舶
_OPEN_FIGURE = re.compile(r"[\d万亿千]$")  # a figure whose measure comes later in its list
# the whole a share is of, after its part in the share's clause (收入占总收入的30%以上, 士兵约占白俄罗斯军队的60%)
_SHARES = frozenset({"%", "‰", "成"})
_SHARE_OF = re.compile(r"(?P<verb>占|(?P<more>超过|不足|不到|接近)|达到|相当于)(?P<whole>[^，,；;。：:占的\d]{1,14})的"
                       r"(?:比重|比例)?(?:为|是|达到?|约|近|超过|高达|仅)*$")  # (赤字将超过GDP的2%: 超过 2% of it)
_ADVERBS_AFTER = re.compile(r"(?:约|已|仅|只|共|均|将|则|也|还|大约|已经|分别)+$")


def shown_subject(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """A fact's subject as a brief or a digest shows it beside the figure: with the change it measures (游客同比增长
    for 同比增长47.8%, which would otherwise read as a level), with the money verb of a figure with no unit
    (服装生产企业投资 6000多万), with a verb of gain before it (减少二氧化硫排放量), with the whole a share is of
    (果农林果收入占总收入 for 30%以上), and 预计 when its clause, or a
    frame before it in its sentence (明年建成投产后，…), forecasts it; 据称 when the sentence gives someone's claim,
    指控 a prosecutor's charge;
    日均 or 每天 when the clause counts a day's, as it says (平均每一天约1.15万台, 每天罚款100万挪威克朗), and so a week's,
    a month's or a year's (每周, 每年, 年均); the span of
    years a total adds up over (``span``: 20年来)."""
    if not 0 <= stat.sentence_index < len(sentences):
        return stat.subject
    sentence = sentences[stat.sentence_index]
    clause = _CLAUSE_MARK.split(sentence.text[: max(stat.start - sentence.start, 0)])[-1]
    clause = _EARLIER_IN_LIST.sub("", clause)  # 分别增长12.1%、4.4%: the 4.4% grew too
    subject = stat.subject
    change = _CHANGE_BEFORE.search(clause) or (_MONEY_BEFORE.search(clause) if not stat.unit else None)
    more = _MORE_THAN_BASE.search(clause) if not change else None
    if change and subject and change["verb"] not in subject:
        base = _CHANGE_BASE.search(clause, 0, change.start())
        subject += (base.group() if base else "") + change["verb"]
    elif more and len(more["base"]) > 1 and subject and more["base"] not in subject:
        subject += more["base"] + more["verb"]  # 新能源汽车日均流量比去年同期多
    elif subject and (head := _QUALIFIER_AFTER.sub("", clause)).endswith(subject) and (
            gained := _GAIN_BEFORE.search(head, 0, len(head) - len(subject))):
        subject = (gained["work"] or gained.group()) + subject  # 可减少二氧化硫排放量约19300吨: the amount saved, not the amount emitted
    elif subject and stat.unit in _SHARES and "占" not in subject and (share := _SHARE_OF.search(clause)) and (
            _ADVERBS_AFTER.sub("", clause[: share.start()]).endswith(subject)):
        subject += "占" + share["whole"]  # 果农林果收入占总收入的30%以上: a share of the income, not the income
    before = sentence.text[: max(stat.start - sentence.start, 0)]
    frame = _FORECAST_FRAME.search(before)
    if frame and _FRAME_ENDS.search(before, frame.end()):
        frame = None  # …未来五年将启动300个…，而武汉则以182个片区…: a clause of its own, told as done
    if subject == stat.subject and (_THERE_ARE_BEFORE.search(clause) or stat.unit == "人次" or stat.unit in _SHARES):
        subject += _what_they_do(sentence, stat)  # 有22万小学寄宿生没有学生宿舍: the boarders without one
    claimed = "（据称）" if _CLAIMED.match(sentence.text) else "（指控）" if _CHARGED.match(sentence.text) else ""
    # 平均每一天约1.15万台充电设施建成投运: so many a day, not in all
    # (独居老人月均收入仅为…的42%: a ratio of two amounts, whatever they are of)
    per = _PER_SPAN.search(clause) if not _PER_SPAN.search(subject) and stat.unit not in _SHARES | {"倍"} else None
    daily = "" if per is None else f"（每{_SPAN_WORD[per['every']]}）" if per["every"] else f"（{per['mean'] or '日'}均）"
    over = span(sentences, stat)
    over = f"（{over}）" if over and over not in subject else ""
    return (_which(sentence, stat, subject) + daily + over + ("（预计）" if _FORECAST.search(clause) or frame else "")
            + claimed)


# a day's, a week's, a month's or a year's (平均每一天, 每天, 日均; 每周, 每月, 每年, 年均): not a total (每周三: a day); one
# item's or one person's (每项, 每人)
_PER_SPAN = re.compile(r"平均每一?天|(?P<mean>[日周月年])均|每一?(?P<every>天|日|周(?![一二三四五六日天末])|星期(?![一二三四五六日天])"
                       r"|月|年|项|人|户|件|台)")  # and one item's, person's…: 奖励金额每项100万元
_SPAN_WORD = {"天": "天", "日": "天", "周": "周", "星期": "周", "月": "月", "年": "年", "项": "项", "人": "人", "户": "户",
              "件": "件", "台": "台"}
# a span of years a clause opens with, that the figures after it add up over: 20年来, 十多年来, 近半个世纪以来, 过去10年间,
# 成立十年来; 自2003年起, 2019年以来, 自2018年首次举办以来, 自2011年办理首列中欧班列至今 (not 今年以来: part of a year;
# not 近年来, 近几年来: no span said; not 自2023年8月9日24时起: when a price takes effect)
_SPAN = re.compile(r"(?:^|(?<=[，,；;：:]))(?:[\u4e00-\u9fff]{0,12}?"
                   r"(?P<years>(?:近|过去|这)?(?:[\d一二两三四五六七八九十]+多?年|多年|半个世纪|半个多世纪)(?:来|以来|间|里))"
                   r"|自?(?P<year>(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?|去年\d{1,2}月)[^，,；;。：:\d]{0,16}?"
                   r"(?P<since>以来|起|至今))"
                   r"(?=[，,]|$)")
_LEVELS = _SHARES | {"个百分点", "倍"}  # rates and shares: a level at a time, whatever span the clause opens with
# a time nearer the figure than the span: the figure is of that time (由2013年的3236.6亿元; 眼下九成人口; 每年选取3个地区)
_TIME_OF_ITS_OWN = re.compile(r"\d{1,2}月|目前|截至|截止|当前|现在|现有|日前|(?:19|20)\d\d年|眼下|如今|当年|今年|去年|上年"
                              r"|每年|年均|本届|此次|本次|将|预计|计划|拟")  # (…，现有教师8000人: a stock now; 自2025年起…将: ahead)


def span(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """The span of years a figure adds up over, where a clause of its sentence before it opens with one (20年来，工兵分队
    累计修建道路1500余公里 → 20年来; 自2003年起，累计招募12093名志愿者 → 2003年以来), or of the sentence before it that
    a ； closes, the figure's sentence going on with no time of its own: a total of twenty years does not read as one
    year's beside it. "" when none, or when a time nearer the figure is its own (十年来…由2013年的3236.6亿元)."""
    if not 0 <= stat.sentence_index < len(sentences):
        return ""
    sentence = sentences[stat.sentence_index]
    at = max(stat.start - sentence.start, 0)
    if stat.unit in _LEVELS and not _CHANGE_BEFORE.search(_CLAUSE_MARK.split(sentence.text[:at])[-1]):
        return ""  # 八年来，…覆盖率达到90.21%: a level reached, not a sum over the years (累计增长126.5% is)
    found = [m for m in _SPAN.finditer(sentence.text, 0, at)]
    if found:
        text, end = sentence.text, found[-1].end()
    elif stat.sentence_index and (before := sentences[stat.sentence_index - 1]).paragraph == sentence.paragraph and (
            before.text.rstrip().endswith(("；", ";"))) and (found := [m for m in _SPAN.finditer(before.text)]):
        text, end = before.text, found[-1].end()
        if _TIME_OF_ITS_OWN.search(sentence.text, 0, at):
            return ""
        at = len(text)
    else:
        return ""
    if _TIME_OF_ITS_OWN.search(text, end, at):
        return ""
    told = found[-1]
    return told["years"] or told["year"] + "以来"


def _what_they_do(sentence: Sentence, stat: Statistic) -> str:
    """What the things a figure counts do, when a short predicate runs from its subject to the clause's end (有13条轨道
    交通线路正在规划建设中 → 正在规划建设中); "" otherwise."""
    at = max(stat.end - sentence.start, 0)
    if sentence.text.startswith("的", at):
        at += 1  # 仅有6%的车主完全不愿意承担
    after = sentence.text[at:]
    skip = len(stat.subject)
    if (stat.unit in _SHARES and stat.subject
            and sentence.text.endswith(stat.subject, 0, max(stat.start - sentence.start, 0))):
        bound = _BOUND_AFTER.match(after)  # 交通90%以上使用新能源车, 石油产量的80%以上被…偷走: the part that does it
        skip, at = 0, at + (bound.end() if bound else 0)
        after = sentence.text[at:]
    elif not stat.subject or not after.startswith(stat.subject) or "分别" in sentence.text[:at]:
        return ""  # (分别有18例和6例相关儿童死亡案例: ``_which`` says which)
    predicate = _PREDICATE.match(after, skip)
    if predicate is None or re.search(r"[\d两三四五六七八九十百千]+(?:分之|%|个|万|亿)", predicate.group()):
        return ""  # 以不足9%的耕地生产出约占世界四分之一的粮食: a predicate with a figure of its own
    # it opens with a verb, an adverb or a preposition (没有, 正在, 在华学习), not a noun (死亡/vn 案例)
    offsets = token_offsets(sentence) or []
    k = next((k for k, start in enumerate(offsets) if start == at + skip), None)
    if k is None:
        return ""  # (the subject ends inside a word)
    tag = sentence.tags[k]
    verbal = (tag[:1] in "vdpa" and tag != "vn") or sentence.tokens[k] in ("正在", "已经", "仍然")  # 正在/t
    if _ONLY_SAID.fullmatch(predicate.group()):
        return ""  # 49.7%的消费者表示，…: what they said follows; 消费者表示 names nothing
    return predicate.group() if verbal else ""


# a figure that says how many there are (有22万小学寄宿生…, 还有13条线路…), not 拥有/没有/设有: what they do says which
_THERE_ARE_BEFORE = re.compile(r"(?:^|[^拥具没占享设含持])有$")
_PREDICATE = re.compile(r"[^，。；：,;:！？\d“”（）()]{2,14}(?=[，。；,;！？]|$)")
_ONLY_SAID = re.compile(r"(?:都|均|也)?(?:表示|认为|称|说|指出|坦言|反映|回答)")


# a sentence that gives a side's claim (亚美尼亚方面称，约有150万亚美尼亚人死于…; 乌方称…; 某某声称…): its figures are
# that side's, not established (a paper's report, 路透社称, tells what others found)
_CLAIMED = re.compile(r"[^，。；“”]{0,20}?(?:方面称|方称|声称|宣称)[，,：:]")
# a charge a court is to try (检察机关指控，…收受…贿款共550多万元; 起诉书显示，…): no finding yet
_CHARGED = re.compile(r"[^，。；“”]{0,20}?(?:指控称?|起诉书(?:显示|称|指出))[，,：:]")


def _which(sentence: Sentence, stat: Statistic, subject: str) -> str:
    """``subject`` with the month, place or sector a 分别 list gives the figure, where the subject leaves it out:
    4月和5月平均优良天数比例分别为54.0%和62.5% → 5月平均优良天数比例 for 62.5%; 第一、二、三产业用电量同比分别增长
    12.1%、4.4%、9.9% → 第二产业用电量 for 4.4%; 京津冀、长三角、珠三角平均优良天数比例分别为… → 长三角平均…"""
    at = stat.start - sentence.start
    said = sentence.text.rfind("分别", 0, max(at, 0))
    if said < 0 or not subject or _CLAUSE_MARK.search(sentence.text, said, at):
        return subject
    chain = _CLAUSE_MARK.split(sentence.text[said:])[0]
    position = len(_LIST_JOINS.findall(sentence.text, said, at))
    head = _CLAUSE_MARK.split(sentence.text[:said])[-1]
    items: list[str] = []
    if sector := _SECTORS.search(head):
        items = [f"第{n}{sector['what']}" for n in re.findall(r"[一二三四五六七八九十]", sector["numbers"])]
    elif months := _MONTHS.search(head):
        items = re.findall(r"\d{1,2}月", months.group())
    elif places := _PLACES.search(head):
        items = _LIST_JOINS.split(places["places"])
    if len(items) < 2 or len(items) != len(_LIST_JOINS.findall(chain)) + 1 or position >= len(items):
        return subject
    if sector:
        rest = subject.split(sector["what"], 1)[-1]  # 产业用电量 → 用电量
    elif any(other in subject for other in items):
        rest = _LISTED_START.sub("", subject)  # 长三角、珠三角平均优良天数比例 → 平均优良天数比例
    else:
        rest = subject
    return items[position] + rest if rest and items[position] not in rest else subject


_LIST_JOINS = re.compile(r"[、和与及]")
_SECTORS = re.compile(r"第(?P<numbers>[一二三四五六七八九十](?:[、和与及]第?[一二三四五六七八九十])+)(?P<what>产业)")
_MONTHS = re.compile(r"\d{1,2}月(?:[、和与及]\d{1,2}月)+")
# (at most ten places: 和、与、及 are characters of a place's name too, so an unbounded list of them, each split
# anywhere, backtracked for seconds on a run of 和 before 分别; a list of up to ten matches as before)
_PLACES = re.compile(r"^(?:此外|其中|同时|另外)?(?P<places>[\u4e00-\u9fff]{2,4}?(?:[、和与及][\u4e00-\u9fff]{2,4}?){1,9}?)(?=平均|人均|地区|的)")
_LISTED_START = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}[、和与及]){0,9}[\u4e00-\u9fff]{2,4}?(?=平均|人均|地区|的)")


# an amount a thing moved from, then the verb that moves it to the next: 从过去的10小时左右减少为4个半小时, 由19.7%下滑至4.9%
_FROM_BEFORE = re.compile(r"(?:从|由)[^，,；;。：:从由]{0,12}$")
_MOVED_ON = re.compile(r"(?:以上|以下|左右|上下)?[^，,；;。：:\d]{0,6}?(?:到|至|为|成)了?(?:现在的|目前的|如今的)?"
                       r"(?:每[天日周月年]|[日周月年]均)?(?:约|近|超过)?$")  # (增长至每周超过18000人, 增加到现在的日均1200吨)


def superseded(sentences: Sequence[Sentence], facts: Sequence[Statistic]) -> set[tuple[int, int]]:
    """(sentence index, start) of each fact that is the old amount of a move to a new one of the same unit in its
    sentence (从西宁到成都将从过去的10小时左右减少为4个半小时左右: 10小时): a table that shows one shows the new."""
    return {(first.sentence_index, first.start) for first in moved_from(sentences, facts).values()}


def moved_from(sentences: Sequence[Sentence], facts: Sequence[Statistic]) -> dict[tuple[int, int], Statistic]:
    """(sentence index, start) of each fact that is the new amount of a move → the old amount it moved from (水位由
    164.17米消落至156.88米: 156.88米 → 164.17米)."""
    old = {}
    for first, then in itertools.pairwise(facts):
        if first.sentence_index != then.sentence_index or not 0 <= first.sentence_index < len(sentences):
            continue
        sentence = sentences[first.sentence_index]
        if _DURATIONS.get(first.unit, first.unit) != _DURATIONS.get(then.unit, then.unit):
            continue
        before = sentence.text[: first.start - sentence.start]
        between = sentence.text[first.end - sentence.start : then.start - sentence.start]
        if _FROM_BEFORE.search(before) and _MOVED_ON.search(between):
            old[then.sentence_index, then.start] = first
    return old


_DURATIONS = {"个小时": "小时", "秒钟": "秒", "名": "人", "位": "人"}  # units that measure alike


def owner(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """Whose or where a figure is, named in its clause before it: a place or an organisation (2022年德国发放
    53.87万份居留许可 → 德国); after a list of them and 分别, the one in the figure's place (意大利和法国分别发放33.78万份
    和32.42万份 → 法国 for the second). "" when the clause names none."""
    if not 0 <= stat.sentence_index < len(sentences):
        return ""
    sentence = sentences[stat.sentence_index]
    at = stat.start - sentence.start
    opens = max((m.end() for m in _CLAUSE_MARK.finditer(sentence.text, 0, max(at, 0))), default=0)
    names = [(start, token) for start, token, tag in zip(token_offsets(sentence) or (), sentence.tokens, sentence.tags)
             if opens <= start < at and (tag in _OWNER_TAGS or token in _REGIONS) and len(token) >= 2
             and token not in _NO_OWNERS]
    said = sentence.text.find("分别", opens, at)
    if said >= 0:
        listed = [name for start, name in names if start < said]
        if not listed and opens:  # …的企业是中国银行、工商银行和中国平安，筹集资金额分别为65亿、56亿和47亿美元
            named = _NAMED_LIST.search(sentence.text, 0, opens)
            listed = _LIST_JOINS.split(named["list"]) if named else []
        position = len(_LIST_JOINS.findall(sentence.text, said, at))
        if len(listed) == 1:
            return listed[0]  # 京津冀区域13个城市4月和5月…分别为54.0%和62.5%: one owner, a list of months
        return listed[position] if len(listed) > 1 and position < len(listed) else ""
    if sentence.text[at - 1: at] in ("（", "("):  # 尼罗河（15%）、北部州（11%）: the one the bracket follows, or none
        return names[-1][1] if names and names[-1][0] + len(names[-1][1]) == at - 1 else ""
    if not names or sentence.text[names[0][0] + len(names[0][1]):][:1] in ("、", "和", "及", "与", "等"):
        return ""  # 法国、瑞典等15个国家: examples, not the owner
    return names[0][1]


# a list the clause before a 分别 clause names after 是/为 (…的企业是中国银行、工商银行和中国平安，): whose each figure is
_NAMED_LIST = re.compile(r"(?:是|为)(?P<list>[\u4e00-\u9fff]{2,10}(?:[、和与及][\u4e00-\u9fff]{2,10}){1,9})[，,]$")
_OWNER_TAGS = frozenset({"ns", "nt"})  # places and organisations (a person's name is too often a piece: 刘海/波)
_REGIONS = frozenset({"京津冀", "长三角", "珠三角", "汾渭平原", "粤港澳", "大湾区", "成渝"})  # jieba tags them n or nz
_NO_OWNERS = frozenset({"城市", "地区", "国家", "全国", "各地", "当地", "国内", "国外", "海外", "世界", "全球", "高达", "华氏度"})


def topic(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """The place or organisation a figure's clause is about, named where Chinese news names a clause's subject or
    topic: at its opening, after only times, adverbs and conjunctions (广东当年养老保险金支出仅为1679亿元 → 广东; 而武汉则以
    182个片区为载体 → 武汉); or, when the figure's clause opens with no name of its own, at the opening of a clause before it
    in its sentence that the figure's clause goes on about (北京市主要污染物浓度同比有所下降，4月优良天数比例为53.3% → 北京市;
    在广东，未来五年将启动300个… → 广东). With the words of its name after it up to what names an organisation (江苏油田).
    Not a name that is a source (国家统计局发布…, 据…), one of a list (法国、瑞典等), one that only places one of many (洛杉矶
    一家商店, 美国的一些商店) or modifies (俄罗斯军队的袭击), nor one a clause names after its opening (出口欧美的1万件订单), nor
    where another place, organisation or a person is named between it and the figure. "" when there is none, or the clause
    that names a subject of its own first is about a whole (全国, 我国), or another topic opens (此外，…)."""
    if not 0 <= stat.sentence_index < len(sentences):
        return ""
    sentence = sentences[stat.sentence_index]
    offsets = token_offsets(sentence)
    if offsets is None:
        return ""
    at = stat.start - sentence.start
    tokens, tags = sentence.tokens, sentence.tags
    inside = len([k for k, start in enumerate(offsets) if start + len(tokens[k]) <= at])

    def bound(k: int) -> bool:
        return _CLAUSE_MARK.fullmatch(tokens[k]) is not None or tokens[k] in _TOPIC_BOUNDS

    opens = [0] + [j + 1 for j in range(inside) if bound(j)]  # the openings of the clauses before the figure
    for first in reversed(opens):
        j = first
        while j < inside and (tags[j][:1] in _TOPIC_SKIP or tokens[j] in _TOPIC_WORDS) and tokens[j] not in _WHOLE_WORDS:
            j += 1
        ends = next((m for m in range(j, inside) if bound(m)), inside)
        if tokens[first] in _NEW_TOPIC and first < opens[-1] or any(tokens[m] in _NEW_TOPIC for m in range(first, j)):
            return ""  # 此外，…: what follows is of another topic
        if j >= ends or (first and tokens[first - 1] in _TOPIC_BOUNDS) or (
                tokens[first] == "在" and (tags[ends - 1] == "f" or tokens[ends - 1] in _WHEN)):
            continue  # a clause of times and adverbs only (今年以来，), a bracket, a frame (在…时候, 在…期间, 在…下)
        if tokens[j] in _WHOLE_WORDS or (j > 0 and tokens[j - 1] in _SOURCES_BEFORE):
            return ""  # 全国…, 我国…: the whole's figure; 据国家统计局…: a source
        names = [m for m in range(j + 1, inside) if tags[m] in _OWNER_TAGS or tags[m] == "nr"]
        if not (tags[j] in _OWNER_TAGS or tokens[j] in _REGIONS) or len(tokens[j]) < 2 or tokens[j] in _NO_TOPICS:
            if tags[j] in ("nr", "r") or any(m < ends for m in names) or tags[j][:1] == "p":
                return ""  # a person or a pronoun (这家企业) is the subject; a name after the opening may not be
            continue  # 4月优良天数比例为…, 未来五年将启动…: a measure of the topic named before, or a clause of no subject
        last = j
        while last + 1 < inside and (tags[last + 1] in _OWNER_TAGS or tokens[last + 1] in _REGIONS):
            last += 1
        reach = last
        while reach + 1 < ends and tags[reach + 1] in _NAME_TAGS and len("".join(tokens[j: reach + 2])) <= _NAME_CHARS:
            reach += 1
            if tokens[reach][-1] in _NAME_HEADS or tokens[reach] in _BODIES or (
                    len(tokens[reach]) > 1 and tokens[reach][-1] in "团队社"):
                last = reach  # 江苏油田, 石狮市工信部门: the organisation the place names
        follows = tokens[last + 1] if last + 1 < len(tokens) else ""
        said = any(tokens[m] in _SOURCE_VERBS or re.fullmatch(SAYING, tokens[m]) for m in range(j, ends))
        if (follows in _LISTING or follows in _NOT_WHOLE or follows[:1] in "这那该"
                or (len(follows) == 1 and tags[last + 1][:1] == "n")  # 加拿大币, 江南人: a word the name is part of
                or _ONE_OF.match(sentence.text, offsets[last] + len(tokens[last]))
                or said or any(m > last and tokens[m] != tokens[j] for m in names)
                or any(tokens[m] in _ACTS_ON and tags[m] == "p" and not _TRADE.search("".join(tokens[m:inside]))
                       for m in range(last + 1, inside))):  # (福建省对东盟进出口2029.9亿元: its trade with them)
            return ""  # (中央纪委国家监委对8起…问题进行公开通报: what it acts on is not its own)
        if first < opens[-1] and tags[last] != "ns" and _THERE_IS.search(sentence.text, offsets[opens[-1]] if opens[-1] < len(offsets) else at, at):
            return ""  # 某部门建立了数字平台，目前已有1750多家企业…: what there is, not the body's (a place has what there is)
        return "".join(tokens[j: last + 1])
    return ""


_ACTS_ON = frozenset({"对", "向", "把", "将", "对于"})  # prepositions of what the clause's subject acts on
_TRADE = re.compile(r"进出口|出口|进口|贸易|投资")
_TOPIC_SKIP = ("t", "d", "c", "m", "q", "f")  # times, adverbs, conjunctions, numbers of a time (两个月里, 1—6月)
_TOPIC_WORDS = frozenset({"在", "于", "而", "其中", "今年", "去年", "目前", "当前", "—", "-", "～", "~"})
_TOPIC_BOUNDS = frozenset({"（", "）", "(", ")", "——"})
_THERE_IS = re.compile(r"(?<![拥具])有")
_WHEN = frozenset({"时候", "时", "之初", "之际", "期间", "以来", "背景", "之下"})
_NEW_TOPIC = frozenset({"此外", "另外", "同时", "与此同时", "其中", "另一方面", "相比之下"})
_WHOLE_WORDS = frozenset({"全国", "我国", "全球", "世界", "国内", "各地", "全省", "全市", "全县", "全区"})
_SOURCES_BEFORE = frozenset({"据", "根据", "经", "来自"})
_SOURCE_VERBS = frozenset({"发布", "公布", "通报", "显示", "统计", "报道", "消息", "数据", "宣布", "披露", "称", "报告", "估计",
                           "预测", "预计", "认为", "说", "明确", "规定", "要求", "提出", "发文",
                           "曝光", "点名", "查处", "通告"})  # 中央纪委国家监委公开曝光8起…问题: the cases are not its own
_NO_TOPICS = _NO_OWNERS | {"长达", "约达", "多达", "高达"}
_NOT_WHOLE = frozenset({"的", "某", "部分", "一些", "有些", "其他", "其余", "其它"})  # 俄罗斯军队的袭击, 美国的一些商店: a part, not the place
_ONE_OF = re.compile(r"[一某](?:家|名|位|个|座|所|处|户|辆|艘)")  # 洛杉矶一家商店: one of the place's, not the place's
_NAME_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "vn"})
_BODIES = frozenset({"政府", "部门", "油田", "机场", "队", "团"})  # what an organisation's name ends with


# other countries, or a group of them, that a figure's clause opens with (一些发达国家目前的退休年龄已经是65岁; 在美国，…;
# 国际上一般为…): in a story of China, a figure of theirs read bare as ours
_COMPARED = (r"(?:一些|部分|不少|许多|多数|大多数|大部分|很多|主要)?(?:发达国家|发展中国家|西方国家|欧美国家|欧洲国家|OECD国家"
             r"|经合组织国家|发达经济体|新兴经济体)|国际上|国外|全球平均|世界平均|国际平均")
# actors, not places (美方, 美军, 白宫; 总统, 特朗普): what they do to others is no measure of theirs (美方将1300多家中国企业…)
_NOT_PLACES = frozenset({"白宫", "北约", "联合国", "总统", "首相", "防长", "外长", "议会", "国会", "特朗普", "拜登", "普京", "泽连斯基",
                         "马斯克"})
_COUNTRIES = "|".join(sorted((name for name in FOREIGN.pattern.split("|")
                              if name not in _NOT_PLACES and not name.endswith(("方", "军"))), key=len, reverse=True))
# (not one of a list, 意大利和法国分别发放…: ``owner`` says whose each is)
_ELSEWHERE = re.compile(rf"(?:而|但|但是|目前|如今|当前|同期|相比之下|在)?(?P<who>{_COMPARED}|{_COUNTRIES})(?![和与及、A-Za-z])")
_FRAMED_ABROAD = re.compile(rf"在(?P<who>{_COMPARED}|{_COUNTRIES})")  # 在美国，…
# what it does to others, after it in the clause (美国的军事干预导致…数百万人丧生): the figure is theirs
_DOES_TO = re.compile(r"导致|造成|致使|使得|让|令|对|将|把")


def elsewhere(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """The other countries, or group of them, a figure's clause opens with, or a clause before it frames (在美国，…),
    as written (一些发达国家目前的退休年龄已经是65岁 → 一些发达国家); "" when none."""
    if not 0 <= stat.sentence_index < len(sentences):
        return ""
    sentence = sentences[stat.sentence_index]
    clauses = _CLAUSE_MARK.split(sentence.text[: max(stat.start - sentence.start, 0)])
    found = _ELSEWHERE.match(clauses[-1].strip())
    if found is not None and _DOES_TO.search(clauses[-1].strip(), found.end()):
        return ""
    if found is None and len(clauses) > 1:
        found = _FRAMED_ABROAD.fullmatch(clauses[-2].strip())
    return found["who"] if found and not chinese_side(stat.subject) else ""  # 中国企业: ours whoever acts on them


# what a role an ordinary person is named with ends in (农场主薛桂华, 村民, 小伙李帅, 志愿者, 居民高某, 青年教授施宇智), or
# what follows the name (陆根生老人): one person's story, told as an example beside the totals
_ROLE_ENDS = tuple("人户民者主工生师员伙娘爷妈姨傅嫂授")
_AFTER_NAME = frozenset({"老人", "先生", "女士", "大爷", "大妈", "阿姨", "师傅", "同学", "同志", "夫妇", "一家"})
_ORDINARY = frozenset({"村民", "市民", "游客", "医生", "教授", "先生", "女士"})  # (PERSON_TITLES holds them too)
# 发言人, 负责人, 研究员: reporting figures; 记者, 通讯员: a byline
_OFFICIAL = tuple(title for title in PERSON_TITLES if title not in _ORDINARY) + ("记者", "通讯员", "编辑", "摄影")
# what may follow a person's name who is the subject of what follows (薛桂华种植…, 高某被…, 薛桂华的秧苗): not a noun it
# modifies (艾月妹屋后山体, 科普研学游)
_SUBJECT_NEXT = "vdpcx"  # (first letters of the tags; and 的, uj)
# what a person says, hopes or recalls between the name and the figure (黄嫣作为营员代表发言，…希望在7天6夜的夏令营活动中):
# the figure is not theirs
_TELLING = re.compile(rf"{SAYING}|告诉|证实|宣布|披露|回应|发言|表达|希望|讲述|回忆|谈到|分享|感慨")
# one household (一户, 他家, 一家三口): its figure is an example, not the place's
_HOUSEHOLD = re.compile(r"(?<!每)一户(?![一户])|(?<!其)[他她]们?家(?![乡])|一家人|全家(?!福)|一家[两三四五六七八九十]口")  # (其他家电)
_NOT_THE_OWNER = frozenset({"、", "和", "与", "及", "等", "跟", "同"})  # (a list of names, or the one after them)
# one person or one firm not named, the subject of the figure's clauses (北京一位私营企业主投保2亿元保额, 一名河南大哥…做了
# 13锅烩面, 最小的一位年龄仅8岁): an example, marked so beside the totals
_ONE_UNNAMED = frozenset({"一位", "一名", "一家"})
ONE_CASE = "（个例）"
_NAME_CHARS_RE = re.compile(r"[\u4e00-\u9fff]+")


def ordinary_people(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The names of people a text introduces with an ordinary role before them or a word of person after them (农场主
    薛桂华, 武汉小伙李帅, 陆根生老人): no official reporting figures (局长, 发言人, 负责人…)."""
    named = set()
    for sentence in sentences:
        tokens, tags = sentence.tokens, sentence.tags
        for k, token in enumerate(tokens):
            if tags[k] not in PERSON_TAGS or not 2 <= len(token) <= 4 or not _NAME_CHARS_RE.fullmatch(token):
                continue
            role = tokens[k - 1] if k and tags[k - 1][:1] in "nq" else ""  # (种植/户: a measure word's tag)
            if (role.endswith(_ROLE_ENDS) and not role.endswith(_OFFICIAL)) or (
                    k + 1 < len(tokens) and tokens[k + 1] in _AFTER_NAME):
                named.add(token)
    return frozenset(named)


def one_of(sentences: Sequence[Sentence], stat: Statistic, people: frozenset[str]) -> str:
    """Whose alone a figure is, where its sentence tells one person's or one household's story before it: the person
    (``ordinary_people``) nearest before it, the subject of what follows (薛桂华的秧苗…获得3.8万元保险赔偿 → 薛桂华; not
    after a preposition, 给陈志中送去, nor a speaker, 王芬说); else 一户 after 一户, 他家, 一家三口; else ``ONE_CASE``
    after one not named (北京一位私营企业主投保2亿元保额). "" otherwise."""
    if not 0 <= stat.sentence_index < len(sentences) or stat.unit in _PERSONS | {"人次"}:
        return ""  # 许术宝…背出20多名被困村民: those one person acts on are not theirs
    sentence = sentences[stat.sentence_index]
    at = max(stat.start - sentence.start, 0)
    offsets = token_offsets(sentence)
    if offsets is None:
        return ""
    tokens, tags = sentence.tokens, sentence.tags
    before = [k for k, start in enumerate(offsets) if start + len(tokens[k]) <= at]
    named = [k for k in before if tokens[k] in people]
    if named and _subject_of(tokens, tags, named[-1], len(before)):
        return tokens[named[-1]]
    if _HOUSEHOLD.search(sentence.text, 0, at):
        return "一户"  # (王芬说，他家…: the household's still)
    one = [k for k in before if tokens[k] in _ONE_UNNAMED and not (k and tokens[k - 1] == "每")]  # (每一家: each)
    return ONE_CASE if one and _subject_of(tokens, tags, one[-1], len(before), named=False) else ""


def _subject_of(tokens: Sequence[str], tags: Sequence[str], k: int, figure: int, named: bool = True) -> bool:
    """Whether the name at token ``k`` is the subject of the clauses from it to token ``figure``: it opens its clause
    after only a role, a place, a time or an age (武汉小伙李帅, 同济大学34岁的青年教授施宇智), a verb or 的 follows it, no
    one says or hopes anything between, and each clause after its own opens with a verb, an adverb, a preposition, a
    conjunction or a time (…投保，签单保费7200元), not a subject of its own (…太平小学，这里最高海拔2780米). Not
    ``named``: 一位 of 一位私营企业主, followed by what it counts."""
    opens = max((j + 1 for j in range(k) if _CLAUSE_MARK.fullmatch(tokens[j])), default=0)
    role = k - 2 if k >= 2 and tokens[k - 1].endswith(_ROLE_ENDS) else k  # 种植/户 王建军: a verb of the role's name
    if any((tags[j][:1] == "v" or tags[j] == "p" or tokens[j] in _NOT_THE_OWNER) and j != role for j in range(opens, k)):
        return False  # 遵照其丈夫陈国祺先生遗愿, 给陈志中送去: the object of a verb; 陈国祺、胡彩英: one of a list
    if k + 1 >= figure or tokens[k + 1] in _NOT_THE_OWNER or named and not (
            tags[k + 1][:1] in _SUBJECT_NEXT or tokens[k + 1] in ("的", *_AFTER_NAME, *PERSON_TITLES)):
        return False
    if any(_TELLING.fullmatch(tokens[j]) for j in range(k + 1, figure)):
        return False  # 王芬说，…300万元贷款: what the person tells
    return all(tags[j + 1][:1] in "vdpct" or tokens[j + 1] in ("他", "她")
               for j in range(k + 1, figure - 1) if _CLAUSE_MARK.fullmatch(tokens[j]))


def period(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """The part of a year a figure adds up, where a clause of its sentence before it opens with one (2023年前三季度，…实现
    产值510多亿元 → 前三季度; 今年上半年，…; 1-5月，…): without it, a figure of some months reads as a year's. ""
    when none."""
    if not 0 <= stat.sentence_index < len(sentences):
        return ""
    sentence = sentences[stat.sentence_index]
    at = max(stat.start - sentence.start, 0)
    found = [m for m in _PERIOD.finditer(sentence.text, 0, at)]
    if not found or _LATER_TIME.search(sentence.text, found[-1].end(), at):
        return ""  # 上半年…，7月已完成了149个: the time nearer the figure is another
    return re.sub(r"\s", "", found[-1]["period"]) + (found[-1]["end"] or "")  # 上半年末: a point, not a sum


# a part of a year opening a clause, after the year or 今年 it may name
_PERIOD = re.compile(r"(?:^|(?<=[，,；;：:]))(?:(?:19|20)\d\d年|今年|去年|上年)?(?P<period>前[一二三四]季度|[一二三四]季度|第[一二三四]季度"
                     r"|[上下]半年|前\d{1,2}个?月|1\s*[-—–~～至到]\s*\d{1,2}月|一至[二三四五六七八九十]{1,2}月)(?:份)?(?P<end>末|底)?"
                     r"(?:[，,]|(?=[\u4e00-\u9fff]))")
_LATER_TIME = re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,2}月|目前|截至|截止|当前|现在|日前")


def distinguishing_name(sentences: Sequence[Sentence], stat: Statistic, subject: str, others: Sequence[Statistic],
                        proper: bool = True) -> str:
    """The name nearest before a figure in its sentence that tells its row from ``others``, rows whose subject reads
    the same: a noun the others' stretches of text do not hold, with the words of its name around it, up to the place
    or organisation it names (安庆大观现代物流园规划占地面积89万平方米，已完成投资37亿元 → 安庆大观现代物流园 for 37亿元
    beside 芜湖三山综合物流园…投资22.8亿元; 抽检调味品126批次，不合格样品6批次 → 调味品). A stretch runs from the
    same-subject figure before it in its sentence, or the sentence's start. Without ``proper``, a name jieba tags
    as one (ns, nt, nz) counts only where the clause's structure makes it the figure's. "" when none tells it apart."""
    offsets = token_offsets(sentences[stat.sentence_index]) if 0 <= stat.sentence_index < len(sentences) else None
    if offsets is None:
        return ""
    sentence = sentences[stat.sentence_index]
    begins, _text = _stretch(sentences, stat, others)
    elsewhere = [_stretch(sentences, other, [stat, *others])[1] for other in others if other is not stat]
    tokens, tags = sentence.tokens, sentence.tags
    at_figure = stat.start - sentence.start
    if sentence.text[at_figure - 1: at_figure] in ("（", "("):
        return ""  # 尼罗河州（15%）、北部州（11%）: whose a bracketed figure is, owner() reads
    inside = [k for k, at in enumerate(offsets) if begins <= at and at + len(tokens[k]) <= at_figure]
    back = 0  # clauses between a word and the figure
    # the figure's clause; or, when that names nothing (…投资1200亿元，同比增长5.1%), the one before it
    opening = max((k for k in inside if _CLAUSE_MARK.fullmatch(tokens[k])), default=-1)
    own = 0 if any(tags[k].startswith("n") for k in inside if k > opening) else 1
    for k in reversed(inside):
        token = tokens[k]
        back += _CLAUSE_MARK.fullmatch(token) is not None
        if back > own + 1:
            break
        # a noun that counts, right before it, a whole the figure is part of (抽检调味品126批次，不合格样品6批次); a noun
        # that opens the figure's clause (上半年公路完成投资); a place's or an organisation's name; not a speaker's name
        # (…工程师蒋震介绍), a currency, a count or a word of every text
        after = offsets[k] + len(token)
        if tags[k] == "n" and after < at_figure and _whole_counted(sentence, after, stat):
            first = k  # the whole named in full: 粮食及其制品, 食用油、油脂及其制品
            while first - 1 in inside and (_names(tags[first - 1]) or tags[first - 1] in _INSIDE_NAMES
                                           or tokens[first - 1] in _JOINING or tokens[first - 1] == "相关"):
                first -= 1
            while first < k and not _names(tags[first]):
                first += 1  # 抽检/膨化/食品 → 食品; a whole opens with a noun
            whole = "".join(tokens[first: k + 1]).lstrip("、")
            if len(whole) >= 2 and whole not in subject and not any(whole in text for text in elsewhere):
                return whole if len(whole) <= _NAME_CHARS else ""
        opens = back == own and _opens_clause(tokens, tags, k) and k + 1 < len(tags) and tags[k + 1][:1] in "vd"
        named = tags[k] in _PROPER_TAGS and proper or tags[k] in _NOUN_TAGS and opens
        if (not named or len(token) < 2 or token in subject or token in _NO_OWNERS or token in _NOT_NAMES
                or _ANY_NUMERAL.search(token) or any(token in text for text in elsewhere)):
            continue
        first = k
        while first - 1 in inside and _names(tags[first - 1]) and tokens[first - 1] not in subject:
            first -= 1
        last, end = k, k
        while (end + 1 in inside and (_names(tags[end + 1]) or tags[end + 1] in _INSIDE_NAMES)
               and tokens[end + 1] not in subject):
            end += 1
            if _names(tags[end]) and (tags[end] in _OWNER_TAGS or tokens[end][-1] in _NAME_HEADS):
                last = end
        if last + 1 < len(tokens) and tokens[last + 1] in _LISTING:
            continue  # 荷兰等15个国家和地区: an example, not whose the figure is
        name = "".join(tokens[first: last + 1])
        return name if len(name) <= _NAME_CHARS and name not in subject and subject not in name else ""
    return ""


def _stretch(sentences: Sequence[Sentence], stat: Statistic, group: Sequence[Statistic]) -> tuple[int, str]:
    """(where it opens, the text) of a figure's sentence from the figure of ``group`` before it there to the figure."""
    sentence = sentences[stat.sentence_index]
    opens = max((other.end - sentence.start for other in group
                 if other.sentence_index == stat.sentence_index and other.end <= stat.start), default=0)
    return opens, sentence.text[opens: max(stat.start - sentence.start, opens)]


def _opens_clause(tokens: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Whether only times, adverbs and conjunctions stand before token ``k`` in its clause."""
    for j in range(k - 1, -1, -1):
        if _CLAUSE_MARK.fullmatch(tokens[j]):
            return True
        if tags[j][:1] not in "tdc":
            return False
    return True


def _whole_counted(sentence: Sentence, at: int, stat: Statistic) -> bool:
    """Whether a count of the figure's unit and at least its value opens the sentence's text at ``at`` (a count: not
    money, a rate or a measure, 开盘价92.7美元，较68美元发行价…; 项目面积171万平方米，计划开工厂房项目128万平方米)."""
    if not _ANY_NUMERAL.match(sentence.text, at):
        return False
    found = find_quantities(sentence.text[at: at + 16])
    return (bool(found) and found[0][0] == 0 and found[0][3] == stat.unit and found[0][2] >= stat.value
            and (stat.unit in _COUNTED_ONE_BY_ONE or stat.unit in _PERSONS or stat.unit in _COUNTS))


def _names(tag: str) -> bool:
    return tag.startswith("n") or tag in ("j", "eng")


_PROPER_TAGS = frozenset({"ns", "nt", "nz", "j", "eng"})
_NOUN_TAGS = _PROPER_TAGS | {"n"}
_NOT_NAMES = frozenset({"人民币", "美元", "欧元", "日元", "港元", "英镑", "中共", "数据", "统计数据", "方面", "报告", "通报", "公告",
                        "消息", "记者", "新闻", "方案", "计划", "建议", "记录", "总计", "合计", "累计", "同比", "环比"})
_LISTING = frozenset({"、", "等", "和", "与", "及"})
_JOINING = _LISTING - {"等"} | {"及其", "以及", "其"}
_COUNTS = frozenset({"批次", "人次", "户", "例", "宗", "家", "所"})
_INSIDE_NAMES = frozenset({"vn", "b", "t", "a"})  # inside a name, not ending it: 安庆大观/现代/物流园, 芜湖三山/综合/物流园
_NAME_HEADS = frozenset("园区局厅部委会院校厂站港馆司行省市县镇乡村州国")  # what a name of a place or an organisation ends with
_NAME_CHARS = 12


def shown_figure(sentences: Sequence[Sentence], stat: Statistic) -> str:
    """A fact's figure as a brief or a digest shows it: as written, with the unit a list shares written out (65亿、56亿和
    47亿美元 → 65亿美元; 2.4个和3.1个百分点 → 2.4个百分点), the bound written right after it (80%以上, 5岁以下,
    50万元左右), a denied 超过 before it (不应超过0.1% → 不超过0.1%) and the 超过 of a share told as more than a part of
    a whole (赤字将超过GDP的2% → 超过2%; its subject names the whole)."""
    figure = stat.text + _shared_unit(stat)
    if not 0 <= stat.sentence_index < len(sentences):
        return figure
    sentence = sentences[stat.sentence_index]
    end = stat.end - sentence.start
    written = _ALSO_WRITTEN.match(sentence.text, end)
    if written and (written["units"] and all(unit in _HAN_UNITS for unit in re.split("[、/]", written["units"]))
                    or written["nights"] and stat.unit == "天"):
        figure, end = figure + written.group(), written.end()  # 50万套（间）, 1006万册（件）, 7天6夜: the figure as written
    bound = _BOUND_AFTER.match(sentence.text, end)
    before = _CLAUSE_MARK.split(sentence.text[: max(stat.start - sentence.start, 0)])[-1]
    if stat.unit in _SHARES and (share := _SHARE_OF.search(before)) and share["more"] and not _QUALIFIED_FIGURE.match(
            stat.text):
        denied = "不" if _DENIED.search(before, 0, share.start()) and share["more"] == "超过" else ""
        figure = denied + share["more"] + figure  # 赤字将超过GDP的2%: more than 2%; 不得超过…的15%: a limit
    if stat.text.startswith(_MORE_THAN) and _DENIED.search(sentence.text, 0, stat.start - sentence.start):
        figure = "不" + figure  # 不应超过0.1%: a limit, not more than it
    return figure + bound.group() if bound else figure


# what a figure's unit goes on with: another measure word in brackets (50万套（间）, 1006万册（件）) or, after days, the
# nights (7天6夜)
_ALSO_WRITTEN = re.compile(r"[（(](?P<units>[\u4e00-\u9fff]{1,2}(?:[、/][\u4e00-\u9fff]{1,2})*)[）)]"
                           r"|(?P<nights>[\d一二两三四五六七八九十]{1,3}[夜晚])(?![上间会])")
_HAN_UNITS = frozenset(unit for unit in _UNITS if "\u4e00" <= unit[0] <= "\u9fff")
_MORE_THAN = ("超过", "超", "高于", "多于", "大于")
_QUALIFIED_FIGURE = re.compile(r"(?:不少于|不低于|至少|超过|将近|不足|不到|近|约|超|逾)")
_DENIED = re.compile(r"(?:不|不应|不得|不能|不宜|不会|未|没有)$")


def _shared_unit(stat: Statistic) -> str:
    """What of its unit a figure in a list leaves to the last item: 美元 for the 65亿 of 65亿、56亿和47亿美元."""
    if not stat.unit or stat.unit == "%" or stat.text.endswith(stat.unit):
        return ""
    written = next((k for k in range(len(stat.unit) - 1, 0, -1) if stat.text.endswith(stat.unit[:k])), 0)
    if written or _OPEN_FIGURE.search(stat.text):
        return stat.unit[written:]
    return ""


# the end of a word that names what measures a thing (退休年龄, 地区生产总值, 粮食产量, 种植面积, 人均收入): the measure an
# item of a list names, that the items after it leave out
_MEASURE_END = re.compile(r"(?:年龄|寿命|[产数总销用流雨储存重质容]量|[额值率]|人数|户数|次数|价格?|面积|收入|支出|规模|比重|比例"
                          r"|占比|长度|高度|深度|工资|费用|成本|增速|增幅)$")
_LINK_AFTER = re.compile(r"(?:是|为|达到?|约|仅|只有|高达|已达|共|均为)+$")
_ITEM_MARK = re.compile(r"[，、；,;]")
_NAME_OF_ITEM = frozenset({"ns", "nt", "nr", "j"})


def shared_measure(sentences: Sequence[Sentence], stat: Statistic, before: Statistic | None, shared: str = "") -> str:
    """A fact's subject with the measure the item of its list before it names and it leaves out, where its clause is
    only its name (女工人退休年龄是50岁，女干部55岁 → 女干部退休年龄 for 55岁; 北京市地区生产总值为4.4万亿元，上海4.7万亿元 →
    上海地区生产总值): ``before``, the fact before it in its sentence. "" when the clause holds more than the name, the
    item before it is of another unit or names no measure. ``shared``: the measure the row before was given (男职工60岁
    after 女干部55岁), the list's measure still."""
    if (before is None or not stat.subject or before.unit != stat.unit or not before.subject
            or before.sentence_index != stat.sentence_index or not 0 <= stat.sentence_index < len(sentences)):
        return ""
    sentence = sentences[stat.sentence_index]
    offsets = token_offsets(sentence)
    at, then = stat.start - sentence.start, before.end - sentence.start
    opens = max((m.end() for m in _ITEM_MARK.finditer(sentence.text, 0, max(at, 0))), default=0)
    if offsets is None or sentence.text[opens:at] != stat.subject or not _ITEM_MARK.fullmatch(
            _BOUND_AFTER.sub("", sentence.text[then:opens], count=1)):
        return ""  # 女干部55岁 right after the item 女工人退休年龄是50岁, not 2024年女干部达55岁
    own = [(token, tag) for start, token, tag in zip(offsets, sentence.tokens, sentence.tags) if opens <= start < at]
    if _MEASURE_END.search(stat.subject) or any(tag[:1] in "vmq" for _token, tag in own):
        return ""  # 总建筑面积 after 总用地面积, 生产原油 after 地质储量: a measure or a thing done of its own
    if shared:
        return stat.subject + shared if shared not in stat.subject else ""
    begins = max((m.end() for m in _ITEM_MARK.finditer(sentence.text, 0, max(before.start - sentence.start, 0))), default=0)
    head = _LINK_AFTER.sub("", sentence.text[begins: before.start - sentence.start])
    if not head.endswith(before.subject) or stat.subject in before.subject or before.subject in stat.subject:
        return ""
    lead = head[: len(head) - len(before.subject)]
    tokens = [(start, token, tag) for start, token, tag in zip(offsets, sentence.tokens, sentence.tags)]
    named = [tag for start, _token, tag in tokens if begins <= start < begins + len(lead)]
    if named and all(tag in _NAME_OF_ITEM for tag in named):  # 北京市 地区生产总值为…，上海…: the owner, then the measure
        return stat.subject + before.subject if _MEASURE_END.search(before.subject) else ""
    starts = begins + len(lead)
    words = [token for start, token, _tag in tokens if starts <= start < starts + len(before.subject)]
    if "".join(words) != before.subject or "".join(token for token, _tag in own) != stat.subject or len(own) >= len(words):
        return ""  # (a subject that ends inside a word)
    measure = "".join(words[len(own):])  # 女/工人/退休年龄 and 女/干部: 退休年龄
    return stat.subject + measure if len(measure) >= 2 and _MEASURE_END.search(measure) else ""


def counted_owner(sentences: Sequence[Sentence], stat: Statistic, before: Statistic | None) -> str:
    """A fact's subject with the things the figure before it counts, where its subject is what they have, after them
    and 的 in the same clause (8000万企业退休职工退休时的平均年龄只有54岁 → 企业退休职工平均年龄 for 54岁): a measure of
    those counted, not of the whole the clause's topic names. "" otherwise."""
    if (before is None or not stat.subject or not before.subject or before.sentence_index != stat.sentence_index
            or stat.unit in _PERSONS | _COUNTED_ONE_BY_ONE or not 0 <= stat.sentence_index < len(sentences)):
        return ""  # (17个单位的选手、领队和裁判员共160余人: people counted, not what the units have)
    sentence = sentences[stat.sentence_index]
    between = sentence.text[before.end - sentence.start: max(stat.start - sentence.start, 0)]
    at = between.rfind(stat.subject)
    if at < 0 or _CLAUSE_MARK.search(between) or stat.subject in before.subject or before.subject in stat.subject:
        return ""
    whose = between[:at]
    if not (whose.startswith(before.subject) and whose.endswith("的") and len(whose) <= len(before.subject) + 6):
        return ""  # 企业退休职工退休时的 平均年龄: what they have
    return before.subject + stat.subject
