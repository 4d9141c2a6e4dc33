"""Briefing → one A4 page of PDF: measured fit loop (RENDERING.md §3), glyph coverage, restricted fetching."""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import logging
import math
import os
import shutil
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .config import Branding, BriefConfig
from .errors import RenderError
from .models import Briefing
from .render import (
    LIMITS,
    STATS_COLUMNS,
    TEMPLATES,
    Content,
    build_content,
    context,
    render_template,
    template_dirs,
)

log = logging.getLogger(__name__)

MAX_PT = 12.0  # 小四
MIN_PT = 10.5  # 五号
STEP_PT = 0.25
MAX_LAYOUTS = 6
PAGE_MM = (210.0, 297.0)
MARGIN_MM = {"top": 18, "side": 18, "bottom": 16}  # handed to style.css as page.*
PX_PER_MM = 96 / 25.4
PT_PER_MM = 72 / 25.4
TOP_PX = MARGIN_MM["top"] * PX_PER_MM
AVAIL_PX = (PAGE_MM[1] - MARGIN_MM["top"] - MARGIN_MM["bottom"]) * PX_PER_MM
CONTENT_PT = (PAGE_MM[0] - 2 * MARGIN_MM["side"]) * PT_PER_MM
SAFETY = 0.015  # of AVAIL_PX: page-break slop between a measurement and the next layout
ESTIMATE_MARGIN = 0.03  # of the target: the estimate can run ~3% short on long briefs (the sample does)
# (list, keep at most): dropped in this order, lowest-ranked item first, until the measured overflow is freed.
DROP_STAGES = (
    ("stats", 6), ("activities", 3), ("plans", 3), ("background", 2), ("points", 4),
    ("stats", 3), ("activities", 2), ("plans", 2), ("background", 1), ("points", 3),
    # one row of facts outlives the second item of every section: the numbers are what no other tool shows
    ("activities", 1), ("plans", 1), ("background", 0), ("points", 2),
    ("stats", 0), ("activities", 0), ("plans", 0), ("keywords", 0), ("points", 1),
)
PART_IDS = {"points": "points", "keywords": "keywords", "background": "part-background",
            "activities": "part-activities", "stats": "part-statistics", "plans": "part-future_plans"}
DEBIAN_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1 fonts-noto-cjk"
MISSING_GLYPH = "〓"  # U+3013 GETA MARK: the typesetter's mark for a character the fonts lack
# Ranges every Noto CJK SC face covers completely (checked by tests/test_render.py against the fonts):
# characters inside them skip the 0.3 s cmap load.
COVERED_RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2016), (0x2018, 0x201A), (0x201C, 0x201E),
                  (0x2020, 0x2022), (0x2025, 0x2027), (0x2030, 0x2030), (0x2460, 0x2473), (0x3000, 0x303F),
                  (0x4E00, 0x9FEA), (0xFF01, 0xFF5E))


@dataclass(slots=True)
class PdfResult:
    """A written PDF and how it was fitted."""

    pdf: bytes
    pages: int
    base_pt: float
    layouts: int
    limits: dict[str, int] = field(default_factory=dict)
    emergency: bool = False


# ---------------------------------------------------------------------------- WeasyPrint, lazily


@functools.cache
def _weasyprint() -> Any:
    try:
        weasyprint = _import_weasyprint_quickly() or importlib.import_module("weasyprint")
    except OSError as err:  # Pango/HarfBuzz missing: WeasyPrint loads them with ctypes at import
        raise RenderError(f"PDF output needs Pango and HarfBuzz ({err}); on Debian/Ubuntu install: "
                          f"apt-get install {DEBIAN_PACKAGES}") from err
    _subset_fonts_in_parallel(importlib.import_module("weasyprint.pdf"))
    return weasyprint


def _import_weasyprint_quickly() -> Any:
    """Import WeasyPrint with cffi's library search turned off, or return None if that fails.

    For each library WeasyPrint tries Windows and macOS names before the Linux soname; every miss makes
    cffi call ``ctypes.util.find_library``, which runs ``ldconfig`` and ``gcc`` (Kozea/WeasyPrint#1125):
    0.3–0.4 s of every cold start. WeasyPrint's lists end with the Linux sonames, which ``dlopen``
    finds by itself, so on Linux the search is not needed. Should a library be elsewhere, the partial
    import is undone and the caller imports again with the search on.
    """
    if not sys.platform.startswith("linux") or "weasyprint" in sys.modules:
        return None
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # WeasyPrint prints a help text before it raises
            return importlib.import_module("weasyprint")
    except OSError:
        for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
            del sys.modules[name]
        return None
    finally:
        ctypes.util.find_library = search


def _subset_fonts_in_parallel(pdf_module: Any) -> None:
    """Have WeasyPrint's ``write_pdf`` subset its font files side by side, one thread each.

    A brief uses two faces of Noto Serif CJK; HarfBuzz subsets each without holding the GIL
    (cffi releases it), so on two cores they overlap. WeasyPrint's own step then finds each font done.
    Should its font objects change shape, the subsetting stays WeasyPrint's own, one after the other.
    """
    original = pdf_module.build_fonts_dictionary
    if getattr(original, "parallel", False):
        return

    def build_fonts_dictionary(pdf: Any, fonts: dict, compress: bool, subset: bool, options: dict) -> Any:
        try:
            jobs = _subset_jobs(fonts) if subset else []
        except AttributeError:
            jobs = []
        if len(jobs) > 1:
            with ThreadPoolExecutor(min(len(jobs), os.cpu_count() or 1)) as pool:
                list(pool.map(lambda job: job[0].subset(job[1], options["hinting"]), jobs))
            for font, _ in jobs:
                font.subset = _already_subset
        return original(pdf, fonts, compress, subset, options)

    build_fonts_dictionary.parallel = True
    build_fonts_dictionary.original = original
    pdf_module.build_fonts_dictionary = build_fonts_dictionary


def _subset_jobs(fonts: dict) -> list[tuple[Any, dict]]:
    """(font, glyphs to keep) per font file, exactly as WeasyPrint's ``build_fonts_dictionary`` groups them."""
    by_file: dict[Any, list[Any]] = {}
    for font in fonts.values():
        by_file.setdefault(font.hash, []).append(font)
    jobs = []
    for same_file in by_file.values():
        font = same_file[0]
        if font.bitmap or font.used_in_forms:
            continue
        glyphs: dict = {}
        for each in same_file:
            glyphs.update(each.to_unicode)
        jobs.append((font, glyphs))
    return jobs


def _already_subset(to_unicode: dict, hinting: bool) -> None:
    """Stands in for ``Font.subset`` once a font has been subset in parallel."""


@functools.cache
def _font_config() -> Any:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()  # reused across layouts: the font collections load once per process


def preload() -> None:
    """Import WeasyPrint and load the CJK fonts with a one-character layout, so a render starts warm."""
    weasyprint = _weasyprint()
    html = '<html lang="zh-CN"><body style="font-family: \'Noto Serif CJK SC\'">中<b>文</b></body></html>'
    weasyprint.HTML(string=html).render(font_config=_font_config())


def make_url_fetcher(allowed: tuple[Path, ...]) -> Any:
    """A WeasyPrint URL fetcher that serves data: URIs and files inside ``allowed`` only."""
    from weasyprint.urls import URLFetcher

    roots = tuple(Path(root).resolve() for root in allowed)

    class RestrictedFetcher(URLFetcher):
        """Refuses network URLs and files outside the template directories."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(unquote(urlsplit(url).path)).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return super().fetch(url, headers)
            log.warning("refused to fetch %s (only the brief's own template resources are allowed)", url[:200])
            raise ValueError(f"fetching {url[:200]} is not allowed")

    return RestrictedFetcher(allowed_protocols=("data", "file"), allow_redirects=False, timeout=1)


# ---------------------------------------------------------------------------- glyph coverage


def _fast_covered(code: int) -> bool:
    return any(low <= code <= high for low, high in COVERED_RANGES)


@functools.cache
def _font_cmap(family: str) -> frozenset[int]:
    """Code points of an installed font family (fontTools getBestCmap; empty if not found)."""
    path, index = _font_file(family)
    if path is None:
        return frozenset()
    from fontTools.ttLib import TTFont

    try:
        return frozenset(TTFont(path, fontNumber=index, lazy=True).getBestCmap() or {})
    except Exception as err:  # a broken font file is a warning, not a failed brief
        log.warning("cannot read the character map of %s (%s): %s", family, path, err)
        return frozenset()


def _font_file(family: str) -> tuple[str | None, int]:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None, 0
    out = subprocess.run([fc_match, "-f", "%{family}|%{file}|%{index}", family],
                         capture_output=True, text=True, timeout=10, check=False).stdout
    names, _sep, rest = out.partition("|")
    path, _sep, index = rest.partition("|")
    if family.lower() not in names.lower() or not path:
        return None, 0  # fontconfig substituted another family
    return path, int(index or 0)


@functools.cache
def _any_font_has(char: str) -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    out = subprocess.run([fc_list, f":charset={ord(char):x}", "family"],
                         capture_output=True, text=True, timeout=10, check=False).stdout
    return bool(out.strip())


def replace_missing_glyphs(text: str, families: tuple[str, ...]) -> str:
    """Replace characters no installed font covers with 〓, logging a warning for each."""
    missing = []
    for char in set(text):
        code = ord(char)
        if _fast_covered(code) or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
            continue
        if any(code in _font_cmap(family) for family in families) or _any_font_has(char):
            continue
        missing.append(char)
    for char in sorted(missing):
        log.warning("no installed font has U+%04X %s; it is shown as %s", ord(char),
                    unicodedata.name(char, "(unnamed)"), MISSING_GLYPH)
        text = text.replace(char, MISSING_GLYPH)
    return text


# ---------------------------------------------------------------------------- the fit loop


def _grid_em(base_pt: float) -> int:
    return math.floor(CONTENT_PT / base_pt + 1e-6)


class _Layouts:
    """Lays out the brief at a font size and list limits; counts layouts; never writes."""

    def __init__(self, content: Content, cfg: BriefConfig) -> None:
        self.content, self.cfg, self.count = content, cfg, 0
        self.weasyprint = _weasyprint()
        self.fetcher = make_url_fetcher(template_dirs(cfg))
        self.base_url = str(template_dirs(cfg)[-1])
        brand = cfg.branding
        self.families = tuple(f for f in (brand.serif_font, brand.sans_font, getattr(brand, "kai_font", "")) if f)

    def html(self, base_pt: float, limits: dict[str, int], emergency: bool = False) -> str:
        ctx = context(self.content, self.cfg, "pdf", limits, base_pt=base_pt, grid_em=_grid_em(base_pt),
                      page=MARGIN_MM, emergency=emergency)
        return replace_missing_glyphs(render_template(TEMPLATES["pdf"], ctx, self.cfg), self.families)

    def __call__(self, base_pt: float, limits: dict[str, int], emergency: bool = False) -> Any:
        self.count += 1
        html = self.weasyprint.HTML(string=self.html(base_pt, limits, emergency), base_url=self.base_url,
                                    url_fetcher=self.fetcher)
        return html.render(font_config=_font_config())


def _anchors(doc: Any) -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    found = {}
    for number, page in enumerate(doc.pages):
        for name, box in page.anchors.items():
            found.setdefault(name, (number, box))
    return found


def _needed_px(doc: Any) -> float:
    """Height the content needs, as if the page were endless (from #end-marker)."""
    page, (_x1, y1, _x2, _y2) = _anchors(doc).get("end-marker", (len(doc.pages) - 1, (0, TOP_PX + AVAIL_PX, 0, 0)))
    return page * AVAIL_PX + (y1 - TOP_PX)


def _freed_by_dropping(name: str, limit: int, anchors: dict[str, Any]) -> float:
    """Measured height freed when list ``name`` goes from ``limit`` items to one row/item fewer."""

    def height(anchor: str) -> float:
        entry = anchors.get(anchor)
        return 0.0 if entry is None else entry[1][3] - entry[1][1]

    if name == "stats":
        new = (math.ceil(limit / STATS_COLUMNS) - 1) * STATS_COLUMNS
        freed = height(PART_IDS[name]) if new <= 0 else height(f"stats-row-{new // STATS_COLUMNS}")
        return freed
    if limit - 1 <= 0:
        return height(PART_IDS[name])
    if name == "keywords":
        return 0.0  # chips are inline: dropping one rarely frees a line
    if name == "background":
        return height("background") / limit  # one paragraph of inline sentences: an average share
    return height(f"{name}-{limit - 1}")


def _drop_one(name: str, limit: int) -> int:
    if name == "stats":
        return max(0, (math.ceil(limit / STATS_COLUMNS) - 1) * STATS_COLUMNS)
    if name == "keywords":
        return 0  # chips share one line: only removing the whole line frees height
    return limit - 1


Drop = tuple[str, int, float]  # (list, limit before the drop, measured height freed)


def _plan_drops(limits: dict[str, int], over: float,
                anchors: dict[str, Any]) -> tuple[dict[str, int], float, list[Drop]]:
    """Lower list limits in DROP_STAGES order until the measured heights freed cover ``over``."""
    limits, freed, drops = dict(limits), 0.0, []
    for name, keep in DROP_STAGES:
        while freed < over and limits[name] > keep:
            height = _freed_by_dropping(name, limits[name], anchors)
            drops.append((name, limits[name], height))
            freed += height
            limits[name] = _drop_one(name, limits[name])
    return limits, freed, drops


def _plan_estimated_drops(content: Content, limits: dict[str, int], pt: float, goal: float,
                          brand: Branding) -> tuple[dict[str, int], list[Drop]]:
    """Lower list limits in DROP_STAGES order until the estimated height is within ``goal``. Each drop
    carries the estimated height it frees with a margin, so that it comes back only with room to spare."""
    limits, drops = dict(limits), []
    height = _estimate_px(content, limits, pt, brand)
    for name, keep in DROP_STAGES:
        while limits[name] > keep and height > goal:
            before, limits[name] = limits[name], _drop_one(name, limits[name])
            after = _estimate_px(content, limits, pt, brand)
            drops.append((name, before, (height - after) * (1 + ESTIMATE_MARGIN) + SAFETY * goal))
            height = after
    return limits, drops


def _plan_refill(limits: dict[str, int], slack: float, drops: list[Drop]) -> dict[str, int]:
    """Give back the last-dropped items whose measured heights fit in ``slack`` (content before font size)."""
    limits = dict(limits)
    for name, before, height in reversed(drops):
        if height > slack or limits[name] >= before:
            break  # keep the drop order: never restore an earlier drop over a later one
        limits[name], slack = before, slack - height
    return limits


def _snap(pt: float) -> float:
    return max(MIN_PT, min(MAX_PT, math.floor(pt / STEP_PT + 1e-9) * STEP_PT))


def _grow_pt(base_pt: float, needed: float) -> float:
    # A block of text at a fixed width grows with pt² (more lines, each taller); aim a little short.
    return _snap(base_pt * math.sqrt(AVAIL_PX * (1 - SAFETY) / max(needed, 1.0)))


def fit(content: Content, cfg: BriefConfig) -> tuple[Any, float, dict[str, int], int, bool, _Layouts]:
    """Lay out at most MAX_LAYOUTS times; returns (document, pt, limits, layouts, emergency, layouts).

    The first size comes from a character-count estimate (within a few % on the dev sets), so most
    briefs need one layout. A brief too long for MIN_PT loses its lowest-ranked items by the same
    estimate before the first layout; if it still overflows, it is trimmed by measured heights and laid
    out again; space left over goes back to dropped items (by estimate only with room to spare), then
    into a larger font.
    """
    layout = _Layouts(content, cfg)
    limits = {name: min(LIMITS[name], _length(content, name)) for name in LIMITS}
    target = AVAIL_PX * (1 - SAFETY)
    sizes = [MAX_PT - STEP_PT * i for i in range(int((MAX_PT - MIN_PT) / STEP_PT) + 1)]
    pt = next((size for size in sizes if _estimate_px(content, limits, size, cfg.branding) <= target), MIN_PT)
    drops: list[Drop] = []
    if _estimate_px(content, limits, pt, cfg.branding) > target:  # too long even at MIN_PT
        goal = target * (1 - ESTIMATE_MARGIN)
        limits, drops = _plan_estimated_drops(content, limits, pt, goal, cfg.branding)
        # whole items free more than the overflow: the first layout takes the largest size that what is left
        # fits at by the estimate with a second margin, since a larger size can wrap more lines than it counts
        roomy = goal * (1 - ESTIMATE_MARGIN)
        pt = next((size for size in sizes if _estimate_px(content, limits, size, cfg.branding) <= roomy), MIN_PT)
    doc = layout(pt, limits)
    if len(doc.pages) == 1 and not drops:
        grown = _grow_pt(pt, _needed_px(doc))
        if grown >= pt + 2 * STEP_PT:  # the estimate was pessimistic: worth one more layout
            bigger = layout(grown, limits)
            if len(bigger.pages) == 1:
                return bigger, grown, limits, layout.count, False, layout
        return doc, pt, limits, layout.count, False, layout
    if len(doc.pages) > 1 and pt > MIN_PT:
        smaller = _snap(pt * math.sqrt(target / _needed_px(doc)))
        if MIN_PT < smaller < pt:
            doc, pt = layout(smaller, limits), smaller
            if len(doc.pages) == 1:
                return doc, pt, limits, layout.count, False, layout
        pt = MIN_PT
        doc = layout(pt, limits)
    while len(doc.pages) > 1 and layout.count < MAX_LAYOUTS - 1:
        over = _needed_px(doc) - AVAIL_PX + SAFETY * AVAIL_PX
        new_limits, _freed, new_drops = _plan_drops(limits, over, _anchors(doc))
        if new_limits == limits:
            break  # nothing left to drop
        limits, drops = new_limits, drops + new_drops
        doc = layout(pt, limits)
    if len(doc.pages) == 1 and drops and layout.count < MAX_LAYOUTS:
        # Measured heights overshoot or undershoot a little; space left over goes to dropped items first.
        refill = _plan_refill(limits, AVAIL_PX * (1 - SAFETY) - _needed_px(doc), drops)
        if refill != limits:
            fuller = layout(pt, refill)
            if len(fuller.pages) == 1:
                doc, limits = fuller, refill
    if len(doc.pages) > 1:
        # Last resort for absurd input (a title or one key sentence longer than a page): clip the sheet.
        log.warning("%s: the minimum content does not fit one page; the end is clipped", content.title_main[:40])
        limits = {name: min(v, 1) for name, v in limits.items()}
        layout.content = replace(content, title_main=_clipped(content.title_main, EMERGENCY_TITLE_CHARS),
                                 title_sub=_clipped(content.title_sub, EMERGENCY_TITLE_CHARS // 2))
        doc = layout(MIN_PT, limits, emergency=True)
        return doc, MIN_PT, limits, layout.count, True, layout
    if layout.count < MAX_LAYOUTS:
        grown = _grow_pt(pt, _needed_px(doc))
        if grown >= pt + 2 * STEP_PT:  # a quarter point is not worth another layout
            bigger = layout(grown, limits)
            if len(bigger.pages) == 1:
                return bigger, grown, limits, layout.count, False, layout
    return doc, pt, limits, layout.count, False, layout


EMERGENCY_TITLE_CHARS = 80  # a title clipped on the last resort's sheet (a --title of 3,000 characters took 3 pages)


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _length(content: Content, name: str) -> int:
    if name == "points":
        return len(content.points)
    if name == "keywords":
        return len(content.keywords)
    return len(content.lists[name])


def render_pdf(briefing: Briefing, cfg: BriefConfig) -> PdfResult:
    """Fit the brief to one A4 page and write the PDF once."""
    doc, pt, limits, count, emergency, _layout = fit(build_content(briefing), cfg)
    pages = len(doc.pages)
    if pages != 1:
        raise RenderError(f"{briefing.article.name or briefing.article.title[:40]}: brief took {pages} pages")
    try:
        pdf = doc.write_pdf()
    except Exception as err:  # WeasyPrint raises many kinds; the CLI needs one
        raise RenderError(f"writing the PDF failed: {err}") from err
    log.debug("fitted in %d layouts at %.2f pt with %s", count, pt, limits)
    return PdfResult(pdf=pdf, pages=pages, base_pt=pt, layouts=count, limits=limits, emergency=emergency)



def _estimate_px(content: Content, limits: dict[str, int], base_pt: float, brand: Branding | None = None) -> float:
    """Height the brief would need at ``base_pt``, from character counts (no layout): picks the first size."""
    from .render import TITLE_REM, fit_title, text_em

    grid = _grid_em(base_pt)

    def lines(width_em: float, line_em: float) -> int:
        return max(1, math.ceil(width_em / max(line_em, 1.0)))

    rem = _frame_rem(brand or Branding(), bool(content.date_label))
    title = fit_title(content.title_main, content.title_sub, grid - 1, content.title_words)
    size = title["main_rem"] or TITLE_REM
    count = max(len(title["main_lines"]), math.ceil(text_em(content.title_main) * size / (grid - 1)))
    rem += count * size * 1.35 + 0.35
    if content.title_sub:
        rem += 1.1 * 1.4 + 0.1
    if content.meta:
        rem += 0.8 * 1.6 + 0.45
    points = content.points[: limits["points"]]
    if points:
        rem += 1.6 + 1.1 + sum(lines(text_em(p.text), grid - 3.75) for p in points) * 1.6
    if limits["keywords"] and content.keywords:
        rem += 0.9 * 1.9 + 0.3
    for name in ("background", "activities", "stats", "plans"):
        items = content.lists[name][: limits[name]]
        if not items:
            continue
        rem += 1.1 * 1.6 + 0.5
        if name == "background":
            rem += lines(2 + sum(text_em(i.text) for i in items), grid) * 1.6
        elif name == "stats":
            rem += math.ceil(len(items) / STATS_COLUMNS) * 2.85
        else:
            rem += sum(lines(text_em(i.text), grid - 2) for i in items) * 1.6
    return rem * base_pt * 96 / 72


def _frame_rem(brand: Branding, dated: bool) -> float:
    """Masthead and 报尾 (rules, recipients, disclaimer) in rem: 7.2 with the default branding, calibrated
    on the dev sets; each optional line measured at 10.5 pt."""
    rem = 7.2
    if not brand.classification.strip():
        rem -= 1.05
    if brand.issue.strip():
        rem += 1.5  # 第N期
    if brand.unit.strip() and not dated:
        rem += 1.75  # the imprint line, otherwise there for the date alone
    if brand.recipients.strip():
        rem += 1.2  # 报：…　送：…
    return rem
