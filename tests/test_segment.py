"""Sentence splitting and the single jieba pass."""

from __future__ import annotations

import pytest

from brief import segment
from brief.config import BriefConfig
from brief.errors import ConfigError
from brief.models import Article


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("他说：“要抓好落实。”随后散会。", ["他说：“要抓好落实。”", "随后散会。"]),
        ("一是加强领导；二是压实责任。", ["一是加强领导；", "二是压实责任。"]),
        ("真的吗？！是的……好。", ["真的吗？！", "是的……", "好。"]),
        ("标题行\n正文第一句。正文第二句", ["标题行", "正文第一句。", "正文第二句"]),
        ("增长18.5%。完成1.35亿元。", ["增长18.5%。", "完成1.35亿元。"]),
        ("彩妆品牌YES!IC推出新品。好吗?好!", ["彩妆品牌YES!IC推出新品。", "好吗?", "好!"]),  # ! inside a name
        # a quotation the sentence goes on after
        ("高举“祝访问取得圆满成功！”等红色横幅。下一句。", ["高举“祝访问取得圆满成功！”等红色横幅。", "下一句。"]),
        ("喊出“加油！”、“必胜！”的口号。", ["喊出“加油！”、“必胜！”的口号。"]),
        ("高举“祝访问圆满成功！”“中秘友谊万岁！”等横幅。下一句。", ["高举“祝访问圆满成功！”“中秘友谊万岁！”等横幅。", "下一句。"]),
        ("“很安全。”“游客有望突破1万人次。”他说。", ["“很安全。”", "“游客有望突破1万人次。”", "他说。"]),
    ],
)
def test_split_sentences(body, sentences):
    assert [body[s:e] for s, e, _ in segment.split_sentences(body)] == sentences


def test_overlong_run_without_a_comma_is_not_cut_inside_a_word_or_number():
    word = "Supercalifragilisticexpialidocious"
    body = "中文" * 140 + word + "中文" * 100 + "。"
    pieces = [body[s:e] for s, e, _ in segment.split_sentences(body)]
    assert "".join(pieces) == body and any(word in piece for piece in pieces)


def test_overlong_run_is_cut_at_a_comma():
    body = "，".join(["这是一个没有句号的很长的分句"] * 60)
    spans = segment.split_sentences(body)
    assert len(spans) > 1
    assert all(e - s <= segment.MAX_SENTENCE for s, e, _ in spans)
    assert "".join(body[s:e] for s, e, _ in spans) == body


@pytest.mark.parametrize("engine", ["rjieba", "jieba"])
def test_segment_offsets_tokens_and_paragraphs(engine):
    cfg = BriefConfig(segmenter=engine)
    body = "酒泉市司法局开展宪法宣传活动。发放资料20.34万件。\n今后将持续推进依法治市。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    for s in sentences:
        assert body[s.start : s.end] == s.text
        assert "".join(s.tokens) == s.text.replace(" ", "")
        assert len(s.tokens) == len(s.tags)
    assert "依法治市" in sentences[2].tokens  # from the government user dictionary
    assert sentences[0].tags[sentences[0].tokens.index("酒泉市")] == "ns"


def test_traditional_text_is_analysed_simplified_but_kept_as_written(cfg):
    body = "臺灣地區舉行會議，討論經濟發展。"
    (sentence,) = segment.segment(Article(title="t", body=body), cfg)
    assert sentence.text == body
    assert "".join(sentence.tokens) == body
    assert "經濟" in sentence.tokens or "經濟發展" in sentence.tokens


def test_user_dictionary_is_applied_and_checked(tmp_path):
    userdict = tmp_path / "dict.txt"
    userdict.write_text("青年发展型城区 10 nz\n", encoding="utf-8")
    body = "临平正加快建设青年发展型城区。"
    for engine in ("rjieba", "jieba"):
        (sentence,) = segment.segment(Article(title="t", body=body), BriefConfig(segmenter=engine, userdict=userdict))
        assert "青年发展型城区" in sentence.tokens
    userdict.write_text("坏 行 有 四个字段\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="word \\[freq\\] \\[tag\\]"):
        segment.segment(Article(title="t", body=body), BriefConfig(userdict=userdict))


def test_user_dictionary_tags_win_with_both_engines(tmp_path):
    """A word already in jieba's dictionary takes the user's tag (警察 is a verb there), with jieba and jieba-rs alike."""
    body = "约140名警察受伤，占比达七成，湿地得到保护。"
    for engine in ("rjieba", "jieba"):
        (sentence,) = segment.segment(Article(title="t", body=body), BriefConfig(segmenter=engine))
        tags = dict(zip(sentence.tokens, sentence.tags))
        assert tags["警察"] == "n" and tags["占比"] == "n"  # the packaged dictionary; 占比 no longer 占/比达
        assert tags["湿地"] == "n"  # a status word (z) in jieba's: never a keyword
    userdict = tmp_path / "dict.txt"
    userdict.write_text("受伤 100 vn\n", encoding="utf-8")
    for engine in ("rjieba", "jieba"):
        (sentence,) = segment.segment(Article(title="t", body=body), BriefConfig(segmenter=engine, userdict=userdict))
        assert dict(zip(sentence.tokens, sentence.tags))["受伤"] == "vn"


def test_unknown_segmenter_is_a_config_error():
    with pytest.raises(ConfigError, match="segmenter"):
        BriefConfig(segmenter="hanlp")


def test_a_userdict_that_is_a_folder_or_missing_says_which(tmp_path):
    with pytest.raises(ConfigError, match="is not a file"):
        BriefConfig(userdict=tmp_path)
    with pytest.raises(ConfigError, match="does not exist"):
        BriefConfig(userdict=tmp_path / "missing.txt")



def test_a_semicolon_inside_brackets_splits_no_sentence():
    text = "公众可提出意见（地址：北京市西长安街5号；邮编：100017；电话：010-12345678）。另据了解；两件事。"
    assert [text[a:b] for a, b, _p in segment.split_sentences(text)] == [
        "公众可提出意见（地址：北京市西长安街5号；邮编：100017；电话：010-12345678）。", "另据了解；", "两件事。"]


def test_an_ellipsis_that_leaves_a_list_open_ends_no_sentence(cfg):
    body = "开营仪式上，营员们弹古筝、跳中国舞蹈……表演了精彩的节目。尽管盟友一再表示支持，但失望感却达到了顶峰……报道认为，关系变得复杂。"
    texts = [s.text for s in segment.segment(Article(title="t", body=body), cfg)]
    assert texts == ["开营仪式上，营员们弹古筝、跳中国舞蹈……表演了精彩的节目。",  # its verb, one clause: the same sentence
                     "尽管盟友一再表示支持，但失望感却达到了顶峰……", "报道认为，关系变得复杂。"]


def test_a_name_jieba_cuts_into_pieces_is_one_word():
    from brief.segment import _join_names

    assert _join_names(("董事长", "阿格尼", "霍", "特里", "一行"), ("n", "nr", "nr", "nrt", "m")) == \
        (("董事长", "阿格尼霍特里", "一行"), ("n", "nrt", "m"))
    assert _join_names(("司令", "瓦", "卡尔", "准将"), ("n", "nr", "nrt", "n")) == (("司令", "瓦卡尔", "准将"), ("n", "nrt", "n"))
    # two whole names side by side stay two; so does a run too long for one name
    assert _join_names(("习近平", "彭丽媛"), ("nr", "nr")) == (("习近平", "彭丽媛"), ("nr", "nr"))
    assert _join_names(("王", "某某某", "李四四四"), ("nr", "nr", "nr")) == (("王", "某某某", "李四四四"), ("nr", "nr", "nr"))
    # a name's last character glued to the preposition after it goes back to the name; a real preposition stays
    assert _join_names(("穆罕默德", "·", "哈勒", "迪向", "企业"), ("nrt", "x", "nrt", "p", "n")) == \
        (("穆罕默德", "·", "哈勒迪", "向", "企业"), ("nrt", "x", "nrt", "p", "n"))
    assert _join_names(("王明", "对于", "此事"), ("nr", "p", "r")) == (("王明", "对于", "此事"), ("nr", "p", "r"))
    # a king's number is part of his name
    assert _join_names(("国王", "图普", "六世", "表示"), ("n", "nrt", "t", "v")) == (("国王", "图普六世", "表示"), ("n", "nrt", "v"))
    # a given name cut from its surname after a title; not a title after the surname
    assert _join_names(("人大代表", "聂", "守军", "来自"), ("nz", "nr", "n", "v")) == (("人大代表", "聂守军", "来自"), ("nz", "nr", "v"))
    assert _join_names(("代表", "王", "书记"), ("n", "nr", "n")) == (("代表", "王", "书记"), ("n", "nr", "n"))


def test_the_built_in_dictionary_keeps_ministries_whole_and_common_words_no_names(cfg):
    body = "住房城乡建设部、工业和信息化部联合印发通知，要按照“宁可备而不用”的原则做好储备。"
    (sentence,) = segment.segment(Article(title="t", body=body), cfg)
    assert "住房城乡建设部" in sentence.tokens and "工业和信息化部" in sentence.tokens
    assert dict(zip(sentence.tokens, sentence.tags)).get("宁可") != "nr"  # jieba's dictionary: 宁可/nr
    (sentence,) = segment.segment(Article(title="t", body="群众的获得感、安全感不断增强。"), cfg)
    assert {"获得感", "安全感"} <= set(sentence.tokens)
    assert "nr" not in sentence.tags  # 安全感/nr: a directive naming it read as naming a person, so no one's


def test_the_second_half_of_a_pair_after_a_semicolon_stays_with_the_first():
    body = "通常以50%作为临界值，高于50%，反映经济扩张；低于50%，则反映经济收缩。会议听取汇报；会议研究部署工作。"
    assert [body[a:b] for a, b, _p in segment.split_sentences(body)] == [
        "通常以50%作为临界值，高于50%，反映经济扩张；低于50%，则反映经济收缩。", "会议听取汇报；", "会议研究部署工作。"]
