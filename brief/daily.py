"""Many articles → one dated Digest: map (article → Briefing, in a process pool), then reduce
(near-duplicate merge, topic grouping, 今日要览). brief.digest_render turns a Digest into pages.

Accounting: every article read ends up exactly once as a shown item's lead, a merged duplicate
(listed as a further source of an item) or a failure, so ``read == shown + merged + failed``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import map_articles
from .config import BriefConfig
from .errors import BriefError
from .load import HTML_SUFFIXES
from .models import Briefing, Failure, Sentence, Statistic
from .rank import WEIGHTS, elide_roll, gives_title_figure, says_something
from .sides import CHINA, FOREIGN, PROVINCES, chinese_side, foreign_only
from .records import brief_of
from .render import Item, analysed_content, converted, finish, of_topic, shorten
from .segment import word_ends
from .speakers import biography, leans_back, speaker
from .stats import HANDFUL, WEAK_UNITS, organises, shown_figure, shown_subject, trivial
from .written import Written

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".text"} | HTML_SUFFIXES)
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# Files a walked folder may hold beside articles (a saved page's assets): skipped without a word.
# Any other file in a folder is listed as not included, so no article is silently lost.
ASSET_SUFFIXES = frozenset({".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".bmp",
                            ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map", ".md"})

# --- near-duplicate thresholds -------------------------------------------------------------------
# Two articles report the same event when the opening of their bodies shares most of its character
# 4-grams, or when their titles are alike and the openings share a good part. Measured on
# ../shared/data/govnews_dev.jsonl (100 distinct stories, 4,950 pairs): the highest lead containment
# between different stories is 0.285 (two 蔡奇 meetings with the same formulaic first sentence), and
# recurring events with identical titles on different days ("赵乐际同全国人大常委会会议列席代表座谈")
# share at most 0.17, so a title alone never merges. A story re-published by a second outlet with an
# edited title and reworded sentences scores well above (tests/data/daily has such a pair).
TITLE_NGRAM = 2  # character bigrams of the normalised title (series tags like 【…】 removed): Jaccard
LEAD_NGRAM = 4  # character 4-grams of the first LEAD_CHARS normalised body characters: containment
LEAD_CHARS = 600
LEAD_SAME = 0.45  # lead containment (overlap / the smaller set) that alone makes a duplicate
TITLE_LIKE, LEAD_LIKE = 0.6, 0.25  # a title this alike plus a lead sharing this much also does

# --- topic groups ---------------------------------------------------------------------------------
# A small lexicon in display order. An item's score for a topic counts cue hits on words (``cue_hits``: a cue is a word,
# or a word's head or tail, 党中央 for 中央, and stands in no excluded compound, NOT_CUES): 3 per hit in the title, 2 per
# keyword with a hit, 1 per key sentence with a hit. The best score wins (ties go to the earlier topic); an item with no
# hit goes to 其他. Groups appear in this order. 国际动态 has no cues: it scores by the foreign places and actors its title
# and lead name, and takes the stories of other countries alone (``foreign_only``), whatever their subject.
INTERNATIONAL_TOPIC = "国际动态"
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("时政要闻", ("总书记", "中央", "国务院", "全会", "人大", "政协", "常委会", "党中央", "党委", "党组", "共产党",
              "全党", "党员", "党的", "党日", "讲话", "会议",
              "部署", "政治局", "指示", "批示", "纪委", "监委", "代表大会", "主题教育", "党建")),
    ("外事往来", ("会谈", "会见", "外交", "总统", "首相", "总理", "国王", "峰会", "访问", "大使",
              "联合国", "双边", "多国", "各国", "政要", "外长", "合作组织", "亚太", "一带一路", "两国",
              "经合组织", "非正式会议", "国事访问", "二十国集团", "金砖国家")),
    (INTERNATIONAL_TOPIC, ()),  # no cues: see classify_topic
    ("应急安全", ("防汛", "抗旱", "台风", "暴雨", "洪水", "洪涝", "汛情", "地震", "救灾", "抢险", "应急", "消防",
              "安全生产", "预警", "险情", "山洪", "地质灾害", "救援", "火灾", "事故")),
    ("经济发展", ("经济", "增长", "投资", "产业", "企业", "消费", "市场", "贸易", "金融", "项目", "工程",
              "制造", "就业", "收入", "财政", "税", "物流", "农业", "粮食", "乡村振兴", "银行", "央行", "货币", "汽车",
              "班列", "证券", "上市",
              "种植", "养殖", "水稻", "稻谷", "农产品")),  # farming is agriculture: 葛稻共生 improves a field's 环境
    ("科技教育", ("科技", "创新", "数字", "技术", "教育", "学校", "人才", "研发", "科学", "高校", "学生",
              "航天", "人工智能", "大数据")),
    ("社会民生", ("民生", "医疗", "健康", "养老", "食品", "住房", "社保", "群众", "就医", "药品", "抽检",
              "医保", "救助", "疫情", "交通", "铁路", "高铁", "动车", "旅客", "近视", "儿童", "卫生",
              "新就业群体", "快递员", "外卖")),
    ("生态环境", ("生态", "环境", "污染", "绿色", "沙化", "碳", "森林", "湿地", "节能", "治沙", "草原",
              "河湖", "水土", "野生动物", "大熊猫", "保护区", "物种", "候鸟",
              "气候", "气候变化", "全球变暖", "温室气体", "厄尔尼诺", "极端高温")),
    ("法治建设", ("法治", "法律", "司法", "法院", "检察", "公安", "宪法", "执法", "国安法", "普法",
              "律师", "审判", "扫黑除恶", "受贿", "行贿", "贪污", "开庭", "判决", "一审", "二审", "犯罪")),
    ("文化旅游", ("文化", "文物", "历史文化", "旅游", "体育", "艺术", "遗产", "博物馆", "非遗", "文艺",
              "名城", "赛事", "纪念", "金牌", "奖牌", "运动员", "冠军", "全运会", "运动会", "奥运", "竞技")),
)
# compounds whose parts are no cue of their topic, though jieba may cut them apart: the 环境 of business or of growing
# (营商环境, 葛仙米生长环境) is no ecology, nor are couriers and riders (新就业群体) the economy's jobs figures
NOT_CUES = re.compile(r"(?:营商|投资|发展|国际|外部|市场|政策|法治|政务|创新|人文|舆论|网络|安全|学习|工作|生长|种植|生活|居住|"
                      r"就业|消费|金融|经济|社会|周边|办公|创业|营造)环境|环境(?:卫生|建设局)|新就业(?=群体|形态)")
OTHER_TOPIC = "其他"
UNNAMED = "未注明"  # the label of a report that names no outlet
# --- importance -------------------------------------------------------------------------------------
# How high the actors of a story stand, read off its title and first sentence, where official news names them
# with their offices (中共中央政治局常委、国务院总理李强…): the highest level its lead's offices (OFFICES) or its title
# (IMPORTANCE) give. Items are ordered by it inside their topic, and 今日要览 leads with the highest. A feature that cites
# guidance (习近平总书记强调) is not a story of the leader: the top level needs the office before the name, or the title.
# Offices in protocol order, as official news writes them before a leader's name, and the level of a story whose lead
# names one: the one list both the level and the order of two stories of one level (``precedence``) are read from, so
# 国家副主席韩正在北京同…座谈 stands with the vice-premiers, above a story of national scope (全国…研讨活动, level 2).
OFFICES: tuple[tuple[str, int], ...] = (
    ("中共中央总书记", 5), ("国家主席", 5), ("中央军委主席", 5),
    ("国务院总理", 4), ("全国人大常委会委员长", 4), ("全国政协主席", 4), ("中央书记处书记", 4), ("政治局常委、国务院副总理", 4),
    ("中央纪委书记", 4),
    ("政治局常委", 4),  # after the offices it goes with: 政治局常委、国务院总理 and 政治局常委、委员长 keep their order
    ("国家副主席", 3), ("政治局委员", 3), ("国务院副总理", 3), ("国务委员", 3), ("全国人大常委会副委员长", 3),
    ("全国政协副主席", 3), ("中央军委副主席", 3), ("最高人民法院院长", 3), ("最高人民检察院检察长", 3),
    ("省委书记", 1), ("省长", 1), ("自治区党委书记", 1), ("自治区主席", 1),
)
# the Standing Committee, in protocol order, by the office each holds in OFFICES: for a story whose lead names the
# leader without his offices (蔡奇在…调研)
LEADERS = (("李强", "国务院总理"), ("赵乐际", "全国人大常委会委员长"), ("王沪宁", "全国政协主席"), ("蔡奇", "中央书记处书记"),
           ("丁薛祥", "政治局常委、国务院副总理"), ("李希", "中央纪委书记"))
IMPORTANCE: tuple[tuple[int, re.Pattern[str]], ...] = (  # (level, in the title): the organs and leaders a title names
    (5, re.compile(r"习近平|总书记|国家主席")),
    (4, re.compile(r"中共中央|国务院(?![^，。\s]{0,16}?(?:机制|新闻办|办公厅|联席会议|工作组|督查组|调查组|安委会))|政治局|常务会议"
                   + "".join(f"|{name}" for name, _office in LEADERS))),
    (3, re.compile(r"国务院|全国人大(?!代表)|全国政协(?!委员)|中央纪委|国家监委|最高人民法院|最高人民检察院|部长|外交部")),
    (2, re.compile(r"全国|(?<![他线中比洲砖非方的等个多些各])国家|应急响应|遇难|特别重大")),  # not 加勒比国家, 其他国家
    (1, re.compile(r"省委|省政府|自治区|直辖市")),
)
GRAVE = (2, re.compile(r"应急响应|遇难|死亡|失联"))  # a lead that tells of lives at stake: (level, pattern)
LEADER_LEVEL = 4  # from this level a story not of foreign affairs is 时政要闻 whatever its subject
GLANCE_POINTS = 6  # key points in 今日要览
GLANCE_PER_TOPIC = 1  # of them from one topic before the topic's next stories count lower
GLANCE_TOPIC_STEP = 1  # level of importance (IMPORTANCE) a topic's further story loses, each
GLANCE_STATS = 6  # statistics in 今日要览
STALE_DAYS = 7  # an article dated this many days before the briefing's day is still the day's news
ITEM_CHARS = 150  # characters of key sentences per compact item (at least one sentence)
ITEM_CUT_SHARE = 0.5  # of a sentence, a compact item's last point keeps at least when cut to fit
ITEM_OVERRUN = 1.25  # of its budget, a compact item may run to finish its last point rather than cut it (……)
ITEM_STATS = 3  # statistics per compact item
ITEM_SCANT = 0.5  # of its budget, a compact item with less than this takes a lower point that fits whole


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Task:
    """One article to brief: a file, or one record of a JSONL file."""

    position: int  # order of the input as given (folders walked, records in line order)
    name: str  # for messages and the sources list: a path, or ``path#id``
    path: str
    record: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One article behind an item: where it came from and what it was called."""

    name: str  # input name (path, or ``path#id`` for a JSONL record)
    label: str  # the outlet (来源) the article names, else 未注明（the input's file name） or, for a record, 未注明
    title: str


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One story of the day: its lead article's Briefing and every source that reported it."""

    number: int  # 1-based position in the digest
    topic: str
    briefing: Briefing  # the lead article (the longest body among the duplicates; ties: input order)
    sources: tuple[SourceRef, ...]  # the lead first, then the merged duplicates in input order

    @property
    def outlets(self) -> tuple[str, ...]:
        """The sources' outlets, each once (two reports of 新华社 read 新华社), in order; the reports that name none
        as one (未注明（a.txt等3篇）), where the first of them stood."""
        unnamed = [source for source in self.sources if source.label.startswith(UNNAMED)]
        labels = [UNNAMED if source.label.startswith(UNNAMED) else source.label for source in self.sources]
        first = unnamed[0].label if unnamed else ""
        shown = {UNNAMED: first if len(unnamed) == 1 else
                 f"{first[:-1]}等{len(unnamed)}篇）" if first.endswith("）") else f"{UNNAMED}（{len(unnamed)}篇）"}
        return tuple(shown.get(label, label) for label in dict.fromkeys(labels))


@dataclass(frozen=True, slots=True)
class GlancePoint:
    """A line of 今日要览: a key sentence and the item it comes from."""

    text: str
    item: int  # DigestItem.number


@dataclass(frozen=True, slots=True)
class GlanceStat:
    """A number of 今日要览: the figure as written, what it counts, the item it comes from."""

    text: str
    subject: str
    item: int


@dataclass(frozen=True, slots=True)
class Digest:
    """The day's briefing: grouped items, 今日要览, and the inputs that were not included."""

    day: dt.date
    issue: str  # issue number shown as 第N期 ("" when none was given)
    items: tuple[DigestItem, ...]  # grouped by topic (TOPICS order), then by importance, freshness, protocol order,
    # sources and input order
    glance_points: tuple[GlancePoint, ...]  # the most important first
    glance_stats: tuple[GlanceStat, ...]
    failures: tuple[Failure, ...]  # input order
    read: int  # articles read (tasks) plus inputs that failed before giving any article

    @property
    def merged(self) -> int:
        """Articles folded into another item as a further source."""
        return sum(len(item.sources) - 1 for item in self.items)

    @property
    def stale(self) -> tuple[DigestItem, ...]:
        """Items whose article is dated more than STALE_DAYS before the briefing's day, or after it: a feed that
        mixes in old or misdated stories (their dates show beside their sources)."""
        return tuple(item for item in self.items if off_day(story_date(item.briefing, self.day), self.day))

    @property
    def topics(self) -> tuple[tuple[str, tuple[DigestItem, ...]], ...]:
        """Items in (topic, items) groups, in digest order."""
        groups: dict[str, list[DigestItem]] = {}
        for item in self.items:
            groups.setdefault(item.topic, []).append(item)
        return tuple((topic, tuple(items)) for topic, items in groups.items())


# ---------------------------------------------------------------------------- map


def plan(inputs: Iterable[Path | str], cfg: BriefConfig) -> tuple[list[Task], list[tuple[int, Failure]]]:
    """Expand INPUTS into tasks: folders walked (sorted by relative path; hidden files and page assets
    skipped), JSONL files split into records. A file named on the command line is always tried.

    Inputs that give no article at all (missing, unreadable, a folder without articles, a file of
    another kind inside a folder) come back as positioned failures so nothing is silently lost.
    """
    from .records import read_records

    tasks: list[Task] = []
    failures: list[tuple[int, Failure]] = []

    def fail(name: str, message: str) -> None:
        failures.append((len(tasks) + len(failures), Failure(name, message)))

    def add_file(path: Path) -> None:
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                records = read_records(path, cfg)
            except BriefError as err:
                fail(str(path), str(err).removeprefix(f"{path}: "))
                return
            for record in records:
                ident = record.get("id")
                label = f"{path}#{ident}" if ident not in (None, "") else f"{path}:{record.get('_line')}"
                tasks.append(Task(len(tasks) + len(failures), label, str(path), record))
        else:
            tasks.append(Task(len(tasks) + len(failures), str(path), str(path)))

    for given in inputs:
        path = Path(given)
        try:
            _plan_input(path, add_file, fail)
        except OSError as err:  # a name too long, a loop of links, an unreadable folder
            fail(str(path), f"cannot read ({err.strerror or err})")
    return tasks, failures


def _plan_input(path: Path, add_file, fail) -> None:
    """One INPUT of plan(): a folder walked, a missing path failed, a file added."""
    if path.is_dir():
        found = sorted(
            (p for p in path.rglob("*")
             if p.is_file() and p.suffix.lower() not in ASSET_SUFFIXES
             and not any(part.startswith(".") for part in p.relative_to(path).parts)),
            key=lambda p: p.relative_to(path).as_posix(),
        )
        if not found:
            fail(str(path), "folder holds no .txt, .html or .jsonl files")
        for file in found:
            if file.suffix.lower() in ARTICLE_SUFFIXES | JSONL_SUFFIXES:
                add_file(file)
            else:
                fail(str(file), f"not an article file ({file.suffix or 'no suffix'}); use .txt, .html or .jsonl")
    elif not path.exists():
        fail(str(path), "no such file or folder")
    else:
        add_file(path)


def brief_task(task: Task, cfg: BriefConfig) -> Briefing:
    """Brief one task (module-level, so a process pool can run it)."""
    from . import pipeline

    if task.record is None:
        return pipeline.brief_article(task.path, cfg)
    return brief_of(task.record, cfg, task.name)  # failure_of drops the name the message starts with


def brief_day(
    inputs: Iterable[Path | str],
    day: dt.date,
    cfg: BriefConfig,
    *,
    jobs: int = 1,
    progress: Callable[[int], Any] | None = None,
) -> Digest:
    """Brief every article of INPUTS (files, folders, JSONL) and reduce them into the day's Digest."""
    tasks, failures = plan(inputs, cfg)
    return digest_tasks(tasks, failures, day, cfg, jobs=jobs, progress=progress)


def digest_tasks(
    tasks: Sequence[Task],
    failures: Sequence[tuple[int, Failure]],
    day: dt.date,
    cfg: BriefConfig,
    *,
    jobs: int = 1,
    progress: Callable[[int], Any] | None = None,
) -> Digest:
    """Map the planned tasks through the pipeline, then reduce (see :func:`reduce_day`)."""
    done: list[tuple[Task, Briefing]] = []
    failed = list(failures)
    for task, result in map_articles(brief_task, list(tasks), cfg, jobs=jobs, progress=progress):
        if isinstance(result, BaseException):
            failed.append((task.position, failure_of(task, result)))
        else:
            done.append((task, result))
    failed.sort(key=lambda pair: pair[0])
    return reduce_day(done, [f for _p, f in failed], day, cfg)


def failure_of(task: Task, error: BaseException) -> Failure:
    """The Failure record of a task: one line, without the input name the message may repeat."""
    message = one_line(str(error))
    for prefix in (f"{task.name}: ", f"{task.path}: "):  # the name is shown beside it already
        message = message.removeprefix(prefix)
    return Failure(task.name, message)


# ---------------------------------------------------------------------------- reduce


def reduce_day(done: Sequence[tuple[Task, Briefing]], failures: Sequence[Failure], day: dt.date,
               cfg: BriefConfig) -> Digest:
    """Merge near-duplicates, group by topic, order deterministically and pick 今日要览."""
    done = sorted(done, key=lambda pair: pair[0].position)
    clusters = cluster_duplicates([b for _t, b in done])
    stories = []
    for members in clusters:
        lead = max(members, key=lambda i: (_told(done[i][1]), -i))
        order = [lead] + [i for i in members if i != lead]
        sources = tuple(_source_ref(*done[i]) for i in order)
        briefing = done[lead][1]
        topic = classify_topic(briefing)
        stories.append((topic, briefing, sources, min(members), importance(briefing)))
    topic_rank = {name: rank for rank, (name, _cues) in enumerate(TOPICS)}
    topic_rank[OTHER_TOPIC] = len(TOPICS)
    stories.sort(key=lambda s: (topic_rank[s[0]], -s[4], freshness(s[1], day), precedence(s[1]), -len(s[2]), s[3]))
    items = tuple(DigestItem(number, topic, briefing, sources)
                  for number, (topic, briefing, sources, _first, _level) in enumerate(stories, 1))
    points, stats = _glance(items, day)
    log.debug("%d articles → %d items (%d merged as duplicates), %d failed",
              len(done), len(items), len(done) - len(items), len(failures))
    issue = cfg.branding.issue.strip()  # none made up: a wrong 期号 would be sent out
    return Digest(day=day, issue=issue, items=items, glance_points=points, glance_stats=stats,
                  failures=tuple(failures), read=len(done) + len(failures))


def _told(briefing: Briefing) -> int:
    """How much a report of a story tells: the characters of its sentences, each told once (a file of one paragraph
    repeated tells no more than the paragraph: it was the longest report of a meeting and stood in for the real one)."""
    return sum(map(len, {s.text for s in briefing.sentences}))


_TAG = re.compile(r"^\s*(【[^】]{0,40}】|\[[^\]]{0,40}\]|（[^）]{0,12}）)\s*")
_KEEP = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")


def normalize(text: str) -> str:
    """NFKC, lower case, only letters, digits and Han characters: what shingles are taken from."""
    return _KEEP.sub("", unicodedata.normalize("NFKC", text).lower())


def _title_key(title: str) -> str:
    previous = None
    while previous != title:  # 【栏目】 and （受权发布） style prefixes are series tags, not the story
        previous, title = title, _TAG.sub("", title, count=1)
    return normalize(title)


def _shingles(text: str, n: int) -> frozenset[str]:
    if len(text) <= n:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i: i + n] for i in range(len(text) - n + 1))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _containment(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def similarity(a: Briefing, b: Briefing) -> tuple[float, float]:
    """(title bigram Jaccard, lead 3-gram containment) of two briefings."""
    ta, tb = _shingles(_title_key(a.article.title), TITLE_NGRAM), _shingles(_title_key(b.article.title), TITLE_NGRAM)
    la = _shingles(normalize(a.article.body)[:LEAD_CHARS], LEAD_NGRAM)
    lb = _shingles(normalize(b.article.body)[:LEAD_CHARS], LEAD_NGRAM)
    return _jaccard(ta, tb), _containment(la, lb)


def is_duplicate(title_sim: float, lead_sim: float) -> bool:
    """The merge rule on the two similarities (thresholds at the top of this module)."""
    return lead_sim >= LEAD_SAME or (title_sim >= TITLE_LIKE and lead_sim >= LEAD_LIKE)


def cluster_duplicates(briefings: Sequence[Briefing]) -> list[list[int]]:
    """Indices grouped into same-event clusters (single link over :func:`is_duplicate`), by first index."""
    parent = list(range(len(briefings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    titles = [_shingles(_title_key(b.article.title), TITLE_NGRAM) for b in briefings]
    leads = [_shingles(normalize(b.article.body)[:LEAD_CHARS], LEAD_NGRAM) for b in briefings]
    for i in range(len(briefings)):
        for j in range(i + 1, len(briefings)):
            if is_duplicate(_jaccard(titles[i], titles[j]), _containment(leads[i], leads[j])):
                ri, rj = root(i), root(j)
                parent[max(ri, rj)] = min(ri, rj)
    clusters: dict[int, list[int]] = {}
    for i in range(len(briefings)):
        clusters.setdefault(root(i), []).append(i)
    return sorted(clusters.values(), key=lambda members: members[0])


def classify_topic(briefing: Briefing) -> str:
    """The TOPICS group of a briefing by cue hits on whole words (``cue_hits``) in title, keywords and key sentences (see
    TOPICS), and 国际动态's by the foreign places and actors its title and lead name (``sides.FOREIGN``: 据法新社旧金山7月31日报道);
    a mission's reminder to its citizens (``_CONSULAR``) and a state leader's (an office of STATE_LEVEL in the lead)
    meeting with guests from abroad (``_FOREIGN_GUESTS``) are 外事往来, a story of the country's leaders (``importance``
    from LEADER_LEVEL) that is not of foreign affairs is 时政要闻, and one of other countries alone (``foreign_only``),
    whatever its subject, is 国际动态."""
    title = _headline(briefing)
    points = [s.text for s in briefing.summary]
    worded = [(3, title, word_ends(title)), *((2, k.word, word_ends(k.word)) for k in briefing.keywords),
              *((1, s.text, _token_ends(s.text, briefing.sentences[s.index].tokens)) for s in briefing.summary
                if 0 <= s.index < len(briefing.sentences))]
    # another country's places and actors in the title and lead: its news; China's relations with it when the title
    # names a Chinese side (王毅会见南非…, 驻奥地利使馆…)
    abroad = 3 * len(FOREIGN.findall(title)) + len(FOREIGN.findall(points[0] if points else ""))
    relations = chinese_side(title) or bool(re.search(CHINA, points[0] if points else ""))
    best, best_score = OTHER_TOPIC, 0
    for name, cues in TOPICS:
        # 3 per hit in the title, 2 per keyword and 1 per key sentence with a hit
        score = sum(weight * (cue_hits(text, cue, ends) if weight == 3 else bool(cue_hits(text, cue, ends)))
                    for cue in cues for weight, text, ends in worded)
        if name == (TOPICS[1][0] if relations else INTERNATIONAL_TOPIC):
            score += abroad
        if score > best_score:
            best, best_score = name, score
    if _CONSULAR.search(f"{title}\n{lead(briefing)}"):
        return TOPICS[1][0]  # 驻俄罗斯使馆提醒中国公民注意暑期旅游安全: a mission's consular work, whatever the danger
    if office_level(lead(briefing)) >= STATE_LEVEL and len(_FOREIGN_GUESTS.findall(briefing.article.body)) >= GUEST_HITS:
        return TOPICS[1][0]  # 国家副主席韩正…同…顾问委员会委员代表座谈 (同中方开展…合作, 扩大对华投资): 外事往来
    if importance(briefing) >= LEADER_LEVEL and best != TOPICS[1][0]:  # the leaders abroad: 外事往来; at home: 时政要闻
        return TOPICS[1][0] if best == INTERNATIONAL_TOPIC else TOPICS[0][0]
    if foreign_only(title, points):  # 美国防长：…; 特朗普…被提起刑事指控; 雅加达空气质量…; 欧盟…沉船
        return INTERNATIONAL_TOPIC
    return best


def cue_hits(text: str, cue: str, ends: Sequence[int]) -> int:
    """Times ``cue`` stands in ``text`` as whole words (it begins and ends where words do: ``ends``, each word's end)
    outside an excluded compound (NOT_CUES): 环境 in 生长/环境 but not in 营商环境 nor 生长环境."""
    bounds = {0, *ends}
    spans = [(m.start(), m.end()) for m in NOT_CUES.finditer(text)]
    hits, at = 0, text.find(cue)
    while at >= 0:
        end = at + len(cue)
        if (at in bounds or end in bounds) and not any(start <= at and end <= stop for start, stop in spans):
            hits += 1
        at = text.find(cue, at + 1)
    return hits


def _token_ends(text: str, tokens: Sequence[str]) -> list[int]:
    """Where each of a sentence's tokens (whitespace dropped) ends in its text."""
    ends, at = [], 0
    for token in tokens:
        found = text.find(token, at)
        if found < 0:
            break
        at = found + len(token)
        ends.append(at)
    return ends


# the side of a leader's guests from abroad, as the story names it (同中方开展…合作, 扩大对华投资, 中外交流): GUEST_HITS times
_FOREIGN_GUESTS = re.compile(r"中方|对华|来华|访华|在华|外宾|外国|外籍|中外")
GUEST_HITS = 2
# a mission's reminder to its citizens, in the title or lead: 驻温哥华总领馆提醒领区中国公民…, 中使馆发布提醒
_CONSULAR = re.compile(r"(?:使馆|领馆|领事馆)[^。\n]{0,30}?提醒")
STATE_LEVEL = 3  # of OFFICES: the state's leaders (国家副主席, 国务院副总理…) and above


def importance(briefing: Briefing) -> int:
    """How high the story's actors stand: 0 (none named) to 5, the highest of its title's (IMPORTANCE), its lead's
    offices' (OFFICES) and a grave event's (GRAVE); a level less for the echo of an event (…重要讲话引发热烈反响), which
    stands below the event."""
    title = _headline(briefing)
    first = lead(briefing)
    cited = _CITED_GUIDANCE.sub("", title)  # …举办学习贯彻习近平总书记重要讲话精神专题培训班: not the leader's story
    level = max((level for level, in_title in IMPORTANCE if in_title.search(cited)), default=0)
    level = max(level, office_level(first), GRAVE[0] if GRAVE[1].search(first) else 0)
    return max(level - 1, 0) if ECHO.search(title) else level


def lead(briefing: Briefing) -> str:
    """The first sentence, where official news names who acts with their offices."""
    return briefing.sentences[0].text if briefing.sentences else ""


def office_level(text: str) -> int:
    """The level (OFFICES) of the highest office ``text`` names; 0 for none."""
    return max((level for office, level in OFFICES if office in text), default=0)


def precedence(briefing: Briefing) -> int:
    """Where the highest office its lead names stands in protocol order (OFFICES; len(OFFICES) when none): of two
    stories of one level, 国务院总理李强… comes before 全国人大常委会委员长赵乐际…."""
    first = lead(briefing)[:LEAD_OFFICE_CHARS]
    ranks = [office for office, _level in OFFICES]
    named = [(first + (briefing.article.title or "")).find(name) for name, _office in LEADERS]
    by_name = min((ranks.index(office) for at, (_name, office) in zip(named, LEADERS) if at >= 0), default=len(OFFICES))
    return next((rank for rank, office in enumerate(ranks) if office in first), by_name)


LEAD_OFFICE_CHARS = 60  # of the lead, where the offices of who acts stand

ECHO = re.compile(r"(?:引发|引起)(?:热烈|强烈)反响|反响热烈|热议")
# guidance a title cites, studied or carried out: 学习贯彻习近平总书记重要讲话精神, 习近平新时代中国特色社会主义思想
_CITED_GUIDANCE = re.compile(r"(?:学习|贯彻|落实|践行|宣传|宣讲|领会)[^，。\s]{0,4}习近平[^，。\s]{0,16}?(?:精神|思想|论述|指示|讲话)"
                             r"|(?<!《)习近平[^，。\s》]{0,16}?(?:精神|思想)(?![^《]*》)")  # not a book: 《习近平文化思想学习纲要》出版


def _headline(briefing: Briefing) -> str:
    """The title and subtitle, which both tell the story (…的重要讲话引起热烈反响)."""
    return " ".join(filter(None, (briefing.article.title, briefing.article.subtitle)))


def _source_ref(task: Task, briefing: Briefing) -> SourceRef:
    """The outlet the article names; else a JSONL record's short "source"; else 未注明, with the file's name for a file
    (a file name alone would read as an outlet; a record's id tells an official nothing)."""
    record = task.record or {}
    given = record.get("source")
    article = briefing.written or briefing.article  # as written
    if article.source:
        label = article.source
    elif isinstance(given, str) and 0 < len(given.strip()) <= SOURCE_MAX_CHARS:
        label = given
    elif task.record is None:
        label = f"{UNNAMED}（{Path(task.path).name}）"
    else:
        label = UNNAMED  # a record's id tells an official nothing
    return SourceRef(name=task.name, label=one_line(label), title=one_line(article.title))


SOURCE_MAX_CHARS = 30  # a record's "source" longer than this is provenance (a data set), not an outlet


def _glance(
    items: Sequence[DigestItem], day: dt.date | None = None
) -> tuple[tuple[GlancePoint, ...], tuple[GlanceStat, ...]]:
    """今日要览. Points: one :func:`lead_point` per item, the most important stories first (``importance``, then
    the number of sources, then item number); a topic's stories past GLANCE_PER_TOPIC count GLANCE_TOPIC_STEP levels
    lower for each, so the day's breadth shows (a story of the country's leaders no lower than STATE_LEVEL).
    Figures: every item's best figure it shows (:func:`shown_statistics`; the one its title gives first), the day's
    best first (in a title, then :func:`_stat_rank`: from key sentences, weighty), then those of the most important
    stories, ties by item number, shown in item order. ``day``: the briefing's, which dates the points
    (``lead_point``); the stories dated as its news come first, then the undated, then those that are no news of it
    (``off_day``), their points marked so (``stale_note``) and none of their figures."""
    level = {item.number: importance(item.briefing) for item in items}  # once per item
    dated = {item.number: story_date(item.briefing, day) if day else None for item in items}
    stale = {number: _staleness(date, day) for number, date in dated.items()}
    # a topic's stories count lower from its second, the day's own first: stale ones take no turn from fresh ones
    ranked = sorted(items, key=lambda item: (stale[item.number], -level[item.number], -len(item.sources), item.number))
    taken: dict[str, int] = {}
    spread = []
    for item in ranked:
        past = max(0, taken.get(item.topic, 0) + 1 - GLANCE_PER_TOPIC)  # a topic's second story counts a level lower
        taken[item.topic] = taken.get(item.topic, 0) + 1
        # (not below the state's level for a story of the country's leaders: a 中共中央、国务院 ceremony stays above a
        # county's award however many leaders' stories the day has)
        lowered = level[item.number] - GLANCE_TOPIC_STEP * past
        if level[item.number] >= LEADER_LEVEL:
            lowered = max(lowered, STATE_LEVEL)
        spread.append((stale[item.number], -lowered, len(spread), item))
    points: list[GlancePoint] = []
    for _stale, _level, _rank, item in sorted(spread):
        if len(points) >= GLANCE_POINTS:
            break
        text = Written(item.briefing)(lead_point(item.briefing, day))  # (a Traditional article's line as written)
        if text:  # a stale story's line says so: 今天，河北高招…开始 stood under another day's masthead
            points.append(GlancePoint(text + stale_note(dated[item.number], day) if day else text, item.number))
    candidates = []
    for item in items:
        if stale[item.number] == 2:
            continue  # an old story's figure is no figure of the day's (沙化土地减少37.26万亩, of 2015)
        title = _headline(item.briefing)
        sentences = item.briefing.sentences  # 京津冀4月平均优良天数比例: a region's figure, not the country's
        shown = Written(item.briefing)
        told = [(st, GlanceStat(shown(shown_figure(sentences, st), st.sentence_index),
                                shown(of_topic(sentences, st, shown_subject(sentences, st)), st.sentence_index),
                                item.number)) for st in shown_statistics(item.briefing)]
        good = sorted((pair for pair in told if len(pair[1].subject.strip()) >= GLANCE_SUBJECT_CHARS),
                      key=lambda pair: not in_title(pair[0], title))  # the figure the headline is about first
        if good:
            stat, glance = good[0]
            weight, score = _stat_rank(item.briefing, stat)
            rank = (stale[item.number], not in_title(stat, title), weight, -level[item.number], score)
            candidates.append((rank, item.number, glance))
    candidates.sort(key=lambda c: (c[0], c[1]))
    keep = min(len(candidates), GLANCE_STATS)
    if keep > 3:
        keep -= keep % 3  # the figures table has rows of three: no ragged last row
    stats = sorted((c[2] for c in candidates[:keep]), key=lambda s: s.item)
    return tuple(points), tuple(stats)


POINT_MIN_CHARS = 20  # a key sentence shorter than this (a slogan) is not a day's headline
_COUNTED = frozenset("个位家名项件条次人所座只台辆种批场支款部户处起")  # measure words of counted things
GLANCE_SUBJECT_CHARS = 4  # a figure in 今日要览 stands alone: it needs a subject of this many characters


def lead_point(briefing: Briefing, day: dt.date | None = None) -> str:
    """The item's headline sentence: its best-scored key sentence of at least POINT_MIN_CHARS characters that does not
    lean on the one before (``leans_back``), finished as a brief's key points are (no opening 但/二是), without a bare
    day before it (23日，) and cut at a clause past GLANCE_POINT_CHARS, without who organised the event
    (``_ORGANISERS``); its days dated (``_dated``) for a briefing of ``day``."""
    long = [s for s in briefing.summary if len(s.text.strip()) >= POINT_MIN_CHARS]
    # 其中提出，…: alone, it points at nothing; “真没想到…”，…闫胜民激动地说道。: someone's words are no day's headline
    alone = [s for s in long if not leans_back(briefing.sentences, s.index) and not _TELLS_NOTHING.search(s.text)]
    chosen = [s for s in alone if not _SAID_FIRST.match(s.text)] or alone or long or list(briefing.summary)
    title = (briefing.article.title or "").strip()
    # 冯振，男，汉族，1992年12月出生，…: a résumé is no day's news, not even an article's last resort (the title tells it)
    if chosen and not (chosen := [s for s in chosen if not biography(s.text)]) and title:
        return finish(title.rstrip("。") + "。")
    if not chosen:
        return ""
    # without the key points' lift of the title's figure: the day's line tells the news (评为“感动交通”人物), not the
    # feature's figure (…免费为沿途村民带货超过10万件), which 数据 gives beside it
    lifted = gives_title_figure(briefing.sentences, title)
    lift = [WEIGHTS.title_figure * given for given in lifted]
    best = min(chosen, key=lambda s: (-(s.score - (lift[s.index] if 0 <= s.index < len(lift) else 0.0)), s.index))
    if _MEETING.search(title) and (speaker(briefing.sentences[best.index])
                                   and not _MEETING.search(_FIRST_CLAUSE.match(best.text).group())
                                   or _TALKS_OPENER.match(best.text)):
        # 李强同马来西亚总理会谈, not 李强表示，今年是中马建交50周年… (nor 李强表示，习近平主席同总理女士举行会晤…, a
        # meeting in his words): who met whom is the day's news, told by the
        # key sentence that tells it (…国家主席习近平在利马…会见新西兰总理拉克森), else by the title; and told where, not
        # after a ceremony the line never told (欢迎仪式后，李强同安瓦尔举行会谈)
        met = [s for s in chosen if _MEETING.search(s.text) and not _AFTER_TALKS.match(s.text)
               and not speaker(briefing.sentences[s.index])]  # (not 会谈后，两国总理共同见证…: who met, untold)
        if not met:
            return finish(provincial(_TALKS_OPENER.sub("", title), briefing).rstrip("。") + "。")
        # the sentence that tells who met whom where before one that points to a ceremony it never told
        best = min(met, key=lambda s: (bool(_TALKS_OPENER.match(s.text)), -s.score, s.index))
    sentence = briefing.sentences[best.index]
    text = _without_preamble(sentence) if best.text == sentence.text else best.text  # (a trimmed point as it is)
    text = _BARE_DAY.sub("", text)  # 23日，…: of which month, in a digest?
    text = _TALKS_OPENER.sub("", text)  # 欢迎仪式后，李强同安瓦尔举行会谈: a ceremony the line never told
    unorganised = _ORGANISERS.sub("", text)
    text = unorganised if len(unorganised) >= POINT_MIN_CHARS else text
    told = _glance_dated(provincial(text, briefing), briefing, day)
    line = shorten(told, GLANCE_POINT_CHARS)
    if ((len(line) < ITEM_CUT_SHARE * len(told) or _SAID_ONE_CLAUSE.search(line))
            and POINT_MIN_CHARS <= len(title) <= GLANCE_POINT_CHARS):
        # …全体会议时强调，巩固提高一体化国家战略体系和能力……: cut so short or one clause into what was said, the
        # statement is the part cut; the headline tells it whole (its phrases set apart by spaces are its clauses)
        if not title.endswith("…"):
            return finish(provincial(_title_clauses(title), briefing).rstrip("。") + "。")
        # a title made of the first sentence and cut (…推进乡村全面…) tells the news no more whole: the sentence does
        first = _glance_dated(provincial(lead(briefing), briefing), briefing, day)
        if POINT_MIN_CHARS <= len(first) <= GLANCE_POINT_CHARS:
            return finish(first)
    return finish(line)


def _title_clauses(title: str) -> str:
    """``title`` with its phrases set apart by spaces joined by ，, but not inside a book title (《中共中央 国务院关于…》,
    whose space is part of the document's name)."""
    return "".join(part if part.startswith("《") else _TITLE_GAPS.sub("，", part) for part in _BOOK_TITLE.split(title))


_BOOK_TITLE = re.compile(r"(《[^《》]*》?)")


_MEETING = re.compile(r"会见|会谈|会晤|通电话")  # a report of talks, by its title
_SAID_ONE_CLAUSE = re.compile(r"(?:强调|指出|表示|认为|说)[，：:][^，；：]*…+$")
_TITLE_GAPS = re.compile(r"(?<=[\u4e00-\u9fff”》])[ \u3000]+(?=[\u4e00-\u9fff“《])")
_AFTER_TALKS = re.compile(r"(?:会见|会谈|会晤|通电话)[前后中时]")
# an opening that points to a ceremony or talks told before it: 欢迎仪式后，/会谈前，/会见结束后，
_TALKS_OPENER = re.compile(r"^[^，。]{0,6}?(?:仪式|会谈|会见|会晤|通电话|宴会)(?:结束)?(?:之?[前后]|时|期间)，")
# a sentence that only says someone spoke: …接受采访时，分享了她的看法。 (what she thought, the text tells after it)
_TELLS_NOTHING = re.compile(r"(?:分享|谈|讲述|介绍|表达|谈及)了?(?:[她他]们?|自己)?的?(?:看法|观点|感受|体会|见解|心得)。?$")


def provincial(text: str, briefing: Briefing) -> str:
    """``text`` with the province its unnamed 省委/省政府/省长… or 全省/我省 means (省委副书记、省长王忠林… →
    湖北省委副书记、省长王忠林…): among a day's stories of many provinces, 省长 names none. The province is the one the
    source names (湖北日报), else the one the title and text name most, alone; the text as it is when none is."""
    found = _UNNAMED_PROVINCE.search(text)
    if found is None:
        return text
    article = briefing.article
    named = [name for name in PROVINCES if name in (article.source or "")]
    if not named:
        told = f"{article.title}\n{article.body}"
        counts = sorted(((told.count(name), name) for name in PROVINCES), reverse=True)
        named = [counts[0][1]] if counts[0][0] and counts[0][0] > counts[1][0] else []
    if len(named) != 1:
        return text
    province = named[0]
    told = {"全省": f"{province}全省", "我省": f"{province}省", "本省": f"{province}省"}.get(found[0], province + found[0])
    return text[:found.start()] + told + text[found.end():]


# a province's office or the province itself unnamed: at the start or after a stop, not inside a name (湖北省委)
# (我省 wherever it stands: 上半年我省…; not 自我省察)
_UNNAMED_PROVINCE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[日午晚上年]))(?:省(?=委|政府|长|人大|政协|纪委)|全省|本省)"
                               r"|(?<!自)我省")


def _without_preamble(sentence: Sentence) -> str:
    """``sentence``'s text without what the event was for and whose arrangement it followed, before it (为做好当前…防御
    工作，按照…王祥喜安排，7月30日，…检查…): cut to fit, a headline would keep these and lose the event. The preamble runs
    from an opening 为/按照/根据… over the clauses that open with a verb or an adverb (为深入学习…，贯彻落实…，中央宣传部…)
    to the first that opens otherwise; the text as it is when what is left is short."""
    tokens, tags = sentence.tokens, sentence.tags
    if not tokens or tokens[0] not in _PREAMBLE_WORDS or "，" not in tokens:
        return sentence.text
    at = cut = 0
    for k, token in enumerate(tokens[:-1]):
        at += len(token)
        if token == "，":
            cut = at
            if tags[k + 1][:1] not in _CLAUSE_VERB_TAGS and tokens[k + 1] not in _PREAMBLE_WORDS:
                break  # (按照…安排，: whose arrangement, after what for)
    else:
        return sentence.text
    rest = sentence.text[cut:]
    return rest if len(rest) >= POINT_MIN_CHARS else sentence.text


_PREAMBLE_WORDS = frozenset({"为", "为了", "按照", "根据", "依据", "遵照"})
_CLAUSE_VERB_TAGS = frozenset("vdaczil")  # a clause that goes on with the purpose: 推动…, 认真落实/z…, 进一步…, 贯彻落实/i…
# a sentence that opens with someone's words: “真没想到你们…帮我，…”，…闫胜民激动地说道。 (not a term: “十五五”开局之年…)
_SAID_FIRST = re.compile(r"[“\"「][^”\"」]*[，。！？…,!?][^”\"」]*[”\"」]")

# who organised an event, before it: 由中国教育部中外语言交流合作中心主办、黎明职业大学…联合承办的 (a headline names the event)
_ORGANISERS = re.compile(r"由[^。；，]{2,80}?(?:主办|承办|协办|举办|指导)的")


def _staleness(date: str | None, day: dt.date | None) -> int:
    """0 for a story dated as the news of ``day`` (or any story when no day is given), 1 for an undated one, 2 for one
    that is no news of it (``off_day``)."""
    if day is None:
        return 0
    if off_day(date, day):
        return 2
    return 0 if date else 1


def freshness(briefing: Briefing, day: dt.date) -> tuple[int, int]:
    """Sort key of a story's news value on ``day`` (smaller is fresher): the day's news, then the undated, then those
    that are no news of it (``_staleness``); of each, the nearest to the day first (of two stories of one importance
    in a topic, 2026年2月11日's comes before 2022年10月27日's)."""
    date = story_date(briefing, day)
    try:
        distance = abs((day - dt.date.fromisoformat(date or "")).days)
    except ValueError:
        distance = 0
    return _staleness(date, day), distance


def story_date(briefing: Briefing, day: dt.date) -> str | None:
    """YYYY-MM-DD of the day the story is news of: the article's date; else the day its dateline gives (``Article.day``)
    or one of its first two sentences tells in its first clause (8月16日下午，省长…, 国务院总理李强5月9日主持召开…, after a
    quotation that opens the text), else its 今天（11月10日） in one of its first three (``_TODAY_TOLD``), in the
    year written with it (2023年7月31日，…) or else the latest year that puts it no more than ``_AHEAD_DAYS`` after the
    briefing's ``day`` (news tells what has happened: 7月28日 in a briefing of 2026年1月1日 is 2025-07-28, and in one of
    2024年6月20日 it is 2023-07-28, no news of either). None when none is told."""
    if briefing.article.date:
        return briefing.article.date
    told = _DAY_TOLD.match(briefing.article.day or "") or next(
        filter(None, (_DAY_TOLD.search(_FIRST_CLAUSE.match(s.text).group())
                      for s in briefing.sentences[:_LEAD_SENTENCES])), None) or next(
        filter(None, (_TODAY_TOLD.search(s.text) for s in briefing.sentences[:_TODAY_SENTENCES])), None)
    if told is None:
        return None
    dates = []
    for year in (int(told["year"]),) if told["year"] else (day.year - 1, day.year, day.year + 1):
        try:
            dates.append(dt.date(year, int(told["month"]), int(told["day"])))
        except ValueError:  # 2月30日; 2月29日 of a common year
            continue
    past = [date for date in dates if (date - day).days <= _AHEAD_DAYS]
    return max(past).isoformat() if past else None


_AHEAD_DAYS = 7  # a story's lead may tell a day this close ahead of the briefing (…将于25日开幕)
_MONTH_DAY = r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
# (自7月20日起至7月31日，…: the day a span opens with)
_DAY_TOLD = re.compile(rf"(?:自|从)?(?:当地时间)?{_MONTH_DAY}")
_LEAD_SENTENCES = 2  # the first sentences, where a story tells its day
# the writer's own day, in any clause of the first sentences: …进博会今天（11月10日）闭幕 (a story's third sentence; a
# date told there otherwise is often background: 2021年6月29日，中共中央授予…, 自去年7月17日投运以来)
_TODAY_TOLD = re.compile(rf"(?:今天|今日)[（(]{_MONTH_DAY}[）)]")
_TODAY_SENTENCES = 3
# where in a sentence its day is the story's: its first clause (国务院总理李强5月9日主持召开…, 今天（5月28日），…), not a
# later one (…，将于8月20日举办)
_FIRST_CLAUSE = re.compile(r"[^，,；;。！？]*")


def off_day(date: str | None, day: dt.date) -> bool:
    """Whether an article of ``date`` (YYYY-MM-DD) is no news of ``day``: dated more than STALE_DAYS before it, or after
    it. False when the date is not known."""
    try:
        return not 0 <= (day - dt.date.fromisoformat(date or "")).days <= STALE_DAYS
    except ValueError:
        return False


def stale_note(date: str | None, day: dt.date) -> str:
    """（早于本期） or （晚于本期） for a story of ``date`` that is no news of ``day`` (``off_day``), else ""."""
    if not off_day(date, day):
        return ""
    return "（早于本期）" if (date or "") < day.isoformat() else "（晚于本期）"


_BARE_DAY = re.compile(r"^\d{1,2}日(?:上午|中午|下午|晚上|晚间|晚|凌晨)?[，,]")
_DAY = re.compile(r"(?<![\d月年号.])(?<!日[至到—－-])(\d{1,2})日")  # not a span's end: 9月2日至6日


def _glance_dated(text: str, briefing: Briefing, day: dt.date | None) -> str:
    """A glance line's ``text`` with its bare days placed (``_dated``) for a briefing of ``day``: in the month of the
    article's date, else of the day its dateline or lead tells (``story_date``, whose year may be guessed: none is
    written in); a bare day of a story whose month is not known is left out, with its hour (赵乐际27日下午同…座谈 →
    赵乐际同…座谈, 当地时间14日晚，… → …): under a masthead of 8月4日 it would read as 7月27日, and the item shows
    the story undated."""
    if briefing.article.date or day is None:
        return _dated(text, briefing.article.date, day)
    told = story_date(briefing, day)
    return _dated(text, told) if told else _outside_quotes(_unplaced, text)


def _unplaced(text: str) -> str:
    """``text`` without its bare days (``_UNPLACED_DAY``), nor the stop of a clause one opened (23日， → ''; 报道：23日， →
    报道：); a day after 截至/至/自… (截至8日上午9时) is left as it is."""
    def cut(found: re.Match[str]) -> str:
        if re.search(r"(?:截至|[至到自从])$", text[:found.start()]):
            return found[0]
        opens = found.start() == 0 or text[found.start() - 1] in "：:，,"  # the clause it opened goes with it
        return "" if opens or not found["stop"] else found["stop"]
    return _UNPLACED_DAY.sub(cut, text)


# a day of no month, its hour and what opens it: 当地时间14日晚，/ 于28日 / 24至25日 / 28日清晨6时许，
_UNPLACED_DAY = re.compile(r"(?:当地时间)?于?(?<![\d月年号.第])\d{1,2}日?(?:(?:至|到|—|－|-)\d{1,2})?日"
                           r"(?:上午|中午|下午|晚上|晚间|傍晚|凌晨|清晨|早上|夜间|晚)?(?:\d{1,2}时(?:\d{1,2}分)?许?)?(?P<stop>[，,])?")


def _dated(text: str, date: str | None, briefing_day: dt.date | None = None) -> str:
    """``text`` with a day of the article's month up to its date given the month (中共中央、国务院13日上午… →
    …12月13日上午…; 习近平8日在莫斯科… of a 9 May article → 5月8日): in 今日要览, under the briefing's own date, a bare
    day reads as this month's. A later day (14日起开放) may be next month's: it is left as it is. In a briefing of a day
    the article is no news of (``off_day``), a month and day get the article's year (2022年12月11日在北京开幕): under
    2026年12月1日 it would read as to come; so do 今年/去年/明年 (``years_told``)."""
    known = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    if known is None:
        return text
    month, day = int(known[2]), int(known[3])
    text = _DAY.sub(lambda m: f"{month}月{int(m[1])}日" if 1 <= int(m[1]) <= day else m[0], text)
    if briefing_day is None or not off_day(date, briefing_day):
        return text
    return _outside_quotes(lambda part: _MONTH_DAY.sub(rf"{known[1]}年\1", part), years_told(text, date, briefing_day))


def years_told(text: str, date: str | None, briefing_day: dt.date | None) -> str:
    """``text`` of an article that is no news of the briefing's day (``off_day``) with the year its 今年/去年/明年 mean
    (预计明年（2026年）建成, 今年（2025年）以来) and the day its 今天/昨天 mean (今天（7月28日），…); as it is
    otherwise."""
    if briefing_day is None or not off_day(date, briefing_day) or not re.match(r"\d{4}-", date or ""):
        return text
    year, day = int(date[:4]), dt.date.fromisoformat(date)

    def told(part: str) -> str:
        part = _RELATIVE_DAY.sub(lambda m: f"{m[0]}（{month_day(day - dt.timedelta(days=m[0] in ('昨天', '昨日')))}）",
                                 part)  # 今天，在…发布会上 under another day's masthead: that day
        return _RELATIVE_YEAR.sub(lambda m: f"{m[0]}（{year + _YEAR_OFFSET[m[0]]}年）", part)

    return _outside_quotes(told, text)


def _outside_quotes(change: Callable[[str], str], text: str) -> str:
    """``text`` with ``change`` made to what lies outside its quotations: the words someone said stay as said."""
    return "".join(part if part.startswith("“") else change(part) for part in _QUOTED.split(text))


_QUOTED = re.compile(r"(“[^“”]*”?)")


_RELATIVE_YEAR = re.compile(r"今年|去年|明年")
_RELATIVE_DAY = re.compile(r"(?:今天|今日|昨天|昨日)(?![（(])(?=[，,上下中晚凌早]|$)")


def month_day(day: dt.date) -> str:
    """7月28日 of a date."""
    return f"{day.month}月{day.day}日"
_YEAR_OFFSET = {"今年": 0, "去年": -1, "明年": 1}


_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2}月\d{1,2}日)")


GLANCE_POINT_CHARS = 100  # a line of 今日要览 past this is cut at a clause


def good_statistics(briefing: Briefing) -> list[Statistic]:
    """Statistics worth quoting outside the article, best first: a subject of 2+ characters, not a weak unit nor a
    count of kinds (``organises``) nor a handful (6位代表, 四家公司: fewer than ``HANDFUL`` of a counted kind) nor a
    detail of the story (``trivial``: 1起事件, 数百万 in a quotation), distinct figures; ranked by :func:`_stat_rank`."""
    seen: set[tuple[float, str]] = set()  # one amount told again (超过662亿美元, later 662亿美元) is one figure
    good = []
    for stat in sorted(briefing.statistics, key=lambda st: (_stat_rank(briefing, st), st.sentence_index, st.start)):
        if (len(stat.subject.strip()) < 2 or stat.unit in WEAK_UNITS or organises(stat)
                or (stat.value, stat.unit) in seen or converted(briefing.sentences, stat)  # （约合人民币4773亿元）
                # a handful tells a reader outside the article nothing (6位代表, 5个重点; even 三人死亡); 7.2级, 1.5℃ do
                or (stat.value < HANDFUL and stat.unit in _COUNTED) or trivial(briefing.sentences, stat)):
            continue
        seen.add((stat.value, stat.unit))
        good.append(stat)
    return good


def shown_statistics(briefing: Briefing) -> list[Statistic]:
    """The ``good_statistics`` a compact item shows, best first: in its title or in the key points it shows
    (``item_picks``), not a figure everyone knows (``well_known``: 14亿多 中国人民). 今日要览's figures point to items: a
    figure from a sentence the item leaves out (a 2020 background figure) cannot be found there."""
    title = _headline(briefing)
    shown = dict(item_picks(analysed_content(briefing).points, item_chars(briefing), briefing.sentences))
    return [st for st in good_statistics(briefing)
            if (in_title(st, title) or st.text in shown.get(st.sentence_index, "")) and not well_known(st)]


def in_title(stat: Statistic, title: str) -> bool:
    """Whether the title gives ``stat``'s number (18支代表团 in 全省18个代表团亮相)."""
    number = re.match(r"[^\d]*([\d.,]+)", stat.text)
    return bool(number) and re.search(rf"(?<![\d.]){re.escape(number[1])}(?![\d.])", title) is not None


# figures every reader knows, by value and what they count: the country's people (14亿多 中国人民), its peoples and land
WELL_KNOWN = ((1.3e9, 1.5e9, re.compile(r"人民|人口|中国人|国人|同胞|民众|群众")), (56, 56, re.compile(r"民族")),
              (9.6e6, 9.6e6, re.compile(r"国土|平方公里|面积")))


def well_known(stat: Statistic) -> bool:
    """Whether ``stat`` is a figure everyone knows (WELL_KNOWN): no news of the day."""
    return any(low <= stat.value <= high and told.search(stat.subject) for low, high, told in WELL_KNOWN)


def _stat_rank(briefing: Briefing, stat: Statistic) -> tuple[int, float]:
    """Sort key (smaller is better): figures from key sentences first, then percentages, money and
    figures of 100 or more, then by the sentence's score."""
    in_summary = any(s.index == stat.sentence_index for s in briefing.summary)
    weighty = stat.unit in ("%", "元") or stat.value >= 100
    score = briefing.scores[stat.sentence_index] if 0 <= stat.sentence_index < len(briefing.scores) else 0.0
    return (-(2 * in_summary + weighty), -score)


def item_chars(briefing: Briefing) -> int:
    """Characters of key points a compact item shows: ITEM_CHARS, twice as many for a story of the country's leaders
    (``importance`` from LEADER_LEVEL), whose lead sentence alone often takes the lot."""
    return ITEM_CHARS * (2 if importance(briefing) >= LEADER_LEVEL else 1)


def item_picks(points: Sequence[Item], budget: int = ITEM_CHARS, sentences: Sequence[Sentence] = ()) -> list[tuple[int, str]]:
    """The key points a compact item shows, as (sentence index, text shown) in document order: see ``item_points``."""
    chosen, used = [], 0
    for point in sorted(points, key=lambda p: (p.rank, p.index)):
        text = point.text
        if chosen and used + len(text) > budget * ITEM_OVERRUN and point.index < len(sentences):
            text = elide_roll(sentences[point.index], text)  # 西藏…副主席王勇……于斌等人违规收受礼品礼金…
        if chosen and used + len(text) > budget * ITEM_OVERRUN:
            cut = shorten(text, budget - used)
            if (len(cut) > budget - used or len(cut) < ITEM_CUT_SHARE * len(text)
                    or not says_something(cut.rstrip("…。"))):  # …年费的基础上…… tells only what the news builds on
                if used < ITEM_SCANT * budget:
                    continue  # an item of one short point takes a lower one that fits (the results after the event)
                break
            text = cut
        chosen.append((point.index, text))
        used += len(text)
        if used >= budget:
            break
    return sorted(chosen)


def item_points(points: Sequence[Item], budget: int = ITEM_CHARS, paragraphs: Sequence[int] = (),
                sentences: Sequence[Sentence] = ()) -> list[str]:
    """Key points for a compact item, from a brief's (``build_content``: finished, a list or a quotation made one):
    best first until ``budget`` characters (at least one; the last may run ITEM_OVERRUN past it rather than be cut);
    the first that does not fit has its roll of names cut to the first (``elide_roll``, given the article's
    ``sentences``), else is cut at a clause when that keeps ITEM_CUT_SHARE of it, and ends the list (a roll of names
    or a detail further down is no stand-in for the point the item has no room for) unless the item has less than
    ITEM_SCANT of its budget: then the next point may still come. Shown in document order, read as one paragraph: a
    point that goes on with the speech of the point before, in one paragraph of the article (``paragraphs``: each
    sentence's), or that opens as the point right before it does, does not name its speaker again (习近平指出，…。习近平
    指出，… → 习近平指出，…。…)."""
    chosen = item_picks(points, budget, sentences)
    shown: list[str] = []
    speech: tuple[int, str] | None = None  # the paragraph and the opening of the speech the points go on with
    last = ""  # the opening of the point just shown
    for index, text in chosen:
        said = _SAID.match(text)
        paragraph = paragraphs[index] if index < len(paragraphs) else None
        opening = said.group() if said else ""
        if said and (speech == (paragraph, opening) or (paragraph is not None and opening == last)):  # said once
            text = text[said.end():]
        elif said:
            speech = (paragraph, opening) if paragraph is not None else None
        elif speech and speech[0] != paragraph:
            speech = None
        last = opening
        shown.append(text)
    return shown


# a speaker's opening (习近平指出，/ 赵乐际强调，): one a point goes on with needs not be said again
_SAID = re.compile(r"[^，。；：“”\s]{2,16}?(?:指出|强调|表示|认为|要求|说)，")


_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    return _BREAKS.sub(" ", text).strip()
