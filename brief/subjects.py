"""What each statistics fact counts or measures: its subject, a few words of its sentence.

The quantities come from ``brief.stats``; the subject is the noun phrase after the quantity (4所高校 → 高校),
what happened to the people counted (造成108人中暑 → 中暑), else the noun phrase before it or before its verb
(乡镇公共法律服务工作站已建成79个 → 乡镇公共法律服务工作站). A quantity that names nothing of its own takes the
subject of the one before it in a chain (8大类69项189条), a change (投资额超过1万亿元，同比增长23.9%), a move to
another amount of the same thing (从45岁提高到50岁) or a conversion (157.1万韩元（约合人民币8700元）).
Measured against hand-labelled subjects by ``bench/bench_subjects.py``.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .models import Sentence
from .speakers import SAYING

# shared with brief.stats (which imports this module): quotation marks and the characters of a numeral
QUOTES = {"“": "”", "「": "」", "『": "』", "\"": "\""}
NUMERAL_CHARS = r"[\d零〇一二两三四五六七八九十百千万亿]"
_ANY_NUMERAL = re.compile(NUMERAL_CHARS)
_ANY_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# characters jieba tags zg (with 仍, 较, 很) that end a noun phrase: 渣土车, 氢燃料车, 重点村
_ZG_NOUNS = frozenset("村县车委罪园厂物癌组站")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{1,4}")
# a count inside a name (八项规定, 两个确立, 三大攻坚战) and a grade (卓越级, 示范型): they go on the noun phrase after a number
_NAMED_COUNT = re.compile(r"[一二两三四五六七八九十]{1,2}[项个大条点]")
_GRADE_SUFFIXES = frozenset({"级", "型", "类", "式"})
_NOUNISH = ("n", "vn", "an", "b", "j", "l", "nz", "eng", "i")
_CLAUSE_STOP = set("，,、；;：:。！？!?（）()“”\"《》")
_NUMERALISH = re.compile(NUMERAL_CHARS + "$")
_VAGUE_VERBS = {"有", "是", "为", "达", "达到", "成为", "形成", "看到", "增加", "减少", "实现", "完成", "提高", "降低",
                "约合", "约等于", "折合", "相当于"}
# words that place or time what is counted and so end its noun phrase: 额度内, 距离时, 国家中
_LOCALIZERS = frozenset({"时", "内", "外", "间", "中", "里", "后", "前", "左右", "上下", "以内", "之内", "之间", "之后", "之前", "期间"})
# ... and that bound another quantity before the phrase: 50米内换乘比例
_BOUNDS = frozenset({"内", "外", "以内", "之内"})
# the ends of a date written with a number (2015年, 12月底), which says when, not what
_DATE_UNITS = frozenset({"年", "月", "日", "年底", "年末", "年初", "年度", "月底", "月末", "月初"})
# What follows a quantity but is not what it counts: 10多米时, 3天后, 5年内, 100人左右, 蒸发390亿美元一事
_NOT_COUNTED = _LOCALIZERS | {"处", "以上", "以下", "以来", "时间", "时候", "多", "人民币", "一事", "一案", "一说"}
_ADVERB_NOUNS = frozenset({"基本", "大体", "大致"})  # 1.42亿人次基本恢复: adverbs jieba tags as nouns, before a verb
_PREDICATE_SKIP = ("v", "d", "vd", "p", "ul", "uz", "ug", "uj", "f")
_SAVINGS = frozenset({"降低", "节约", "节省", "削减", "减排", "增产", "减产"})  # verbs of gain or saving, as 减少
_ONLY = frozenset({"只有", "仅有", "还有", "尚有", "约有", "只", "仅", "才", "就"})  # 平均年龄只有54岁 (只有 is tagged c)
_THERE_ARE = frozenset({"有", "约有", "共有", "已有", "还有"})  # 每年约有5.9万人死于溺水: what befell the people counted
_ASPECT = frozenset({"了", "着"})  # 841名乘客经历了…: the word before one is a verb, whatever its tag
# tagged verbs, but amounts (人均可支配收入为16740元) or states (在建项目26个, 新增就业1200多万人) in a subject
_AMOUNT_VERBS = frozenset({"收入", "支出", "开支", "营收", "在建", "在校", "在册", "在岗", "在读", "在营", "在职", "在编", "新增", "新建"})
_METRIC_ENDS = frozenset("率量额数值价费")  # 不良贷款率: 率 is tagged a verb
_INVOLVES = frozenset({"涉及", "包括", "包含", "含", "含有", "占", "约占", "占到"})
# nouns that name a measure whatever their last character (展出面积, 换装能力, 务工收入, 居住价格)
# (消落高度达7.29米: how far the level fell, not a height)
_MEASURES = frozenset({"面积", "能力", "规模", "收入", "价格", "产能", "效率", "速度", "时长", "里程", "容量", "产量", "高度", "幅度",
                       "长度", "深度", "宽度", "距离"})
_PEOPLE = frozenset({"人", "名", "人次"})
# words between a subject and its number that jieba tags as nouns or names: 高达, 全部, 年均, 全年
_TAIL_WORDS = frozenset({"高达", "全部", "局部", "年均", "全年", "总计", "合计", "共计", "累计", "达", "约", "约为", "均为", "为", "平均",
                         "人民币", "美元"})  # 总收入人民币97.54亿元: the currency is the unit's
_SHOWING = ("显示", "表明", "发现", "表示")  # a finding's verb (结果显示/n too) right before a share of people or things
_GOALS = frozenset({"目标", "任务", "要求", "水平", "门槛"})  # nouns after a figure's 的 that name no thing counted
_NUMERAL_START = re.compile(r"[零〇一二两三四五六七八九十百千万亿\d]")
_CONVERTING = frozenset({"折合", "约合", "折算", "合计", "共计", "总计"})  # verbs between an amount and what it sums up
_CURRENCIES = frozenset({"人民币", "美元", "欧元", "日元", "港元", "英镑", "韩元", "卢布"})
_EVENT_UNITS = frozenset({"场", "场次", "次", "轮", "期", "届", "批", "批次"})
# what a count of occasions counts when a visit or a meeting follows it: the act, not the place or the host
_OCCASIONS = frozenset({"次", "场", "场次", "轮"})
_VISITED = re.compile(r"(?:来|到|赴|前往|去)了?[\u4e00-\u9fff]{1,10}?(?P<act>考察调研|调研考察|考察|调研|视察|访问|慰问|检查)")
_HELD = re.compile(r"(?:主持)?(?:召开|举行|举办|开展|组织)了?(?P<act>[\u4e00-\u9fff]{2,8}?)(?=[，。；、！？]|$)")
_BEFELL = frozenset({"死亡", "受伤", "遇难", "失踪", "丧生", "获救", "伤亡", "被捕", "确诊", "感染", "中暑", "住院", "遇害", "身亡"})
_TOTALS = frozenset({"累计", "总计", "合计", "共计", "全部"})
_WORDS_IN_WEI = frozenset({"行为", "作为", "认为", "成为", "因为", "称为", "视为", "所为", "有为", "无为", "更为", "较为", "最为",
                           "极为", "尤为", "颇为", "甚为", "广为", "大为", "分为", "改为", "定为", "列为", "评为", "转为", "约为",
                           "均为", "即为", "乃为", "以为", "身为", "名为", "意为", "专为", "特为", "多为", "仅为", "皆为", "只为"})
# tags of a word that may open the noun phrase after a number (verb, adjective, idiom, place, direction, pronoun,
# time, a numeral-tagged word without a number: 各具特色的, 当地, 西部, 此类, 青年, 多线; not 22 in 13条22人)
_OPENERS = ("v", "a", "l", "i", "s", "f", "r", "t", "m")
_AND = frozenset({"和", "与", "及", "、"})
_JOINED = _AND | {"及其"}
# verbs that name what is counted when they open its noun phrase: 出生婴儿数, 死亡人数, 受灾人口, 购进价格
_NAMING_VERBS = frozenset({"出生", "死亡", "受伤", "受灾", "遇难", "确诊", "流入", "流出", "购进", "签单", "参保", "就业", "排涝",
                           "退役", "退休", "离休", "下岗", "失业", "留守", "返乡", "失独"})  # 退役士兵: a kind of person
_NEGATIONS = frozenset({"不", "未", "无", "不可"})
# a share of a whole: 林果收入占总收入的30%: what is measured is the part before 占, not the whole after it
_SHARE_VERBS = frozenset({"占", "占到", "约占", "占据"})
# what was done to what is counted, which jieba often tags as a noun: 办理/公益诉讼案件, 检查发现/隐患
_DEALT_WITH = frozenset({"发现", "查处", "查获", "破获", "办理", "受理", "清理", "抓获", "侦破", "审结", "办结", "起诉", "批捕",
                         "排查", "拆除", "收缴", "查办", "立案"})
_OWNERS = frozenset({"公司", "该公司", "本公司", "集团", "该集团", "本集团"})
_WHOLE_AREAS = frozenset({"全国", "全省", "全市", "全县", "全区", "全镇", "全乡", "全州"})
_ADMIN_SUFFIXES = frozenset("省市县区镇乡村州")
_NOT_COUNTRIES = frozenset({"外国", "各国", "本国", "他国", "两国", "该国", "全国"})
_RATES = frozenset({"%", "个百分点", "倍", "‰"})
_CAUSES = frozenset({"造成", "导致", "致", "致使", "令"})
# a change says how much, not of what (the subject of 同比增长23.9% is the amount before it)
_CHANGES = frozenset({"增长", "下降", "上涨", "下跌", "上升", "升高", "提升", "回落", "增加", "减少", "高出", "低于", "高于", "超过", "达到",
                      "扩大", "收窄", "缩小", "飙升"})
# from one amount to another of the same thing: 从45岁提高到50岁, 由19.7%大幅下滑至4.9%, 104.66亿元，减亏至2022年60.71亿元
_MOVED_TO = re.compile(r"[^。；;！？]{0,12}?(?:至|到|为|增加了?|减少了?|高出|低)(?:了|约|近|超过)?(?:\d{4}年)?")
# a clause that only says what the same thing reached: 产值同比增长2.2%，达到9600亿元
_REACHED = re.compile(
    r"[，,]\s*(?:(?:19|20)\d\d年(?:[和、至到-](?:19|20)\d\d年)?|去年|今年|前年|当年)?(?:分别|已|又|再|首次|首)?"
    r"(?:达到|达|为|共计|总计|合计|累计|突破|破|增至|升至|降至|超过)了?"
)
_RATE_WORDS = ("率", "比例", "比重", "占比")
_CHANGE_ENDS = tuple(word for word in _CHANGES if len(word) == 2)
# ... and the verbs of what a number reached, which name nothing either: 分别突破700万, 去年首破900万人
_REACH_WORDS = _CHANGES | {"突破", "首破", "增至", "升至", "降至", "跌破"}
_NOT_HAPPENINGS = _CHANGES | _VAGUE_VERBS  # 有2500人，增长…: a change of an amount befalls no one
_HOW_MUCH_ENDS = (*sorted(_REACH_WORDS), "缩短", "到", "至")  # how a verb-only subject that says how much ends
# verbs that link what is counted to its amount, never part of it: 公司实现营收, 共有分行
_LIGHT_VERBS = frozenset({"实现", "完成", "取得", "获得", "达到", "达", "共有", "拥有", "有", "已有", "现有", "尚有", "均有", "是", "为",
                          "发放", "提供", "吸引", "接待", "带动", "录得"})
# verbs that open a verb-only subject but name nothing: a link (完成投资), a total (累计加息), a modal (预计运行), a
# time or a comparison (截至…建成, 相比…提高)
_NOT_NAMING = _LIGHT_VERBS | _TOTALS | {"预计", "计划", "预期", "可", "可以", "能", "能够", "将", "拟", "力争", "有望",
                                         "截至", "截止", "相比", "相较"}
# verbs whose amount of money is what they name: 投资50亿元 is an investment
_MONEY_VERBS = frozenset({"投资", "投入", "融资", "募资", "出资", "捐款", "捐赠", "捐资", "补贴", "补助", "拨付", "拨款", "筹资", "筹集", "募集"})
_MONEY_UNITS = ("元", "镑", "卢布", "克朗", "卢比", "比索", "里拉", "泰铢", "兰特", "法郎", "林吉特", "雷亚尔")
_CONVERTED = re.compile(r"(?:约合|折合|合|相当于)(?:人民币|美元)?约?$")  # 157.1万韩元（约合人民币8700元）
_COMPARING = frozenset({"比", "较", "由", "比该", "较之", "比较"})  # what stands before these is what is compared
_FROM_REACH = 12  # characters a 从 may stand before the amount a thing moved from (从2012年的每月通行3.5列)
# a comparison's base (同比增长4.8%, 比2021年同期增长13%) is not what is measured
_COMPARED = frozenset({"同比", "环比", "同期", "去年同期", "上年同期", "上年", "去年", "比", "较"})


def subjects(sentence: Sentence, found: list[tuple[int, int, float, str]]) -> list[str]:
    """The subject of each quantity ``(start, end, value, unit)`` found in the sentence, in the same order."""
    if not found:
        return []
    offsets = token_offsets(sentence)
    out: list[str] = []
    previous_end, previous_subject, previous_unit = -1, "", None
    for start, end, _value, unit in found:
        subject = _subject(sentence, offsets, start, end, unit)
        joined = start == previous_end or (start == previous_end + 1 and sentence.text[previous_end] in "和、与及")
        moved = (unit == previous_unit and _MOVED_TO.fullmatch(sentence.text, previous_end, start)) or _REACHED.fullmatch(
            sentence.text, previous_end, start
        ) or (previous_unit in _RATES and unit not in _RATES and sentence.text[previous_end:start] in ("至", "到"))
        if (not subject and (joined or unit in _RATES or moved)) or (previous_subject and _CONVERTED.search(sentence.text, 0, start)):
            # 风险隐患8大类69项189条, 82.4%和82.9%: one subject for the chain;
            # 投资额超过1万亿元，同比增长23.9%: a change is the change of the amount before it;
            # 157.1万韩元（约合人民币8700元）: the same amount converted
            subject = previous_subject
        if not subject and offsets:
            subject = _said_in_the_clause_before(sentence, offsets, start, previous_end, previous_subject)
        if previous_subject and subject in _AMOUNT_WORDS and _POINTS_BACK.search(
                sentence.text, 0, max(sentence.text.rfind(subject, 0, start), 0)):
            subject = previous_subject  # 赤字将达到3万亿卢布以上，这一数额将超过GDP的2%: the amount just told
        previous_end, previous_subject, previous_unit = end, subject, unit
        out.append(subject)
    chained = [k for k in range(len(found) - 2, -1, -1) if found[k + 1][0] == found[k][1]
               or (found[k + 1][0] == found[k][1] + 1 and sentence.text[found[k][1]] in "和、与及")]
    if chained:
        verbs = {token for token, tag in zip(sentence.tokens, sentence.tags) if tag.startswith("v")}
        for k in chained:
            if out[k + 1] and (not out[k] or out[k] in verbs):
                out[k] = out[k + 1]  # 提出6方面24条政策措施, 分别有6个和5个城市: what the chain's last quantity names
    if offsets and "分别" in sentence.tokens:
        _respectively(sentence, offsets, found, out)
    if offsets:
        out = [_topic_said_before(sentence, offsets, start, subject) for (start, *_rest), subject in zip(found, out)]
        out = [_head_of_what(sentence, offsets, start, subject) for (start, *_rest), subject in zip(found, out)]
    for k, (start, _end, _value, unit) in enumerate(found):
        if not out[k] and unit in _RATES:
            out[k] = _of_whole(sentence, start)
        elif unit and (part := _PART_OF.search(sentence.text, max(0, start - 30), start)) and part["unit"] == unit and (
                not out[k] or out[k] in _VERBS_OF_PARTS):
            # 这132只野生大熊猫中，有110只生活在…: 110 of the pandas (not 生活); 21个行业中，有10个位于扩张区间: with
            # what the part does, when that is short
            does = _CLAUSE_REST.match(sentence.text, _end)
            out[k] = part["what"] + (does.group() if does and len(does.group()) <= _PART_DOES else "")
    out = [_whole_list(sentence.text[:start], subject) for (start, *_rest), subject in zip(found, out)]
    # 公示/期为 二十个自然日: jieba glued the linking 为 to the noun's last character (not 违法行为, 列为)
    return [subject[:-1] if len(subject) > 2 and subject.endswith("为") and subject[-2:] not in _WORDS_IN_WEI
            else subject for subject in out]


def _said_in_the_clause_before(sentence: Sentence, offsets: list[int], start: int, previous_end: int,
                               previous_subject: str) -> str:
    """The subject of a quantity whose clause names nothing before it (…共88艘，275.1万修正总吨; 新车销售利润占比大幅下滑，
    由…19.7%…; 军事援助占大头，超过430亿美元): the subject of the figure the clause before ends with, else that clause's
    topic, the noun phrase before its first verb."""
    text, tokens, tags = sentence.text, sentence.tokens, sentence.tags
    opens = max((m for m in range(start) if text[m] in _CLAUSE_ENDS), default=-1)
    if opens < 0:
        return ""
    own = [k for k, off in enumerate(offsets) if opens < off < start]
    if any(_noun(tokens[k], tags[k]) and tags[k] not in ("t", "m") and not _ANY_DIGIT.search(tokens[k]) for k in own):
        return ""  # the clause names its own subject, or a word of it the search passed over
    before = max((m for m in range(opens) if text[m] in _CLAUSE_ENDS), default=-1)
    if previous_end > before:  # the clause before holds a figure: a bare figure after it measures the same thing
        bare = all(tags[k][:1] in ("d", "m") or tokens[k] in ("共", "合计", "共计", "约") for k in own)
        return previous_subject if bare else ""
    if _ANY_DIGIT.search(text, before + 1, opens):
        return ""
    clause = [k for k, off in enumerate(offsets) if before < off < opens]
    verb = next((n for n, k in enumerate(clause) if tags[k] in ("v", "vd") or (n and tags[k] == "d")), None)
    if not verb:
        return ""
    order = [k for k in reversed(clause[:verb])]
    while order and tags[order[0]][:1] in ("d", "c"):
        order = order[1:]  # 援助也不断加码: the adverbs between the topic and its verb
    phrase = _collect(tokens, tags, order, limit=6, backward=True) if order else ""
    return phrase if len(phrase) > 1 else ""


def _whole_list(before: str, subject: str) -> str:
    """A subject that is the tail of a longer list before the quantity, as the whole list (…斯洛伐克、塞浦路斯、马耳他及
    塞尔维亚10国 counts ten, not the four the phrase kept): written out when short, else its first item and 等."""
    if "、" not in subject or not before.endswith(subject) or not before[: -len(subject)].endswith("、"):
        return subject
    opened = _LIST_OPENS.match(before, 0, len(before) - len(subject))
    whole = before[opened.end() if opened else 0:]
    return whole if len(whole) <= _WHOLE_LIST_CHARS else whole.split("、", 1)[0] + "等"


_LIST_OPENS = re.compile(r".*[，,。；;：:的“”（）()]")  # what opens a list: the last clause mark, quotation or 的 before it
_WHOLE_LIST_CHARS = 24


def _topic_said_before(sentence: Sentence, offsets: list[int], start: int, subject: str) -> str:
    """A share whose subject leaves out what the clause before named in full (新能源投资快速增长，完成投资占比接近四成:
    投资占比 → 新能源投资占比): the subject with the words the clause before puts before its first word."""
    if not subject.endswith(_RATE_WORDS):
        return subject
    text, tokens, tags = sentence.text, sentence.tokens, sentence.tags
    at = text.rfind(subject, 0, start)
    first = next((k for k, off in enumerate(offsets) if off == at), None)
    opens = max((m for m in range(at) if text[m] in _CLAUSE_ENDS), default=-1)
    if first is None or opens < 0 or text[opens + 1 : at].strip(" 完成实现") or not _noun(tokens[first], tags[first]):
        return subject  # (only a share that opens its clause, past a light verb)
    word = tokens[first]
    before = [k for k in range(len(tokens)) if offsets[k] < opens and tokens[k] not in _CLAUSE_STOP]
    clause_opens = max((k for k in range(len(tokens)) if offsets[k] < opens and tokens[k] in _CLAUSE_ENDS), default=-1)
    said = [k for k in before if k > clause_opens and tokens[k].endswith(word)]  # (汽车销量 … 销量占比)
    if len(word) < 2 or not said:
        return subject
    phrase = _collect(tokens, tags, list(range(said[-1], clause_opens, -1)), limit=4, backward=True)
    return phrase[: -len(word)] + subject if phrase.endswith(word) and len(phrase) > len(word) else subject


# heads that name only a measure, which reads with what it measures before its 的 (溺水事故的比例, 最高气温的中位数)
_BARE_MEASURES = frozenset({"比例", "比重", "占比", "中位数", "平均值", "平均数", "人数", "数量", "总数", "总量", "时间", "时长",
                            "次数", "规模", "数值"})
# tags of the words of what a bare measure measures: nouns, verbs, adjectives and names (使用电子产品, 溺水事故, 损失)
_OF_WHAT_TAGS = ("n", "v", "a", "b", "j", "l", "z")
_OF_WHAT_REACH = 10  # characters of what a bare measure measures


def _head_of_what(sentence: Sentence, offsets: list[int], start: int, subject: str) -> str:
    """A bare measure before the quantity with what it measures, the words before its 的 in the clause (每天使用电子产品的
    时间不要超过1小时: 时间 → 使用电子产品的时间); ``subject`` when it is no bare measure or no such words come before it."""
    if subject not in _BARE_MEASURES:
        return subject
    text, tokens, tags = sentence.text, sentence.tokens, sentence.tags
    at = text.rfind(subject, 0, start)
    head = next((k for k, off in enumerate(offsets) if off == at), None)
    if head is None or head < 2 or tokens[head - 1] != "的":
        return subject
    words = list(itertools.takewhile(
        lambda k: tags[k].startswith(_OF_WHAT_TAGS) and tokens[k] not in _CLAUSE_STOP and not tags[k].startswith(("nr", "ns")),
        range(head - 2, -1, -1)))[::-1]
    while words and tags[words[0]].startswith("v") and _links(tokens[words[0]]):
        words.pop(0)
    what = "".join(tokens[k] for k in words)
    if words and words[0] > 0 and tokens[words[0] - 1] == "在":
        return subject  # 在公共交通客运量的占比: a share within the whole, of a part named elsewhere
    if not words or len(what) > _OF_WHAT_REACH or not any(tags[k].startswith(("n", "v", "l")) for k in words):
        return subject
    return what + "的" + subject


# a word for an amount after a word that points back (这一数额, 该数字): the amount the sentence has just told
_AMOUNT_WORDS = frozenset({"数额", "数字", "数据", "数值", "金额", "规模", "数量", "总额", "总量"})
_POINTS_BACK = re.compile(r"(?:这一|这个|该|此|上述)$")


_LISTED = re.compile(r"[、和与及]|以及")  # between the numbers of one list
_ITEM_SEPARATORS = frozenset({"、", "和", "与", "及", "以及"})
_CLAUSE_ENDS = frozenset("，,；;：:。！？!?")
# words that set a list's scene, not its first item: 上半年国内原煤, 其中煤
_SCENE_TAGS = frozenset({"t", "s", "f", "r", "c", "p", "d", "m", "q"})
# a list of times, places or people (4月和5月…, 意大利和法国分别…) is not of what the numbers count
_NOT_ITEM_TAGS = frozenset({"t", "ns", "nr", "nrt", "m", "q", "x"})


def _respectively(
    sentence: Sentence, offsets: list[int], found: list[tuple[int, int, float, str]], out: list[str]
) -> None:
    """A list of things and ``分别`` a list of as many numbers: the i-th number counts the i-th thing (原煤、原油、天然气产量
    同比分别增长4.4%、2.1%、5.4%). Changes ``out`` in place, where a subject was read before the list or not at all."""
    text, tokens = sentence.text, sentence.tokens
    for k, token in enumerate(tokens):
        if token != "分别":
            continue
        at = offsets[k] + 2
        chain = [n for n, (start, *_rest) in enumerate(found) if start >= at][:1]
        if not chain or found[chain[0]][0] - at > 12 or _CLAUSE_ENDS.intersection(text[at : found[chain[0]][0]]):
            continue
        while chain[-1] + 1 < len(found) and _LISTED.fullmatch(text, found[chain[-1]][1], found[chain[-1] + 1][0]):
            chain.append(chain[-1] + 1)
        items = _listed_items(sentence, k, len(chain)) if len(chain) > 1 else None
        for n, item in zip(chain, items or (), strict=False):
            if not out[n] or out[n] in text[: offsets[k]]:
                out[n] = item


def _listed_items(sentence: Sentence, k: int, count: int) -> list[str] | None:
    """The ``count`` things listed before token ``k`` (in its clause, or the clause before when its own holds only
    同比), or None when there is no such list."""
    tokens, tags = sentence.tokens, sentence.tags
    end = k
    while True:
        start = end
        while start > 0 and tokens[start - 1] not in _CLAUSE_ENDS:
            start -= 1
        listed = any(tags[i] != "d" and tokens[i] not in _COMPARED for i in range(start, end))
        if listed or start == 0 or end != k:
            break
        end = start - 1  # 天然气产量稳步提高，同比分别增长…
    depth, kept = 0, []
    for i in range(start, end):
        depth += tokens[i] in ("（", "(")
        if not depth:
            kept.append(i)
        depth -= depth and tokens[i] in ("）", ")")
    parts: list[list[int]] = [[]]
    for i in kept:
        if tokens[i] in _ITEM_SEPARATORS:
            parts.append([])
        else:
            parts[-1].append(i)
    if len(parts) != count:
        return None
    first, last = parts[0], parts[-1]
    while first and (tags[first[0]] in _SCENE_TAGS or tokens[first[0]] in _WHOLE_AREAS):
        first.pop(0)
    if "等" in (words := [tokens[i] for i in last]):
        del last[words.index("等") :]  # 零部件、锂电池等中间产品: the items are before 等
    while last and (tokens[last[-1]] in _COMPARED or tokens[last[-1]].startswith("每")
                    or not tags[last[-1]].startswith(_NOUNISH)):
        last.pop()  # 天然气产量稳步提高, 农村公路同比, 柴油价格每吨
    items = ["".join(tokens[i] for i in part) for part in parts]
    if any(not part or all(tags[i] in _NOT_ITEM_TAGS for i in part) for part in parts) or _ANY_DIGIT.search("".join(items)):
        return None
    return items


def token_offsets(sentence: Sentence) -> list[int] | None:
    """Where each token starts in the sentence text (tokens skip whitespace), or None if they do not fit."""
    if "".join(sentence.tokens) == sentence.text:  # the common case: no whitespace skipped, offsets add up
        return list(itertools.accumulate(map(len, sentence.tokens[:-1]), initial=0)) if sentence.tokens else []
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
    if unit in _OCCASIONS:
        done = _VISITED.match(sentence.text, end) or _HELD.match(sentence.text, end)
        if done:
            return done.group("act")  # 3次来延安考察调研 → 考察调研, 两次主持召开集体学习 → 集体学习: what was done each time
    if unit in _RATES and (share := _SHARE_IS.match(sentence.text, end)) and not _CLAUSE_LEAD.sub(
            "", sentence.text[: start]).split("，")[-1].strip():
        return share["what"]  # …中，42%为工作类居留许可: the part the clause names after the share
    tokens, tags = sentence.tokens, sentence.tags
    speed = _SPEED_BEFORE.search(sentence.text, max(0, start - 4), start)
    if speed and offsets:  # (设计时速350公里的高铁, 设计时速350公里高铁)
        after = list(itertools.takewhile(lambda i: tokens[i] not in _LISTING_JOINS,
                                         (i for i, off in enumerate(offsets) if off >= end and tokens[i] != "的")))
        what = _collect(tokens, tags, after, limit=3)  # (the thing of this speed, not the next one's: 的高铁和时速…)
        if what:
            return what + speed.group()  # 设计时速350公里的高铁 → 高铁设计时速: a speed, not a distance
    # the tokens after the quantity and those before it, nearest first: offsets and token ends only grow
    after = list(range(bisect.bisect_left(offsets, end), len(offsets)))
    glued = (after[0] if after else len(tokens)) - 1  # the token the quantity ends inside, if it does
    rest = sentence.text[end : offsets[glued] + len(tokens[glued])] if glued >= 0 else ""
    if rest and unit not in _RATES and tags[glued].startswith("n") and _HAN_RUN.fullmatch(rest) and not (
        len(rest) == 1 and unit in _PEOPLE  # 4万余人线上线下: the noun was cut out of another word
    ):
        # 7个市, 21架飞机, 186名营员: jieba glued the measure word to the noun counted; one character opens a
        # phrase (72名区青年委员), two are a word
        listed = _admin_list(tokens, after) if after and tokens[after[0]] in ("（", "(") and rest[-1] in _ADMIN_SUFFIXES else 0
        if listed:
            return rest + "".join(tokens[j] for j in after[:listed])  # 31个省（区、市）
        if not after or tags[after[0]].startswith("v") or (len(rest) > 1 and tags[after[0]][:1] not in ("n", "b")):
            return rest
        return rest + _collect(tokens, tags, after, limit=5)
    ended = bisect.bisect_right(offsets, start)  # tokens that start by ``start``; the last may end past it
    split = None
    if ended and offsets[ended - 1] + len(tokens[ended - 1]) > start:
        ended -= 1
        if start - offsets[ended] >= 2 and not _NUMERAL_START.match(tokens[ended], start - offsets[ended]):
            split = ended  # 全长约/n 23.3公里: 全长 is what is measured (not 铁人 of 铁人三项, a sport's name)
    before = list(range(ended - 1, -1, -1))
    if split is not None:
        tokens, tags = list(tokens) + [tokens[split][: start - offsets[split]]], list(tags) + ["n"]
        before = [len(tokens) - 1] + before
    if before and tokens[before[0]] in ("（", "("):
        before = before[1:]  # 渔民小野春雄（71岁）
    before = _without_abbreviation(tokens, before)  # 居民消费价格（CPI）同比下降0.3%
    if before and len(tokens[before[0]]) == 2 and tokens[before[0]][0] in _METRIC_ENDS and tokens[before[0]][1] in "达为":
        # 国际化率达47%: jieba's HMM glued the metric's last character to the verb after it
        tokens, tags = list(tokens), list(tags)
        tokens[before[0]], tags[before[0]] = tokens[before[0]][0], "n"
    elif (len(before) > 1 and tags[before[0]].startswith("v") and tokens[before[1]] in _METRIC_ENDS
          and tags[before[1]].startswith("v")):
        # 供电可靠/v 率/v 达到99.9%: the metric's last character, which jieba tags a verb, ends the metric's name
        tokens, tags = list(tokens), list(tags)
        tags[before[1]] = "n"
    elif before and len(tokens[before[0]]) > 3 and tokens[before[0]].endswith(_CHANGE_ENDS):
        # 猪肉价格下降26.0%: jieba's dictionary holds 价格下降 as one word; the change is not part of what changed
        tokens, tags = list(tokens), list(tags)
        tokens[before[0]], tags[before[0]] = tokens[before[0]][:-2], "n"
    if after and tokens[after[0]] in ("（", "("):  # 662亿美元（约合人民币4773亿元）的财政援助
        closing = next((n for n, i in enumerate(after) if tokens[i] in ("）", ")")), None)
        if closing is not None:
            after = after[closing + 1 :]
    if unit in _RATES and after and _CONTAINS.search(
            sentence.text, max((k + 1 for k, ch in enumerate(sentence.text[:start]) if ch in _CLAUSE_ENDS), default=0), start):
        # 样品中含有0.25%二甘醇和2.1%乙二醇: how much of the substance there is (二/m 甘醇: a chemical's numeral)
        prefix = tokens[after[0]] if len(after) > 1 and _ANY_NUMERAL.fullmatch(tokens[after[0]]) else ""
        substance = after[1:] if prefix else after
        phrase = _collect(tokens, tags, substance, limit=3) if _noun(tokens[substance[0]], tags[substance[0]]) else ""
        if phrase:
            return prefix + phrase + "含量"
    if unit in _RATES and before and tokens[before[0]] == "的":
        part = _share(tokens, tags, before)
        if part is not None:
            return part  # "" when 占 opens its clause (…66.5万人，占学生总数的10.6%): the part is the amount before
    rated = next((tokens[i] for i in before if tokens[i] not in _TAIL_WORDS and tokens[i] not in ("高", "达到")), "")
    # 95%以上的患者: the bound is the figure's (not 保持在50%以上的扩张区间: where a level stays, no share)
    bound = 1 if len(after) > 2 and tokens[after[0]] in _RATE_BOUNDS and not (before and tokens[before[0]] in "在于") else 0
    if unit in _RATES and len(after) > 1 + bound and tokens[after[bound]] == "的" and not rated.endswith(_RATE_WORDS):
        # 51%的乘客, 超过80%的登革热病例 (but 普及率高达66.5%的农村互联网 measures the rate)
        phrase = _collect(tokens, tags, after[1 + bound:], limit=5)
        if phrase:
            return phrase
    if unit in _RATES and before and tokens[before[0]].endswith(_SHOWING) and after and _noun(tokens[after[0]],
                                                                                            tags[after[0]]):
        phrase = _collect(tokens, tags, after, limit=5)  # 结果显示85%受访者支持…: the respondents, not 结果显示
        if phrase:
            return phrase
    if (unit not in _RATES and len(after) > 1 and tokens[after[0]] in ("以上", "以下") and _noun(tokens[after[1]], tags[after[1]])
            and not (before and _noun(tokens[before[0]], tags[before[0]]))):
        after = after[1:]  # 处以500万韩元以下罚款: the bound belongs to the number (not in 海拔4000米以下区域)
    if len(after) > 2 and _YEAR.fullmatch(tokens[after[0]]) and tokens[after[1]] in ("年", "年度") and _noun(
            tokens[after[2]], tags[after[2]]):
        after = after[2:]  # 347位2023年湖北省西部计划志愿者: the year says which, the noun phrase after it what
    if after[1:] and tokens[after[0]] in _ADVERB_NOUNS and tags[after[1]].startswith("v"):
        after = []  # 1.42亿人次基本恢复: nothing after the number is counted; the noun phrase before it is
    if unit not in _RATES and after and tokens[after[0]] not in _NOT_COUNTED:
        if unit in _PEOPLE and tokens[after[0]] not in _FROM and (
                not before or tokens[before[0]] in _CAUSES or _NUMERALISH.search(tokens[before[0]])
                or tags[before[0]] == "q" or tokens[before[0]] in _CLAUSE_STOP or tokens[before[0]] in _THERE_ARE):
            happened = _what_happened(tokens, tags, after)
            if happened:
                return happened
        rest = after
        if tokens[after[0]] == "的":
            rest = after[1:]
        elif len(after) > 2 and tokens[after[1]] == "的" and tags[after[0]][:1] in ("a", "l", "i", "v", "z"):
            rest = after[2:]  # 4台各具特色的专场演出
        elif tokens[after[0]] in _FROM and (mark := next((n for n, i in enumerate(after[:_MODIFIER_REACH])
                                                          if tokens[i] == "的" or tokens[i] in "，,；;。"), None)):
            rest = after[mark + 1:] if tokens[after[mark]] == "的" else rest  # 30余名来自北京大学、…高校的联络站代表
        phrase = _quoted_name(tokens, tags, rest) or _collect(tokens, tags, rest, limit=5)
        if (phrase and rest is after and unit in _PEOPLE and tags[after[0]] in ("nz", "i", "l")
                and len(tokens[after[0]]) == 4 and (len(after) == 1 or tokens[after[1]] in _CLAUSE_STOP)):
            phrase = ""  # 代表近300人齐聚一堂: an idiom ending the clause is what the people did, not who they are
        if rest is not after and phrase in _GOALS:
            phrase = ""  # 游客总数达到1亿人次的目标: what the goal counts, before it
        if phrase and rest:
            phrase = _examples_of_a_kind(sentence, offsets, rest, phrase)  # 27名安全、消防等专业专家
        described = rest is after and _describes(tokens, tags, after)
        if rest is after and (not phrase or described):
            # a longer modifier before 的: 240吨各种不同的物资材料, 1名20岁的巴勒斯坦男子; a description that a noun
            # phrase would open: 36个不同类型的智慧小区场景, 2850个辐射性极强的沙袋
            reach = _DESCRIBED_REACH if described else 5
            mark = next((n for n, i in enumerate(after[:reach]) if tokens[i] == "的" or tokens[i] in _CLAUSE_STOP), None)
            if mark and tokens[after[mark]] == "的":
                described = _collect(tokens, tags, after[mark + 1 :], limit=5)
                if described and _counts_next(sentence, after[mark + 1 :], described):
                    described = ""  # 3.5列已增长到现在的日均17列: 日均 is what the next amount measures
                phrase = described or phrase
        if not phrase and _event(tokens, tags, after, unit):
            return tokens[after[0]]  # 举办200场演出，, 超过500人死亡。: the event, which jieba tags as a verb
        if not phrase and len(after) > 1 and tokens[after[0]] in _KINDS_OF and tags[after[1]].startswith("v") and (
                len(after) == 2 or tokens[after[2]] in _CLAUSE_STOP):
            return tokens[after[0]] + tokens[after[1]]  # 超1000场各类演出: the kinds of event (演出/v) counted
        if phrase:
            return phrase
    summed = False
    while before and (tokens[before[0]] in _TAIL_WORDS or tokens[before[0]].startswith(("同比", "环比"))
                      or re.fullmatch(r"每[项人户件台]", tokens[before[0]])):
        summed |= tokens[before[0]] in _SUMS
        before = before[1:]  # 死亡率高达50%, 答题卡全部近百张, 营收同比增加104.06% (words jieba tags as nouns)
    if not before:
        return ""
    if tokens[before[0]] in ("》", "共"):
        book = _BOOK_BEFORE.search(sentence.text, 0, start)
        if book:
            return book.group(1)  # 《纲要》共14章、85条: the book's chapters
    if summed and tokens[before[0]] in ("，", ","):
        return _what_was_done_to(tokens, tags, before[1:])  # 收受他人财物，共计人民币458.19万元 → 他人财物
    if _JOINED_REACH.search(sentence.text, 0, start):  # 城镇新增就业好于预期、达1200多万人: the clause's own subject
        joint = next((j for j, i in enumerate(before) if tokens[i] == "、"), None)
        head = _clause_head(tokens, tags, before[joint + 1 :]) if joint is not None else ""
        if head:
            return head
    moves_on = _MOVED_TO.match(sentence.text, end) is not None  # 从…3.5列增长到…: the amount it moved from
    for j, i in enumerate(before):
        if tokens[i] in _CLAUSE_STOP:
            break
        if tokens[i] in _COMPARING or (tokens[i] == "从" and moves_on and start - offsets[i] <= _FROM_REACH):
            # 食品价格由上月同比上涨2.3%, 产奶量将比正常情况少10%: what is compared; 班列开行规模从2012年的每月通行
            # 3.5列已增长到…: what moved from the amount
            before = before[j + 1 :]
            break
    else:
        phrase = _collect(tokens, tags, before, limit=6, backward=True)
        if phrase:
            return phrase
    # skip the predicate (已建成, 同比增长, 投入) and take the noun phrase before it
    k = 0
    while k < len(before) and tokens[before[k]] not in _CLAUSE_STOP and tokens[before[k]] not in _AMOUNT_VERBS:
        if _dated(tokens, before, k):
            k += 2  # 独居老年人总数2015年为, 老年人口在2000年, 在当地时间8日: when, not what
        elif (tags[before[k]].startswith(_PREDICATE_SKIP) or tokens[before[k]] in _COMPARED or tags[before[k]] == "t"
              or tokens[before[k]] in _ONLY or tokens[before[k]] in _CURRENCIES):
            k += 1  # 比上年同期实际增长, 较去年同期下降; 折合人民币: the currency is the unit's
        elif tags[before[k]] == "a" and k and tokens[before[k - 1]] in _HOLDING:
            k += 1  # 已成功举办, 已连续举办: an adjective that says how an event was held
        else:
            break
    k = _past_frame(tokens, tags, before, k)  # 居民消费价格在世界通胀高企背景下仅上涨2%: not the frame's noun
    phrase = _collect(tokens, tags, before[k:], limit=6, backward=True)
    run = [i for i in reversed(before[:k]) if tags[i].startswith("v")]  # the verbs skipped, in text order
    verbs = [tokens[i] for i in run]
    converted = next((n for n, i in enumerate(run) if tokens[i] in _CONVERTING), 0)
    if converted and run[converted - 1] == run[converted] - 1 and len(tokens[run[converted - 1]]) == 2:
        return tokens[run[converted - 1]]  # 贿款折合人民币共550多万元: what is converted, a noun jieba tags as a verb
    if verbs and verbs[-1] in _MONEY_VERBS and unit.endswith(_MONEY_UNITS):
        # 交通固定资产投资1.83万亿元, 完成投资37亿元: the money is the investment, of what is right before it but
        # not of who made it (酒泉市投入499万余元)
        joined = phrase and k == 1 and not tags[before[k]].startswith(("ns", "nt", "nr"))
        return phrase + verbs[-1] if joined else verbs[-1]
    nouns = len(list(itertools.takewhile(lambda i: tags[i] == "vn" and tokens[i] not in _NOT_NAMING, run)))
    if (0 < nouns < len(run) and all(tokens[i] in _REACH_WORDS for i in run[nouns:])
            and run[nouns - 1] - run[0] == nouns - 1  # one run of words, nothing between them
            and (k == len(before) or tokens[before[k]] in _CLAUSE_STOP)):
        # ，亩产达到了460公斤, ，旅行服务进出口增长65.4%: what reached the amount, opening its clause, verbal nouns to jieba
        return "".join(tokens[i] for i in run[:nouns])
    while len(verbs) > 1 and verbs[0] in _NOT_NAMING:
        verbs.pop(0)  # 完成投资, 累计加息, 预计运行
    skipped = "".join(verbs)
    if (len(phrase) == 1 and tags[before[k]] == "n" and run and run[0] == before[k] + 1 and len(tokens[run[0]]) == 2
            and tokens[run[0]] not in _NOT_NAMING):
        return phrase + tokens[run[0]]  # 减少碳排放约2.6万吨: one character is no subject; with the verb it names (碳排放)
    if (phrase and unit in _PEOPLE and verbs and verbs[-1] in _DONE_TO_PEOPLE and run[-1] == before[0]
            and not tags[before[k]].startswith(("ns", "nr"))):
        return phrase + verbs[-1]  # 医疗分队累计接诊736人: the people the team saw, not the team
    if (phrase and run and len(skipped) >= 2 and skipped not in _VAGUE_VERBS and not unit.endswith(_MONEY_UNITS)
            and _served(tokens, tags, offsets, run[0], phrase)):
        # 为沿途村民带货超过10万件: the goods carried, not the villagers they were carried for (money given is theirs:
        # 为美国国务院提供85亿美元)
        return skipped
    if phrase and not (tags[before[k]].startswith(("ns", "nt", "nr")) and skipped):
        return phrase
    if not phrase and k < len(before) and (one := _ONE_OF.fullmatch(tokens[before[k]])):
        referent = _counted_before(tokens, tags, before[k], one["measure"])
        if referent:
            return referent  # 送去两张银行卡，一张存有200万元 → 银行卡: one of the things counted before
    moved = any(tokens[i] in ("到", "至") for i in before[:k])
    if (len(skipped) < 2 or skipped in _VAGUE_VERBS or skipped in _LIGHT_VERBS or moved
            or skipped.endswith(_HOW_MUCH_ENDS)):
        return ""  # 增长, 提高到, 减亏至, 突破, 可缩短: how much, not of what; 共有, 拥有: a link, not a name
    if verbs and verbs[-1] in _HOLDING and unit in _EVENT_UNITS:
        # 该活动已成功举办16期 (活动/vn); 大赛始创于2000年，至今已成功举办23届: what was held, not the holding
        return "".join(verbs[:-1]) or _topic_of_chain(sentence, offsets, start)
    return skipped


def _served(tokens, tags, offsets: list[int], verb: int, phrase: str) -> bool:
    """Whether ``phrase``, right before the verb at token ``verb``, is whom it is done for (为/给/替 沿途村民 带货)."""
    at = offsets[verb] - len(phrase)
    return any(offsets[i] + len(tokens[i]) == at and tokens[i] in _FOR and tags[i] == "p" for i in range(verb))


_FOR = frozenset({"为", "给", "替"})
# verbs whose count of people is of those they were done to, not of who did them: 医疗分队接诊736人
_DONE_TO_PEOPLE = frozenset({"接诊", "救治", "收治", "诊治", "培训", "安置", "转移", "疏散", "救助", "帮扶", "慰问", "资助",
                             "吸纳", "招聘", "录用", "抓获", "逮捕", "拘留", "起诉", "查处", "救出", "营救", "遣返", "砸死",
                             "打死", "杀死", "打伤", "击毙"})
_TOPIC_REACH = 16  # characters of a clause that names the topic before 是
_SAYING = re.compile(SAYING)  # 郑昕馆长表示，…: a speaker opens the clause, not the topic
# verbs of holding an event, which name no event: …，至今已举办四届
_HOLDING = frozenset({"举办", "举行", "召开", "开展", "主办", "承办", "组织"})


def _topic_of_chain(sentence: Sentence, offsets: list[int], start: int) -> str:
    """The noun phrase that opens the nearest clause before ``start`` that opens with one followed by its verb, or a
    clause of its own before 是: the topic of a chain of clauses that leave it out (世界华人学生作文大赛始创于2000年，
    至今已成功举办23届 → 世界华人学生作文大赛; 《…》曲艺演出周，是…活动，至今已举办四届 → 《…》曲艺演出周).
    "" when no clause before opens so."""
    tokens, tags, text = sentence.tokens, sentence.tags, sentence.text
    opens = [k for k in range(len(tokens)) if offsets[k] < start and (k == 0 or tokens[k - 1] in _CLAUSE_ENDS)]
    for k in reversed(opens):
        order = list(itertools.takewhile(lambda i: tokens[i] not in _CLAUSE_ENDS, range(k, len(tokens))))
        if not order or offsets[order[-1]] >= start:
            continue  # the quantity's own clause, whose subject the words before the quantity would have named
        if order and order[-1] + 2 < len(tokens) and tokens[order[-1] + 2] == "是" and (
                len(text[offsets[k] : offsets[order[-1]] + len(tokens[order[-1]])]) <= _TOPIC_REACH):
            return text[offsets[k] : offsets[order[-1]] + len(tokens[order[-1]])]  # 《…》曲艺演出周，是…
        phrase = _quoted_name(tokens, tags, order) or _collect(tokens, tags, order, limit=5)
        lengths = list(itertools.accumulate(len(tokens[i]) for i in order))
        if not phrase or len(phrase) not in lengths or lengths.index(len(phrase)) + 1 >= len(order):
            continue
        last = order[lengths.index(len(phrase))]
        verb = last + 1
        if (tags[verb].startswith("v") or tokens[verb] == "是") and not _SAYING.fullmatch(tokens[verb]):
            return text[offsets[k] : offsets[last] + len(tokens[last])]  # as written: “大美西城 墨韵书情”
    return ""


# a predicate joined by 、 to another of the same subject, which only says what it reached: …好于预期、达1200多万人
_JOINED_REACH = re.compile(r"[^、，,；;。\d]{2}、(?:已|又|再|首次|均)?(?:达到|达|为|突破|超过|超|增至|升至|增长到|增加到|提高到)了?(?:约|近|超过|逾)?$")
# one of several things counted before it in the sentence, standing for its subject: 两张银行卡，(另)一张存有200万元
_ONE_OF = re.compile(r"(?:另|其中|其余)?一(?P<measure>[\u4e00-\u9fff])")


def _counted_before(tokens, tags, at: int, measure: str) -> str:
    """The noun phrase after the last count with ``measure`` before token ``at`` (两张银行卡 for 一张), or ""."""
    for t in range(at - 1, -1, -1):
        if tokens[t].endswith(measure) and _NUMERALISH.search(tokens[t][: -len(measure)]) and not tokens[t].startswith("一"):
            return _collect(tokens, tags, list(range(t + 1, min(t + 6, len(tokens)))), limit=3)
    return ""


_SPEED_BEFORE = re.compile(r"(?:设计|最高|平均)?时速$")
_LISTING_JOINS = _AND | {"以及"}
_KINDS_OF = frozenset({"各类", "各种", "多种", "各项", "多类"})
_BOOK_BEFORE = re.compile(r"(《[^《》]{1,30}》)(?:一书|全书)?(?:共|总共|共有)?$")
_SUMS = frozenset({"共计", "合计", "总计", "累计"})  # a clause of a sum alone: 收受他人财物，共计人民币458.19万元
_OBJECT_REACH = 8  # characters of what a clause's verb acts on, when it names what a sum after it adds up


def _what_was_done_to(tokens, tags, before: list[int]) -> str:
    """What the last verb of a clause acts on (``before`` walks back from its end): the things a sum in the next clause
    adds up (先后多次收受他人财物，共计… → 他人财物, whatever jieba made of 他/人财物). "" when it names none."""
    clause = list(itertools.takewhile(lambda i: tokens[i] not in _CLAUSE_STOP, before))[::-1]
    verb = next((n for n in range(len(clause) - 1, -1, -1) if tags[clause[n]] == "v"), None)
    if verb is None:
        return ""
    acted_on = clause[verb + 1 :]
    text = "".join(tokens[i] for i in acted_on)
    if (not acted_on or len(text) > _OBJECT_REACH or _ANY_NUMERAL.search(text) or tags[acted_on[-1]][:1] != "n"
            or not all(tags[i][:1] in ("n", "r", "a", "b") for i in acted_on)):
        return ""
    return text


def _clause_head(tokens, tags, before: list[int]) -> str:
    """The noun phrase that opens a clause of predicates joined by 、 (``before`` walks back from the 、): what the
    last of them measures (城镇新增就业好于预期、达1200多万人 → 城镇新增就业, though jieba tags 新增 and 就业 verbs).
    "" when the clause opens with no such phrase."""
    clause = list(itertools.takewhile(lambda i: tokens[i] not in _CLAUSE_ENDS, before))[::-1]
    head = list(itertools.takewhile(
        lambda i: (_noun(tokens[i], tags[i]) or tokens[i] in _NAMING_VERBS or tags[i].startswith("ns"))
        and tags[i] not in ("i", "l") and not tokens[i].endswith(_CHANGE_ENDS), clause))  # (not 稳步增长/i, 持续增长/n)
    if not head or len(head) == len(clause) or not any(tags[i][:1] == "n" and tokens[i] not in _WHOLE_AREAS for i in head):
        return ""
    while len(head) > 1 and (_area(tokens, tags, head) or tokens[head[0]] in _OWNERS):
        head = head[1:]  # 全国/城镇新增就业: where, not what; 公司/营收: whose
    return "".join(tokens[i] for i in head)


_RATE_BOUNDS = frozenset({"以上", "以下", "左右", "上下"})  # words that bound a rate before the 的 of what it is a share of
_CONTAINS = re.compile(r"含有|含")  # a content: 含有0.25%二甘醇
_FROM = frozenset({"来自", "分别来自", "来自于"})  # where the people counted come from, a modifier before 的
_MODIFIER_REACH = 10  # tokens a 来自… modifier may run before its 的
# a share that opens its clause and says what part it is: 42%为工作类居留许可，
_SHARE_IS = re.compile(r"[为是](?P<what>[\u4e00-\u9fff“”]{2,12})(?=[，,；;。（(]|$)")
_CLAUSE_LEAD = re.compile(r"(?:其中|其余|另有)$")


_DESCRIBED_REACH = 7  # tokens a description may run after a number before its 的
_DESCRIBING_TAGS = ("a", "b", "l", "i", "z")  # tags of words that describe (国家级, 不同, 各具特色, 极强)
# nouns of a kind or a degree, which with an adjective describe the noun after 的: 不同类型的, 较大规模的, 各种形式的
_KIND_NOUNS = frozenset({"类型", "种类", "规模", "形式", "层次", "级别", "程度", "风格", "大小", "性质", "档次", "用途"})


def _describes(tokens, tags, after: list[int]) -> bool:
    """Whether the words after a number, up to a 的, describe the noun after that 的 rather than name what is counted:
    a phrase of place or manner (3种在脑癌研究中被忽视的抗癌工具), describing words alone (60多项国家级的改革试点),
    an adjective and a noun of kind (36个不同类型的…场景), or nouns and how they are (2850个辐射性极强的沙袋); not a
    noun phrase (数百名非法移民的船 and 3场大型活动的纪念活动 count what opens them) nor a clause with a verb."""
    words = list(itertools.takewhile(lambda i: tokens[i] != "的", after[:_DESCRIBED_REACH]))
    if not words or len(words) == len(after[:_DESCRIBED_REACH]) or any(tokens[i] in _CLAUSE_STOP for i in words):
        return False
    if tags[words[0]] == "p" and len(words) > 1:
        return True
    describing = [tags[i][:1] in _DESCRIBING_TAGS for i in words]
    if all(describing):
        return True
    if len(words) == 2 and describing[0] and tokens[words[1]] in _KIND_NOUNS:
        return True
    return len(words) > 1 and tags[words[-1]] == "a" and all(_noun(tokens[i], tags[i]) for i in words[:-1])


def _counts_next(sentence: Sentence, order: list[int], phrase: str) -> bool:
    """Whether ``phrase``, collected from the tokens in ``order``, stands right before another number: then it
    names what that number counts (…的日均17列), not the quantity before it."""
    offsets = token_offsets(sentence) or []
    at = next((i for i in order if offsets[i] >= offsets[order[0]] + len(phrase)), None)
    return at is not None and _ANY_NUMERAL.match(sentence.tokens[at]) is not None


_NOT_EXAMPLES = frozenset("，,；;：:。！？!?（）()的")


def _examples_of_a_kind(sentence: Sentence, offsets: list[int], order: list[int], phrase: str) -> str:
    """``phrase`` (collected from the tokens in ``order`` after a number) with the rest of a list of examples that
    follows it and the kind they are examples of after 等: 27名安全、生产工艺、消防等专业专家 is a count of the experts,
    not of 安全; 46标箱五金、化肥等“河北制造”. ``phrase`` itself when no such list follows (话费红包、单车1元骑行券等。)."""
    tokens, tags, text = sentence.tokens, sentence.tags, sentence.text
    begin = offsets[order[0]]
    if text[begin + len(phrase) : begin + len(phrase) + 1] != "、":
        return phrase
    rest = [i for i in order if offsets[i] >= begin + len(phrase)]
    for n, i in enumerate(rest[:_EXAMPLES_REACH]):
        token, tag = tokens[i], tags[i]
        if token == "等":
            kind = rest[n + 1 :]
            head = _quoted_name(tokens, tags, kind) or _collect(tokens, tags, kind, limit=3) if kind else ""
            return text[begin : offsets[kind[0]] + len(head)] if head else phrase
        if token in _NOT_EXAMPLES or _ANY_NUMERAL.search(token) or (tag.startswith("v") and tag != "vn"):
            return phrase
    return phrase


_GRADED = frozenset("短长高低大小多少快慢远近早晚强弱深浅宽窄重轻")  # adjectives 最 may go with (最短时间, 最高温度)
_EXAMPLES_REACH = 15  # tokens a list of examples may run after its first item before its 等


def _without_abbreviation(tokens, before: list[int]) -> list[int]:
    """``before`` (tokens walking back from the quantity) without a Latin abbreviation in brackets, which names
    the phrase before it again: 居民消费价格（CPI）, 国内生产总值（GDP）."""
    for j in range(min(len(before) - 2, 8)):
        if tokens[before[j]] in ("）", ")") and tokens[before[j + 2]] in ("（", "(") and re.fullmatch(
                r"[A-Za-z][A-Za-z0-9.&-]{0,11}", tokens[before[j + 1]]):
            return before[:j] + before[j + 3:]
        if tokens[before[j]] in _CLAUSE_STOP:
            break
    return before


_FRAME_REACH = 10  # tokens a frame (在…下) may span before the predicate of a quantity


def _past_frame(tokens, tags, before: list[int], k: int) -> int:
    """Where the subject's noun phrase starts in ``before`` (tokens walking back from the quantity), past a frame
    of circumstances between it and the predicate: 居民消费价格在世界通胀高企背景下仅上涨2%, GDP在疫情冲击下增长2%,
    产量在去年基础上增长5% (the noun in 在…下/中/上 is where or how, not what is measured). ``k`` when there is none."""
    closed = any(tags[i] == "f" or (tokens[i][0] == "下" and tags[i].startswith("d")) for i in before[:k])
    if not closed:
        return k
    for j in range(k, min(k + _FRAME_REACH, len(before))):
        i = before[j]
        if tokens[i] in _CLAUSE_STOP:
            return k
        if tokens[i] == "在" and tags[i] == "p":
            rest = before[j + 1 :]
            while rest and tags[rest[0]] == "d":
                rest = rest[1:]  # 价格也在…
            if rest and _collect(tokens, tags, rest, limit=6, backward=True):
                return len(before) - len(rest)
            return k
    return k


def _dated(tokens, before: list[int], k: int) -> bool:
    """Whether ``before[k]`` and the token before it say when: a date written with a number (2015年, 12月, 3日) or
    当地时间 (``before`` runs backward)."""
    if k + 1 >= len(before) or before[k + 1] != before[k] - 1:
        return False
    word, previous = tokens[before[k]], tokens[before[k + 1]]
    return ((word in _DATE_UNITS and _NUMERALISH.search(previous) is not None)
            or (word == "时间" and previous in ("当地", "北京")))


def _share(tokens, tags, before: list[int]) -> str | None:
    """The part in 林果收入占总收入的30% (``before`` starts at the 的): the noun phrase before 占 in its clause ("" when
    占 opens the clause), or None when the clause holds no 占 within ten words."""
    for n, i in enumerate(before[1:10], 1):
        if tokens[i] in _CLAUSE_STOP:
            return None
        if tokens[i] in _SHARE_VERBS or (tokens[i] in _SHARE_OF_VERBS and _whole(tokens, tags, before[1:n])):
            rest = before[n + 1 :]
            while rest and tags[rest[0]] == "d":
                rest = rest[1:]  # 签约士兵约占…
            if not rest or tokens[rest[0]] in _CLAUSE_STOP:
                return "" if tokens[i] in _SHARE_VERBS else None
            return _collect(tokens, tags, rest, limit=6, backward=True) or None
    return None


# verbs that compare a part with a share of a whole: 赤字将超过GDP的2%, 其规模达到GDP的2.5% (the part is measured)
_SHARE_OF_VERBS = frozenset({"超过", "达到", "达", "相当于", "不到", "不足", "约为", "接近", "超", "是", "为"})


def _whole(tokens, tags, between: list[int]) -> bool:
    """Whether the tokens between a comparing verb and the 的 of a share (``between`` runs backward) name a whole: a
    noun, and no time or base of a comparison (超过去年同期的2倍 compares with a time)."""
    if not between or any(tokens[i] in _CLAUSE_STOP or tokens[i] in ("比", "较") for i in between):
        return False
    last = between[0]  # the word before 的: 同期全球升温速率 names a whole of its time, 去年同期 only a time
    return _noun(tokens[last], tags[last]) and tags[last] not in ("t", "m") and tokens[last] not in _COMPARED


# a whole, and a part of it counted in the same measure (这132只野生大熊猫中，有110只…)
_PART_OF = re.compile(r"(?:这|在这)?[\d一二三四五六七八九十百千万余多]+(?P<unit>[^\d\W])(?P<what>[\u4e00-\u9fff]{2,10}?)中[，,]"
                      r"(?:其中)?有?$")
_CLAUSE_REST = re.compile(r"[^，,；;。！？!?（(]+")
_PART_DOES = 8  # characters of what a part does, told with it
_VERBS_OF_PARTS = frozenset({"生活", "分布", "来自", "位于", "属于", "是", "为"})
_WHOLE = re.compile(r"(?:约|均|仅|已|分别)?(占(?:到|据)?)([^，,；;。、]{2,16}?)的$")


def _of_whole(sentence: Sentence, start: int) -> str:
    """What a share is of, when nothing names the part (印度是最大的大米出口国，占全球大米出货量的40%以上):
    占全球大米出货量, read as "a share of"."""
    match = _WHOLE.search(sentence.text, max(0, start - 20), start)
    return match[1] + match[2] if match else ""


def _quoted_name(tokens, tags, order: list[int]) -> str:
    """A name in quotation marks right after the number, with the nouns that follow it: 4家“独角兽”企业,
    17辆“豹”式坦克, 140种“…出版物选题”图书."""
    if not order or tokens[order[0]] not in QUOTES and tokens[order[0]] != "《":
        return ""
    close = QUOTES.get(tokens[order[0]], "》")
    end = next((n for n, i in enumerate(order[1:13], 1) if tokens[i] == close), None)
    if end is None or end == 1:
        return ""
    picked = order[: end + 1]
    for i in order[end + 1 : end + 4]:
        if not (_noun(tokens[i], tags[i]) or tags[i] == "k"):
            break
        picked.append(i)
    return "".join(tokens[i] for i in picked)


def _event(tokens, tags, order: list[int], unit: str) -> bool:
    """Whether a count of events is followed by a lone verb that closes its clause (200场演出，, 30余次走访。), or
    a count of people by what befell them (超过500人死亡。): what is counted, which jieba tags as a verb. (People
    who 参加/出席 are named before their number; 两部分组成 and 四方面着手 count no event.)"""
    first = order[0]
    word = tokens[first]
    if unit in _PEOPLE:
        fits = word in _BEFELL
    else:
        fits = unit in _EVENT_UNITS and tags[first].startswith("v") and word not in _VAGUE_VERBS and word not in _CHANGES
    return fits and len(word) >= 2 and (len(order) == 1 or tokens[order[1]] in _CLAUSE_STOP)


def _what_happened(tokens, tags, order: list[int]) -> str:
    """成功避险, 死亡, 逃离家园: a short verb phrase right after a count of people, up to the clause's end."""
    picked = []
    for i in order[:3]:
        if tokens[i] in _CLAUSE_STOP:
            break
        picked.append(i)
    if not picked or tags[picked[0]][:1] not in ("v", "a", "d") or tags[picked[0]].startswith("vn"):
        return ""
    if not any(tags[i].startswith("v") for i in picked) or tokens[picked[0]] in _NOT_HAPPENINGS:
        return ""
    first_verb = next(n for n, i in enumerate(picked) if tags[i].startswith("v"))
    if any(tags[i].startswith("n") for i in picked[:first_verb]):
        return ""  # 数百名优秀大学生走进…: the people are named, and the phrase is theirs
    while len(picked) > 1 and not tags[picked[-1]].startswith(("v", "n")):
        picked.pop()
    return "".join(tokens[i] for i in picked)


def _measure(token: str) -> bool:
    """Whether a noun names a measure of something (面积, 能力, 人数, 覆盖率, 底价), which the verb before it completes
    (展出面积, 换装能力), rather than a thing a verb acts on (发送/旅客, 建成/充电桩)."""
    return token in _MEASURES or (len(token) > 1 and token[-1] in _METRIC_ENDS)


def _links(verb: str) -> bool:
    """Whether a verb only links, bounds, plans or involves (有, 超过, 拟, 涉及): no part of the name of a measure."""
    return verb in _NOT_NAMING or verb in _CHANGES or verb in _ONLY or verb in _THERE_ARE or verb in _INVOLVES


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
        and word not in _CHANGES and word not in _SAVINGS  # 减少/碳排放: the verb acts on the noun, no word with it
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


def _admin_list(tokens, order: list[int]) -> int:
    """How many tokens a bracket of kinds of place spans from its opening one ((区、市), （自治区、直辖市）), or 0."""
    for m, j in enumerate(order[1:8], 1):
        if tokens[j] in ("）", ")"):
            return m + 1 if m > 1 else 0
        if tokens[j] != "、" and tokens[j][-1] not in _ADMIN_SUFFIXES:
            return 0
    return 0


# verbs that name what an institution or a scheme is for, inside its name (生态保护补偿机制, 科技创新平台, 污水处理中心)
_INNER_VERBS = frozenset({"保护", "补偿", "创新", "处理", "监测", "检测", "服务", "管理", "研发", "孵化", "养老", "交易", "治理",
                          "示范", "救援", "救助", "培训", "调解", "防控", "应急", "研究", "维修", "回收", "储备", "充电", "体验",
                          "展示", "实训", "评价", "认证", "托育", "康复", "指挥", "执法", "审批", "调度", "转化", "开发"})
# the nouns that end such a name
_HEAD_NOUNS = ("机制", "平台", "基地", "中心", "体系", "站", "区", "园", "厂", "所", "室", "机构", "项目", "工程", "设施", "制度",
               "试点", "网络", "系统", "基金", "队伍", "队", "点", "联盟", "场所", "载体", "实验室", "网点", "专班", "窗口")


_MAKING_VERBS = frozenset({"建设", "新建", "建立", "建成", "组建", "设立", "成立", "创建", "开设", "开办", "设置", "打造", "搭建",
                           "开展", "举办", "举行", "推出", "发布", "研发", "开发", "生产", "承建", "投资", "引进", "培育", "申报",
                           "获得", "拥有", "参与", "加入", "完成", "实施", "启动", "提供", "签署", "签约", "入驻", "进驻", "获评"})
_CLOSED_HEADS = (*_HEAD_NOUNS, "事件", "案件", "村")  # heads that end a name when the clause ends right after them


def _inside_a_name(tokens, tags, order: list[int]) -> bool:
    """Whether the verb (or 与/和 before a verb) at ``order[0]``, after a noun taken, runs on through two-character verbs
    and nouns to a head noun that the clause ends right after (成长/v 驿站/n，, 发展/vn 与/p 减贫/v 示范村/n，): a name."""
    first = order[0]
    if not ((tags[first].startswith("v") and len(tokens[first]) == 2) or tokens[first] in ("与", "和")):
        return False
    if tokens[first] in _MAKING_VERBS:
        return False  # 5家企业组建服务站: what the things counted make or do, not their name
    seen_verb, last = False, None
    for n, i in enumerate(order[1:], 1):
        tok, tag = tokens[i], tags[i]
        if tok in _CLAUSE_STOP or tok in ("—", "——", "…", "……"):
            break
        if tok in _ASPECT or (tag.startswith("v") and tag != "vn" and len(tok) != 2):
            return False
        if tag.startswith("v") and tag != "vn":
            if tok in _MAKING_VERBS:
                return False
            seen_verb, last = True, None
            continue
        if _noun(tok, tag):
            last = i
            continue
        return False
    else:
        if len(order) > 1 and order[-1] != last:
            return False
    verb_first = tags[first].startswith("v")
    return last is not None and (verb_first or seen_verb) and tokens[last].endswith(_CLOSED_HEADS) and tags[last] != "vn"


def _named_by_head(tokens, tags, order: list[int]) -> bool:
    """Whether the tokens in ``order`` run on as nouns, past more verbs of ``_INNER_VERBS``, to a head noun that ends the
    phrase (…补偿/vn 机制/n，)."""
    last = None
    for i in order:
        if _noun(tokens[i], tags[i]) or (tags[i].startswith("v") and tokens[i] in _INNER_VERBS):
            last = i
            continue
        break
    return last is not None and _noun(tokens[last], tags[last]) and tokens[last].endswith(_HEAD_NOUNS)


def _noun(token: str, tag: str) -> bool:
    if tag.startswith(_NOUNISH) or token in _AMOUNT_VERBS or token in _METRIC_ENDS:
        return True
    if tag == "zg":
        return token in _ZG_NOUNS
    return tag == "x" and all("\u4e00" <= ch <= "\u9fff" for ch in token)


def _district(token: str, tag: str) -> bool:
    """A place word that names a kind of area (历史文化街区/s, 郊区), counted after a number; not where (境内, 当地)."""
    return tag == "s" and token.endswith("区") and len(token) > 1


# words of a total or a rate that jieba tags as nouns, beside the noun counted but no part of it: 一共, 日均, 每斤
_TOTAL_OR_RATE = re.compile(r"一共|总共|[日月周]均|每[\u4e00-\u9fff]")


def _done(tokens, tags, verb: int) -> bool:
    """Whether a verbal noun is a verb after all: an adverb or a total says how it was done (共/批准逮捕, 累计/营造)."""
    return verb > 0 and (tags[verb - 1] == "d" or tokens[verb - 1] in _TOTALS)


# characters that make a verb before them a noun of a place, a body or a thing: 抢险队, 帮扶县, 安置区, 换乘站, 桥吊
_NOUN_SUFFIXES = frozenset("队县区站村点厂园馆所室库场线段船车机器组团户员师吊")


def _how_counted(token: str) -> bool:
    """Whether a word beside a number says how the things are counted (全部, 年均, 一共, 日均, 每吨), not what they are."""
    return token in _TAIL_WORDS or _TOTAL_OR_RATE.fullmatch(token) is not None


# the last character of a noun jieba tags as an idiom (退休职工/l, 发展中国家/l, 无人机/l): the person or thing it names
_PEOPLE_AND_THINGS = frozenset("工人员者家国机师生户")


def _collect(tokens, tags, order: list[int], *, limit: int, backward: bool = False) -> str:
    """The noun phrase made of the tokens in ``order`` (walking away from the quantity)."""
    picked: list[int] = []
    glued = 0
    if backward and len(order) > 1 and _glued(tokens, tags, order[0], order[1]):
        picked, glued = [order[0], order[1]], 2  # 督办单4份, 充电桩60万个, 不良贷款率1.68%: one word jieba split
    ranked = [i for i in order if tokens[i] == "强" and i and tokens[i - 1].isdigit()]
    if ranked and not backward:  # 世界500/m 强/a: a ranking's name, a noun
        tags = list(tags)
        for i in ranked:
            tags[i] = "n"
    verbs = 0
    inside = 0  # tokens already taken (及/以上)
    for n, i in enumerate(order[glued:], glued):
        if inside:
            inside -= 1
            continue
        tok, tag = tokens[i], tags[i]
        nxt = order[n + 1] if n + 1 < len(order) else None
        before_noun = nxt is not None and (_noun(tokens[nxt], tags[nxt])
                                           or (not backward and _district(tokens[nxt], tags[nxt])))  # 老旧街区/s
        if backward and picked and tok in _JOINED and before_noun and _noun(tokens[picked[-1]], tags[picked[-1]]):
            picked.append(i)  # 粮食及其制品23批次, 食用油、油脂及其制品44批次: one subject of the things joined
            continue
        if backward and picked and nxt is not None and tokens[nxt] not in _CLAUSE_STOP and (
                tok in ("及", "或") and tokens[picked[-1]].startswith(("以上", "以下"))
                or tok in ("以上", "以下") and tokens[nxt] in ("及", "或")):
            # 本科及以上学历达74.1% (本科/r 及/c 以上学历/l): a grade and those above it, however jieba tags the grade
            ahead = order[n + 2] if tok in ("以上", "以下") and n + 2 < len(order) else None
            if tok in ("及", "或") or (ahead is not None and tokens[ahead] not in _CLAUSE_STOP):
                picked += [i, nxt] + ([ahead] if ahead is not None else [])
                inside = 2 if ahead is not None else 1
                continue
        if (backward and picked and tok in ("或", "和", "与", "及") and tags[picked[-1]] in ("a", "ad", "b")
                and nxt is not None and tags[nxt] in ("a", "ad", "b")):
            picked += [i, nxt]  # 直接或间接助农销售额: two modifiers joined, not the last one alone
            inside = 1
            continue
        if backward and picked and tok == "最" and tokens[picked[-1]][0] in _GRADED:
            picked.append(i)  # 最/短时间: jieba's word took the adjective of 最短 into the noun
            break
        if not backward and picked and tok == "“":  # 50座银川“青引力”高校联络站: a name in quotes inside the phrase
            close = next((m for m in range(n + 1, min(n + 7, len(order))) if tokens[order[m]] == "”"), None)
            ends = close is not None and (close + 1 >= len(order) or tokens[order[close + 1]] in _CLAUSE_STOP)
            named = (close is not None and close + 1 < len(order) and tags[order[close + 1]] in ("n", "nz", "nt", "ng")
                     and not tokens[order[close + 1]].endswith("讯")  # (not a paper's 河北日报讯,
                     and (close + 2 >= len(order) or tokens[order[close + 2]] not in _LOCALIZERS))  # nor 上线/n 后)
            if close is not None and (ends or named):
                # (500套高品质“保定小院”: a quoted name ending the phrase)
                picked += order[n: close + 1]
                inside = close - n
                limit += close - n  # the quoted name counts as one word
                continue
        if backward and not picked and tok in _CURRENCIES:
            continue  # 贿款折合人民币共550多万元: the currency is the amount's unit, not what it counts
        if tok in _CLAUSE_STOP or tok in _COMPARED or not tok.strip() or (backward and tok == "时" and len(tokens[i - 1]) > 1):
            break  # (被接管时总资产: 时 closes a time, not a noun; 用/时 is one word)
        counted = (picked and i > 0 and tags[i - 1] == "m" and _ANY_NUMERAL.match(tokens[i - 1])
                   and tokens[i - 1][-1] in "个项家条次批")  # 连续九个/m 季度营收占比: 季度 is another count's
        if backward and i > 0 and (_NUMERALISH.search(tokens[i - 1]) or counted) and tags[i - 1] != "r":
            break  # a measure word of another quantity: 13条22人 (not after 这一: 这一数额)
        if backward and (tok in _BOUNDS or (picked and tok in _DEALT_WITH)):
            break  # 50米内换乘比例: the bound of another quantity; 办理公益诉讼案件: what was done, not what
        if not backward:
            if n == 0:
                opener = tag[:1] in _OPENERS and before_noun and not (tag == "m" and _ANY_NUMERAL.search(tok))
                negated = tok in _NEGATIONS and nxt is not None and tags[nxt][:1] in ("a", "v", "n")
                if _noun(tok, tag) or opener or negated:
                    picked.append(i)  # a modifier opens it only before a noun: 7所当地高校, 6.7万名此类人员, 12件不合格产品
                    continue
                break
            if n == 1 and tokens[picked[0]] in _NEGATIONS and tag[:1] in ("a", "v") and before_noun:
                picked.append(i)  # 3家不达标企业: what is negated
                continue
            if before_noun and (_NAMED_COUNT.fullmatch(tok) or tok in _GRADE_SUFFIXES):
                picked.append(i)  # 8起违反中央八项规定精神典型问题, 22个国家卓越级智能工厂: inside a name
                continue
            if tok.isdigit() and nxt is not None and tokens[nxt] == "强":
                picked += [i, nxt]  # 284家世界500强和龙头企业: a ranking's name
                inside = 1
                continue
            if ((tag[:1] in ("l", "i") and not (tag == "l" and tok[-1] in _PEOPLE_AND_THINGS)) or tok in _LOCALIZERS
                    or _how_counted(tok)):
                # 29条线路纵横交错: an idiom after the noun is its predicate; 额度内, 距离时: where or when; 149座桥梁全部
                # 合龙, 两个地方一共: how the things counted are counted or what all of them did
                break
            if nxt is not None and tokens[nxt] in _ASPECT:
                break  # 841名乘客经历了…: a verb after the thing counted
            if picked and tag.startswith("v") and tok in _INNER_VERBS and before_noun and (
                    _named_by_head(tokens, tags, order[n + 1:]) or tags[picked[-1]] == "b"):
                picked.append(i)  # 13个跨省流域生态保护/v补偿机制, 50个国家级科技创新/v平台基地: a verb inside an
                continue  # institution's name, which a head noun ends (not 3家企业研发新品: what they do), or one after
                # a grade that names no thing alone (200只国家一级/b 保护/v 动物白鹤: not 国家一级)
            if picked and _inside_a_name(tokens, tags, order[n:]):
                picked.append(i)  # 9家区青少年阳光成长/v驿站, 8567起入室盗抢/v事件, 13个农业发展与减贫/v示范村: any verb
                continue  # inside a name that a head noun ends right before the clause's end
            if _noun(tok, tag) or (tag == "f" and len(tok) > 1 and before_noun) or (
                    tag[:1] in ("a", "z") and len(tok) > 1 and before_noun and tok not in _TAIL_WORDS) or _district(tok, tag):
                # 湖北省西部计划志愿者, 低氧光亮/a铜杆生产线 (not 券商平均准确率), 历史文化街区/s
                picked.append(i)
                if len(picked) >= limit:
                    break
                continue
            if (tag.startswith("v") and len(tok) > 1 and nxt is not None and len(tokens[nxt]) == 1
                    and tokens[nxt] in _NOUN_SUFFIXES and not (
                        n + 2 < len(order) and _noun(tokens[order[n + 2]], tags[order[n + 2]]))):
                # 6支应急抢险队, 160个…重点帮扶县: a verb and the one character that makes it a noun, ending the phrase
                # (not 挂靠/县/司法局, where the character opens the next noun)
                picked += [i, nxt]
                inside = 1
                if len(picked) >= limit:
                    break
                continue
            if tok in _AND and before_noun and (_noun(tokens[picked[-1]], tags[picked[-1]])
                                                or _district(tokens[picked[-1]], tags[picked[-1]])):
                picked.append(i)  # 200多个国家和地区: one subject of two nouns
                continue
            if tok == "及" and nxt is not None and tokens[nxt] in ("以上", "以下") and n + 2 < len(order) and _noun(
                tokens[order[n + 2]], tags[order[n + 2]]
            ):
                picked += [i, nxt]  # 338个地级及以上城市: a grade and those above it
                inside = 1
                continue
            listed = _admin_list(tokens, order[n:]) if tok in ("（", "(") and tokens[picked[-1]][-1] in _ADMIN_SUFFIXES else 0
            if listed:
                picked += order[n : n + listed]  # 31个省（区、市）: the kinds of place counted alike
                inside = listed - 1
                continue
            break
        if tok in _NEGATIONS and picked and picked[-1] == i + 1 and tags[i + 1][:1] in ("a", "v", "n") and (
            tokens[i + 1] not in _CHANGES  # 不超过等值300万美元: a bound, not a negated subject
        ):
            picked.append(i)
            break  # 不合格样品1批次, 不达标企业3家: the negation opens the phrase (合格样品 would say the opposite)
        if picked and (tok in _LIGHT_VERBS or tok in _CAUSES):
            break  # 公司实现营收: a verb that only links a subject to its amount is not part of what is counted; 调查致市值: a cause
        if _noun(tok, tag) or (picked and tag[:1] in ("a", "z", "h")):  # 全社会用电量, 空气质量优良天数, 非食品价格
            picked.append(i)
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
        while picked and tokens[picked[0]] in _JOINED:
            picked.pop(0)  # 、应急车辆: joined to nothing after all
        # drop the clause's verb: 发放扫黑除恶宣传资料 → 扫黑除恶宣传资料
        if len(picked) > 1 and tags[picked[0]].startswith("v") and not tags[picked[0]].startswith("vn") and (
            len(picked) > glued
        ) and tokens[picked[0]] not in _NAMING_VERBS and tokens[picked[0]] not in _NEGATIONS and not (
            len(picked) == 2 and _measure(tokens[picked[1]]) and not _links(tokens[picked[0]])
        ):  # (换装能力, 展出面积, 参加人数: the verb says which measure; not 超过/等值, 拟/投资总额, 涉及/金额)
            picked.pop(0)
        # the place it happened is not what is counted: 武汉市空气质量优良天数, 长坪镇烟叶种植总面积
        while len(picked) > max(1, glued) and _area(tokens, tags, picked):
            picked.pop(0)
            if len(picked) > max(1, glued) and tokens[picked[0]] in _ADMIN_SUFFIXES:
                picked.pop(0)
        if len(picked) > max(1, glued) and tokens[picked[0]] in _OWNERS:
            picked.pop(0)  # 公司营收, 集团注册资本: the company is the article's subject, the metric is what is measured
        while len(picked) > max(1, glued) and tokens[picked[0]] in _TOTALS:
            picked.pop(0)  # 累计加息: how it is counted, not what (平均降雨量 keeps its 平均)
        if len(picked) > max(1, glued) and tags[picked[0]].startswith("vn") and _done(tokens, tags, picked[0]) and not (
                len(picked) == 2 and _measure(tokens[picked[1]])):
            picked.pop(0)  # 共批准逮捕未成年犯罪嫌疑人, 累计营造红树林: a verbal noun after an adverb or a total is a verb
    while len(picked) > max(1, glued) and _how_counted(tokens[picked[-1]]):
        picked.pop()  # 农民人均可支配收入年均(增长8%), 答题卡全部(近百张), 柴油价格每吨(上调590元), 旅客日均(10万人次)
    while picked and not glued and not _noun(tokens[picked[-1]], tags[picked[-1]]) and not (
            not backward and _district(tokens[picked[-1]], tags[picked[-1]])) and not (
            tokens[picked[-1]] == "”" and any(tokens[i] == "“" for i in picked)):
        picked.pop()  # (a glued pair ends the phrase whatever its tags; a quoted name its closing mark)
    if len(picked) == 1 and (len(tokens[picked[0]]) == 1 and not tags[picked[0]].startswith("n")
                             or tokens[picked[0]] in _REACH_WORDS):
        return ""  # a lone character such as 处 or 有 is no subject, nor how much was reached (突破/vn 700万)
    return "".join(tokens[i] for i in picked)
