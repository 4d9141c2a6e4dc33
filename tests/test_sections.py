"""Section labels on small self-written articles."""

from __future__ import annotations

import numpy as np
import pytest

from brief import sections, segment, stats
from brief.config import BriefConfig
from brief.errors import ConfigError
from brief.models import Article, SectionKind

B, A, S, F, O = (
    SectionKind.BACKGROUND,
    SectionKind.ACTIVITIES,
    SectionKind.STATISTICS,
    SectionKind.FUTURE_PLANS,
    SectionKind.OTHER,
)


@pytest.fixture
def cfg() -> BriefConfig:
    """The rules alone: these tests pin what each rule does; the learned layer over them is tested at the end."""
    return BriefConfig(section_model=False)


def _labels(body: str, cfg: BriefConfig) -> list[SectionKind]:
    article = Article(title="t", body=body)
    sentences = segment.segment(article, cfg)
    facts = stats.extract_statistics(sentences, cfg)
    result = sections.classify(sentences, facts, article, cfg)
    assert [s.index for s in result] == [s.index for s in sentences]
    return [s.kind for s in result]


def test_future_cue_carries_over_its_paragraph_only(cfg):
    body = (
        "今年以来，市司法局组织开展了普法宣传活动。\n"
        "市司法局局长说，今后一段时间，市司法局将持续深入推进依法治市。深入开展矛盾纠纷排查化解。"
        "加强人民调解组织建设，使其更好地发挥作用。\n"
        "会议由市司法局副局长主持。"
    )
    assert _labels(body, cfg) == [A, F, F, F, A]


def test_break_opener_ends_the_carry(cfg):
    body = "下一步，我们将加快建设公共法律服务平台。目前，全市已建成工作站79个、工作室503个。"
    assert _labels(body, cfg) == [F, S]


def test_another_speaker_ends_the_carry(cfg):
    body = "未来，义乌将进一步优化贸易流程。上官建峰表示，协会一直致力于增进两国人民友好交流。会议由秘书长主持。"
    assert _labels(body, cfg) == [F, A, A]


@pytest.mark.parametrize(
    ("text", "news", "expected"),
    [
        ("今年4月，市委决定重新组建司法局。", (2019, 12), True),
        ("2019年10月，习近平主席进行国事访问。", (2023, 7), True),
        ("去年，全市新建公园5个。", (None, None), True),
        ("6月，代表团先后到访两国。", (None, 8), True),
        ("12月4日，会议召开。", (2019, 12), False),
        ("今年以来，全市新建公园5个。", (2019, 12), False),
        ("2024年3月，工程将开工。", (2023, 7), False),
        ("1999年，菲方军舰坐滩。", (None, 8), False),  # the year of the news is unknown
    ],
)
def test_a_time_before_the_news(text, news, expected):
    assert sections._earlier(text, news) is expected


@pytest.mark.parametrize("date", ["2019-12-05", "2019", "not a date", None])
def test_the_news_time_from_any_article_date(date):
    assert sections._news_time(Article(title="t", body="x", date=date), []) == ((2019, 12) if date == "2019-12-05" else (None, None))


def test_an_earlier_event_is_background(cfg):
    body = "当地时间7月24日，代表团与侨界代表举行恳谈会。今年6月，代表团先后到访乌克兰和俄罗斯。"
    assert _labels(body, cfg) == [A, B]


@pytest.mark.parametrize(
    ("title", "expected"),
    [("守护大美湿地 建设美丽中国", B), ("习近平总书记的重要指示引发热烈反响", A), ("守护大美湿地", A)],
)
def test_a_leaders_guidance_frames_a_feature_but_is_the_news_of_a_reaction_piece(cfg, title, expected):
    # (the last: a reaction piece whose headline's words after —— are its subtitle)
    subtitle = "习近平总书记的重要指示引发热烈反响" if title == "守护大美湿地" else None
    article = Article(title=title, subtitle=subtitle, body="习近平总书记强调，要守住湿地生态安全边界。")
    sentences = segment.segment(article, cfg)
    labels = sections.classify(sentences, stats.extract_statistics(sentences, cfg), article, cfg)
    assert [s.kind for s in labels] == [expected]


def test_statistics_sentence(cfg):
    body = "市司法局召开工作会议。全市共建成工作站79个、工作室503个，接待群众咨询3.5万余人次，同比增长12.5%。"
    assert _labels(body, cfg) == [A, S]


def test_one_small_number_does_not_make_statistics(cfg):
    body = "会上，市长围绕法治政府建设谈了3点看法，要求各部门认真抓好落实并开展专项督查。"
    assert _labels(body, cfg) == [A]


def test_ages_and_spans_of_time_do_not_make_statistics(cfg):
    assert _labels("51岁的农民尹某结婚3个月后，妻子便离家出走。", cfg) != [S]


def test_background_cues(cfg):
    body = "12月4日是第六个国家宪法日。据了解，宪法宣传周活动已连续举办多年。市司法局组织开展了开放日活动。"
    assert _labels(body, cfg) == [B, B, A]


def test_reported_requirement_is_an_activity(cfg):
    body = "会议强调，要加强组织领导，压实工作责任。要广泛听取各方面意见建议。"
    assert _labels(body, cfg) == [A, A]


def test_plain_intention_is_a_plan(cfg):
    body = "市司法局召开会议部署工作。该局计划明年建成三个法律服务中心。"
    assert _labels(body, cfg) == [A, F]


def test_object_marker_jiang_is_not_a_plan(cfg):
    body = "市委决定将市司法局和市政府法制办的职责整合，重新组建市司法局。"
    assert _labels(body, cfg) != [F]


def test_bylines_and_sources_are_other(cfg):
    body = "市司法局开展普法活动。\n（记者 张三）\n来源：甘肃司法网"
    assert _labels(body, cfg) == [A, O, O]


def test_user_cues_are_merged(tmp_path):
    body = "众所周知，大家都在努力工作。"
    assert _labels(body, BriefConfig(section_model=False)) == [A]
    cues = tmp_path / "cues.toml"
    cues.write_text('[background]\nopeners = ["众所周知"]\n', encoding="utf-8")
    assert _labels(body, BriefConfig(cues=cues, section_model=False)) == [B]


@pytest.mark.parametrize(
    "text",
    ['[nonsense]\nopeners = ["x"]\n', "[background]\nopeners = 3\n", '[background]\npatterns = ["("]\n', "not toml ["],
)
def test_bad_user_cues_are_config_errors(tmp_path, text):
    cues = tmp_path / "cues.toml"
    cues.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        sections.load_cues(cues)


def test_empty_and_deterministic(cfg):
    article = Article(title="t", body="")
    assert sections.classify((), (), article, cfg) == ()
    body = "今年以来，市司法局开展活动。下一步将继续推进。"
    assert _labels(body, cfg) == _labels(body, cfg)


def test_policy_basis_is_background(cfg):
    body = "党的二十届四中全会提出，加快农业农村现代化。市农业农村局组织召开专题会议。"
    assert _labels(body, cfg) == [B, A]


def test_repeated_caption_is_other(cfg):
    body = "近日，全市法治宣传工作会议在市委召开。会议部署了下半年的普法工作。近日，全市法治宣传工作会议在市委召开。"
    assert _labels(body, cfg) == [A, A, O]


def test_quoted_term_is_not_a_quoted_remark(cfg):
    body = "“十五五”开局之年，市里组织开展了老城保护更新工作。"
    assert _labels(body, cfg) == [A]


def test_meeting_name_ending_in_hui_is_not_a_plan(cfg):
    # 推进/会在…召开: the 会 of 推进会 is a meeting, not "will"
    assert _labels("8月17日，全市文物保护工作推进会在市政府召开。", cfg) == [A]


def test_hui_opening_a_clause_is_a_plan_but_would_is_not(cfg):
    assert _labels("人社部负责人说，第一，会根据人口老龄化的趋势，把握调整的节奏。", cfg) == [F]
    assert _labels("饮食习惯是健康的重要方面，不良的饮食习惯则会导致疾病。", cfg) == [B]


def test_data_report_without_numbers_is_statistics(cfg):
    assert _labels("今年上半年，全市黄金消费总体呈现稳步增长态势。", cfg) == [S]
    assert _labels("申请者方面，数据显示各国情况不同。在德国，叙利亚公民获批数量最多，阿富汗公民次之。", cfg) == [S, S]


def test_future_noun_modifier_is_not_a_plan(cfg):
    assert _labels("代表发言建议，完善多元投入机制，加速未来产业培育。", cfg) != [F]


def test_contact_details_and_long_attributions_are_other(cfg):
    body = "公众可提出意见。\n邮编：100806；\n传真：010-66058799；\n铁路局阿拉山口站团委书记陈乾介绍说。\n巴斯说道。"
    assert _labels(body, cfg)[1:] == [O, O, O, O]
    asides = "公司宣布下调手机售价。\n小编认为，最重要的是深呼吸。\n一起看看专家给出的解决方案！"
    assert _labels(asides, cfg)[1:] == [O, O]
    hotlines = "使馆提醒中国公民注意安全。\n驻卢使馆24小时领事保护与协助电话：+250-784825635\n应急热线(24小时)：+86-10-12308"
    assert _labels(hotlines, cfg)[1:] == [O, O]


def test_a_text_printed_one_clause_a_line_is_no_run_of_headings(cfg):
    lines = ["四川泸州公安发布消息", "在古蔺洪灾抢险中", "辅警康安友涉水救人", "他迅速赶到现场", "将被困女童托举过肩",
             "随后转移到安全地带", "群众纷纷为他点赞", "当地公安局予以表彰", "六名被困人员均已获救"]
    labels = _labels("\n".join(lines), cfg)
    assert labels.count(O) <= 1, labels
    assert _labels("\n".join(["市司法局召开会议。", *lines[:3], "会议部署了工作。"]), cfg)[1:4] == [O, O, O]


def test_author_notes_and_original_titles_are_other(cfg):
    body = ("养老保险基金收支总体平衡。\n（作者系国务院发展研究中心研究员，本文原题为：“养老金研究”。）\n"
            "（原题为《雄安新区第二批征迁安置工作启动》）\n《我想对你们说》作者：嵇秉容，外国语小学五（6）班。\n"
            "作者认为，这一制度仍需完善。")
    assert _labels(body, cfg)[1:4] == [O, O, O] and _labels(body, cfg)[4] is not O


def test_intention_after_a_short_subject_is_a_plan_even_in_a_speech(cfg):
    body = "王毅表示，中巴有着共同战略利益。中方愿同巴方加强沟通协调，共同推动金砖合作。巴方愿同中方一道，深化务实合作。"
    assert _labels(body, cfg) == [A, F, F]


@pytest.mark.parametrize("text", ["大学生志愿者深入社区开展普法宣传活动。", "群众的意愿得到充分尊重，村里修通了道路。"])
def test_wish_words_inside_other_words_are_no_intention(cfg, text):
    assert _labels(text, cfg) == [A]


def test_causes_purposes_and_founding_history_are_background(cfg):
    body = "欧盟民防机制于2001年设立，旨在协调参与国应对自然灾害。预算赤字增加的原因在于执行情况发生了变化。欧盟26日调派消防飞机支援希腊。"
    assert _labels(body, cfg) == [B, B, A]


def test_a_sentence_opened_by_a_bare_yao_reports_a_requirement_across_paragraphs(cfg):
    body = "习近平在会上发表讲话。\n习近平指出，亚太合作面临新的形势。\n要坚持真正的多边主义，维护多边贸易体制。\n要坚持普惠包容，实现互利共赢。"
    assert _labels(body, cfg) == [A, A, A, A]


def test_reactions_that_praise_are_other(cfg):
    assert _labels("港澳台人士表示，新年贺词鼓舞人心、催人奋进。", cfg) == [O]


@pytest.mark.parametrize(
    "text",
    ["有网友评价：“巧了，这是命中注定来抓你。”", "广大干部群众认为，今年农业农村经济稳中向好。", "俄文化部部长在贺信中表示，图书馆发挥独特作用。"],
)
def test_reactions_of_netizens_the_public_and_letters_are_other(cfg, text):
    assert _labels(text, cfg) == [O]


def test_advice_reported_by_an_agency_is_an_activity(cfg):
    assert _labels("疾控机构提示，在血吸虫病流行区，尽量不接触疫水，必须接触时应做好个人防护。", cfg) == [A]


def test_the_learned_layer_is_on_by_default_and_reads_the_rules_features():
    model = sections.load_model()
    prefixes = ("score_", "flag_", "rule_", "prev_", "next_", "opener_", "head_", "within_", "moved_", "quoted_")
    names = set(model.index)
    assert model.weights.shape == (len(names) + len(model.words) + len(model.pairs), len(SectionKind))
    assert not any(name.startswith(("word_", "pair_")) for name in names)
    assert "的" in model.words and "下一" in model.pairs and "计划" in model.pairs
    rows = sorted([*model.index.values(), *model.words.values(), *model.pairs.values()])
    assert rows == list(range(len(rows)))  # every stored row is reachable once
    assert all(name.startswith(prefixes) or name in ("first", "last", "position", "facts", "length") for name in names)
    assert {f"rule_{kind.value}" for kind in SectionKind} <= names  # the rules' label is one of its inputs
    assert BriefConfig().section_model is True


def test_the_learned_layer_decides_the_label(monkeypatch):
    body = "今年以来，全市新建公园5个。下一步，我们将加快建设公共法律服务平台。会议由副局长主持。"
    article = Article(title="t", body=body)
    sentences = segment.segment(article, BriefConfig())
    facts = stats.extract_statistics(sentences, BriefConfig())
    on = [s.kind for s in sections.classify(sentences, facts, article, BriefConfig())]
    assert on == [s.kind for s in sections.classify(sentences, facts, article, BriefConfig())]  # deterministic
    background_only = sections.SectionModel(index={}, words={}, weights=np.zeros((0, 5)), bias=(1.0, 0.0, 0.0, 0.0, 0.0))
    monkeypatch.setattr(sections, "load_model", lambda: background_only)
    assert {s.kind for s in sections.classify(sentences, facts, article, BriefConfig())} == {B}
    other_only = sections.SectionModel(index={}, words={}, weights=np.zeros((0, 5)), bias=(0.0, 0.0, 0.0, 0.0, 1.0))
    monkeypatch.setattr(sections, "load_model", lambda: other_only)
    labelled = sections.classify(sentences, facts, article, BriefConfig())
    assert {s.kind for s in labelled} == {O} and not any(s.chrome for s in labelled)  # the layer's other is no chrome
    rules = [s.kind for s in sections.classify(sentences, facts, article, BriefConfig(section_model=False))]
    assert B not in rules and O not in rules


@pytest.mark.parametrize(
    ("rule", "learned", "kept"), [(O, B, O), (A, O, O), (A, B, B), (O, O, O), (S, F, F)]
)
def test_other_when_either_the_rules_or_the_layer_say_so(rule, learned, kept):
    assert sections.either_other(rule, learned) is kept


def test_model_ties_go_to_the_earlier_label():
    model = sections.SectionModel(
        index={"rule_x": 0}, words={"y": 1}, weights=np.array([[1.0, 0, 0, 1, 0], [0, 0, 2, 0, 0], [0, 0, 0, 3, 0]]),
        bias=(0.0,) * 5, pairs={"计划": 2},
    )
    row = sections.LayerRow
    kinds = list(SectionKind)
    rows = [row({"rule_x": 1.0}, ()), row({}, ("y",)), row({"rule_x": 1.0}, ("y",)), row({"unknown": 1.0}, ("z",)),
            row({}, ("y",), "计划"), row({}, ("计划",))]  # the pair 计划, not the word
    assert model.predict(rows) == [kinds[0], kinds[2], kinds[2], kinds[0], kinds[3], kinds[0]]
    assert row({"rule_x": 0.5}, ("y",), "计划").features() == {"rule_x": 0.5, "word_y": 1.0, "pair_计划": 1.0}
    assert model.predict([]) == []


def test_section_model_option_must_be_a_boolean():
    with pytest.raises(ConfigError, match="section_model"):
        BriefConfig(section_model="yes")


def test_this_will_is_a_forecast_not_a_plan(cfg):
    assert _labels("对此，长谷川表示，电动汽车正在中国普及，这将推动电池等周边产业技术创新。", cfg) == [A]
    assert _labels("下一步，我们将推动电池等周边产业技术创新。", cfg) == [F]


def test_hui_inside_a_word_is_no_will(cfg):
    # 社会进一步…: the 会 of 社会 does not make a plan (会进一步 does)
    assert _labels("活动向社会展示新职能，努力提高全社会的宪法意识，在全社会进一步形成尊崇宪法的氛围。", cfg) == [A]
    assert _labels("我们会进一步加强公共法律服务体系建设。", cfg) == [F]


def test_a_named_persons_reaction_is_other_but_no_chrome(cfg):
    body = ("多国政要祝贺大会召开。\n泰国政府总理巴育表示，坚信大会必将科学谋划未来发展。\n"
            "有网友表示，这次活动办得十分精彩。\n责任编辑：王刚")
    article = Article(title="t", body=body)
    sentences = segment.segment(article, cfg)
    labelled = sections.classify(sentences, stats.extract_statistics(sentences, cfg), article, cfg)
    assert [s.kind for s in labelled][1:] == [O, O, O]
    # what a named person says in reaction may be a key point; an anonymous reaction and a byline may not
    assert [s.chrome for s in labelled] == [False, False, True, True]


def test_the_captions_of_a_photo_story_are_other(cfg):
    body = ("当日，武汉三镇队主场以1比0战胜青岛海牛队。7月30日，武汉三镇队球员马尔康在比赛中摔倒。"
            "7月30日，武汉三镇队球员戴维森在比赛中射门。7月30日，武汉三镇队球员任航在比赛中拼抢。"
            "7月30日，武汉三镇队守门员刘殿座在比赛中。")
    assert _labels(body, cfg)[1:] == [O, O, O, O] and _labels(body, cfg)[0] != O
    # a day's events told in a story: three short sentences of one day are no gallery
    story = "7月30日，市委召开常委会议。7月30日，市长到防汛一线检查。7月30日，全市启动应急响应。"
    assert O not in _labels(story, cfg)


def test_a_list_heading_or_a_subheading_is_other(cfg):
    body = (
        "近日，市文旅局发布暑期出游安全提示。\n一、做好行前准备。\n游客出行前应了解目的地的天气和交通情况。\n"
        "（二）注意交通安全，遵守交规。\n评选标准方面。\n参评项目须在本市实施满一年。"
    )
    assert _labels(body, cfg) == [A, O, A, O, O, A]


def test_an_attribution_or_a_photo_caption_is_other(cfg):
    body = (
        "市图书馆开设了周末亲子阅读课。\n“孩子现在每周都吵着要来。”\n一位前来送孩子的家长这样留言道。\n"
        "谈及课程的变化，馆长李明如是说。\n这是2023年6月1日在市图书馆拍摄的少儿阅览室资料照片。\n"
        "市民在新开放的阅览室内读书（6月1日摄）。"
    )
    assert _labels(body, cfg)[2:] == [O, O, O, O]


def test_a_bystanders_remark_is_other_but_content(cfg):
    body = (
        "市图书馆开设了周末亲子阅读课。\n前来参加活动的市民王女士说，很高兴能带孩子来，这里的环境很好。\n"
        "学员们纷纷表示，课程内容丰富，收获很大。\n馆长李明说，图书馆已开设阅读课20期。\n"
        "对于很多家长来说，周末带孩子读书已成为习惯。"
    )
    labels = _labels(body, cfg)
    assert labels[1:3] == [O, O]
    assert O not in (labels[0], labels[3], labels[4])
    article = Article(title="t", body=body)
    sentences = segment.segment(article, cfg)
    result = sections.classify(sentences, stats.extract_statistics(sentences, cfg), article, cfg)
    assert not result[1].chrome  # a named person's reaction may be a key point


def test_a_groups_resolve_is_a_plan_a_leaders_requirement_an_act(cfg):
    # 大家表示，要…: the group speaks of what it will do itself; 张市长表示，要…: what a leader requires of others
    body = "市委召开座谈会，学习全会精神。大家纷纷表示，要把全会精神落实到工作中。"
    assert _labels(body, cfg) == [A, F]
    assert _labels("官兵们一致表示，要刻苦训练，提高打赢本领。", cfg) == [F]
    assert _labels("市委召开座谈会。张市长表示，要把全会精神落实到工作中。", cfg) == [A, A]


def test_a_verb_of_intending_after_its_subject_is_a_plan(cfg):
    assert _labels("市交通局拟扩大公交专用道覆盖范围。", cfg) == [F]
    assert _labels("主办方正计划每年举办一次招聘会。", cfg) == [F]
    assert _labels("他打算回去以后把经验讲给同事听。", cfg) == [F]
    # a modifier (拟表彰的, 拟赴…的游客) or a noun (准备工作, 行动计划) is no intention
    assert _labels("市文明委对拟表彰的先进集体进行公示。", cfg) == [A]
    assert _labels("提醒近期拟赴当地的游客注意安全。", cfg) == [A]
    assert _labels("各单位做好各项准备工作。", cfg) == [A]


def test_what_a_thing_will_bring_is_a_forecast_not_a_plan(cfg):
    # 将为…带来/奠定…: the effect someone expects of a route, a forum, a storm, not what anyone intends to do
    assert _labels("新航线的开通将为两地游客带来更多便利。", cfg) == [A]
    assert _labels("这次会面将为两市合作奠定良好基础。", cfg) == [A]
    assert _labels("台风将给沿海地区带来强降雨。", cfg) == [A]
    assert _labels("新航线将于下月开通。", cfg) == [F]
    assert _labels("该市将为困难群众发放临时补贴。", cfg) == [F]


def test_a_congress_report_cited_is_the_policy_basis(cfg):
    # 党的二十大报告指出，… / 政府工作报告提出，…: the basis the news stands on, as a plenum or a document cited
    assert _labels("党的二十大报告指出，要加快建设农业强国。", cfg) == [B]
    assert _labels("今年的政府工作报告提出，稳定粮食播种面积。", cfg) == [B]


def test_a_wish_put_to_others_is_no_plan(cfg):
    # 希望大家…, 希望文昌市…: what a speaker asks of others, reported as a requirement; 希望尽快…, 我们希望…: an intention
    assert _labels("希望大家珍惜这次学习交流的机会。", cfg) == [A]
    assert _labels("他表示，希望同学们在夏令营中有所收获。", cfg) == [A]
    assert _labels("希望尽快将相关法规列入立法规划。", cfg) == [F]
    assert _labels("我们希望通过此次培训提高教学水平。", cfg) == [F]


def test_a_plan_named_is_no_plan(cfg):
    # 西部计划, 行动计划: a programme's name; 计划于…, 计划在…: a plan
    assert _labels("大会为西部计划优秀志愿者颁发纪念章。", cfg) == [A]
    assert _labels("中泰铁路一期工程计划于2026年竣工通车。", cfg) == [F]


def test_what_will_happen_to_something_is_a_forecast_not_a_plan(cfg):
    # 将面临…, 将导致…, 将比去年减少…: what will happen, which no one intends
    assert _labels("若被引渡，他将面临多项指控。", cfg) != [F]
    assert _labels("专家说，过度的贸易保护主义将导致经济放缓。", cfg) != [F]
    assert _labels("该市将加快建设保障性住房。", cfg) == [F]
    assert _labels("索纳尔并未提到该剧是否会将在迪士尼平台播出。", cfg) != [F]  # a question left open


def test_would_and_must_inside_a_sentence_are_no_plan(cfg):
    # 会/要 + verb after the start of a clause: "would", "needs to" (则会导致…, 需要…要…), no one's plan
    assert _labels("不良的饮食习惯则会引起肠胃疾病。", cfg) != [F]


def test_layer_reads_how_far_the_rules_best_label_leads(cfg):
    sentences = segment.segment(Article(title="t", body="会议听取了工作汇报。"), cfg)
    flags = dict.fromkeys(("carry", "breaks", "strong_future", "spoken", "continues"), False)

    def margin(scores: dict[SectionKind, float]) -> float:
        found = {"scores": dict.fromkeys(SectionKind, 0.0) | scores, **flags}
        return sections.layer_features(sentences, 0, [], found, [A]).named["rule_margin"]

    assert margin({A: 4.5, B: 1.5}) == pytest.approx(0.5)  # a lead of 3 of the 6 that count
    assert margin({A: 2.0, B: 2.0}) == 0.0  # a tie: the rules are unsure
    assert margin({A: 20.0}) == 1.0  # a lead beyond 6 counts as 6

    def close(scores: dict[SectionKind, float]) -> float:
        found = {"scores": dict.fromkeys(SectionKind, 0.0) | scores, **flags}
        return sections.layer_features(sentences, 0, [], found, [A]).named["rule_bg_act_close"]

    assert close({A: 2.5, B: 2.5}) == 1.0  # background and activities alike: the rules cannot tell them apart
    assert close({A: 4.0, B: 2.5}) == pytest.approx(0.5)
    assert close({A: 1.0, B: 7.0}) == 0.0  # three or more apart


def test_layer_reads_a_sentence_that_goes_on_with_a_quotation(cfg):
    body = "校长说：“我们去年建了新校舍。今年又修了操场。”\n学校还开设了书法课。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    assert [s.text for s in sentences] == ["校长说：“我们去年建了新校舍。", "今年又修了操场。”", "学校还开设了书法课。"]
    found = {"scores": dict.fromkeys(SectionKind, 0.0),
             **dict.fromkeys(("carry", "breaks", "strong_future", "spoken", "continues"), False)}
    inside = [("quoted_inside" in sections.layer_features(sentences, i, [], found, [A] * 3).named) for i in range(3)]
    assert inside == [False, True, False]  # the quotation closed with its paragraph
    assert sections.paragraph_context(sentences) == ([0, 0, 2], inside)  # each paragraph's first sentence, in one pass


def test_layer_reads_the_rule_labels_of_the_paragraph_so_far(cfg):
    body = "近年来，小镇的游客越来越多。\n今年，镇里修了停车场。又开通了公交线路。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    assert len(sentences) == 3
    found = {"scores": dict.fromkeys(SectionKind, 0.0),
             **dict.fromkeys(("carry", "breaks", "strong_future", "spoken", "continues"), False)}
    rules = [B, F, A]
    named = [sections.layer_features(sentences, i, [], found, rules).named for i in range(3)]
    heads = [{k for k in x if k.startswith("head_")} for x in named]
    assert heads == [set(), set(), {"head_future_plans"}]  # not the article's first sentence, nor a paragraph's own
    # the sentence before, only within the paragraph (prev_* reads it across paragraphs too)
    assert [{k for k in x if k.startswith("within_")} for x in named] == [set(), set(), {"within_future_plans"}]
    assert "prev_background" in named[1]


def test_layer_reads_a_rule_label_the_paragraph_pass_gave(cfg):
    sentences = segment.segment(Article(title="t", body="深入开展矛盾纠纷排查化解。"), cfg)
    flags = dict.fromkeys(("carry", "breaks", "strong_future", "spoken", "continues"), False)
    found = {"scores": dict.fromkeys(SectionKind, 0.0) | {A: 1.0}, **flags}
    carried = sections.layer_features(sentences, 0, [], found, [F]).named  # a plan carried over its paragraph
    assert carried["moved_future_plans"] == 1.0
    assert not any(k.startswith("moved_") for k in sections.layer_features(sentences, 0, [], found, [A]).named)


def test_what_a_speaker_goes_on_to_say_in_his_paragraph_is_no_background(cfg):
    body = "习近平指出，中新关系保持健康稳定发展势头；应该冷静务实地管控分歧，而不是让分歧定义两国关系。"
    assert B not in _labels(body, cfg)  # (…分歧，而不是… read as a 是 of background)
