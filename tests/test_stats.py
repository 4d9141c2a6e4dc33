"""Statistics facts: values, units, exclusions, spans and subjects."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brief import segment, stats
from brief.models import Article


def _facts(text: str) -> list[tuple[float, str]]:
    return [(value, unit) for _, _, value, unit in stats.find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20.34万件", (203400.0, "件")),
        ("3.5万余人次", (35000.0, "人次")),
        ("499万余元", (4990000.0, "元")),
        ("1.2亿元", (120000000.0, "元")),
        ("1.2万亿元", (1.2e12, "元")),
        ("增长12.5%", (12.5, "%")),
        ("占比12.5％", (12.5, "%")),
        ("百分之九十五", (95.0, "%")),
        ("提高2.3个百分点", (2.3, "个百分点")),
        ("超过七成受访者", (7.0, "成")),
        ("四个方面", (4.0, "个")),
        ("三千五百人", (3500.0, "人")),
        ("三十余万人", (300000.0, "人")),
        ("10余万人", (100000.0, "人")),
        ("1,234家企业", (1234.0, "家")),
        ("近600家机构", (600.0, "家")),
        ("约3000名", (3000.0, "名")),
        ("超过18000人", (18000.0, "人")),
        ("2.5万亩", (25000.0, "亩")),
        ("3至5个", (3.0, "个")),  # a range is valued at its lower bound
        ("10至20万人", (100000.0, "人")),
        ("20%-30%", (20.0, "%")),
        ("两三人", (2.0, "人")),
        ("12至18周岁", (12.0, "周岁")),
        ("4个半小时", (4.5, "小时")),
        ("3个月", (3.0, "个月")),
        ("552批次", (552.0, "批次")),
        ("增长3倍", (3.0, "倍")),
        ("覆盖3400万农村人口", (34000000.0, "")),  # a magnitude without a measure word
        ("装机容量13.86MW", (13.86, "MW")),  # SI units in Latin letters
        ("年发电1600万kWh", (16000000.0, "kWh")),
        ("全长35km", (35.0, "km")),
        ("重450kg", (450.0, "kg")),
        ("修复古籍385万叶", (3850000.0, "叶")),  # pages of old books
        ("浓度为563mg/L", (563.0, "mg/L")),  # a concentration
        ("铅含量0.05毫克/升", (0.05, "毫克/升")),
    ],
)
def test_values_and_units(text, expected):
    assert _facts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "第二届开放日",
        "2024届高校毕业生",
        "2019年",
        "12月4日",
        "第六个国家宪法日",
        "党的十九届四中全会",
        "十二届全国人大三次会议",
        "〔2019〕5号",
        "12348热线",
        "沪ICP备14003370号",
        "18:53",
        "8点30分",
        "一站式服务",
        "一村一法律顾问",
        "三级联动",
        "“两代表一委员”",
        "做到两个维护",
        "助力三个“一号工程”",
        "一个统筹",
        "亿万人民",
        "庆祝建党105周年",
        "近5年来",
        "前三季度",
        "5G基站",
        "倒数十位",
        "几十公里",
        "北京轨道交通22号线",
        "一二三四个",
        "成千上万俄罗斯专家",  # an idiom
        "电影《封神三部曲》上映",  # a title's numerals name it
        "院子里种了三叶草",
        "“坚持”这四个字写在墙上，关键的两个词",  # a word's characters, a phrase's words
        "弘扬和平共处五项原则",  # names of principles and founding texts
        "恪守中美三个联合公报",
        "坚持四项基本原则，实现四个现代化",
    ],
)
def test_not_facts(text):
    assert _facts(text) == []


def test_several_facts_in_order():
    text = "在全市68个乡镇、11个街道设立了律师服务工作站,在437个行政村和64个居委会设立了联系点"
    assert _facts(text) == [(68.0, "个"), (11.0, "个"), (437.0, "个"), (64.0, "个")]


def test_statistics_have_spans_into_the_body_and_subjects(cfg):
    body = "市司法局开展普法活动。\n乡镇公共法律服务工作站已建成79个,发放扫黑除恶宣传资料20.34万件,在全市68个乡镇设立工作站。"
    article = Article(title="t", body=body)
    sentences = segment.segment(article, cfg)
    facts = stats.extract_statistics(sentences, cfg)
    assert [(f.text, f.value, f.unit, f.sentence_index) for f in facts] == [
        ("79个", 79.0, "个", 1),
        ("20.34万件", 203400.0, "件", 1),
        ("68个", 68.0, "个", 1),
    ]
    for fact in facts:
        assert body[fact.start : fact.end] == fact.text
    assert [f.subject for f in facts] == ["乡镇公共法律服务工作站", "扫黑除恶宣传资料", "乡镇"]


def test_span_keeps_the_qualifier_as_written():
    text = "共接待咨询达3.5万余人次,近600家机构"
    spans = [text[s:e] for s, e, _, _ in stats.find_quantities(text)]
    assert spans == ["3.5万余人次", "近600家"]


def test_no_sentences_no_facts(cfg):
    assert stats.extract_statistics((), cfg) == ()


def test_chained_quantities_share_a_subject(cfg):
    body = "帮助企业排查合同管理等风险隐患8大类69项189条。优良天数比例分别为82.4%和82.9%。"
    facts = stats.extract_statistics(segment.segment(Article(title="t", body=body), cfg), cfg)
    assert [(f.value, f.unit) for f in facts] == [(8.0, "大类"), (69.0, "项"), (189.0, "条"), (82.4, "%"), (82.9, "%")]
    assert len({f.subject for f in facts[:3]}) == 1 and facts[0].subject.endswith("风险隐患")
    assert facts[3].subject == facts[4].subject != ""


@given(st.text(alphabet="零一二两三四五六七八九十百千万亿个人元%％.,0123456789至-余多近约第年月日“”件点班", max_size=24))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_valid_spans(text):
    for start, end, value, unit in stats.find_quantities(text):
        assert 0 <= start < end <= len(text)
        assert value == value and value >= 0
        assert isinstance(unit, str)


@pytest.mark.parametrize(
    "text",
    ["中央八项规定精神", "二期工程", "二类预备役", "零部件采购", "所有人四处奔逃", "年均两位数的增长", "晚上7点开始", "1期临床试验", "57007次救援列车"],
)
def test_more_words_that_are_not_counts(text):
    assert _facts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("旅客争取到了两袋大米", [(2.0, "袋")]),
        ("全书共14章、85条，6.8万字。", [(14.0, "章"), (85.0, "条"), (68000.0, "字")]),
        ("编钟上共有3755字铭文", [(3755.0, "字")]),
        ("此次活动为期四周", [(4.0, "周")]),
        ("墨西哥已向美国发出两封外交信函", [(2.0, "封")]),
        ("比赛分理论考试和实际操作两部分", [(2.0, "部分")]),
        ("武汉市红十字会应急救援队出动", []),
        ("坚持八字方针", []),
        ("隧道四周冒着湿气", []),
        ("每年投入近千万元资金", [(1e7, "元")]),
        ("价值近百万元的房产", [(1e6, "元")]),
        ("千万不要大意，百万亩造林工程，千亿元产业集群，万人空巷，千方百计，倒数十位", []),
        ("投入数千万元资金", [(1e7, "元")]),  # a round amount at its lower bound, as the labellers read it
        ("数百名大学生、逾百名青年和上千人参加", [(100.0, "名"), (100.0, "名"), (1000.0, "人")]),
        ("全长4197千米，建成750千伏输变电工程和100万千瓦机组", [(4197.0, "千米"), (750.0, "千伏"), (1e6, "千瓦")]),
        ("分别为65亿、56亿和47亿美元", [(6.5e9, "美元"), (5.6e9, "美元"), (4.7e9, "美元")]),  # one unit for the list
        ("22万小学寄宿生、3万名教师", [(220000.0, ""), (30000.0, "名")]),
        ("手持订单量12377万载重吨，共88艘、275.1万修正总吨", [(1.2377e8, "载重吨"), (88.0, "艘"), (2.751e6, "修正总吨")]),
        ("用时20秒，双向6车道，长高4公分", [(20.0, "秒"), (6.0, "车道"), (4.0, "公分")]),
        ("共有16国和12省的5市参加", [(16.0, "国"), (12.0, "省"), (5.0, "市")]),
        ("两国关系，七国集团，三省一市，国家级", []),
        ("在青龙湖镇上万村，在某乡三合社区；全镇18村全部脱贫", [(18.0, "村")]),  # villages' names after their township
        ("去年有3319对夫妇登记，从三方面和6方面入手", [(3319.0, "对"), (3.0, "方面"), (6.0, "方面")]),
        ("2对于发展，3对此表示", []),
        ("夺得女子10000米、男子5000米和三米板金牌", []),  # names of events
        ("3 户 10 人成功避险，约 30 立方米的滑坡体", [(3.0, "户"), (10.0, "人"), (30.0, "立方米")]),  # spaced numbers
        ("第 3 个，2019 年 3 月 5 日，G 20 峰会", []),
        ("均价150至450元/平方米，金价2081美元/盎司", [(150.0, "元/平方米"), (2081.0, "美元/盎司")]),  # prices and rates
        ("近1.4万个“15分钟品质文化生活圈”，称“84公里项目”", [(14000.0, "个")]),  # names that open with a number
        ("汉西142项目完成3项工作", [(3.0, "项")]),
        ("总分620分，听力20分，8时30分开考，三分之一", [(620.0, "分"), (20.0, "分")]),  # scores, not times or fractions
        ("3岁5个月的女孩，5个月的婴儿", [(3.4167, "岁"), (5.0, "个月")]),  # one age in years; months alone are months
        ("重20磅，增开10趟，4万双鞋，打出10环，上万村民，双方，二环路", [(20.0, "磅"), (10.0, "趟"), (4e4, "双"), (10.0, "环")]),
        ("百余所学校、千余名群众和万余人次，百余年来", [(100.0, "所"), (1000.0, "名"), (10000.0, "人次")]),
        ("100毫秒以内，用时10秒钟，约60万桶原油，煮了13锅饭", [(100.0, "毫秒"), (10.0, "秒钟"), (6e5, "桶"), (13.0, "锅")]),
        ("这两天，保持24小时临战状态，电话(24小时)，15分钟养老服务圈", []),  # lately, round the clock, a policy name
        ("24小时轮班作业，罢工24小时，用眼20分钟", [(24.0, "小时"), (24.0, "小时"), (20.0, "分钟")]),
        ("罚款100万挪威克朗，8英寸晶圆，噪声36分贝", [(1e6, "挪威克朗"), (8.0, "英寸"), (36.0, "分贝")]),
        ("打8.5折，北纬85度，每年1600万度电，升温0.63℃/10年", [(8.5, "折"), (85.0, "度"), (1.6e7, "度"), (0.63, "℃/10年")]),
        ("2023年度，两度夺冠，折合人民币，七折八扣", []),  # places after Chinese numerals are names
        ("近九成受访者，超三成企业，5个成员单位，3成功", [(9.0, "成"), (3.0, "成"), (5.0, "个")]),  # tenths
        ("实施手术79台次，装备680台套，产量超过400吉瓦时，需求130太瓦时", [(79.0, "台次"), (680.0, "台套"), (400.0, "吉瓦时"), (130.0, "太瓦时")]),
        ("时限不超过10个工作日，公示期为20个自然日，十部门联合印发", [(10.0, "个工作日"), (20.0, "个自然日"), (10.0, "部门")]),
        ("三段行程，两站，两通报警电话，六集系列剧，五科，两档刑罚", [(3.0, "段"), (2.0, "站"), (2.0, "通"), (6.0, "集"), (5.0, "科"), (2.0, "档")]),
        ("两段时间，四通八达，三集团，十科技企业，四通道", []),
        ("数字资源918.2TB，以13金、4银、3铜的成绩，五金商店", [(918.2, "TB"), (13.0, "金"), (4.0, "银"), (3.0, "铜")]),
        ("流量66.6立方米/秒，风力28米/秒，文物超过100万件/套", [(66.6, "立方米/秒"), (28.0, "米/秒"), (1e6, "件/套")]),  # rates
        ("已连续举办四届，中共二十届三中全会，十四届全国人大", [(4.0, "届")]),  # sessions are names
        ("收入同比增长15%至486.4亿元，会员数减少5%至1.15亿", [(15.0, "%"), (4.864e10, "元"), (5.0, "%"), (1.15e8, "")]),  # no ranges
        ("为约1.65亿人口提供航班，拥有超过五百万粉丝，数十万候鸟", [(1.65e8, ""), (5e6, ""), (1e5, "")]),  # amounts of people, no measure word
        ("是百分之百正确的决定，十万火急，三十万", [(100.0, "%")]),
        ("发售7.2亿股新股，发行价68.4元/股，均价9500元/平，近百束鲜花，股东大会", [(7.2e8, "股"), (68.4, "元/股"), (9500.0, "元/平"), (100.0, "束")]),
        ("每股4.5港元至5.3港元，募资13.7亿港元至16.1亿港元", [(4.5, "港元"), (1.37e9, "港元")]),  # a range with the unit at both ends
        ("亏损过亿，获得超亿元融资，上亿元，数亿人，亿万富翁，亿元", [(1e8, ""), (1e8, "元"), (1e8, "元"), (1e8, "人")]),
        ("16节车厢，接种两针，1亿像素，12英尺，2.05兆焦耳，3杯咖啡，跑了5圈", [(16.0, "节"), (2.0, "针"), (1e8, "像素"), (12.0, "英尺"), (2.05, "兆焦耳"), (3.0, "杯"), (5.0, "圈")]),
        ("节日，世界杯，三尺讲台，六盘水市，三门峡市，五台山，七台河", []),  # words and places
        ("融资将近10亿人民币，降价2毛，翻两番，1串烧烤", [(1e9, "元"), (2.0, "毛"), (2.0, "番"), (1.0, "串")]),
        ("三番五次，三天两头，五花八门，三毛，番茄", []),  # idioms and names
        ("千分之八，花了100块钱，3块石头", [(8.0, "‰"), (100.0, "元"), (3.0, "块")]),
        ("至少有5单，50度的热水，3单位，5单元", [(5.0, "单"), (50.0, "度")]),
        ("摘要不超过300个字，收录了约两万个词", [(300.0, "个"), (20000.0, "个")]),  # Arabic numerals or a magnitude count
        ("发生6.2级地震，里氏5.8级，3级医院，5级台阶，阵风9级，三级响应", [(6.2, "级"), (5.8, "级")]),  # magnitudes, not ranks
        ("气温118华氏度，零下5.5°C，每小时4.4希沃特，0.5毫希沃特", [(118.0, "华氏度"), (5.5, "°C"), (4.4, "希沃特"), (0.5, "毫希沃特")]),
        ("网速100Mbps，速率10Gbps，主频1.8GHz，电压220伏，3克拉钻石", [(100.0, "Mbps"), (10.0, "Gbps"), (1.8, "GHz"), (220.0, "伏"), (3.0, "克拉")]),
    ],
)
def test_words_characters_weeks_bags_and_letters(text, expected):
    assert _facts(text) == expected


def test_time_and_place_words_after_a_quantity_are_not_its_subject(cfg):
    article = Article(title="t", body="离岸边10多米时，市民跳入江中。全镇100人左右参加了培训。")
    facts = stats.extract_statistics(segment.segment(article, cfg), cfg)
    assert [(f.text, f.subject) for f in facts] == [("10多米", ""), ("100人", "全镇")]


def test_a_statistical_index_is_named_whole(cfg):
    article = Article(title="t", body="7月份，制造业采购经理指数（PMI）为49.3%。非制造业商务活动指数为51.5%。")
    facts = stats.extract_statistics(segment.segment(article, cfg), cfg)
    assert [(f.text, f.subject) for f in facts] == [("49.3%", "制造业采购经理指数"), ("51.5%", "非制造业商务活动指数")]


def test_the_table_names_a_verb_of_gain_and_a_forecast_a_frame_makes(cfg):
    body = ("项目明年建成投产后，年发电量超60亿千瓦时，每年可减少二氧化硫排放量约19300吨。年增产粮食约26亿公斤。"
            "展会以“共创未来”为主题，展出面积4.5万平方米。总产值预计达到955万元，奖励村集体50多万元。")
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = {f.text: stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert shown["超60亿千瓦时"] == "年发电量（预计）" and shown["约19300吨"] == "减少二氧化硫排放量（每年）（预计）"
    worked = segment.segment(Article(title="t", body="北京共治理荒滩砂石坑等沙化土地25万多亩。累计修复古籍超过385万叶。"
                                         "新增和修复湿地面积100余万公顷。全市沙化土地面积为40万亩。"), cfg)
    done = {f.text: stats.shown_subject(worked, f) for f in stats.extract_statistics(worked, cfg)}
    assert done["25万多亩"] == "治理沙化土地" and done["超过385万叶"] == "修复古籍"  # the land treated, not all of it
    assert done["100余万公顷"] == "新增和修复湿地面积" and done["40万亩"] == "沙化土地面积"
    assert shown["约26亿公斤"] == "增产粮食"
    saved = segment.segment(Article(title="t", body="新工艺每年可减少碳排放约5000吨。"), cfg)
    assert [stats.shown_subject(saved, f) for f in stats.extract_statistics(saved, cfg)] == ["减少碳排放（每年）"]
    assert shown["4.5万平方米"] == "展出面积" and shown["955万元"] == "总产值（预计）"  # 未来 in a slogan is no frame
    assert not shown["50多万元"].endswith("（预计）")  # 预计 in a clause before governs that clause alone
    # a frame stops at a clause told as done, or of another subject
    done = segment.segment(Article(title="t", body="未来五年将启动300个片区改造，而武汉则以182个片区为载体启动了更新。"
                                                    "项目建成投产后，年发电量超60亿千瓦时，目前已完成投资30亿元。"), cfg)
    shown = {f.text: stats.shown_subject(done, f) for f in stats.extract_statistics(done, cfg)}
    assert shown["300个"].endswith("（预计）") and shown["超60亿千瓦时"].endswith("（预计）")
    assert not shown["182个"].endswith("（预计）") and not shown["30亿元"].endswith("（预计）")
    # a result measured against what was expected is no forecast (好于预期); what is expected is (预期全年增长)
    told = segment.segment(Article(title="t", body="城镇新增就业好于预期、达1200多万人。预期全年经济增长5%。"), cfg)
    shown = {f.text: stats.shown_subject(told, f) for f in stats.extract_statistics(told, cfg)}
    assert not shown["1200多万人"].endswith("（预计）") and shown["5%"].endswith("（预计）")


def test_the_table_names_a_yearly_average_change_as_one(cfg):
    body = "农民人均可支配收入年均增长8%。全年粮食产量增长3%。技术合同成交额年均下降10.5%。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = {f.text: stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert shown["8%"] == "农民人均可支配收入年均增长" and shown["3%"] == "粮食产量增长"  # a year's rise on average
    assert shown["10.5%"] == "技术合同成交额年均下降"


def test_the_table_names_the_whole_a_share_is_of(cfg):
    body = ("主产区的果农林果收入占总收入的30%以上。签约士兵约占白俄罗斯军队的60%。学生66.5万人，占学生总数的10.6%。"
            "19-22岁人群占33.2%。")
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = {f.text: stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert shown["30%"] == "果农林果收入占总收入" and shown["60%"].endswith("士兵占白俄罗斯军队")
    assert "占" not in shown["10.6%"] + shown["33.2%"]  # 占 opening its clause, or no whole named: as the subject says

    def figures(body: str) -> dict[str, str]:
        told = segment.segment(Article(title="t", body=body), cfg)
        return {f.text: (stats.shown_figure(told, f), stats.shown_subject(told, f)) for f in stats.extract_statistics(told, cfg)}

    # a share told as more or less than a part of a whole: the figure keeps 超过, the subject the whole
    assert figures("今年的联邦预算赤字将超过GDP的2%。") == {"2%": ("超过2%", "联邦预算赤字占GDP（预计）")}
    assert figures("累计汇出额不得超过中方拟投资总额的15%。")["15%"][0] == "不超过15%"  # a limit
    assert figures("净利润增长30.4%，高于此前市场预期的7%。")["7%"][0] == "7%"  # a comparison, not a share


def test_the_table_names_how_much_more_than_a_time_before_a_figure_is(cfg):
    body = "新能源汽车日均流量比去年同期多了60%。北极整体平均气温比较常年偏高1.10℃。今年产量达5万吨，他比我高3厘米。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = {f.text: stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert shown["60%"] == "新能源汽车日均流量比去年同期多" and shown["1.10℃"] == "北极整体平均气温较常年偏高"
    assert "比" not in shown["5万吨"] + shown["3厘米"]


def test_the_table_names_the_month_place_or_sector_a_list_gives_each_figure(cfg):
    body = ("京津冀区域13个城市4月和5月平均优良天数比例分别为54.0%和62.5%。第一、二、三产业用电量同比分别增长12.1%、4.4%、9.9%。"
            "京津冀、长三角、珠三角平均优良天数比例分别为54.0%、77.0%和98.1%。原煤、原油产量同比分别增长4.4%、2.1%。")
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = [(f.text, stats.shown_subject(sentences, f)) for f in stats.extract_statistics(sentences, cfg)]
    assert shown[1:3] == [("54.0%", "4月平均优良天数比例"), ("62.5%", "5月平均优良天数比例")]
    assert shown[3:6] == [("12.1%", "第一产业用电量同比增长"), ("4.4%", "第二产业用电量同比增长"),
                          ("9.9%", "第三产业用电量同比增长")]  # each figure of the list grew: each says so
    assert [subject for _, subject in shown[6:9]] == ["京津冀平均优良天数比例", "长三角平均优良天数比例", "珠三角平均优良天数比例"]
    assert shown[9:] == [("4.4%", "原煤同比增长"), ("2.1%", "原油产量同比增长")]  # things listed were already named


def test_a_long_run_of_joining_words_before_a_list_is_read_at_once(cfg):
    import signal

    def too_slow(*_):
        raise TimeoutError("the places pattern backtracked")

    body = "京津冀" + "和" * 60 + "平原分别增长12.1%、4.4%和3.2%。"  # 和 joins places and is part of a name (和田)
    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)  # 40 和 took 9 s and 60 did not finish before the lists of places were bounded
    try:
        sentences = segment.segment(Article(title="t", body=body), cfg)
        shown = [stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)]
        left = stats._LISTED_START.sub("", "和" * 80)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert len(shown) == 3 and left == "和" * 80


def test_names_listed_before_a_count_are_read_at_once(cfg):
    import signal

    from brief.pipeline import brief_cleaned
    from brief.render import build_content

    def too_slow(*_):
        raise TimeoutError("the listed names pattern backtracked")

    body = "全市新建公园12个。京津冀" + "和" * 60 + "平原分别增长12.1%、4.4%和3.2%。市民休闲更便利。"
    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)  # 40 和 before a figure took 0.5 s and 80 did not finish before the names were read from the end
    try:
        content = build_content(brief_cleaned(Article(title="公园", body=body), cfg))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert content.title_main
    assert stats._listed_names("来自西安与瓦莱塔") == "来自西安与瓦莱塔" and stats._listed_names("西安与瓦莱塔、") is None


def test_rows_that_share_a_subject_are_told_apart_by_whose_figure_each_is(cfg):
    from brief.pipeline import brief_cleaned
    from brief.render import build_content

    body = ("欧盟成员国去年发放近370万份居留许可。2022年德国发放53.87万份居留许可，排名第一；西班牙发放45.74万份居留许可，排名第二；"
            "意大利和法国分别发放33.78万份和32.42万份居留许可。")
    sentences = segment.segment(Article(title="t", body=body), cfg)
    found = stats.extract_statistics(sentences, cfg)
    assert [stats.owner(sentences, f) for f in found] == ["", "德国", "西班牙", "意大利", "法国"]
    table = build_content(brief_cleaned(Article(title="欧盟居留许可", body=body), cfg)).lists["stats"]
    assert {fact.subject for fact in table} == {"居留许可", "德国居留许可", "西班牙居留许可", "意大利居留许可", "法国居留许可"}
    # examples are no owner, nor a place a bracket does not follow
    other = segment.segment(Article(title="t", body="来自法国、瑞典等15个国家和地区的代表参加。份额最高的是德国（53%）、北部州（11%）。"), cfg)
    assert [stats.owner(other, f) for f in stats.extract_statistics(other, cfg)] == ["", "德国", ""]
    # one owner before a list of months; a region jieba does not tag as a place
    months = segment.segment(Article(title="t", body="长三角区域25个城市4月和5月平均优良天数比例分别为77.0%和77.8%。"
                                                       "京津冀区域13个城市4月和5月平均优良天数比例分别为54.0%和62.5%。"), cfg)
    assert [stats.owner(months, f) for f in stats.extract_statistics(months, cfg) if f.unit == "%"] == [
        "长三角", "长三角", "京津冀", "京津冀"]
    # a list named in the clause before the 分别 clause
    banks = segment.segment(Article(title="t", body="筹资规模排前三的企业是中国银行、工商银行和中国平安，筹集资金额分别为65亿、56亿和47亿美元。"), cfg)
    assert [stats.owner(banks, f) for f in stats.extract_statistics(banks, cfg)] == ["中国银行", "工商银行", "中国平安"]


def test_rows_whose_subjects_read_the_same_get_the_nearest_name_that_tells_them_apart(cfg):
    from brief.pipeline import brief_cleaned
    from brief.render import build_content

    def table(body: str) -> dict[str, str]:
        briefing = brief_cleaned(Article(title="两家物流园入选国家示范物流园区", body=body), cfg)
        return {fact.text: fact.subject for fact in build_content(briefing).lists["stats"]}

    # two parks, each told in a sentence of its own: the place or organisation its sentence names
    parks = table("近日，国家公布示范物流园区名单，我省两家物流园入选。据悉，安庆临港现代物流园规划占地面积80万平方米，已完成投资30亿元。"
                  "芜湖三山综合物流园规划占地面积90万平方米，已完成投资20亿元。")
    assert parks["30亿元"] != parks["20亿元"]
    assert parks["30亿元"].startswith("安庆") and parks["20亿元"].startswith("芜湖三山") and parks["20亿元"].endswith("投资")
    # the noun that opens the figure's clause (公路, 水路), and the rate told after it in the next clause
    roads = table("今年以来，全省交通投资保持增长。看公路，上半年公路完成投资1200亿元，同比增长5.1%。看水运，上半年水路完成投资300亿元，"
                  "同比增长8.2%。")
    assert (roads["1200亿元"], roads["300亿元"]) == ("上半年公路投资", "上半年水路投资")  # and the months they add up
    assert (roads["5.1%"], roads["8.2%"]) == ("上半年公路投资同比增长", "上半年水路投资同比增长")
    # a part counted after its whole (调味品130批次，不合格样品6批次): the whole names it
    food = table("市场监管局公布食品抽检结果。抽检调味品130批次，不合格样品6批次；抽检酒类40批次，不合格样品2批次。")
    assert (food["6批次"], food["2批次"]) == ("调味品不合格样品", "酒类不合格样品")
    # nothing in either sentence tells them apart (园区 is in both): the rows stay as they are
    alone = table("据悉，该园区去年完成投资30亿元。今年一季度，园区又完成投资20亿元。")
    assert (alone["30亿元"], alone["20亿元"]) == ("投资", "一季度投资")  # but the part of the year its clause opens with


def test_a_figure_in_a_list_is_shown_with_the_unit_the_list_shares(cfg):
    body = ("三家公司分别筹资65亿、56亿和47亿美元，同比提高2.4个和3.1个百分点，占比12%、百分之百。全镇100人左右参加。"
            "航道可通航5000吨级船舶。")
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = [stats.shown_figure(sentences, f) for f in stats.extract_statistics(sentences, cfg)]
    assert shown[1:] == ["65亿美元", "56亿美元", "47亿美元", "2.4个百分点", "3.1个百分点", "12%", "百分之百", "100人左右",
                         "5000吨级"]  # a class of ships, not a load
    # another measure word in brackets and the nights after days go with the figure as written; other brackets do not
    written = segment.segment(Article(title="t", body="改造住房8万套（间）以上，收藏古籍300册（件）。研学营为期5天4夜，"
                                                        "办了两个月（含）的展览，装机5吉瓦（GW）。"), cfg)
    assert [stats.shown_figure(written, f) for f in stats.extract_statistics(written, cfg)] == [
        "8万套（间）以上", "300册（件）", "5天4夜", "两个月", "5吉瓦"]
    limits = segment.segment(Article(title="t", body="两种成分的安全限值都不应超过0.1%。全年增长超过5%。"), cfg)
    assert [stats.shown_figure(limits, f) for f in stats.extract_statistics(limits, cfg) if f.unit == "%"] == [
        "不超过0.1%", "超过5%"]  # a limit is no amount above it


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a change is the change of the amount before it, whatever it is compared with
        ("外贸进出口总值34.62万亿元，同比增长9.5%。", [("34.62万亿元", "外贸进出口总值"), ("9.5%", "外贸进出口总值")]),
        ("环保装备制造业产值同比增长2.2%。", [("2.2%", "环保装备制造业产值")]),
        ("全国居民消费价格（CPI）同比下降0.3%。", [("0.3%", "居民消费价格")]),  # an abbreviation in brackets
        ("计划招录高校应届毕业生5000名、退役士兵3000名。", [("5000名", "高校应届毕业生"), ("3000名", "退役士兵")]),
        ("增速较去年同期下降4.5个百分点。", [("4.5个百分点", "增速")]),
        ("奶牛产奶量将比正常情况少10%。", [("10%", "奶牛产奶量")]),
        ("其中，食品价格由上月同比上涨2.3%。", [("2.3%", "食品价格")]),
        # the same amount converted
        ("家庭月均收入为157.1万韩元（约合人民币8700元）。", [("157.1万韩元", "家庭月均收入"), ("8700元", "家庭月均收入")]),
        # what follows 的, past a modifier
        ("现年45岁的洪玛奈是长子。", [("45岁", "洪玛奈")]),
        ("曲艺团推出了4台各具特色的专场演出。", [("4台", "专场")]),
        # an idiom after the counted noun is its predicate
        ("已有4000余项成果广泛应用于各行各业。", [("4000余项", "成果")]),
        # what happened to the people counted
        ("事故共造成4人死亡。", [("4人", "死亡")]),
        ("3 户 10 人成功避险。", [("3 户", ""), ("10 人", "成功避险")]),
        ("职工1500人参加。", [("1500人", "职工")]),
        # a word jieba split before the number, adjectives and states inside a subject
        ("县安委办共下达督办单4份。", [("4份", "督办单")]),
        ("全省建成农村充电桩60万个。", [("60万个", "农村充电桩")]),
        ("全社会用电量4.3万亿千瓦时。", [("4.3万亿千瓦时", "全社会用电量")]),
        ("花样年控股在建项目共计26个。", [("26个", "在建项目")]),
        # a verb ends a long subject; right before the head it is part of a compound
        ("全区计划改造老旧小区46个。", [("46个", "老旧小区")]),
        ("全国造船完工量2113万载重吨。", [("2113万载重吨", "造船完工量")]),  # 全国: where, not what
        # a parenthesis after the number is skipped, and converted amounts share the subject
        ("美国已向乌克兰提供了超过662亿美元（约合人民币4773亿元）的财政援助。",
         [("超过662亿美元", "财政援助"), ("4773亿元", "财政援助")]),
        # a place, a pronoun or a direction may open the phrase after the number; a share is of what follows 的
        ("走访7所当地高校。", [("7所", "当地高校")]),
        ("涉及6.7万名此类人员。", [("6.7万名", "此类人员")]),
        ("调查发现，51%的乘客表示愿意承担高速费。", [("51%", "乘客")]),
        # words jieba tags as nouns between a subject and its number; state words inside it; a currency after it
        ("死亡率高达50%。", [("50%", "死亡率")]),
        ("营收同比增加104.06%。", [("104.06%", "营收")]),
        ("全年空气质量优良天数294天。", [("294天", "空气质量优良天数")]),
        ("净亏损108.40亿元人民币。", [("108.40亿元", "净亏损")]),
        # 处 after a distance is a place
        ("在瀑布上游约10公里处修建了一座水库。", [("约10公里", "瀑布")]),
        # what jieba's dictionary mis-tags, fixed in the packaged user dictionary, and a metric glued to 达
        ("冲突造成约140名警察受伤。", [("约140名", "警察")]),
        ("共有535名运动员参赛。", [("535名", "运动员")]),
        ("知识密集型服务贸易占比达43.5%。", [("43.5%", "知识密集型服务贸易占比")]),
        ("参展机构国际化率达47%。", [("47%", "机构国际化率")]),
        ("农村电网平均供电可靠率达到99.9%。", [("99.9%", "农村电网平均供电可靠率")]),  # 可靠/v 率/v 达到
        # from one amount to another of the same thing; an average stated with 平均为
        ("预备役军人的年龄上限从45岁提高到50岁。", [("45岁", "年龄上限"), ("50岁", "年龄上限")]),
        ("这里生活着132只野生大熊猫，比10年前增加了15只。", [("132只", "野生大熊猫"), ("15只", "野生大熊猫")]),
        ("中介公司收取的费用平均为1372万韩元。", [("1372万韩元", "费用")]),
        # a quoted name after the number, with the noun after it
        ("培育4家“独角兽”企业，其中包括17辆“豹”式坦克。", [("4家", "“独角兽”企业"), ("17辆", "“豹”式坦克")]),
        # the named area where it is counted is left out (not 城镇 or 香港, part of what is counted)
        ("武汉市空气质量优良天数294天，长坪镇烟叶种植总面积5200亩。", [("294天", "空气质量优良天数"), ("5200亩", "烟叶种植总面积")]),
        ("全年城镇调查失业率为5.5%。", [("5.5%", "城镇调查失业率")]),
        ("全市共有589名青年志愿者投身于防汛工作。", [("589名", "青年志愿者")]),
        # two nouns joined by 和 are one subject; the prefix 非 stays
        ("覆盖200多个国家和地区。", [("200多个", "国家和地区")]),
        ("非食品价格同比上涨0.6%。", [("0.6%", "非食品价格")]),
        # a clause that says what the same thing reached; 比较 compares; a bound after the number
        ("环保装备制造业产值同比增长2.2%，达到9600亿元。", [("2.2%", "环保装备制造业产值"), ("9600亿元", "环保装备制造业产值")]),
        ("北极整体平均气温比较常年偏高1.10℃。", [("1.10℃", "北极整体平均气温")]),
        ("可处以500万韩元以下罚款，海拔4000米以下区域。", [("500万韩元", "罚款"), ("4000米", "海拔")]),
        # a linking verb, a change jieba glued to the metric, and a time before the subject are left out
        ("公司实现营收1492.08亿元。", [("1492.08亿元", "营收")]),
        ("7月猪肉价格下降26.0%。", [("26.0%", "猪肉价格")]),
        ("被接管时总资产约2290亿美元。", [("约2290亿美元", "总资产")]),
        ("公司总收入人民币97.54亿元。", [("97.54亿元", "总收入")]),  # the currency is no subject
        ("全国共有不可移动革命文物3.6万多处。", [("3.6万多处", "不可移动革命文物")]),  # 不可 says the opposite
        # a year after the measure word says which; a direction inside the noun phrase is part of it
        ("347位2023年湖北省西部计划志愿者将从这里出发。", [("347位", "湖北省西部计划志愿者")]),
        # a count of visits or meetings counts what was done, not the place or the host
        ("总书记先后3次来延安考察调研。", [("3次", "考察调研")]),
        ("中央政治局两次主持召开集体学习。", [("两次", "集体学习")]),
        # a widening gap or a jump is a change of the amount before it, not what is measured
        ("服务价格上涨0.8%，涨幅比上月扩大0.7个百分点。", [("0.8%", "服务价格"), ("0.7个百分点", "服务价格")]),
        ("大米价格已从16美元飙升至近50美元。", [("16美元", "大米价格"), ("近50美元", "大米价格")]),
        # a verb that names what is counted opens its phrase; a clause's verb does not
        ("今年出生婴儿数超过30万，排涝力量1047人，发放宣传资料20万份。", [("超过30万", "出生婴儿数"), ("1047人", "排涝力量"), ("20万份", "宣传资料")]),
        # a longer modifier before 的 after the number (the noun phrase itself when there is one)
        ("吊转了240吨各种不同的物资材料。", [("240吨", "物资材料")]),
        ("有1名20岁的巴勒斯坦男子死亡，走访7所当地高校的学生。", [("1名", "巴勒斯坦男子"), ("20岁", "巴勒斯坦男子"), ("7所", "当地高校")]),
        # 一事 after the amount names no thing; a cause before it is not what was measured
        ("美国证券交易委员会调查致市值蒸发390亿美元一事", [("390亿美元", "市值")]),
        # money right after an investing verb is the investment (of what stands right before it)
        ("石狮市政府投资了50多亿元，已完成投资37亿元，完成交通固定资产投资1.83万亿元。",
         [("50多亿元", "投资"), ("37亿元", "投资"), ("1.83万亿元", "交通固定资产投资")]),
        ("今年以来，酒泉市投入499万余元建成“法律服务在线”网络平台。", [("499万余元", "投入")]),  # not who invested
        ("公司营收49.54亿元，集团注册资本100亿元。", [("49.54亿元", "营收"), ("100亿元", "注册资本")]),  # not the company's
        ("目前共有92.68万人在埃及避难。", [("92.68万人", "")]),  # a linking verb (共有) names nothing
        ("全球大米出货量的40%。", [("40%", "全球大米出货量")]),  # 大米 is a noun, not the numeral jieba's dictionary says
        # a negation stays with what it negates (合格样品 would say the opposite); a bound is no negation
        ("不合格样品1批次，查处12件不合格产品、3家不达标企业，不超过等值300万美元。",
         [("1批次", "不合格样品"), ("12件", "不合格产品"), ("3家", "不达标企业"), ("300万美元", "等值")]),
        # an event or what befell people, tagged as a verb, closing the clause after the number
        ("共举办200场演出，调查人员称超过500人死亡，由通名和专名两部分组成。",
         [("200场", "演出"), ("超过500人", "死亡"), ("两部分", "")]),  # 两部分组成 counts no event
        ("累计加息11次，农民人均可支配收入年均增长8%，答题卡全部近百张。", [("11次", "加息"), ("8%", "农民人均可支配收入"), ("近百张", "答题卡")]),
        # where or when ends the phrase, and a bound of another quantity opens none
        ("可在1000万美元额度内办理，在10多米距离时开枪，公交与地铁50米内换乘比例达88%。",
         [("1000万美元", "额度"), ("10多米", "距离"), ("50米", "公交与地铁"), ("88%", "换乘比例")]),
        # a share of a whole measures the part: the one before 占, else the amount before it, else "a share of" the whole
        ("果农林果收入占总收入的30%以上。", [("30%", "果农林果收入")]),
        ("签约士兵约占白俄罗斯军队的60%。", [("60%", "士兵")]),
        ("广西共有大班额学生66.5万人，占义务教育阶段学生总数的10.6%。", [("66.5万人", "大班额学生"), ("10.6%", "大班额学生")]),
        ("印度是最大的大米出口国，占全球大米出货量的40%以上。", [("40%", "占全球大米出货量")]),
        # ... and so does a part said to reach or pass a share of a whole (not a base of comparison, nor 高于 a threshold)
        ("今年的联邦预算赤字将超过GDP的2%，其规模达到GDP的2.5%，这一数额相当于全国的3%。",
         [("2%", "联邦预算赤字"), ("2.5%", "规模"), ("3%", "规模")]),
        ("实际平均工资高于本地区平均工资的60%。", [("60%", "地区平均工资")]),
        # an amount word that points back (这一数额, 该数字) stands for what the sentence has just measured
        ("预算赤字将达到3万亿卢布，这一数额将超过GDP的2%。", [("3万亿卢布", "预算赤字"), ("2%", "预算赤字")]),
        ("今年出口额达500亿元，该数字同比增长5%。", [("500亿元", "出口额"), ("5%", "出口额")]),
        # a share opening its clause names its part after 为 (also before a bracket); 增长率为5% is the rate's
        ("在居留许可中，42%为工作类居留许可(含蓝卡)，21%为其他类居留许可，增长率为5%。",
         [("42%", "工作类居留许可"), ("21%", "其他类居留许可"), ("5%", "增长率")]),
        # named people are no event; a modal opens no verb-only subject; what was done to what is counted goes
        ("数百名优秀大学生走进企业，全程2700多公里，预计运行7天左右，办理公益诉讼案件6800余件，检查发现隐患1050条。",
         [("数百名", "优秀大学生"), ("2700多公里", "全程"), ("7天", "运行"), ("6800余件", "公益诉讼案件"), ("1050条", "隐患")]),
        # a date between what is counted and its number says when; a move to another amount, a comparison or
        # what was reached (分别突破, 首破) names nothing, so the amount before it gives the subject
        ("65岁以上老年人口在2000年337.2万人，2017年和2020年分别突破700万和800万，去年首破900万人。包括机场的雇员，"
         "将在当地时间8日罢工24小时。",
         [("65岁", "老年人"), ("337.2万人", "老年人口"), ("700万", "老年人口"), ("800万", "老年人口"), ("900万人", "老年人口"),
          ("24小时", "罢工")]),
        ("企业应占亏损由2021年104.66亿元，减亏至2022年60.71亿元。", [("104.66亿元", "企业"), ("60.71亿元", "企业")]),
        ("记者获悉，2022年我国云计算总体规模为4500亿元，相比2021年提高40%，到2025年预计将突破万亿元。",
         [("4500亿元", "总体规模"), ("40%", "总体规模")]),
        # 分别: the i-th number counts the i-th thing listed (in its clause or the one before, past 其中, 上半年, 等, 每吨)
        ("上半年国内原煤、原油、天然气产量稳步提高，同比分别增长4.4%、2.1%、5.4%。",
         [("4.4%", "原煤"), ("2.1%", "原油"), ("5.4%", "天然气产量")]),
        ("生产安全事故起数和死亡人数分别同比下降15.3%和12.1%，其中零部件、锂电池等产品出口分别增长了19.7倍、43.7%。",
         [("15.3%", "生产安全事故起数"), ("12.1%", "死亡人数"), ("19.7倍", "零部件"), ("43.7%", "锂电池")]),
        # ... but not a list of times or places, nor of another length, nor a subject read after the number (which
        # the quantities joined by 和 share)
        ("4月和5月城市平均优良天数比例分别为82.4%和82.9%，意大利和法国分别发放33.78万份和32.42万份居留许可。",
         [("82.4%", "城市平均优良天数比例"), ("82.9%", "城市平均优良天数比例"), ("33.78万份", "居留许可"),
          ("32.42万份", "居留许可")]),
        ("高速公路、国省道和农村公路分别增长7.5%和13.6%。",
         [("7.5%", "高速公路、国省道和农村公路"), ("13.6%", "高速公路、国省道和农村公路")]),
        # the noun jieba glued to the measure word (个市, 架飞机), not the person cut out of a word (人线)
        ("南京、苏州等7个市同步启动，损失21架飞机和6架直升机，共有186名营员参加。",
         [("7个", "市"), ("21架", "飞机"), ("6架", "直升机"), ("186名", "营员")]),
        # a count inside a name and a grade go on the phrase after the number
        ("建成22个国家卓越级智能工厂，学习两个确立重要意义。", [("22个", "国家卓越级智能工厂")]),
        # a character jieba tags zg ends a noun phrase when it is a noun (车, 癌), not when it is an adverb (仍, 较)
        ("全市出动近7000台渣土车，投放50台氢燃料车，14名晚期子宫内膜癌患者参加试验。",
         [("近7000台", "渣土车"), ("50台", "氢燃料车"), ("14名", "晚期子宫内膜癌患者")]),
        # things joined by 及其, 和 or 、 before the number are one subject; a list of amounts is not joined
        ("抽检食用油、油脂及其制品44批次，金条和金币需求146.31吨，发放宣传资料20万件、宣传册13万份。",
         [("44批次", "食用油、油脂及其制品"), ("146.31吨", "金条和金币需求"), ("20万件", "宣传资料"), ("13万份", "宣传册")]),
        # A是B的N倍 measures A against B, also when B is of a time (同期全球升温速率); a time alone is a base
        ("其整体升温速率是同期全球升温速率的3.7倍，出口额是去年同期的2倍。", [("3.7倍", "整体升温速率"), ("2倍", "出口额")]),
        # a bound between a share and its 的 is the figure's; a level a thing stays at (保持在…以上的区间) is no share
        ("在机器人的配合下，95%以上的患者可以取到药品。", [("95%", "患者")]),
        ("生产指数保持在50%以上的扩张区间。", [("50%", "生产指数")]),
        # a frame of circumstances (在…下, 在…上) between what is measured and its change is neither
        ("居民消费价格在世界通胀高企背景下仅上涨2%，GDP在疫情冲击下增长3%，粮食产量在去年基础上增长5%。",
         [("2%", "居民消费价格"), ("3%", "GDP"), ("5%", "粮食产量")]),
        # a share that opens its clause with a word the clause before named in full is of what that clause named
        ("如新能源投资快速增长，完成投资占比接近四成。今年新能源汽车销量快速增长，销量占比超过三成。",
         [("近四成", "新能源投资占比"), ("超过三成", "新能源汽车销量占比")]),
        # a rate before the number is what it measures, whatever follows 的
        ("还有普及率高达66.5%的农村互联网，占比达到30%的企业，超过40%的乘客。",
         [("66.5%", "普及率"), ("30%", "占比"), ("超过40%", "乘客")]),
        # ... before the number too, however jieba tags the grade (本科/r 及 以上学历/l); two modifiers joined by 或;
        # a 最 jieba cut from its adjective (最/短时间)
        ("本科及以上学历达74.1%，二级及以上医院120家。", [("74.1%", "本科及以上学历"), ("120家", "二级及以上医院")]),
        ("累计为当地直接或间接助农销售额近600万元。", [("近600万元", "直接或间接助农销售额")]),
        ("河北燕郊到达北京CBD最短时间约32分钟。", [("约32分钟", "最短时间")]),
        # a grade and those above it; the kinds of place counted alike (not any bracket)
        ("338个地级及以上城市平均优良天数有所增加，来自31个省（区、市）、12个省（自治区、直辖市）和5个省（含港澳）。",
         [("338个", "地级及以上城市"), ("31个", "省（区、市）"), ("12个", "省（自治区、直辖市）"), ("5个", "省")]),
        # a word before 了 is a verb, not part of what is counted; an adverb jieba tags as a noun counts nothing;
        # 只有 links the subject to its number; a chain counts what its last quantity names
        ("全国共有841名乘客经历了72个小时的艰难考验。", [("841名", "乘客"), ("72个小时", "艰难考验")]),
        ("铁路发送旅客1.42亿人次基本恢复到同期水平。", [("1.42亿人次", "铁路发送旅客")]),
        ("企业退休职工的平均年龄只有54岁。", [("54岁", "平均年龄")]),
        ("《意见》提出6方面24条政策措施。", [("6方面", "政策措施"), ("24条", "政策措施")]),
        ("河北省占比最高，分别有6个和5个城市入列。", [("6个", "城市"), ("5个", "城市")]),
        # what reached an amount, opening its clause, though jieba tags it a verbal noun
        ("在盐碱地上，亩产达到了460公斤。", [("460公斤", "亩产")]),
        # the people a verb was done to, not who did it (the team was not 736 people); a plain count stays the team's
        ("医疗分队累计接诊736人，工兵分队共有175人。", [("736人", "医疗分队接诊"), ("175人", "工兵分队")]),
        ("服务贸易占比达43.5%，旅行服务进出口增长65.4%。", [("43.5%", "服务贸易占比"), ("65.4%", "旅行服务进出口")]),
        # a clause that only says what was reached or summed names its subject elsewhere: the clause the 、 joins it
        # to (新增/v 就业/v to jieba), or what the clause before it acted on
        ("城镇新增就业好于预期、达1200多万人，销售收入持续增长、达到500亿元。",
         [("1200多万人", "城镇新增就业"), ("500亿元", "销售收入")]),
        ("被告人先后多次收受他人财物，共计人民币458.19万元。", [("458.19万元", "他人财物")]),
        ("一辆车、一条路、四个村，都是他的。", [("四个", "")]),  # a list of things, no predicates
        # a currency before the amount is its unit's; what a conversion verb converts is what is counted
        ("涉嫌收受工程商等人贿款折合人民币共550多万元。", [("550多万元", "贿款")]),
        ("罚款折合美元3万元。", [("3万元", "罚款")]),
        # (另)一张 stands for one of the things counted before with the same measure word: no verb-only subject
        ("他送去两张银行卡，一张存有200万元，另一张存有100万元。",
         [("两张", "银行卡"), ("200万元", "银行卡"), ("100万元", "银行卡")]),
        # 已有 and 现有 link a subject to its amount: no verb-only subject, nor part of one
        ("全省已有60多个，现有茶企385家。", [("60多个", "全省"), ("385家", "茶企")]),
        # 有 N人 + what befell them
        ("统计数据显示，我国每年约有5.9万人死于溺水。", [("5.9万人", "死于溺水")]),
        # an adjective inside the noun phrase after the number, not 平均 before a metric; a kind of area (街区/s)
        ("项目将形成年产25万吨低氧光亮铜杆生产线，38家券商平均准确率仅28%。",
         [("25万吨", "低氧光亮铜杆生产线"), ("38家", "券商"), ("28%", "券商平均准确率")]),
        ("北京老城共有39片历史文化街区，将在玛丽塔街区展出三个月。", [("39片", "历史文化街区"), ("三个月", "展出")]),
        # a name in quotes inside the phrase; people who come from somewhere, then what they are
        ("启用首批50座银川“青引力”高校联络站。", [("50座", "银川“青引力”高校联络站")]),
        ("30余名来自北京大学、同济大学等高校的联络站代表参加。", [("30余名", "联络站代表")]),
        # a share of a substance in what contains it, its numeral too (二/m 甘醇)
        ("样品中含有0.25%二甘醇和2.1%乙二醇。", [("0.25%", "二甘醇含量"), ("2.1%", "乙二醇含量")]),
        ("对申请人实施公示审核，公示期为二十个自然日。", [("二十个自然日", "公示期")]),  # jieba's 期为: 为 is the link
        # what moved from an amount (从…到…), past words between 从 and the amount; a noun right before the next
        # amount is that amount's, not the one before its 的
        ("港口货运量从2015年的每周运送800吨已增加到现在的日均1200吨。", [("800吨", "港口货运量"), ("1200吨", "日均")]),
        ("游客数量已从每天仅有300人增长到每天超过2000人。", [("300人", "游客数量"), ("超过2000人", "")]),
        # a verb before a measure says which measure it is (装卸能力, 参观人数), not before a thing (运送货物) nor when it
        # only links, bounds or involves (涉及金额)
        ("码头年装卸能力达30万吨，运送货物500吨，涉及金额80万元。", [("30万吨", "装卸能力"), ("500吨", "货物"), ("80万元", "金额")]),
        ("英国派出的代表团，参加人数约3000名。", [("约3000名", "参加人数")]),
        # examples of a kind after the number, then the kind after 等: the count is of the kind (not of 水利); a list with
        # another figure in it, or no kind after 等, is no such list
        ("共派出12名水利、电力、通信等行业专家，调来5台挖掘机、装载机等大型机械。",
         [("12名", "水利、电力、通信等行业专家"), ("5台", "挖掘机、装载机等大型机械")]),
        ("奖品有2元话费红包、单车3元骑行券等。", [("2元", "话费红包"), ("3元", "骑行券")]),
        # a verb of change or saving before a one-character noun is no word with it; the noun names what it measures
        # with the verb after it
        ("新工艺每年可减少碳排放约5000吨。", [("约5000吨", "碳排放")]),
        # a verb and one character after it that makes it a noun (抢险/队, 帮扶/村) go on the noun phrase after a number
        # (not a character that opens the next noun: 挂靠/县/民政局)
        ("全县组建8支应急抢险队，确定30个重点帮扶村，把3个社区服务中心挂靠县民政局。",
         [("8支", "应急抢险队"), ("30个", "重点帮扶村"), ("3个", "社区服务中心")]),
        # a verbal noun after an adverb or a total is the clause's verb, not part of what it acts on (but 旅游收入 is
        # a measure)
        ("今年共批准逮捕犯罪嫌疑人300余人，累计营造防护林500公顷，累计旅游收入达到8亿元。",
         [("300余人", "犯罪嫌疑人"), ("500公顷", "防护林"), ("8亿元", "旅游收入")]),
        # a count of events held names what was held, the topic of the clauses before when its own leaves it out;
        # the holding alone (举办) names nothing
        ("青年创业大赛始创于2010年，至今已成功举办12届。该论坛已连续举办5届。自2001年以来，已在多个城市举办了七届。",
         [("12届", "青年创业大赛"), ("5届", "论坛"), ("七届", "")]),
        # how the things are counted (全部, 每吨, 日均) is no part of what is counted, before the number or after it
        ("5座大桥全部合龙，煤炭价格每吨上调200元，进站旅客日均达到3万人次。",
         [("5座", "大桥"), ("200元", "煤炭价格"), ("3万人次", "进站旅客")]),
        # what a description before 的 describes is what is counted (not 不同类型, 密封性, 国家级); a noun phrase
        # before 的 is itself what is counted
        ("园区建成36个不同类型的示范场景，仓库存放2000个密封性极强的货箱，全省有12项国家级的改革试点，"
         "一艘载有200名外籍船员的货轮靠港。",
         [("36个", "示范场景"), ("2000个", "货箱"), ("12项", "改革试点"), ("200名", "外籍船员")]),
        # a bare measure (比例, 时间, 中位数) reads with what it measures before its 的, not with a time or a frame
        ("全年溺水事故的比例超过30%，儿童每天观看电视的时间不要超过2小时，在客运量的占比超过50%。",
         [("超过30%", "溺水事故的比例"), ("超过2小时", "观看电视的时间"), ("超过50%", "占比")]),
        # a noun jieba tags as an idiom ends the phrase as a noun (退休职工/l, 无人机/l); an idiom after it is its predicate
        ("已领取退休待遇的8000万企业退休职工退休时平均年龄只有54岁，俄方发射了23架无人机，29条线路纵横交错。",
         [("8000万", "企业退休职工"), ("54岁", "平均年龄"), ("23架", "无人机"), ("29条", "线路")]),
        # whom a count is done for is not what is counted (money given is theirs); a quoted name may end the phrase
        ("邓兰舟免费为沿途村民带货超过10万件。拜登政府还向国会申请为美国国务院和美国国际开发署提供85亿美元，用于支持。"
         "将再推出500套高品质“保定小院”。",
         [("超过10万件", "带货"), ("85亿美元", "美国国务院和美国国际开发署"), ("500套", "高品质“保定小院”")]),
        # a figure after 时速 is a speed, of the thing it names (not 高铁和时速…, not the next thing's)
        ("下层为设计时速350公里高铁和时速250公里城际铁路。列车最高时速达到350公里。",
         [("350公里", "高铁设计时速"), ("250公里", "城际铁路时速"), ("350公里", "列车最高时速")]),
        # a book's parts are its own; kinds of an event jieba tags as a verb are what is counted
        ("《纲要》共14章、85条。全省平均每天超1000场各类演出。", [("14章", "《纲要》"), ("85条", "《纲要》"), ("超1000场", "各类演出")]),
        # a part of a whole counted in its measure is of the whole, with what it does when that is short
        ("这132只野生大熊猫中，有110只生活在陇南市文县的白水江国家级自然保护区内。调查的21个行业中，有10个位于扩张区间。",
         [("132只", "野生大熊猫"), ("110只", "野生大熊猫"), ("21个", "行业"), ("10个", "行业位于扩张区间")]),
    ],
)
def test_subjects_name_what_is_counted_or_measured(cfg, body, expected):
    facts = stats.extract_statistics(segment.segment(Article(title="t", body=body), cfg), cfg)
    assert [(f.text, f.subject) for f in facts] == expected


def test_traditional_chinese_figures_are_read_as_simplified_and_shown_as_written(cfg):
    body = "總金額為新臺幣2,467億元，軌道建設編列約652億元，新增校園3,112處、托育名額超過1萬個。"
    facts = stats.extract_statistics(segment.segment(Article(title="t", body=body), cfg), cfg)
    assert [(f.text, f.value, f.unit) for f in facts] == [
        ("2,467億元", 2.467e11, "元"), ("約652億元", 6.52e10, "元"), ("3,112處", 3112.0, "处"), ("超過1萬個", 1e4, "个")]
    assert all(f.subject == body[body.find(f.subject) : body.find(f.subject) + len(f.subject)] for f in facts)
    assert facts[-1].subject == "托育名額"  # as written, not 托育名额



def test_a_rise_told_with_shenggao_is_the_change_of_the_rate_before_it(cfg):
    body = "二季度全县空气优良率为80.5%，同比升高2.1个百分点。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    shown = {f.text: stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert shown["2.1个百分点"] == "空气优良率同比升高"


def test_a_figure_of_one_place_is_shown_with_the_place_its_clause_is_about(cfg):
    from brief.pipeline import brief_cleaned
    from brief.render import build_content

    def topics(body: str) -> list[tuple[str, str]]:
        sentences = segment.segment(Article(title="t", body=body), cfg)
        return [(f.text, stats.topic(sentences, f)) for f in stats.extract_statistics(sentences, cfg)]

    # the name that opens the figure's clause, or the clause before it that the figure's clause goes on about
    assert topics("据介绍，今年杭州市空气质量持续改善，3月优良天数比例为90.1%。") == [("90.1%", "杭州市")]
    assert topics("在浙江，今年将改造500个老旧小区，而宁波则以80个街区为试点。") == [("500个", "浙江"), ("80个", "宁波")]
    assert topics("今年上半年，苏州市新签约外资项目120个，实际使用外资35亿美元。") == [("120个", "苏州市"), ("35亿美元", "苏州市")]
    # a source, one firm of a place, a name that modifies, a name after the clause's opening, the whole: none
    assert topics("国家统计局发布数据，1-5月全国社会消费品零售总额增长8%。") == [("8%", "")]
    assert topics("上个月，杭州一家企业投资了3000万元。") == [("3000万元", "")]
    assert topics("俄罗斯军队的袭击损毁了乌克兰的20处设施。出口欧美的2万件服装已经装船。") == [("20处", ""), ("2万件", "")]
    body = "全省空气质量稳中向好。据介绍，今年杭州市空气质量持续改善，3月优良天数比例为90.1%。"
    table = build_content(brief_cleaned(Article(title="全省空气质量稳中向好", body=body), cfg)).lists["stats"]
    assert [(fact.text, fact.subject) for fact in table] == [("90.1%", "杭州市优良天数比例")]


def test_a_figure_of_some_months_is_shown_with_the_part_of_the_year_its_sentence_opens_with(cfg):
    def periods(body: str) -> list[tuple[str, str]]:
        sentences = segment.segment(Article(title="t", body=body), cfg)
        return [(f.text, stats.period(sentences, f)) for f in stats.extract_statistics(sentences, cfg)]

    assert periods("2024年前三季度，全县茶叶产业实现产值80多亿元，同比增长6.1%。") == [("80多亿元", "前三季度"), ("6.1%", "前三季度")]
    assert periods("今年上半年末，全县存款余额300亿元。") == [("300亿元", "上半年末")]  # a point, not a sum
    assert periods("上半年，全县新开工项目40个，5月已建成12个。") == [("40个", "上半年"), ("12个", "")]  # a nearer time
    assert periods("全县去年粮食产量达到50万吨。") == [("50万吨", "")]


def _trivial(cfg, body: str) -> dict[str, bool]:
    """Each fact of ``body`` → whether the table leaves it out as trivial (``stats.trivial``)."""
    sentences = segment.segment(Article(title="t", body=body), cfg)
    return {f.text: stats.trivial(sentences, f) for f in stats.extract_statistics(sentences, cfg)}


def _table(cfg, body: str, title: str = "t") -> list[tuple[str, str]]:
    from brief.pipeline import brief_cleaned
    from brief.render import build_content

    table = build_content(brief_cleaned(Article(title=title, body=body), cfg)).lists["stats"]
    return [(fact.subject, fact.text) for fact in table]


def test_a_figure_told_under_a_condition_is_no_row(cfg):
    sentences = segment.segment(Article(title="t", body="如果每天熬夜，患病风险将提高40%。全县去年粮食产量为50万吨；若干乡镇增产。"
                                        "人均收入每提高1000元，消费就增加300亿元。"), cfg)
    told = {f.text: stats.conditioned(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert told["40%"] and told["300亿元"] and not told["50万吨"]
    assert ("粮食产量", "50万吨") in _table(cfg, "如果每天熬夜，患病风险将提高40%。全县去年粮食产量为50万吨。")
    assert all(figure != "40%" for _subject, figure in _table(cfg, "如果每天熬夜，患病风险将提高40%。全县去年粮食产量为50万吨。"))
    granted = segment.segment(Article(title="t", body="预算赤字将超过GDP的2%。哪怕在最严峻情况下其规模达到GDP的2.5%，资源仍然足够。"
                                          "即使每斤卖1元都卖不出去。"), cfg)
    told = {f.text: stats.conditioned(granted, f) for f in stats.extract_statistics(granted, cfg)}
    assert told == {"2%": False, "2.5%": True, "1元": True}  # a case granted for argument is no forecast


def test_a_count_of_names_just_listed_a_vague_small_amount_and_one_firm_shown_are_no_rows(cfg):
    assert _trivial(cfg, "活动邀请了杭州、宁波和温州三个城市的代表，共签约项目8个。") == {"三个": True, "8个": False}
    assert _trivial(cfg, "展会吸引了数百家企业参展，成交额达2亿元。") == {"数百家": True, "2亿元": False}
    assert _trivial(cfg, "事故造成数十人死亡。") == {"数十人": False}  # what befell people is the news
    assert _trivial(cfg, "公司突然解聘上百名员工。算力需求将实现上百倍的增长。") == {"上百名": False, "上百倍": False}
    assert _trivial(cfg, "这家纺织企业投资了3000万元，改造了五层厂房。全县纺织企业投资80亿元。") == {
        "3000万元": True, "五层": True, "80亿元": False}


def test_a_handful_that_only_says_whose_a_thing_is_and_an_age_in_months_are_no_rows(cfg):
    assert _trivial(cfg, "巴西两所高校的研究人员开展了调查。") == {"两所": True}
    assert _trivial(cfg, "全省新建两所高校。") == {"两所": False}  # the handful is what the clause tells
    assert _trivial(cfg, "3辆汽车的车主受伤。30所高校的学生参加。") == {"3辆": False, "30所": False}  # harm; not a handful
    assert _trivial(cfg, "团队选取了22个月大的老鼠。") == {"22个月": True}
    assert _trivial(cfg, "项目历时22个月完成。") == {"22个月": False}
    assert _trivial(cfg, "就是让14亿多中国人民过上美好生活。") == {"14亿多": True}  # the nation as a whole: rhetoric
    assert _trivial(cfg, "据发表在《自然》上的3篇论文，两个研究团队发现了新机制。") == {"3篇": True, "两个": True}
    assert _trivial(cfg, "全校去年发表论文120篇。") == {"120篇": False}  # an output counted, not a finding's source
    assert _trivial(cfg, "截至2018年底，我国人口总量为13.95亿。恢复了将近10亿人民币。") == {"13.95亿": False, "将近10亿人民币": False}


def _pairwise(cfg, body: str, judge) -> list[str]:
    """``judge(sentences, fact, the fact before it)`` for each pair of facts of ``body``."""
    import itertools

    sentences = segment.segment(Article(title="t", body=body), cfg)
    return [judge(sentences, then, first) for first, then in itertools.pairwise(stats.extract_statistics(sentences, cfg))]


def test_items_of_a_list_that_name_only_the_thing_share_the_measure_the_first_names(cfg):
    def shared(body: str) -> list[str]:
        return _pairwise(cfg, body, stats.shared_measure)

    assert shared("北京市地区生产总值为4.4万亿元，上海4.7万亿元。") == ["上海地区生产总值"]
    assert shared("累积降雨量20~50毫米，局地80~150毫米。") == ["局地降雨量"]
    assert shared("规划总用地面积5851平方米，总建筑面积2.8万平方米。") == [""]  # a measure of its own
    assert shared("其中，高校应届毕业生5000名、退役士兵5000名。") == [""]  # no measure: two groups counted
    assert shared("探明石油地质储量1亿吨，生产原油5000多万吨。") == [""]  # a thing done
    table = _table(cfg, "国务院发文明确，女工人退休年龄是50岁，女干部55岁，男职工60岁。")
    assert ("女干部退休年龄", "55岁") in table and ("男职工退休年龄", "60岁") in table  # the measure goes on down the list


def test_a_measure_of_the_things_a_figure_before_counts_names_them(cfg):
    def owned(body: str) -> list[str]:
        return _pairwise(cfg, body, stats.counted_owner)

    assert owned("中国现在8000万企业退休职工退休时的平均年龄只有54岁。") == ["企业退休职工平均年龄"]
    assert owned("17个单位的选手、领队和裁判员共160余人参赛。") == [""]  # people counted, not what the units have
    assert owned("全县8000名职工，平均年龄为45岁。") == [""]  # another clause
    table = _table(cfg, "他介绍，中国现在8000万企业退休职工退休时的平均年龄只有54岁。")
    assert ("中国企业退休职工平均年龄", "54岁") in table


def test_a_subject_that_is_only_a_verb_with_a_bare_measure_word_is_no_row(cfg):
    body = "便民服务站建设加快推进，截至去年底已建成超过300个。事故造成12人死亡。"
    sentences = segment.segment(Article(title="t", body=body), cfg)
    verb = {f.text: stats.only_a_verb(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert verb == {"超过300个": True, "12人": False}


def test_a_move_is_one_row_with_the_amount_it_moved_from(cfg):
    table = _table(cfg, "五年来，全县森林覆盖率由40.5%提高到45.2%。全县公共充电桩从120个扩建到了800个。")
    assert ("森林覆盖率由40.5%升至", "45.2%") in table and ("公共充电桩由120个增至", "800个") in table
    assert all(figure not in ("40.5%", "120个") for _subject, figure in table)


def test_the_length_of_the_event_told_as_a_frame_of_time_is_no_row(cfg):
    sentences = segment.segment(Article(title="t", body="在为期六天的培训中，学员们参观了企业。为期两周的展会吸引了观众。"
                                        "审批时间由20天压缩至5天。"), cfg)
    told = {f.text: stats.trivial(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert told["六天"] and told["两周"] and not told["5天"]


def test_a_count_of_people_names_what_befell_them(cfg):
    table = _table(cfg, "国会大厦发生骚乱。骚乱直接造成约140名警察受伤。现场有200名警察维持秩序。")
    assert ("警察受伤", "约140名") in table  # the injured, not the police
    assert all(subject != "警察受伤" for subject, figure in table if figure == "200名")


def test_a_figure_a_side_claims_is_marked_as_claimed(cfg):
    table = _table(cfg, "亚美尼亚方面称，约有150万亚美尼亚人死于大屠杀。路透社称，该国去年出口粮食18万吨。")
    assert any(figure == "150万" and subject.endswith("（据称）") for subject, figure in table)
    assert not any(figure == "18万吨" and "据称" in subject for subject, figure in table)  # a paper's report
    charged = _table(cfg, "检察机关指控，张某在任职期间，收受他人贿款共计550多万元。经审理查明，张某非法收受财物300万元。")
    assert any(figure == "550多万元" and subject.endswith("（指控）") for subject, figure in charged)
    assert not any(figure == "300万元" and "指控" in subject for subject, figure in charged)  # the court's finding


def test_a_count_of_what_there_is_says_what_those_counted_do(cfg):
    table = _table(cfg, "全区有22万小学寄宿生没有学生宿舍。武汉市还有13条轨道交通线路正在规划建设中。全区共有学校35所。")
    assert ("小学寄宿生没有学生宿舍", "22万") in table or any(
        figure == "22万" and subject.endswith("小学寄宿生没有学生宿舍") for subject, figure in table)
    assert any(figure == "13条" and subject.endswith("正在规划建设中") for subject, figure in table)
    assert all(subject.endswith("学校") for subject, figure in table if figure == "35所")  # nothing after it
    rated = _table(cfg, "调研发现，仅有6%的车主完全不愿意承担高速费。")
    assert any(figure == "6%" and subject.endswith("车主完全不愿意承担高速费") for subject, figure in rated)  # the negation


def test_countries_counted_are_no_one_places(cfg):
    table = _table(cfg, "中国已成为140多个国家和地区的主要贸易伙伴。鄂州市有国家级校园足球特色学校35所。")
    assert any(figure == "140多个" and subject == "国家和地区" for subject, figure in table)
    assert any(figure == "35所" and subject.startswith("鄂州市") for subject, figure in table)


def test_a_rankings_name_is_part_of_what_is_counted(cfg):
    table = _table(cfg, "284家世界500强和龙头企业如约到场。")
    assert ("世界500强和龙头企业", "284家") in table


def test_a_forecast_move_keeps_both_its_amounts_and_its_mark(cfg):
    table = _table(cfg, "建成通车后，西宁到成都将由10小时左右减少为4个半小时左右。机场建成通航后，可满足年旅客吞吐量4300万人次。")
    assert ("西宁到成都由10小时左右降至（预计）", "4个半小时左右") in table
    assert ("旅客吞吐量（预计）", "4300万人次") in table  # 建成通航后: a capacity once built


def test_what_a_body_acts_on_is_not_its_own(cfg):
    table = _table(cfg, "日前，中央纪委国家监委对8起违反中央八项规定精神典型问题进行公开通报。上半年，福建省对东盟进出口2029.9亿元。")
    assert not any(figure == "8起" and subject.startswith("中央纪委") for subject, figure in table)  # it broke no rule
    assert any(figure == "2029.9亿元" and subject.startswith("福建省") for subject, figure in table)  # its trade


def test_a_days_figure_says_so(cfg):
    table = _table(cfg, "春节期间，平均每一天约1.15万台充电设施建成投运。违规者每天罚款100万挪威克朗。全年新建充电桩42万个。")
    assert ("充电设施（日均）", "约1.15万台") in table and ("罚款（每天）", "100万挪威克朗") in table
    assert ("充电桩", "42万个") in table  # a year's, as it says


def test_one_items_figure_says_so_and_a_qualifier_glued_to_its_measure_leaves_the_measure(cfg):
    table = _table(cfg, "省科学技术奖奖励金额每项100万元。赠送每人价值800元的体检套餐。该线路全长约23.3公里，共设12座车站。")
    assert ("省科学技术奖奖励金额（每项）", "100万元") in table and ("体检套餐（每人）", "800元") in table
    assert ("线路全长", "约23.3公里") in table  # jieba's 全长约: the measure is 全长
    # a sport's name is no count, nor a span of time, nor people a picture shows surrounded
    table = _table(cfg, "河北队获得自行车、男子柔道、铁人三项等金牌。今年7月是地球12万年来最热的一个月。照片中他被两名军人包围。"
                        "全市共有客渡船211艘。")
    assert table == [("客渡船", "211艘")]


def test_a_unit_written_once_after_甚至_or_或_is_shared():
    assert [unit for *_span, _value, unit in stats.find_quantities("补贴数百万甚至上千万韩元，投资5亿或者8亿美元。")] == [
        "韩元", "韩元", "美元", "美元"]


def test_round_the_clock_a_political_formula_and_a_fall_against_the_norm(cfg):
    table = _table(cfg, "青年突击队开始了24小时无间断巡查。24小时应急值守机制随即启动。双方应恪守中日四个政治文件精神。"
                        "2月南极海冰范围月平均值较常年平均偏小23.84%。全市共有客渡船211艘。")
    assert [figure for _subject, figure in table] == ["23.84%", "211艘"]
    assert table[0][0].endswith("较常年平均偏小")  # a fall against the norm, not a level


def test_a_list_counted_is_the_whole_list_not_its_tail(cfg):
    sentences = segment.segment(Article(title="t", body="身为成员国的法国、意大利、波兰、罗马尼亚、保加利亚、克罗地亚、斯洛伐克、"
                                        "塞浦路斯、马耳他及塞尔维亚10国随即决定调派消防员。"), cfg)
    assert [f.subject for f in stats.extract_statistics(sentences, cfg)] == ["法国等"]


def test_what_a_project_will_bring_is_a_forecast(cfg):
    table = _table(cfg, "新航线将为中国北部约1.65亿人口提供便捷服务。全市去年接待游客1.2亿人次。")
    assert ("人口（预计）", "约1.65亿") in table and ("游客", "1.2亿人次") in table


def test_a_verb_before_a_measure_says_what_is_measured(cfg):
    table = _table(cfg, "三峡水库坝上水位由164.17米消落至156.88米，消落高度达7.29米。")
    assert ("消落高度", "7.29米") in table


def test_the_numeral_a_place_name_opens_with_is_no_figure(cfg):
    table = _table(cfg, "张国清先后到门头沟区三家店水闸察看。全市共转移群众5.2万人。")
    assert table == [("群众", "5.2万人")]  # (三家店/ns: no three shops)


def test_a_goal_after_a_figure_is_not_what_it_counts(cfg):
    table = _table(cfg, "沙特计划到2030年实现每年游客总数达到1亿人次的目标。")
    assert [subject for subject, _figure in table] == ["游客总数（每年）（预计）"]  # (was 目标（每年）（预计）)


def test_a_share_a_finding_shows_counts_the_noun_after_it(cfg):
    assert _table(cfg, "调查结果显示85%受访者支持替换国徽。") == [("受访者支持替换国徽", "85%")]  # (was 结果显示)
    assert _table(cfg, "51%的乘客表示愿意承担高速费。") == [("乘客表示愿意承担高速费", "51%")]  # what the share does
    assert _table(cfg, "调查显示，49.7%的消费者表示，会去购物中心看展览。")[0][0] == "消费者"  # (not 消费者表示)


def test_a_bound_or_a_guess_before_a_figure_stays_with_it(cfg):
    # 至少/不少于/约为: without them the figure reads as exact
    assert _table(cfg, "叙利亚危机十多年来，至少35万人失去生命。")[0][1] == "至少35万人"
    assert _table(cfg, "每年每校遴选不少于30名优秀理工科应届本科毕业生。")[0][1] == "不少于30名"
    assert [text for _subject, text in _table(cfg, "该行总资产约为1.39亿美元，存款约为1.3亿美元。")] == ["约为1.39亿美元",
                                                                                              "约为1.3亿美元"]
    assert _table(cfg, "调查人员预估有超过500人死亡。") == [("死亡（预计）", "超过500人")]
    # a change against any base, or pushed by a cause: how much it moved, not a level
    assert _table(cfg, "西班牙小麦产量预计将比5年平均水平低38%。") == [("西班牙小麦产量比5年平均水平低（预计）", "38%")]
    assert _table(cfg, "热浪将食品价格通胀率推高了0.67个百分点。") == [("食品价格通胀率推高", "0.67个百分点")]


def test_what_a_count_counts_past_idioms_districts_and_other_counts(cfg):
    assert _table(cfg, "两只狮子吐出字幅，全场欢呼。") == []  # a handful that acts: a detail of the scene
    assert _table(cfg, "合作院校代表近300人齐聚一堂。") == [("合作院校代表", "近300人")]  # not 齐聚一堂
    assert _table(cfg, "全国将改造1500个老旧街区和厂区。") == [("老旧街区和厂区", "1500个")]  # (街区/s: was no row)
    assert _table(cfg, "二季度腾讯研发开支160.1亿元。")[0][0].endswith("研发开支")


def test_coordinates_and_calibres_are_no_rows(cfg):
    sentences = segment.segment(Article(title="t", body="台风中心位于东经128.2度。乌军使用155毫米火炮。全市共有客渡船211艘。"), cfg)
    told = {f.text: stats.trivial(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert told["128.2度"] and told["155毫米"] and not told["211艘"]
    window = segment.segment(Article(title="t", body="部分地区24小时累计雨量达200毫米。救援持续了36小时。"), cfg)
    told = {f.text: stats.trivial(window, f) for f in stats.extract_statistics(window, cfg)}
    assert told["24小时"] and not told["200毫米"] and not told["36小时"]  # the time another figure adds up over


def test_a_price_raised_says_so_and_one_things_size_is_no_row(cfg):
    table = _table(cfg, "今年以来，汽油价格每吨累计上调615元。全国460万公里长的农村公路四通八达。")
    assert ("汽油价格上调", "615元") in table  # the rise, not the price
    sentences = segment.segment(Article(title="t", body="一袋20磅重的大米售价上涨三成。全国460万公里长的农村公路四通八达。"), cfg)
    told = {f.text: stats.trivial(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert told["20磅"] and not told["460万公里"]


def test_a_total_over_years_says_its_span(cfg):
    table = _table(cfg, "据介绍，十年来，服务队累计修建道路800余公里，架设桥梁30余座；医疗队共为2万名患者义诊。"
                        "今年，医疗队累计接诊520人。自2015年起，全县累计招募志愿者6000名。")
    assert ("道路（十年来）", "800余公里") in table and ("患者义诊（十年来）", "2万名") in table  # and after its ；
    assert ("医疗队接诊", "520人") in table  # a year's: no span
    assert ("志愿者（2015年以来）", "6000名") in table
    now = _table(cfg, "自2012年起，全市累计建成学校300所，现有教师8000人。自2025年起，全市将新建学校20所。")
    assert ("学校（2012年以来）", "300所") in now and ("教师", "8000人") in now  # a stock now
    assert not any("以来" in subject for subject, figure in now if figure == "20所")  # a date ahead, no span
    own = _table(cfg, "十年来，全县出口由2013年的30亿元增长到58亿元。八年来，全县学前教育覆盖率达到91%。"
                      "自2023年8月9日24时起，汽油价格每吨提高240元。")
    assert not any("（" in subject for subject, _figure in own)  # a year's figure, a level, a date it takes effect


def test_another_countrys_figure_in_a_story_of_ours_says_whose(cfg):
    body = ("我国男职工退休年龄为60岁。一些发达国家目前的退休年龄已经是65岁。在德国，法定退休年龄为67岁。"
            "美方已将300多家中国企业列入清单。")
    table = _table(cfg, body, title="我国将稳妥推进延迟退休改革")
    assert ("男职工退休年龄", "60岁") in table and ("一些发达国家退休年龄", "65岁") in table
    assert any(figure == "67岁" and subject.startswith("德国") for subject, figure in table)
    assert not any(subject.startswith("美") for subject, _figure in table)  # what an actor does to ours is ours


def test_one_persons_or_one_households_figure_beside_the_totals_says_whose(cfg):
    body = ("全区已有参保农场800家，投保额300万元。种植户王建军种植的30亩水稻投保，签单保费6000元。"
            "王建军的秧苗受损后，获得2.5万元保险赔偿。村民刘大山说，他家养猪收入达到9万元。局长李明说，全年理赔资金120万元。")
    table = _table(cfg, body, title="全区政策性农业保险扩面提质")
    assert ("王建军签单保费", "6000元") in table and ("王建军保险", "2.5万元") in table
    assert any(figure == "9万元" and subject.startswith("一户") for subject, figure in table)
    assert ("参保农场", "800家") in table  # the district's
    unnamed = _table(cfg, "全区已有参保农场800家。最近，一位种植大户投保了50万元保额的农业保险。", title="全区农业保险扩面")
    assert any(figure == "50万元" and subject.endswith("（个例）") for subject, figure in unnamed)
    each = _table(cfg, "全区已有参保农场800家。对每一户参保农户补贴保费500元。", title="全区农业保险扩面")
    assert not any("一户" in subject or "个例" in subject for subject, _figure in each)  # each household's
    assert not any(figure == "120万元" and "李明" in subject for subject, figure in table)  # an official reports it
    alone = _table(cfg, "种植户王建军种植的30亩水稻投保，签单保费6000元。王建军的秧苗受损后，获得2.5万元保险赔偿。")
    assert not any("王建军" in subject for subject, _figure in alone)  # a table of one person's story names no one


def test_a_weeks_a_months_or_a_years_figure_says_so(cfg):
    table = _table(cfg, "航司每周往返新加坡的航班量达66班。全县每月发放养老补贴300万元。全县每年新增就业岗位5000个。"
                        "独居老人月均收入仅为其他老年人的42%。全县共有企业1200家。")
    assert ("航班量（每周）", "66班") in table and ("新增就业岗位（每年）", "5000个") in table
    assert any(subject.endswith("（每月）") for subject, figure in table if figure == "300万元")
    assert not any("（" in subject for subject, figure in table if figure in ("42%", "1200家"))  # a ratio; a total


def test_more_than_some_hours_or_months_and_the_time_a_rescue_took(cfg):
    assert _facts("全家人被拘禁3个多小时，等了两个多月。") == [(3.0, "个小时"), (2.0, "个月")]  # not 3 个
    table = _table(cfg, "经过5个多小时全力救治，伤员脱离危险。全县共有卫生院32所。")
    assert [figure for _subject, figure in table] == ["32所"]  # how long the rescue took: a frame of the story


def test_a_years_figure_a_move_reached_is_no_forecast(cfg):
    sentences = segment.segment(Article(title="t", body="全省养老金替代率由2002年的72.9%下降到2005年的57.7%。"
                                        "到2030年全省光伏装机达到500万千瓦。"), cfg)
    shown = {f.text: stats.shown_subject(sentences, f) for f in stats.extract_statistics(sentences, cfg)}
    assert "预计" not in shown["57.7%"] and shown["500万千瓦"].endswith("（预计）")


def test_an_amount_converted_in_brackets_is_no_second_row(cfg):
    table = _table(cfg, "该国今年对外援助超过66亿美元（约合人民币477亿元），其中人道主义援助26亿美元。")
    assert [figure for _subject, figure in table] == ["超过66亿美元", "26亿美元"]


def test_a_span_a_figure_adds_up_over_or_a_moment_is_no_row(cfg):
    table = _table(cfg, "专项行动开展1个月来，全省共立案侦办案件332起。过去108天，流离失所者超过400万人。"
                        "在冲突爆发100天之际，联合国发出呼吁。")
    figures = [figure for _subject, figure in table]
    assert "332起" in figures and not {"1个月", "108天", "100天"} & set(figures)


def test_a_move_to_a_weeks_or_a_days_amount_is_told_in_the_new_amounts_row(cfg):
    table = _table(cfg, "班列开行规模从每月3.5列增长到日均17列。旅客数量已从每周仅有2500人增长至每周超过18000人。")
    assert ("班列开行规模由3.5列增至（日均）", "17列") in table
    assert not any(figure in ("3.5列", "2500人") for _subject, figure in table)  # an old amount alone reads as now


def test_a_class_bound_and_a_verb_glued_to_a_place_make_no_row(cfg):
    assert _table(cfg, "实现500人以上行政村全覆盖。") == []  # villages of 500 and more: a class, no count of people
    assert [text for _subject, text in _table(cfg, "全县500人以上参加培训。")] == ["500人以上"]  # people who did
    assert _table(cfg, "18时47分在下游约1公里处找到冯振。") == []  # (47/m 分在/v: no subject at all)


def test_a_chinese_decimal_percentage_is_read_whole(cfg):
    sentences = segment.segment(Article(title="t", body="本地生产总值按年上升百分之十二点五。会议提出两点意见。"), cfg)
    found = {f.text: f.value for f in stats.extract_statistics(sentences, cfg)}
    assert found.get("百分之十二点五") == 12.5  # (was 百分之十二点, 12)
    assert found.get("两点") == 2.0  # two points of view: no decimal after it, as before


def test_a_one_character_subject_makes_no_row(cfg):
    assert _table(cfg, "神舟十八号乘组在轨两个月，完成多项实验。") == []  # (在/p 轨/n: 轨 | 两个月)


@pytest.mark.parametrize("body, shown, subject", [
    ("五年来，全省共建立了8个跨市流域生态保护补偿机制。", "8个", "跨市流域生态保护补偿机制"),
    ("到2028年，该市将力争建设30个省级科技创新平台基地，带动产业升级。", "30个", "省级科技创新平台基地"),
    ("今年共有3家企业研发新产品。", "3家", None),  # what the firms do (研发新产品) is no name: no 机制/平台 ends it
])
def test_a_verb_inside_an_institutions_name_stays_in_the_subject(body, shown, subject, cfg):
    facts = stats.extract_statistics(segment.segment(Article(title="t", body=body), cfg), cfg)
    assert [f.text for f in facts] == [shown]
    assert facts[0].subject == subject if subject else "新产品" not in facts[0].subject


def test_a_distance_that_says_where_is_no_row(cfg):
    assert _trivial(cfg, "搜救人员于12时47分在下游约1公里处找到落水群众。") == {"约1公里": True}
    assert _trivial(cfg, "沉船位于水下30米处。") == {"30米": True}
    assert _trivial(cfg, "新建道路全长约81公里。") == {"约81公里": False}  # how long the road is: a figure


def test_a_handful_the_text_points_back_to_with_yishang_is_no_row(cfg):
    assert _trivial(cfg, "截至目前，除以上两家工厂外，未收到其他报告。") == {"两家": True}
    assert _trivial(cfg, "以上三项措施已于本月实施。") == {"三项": True}
    assert _trivial(cfg, "全县新建两家工厂。") == {"两家": False}


def _subjects(cfg, body: str) -> dict[str, str]:
    sentences = segment.segment(Article(title="t", body=body), cfg)
    return {f.text: f.subject for f in stats.extract_statistics(sentences, cfg)}


def test_a_grade_before_a_verb_and_noun_is_not_all_that_is_counted(cfg):
    assert _subjects(cfg, "在某湿地，近200只国家一级保护动物白鹤翩然而至。")["近200只"] == "国家一级保护动物白鹤"
    assert _subjects(cfg, "全省建成12个省级保护区。")["12个"] == "省级保护区"


@pytest.mark.parametrize("body, shown, subject", [
    ("依托青少年宫，搭建了9家区青少年阳光成长驿站——驿站内组建专业队伍。", "9家", "区青少年阳光成长驿站"),
    ("该市今年已经发生8567起入室盗抢事件，比去年增长13%。", "8567起", "入室盗抢事件"),
    ("在非洲启动建设13个农业发展与减贫示范村，帮助当地。", "13个", "农业发展与减贫示范村"),
    ("全市5家企业组建服务站。", "5家", "企业"),  # what the firms make is no part of their name
])
def test_any_verb_inside_a_name_its_head_ends_stays_in_the_subject(body, shown, subject, cfg):
    facts = stats.extract_statistics(segment.segment(Article(title="t", body=body), cfg), cfg)
    assert facts[0].text == shown and facts[0].subject == subject


@pytest.mark.parametrize("body, subjects", [
    ("批量交付集装箱船共88艘，275.1万修正总吨，占国内造船完工量的37%。",
     {"88艘": "批量交付集装箱船", "275.1万修正总吨": "批量交付集装箱船", "37%": "批量交付集装箱船"}),
    ("新车销售利润占比大幅下滑，由2022年底的19.7%大幅下滑至4.9%。", {"19.7%": "新车销售利润占比", "4.9%": "新车销售利润占比"}),
    ("军事援助占大头，超过430亿美元，这包括价值约235亿美元的军事装备。", {"超过430亿美元": "军事援助", "约235亿美元": "军事装备"}),
])
def test_a_clause_that_names_nothing_before_its_figure_takes_the_clause_befores_subject(body, subjects, cfg):
    facts = stats.extract_statistics(segment.segment(Article(title="t", body=body), cfg), cfg)
    assert {f.text: f.subject for f in facts} == subjects


def test_a_share_class_and_an_age_bracket_make_no_row(cfg):
    assert _trivial(cfg, "股东包括公司5%以上股东北大荒投资控股有限公司。") == {"5%": True}  # holders by share: a class
    assert _trivial(cfg, "溺水伤亡位居0-17岁年龄段首位，占比高达33%。") == {"0-17岁": True, "33%": False}
    assert _trivial(cfg, "95%以上的患者已出院，市场份额保持在50%以上。") == {"95%": False, "50%": False}


def test_a_time_word_ending_in_前_and_家乡村_leave_the_figure():
    assert _facts("目前28个存在失联隐患的村落已排查完毕") == [(28.0, "个")]  # 目前, not the top 28 (前28个)
    assert _facts("此前5家企业已签约") == [(5.0, "家")]
    assert _facts("在全市12家乡村少年宫开课") == [(12.0, "家")]  # 12家 乡村少年宫, not 家乡
    assert _facts("排名前10名") == [] and _facts("回到家乡") == []
