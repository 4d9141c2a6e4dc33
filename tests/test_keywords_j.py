"""Keywords: a two-character name with its last character cut off as a verb, one place in its long and short
form, generic words, and keyphrases that end on a modifier or cross 原 (former)."""

from __future__ import annotations

from brief import rank
from brief.config import BriefConfig
from tests.test_rank import article_of, sentences_of


def _words(sents, **kw):
    return [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig(**kw))]


def test_a_name_whose_last_character_jieba_took_for_a_verb_is_whole():
    sents = sentences_of(("王明/nrfg", "凯/v", "当天/t", "会见/v", "代表团/n", "。/x"),
                         ("王明/nrfg", "凯/v", "表示/v", "，/x", "代表团/n", "访问/v", "成功/a", "。/x"))
    words = _words(sents)
    assert "王明凯" in words and "王明" not in words
    # a verb of speech or act after a name stays a word of its own (张华/说, 张华/拟)
    says = sentences_of(("张华/nr", "说/v", "，/x", "代表团/n", "来访/v", "。/x"), ("张华/nr", "说/v", "，/x", "合作/vn", "顺利/a", "。/x"))
    assert rank._Whole(says, frozenset())("张华") == "张华"
    plans = sentences_of(("张华/nr", "拟/v", "出访/v", "。/x"), ("张华/nr", "拟/v", "会见/v", "代表团/n", "。/x"))
    assert rank._Whole(plans, frozenset())("张华") == "张华"


def test_a_place_in_its_long_and_short_form_is_one_keyword():
    sents = sentences_of(("澳门特区/ns", "政府/n", "支持/v", "博览会/n", "。/x"),
                         ("澳门特别行政区/nt", "举办/v", "博览会/n", "。/x"),
                         ("澳门特区/ns", "博览会/n", "开幕/v", "。/x"), ("澳门特别行政区/nt", "展商/n", "参展/v", "。/x"))
    words = _words(sents)
    assert ("澳门特区" in words) != ("澳门特别行政区" in words)


def test_generic_words_and_verbs_of_result_are_no_keywords():
    sents = sentences_of(("水库/n", "基本/n", "建成/v", "，/x", "关键/n", "在于/v", "蓄水/v", "。/x"),
                         ("水库/n", "蓄水/v", "达到/v", "设计/vn", "水位/n", "。/x"),
                         ("游客/n", "穿越/v", "坝顶/n", "时应/n", "留意/v", "水位/n", "。/x"),
                         ("救援队/n", "找到/v", "游客/n", "，/x", "水库/n", "基本/n", "达到/v", "关键/n", "水位/n", "。/x"))
    words = _words(sents, keywords=10)
    assert {"水库", "水位"} <= set(words)
    assert not {"基本", "关键", "达到", "找到", "时应"} & set(words)


def test_a_keyphrase_does_not_end_on_a_modifier_without_its_head():
    sents = sentences_of(("坚持/v", "市委/nt", "统筹协调/l", "机制/n", "，/x", "推动/v", "园区/n", "。/x"),
                         ("市委/nt", "统筹协调/l", "机制/n", "保障/v", "园区/n", "建设/v", "。/x"),
                         ("园区/n", "企业/n", "入驻/v", "市委/nt", "大楼/n", "。/x"))
    words = _words(sents)
    assert not any(w.endswith("统筹协调") for w in words)


def test_former_is_no_piece_of_a_keyword():
    sents = sentences_of(("省/n", "交通厅/nt", "原/n", "党组/n", "书记/n", "张某/nr", "被/p", "查/v", "。/x"),
                         ("交通厅/nt", "原/n", "党组/n", "成员/n", "李某/nr", "被/p", "查/v", "。/x"))
    words = _words(sents)
    assert not any("原" in w for w in words)
