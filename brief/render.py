"""Briefing → bytes: one-page PDF, standalone HTML, email HTML, Markdown, plain text, JSON ("brief/1")."""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import json
import itertools
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .clean import lead_day
from .config import BriefConfig
from .errors import RenderError
from .models import Article, Briefing, SectionKind, Sentence, Statistic
from .segment import (ELLIPSIS, LINE_ENDS, PLACED, bare_line, bigrams, containment, occurrences, title_copies,
                      trailing_off)
from .sides import foreign_only
from .speakers import (COMMENTARY_VOICE, PERSON_TITLES, QUESTION_PUT, attributions, in_voice, leans_back,
                       name_speaker, opinion_voice, points_back, protocol, read_alone, reporters_trip, requires, slogan,
                       speaker, unsaid_quoted)
from .stats import (ONE_CASE, WEAK_UNITS, conditioned, moved_from, distinguishing_name, numeral_value, only_a_verb,
                    organises, owner, counted_owner, elsewhere, one_of, ordinary_people, period, shared_measure,
                    shown_figure, shown_subject, topic, trivial)
from .written import Written

log = logging.getLogger(__name__)

FORMATS = ("pdf", "html", "email", "md", "txt", "json")
TEMPLATES = {"pdf": "briefing.html.j2", "html": "briefing.html.j2", "email": "email.html.j2",
             "md": "briefing.md.j2", "txt": "briefing.txt.j2"}
NUMERALS = "一二三四五六七八九十"
SECTION_HEADINGS = (  # (kind, heading, list name in the fit limits)
    (SectionKind.BACKGROUND, "背景情况", "background"),
    (SectionKind.ACTIVITIES, "主要活动", "activities"),
    (SectionKind.STATISTICS, "数据要点", "stats"),
    (SectionKind.FUTURE_PLANS, "下一步工作", "plans"),
)
ABROAD_PLANS = "后续动向"  # the plans heading of a story of other countries: what is to come there, not our next work
# a commentary's headings: what it argues and what it looks forward to, not activities held and work to come
OPINION_HEADINGS = {"activities": "主要观点", "plans": "展望"}
# the sections told as lists of sentences (statistics is a table of facts)
_LISTED_KINDS = frozenset(kind for kind, _heading, _name in SECTION_HEADINGS if kind is not SectionKind.STATISTICS)
# Most items a brief shows per list before any fitting (RENDERING.md §3: cap early, the fit loop is a net).
LIMITS = {"points": 6, "keywords": 8, "background": 3, "activities": 4, "stats": 9, "plans": 4}
ITEM_CHARS = 150  # a section item longer than this is shortened at a clause boundary
STATS_COLUMNS = 3
JSON_SCHEMA = "brief/1"


# ---------------------------------------------------------------------------- templates


def template_dir() -> Path:
    """brief/templates in an installed wheel; the top-level templates/ in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "briefing.html.j2").is_file():
            return candidate
    raise RenderError(f"templates not found in {here / 'templates'} or {here.parent / 'templates'}")


def template_dirs(cfg: BriefConfig | None = None) -> tuple[Path, ...]:
    """The user's template directory (``cfg.templates``) first, then the package's own."""
    user = getattr(cfg, "templates", None) if cfg is not None else None
    dirs = [] if user is None else [Path(user).resolve()]
    if dirs and not dirs[0].is_dir():
        raise RenderError(f"template directory {dirs[0]} does not exist")
    return (*dirs, template_dir())


def _autoescape(name: str | None) -> bool:
    # Markdown, text and the CSS (which only receives numbers and validated branding) are not HTML.
    return not (name or "").endswith((".md.j2", ".txt.j2", ".css"))


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs, so a cold start skips compiling them; a cache that cannot be
    read or written is no error: the template is compiled as without one."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _template_cache(directory: str | None = None) -> jinja2.BytecodeCache | None:
    """Jinja's cache in a private folder of the temp directory (a changed template is compiled again)."""
    try:
        return _TemplateCache(directory)
    except (OSError, RuntimeError):  # no usable temp directory: compile every time
        return None


@functools.cache
def _environment(dirs: tuple[Path, ...]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_template_cache(),
    )
    env.filters["md"] = _markdown_escape
    return env


def render_template(name: str, context: dict[str, Any], cfg: BriefConfig) -> str:
    """Render one template (a user template folder first); Jinja errors become RenderError, and so does what a user's
    template raises ({{ 1/0 }}, a file that is not UTF-8); brief's own templates raising is a bug, shown as one."""
    try:
        return _environment(template_dirs(cfg)).get_template(name).render(context)
    except jinja2.TemplateError as err:
        raise RenderError(f"template {name}: {err}") from err
    except UnicodeDecodeError as err:
        raise RenderError(f"template {name} (or one it includes) is not UTF-8 text") from err
    except (ArithmeticError, AttributeError, LookupError, OSError, RecursionError, TypeError, ValueError) as err:
        if getattr(cfg, "templates", None) is None:
            raise
        raise RenderError(f"template {name}: {type(err).__name__}: {err}") from err


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~]|!(?=\[))")  # ! only opens an image (![…]): YES!IC stays as written


def _markdown_escape(text: Any) -> str:
    """Backslash-escape ASCII punctuation Markdown would interpret, so article text stays text."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


# ---------------------------------------------------------------------------- view model


@dataclass(frozen=True, slots=True)
class Item:
    """One line of a list in the brief: ``rank`` 0 is the best, ``index`` the sentence."""

    rank: int
    index: int
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One cell of the 数据要点 table."""

    rank: int
    text: str  # as written in the article
    subject: str
    sentence_index: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Content:
    """Everything a brief can show, each list ranked best first (limits are applied later)."""

    title_main: str
    title_sub: str
    meta: tuple[tuple[str, str], ...]
    date_label: str
    attribution: str
    points: tuple[Item, ...]
    keywords: tuple[str, ...]
    lists: dict[str, tuple[Any, ...]]  # background / activities / plans: Item; stats: Fact
    original: tuple[tuple[Item, ...], ...]
    sentence_count: int
    title_words: tuple[str, ...] = ()  # words of the text found in the main title: a title line never splits one
    abroad: bool = False  # a story of other countries alone (``sides.foreign_only``): what is next there, not our work
    commentary: bool = False  # a commentary or signed article (``opinion_voice``): its views and outlook, no work done


def split_title(title: str, subtitle: str | None = None) -> tuple[str, str]:
    """Split a long title at ——  into 主标题 and 副标题."""
    main, sep, sub = title.strip().partition("——")
    if sep and main.strip() and sub.strip() and main.count("“") <= main.count("”"):  # not inside “茶和天下——…”
        return main.strip(), sub.strip().lstrip("—")
    return title.strip(), (subtitle or "").strip()


def shorten(text: str, limit: int = ITEM_CHARS) -> str:
    """Keep whole sentences; shorten only past ``limit`` characters, at a clause boundary: a ；, else a ， or ：, else a
    、 (a cut inside a list may leave a modifier without its noun: 更多具有前瞻性、牵引性的产业)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    for marks, ending in (("；", "。"), ("，：", "……"), ("、", "……")):
        cut = max(text.rfind(mark, 0, limit) for mark in marks)
        if cut >= limit // 3:
            if ending == "。" and _LIST_HEAD.search(text, 0, text.index("；")):
                ending = "……"  # 不合格样品2批次，为A…；B…: items of a list it announces, not a statement of its own
            return text[:cut] + ending
    return text  # no clause boundary: the fit loop drops the whole item rather than cut it


_LIST_HEAD = re.compile(r"[：:]|[，,](?:为|分别为|分别是|包括|即)")  # what announces the items a ； parts


TITLE_REM, SUBTITLE_REM = 1.5, 1.1  # as in style.css
TITLE_MIN_REM, SUBTITLE_MIN_REM = 1.2, 0.9
_TITLE_BREAKS = "，、：；—　 "


_NARROW = re.compile("[\x00-\u1fff]")  # Latin letters, digits, ASCII punctuation


def text_em(text: str) -> float:
    """Approximate width in em: CJK and full-width characters 1, ASCII about .55."""
    return len(text) - 0.45 * len(_NARROW.findall(text))


def fit_title(main: str, sub: str, grid_em: int, words: Sequence[str] = ()) -> dict[str, Any]:
    """Font sizes and line breaks that keep a title off a one-character last line (RENDERING.md §2.2).

    One line when it fits at a size no smaller than TITLE_MIN_REM; otherwise two lines broken at
    a comma or 、 near the middle (the 公文 trapezoid), else between two of ``words`` (``_plain_break``).
    """
    result: dict[str, Any] = {"main_rem": None, "main_lines": [main], "sub_rem": None}
    width = text_em(main)
    if width * TITLE_REM > grid_em:
        if width * TITLE_MIN_REM <= grid_em:
            result["main_rem"] = math.floor(grid_em / width * 20) / 20
        else:
            middle, best = len(main) / 2, None
            for i, ch in enumerate(main[:-1]):
                if ch in _TITLE_BREAKS and abs(i + 1 - middle) <= len(main) / 4:
                    if best is None or abs(i + 1 - middle) < abs(best - middle):
                        best = i + 1
            packed = _pack_parts(main.split(), grid_em / TITLE_REM)
            if best is not None and max(text_em(main[:best]), text_em(main[best:])) * TITLE_REM <= grid_em:
                result["main_lines"] = [main[:best], main[best:].lstrip()]
            elif packed and len(packed) <= 3:
                result["main_lines"] = packed  # 引题 主题 副题 run together with spaces: a line each, not broken in a word
            elif width * TITLE_REM > 2 * grid_em:
                result["main_rem"] = TITLE_MIN_REM  # three lines or more at full size: take less of the page
            elif (cut := _plain_break(main, grid_em / TITLE_REM, words)) is not None:
                result["main_lines"] = [main[:cut], main[cut:]]
    sub_width = text_em("——" + sub) if sub else 0.0
    if sub_width * SUBTITLE_REM > grid_em and sub_width * SUBTITLE_MIN_REM <= grid_em:
        result["sub_rem"] = math.floor(grid_em / sub_width * 20) / 20
    return result


def _plain_break(title: str, line_em: float, words: Sequence[str] = ()) -> int | None:
    """Where a two-line title with no comma breaks: near the middle, both lines within ``line_em``, never inside a
    number or a Latin word nor between a number and its measure (…签约仪式19 / 日在曼谷举行) nor after an opening mark
    (…重要文章《 / 在…) nor inside one of ``words`` (扎波罗热核 / 电站), best before a word that opens a phrase (在, 与,
    和…) or after 的, and not inside 《…》 or “…” when a place near the middle is outside. None when no place does."""
    middle, best = len(title) / 2, None
    inside = {k for word in words for at in occurrences(title, word) for k in range(at + 1, at + len(word))}
    quoted = {k for m in _BOOK_TITLE.finditer(title) for k in range(m.start() + 1, m.end())}
    for k in range(1, len(title)):
        before, after = title[k - 1], title[k]
        if ((before.isascii() and (before.isalnum() or before in "-.")) or after in _NO_LINE_START or before in _NO_LINE_END
                or k in inside):
            continue
        if max(text_em(title[:k]), text_em(title[k:])) > line_em:
            continue
        cost = (abs(k - middle) - (3 if after in _PHRASE_OPENERS or before == "的" else 0)
                + (5 if k in quoted else 0))
        if best is None or cost < best[0]:
            best = (cost, k)
    return best[1] if best else None


_NO_LINE_START = frozenset("%％）)》”’、，。：；！？")
_NO_LINE_END = frozenset("《（(“‘【")  # an opening mark goes down with what it opens: …重要文章 / 《在二十届…》
_BOOK_TITLE = re.compile(r"《[^《》]{1,40}》|“[^“”]{1,20}”")  # broken inside only when no place outside does
_PHRASE_OPENERS = frozenset("在与和及同向对为将并暨")


def _pack_parts(parts: list[str], line_em: float) -> list[str] | None:
    """The title's space-separated parts packed into as few lines of ``line_em`` as they fill, or None when there is
    only one part or a part is longer than a line."""
    if len(parts) < 2 or any(text_em(part) > line_em for part in parts):
        return None
    lines = [parts[0]]
    for part in parts[1:]:
        if text_em(lines[-1] + " " + part) <= line_em:
            lines[-1] += " " + part
        else:
            lines.append(part)
    return lines


# 但/然而/不过/可是 open a sentence that answers one left out of the brief: shown alone, the word only puzzles
# (a bare 但是 stays before a word and a comma: 但是实施，还有… would read 实施，还有…)
_CONTRAST = re.compile(r"^(?:(?:但是|然而|不过|可是)[，,]\s*|(?:但是(?!否)|但(?![愿凡是]))(?![\u4e00-\u9fff]{1,2}[，,]))")
# 一是/第二，/（三）/首先，… number the items of a list the brief shows only some of: 一是… then 三是… reads as a gap
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,、]|[（(][一二三四五六七八九十]{1,2}[）)]|"
    r"[一二三四五六七八九十]{1,2}、|(?:首先|其次|再次|最后)[，,]|\d{1,2}[.．、](?!\d)|——|—(?!—))\s*(?![一二三四五六七八九十、])"
)  # —— and — open items of a list too (——银行机构要强化…)


# a sentence that announces a list the next one tells: …聚焦5个重点。 具体要做到“三个如”。 主要有以下几点：
_ANNOUNCES = re.compile(r"(?:[一二三四五六七八九十两几\d]{1,2}(?:个|项|点|条|方面)[^，。；：]{0,8}|如下|以下[^，。；：]{0,6})[”」]?[。：:]$")
# a list item told as a short heading of its own (一是提高利用外资质量。 / 第二，完善机制。 / （三）强化保障 / 3.不准…),
# and its number; the first item may close the sentence that announces the list (…三点原因：一是…。), or follow
# whoever tells it (《意见》强调，一要确保国家粮食安全，…)
_NUMBERED = re.compile(r"(?:(?P<shi>[一二三四五六七八九十]{1,2})是|(?P<yao>[一二三四五六七八九十]{1,2})要"
                       r"|第(?P<di>[一二三四五六七八九十]{1,2})[，,、]"
                       r"|[（(](?P<paren>[一二三四五六七八九十]{1,2})[）)]|(?P<arabic>\d{1,2})[.．、](?!\d))")
_TELLER = re.compile(r"[^，,。；;]{1,20}?(?:强调|指出|提出|要求|表示|说|介绍)[，,]")  # 《意见》强调，一要…; 尹蔚民说，第一，…
_HEADING_MAX = 30  # characters of a list item that is a heading, not a paragraph
_LIST_MIN = 3  # items
_PAIR_MIN = 2  # items of a list told 一是…。二是…。, a form no text uses but for a list
_PAIR_FORMS = frozenset({"shi", "yao"})
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")


def _numbered_runs(sentences: Sequence[Sentence]) -> list[tuple[list[tuple[Sentence, str]], str | None]]:
    """Numbered lists, each whole, and their form (shi: 一是, yao: 一要, di: 第一，, paren: （一）, arabic: 1.). Items are
    (the sentence that opens one, the item's text from its number on), numbered from 1 in one form with no number
    skipped, at least ``_LIST_MIN`` of them (``_PAIR_MIN`` told 一是…二是… or 一要…二要…).
    Only the first item may follow a colon, whoever tells the list or a comma (…三点原因：一是…。 《意见》强调，一要…
    …整治提升，一是…)."""
    runs: list[tuple[list[tuple[Sentence, str]], str | None]] = []  # (items, form)
    run: list[tuple[Sentence, str]] = []
    form = None
    for sentence in sentences:
        text = sentence.text
        colon = max(text.rfind("："), text.rfind(":"))
        teller = _TELLER.match(text)
        match = (_NUMBERED.match(text) or (_NUMBERED.match(text, colon + 1) if colon > 0 else None)
                 or (_NUMBERED.match(text, teller.end()) if teller else None) or _first_after_comma(text))
        if match is None:
            continue
        kind = match.lastgroup
        number = int(numeral_value(match[kind]) or 0)
        item = (sentence, text[match.end():])
        if number == len(run) + 1 and (not run or kind == form) and (match.start() == 0 or number == 1):
            run.append(item)
        else:
            runs.append((run, form))
            run = [item] if number == 1 else []
        form = kind
    runs.append((run, form))
    return [(run, kind) for run, kind in runs if len(run) >= (_PAIR_MIN if kind in _PAIR_FORMS else _LIST_MIN)]


def _first_after_comma(text: str) -> re.Match[str] | None:
    """The first item of a list told 一是…/一要… after a comma of the sentence that announces it (…要求被检查单位…，认真做好
    整改，一是严格落实安全生产责任，…；二是…)."""
    found = _FIRST_AFTER_COMMA.search(text)
    return _NUMBERED.match(text, found.end()) if found else None


_FIRST_AFTER_COMMA = re.compile(r"[，,](?=一[是要])")


def _heading(item: str) -> bool:
    return len(item) <= _HEADING_MAX and not re.search(r"[，,；;：:]", item)


def numbered_headings(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """Lists told as numbered short headings (一是…。 … 六是…。, with the text of each item between them): the
    ``_numbered_runs`` whose every item is short and has no comma after its number."""
    return [[sentence for sentence, _item in run] for run, _kind in _numbered_runs(sentences)
            if all(_heading(item) for _sentence, item in run)]


def outlines(sentences: Sequence[Sentence]) -> list[tuple[list[Sentence], str]]:
    """Numbered lists whose items are paragraphs, each opening with a short clause that names it (一要确保国家粮食安全，
    抓好…。 二要确保不发生规模性返贫，…): (the items' sentences, the list told by those clauses: 《意见》强调，一要确保国家
    粮食安全；二要确保不发生规模性返贫；…。). A key point inside such a list is one of its items; the outline tells them all."""
    found = []
    for run, kind in _numbered_runs(sentences):
        if kind == "arabic" or all(_heading(item) for _sentence, item in run):
            continue  # steps and tips (1.…), whose first clauses name nothing; numbered_headings
        heads = [_naming_head(item) for _sentence, item in run]
        if all(2 <= len(head) <= _HEADING_MAX + _FRAMED_MORE * bool(_FRAMES_ITEM.match(item))
               for head, (_sentence, item) in zip(heads, run)):
            told = [sentence.text[: len(sentence.text) - len(item)] + head for (sentence, item), head in zip(run, heads)]
            found.append(([sentence for sentence, _item in run], "；".join(told) + "。"))
    return found


def _naming_head(item: str) -> str:
    """An outline item's first clause, or its first two where the first only frames it (会根据…的状况，把握调整的节奏)."""
    end = _CLAUSE_END.search(item)
    if end is None:
        return item
    if _FRAMES_ITEM.match(item) and item[end.start()] in "，,":
        second = _CLAUSE_END.search(item, end.end())
        head = item[: second.start()] if second else item
        return head if len(head) <= _HEADING_MAX + _FRAMED_MORE else item[: end.start()]
    return item[: end.start()]


# (围绕中心 names a task; 第三，将通过48v整机柜电源与全液冷结合的技术…: the means, not what is done)
_FRAMES_ITEM = re.compile(r"(?:会|将|要|应|应当|需要|必须)?(?:根据|按照|依据|依照|结合|针对|基于|通过|利用|依托|借助)")
_FRAMED_MORE = 15  # characters an item's head may run past _HEADING_MAX when its first clause only frames it


def _outline_span(sentences: Sequence[Sentence], run: Sequence[Sentence]) -> range:
    """The sentences that tell an outline's items: from its first item to its last, and on to the end of the last
    item's paragraph when the items are paragraphs of their own."""
    end = run[-1].index + 1
    if run[-1].paragraph != run[0].paragraph:
        while end < len(sentences) and sentences[end].paragraph == run[-1].paragraph:
            end += 1
    return range(run[0].index, end)


def _item_heads(sentences: Sequence[Sentence], run: Sequence[Sentence]) -> dict[int, str]:
    """The sentences that tell the items of a numbered list of headings (``numbered_headings``) → their item's heading
    from its number, without its end mark (一是提高利用外资质量): those up to the next item, in the item's paragraph;
    after the last item, as many as the item before it has (none when the items follow one another: 一是…。二是…。
    要继续…, a point of its own)."""
    heads = {}
    told = run[-1].index - run[-2].index - 1  # how many sentences tell the item before the last
    for k, item in enumerate(run):
        end = run[k + 1].index if k + 1 < len(run) else item.index + 1 + told
        colon = max(item.text.rfind("："), item.text.rfind(":"))  # …得益于三点原因：一是…: the item, not what announces it
        heading = item.text[colon + 1:].rstrip(LINE_ENDS)
        for j in range(item.index + 1, min(end, len(sentences))):
            if sentences[j].paragraph == item.paragraph:
                heads[j] = heading
    return heads


def agenda(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The items of a meeting's agenda, each a sentence of its own (会议听取推动自贸试验区建设提质增效工作汇报。
    会议研究深化…有关举措。 会议审议通过《…》。), when there are at least two; else none."""
    items = [s for s in sentences if (found := _AGENDA.match(s.text)) and "其他事项" not in found["what"]]
    return items if len(items) >= 2 else []


# a sentence that names an item of a meeting's agenda, and nothing more
_AGENDA = re.compile(r"会议(?:还|同时|并)?(?P<what>(?:听取|研究|审议通过|审议|讨论通过|讨论|部署)了?[^，,；;。！？]{4,80})。$")


def _join_quotations(ranked: list[Any], sentences: Sequence[Sentence], points_at: dict[int, tuple[int, str]]) -> list[Any]:
    """``ranked`` with the key points that are the sentences of one quotation, each chosen, made one point where the
    quotation opens (扎克伯格回应：“我今天就准备好了。 + 马斯克最初…没定下来。” → one point): two points would give
    the speaker twice and split what was said. ``points_at`` is updated."""
    chosen = {s.index: s for s in ranked}
    dropped: set[int] = set()
    for s in sorted(ranked, key=lambda s: s.index):
        text = sentences[s.index].text if 0 <= s.index < len(sentences) else ""
        if s.index in dropped or text.count("“") <= text.count("”") or s.text.endswith(ELLIPSIS):
            continue
        run, depth = [], text.count("“") - text.count("”")
        for j in range(s.index + 1, len(sentences)):
            if (j not in chosen or sentences[j].paragraph != sentences[s.index].paragraph
                    or chosen[j].text.endswith(ELLIPSIS)):
                break
            run.append(j)
            depth += sentences[j].text.count("“") - sentences[j].text.count("”")
            if depth <= 0:
                break
        if run and depth == 0:
            told = [_as_told(sentences[j].text.strip(), chosen[j].text) for j in run]
            head = s.text.rstrip()
            if head.endswith("”") and not text.rstrip().endswith("”"):
                head = head[:-1]  # 焦点说：“…了。”: the point closed the quotation its sentence leaves open
            points_at[s.index] = (s.index, finish(head + "".join(told)))
            dropped.update(run)
    return [s for s in ranked if s.index not in dropped]


def _join_items(ranked: list[Any], sentences: Sequence[Sentence], points_at: dict[int, tuple[int, str]]) -> list[Any]:
    """``ranked`` with a key point that is a clause split off at ； and leans on the one before it (``leans_back``:
    实现归母净利润7357.2万元…, 毛茶产值15.1亿元…), that one a key point too, told in that point (…公司实现营业收入78.42
    亿元，同比下降2.26%；实现归母净利润…。): alone it has no subject, and the run is one statement. ``points_at`` is
    updated; a point trimmed to fit (…) takes nothing after it."""
    chosen = {s.index for s in ranked}
    into: dict[int, int] = {}  # a joined item → the point it is told in
    for s in sorted(ranked, key=lambda s: s.index):
        before = s.index - 1
        if (before not in chosen or not 0 < s.index < len(sentences) or points_back(sentences, s.index)
                or not leans_back(sentences, s.index)):
            continue
        head = into.get(before, before)
        at, text = points_at[head]
        if text.endswith(ELLIPSIS) or not text.endswith("。"):
            continue
        points_at[head] = (at, text[:-1] + "；" + points_at[s.index][1])
        into[s.index] = head
    return [s for s in ranked if s.index not in into]


def _tell_announced(ranked: Sequence[Any], sentences: Sequence[Sentence], points_at: dict[int, tuple[int, str]],
                    outlined: Sequence[tuple[range, str]], listed: set[int]) -> set[int]:
    """Make a key point that announces a list (…发言，聚焦5个重点。) tell the list that follows it in its paragraph (：一是…，
    二是…), or the outline of a list of paragraphs, unless the list is shown already (``listed``); ``points_at`` is
    updated. A point right before an outline in its paragraph tells it too, announced or not (习近平强调，…希望…努力展现
    新作为：一是强化政治引领；二是…；三是…。). Returns the sentences the points now tell."""
    told_after: set[int] = set()
    for s in sorted(ranked, key=lambda s: s.index):
        at, text = points_at[s.index]
        following = s.index + 1
        opens = _NUMBERED.match(sentences[following].text) if following < len(sentences) else None
        outline = next(((span, told) for span, told in outlined if span[0] == following), None)  # 一要…，即…。 二要…
        if (s.index not in told_after and opens and opens.lastgroup != "arabic" and following not in listed
                and sentences[following].paragraph == sentences[s.index].paragraph
                and (outline or _ANNOUNCES.search(text))):
            span, told = outline or (range(following, following + 1), sentences[following].text)
            points_at[s.index] = (at, finish(text.rstrip("。：:") + "：" + told))
            told_after |= set(span)
    return told_after


# a report of what a leader or a meeting said: 习近平在…时强调, …座谈会在京召开, 蔡奇在山西调研
_SPEECH_TITLE = re.compile(r"强调|指出|讲话|考察|调研|座谈|会议")


def _attendance_kept(chosen: list[Sentence], limit: int) -> list[Sentence]:
    """``chosen`` with its first line of who attended or presided (全国政协主席汪洋出席。) moved into the ``limit``-th
    place: sorted after what was done, it fell past the cap every time, and who stood at an event is what an
    official reads its weight by."""
    # (the first the text tells: it names the highest office first, 汪洋出席 before 张庆黎主持开幕会)
    attended = min((s for s in chosen if len(s.text) <= _ATTENDANCE_CHARS and _ATTENDANCE.fullmatch(s.text)),
                   key=lambda s: s.index, default=None)
    if attended is None or chosen.index(attended) < limit:
        return chosen
    rest = [s for s in chosen if s is not attended]
    return [*rest[: limit - 1], attended, *rest[limit - 1:]]


# one clause of names and offices, then who attended or presided (not who sat in or came along: 王毅参加会议。 in a
# story of the head of state's is his suite)
_ATTENDANCE = re.compile(r"(?:[^，,。；;“”]{2,40}[，,]){0,8}[^，,。；;“”]{2,}?(?:出席|主持)"
                         r"(?:会议|活动|仪式|开幕式|开幕会|闭幕会|会见|会谈)?。")  # (a roll: 王沪宁，…蔡奇，…丁薛祥出席。)
_ATTENDANCE_CHARS = 160


def _asked_for(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` states a requirement (要…, 必须…) that someone is named as stating (习近平强调，…要…; 全党同志要…
    after his statement, ``read_alone``): in a speech, what the officials reading the brief are to do."""
    sentence = sentences[i]
    return requires(sentence) and (speaker(sentence) is not None or read_alone(sentences, i) != sentence.text)


def _introduce_speakers(ranked: Sequence[Any], sentences: Sequence[Sentence], points_at: dict[int, tuple[int, str]],
                        title: str) -> None:
    """Give the first key point (in document order) that opens with a person's bare name and a verb of saying (何维表示，…)
    the office the text names him with (农工党中央主席何维), unless the title or an earlier point names him; a reader
    of the points alone would not know him. ``points_at`` is updated."""
    named = title
    persons: set[str] | None = None  # the names jieba tags, and the text, read when a point opens with a name
    for s in sorted(ranked, key=lambda s: s.index):
        at, text = points_at[s.index]
        bare = _BARE_SPEAKER.match(text)
        if bare and persons is None:
            persons = {t for s in sentences for t, tag in zip(s.tokens, s.tags) if tag.startswith("nr") and len(t) >= 2}
        if bare and bare["name"] in persons and bare["name"] not in named:
            office = next(filter(None, (_office_before(before, bare["name"]) for before in sentences)), "")
            if office:
                text = office + text
                points_at[s.index] = (at, text)
        named += text


# 何维表示, 何维代表…致辞, 刘云山在贺信中说
_BARE_SPEAKER = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:代表[^，。]{0,20}|在[^，。]{1,12}?[中上时])?(?:表示|指出|强调|说|介绍|认为|提出|致辞)")


def _office_before(sentence: Sentence, name: str) -> str:
    """The offices ``sentence`` names ``name`` with, all of them (中共中央政治局常委、中央书记处书记刘云山; 农工党中央主席何维):
    the words (``_in_office``) and 、 right before the name, when they end with an office; "" otherwise."""
    tokens, tags = sentence.tokens, sentence.tags
    for k, token in enumerate(tokens):
        if token != name:
            continue
        start = k
        while start > 0 and (tokens[start - 1] == "、" or _in_office(tags[start - 1])
                             or tokens[start - 1] in _JOINED_ORGANS and start > 1 and _in_office(tags[start - 2])):
            start -= 1  # (中央/n 和/c 国家机关/n 工委书记: two organs joined)
        while start < k and tokens[start] == "、":
            start += 1
        office = "".join(tokens[start:k])
        if office.endswith(PERSON_TITLES) and len(office) <= _OFFICE_CHARS and not office.endswith(_NOT_OFFICES):
            return office
    return ""


def _in_office(tag: str) -> bool:
    """Whether a word of this tag may be part of an office (国防部/nt 新闻/n 发言人/l; 副/b 主任/b; 研究/vn 中心/n): not a
    verb, a function word, a time or punctuation, nor another person's name (何维、民盟中央主席丁仲礼)."""
    return tag == "eng" or not (tag.startswith(("nr", "x")) or tag[:1] in _NOT_OFFICE_TAGS
                                or (tag[:1] == "v" and tag != "vn"))


_NOT_OFFICE_TAGS = frozenset("pucdryeotmwz")
_OFFICE_CHARS = 40
_JOINED_ORGANS = ("和", "与", "及")
_NOT_OFFICES = ("先生", "女士", "村民", "市民", "游客", "专家", "官员")  # titles of PERSON_TITLES that are no office


def _as_told(sentence: str, point: str) -> str:
    """A sentence inside a quotation as the quotation tells it, with what its key point added after it (…。”焦点说。),
    not what the point put before it (焦点说：“…)."""
    tail = sentence[-_TAIL_CHARS:]
    at = point.find(tail) if len(tail) == _TAIL_CHARS else -1
    return sentence + point[at + _TAIL_CHARS:] if at >= 0 else sentence


_TAIL_CHARS = 8  # the end of a sentence that finds it again inside its key point


def finish(text: str) -> str:
    """A trimmed clause ends like a sentence (a trailing ，；、： becomes 。), quotation marks pair up, and an
    opening 但/然而/不过/可是 or list number or dash (一是, 第二，, （三）, ——) goes.

    A quotation can run over several sentences; one shown alone would open a quote it never closes
    (他说道：“坦率地说，…。) or close one it never opened (…有所反应。”).
    """
    text = text.strip()
    bare = _CONTRAST.sub("", _ENUMERATOR.sub("", text, count=1), count=1)
    if len(bare) >= 8:
        text = bare
    if text and text[-1] in "，；、：,;:":
        text = text[:-1] + "。"
    depth = unopened = 0
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
            else:
                unopened += 1
    if unopened and text.endswith("”"):
        text = text[:-1]
    elif depth and not unopened:
        text += "”" * depth
    return text


_QUOTATION_SENTENCES = 3  # sentences after the one that opens a quotation that a section item takes to close it


def _dangles(sentences: Sequence[Sentence], sentence: Sentence, anchors: set[int]) -> bool:
    """Whether ``sentence`` leans on the sentence before (``leans_back``: 其中…, 这也是…, a clause split off at ；) and
    that one is not among ``anchors``."""
    return sentence.index - 1 not in anchors and leans_back(sentences, sentence.index)


def _numbered_next(before: Sentence, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the item of a list numbered in its sentences (一是…。二是…。) right after ``before``'s."""
    this, that = _NUMBERED.match(sentence.text), _NUMBERED.match(before.text)
    if this is None or that is None or this.lastgroup != that.lastgroup or this.lastgroup == "arabic":
        return False
    return numeral_value(this.group(this.lastgroup)) == (numeral_value(that.group(that.lastgroup)) or -1) + 1


def _after_anchors(picked: list[Sentence], sentences: Sequence[Sentence]) -> list[Sentence]:
    """``picked`` in rank order with an item that leans on the one before it (届时…), or goes on with its numbered list
    (二是… after 一是…), ranked right after that one: a page that shows fewer items never shows it without its anchor."""
    by_index = {s.index: s for s in picked}
    leaning = {s.index for s in picked if s.index - 1 in by_index
               and (leans_back(sentences, s.index) or _numbered_next(sentences[s.index - 1], s))}
    ordered: list[Sentence] = []
    for s in picked:
        if s.index in leaning:
            continue  # placed after its anchor
        ordered.append(s)
        follower = s.index + 1
        while follower in leaning:
            ordered.append(by_index[follower])
            follower += 1
    return ordered


def _quotation_rest(sentences: Sequence[Sentence], i: int) -> list[int]:
    """The sentences, in ``i``'s paragraph, that close a quotation sentence ``i`` leaves open (“如果速战速决，我可能会赢，”
    他写道，“如果时间长，…。 + 我个头要大得多…。”); none when they do not close it within ``_QUOTATION_SENTENCES``."""
    depth = sentences[i].text.count("“") - sentences[i].text.count("”")
    rest = []
    for j in range(i + 1, min(i + 1 + _QUOTATION_SENTENCES, len(sentences))) if depth > 0 else ():
        if sentences[j].paragraph != sentences[i].paragraph:
            break
        rest.append(j)
        depth += sentences[j].text.count("“") - sentences[j].text.count("”")
        if depth <= 0:
            return rest
    return []


def _unsaid_opening(sentences: Sequence[Sentence], i: int, opened_by: dict[int, int]) -> bool:
    """Whether sentence ``i`` opens a quotation it leaves open (“这次我们到…。 + …的勇气和力量。”) and nothing names who said
    it, neither before it in the sentence nor after the sentence that closes it: someone's words, shown as no one's."""
    text = sentences[i].text.lstrip()
    if not text.startswith("“") or "”" in text or read_alone(sentences, i) != sentences[i].text:  # (“…，”他写道，“…: said)
        return False
    rest = _quotation_rest(sentences, i)
    closed = rest and sentences[rest[-1]].text.rstrip().endswith(("”", "。”", "！”", "？”"))
    return not rest or (rest[-1] not in opened_by and bool(closed))


def _reports(text: str) -> bool:
    """Whether a sentence can stand in a section list: not empty, no question (a reporter's or a headline's:
    中方将为维护全球粮食安全作出哪些努力？ is neither a plan nor an act; 问：… however it ends), no teaser of what the
    sentences after it tell (…进出口主要呈现三个特点。: which, the list does not say)."""
    return (bool(text.strip()) and not text.rstrip("”’」』）) ").endswith(("？", "?"))
            and not QUESTION_PUT.match(text) and not _TEASER.search(text))


# a sentence that only announces what the ones after it tell: …主要呈现三个特点。, …有以下几个亮点：
_TEASER = re.compile(r"(?:呈现|有|具有|体现在|包括|表现为|突出)(?:以下|如下)?[一二三四五六七八九十两几\d]*(?:个|大|点|方面的?)?"
                     r"(?:特点|特征|亮点|变化|看点|趋势)[。：:]$")


def _dialogue(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i`` is a line of dialogue: a short whole quotation that no one is named as saying (“收到，
    立即整改！”; “请跟我读，l-i-àn，练。”), a scene, not an item of a section."""
    text = sentences[i].text.strip()
    return (len(text) <= _DIALOGUE_CHARS and text.startswith("“") and text.endswith("”") and text.count("“") == 1
            and read_alone(sentences, i) == sentences[i].text)


_DIALOGUE_CHARS = 30


def _date_label(date: str | None) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    if not match:
        return ""
    year, month, day = match.groups()
    return f"{year}年{int(month)}月{int(day)}日"


def _told_apart(sentences: Sequence[Any], stats: Sequence[Any], proper: bool = True,
                subjects: Sequence[str] | None = None) -> list[str]:
    """The shown subject of each row; where rows share one and two or more of them name different owners, each of those
    named with whose or where its figure is (德国居留许可, 西班牙居留许可); rows that still read the same, each with the
    nearest name of its sentence the others lack (安庆大观现代物流园投资, 芜湖三山综合物流园投资). Without ``proper``,
    only names the clause's structure gives (调味品不合格样品; no owner nor a place found in the sentence): what tells
    facts apart as different things, not the same figure told again. ``subjects``: the rows' ``shown_subject``, when
    the caller has them."""
    if subjects is None:
        subjects = [shown_subject(sentences, stat) for stat in stats]
    rows = collections.Counter(subjects)
    owners = [owner(sentences, stat) if proper and rows[subject] > 1 else "" for stat, subject in zip(stats, subjects)]
    owned = collections.Counter((subject, who) for who, subject in zip(owners, subjects) if who)
    owning = collections.Counter(subject for who, subject in zip(owners, subjects) if who)
    told = [who + subject if who and who not in subject and owned[subject, who] == 1 and owning[subject] > 1
            else subject for who, subject in zip(owners, subjects)]
    groups: dict[str, list[int]] = {}
    for k, shown in enumerate(told):
        groups.setdefault(shown, []).append(k)
    for subject, same in groups.items():  # rows that still read the same: each with the nearest name that tells it apart
        if not 2 <= len(same) <= _NAMED_GROUP:
            continue  # more rows of one subject than a table shows are one thing told many times: no names sought
        names = [distinguishing_name(sentences, stats[k], subject, [stats[j] for j in same], proper) for k in same]
        if proper and not (all(names) and len(set(names)) == len(names)):
            # a row named, its twin bare: only a name the clause's structure gives (调味品不合格样品 beside the total's
            # 不合格样品); a place named somewhere in the sentence (希腊等地中海国家…) may be no more its than the twin's
            names = [distinguishing_name(sentences, stats[k], subject, [stats[j] for j in same], proper=False)
                     for k in same]
        for k, name in zip(same, names):
            if name and names.count(name) == 1:
                told[k] = name + subject
    return told


def of_topic(sentences: Sequence[Any], stat: Any, subject: str) -> str:
    """A row's subject with the place or organisation its clause is about, where the subject leaves it out: a figure of
    one place or one firm (广东当年养老保险金支出仅为1679亿元) does not read as the whole's."""
    if subject and (when := period(sentences, stat)) and when not in subject:
        subject = when + subject  # 前三季度产值: a figure of some months does not read as a year's
    who = topic(sentences, stat)
    if (not who or not subject or who in subject or (len(who) > 2 and who[:-1] in subject and who[-1] in "省市县区")
            or _COUNTRIES.match(subject)):  # 140多个国家和地区: no country is one place's (国家级… is)
        return subject
    shared = next((n for n in range(min(len(who), len(subject)), 1, -1) if who.endswith(subject[:n])), 0)
    return who + subject[shared:]  # 安庆物流园 and 物流园占地面积: 安庆物流园占地面积


def _befell(sentences: Sequence[Any], stat: Any, subject: str) -> str:
    """A row's count of people with what befell them, when a verb of harm ends the clause right after them (约140名
    警察受伤 → 警察受伤): the count is of the injured, not of the police."""
    if stat.unit not in ("人", "名", "人次") or not subject or not 0 <= stat.sentence_index < len(sentences):
        return subject
    sentence = sentences[stat.sentence_index]
    after = _BEFELL.match(sentence.text, max(stat.end - sentence.start, 0))
    return subject + after["harm"] if after and after["who"].endswith(subject) else subject


_BEFELL = re.compile(r"(?P<who>[^，。；、,;]{1,12}?)(?P<harm>受伤|死亡|遇难|丧生|身亡|罹难|伤亡|失踪|获救|被捕|被困|感染|确诊|"
                     r"住院|中毒|获释|落水)(?=[，。；、,;！]|$)")


_COUNTRIES = re.compile(r"国家(?!级)|地区|世界")


def _moved(sentences: Sequence[Any], stat: Any, subject: str, first: Any) -> str:
    """A row's subject with the amount its figure moved from (水位由164.17米降至 | 156.88米), in words of the direction
    whatever verb the text uses (消落至, 飙升至); things counted one by one grow and shrink (充电枪由4个增至 | 20个)."""
    marks = re.search(r"(?:（[^（）]{1,12}）)+$", subject)  # 西宁到成都（预计）, 旅客数量（每周）: the move goes before the marks
    head, tail = (subject[: marks.start()], marks.group()) if marks else (subject, "")
    if first is not None and first.subject and _PER_SPAN_WORD.fullmatch(head):
        head, tail = first.subject, f"（{head}）{tail}"  # 班列开行规模从每月3.5列增长到日均17列: not 日均由3.5列增至
    if first is None or not head or "（" in head or first.value == stat.value:
        return subject
    counted = stat.unit in _COUNTED_ONE_BY_ONE or stat.unit in _SAME_COUNT or stat.unit == "人"
    verb = ("增至" if counted else "升至") if stat.value > first.value else ("减至" if counted else "降至")
    return f"{head}由{shown_figure(sentences, first)}{verb}{tail}"


_COUNTED_ONE_BY_ONE = frozenset("个件起架艘辆台家所座条项次场批处栋间支队只头株棵张本部篇款列门户")
_PER_SPAN_WORD = re.compile(r"每一?[天日周月年]|[日周月年]均")  # a subject that only says how the figure is counted
_NAMED_GROUP = 30  # most rows of one subject named apart (each name is sought against every other row's text)
_RANGE = re.compile(r"[～~〜至到—–-]")  # a figure written as a range (80～150毫米), valued at its lower bound


def _fact_salience(stat: Any) -> int:
    """2 for money, rates and amounts of ten thousand or more; 1 for hundreds; 0 for small counts."""
    if stat.unit in ("元", "%", "个百分点") or stat.value >= 1e4:
        return 2
    return 1 if stat.value >= 100 else 0


_SAME_COUNT = {"名": "人", "位": "人"}  # measure words of people, one count
# rates, shares, readings and scores: two of them often coincide (0.5% of two price indices, 30摄氏度, 100分); a
# multiple (3.7倍) is mostly one comparison, told in the headline and again in the text
_COINCIDING_UNITS = frozenset({"%", "‰", "个百分点", "成", "折", "摄氏度", "℃", "度", "华氏度", "分"})


def _number_written(stat: Any) -> str:
    """A fact's number as written, without its unit (上千 of 上千人 and of 上千名)."""
    return stat.text[: -len(stat.unit)] if stat.unit and stat.text.endswith(stat.unit) else stat.text


def _told_again(stat: Any, shown: Any) -> bool:
    """Whether ``stat`` tells again, in another sentence, the count ``shown`` gives, whatever the subject says (18支代表团,
    then 18支代表队; 4名救援人员, then 4人快速抓住…): the same number written alike (not 近百米 and 百余米), of 2 or
    more; not a rate or a reading (0.5% of two price indices) nor one of a thing (1名男子, then 1名以色列警察)."""
    return (stat.sentence_index != shown.sentence_index and stat.unit not in _COINCIDING_UNITS and stat.value >= 2
            and _number_written(stat) == _number_written(shown))


_QUALIFIED = re.compile(r"^(?:不少于|不低于|至少|超过|将近|不足|不到|近|约为|约|超|逾)")
_NUMERAL_CHARS = frozenset("0123456789.,零〇一二两三四五六七八九十百千万亿")  # before a figure: the end of another one
_ONE_CHARACTER_THINGS = frozenset("省市县区乡镇村国人户钱水粮车船")  # 途经17个省: a subject of one character that says it
_CONVERTED = re.compile(r"[（(](?:约合|折合|合)(?:人民币|美元)?约?$")  # a bracket that gives an amount in another currency


def converted(sentences: Sequence[Sentence], stat: Statistic) -> bool:
    """Whether ``stat`` gives the amount before it again in another currency (662亿美元（约合人民币4773亿元））."""
    if not 0 <= stat.sentence_index < len(sentences):
        return False
    sentence = sentences[stat.sentence_index]
    return _CONVERTED.search(sentence.text, 0, max(stat.start - sentence.start, 0)) is not None
_AGE_MEASURED = re.compile(r"平均|年龄|寿命|退休")  # 女干部55岁 in a sentence of 退休年龄: a legal age
# subjects that say not what is counted (两名 人, 近20次 事情, 5个 重点, 4.9万元 剩下): no row of the table
_EMPTY_SUBJECTS = frozenset("人 事情 事 东西 重点 剩下 方面 问题 发展 历史 情况 部分 其中 左右".split())


def build_content(briefing: Briefing) -> Content:
    """Pick, rank and shorten what each part of the brief shows (no limits applied yet), as the article writes it."""
    return written_content(analysed_content(briefing), Written(briefing))


def written_content(content: Content, shown: Written) -> Content:
    """``content`` as the article writes it (``Written``: a Traditional article read through its Simplified copy);
    the labels as they are."""
    if not shown.copied:
        return content

    def written(entry: Item | Fact) -> Item | Fact:
        if isinstance(entry, Fact):
            at = entry.sentence_index
            return dataclasses.replace(entry, text=shown(entry.text, at), subject=shown(entry.subject, at),
                                       sentence=shown(entry.sentence, at))
        return dataclasses.replace(entry, text=shown(entry.text, entry.index))

    def items(entries: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(map(written, entries))

    return dataclasses.replace(
        content,
        title_main=shown(content.title_main),
        title_sub=shown(content.title_sub),
        meta=tuple((label, shown(value)) for label, value in content.meta),
        date_label=shown(content.date_label),
        attribution=_attribution(shown.article),
        points=items(content.points),
        keywords=tuple(map(shown, content.keywords)),
        lists={name: items(entries) for name, entries in content.lists.items()},
        original=tuple(map(items, content.original)),
        title_words=tuple(map(shown, content.title_words)),
    )


def _attribution(article: Article) -> str:
    """摘编自 the source (the day it was published)."""
    if not article.source:
        return ""
    label = _date_label(article.date) or article.day
    return f"摘编自{article.source}" + (f"（{label}）" if label else "") + "。"


def analysed_content(briefing: Briefing) -> Content:
    """What each part of the brief shows, in the text the stages read (a Traditional article's Simplified copy:
    ``build_content`` shows it as written)."""
    article = briefing.article
    scores = briefing.scores
    sentences = briefing.sentences

    def score(index: int) -> float:
        return scores[index] if 0 <= index < len(scores) else 0.0

    ranked_points = sorted(briefing.summary, key=lambda s: (-s.score, s.index))
    title = bare_line(article.title or "")
    # a point that only repeats the title (an untitled text's first line, borrowed for it) says nothing new
    ranked_points = [s for s in ranked_points if bare_line(s.text) != title] or ranked_points
    points_at = {s.index: (s.index, finish(s.text)) for s in ranked_points}  # sentence → (where shown, text)
    listed: set[int] = set()
    heads: dict[int, str] = {}  # a sentence that tells an item of a numbered list → the item's heading
    for run in numbered_headings(sentences):
        items = {item.index for item in run}
        heads.update(_item_heads(sentences, run))
        chosen = [s for s in ranked_points if s.index in items]
        if chosen:  # 二是… and 三是… chosen: the whole list, 一是… to 六是…, as one point, ranked as the best of them
            ranked_points = [s for s in ranked_points if s not in chosen[1:]]
            points_at[chosen[0].index] = (run[0].index, "；".join(item.text.rstrip(LINE_ENDS) for item in run) + "。")
            listed |= items
    outlined = [(_outline_span(sentences, run), told) for run, told in outlines(sentences)]
    for span, told in outlined:
        inside = [s for s in ranked_points if s.index in span]
        if inside:  # 增强粮食…调控能力 (inside 一要…) chosen: 一要确保国家粮食安全；二要…；五要提升乡村治理水平。
            ranked_points = [s for s in ranked_points if s not in inside[1:]]
            points_at[inside[0].index] = (span[0], told)
            listed |= set(span)
    for s in ranked_points:
        if s.index in heads:  # 加大重点领域引进外资力度… → 提高利用外资质量：加大重点领域引进外资力度…
            points_at[s.index] = (s.index, finish(heads[s.index] + "：" + points_at[s.index][1]))
    items = agenda(sentences)
    chosen = [s for s in ranked_points if s.index in {item.index for item in items}]
    if chosen:  # 会议听取…汇报。 and 会议研究…。 chosen: the meeting's whole agenda as one point, where it opens
        ranked_points = [s for s in ranked_points if s not in chosen[1:]]
        points_at[chosen[0].index] = (items[0].index, "，".join(
            _AGENDA.match(item.text)["what"] if k else item.text.rstrip(LINE_ENDS) for k, item in enumerate(items)) + "。")
        listed |= {item.index for item in items}
    ranked_points = _join_quotations(ranked_points, sentences, points_at)
    ranked_points = _join_items(ranked_points, sentences, points_at)
    told_after = _tell_announced(ranked_points, sentences, points_at, outlined, listed)
    ranked_points = [s for s in ranked_points if s.index not in told_after]
    listed |= told_after
    _introduce_speakers(ranked_points, sentences, points_at, article.title or "")
    points = tuple(Item(rank, *points_at[s.index]) for rank, s in enumerate(ranked_points))
    # the key points box already quotes its sentences, and the masthead the title (a line of the text when the
    # article has no title of its own): sections add what those leave out
    shown = {s.index for s in briefing.summary} | title_copies(sentences, article.title or "") | listed
    quoted = {sentences[i].text for i in shown if 0 <= i < len(sentences)}  # a sentence the article says twice
    # a round-up's lead sums up what its paragraphs then tell: a sentence that mostly repeats a key point is left out
    point_grams = [bigrams(s.text) for s in briefing.summary]
    point_texts = [s.text for s in briefing.summary]
    from .rank import retells_short  # (numpy: only when a brief is built)

    lists: dict[str, tuple[Any, ...]] = {}
    kinds = {section.index: section.kind for section in briefing.sections}
    # “……。”胡王莹致辞中表示。: the speaker goes with a quotation the sentence holds whole
    opened_by = attributions(sentences)
    voice = opinion_voice(article.title or "", article.byline)  # 文章认为，… for a commentary's proposals
    speech = _SPEECH_TITLE.search(article.title or "") is not None
    trailing = trailing_off(sentences)  # 河湖沿岸、废旧厂房、高架桥下……: a list left open, no item
    said = {i: j for i, j in opened_by.items() if sentences[i].text.count("“") == sentences[i].text.count("”")}
    saying = set(opened_by.values())  # …国际研讨会上表示。: only who said the quotation before it, no item
    listable = {s.index for s in sentences if kinds.get(s.index) in _LISTED_KINDS and s.index not in shown}
    picks: dict[str, list[Sentence]] = {}
    candidates: dict[str, list[Sentence]] = {}
    for kind, _heading, name in SECTION_HEADINGS:
        if kind is SectionKind.STATISTICS:
            continue
        chosen = [s for s in sentences if kinds.get(s.index) is kind and s.index not in shown | trailing
                  and _reports(s.text)
                  and (s.index in opened_by or not (_dialogue(sentences, s.index) or slogan(s.text)))  # no one's
                  and not reporters_trip(s.text) and not unsaid_quoted(sentences, s.index)
                  and not _unsaid_opening(sentences, s.index, opened_by)
                  and s.text not in quoted and not _repeats(bigrams(s.text), point_grams) and s.index not in saying
                  and not retells_short(s, point_texts)]
        # who attended: after what was done; in a report of a speech, what the speaker asked for before what he told
        chosen.sort(key=lambda s: (protocol(s.text), not (speech and _asked_for(sentences, s.index)), -score(s.index),
                                   s.index))
        if kind is SectionKind.ACTIVITIES:
            chosen = _attendance_kept(chosen, LIMITS[name])
        picked: list[Sentence] = []
        for s in chosen:  # 这里曾经是一片戈壁荒山 needs the sentence before it, shown before it (here or elsewhere)
            if len(picked) < LIMITS[name] and not _dangles(sentences, s, shown | listable):
                picked.append(s)
        picks[name] = picked
        candidates[name] = chosen
    # a quotation an item leaves open is told whole, with who said it after it when the text says so there; its other
    # sentences are then no items of their own, in any section
    rests = {s.index: rest if shown.isdisjoint(rest := _quotation_rest(sentences, s.index)) else []
             for picked in picks.values() for s in picked}
    told_with = {j for rest in rests.values() for j in rest}
    kept = {s.index for picked in picks.values() for s in picked if s.index not in told_with}
    # what an item points at (届时…, 这也是…) is the item before it in its own list: read after a key point that may be
    # cut, or under another heading, it points at nothing
    while True:  # ... and that one may be left out in turn
        dangling = set()
        for picked in picks.values():
            listed_here = {s.index for s in picked if s.index in kept} | told_with
            dangling |= {s.index for s in picked if s.index in kept and _dangles(sentences, s, listed_here)}
        if not dangling:
            break
        kept -= dangling
    for name, picked in picks.items():
        picked = [s for s in picked if s.index in kept]
        for s in candidates[name]:  # the room an item left out makes goes to the next that stands alone
            if len(picked) >= LIMITS[name]:
                break
            if s not in picked and s.index not in told_with and not _dangles(sentences, s, {t.index for t in picked}):
                picked.append(s)
                rests.setdefault(s.index, [])
        picked = _after_anchors(sorted(picked, key=candidates[name].index), sentences)
        texts, outline_told = {}, {}
        for span, told in outlined:  # items of a numbered list of paragraphs: the list told once, where it is first
            inside = [s for s in picked if s.index in span]
            if inside:
                picked = [s for s in picked if s not in inside[1:]]
                outline_told[inside[0].index] = told
        for s in picked:
            if s.index in outline_told:
                continue  # told by its outline
            rest = rests[s.index]
            speaker = opened_by.get(rest[-1]) if rest else said.get(s.index)
            texts[s.index] = PLACED.sub("", s.text + "".join(sentences[j].text for j in rest)  # （左三）: of no photo here
                                        + (name_speaker(sentences, speaker) if speaker is not None else ""))
        told: list[tuple[Sentence, str]] = []  # (the item's first sentence, its text)
        last = -2
        for s in picked:
            if s.index in outline_told:
                told.append((s, outline_told[s.index]))
            elif (told and s.index == last + 1 and told[-1][0].index not in outline_told and not rests[s.index]
                  and (not points_back(sentences, s.index) and leans_back(sentences, s.index)
                       or _numbered_next(sentences[last], s))
                  and told[-1][1].endswith(("。", "；", ";"))):
                # 可按规定申请延长贷款期限。 right after the clause it was split from at ；, 二是… right after 一是…: one
                # item, as one statement
                told[-1] = (told[-1][0], told[-1][1][:-1] + "；" + texts[s.index])
            else:
                told.append((s, (heads[s.index] + "：" if s.index in heads else "") + in_voice(
                    sentences, s.index, read_alone(sentences, s.index, texts[s.index]), texts[s.index], voice)))
            last = s.index + len(rests.get(s.index, []))
        lists[name] = tuple(Item(rank, s.index, text if s.index in outline_told else finish(shorten(text)))
                            for rank, (s, text) in enumerate(told))

    # The figures an official needs first: those the title gives, then those of the key points and those of what the
    # title names; money, rates and large amounts before small counts; then the sentence's rank. A fact with no
    # subject, the old amount of a move (从10小时左右减少为4个半小时左右: the new one first), one not written in digits,
    # or an age or a span of time (65岁, 24小时) after the rest.
    moves = moved_from(sentences, briefing.statistics)
    old = {(first.sentence_index, first.start) for first in moves.values()}
    title = article.title or ""
    pointed = {s.index for s in briefing.summary}
    words = {token for s in sentences for token in s.tokens if len(token) >= 2}  # distinct: looked up in titles
    topics = {token for token in words if token in title}

    def core(st: Any) -> str:  # the figure without a qualifier before it: 662亿美元 of 超过662亿美元 and of 超662亿美元
        return _QUALIFIED.sub("", st.text)

    first_told = {}
    for st in briefing.statistics:
        if st.subject.strip():  # a telling that says what it counts
            first_told.setdefault(core(st), st)

    def in_title(st: Any) -> bool:
        """26批次 of 26批次样品不合格, not 6批次; not 两件 of 聚焦“两件大事”, no statistic, nor an age or a span of time
        (65岁以上老年人口); where the text tells the figure again, of the same thing or another (CPI同比下降0.3%, then
        粮食价格上涨0.3%), its first telling."""
        if first_told.get(core(st)) is not st or st.unit in WEAK_UNITS or not re.search(r"\d", st.text):
            return False
        for figure in {core(st), _QUALIFIED.sub("", shown_figure(sentences, st))}:
            at = title.find(figure)
            while at >= 0:
                if at == 0 or title[at - 1] not in _NUMERAL_CHARS:
                    return True
                at = title.find(figure, at + 1)
        return False

    def fact_order(st: Any) -> tuple[Any, ...]:
        needed = 2 * (st.sentence_index in pointed) + any(word in st.subject for word in topics)
        return (not st.subject.strip(), (st.sentence_index, st.start) in old, not in_title(st),
                not re.search(r"\d", st.text), st.unit in WEAK_UNITS, -needed, -_fact_salience(st),
                -score(st.sentence_index), st.sentence_index, st.start)

    candidates = []
    for stat in sorted(briefing.statistics, key=fact_order):
        subject = stat.subject.strip()
        if (not subject or (len(subject) < 2 and subject not in _ONE_CHARACTER_THINGS) or stat.subject in _EMPTY_SUBJECTS
                or organises(stat) or stat.unit == "页"):
            continue  # a number without what it counts (or a character of it: 在/轨 两个月, 云 169个), a count of kinds
            # (两种途径) or a document's pages says nothing
        sentence = sentences[stat.sentence_index].text if 0 <= stat.sentence_index < len(sentences) else ""
        if stat.unit == "岁" and not _AGE_MEASURED.search(stat.subject + sentence):
            continue  # 12岁的金发女孩劳拉: a person's age is a detail of the story; an average or a legal age is a statistic
        if trivial(sentences, stat):
            continue  # 6位代表发言, 1起事件, 这两个故事: a detail of the story, not a figure
        if only_a_verb(sentences, stat):
            continue  # 已建成超过1600个, 展出三个月: what is counted is not said
        if conditioned(sentences, stat):
            continue  # 如果…，死亡率高达50%; 每增长1个百分点，新增2000多亿元: shown bare, it reads as a result
        if (stat.sentence_index, stat.start) in old:
            continue  # 从每周仅有2500人增长至…: the old amount is told in the new one's row; alone, it reads as now
        if converted(sentences, stat):
            continue  # 662亿美元（约合人民币4773亿元）: the amount before it again, in yuan, read as a second amount
        candidates.append(stat)
    # what each fact is about: subjects that read the same but name different things (调味品不合格样品, 酒类不合格样品)
    # are different things; the same figure told again of them is no repetition only where the clause's structure
    # names them (a place somewhere in the sentence may be no more the one figure's than the other's)
    before = {(then.sentence_index, then.start): first for first, then in itertools.pairwise(briefing.statistics)}
    shown_subjects = [shown_subject(sentences, stat) for stat in candidates]  # found once, for the three uses below
    measures: dict[tuple[int, int], str] = {}  # 女工人退休年龄是50岁，女干部55岁，男职工60岁: 退休年龄 for 55岁 and 60岁
    for stat in briefing.statistics:
        first = before.get((stat.sentence_index, stat.start))
        shared = measures.get((first.sentence_index, first.start), "") if first is not None else ""
        if found := shared_measure(sentences, stat, first, shared):
            measures[stat.sentence_index, stat.start] = found[len(stat.subject):]
    shown_subjects = [stat.subject + measures[stat.sentence_index, stat.start]
                      if shown == stat.subject and (stat.sentence_index, stat.start) in measures else shown
                      for stat, shown in zip(candidates, shown_subjects)]
    shown_subjects = [  # 8000万企业退休职工退休时的平均年龄只有54岁: 企业退休职工平均年龄
        (counted_owner(sentences, stat, before.get((stat.sentence_index, stat.start))) or shown) if shown == stat.subject
        else shown for stat, shown in zip(candidates, shown_subjects)]
    things = dict(zip(candidates, _told_apart(sentences, candidates, subjects=shown_subjects)))
    kinds = dict(zip(candidates, _told_apart(sentences, candidates, proper=False, subjects=shown_subjects)))
    named = {stat for stat, subject in zip(candidates, shown_subjects) if kinds[stat] != subject}
    seen: list[tuple[tuple[float, str, bool], Any]] = []
    kept = []
    for stat in candidates:
        # 80～150毫米 is not 80毫米; 7人 and 7名 count the same people
        figure = (stat.value, _SAME_COUNT.get(stat.unit, stat.unit), _RANGE.search(stat.text) is not None)
        if any(seen_figure == figure and (shown.subject in stat.subject or stat.subject in shown.subject
                                          or _told_again(stat, shown))
               and not (stat in named and shown in named and kinds[stat] != kinds[shown])
               for seen_figure, shown in seen):
            continue  # the same figure told again (54个村 in the lead and in the text; 约131亿美元, then 131亿美元)
        seen.append((figure, stat))
        kept.append(stat)
    # For variety, a fact of a sentence and of a thing no fact before it tells first (the title's sentence, which tells
    # the headline result, may give several; a count and a share of one thing are two), then the rest.
    headline = {st.sentence_index for st in kept if in_title(st)}
    first: list[int] = []
    used: set[int] = set()
    told: set[tuple[str, str]] = set()
    for k, stat in enumerate(kept):
        thing = (things[stat], _SAME_COUNT.get(stat.unit, stat.unit))
        if thing not in told and (stat.sentence_index not in used or stat.sentence_index in headline):
            first.append(k)
            used.add(stat.sentence_index)
            told.add(thing)
    chosen = set(first)
    order = [kept[k] for k in first] + [stat for k, stat in enumerate(kept) if k not in chosen]
    facts = [(stat, sentences[stat.sentence_index].text if 0 <= stat.sentence_index < len(sentences) else "")
             for stat in order]
    moved = {(stat.sentence_index, stat.start): moves[stat.sentence_index, stat.start] for stat, _sentence in facts
             if (stat.sentence_index, stat.start) in moves}
    if moved:  # 水位由164.17米降至 | 156.88米: the old amount of a move told in the new one's row, not a row of its own
        gone = {(first.sentence_index, first.start) for first in moved.values()}
        facts = [(stat, sentence) for stat, sentence in facts if (stat.sentence_index, stat.start) not in gone]
    shown_facts = facts[: LIMITS["stats"]]
    subject_of = dict(zip(candidates, shown_subjects))
    subjects = _told_apart(sentences, [stat for stat, _sentence in shown_facts],
                           subjects=[subject_of[stat] for stat, _sentence in shown_facts])
    subjects = [of_topic(sentences, stat, _befell(sentences, stat, subject))
                for (stat, _sentence), subject in zip(shown_facts, subjects)]
    if not foreign_only(article.title or "", [point.text for point in points]):  # 一些发达国家退休年龄: not ours
        subjects = [who + subject if (who := elsewhere(sentences, stat)) and who not in subject else subject
                    for (stat, _sentence), subject in zip(shown_facts, subjects)]
    people = ordinary_people(sentences)
    whose = [one_of(sentences, stat, people) for stat, _sentence in shown_facts]
    if len(set(whose)) > 1:  # 薛桂华签单保费 beside the district's totals (a table of one person's story names none)
        subjects = [subject if not who or who in subject else subject + who if who == ONE_CASE else who + subject
                    for who, subject in zip(whose, subjects)]
    subjects = [_moved(sentences, stat, subject, moved.get((stat.sentence_index, stat.start)))
                for (stat, _sentence), subject in zip(shown_facts, subjects)]
    lists["stats"] = tuple(
        Fact(rank, shown_figure(sentences, stat), subject, stat.sentence_index, sentence)
        for rank, ((stat, sentence), subject) in enumerate(zip(shown_facts, subjects))
    )

    meta = []
    if article.source:
        meta.append(("来源", article.source))
    published = " ".join(part for part in (_date_label(article.date), article.time) if part) or article.day or ""
    if published:
        meta.append(("发布时间", published))
    told = None if published else lead_day(article.body)
    if told:
        meta.append(("日期", told))  # the day the lead tells of the news, not when it was published
    if article.byline:
        meta.append(("作者", article.byline))

    paragraphs: dict[int, list[Item]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(Item(0, s.index, s.text))
    title_main, title_sub = split_title(article.title, article.subtitle)
    return Content(
        title_main=title_main,
        title_sub=title_sub,
        meta=tuple(meta),
        date_label=_date_label(article.date) or article.day or told or "",
        attribution=_attribution(article),
        points=points,
        keywords=tuple(k.word for k in briefing.keywords),
        lists=lists,
        original=tuple(tuple(p) for _n, p in sorted(paragraphs.items())),
        sentence_count=len(sentences),
        title_words=tuple(sorted(token for token in words if token in title_main)),
        abroad=foreign_only(article.title or "", [point.text for point in points]),
        commentary=voice == COMMENTARY_VOICE,
    )


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def recipients_line(brand: Any) -> str:
    """The 报/送 line of the footer, on one line; a bare list of units gets the 报送： label."""
    recipients = _LINE_BREAKS.sub(" ", brand.recipients).strip()
    if recipients and recipients[0] not in "报送发抄":
        recipients = f"报送：{recipients}"
    return recipients


def _keywords_that_fit(words: list[str], grid_em: int | None, mode: str) -> list[str]:
    """In the PDF, keep only the keyword chips that fit on the 关键词 line (a lone chip on a line wastes it)."""
    if mode != "pdf" or grid_em is None:
        return words
    used, kept = 0.9 * 5, []  # .keywords is .9rem; the label is 关键词： plus slack
    for word in words:
        used += 0.9 * (text_em(word) + 0.95)  # padding .3em ×2, margin .35em, borders
        if used > grid_em:
            break
        kept.append(word)
    return kept


REPEAT = 0.6  # the share of a sentence's (or a key point's) character pairs the other has: one says the other again


def _repeats(grams: set[str], point_grams: list[set[str]]) -> bool:
    return any(containment(grams, point) >= REPEAT for point in point_grams)


def _by_document_order(items: tuple[Any, ...], limit: int) -> list[Any]:
    shown = list(items[: max(limit, 0)])
    return sorted(shown, key=lambda it: (it.sentence_index if isinstance(it, Fact) else it.index, it.rank))


def context(content: Content, cfg: BriefConfig, mode: str, limits: dict[str, int] | None = None,
            leave_out: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    """The template context for ``mode`` (pdf, html, email, md, txt) with list ``limits`` applied and the sections
    named in ``leave_out`` left out (the numbering closes up)."""
    limits = {**LIMITS, **(limits or {})}
    brand = cfg.branding
    sections = _sections(content, limits, leave_out)
    for section in sections:
        if section["name"] == "stats":
            items = section["entries"]
            columns = min(STATS_COLUMNS, len(items))  # one or two facts take the full width
            cells: list[Any] = items + [None] * (-len(items) % columns)
            section["rows"] = [cells[i: i + columns] for i in range(0, len(cells), columns)]
    recipients = recipients_line(brand)
    return {
        "mode": mode,
        "brand": brand,
        "recipients": recipients,
        "issue_label": f"第{brand.issue}期" if brand.issue.strip() else "",
        "date_label": content.date_label,
        "title_main": content.title_main,
        "title_sub": content.title_sub,
        # a day alone is the masthead's already (7月20日 twice); a time adds to it
        "meta": [(label, value) for label, value in content.meta
                 if value != content.date_label or label not in ("发布时间", "日期")],
        "attribution": content.attribution,
        "points": _by_document_order(content.points, limits["points"]),
        "keywords": _keywords_that_fit(list(content.keywords[: limits["keywords"]]), extra.get("grid_em"), mode),
        "sections": sections,
        "original": content.original,
        "sentence_count": content.sentence_count,
        # 楷体 for the key points only when configured: AR PL UKai adds 30-50 KB to the PDF, which takes
        # the sample over its 400 KB budget (a kai_font Branding field is proposed; read it if present).
        "fonts": {"serif": brand.serif_font, "sans": brand.sans_font, "kai": getattr(brand, "kai_font", "")},
        # Headings use the serif Bold face in the PDF: each extra Noto face adds 80-140 KB (PDF ≤ 400 KB).
        "heading_stack": (f'"SimHei", "黑体", "{brand.serif_font}", serif' if mode == "pdf" else
                          f'"PingFang SC", "Microsoft YaHei", "SimHei", "{brand.sans_font}", sans-serif'),
        "page": {"top": 18, "side": 18, "bottom": 16},
        "base_pt": 12,
        "grid_em": 41,
        **extra,
    } | {"title_fit": fit_title(content.title_main, content.title_sub, extra.get("grid_em", 41) - 1, content.title_words)
         if mode == "pdf" else {"main_rem": None, "main_lines": [content.title_main], "sub_rem": None}}


def _sections(content: Content, limits: dict[str, int], leave_out: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The sections a brief shows, in order, each {"kind", "name", "heading", "entries"} with its ``limits`` applied
    (items in document order); an empty section or one named in ``leave_out`` is left out, the numbering closes up."""
    headings = {name: heading for _kind, heading, name in SECTION_HEADINGS}
    if content.abroad:
        headings["plans"] = ABROAD_PLANS
    if content.commentary:
        headings |= OPINION_HEADINGS
    sections = []
    for kind, _heading, name in SECTION_HEADINGS:
        items = _by_document_order(content.lists[name], limits[name])
        if items and name not in leave_out:
            heading = f"{NUMERALS[len(sections)]}、{headings[name]}"
            sections.append({"kind": str(kind), "name": name, "heading": heading, "entries": items})
    return sections


# ---------------------------------------------------------------------------- formats


def to_json(briefing: Briefing) -> str:
    """The "brief/1" JSON document of DESIGN.md (sorted keys, 2-space indent, scores to 4 decimals), and the fields it
    adds: a fact's figure as the brief shows it ("shown": 10%以上 of the fact 10%), the day of a dateline that gives
    no year ("day": 3月10日, where "date" is null), the subtitle (副标题, null when none) and what the brief shows
    ("brief": its key points and sections as the Markdown and HTML tell them, with who said what: 何维表示，…, where
    "sentences" are the text as written). A Traditional article read through its Simplified copy is shown as
    written (``Written``), but for a fact's "unit", the one its "value" is in."""
    shown = Written(briefing)
    article = shown.article
    content = written_content(analysed_content(briefing), shown)
    kinds = {section.index: str(section.kind) for section in briefing.sections}
    document = {
        "schema": JSON_SCHEMA,
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "byline": article.byline,
        "body": article.body,
        "sentences": [
            {"index": s.index, "text": shown(s.text, s.index), "start": s.start, "end": s.end,
             "section": kinds.get(s.index, str(SectionKind.OTHER)),
             "score": round(float(briefing.scores[s.index]), 4) if s.index < len(briefing.scores) else 0.0}
            for s in briefing.sentences
        ],
        "summary": [{"index": s.index, "text": shown(s.text, s.index), "score": round(float(s.score), 4)}
                    for s in briefing.summary],
        "keywords": [{"word": shown(k.word), "weight": round(float(k.weight), 4)} for k in briefing.keywords],
        "statistics": [
            {"text": shown(st.text, st.sentence_index), "value": st.value, "unit": st.unit,
             "subject": shown(st.subject, st.sentence_index), "sentence_index": st.sentence_index,
             "shown": shown(shown_figure(briefing.sentences, st), st.sentence_index)}
            for st in briefing.statistics
        ],
        "day": article.day,
        "subtitle": article.subtitle,
        "brief": {
            "points": [{"index": item.index, "text": item.text} for item in _by_document_order(content.points,
                                                                                                 LIMITS["points"])],
            "sections": [{"kind": section["kind"], "heading": section["heading"],
                          "items": [_json_item(entry) for entry in section["entries"]]}
                         for section in _sections(content, LIMITS)],
        },
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _json_item(entry: Item | Fact) -> dict[str, Any]:
    """A section item of the JSON "brief": {"index", "text"}, or a row of the table {"subject", "figure",
    "sentence_index"}."""
    if isinstance(entry, Fact):
        return {"subject": entry.subject, "figure": entry.text, "sentence_index": entry.sentence_index}
    return {"index": entry.index, "text": entry.text}


def to_html(briefing: Briefing, cfg: BriefConfig) -> str:
    """Standalone HTML: one file, screen and print CSS, the original text with sentence anchors."""
    return render_template(TEMPLATES["html"], context(build_content(briefing), cfg, "html"), cfg)


def to_email(briefing: Briefing, cfg: BriefConfig) -> str:
    """Email-safe HTML: 600 px tables, system fonts, every style inlined by css-inline."""
    import css_inline

    html = render_template(TEMPLATES["email"], context(build_content(briefing), cfg, "email"), cfg)
    inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)
    return inliner.inline(html)


def to_markdown(briefing: Briefing, cfg: BriefConfig) -> str:
    """Markdown; article text is escaped so it never becomes markup."""
    return _tidy(render_template(TEMPLATES["md"], context(build_content(briefing), cfg, "md"), cfg))


def to_text(briefing: Briefing, cfg: BriefConfig) -> str:
    """Plain text for terminals and the text/plain part of an email."""
    return _tidy(render_template(TEMPLATES["txt"], context(build_content(briefing), cfg, "txt"), cfg))


def _tidy(text: str) -> str:
    # Optional parts leave runs of blank lines behind; one blank line is enough.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def to_pdf(briefing: Briefing, cfg: BriefConfig) -> bytes:
    """The one-page A4 PDF (fit loop in fit.py)."""
    from . import fit

    return fit.render_pdf(briefing, cfg).pdf


def render(briefing: Briefing, fmt: str, cfg: BriefConfig) -> bytes:
    """Render ``briefing`` as ``fmt`` (one of FORMATS) to bytes (UTF-8 for the text formats)."""
    if fmt == "pdf":
        return to_pdf(briefing, cfg)
    writers = {"html": to_html, "email": to_email, "md": to_markdown, "txt": to_text}
    if fmt == "json":
        return to_json(briefing).encode("utf-8")
    if fmt not in writers:
        raise RenderError(f"format {fmt!r} is invalid; use one of {', '.join(FORMATS)}")
    return writers[fmt](briefing, cfg).encode("utf-8")
