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
