"""Section labels: each sentence → background | activities | statistics | future_plans | other.

Every sentence gets a score per label from the cue lexicons (``brief/data/cues.toml`` merged with the user's
``cfg.cues``), from its facts (number density), and a small lead bonus; the highest score wins, ties going to
the earlier label in ``_ORDER``. A sentence that opens with a time before the news (去年…, 今年4月… in a story of
May) leans to background. Then paragraph carry-over: a sentence opened by 今后/下一步/接下来… (or the
first sentence of a paragraph that is clearly a plan) makes the rest of its paragraph future_plans, until a
sentence opens with a break such as 今年以来/目前; a reported requirement (X强调，要…) makes the rest of its
paragraph part of the same speech, so a bare 要 there stays an activity, as does a sentence that opens with one.

Last, unless ``cfg.section_model`` is off, a learned layer (``brief/data/sections_model.json``: a multinomial
logistic regression fitted on the hand-labelled articles) reads the rules' scores and labels, the neighbours'
labels, position, opening characters, words and character pairs of each sentence, and gives its label; a sentence
the rules call ``other`` stays ``other``.
"""

from __future__ import annotations

import base64
import bisect
import functools
import itertools
import json
import operator
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .config import BriefConfig
from .errors import ConfigError
from .models import Article, Section, SectionKind, Sentence, Statistic
from .segment import one_clause_a_line
from .speakers import speaker
from .stats import DURATION_UNITS

_ORDER = (
    SectionKind.OTHER,
    SectionKind.FUTURE_PLANS,
    SectionKind.STATISTICS,
    SectionKind.BACKGROUND,
    SectionKind.ACTIVITIES,
)
_LABELS = tuple(kind.value for kind in SectionKind)
_KINDS = tuple((kind, kind.value) for kind in SectionKind)
_ZERO = dict.fromkeys(SectionKind, 0.0)
# looked up per sentence: an enum attribute costs a call
_ACT, _FUT, _OTH, _STAT = SectionKind.ACTIVITIES, SectionKind.FUTURE_PLANS, SectionKind.OTHER, SectionKind.STATISTICS
_CHROME = 10.0  # what a heading, a code or a byline pattern adds to ``other``: more than any section can score
_LIST_KEYS = (
    "openers", "cues", "patterns", "carry", "breaks", "reporting", "speech", "continuations", "intents", "frames",
    "guidance", "speech_news", "reactions", "bystanders", "groups",
)
_REGEX_KEYS = ("patterns", "frames", "guidance")
_HEAD_SPAN = 40  # clauses starting within this many characters count as sentence openers
_CLAUSE = re.compile(r"[，,：:；;]")
_LEADING = "“”\"‘’「『（(【[《 \u3000"
_FUTURE_WORDS = frozenset({"将", "还将", "也将", "将会", "即将", "仍将", "都将", "均将", "并将", "将要"})
# "will" where it opens a clause (第一，会根据…), else as often "would, tends to" (则会导致…) or the end of a
# meeting's name (推进/会在…召开): no sign of a plan there, nor is 要/必须 + verb inside a sentence (需要…要…)
_MAY_WORDS = frozenset({"会", "也会", "还会", "都会"})
_MODAL_WORDS = ("要", "必须", "应当", "务必")
# verbs of intending: a plan when a subject (or an adverb: 正计划, 还打算) comes before and a verb after (拟扩大, 计划在…,
# 准备将…); not a modifier (对拟表彰的…, 提醒近期拟赴…的公民) nor a noun (培养计划, 准备工作)
_PLAN_VERBS = frozenset({"拟", "打算", "计划", "准备", "有意", "筹划"})
# what a thing will bring someone (将为格方带来更多机遇, 将为…提供平台, 将给福建带来风雨): a forecast of its effect, no plan
_EFFECT_VERBS = frozenset({"带来", "提供", "注入", "增添", "奠定", "创造"})
# 希望 + someone else (希望大家…, 希望文昌市…): what a speaker asks of others; 希望双方…: the speaker's side is one of them
_WISH_VERBS = frozenset({"希望"})
_OURSELVES = frozenset({"我", "我们", "咱们", "自己", "双方"})
# what will happen to something or what it will cause (将面临风险, 将变得更严重, 将有助于拉动, 将使…上升, 将比去年减少22%):
# a forecast, no one's plan
_FORECAST_VERBS = frozenset({"面临", "变得", "有助于", "让", "使", "导致", "造成", "迎来", "更", "比", "贻害"})
_THIS = frozenset({"这", "此", "此举", "这一", "这些", "这也", "这无疑", "这必"})
_WEAK_OPENERS = (*_MODAL_WORDS, "希望")  # a sentence opened by these is no firm plan by its cues alone
# A sentence opened by a bare 要 (一要…, 必须…) goes on with a meeting's or a leader's requirements
_REQUIREMENT = re.compile(r"(?:[一二三四五六七八九十]要|要(?![素闻求件点害地务])|必须|务必)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TERMINAL = "。！？!?…；;”\""
_QUOTED = re.compile(r"^[“\"]")  # a quoted remark (not a quoted term such as “十五五”开局之年)
_DATA_OPENER = re.compile(r"(据统计|数据显示|统计显示|统计数据显示|通报显示|监测显示|调查显示)")  # within a head's first clause
_TIME_OPENER = re.compile(
    r"^(?:当地时间|北京时间)?(?:(?P<year>(?:19|20)\d\d|今|去|前)年(?!以来|来))?(?:(?P<month>\d{1,2})月(?!以来|来))?(?=\d|[上中下]旬|[初底末]|[，,])"
)
_NEWS_DAY = re.compile(r"(?:(?P<year>(?:19|20)\d\d)年)?(?P<month>\d{1,2})月\d{1,2}日")
_CUE_CAP = 2  # at most this many distinct cues of one label count
# ages and spans of time describe a person or an event (51岁的农民, 3个月后): they do not make a sentence statistics
_DESCRIPTIVE_UNITS = DURATION_UNITS | {"岁", "周岁", "个月"}
# An intention stated after a short subject (中方愿同…, 苏方希望…): 愿 not in 志愿/心愿/意愿…, 希望 not a noun (的希望)
_INTENT_AFTER_SUBJECT = re.compile(
    r"(?:^|[，,：:])[^，,。；;：:“”]{1,8}?(?<![志心意自宏夙情祝请如的])(?:希望|期待|期望|期盼|愿意|愿(?![望景]))"
)


@dataclass(frozen=True, slots=True)
class Cues:
    """The merged cue lexicon: label → list name → phrases, and each list compiled to one regex."""

    lists: dict[str, dict[str, tuple[str, ...]]]
    patterns: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]  # (anchored ^…, floating)
    weights: dict[str, float]
    compiled: dict[str, dict[str, re.Pattern[str] | None]]  # label → list name → alternation
    reporting: re.Pattern[str] | None  # X强调/指出…， at the start of a sentence
    speech: re.Pattern[str] | None  # X表示/说…， at the start of a sentence
    frames: re.Pattern[str] | None  # [background].frames: policy basis or time span that frames the news
    guidance: re.Pattern[str] | None  # [background].guidance: a leader's guidance cited as the basis of a feature
    bystander: re.Pattern[str] | None  # [other].bystanders: 市民刘女士说，… — a bystander's remark
    resolve: re.Pattern[str] | None = None  # [future_plans].groups: 大家纷纷表示，要… — a group's own resolve


def _combined(patterns: Sequence[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The anchored (^…, matched at the start of a sentence or clause, without the ^) and the floating
    (searched anywhere) ones of ``patterns``, each as one regex."""
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    return tuple(re.compile("|".join(f"(?:{p})" for p in group)) if group else None for group in (anchored, floating))


def _alternation(phrases: Sequence[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    firsts = "".join(sorted({re.escape(p[0]) for p in phrases if p}))
    # the leading character class lets the scan skip most positions quickly
    return re.compile(f"(?=[{firsts}])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")")


def load_cues(extra: Path | None = None) -> Cues:
    """The packaged cue lexicon, merged with a user TOML file of the same shape."""
    return _load_cues(None if extra is None else Path(extra))


@functools.cache
def _load_cues(extra: Path | None) -> Cues:
    base = tomllib.loads(resources.files("brief").joinpath("data/cues.toml").read_text(encoding="utf-8"))
    if extra is not None:
        try:
            user = tomllib.loads(extra.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{extra}: cannot read cues: {err}") from None
        unknown = sorted(set(user) - set(_LABELS) - {"weights"})
        if unknown:
            raise ConfigError(f"{extra}: unknown cue table(s) {', '.join(unknown)}; valid: {', '.join(_LABELS)}, weights")
        for label, table in user.items():
            merged = base.setdefault(label, {})
            for key, value in table.items():
                if key in _LIST_KEYS and isinstance(value, list):
                    merged[key] = list(dict.fromkeys([*merged.get(key, []), *map(str, value)]))
                elif label == "weights" and isinstance(value, int | float):
                    merged[key] = float(value)
                else:
                    raise ConfigError(f"{extra}: bad cue entry [{label}].{key}; use lists of strings ({', '.join(_LIST_KEYS)})")
    lists = {label: {key: tuple(base.get(label, {}).get(key, ())) for key in _LIST_KEYS} for label in _LABELS}
    try:
        patterns = {label: _combined(lists[label]["patterns"]) for label in _LABELS}
        frames, guidance = (
            re.compile("|".join(f"(?:{p})" for p in found)) if (found := lists["background"][key]) else None
            for key in ("frames", "guidance")
        )
    except re.error as err:
        raise ConfigError(f"bad cue pattern: {err}") from None
    weights = {
        "opener": 3.0, "cue": 1.5, "pattern": 2.5, "future_verb": 4.5, "frame": 6.0, "earlier": 3.0, "default_activities": 1.0,
        "bystander": 6.0,
    }
    weights.update({k: float(v) for k, v in base.get("weights", {}).items()})
    literal = [key for key in _LIST_KEYS if key not in _REGEX_KEYS]
    compiled = {label: {key: _alternation(lists[label][key]) for key in literal} for label in _LABELS}
    reporting, speech = (
        re.compile(rf"^[^，。,]{{0,30}}?(?:{verbs.pattern})[^，。,]{{0,3}}[，,：:]") if verbs else None
        for verbs in (compiled["activities"]["reporting"], compiled["activities"]["speech"])
    )
    people = compiled["other"]["bystanders"]
    # who speaks is one of them (学生张乃元说，志愿者表示，一位匿名游客告诉记者), not what a sentence is about (对于患者来说)
    bystander = re.compile(
        rf"^(?!对于|对|关于|据)[^，。,“”：:]{{0,25}}?(?:{people.pattern})[^，。,“”：:]{{0,8}}?"
        r"(?:纷纷)?(?:表示|(?<![来话])说|认为|感慨|感叹|坦言|告诉)"
    ) if people else None
    groups = compiled["future_plans"]["groups"]
    # a group speaking of itself (大家表示，要…; 官兵们纷纷表示，要…; 广大干部群众表示，将…): its own resolve, where a
    # leader's 要 (丁薛祥表示，要…) is a requirement put to others
    resolve = re.compile(
        rf"^[^，,。“”：:]{{0,25}}?(?:{groups.pattern})[^，,。“”：:]{{0,6}}?(?:表示|认为|说|谈到)[，,：:]\s*“?"
        r"(?:要|将|一定要|必须|决心|誓)"
    ) if groups else None
    return Cues(
        lists=lists, patterns=patterns, weights=weights, compiled=compiled, reporting=reporting, speech=speech,
        frames=frames, guidance=guidance, bystander=bystander, resolve=resolve,
    )


def classify(
    sentences: Sequence[Sentence], statistics: Sequence[Statistic], article: Article, cfg: BriefConfig
) -> tuple[Section, ...]:
    """One section label per sentence, in sentence order."""
    cues = load_cues(cfg.cues)
    facts: dict[int, list[Statistic]] = {}
    for fact in statistics:
        facts.setdefault(fact.sentence_index, []).append(fact)
    features = [_features(s, facts.get(s.index, []), cues, lead=i == 0) for i, s in enumerate(sentences)]
    headings = [feat for feat in features if feat["heading"]]
    if not one_clause_a_line(len(headings), len(features)):  # there, a short unpunctuated line is text
        for feat in headings:
            feat["scores"][_OTH] += _CHROME  # a heading
    news = _news_time(article, sentences)
    speech_news = cues.compiled["activities"]["speech_news"]
    # (the headline's words after —— are its subtitle: …——习近平总书记…重要讲话引发热烈反响)
    headline = f"{article.title or ''}{article.subtitle or ''}"
    cited = cues.guidance is not None and not (speech_news and speech_news.search(headline))
    for i, (sentence, feat) in enumerate(zip(sentences, features, strict=True)):
        if i and not feat["strong_future"] and _earlier(sentence.text, news):
            feat["scores"][SectionKind.BACKGROUND] += cues.weights["earlier"]  # 今年4月，… in a story of December
        if cited and cues.guidance.match(sentence.text.lstrip(_LEADING)):
            feat["scores"][SectionKind.BACKGROUND] += cues.weights["frame"]  # 习近平总书记强调，… in a feature story
    for i in _gallery_captions(sentences):
        features[i]["scores"][_OTH] += _CHROME  # 7月30日，武汉三镇队球员马尔康在比赛中射门。 one photo of many
    labels = [_best(f["scores"]) for f in features]
    copies = set()
    for i, sentence in enumerate(sentences):
        # a photo caption repeats a sentence of the text: the later copy is leftover chrome
        if len(sentence.text) >= 8 and 0 <= article.body.find(sentence.text) < sentence.start:
            labels[i] = SectionKind.OTHER
            copies.add(i)
    multi_paragraph = len({s.paragraph for s in sentences}) > 1
    carry: str | None = None
    reporting = False
    paragraph = None
    for i, (sentence, feat) in enumerate(zip(sentences, features, strict=True)):
        if sentence.paragraph != paragraph:
            paragraph, carry, reporting = sentence.paragraph, None, False
            first = True
        else:
            first = False
        if labels[i] == SectionKind.OTHER:
            continue
        if feat["reported"]:  # 习近平指出，…: what follows in the paragraph is what he said at the event (not a
            # feature's citing of guidance, which frames it)
            reporting = not (cited and cues.guidance.match(sentence.text.lstrip(_LEADING)))
        if reporting and labels[i] == SectionKind.BACKGROUND and not feat["framed"]:
            labels[i] = SectionKind.ACTIVITIES  # …指出，…；应该…，而不是…: said there, no background
        if feat["breaks"] or (carry == "future" and feat["spoken"] and not feat["strong_future"]):
            carry = None  # 目前…, or another speaker: the plan has ended
        if (
            i > 0
            and labels[i - 1] == SectionKind.FUTURE_PLANS
            and feat["continues"]
            and labels[i] == SectionKind.ACTIVITIES
            and sentences[i - 1].paragraph == sentence.paragraph
        ):
            labels[i] = SectionKind.FUTURE_PLANS  # 指导各地…: a subjectless sentence goes on with the plan
        if carry == "future" and not feat["breaks"]:
            labels[i] = SectionKind.FUTURE_PLANS
        elif carry == "speech" and labels[i] == SectionKind.FUTURE_PLANS and not feat["strong_future"]:
            labels[i] = SectionKind.ACTIVITIES
        if feat["carry"] or (first and multi_paragraph and labels[i] == SectionKind.FUTURE_PLANS and feat["strong_future"]):
            carry = "future"
        elif feat["spoken"] and labels[i] != SectionKind.FUTURE_PLANS and carry is None:
            carry = "speech"
    rules = list(labels)
    if cfg.section_model:
        context = paragraph_context(sentences)
        rows = [layer_features(sentences, i, facts.get(s.index, []), features[i], rules, context)
                for i, s in enumerate(sentences)]
        labels = [either_other(rule, learned) for rule, learned in zip(rules, load_model().predict(rows), strict=True)]
    # chrome is what the rules call other but a person's reaction (a byline, a caption, 他说。, 网友…): never a key point;
    # what a named person says in reaction (巴育表示，坚信中共二十大…) is other among the sections but may be one
    chrome = [rule is _OTH and (i in copies or not feat["reaction"] or feat["scores"][_OTH] >= _CHROME
                                or speaker(sentences[i]) is None)
              for i, (rule, feat) in enumerate(zip(rules, features, strict=True))]
    return tuple(
        Section(index=s.index, kind=label, chrome=is_chrome) for s, label, is_chrome in zip(sentences, labels, chrome, strict=True)
    )


def _gallery_captions(sentences: Sequence[Sentence]) -> set[int]:
    """The captions of a photo story: short sentences opening with the same day (7月30日，武汉三镇队球员…在比赛中射门。), at
    least ``_GALLERY_MIN`` of them; a story tells a day's events in longer sentences, or once."""
    by_day: dict[str, list[int]] = {}
    for s in sentences:
        if len(s.text) <= _CAPTION_CHARS and (day := _CAPTION_DAY.match(s.text)):
            by_day.setdefault(day.group(), []).append(s.index)
    return {i for found in by_day.values() if len(found) >= _GALLERY_MIN for i in found}


_CAPTION_DAY = re.compile(r"(?:当地时间)?(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]")
_CAPTION_CHARS = 50
_GALLERY_MIN = 4


def either_other(rule: SectionKind, learned: SectionKind) -> SectionKind:
    """A sentence is ``other`` when the rules say so (a byline, a caption, 他说。: they are precise there) or the layer
    does (a reaction, a remark the cues miss); else it is the layer's section."""
    return SectionKind.OTHER if rule is SectionKind.OTHER else learned


class LayerRow(NamedTuple):
    """What the learned layer reads of one sentence: named features, its distinct words, and its text, whose
    distinct character pairs are features too."""

    named: dict[str, float]
    words: tuple[str, ...]
    text: str = ""

    def features(self) -> dict[str, float]:
        """Every feature by the name the model file gives it (``word_`` + a word, ``pair_`` + two characters)."""
        pairs = map(operator.add, self.text, self.text[1:])
        return (self.named | dict.fromkeys(["word_" + word for word in self.words], 1.0)
                | dict.fromkeys(["pair_" + pair for pair in pairs], 1.0))


def layer_features(
    sentences: Sequence[Sentence], i: int, facts: Sequence[Statistic], found: dict, rules: Sequence[SectionKind],
    context: tuple[list[int], list[bool]] | None = None,
) -> LayerRow:
    """What the learned layer reads of sentence ``i``: the rules' scores and flags, how far their best score leads the
    next (up to 6) and how near its background and activities scores are, the rule labels of the sentence (and whether
    the paragraph pass gave it) and its neighbours, position, facts, length, its opening characters, the rule labels of
    the sentences that open its paragraph and come just before it there, whether it goes on with a quotation, its
    words and its character pairs (which read past jieba's splits and tags: 将于, 计划, 据悉). ``context`` is
    ``paragraph_context(sentences)``, computed once per article by a caller that reads every sentence."""
    sentence = sentences[i]
    text = sentence.text
    x = {_SCORE_NAMES[kind]: value for kind, value in found["scores"].items()}
    for key, name in _FLAG_NAMES.items():
        if found[key]:
            x[name] = 1.0
    x[_RULE_NAMES[rules[i]]] = 1.0
    if _best(found["scores"]) is not rules[i]:
        x["moved_" + rules[i].value] = 1.0  # the paragraph pass (or a copy, a caption) gave another label than the scores
    x[_PREV_NAMES[rules[i - 1]] if i else "first"] = 1.0
    x[_NEXT_NAMES[rules[i + 1]] if i + 1 < len(sentences) else "last"] = 1.0
    x["position"] = i / max(len(sentences) - 1, 1)
    x["facts"] = min(len(facts), 5) / 5
    x["length"] = min(len(text), 150) / 150
    top, second = sorted(found["scores"].values(), reverse=True)[:2]
    x["rule_margin"] = min(top - second, 6.0) / 6.0  # how sure the rules are of their label
    # how near background and activities score (1 alike, 0 three apart): the pair the rules confuse most
    x["rule_bg_act_close"] = max(0.0, 1.0 - abs(found["scores"][SectionKind.BACKGROUND] - found["scores"][_ACT]) / 3.0)
    for k in range(min(4, len(text) - 1)):
        x["opener_" + text[k : k + 2]] = 1.0
    heads, quoted = context or paragraph_context(sentences)
    head = heads[i]
    if head < i:
        x["head_" + rules[head].value] = 1.0  # the rule label of the sentence that opens the paragraph
        x["within_" + rules[i - 1].value] = 1.0  # the sentence before, in the same paragraph
    if quoted[i]:
        x["quoted_inside"] = 1.0  # a sentence of a quotation that opened before it: the speaker's words
    return LayerRow(x, tuple(dict.fromkeys(sentence.tokens)), text)


def paragraph_context(sentences: Sequence[Sentence]) -> tuple[list[int], list[bool]]:
    """For each sentence, the index of the sentence that opens its paragraph, and whether it goes on with a quotation
    opened by an earlier sentence of its paragraph (“…。…。”): one pass over the article."""
    heads, quoted = [], []
    head = depth = 0
    for i, sentence in enumerate(sentences):
        if i and sentences[i - 1].paragraph != sentence.paragraph:
            head, depth = i, 0
        heads.append(head)
        quoted.append(depth > 0)
        depth += sentence.text.count("“") - sentence.text.count("”")
    return heads, quoted


# feature names built once: a dict lookup with a string made per sentence would hash it anew each time
_SCORE_NAMES, _RULE_NAMES, _PREV_NAMES, _NEXT_NAMES = (
    {kind: prefix + kind.value for kind in SectionKind} for prefix in ("score_", "rule_", "prev_", "next_")
)
_FLAG_NAMES = {key: "flag_" + key for key in ("carry", "breaks", "strong_future", "spoken", "continues")}


@dataclass(frozen=True)  # no slots: the pair table is cached on the instance
class SectionModel:
    """A multinomial logistic regression over ``layer_features``, fitted on the hand-labelled articles
    (``bench/bench_learned_sections.py --write``)."""

    index: dict[str, int]  # named feature → its row in ``weights``
    words: dict[str, int]  # word → its row (the feature ``word_`` + word)
    weights: np.ndarray  # (features, len(SectionKind)) stored 16-bit weights, columns in SectionKind order
    bias: tuple[float, ...]
    scale: float = 1.0  # what each stored weight is multiplied by
    pairs: dict[str, int] = field(default_factory=dict)  # two characters → their row (the feature ``pair_`` + them)

    def predict(self, rows: Sequence[LayerRow]) -> list[SectionKind]:
        """The best label for each row of features (ties to the earlier label), in one pass over the article."""
        if not rows:
            return []
        named, words = [row.named for row in rows], [row.words for row in rows]
        flat, unknown = itertools.chain.from_iterable, itertools.repeat(-1)
        # words are looked up as they are: their hashes are cached, a ``word_`` name would be hashed anew
        found = np.array([*map(self.index.get, flat(named), unknown), *map(self.words.get, flat(words), unknown)],
                         dtype=np.intp)
        values = np.ones(len(found))
        values[: sum(map(len, named))] = list(flat(x.values() for x in named))
        everyone = np.arange(len(rows))
        owner = np.concatenate([np.repeat(everyone, list(map(len, part))) for part in (named, words)])
        pair_rows, pair_owners = self._pairs(rows)
        found, owner = np.concatenate([found, pair_rows]), np.concatenate([owner, pair_owners])
        values = np.concatenate([values, np.ones(len(pair_rows))])
        known = found >= 0  # features the model never saw weigh nothing
        owner, picked = owner[known], self.weights[found[known]] * values[known, None]
        width = len(self.bias)
        cells = (owner[:, None] * width + np.arange(width)).ravel()  # (row, label) cells, summed in one pass
        sums = np.bincount(cells, weights=picked.ravel(), minlength=len(rows) * width).reshape(len(rows), width)
        return decide(np.asarray(self.bias) + self.scale * sums)

    def _pairs(self, rows: Sequence[LayerRow]) -> tuple[np.ndarray, np.ndarray]:
        """(model row, sentence) of each distinct known character pair of each sentence: all sentences at once, as
        code-point arrays (a dictionary lookup per pair costs more than the rest of ``predict``)."""
        texts = [row.text for row in rows]
        points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        owner = np.repeat(np.arange(len(rows), dtype=np.int64), list(map(len, texts)))
        inside = owner[:-1] == owner[1:]  # no pair across two sentences
        keys = _distinct((owner[:-1][inside] << _PAIR_BITS) | (points[:-1][inside] << _CHAR_BITS) | points[1:][inside])
        codes, owners = keys & _PAIR_MASK, keys >> _PAIR_BITS
        known, model_rows = self._pair_table
        if not len(known):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int64)
        at = np.minimum(np.searchsorted(known, codes), len(known) - 1)
        hit = known[at] == codes
        return model_rows[at[hit]], owners[hit]

    @functools.cached_property
    def _pair_table(self) -> tuple[np.ndarray, np.ndarray]:
        """The code of each pair the model knows (first character's code point << 21 | the second's), sorted, and
        the model row of each."""
        codes = np.array([(ord(pair[0]) << _CHAR_BITS) | ord(pair[1]) for pair in self.pairs], dtype=np.int64)
        order = np.argsort(codes, kind="stable")
        return codes[order], np.array(list(self.pairs.values()), dtype=np.intp)[order]


def _distinct(keys: np.ndarray) -> np.ndarray:
    """``np.unique(keys)``, sorted then thinned: numpy 2's hashing ``unique`` takes eight times as long here."""
    keys = np.sort(keys)
    first = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    return keys[first]


_CHAR_BITS = 21  # a code point fits in 21 bits
_PAIR_BITS = 2 * _CHAR_BITS
_PAIR_MASK = (1 << _PAIR_BITS) - 1


_KIND_LIST = tuple(SectionKind)
_OTHER_COLUMN = _KIND_LIST.index(_OTH)
# the layer calls a sentence other only when it is surer of that than of any section by this much (in log-odds):
# on the labelled official news, as good as no margin; on short posts of another genre it keeps activities
OTHER_MARGIN = 0.5


def decide(totals: np.ndarray, margin: float | None = None) -> list[SectionKind]:
    """The label of each row of per-label scores (columns in ``SectionKind`` order): the best section (ties to the
    earlier one), or ``other`` when its score beats that section's by more than ``margin`` (``OTHER_MARGIN``)."""
    margin = OTHER_MARGIN if margin is None else margin
    sections_only = totals.copy()
    sections_only[:, _OTHER_COLUMN] = -np.inf
    best = sections_only.argmax(axis=1)
    other = totals[:, _OTHER_COLUMN] - totals[np.arange(len(totals)), best] > margin
    return [_OTH if is_other else _KIND_LIST[k] for k, is_other in zip(best.tolist(), other.tolist(), strict=True)]


@functools.cache
def load_model() -> SectionModel:
    """The packaged learned layer, loaded once: feature names, and 16-bit weights times a scale."""
    data = json.loads(resources.files("brief").joinpath("data/sections_model.json").read_text(encoding="utf-8"))
    if data.get("kinds") != [kind.value for kind in SectionKind]:
        raise ConfigError("brief/data/sections_model.json does not match the section labels; refit it")
    names = data["features"].split("\n")
    packed = np.frombuffer(base64.b64decode(data["weights"]), dtype="<i2").astype(np.float64)
    if names != sorted(names):
        raise ConfigError("brief/data/sections_model.json does not list its features sorted; refit it")
    index = {name: row for row, name in enumerate(names) if not name.startswith(("word_", "pair_"))}
    return SectionModel(
        index=index, words=_keyed(names, "word_"), weights=packed.reshape(len(names), len(SectionKind)),
        bias=tuple(data["bias"]), scale=data["scale"], pairs=_keyed(names, "pair_"),
    )


def _keyed(names: list[str], prefix: str) -> dict[str, int]:
    """The rows of the features named ``prefix`` + a key, by key: one run of the sorted names, cut and hashed in C
    (tens of thousands of them, loaded on every cold start)."""
    start = bisect.bisect_left(names, prefix)
    stop = bisect.bisect_left(names, prefix[:-1] + chr(ord(prefix[-1]) + 1), start)
    return dict(zip(map(operator.itemgetter(slice(len(prefix), None)), names[start:stop]), range(start, stop)))


def _news_time(article: Article, sentences: Sequence[Sentence]) -> tuple[int | None, int | None]:
    """(year, month) of the news: the article's date, else the first day named in its first two sentences."""
    dated = re.match(r"(\d{4})-(\d{1,2})", article.date or "")
    if dated:
        return int(dated[1]), int(dated[2])
    for sentence in sentences[:2]:
        m = _NEWS_DAY.search(sentence.text)
        if m:
            return (int(m["year"]) if m["year"] else None), int(m["month"])
    return None, None


def _earlier(text: str, news: tuple[int | None, int | None]) -> bool:
    """Whether the sentence opens with a time before the news (去年…, 2019年10月…, 今年4月… in a story of May)."""
    m = _TIME_OPENER.match(text)
    if m is None:
        return False
    year, month = m["year"], m["month"]
    news_year, news_month = news
    if year in ("去", "前"):
        return True
    if year and year.isdigit() and news_year is not None and int(year) != news_year:
        return int(year) < news_year
    return month is not None and news_month is not None and int(month) < news_month


def _best(scores: dict[SectionKind, float]) -> SectionKind:
    return max(_ORDER, key=scores.__getitem__)  # of equal scores, max keeps the first: ties go to the earlier label


def _heads(text: str) -> list[str]:
    """The sentence and each clause that starts near its beginning, without leading quotes."""
    heads = [text.lstrip(_LEADING)]
    for m in _CLAUSE.finditer(text, 0, _HEAD_SPAN):
        heads.append(text[m.end() :].lstrip(_LEADING))
    return heads


def _starts(regex: re.Pattern[str] | None, heads: Sequence[str]) -> bool:
    return regex is not None and any(map(regex.match, heads))


def _features(sentence: Sentence, facts: list[Statistic], cues: Cues, *, lead: bool) -> dict:
    """Per-label scores of one sentence, and the flags the paragraph pass needs."""
    text = sentence.text
    heads = _heads(text)
    opening = heads[:1]
    w = cues.weights
    scores = dict(_ZERO)
    scores[SectionKind.ACTIVITIES] = w["default_activities"] + (0.5 if lead else 0.0)
    pattern_hit = {}
    reaction = False  # a reaction (congratulations, praise, 网友…): other, but content
    act_cues = 0.0
    future_cued = False
    stat_cues = 0  # distinct statistics cues, which alone score a sentence without facts
    rest = heads[1:]
    for kind, label in _KINDS:
        regexes = cues.compiled[label]
        openers, found, reacting = regexes["openers"], regexes["cues"], regexes["reactions"]
        opens_reaction = reacting is not None and any(map(reacting.match, heads))
        reaction = reaction or opens_reaction
        if opens_reaction or (openers is not None and any(map(openers.match, heads))):
            scores[kind] += w["opener"]
        if found is not None:
            matched = len(set(found.findall(text)))
            reaction = reaction or (kind is _OTH and matched > 0)
            hits = w["cue"] * min(matched, _CUE_CAP)
            scores[kind] += hits
            if kind is _ACT:
                act_cues = hits
            elif kind is _FUT:
                future_cued = matched > 0
            elif kind is _STAT:
                stat_cues = matched
        anchored, floating = cues.patterns[label]
        pattern_hit[kind] = hit = (
            bool(anchored and anchored.match(text))
            or bool(floating and floating.search(text))
            or (kind is not _OTH and anchored is not None and any(map(anchored.match, rest)))  # 他表示，“青少年是…
        )
        if hit:
            scores[kind] += w["pattern"]

    future = cues.compiled["future_plans"]
    strong = scores[SectionKind.FUTURE_PLANS] > 0 and not heads[0].startswith(_WEAK_OPENERS)
    verb_future = _verb_after(sentence, _FUTURE_WORDS) or _verb_after(sentence, _MAY_WORDS, opening=True)
    if verb_future:
        scores[SectionKind.FUTURE_PLANS] += w["future_verb"]
        scores[SectionKind.ACTIVITIES] -= act_cues  # a plan is told with action verbs: 将听取和审议
        strong = True
    exhorts = _exhortation(sentence)  # 希望大家…, 希望文昌市…: a wish put to others, reported as a requirement
    intent = not exhorts and (
        _starts(future["intents"], heads)
        or _stated_intent(text)
        or _plan_verb(sentence)  # 日本政府拟扩大…, 他打算…
        or bool(cues.resolve and cues.resolve.match(text))  # 大家纷纷表示，要…: the group's resolve, a plan
    )
    if intent:
        scores[SectionKind.FUTURE_PLANS] += w["opener"]  # 希望/期待…, 中方愿同…: an intention, even when reported
        strong = True
    reported = bool(cues.reporting and cues.reporting.match(text))
    spoken = reported or bool(cues.speech and cues.speech.match(text))
    carry = _starts(future["carry"], heads)
    strong_future = (
        verb_future
        or carry
        or intent
        or future_cued
        or pattern_hit[SectionKind.FUTURE_PLANS]
    )
    if spoken and not strong_future:
        scores[SectionKind.FUTURE_PLANS] = 0.0  # X说，要…: the 要 is the speaker's, not a plan of the subject
    if exhorts and not strong_future:
        scores[SectionKind.FUTURE_PLANS] = 0.0
        scores[SectionKind.ACTIVITIES] += w["cue"]
    if _REQUIREMENT.match(heads[0]) and not strong_future:  # 要坚持…, 必须…
        scores[SectionKind.FUTURE_PLANS] = 0.0
        scores[SectionKind.ACTIVITIES] += w["cue"]
    if reported and not strong_future:
        scores[SectionKind.ACTIVITIES] += w["cue"]  # X强调，要…: a requirement reported as an act
    if _starts(cues.frames, heads):
        scores[SectionKind.BACKGROUND] += w["frame"]  # 党的二十届四中全会提出，… / 五年来，…: the frame, not an act

    facts = [f for f in facts if f.unit not in _DESCRIPTIVE_UNITS]
    n = len(facts)
    data_opened = any(_DATA_OPENER.search(head.split("，", 1)[0]) for head in heads)  # 数据显示，…
    if n:
        length = max(len(text), 1)
        share = sum(len(f.text) for f in facts) / length  # how much of the sentence is numbers
        weight = sum(_fact_weight(f) for f in facts)
        if n == 1 and weight < 1.0:
            stat = 0.9  # one small count (谈了5点看法, 推出了4台演出) is a detail of the act
        elif n == 1 and length > 40:
            stat = 1.5 * weight + 10.0 * share  # one number in a long sentence rarely is its point
        else:
            stat = 1.5 * min(weight, 4.0) + (1.5 if length <= 40 else 0.0) + 20.0 * share
        if strong_future:
            stat *= 0.5  # a target or a projection (到2025年建成100个) is a plan first
        scores[SectionKind.STATISTICS] += stat + (w["opener"] if data_opened else 0.0)
    else:  # rankings and lists without a single number (数据显示，…依次是…): only data openers and cues count
        scores[SectionKind.STATISTICS] = w["cue"] * min(stat_cues, _CUE_CAP) + (w["opener"] if data_opened else 0.0)
    if _QUOTED.match(text) and text.find("”", 1, 13) == -1 and not strong_future:
        scores[SectionKind.BACKGROUND] += w["cue"]  # a quoted remark mostly gives colour and context

    chinese = _CJK.search(text) is not None
    if not chinese:
        scores[SectionKind.OTHER] += _CHROME  # a code, leftover chrome
    if pattern_hit[SectionKind.OTHER]:
        scores[SectionKind.OTHER] += _CHROME
    if cues.bystander is not None and cues.bystander.match(heads[0]):
        scores[SectionKind.OTHER] += w["bystander"]  # 市民刘女士说，很高兴…: a reaction, though it reads as an act
        reaction = True
    continues = not n and (
        (bool(sentence.tags) and sentence.tags[0][:1] in ("v", "d", "a", "l", "i", "c"))
        or _starts(future["continuations"], opening)
    )
    return {
        "scores": scores,
        "carry": carry,
        "breaks": _starts(future["breaks"], opening),
        "strong_future": bool(strong_future and strong),
        "spoken": spoken,
        "reported": reported,
        "framed": _starts(cues.frames, heads),
        "reaction": reaction,
        "continues": continues and not _starts(cues.compiled["activities"]["openers"], opening),
        # a heading unless the article is printed one clause a line (``classify`` decides, and scores it)
        "heading": chinese and len(text) <= 30 and text[-1] not in _TERMINAL and not n,
    }


def _stated_intent(text: str) -> bool:
    """中方愿同…, 他希望…: an intention after a short subject, in a clause that starts near the beginning."""
    match = _INTENT_AFTER_SUBJECT.search(text, 0, _HEAD_SPAN + 12)
    return match is not None and match.start() < _HEAD_SPAN


def _exhortation(sentence: Sentence) -> bool:
    """Whether 希望 is followed by someone else (希望大家…, 希望文昌市…): what a speaker asks of others, reported as a
    requirement, where 希望尽快…, 希望同中方…, 我们希望… state the speaker's own intention."""
    tokens, tags = sentence.tokens, sentence.tags
    if _WISH_VERBS.isdisjoint(tokens):
        return False
    return any(
        tokens[i] in _WISH_VERBS and tags[i + 1][:1] in ("n", "r", "j") and tokens[i + 1] not in _OURSELVES
        for i in range(len(tokens) - 1)
    )


def _plan_verb(sentence: Sentence) -> bool:
    """Whether a verb of intending (拟, 打算, 计划…) follows a subject, an adverb or a clause break and comes before a
    verb, adverb, preposition, pronoun or time: 北京华文学院拟联合…, 企业正计划启动…, 莫斯科准备在…, 该局计划明年…"""
    tokens, tags = sentence.tokens, sentence.tags
    if _PLAN_VERBS.isdisjoint(tokens):
        return False
    return any(
        tokens[i] in _PLAN_VERBS
        and (i == 0 or tags[i - 1][:1] in ("n", "r", "d", "x", "j"))
        and tags[i + 1][:1] in ("v", "d", "p", "r", "t")
        and tokens[i + 1] not in ("的", "是", "工作")
        for i in range(len(tokens) - 1)
    )


def _brings(tokens: Sequence[str], start: int) -> bool:
    """Whether a verb of bringing (带来, 提供…) comes within the clause from ``start``: 将为[格方]带来…"""
    for token in tokens[start : start + 14]:
        if token in ("，", "。", "；", ",", ";", "：", ":"):
            return False
        if token in _EFFECT_VERBS:
            return True
    return False


def _fact_weight(fact: Statistic) -> float:
    """Large amounts, money and rates say more than a small count (谈了5点看法)."""
    if fact.unit in ("%", "‰", "个百分点", "元", "美元") or fact.value >= 1e4:
        return 1.5
    return 0.5 if fact.value < 10 else 1.0


def _verb_after(sentence: Sentence, words: frozenset[str], *, opening: bool = False) -> bool:
    """Whether one of ``words`` is a token followed by a verb or adverb (将持续 yes, 将酒泉市… no); with
    ``opening``, only where it opens a clause or follows a pronoun (第一，会根据… / 我们会…)."""
    tokens, tags = sentence.tokens, sentence.tags
    if words.isdisjoint(tokens):
        return False
    for i in range(len(tokens) - 1):
        if (
            tokens[i] in words
            and tags[i + 1][:1] in ("v", "d", "p", "a")
            and tokens[i + 1] != "是"
            and (not opening or i == 0 or tags[i - 1][:1] in ("x", "r"))
            and not (i and tokens[i - 1] in _THIS)  # 这将推动…: a speaker's forecast, not anyone's plan
            and "是否" not in tokens[max(i - 3, 0):i]  # 并未提到该剧是否会将在…播出: a question left open, no plan
            and not (tokens[i + 1] in ("为", "给") and _brings(tokens, i + 2))  # 将为…带来: an effect, not a plan
            and tokens[i + 1] not in _FORECAST_VERBS  # 将面临…, 将导致…, 将比去年减少…: a forecast, not a plan
        ):
            return True
    return False
