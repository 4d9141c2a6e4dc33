"""Statistics facts: quantities stated in the sentences, with value, unit and subject.

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
  “两代表一委员”) or a political formula (两个确立, 四个意识). 三级 is not a fact: 级 is a rank, not a count.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence


from .config import BriefConfig
from .models import Sentence, Statistic

_MAGNITUDES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "亿": 1e8, "万": 1e4, "千": 1e3}

# Measure words and units, longest first in the pattern; units of money are merged into 元 via magnitude.
_UNITS = (
    "个百分点 百分点 个批次 个小时 个工作日 个自然日 个交易日 摄氏度 吉瓦时 太瓦时 兆瓦时 兆焦耳 平方厘米 修正总吨 载重吨 挪威克朗 瑞典克朗 丹麦克朗 新加坡元 新台币 林吉特 雷亚尔 平方公里 平方千米 平方米 立方米 千瓦时 毫米 厘米 毫升 毫秒 秒钟 吉瓦 个月 人次 户次 车次 架次 辆次 班次 航次 件次 "
    "批次 台次 台套 艘次 场次 工作日 交易日 部门 人民币 块钱 焦耳 千焦 兆帕 马力 毫克 微克 微米 纳米 英亩 英尺 英里 海里 千卡 平米 像素 大类 部分 标箱 公里 千米 公顷 公斤 千克 千瓦 千伏 兆瓦 小时 分钟 周岁 公分 车道 总吨 方面 英寸 分贝 克朗 卢比 比索 里拉 澳元 加元 泰铢 兰特 法郎 美元 欧元 港元 日元 英镑 韩元 卢布 "
    "个 件 人 名 位 户 家 所 份 条 项 次 场 村 座 间 台 辆 艘 架 套 批 期 处 栋 张 本 册 篇 部 种 类 "
    "支 队 组 起 宗 例 株 棵 头 只 匹 块 页 幅 枚 颗 尊 盏 款 列 门 声 章 首 字 袋 封 周 ℃ 根 层 轮 道 点 班 片 倍 天 秒 岁 吨 桶 锅 磅 趟 双 环 分 亩 米 克 斤 升 元 国 省 市 县 对 折 成 度 段 通 站 集 科 档 届 金 银 铜 股 束 盏 堂 盘 碗 杯 扇 圈 顿 枝 筒 箱 粒 盒 尺 桩 幢 节 剂 针 瓶 罐 包 瓦 毛 番 串 单 TB GB PB MB % ‰"
).split()
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
# Counted only after Arabic numerals (16国, 31省, 3319对): 两国关系, 七国集团, 三省一市 are names, 三对 rare
_ARABIC_ONLY = frozenset({"国", "省", "市", "县", "对", "折", "度", "环", "分", "金", "银", "铜", "尺", "毛"})  # 8.5折, 北纬85度, 13金; not 七折八扣, 两度, 五金
_SAME_UNIT = {"％": "%", "人民币": "元", "块钱": "元"}  # units stay as written otherwise (4个小时, 10秒钟), as the labellers write them
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_DIGIT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_BARE = {"百": 100.0, "千": 1000.0, "万": 10000.0, "亿": 1e8}
_ARABIC = r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
_CHINESE = rf"[零〇一二两三四五六七八九十][{_CN_DIGITS}]*|[百千万亿]"  # …, and a bare 百/千/万/亿 (近千万元, 数百名, 逾百名, 超亿元)
_MAG = "万亿|千万|百万|亿|万|千(?![米瓦伏克帕赫])"  # 4197千米, 750千伏: 千 belongs to the unit
_APPROX_AFTER = "余|多"
_PREFIX_WORDS = ("超过", "将近", "近", "约", "超", "逾", "不足", "不到")
_PREFIX = "|".join(_PREFIX_WORDS) + "|数(?=[十百千万亿])|[上过](?=[百千万亿])"  # 数百名, 上千人, 过亿: round amounts
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
_QUANTITY = re.compile(
    rf"(?:(?P<prefix>{_PREFIX}) ?)?"  # a space may stand around an Arabic number: 约 30 立方米, 3 户 10 人
    rf"(?:(?P<low>{_NUMBER})(?P<lowmag>{_MAG})?(?P<lowpct>[%％])?\s*(?:至|到|-|~|～|—|－)\s*)?"
    rf"(?P<pct>[百千]分之)?"  # 百分之九十五 → 95 %, 千分之八 → 8 ‰
    rf"(?P<num>{_NUMBER})"
    rf"(?P<approx1>{_APPROX_AFTER})?(?P<mag>{_MAG})?(?P<approx2>{_APPROX_AFTER})?"
    rf"(?P<half>个半(?=小时))?"
    rf"(?:(?<=\d) (?={_UNIT_RE}))?(?P<unit>{_UNIT_RE}|[％])?"
)
_RANGE_MARKS = frozenset({"至", "到", "-", "~", "～", "—", "－", "——"})
_ROUND_THE_CLOCK = re.compile(r"[)）]|(?:临战|值班|待命|领事|服务|热线|在线|营业|不间断|不打烊|畅通|响应)")
_PER_UNIT = re.compile(r"[/／](?P<per>\d*(?:平方米|立方米|盎司|吨|桶|公斤|千克|斤|人|年|月|天|小时|千瓦时|亩|公里|平方公里|秒|套|股|平))")  # 28米/秒; 100万件/套: items or sets; 68.4元/股; 9500元/平
_SLOGANS = re.compile(
    r"^(?:(?:两个|四个|三个|五个)(?:确立|维护|意识|自信|全面|大局|一百年|代表|务必|结合|坚持|必须|统筹)|八项规定|四处)"
)
# idioms made of numerals and measure words: 三番五次 is no 5 次, 三天两头 no 3 天
_IDIOMS = re.compile("三番五次|三天两头|五花八门|三令五申|四面八方|千家万户|千军万马|三言两语|五湖四海|七嘴八舌|九牛一毛|三心二意|十全十美|九死一生|三五成群|一五一十")
_QUOTES = {"“": "”", "「": "」", "『": "』", "\"": "\""}
_LATIN = re.compile(r"[A-Za-z]")
_ANY_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
_LEAD = max(map(len, _PREFIX_WORDS)) + len("百分之")  # characters of a quantity before its first numeral
_QUOTE_CHARS = re.compile("[“「『\"]")
_NOUNISH = ("n", "vn", "an", "b", "j", "l", "nz", "eng", "i")
_CLAUSE_STOP = set("，,、；;：:。！？!?（）()“”\"《》")
_NUMERALISH = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]$")
_VAGUE_VERBS = {"有", "是", "为", "达", "达到", "成为", "形成", "看到", "增加", "减少", "实现", "完成", "提高", "降低"}
# What follows a quantity but is not what it counts: 10多米时, 3天后, 5年内, 100人左右
_NOT_COUNTED = frozenset({"时", "处", "后", "前", "内", "外", "间", "里", "中", "左右", "上下", "以上", "以下", "以内", "之内",
                          "之间", "之后", "之前", "以来", "期间", "时间", "时候", "多", "人民币"})
_PREDICATE_SKIP = ("v", "d", "vd", "p", "ul", "uz", "ug", "uj", "f")
# tagged verbs, but amounts (人均可支配收入为16740元) or states (在建项目26个, 新增就业1200多万人) in a subject
_AMOUNT_VERBS = frozenset({"收入", "支出", "营收", "在建", "在校", "在册", "在岗", "在读", "在营", "在职", "在编", "新增", "新建"})
_METRIC_ENDS = frozenset("率量额数值价费")  # 不良贷款率: 率 is tagged a verb
_PEOPLE = frozenset({"人", "名", "人次"})
# words between a subject and its number that jieba tags as nouns or names: 高达, 全部, 年均, 全年
_TAIL_WORDS = frozenset({"高达", "全部", "局部", "年均", "全年", "总计", "合计", "共计", "累计", "达", "约", "约为", "均为", "为", "平均"})
# tags of a word that may open the noun phrase after a number (verb, adjective, idiom, place, direction, pronoun,
# time, a numeral-tagged word without a number: 各具特色的, 当地, 西部, 此类, 青年, 多线; not 22 in 13条22人)
_OPENERS = ("v", "a", "l", "i", "s", "f", "r", "t", "m")
_AND = frozenset({"和", "与", "及", "、"})
_WHOLE_AREAS = frozenset({"全国", "全省", "全市", "全县", "全区", "全镇", "全乡", "全州"})
_ADMIN_SUFFIXES = frozenset("省市县区镇乡村州")
_NOT_COUNTRIES = frozenset({"外国", "各国", "本国", "他国", "两国", "该国", "全国"})
_RATES = frozenset({"%", "个百分点", "倍", "‰"})
_CAUSES = frozenset({"造成", "导致", "致", "致使", "令"})
# a change says how much, not of what (the subject of 同比增长23.9% is the amount before it)
_CHANGES = frozenset({"增长", "下降", "上涨", "下跌", "上升", "提升", "回落", "增加", "减少", "高出", "低于", "高于", "超过", "达到"})
# from one amount to another of the same thing: 从45岁提高到50岁, 由19.7%大幅下滑至4.9%, 104.66亿元，减亏至2022年60.71亿元
_MOVED_TO = re.compile(r"[^。；;！？]{0,12}?(?:至|到|为|增加了?|减少了?|高出|低)(?:了|约|近|超过)?(?:\d{4}年)?")
# a clause that only says what the same thing reached: 产值同比增长2.2%，达到9600亿元
_REACHED = re.compile(r"[，,]\s*(?:达到|达|为|共计|总计|合计|累计|突破)了?")
_CHANGE_ENDS = tuple(word for word in _CHANGES if len(word) == 2)
# verbs that link what is counted to its amount, never part of it: 公司实现营收, 共有分行
_LIGHT_VERBS = frozenset({"实现", "完成", "取得", "获得", "达到", "达", "共有", "拥有", "有", "是", "为", "发放", "提供", "吸引", "接待", "带动"})
_CONVERTED = re.compile(r"(?:约合|折合|合|相当于)(?:人民币|美元)?约?$")  # 157.1万韩元（约合人民币8700元）
_COMPARING = frozenset({"比", "较", "由", "比该", "较之", "比较"})  # what stands before these is what is compared
# a comparison's base (同比增长4.8%, 比2021年同期增长13%) is not what is measured
_COMPARED = frozenset({"同比", "环比", "同期", "去年同期", "上年同期", "上年", "去年", "比", "较"})


def extract_statistics(sentences: Sequence[Sentence], cfg: BriefConfig) -> tuple[Statistic, ...]:
    """Every quantity with a unit in the sentences, in document order."""
    facts: list[Statistic] = []
    for sentence in sentences:
        found = find_quantities(sentence.text)
        offsets = _token_offsets(sentence) if found else None
        previous_end, previous_subject, previous_unit = -1, "", None
        for start, end, value, unit in found:
            subject = _subject(sentence, offsets, start, end, unit)
            joined = start == previous_end or (start == previous_end + 1 and sentence.text[previous_end] in "和、与及")
            moved = (unit == previous_unit and _MOVED_TO.fullmatch(sentence.text, previous_end, start)) or _REACHED.fullmatch(
                sentence.text, previous_end, start
            )
            if (not subject and (joined or unit in _RATES or moved)) or (previous_subject and _CONVERTED.search(sentence.text, 0, start)):
                # 风险隐患8大类69项189条, 82.4%和82.9%: one subject for the chain;
                # 投资额超过1万亿元，同比增长23.9%: a change is the change of the amount before it;
                # 157.1万韩元（约合人民币8700元）: the same amount converted
                subject = previous_subject
            previous_end, previous_subject, previous_unit = end, subject, unit
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


def find_quantities(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of each quantity in ``text``; offsets are within ``text``."""
    found: list[tuple[int, int, float, str]] = []
    if not _ANY_NUMERAL.search(text):
        return found
    quoted = _quoted_spans(text) if _QUOTE_CHARS.search(text) else []
    quoted += [idiom.span() for idiom in _IDIOMS.finditer(text)]  # numerals in them count nothing, as in a slogan
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
    return _join_ranges(text, _share_units(text, found))


def _join_ranges(text: str, found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """4.5港元至5.3港元, 13.7亿港元至16.1亿港元: a range written with the unit at both ends is one fact, valued at
    its lower bound (as 3至5个)."""
    for i in range(len(found) - 2, -1, -1):
        start, end, value, unit = found[i]
        following = found[i + 1]
        if unit and following[3] == unit and text[end : following[0]] in _RANGE_MARKS:
            found[i : i + 2] = [(start, following[1], min(value, following[2]), unit)]
    return found


def _share_units(text: str, found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """分别为65亿、56亿和47亿美元: the unit written once at the end of a list belongs to every amount in it."""
    for i in range(len(found) - 2, -1, -1):
        start, end, value, unit = found[i]
        following = found[i + 1]
        if not unit and following[3] and text[end : following[0]] in ("、", "和", "与", "及", "、和"):
            found[i] = (start, end, value, following[3])
    return found


def _to_fact(text: str, m: re.Match[str], quoted: list[tuple[int, int]]) -> tuple[int, int, float, str] | None:
    num, unit, mag = m.group("num"), m.group("unit"), m.group("mag")
    start, end = m.start(), m.end()
    chinese = not num[0].isdigit()
    unit = _SAME_UNIT.get(unit, unit)
    if m.group("pct"):
        unit = "%" if m.group("pct") == "百分之" else "‰"
    if not unit and not mag and not (chinese and ("万" in num or "亿" in num)):
        return None
    unit = unit or ""
    before = text[:start].rstrip(" ")[-1:] or " "
    after = text[end] if end < len(text) else " "
    # glued to letters, digits or a decimal point: codes, versions, phone numbers
    if _LATIN.match(before) or _LATIN.match(after) or before.isdigit() or before in ".．":
        return None
    if before in "第前首" or (before == "初" and chinese):
        return None
    if unit and after in _UNIT_BAD_NEXT.get(unit, "") or (unit == "点" and after.isdigit()):
        if not mag or m.group("low"):
            return None
        end, unit = m.end("approx2") if m.group("approx2") else m.end("mag"), ""  # 约1.65亿人口: an amount, no measure word
    if unit == "分" and before in "时点":
        return None  # 8时30分: a time
    if unit == "米" and (after in "板跑台栏" or text[max(0, start - 2) : start] in ("男子", "女子")):
        return None  # 女子5000米, 三米板, 100米跑: the name of an event
    if unit in ("天", "日") and before in "这那":
        return None  # 这两天: lately
    if unit in ("小时", "个小时") and num == "24" and (before in "(（" or text[:start].endswith("全天候") or _ROUND_THE_CLOCK.match(text, end)):
        return None  # 24小时领事保护, 全天候24小时…: round the clock, a service, not an amount
    if unit == "分钟" and re.match(r"[^，。；]{0,8}圈", text[end:]):
        return None  # 15分钟生活圈, 一刻钟便民生活圈: the name of a policy
    if unit == "个" and after == "“" and chinese and not mag:
        return None  # 三个“一号工程”: a named set, like a slogan (近1.4万个“15分钟生活圈” counts)
    if before in _QUOTES and any(a == start - 1 and b > end + 2 for a, b in quoted):
        return None  # “84公里项目”, “15分钟品质文化生活圈”: a name that opens with a quantity
    if after == "年" and unit == "个":
        return None  # 两个年度: a period, not a count
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
        if (not unit and not ((mag or "万" in num or "亿" in num) and m.group("prefix"))) or unit in ("%", "‰") and not m.group("pct"):
            return None  # 五百万粉丝 counts after 超过/近/约/数 (超过五百万粉丝, 数十万候鸟); 十万火急 does not
        if num in _BARE and not m.group("pct") and (m.group("low") or not (m.group("prefix") or m.group("approx1") == "余")):
            return None  # only after 近/约/逾/数/上 or before 余 (近千万元, 数百名, 百余所): 百万亩造林工程, 千亿元产业集群 and 万人空巷 are names
        if any(a <= start < b for a, b in quoted) or _SLOGANS.match(text[start:]):
            return None
    # "十九届四中全会": 届 is not a unit, so the numeral never matches; "四中全会": 中 is not a unit either
    value = _number(num)
    if value is None:
        return None
    value = _scale(value, mag)
    if m.group("half"):
        value += 0.5  # 4个半小时 → 4.5 小时
    if m.group("low"):
        low = _number(m.group("low"))
        if low is None:
            return None
        value = min(value, _scale(low, m.group("lowmag") or mag))
    per = _PER_UNIT.match(text, end) if unit else None
    if per:
        end, unit = per.end(), f"{unit}/{per['per']}"  # 150元/平方米, 2081美元/盎司: a price or a rate
    return start, end, value, unit


def _number(token: str) -> float | None:
    """The value of an Arabic or Chinese numeral, or None when it is not a number."""
    if token[0].isdigit():
        return float(token.replace(",", ""))
    if len(token) > 2 and _DIGIT.get(token[1], -9) == _DIGIT.get(token[0], -9) + 1 and token[2] in "十百千万亿":
        token = token[0] + token[2:]  # 两三百万 → 两百万: an approximate range, valued at its lower bound
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
        closer = _QUOTES.get(text[i])
        if closer:
            j = text.find(closer, i + 1)
            if j != -1 and j - i <= 30:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def _token_offsets(sentence: Sentence) -> list[int] | None:
    """Where each token starts in the sentence text (tokens skip whitespace), or None if they do not fit."""
    offsets = []
    pos = 0
    for tok in sentence.tokens:
        found = sentence.text.find(tok, pos)
        if found < 0:
            return None
        offsets.append(found)
        pos = found + len(tok)
    return offsets


def _subject(sentence: Sentence, offsets: list[int] | None, start: int, end: int, unit: str) -> str:
    """What is counted: the noun phrase after the quantity (past a 的: 45岁的洪玛奈, 4台各具特色的专场演出),
    what happened to the people counted (造成108人中暑 → 中暑), else the noun phrase before it (or before its verb)."""
    if not offsets:
        return ""
    tokens, tags = sentence.tokens, sentence.tags
    after = [i for i, off in enumerate(offsets) if off >= end]
    before = [i for i, off in enumerate(offsets) if off + len(tokens[i]) <= start][::-1]
    if before and tokens[before[0]] in ("（", "("):
        before = before[1:]  # 渔民小野春雄（71岁）
    if before and len(tokens[before[0]]) == 2 and tokens[before[0]][0] in _METRIC_ENDS and tokens[before[0]][1] in "达为":
        # 国际化率达47%: jieba's HMM glued the metric's last character to the verb after it
        tokens, tags = list(tokens), list(tags)
        tokens[before[0]], tags[before[0]] = tokens[before[0]][0], "n"
    elif before and len(tokens[before[0]]) > 3 and tokens[before[0]].endswith(_CHANGE_ENDS):
        # 猪肉价格下降26.0%: jieba's dictionary holds 价格下降 as one word; the change is not part of what changed
        tokens, tags = list(tokens), list(tags)
        tokens[before[0]], tags[before[0]] = tokens[before[0]][:-2], "n"
    if after and tokens[after[0]] in ("（", "("):  # 662亿美元（约合人民币4773亿元）的财政援助
        closing = next((n for n, i in enumerate(after) if tokens[i] in ("）", ")")), None)
        if closing is not None:
            after = after[closing + 1 :]
    if unit in _RATES and len(after) > 1 and tokens[after[0]] == "的":  # 51%的乘客, 超过80%的登革热病例
        phrase = _collect(tokens, tags, after[1:], limit=5)
        if phrase:
            return phrase
    if (unit not in _RATES and len(after) > 1 and tokens[after[0]] in ("以上", "以下") and _noun(tokens[after[1]], tags[after[1]])
            and not (before and _noun(tokens[before[0]], tags[before[0]]))):
        after = after[1:]  # 处以500万韩元以下罚款: the bound belongs to the number (not in 海拔4000米以下区域)
    if unit not in _RATES and after and tokens[after[0]] not in _NOT_COUNTED:
        if unit in _PEOPLE and (not before or tokens[before[0]] in _CAUSES or _NUMERALISH.search(tokens[before[0]])
                                or tags[before[0]] == "q" or tokens[before[0]] in _CLAUSE_STOP):
            happened = _what_happened(tokens, tags, after)
            if happened:
                return happened
        rest = after
        if tokens[after[0]] == "的":
            rest = after[1:]
        elif len(after) > 2 and tokens[after[1]] == "的" and tags[after[0]][:1] in ("a", "l", "i", "v", "z"):
            rest = after[2:]  # 4台各具特色的专场演出
        phrase = _quoted_name(tokens, tags, rest) or _collect(tokens, tags, rest, limit=5)
        if not phrase and rest is after:
            # a longer modifier before 的: 240吨各种不同的物资材料, 1名20岁的巴勒斯坦男子
            mark = next((n for n, i in enumerate(after[:5]) if tokens[i] == "的" or tokens[i] in _CLAUSE_STOP), None)
            if mark and tokens[after[mark]] == "的":
                phrase = _collect(tokens, tags, after[mark + 1 :], limit=5)
        if phrase:
            return phrase
    while before and (tokens[before[0]] in _TAIL_WORDS or tokens[before[0]].startswith(("同比", "环比"))):
        before = before[1:]  # 死亡率高达50%, 答题卡全部近百张, 营收同比增加104.06% (words jieba tags as nouns)
    if not before:
        return ""
    for j, i in enumerate(before):
        if tokens[i] in _CLAUSE_STOP:
            break
        if tokens[i] in _COMPARING:  # 食品价格由上月同比上涨2.3%, 产奶量将比正常情况少10%: what is compared
            before = before[j + 1 :]
            break
    else:
        phrase = _collect(tokens, tags, before, limit=6, backward=True)
        if phrase:
            return phrase
    # skip the predicate (已建成, 同比增长, 投入) and take the noun phrase before it
    k = 0
    while k < len(before) and tokens[before[k]] not in _CLAUSE_STOP and tokens[before[k]] not in _AMOUNT_VERBS and (
        tags[before[k]].startswith(_PREDICATE_SKIP) or tokens[before[k]] in _COMPARED or tags[before[k]] == "t"
    ):
        k += 1  # 比上年同期实际增长, 较去年同期下降
    phrase = _collect(tokens, tags, before[k:], limit=6, backward=True)
    skipped = "".join(tokens[i] for i in reversed(before[:k]) if tags[i].startswith("v"))
    if phrase and not (tags[before[k]].startswith(("ns", "nt", "nr")) and skipped):
        return phrase
    if len(skipped) < 2 or skipped in _VAGUE_VERBS or skipped.endswith((*_CHANGES, "缩短", "到", "至")):
        return ""  # 增长, 提高到, 可缩短: how much, not of what
    return skipped


def _quoted_name(tokens, tags, order: list[int]) -> str:
    """A name in quotation marks right after the number, with the nouns that follow it: 4家“独角兽”企业,
    17辆“豹”式坦克, 140种“…出版物选题”图书."""
    if not order or tokens[order[0]] not in _QUOTES and tokens[order[0]] != "《":
        return ""
    close = _QUOTES.get(tokens[order[0]], "》")
    end = next((n for n, i in enumerate(order[1:13], 1) if tokens[i] == close), None)
    if end is None or end == 1:
        return ""
    picked = order[: end + 1]
    for i in order[end + 1 : end + 4]:
        if not (_noun(tokens[i], tags[i]) or tags[i] == "k"):
            break
        picked.append(i)
    return "".join(tokens[i] for i in picked)


def _what_happened(tokens, tags, order: list[int]) -> str:
    """成功避险, 死亡, 逃离家园: a short verb phrase right after a count of people, up to the clause's end."""
    picked = []
    for i in order[:3]:
        if tokens[i] in _CLAUSE_STOP:
            break
        picked.append(i)
    if not picked or tags[picked[0]][:1] not in ("v", "a", "d") or tags[picked[0]].startswith("vn"):
        return ""
    if not any(tags[i].startswith("v") for i in picked) or tokens[picked[0]] in _VAGUE_VERBS:
        return ""
    while len(picked) > 1 and not tags[picked[-1]].startswith(("v", "n")):
        picked.pop()
    return "".join(tokens[i] for i in picked)


def _glued(tokens, tags, last: int, first: int) -> bool:
    """Whether a single character before a number ends a word jieba split off: 督办/单, 充电/桩, 不良贷款/率."""
    one, word = tokens[last], tokens[first]
    return (
        len(one) == 1
        and (tags[last][:1] in ("n", "q") or one in _METRIC_ENDS)
        and one not in _CLAUSE_STOP
        and len(word) >= 2
        and tags[first][:1] in ("n", "v", "a", "b")
        and word not in _CLAUSE_STOP
    )


def _area(tokens, tags, picked: list[int]) -> bool:
    """Whether the phrase opens with a named area: 武汉市, 五峰县, 长坪/镇, 中国, 全国 (not 城镇, 外国, 香港)."""
    token, tag = tokens[picked[0]], tags[picked[0]]
    if token in _WHOLE_AREAS:
        return True
    if not tag.startswith("ns"):
        return False
    if len(token) >= 3 and token[-1] in _ADMIN_SUFFIXES or len(token) == 2 and token[-1] == "国" and token not in _NOT_COUNTRIES:
        return True
    return len(picked) > 2 and tokens[picked[1]] in _ADMIN_SUFFIXES


def _noun(token: str, tag: str) -> bool:
    if tag.startswith(_NOUNISH) or token in _AMOUNT_VERBS or token in _METRIC_ENDS:
        return True
    return tag == "x" and all("\u4e00" <= ch <= "\u9fff" for ch in token)


def _collect(tokens, tags, order: list[int], *, limit: int, backward: bool = False) -> str:
    """The noun phrase made of the tokens in ``order`` (walking away from the quantity)."""
    picked: list[int] = []
    glued = 0
    if backward and len(order) > 1 and _glued(tokens, tags, order[0], order[1]):
        picked, glued = [order[0], order[1]], 2  # 督办单4份, 充电桩60万个, 不良贷款率1.68%: one word jieba split
    verbs = 0
    for n, i in enumerate(order[glued:], glued):
        tok, tag = tokens[i], tags[i]
        if tok in _CLAUSE_STOP or tok in _COMPARED or not tok.strip() or (backward and tok == "时" and len(tokens[i - 1]) > 1):
            break  # (被接管时总资产: 时 closes a time, not a noun; 用/时 is one word)
        if backward and i > 0 and _NUMERALISH.search(tokens[i - 1]):
            break  # a measure word of another quantity: 13条22人
        nxt = order[n + 1] if n + 1 < len(order) else None
        before_noun = nxt is not None and _noun(tokens[nxt], tags[nxt])
        if not backward:
            if n == 0:
                opener = tag[:1] in _OPENERS and before_noun and not (tag == "m" and _ANY_NUMERAL.search(tok))
                if _noun(tok, tag) or opener:
                    picked.append(i)  # a modifier opens it only before a noun: 7所当地高校, 6.7万名此类人员
                    continue
                break
            if tag[:1] in ("l", "i"):
                break  # 29条线路纵横交错: an idiom after the noun is its predicate
            if _noun(tok, tag):
                picked.append(i)
                if len(picked) >= limit:
                    break
                continue
            if tok in _AND and before_noun and _noun(tokens[picked[-1]], tags[picked[-1]]):
                picked.append(i)  # 200多个国家和地区: one subject of two nouns
                continue
            break
        if _noun(tok, tag) or (picked and tag[:1] in ("a", "z", "h")):  # 全社会用电量, 空气质量优良天数, 非食品价格
            picked.append(i)
        elif picked and tok in _LIGHT_VERBS:
            break  # 公司实现营收: a verb that only links a subject to its amount is not part of what is counted
        elif picked and tag.startswith("v") and not verbs:
            picked.append(i)  # 发放扫黑除恶宣传资料: dropped below, but what comes before it is another phrase
            verbs += 1
            if len(picked) - bool(glued) > 2 and len(tok) > 1:  # (a glued pair counts as one word)
                break  # 全区计划改造老旧小区: the verb of a longer phrase ends it; 造船完工量, 核桃种植面积 go on
        else:
            break
        if len(picked) >= limit:
            break
    if backward:
        picked.reverse()
        # drop the clause's verb: 发放扫黑除恶宣传资料 → 扫黑除恶宣传资料
        if len(picked) > 1 and tags[picked[0]].startswith("v") and not tags[picked[0]].startswith("vn") and (
            len(picked) > glued
        ):
            picked.pop(0)
        # the place it happened is not what is counted: 武汉市空气质量优良天数, 长坪镇烟叶种植总面积
        while len(picked) > max(1, glued) and _area(tokens, tags, picked):
            picked.pop(0)
            if len(picked) > max(1, glued) and tokens[picked[0]] in _ADMIN_SUFFIXES:
                picked.pop(0)
    while picked and not glued and not _noun(tokens[picked[-1]], tags[picked[-1]]):
        picked.pop()  # (a glued pair ends the phrase whatever its tags)
    if len(picked) == 1 and len(tokens[picked[0]]) == 1 and not tags[picked[0]].startswith("n"):
        return ""  # a lone character such as 处 or 有 is no subject
    return "".join(tokens[i] for i in picked)
