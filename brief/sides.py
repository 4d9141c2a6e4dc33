"""Whose story it is: the foreign places and actors a text names, and the Chinese side (China, its leaders and
missions, its provinces and cities). The daily groups stories of other countries apart; a brief of one says what
is to come there, not what work is next."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a story of other countries names a foreign actor in its title or lead and no Chinese side anywhere in its key points
FOREIGN = re.compile(r"美国|美军|白宫|俄罗斯|俄方|乌克兰|日本|韩国|朝鲜|英国|法国|德国|意大利|欧盟|欧洲|北约|以色列|伊朗|印度|"
                     r"巴基斯坦|澳大利亚|加拿大|联合国|总统|首相|防长|外长|议会|国会|特朗普|拜登|普京|泽连斯基|马斯克|"
                     r"非洲|非盟|拉美|拉丁美洲|加勒比|中东|南美|阿拉伯|阿根廷|巴西|墨西哥|智利|秘鲁|古巴|委内瑞拉|挪威|瑞典|"
                     r"芬兰|丹麦|荷兰|比利时|西班牙|葡萄牙|希腊|瑞士|奥地利|波兰|匈牙利|土耳其|埃及|南非|尼日利亚|肯尼亚|"
                     r"越南|泰国|菲律宾|印尼|印度尼西亚|马来西亚|新加坡|缅甸|沙特|阿联酋|卡塔尔|叙利亚|伊拉克|阿富汗|新西兰|"
                     r"美方|俄方|日方|韩方|印方|朝方|乌方|英方|俄军|乌军|印军|"  # another side: 印方所谓安全漏洞, 印军用无人机
                     # cities a wire's dateline names (据法新社旧金山7月31日报道)
                     r"华盛顿|纽约|旧金山|洛杉矶|芝加哥|休斯敦|西雅图|波士顿|渥太华|多伦多|温哥华|墨西哥城|伦敦|巴黎|柏林|罗马|"
                     r"马德里|布鲁塞尔|日内瓦|维也纳|华沙|莫斯科|基辅|斯德哥尔摩|奥斯陆|哥本哈根|阿姆斯特丹|雅典|安卡拉|伊斯坦布尔|"
                     r"德黑兰|耶路撒冷|特拉维夫|贝鲁特|大马士革|巴格达|利雅得|迪拜|多哈|开罗|内罗毕|约翰内斯堡|东京|大阪|首尔|平壤|"
                     r"河内|曼谷|金边|万象|仰光|吉隆坡|雅加达|马尼拉|新德里|孟买|伊斯兰堡|喀布尔|悉尼|堪培拉|墨尔本|惠灵顿|"
                     r"巴西利亚|圣保罗|里约热内卢|布宜诺斯艾利斯|利马|波哥大|加拉加斯|哈瓦那")
_ABROAD = re.compile(f"(?:{FOREIGN.pattern})[市州]?")  # a foreign place with its 市 or 州 (旧金山市, 夏威夷州)
# the provinces (省) by name (a 省委/省长 that names none: ``daily.provincial``)
PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
             "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海")
# China itself, its relations (对华, 中美…), its leaders and missions abroad: a story of other countries that names it
# is one of China's relations with them (美国总统会见日本首相，…讨论对华政策)
CHINA = (r"中国|中方|我国|中华|华侨|华人|[对访来在涉驻]华(?!盛顿|沙|府|尔街|纳)|"
         r"中[美俄日韩欧非法德英意澳印巴越泰老柬缅蒙哈格赞南尼秘新塞]|习近平|李强|王毅|赵乐际|"
         r"(?<![\u4e00-\u9fff])外交部|(?<!国)驻[^，。]{1,12}使馆|领馆|领事馆|中使馆|一带一路")
_CHINESE_SIDE = re.compile(CHINA + r"|全国|国务院|中央(?!银行)|省|(?<![城超股门])市(?!场|值|中心|民)|"
                           r"北京|上海|天津|重庆|" + "|".join(PROVINCES) + "|"
                           r"台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|广州|深圳|成都|武汉|杭州|"
                           r"南京|(?<!巴)西安|厦门|青岛|大连|沈阳|长沙|郑州|济南|昆明|哈尔滨")


def foreign_only(title: str, points: Sequence[str]) -> bool:
    """Whether a story is of other countries alone: a foreign actor in its title or first key point, and no Chinese
    side (``chinese_side``) in its title or key points."""
    lead = points[0] if points else ""
    return bool(FOREIGN.search(title + lead)) and not any(chinese_side(text) for text in (title, *points))


def chinese_side(text: str) -> bool:
    """Whether ``text`` names a Chinese side (中国, 中方, 中美…, a Chinese leader or embassy, a province or city); a
    foreign city's 市 (旧金山市官员) is none."""
    text = _ABROAD.sub("某", text)  # 某: still a name before 外交部
    # 全国/中央/省/市 in a clause that names a foreign country or city (韩国全国, 首尔…、…京畿道城南市) are that country's
    text = "".join(re.sub(r"全国|中央|省|市", "某", c) if "某" in c else c for c in re.split(r"(?<=[，,。；;])", text))
    return bool(_CHINESE_SIDE.search(text))
