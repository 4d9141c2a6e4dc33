"""Digest → the daily briefing's HTML, email HTML, plain text and PDF (one or more pages)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import re
from dataclasses import dataclass
from collections.abc import Sequence
from typing import Any

from .config import BriefConfig
from .daily import (ECHO, ITEM_STATS, UNNAMED, Digest, good_statistics, item_chars, item_points, month_day, one_line,
                    provincial, stale_note, story_date, years_told)
from .errors import RenderError
from .render import (
    analysed_content,
    context,
    fit_title,
    recipients_line,
    render_template,
    template_dirs,
    written_content,
)
from .stats import shown_figure, shown_subject
from .written import Written

log = logging.getLogger(__name__)


BASE_PT = 10.5  # 五号: the digest body size
PAGE_MM = {"top": 18, "side": 18, "bottom": 16}
CONTENT_PT = (210 - 2 * PAGE_MM["side"]) * 72 / 25.4
GRID_EM = math.floor(CONTENT_PT / BASE_PT)  # the text column, in em of the body size


def date_label(day: dt.date) -> str:
    """2019年12月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def contents_title(main: str, sub: str | None) -> str:
    """An item's line in 目录: its main title, and the subtitle after it when the main title is a slogan of short
    phrases that says not what happened (坚定信心 乘势而上 续写中国奇迹新篇章——习近平主席新年贺词引发热烈反响), or when
    the subtitle says the story is the echo of a speech (为…而不懈奋斗——习近平总书记…重要讲话引发热烈反响)."""
    parts = main.split()
    if sub and ((len(parts) > 1 and max(map(len, parts)) <= _SLOGAN_PHRASE) or ECHO.search(sub)):
        return f"{main}——{sub}"
    return main


_SLOGAN_PHRASE = 12  # characters of each phrase of a slogan title at most


def _last_word(text: str) -> tuple[str, str]:
    """``text`` cut before its last two characters that are no stops, or its last number (…作贡献。 → …作, 贡献。;
    …“兜售影响力”。 → …兜售影, 响力”。; …同比增长9.1%。 → …同比增长, 9.1%。): what goes down with the reference
    after it is never one character alone on a line, nor a piece of a number; a stale line's mark goes down whole
    with them (…举行。（早于本期）)."""
    found = re.search(r"(?:\d[\d.]*[%％]?|\w{1,2})\W*?(?:（[早晚]于本期）)?\W*$", text)
    return (text[:found.start()], text[found.start():]) if found else ("", text)


def _marked_stale(meta: Sequence[tuple[str, str]], date: str | None, day: dt.date) -> list[tuple[str, str]]:
    """An item's meta lines, its 发布时间 marked when the article is no news of the briefing's ``day`` (``off_day``):
    2022年11月19日（早于本期） in a briefing of 2026年8月15日, or （晚于本期）; stderr's warning reaches no reader. A
    story with no 发布时间, dated by its lead (``story_date``), gets a line 日期 with the mark."""
    note = stale_note(date, day)
    if not note:
        return list(meta)
    if not any(label == "发布时间" for label, _value in meta):  # dated by its lead (7月31日，…): the day it tells
        told = month_day(dt.date.fromisoformat(date or ""))
        return [*(line for line in meta if line[0] != "日期"), ("日期", told + note)]
    return [(label, value + note if label == "发布时间" else value) for label, value in meta]


def _context(digest: Digest, cfg: BriefConfig, mode: str, *, page_per_article: bool = False,
             attachment: str = "") -> dict[str, Any]:
    full = page_per_article  # one page per article: every key sentence, the sections, more figures
    entries = []
    for item in digest.items:
        # what the item shows is picked from what the stages read, and shown as the article writes it (``Written``)
        analysed, shown = analysed_content(item.briefing), Written(item.briefing)
        content = written_content(analysed, shown)
        # among a day's stories of many provinces, 上半年我省… names none: the province it means (``provincial``)
        main = shown(provincial(analysed.title_main, item.briefing))
        sub = analysed.title_sub and shown(provincial(analysed.title_sub, item.briefing))
        entries.append({
            "item": item,
            "title_main": main,
            "title_sub": sub,
            "toc_title": contents_title(main, sub),
            # a page of its own: a large centred title, kept off a one-character last line as in a brief (the
            # number takes two em of the first line)
            "title_fit": (fit_title(main, sub, GRID_EM - 2, content.title_words) if full and mode == "pdf"
                          else None),
            # 来源：未注明 tells the reader nothing, nor does the input's file name (未注明（g03.txt）): a single brief
            # leaves the line out, and so does its item
            "outlets": [outlet for outlet in item.outlets if not outlet.startswith(UNNAMED)],
            "meta": _marked_stale(content.meta, story_date(item.briefing, digest.day), digest.day),
            "points": [years_told(shown(text), item.briefing.article.date, digest.day) for text in (
                [p.text for p in sorted(analysed.points, key=lambda p: (p.index, p.rank))] if full
                else item_points(analysed.points, item_chars(item.briefing),
                                 [s.paragraph for s in item.briefing.sentences], item.briefing.sentences))],
            "facts": [dataclasses.replace(st, text=shown(shown_figure(item.briefing.sentences, st), st.sentence_index),
                                          subject=shown(shown_subject(item.briefing.sentences, st), st.sentence_index))
                      for st in good_statistics(item.briefing)[: 9 if full else ITEM_STATS]],
            "keywords": list(content.keywords[:6]),
            "sections": context(content, cfg, mode, leave_out=("stats",))["sections"] if full else [],
        })
    groups: list[dict[str, Any]] = []
    for topic, items in digest.topics:
        groups.append({"topic": topic, "entries": [e for e in entries if e["item"].topic == topic]})
    brand = cfg.branding
    recipients = recipients_line(brand)
    return {
        "mode": mode,
        "page": PAGE_MM,
        "base_pt": BASE_PT,
        "grid_em": GRID_EM,
        "brand": brand,
        "fonts": {"serif": brand.serif_font, "sans": brand.sans_font},
        "day": digest.day.isoformat(),
        "date_label": date_label(digest.day),
        "issue_label": f"第{digest.issue}期" if digest.issue else "",
        "digest": digest,
        # 今日要览's lines as (point, text, its last word and stops): the word goes down with the （见第7条） after it
        "glance_lines": [(point, *_last_word(point.text)) for point in digest.glance_points],
        "groups": groups,
        "numerals": "一二三四五六七八九十",
        "page_per_article": page_per_article,
        "attachment": one_line(attachment),
        "shown_upto": len(digest.items),
        "part": "all",  # the PDF lays out "front" (masthead, 今日要览, 目录) and "body" separately
        "toc_pages": {},  # item number (or "notincluded") → page number, for the PDF's contents
        "page_offset": 0,
        "running_header": css_string(" · ".join(filter(None, (
            brand.bulletin, f"第{digest.issue}期" if digest.issue else "", date_label(digest.day))))),
        "recipients": recipients,
        "counts": {"read": digest.read, "shown": len(digest.items), "merged": digest.merged,
                   "failed": len(digest.failures)},
    }


def to_html(digest: Digest, cfg: BriefConfig, *, page_per_article: bool = False) -> str:
    """The digest as one standalone HTML file."""
    return render_template("digest.html.j2", _context(digest, cfg, "html", page_per_article=page_per_article), cfg)


def to_text(digest: Digest, cfg: BriefConfig, *, attachment: str = "") -> str:
    """Plain text: the email's text/plain part (``attachment`` names the PDF it points to)."""
    return render_template("digest.txt.j2", _context(digest, cfg, "txt", attachment=attachment), cfg)


def to_markdown(digest: Digest, cfg: BriefConfig) -> str:
    """Markdown: 今日要览, 目录 and the items, as the text part tells them, with headings and lists."""
    return render_template("digest.md.j2", _context(digest, cfg, "md"), cfg)


EMAIL_MAX_BYTES = 95_000  # Gmail clips HTML over ~102 KB ("[Message clipped]"); keep a margin


def to_email(digest: Digest, cfg: BriefConfig, *, attachment: str = "") -> str:
    """Email-safe HTML (600 px tables, system fonts), every style inlined by css-inline.

    今日要览 and the whole contents always; then as many items (in digest order) with their key
    sentences as keep the HTML under EMAIL_MAX_BYTES — the rest point to the attached PDF.
    """
    import css_inline

    inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)

    def build(upto: int) -> str:
        ctx = _context(digest, cfg, "email", attachment=attachment)
        ctx["shown_upto"] = upto
        return inliner.inline(render_template("digest_email.html.j2", ctx, cfg))

    html = build(len(digest.items))
    if len(html.encode("utf-8")) <= EMAIL_MAX_BYTES:
        return html
    low, high, best = 0, len(digest.items) - 1, build(0)  # binary search: most items that fit
    while low <= high:
        middle = (low + high) // 2
        candidate = build(middle)
        if len(candidate.encode("utf-8")) <= EMAIL_MAX_BYTES:
            best, low = candidate, middle + 1
        else:
            high = middle - 1
    return best


@dataclass(frozen=True, slots=True)
class DigestPdf:
    """A rendered daily PDF and its page count."""

    pdf: bytes
    pages: int


def to_pdf(digest: Digest, cfg: BriefConfig, *, page_per_article: bool = False) -> DigestPdf:
    """The daily PDF (multi-page, "— N —" page numbers) through WeasyPrint.

    The front matter (masthead, 今日要览, 目录) and the body are laid out as two documents and written as
    one: the body first, so the contents can print each item's page number as text. (CSS
    target-counter() does the same in one document, but makes WeasyPrint lay every page out twice:
    2.5 s more for 100 articles.) The front is laid out again with the numbers (a few pages); if that
    changes its page count, the body is laid out again with the new offset. A front of one page, or of two on a small
    day, is laid out with the body instead, which then starts below it rather than on a page of its own.
    """
    from .fit import _font_config, _weasyprint, make_url_fetcher

    weasyprint = _weasyprint()
    dirs = template_dirs(cfg)
    fetcher = make_url_fetcher(dirs)
    base = _context(digest, cfg, "pdf", page_per_article=page_per_article)

    def layout(part: str, toc_pages: dict[Any, str], page_offset: int = 0) -> Any:
        html = render_template("digest.html.j2", {**base, "part": part, "toc_pages": toc_pages,
                                            "page_offset": page_offset}, cfg)
        return weasyprint.HTML(string=html, base_url=str(dirs[-1]) + "/", url_fetcher=fetcher).render(
            font_config=_font_config())

    try:
        placeholder = "0" * len(str(3 * len(digest.items) + 9))  # as wide as the numbers will be
        unnumbered = {**{item.number: placeholder for item in digest.items}, "notincluded": placeholder}
        front = layout("front", unnumbered)
        document = None
        if len(front.pages) == 1 or (len(front.pages) == 2 and len(digest.items) <= SHARED_PAGE_ITEMS):
            # a front whose last page is short: the body follows on it, laid out with the front (a small day, so
            # twice is cheap), unless that pushes the end of the front matter to another page
            document = layout("all", unnumbered)
            for _attempt in range(3):
                numbers = _anchor_pages(document, 0)
                document = layout("all", numbers)
                if _anchor_pages(document, 0) == numbers:
                    break
            if "front-end" not in document.pages[len(front.pages) - 1].anchors:
                document = None
        if document is None:
            for _attempt in range(3):
                body = layout("body", {}, len(front.pages))
                numbers = _anchor_pages(body, len(front.pages))
                final = layout("front", numbers)
                if len(final.pages) == len(front.pages):
                    break
                front = final
            document = final.copy(final.pages + body.pages)
        pdf = document.write_pdf()
    except RenderError:
        raise
    except Exception as err:  # WeasyPrint raises many kinds; the CLI reports one line
        raise RenderError(f"daily PDF: {type(err).__name__}: {err}") from err
    return DigestPdf(pdf=pdf, pages=len(document.pages))


SHARED_PAGE_ITEMS = 30  # a day this small has its body laid out with a front of two pages, not after a blank half


def _anchor_pages(document: Any, offset: int) -> dict[Any, str]:
    """Page number (as text) of each item and of 未收录 in a laid-out body whose pages follow ``offset``."""
    numbers: dict[Any, str] = {}
    for index, page in enumerate(document.pages):
        for anchor in page.anchors:
            key: Any = int(anchor[5:]) if anchor.startswith("item-") and anchor[5:].isdigit() else anchor
            if key not in numbers and (isinstance(key, int) or key == "notincluded"):
                numbers[key] = str(offset + index + 1)
    return numbers


_CSS_UNSAFE = re.compile(r'[^0-9A-Za-z  -￿]|[  ]')


def css_string(text: str) -> str:
    """A quoted CSS string literal: every character that could end it, or the <style>, is escaped."""
    return '"' + _CSS_UNSAFE.sub(lambda m: f"\\{ord(m.group()):x} ", one_line(text)) + '"'


DIGEST_FORMATS = ("pdf", "html", "email", "md", "txt")


def render_digest(digest: Digest, fmt: str, cfg: BriefConfig, *, page_per_article: bool = False) -> bytes:
    """Render the digest as ``fmt`` (one of DIGEST_FORMATS) to bytes."""
    if fmt == "pdf":
        return to_pdf(digest, cfg, page_per_article=page_per_article).pdf
    if fmt == "html":
        return to_html(digest, cfg, page_per_article=page_per_article).encode("utf-8")
    if fmt == "email":
        return to_email(digest, cfg).encode("utf-8")
    if fmt == "txt":
        return to_text(digest, cfg).encode("utf-8")
    if fmt == "md":
        return to_markdown(digest, cfg).encode("utf-8")
    raise RenderError(f"format {fmt!r} is invalid; use one of {', '.join(DIGEST_FORMATS)}")
