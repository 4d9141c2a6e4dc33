"""rank: PageRank, sentence scores, budgeted selection and keywords on tiny hand-made inputs."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from brief import rank, render, segment, speakers
from brief.config import BriefConfig
from brief.models import Article, SectionKind, Sentence

CFG = BriefConfig(budget=60, max_summary_sentences=4)


def sentences_of(*items: str | tuple[str, ...], paragraph_break: bool = False) -> tuple[Sentence, ...]:
    """Sentences from texts (tokens = single characters) or from token tuples (tags: ``word/tag``)."""
    out, start = [], 0
    for i, item in enumerate(items):
        if isinstance(item, str):
            tokens = tuple(item)
            tags = tuple("x" if not ch.isalnum() else "n" for ch in item)
        else:
            pairs = [t.rsplit("/", 1) if "/" in t else (t, "n") for t in item]
            tokens = tuple(p[0] for p in pairs)
            tags = tuple(p[1] for p in pairs)
        text = "".join(tokens)
        out.append(Sentence(i, start, start + len(text), i if paragraph_break else 0, text, tokens, tags))
        start += len(text)
    return tuple(out)


def article_of(sentences: tuple[Sentence, ...], title: str = "") -> Article:
    return Article(title=title, body="".join(s.text for s in sentences))


def summarise(sentences, cfg=CFG, scores=None, title=""):
    article = article_of(sentences, title)
    scores = rank.rank_sentences(sentences, article, cfg) if scores is None else scores
    return rank.select_summary(sentences, scores, article, cfg)


# ---------------------------------------------------------------- PageRank


def _pagerank_by_solving(adjacency: np.ndarray, d: float) -> np.ndarray:
    """Closed form: x = (1−d)/n·1 + d·(Pᵀx + dangling mass/n), solved as a linear system."""
    n = len(adjacency)
    out = adjacency.sum(axis=1)
    p = np.where(out[:, None] > 0, adjacency / np.where(out > 0, out, 1)[:, None], 1.0 / n)
    x = np.linalg.solve(np.eye(n) - d * p.T, np.full(n, (1 - d) / n))
    return x / x.sum()


def test_pagerank_symmetric_pair_is_uniform():
    x = rank.pagerank(np.array([[0.0, 1.0], [1.0, 0.0]]), BriefConfig())
    assert x == pytest.approx([0.5, 0.5])


def test_pagerank_star_centre_wins_and_matches_closed_form():
    adjacency = np.zeros((4, 4))
    adjacency[0, 1:] = adjacency[1:, 0] = 1.0  # node 0 is the hub
    x = rank.pagerank(adjacency, BriefConfig(tolerance=1e-10))
    assert x == pytest.approx(_pagerank_by_solving(adjacency, 0.85), abs=1e-6)
    assert x[0] > x[1] == pytest.approx(x[2]) == pytest.approx(x[3])


def test_pagerank_dangling_node_and_sparse_input():
    adjacency = np.array([[0.0, 1.0, 1.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])  # node 2 has no out-links
    cfg = BriefConfig(tolerance=1e-10, damping=0.85)
    dense = rank.pagerank(adjacency, cfg)
    assert dense == pytest.approx(_pagerank_by_solving(adjacency, 0.85), abs=1e-6)
    assert rank.pagerank(sparse.csr_matrix(adjacency), cfg) == pytest.approx(dense)
    assert dense.sum() == pytest.approx(1.0)


def test_pagerank_large_sparse_graph_uses_sparse_path():
    n = 1000
    ring = sparse.csr_matrix((np.ones(n), (np.arange(n), (np.arange(n) + 1) % n)), shape=(n, n))
    assert rank.pagerank(ring, BriefConfig()) == pytest.approx(np.full(n, 1 / n))


def test_pagerank_empty_and_all_dangling():
    assert rank.pagerank(np.zeros((0, 0)), BriefConfig()).shape == (0,)
    assert rank.pagerank(np.zeros((3, 3)), BriefConfig()) == pytest.approx([1 / 3] * 3)


# ---------------------------------------------------------------- sentence scores and selection


def test_empty_article():
    assert rank.rank_sentences((), article_of(()), CFG) == ()
    assert rank.select_summary((), (), article_of(()), CFG) == ()
    assert rank.rank_keywords((), article_of(()), CFG) == ()


def test_one_sentence_is_returned():
    sents = sentences_of("市司法局举办宪法宣传活动。")
    (only,) = summarise(sents)
    assert (only.index, only.text) == (0, "市司法局举办宪法宣传活动。")
    assert isinstance(only.score, float)


def test_overlong_first_sentence_is_trimmed_at_a_clause_not_dropped():
    text = "市司法局在全市范围内组织开展了宪法宣传周活动，" * 3 + "共发放资料两万份。"
    (only,) = summarise(sentences_of(text), BriefConfig(budget=30))
    assert only.text == "市司法局在全市范围内组织开展了宪法宣传周活动" + rank.ELLIPSIS
    assert len(only.text) <= 30


def test_overlong_sentence_without_clause_boundary_is_cut_with_ellipsis():
    (only,) = summarise(sentences_of("甲" * 50 + "。"), BriefConfig(budget=20))
    assert only.text == "甲" * 19 + rank.ELLIPSIS


def test_identical_sentences_never_both_chosen():
    sents = sentences_of("全市共办理法律援助案件一千件。", "另有一句不同的话在这里。", "全市共办理法律援助案件一千件。")
    chosen = summarise(sents, BriefConfig(budget=200), scores=[1.0, 0.0, 1.0])
    texts = [s.text for s in chosen]
    assert texts.count("全市共办理法律援助案件一千件。") == 1
    assert [s.index for s in chosen] == [0, 1]


def test_near_duplicates_never_both_chosen():
    a = "酒泉市司法局组织律师深入社区开展宪法宣传活动。"
    b = "据悉，酒泉市司法局组织律师深入社区开展宪法宣传活动。"  # a with a lead-in
    c = "酒泉市司法局组织律师深入农村开展宪法宣传活动。"  # one word changed
    sents = sentences_of(a, b, c, "其他完全不同的内容也有一句。")
    chosen = summarise(sents, BriefConfig(budget=500), scores=[3.0, 2.0, 1.0, 0.0])
    assert [s.index for s in chosen] == [0, 3]


def test_a_shared_opening_clause_makes_no_near_duplicate():
    frame = "第二批学习贯彻习近平新时代中国特色社会主义思想主题教育开展以来，"
    a = frame + "山东、江西等地持续深化理论学习，扎实推进调查研究。"
    b = frame + "江西共梳理专项整治问题1282个，制定整治措施5400多条。"  # other news behind the same frame
    c = frame + "山东、江西等地持续深化理论学习，扎实推进调查。"  # the same news again
    short = "7月30日，武汉三镇队球员马尔康在比赛中摔倒。"  # a date is no frame: like captions stay duplicates
    sents = sentences_of(a, b, c, short, "7月30日，武汉三镇队球员段刘愚在比赛中摔倒。")
    chosen = summarise(sents, BriefConfig(budget=500), scores=[3.0, 2.0, 1.5, 1.0, 0.5])
    assert [s.index for s in chosen] == [0, 1, 3]


def _segmented(texts: list[str], title: str) -> tuple[tuple[Sentence, ...], Article]:
    article = Article(title=title, body="".join(texts))
    return segment.segment(article, BriefConfig()), article


_ROUTE = "卡塔尔航空正式开通多哈—成都新航线"
_OPENED = "8月3日，卡塔尔航空公司联合多哈旅游局新开多哈至成都直飞航班。"


def test_a_paraphrase_gives_its_place_to_the_sentence_that_tells_more():
    retold = "8月3日起，在多哈旅游局支持下，卡塔尔航空正式开通多哈—成都新航线。"  # the names, the day: nothing new
    news = "新航线每周执飞三班，将为西南地区约1亿人口提供直达多哈的途径。"
    sents, article = _segmented([_OPENED, retold, news], _ROUTE)
    chosen = rank.select_summary(sents, [2.0, 3.0, 1.0], article, BriefConfig(budget=300))
    assert [s.index for s in chosen] == [0, 2]  # the airline's full name, and 直飞, are more than 支持


def test_a_paraphrase_is_no_key_point_after_what_it_retells():
    retold = "8月3日起，在多哈旅游局支持下，卡塔尔航空正式开通多哈—成都新航线。"
    sents, article = _segmented([retold, "新航线每周执飞三班。", _OPENED.replace("8月3日，", "当天，")], _ROUTE)
    chosen = rank.select_summary(sents, [3.0, 2.0, 1.0], article, BriefConfig(budget=300))
    assert [s.index for s in chosen] == [0, 1, 2]  # 卡塔尔航空公司 is a name the first sentence lacks
    sents, article = _segmented([_OPENED, "新航线每周执飞三班。", retold], _ROUTE)
    chosen = rank.select_summary(sents, [3.0, 2.0, 1.0], article, BriefConfig(budget=300))
    assert [s.index for s in chosen] == [0, 1]


def test_a_retelling_with_a_new_number_or_action_is_news():
    counted = "首航当天，卡塔尔航空运送多哈至成都旅客286人，多哈旅游局到场。"  # a number of its own
    stopped = "8月5日起，卡塔尔航空暂停运营多哈至成都航线，多哈旅游局致歉。"  # another day, another action
    sents, article = _segmented([_OPENED, counted, stopped], _ROUTE)
    chosen = rank.select_summary(sents, [3.0, 2.0, 1.0], article, BriefConfig(budget=300))
    assert [s.index for s in chosen] == [0, 1, 2]


@settings(max_examples=60, deadline=None)
@given(
    lengths=st.lists(st.integers(1, 80), min_size=1, max_size=12),
    budget=st.integers(10, 200),
    cap=st.integers(1, 6),
    seed=st.integers(0, 10_000),
)
def test_budget_cap_order_and_nonempty(lengths, budget, cap, seed):
    rng = np.random.default_rng(seed)
    pool = "法律服务宪法宣传司法局群众律师调解案件发放资料"
    texts = [
        "".join(rng.choice(list(pool), size=k)) + ("，" if k % 3 == 0 else "") + ("（注）" if k % 4 == 0 else "") + "。"
        for k in lengths
    ]
    sents = sentences_of(*texts)
    cfg = BriefConfig(budget=budget, max_summary_sentences=cap)
    chosen = summarise(sents, cfg, scores=rng.random(len(sents)).tolist())
    assert chosen, "never empty for a non-empty article"
    assert sum(len(s.text) for s in chosen) <= budget
    assert len(chosen) <= cap
    indices = [s.index for s in chosen]
    assert indices == sorted(set(indices))


def test_budget_is_filled_with_a_trimmed_clause():
    sents = sentences_of("第一句话有十个字符。", "第二句比较长而且说了一件事，后面还有很多内容需要截断。")
    chosen = summarise(sents, BriefConfig(budget=30), scores=[2.0, 1.0])
    assert [s.text for s in chosen] == ["第一句话有十个字符。", "第二句比较长而且说了一件事" + rank.ELLIPSIS]
    # a stub of a clause is no key point: 第二句较长…
    stub = sentences_of("第一句话有十个字符。", "第二句较长，后面还有很多很多很多很多很多内容需要截断。")
    assert [s.text for s in summarise(stub, BriefConfig(budget=30), scores=[2.0, 1.0])] == ["第一句话有十个字符。"]
    # a head that keeps less than 40% of the sentence loses its news: 在空间站阶段任务中，立足建设国家太空实验室…
    frame = "在空间站阶段任务中，立足建设国家太空实验室，研制了舱内外实验设施，支持开展了大批空间科学实验和技术试验，取得重要成果。"
    assert rank.trim_to_clause(frame, 30, share=0.4) is None and rank.trim_to_clause(frame, 30) is not None
    frame_first = sentences_of("第一句话有十个字符。", frame)
    assert [s.text for s in summarise(frame_first, BriefConfig(budget=40), scores=[2.0, 1.0])] == ["第一句话有十个字符。"]


def test_a_sentence_that_leans_on_the_one_before_comes_only_with_it():
    sents = sentences_of("交通部门发布新规定。", "全市今年共建成各类充电桩六万个以上。", "其中，公共充电桩两万个。", "届时，全市将实现全覆盖。")
    # 其中/届时 shown without the sentence they point back to refer to nothing
    alone = summarise(sents, BriefConfig(budget=25), scores=[0.9, 0.1, 1.0, 0.8])
    assert [s.index for s in alone] == [0]
    # with it they are key points, in their turn as soon as it is chosen
    with_it = summarise(sents, BriefConfig(budget=60), scores=[0.9, 0.1, 1.0, 0.8])
    assert [s.index for s in with_it] == [0, 1, 2, 3]
    # a 其中 that opens the article leans on nothing
    opening = sentences_of("其中，公共充电桩两万个。", "交通部门发布新规定。")
    assert [s.index for s in summarise(opening, BriefConfig(budget=30), scores=[1.0, 0.5])] == [0, 1]
    # 随后表示 goes on with a speaker's words, not a story's next step
    assert speakers.LEANING.match("随后表示，要抓好落实。") is None
    assert speakers.LEANING.match("然后，相关单位负责人进行述职。") and speakers.LEANING.match("接着，专家作了讲解。")  # a next step
    assert speakers.POINTING.match("为解决大风天不能换装的问题，这里建有亚洲最大的换装库。")  # the place named before
    assert not speakers.POINTING.match("会议指出，这里的发展前景广阔。")
    # 这是…/这些… point back as 其中 does; 这些年 is a time, no pointer
    pointing = sentences_of("交通部门发布新规定。", "全市今年共建成各类充电桩六万个以上。", "这是历年来最多的一年。", "这些年，全市充电网络不断完善。")
    chosen = summarise(pointing, BriefConfig(budget=40), scores=[0.9, 0.1, 1.0, 0.8])
    assert [s.index for s in chosen] == [0, 3]


def test_a_sentence_the_article_leaves_open_is_no_key_point():
    sents = sentences_of("冲锋舟、救生衣、无人机……", "志愿队开展水上救援演练，提升救援技能。", "队员们训练有素。")
    assert [s.index for s in summarise(sents, BriefConfig(budget=60), scores=[1.0, 0.5, 0.1])] == [1, 2]
    # unless the article has nothing else
    alone = sentences_of("冲锋舟、救生衣、无人机……")
    assert [s.index for s in summarise(alone, BriefConfig(budget=60), scores=[1.0])] == [0]
    # a claim left hanging for effect, a snippet cut off with one …, half a quotation: statements all the same
    for kept in ("尽管基辅一再感谢盟友们的帮助，但在幕后，一些国家的失望感却达到了顶峰……", "苹果市值为5561亿美元…",
                 "“但如果这笔交易包括交出领土……"):
        sents = sentences_of(kept, "志愿队开展水上救援演练。")
        assert 0 in [s.index for s in summarise(sents, BriefConfig(budget=80), scores=[1.0, 0.5])], kept


def test_ties_keep_article_order():
    sents = sentences_of("春天花开了满园。", "律师调解纠纷案。", "今年粮食大丰收。", "市民游览博物馆。", "学生参加运动会。")
    chosen = summarise(sents, BriefConfig(budget=26), scores=[0.5] * 5)
    assert [s.index for s in chosen] == [0, 1, 2]


def test_scores_are_deterministic_and_favour_title_and_lead():
    sents = sentences_of(
        "酒泉市举办宪法宣传周活动。", "天气晴朗。", "宪法宣传周活动覆盖全市各乡镇。", "另外一件无关的事情发生了。"
    )
    article = article_of(sents, title="酒泉市宪法宣传周")
    first = rank.rank_sentences(sents, article, CFG)
    assert first == rank.rank_sentences(sents, article, CFG)
    assert len(first) == 4 and first[0] == max(first)
    assert first[2] > first[3]


def test_drop_asides():
    assert rank.drop_asides("本网讯（记者 张三）全市召开会议。") == "本网讯全市召开会议。"
    assert rank.drop_asides("去年（2022）年。") == "去年（2022）年。"
    assert rank.drop_asides("（全文）") == "（全文）"
    assert rank.drop_asides("中方（外交部发言人）赞赏刚果（金）今天（31日）的决定（PF4）。") == "中方赞赏刚果（金）今天（31日）的决定（PF4）。"
    assert rank.drop_asides("印发《管理办法（试行）》，美国（Lauren Peralez）。") == "印发《管理办法（试行）》，美国。"
    # what a list covers, a web address and a phone number are content
    for kept in ("山东（含青岛）、广东（含深圳）的货物贸易额居前。", "报名网址（http://xfyzl.119.gov.cn）已开通。",
                 "市民可拨打热线（010-12345678）咨询。", "使用全氟丙烷（批号：15040001）进行手术。",
                 "来自31个省（区、市）的学生参加。", "卡尔卡拉市议员（前市长）斯佩朗莎出席。", "平台“X”（原推特）老板说。"):
        assert rank.drop_asides(kept) == kept


# ---------------------------------------------------------------- keywords


KW_SENTENCES = sentences_of(
    ("酒泉市/ns", "开展/v", "扫黑/v", "除恶/v", "宣传/vn", "工作/vn", "。/x"),
    ("工作/vn", "建设/vn", "律师/n", "参与/v", "扫黑/v", "除恶/v", "宣传/vn", "。/x"),
    ("律师/n", "提供/v", "法律/n", "咨询/vn", "工作/vn", "，/x", "加强/v", "建设/vn", "。/x"),
    ("扫黑/v", "除恶/v", "专项/b", "斗争/vn", "取得/v", "成效/n", "。/x"),
)


def test_keywords_exclude_stopwords_and_merge_phrases():
    article = article_of(KW_SENTENCES, title="扫黑除恶宣传")
    words = [k.word for k in rank.rank_keywords(KW_SENTENCES, article, BriefConfig(keywords=6))]
    assert "扫黑除恶" in words
    assert not {"工作", "建设", "加强", "开展", "取得", "成效"} & set(words)
    assert "酒泉市" in words  # places are surfaced


def test_an_office_is_no_keyword_the_person_is():
    sents = sentences_of(("博鲁阿尔特/nr", "总统/n", "会见/v", "代表团/n", "。/x"), ("总统/n", "支持/v", "铜矿/n", "。/x"),
                         ("铜矿/n", "代表团/n", "总统/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "总统" not in words and "博鲁阿尔特" in words


def test_a_verb_alone_ranks_below_the_nouns_it_links():
    sents = sentences_of(("产值/n", "增长/v", "。/x"), ("收入/n", "增长/v", "。/x"), ("利润/n", "增长/v", "。/x"),
                         ("产值/n", "收入/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert words == ["产值", "收入", "增长", "利润"]  # 增长 is the most central word, but names no topic


def test_keyword_phrase_needs_two_adjacent_occurrences():
    sents = sentences_of(("律师/n", "咨询/vn", "。/x"), ("咨询/vn", "律师/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "律师咨询" not in words and "咨询律师" not in words


def test_a_verb_phrase_is_no_keyphrase():
    sents = sentences_of(("中方/f", "愿同/v", "泰方/nz", "合作/vn", "。/x"), ("中方/f", "愿同/v", "泰方/nz", "推进/v", "合作/vn", "。/x"),
                         ("中欧/j", "班列/n", "西安/ns", "集结/v", "。/x"), ("中欧/j", "班列/n", "西安/ns", "集结/v", "。/x"),
                         ("开班/v", "仪式/n", "举行/v", "。/x"), ("开班/v", "仪式/n", "结束/v", "。/x"),
                         ("食品/n", "公司/n", "生产/v", "。/x"), ("食品/n", "公司/n", "生产/v", "。/x"),
                         ("扫黑/v", "除恶/v", "。/x"), ("扫黑/v", "除恶/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig(keywords=16))]
    assert "泰方" in words and "愿同泰方" not in words  # a verb before a name
    assert "中欧班列西安" in words and "中欧班列西安集结" not in words  # three words ending in a verb
    assert "开班仪式" in words  # a verb before a common noun may name a thing
    assert "公司生产" not in words and "食品公司生产" not in words  # a noun and then a verb
    assert "扫黑除恶" in words  # two verbs name a campaign


def test_a_piece_of_a_latin_word_is_no_keyword():
    said = ("（/x", "Fern/eng", "á/x", "ndez/eng", "）/x", "表示/v", "，/x", "寒潮/n", "很/d", "短/a", "。/x")
    sents = sentences_of(said, said, ("寒潮/n", "来袭/v", "。/x"), ("Reuters/eng", "报道/v", "寒潮/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "寒潮" in words and "Reuters" in words and not {"Fern", "ndez"} & set(words)


def test_a_measure_word_glued_to_a_noun_is_no_keyword():
    sents = sentences_of(("涉及/v", "56/m", "个村/n", "，/x", "村民/n", "搬迁/v", "。/x"),
                         ("村民/n", "来自/v", "3/m", "个村/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "村民" in words and "个村" not in words


def test_two_keywords_that_overlap_are_the_one_name_the_text_writes():
    text = "中欧班列西安集结中心开通新线。\n中欧班列西安集结中心发运量增长。\n班列西安集结中心位于港务区。"
    assert rank._joined("中欧班列西安", "班列西安集结中心", text) == "中欧班列西安集结中心"
    assert rank._joined("班列西安集结中心", "中欧班列西安", text) == "中欧班列西安集结中心"
    # a union the text writes less than half as often as a part is no name of it
    assert rank._joined("孔子课堂", "课堂教学", "孔子课堂教学。孔子课堂。孔子课堂。") is None
    assert rank._joined("西安", "北京", text) is None  # no overlap
    # too long to join: the lesser of two that share three characters or more goes (see rank_keywords)
    assert rank._overlap("广东高校毕业生志愿服务", "毕业生志愿服务乡村振兴") == 7
    assert rank._overlap("毕业生志愿服务乡村振兴", "广东高校毕业生志愿服务") == 7
    assert rank._overlap("社会发展", "发展改革") == 2 < rank._OVERLAP_MIN


def test_a_name_jieba_split_is_one_keyword():
    sents = sentences_of(("刘海/nr", "波/j", "被/p", "带走/v", "。/x"), ("刘海/nr", "波/j", "历任/n", "总经理/n", "。/x"),
                         ("俄军/j", "在/p", "阿尔乔/nr", "莫/d", "夫斯/nrt", "克/m", "方向/n", "摧毁/v", "坦克/n", "。/x"),
                         ("湖北/ns", "的/uj", "王/nr", "说/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "刘海波" in words and "刘海" not in words
    assert "阿尔乔莫夫斯克" in words and "阿尔乔" not in words
    foreign = sentences_of(("总干事/n", "格罗/nrt", "西/f", "表示/v", "。/x"), ("格罗/nrt", "西/f", "强调/v", "。/x"),
                           ("城市/n", "西/f", "部/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(foreign, article_of(foreign), BriefConfig())]
    assert "格罗西" in words and "格罗" not in words  # a direction after a foreign name is part of it
    assert not any("说" in w or "的" in w for w in words)  # a stopword or a verb is no part of a name
    # a foreign name written with middle dots is one keyword, not three
    dotted = sentences_of(("众议员/n", "玛乔丽/nr", "·/x", "泰勒/nr", "·/x", "格林/nr", "提出/v", "议案/n", "。/x"),
                          ("玛乔丽/nr", "·/x", "泰勒/nr", "·/x", "格林/nr", "表示/v", "反对/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(dotted, article_of(dotted), BriefConfig())]
    assert "玛乔丽·泰勒·格林" in words and not {"玛乔丽", "泰勒", "格林"} & set(words)
    # its last piece cut in two (罗伯特·哈/nr 贝克/nr)
    split = sentences_of(("副总理/n", "罗伯特/nr", "·/x", "哈/nr", "贝克/nr", "表示/v", "支持/v", "。/x"),
                         ("罗伯特/nr", "·/x", "哈/nr", "贝克/nr", "访问/v", "北京/ns", "。/x"))
    words = [k.word for k in rank.rank_keywords(split, article_of(split), BriefConfig())]
    assert "罗伯特·哈贝克" in words and "罗伯特·哈" not in words
    # a verb jieba cut from a name's head (同安/瓦尔, 安/瓦尔): the name, whole
    verb = sentences_of(("李强/nr", "同安/nz", "瓦尔/nrt", "举行会谈/i", "。/x"), ("安/v", "瓦尔/nrt", "表示/v", "，/x", "马方/n", "支持/v", "。/x"))
    assert rank._Whole(verb, frozenset())("瓦尔") == "安瓦尔"
    first = sentences_of(("萨里/nr", "夫/nr", "·/x", "伊斯拉姆/nr", "表示/v", "。/x"), ("萨里/nr", "夫/nr", "·/x", "伊斯拉姆/nr", "访华/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(first, article_of(first), BriefConfig())]
    assert "萨里夫·伊斯拉姆" in words and "夫·伊斯拉姆" not in words


def test_national_is_no_keyword_alone_but_opens_a_name_it_always_stands_before():
    sents = sentences_of(("国家/n", "卫计委/j", "派出/v", "专家/n", "。/x"), ("国家/n", "卫计委/j", "要求/v", "医院/n", "救治/v", "。/x"),
                         ("发展中/b", "国家/n", "合作/vn", "医院/n", "。/x"), ("国家/n", "合作/vn", "专家/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "国家卫计委" in words and "国家" not in words
    assert "合作" in words  # 发展中国家合作: the 国家 of a longer word is not before every 合作 anyway


def test_a_word_cut_from_the_same_character_every_time_is_one_keyword():
    sents = sentences_of(("这款/r", "直/d", "发器/n", "采用/v", "陶瓷/n", "技术/n", "。/x"),
                         ("直/d", "发器/n", "售价/n", "较/zg", "高/a", "。/x"),
                         ("受/v", "台风/n", "影响/vn", "，/x", "航班/n", "取消/v", "。/x"),
                         ("受/v", "台风/n", "影响/vn", "，/x", "陶瓷/n", "停产/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "直发器" in words and "发器" not in words
    assert not any(w.startswith("受") for w in words)  # a verb before a word is a word of its own (台风影响)
    # once with the character and once without: two words
    apart = sents[:1] + sentences_of(("发器/n", "售价/n", "较/zg", "高/a", "。/x"))
    assert "直发器" not in [k.word for k in rank.rank_keywords(apart, article_of(apart), BriefConfig())]
    # 发器 inside another word (烫发/器) is no occurrence of the keyword
    inside = sentences_of(("加热/v", "完成/v", "的直/d", "发器/n", "采用/v", "陶瓷/n", "技术/n", "。/x"),
                          ("传统/n", "直/d", "发器/n", "售价/n", "较/zg", "高/a", "。/x"), ("放进/v", "烫发/v", "器/n", "内/f", "。/x"))
    assert "直发器" in [k.word for k in rank.rank_keywords(inside, article_of(inside), BriefConfig())]


def test_a_keyword_jieba_cut_differently_each_time_is_whole_again():
    sents = sentences_of(("我国/r", "云/ns", "计算/v", "产业/n", "发展/vn", "迅速/a", "。/x"),
                         ("专家/n", "以云/n", "计算/v", "为/p", "例/n", "说明/v", "产业/n", "。/x"),
                         ("主任/n", "林西/nr", "强/a", "介绍/v", "产业/n", "。/x"), ("林西/nr", "强说/v", "。/x"),
                         ("推进/v", "务实/a", "合作/vn", "。/x"), ("深化/v", "务实/a", "合作/vn", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "云计算" in words and "林西强" in words and "计算" not in words and "林西" not in words
    assert "实合作" not in words  # 实 is no word of its own: it belongs to 务实


def test_a_word_always_inside_a_longer_word_of_the_text_is_that_word():
    # jieba tells 爱奇艺 once and cuts it 爱奇/艺奇 before another name twice: the keyword 爱奇 is told as 爱奇艺
    sents = sentences_of(("爱奇艺/nr", "开设/v", "乐园/n", "。/x"), ("爱奇/nr", "艺奇/n", "巴布/ns", "乐园/n", "开园/v", "。/x"),
                         ("北京/ns", "携手/v", "爱奇/nr", "艺奇/n", "巴布/ns", "乐园/n", "。/x"))
    assert rank._Whole(sents, frozenset())("爱奇") == "爱奇艺"
    assert rank._Whole(sents, frozenset())("乐园") == "乐园"  # not every 乐园 is in a longer word
    # once outside the longer word: the word stands alone
    apart = sents + sentences_of(("爱奇/nr", "推出/v", "新片/n", "。/x"),)
    assert rank._Whole(apart, frozenset())("爱奇") == "爱奇"


def test_a_keyphrase_of_latin_words_keeps_them_apart():
    sents = sentences_of(("工会/n", "SEIU/eng", "Local/eng", "宣布/v", "罢工/v", "。/x"),
                         ("工会/n", "SEIU/eng", "Local/eng", "表示/v", "罢工/v", "继续/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert any("SEIU Local" in w for w in words) and not any("SEIULocal" in w for w in words)


def test_no_keyword_comes_from_a_web_address():
    link = ("https", ":", "//", "www", ".", "gov", ".", "cn", "?", "utm_source", "=", "weixin", "&", "share_token", "=", "8f3a")
    sents = sentences_of(("数字/n", "政府/n", "发布/v", "新/a", "举措/n", "，/x", "详见/v", *(t + "/eng" for t in link), "。/x"),
                         ("数字/n", "政府/n", "建设/vn", "惠及/v", "市民/n", "，/x", "social/eng", "media/eng", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "数字" in words or "数字政府" in words
    assert not {"weixin", "share_token", "8f3a"} & set(words) and "social" in words  # a Latin word outside is one


def test_keywords_user_stopwords_and_cap(tmp_path):
    extra = tmp_path / "stop.txt"
    extra.write_text("# mine\n律师\n", encoding="utf-8")
    cfg = BriefConfig(keywords=3, stopwords=extra)
    keywords = rank.rank_keywords(KW_SENTENCES, article_of(KW_SENTENCES), cfg)
    assert len(keywords) == 3
    assert "律师" not in [k.word for k in keywords]
    weights = [k.weight for k in keywords]
    assert weights == sorted(weights, reverse=True)
    assert rank.rank_keywords(KW_SENTENCES, article_of(KW_SENTENCES), BriefConfig(keywords=0)) == ()


def test_keyword_ties_go_to_first_occurrence():
    sents = sentences_of(("宪法/n", "。/x"), ("律师/n", "。/x"), ("法院/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert words == ["宪法", "律师", "法院"]


def test_builtin_stoplist_has_officialese():
    stop = rank.stopwords(BriefConfig())
    assert {"工作", "建设", "开展", "加强", "推进", "进一步", "全面", "发展", "提高"} <= stop


def test_shorten_prefers_a_clause_unless_it_wastes_half_the_budget():
    assert rank.shorten("短句。", 10) == "短句。"
    assert rank.shorten("第一个分句比较长一些，第二个分句也不短。", 14) == "第一个分句比较长一些" + rank.ELLIPSIS
    assert rank.shorten("银行，虽是一个没有散户只有机构的市场却与公众利益相关。", 20) == "银行，虽是一个没有散户只有机构的市场却" + rank.ELLIPSIS


@pytest.mark.parametrize("head", [
    "会议强调，", "陈波表示，", "目前，在省级母基金的牵引下，", "作为国资央企，", "据悉，8月8日，", "连日来，受台风影响，",
    "同时，天津市武清区、", "中共中央政治局委员、", "外资机构方面，汇丰银行、", "“专家认为，",
])
def test_a_head_of_frames_alone_says_nothing(head):
    assert not rank.says_something(head)


@pytest.mark.parametrize("head", [
    "目前，江苏已组建14支产业专项基金，", "与传统公交车相比，这辆公交车不需要司机，", "广大干部群众表示，将认真贯彻落实部署，",
    "严格落实中央八项规定要求，", "应急管理部已调派消防救援、工程抢险，",
])
def test_a_head_with_a_statement_says_something(head):
    assert rank.says_something(head)


def test_trim_to_clause_never_cuts_inside_a_list():
    text = "据气象部门预报，7月22日至23日，辽宁、吉林、内蒙古、黑龙江、江西、湖南等地有大到暴雨，其中吉林西部有大暴雨。"
    assert rank.trim_to_clause(text, 30) is None  # 辽宁、吉林、内蒙古… would say where, not what
    assert rank.trim_to_clause(text, 46) == text[: text.index("，其中")] + rank.ELLIPSIS
    # a stub says nothing: 中央宣讲团成员…
    assert rank.trim_to_clause("中央宣讲团成员，中央党校副校长谢春涛作宣讲报告。", 12, least=12) is None
    # never at a colon (what it announces is the part cut) nor after a clause that only leads on
    listed = "据介绍，除展览活动外，本届金融服务专题还将组织两个论坛：2023中国国际金融年度论坛、2023全球PE论坛。"
    assert not (rank.trim_to_clause(listed, 40) or "").endswith("两个论坛…")
    qualified = "与传统公交车相比，这辆公交车不需要司机，只有一名安全员手持应急控制手柄。"
    assert rank.trim_to_clause(qualified, 25) != "与传统公交车相比，这辆公交车不需要司机…"  # it would overstate
    contrasted = "习近平指出，应该冷静务实地管控分歧，而不是让分歧定义两国关系。"
    assert rank.trim_to_clause(contrasted, 22) is None  # …管控分歧… alone drops what it is set against
    led = "不少女生曾拿起直发器，生怕高温烫到了耳朵，不仅如此，长期使用也会损伤发质。"
    assert rank.trim_to_clause(led, 30) == "不少女生曾拿起直发器，生怕高温烫到了耳朵…"
    # nor where the predicate is the part cut: a subject set up by 作为, a modifier awaiting its noun
    topic = "市口岸办介绍，本市作为北方重要的开放门户、首批试点城市，今年进出口货值增长12%。"
    assert rank.trim_to_clause(topic, 36) is None  # 市口岸办介绍… alone says nothing either
    assert rank.trim_to_clause(topic.replace("本市作为", "本市是"), 36) == "市口岸办介绍，本市是北方重要的开放门户、首批试点城市…"
    modifier = "按规定对购买电动车实行单独管理政策的，可以向当地车管所申请办理登记。"
    assert rank.trim_to_clause(modifier, 30) is None
    assert rank.trim_to_clause("这一做法是我们最早提出的，后来推广到全省各地。", 14) == "这一做法是我们最早提出的…"
    youngest = sentences_of(("作为/p", "全省/n", "最/d", "年轻/a", "区/n", "，/x", "当下/t", "的/uj", "临平/ns", "，/x", "正/d",
                             "加快/v", "建设/v", "青年/n", "发展型/n", "城区/n", "。/x"))[0]
    bare = rank._bare_clauses(youngest)
    assert bare == {"当下的临平"}  # a subject set up for its predicate: no point ends there
    assert rank.trim_to_clause(youngest.text, 20, bare=bare) is None
    assert rank.trim_to_clause(youngest.text, 20) == "作为全省最年轻区，当下的临平…"
    topic = "他强调，中方提出这项全球倡议，就是要推动世界各国共谋发展、共享和平。"
    assert rank.trim_to_clause(topic, 20) is None  # 中方提出这项全球倡议… is what the rest is about


def test_trim_to_clause_skips_cuts_that_keep_only_a_frame():
    text = "目前，在省级母基金的牵引下，全省已组建首批14支产业专项基金，基金总规模达1600多亿元。"
    assert rank.trim_to_clause(text, 20) is None  # only 目前，在…牵引下 would fit
    assert rank.trim_to_clause(text, 40) == "目前，在省级母基金的牵引下，全省已组建首批14支产业专项基金" + rank.ELLIPSIS
    assert rank.trim_to_clause("会议强调，要深入学习贯彻党的二十大精神。", 12) is None
    # a span of years is a frame too: 访新10年来 says nothing of what the years brought
    assert rank.trim_to_clause("习近平主席成功访新10年来，两国关系发展得很好，两国人民之间的纽带十分强劲。", 20) is None


def test_best_sentence_leads_even_when_too_long_for_the_budget():
    sents = sentences_of("银行间债市虽是一个没有散户只有机构的市场却与公众利益紧紧相连。", "短句在此。")
    chosen = summarise(sents, BriefConfig(budget=20), scores=[1.0, 0.5])
    assert chosen[0].index == 0 and chosen[0].text.endswith(rank.ELLIPSIS)
    assert sum(len(s.text) for s in chosen) <= 20


def test_long_articles_take_the_sparse_path_and_agree_with_dense():
    texts = [f"第{i}条消息涉及{'宪法' if i % 3 else '律师'}宣传和{'法院' if i % 2 else '检察'}工作。" for i in range(450)]
    sents = sentences_of(*texts)
    cfg = BriefConfig(budget=200)
    article = article_of(sents)
    long_scores = rank.rank_sentences(sents, article, cfg)
    assert len(long_scores) == 450 and all(np.isfinite(long_scores))
    bags = rank._content_bags(sents)
    dense = rank._textrank_sim(rank._binary_matrix(bags[:400]), bags[:400])
    sparse_sim = rank._textrank_sim(rank._binary_matrix(bags), bags)
    assert sparse.issparse(sparse_sim)
    assert sparse_sim.toarray()[:400, :400] == pytest.approx(dense)
    assert rank.select_summary(sents, long_scores, article, cfg)


def test_subheadings_are_never_key_points_unless_there_is_nothing_else():
    sents = sentences_of("广东激活三大动力 扎实推进高质量发展", "广东加快推进全面深化改革，开放合作取得新成效。",
                         "辽宁组建了二十个重点实验室群。", paragraph_break=True)
    chosen = summarise(sents, BriefConfig(budget=200), scores=[9.0, 1.0, 0.5], title="广东激活三大动力 扎实推进高质量发展")
    assert [s.index for s in chosen] == [1, 2]
    (only,) = summarise(sentences_of("广东激活三大动力 扎实推进高质量发展"), BriefConfig(budget=200))
    assert only.index == 0


def test_a_text_printed_one_clause_a_line_has_key_points():
    lines = ["辅警康安友涉水救人", "他迅速赶到现场", "将被困女童托举过肩", "随后转移到安全地带", "群众纷纷为他点赞",
             "当地公安局予以表彰", "六名被困人员均已获救", "现场秩序恢复正常", "洪水逐渐退去"]
    sents = sentences_of(*lines, paragraph_break=True)
    assert rank._headings(sents) == set()
    assert rank._headings(sents[:3]) == {0, 1, 2}


def test_a_line_that_only_repeats_the_title_is_no_key_point():
    texts = ("设计无处不在，但好设计却十分难找。", "厨房用具的设计更加注重实用。", "新品采用了手工切割技术。")
    sents = sentences_of(*texts, paragraph_break=True)  # the title's copy is a line of its own
    chosen = summarise(sents, BriefConfig(budget=200), scores=[9.0, 1.0, 0.5], title="设计无处不在，但好设计却十分难找")
    assert [s.index for s in chosen] == [1, 2]
    chosen = summarise(sents, BriefConfig(budget=200), scores=[9.0, 1.0, 0.5], title="好设计")
    assert [s.index for s in chosen] == [0, 1, 2]
    # one part of a title of parts set apart by spaces (引题 主题 副题) repeated as a line is no key point either
    parts = "厨房用具展开幕 设计无处不在，但好设计却十分难找 新品采用手工切割"
    chosen = summarise(sents, BriefConfig(budget=200), scores=[9.0, 1.0, 0.5], title=parts)
    assert [s.index for s in chosen] == [1, 2]


def test_a_lead_sentence_an_untitled_text_borrowed_as_its_title_is_still_a_key_point():
    sents = sentences_of("设计无处不在，但好设计却十分难找。", "厨房用具的设计更加注重实用。", "新品采用了手工切割技术。")
    chosen = summarise(sents, BriefConfig(budget=200), scores=[9.0, 1.0, 0.5], title="设计无处不在，但好设计却十分难找")
    assert [s.index for s in chosen] == [0, 1, 2]  # one paragraph: its first sentence is the lead


def test_a_quotation_keeps_its_speaker_and_the_speaker_alone_is_no_key_point():
    sents = sentences_of("“我们将继续扩大开放。”", "史耀斌在研讨会上表示。", "会议还通过了多项决议。", "“好。”", "他说。")
    points = {p.index: p.text for p in rank.select_summary(sents, [0.1, 0.9, 0.5, 0.8, 0.95], article_of(sents), CFG)}
    assert points[0] == "“我们将继续扩大开放。”史耀斌在研讨会上表示。"
    assert points[3] == "“好。”他说。" and 1 not in points and 4 not in points
    # in another paragraph, or saying more than who spoke, the next sentence is a sentence of its own
    apart = sentences_of("“我们将继续扩大开放。”", "史耀斌说。", paragraph_break=True)
    assert [p.text for p in rank.select_summary(apart, [0.5, 0.9], article_of(apart), CFG)] == ["“我们将继续扩大开放。”", "史耀斌说。"]


def _said(*words: str) -> tuple[str, ...]:
    return tuple(words)


LI_SAYS = _said("李强/nr", "表示/v", "，/x", "中方/f", "愿/v", "加强/v", "合作/vn", "。/x")
HE_STRESSES = _said("他/r", "强调/v", "，/x", "要/v", "推进/v", "合作/vn", "。/x")


def test_a_verb_of_saying_with_no_one_before_it_names_the_speaker():
    said = _said("马斯克/nr", "发布/v", "推文/n", "称/v", "，/x", "将/d", "告别/v", "旧/a", "标志/n", "。/x")
    then = _said("随后/d", "表示/v", "计划/v", "更换/v", "背景/n", "颜色/n", "。/x")
    assert speakers.read_alone(sentences_of(said, then), 1) == "马斯克随后表示计划更换背景颜色。"
    story = _said("市场/n", "反应/v", "平淡/a", "。/x")
    assert speakers.read_alone(sentences_of(story, then), 1) == "随后表示计划更换背景颜色。"  # no one to name


def test_an_opening_pronoun_names_the_speaker_before_it():
    sents = sentences_of(LI_SAYS, "会谈后双方签署了协议。", HE_STRESSES)
    assert speakers.name_speaker(sents, 2) == "李强强调，要推进合作。"
    # a chain of 他… goes back to the speaker; a title names one too (郑大使); 他们, 他的 are left alone
    chain = sentences_of(LI_SAYS, _said("他/r", "说/v", "，/x", "形势/n", "很/d", "好/a", "。/x"), HE_STRESSES)
    assert [speakers.name_speaker(chain, i) for i in (1, 2)] == ["李强说，形势很好。", "李强强调，要推进合作。"]
    envoy = sentences_of(_said("郑/nr", "大使/n", "指出/v", "，/x", "合作/vn", "成果/n", "丰硕/a", "。/x"), HE_STRESSES)
    assert speakers.name_speaker(envoy, 1) == "郑大使强调，要推进合作。"
    # a title the text writes after the name goes with it, as the text calls him
    leader = sentences_of(_said("在/p", "大会/n", "上/f", "，/x", "习近平/nr", "总书记/n", "提出/v", "主张/n", "。/x"),
                          HE_STRESSES)
    assert speakers.name_speaker(leader, 1) == "习近平总书记强调，要推进合作。"
    for other in ("他们强调，要推进合作。", "他的话引起共鸣。"):
        assert speakers.name_speaker(sentences_of(LI_SAYS, other), 1) == other
    # 他 after a clause that frames what he does; not after words said (他 may be another then), nor after 这位…
    framed = sentences_of(LI_SAYS, _said("针对/p", "此类/r", "问题/n", "，/x", "他/r", "建议/v", "加强/v", "合作/vn", "。/x"))
    assert speakers.name_speaker(framed, 1) == "针对此类问题，李强建议加强合作。"
    # ... also when the sentence before names him after 是 (…，是郭雷遇到的最大困难。)
    hardest = _said("如何/r", "转化/v", "成果/n", "，/x", "是/v", "郭雷/nr", "遇到/v", "的/uj", "最大/a", "困难/n", "。/x")
    framed = sentences_of(hardest, _said("针对/p", "此类/r", "问题/n", "，/x", "他/r", "建议/v", "加强/v", "合作/vn", "。/x"))
    assert speakers.name_speaker(framed, 1) == "针对此类问题，郭雷建议加强合作。"
    for other in ("王毅表示，他将出席会议。", "这位官员欣慰的是，他不必忧心。"):
        assert speakers.name_speaker(sentences_of(LI_SAYS, other), 1) == other
    # 他 right after the words he says: “…。”他说。
    after = sentences_of(LI_SAYS, _said("“/x", "合作/vn", "成果/n", "丰硕/a", "。/x", "”/x", "他/r", "说/v", "。/x"))
    assert speakers.name_speaker(after, 1) == "“合作成果丰硕。”李强说。"


def test_the_subject_of_the_sentence_just_before_names_the_pronoun():
    subject = _said("中央/n", "书记/n", "蔡奇/nr", "出席/v", "会议/n", "并/c", "讲话/n", "。/x")
    assert speakers.name_speaker(sentences_of(subject, HE_STRESSES), 1) == "蔡奇强调，要推进合作。"
    # only just before: two sentences back, the subject of another act may not be the speaker
    assert speakers.name_speaker(sentences_of(subject, "会议通过了决议。", HE_STRESSES), 2) == "他强调，要推进合作。"
    # two people around a preposition: the one who acts on the other (对, 向) is 他; with 与, who is 他?
    two = _said("王忠林/nr", "对/p", "赵鹏/nr", "来/v", "鄂/nr", "考察/v", "表示欢迎/v", "。/x")
    assert speakers.name_speaker(sentences_of(two, HE_STRESSES), 1) == "王忠林强调，要推进合作。"
    both = _said("王忠林/nr", "与/p", "赵鹏/nr", "座谈/v", "。/x")
    assert speakers.name_speaker(sentences_of(both, HE_STRESSES), 1) == "他强调，要推进合作。"
    # a speech opened by 他强调 runs on with the person 他 names
    chaired = _said("副主席/n", "张庆黎/nr", "主持/v", "开幕会/n", "。/x")
    he_says = _said("他/r", "强调/v", "，/x", "大会/n", "很/d", "重要/a", "。/x")
    we_must = _said("我们/r", "一定/d", "要/v", "下/v", "功夫/n", "。/x")
    assert speakers.read_alone(sentences_of(chaired, he_says, we_must), 2) == "张庆黎强调，我们一定要下功夫。"
    # whose 我们: the nearest speaker before it in its paragraph, past sentences that tell what he said
    pointed = sentences_of(_said("束珏婷/nr", "指出/v", "，/x", "服务贸易/n", "平稳/a", "增长/v", "。/x"),
                           "今年以来，商务部积极推动服务贸易对话交流；", "我们积极发挥进博会等展会平台作用。")
    assert speakers.read_alone(pointed, 2) == "束珏婷指出，我们积极发挥进博会等展会平台作用。"
    assert speakers.read_alone(sentences_of("记者走进社区。", "我们看到居民正在排练。"), 1) == "我们看到居民正在排练。"
    # the person whose view the sentence before opens with
    view = _said("在/p", "协会/n", "会长/n", "宋天乐/nr", "看来/v", "，/x", "合作/vn", "前景/n", "广阔/a", "。/x")
    told = _said("他/r", "向/p", "记者/n", "透露/v", "，/x", "市长/n", "正/d", "筹划/v", "访华/v", "。/x")
    assert speakers.name_speaker(sentences_of(view, told), 1) == "协会会长宋天乐向记者透露，市长正筹划访华。"
    # after the place a visit came to, and past a 他… of the chain, to the subject just before that one
    visit = _said("蔡奇/nr", "来到/v", "文兴/nz", "社区/n", "。/x")
    there = "在阳高县龙泉工业园区，他指出，园区要坚持党建引领。"
    framed = sentences_of(visit, HE_STRESSES, "要尊重新就业群体的劳动。", there)
    assert speakers.name_speaker(framed, 3) == "在阳高县龙泉工业园区，蔡奇指出，园区要坚持党建引领。"


def test_the_leader_a_meeting_report_opens_with_names_the_pronoun():
    def he_after(*before: str) -> str:
        return speakers.name_speaker(sentences_of(_said(*before), HE_STRESSES), 1)

    # a date after the name, a frame led by a verb (受…委派，) or by 之后 before it
    assert he_after("全国人大常委会/nt", "委员长/n", "赵乐际/nr", "24/m", "日/m", "下午/t", "同/p", "代表/n", "座谈/n",
                    "。/x") == "赵乐际强调，要推进合作。"
    assert he_after("受/v", "党中央/nt", "委派/n", "，/x", "国务院/nt", "副/b", "总理/n", "张国清/nr", "8/m", "月/m",
                    "1/m", "日/m", "率/v", "工作组/n", "赶赴/v", "灾区/n", "。/x") == "张国清强调，要推进合作。"
    assert he_after("之后/f", "，/x", "蔡奇/nr", "发表/v", "讲话/n", "。/x") == "蔡奇强调，要推进合作。"
    # the one person the sentence names, after a title, though not its first clause's subject
    hosted = ("全国政协/nt", "27/m", "日/m", "在/p", "京/ns", "召开/v", "协商会/nt", "，/x", "全国政协/nt", "主席/n",
              "王沪宁/nr", "主持会议/n", "。/x")
    assert he_after(*hosted) == "王沪宁强调，要推进合作。"
    assert he_after("国务院/nt", "副/b", "总理/n", "丁/nr", "薛祥/nr", "在/p", "海南/ns", "调研/vn", "。/x") == "丁薛祥强调，要推进合作。"
    assert he_after("斯泰恩森称/nr", "，/x", "女儿/n", "很/d", "激动/a", "。/x") == "斯泰恩森强调，要推进合作。"
    # only for what he says; not a reporter, an object, someone's relative or a name after an ordinary word
    acts = _said("他/r", "走访/v", "了/ul", "企业/n", "。/x")
    assert speakers.name_speaker(sentences_of(_said(*hosted), acts), 1) == "他走访了企业。"
    for before in (("新华社/nt", "记者/n", "钟雅/nr", "日前/t", "专访/v", "教授/n", "。/x"),
                   ("大会/n", "表彰/v", "了/ul", "张三/nr", "。/x"),
                   ("记者/n", "采访/v", "了/ul", "张三/nr", "的/uj", "妻子/n", "。/x"),
                   ("代表/n", "们/k", "向/p", "主席/n", "李四/nr", "致意/v", "。/x")):
        assert he_after(*before) == "他强调，要推进合作。", before


def test_a_pronoun_is_left_alone_when_no_person_is_named():
    meeting = _said("会议/n", "强调/v", "，/x", "要/v", "抓好/v", "落实/v", "。/x")
    assert speakers.name_speaker(sentences_of(meeting, HE_STRESSES), 1) == "他强调，要推进合作。"
    # 他指责史密斯…: he is not the man he names
    accuses = "他指责李强干扰选举。"
    assert speakers.name_speaker(sentences_of(LI_SAYS, accuses), 1) == accuses
    # a person named on the way back to the speaker may be the one meant: 他 stays
    cobb = "美国学者小约翰·柯布在接受采访时谈到竹子，“让我感到钦佩。”"
    assert speakers.name_speaker(sentences_of(LI_SAYS, cobb, "“这是好事。”", HE_STRESSES), 3) == "他强调，要推进合作。"
    # the speaker two paragraphs back is out of reach
    far = sentences_of(LI_SAYS, "会谈结束。", HE_STRESSES, paragraph_break=True)
    assert speakers.name_speaker(far, 2) == "他强调，要推进合作。"


def test_a_sentence_read_alone_loses_its_opening_connective():
    meeting = "全市召开防汛工作会议，部署下一阶段防汛工作。"
    for linked, alone in (("同时，会议要求各区加强值守和巡查。", "会议要求各区加强值守和巡查。"),
                          ("因此，会议要求各区加强值守和巡查。", "会议要求各区加强值守和巡查。"),
                          (_said("而/c", "进博会/n", "成为/v", "高水平/n", "开放/v", "的/uj", "生动/a", "实践/n", "。/x"),
                           "进博会成为高水平开放的生动实践。"),
                          (_said("同时/c", "他/r", "强调/v", "，/x", "要/v", "推进/v", "合作/vn", "。/x"), "他强调，要推进合作。")):
        assert speakers.read_alone(sentences_of(meeting, linked), 1) == alone
    # and names the speaker after it
    assert speakers.read_alone(sentences_of(LI_SAYS, "同时，他强调，要推进合作。"), 1) == "李强强调，要推进合作。"
    # 而今 is a word of its own; a connective with little after it stays
    for kept in (_said("而今/t", "，/x", "这里/r", "已/d", "建成/v", "大型/b", "公园/n", "。/x"), "同时，也要看到。",
                 _said("但是/c", "实施/v", "，/x", "还有/v", "一个/m", "相当/d", "长/a", "的/uj", "过程/n", "。/x")):
        sents = sentences_of(meeting, kept)
        assert speakers.read_alone(sents, 1) == sents[1].text


def test_a_requirement_in_a_speech_names_its_speaker():
    said = _said("丁薛祥/nr", "表示/v", "，/x", "要/v", "深入/a", "推进/v", "数字/n", "中国/ns", "建设/vn", "。/x")
    core = _said("以/p", "习近平/nr", "同志/n", "为/p", "核心/n", "的/uj", "党中央/nt", "高度重视/l", "数字/n", "建设/vn", "。/x")
    needs = _said("当前/t", "经济/n", "发展/vn", "迈入/v", "新/a", "阶段/n", "，/x", "要/v", "把握/v", "发展/vn", "大势/n", "。/x")
    assert speakers.read_alone(sentences_of(said, core, needs), 2) == "丁薛祥表示，当前经济发展迈入新阶段，要把握发展大势。"
    # not in another paragraph, not past another person, not a sentence that is no requirement
    assert speakers.read_alone(sentences_of(said, needs, paragraph_break=True), 1) == sentences_of(needs)[0].text
    other = _said("李强/nr", "出席/v", "会议/n", "。/x")
    assert speakers.read_alone(sentences_of(said, other, needs), 2) == sentences_of(needs)[0].text
    plain = "会谈后，双方签署了合作文件。"
    assert speakers.read_alone(sentences_of(said, plain), 1) == plain
    # a meeting speaks too: 会议强调，…
    meeting = _said("会议/n", "强调/v", "，/x", "要/v", "抓好/v", "防汛/vn", "工作/vn", "。/x")
    assert speakers.read_alone(sentences_of(meeting, needs), 1) == "会议强调，当前经济发展迈入新阶段，要把握发展大势。"
    # 习近平法治思想 and 习近平总书记重要讲话精神 name what is studied, not another speaker
    thought = _said("要/v", "深入/a", "学习/v", "习近平/nr", "法治/n", "思想/n", "。/x")
    spirit = _said("要/v", "贯彻/v", "习近平/nr", "总书记/n", "重要/a", "讲话/n", "精神/n", "。/x")
    for cited in (thought, spirit):
        assert speakers.read_alone(sentences_of(said, cited, needs), 2).startswith("丁薛祥表示，当前")
    # the 强调 inside 加强调查 is no speaker's verb; one that ends a word of its own is (官兵们纷纷表示: their words)
    study = _said("要/v", "加强/v", "调查/vn", "研究/vn", "，/x", "广泛/a", "听取/v", "意见/n", "。/x")
    assert speakers.read_alone(sentences_of(meeting, study), 1) == "会议强调，要加强调查研究，广泛听取意见。"
    # verbs that a clause's 是 speaks of are the narrator's subject, not a speaker's demand
    told = _said("留住/v", "青年/n", "、/x", "服务/v", "青年/n", "，/x", "是/v", "企业/n", "共同/d", "课题/n", "。/x")
    assert not speakers._directive(sentences_of(said, told)[1])  # (right after the speech, it may still be his view)
    troops = _said("官兵们/r", "纷纷表示/v", "，/x", "要/v", "认真/ad", "学习/v", "讲话/n", "精神/n", "。/x")
    assert speakers.read_alone(sentences_of(meeting, troops), 1) == "官兵们纷纷表示，要认真学习讲话精神。"


def test_the_verb_of_saying_is_not_one_heard_before_it():
    heard = sentences_of(_said("李强/nr", "在/p", "听取/v", "负责人/n", "介绍/v", "后/f", "表示/v", "，/x", "合作/vn",
                               "成果/n", "丰硕/a", "。/x"))
    assert speakers._saying(heard[0]) == ("李强", "表示")  # not 李强介绍: he listened to that


def in_paragraphs(*paragraphs: tuple) -> tuple[Sentence, ...]:
    """Sentences (as ``sentences_of`` makes them) in paragraphs: each argument is one paragraph's items."""
    flat = [(k, item) for k, items in enumerate(paragraphs) for item in items]
    return tuple(dataclasses.replace(s, paragraph=k) for s, (k, _) in zip(sentences_of(*(item for _, item in flat)), flat))


def test_a_greeting_that_opens_a_paragraph_of_talks_opens_the_speech(cfg):
    from brief.pipeline import brief_text

    text = ("当地时间11月19日，国家主席习近平在曼谷同泰国总理巴育举行会谈。\n"
            "巴育热烈祝贺中共二十大成功召开。习近平主席访问泰国并出席亚太经合组织领导人非正式会议，是习近平主席担任国家主席后"
            "首次来泰，意义重大。泰方愿同中方加强高层往来。欢迎中国企业更多来泰投资。\n"
            "会谈后，两国领导人共同见证签署合作文件。巴育感谢中方支持。欢迎中国企业更多来泰投资。\n"
            "会议指出，今年经济运行总体平稳。习近平主席出席大会并发表讲话。")
    sents = brief_text(text, cfg, title="会谈").sentences
    # the rest of a paragraph a visitor's greeting opens is his remarks; the host's titles and meeting in them are the
    # host's, not the speaker spoken of (主席…会议 after 习近平主席)
    assert [speakers.read_alone(sents, k) for k in (2, 3, 4)] == [
        "巴育表示，习近平主席访问泰国并出席亚太经合组织领导人非正式会议，是习近平主席担任国家主席后首次来泰，意义重大。",
        "巴育表示，泰方愿同中方加强高层往来。", "巴育表示，欢迎中国企业更多来泰投资。"]
    assert speakers.read_alone(sents, 7) == "欢迎中国企业更多来泰投资。"  # a greeting inside a paragraph opens nothing
    # a meeting that speaks is still spoken of by 大会 past a titled name
    assert speakers.read_alone(sents, 9) == "习近平主席出席大会并发表讲话。"
    # his statement after his greeting opens the speech as well: 习近平祝贺…。习近平强调，…。中泰…
    host = brief_text("习近平祝贺泰方成功主办会议。习近平强调，中泰友好绵延千年。"
                      "中泰建立全面战略合作伙伴关系10年来，双边关系进入新发展阶段。\n巴育祝贺会议召开。习近平指出，双方要常来往。"
                      "两国合作前景广阔。", cfg, title="会谈").sentences
    assert speakers.read_alone(host, 2) == "习近平强调，中泰建立全面战略合作伙伴关系10年来，双边关系进入新发展阶段。"
    assert speakers.read_alone(host, 5) == "两国合作前景广阔。"  # another's greeting opens that paragraph


def test_a_statement_in_a_paragraph_a_speech_opens_names_its_speaker():
    opening = "会谈在人民大会堂举行。"
    said = _said("习近平/nr", "指出/v", "，/x", "中苏/ns", "是/v", "好/a", "朋友/n", "。/x")
    supports = _said("中方/n", "支持/v", "苏丹/ns", "各方/r", "推进/v", "政治/n", "过渡/vn", "。/x")
    sents = in_paragraphs((opening,), (said, supports))
    assert speakers.read_alone(sents, 2) == "习近平指出，中方支持苏丹各方推进政治过渡。"
    # not when the speech does not open the paragraph; in a text of one paragraph, only right after the speech
    # (``_view_goes_on``: no paragraphs tell where it ends)
    plainer = _said("两国/n", "合作/vn", "前景/n", "广阔/a", "。/x")  # (中方支持…: a side's stance, see below)
    assert speakers.read_alone(in_paragraphs((opening, said, plainer)), 2) == "习近平指出，两国合作前景广阔。"
    assert speakers.read_alone(in_paragraphs((opening, said, opening, plainer)), 3) == "两国合作前景广阔。"
    assert speakers.read_alone(in_paragraphs((opening,), (opening, said, plainer)), 3) == "两国合作前景广阔。"
    # not a sentence that turns back to the story or speaks of the speaker, nor after guidance a feature cites
    for story in ("当日，双方签署了合作文件。", "据了解，论坛已举办五届。", "总书记的话语直抵人心。"):
        assert speakers.read_alone(in_paragraphs((opening,), (said, story)), 2) == story
    cited = _said("习近平/nr", "总书记/n", "强调/v", "，/x", "要/v", "促进/v", "城乡/n", "融合/vn", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (cited, supports)), 2) == "中方支持苏丹各方推进政治过渡。"
    # the speech runs to the end of the paragraph it opens, past three sentences
    plain = ("两国友谊源远流长。", "双方互信日益巩固。", "合作成果丰硕。")
    late = in_paragraphs((opening,), (said, *plain, supports))
    assert speakers.read_alone(late, 5) == "习近平指出，中方支持苏丹各方推进政治过渡。"
    # a word jieba tags as a person that is none (亚太/nr) does not stop it; a person named does
    apec = _said("我/r", "期待/v", "出席/v", "亚太/nr", "经合组织/nt", "会议/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said, *plain, apec)), 5) == "习近平指出，我期待出席亚太经合组织会议。"
    # a name jieba does not know after a title speaks too: 阿尔及利亚总统特本/n表示
    tebboune = _said("阿尔及利亚/ns", "总统/n", "特本/n", "表示/v", "，/x", "中国/ns", "将/d", "发展/v", "。/x")
    believes = _said("坚信/v", "中国/ns", "将/d", "取得/v", "更多/a", "成就/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (tebboune, believes)), 2) == "阿尔及利亚总统特本表示，坚信中国将取得更多成就。"
    # 他 after a sentence whose subject is followed by a time word jieba tags t (张国清/nr 先后/t 到/v …)
    visits = _said("张国清/nr", "先后/t", "到/v", "门头沟区/ns", "察看/v", "，/x", "传达/v", "习近平/nr", "总书记/n", "指示/n", "。/x")
    stresses = _said("他/r", "强调/v", "，/x", "当前/t", "要/v", "把/p", "救人/v", "放在/v", "第一位/m", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (visits, stresses)), 2) == "张国清强调，当前要把救人放在第一位。"
    # a name jieba cuts its own way after a title (俄副外长/n 鲁/nr 登科/nz): read off the characters
    rudenko = _said("俄/j", "副外长/n", "鲁/nr", "登科/nz", "表示/v", "，/x", "文化遗产/n", "是/v", "财富/n", "。/x")
    tasks = _said("数字化/n", "具有/v", "重要/a", "意义/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (rudenko, tasks)), 2) == "俄副外长鲁登科表示，数字化具有重要意义。"
    # a rank after the name (国防武官李尧大校在致辞中表示): the speaker as a title before it would be
    colonel = _said("国防/n", "武官/n", "李尧/nr", "大校/n", "在/p", "致辞/v", "中/f", "表示/v", "，/x", "中国/ns", "坚持/v",
                    "和平/n", "发展/vn", "。/x")
    brave = _said("中国/ns", "人民/n", "解放军/n", "从来/d", "勇往直前/i", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (colonel, brave)), 2) == "国防武官李尧大校表示，中国人民解放军从来勇往直前。"
    # a visitor who speaks of his host by the host's title still speaks; a title alone is the speaker's own
    luxon = _said("拉克森/nr", "表示/v", "，/x", "中国/ns", "是/v", "伟大/a", "国家/n", "。/x")
    host = _said("习近平/nr", "主席/n", "访/v", "新/a", "10/m", "年来/t", "，/x", "两国关系/n", "很/d", "好/a", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (luxon, host)), 2) == "拉克森表示，习近平主席访新10年来，两国关系很好。"
    own = _said("主席/n", "的/uj", "话语/n", "直抵/v", "人心/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (luxon, own)), 2) == "主席的话语直抵人心。"
    # a title run into the name is no story before the speech; 致辞表示 is a speech too
    consul = _said("驻圣保罗/ns", "总领事/n", "陈佩洁/nr", "致辞/v", "表示/v", "，/x", "联谊会/n", "是/v", "重要/a", "侨团/n", "。/x")
    role = _said("在/p", "侨社/n", "建设/vn", "方面/n", "发挥/v", "重要作用/l", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (consul, role)), 2) == "驻圣保罗总领事陈佩洁表示，在侨社建设方面发挥重要作用。"
    untitled = _said("阿尔及利亚/ns", "特本/n", "表示/v", "，/x", "中国/ns", "将/d", "发展/v", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (untitled, believes)), 2) == "坚信中国将取得更多成就。"
    # a speaker jieba does not know, introduced after a title; a person the speaker addresses names no speaker
    met = _said("习近平/nr", "会见/v", "苏丹/ns", "主权/n", "委员会/n", "主席/n", "布尔汉/nz", "。/x")
    burhan = _said("布尔汉/nz", "表示/v", "，/x", "祝贺/v", "大会/n", "召开/v", "。/x")
    thanks = _said("我愿/v", "代表/n", "苏丹/ns", "政府/n", "向/p", "习近平/nr", "主席/n", "表示感谢/v", "。/x")
    backs = _said("苏方/nz", "坚定/a", "支持/v", "中方/f", "倡议/n", "。/x")
    talks = in_paragraphs((met,), (burhan, thanks, backs))
    assert speakers.read_alone(talks, 2) == "布尔汉表示，我愿代表苏丹政府向习近平主席表示感谢。"
    assert speakers.read_alone(talks, 3) == "布尔汉表示，苏方坚定支持中方倡议。"
    # a sentence spoken to 你们 is the speaker's too, also in a text of one paragraph
    welcome = _said("欢迎/v", "你们/r", "在/p", "学好/v", "中文/nz", "的/uj", "同时/c", "，/x", "多到/v", "中国/ns", "走走/v", "。/x")
    letter = sentences_of(opening, _said("习近平/nr", "强调/v", "，/x", "两国/n", "友谊/n", "深厚/a", "。/x"), welcome)
    assert speakers.read_alone(letter, 2) == "习近平强调，欢迎你们在学好中文的同时，多到中国走走。"
    unknown = in_paragraphs((opening,), (burhan, backs))  # never introduced: who is 布尔汉?
    assert speakers.read_alone(unknown, 2) == "苏方坚定支持中方倡议。"
    # a sentence with a speaker of its own that is no name stops the carry (其余患者表示); 我们对此表示感谢 does not
    patients = _said("其余/r", "患者/n", "表示/v", "，/x", "愿意/v", "调解/vn", "。/x")
    pays = _said("医院/n", "将/d", "依法/d", "追偿/v", "费用/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said, patients, pays)), 3) == "医院将依法追偿费用。"
    reported = _said("其余/r", "患者/n", "表示/v", "将/d", "在/p", "治疗/vn", "后/f", "调解/vn", "。/x")  # not a turn
    assert speakers.read_alone(in_paragraphs((opening,), (said, reported, pays)), 3) == "习近平指出，医院将依法追偿费用。"
    thanks_us = _said("我们/r", "对此/d", "表示/v", "感谢/v", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said, thanks_us, pays)), 3) == "习近平指出，医院将依法追偿费用。"
    # a paragraph a speech opens with 他表示 (the person the paragraph before names)
    attends = _said("李强/nr", "出席/v", "会议/n", "。/x")
    he = _said("他/r", "表示/v", "，/x", "合作/vn", "重要/a", "。/x")
    assert speakers.read_alone(in_paragraphs((attends,), (he, plainer)), 2) == "李强表示，两国合作前景广阔。"
    # a side (汤方/nr) is no person named
    side = _said("中方/f", "愿同/v", "汤方/nr", "加强/v", "合作/vn", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said, side)), 2) == "习近平指出，中方愿同汤方加强合作。"
    other = _said("王毅/nr", "和/c", "我/r", "都/d", "期待/v", "会面/v", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said, *plain, other)), 5) == "王毅和我都期待会面。"


def test_a_run_of_directives_after_a_meeting_or_an_organ_names_who_asks():
    meeting = _said("会议/n", "强调/v", "，/x", "要/v", "抓好/v", "防汛/vn", "工作/vn", "。/x")
    organ = _said("中央纪委/nt", "国家监委/nt", "强调/v", "，/x", "要/v", "纠治/v", "四风/n", "。/x")
    plant = _said("树立/v", "正确/a", "政绩观/n", "。/x")
    grow = _said("持之以恒/i", "推进/v", "从严治党/l", "。/x")
    offices = _said("纪检监察/nr", "机关/n", "要/v", "严/a", "查/v", "。/x")  # a name to jieba, an organ here
    sents = sentences_of(meeting, plant, grow, plant, grow, plant)
    assert [speakers.read_alone(sents, i) for i in (1, 5)] == ["会议强调，树立正确政绩观。"] * 2  # a run of any length
    assert speakers.read_alone(sentences_of(organ, offices, grow), 2) == "中央纪委国家监委强调，持之以恒推进从严治党。"
    # not a statement, a subject's phrase, a list item or a verb of one character
    for kept in (_said("联合/v", "实验室/n", "是/v", "成功/a", "案例/n", "。/x"),
                 _said("拥有/v", "最大/a", "核武库/n", "的/uj", "国家/n", "，/x", "应/v", "履行/v", "责任/n", "。/x"),
                 _said("三是/v", "餐饮业/n", "的/uj", "油烟/n", "。/x"), _said("有/v", "专家/n", "参加/v", "。/x")):
        sents = sentences_of(meeting, kept)
        assert speakers.read_alone(sents, 1) == sents[1].text
    # a sentence in the first person is the speaker's too, but not inside a quotation, which keeps its marks
    li = _said("李克强/nr", "表示/v", "，/x", "经济/n", "在/p", "前行/v", "。/x")
    core = _said("在/p", "以/p", "习近平/nr", "同志/n", "为/p", "核心/n", "的/uj", "中共中央/nt", "领导/vn", "下/f", "，/x",
                 "我们/r", "突出/v", "稳/a", "就业/vn", "。/x")
    assert speakers.read_alone(sentences_of(li, core), 1) == "李克强表示，" + sentences_of(core)[0].text
    quoted = _said("李强/nr", "表示/v", "：/x", "“/x", "经济/n", "向好/v", "。/x")
    we = _said("我们/r", "有/v", "信心/n", "。/x")
    ends = _said("前景/n", "光明/a", "。/x", "”/x")
    assert speakers.read_alone(sentences_of(quoted, we, ends), 1) == "李强表示：“我们有信心。”"
    mum = _said("王芬/nr", "说/v", "，/x", "孩子/n", "成绩/n", "不错/a", "。/x")
    nod = _said("我/r", "点点头/l", "。/x")
    assert speakers.read_alone(sentences_of(mum, nod), 1) == "我点点头。"  # a narrator's 我 after someone's 说
    # not past a sentence another source tells, and 要的是 is what someone wants
    told = _said("记者/n", "从/p", "气象部门/n", "获悉/v", "，/x", "降雨/n", "偏多/a", "。/x")
    public = _said("公众/n", "要/v", "关注/v", "天气预报/n", "。/x")
    assert speakers.read_alone(sentences_of(meeting, told, public), 2) == sentences_of(public)[0].text
    wants = _said("村民/n", "们/k", "要/v", "的/uj", "是/v", "收益/n", "。/x")
    assert speakers.read_alone(sentences_of(meeting, wants), 1) == sentences_of(wants)[0].text


def test_a_whole_quotation_takes_the_speaker_who_follows_it():
    quote = _said("“/x", "这些/r", "都/d", "急需/v", "资金/n", "。/x", "”/x")
    after = _said("王芬/nr", "说/v", "，/x", "银行/n", "发放/v", "了/ul", "贷款/n", "。/x")
    assert speakers.read_alone(sentences_of(quote, after), 0) == "王芬说：“这些都急需资金。”"
    assert speakers.read_alone(sentences_of(quote, after, paragraph_break=True), 0) == "“这些都急需资金。”"
    plain = "会谈后，双方签署了合作文件。"  # no speaker after it
    assert speakers.read_alone(sentences_of(quote, plain), 0) == "“这些都急需资金。”"
    # a foreign surname jieba takes for a place, named in full before (帕特里克·汉南说，…)
    named = _said("负责人/n", "帕特里克/nr", "·/x", "汉南/ns", "说/v", "，/x", "共/d", "收到/v", "投诉/v", "。/x")
    surname = _said("汉南/ns", "说/v", "，/x", "业主/n", "需要/v", "付费/v", "。/x")
    assert speakers.read_alone(sentences_of(named, quote, surname), 1) == "汉南说：“这些都急需资金。”"
    assert speakers.read_alone(sentences_of(plain, quote, surname), 1) == "“这些都急需资金。”"  # named nowhere
    # the organiser, who goes on with a quotation of his own (“…。”主办方说，“…)
    organiser = _said("主办方/n", "说/v", "，/x", "“/x", "我们/r", "还/d", "将/d", "选出/v", "代表/n", "。/x", "”/x")
    assert speakers.read_alone(sentences_of(quote, organiser), 0) == "主办方说：“这些都急需资金。”"
    # the end of a quotation opened by a speaker one or two sentences before
    opened = _said("贾布隆斯基/nr", "说/v", "，/x", "“/x", "两国/n", "关系/n", "很/d", "重要/a", "。/x")
    ends = _said("还有/v", "许多/m", "问题/n", "没有/d", "解决/v", "。/x", "”/x")
    assert speakers.read_alone(sentences_of(opened, ends), 1) == "贾布隆斯基说：“还有许多问题没有解决。”"
    assert speakers.read_alone(sentences_of(plain, ends), 1) == sentences_of(ends)[0].text  # no opening in reach
    # a quotation of two sentences, then who said it: each sentence names the speaker, also one jieba does not know
    head = _said("“/x", "以往/t", "货物/n", "走/v", "海运/n", "。/x")
    for who in (("刘金朋/nr", "介绍/v", "。/x"), ("二年级/m", "学生/n", "焦点/n", "说/v", "。/x")):
        name = "".join(who[:-2]).replace("/nr", "").replace("/m", "").replace("/n", "")
        verb = who[-2].split("/")[0]
        told = sentences_of(head, ends, _said(*who))
        assert speakers.read_alone(told, 0) == f"{name}{verb}：“以往货物走海运。”"
        assert speakers.read_alone(told, 1) == f"{name}{verb}：“还有许多问题没有解决。”"
    # also when the sentence after goes on once it has said who said it, as after a whole quotation (王芬说，…)
    assert speakers.read_alone(sentences_of(head, ends, after), 0) == "王芬说：“以往货物走海运。”"
    assert speakers.read_alone(sentences_of(head, ends, plain), 0) == "“以往货物走海运。"  # no one said it
    # who said it, and where, a forum's name in quotes: the person named before the place
    where = _said("财政部/nt", "副部长/n", "史耀斌/nr", "在/p", "北京/ns", "举办/v", "的/uj", "“/x", "亚洲/ns", "财经/n",
                  "合作/vn", "”/x", "研讨会/n", "上/f", "表示/v", "。/x")
    told = sentences_of(head, ends, where)
    assert speakers.attributions(told) == {1: 2}
    assert speakers.read_alone(told, 0) == "史耀斌表示：“以往货物走海运。”"
    # “…。”他说，…: the person 他 names
    intro = _said("阿万/nr", "说/v", "，/x", "走廊/n", "成果/n", "丰硕/a", "。/x")
    he_says = _said("他/r", "说/v", "，/x", "港口/n", "得到/v", "提升/v", "。/x")
    assert speakers.read_alone(sentences_of(intro, quote, he_says), 1) == "阿万说：“这些都急需资金。”"


def test_every_sentence_of_a_quotation_names_its_speaker():
    """A sentence inside a quotation that runs on, one opened after a colon with 回应, and one a name jieba does not
    know (林西强说。) or a speaker with a frame before the verb (张峰在大会上表示) follows."""
    opened = _said("考希/nr", "（/x", "Ibrahim/eng", " /x", "Koshy/eng", "）/x", "表示/v", "：/x", "“/x", "航线/n", "很/d",
                   "重要/a", "。/x")
    inside = _said("游客/n", "会/v", "增加/v", "。/x")
    ends = _said("旅游业/n", "将/d", "发展/v", "。/x", "”/x")
    assert speakers.read_alone(sentences_of(opened, inside, ends), 1) == "考希表示：“游客会增加。”"
    assert speakers.read_alone(sentences_of(opened, inside, ends), 2) == "考希表示：“旅游业将发展。”"
    assert speakers.read_alone(sentences_of(opened, inside), 1) == "游客会增加。"  # never closed: no quotation
    assert speakers.read_alone(sentences_of("会议召开。", inside, ends), 1) == "游客会增加。"  # no opening
    replied = _said("对此/d", "，/x", "扎克/nrt", "伯格/nr", "在/p", "Threads/eng", "上/f", "回应/v", "：/x", "“/x",
                    "我/r", "准备/v", "好/a", "了/ul", "。/x")
    assert speakers.read_alone(sentences_of(replied, ends), 1) == "扎克伯格回应：“旅游业将发展。”"
    quote = _said("“/x", "成果/n", "已/d", "应用/v", "。/x", "”/x")
    alone = _said("林西/ns", "强/a", "说/v", "。/x")
    assert speakers.read_alone(sentences_of(quote, alone), 0) == "林西强说：“成果已应用。”"
    framed = _said("理事长/n", "张峰/nr", "在/p", "大会/n", "上/f", "表示/v", "，/x", "产业/n", "发展/v", "好/a", "。/x")
    assert speakers.read_alone(sentences_of(quote, framed), 0) == "理事长张峰表示：“成果已应用。”"
    # offices too long to read as the speaker's head: the name before 说：“ opens the quotation
    long_office = _said("几内亚/ns", "渔业/n", "和/c", "海洋/n", "经济部/n", "国家/n", "渔业/n", "研究/vn", "中心/n", "主任/b",
                        "卡马拉/nrt", "说/v", "：/x", "“/x", "渔业/n", "发展/v", "快/a", "。/x")
    assert speakers.read_alone(sentences_of(long_office, ends), 1) == "卡马拉说：“旅游业将发展。”"
    # ... also with the name in another script, accented, in brackets between the name and the verb
    bracketed = _said("阿根廷/nr", "国家/n", "气象局/n", "发言人/l", "辛迪/nz", "·/x", "费尔南德斯/nrt", "（/x", "Cindy/eng",
                      " /x", "Fern/eng", "á/x", "ndez/eng", "）/x", "表示/v", "：/x", "“/x", "冬季/t", "寒潮/n", "少见/a", "。/x")
    middle = _said("目前/t", "，/x", "北部/f", "温度/n", "较高/a", "。/x")
    told = sentences_of(bracketed, middle, ends)
    assert speakers.read_alone(told, 1) == "阿根廷国家气象局发言人辛迪·费尔南德斯表示：“目前，北部温度较高。”"
    assert speakers.read_alone(told, 2) == "阿根廷国家气象局发言人辛迪·费尔南德斯表示：“旅游业将发展。”"
    # the sentence's own stop after the closing mark (…发展”。), and a speaker past the first 40 characters, right
    # before the opening mark, after a frame (另据…报道，美国五角大楼发言人针对…报道回应称，“…)
    stopped = _said("旅游业/n", "将/d", "发展/v", "”/x", "。/x")
    far = _said("另/r", "据/p", "美国/ns", "哥伦比亚/ns", "广播/vn", "公司/n", "（/x", "CBS/eng", "）/x", "当地/s", "时间/n",
                "15/m", "日/m", "报道/v", "，/x", "美国/ns", "五角大楼/ns", "发言人/l", "针对/p", "朝中社/nt", "的/uj",
                "报道/v", "回应/v", "称/v", "，/x", "“/x", "我们/r", "无法/n", "核实/v", "。/x")
    assert speakers.read_alone(sentences_of(far, inside, stopped), 1) == "美国五角大楼发言人称：“游客会增加。”"
    assert speakers.read_alone(sentences_of(far, stopped), 1) == "美国五角大楼发言人称：“旅游业将发展”。"


def test_a_name_with_a_dot_is_one_person_and_a_party_to_a_contract_none(cfg):
    from brief.pipeline import brief_text

    text = ("高速公路管理局局长穆罕默德·哈勒迪向中国企业表示感谢。他说，中国企业承担了过半路段的建设。"
            "承建方克服重重阻碍，为全线通车作出重要贡献。")
    sents = brief_text(text, cfg, title="通车").sentences
    assert speakers.read_alone(sents, 1) == "穆罕默德·哈勒迪说，中国企业承担了过半路段的建设。"  # not three people
    assert speakers.read_alone(sents, 2) == "穆罕默德·哈勒迪说，承建方克服重重阻碍，为全线通车作出重要贡献。"  # 承建方/nr


def test_a_claim_after_a_sentence_about_one_person_names_him(cfg):
    from brief.pipeline import brief_text

    sents = brief_text("事实上，这不是尹锡悦第一次在讲话中大谈改善韩日关系的必要性。他声称，如今日本是韩国的近邻。", cfg,
                       title="讲话").sentences
    assert speakers.read_alone(sents, 1) == "尹锡悦声称，如今日本是韩国的近邻。"


def test_a_sentence_that_names_the_speaker_is_the_story_of_him_not_his_words(cfg):
    from brief.pipeline import brief_text

    sents = brief_text("“一开始家里人比较担忧，不太了解这个概念。”白先生说道。来到医院后，白先生坚持锻炼、清淡饮食。",
                       cfg, title="捐髓").sentences
    assert speakers.read_alone(sents, 2) == "来到医院后，白先生坚持锻炼、清淡饮食。"


def test_a_quoted_document_speaks_for_every_sentence_of_its_quotation(cfg):
    from brief.pipeline import brief_text

    text = ("上述起诉书的引言部分这样写道：“尽管败选，被告仍决心继续掌权。此后两个多月里，被告散布谎言。"
            "这些主张是虚假的。”起诉书还列出了6名“共谋者”。")
    sents = brief_text(text, cfg, title="起诉").sentences
    assert speakers.read_alone(sents, 1) == "起诉书写道：“此后两个多月里，被告散布谎言。”"  # an allegation, not a fact
    assert speakers.read_alone(sents, 2) == "起诉书写道：“这些主张是虚假的。”"
    assert speakers.read_alone(sents, 3) == "起诉书还列出了6名“共谋者”。"


def test_a_clause_split_at_a_semicolon_names_the_person_its_run_is_about():
    head = _said("经查/vn", "，/x", "孙志刚/nr", "丧失/v", "理想信念/n", "；/x")
    piece = _said("违反/v", "组织/n", "原则/n", "；/x")
    meddled = _said("干预/v", "和/c", "插手/v", "司法/n", "活动/vn", "；/x")
    own = _said("廉洁/a", "底线/n", "失守/v", "；/x")
    sents = sentences_of(head, piece, own, meddled)
    assert [speakers.read_alone(sents, i) for i in (1, 2, 3)] == [
        "孙志刚违反组织原则；", "廉洁底线失守；", "孙志刚干预和插手司法活动；"]  # a clause with its own subject stays
    listed = _said("二是/v", "汽车尾气/n", "。/x")
    assert speakers.read_alone(sentences_of(head, listed), 1) == "二是汽车尾气。"  # a list item is left alone
    assert speakers.read_alone(sentences_of(head, piece, paragraph_break=True), 1) == "违反组织原则；"
    # an organ that will do what the run lists: its 将 goes with it; an organ's advice to the public names no doer
    will = _said("据介绍/n", "，/x", "国家/n", "卫计委/nt", "将/d", "继续/v", "指导/n", "医院/n", "救治/v", "；/x")
    guide = _said("引导/v", "患者/n", "依法/n", "解决/v", "赔偿/v", "问题/n", "；/x")
    assert speakers.read_alone(sentences_of(will, guide), 1) == "国家卫计委将引导患者依法解决赔偿问题；"
    advice = _said("国家/n", "疾控局/nt", "提醒/v", "群众/n", "注意/v", "防护/vn", "；/x")
    assert speakers.read_alone(sentences_of(advice, guide), 1) == "引导患者依法解决赔偿问题；"


def test_a_key_point_opened_by_a_pronoun_names_the_speaker():
    sents = sentences_of(LI_SAYS, "会谈后双方签署了协议。", HE_STRESSES)
    points = rank.select_summary(sents, [0.1, 0.2, 0.9], article_of(sents), BriefConfig(budget=12, max_summary_sentences=1))
    assert [(p.index, p.text) for p in points] == [(2, "李强强调，要推进合作。")]


def _roll_sentence() -> tuple[str, ...]:
    """一人一衔, then the verb: 甲省原副主任王一，乙市处长李二，丙局副局长张三，丁公司总经理刘四等人违规吃喝，受到严肃处理。"""
    roll = ("甲省/ns", "原/n", "副/b", "主任/b", "王一/nr", "，/x", "乙市/ns", "处长/v", "李二/nr", "，/x",
            "丙局/nt", "副局长/n", "张三/nr", "，/x")
    return (*roll, "丁公司/nt", "总经理/n", "刘四/nr", "等/u", "人/n", "违规/vn", "吃喝/v", "，/x", "受到/v", "严肃/a",
            "处理/v", "。/x")


def test_a_roll_of_titled_names_is_cut_to_the_first_before_its_verb():
    sents = sentences_of("日前，中央纪委国家监委通报了4起典型问题。", _roll_sentence(), "各级党组织要扛起责任。")
    points = {p.index: p.text for p in summarise(sents, BriefConfig(budget=60), scores=[0.9, 0.8, 0.1])}
    assert points[1] == "甲省原副主任王一……丁公司总经理刘四等人违规吃喝，受到严肃处理。"  # too long for the room left
    # when it fits, who was punished is the news: the whole roll
    points = {p.index: p.text for p in summarise(sents, BriefConfig(budget=200), scores=[0.9, 0.8, 0.1])}
    assert points[1] == sents[1].text
    # who attended is not: cut however much room there is
    attended = ("甲省/ns", "副主任/n", "王一/nr", "，/x", "乙市/ns", "处长/n", "李二/nr", "，/x", "丙局/nt", "局长/n", "张三/nr",
                "，/x", "丁公司/nt", "总经理/n", "刘四/nr", "等/u", "出席/v", "开幕式/n", "。/x")
    opening = sentences_of("技能大赛在合肥开幕。", attended)
    assert [p.text for p in summarise(opening, BriefConfig(budget=200), scores=[0.9, 0.8])][1] == "甲省副主任王一……丁公司总经理刘四等出席开幕式。"
    # two names are no roll to cut
    two = sentences_of(("甲省/ns", "主任/n", "王一/nr", "，/x", "乙市/ns", "处长/n", "李二/nr", "等/u", "出席/v", "。/x"))
    assert [p.text for p in summarise(two, BriefConfig(budget=200), scores=[1.0])] == ["甲省主任王一，乙市处长李二等出席。"]


def test_a_key_point_trimmed_to_fit_is_not_a_roll_of_names_without_its_verb():
    names = sentences_of("日前，中央纪委国家监委通报了4起典型问题。", _roll_sentence())
    # too little room for the whole point: its head would be names without what they did
    assert rank._roll(names[1]) == {"甲省原副主任王一", "乙市处长李二", "丙局副局长张三"}
    assert rank.trim_to_clause("甲省原副主任王一，乙市处长李二，丙局副局长张三，丁公司总经理刘四等人违规吃喝。", 30, 4, 0.0,
                               rank._roll(names[1])) is None
    assert rank.trim_to_clause("甲省原副主任王一，乙市处长李二，丙局副局长张三，丁公司总经理刘四等人违规吃喝。", 30) is not None


def test_protocol_of_a_visit_is_no_key_point_unless_the_text_has_nothing_else():
    sents = sentences_of("国务院总理李强同新西兰总理共同参观恒天然集团总部。", "李强抵达时，拉克森在下车处迎接。",
                         "李强表示，两国合作空间广阔。", "蔡奇、王毅等陪同人员同机抵达。")
    scores = [0.9, 0.8, 0.3, 0.7]
    assert [p.index for p in summarise(sents, BriefConfig(budget=45), scores=scores)] == [0, 2]
    assert [p.index for p in summarise(sents, BriefConfig(budget=200), scores=scores)] == [0, 2]  # room is no reason
    for told in ("王毅参加上述活动。", "当天中午，习近平和彭丽媛为图普六世夫妇举行欢迎宴会。", "先期抵达的李家超也到机场迎接。",
                 "习近平认真听取每位代表的发言，不时同他们互动交流。", "王毅、何立峰、肖捷等出席。",
                 "石泰峰、吉炳轩、肖捷、张庆黎出席开幕会。", "全国政协主席汪洋出席。", "全国政协副主席马飚主持会议。", "全国政协副主席张庆黎主持开幕会。",
                 "中共中央政治局常委、全国政协主席王沪宁，中共中央政治局常委、中央办公厅主任蔡奇出席。",
                 "民革中央主席郑建邦、民盟中央主席丁仲礼等应邀出席。", "应邀出席的还有全国政协副主席何厚铧、梁振英。",
                 "李干杰，各民主党派中央有关负责人参加活动。", "赵乐际认真倾听，和代表深入交流。",
                 "总书记同现场的文物保护工作者亲切交流。", "礼兵分列红毯两侧致敬。", "泰国总理府高官、最高司令等列队欢迎。",
                 "仪仗队整齐排列，行注目礼。",
                 "10时整，仪式开始，奏唱《中华人民共和国国歌》。", "国歌唱毕，全场向死难者默哀。"):
        assert speakers.protocol(told), told
    for told in ("王毅参加上述活动并介绍了中方立场。", "双方举行会谈。", "他认真听取代表发言，并就加强国防建设提出要求。",
                 "王沪宁出席并讲话。", "李强主持召开国务院常务会议。",
                 "8月5日，临夏市青年发展大会盛大开幕，社会各界人士600余人参加。",  # the event, and who came
                 "丁薛祥还前往文昌市联东中学，调研农村基础教育，同师生互动交流。"):  # a visit, with a gesture
        assert not speakers.protocol(told), told
    alone = sentences_of("李强抵达时，拉克森在下车处迎接。", "王毅参加上述活动。")
    assert [p.index for p in summarise(alone, BriefConfig(budget=200), scores=[0.9, 0.8])] == [0, 1]  # nothing else
    spoke = sentences_of("李强主持召开座谈会。", "座谈会上，张辉、任少波、刘珺等先后发言。", "李强指出，要准确把握形势。")
    assert [p.index for p in summarise(spoke, BriefConfig(budget=25), scores=[0.9, 0.8, 0.3])] == [0, 2]
    assert speakers.protocol("吴政隆参加座谈会。")
    # protocol() tries its patterns only on a sentence with one of _PROTOCOL_WORDS: each branch of each holds one
    for pattern in (speakers._PROTOCOL, speakers._PROTOCOL_SENTENCE):
        depth, branches = 0, [""]
        for char in pattern.pattern:
            depth += (char == "(") - (char == ")")
            if char == "|" and depth == 0:
                branches.append("")
            else:
                branches[-1] += char
        for branch in branches:
            assert speakers._PROTOCOL_WORDS.search(branch), branch
    # who attended is the news when the title names him for it
    attended = _said("全国政协/nt", "主席/n", "王沪宁/nr", "出席/v", "。/x")
    chaired = sentences_of("全国政协召开远程协商会。", attended, "委员们建议加强城市更新。")
    title = "全国政协召开远程协商会 王沪宁出席"
    assert 1 in [p.index for p in summarise(chaired, BriefConfig(budget=200), scores=[0.9, 0.5, 0.3], title=title)]
    assert 1 not in [p.index for p in summarise(chaired, BriefConfig(budget=200), scores=[0.9, 0.5, 0.3])]


def test_a_speech_runs_on_through_paragraphs_each_opened_by_a_directive():
    opening = "会议在曼谷举行。"
    said = _said("习近平/nr", "指出/v", "，/x", "开放/vn", "是/v", "宗旨/n", "。/x")
    must = _said("要/v", "坚持/v", "多边主义/n", "。/x")
    keep = _said("坚定/a", "维护/v", "贸易/n", "体制/n", "。/x")
    china = _said("中国/ns", "开放/vn", "的/uj", "大门/n", "越开越大/l", "。/x")
    talks = in_paragraphs((opening,), (said,), (must, keep), (must, china))
    assert [speakers.read_alone(talks, i) for i in (2, 3, 5)] == [
        "习近平指出，要坚持多边主义。", "习近平指出，坚定维护贸易体制。", "习近平指出，中国开放的大门越开越大。"]
    # not through a paragraph that opens otherwise, nor past another source
    story = _said("当天/t", "，/x", "双方/n", "签署/v", "文件/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said,), (story,), (must, keep)), 4) == "坚定维护贸易体制。"
    sourced = _said("据/p", "了解/v", "，/x", "会议/n", "持续/v", "两天/m", "。/x")
    assert speakers.read_alone(in_paragraphs((opening,), (said, sourced), (must, keep)), 4) == "坚定维护贸易体制。"


def test_a_wish_right_after_a_speaker_names_the_speaker():
    said = _said("李强/nr", "表示/v", "，/x", "中方/f", "重视/v", "农业/n", "合作/vn", "。/x")
    wish = _said("希望/v", "双方/n", "落实/v", "好/a", "签署/v", "的/uj", "规划/n", "，/x", "取得/v", "成果/n", "。/x")
    assert speakers.read_alone(in_paragraphs((said, wish)), 1) == "李强表示，希望双方落实好签署的规划，取得成果。"


def test_a_sides_stance_after_its_speaker_names_the_speaker_even_in_one_paragraph():
    said = _said("王毅/nr", "表示/v", "，/x", "中巴/j", "是/v", "伙伴/n", "。/x")
    stance = _said("中方/f", "愿同/v", "巴方/nz", "一道/d", "，/x", "深化/v", "合作/vn", "。/x")
    assert speakers.read_alone(sentences_of(said, stance), 1) == "王毅表示，中方愿同巴方一道，深化合作。"
    signed = "会谈后，双方签署了合作文件。"  # the story goes on between them: whose stance?
    assert speakers.read_alone(sentences_of(said, signed, stance), 2) == "中方愿同巴方一道，深化合作。"


def test_a_reporters_question_is_no_key_point():
    sents = sentences_of("外交部发言人毛宁主持例行记者会。", "发言人对此有何评论？", "毛宁说，中方愿加强粮食安全合作。")
    assert [p.index for p in summarise(sents, BriefConfig(budget=200), scores=[0.5, 0.9, 0.4])] == [0, 2]
    for slogan in ("党旗所指，军旗所向。", "只要跟党走，一定能胜利。", "“无事不扰，有求必应。”", "时间不等人！",
                   "“红豆生南国，春来发几枝”“白日依山尽，黄河入海流”……"):
        assert speakers.slogan(slogan), slogan
    for told in ("他强调，要推进合作。", "相关部门表示，将进行调查。", "全市新增就业岗位八万个，同比增长三成。",
                 "全市新增就业岗位八万个！", "“今年上半年，全区能耗强度下降3.5%以上，经济运行稳中向好。”"):
        assert not speakers.slogan(told), told
    for trip in ("春节期间，记者沿着高速公路大动脉进行了调研。", "顺着大数据给出的线索，记者来到了郴州欧阳海服务站点。"):
        assert speakers.reporters_trip(trip), trip
    assert not speakers.reporters_trip("近日，记者走进荆门市政务服务中心发现，公示栏被公布在醒目位置。")  # what he found
    for asked in ("中方将为维护全球粮食安全作出哪些努力？", "请问中方对此有何评论？", "问：菲方称，中国海警使用水炮攻击。",
                  "当日例行记者会上，有记者问：据报道，联合国秘书长称，全球粮食体系“已崩溃”。"):
        assert rank._ASKED.search(asked), asked
    assert not rank._ASKED.search("他问：你们村今年收成怎么样。")  # someone's question in a story, not a reporter's put
    assert not render._reports("问：菲方称，中国海警使用水炮攻击。") and render._reports("答：仁爱礁历来是中国领土。")
    assert not rank._ASKED.search("为什么手机的屏幕越做越大呢？")  # a post's own question may be its point
    article = sentences_of("如何解决新能源车“里程焦虑”？", "交通运输部表示，正加快推进充电设施建设。", "全国已有5931个服务区建设充电设施。",
                           "各地服务区充电排队现象有较大改善。", "公众可通过手机查询充电桩。", "节假日期间问题更为突出。",
                           "交通运输部将强化信息发布。")
    points = summarise(article, BriefConfig(budget=200), scores=[0.9, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1])
    assert 0 not in [p.index for p in points]  # an article's own question opens its answer: no point


def test_a_clause_split_off_at_a_semicolon_without_a_subject_waits_for_its_sentence():
    sents = sentences_of("通知明确了帮扶措施。", "受灾职工不能正常偿还贷款的，不作逾期处理；", "可按规定申请延长贷款期限。",
                         "措施执行至2023年12月31日。")
    picked = [p.index for p in summarise(sents, BriefConfig(budget=40), scores=[0.5, 0.1, 0.9, 0.4])]
    assert 2 not in picked or 1 in picked  # never 可按规定申请… alone
    assert speakers.leans_back(sents, 2) and not speakers.leans_back(sents, 3)
    more = sentences_of("洛杉矶警察局数据显示，入室盗抢8567起，比2021年同期增长13%；", "小偷小摸更是达到19724起，增长42%。")
    assert speakers.leans_back(more, 1)  # more than what, where, by whose count: the clause before tells
    told = sentences_of("双方就减贫经验开展交流；", "要加强合作。")  # a directive names its speaker: it may stand alone
    assert not speakers.leans_back(told, 1)
    # 该官员 is the one the sentence before named (which? who?); 该项目 is most often the title's
    unnamed = sentences_of("一名美国官员透露了袭击细节。", "该官员认为，袭击经过精心策划。", "该项目总投资50亿元。")
    assert speakers.leans_back(unnamed, 1) and not speakers.leans_back(unnamed, 2)
    # 这家企业, 位于某地的这家企业: the one the story just showed
    shown = sentences_of("镜头转向一家电梯企业。", "西川德阳这家电梯企业的订单已排到年底。", "位于东港的这家民营企业启动了新项目。",
                         "这些企业订单充足。", "全县企业订单充足。")
    assert speakers.leans_back(shown, 1) and speakers.leans_back(shown, 2) and not speakers.leans_back(shown, 4)
    framed = sentences_of("德阳一家建材企业订单饱满。", "在数千公里之外，浙江温州这家绿色建材企业也在加紧生产。")
    assert speakers.leans_back(framed, 1)  # after a frame too
    there = sentences_of("总书记来到一座古寺。", "总书记在这里详细了解文物保护情况。", "在另一家企业，工人们正在忙碌。",
                         "在这个赛季开始前，球队更换了教练。")
    assert speakers.leans_back(there, 1) and speakers.leans_back(there, 2) and not speakers.leans_back(there, 3)
    for leaning in ("为此，获得了所有参赛队伍的一致好评。", "同一时间，南京市拉响防空警报。", "当地决定再建设8条线路。"):
        assert speakers.leans_back(sentences_of("比赛圆满结束。", leaning), 1), leaning
    assert not speakers.leans_back(sentences_of("比赛圆满结束。", "当地时间5日，会议召开。"), 1)
    they = sentences_of("委员代表介绍了合作情况。", "他们高度赞赏中方扩大开放。", "他们分别是张三、李四。")
    assert speakers.leans_back(they, 1) and not speakers.leans_back(they, 2)  # a roll of names stands alone


def test_a_short_quotation_no_one_is_named_saying_is_no_key_point_of_an_article():
    texts = ("新加坡副总理日前出席论坛。", "“副总理谈中美经济竞争。”", "他在对话环节谈到地区经济。", "论坛吸引了各国学者参加。",
             "与会者讨论了地区经济前景。", "会议持续两天。", "主办方表示将继续举办论坛。")
    scores = [0.5, 0.9, 0.4, 0.3, 0.2, 0.1, 0.05]
    picked = [p.index for p in summarise(sentences_of(*texts), BriefConfig(budget=60), scores=scores)]
    assert 1 not in picked and picked  # a caption under a video, no point
    post = [p.index for p in summarise(sentences_of(*texts[:4]), BriefConfig(budget=60), scores=scores[:4])]
    assert 1 in post  # a short post's quotation may be its news


def test_a_belief_the_next_sentence_corrects_is_no_key_point(cfg):
    from brief.pipeline import brief_text

    b = brief_text("在许多人的印象中，甘肃省干旱少雨，不可能有野生大熊猫生存。而实际上，甘肃是我国有野生大熊猫栖息的三个省之一。"
                   "甘肃如今生活着132只野生大熊猫。", cfg, title="甘肃野生大熊猫日益增多")
    points = [p.text for p in b.summary]
    assert not any("印象中" in p for p in points)  # alone, the misconception would read as fact
    assert "甘肃是我国有野生大熊猫栖息的三个省之一。" in points  # the fact, without 而实际上


def test_a_pronoun_no_speaker_names_leans_on_the_sentence_before(cfg):
    from brief.pipeline import brief_text

    # a 她 that no speaker names points at the one the sentence before shows; 这种… too; a 她说 named does not
    she = brief_text("弹奏者居然是一位来自远方的姑娘。她在众人的赞扬中害羞地笑了。这种乐器有两千多年历史。"
                     "教师王芳来到课堂。她说，学生们很喜欢这门课。", cfg, title="课堂").sentences
    assert speakers.leans_back(she, 1) and speakers.leans_back(she, 2) and not speakers.leans_back(she, 4)
    # a topic set against the sentence before leans on it; a frame after 但 does not (但目前，…, 但是献血之前，…)
    but = brief_text("部长表示，方案有望今年推出。但是实施，还有一个相当长的过程。但目前，各方仍有分歧。但是献血之前，还要进行检测。"
                     "但是，我们认为预期是理性的。", cfg, title="方案").sentences
    assert [speakers.leans_back(but, k) for k in (1, 2, 3, 4)] == [True, False, False, False]
    # after a clause that frames it, too; a 他 named is no pointer
    framed = brief_text("村里来了一位新老师。每天清晨6时许，他从村里出发前往镇上。全国人大代表聂守军来自黑龙江。这次全国两会，"
                        "他专门带来了稻种。", cfg, title="代表").sentences
    assert speakers.leans_back(framed, 1) and not speakers.leans_back(framed, 3)
    assert speakers.read_alone(framed, 3) == "这次全国两会，聂守军专门带来了稻种。"
    pointed = brief_text("俄财长披露今年的赤字将超过GDP的2%。面对该数据，他仍然表示有信心。", cfg, title="赤字").sentences
    assert speakers.leans_back(pointed, 1)  # 该数据: the one the sentence before tells
    wish = brief_text("一名网民在网上留言，称其子患罕见病，国内无药可治。希望尽快加速罕见病药品的引进。\n"
                      "代表李华表示，要完善医保。希望各地加快落实。", cfg, title="罕见病").sentences
    assert speakers.leans_back(wish, 1) and not speakers.leans_back(wish, 3)  # whose wish? the one named, if any
    they = brief_text("湖南充电数据中心监控着全省充电站。为了应对今年春运“大考”，他们头一次引入了“智慧大脑”。", cfg,
                      title="春运").sentences
    assert speakers.leans_back(they, 1)  # 他们 after a frame: those the sentence before names
    stressed = brief_text("国家防总办公室召开视频调度会。强调要夯实地方防汛主体责任。", cfg, title="防汛").sentences
    assert speakers.leans_back(stressed, 1)  # who stressed it? the sentence before says


def test_a_semicolon_item_with_no_subject_of_its_own_leans_on_the_first():
    sents, _ = _segmented(["今年上半年，青禾集团实现营业收入52.6亿元，同比增长3.1%；", "实现净利润4.2亿元，同比增长8.5%；",
                           "基本每股收益0.21元，同比增加0.02元。"], "青禾集团发布半年报")
    assert speakers.leans_back(sents, 1) and speakers.leans_back(sents, 2)  # whose profit? the run's first item says
    sents, _ = _segmented(["出发前，青禾县团委对志愿者进行了集中培训；", "组织了红色研学活动，带领志愿者参观纪念馆。"], "志愿者出发")
    assert speakers.leans_back(sents, 1)
    # an item with a subject of its own stands alone: 甲省…；乙市…
    sents, _ = _segmented(["今年上半年，东川省地区生产总值增长5.2%；", "西岭市地区生产总值增长6.0%；",
                           "不少企业加快数字化改造，着眼提升效率，园区将新建两座数据中心。"], "经济运行")
    assert not speakers.leans_back(sents, 1) and not speakers.leans_back(sents, 2)
    # a list of things is the subject, whatever jieba tags its first word (综合/vn): no one's name before it
    sents, _ = _segmented(["张华介绍，新能源投资快速增长；", "综合能源、新型储能、充电设施等新业态投资持续扩大。"], "投资")
    assert not speakers.leans_back(sents, 1)
    assert speakers.read_alone(sents, 1) == "张华介绍，" + sents[1].text  # his words still (one paragraph: _view_goes_on)
    # whom it is done for, an adverb, or a frame and then the verb: no subject of their own either
    sents, _ = _segmented(["他指出，军联会积极参与社会公益事业；", "为侨团建设提供支持服务；", "坚决反独促统，维护祖国权益；",
                           "在国家领导人来访期间，是安保的核心力量；", "在疫情期间，军联会捐助了物资。"], "军联会")
    assert [speakers.leans_back(sents, k) for k in (1, 2, 3, 4)] == [True, True, True, False]
    # the next item of a list a colon opened is the list's, whose source its opening names; not an item of its own label
    sents, _ = _segmented(["《江州时报》报道称，两项具体指控是：向前局长施加压力，要求其作出有利裁决；",
                           "李某被迫支持其前妻的诉讼。"], "指控")
    assert speakers.leans_back(sents, 1)
    sents, _ = _segmented(["策略一：以诉求差异化形成产品定位的差异化；", "策略二：以包装差异化形成渠道竞争的差异化。"], "策略")
    assert not speakers.leans_back(sents, 1)
    # an example of what the sentence before said, or a time counted from it
    sents, _ = _segmented(["不少地方在城市边角地块建造健身设施。", "例如，江州利用高架桥下空间建造口袋体育公园。",
                           "11月15日，他宣布参选。", "就在三天后，史密斯出任特别检察官。"], "全民健身")
    assert speakers.leans_back(sents, 1) and speakers.leans_back(sents, 3)
    # 这里 after a time and a cause (前两年春运期间，因为充电排长队，这里一度上了热搜), 在这背后
    for text in ("前两年春运期间，因为充电排长队，这里一度上了热搜。", "在这背后，还有一个强大的运维网络在支撑。"):
        assert speakers.POINTING.match(text), text
    assert not speakers.POINTING.match("春运期间，长沙西服务区一度排起长队。")


def test_subheadings_run_into_their_paragraphs_are_no_key_points():
    sents = sentences_of("高新区始终坚持“四个强化”。", "强化源头管控，筑牢项目安全防线。", "园区建立全过程安全监管体系。",
                         "强化事故预防，完善应急救援体系。", "园区建成应急物资储备库。")
    picked = [p.index for p in summarise(sents, BriefConfig(budget=200), scores=[0.5, 0.9, 0.4, 0.8, 0.3])]
    assert 1 not in picked and 3 not in picked
    # one such sentence alone, or one that tells, is no series of headings
    assert not rank._run_in_headings(sents[:3])
    assert not rank._run_in_headings(sentences_of("强化源头管控，筑牢项目安全防线。", "加强了宣传引导，形成良好氛围。"))


def test_a_papers_roadmap_is_no_key_point():
    sents = sentences_of("截至2018年底，城镇职工基本养老保险参保人数达4.2亿人。",
                         "因此，本文重点研究城镇职工基本养老保险基金的可持续问题。", "基金收入增长快于支出增长。")
    assert [p.index for p in summarise(sents, BriefConfig(budget=200), scores=[0.5, 0.9, 0.4])] == [0, 2]
    assert not rank._ROADMAP.search("本文来源：新华社。")  # chrome, cleaned elsewhere, is no roadmap
    assert not rank._ROADMAP.search("研究人员分析了本地数据。")


def test_a_discipline_bulletin_shows_its_decision_without_its_grounds():
    sents = sentences_of(
        "经中共中央批准，中央纪委对某省原副省长张某严重违纪违法问题进行了立案审查调查。",
        "经查，张某丧失理想信念，背弃初心使命，违规收受礼品礼金，利用职务便利为他人谋利，并非法收受巨额财物。",
        "张某严重违反党的纪律，构成严重职务违法并涉嫌受贿犯罪，性质严重，影响恶劣，应予严肃处理。",
        "依据《中国共产党纪律处分条例》等有关规定，经中央纪委常委会会议研究并报中共中央批准，决定给予张某开除党籍处分。")
    title = "某省原副省长张某严重违纪违法被开除党籍"
    chosen = summarise(sents, BriefConfig(budget=60), title=title)
    assert [s.index for s in chosen][:2] == [0, 3] and chosen[1].text == "决定给予张某开除党籍处分。"
    told = rank.rank_sentences(sents, article_of(sents, title), CFG)
    plain = rank.rank_sentences(sents, article_of(sents, "某省原副省长张某案情通报"), CFG)  # no decision in the title
    assert told[3] > max(told[1:3]) and plain[3] < max(plain[1:3])


def test_a_report_of_talks_puts_what_they_came_to_forward():
    sents = sentences_of(
        "国家主席习近平在北京人民大会堂会见来华进行正式访问的格鲁吉亚总理加里巴什维利。",
        "习近平指出，中格友谊源远流长，两国人民相互尊重、相互信任。",
        "去年，两国领导人就深化合作达成重要共识，为双边关系发展指明了方向。",
        "习近平指出，你此次访华期间，双方将发表联合声明，共同宣布建立中格战略伙伴关系。")
    title = "习近平会见格鲁吉亚总理加里巴什维利"
    talks = rank.rank_sentences(sents, article_of(sents, title), CFG)
    unweighted = rank.rank_sentences(sents, article_of(sents, title), CFG,
                                     weights=dataclasses.replace(rank.WEIGHTS, outcome=0.0))
    assert rank.WEIGHTS.outcome > 0 and talks[3] - unweighted[3] == pytest.approx(rank.WEIGHTS.outcome)
    assert talks[2] == unweighted[2]  # what earlier talks came to is background
    for signed in ("两国领导人共同见证签署《中泰战略性合作共同行动计划（2022—2026）》《中泰共同推进“一带一路”建设的合作规划》"
                   "以及经贸投资领域合作文件。", "双方发表了《中泰关于构建更为稳定、更加繁荣、更可持续命运共同体的联合声明》。"):
        assert rank._OUTCOME.search(signed), signed  # documents whose names run long
    for stance in ("图普六世表示，汤加坚定恪守一个中国原则，坚决反对任何形式的“台湾独立”。", "格方坚定奉行一个中国政策。"):
        assert rank._OUTCOME.search(stance), stance  # the visitor's word on China's core interest
    assert not rank._OUTCOME.search("美方应当认真对待中方关切。")
    plain = article_of(sents, "中格友谊源远流长")  # no talks in the title
    assert rank.rank_sentences(sents, plain, CFG) == rank.rank_sentences(
        sents, plain, CFG, weights=dataclasses.replace(rank.WEIGHTS, outcome=0.0))


def test_a_common_word_jieba_tags_as_a_place_or_person_is_a_noun_and_no_name_keyword():
    from brief import segment

    body = "千厮门大桥城市阳台改造，广大干部群众和青少年点亮城市夜经济，居留许可数量增长。"
    for engine in ("rjieba", "jieba"):
        (sentence,) = segment.segment(Article(title="t", body=body), BriefConfig(segmenter=engine))
        tags = dict(zip(sentence.tokens, sentence.tags))
        assert tags["青少年"] == "n" and tags["广大干部"] == "n" and tags["许可"] == "vn"  # ns, nr, ns, nr in jieba's
    # tagged as a noun, it gets no name boost and takes no loose character as a name would (千厮/门/大桥/城市)
    sents = sentences_of(("千厮/n", "门/n", "大桥/n", "城市/n", "景观/n", "。/x"), ("千厮/n", "门/n", "大桥/n", "城市/n", "阳台/n", "。/x"))
    assert not any(k.word.startswith("门") for k in rank.rank_keywords(sents, article_of(sents), BriefConfig()))


def test_a_function_character_between_two_names_is_no_part_of_a_name():
    sents = sentences_of(("俄罗斯/ns", "就/d", "克里米亚/nrt", "大桥/n", "遇袭/v", "报复/v", "。/x"),
                         ("克里米亚/nrt", "大桥/n", "遭/v", "袭击/vn", "。/x"), ("俄罗斯/ns", "就/d", "克里米亚/nrt", "表态/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "俄罗斯就克里米亚" not in words and "俄罗斯" in words
    assert rank._glue_names(["阿尔乔", "莫", "夫斯"], ["nr", "d", "nrt"], frozenset())[0] == ["阿尔乔莫夫斯"]  # a name piece
    assert rank._glue_names(["冬季", "天黑", "较", "早"], ["t", "ns", "zg", "a"], frozenset())[0] == ["冬季", "天黑", "较", "早"]


def test_a_person_named_once_gets_no_name_boost():
    # 锂矿 and 张三 hang on 铜矿 alike: a person named once ranks as a noun would (ties by first occurrence)
    sents = sentences_of(("铜矿/n", "锂矿/n", "。/x"), ("铜矿/n", "张三/nr", "。/x"))
    assert [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())] == ["铜矿", "锂矿", "张三"]
    # named twice, he is a person of the story; a place named once keeps its boost
    twice = sentences_of(("铜矿/n", "锂矿/n", "。/x"), ("铜矿/n", "张三/nr", "。/x"), ("张三/nr", "。/x"))
    words = [k.word for k in rank.rank_keywords(twice, article_of(twice), BriefConfig())]
    assert words.index("张三") < words.index("锂矿")
    place = sentences_of(("铜矿/n", "锂矿/n", "。/x"), ("铜矿/n", "秘鲁/ns", "。/x"))
    assert [k.word for k in rank.rank_keywords(place, article_of(place), BriefConfig())][1] == "秘鲁"


def test_a_verb_before_an_organisation_or_a_person_is_no_keyphrase():
    sents = sentences_of(("习近平/nrfg", "出席/v", "亚太经合组织/nt", "会议/n", "。/x"), ("出席/v", "亚太经合组织/nt", "峰会/n", "。/x"),
                         ("会见/v", "张三/nr", "。/x"), ("会见/v", "张三/nr", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig(keywords=16))]
    assert "亚太经合组织" in words and "出席亚太经合组织" not in words
    assert "张三" in words and "会见张三" not in words


def test_a_verb_that_frames_the_topic_is_no_keyword_nor_part_of_one():
    sents = sentences_of(("涉嫌/v", "生产/vn", "假药/n", "。/x"), ("涉嫌/v", "生产/vn", "假药/n", "案件/n", "。/x"),
                         ("委员/n", "发言/v", "提出/v", "，/x", "发展/vn", "假药/n", "监管/vn", "。/x"),
                         ("委员/n", "发言/v", "提出/v", "，/x", "完善/v", "监管/vn", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig(keywords=16))]
    assert "生产假药" in words  # not 涉嫌生产假药
    assert not any(w.startswith(("涉嫌", "发言", "提出")) or w.endswith(("发言", "提出")) for w in words)


def test_a_time_word_after_a_keyword_is_no_lost_piece_of_it():
    sents = sentences_of(("点亮/v", "城市/ns", "夜/t", "经济/n", "。/x"), ("城市/ns", "夜间/t", "经济/n", "业态/n", "。/x"))
    assert rank._Whole(sents, frozenset())("城市") == "城市"  # not 城市夜


def test_no_keyphrase_goes_on_past_a_company_name():
    sents = sentences_of(("标称/n", "食品/n", "有限公司/n", "生产/vn", "的/uj", "菜籽油/n", "。/x"),
                         ("油脂/n", "有限公司/n", "生产/vn", "的/uj", "菜籽油/n", "。/x"),
                         ("食品/n", "有限公司/n", "工人/n", "抢修/v", "。/x"), ("食品/n", "有限公司/n", "工人/n", "转移/v", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig(keywords=16))]
    assert "食品有限公司" in words and "菜籽油" in words
    assert "生产" in words and "工人" in words  # no 有限公司生产, 有限公司工人 took their occurrences
    assert not any(w.endswith(("有限公司生产", "有限公司工人")) for w in words)


def test_a_word_too_general_for_a_tag_is_no_keyword_but_links_the_others():
    sents = sentences_of(("求是/nz", "杂志/n", "发表/v", "文章/n", "。/x"), ("文章/n", "强调/v", "人口/n", "。/x"),
                         ("文章/n", "指出/v", "生育/vn", "人口/n", "。/x"), ("7/m", "月份/n", "人口/n", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "人口" in words and not {"文章", "月份"} & set(words)


def test_a_speech_goes_on_past_a_person_it_names_and_the_one_it_addresses(cfg):
    from brief.pipeline import brief_text

    text = ("欢迎仪式后，李强同安瓦尔举行会谈。\n李强表示，今年是中马建交50周年。去年，习近平主席同总理先生就共建命运共同体"
            "达成重要共识。中方愿同马方加快推进各领域合作。双方要更紧密对接发展战略，扎实推进重大项目建设。")
    sents = brief_text(text, cfg, title="李强同马来西亚总理会谈").sentences
    # 总理先生 is whom he addresses, not the speaker spoken of; 习近平主席 is named in his words, no other's turn
    assert speakers.read_alone(sents, 2).startswith("李强表示，去年，习近平主席同总理先生")
    assert speakers.read_alone(sents, 4).startswith("李强表示，双方要更紧密对接")
    # a person the story names between them (no part of the speech) still ends it
    told = text.replace("去年，习近平主席同总理先生就共建命运共同体达成重要共识。", "王毅陪同会见。")
    sents = brief_text(told, cfg, title="李强同马来西亚总理会谈").sentences
    assert speakers.read_alone(sents, 4).startswith("双方要")


def test_a_quotation_takes_who_said_it_while_doing_something_after_it(cfg):
    from brief.pipeline import brief_text

    text = ("学校开设书法课程。\n“不懂中国文化就缺少了‘世界范儿’。”来自哈萨克斯坦的留学生铁米尔一边挥洒着画笔一边笑着说，"
            "一幅水墨画已初具规模。“中国文化很美。”她高兴地说，“我要留下来。”")
    sents = brief_text(text, cfg, title="留学生爱上中国文化").sentences
    quoted = next(k for k, s in enumerate(sents) if s.text.startswith("“不懂"))
    assert speakers.read_alone(sents, quoted) == "来自哈萨克斯坦的留学生铁米尔说：“不懂中国文化就缺少了‘世界范儿’。”"
    other = next(k for k, s in enumerate(sents) if s.text.startswith("“中国文化"))
    assert speakers.read_alone(sents, other) == "“中国文化很美。”"  # 她 names no one here


def test_a_quotation_lead_takes_the_person_the_next_sentence_opens_with(cfg):
    from brief.pipeline import brief_text

    text = ("“合作让两国青年都受益。”越南留学生陈玉兰近日在座谈会上分享了自己的经历。他在河内长大。\n"
            "“文明是民族的根脉。”“保护文物就是守护历史。”张建国书记高度重视文物保护工作，多次到现场调研。\n"
            "“大家一起加油。”会场响起热烈掌声。")
    sents = brief_text(text, cfg, title="座谈会召开").sentences
    first = next(k for k, s in enumerate(sents) if s.text.startswith("“合作"))
    assert speakers.read_alone(sents, first) == "越南留学生陈玉兰说：“合作让两国青年都受益。”"  # 陈/nr 玉兰/nr
    chained = next(k for k, s in enumerate(sents) if s.text.startswith("“文明"))
    assert speakers.read_alone(sents, chained) == "张建国书记说：“文明是民族的根脉。”"  # two leads, one speaker
    nobody = next(k for k, s in enumerate(sents) if s.text.startswith("“大家"))
    assert speakers.read_alone(sents, nobody) == "“大家一起加油。”"  # the next sentence names no one
    reported = brief_text("“外长今日开启亚非之行。”《东方经济新闻》27日报道称，此访意在加强联系。", cfg, title="出访").sentences
    assert speakers.read_alone(reported, 0) == "《东方经济新闻》报道称：“外长今日开启亚非之行。”"  # a paper reports it


def test_a_quotation_takes_who_said_it_from_a_sentence_that_ends_with_him(cfg):
    from brief.pipeline import brief_text

    text = ("展览开幕。\n“这是我第一次来到中国，印象很深。”8日上午，谈及此行的感受，来自巴西的教师卡洛斯如是说。\n"
            "“欢迎你们来。我们会做好服务。”市文旅局相关负责人表示，将推出更多线路。")
    sents = brief_text(text, cfg, title="展览开幕").sentences
    quoted = next(k for k, s in enumerate(sents) if s.text.startswith("“这是"))
    assert speakers.attributions(sents).get(quoted) == quoted + 1  # the sentence only says who said it
    inside = next(k for k, s in enumerate(sents) if s.text.startswith("我们会"))
    assert speakers.read_alone(sents, inside) == "市文旅局相关负责人表示：“我们会做好服务。”"


def test_a_trimmed_point_keeps_words_said_not_only_who_said_them():
    from brief.rank import trim_to_clause

    assert trim_to_clause("市文旅局相关负责人表示：“城市的大门，随时向青年人才敞开。”", 24, 12) is None
    assert trim_to_clause("市文旅局相关负责人表示：“城市的大门随时向青年人才敞开，也欢迎各地游客。”", 36, 12) == \
        "市文旅局相关负责人表示：“城市的大门随时向青年人才敞开…"


def test_a_view_goes_on_after_a_statement_in_a_text_of_one_paragraph(cfg):
    from brief.pipeline import brief_text

    text = ("专家王晓东日前接受记者专访。王晓东表示，十年前，当地发展面临不少困难。合作项目的启动增强了投资者的信心。"
            "项目已创造3000个就业岗位。市中级人民法院经审查认为，投诉不实。法院判决驳回上诉。")
    sents = brief_text(text, cfg, title="专访").sentences
    assert speakers.read_alone(sents, 2) == "王晓东表示，合作项目的启动增强了投资者的信心。"
    assert speakers.read_alone(sents, 3) == "项目已创造3000个就业岗位。"  # a figure: the story's, perhaps
    assert speakers.read_alone(sents, 5) == "法院判决驳回上诉。"  # a court's finding, not a person's view
    framed = brief_text("王晓东表示，市场总体平稳。当前，需求正在逐步回升。公司表示，重组尚在筹划。公告称，交易构成重大资产重组。",
                        cfg, title="市场").sentences
    assert speakers.read_alone(framed, 1) == "王晓东表示，当前，需求正在逐步回升。"  # a time frame is still his view
    assert speakers.read_alone(framed, 3) == "公告称，交易构成重大资产重组。"  # it names its own source
    announced = brief_text("公告称，本次交易预计构成重大资产重组。本次交易将提升公司的经营规模和业绩，符合股东利益。", cfg,
                           title="重组").sentences
    assert speakers.read_alone(announced, 1) == "公告称，本次交易将提升公司的经营规模和业绩，符合股东利益。"  # its claim
    he = brief_text("王晓东对来宾表示欢迎。他说，全市经济稳中向好。希望各方在公共安全等领域深化合作。", cfg, title="座谈").sentences
    assert speakers.read_alone(he, 2) == "王晓东说，希望各方在公共安全等领域深化合作。"  # 他 named; 公共安全 is no one
    # views in a row go on with it, up to _VIEW_RUN sentences after it; one with a source of its own does not
    run = brief_text("谢锋表示，双边关系出现转机。但两国关系的基础仍然脆弱。契机来之不易，值得珍惜。前路依然坎坷。局势仍然复杂。"
                     "舆论普遍认为，局势仍然复杂。", cfg, title="论坛").sentences
    assert [speakers.read_alone(run, k) for k in (1, 2, 3, 4, 5)] == [
        "谢锋表示，两国关系的基础仍然脆弱。", "谢锋表示，契机来之不易，值得珍惜。", "谢锋表示，前路依然坎坷。", "局势仍然复杂。",
        "舆论普遍认为，局势仍然复杂。"]
    body = brief_text("主办方负责人王晓东表示，比赛检验了训练水平。市体育局作为承办单位，前期做了大量筹备工作。", cfg,
                      title="比赛").sentences  # a body the sentence is about: the story's account
    assert speakers.read_alone(body, 1) == "市体育局作为承办单位，前期做了大量筹备工作。"
    people = brief_text("港澳台人士表示，贺词鼓舞人心、催人奋进。港澳各界和台湾同胞将勠力同心，共创美好未来。", cfg,
                        title="反响").sentences  # 人士 are people too
    assert speakers.read_alone(people, 1) == "港澳台人士表示，港澳各界和台湾同胞将勠力同心，共创美好未来。"
    invited = brief_text("大使谢锋19日应邀出席安全论坛时表示，双边关系出现转机。特别是双方同意落实共识，局势趋稳。",
                         cfg, title="论坛").sentences  # a frame between the speaker and his verb
    assert speakers.read_alone(invited, 1) == "大使谢锋表示，特别是双方同意落实共识，局势趋稳。"
    term = brief_text("监管官员大卫·赫恩登表示，这家银行倒闭发生得非常突然。该银行的破产是一起“孤立事件”，全州银行业总体上未受影响。",
                      cfg, title="银行倒闭").sentences  # a term in quotation marks is no quotation of its own
    assert speakers.read_alone(term, 1).startswith("监管官员大卫·赫恩登表示，该银行的破产是一起“孤立事件”")
    spaced = brief_text("社工姜健婕说，社区可组织各类亲子活动。 为丰富青少年业余生活，临平还加强了校外实践阵地建设。", cfg,
                        title="共育").sentences  # a space where a feed flattened a paragraph break
    assert speakers.read_alone(spaced, 1) == "为丰富青少年业余生活，临平还加强了校外实践阵地建设。"
    cut = _said("医管/n", "中心/n", "主任/b", "赵明/nr", "钢/n", "在/p", "会上/t", "介绍/v", "，/x", "成效/n", "明显/a", "。/x")
    assert speakers._saying(sentences_of(cut)[0]) == ("医管中心主任赵明钢", "介绍")  # a name jieba cut: 赵明/nr 钢/n
    closing = brief_text("欧盟监察专员奥赖利强调，目前需要查明该机构还能做些什么。“如此惨痛的悲剧要求所有相关人员反思他们的责任。”"
                         "外界对此提出了不少质疑。", cfg, title="调查").sentences  # the words that close her view
    assert speakers.read_alone(closing, 1) == "欧盟监察专员奥赖利强调：“如此惨痛的悲剧要求所有相关人员反思他们的责任。”"
    halves = brief_text("退役军人陈亚飞说：“哪里有险情，哪里就有我们的身影；哪里有需要，我们就到哪里。”当天，队员转移群众。", cfg,
                        title="抗洪").sentences  # a quotation's second half, split off at ；: the first half marked left out
    assert speakers.read_alone(halves, 1) == "退役军人陈亚飞说：“……哪里有需要，我们就到哪里。”"
    closed = brief_text("“暑期实践让我们把知识转化为能力。”实践团负责人孙雅涵说。甲骨文之旅，仿佛穿越时空，让小朋友们感受到了"
                        "中华文明的博大精深。", cfg, title="实践").sentences  # his quotation ends with who said it
    assert speakers.read_alone(closed, 2) == "甲骨文之旅，仿佛穿越时空，让小朋友们感受到了中华文明的博大精深。"
    pronoun = brief_text("事实上，这不是尹锡悦第一次大谈改善韩日关系。他声称，如今日本是韩国的近邻。唯有两国面向未来，历史问题才能"
                         "得以妥善解决。", cfg, title="言论").sentences  # 他声称: the person 他 names, and a claim goes on
    assert speakers.read_alone(pronoun, 2) == "尹锡悦称，唯有两国面向未来，历史问题才能得以妥善解决。"
    quoted = brief_text("一名市民团体负责人称：“让两国市民团结起来。”成员们还举起了反对排放的横幅。", cfg,
                        title="集会").sentences  # all he says is quoted: the story goes on after it
    assert speakers.read_alone(quoted, 1) == "成员们还举起了反对排放的横幅。"
    watched = brief_text("黄循财说，希望两国能找到和平共处的方式。面对中美竞争加剧，东盟国家的态度一直受外界关注。", cfg,
                         title="演讲").sentences  # whose stance is watched: the story's framing
    assert speakers.read_alone(watched, 1) == "面对中美竞争加剧，东盟国家的态度一直受外界关注。"
    # in a text of paragraphs, a paragraph tells where a speech ends
    split = brief_text(text.replace("困难。", "困难。\n"), cfg, title="专访").sentences
    assert speakers.read_alone(split, 2) == "合作项目的启动增强了投资者的信心。"


def test_he_says_after_a_long_speech_is_the_one_its_paragraph_gave_it(cfg):
    from brief.pipeline import brief_text

    text = ("部长尹蔚民在记者会上答问时表示，延迟退休年龄的政策方案有望今年制定出来。\n"
            "尹蔚民说，第一，会根据人口老龄化的趋势，把握调整的节奏。第二，肯定是“小步徐趋、渐进到位”。"
            "每年只会延长几个月的退休年龄。第三，会有一个社会预告。就是先把这项方案公布出去。“比如现在公布这个方案，5年以后才"
            "可以实施。”他说。")
    sents = brief_text(text, cfg, title="延迟退休").sentences
    assert speakers.name_speaker(sents, len(sents) - 1) == "尹蔚民说。"  # past the reach, in the paragraph he spoke
    told = sents[len(sents) - 3]
    assert speakers.leans_back(sents, told.index) and told.text.startswith("就是")  # that is: what the one before says


def test_a_commentarys_proposals_are_its_view(cfg):
    from brief.pipeline import brief_text
    from brief.render import build_content

    assert speakers.opinion_voice("光明时评：内外兼治 根除假冒国企乱象", None) == "文章认为"
    assert speakers.opinion_voice("做抗洪救灾重建家园的主人", "本报评论员") == "文章认为"
    assert speakers.opinion_voice("市政府召开常务会议", "记者 李明") == ""
    # a signed article by a scholar (its closing note: （作者为墨西哥国立自治大学国际关系中心研究员）)
    assert speakers.opinion_voice("高质量发展成为读懂中国的关键词", "墨西哥国立自治大学国际关系中心研究员") == "文章认为"
    text = ("7月20日，一篇调查报道在网络上引起热评。冒充国企问题由来已久。国资委先后发布三批共计823家“假央企”名单。"
            "违约行为产生后，企业形象大打折扣。各级部门还应该加大对民企的支持，为民企发展保驾护航。"
            "在公司法层面，要健全公司登记制度。假国企扰乱了市场秩序。")
    content = build_content(brief_text(text, cfg, title="光明时评：根除假冒国企乱象"))
    told = [p.text for p in content.points] + [item.text for items in content.lists.values() for item in items]
    assert "文章认为，各级部门还应该加大对民企的支持，为民企发展保驾护航。" in told
    assert not any(t.startswith("文章认为，冒充国企问题") for t in told)  # what it tells, not proposes: no voice
    assert content.commentary  # its views and outlook under headings of their own (render: OPINION_HEADINGS)
    report = build_content(brief_text(text, cfg, title="各地打击假冒国企"))
    assert not any("文章认为" in p.text for p in report.points) and not report.commentary
    # a text of a spokesperson's answers: each answer is his
    assert speakers.opinion_voice("中国海警局新闻发言人就仁爱礁问题答记者问", None) == "中国海警局新闻发言人"
    answers = build_content(brief_text("问：菲方称，中国海警使用水炮攻击，请问有何评论？\n答：仁爱礁历来是中国南沙群岛的一部分。"
                                       "1999年，菲方一艘军舰在仁爱礁非法“坐滩”。中方敦促菲律宾拖走“坐滩”军舰。", cfg,
                                       title="中国海警局新闻发言人就仁爱礁问题答记者问"))
    assert answers.points[0].text == "中国海警局新闻发言人表示，仁爱礁历来是中国南沙群岛的一部分。"


def test_a_chairing_country_is_no_speaker_spoken_of(cfg):
    from brief.pipeline import brief_text

    text = ("两国总理举行会谈。\n李强指出，双方要加强合作。中方支持东邻国当好区域合作主席国，愿同东方加强协作。"
            "总理的讲话赢得热烈掌声。")
    sents = brief_text(text, cfg, title="会谈").sentences
    stance = next(k for k, s in enumerate(sents) if s.text.startswith("中方支持"))
    assert speakers.read_alone(sents, stance).startswith("李强指出，中方支持东邻国当好区域合作主席国")
    assert speakers.read_alone(sents, stance + 1) == "总理的讲话赢得热烈掌声。"  # speaks of the speaker: the story again


def test_a_sentence_dated_weeks_before_the_news_ranks_lower():
    from brief.models import Article
    from brief.rank import _news_day, _told_before

    news = _news_day(Article(title="", body="x", day="7月27日"))
    assert _told_before("6月9日，司法部公布了一份起诉书。", news)
    assert not _told_before("7月20日，会议召开。", news)  # a week before: still the news
    assert not _told_before("9月1日起，新规将施行。", news)  # later in the calendar: a plan, or last year's
    dated = _news_day(Article(title="", body="x", date="2023-07-27"))
    assert _told_before("2022年8月1日，工程开工。", dated) and not _told_before("2024年1月1日，", dated)
    assert _news_day(Article(title="", body="x")) is None
    sents = sentences_of("7月27日，司法部公布新起诉书。", "6月9日，司法部公布了一份起诉书。", "起诉书列出多项新指控。")
    article = Article(title="新指控", body="".join(s.text for s in sents), day="7月27日")
    scores = rank.rank_sentences(sents, article, BriefConfig())
    plain = rank.rank_sentences(sents, article, BriefConfig(), weights=rank.RankWeights(stale=0.0))
    assert scores[1] == pytest.approx(plain[1] - 0.5) and scores[0] == pytest.approx(plain[0])


def test_a_photo_caption_placing_a_person_is_no_key_point():
    sents = sentences_of("8月10日，主任医师王晓东（后右一）在医院为患者会诊。", "近日，专家团队在当地指导医院推进学科建设。",
                         "8月10日，主任医师王晓东（左三）进行教学查房。")
    picked = [p.index for p in summarise(sents, BriefConfig(budget=300), scores=[0.9, 0.5, 0.3])]
    assert picked == [1]
    assert segment.PLACED.sub("", sents[0].text) == "8月10日，主任医师王晓东在医院为患者会诊。"
    assert not segment.PLACED.search("江北城区（左岸）和新区（右岸）同步建设，全县（区）共有学校12所。")  # no place in a photo


def test_a_name_written_with_a_dot_ends_where_its_pieces_end(cfg):
    from brief.pipeline import brief_text

    sents = brief_text("泰国副总理尼蒂瓦迪·马尼特库尔表示，合作很好。沙特王储穆罕默德·本·萨勒曼会见代表团。", cfg,
                       title="会见").sentences
    assert "尼蒂瓦迪·马尼特库尔" in speakers._people(sents[0])  # not 国副总理尼蒂瓦迪·马尼特库尔表示
    assert "穆罕默德·本·萨勒曼" in speakers._people(sents[1])
    assert not any(name.endswith(("表示", "会见代表团")) for s in sents for name in speakers._people(s))


@pytest.mark.parametrize(("text", "opening", "told"), [
    # a military title introduces the commander 他 names
    ("演练圆满结束。演练指挥部司令员刘建军向参演官兵做出的杰出贡献表示感谢。他同时表示，部队将继续加强训练。", "他同时",
     "刘建军同时表示，部队将继续加强训练。"),
    # a columnist's demands name him
    ("部分地区监管存在空白。笔者认为，各地要全面摸清隐患底数。应急管理部门要履行职责，督促各部门落实责任。", "应急管理",
     "笔者认为，应急管理部门要履行职责，督促各部门落实责任。"),
    # a speech goes on in a paragraph opened by the time its demand is for and who must
    ("纪念仪式在广场举行。\n张建国强调，历史不能忘记。我们要坚定不移推进改革。\n"
     "新时代新征程，全市上下要更加紧密地团结起来，勇毅前行。全市人民愿同各方携手开创美好未来。", "全市人民",
     "张建国强调，全市人民愿同各方携手开创美好未来。"),
    # a 他 after a whole quotation names the one the sentence before it names
    ("开幕前，华侨协会会长王晓东就时常关注相关信息。“开幕式让我深感自豪！”他说，“我们将继续传承中华文化。”", "他说",
     "王晓东说，“我们将继续传承中华文化。”"),
    # a document speaks for its paragraph as a meeting does; a sentence that names its own such speaker takes no other
    ("《求是》杂志发表重要文章。\n文章指出，要着力扩大国内需求。总需求不足是当前经济运行面临的突出矛盾。要优化政策举措，发挥消费的作用。"
     "\n通知要求，各地要加强值守。", "总需求", "文章指出，总需求不足是当前经济运行面临的突出矛盾。"),
    ("《求是》杂志发表重要文章。\n文章指出，要着力扩大国内需求。要优化政策举措，发挥消费的作用。\n通知要求，各地要加强值守。"
     "通知明确，农业部门要加强统筹。", "通知明确", "通知明确，农业部门要加强统筹。"),
    # a message of congratulation speaks as a document does, whatever names its words hold (宜商惠企 is no person)
    ("李强代表中共中央、国务院致贺词。\n贺词说，各级工商联要坚持正确方向。推动全面构建亲清政商关系，营造宜商惠企的政策环境。",
     "推动", "贺词说，推动全面构建亲清政商关系，营造宜商惠企的政策环境。"),
    # what the sides agreed names them; a paragraph opened by a frame back to the story carries no speech on
    ("两国总理举行会谈。\n两国总理一致同意，将深化双边合作。两国应妥善处理分歧，坚持对话协商。\n"
     "会谈后，两国总理共同见证签署合作文件。访问期间，双方将发表联合声明。", "两国应妥",
     "两国总理一致同意，两国应妥善处理分歧，坚持对话协商。"),
    ("两国总理举行会谈。\n两国总理一致同意，将深化双边合作。两国应妥善处理分歧，坚持对话协商。\n"
     "会谈后，两国总理共同见证签署合作文件。访问期间，双方将发表联合声明。", "访问期间", "访问期间，双方将发表联合声明。"),
    # the speaker himself between his words is no other's turn
    ("王晓东在北京同顾问委员会委员代表座谈。\n王晓东说，要了解当今中国，必须理解发展战略。王晓东阐释了中国式现代化的特征。"
     "中国坚持走共同富裕的道路，推动高质量发展。\n委员代表介绍了合作情况。", "中国坚持",
     "王晓东说，中国坚持走共同富裕的道路，推动高质量发展。"),
])
def test_a_sentence_read_alone_names_who_speaks(cfg, text, opening, told):
    from brief.pipeline import brief_text

    sents = brief_text(text, cfg, title="会议").sentences
    assert speakers.read_alone(sents, next(k for k, s in enumerate(sents) if s.text.startswith(opening))) == told


def test_a_sentence_giving_the_titles_figure_scores_more():
    sents = sentences_of("洛杉矶警察局公布了最新的治安数据。", "去年犯罪案例猛增49%，居民十分担忧。", "市议会将讨论增加警力。")
    plain = rank.rank_sentences(sents, article_of(sents, "洛杉矶犯罪案例猛增"), CFG)
    titled = rank.rank_sentences(sents, article_of(sents, "洛杉矶犯罪案例猛增49%"), CFG)
    assert titled[1] - plain[1] > titled[0] - plain[0] + 0.2  # the 49% the headline is about
    assert rank._TITLE_FIGURE.findall("2023年第5期：犯罪案例猛增49%，损失1.5亿") == ["49%", "1.5亿"]  # no year, no count


def test_this_one_and_the_items_of_a_list_lean_back():
    # (该公司…, 该赌博团伙…: most often the title's, which the brief shows; not leaning)
    assert not speakers.leans_back(sentences_of("会议部署了重点工作。", "该项目总投资50亿元。"), 1)
    assert speakers.leans_back(sentences_of("专家提出了新的方案。", "不过这个问题今天已有解决之道。"), 1)
    listed = sentences_of("分析认为，原因主要包括：英国需要大量进口食品；", "能源价格上涨；", "英国劳动力短缺问题严重。")
    assert speakers.leans_back(listed, 2)  # the third item is the list's as much as the second
    failed = sentences_of("抽检不合格样品2批次，为甲公司生产的芝麻油，检出酸价超标；", "乙厂生产的火腿，检出亚硝酸盐超标。")
    assert speakers.leans_back(failed, 1)  # (，为 opens the list: read alone, the item says not that it failed)
    assert speakers.leans_back(sentences_of("布鲁塞尔移民众多。", "在这样的一座多民族城市中，新的社团应运而生。"), 1)


def test_a_foreign_countrys_central_bank_and_its_nation_are_no_chinese_side():
    from brief import sides

    assert not sides.chinese_side("英国中央银行宣布加息25个基点")
    assert not sides.chinese_side("韩国全国各地警方加强巡逻")
    assert sides.chinese_side("全国各地加强巡逻") and sides.chinese_side("中央经济工作会议召开")


def test_a_unit_after_a_number_is_no_keyword():
    sents = sentences_of(("经过/p", "连续/a", "25/m", "个/q", "小时/n", "的/uj", "抢险/v", "，/x", "险情/n", "排除/v", "。/x"),
                         ("乘客/n", "经历/v", "了/ul", "72/m", "个/q", "小时/n", "的/uj", "险情/n", "。/x"),
                         ("抢险/v", "队员/n", "奔赴/v", "险情/n", "现场/n", "，/x", "乘客/n", "安全/a", "。/x"))
    words = [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig())]
    assert "险情" in words and "乘客" in words and "小时" not in words


def test_a_persons_resume_is_background_not_a_key_point(cfg):
    from brief.pipeline import brief_text

    text = ("李晓峰，男，汉族，1990年5月出生，河南洛阳人，中共党员，本科学历，2010年9月参加工作，生前系青禾县应急救援队队长。\n"
            "8月2日9时，青禾县应急救援队接报一辆客车因山洪被困，立即赶赴现场处置。\n"
            "救援过程中，李晓峰将最后一名被困群众推上岸，自己被洪水冲走。\n"
            "经全力搜救，李晓峰被找到时已无生命体征，不幸壮烈牺牲。")
    b = brief_text(text, cfg, title="救援队长李晓峰在抢险救灾中牺牲")
    assert b.summary and not any(s.text.startswith("李晓峰，男，汉族") for s in b.summary)
    assert b.sections[0].kind == SectionKind.BACKGROUND  # there it may stand
    # a story that opens with who he is tells what he did: a point
    assert speakers.biography(text.split("\n")[0])
    assert not speakers.biography("王大山，男，汉族，上世纪60年代起，他带领群众在绝壁上凿出一条水渠。")


def test_a_part_after_qizhong_split_off_at_a_semicolon_waits_for_the_whole():
    sents = sentences_of("今年全市共有招生学校8所，其中本科院校3所，东山大学、西河大学、南湖学院；", "高职院校2所，北岭学院、青禾学院；",
                         "中职院校3所，甲校、乙校、丙校。", "报名工作于7月启动。")
    assert speakers.leans_back(sents, 1) and speakers.leans_back(sents, 2)  # the second and third kinds of school
    picked = [p.index for p in summarise(sents, BriefConfig(budget=80), scores=[0.2, 0.9, 0.1, 0.5])]
    assert 1 not in picked or 0 in picked  # never 高职院校2所，北岭学院、青禾学院。 alone
    # a count of another kind after …其中5G手机7款；: a statement of its own
    other = sentences_of("6月上市新机型22款，同比下降35.3%，其中5G手机7款，同比下降72%；", "上半年上市新机型累计203款，同比增长1%。")
    assert not speakers.leans_back(other, 1)


def test_a_body_named_after_a_frame_is_the_storys_not_the_speakers_view(cfg):
    from brief.pipeline import brief_text

    text = ("“眼下我们最需要的就是资金。”李红说，8月5日青禾农商银行了解到他们的需求后，很快完成了授信。"
            "围绕灾后重建重点项目，农商银行东城支行重点加大对交通、水利等领域的信贷支持，全力满足企业融资需求。"
            "为保障春耕生产，青禾县农业农村局组织技术人员深入田间地头。")
    sents = brief_text(text, cfg, title="支持灾后重建").sentences
    assert speakers.read_alone(sents, 2) == sents[2].text  # the story's account of the bank, not 李红说，…
    assert speakers.read_alone(sents, 3) == sents[3].text
    # a frame before no body still goes on with his view
    view = brief_text("王晓东表示，市场总体平稳。从长期看，需求正在逐步回升。", cfg, title="市场").sentences
    assert speakers.read_alone(view, 1) == "王晓东表示，从长期看，需求正在逐步回升。"


def _keyword_words(sents, **kw):
    return [k.word for k in rank.rank_keywords(sents, article_of(sents), BriefConfig(**kw))]


def test_a_name_whose_last_character_jieba_took_for_a_verb_is_whole():
    sents = sentences_of(("王明/nrfg", "凯/v", "当天/t", "会见/v", "代表团/n", "。/x"),
                         ("王明/nrfg", "凯/v", "表示/v", "，/x", "代表团/n", "访问/v", "成功/a", "。/x"))
    words = _keyword_words(sents)
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
    words = _keyword_words(sents)
    assert ("澳门特区" in words) != ("澳门特别行政区" in words)


def test_generic_words_and_verbs_of_result_are_no_keywords():
    sents = sentences_of(("水库/n", "基本/n", "建成/v", "，/x", "关键/n", "在于/v", "蓄水/v", "。/x"),
                         ("水库/n", "蓄水/v", "达到/v", "设计/vn", "水位/n", "。/x"),
                         ("游客/n", "穿越/v", "坝顶/n", "时应/n", "留意/v", "水位/n", "。/x"),
                         ("救援队/n", "找到/v", "游客/n", "，/x", "水库/n", "基本/n", "达到/v", "关键/n", "水位/n", "。/x"))
    words = _keyword_words(sents, keywords=10)
    assert {"水库", "水位"} <= set(words)
    assert not {"基本", "关键", "达到", "找到", "时应"} & set(words)


def test_a_keyphrase_does_not_end_on_a_modifier_without_its_head():
    sents = sentences_of(("坚持/v", "市委/nt", "统筹协调/l", "机制/n", "，/x", "推动/v", "园区/n", "。/x"),
                         ("市委/nt", "统筹协调/l", "机制/n", "保障/v", "园区/n", "建设/v", "。/x"),
                         ("园区/n", "企业/n", "入驻/v", "市委/nt", "大楼/n", "。/x"))
    words = _keyword_words(sents)
    assert not any(w.endswith("统筹协调") for w in words)


def test_former_is_no_piece_of_a_keyword():
    sents = sentences_of(("省/n", "交通厅/nt", "原/n", "党组/n", "书记/n", "张某/nr", "被/p", "查/v", "。/x"),
                         ("交通厅/nt", "原/n", "党组/n", "成员/n", "李某/nr", "被/p", "查/v", "。/x"))
    words = _keyword_words(sents)
    assert not any("原" in w for w in words)


def test_an_assessment_right_after_a_statement_mid_paragraph_names_its_speaker():
    # 王建华当晚发表声明…。王建华表示，…。（assessment）。（stance）: mid-paragraph, in a text of paragraphs
    opening = _said("省长/n", "王建华/nr", "当晚/t", "发表声明/l", "表示/v", "祝贺/v", "。/x")
    said = _said("王建华/nr", "表示/v", "，/x", "省政府/n", "会/v", "全力/d", "落实/v", "。/x")
    meaning = _said("新/a", "规定/n", "对/p", "完善/v", "法律/n", "制度/n", "有/v", "重大/a", "意义/n", "。/x")
    stance = _said("省政府/n", "坚决/ad", "维护/v", "法律/n", "权威/n", "，/x", "依法/d", "履行/v", "职责/n", "。/x")
    case = _said("联合/vn", "实验室/n", "是/v", "两省/n", "合作/vn", "的/uj", "成功/a", "案例/n", "。/x")
    later = _said("其他/r", "地区/n", "同日/t", "召开/v", "会议/n", "。/x")
    sents = in_paragraphs((opening, said, meaning, stance), (later,))
    assert speakers.read_alone(sents, 2) == "王建华表示，新规定对完善法律制度有重大意义。"
    assert speakers.read_alone(sents, 3) == "王建华表示，省政府坚决维护法律权威，依法履行职责。"  # a view that goes on
    assert speakers.read_alone(in_paragraphs((opening, said, case), (later,)), 2) == "王建华表示，联合实验室是两省合作的成功案例。"
    # narration with no assessment, one after another paragraph, or one not right after the statement: the story's
    plain = _said("省政府/n", "随后/d", "召开/v", "会议/n", "。/x")
    assert speakers.read_alone(in_paragraphs((opening, said, plain), (later,)), 2) == "省政府随后召开会议。"
    assert speakers.read_alone(in_paragraphs((opening, said), (meaning, later)), 2) == "新规定对完善法律制度有重大意义。"
    assert speakers.read_alone(in_paragraphs((opening, said, plain, meaning), (later,)), 3) == "新规定对完善法律制度有重大意义。"
    # a name jieba cuts into a surname-name and a verb (王建/nrfg 华/v) still speaks
    cut = _said("王建/nrfg", "华/v", "表示/v", "，/x", "省政府/n", "会/v", "全力/d", "落实/v", "。/x")
    assert speakers.read_alone(in_paragraphs((opening, cut, meaning), (later,)), 2) == "王建华表示，新规定对完善法律制度有重大意义。"


def test_a_trimmed_point_that_keeps_only_the_speaker_and_a_vague_head_gives_way():
    lead = _said("全市/n", "今年/t", "农业/n", "生产/vn", "形势/n", "良好/a", "。/x")
    vague = _said("广大/b", "市民/n", "表示/v", "，/x", "将/d", "认真/ad", "落实/v", "部署/vn", "，/x", "扎实/a", "做好/v",
                  "明年/t", "农业/n", "生产/vn", "和/c", "乡村/n", "建设/vn", "各项/r", "工作/vn", "。/x")
    whole = _said("粮食/n", "产量/n", "再创新高/l", "。/x")
    sents = sentences_of(lead, whole, vague)
    # 广大市民表示，将认真落实部署… keeps a third of what was said, with no subject of its own: the whole sentence instead
    chosen = summarise(sents, BriefConfig(budget=45), scores=[2.0, 0.5, 1.0])
    assert [s.text for s in chosen] == ["全市今年农业生产形势良好。", "粮食产量再创新高。"]
    trimmed = "广大市民表示，将认真落实部署" + rank.ELLIPSIS
    assert rank._vague_cut(sents[2], sents[2].text, trimmed)
    # a clause with a subject of its own says something alone; so does more than one clause, or half of what was said
    own = _said("专家/n", "表示/v", "，/x", "西方/ns", "打算/v", "扩大/v", "联盟/n", "，/x", "这/r", "对/p", "地区/n", "安全/an",
                "构成/v", "重大/a", "威胁/vn", "。/x")
    assert not rank._vague_cut(sentences_of(own)[0], "".join(w.split("/")[0] for w in own), "专家表示，西方打算扩大联盟…")
    story = _said("实践/v", "团队/n", "下田/v", "观察/v", "，/x", "记录/v", "了/ul", "水稻/n", "长势/n", "和/c", "病虫害/n",
                  "发生/v", "情况/n", "。/x")  # no one says it
    assert not rank._vague_cut(sentences_of(story)[0], "".join(w.split("/")[0] for w in story), "实践团队下田观察…")


def test_a_short_sentence_that_only_retells_a_key_point_is_no_second_point():
    lead = _said("检察机关/n", "起诉/v", "的/uj", "某/r", "大学/n", "原/b", "院长/n", "王立/nr", "受贿案/n", "开庭/v", "。/x")
    admits = _said("王立/nr", "对/p", "指控/vn", "全部/n", "承认/v", "，/x", "案件/n", "未/d", "当庭/n", "宣判/vn", "。/x")
    again = _said("对于/p", "检察机关/n", "的/uj", "指控/vn", "，/x", "王立/nr", "表示/v", "全部/n", "承认/v", "。/x")
    other = _said("王立/nr", "用/p", "贿款/n", "购买/v", "房产/n", "。/x")
    sents = sentences_of(lead, admits, again, other)
    chosen = summarise(sents, BriefConfig(budget=200), scores=[1.0, 0.8, 0.7, 0.1])
    assert [s.index for s in chosen] == [0, 1, 3]  # 检察机关 told by the lead, the rest by 王立对指控全部承认
    assert rank.retells_short(sents[2], [s.text for s in sents[:2]])
    # a new word of its own, or a negation the point has not, is news
    denies = _said("对于/p", "检察机关/n", "的/uj", "指控/vn", "，/x", "王立/nr", "表示/v", "全部/n", "否认/v", "。/x")
    assert not rank.retells_short(sentences_of(denies)[0], [s.text for s in sents[:2]])
    ruled = _said("王立/nr", "对/p", "指控/vn", "不/d", "承认/v", "。/x")
    assert not rank.retells_short(sentences_of(ruled)[0], [s.text for s in sents[:2]])
