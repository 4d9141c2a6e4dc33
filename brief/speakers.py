"""Who a sentence speaks of: the saying verbs and framing clauses the ranker reads, and the person an opening
他/她 stands for, so that a key point or a section item read alone still says who spoke (他强调，… → 李强强调，…); and
the protocol of an event (who attended, who greeted whom), which neither shows before what was done.

Light on purpose (no numpy, no jieba): the PDF side of the renderer uses it too.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from .models import Sentence

# verbs that say who spoke: 陈波表示, 史耀斌说
SAYING = "说|说道|表示|指出|强调|介绍|称|坦言|透露|认为|提到|告诉记者"
# A clause that only frames what follows: a preposition or connective opening it (在…下, 随着…, 作为…, 同时),
# a bare time (目前), or a speaker and a verb of saying (会议强调, 陈波表示). A head of such clauses says nothing.
FRAME_CLAUSE = re.compile(
    r"(?:但|而|并|且|也|但是)?(?:在|据|随着|作为|基于|针对|对于|通过|为了|为|根据|按照|围绕|截至|伴随|面对|经过|受|"
    r"特别是|尤其是|与(?=.*相比$))"
    r"|(?:目前|当前|近年来|近期|今年以来|日前|近日|连日来|同时|此外|另外|与此同时|其中|据悉|据了解|对此|当天|会上|为此|经查|经调查|经审查|"
    r"因此|然而|但是|而且|此前|首先|其次|最后|总之|一方面|另一方面|之后|随后|此后|其后|会后|会前)$"
    r"|(?:当地时间|北京时间)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:上午|中午|下午|晚间|晚上|凌晨|早|晚)?(?:消息)?$"  # a date alone (8月8日, 7月22日至23日, 当地时间11月21日, 4月3日消息)
    r"|(?:(?:昨天|昨日|前天|今天|今日|当日)(?:上午|中午|下午|晚间|晚上|凌晨)?|昨晚|今晨|今晚|当晚|上周|本周)$"  # 昨晚，…
    r"|.{0,24}?(?:方面|期间|以来|之际|之下|(?:年|个月|天|周)来)$"  # 习近平主席成功访新10年来
    r"|.{0,40}?(?:基础上|的同时|情况下|背景下|前提下)$"  # 深交所在已免收…年费的基础上，…: what the news builds on
    rf"|.{{0,24}}?(?<!之)(?:{SAYING}|表明|显示|说明|了解到)$"
)
_OPENING_MARKS = re.compile(r"^[\W_]+")  # quotation marks and spaces before a clause

# a person's pronoun opening a sentence (他强调，…; 她还表示): shown alone, the sentence says not who
_PRONOUN_OPENER = re.compile(r"(?P<pronoun>[他她])(?![们人的])")
# the same after the place a visit came to: 在阳高县龙泉工业园区，他指出，…
_PRONOUN_AFTER_QUOTE = re.compile(rf"“[^“”]{{1,80}}”(?P<pronoun>[他她])(?=(?:{SAYING}|写道))")  # “…，”他写道，“…
_PRONOUN_AFTER_PLACE = re.compile(r"在[^，。！？；“”]{2,30}[，,](?P<pronoun>[他她])(?![们人的])")
# or after a clause that frames what he does (针对此类问题，他建议…; 这次全国两会，他专门带来了…), not after words said
_PRONOUN_AFTER_FRAME = re.compile(
    r"(?:(?!说|表示|指出|强调|认为|告诉|称|这位|这名|该)[^，。！？；：“”他她]){2,16}[，,](?P<pronoun>[他她])(?![们人的])")
# who a sentence reports as speaking, at its start or after an opening clause: 李强表示, 会谈中，李强表示,
# 马来西亚总理安瓦尔在会谈时说, 卢卡申科8月1日表示
_SPEAKER_HEAD = (
    r"(?:^|[，,])(?P<who>[^，,。！？；：:“”「」（）()、\s\d]{2,20}?)(?:[（(][A-Za-z][A-Za-zÀ-ɏ .'-]{1,40}[）)])?"  # 考希（Ibrahim Koshy）, （Cindy Fernández）
    r"(?:(?:(?:\d{1,2}月)?\d{1,2}日|当天|当日|今天|昨天|昨日)(?:上午|下午|晚间|晚)?|日前|近日)?(?:还|也|并|同时|则|进一步)?"
    # 在…, 针对…, 就…; 谢锋19日应邀出席阿斯彭安全论坛时表示, 林民旺接受《环球时报》记者采访时表示
    r"(?:(?:在|针对|就)[^，,。！？；“”]{1,30}?|(?:应邀)?(?:出席|参加|接受)[^，,。！？；“”]{1,30}?时)?"
    r"(?:致辞|致词|发言|讲话|回应|答问时|答记者问时)?"  # 总领事陈佩洁致辞表示, 发言人针对…报道回应称
)
_SPEAKER = re.compile(rf"{_SPEAKER_HEAD}(?P<verb>{SAYING})(?![后时])")  # 听取…介绍后表示: the verb is 表示
# a quotation opened after a colon makes more verbs ones of saying: 扎克伯格在Threads上回应：“…
_QUOTE_OPENER = re.compile(rf"{_SPEAKER_HEAD}(?P<verb>(?:{SAYING}|回应|回答|答道|写道|宣布|解释|补充|感叹|呼吁)(?:称|说|道)?)[：:]“")
_SAID_OPENING = re.compile(rf"{_SPEAKER_HEAD}(?P<verb>{SAYING})[，,：:]“")  # …回应称，“: the verb opens the quotation
_NOT_A_PERSON = re.compile(r"[我你他她它《》]|会议|通知|报告|文件|意见|方案|数据|公报|研究|调查|声明|消息|文章|会上|报道|评论|媒体")
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
PERSON_TITLES = (
    "总书记", "主席", "总统", "总理", "首相", "部长", "大使", "书记", "市长", "省长", "县长", "区长", "局长", "厅长",
    "主任", "院长", "校长", "所长", "会长", "理事长", "董事长", "总经理", "经理", "行长", "秘书长", "秘书", "发言人", "负责人",
    "教授", "研究员", "专家", "先生", "女士", "官员", "委员", "代表", "队长", "村民", "市民", "游客", "医生", "巡视员",
    "调研员", "督察员", "司令", "司令员", "政委", "将军", "笔者", "司长", "处长", "国王", "女王", "王储", "亲王", "教皇", "人士",
    "外长", "防长",  # 俄副外长鲁登科, 美国防长奥斯汀
    "上将", "中将", "少将", "大校", "上校", "中校", "少校",  # ranks, after the name too: 国防武官李尧大校在致辞中表示
)
_TITLE_TAGS = frozenset({"n", "nt", "nz"})
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff]+")
_AFTER_SUBJECT = frozenset({"v", "vn", "p", "d", "c", "l", "t"})  # 蔡奇出席会议/l, 张国清先后/d (or /t)
_SPEAKER_REACH = 3  # sentences back that may name the speaker (the one just before may name the subject)


def speaker(sentence: Sentence) -> str | None:
    """The person ``sentence`` reports as speaking in its first 40 characters (李强表示，…): a name (jieba's person
    tags, or 尤里·伊格纳特) or a title (郑大使, 发言人), not an organ, a paper or a document."""
    said = _saying(sentence)
    return said[0] if said else None


def speech_head(clause: str) -> str | None:
    """The person a clause names when it only says who speaks (中国驻美国大使谢锋19日应邀出席阿斯彭安全论坛时表示 →
    中国驻美国大使谢锋), read from the characters alone (no tokens): a title and a name after it, a name with ·, one
    with a title (…发言人) or of at most three characters (李强, 中方). None for a body or a document (公司发布公告称,
    会议指出)."""
    match = _SPEECH_HEAD.fullmatch(clause)
    if match is None:
        return None
    who = _BEFORE_WHO.sub("", match.group("who"))  # 昨日新西兰驻华大使, 在…座谈时总书记, 有专家
    if len(who) < 2 or who.startswith(("该", "这", "此", "其")):
        return None  # 该住户: who it is, the sentence before says
    if "·" in who or _TITLED_NAME.search(who):
        return who  # (复旦大学南亚研究中心副主任林民旺: a 研究 in the office is no study)
    if _NOT_A_PERSON.search(who):
        return None
    return who if who.endswith(PERSON_TITLES) or len(who) <= 3 else None  # 李强, 中方


_BEFORE_WHO = re.compile(r"^(?:(?:昨日|昨天|今日|今天|近日|日前|当天|当日)|在[^，,]{1,30}?时|有)+")
_SPEECH_HEAD = re.compile(rf"{_SPEAKER_HEAD}(?P<verb>{SAYING})(?:称|说|道)?")  # …向媒体透露称
_TITLED_NAME = re.compile(rf"(?:{'|'.join(PERSON_TITLES)})[\u4e00-\u9fff]{{2,3}}$")  # 大使谢锋, 副主任林民旺


def _saying(sentence: Sentence, pattern: re.Pattern[str] = _SPEAKER, reach: int = 40) -> tuple[str, str] | None:
    """(who, the verb of saying) of ``speaker``: (李强, 表示); ``pattern`` finds the candidates in the first ``reach``
    characters."""
    for match in pattern.finditer(sentence.text[:reach]):
        who = match.group("who")
        if _NOT_A_PERSON.search(who) or who.startswith(("据", "在", "对", "从", "经")) or who[-1] in "被所可将曾又再":
            continue
        end, last_tag, last, title, title_tag = 0, "", "", "", ""
        for token, tag in zip(sentence.tokens, sentence.tags):
            if end >= match.end("who"):
                break
            end += len(token)
            title, title_tag, last, last_tag = last, last_tag, token, tag
        # a name jieba does not know right after a title: 阿尔及利亚总统特本/n; one it cut: 主任赵明/nr 钢/n
        titled = title.endswith(PERSON_TITLES) and 2 <= len(last) <= 4 and _NAME_CHARS.fullmatch(last) is not None
        cut = title_tag in PERSON_TAGS and len(title) == 2 and len(last) == 1 and last_tag[:1] in ("n", "v")
        named = end == match.end("who") and (last_tag in PERSON_TAGS or titled or cut)
        # (or a title and a name jieba cut its own way, read off the characters: 副外长/n 鲁/nr 登科/nz)
        if named or "·" in who or who.endswith(PERSON_TITLES) or _TITLED_NAME.search(who):
            return who, match.group("verb")
    return None


def _subject(sentence: Sentence) -> str | None:
    """The one person named before the first verb or preposition of the sentence's first clause that is not a
    frame (开幕式上，): 张国清先后到…, 中共中央政治局常委…蔡奇出席…, 陈佩洁在致辞中… (not 王忠林对赵鹏…: a
    second person in the preposition's phrase). The name follows nothing or a title (书记蔡奇), and a verb, a
    preposition or an adverb follows it: a name jieba cut from a longer one (瓦/卡尔, 宽夫/海伦) or from a place
    (达府/美速市) is no subject."""
    names: list[str] = []
    clause = ""
    tokens, tags = sentence.tokens, sentence.tags
    skip = _opening_frames(sentence)
    for k, (token, tag) in enumerate(zip(tokens, tags)):
        if k < skip:
            continue
        if token in "，,":
            if names or not FRAME_CLAUSE.match(_OPENING_MARKS.sub("", clause)):
                break
            clause = ""
            continue
        if tag in ("v", "p"):
            phrase = itertools.takewhile(lambda pair: pair[1] != "v" and pair[0] != "，", zip(tokens[k:], tags[k:]))
            if tag == "p" and any(t in PERSON_TAGS and w not in names for w, t in phrase):
                # 王忠林对赵鹏…表示欢迎: the one named before a preposition of whom he acts on; 萨尔瓦多在华留学生安娜…,
                # 王忠林与赵鹏…: who is the subject?
                return names[0] if len(names) == 1 and token in _TOWARDS else None
            break
        clause += token
        after = k + 1
        while after < len(tokens) and _WHEN.fullmatch(tokens[after]):  # 赵乐际24日下午同…
            after += 1
        if (tag in PERSON_TAGS and 2 <= len(token) <= 4 and not token.endswith("方")  # 马方/nr is a side
                and (not clause[: -len(token)]
                     or (tags[k - 1] in _TITLE_TAGS and len(tokens[k - 1]) >= 2 and not tokens[k - 1].endswith(_REPORTERS)))
                and after < len(tokens) and tags[after] in _AFTER_SUBJECT):
            names.append(token)
    return names[0] if len(set(names)) == 1 else None


def _opening_frames(sentence: Sentence) -> int:
    """How many tokens the sentence's opening frames take when a verb or a preposition leads them (受党中央委派，…;
    在…下，…): their verb is not the subject's."""
    tokens, tags = sentence.tokens, sentence.tags
    k = at = 0
    for frame in _FRAMES.finditer(sentence.text):
        if frame.start() != at or k >= len(tokens) or tags[k] not in ("v", "p") or not FRAME_CLAUSE.match(frame["clause"]):
            break
        while k < len(tokens) and at < frame.end():
            at += len(tokens[k])
            k += 1
    return k


_FRAMES = re.compile(r"(?P<clause>[^，,]*)[，,]")
_REPORTERS = ("记者", "通讯员", "实习生")  # 新华社记者钟雅: a byline, not who acts
_WHEN = re.compile(r"\d{1,4}|[年月日]|上午|中午|下午|晚上|晚间|凌晨|当天|当日|今天|昨天|日前|近日")


def _sole_person(sentence: Sentence) -> str | None:
    """The one person ``sentence`` names (``_named``), after a title or at a clause's start, when nothing makes that
    person an object or another's (向/同/对… before the name in its clause, 的 after it): 全国政协召开…，全国政协主席
    王沪宁主持会议。 Not a reporter (记者钟雅) nor a name jieba cut from a longer one (宽夫/海伦)."""
    people = set(_named(sentence))
    if len(people) != 1:
        return None
    who = people.pop()
    if "·" in who:
        return who
    tokens, tags = sentence.tokens, sentence.tags
    object_before = False
    for k, token in enumerate(tokens):
        if token in _CLAUSE_MARKS:
            object_before = False
        elif token == who:
            before = tokens[k - 1] if k else "，"
            if len(before) == 1 and tags[k - 1] in PERSON_TAGS:  # 丁/nr 薛祥/nr
                who, before = before + who, tokens[k - 2] if k > 1 else "，"
            elif k + 1 < len(tokens) and len(tokens[k + 1]) == 1 and tags[k + 1] in PERSON_TAGS:  # 汪家/nrfg 裕/nr
                who += tokens[k + 1]
            who = SAID_AT_END.sub("", who) if len(who) > 3 else who  # 斯泰恩森称/nr
            titled = (before in "，,、：:是" or before in ("不是", "也是") or before.endswith(PERSON_TITLES)
                      or before.endswith("长"))  # (这不是尹锡悦第一次…)
            return who if titled and not object_before and tokens[k + 1: k + 2] != ("的",) else None
        else:
            object_before = object_before or token in _OBJECT_BEFORE
    return None


SAID_AT_END = re.compile(rf"(?:{SAYING})$")  # a verb of saying that ends a word or a clause (斯泰恩森称/nr)
_TOWARDS = frozenset({"对", "向", "给", "为", "对于"})  # prepositions of whom the subject acts on
_OBJECT_BEFORE = frozenset({"向", "同", "对", "与", "和", "跟", "给", "为", "被", "让", "把", "将", "替", "陪", "对于"})


# a clause that only leads on to the next (不仅如此，…; 其中，…; …不少小朋友的作品，接下来，…): no clause to end a trimmed
# point or a title on
LEADS_ON = re.compile(r"不仅如此|此外|另外|同时|与此同时|其中|例如|比如|包括|尤其是|特别是|一方面|首先|然后|接下来|随后"
                      r"|而且|但是|然而|不过|因此|所以|于是")


# an opening that points at the sentence before: the part of a whole it gave (其中), the time it set (届时), what followed
LEANING = re.compile(r"(?:其中|届时|随后|此后|其后|之后|然后|接着|紧接着|为此|同一时间|当地(?!时间)|就是"
                     r"|例如|比如|譬如|除(?:了)?(?:以上|上述)|就在[^，。]{0,8}?(?:之?[后前]|当天|同时))"
                     r"(?![\u4e00-\u9fff]{0,2}(?:表示|说|指出|强调))")  # 为此，获得了…好评; 当地决定…: which place?
# ... or the place or the fact it named (这里曾经是一片戈壁荒山; 这也是国内容量最大的机组; 这可急坏了杨晓峰):
# a section item alone points at nothing
POINTING = re.compile(rf"{LEANING.pattern}|(?:(?:为了?|随着|经过)[^，。；“”]{{2,30}}[，,])?这里|此处"  # 为解决…问题，这里建有…
                      r"|(?:[^，。；“”]{2,12}期间[，,])(?:[^，。；“”]{2,16}[，,])?这里"  # 前两年春运期间，因为…，这里一度…
                      r"|在这(?:背后|之中|之前|之后|过程中|基础上)"  # 在这背后，还有一个…网络在支撑
                      r"|(?:在)?这样(?:的|一)"  # 在这样的一座多民族多文化的城市中: which?
                      r"|这(?=[是也可将让使样种些一就对])(?!些年|一年|一天|一时期|一阶段)"  # 这些年 is a time
                      r"|(?:[^，。；“”]{2,12}[，,])?[\u4e00-\u9fff]{0,6}这(?:家|座|位|所|户|名)"  # 浙江温州这家建材企业…,
                      # 这名美国官员…, 在数千公里之外，浙江温州这家…: the one just shown
                      r"|(?:(?:为了?|随着|经过|在)[^，。；]{2,30}[，,])?(?:他们|她们)(?!分别是|分别为|是)"  # 他们高度赞赏…;
                      # 为了应对春运“大考”，他们…: those the sentence before named (not a roll)
                      r"|在(?:这个(?!赛季|季度|月|周|时候|时期|阶段|假期|冬天|夏天|春天|秋天)|另一[家个座所处])|[^，。；“”]{0,12}?(?:在|来到)这里"  # 在另一家…; 总书记在这里详细了解…
                      r"|该(?:名|位)?(?:官员|人士|负责人|发言人|男子|女子|女士|先生|嫌疑人|消息人士)"  # 该官员还补充说…: who?
                      r"|[^，。；“”]{1,6}该[^，。；“”]{1,6}[，,][^，。；“”]{0,12}?[他她](?![们人])"  # 面对该数据，他仍…
                      r"|(?:不过|但是?|而|然而)?这个(?!赛季|季度|月|周|时候|时期|阶段|假期|冬天|夏天|春天|秋天)")  # 不过这个问题…

_BARE_PRONOUN = re.compile(r"[他她它](?![们人])")
# a clause the sentence before split off at ； that opens with no subject of its own: …不收罚息；可按规定申请延长…
_SPLIT_CLAUSE = re.compile(r"(?:可|可以|并|且|也|还|均|则|同时)"  # not 要/应当…: a directive names its speaker
                           r"|[^，,。；;“”]{1,8}?(?:更是|同样|亦)")  # …入室盗抢8567起，增长13%；小偷小摸更是达到…: more than what?


def points_back(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` points at what the sentence before it names: ``POINTING`` (其中…, 这里…, 这也是…), or a
    他/她/它 that ``name_speaker`` does not name (她在众人的赞扬中害羞地笑了; 这次全国两会，他专门带来了…)."""
    text = sentences[i].text
    if POINTING.match(text) is not None:
        return True
    if _BARE_PRONOUN.match(text) is not None:
        return _BARE_PRONOUN.match(name_speaker(sentences, i)) is not None
    # 这次全国两会，他专门带来了…: after a clause that frames it, as unnamed
    framed = _PRONOUN_AFTER_FRAME.match(text) or _PRONOUN_AFTER_PLACE.match(text)
    return framed is not None and name_speaker(sentences, i) == text


# (not 但目前，, 但是献血之前，: a frame)
_CONTRAST_TOPIC = re.compile(r"(?:但是|但(?!是)|不过|然而)(?P<topic>[\u4e00-\u9fff]{1,4}(?<![前后时中上里来]))[，,]")


def opinion_voice(title: str, byline: str | None) -> str:
    """Whose voice a text's unattributed words are in: 文章认为 for a commentary (光明时评：…, 人民日报评论员, 本报评论员),
    whose proposals are its view, not decisions taken; the spokesperson of a text of his answers (中国海警局新闻发言人就
    仁爱礁问题答记者问); "" for a report."""
    if _COMMENTARY.match(title or "") or _COMMENTATOR.search(byline or ""):
        return COMMENTARY_VOICE
    answers = _ANSWERS.search(title or "")
    return answers["who"] if answers else ""


COMMENTARY_VOICE = "文章认为"
_ANSWERS = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,20}?发言人)(?:[^，。]{0,20})?答(?:记者|媒体)?问")


def in_voice(sentences: Sequence[Sentence], i: int, told: str, text: str, voice: str) -> str:
    """``told`` (``text`` as ``read_alone`` tells it) headed by a commentary's ``voice`` when sentence ``i`` proposes
    (要/应该/需要…) and ``read_alone`` named no one (各级部门还应该加大… → 文章认为，各级部门还应该加大…); an answer
    (答：…) headed by the spokesperson whose answers ``voice`` names (中国海警局新闻发言人表示，…)."""
    answer = ANSWER_PUT.match(told)
    if answer and voice.endswith("发言人"):
        return f"{voice}表示，{told[answer.end():]}"
    if (voice != COMMENTARY_VOICE or not text.endswith(told)
            or not (requires(sentences[i]) or _PROPOSES.intersection(sentences[i].tokens))):
        return told
    return f"{voice}，{told}"


ANSWER_PUT = re.compile(r"答[:：]\s*")  # 答：仁爱礁历来是…: the answer to the question put before it
# 问：菲律宾…称，…。, 当日例行记者会上，有记者问：据报道，…: a reporter's question, whatever its stop
QUESTION_PUT = re.compile(r"(?:\s*(?:[^，。：:“”]{0,20}[，,])?有?(?:记者|媒体)|\s*)问[:：]")


_COMMENTARY = re.compile(r"[^：:，。]{0,8}(?:时评|社评|短评|锐评|快评|述评|评论|热评|观察|论坛|声音)[^：:，。]{0,4}[：:]")
# (and a signed article's writer of a university or an institute: 墨西哥国立自治大学国际关系中心研究员)
_COMMENTATOR = re.compile(r"评论员|特约评论|研究员|教授|学者|研究(?:院|所|中心)|大学|学院")
_PROPOSES = frozenset({"应该", "需要", "亟需", "亟待", "理应", "不妨", "应", "须", "需"})


def unsaid_quoted(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` goes on with or closes a quotation a sentence before it in its paragraph opened, and
    nothing names who said it (…告诉西摩·赫什，“当然是我们的技术。 / 这架无人机是被远程操控的…。”; 他说道：“坦率地说，…。 /
    （我们需要）大量增发国债…。): someone's words, which shown alone would read as fact."""
    text = sentences[i].text
    depth = 0
    for j in range(i - 1, max(i - 1 - _QUOTED_BACK, -1), -1):
        if sentences[j].paragraph != sentences[i].paragraph:
            break
        depth += sentences[j].text.count("“") - sentences[j].text.count("”")
    inside = depth > 0 or text.count("”") > text.count("“")
    return inside and read_alone(sentences, i) == text


_QUOTED_BACK = 6  # sentences back that may open the quotation a sentence goes on with


def leans_back(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` is read only after the one before it: it points back (``points_back``: 其中…, 这也是…, an
    unnamed 他), or the sentence before, in its paragraph, ended at ； and this one opens with no subject (可按规定
    申请…, 也先后到访…), none the run it goes on names either (``_subjectless``: …公司实现营业收入78.42亿元；实现归母
    净利润…; …寿宁县茶园面积17.67万亩；毛茶产值15.1亿元…). An item with a subject of its own (甲省…；乙市…) stands alone."""
    sentence = sentences[i]
    if points_back(sentences, i):
        return True
    contrast = _CONTRAST_TOPIC.match(sentence.text)
    if contrast and not FRAME_CLAUSE.match(contrast["topic"]):
        return True  # 但是实施，还有一个相当长的过程: what is set against the sentence before
    if ((sentence.tokens and sentence.tokens[0] in _WISHES) or _ZERO_SUBJECT.match(sentence.text)) and read_alone(
            sentences, i) == sentence.text:
        # 希望尽快将…列入立法规划: whose wish, the sentence before says (a netizen's, not the deputy's); 强调要夯实…:
        # who stressed it, likewise
        return True
    before = sentences[i - 1] if i > 0 else None
    return (before is not None and before.paragraph == sentence.paragraph and before.text.endswith(("；", ";"))
            and (_SPLIT_CLAUSE.match(sentence.text) is not None or _subjectless(sentences, i)
                 or _in_opened_list(sentences, i) and not _LABELLED.match(sentence.text)))


def _in_opened_list(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the run of ；-ended sentences before ``i`` in its paragraph was opened by a colon (原因主要包括：A；B；C。): the
    third item is the list's as much as the second; or by 其中 and a count of a kind of thing that ``i`` opens with
    another count of, in the same unit (…共10所，其中本科院校3所，甲大学、乙学院；专科院校2所，丙学院、丁学院；: the second
    part of the 10; not 上半年上市新机型累计203款 after …其中5G手机7款；)."""
    counted = _COUNT_OPENS.match(sentences[i].text)
    for j in range(i - 1, max(i - 1 - _LIST_ITEMS_BACK, -1), -1):
        before = sentences[j]
        if before.paragraph != sentences[i].paragraph or not before.text.endswith(("；", ";")):
            return False
        if _LIST_OPENED.search(before.text) is not None:
            return True
        part = _PART_COUNTED.search(before.text) if counted else None
        if part and part["unit"] == counted["unit"] and any(
                part["kind"][k: k + 2] in counted["kind"] for k in range(len(part["kind"]) - 1)):
            return True
    return False


_LIST_ITEMS_BACK = 8


# a list a colon opened that the sentence before began (…报道称，…两个具体指控是：对前部长施加压力…；): its next item is
# the list's too, whose source the opening names (阿迪利娜·卡拉瓦卡被迫支持… stood alone as fact)
_LIST_OPENED = re.compile(r"(?:[:：](?![“\"])|[，,](?:为|分别为|分别是|包括))[^“”]+[；;]$")  # (…不合格样品2批次，为A…；B…)
# a first clause that ends in a count (本、专层次院校2所，), and the part of a whole 其中 opens so (…，其中本科层次院校3所，)
_COUNT_OPENS = re.compile(r"(?P<kind>[^，,；;。：:“”]{1,24}?)\d+(?:\.\d+)?[万亿]*(?P<unit>[\u4e00-\u9fff])(?=[，,；;])")
_PART_COUNTED = re.compile(r"(?:^|[，,])其中[，,]?(?P<kind>[^，,；;。：:“”]{1,24}?)\d+(?:\.\d+)?[万亿]*(?P<unit>[\u4e00-\u9fff])(?=[，,；;])")
_LABELLED = re.compile(r"[^，。；：:]{1,20}[：:]")  # 策略二：…, 华谊兄弟：…: an item of its own label, as the one before


def _subjectless(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i``, a clause split off at ；, has no subject of its own and reading it alone (``read_alone``)
    names no one for it: it tells a figure the run is about (毛茶产值15.1亿元…, 环比下降0.2%), or its clauses open with
    their verbs (实现归母净利润…，同比下降73.54%；开展了…活动，带领…; 坚决反独促统，…), with whom it is done for
    (为侨团建设提供支持服务) or after a frame (在国家领导人赴巴高访期间，是…). Not a directive (要…, read with its speaker), an
    item of a numbered list (二是…), an object put first (将其…移送检察机关: a decision reads alone) or a subject jieba
    tags as a verb (包括…在内的…试点, 不少乘客…, ``_listed_subject``)."""
    sentence = sentences[i]
    text, tokens, tags = sentence.text, sentence.tokens, sentence.tags
    figure = _FIGURE.match(text)
    if figure is not None:
        return not _OWN_PLACE.search(figure["what"]) and not _PLACE_TAGS.intersection(
            tag for token, tag in zip(tokens, tags) if token in figure["what"])
    if not tokens:
        return False
    head, _comma, rest = text.partition("，")
    framed = bool(rest) and FRAME_CLAUSE.match(head) is not None  # 在国家领导人赴巴高访期间，是重要安保的核心力量
    if framed:
        k = next((n for n, token in enumerate(tokens) if token == "，"), len(tokens)) + 1  # the word after the frame
        if k >= len(tokens) or not tags[k].startswith("v") or tags[k] == "vn" or tokens[k] in _NOT_SUBJECTLESS:
            return False
    elif tags[0] == "p" and tokens[0] in _DONE_FOR:  # 为侨团建设提供支持服务: whom for, then the verb, no subject
        verb = next((k for k, tag in enumerate(tags) if tag.startswith("v") and tag != "vn"), None)
        if verb is None or "，" in tokens[:verb] or tokens[verb] in _NOT_SUBJECTLESS:
            return False
    elif ((tags[0][:1] not in ("v", "d") and tags[0] != "ad") or tags[0] == "vn" or tokens[0] in _NOT_SUBJECTLESS
          or _NOT_DIRECTIVE.fullmatch(tokens[0]) or _listed_subject(sentence)):
        return False
    if framed:
        return len(read_alone(sentences, i)) <= len(text)
    if any(tags[k + 1] in _SUBJECT_TAGS and tokens[k + 1] not in _SPLIT_FIGURES
           for k, token in enumerate(tokens[:-1]) if token in "，,"):
        return False  # 着眼强化…，训练营将开展…: the subject after an opening purpose
    return len(read_alone(sentences, i)) <= len(text)  # no subject nor speaker to add: only a connective dropped


# a figure with no one's name before it: 毛茶产值15.1亿元, 季度毛利为19.38亿元, 利润总额95亿元, 环比下降0.2%
_FIGURE = re.compile(r"(?P<what>(?:同比|环比)|[\u4e00-\u9fff]{0,12}(?:量|额|值|收入|利润|收益|营收|毛利|产量|面积|人数|数量))"
                     r"(?:为|达到?|约|共|超|增长|下降|减少|增加|上涨|回落)*(?:约)?\d")
_OWN_PLACE = re.compile(r"[省市县区州镇乡村]")  # 乙市生产总值…: a place of its own is the item's subject
_PLACE_TAGS = frozenset({"ns", "nt"})
_SUBJECT_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "r", "j"})
_SPLIT_FIGURES = frozenset({"同比", "环比"})
_DONE_FOR = frozenset({"为", "对", "向", "给"})
_NOT_SUBJECTLESS = frozenset({"要", "应", "应当", "须", "必须", "需", "需要", "有", "如", "如果", "若", "包括", "不少", "很多",
                              "许多", "多数", "大多数", "部分", "将", "把"})


# a verb of saying with no one before it (随后表示，…; 还称…): the speaker is the one the sentences before name
_ZERO_SUBJECT = re.compile(r"(?:随后|之后|此后|还|并|也|同时|另外|此外|当天|当日)?(?:表示|称|指出|强调|透露|宣布)")
# a connective that only links a sentence to the one before (同时，…; 而进博会…): shown alone, it links to nothing
_LINKING = re.compile(r"(?:与此同时|同时|此外|另外|而且|并且|然而|不过|但是|另一方面|再者|因此|同样|对此"
                      r"|(?:而|但)?(?:实际上|事实上))[，,]")  # 而实际上，…: the fact, set against a belief not shown
_LINKING_WORDS = frozenset({"而", "但", "但是", "然而", "同时"})  # without a comma only as a word of their own


def read_alone(sentences: Sequence[Sentence], i: int, text: str | None = None) -> str:
    """``text`` (sentence ``i``'s own by default) as it reads alone, as a key point or a section item does: without
    an opening connective (同时，…; 而…) and with an opening 他/她 named (``name_speaker``)."""
    text = sentences[i].text if text is None else text
    linking = _LINKING.match(text)
    first = sentences[i].tokens[0] if sentences[i].tokens else ""
    if linking is None and first in _LINKING_WORDS and text.startswith(first):
        linking = re.match(re.escape(first) + "[，,]?", text)
    # a bare 但是 stays before a topic of one word and a comma (但是实施，还有…: 实施，还有… is no sentence)
    tokens = sentences[i].tokens
    topic = linking is not None and linking.group()[-1] not in "，," and tokens[2:3] in (("，",), (",",))
    if linking is not None and len(text) - linking.end() >= 8 and not topic:
        text = text[linking.end():]
    named = name_speaker(sentences, i, text)
    if named != text:
        return named
    if _ZERO_SUBJECT.match(text):  # 随后表示，…: said by whoever 他 would name
        named = name_speaker(sentences, i, "他" + text)
        if not named.startswith("他"):
            return named
    carried = _carry_speaker(sentences, i, text)
    if carried != text:
        return carried
    carried = _speech_goes_on(sentences, i, text) if carried == text else carried
    carried = _view_goes_on(sentences, i, text) if carried == text else carried
    if carried != text:
        return carried
    chained = _chain_subject(sentences, i, text)
    if chained != text:
        return chained
    ours = _ours_said(sentences, i, text)
    return ours if ours != text else _speaker_after(sentences, i, text)


def _ours_said(sentences: Sequence[Sentence], i: int, text: str) -> str:
    """``text`` with who said it when it opens with 我们 outside a quotation (…束珏婷指出，…。…；我们积极发挥进博会… →
    束珏婷指出，我们积极发挥…): whose 我们, the nearest person before it in its paragraph who speaks says; read alone,
    it is the brief's own voice. Unchanged when no one does, or a quotation is open."""
    if not text.startswith("我们") or text.count("“") != text.count("”"):
        return text
    before = [s for s in sentences[:i] if s.paragraph == sentences[i].paragraph]
    if sum(s.text.count("“") - s.text.count("”") for s in before):
        return text  # inside a quotation: its speaker is told with it
    for s in reversed(before):
        said = _saying(s)
        if said is not None:
            return f"{said[0]}{said[1]}，{text}"
    return text


def _chain_subject(sentences: Sequence[Sentence], i: int, text: str) -> str:
    """``text`` with the person a run of clauses split at ； is about, when it opens with its verb (经查，孙志刚丧失…；
    违反组织原则…；干预和插手司法活动； → 孙志刚干预和插手司法活动；): the person (``_subject``) of the clause that
    opens the run, in the same paragraph. Unchanged otherwise."""
    sentence = sentences[i]
    if (i == 0 or not sentence.tags or not sentences[i - 1].text.endswith(("；", ";"))
            or not (sentence.tags[0][:1] in _VERBAL or sentence.tokens[0] in _OBJECT_MARKERS)
            or _NOT_DIRECTIVE.fullmatch(sentence.tokens[0]) or FRAME_CLAUSE.match(sentence.text.split("，", 1)[0])
            or _listed_subject(sentence)):
        return text
    head = i - 1
    while head > 0 and sentences[head - 1].text.endswith(("；", ";")) and sentences[head - 1].paragraph == sentence.paragraph:
        head -= 1
    if sentences[head].paragraph != sentence.paragraph:
        return text
    who = _subject(sentences[head]) or _organ(sentences[head])
    return who + text if who and who not in text else text


def _organ(sentence: Sentence) -> str | None:
    """The organ a sentence's first clause past its frames opens with, and its 将 (据介绍，国家卫计委将继续指导…； →
    国家卫计委将): who will do what a run of clauses after it lists; None when the clause opens otherwise."""
    tokens, tags = sentence.tokens, sentence.tags
    k = 0
    while "，" in tokens[k:] and FRAME_CLAUSE.match("".join(tokens[k: tokens.index("，", k)])):
        k = tokens.index("，", k) + 1  # 据介绍，
    start = k
    while k < len(tokens) and tags[k] in _ORGAN_TAGS:
        k += 1
    organ = "".join(tokens[start:k])
    if len(organ) < 3 or not organ.endswith(_ORGAN_SUFFIXES) or tokens[k: k + 1] != ("将",):
        return None  # 国家疾控局提醒…；做好防蝇… is advice to the public, not the organ's work
    return organ + "将"


_ORGAN_TAGS = frozenset({"n", "nt", "ns", "nz", "j"})
_ORGAN_SUFFIXES = ("委", "部", "局", "厅", "办", "署", "院", "政府", "中心", "集团", "公司")


def _listed_subject(sentence: Sentence) -> bool:
    """Whether the sentence's first clause opens with a list of things as its subject, whatever jieba tags its first word
    (综合/v 能源、新型储能、充电基础设施等新业态投资持续扩大): …、…等, nouns, then the predicate (not 支持碳捕集、利用和封存
    等减排工艺, a verb and its object)."""
    tokens, tags = sentence.tokens, sentence.tags
    end = next((k for k, token in enumerate(tokens) if token in _CLAUSE_MARKS), len(tokens))
    if "等" not in tokens[:end] or "、" not in tokens[: tokens.index("等")]:
        return False
    k = tokens.index("等") + 1
    nouns = 0
    while k < end and (tags[k][:1] == "n" or tags[k] in ("vn", "a", "b")):
        nouns += tags[k][:1] == "n" or tags[k] == "vn"
        k += 1
    return nouns > 0 and k < end and tags[k][:1] in ("v", "d")


_VERBAL = ("v", "d", "i")  # a clause that opens so has no subject of its own
_OBJECT_MARKERS = frozenset({"将", "把", "对", "向"})  # nor one that opens with its object (将公权力异化为…)


def _speaker_after(sentences: Sequence[Sentence], i: int, text: str) -> str:
    """``text`` with the speaker the next sentence opens with, when it is one whole quotation (“…。”王芬说 →
    王芬说：“…。”), or with the speaker of the quotation it ends or goes on with (李强表示，“…。 / …。 / …。” →
    李强表示：“…。”). Unchanged otherwise."""
    quote = text.strip()
    if quote.count("”") > quote.count("“"):
        if ended := _quotation_end(sentences, i, quote):
            return ended
        said = _said_after(sentences, i) if quote.endswith("”") else None  # “…。 / …。”刘金朋介绍。
        return f"{said[0]}{said[1]}：“{quote}" if said else text
    if "“" not in quote and "”" not in quote:  # inside a quotation, perhaps: 考希表示：“…。 / …。 / …。”
        closed = any("”" in later.text for later in sentences[i + 1: i + 1 + _SPEAKER_REACH]
                     if later.paragraph == sentences[i].paragraph)
        if not closed:
            return text
        if ended := _quotation_end(sentences, i, quote + "”"):
            return ended
        said = _said_after(sentences, i) if _opened_before(sentences, i) else None  # “…。 / …。 / …。”X表示，…
        return f"{said[0]}{said[1]}：“{quote}”" if said else text
    if quote.startswith("“") and quote.count("“") == 1 and "”" not in quote:  # it opens one: “…。 / …。”X说。
        said = _said_after(sentences, i)
        return f"{said[0]}{said[1]}：{quote}”" if said else text
    if not quote.startswith("“") or not quote.endswith("”") or quote.count("“") != 1 or quote.count("”") != 1:
        return text
    # …王延婷还表示，…。需求坚挺支撑下，…。“由此来看，…仍有上推空间。”: the words that close a view going on
    said = _whole_said(sentences, i) or _view_speaker(sentences, i, quote.strip("“”"), _VIEW_RUN)
    return f"{said[0]}{said[1]}：{quote}" if said else text


def _opened_before(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether a quotation opens in one of the ``_SPEAKER_REACH`` sentences before ``i`` in its paragraph and is
    still open at ``i``."""
    for j in range(i - 1, max(i - 1 - _SPEAKER_REACH, -1), -1):
        before = sentences[j].text
        if sentences[j].paragraph != sentences[i].paragraph:
            return False
        if before.count("“") > before.count("”"):
            return True
        if "“" in before or "”" in before:
            return False
    return False


def _whole_said(sentences: Sequence[Sentence], i: int, chained: bool = False) -> tuple[str, str] | None:
    """(who, verb) of the whole quotation sentence ``i`` (“…。”) from the sentence after it in its paragraph: one
    that opens or ends with who said it (王芬说，…; …，…会长王典奇如是说。), or has a person as its subject (a
    quotation lead); a second whole quotation between them takes the same speaker (“…。”“…。”习近平总书记…)."""
    while "”" not in sentences[i].text and i + 1 < len(sentences) and sentences[i + 1].paragraph == sentences[i].paragraph:
        i += 1  # a quotation of more sentences, told whole: who said it follows its last
    if i + 1 >= len(sentences) or sentences[i + 1].paragraph != sentences[i].paragraph:
        return None
    after = sentences[i + 1].text
    if not chained and after.startswith("“") and after.endswith("”") and after.count("“") == after.count("”") == 1:
        return _whole_said(sentences, i + 1, chained=True)
    said = _saying(sentences[i + 1]) or _meeting_said(sentences[i + 1])  # (“…。”主办方说，“…: the organiser)
    alone = _SAID_ALONE.fullmatch(after)  # 林西强说。: a name jieba may not know
    if said is None and alone and not _NOT_A_PERSON.search(alone["who"]):
        said = (alone["who"], alone["verb"])
    said = said or _introduced(sentences, i + 1)  # “…。”汉南说，… after 帕特里克·汉南 was named
    if said is None and (said := _pronoun_said(sentences, i + 1)):  # “…。”他说，…: the person 他 names
        return said
    told = _SAID_WHILE.match(after) if said is None else None
    if told and not _NOT_A_PERSON.search(told["who"]) and not _SAYING_WORD.search(told["who"]) and (
            "·" in told["who"] or told["who"].endswith(PERSON_TITLES) or _names_person(sentences[i + 1], told.end("who"))):
        return told["who"], told["verb"]  # “…。”来自哈萨克斯坦的帅小伙铁米尔一边挥洒着画笔一边笑着说，…
    if said is not None and after.startswith(said[0]):
        return said
    if said := _said_last(sentences[i + 1]):
        return said
    if media := _MEDIA_SAID.match(after):  # “…。”《日本经济新闻》27日报道称，…
        return media["who"], media["verb"]
    head = _person_head(sentences[i + 1])  # “…。”柬埔寨华裔青年陈慧玉近日在…时，分享…
    return (head, "说") if head else None


# a paper or an agency that reports what a quotation before says: 《日本经济新闻》27日报道称, 路透社称
_MEDIA_SAID = re.compile(r"(?P<who>《[^《》]{2,20}》|[\u4e00-\u9fff]{2,8}(?:社|报|电视台|广播公司))(?:\d{1,2}日)?"
                         r"(?P<verb>(?:发文|报道|刊文)?称)[，,：:]")


def _person_head(sentence: Sentence) -> str | None:
    """The words up to the one person ``sentence`` opens with as its subject, and his title right after the name
    (习近平总书记高度重视…; 柬埔寨华裔青年陈慧玉近日在…): who says the whole quotation just before it, as news
    writes a quotation lead. None when the first clause names no one or two (萨尔瓦多/nrt 在华留学生安娜), opens
    with a frame (在…, 课业之余，) or holds the name as another's (詹姆斯的兴奋…)."""
    tokens, tags = sentence.tokens, sentence.tags
    found, at, end = False, 0, 0
    for k, (token, tag) in enumerate(zip(tokens, tags)):  # (陈/nr 玉兰/nr comes joined from segmentation)
        if token in _CLAUSE_MARKS or token in "。！？：:“”（）()":
            break
        if tag in PERSON_TAGS and 2 <= len(token) <= 4 and _NAME_CHARS.fullmatch(token):
            if found:
                return None
            found = True
            title = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1] in PERSON_TITLES else ""
            end = at + len(token) + len(title)
            after = k + 1 + bool(title)
            if after >= len(tokens) or not (tags[after] in _AFTER_SUBJECT or tags[after] == "t"
                                            or _WHEN.fullmatch(tokens[after])):
                return None
        elif not found and tag not in _HEAD_TAGS:
            return None
        at += len(token)
    return sentence.text[:end] if found and not _NOT_A_PERSON.search(sentence.text[:end]) else None


_HEAD_TAGS = frozenset({"n", "ns", "nt", "nz", "t", "j", "a", "m", "q", "b"})  # 柬埔寨/ns 华裔/n 青年/t: who he is


# who said the quotation before, after frames and where: …，加拿大…会长王典奇如是说。 在…仪式上，来自…的王陈浩说。
# 7月21日，老挝…秘书徐蒲贝在视频致辞时说。
_SAID_LAST = re.compile(rf"(?:[^。！？；“”]*[，,])?(?P<who>[^，,。！？；“”]{{2,40}}?)"
                        rf"(?:在[^，,。！？；“”]{{1,20}}?(?:时|上|中))?(?:如是|这样)?(?P<verb>{SAYING})。")


def _said_last(sentence: Sentence) -> tuple[str, str] | None:
    """(who, verb) of a sentence that only says who said the quotation before it, with frames first (``_SAID_LAST``):
    who names a person (jieba's tags, a title, a dotted name), not an organ or a paper."""
    said = _SAID_LAST.fullmatch(sentence.text)
    if said is None or _NOT_A_PERSON.search(said["who"]) or _SAYING_WORD.search(said["who"]):
        return None
    who = said["who"]
    start = said.start("who")
    at, named = 0, False
    for token, tag in zip(sentence.tokens, sentence.tags):
        if start <= at < said.end("who") and tag in PERSON_TAGS:
            named = True
        at += len(token)
    return (who, said["verb"]) if named or "·" in who or who.endswith(PERSON_TITLES) else None


def _names_person(sentence: Sentence, end: int) -> bool:
    """Whether one of ``sentence``'s tokens in its first ``end`` characters is a person's name (jieba's tags)."""
    at = 0
    for token, tag in zip(sentence.tokens, sentence.tags):
        if at >= end:
            return False
        if tag in PERSON_TAGS:
            return True
        at += len(token)
    return False


# who said the quotation before, doing something as he said it: 来自哈萨克斯坦的帅小伙铁米尔一边挥洒着画笔一边笑着说，…
_SAID_WHILE = re.compile(r"(?P<who>[^，,。！？；“”]{2,30}?)(?:一边[^，,。“”]{1,10}?一边|边[^，,。“”]{1,8}?边)?"
                         r"(?:笑着|高兴地|激动地|自豪地|感慨地|兴奋地|动情地|坦言)?(?:对记者|向记者)?(?P<verb>说|表示|说道)[，,。]")
_SAID_ALONE = re.compile(rf"(?P<who>[\u4e00-\u9fff·]{{2,4}})(?P<verb>{SAYING})。")


def _said_after(sentences: Sequence[Sentence], i: int) -> tuple[str, str] | None:
    """(who, verb) of the sentence after the end of the quotation sentence ``i`` opens or closes, when that sentence
    only says who said it (“以往…15天。 / …提供有力支撑。”李江娜说。); None otherwise."""
    end = i
    while "”" not in sentences[end].text:
        end += 1
        if end >= len(sentences) or end - i > _SPEAKER_REACH or sentences[end].paragraph != sentences[i].paragraph:
            return None
    after = end + 1
    if (not sentences[end].text.endswith("”") or after >= len(sentences)
            or sentences[after].paragraph != sentences[i].paragraph):
        return None
    alone = _SAID.fullmatch(sentences[after].text)
    if alone is None:  # …。”迈纳利认为，…; …，…会长王典奇如是说。; …。”他说，…; …。”主办方说，“…
        said = _saying(sentences[after]) or _meeting_said(sentences[after])
        if said is not None and sentences[after].text.startswith(said[0]):
            return said
        return _said_last(sentences[after]) or _pronoun_said(sentences, after)
    said = _saying(sentences[after])
    if said is None and (subject := _subject(sentences[after])):  # 财政部副部长史耀斌在…研讨会上表示。: who, then where
        return subject, alone["verb"]
    if said is None:  # 二年级学生焦点说。: a name jieba does not know
        said = None if _NOT_A_PERSON.search(alone["who"]) else (alone["who"], alone["verb"])
    return said if said is not None and sentences[after].text.startswith(said[0]) else None


def _quotation_end(sentences: Sequence[Sentence], i: int, quote: str) -> str | None:
    """``quote``, which closes a quotation opened in one of the ``_SPEAKER_REACH`` sentences before it in its
    paragraph, with that sentence's speaker and the opening mark; None when the opening sentence names none."""
    for j in range(i - 1, max(i - 1 - _SPEAKER_REACH, -1), -1):
        before = sentences[j]
        if before.paragraph != sentences[i].paragraph:
            return None
        if before.text.count("“") > before.text.count("”"):  # the quotation opens here
            said = (_saying(before) or _saying(before, _QUOTE_OPENER) or _named_opener(before)
                    # (另据…报道，美国五角大楼发言人…回应称，“…: who speaks right before the opening mark, however far in)
                    or _saying(before, _SAID_OPENING, before.text.rfind("“") + 1) or _document_quoted(before))
            # (…审视”。: the sentence's own stop after the closing mark)
            # a clause split off at ； is the quotation's second half: what went before it is marked left out
            cut = "……" if sentences[i - 1].text.endswith(("；", ";")) else ""
            return f"{said[0]}{said[1]}：“{cut}{quote}" if said and quote.rstrip("。！？!?；;").endswith("”") else None
        if "“" in before.text or "”" in before.text:
            return None  # a quotation closed or whole before: this sentence is outside it
    return None


def _document_quoted(sentence: Sentence) -> tuple[str, str] | None:
    """(the document, its verb) when the sentence opens a quotation of a document (上述起诉书的引言部分这样写道：“…
    → 起诉书, 写道); None otherwise."""
    match = _DOCUMENT_QUOTE.search(sentence.text)
    return (match["doc"], match["verb"]) if match else None


_DOCUMENT_QUOTE = re.compile(
    r"(?:^|[，,])(?:上述|该|这份|此份)?(?P<doc>[^，,。“”]{0,12}?(?:起诉书|判决书|裁定书|声明|报告|公报|决议|社论|公开信|文章))"
    r"[^，,。“”]{0,12}?(?P<verb>写道|称|指出|表示)[：:，,]“[^”]*$")  # (the quotation runs past the sentence)


def _named_opener(sentence: Sentence) -> tuple[str, str] | None:
    """(name, verb) of a person's name right before a verb of saying and ：“ (…研究中心主任卡马拉说：“…), however long
    the offices before it: the speaker of the quotation it opens."""
    tokens, tags = sentence.tokens, sentence.tags
    for k in range(len(tokens) - 3):
        if (tags[k] in PERSON_TAGS and _SAYING_WORD.fullmatch(tokens[k + 1]) and tokens[k + 2] in ("：", ":")
                and tokens[k + 3] == "“"):
            return tokens[k], tokens[k + 1]
    return None


# a requirement in a sentence's first clauses (…，要把握…; 必须…): in a news report, a speaker's words
_REQUIRES = frozenset({"要", "必须", "务必", "应当"})
_CLAUSE_MARKS = frozenset("，,；;")
_WANTS = ("的是", "的就是")  # 村民们要的是…: what they want, not what is required


def requires(sentence: Sentence) -> bool:
    """Whether one of the sentence's first two clauses states a requirement (要/必须 as a word of its own)."""
    if _REQUIRES.isdisjoint(sentence.tokens):
        return False  # (most sentences: no clause to walk)
    clauses = 0
    for k, token in enumerate(sentence.tokens):
        if token in _CLAUSE_MARKS:
            clauses += 1
            if clauses == 2:
                return False
        elif token in _REQUIRES and not "".join(sentence.tokens[k + 1: k + 3]).startswith(_WANTS):
            return True
    return False


def _directive(sentence: Sentence) -> bool:
    """Whether the sentence states a requirement (``requires``) or, naming no subject, opens with a verb of two or
    more characters (树立和践行正确政绩观，…; 持之以恒推进…): in a speech, what the speaker asks for. Verbs that a
    clause's 是 says something of are a subject (留住青年、凝聚青年，是…的课题)."""
    if requires(sentence):
        return True
    tokens, tags = sentence.tokens, sentence.tags
    if tokens and tokens[0] in _WISHES:
        return True  # 希望中国人民保险集团充分发挥自身优势…: what the speaker hopes the other does
    if not tokens or tags[0] not in _DIRECTIVE_TAGS or len(tokens[0]) < 2 or _NOT_DIRECTIVE.fullmatch(tokens[0]):
        return False
    clause = itertools.takewhile(lambda token: token not in _CLAUSE_MARKS, tokens)
    return (not _STATEMENT_WORDS.intersection(clause) and not FRAME_CLAUSE.match(sentence.text.split("，", 1)[0])
            and not any(token == "是" and tokens[k - 1] in _CLAUSE_MARKS for k, token in enumerate(tokens)))


def _first_person(sentence: Sentence) -> bool:
    """Whether the sentence speaks as 我 or 我们, or to 你们, outside quotation marks (…，我们突出稳经济大盘…; 欢迎你们
    多到中国走一走): reported speech, not the reporter's (我国, 我省 are other words)."""
    return "“" not in sentence.text and not _FIRST_PERSON.isdisjoint(sentence.tokens)


# a side's stance (中方愿同巴方…, 巴方支持…): in a report of talks, the words of the side's speaker before it
_SIDE_STANCE = re.compile(r"[\u4e00-\u9fff]方(?:也|还|将)?(?:愿|将|支持|主张|坚持|赞赏|欢迎|希望|愿意|反对|高度重视)")
# jieba glues 我愿 (/v) and 我愿同 (/p); 你们, 您: spoken to someone (欢迎你们…)
_FIRST_PERSON = frozenset({"我", "我们", "我愿", "我愿同", "你们", "您"})
_STATING = frozenset({"表示", "指出", "强调", "介绍", "透露", "认为", "提到", "告诉记者"})
_DIRECTIVE_TAGS = frozenset({"v", "vd", "i"})
_WISHES = frozenset({"希望", "期望", "期盼", "盼望"})
_SOURCED = re.compile(r"^(?:据|记者)|获悉|了解到|据了解|据介绍")  # a sentence another source tells
_NOT_DIRECTIVE = re.compile(rf"{SAYING}|[一二三四五六七八九十]+是")  # 表示…; 二是… (a list item)
_STATEMENT_WORDS = frozenset({"的", "是"})  # 拥有最大核武库的国家，…; 联合实验室是…: a subject or a statement
_DIRECTIVES_BACK = 8  # a speech's run of directives that a speaker may open


def _carry_speaker(sentences: Sequence[Sentence], i: int, text: str) -> str:
    """``text`` with the speaker of the speech it goes on with (丁薛祥表示，…。当前…，要把握… → 丁薛祥表示，当前…，要把握…):
    a directive (``_directive``), or a sentence in the first person after a statement's verb (表示, 指出…), that names
    no one and says not who says it, in a paragraph where a person's, a meeting's or an organ's 表示/强调/指出 comes
    before it, within ``_SPEAKER_REACH`` sentences, a run of directives or the paragraph the speech opens, none of them
    naming another person or opening another's turn (其余患者表示，). A plain statement goes on with the speech only
    where the speech opens the paragraph (习近平指出，…。中方支持… → 习近平指出，中方支持…) and the statement does not
    turn back to the story (``_NEW_TURN``) or speak of the speaker; a side's stance (中方愿同巴方…) right after the speech
    or its directives, in any paragraph. A speech a 他 opens is the person's it names. Unchanged otherwise."""
    sentence = sentences[i]
    directive = _directive(sentence)
    first_person = _first_person(sentence)
    statement = not (directive or first_person) and _NEW_TURN.match(sentence.text) is None and _speech_opens(sentences, i)
    # a side's stance right after a speech (王毅表示，…。中方愿同巴方…), also in a text of one paragraph
    side = not (directive or first_person or statement) and _SIDE_STANCE.match(sentence.text) is not None
    if (not (directive or first_person or statement or side)
            # a verb of saying that ends a word of its own (纷纷表示 too), not one inside 加强调查
            or any(token.endswith(m["verb"]) for m in _SPEAKER.finditer(sentence.text[:40]) for token in sentence.tokens)
            or _meeting_said(sentence) is not None  # 通知明确，…: its own speaker
            or (_named_actors(sentence) if first_person else _named_untitled(sentence))
            or text.count("“") != text.count("”")  # the end of a quotation: its start says who
            or _quotation_end(sentences, i, "”") is not None):  # inside one: ``_speaker_after`` quotes it
        return text
    steps = 0
    for j in range(i - 1, max(i - 1 - _DIRECTIVES_BACK, -1), -1):
        before = sentences[j]
        if before.paragraph != sentence.paragraph:
            break
        said = (_saying(before) or _meeting_said(before) or _introduced(sentences, j) or _pronoun_said(sentences, j)
                or _greeting_opens(sentences, j))
        if said is not None:
            if side and steps:
                return text  # a side's stance goes on with a speech only right after it (or its directives)
            if statement:  # a plain statement goes on with a speech only in a paragraph the speech opens
                # the speech found opens the paragraph, or follows the same person's greeting that does (习近平祝贺…。习近平强调，…)
                opens = (j == 0 or sentences[j - 1].paragraph != before.paragraph
                         or (_greeting_opens(sentences, j - 1) or ("",))[0] == said[0])
                lead = before.text[: max(before.text.find(said[0]), 0)]  # (none before a 他 that names said[0])
                # clauses before the speaker only frame the speech (会上，…); the one run into the name is his title
                framing = _CLAUSE_SPLIT.split(lead)[:-1]
                person = None if said == _meeting_said(before) else said[0]  # (会议强调，…: a meeting, no person)
                if (not opens or said[0] in text or _speaks_of_speaker(sentence, person) or said[0].endswith(_CITED)
                        or not all(FRAME_CLAUSE.match(c) for c in framing if c)):
                    return text
            if said[0] in text:
                return text  # 来到医院后，白先生坚持锻炼…: the story of the speaker, not his words
            # a narrator's 我 after someone's 说 (妈妈说，…。我点点头。) is not the speaker's: only a statement's verb
            return f"{said[0]}{said[1]}，{text}" if directive or statement or side or said[1] in _STATING else text
        if _SOURCED.search(before.text) or any(
                not _NOT_A_PERSON.search(m["who"]) and before.text[m.end(): m.end() + 1] in "，,：:"
                for m in _SPEAKER.finditer(before.text[:40])) or (
                _named_actors(before) and _carry_speaker(sentences, j, before.text) == before.text
                and not set(_named_actors(before)) <= _opener(sentences, j)):
            # another person or source (记者从…获悉, 据了解, 其余患者表示，…): whose words these are is not clear; a person
            # the speech itself names (李强表示，…。去年，习近平主席同总理先生…。) is no other's turn, nor is the speaker
            # himself between his words (韩正说，…。韩正阐释了…，强调…。中国坚持…)
            break
        steps += not (_directive(before) or _first_person(before))
        if steps == _SPEAKER_REACH and not (statement or _speech_opens(sentences, i)):
            break  # in a paragraph a speech opens, the speech runs to the paragraph's end
    return text


def _opener(sentences: Sequence[Sentence], j: int) -> set[str]:
    """The person whose statement opens sentence ``j``'s paragraph (韩正说，…), as a set; empty when none does."""
    start = j
    while start > 0 and sentences[start - 1].paragraph == sentences[j].paragraph:
        start -= 1
    said = _saying(sentences[start]) or _introduced(sentences, start)  # (韩/j 正说/v: a name jieba cut)
    return {said[0]} if said is not None and sentences[start].text.startswith(said[0]) else set()


def _speech_goes_on(sentences: Sequence[Sentence], i: int, text: str) -> str:
    """``text`` with the speaker of a speech that runs on in paragraphs each opened by a directive (习近平指出，…。 / 要坚持
    真正的多边主义，…。坚定维护… → 习近平指出，坚定维护…), up to ``_SPEECH_PARAGRAPHS`` back: a sentence that says not who
    says it, names no one, quotes nothing and does not turn back to the story, in such a paragraph, with no other
    person or source before it on the way back. Unchanged otherwise."""
    start = i
    while start > 0 and sentences[start - 1].paragraph == sentences[i].paragraph:
        start -= 1
    sentence = sentences[i]
    if (start == 0 or not _opens_directive(sentences[start]) or _saying(sentence) or _named(sentence) or "“" in text
            or _NEW_TURN.match(sentence.text) or _SPEAKER_MENTIONED.search(text)
            or any(_named_actors(s) or _SOURCED.search(s.text) or _saying(s) or _meeting_said(s)
                   for s in sentences[start:i + 1])):
        return text
    for _ in range(_SPEECH_PARAGRAPHS):
        end = start
        while start > 0 and sentences[start - 1].paragraph == sentences[end - 1].paragraph:
            start -= 1
        for j in range(end - 1, start - 1, -1):
            said = _saying(sentences[j]) or _meeting_said(sentences[j]) or _introduced(sentences, j)
            if said is not None:
                return text if said[0].endswith(_CITED) else f"{said[0]}{said[1]}，{text}"
            if _named_actors(sentences[j]) or _SOURCED.search(sentences[j].text):
                return text
        if start == 0 or not _opens_directive(sentences[start]):
            return text
    return text


def _view_goes_on(sentences: Sequence[Sentence], i: int, text: str) -> str:
    """``text`` with the speaker of the statement it goes on with, in a text of one paragraph (no paragraphs to tell
    where a speech ends): right after a sentence that opens with a person's statement (阿万表示，…。), or after up to
    ``_VIEW_RUN`` - 1 such views in a row (谢锋表示，…。但基础仍然脆弱…。契机来之不易…。), a sentence with no source,
    person, body, figure or quotation of its own (a term in quotation marks is none: 是一起“孤立事件”) is what he
    holds, not the story's fact (阿万表示，中巴经济走廊启动展现了…). Unchanged otherwise."""
    said = _view_speaker(sentences, i, text, _VIEW_RUN)
    return f"{said[0]}{said[1]}，{text}" if said else text


def _view_speaker(sentences: Sequence[Sentence], i: int, text: str, run: int) -> tuple[str, str] | None:
    """(who, verb) for ``_view_goes_on``: whose view sentence ``i`` (read as ``text``) goes on with, looking back over
    at most ``run`` sentences; None when it is none's. In a text of paragraphs, only a view in the statement's own
    paragraph that assesses (``_ASSESSES``: 是…的成功案例, 有重大意义, 坚决维护…), and not a directive or first person
    (``_carry_speaker`` reads those) — mid-paragraph (李家超当晚发表声明…。李家超表示，…。全国人大常委会…有重大意义。)."""
    if i == 0:
        return None
    sentence, before = sentences[i], sentences[i - 1]
    if sentences[-1].paragraph != 0 and (before.paragraph != sentence.paragraph or not _ASSESSES.search(text)
                                         or _speech_opens(sentences, i)):
        return None  # (a paragraph a speech opens: ``_carry_speaker`` reads it, with its own guards)
    if sentence.start > before.end:
        return None  # …良好的环境。 为丰富…: a space between them, where a feed flattened a paragraph break
    if _DIGIT.search(text) or POINTING.match(text):
        return None  # a figure, or what points back: a sentence of the story's, whatever the walk back finds
    said, person = _statement(sentences, i - 1)
    if said is None and run > 1:
        said = _view_speaker(sentences, i - 1, before.text, run - 1)  # a view that goes on with one before it
        person = said is not None
    if (said is None or (said[1] not in _STATING and said[1] not in _VIEW_SAYING) or said[0] in text or not person
            or _QUOTES.search(_TERMS.sub("", text))
            or _saying(sentence) or _named(sentence)
            or _NEW_TURN.match(sentence.text) or _SOURCED.search(sentence.text) or _SPEAKER_MENTIONED.search(text)
            or _directive(sentence) or _first_person(sentence) or _STORY_FRAME.match(text)
            or before.text.count("“") > before.text.count("”") or _OWN_SOURCE.search(text) or _body_subject(text)
            or _WATCHED.search(text)):
        return None  # (inside a quotation the sentence before opens, ``_speaker_after`` quotes it)
    return said


def _per_document(func):
    """``func(sentences, j)``, remembered for the sentences of the document asked about last: a look-back asks it again
    of each sentence it passes."""
    memo: dict[int, object] = {}
    of: list[Sequence[Sentence] | None] = [None]

    @functools.wraps(func)
    def remembered(sentences: Sequence[Sentence], j: int):
        if not isinstance(sentences, tuple):
            return func(sentences, j)  # (a list may change under the same identity)
        if sentences is not of[0]:
            memo.clear()
            of[0] = sentences
        if j not in memo:
            memo[j] = func(sentences, j)
        return memo[j]

    return remembered


@_per_document
def _statement(sentences: Sequence[Sentence], j: int) -> tuple[tuple[str, str] | None, bool]:
    """(who, verb) of the statement sentence ``j`` opens with (阿万表示，…; 他说，…, the person 他 names), and whether
    who is a person; (None, False) for none, or for a sentence that only says who said the quotation before it."""
    before = sentences[j]
    # …个人价值。”孙雅涵说。 or 负责人称：“…。”: his quotation ends; the story goes on
    closing = _SAID.fullmatch(before.text) is not None or _SAYS_QUOTATION.fullmatch(before.text) is not None
    said = None if closing else _saying(before)
    pronoun = not closing and (said is None or not before.text.startswith(said[0]))
    if pronoun:
        said = _pronoun_said(sentences, j)  # 他声称，…: the person 他 names
    person = said is not None and (pronoun or "·" in said[0] or said[0].endswith(PERSON_TITLES)
                                   or _names_person(before, len(said[0])))
    if said is None and not closing and (document := _DOCUMENT_SAID.match(before.text)):
        return (document["who"], document["verb"]), True  # 公告称，…: a company's announcement, its claims go on
    return said, person


_DOCUMENT_SAID = re.compile(r"(?P<who>公告|起诉书|判决书)(?P<verb>称|指出|表示)[，,：:]")


_TERMS = re.compile(r"“[^“”。！？!?，,]{1,10}”")  # “孤立事件”: a term in quotation marks, not words quoted
_QUOTES = re.compile(r"[“”]")
_VIEW_RUN = 3  # a statement and the views that go on with it: at most this many sentences after it
_SAYS_QUOTATION = re.compile(r"[^“”]{1,30}[：:，,]\s*“[^“”]+”[。！？!?]?")  # 负责人称：“…。”: all he says is quoted
_WATCHED = re.compile(r"受[^，。；]{0,8}关注|引(?:发|起)[^，。；]{0,8}关注")  # …的立场一直受外界关注: the story's framing
_VIEW_SAYING = frozenset({"说", "称", "声称", "宣称"})  # verbs of saying, beside ``_STATING``, whose views go on


# a body the sentence is about, its subject (韶关市文化广电旅游体育局作为承办单位，…): the story's account of it
_BODY = r"[\u4e00-\u9fff]{1,20}?(?:局|厅|委员会|办公室|中心|集团|公司|协会|政府|银行|分行|支行)"
_BODY_SUBJECT = re.compile(_BODY + r"(?=作为|也|已|将|还|在|对|于|共|正|为|，)")
# after a frame, a body opens the clause: 围绕灾后恢复重建重点工程，工行河北省分行重点加大对…
_FRAMED_BODY = re.compile(r"(?P<frame>[^，,。；“”]{2,30})[，,]" + _BODY)


def _body_subject(text: str) -> bool:
    """Whether the sentence is about a body it names as its subject, first (``_BODY_SUBJECT``) or after a frame."""
    framed = _FRAMED_BODY.match(text)
    return bool(_BODY_SUBJECT.match(text) or framed and FRAME_CLAUSE.match(framed["frame"]))


# 公告称，…; 由于…，舆论普遍认为，…: who tells it, of its own, opening a clause (not 信息不对称，)
_OWN_SOURCE = re.compile(rf"(?:^|[，,])[^，,。；“”]{{1,16}}?(?<![对相匀])(?:{SAYING}|显示|表明)[，,：:]")
_STORY_FRAME = re.compile(r"(?!当前|目前|眼前)[^，。；“”]{1,12}[后时前上中][，,]")  # 会谈后，…; 会上，…: back to the story


_DIGIT = re.compile(r"[\d０-９]")
# what only a view says, an assessment or a stance: 联合实验室是中新合作的成功案例; …有重大意义; 特区政府坚决维护…
_ASSESSES = re.compile(r"是(?:[^，。；“”]|“[^“”。]{1,10}”){0,30}的(?:[^，。；“”]{0,8})?(?:案例|典范|缩影|体现|证明|结果|选择|需要|要求|保障|基础|关键"
                       r"|方向|力量|机遇|动力|支撑|成果|领域|伙伴|朋友)|(?:重大|重要|深远|积极|历史性)(?:的)?(?:意义|作用|影响|贡献)"
                       r"|坚决(?!打击)|坚定(?:不移)?地?(?:支持|维护|奉行|推进|走)|必将|必然|充分(?:体现|表明|说明|证明|展现)")


def _opens_directive(sentence: Sentence) -> bool:
    """Whether the sentence is a directive (``_directive``) that opens with its 要/必须 or its verb (要坚持…, 坚定维护…),
    or with a time named alone and then who must (新时代新征程，全党全军全国各族人民要…)."""
    if not sentence.tokens or not _directive(sentence) or _STORY_FRAME.match(sentence.text):
        return False
    if sentence.tokens[0] in _REQUIRES or sentence.tags[0] in _DIRECTIVE_TAGS:
        return True
    time = _TIME_NAMED.match(sentence.text)
    return time is not None and "要" in sentence.text[time.end(): time.end() + _WHO_MUST]


_TIME_NAMED = re.compile(r"(?:新时代新征程|新征程上|新时代|当前|今后|未来|下一步|前进道路上)[，,]")  # …，: the time the speech's demand is for
_WHO_MUST = 16  # characters of who must, after such a time


_SPEECH_PARAGRAPHS = 3  # paragraphs opened by a directive that a speech may run on through


def _pronoun_said(sentences: Sequence[Sentence], j: int) -> tuple[str, str] | None:
    """(who, verb) of sentence ``j`` that opens with 他/她 and a verb of saying, the pronoun named (``name_speaker``):
    张庆黎主持开幕会。他强调，…。我们一定要… → (张庆黎, 强调) for the sentence after it."""
    text = sentences[j].text
    verb = _SAYS_AFTER_PRONOUN.match(text, 1) if _PRONOUN_OPENER.match(text) else None
    if verb is None:
        return None
    named = name_speaker(sentences, j)
    said = _SAYING_WORD.search(verb.group())
    return (named[: len(named) - len(text) + 1], said.group()) if named != text and said else None


_SAYING_WORD = re.compile(SAYING)


def _introduced(sentences: Sequence[Sentence], j: int) -> tuple[str, str] | None:
    """(who, verb) of sentence ``j`` opening with a name jieba does not know and a verb of saying (布尔汉表示，…), when an
    earlier sentence introduced that name after a title (…苏丹主权委员会主席布尔汉) or as a foreign surname (…负责人
    帕特里克·汉南说 / 汉南说，…)."""
    opening = _NAME_SAYS.match(sentences[j].text)
    if opening is None:
        return None
    who = opening["who"]
    introduced = any(f"{title}{who}" in before.text for before in sentences[:j] for title in (*PERSON_TITLES, "·"))
    return (who, opening["verb"]) if introduced else None


_NAME_SAYS = re.compile(rf"(?P<who>[\u4e00-\u9fff·]{{2,8}}?)(?P<verb>{SAYING})[，,：:]")


def _speech_opens(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i``'s paragraph, in a text of more than one, opens at most ``_DIRECTIVES_BACK`` sentences
    before it with what a person, a meeting or an organ says (the cheap test before a statement's walk back)."""
    if sentences[-1].paragraph == 0:
        return False
    j = i
    while j > 0 and sentences[j - 1].paragraph == sentences[i].paragraph:
        j -= 1
    return j < i and i - j <= _DIRECTIVES_BACK and (
        _saying(sentences[j]) or _meeting_said(sentences[j]) or _introduced(sentences, j) or _pronoun_said(sentences, j)
        or _greeting_opens(sentences, j)
    ) is not None


def _greeting_opens(sentences: Sequence[Sentence], j: int) -> tuple[str, str] | None:
    """(who, 表示) of sentence ``j`` when it opens its paragraph with a person's greeting or thanks (巴育热烈祝贺…,
    佩通坦感谢…): in a report of talks, the rest of the paragraph is his remarks, as if he 表示."""
    if j and sentences[j - 1].paragraph == sentences[j].paragraph:
        return None
    said = _saying(sentences[j], _GREETING)
    return (said[0], "表示") if said is not None and sentences[j].text.startswith(said[0]) else None


# a person's greeting or thanks opening a paragraph of talks: 巴育热烈祝贺, 佩通坦衷心感谢
_GREETING = re.compile(r"^(?P<who>[^，,。！？；：:“”「」（）()、\s\d]{2,20}?)(?:还|也|首先)?(?:热烈|衷心|诚挚|高度)?"
                       r"(?P<verb>祝贺|感谢|赞赏|欢迎|赞扬)")


# a sentence that turns from the speech back to the story: 当日，论坛举行; 据了解，…; 总书记的话直抵人心
_NEW_TURN = re.compile(r"(?:当日|当天|同日|当晚|此前|随后|之后|此后|会后|会上|据|另据|记者|本报|[^，。]{0,12}(?:报道|消息))")
_CITED = ("总书记",)  # 习近平总书记强调，… in a feature cites guidance; the story goes on after it
# (总理先生, 主席阁下: whom the speech addresses; 主席国: the country that chairs)
_SPEAKER_MENTIONED = re.compile(r"(?:总书记|总统|总理|主席|发言人|负责人)(?!先生|女士|阁下|国)|会议|大会|讲话|致辞")
_CLAUSE_SPLIT = re.compile(r"[，,]")

# a meeting, an organ or a document that speaks: 会议强调，…, 会商指出，…, 中央纪委国家监委强调，…, 文章指出，…
_MEETING_SAID = re.compile(
    r"(?:^|[，,])(?P<who>会议|会商|座谈会|文章|讲话|通知|意见|公报|决定|方案|规划|纲要|贺词|贺信|贺电"  # 文章指出，… (a leader's article)
    r"|主办方|承办方|主办单位|组委会|警方|校方|院方"  # who organised an event, the police
    r"|双方|各方|两国(?:元首|总理|领导人|外长)"  # 两国总理一致同意，…: the sides agreeing
    r"|[\u4e00-\u9fff]{2,12}?(?:委|部|局|院|办|厅|政府|中央|监委|小组|委员会))"
    r"(?:还|也|并|同时|进一步)?(?P<verb>强调|指出|要求|提出|明确|一致同意|一致认为|同意|商定|说|表示)[，,：:]"
)


def _meeting_said(sentence: Sentence) -> tuple[str, str] | None:
    """(会议, 强调) when the sentence reports what a meeting or an organ said, in its first 40 characters."""
    match = _MEETING_SAID.search(sentence.text[:40])
    return (match["who"], match["verb"]) if match else None


# 以习近平同志为核心的党中央 names the Party's leadership, 习近平法治思想 and 习近平总书记重要讲话精神 what is studied:
# none of them a person who speaks
_CORE = re.compile(r"以[\u4e00-\u9fff]{2,4}同志为核心的(?:党中央|中共中央)|习近平(?:新时代中国特色社会主义|[\u4e00-\u9fff]{2,4})思想"
                   r"|习近平总书记(?:关于[^，。；]{1,30}?的)?重要(?:讲话|指示|论述|批示|回信)")


def _named_actors(sentence: Sentence) -> list[str]:
    """The people ``sentence`` names (``_named``) but those it addresses (我愿…向习近平主席…说一声感谢)."""
    named = set(_named(sentence))
    return [token for k, token in enumerate(sentence.tokens)
            if token in named and not (k and sentence.tokens[k - 1] in _OBJECT_BEFORE)]


def _named_untitled(sentence: Sentence) -> list[str]:
    """The people ``sentence`` names (``_named``) but a leader named with his title, as a visitor speaks of his host
    (拉克森表示，…。习近平主席成功访新10年来，…: still 拉克森's words)."""
    return [person for person in _named(sentence) if not _with_title(person, sentence.text)]


def _with_title(person: str, text: str) -> bool:
    """Whether ``text`` names ``person`` with a title right after (习近平主席): each place the name stands tried with one
    compiled pattern (a pattern per name would be compiled anew for most names)."""
    at = text.find(person)
    while at >= 0:
        if _TITLE_AFTER.match(text, at + len(person)):
            return True
        at = text.find(person, at + 1)
    return False


_TITLE_AFTER = re.compile(r"主席|总书记|总统|总理|首相|国王|先生|女士|阁下")


def _speaks_of_speaker(sentence: Sentence, person: str | None = None) -> bool:
    """Whether a sentence speaks of the one whose speech it would go on with (总书记的话语直抵人心; …大会…): a title or
    a meeting, not one that follows another person's name (习近平主席…). When the speaker is ``person`` and the
    sentence names another with his title, it speaks of that one, the host a visitor speaks of: its titles and
    meetings are his (巴育…。习近平主席访问泰国并出席…会议，是习近平主席担任国家主席后首次来泰)."""
    mentions = list(_SPEAKER_MENTIONED.finditer(sentence.text))
    names = _named(sentence) if mentions else []
    if person is not None and any(name not in person and _with_title(name, sentence.text) for name in names):
        return False
    return any(not any(sentence.text.endswith(name, 0, match.start()) for name in names) for match in mentions)


def _named(sentence: Sentence) -> list[str]:
    """The people ``sentence`` names (``_people``), but not in 以…同志为核心的党中央."""
    text = _CORE.sub("", sentence.text)
    return [person for person in _people(sentence) if person in text]


def name_speaker(sentences: Sequence[Sentence], i: int, text: str | None = None) -> str:
    """``text`` (sentence ``i``'s own by default) with an opening 他/她 (also after the place a visit came to: 在…，他
    指出, or after the words he says: “…，”他写道) replaced by the person the sentences before name (李强表示，…。
    他强调，… → 李强强调，…), so that it reads alone:
    the nearest speaker (``speaker``) or viewer (在…看来) within ``_SPEAKER_REACH`` sentences, or the subject
    (``_subject``) of the sentence just before it or before the first 他 of a chain (他…。他…). Unchanged when none is
    found or the paragraph changed twice."""
    text = sentences[i].text if text is None else text
    pronoun = (_PRONOUN_OPENER.match(text) or _PRONOUN_AFTER_PLACE.match(text) or _PRONOUN_AFTER_QUOTE.match(text)
               or _PRONOUN_AFTER_FRAME.match(text))
    if pronoun is None:
        return text
    frame, pronoun = text[: pronoun.start("pronoun")], _PRONOUN_OPENER.match(text, pronoun.start("pronoun"))
    closing = _SAID.fullmatch(text) is not None  # 他说。: who said the quotation before it
    steps = 0
    passed: list[str] = []  # people named in the sentences passed over on the way back
    next_to = True  # the sentence looked at comes right before this one or before a 他… of the chain
    for j in range(i - 1, -1, -1):
        before = sentences[j]
        if before.paragraph < sentences[i].paragraph - 1:
            break
        chained = _PRONOUN_OPENER.match(before.text) or _PRONOUN_AFTER_PLACE.match(before.text)
        if chained and chained["pronoun"] == pronoun["pronoun"]:
            next_to = True
            continue  # 他说，…。他强调，…: the same speaker
        if next_to and _WHOLE_QUOTE.fullmatch(before.text) and j and "“" not in sentences[j - 1].text:
            continue  # 白义…关注相关信息。“…！”他说，…: the words he says, between him and his 他
        steps += 1
        who = speaker(before) or _viewer(before) or (_subject(before) if next_to else None)
        if who is None and next_to and (_SAYS_AFTER_PRONOUN.match(text, pronoun.end()) or frame):
            who = _sole_person(before)  # 他强调，… (针对此类问题，他建议…) after the one person the sentence before names
        next_to = False
        if who is not None:
            # 他指责史密斯…: whoever he is, he is not the man he names; and a person named on the way back
            # (…柯布说，…。他还表示 past 乔杜里表示) may be the one meant
            mixed = any(name not in who for name in passed)
            return text if who in text or mixed else frame + _titled(who, before.text) + text[pronoun.end():]
        passed += _people(before)
        if steps >= _SPEAKER_REACH and not (closing and before.paragraph == sentences[i].paragraph):
            break  # (“…。”他说。 closes a speech its paragraph gave him, however long: 尹蔚民说，第一，…第三，…)
    return text


_WHOLE_QUOTE = re.compile(r"“[^“”]+”")


def _titled(who: str, text: str) -> str:
    """``who`` with the title ``text`` writes right after the name (习近平总书记, 普京总统), as the text calls him."""
    at = text.find(who)
    title = _HONORIFIC.match(text, at + len(who)) if at >= 0 else None
    return who + title.group() if title else who


_HONORIFIC = re.compile(r"总书记|主席|总统|总理|首相|国王|女王")


def _viewer(sentence: Sentence) -> str | None:
    """The person whose view a sentence opens with (在巴西中国文化交流协会会长宋天乐看来，… → 巴西中国文化交流协会会长宋天乐):
    the phrase ends with the one person it names."""
    view = _IN_VIEW.match(sentence.text)
    if view is None:
        return None
    named = [name for name in _people(sentence) if name in view["who"]]
    return view["who"] if len(named) == 1 and view["who"].endswith(named[0]) else None


_IN_VIEW = re.compile(r"在(?P<who>[^，。！？；“”]{2,30}?)看来[，,]")


_SAYS_AFTER_PRONOUN = re.compile(  # 他强调, 他同时表示, 他在5日接受采访时表示
    rf"(?:(?:\d{{1,2}}月)?\d{{1,2}}日|当天|今天|日前|近日)?(?:还|也|同时|进一步|又|则)?(?:在[^，,。！？；“”]{{1,30}}?)?"
    rf"(?:{SAYING}|声称|宣称)")  # 他声称，…


def _people(sentence: Sentence) -> list[str]:
    """The people a sentence names: jieba's person words and names written with · (尼蒂瓦迪·马尼特库尔), but not a
    word jieba takes for a name before an organ (纪检监察/nr 机关), one of ``_NOT_PEOPLE``, or a side (汤方/nr)."""
    tokens, tags = sentence.tokens, sentence.tags
    named = [token for k, (token, tag) in enumerate(zip(tokens, tags))
             if tag in PERSON_TAGS and len(token) > 1 and tokens[k + 1: k + 2] not in _ORGAN_AFTER
             and token not in _NOT_PEOPLE and not (len(token) <= 3 and "方" in token[1:])]  # 汤方, 汤方愿, 承建方: a side
    dotted = _dotted_names(sentence)
    return [person for person in named if not any(person in whole for whole in dotted)] + dotted  # one person


def _dotted_names(sentence: Sentence) -> list[str]:
    """Names written with · (尼蒂瓦迪·马尼特库尔, 小约翰·柯布), from the tokens around each ·: name words or single
    characters jieba cut loose (马/n 尼特/nrt 库尔/nrt), not the title before nor the verb after."""
    tokens, tags = sentence.tokens, sentence.tags
    names: list[str] = []
    covered = 0
    for k, token in enumerate(tokens):
        if token != "·" or not covered <= k - 1 or k >= len(tokens) - 1:
            continue  # (the second · of 穆罕默德·本·萨勒曼 is inside the name found)
        start, end = k - 1, k + 1
        if not _name_piece(tokens[start], tags[start]):
            continue
        if start > 0 and len(tokens[start - 1]) == 1 and _name_piece(tokens[start - 1], tags[start - 1]):
            start -= 1  # 小/n 约翰/nr
        while end < len(tokens) and (_name_piece(tokens[end], tags[end]) or tokens[end] == "·") and end - k < 5:
            end += 1
        name = "".join(tokens[start:end]).strip("·")
        if k < end - 1 and _NAME_CHARS.fullmatch(name.replace("·", "")) and len(name) <= _DOTTED_LONGEST:
            names.append(name)
            covered = end
    return names


def _name_piece(token: str, tag: str) -> bool:
    """A piece of a name written with ·: a name word, or one character jieba cut loose that is no function word."""
    return tag in PERSON_TAGS or (len(token) == 1 and tag not in ("p", "v", "d", "c", "u", "uj", "x"))


_DOTTED_LONGEST = 16


# words of official news that jieba's dictionary tags as names of people: places, groups, events and plain words
_NOT_PEOPLE = frozenset(
    "乌克兰 沙特 克里米亚 阿富汗 塞尔维亚 阿根廷 哈萨克斯坦 伊拉克 尼日尔 汤加 卢旺达 爱尔兰 阿拉伯 夏威夷 威尼斯 莫斯科 柏林 "
    "约翰内斯堡 利雅得 圣保罗 阿斯塔纳 敖德萨 金沙萨 瓦莱塔 拉萨 石家庄 宁德 荆楚 楚天 燕赵 亚太 韩日 泰中 格中 白宫 塔斯社 "
    "迪士尼 阿里巴巴 支付宝 乌军 陆军 二十大 光复节 青少年 夏令营 幼儿园 师生 小学生 博士生 寄宿生 申请人 师傅 "
    "顾问 华裔 文明 智慧 友谊 高水平 许可 洪水 强降雨 山洪 海冰 厄尔尼诺 养老 康养 弘扬 科考 科普 普惠 普惠性 智能化 安全性 "
    "从严治党 宣传教育 纪检监察 宣传部 建立健全 严格执行 大力支持 应邀出席 拓宽 祝贺 祝福 贺词 贺信 荣获 荣誉 宝贵 福祉 蓝图 "
    "蓝皮书 宣言 权威 公正 道德 仁爱 卓越 光辉 敬畏 严正 温馨 博大精深 绿水青山 延安精神 丰硕成果 高素质 无人驾驶 体育锻炼 卫星 "
    "银行卡 安保 高峰 黎明 阳光 小镇 寻根 归根 慈善 令人 台湾独立 日益巩固 杰出贡献 公共安全".split())


_ORGAN_AFTER = {(word,) for word in ("机关", "部门", "机构", "系统", "干部", "队伍", "工作", "委员会")}


# who said the quotation the sentence before closed, and nothing more: 史耀斌说。, 巴斯在发布会上表示。
# who said it, and where: 中国财政部副部长史耀斌在当日于北京举办的“深化亚洲财经合作、促进区域融合发展”国际研讨会上表示。
_SAID = re.compile(rf"(?P<who>(?:[^。！？；，,“”「」]|“[^“”。！？]{{1,30}}”){{1,60}}?)(?P<verb>{SAYING})[。！]")


def attributions(sentences: Sequence[Sentence]) -> dict[int, int]:
    """Each sentence that closes a quotation → the next one, when that one only says who said it."""
    return {
        i: i + 1
        for i, (s, after) in enumerate(itertools.pairwise(sentences))
        if s.text.endswith(("”", "」")) and after.paragraph == s.paragraph
        and (_SAID.fullmatch(after.text) or _said_last(after))
    }


# protocol and ceremony a report of a visit tells in passing, no key point unless the text has nothing else: 李强抵达时，拉克森在
# 下车处迎接。 蔡奇、王毅等陪同人员同机抵达。 …也到机场迎接。 当地学生向习近平献花… …在道路两旁夹道欢迎…; 两国元首检阅
# 仪仗队; …合影留念。 座谈会上，张辉、任少波…等先后发言。 王毅参加上述活动。 …为图普六世夫妇举行欢迎宴会。
_PROTOCOL = re.compile(
    r"(?:抵达|到达|步入|来到)[^。，；]{0,30}时，[^。，；]{0,40}(?:迎接|欢迎|致意)。"
    r"|陪同人员[^。，；]{0,6}抵达|机场(?:迎接|迎送|送行)|向[^。，；]{1,12}献花|夹道欢迎|列队(?:欢迎|迎接|致意)|行注目礼"
    r"|鸣放?礼炮|检阅(?:了)?仪仗队|合影留念。"
    r"|、[^。，；]{1,30}等(?:人)?(?:先后|相继|分别)(?:作)?(?:交流)?发言。|举行(?:欢迎|国宴|欢迎晚|答谢)?宴会"
    r"|礼兵[^。；]{0,12}(?:致敬|列队|肃立)"  # a salute
    r"|奏唱[^。；]{0,16}国歌|全场[^。；]{0,20}默哀|花圈敬献|敬献花(?:圈|篮)")  # a ceremony's rites
# the same, told by the whole sentence (matched from its start: searched, each would be tried at every character)
_PROTOCOL_SENTENCE = re.compile(
    r"[^。，；]{2,30}(?:参加|陪同出席)(?:了)?(?:上述活动|会见|会谈|座谈会?|调研|考察)。$"
    r"|[^。，；]{2,12}认真(?:听取|倾听)[^。，；]{0,16}(?:发言)?，[^。；]{0,20}(?:交流|互动)。$"  # …不时同他们互动交流。
    r"|[^。；，]{2,30}(?:亲切交流|亲切交谈|亲切握手|互动交流|挥手致意)。$"  # a gesture alone
    r"|[^。，；]{2,40}等(?:领导|同志)?(?:出席|参加|陪同)(?:了)?(?:会见|会谈|活动|仪式|会议|签字仪式|上述活动)?。$"
    r"|[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+(?:出席|参加)(?:了)?[^。，；]{0,6}(?:会|仪式|活动)。$"  # 石泰峰、…出席开幕会。
    r"|[^。，；]{2,30}(?:出席|主持(?:会议|开幕会|闭幕会|座谈会|开幕式|闭幕式|仪式)?)。$"  # 全国政协主席汪洋出席。 …马飚主持会议。
    # a roll of who attended: …王沪宁，…蔡奇，…丁薛祥出席。 …王梅祥等应邀出席。 应邀出席的还有…。 李干杰，…参加活动。 (not
    # the event itself: …大会盛大开幕，…600余人参加。)
    r"|(?![^。；]*(?:开幕|闭幕|举行|召开|举办|启动|吸引|开班|开营))[^。；]{2,}(?:应邀)?(?:出席|参加)(?:了)?(?:活动|会议|上述活动)?。$"
    r"|(?:应邀)?(?:出席|参加)[^。，；]{0,12}的还有")


def slogan(text: str) -> bool:
    """Whether ``text`` is a slogan, a couplet of two clauses of one length (党旗所指，军旗所向。 只要跟党走，一定能胜利。)
    or a short cry (时间不等人！), or lines quoted one after another: no news of its own (not 他强调，要推进合作。)."""
    couplet = _COUPLET.fullmatch(text.strip())
    return (couplet is not None and len(couplet["a"]) == len(couplet["b"])) or _CRY.fullmatch(text.strip()) is not None \
        or _QUOTES_ONLY.fullmatch(text.strip()) is not None


_COUPLET = re.compile(r"[“「]?(?P<a>[\u4e00-\u9fff]{3,7})[，,](?P<b>[\u4e00-\u9fff]{3,7})[。！!][”」]?")
_CRY = re.compile(r"[“「]?[\u4e00-\u9fff，,]{2,9}[！!]+[”」]?")
# lines quoted one after another and nothing else: “红豆生南国，春来发几枝”“渭城朝雨浥轻尘，客舍青青柳色新”……
_QUOTES_ONLY = re.compile(r"(?:[“「][^“”「」]{2,40}[”」][，、,]?){2,}(?:…+|。)?")


def reporters_trip(text: str) -> bool:
    """Whether ``text`` only tells where the reporter went (春节期间，记者沿着高速公路大动脉进行了调研。 记者来到了…服务
    站点。): the way to the news, none of it (not 记者走进…窗口发现，…, which tells what he found)."""
    return _REPORTERS_TRIP.fullmatch(text.strip()) is not None


_REPORTERS_TRIP = re.compile(r"(?:[^，。；“”]{0,16}[，,])?(?:本报|本台)?记者(?:一行)?(?:近日|日前|再次|随后)?"
                             r"(?:沿着|来到|走进|跟随|随同|探访|前往|走访)[^，,。；“”]*。")


def protocol(text: str) -> bool:
    """Whether a sentence only tells the protocol of an event: who met whom where, who attended or presided (王毅、
    何立峰等出席。), the salute, the banquet."""
    if _PROTOCOL_WORDS.search(text) is None:
        return False  # (the cheap test first: most sentences name no protocol at all)
    return _PROTOCOL_SENTENCE.match(text) is not None or _PROTOCOL.search(text) is not None


def biography(text: str) -> bool:
    """Whether a sentence is a person's résumé: his name, then his sex or people and his birth among the next clauses
    (冯振，男，汉族，1992年12月出生，山东济宁人，中共党员，…; 李明，1970年3月生，男，…): background to the news about him,
    no point of it (not 黄大发，男，汉族，20世纪60年代起，他带领群众…, a story)."""
    name, *clauses = _CLAUSES.split(text, _RESUME_CLAUSES)[:_RESUME_CLAUSES]
    return bool(_NAME.fullmatch(name) and any(map(_SEX.fullmatch, clauses)) and any(map(_BORN.fullmatch, clauses)))


_CLAUSES = re.compile(r"[，,。]")
_RESUME_CLAUSES = 5  # the name and four after it
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,8}")
_SEX = re.compile(r"男|女|[\u4e00-\u9fff]{1,3}族")
_BORN = re.compile(r"(?:\d{4}|[一二三四五六七八九〇零]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生)")


# a word each of ``_PROTOCOL_SENTENCE``'s and ``_PROTOCOL``'s patterns needs (keep it so when adding one)
_PROTOCOL_WORDS = re.compile("参加|出席|陪同|主持|认真|亲切|互动交流|挥手致意|迎接|欢迎|致意|机场|献花|礼炮|仪仗队|合影留念|发言|宴会|礼兵"
                             "|国歌|默哀|敬献|注目礼")
