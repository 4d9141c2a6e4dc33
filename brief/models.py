"""Frozen records that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Decoded input: text plus what kind it is (``html`` or ``text``)."""

    text: str
    kind: str  # "html" | "text"
    name: str  # path or "<stdin>" or a record id, for messages
    encoding: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article; every offset downstream points into ``body``."""

    title: str
    body: str  # paragraphs joined by "\n"
    subtitle: str | None = None
    date: str | None = None  # YYYY-MM-DD
    time: str | None = None  # HH:MM when the page gives one
    day: str | None = None  # 8月18日: the month and day of a dateline that gives no year, when no date is known
    source: str | None = None
    byline: str | None = None
    name: str = ""


ARTICLE_TEXTS = ("title", "subtitle", "source", "byline", "body")  # the fields of an Article in words, the body last


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the body with its provenance and tokens."""

    index: int  # position in the article: the universal tie-breaker
    start: int  # offsets into Article.body
    end: int
    paragraph: int  # index of the paragraph (line of body) it belongs to
    text: str
    tokens: tuple[str, ...]  # every jieba token, in order
    tags: tuple[str, ...]  # POS tag of each token (dictionary lookup)


class SectionKind(StrEnum):
    """What a sentence contributes to a brief."""

    BACKGROUND = "background"
    ACTIVITIES = "activities"
    STATISTICS = "statistics"
    FUTURE_PLANS = "future_plans"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Section:
    """The section label of one sentence."""

    index: int  # sentence index
    kind: SectionKind
    chrome: bool = False  # the rules read it as no content (a byline, a caption, 他说。): never a key sentence


@dataclass(frozen=True, slots=True)
class Scored:
    """A chosen key sentence (``text`` may be a clause-trimmed form of the sentence)."""

    index: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyword or keyphrase with its TextRank weight."""

    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class Statistic:
    """A quantity stated in the article: ``20.34万件`` → 203400.0 件."""

    text: str  # exact span as written
    value: float  # in base units (万/亿 applied, 万元 → 元)
    unit: str
    subject: str  # what is counted
    sentence_index: int
    start: int  # offsets into Article.body
    end: int


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a brief shows about one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    scores: tuple[float, ...]  # one per sentence
    summary: tuple[Scored, ...]  # document order, within the budget
    keywords: tuple[Keyword, ...]
    sections: tuple[Section, ...]  # one per sentence
    statistics: tuple[Statistic, ...]
    # the article as written when the stages read ``article``, its Simplified copy (same lengths, so same offsets);
    # None when they read the article itself
    written: Article | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be briefed, and why."""

    name: str
    message: str

    @property
    def reason(self) -> str:
        """Why, in a few words of Chinese for the digest's reader (``message`` stays for the operator)."""
        return next((reason for words, reason in _REASONS if any(w in self.message for w in words)), "无法处理")


# the digest's 未收录 list says in Chinese what the message says in English (the first match wins)
_REASONS = (
    (("is empty", "no records"), "内容为空"),
    (("no Chinese text", "looks like Japanese"), "无中文正文"),
    (("garbled",), "正文为乱码"),
    (("no article text found",), "无正文（仅有网页导航或版权信息）"),
    (("too large",), "文件过大"),
    (("took longer",), "处理超时"),
    (("calendar date",), "日期有误"),
    (("JSON", '"text"', "must be a string"), "记录格式有误"),
    (("made by brief",), "本工具生成的简报，不是文章"),
    (("a PDF file",), "PDF文件，不是文章文本"),
    (("image",), "图片文件，不是文章文本"),
    (("archive",), "压缩包，不是文章文本"),
    (("Office document",), "Office文档，不是文章文本"),
    (("an executable",), "程序文件，不是文章文本"),
    (("cannot decode", "byte-order mark", "binary data", "not an article", "not a regular file", "is a folder"),
     "不是可读的文章文件"),
    (("no such file", "cannot read", "permission denied"), "无法读取"),
)
