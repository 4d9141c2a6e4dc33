"""Property-based tests: any text (or bytes) gives a valid Briefing or a BriefError with one clear line.

Invariants (fault_helpers.check_briefing): the summary is within the budget, in document order and made
of the article's sentences (a trimmed one is a prefix of its sentence plus …); sentence and fact
offsets point into the body; every fact's text is in its sentence; one section per sentence.
bench/fuzz.py runs the same properties with many more examples.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brief import load, pipeline, render
from brief.config import BriefConfig
from brief.errors import BriefError
from fault_helpers import ARTICLE, check_briefing

CI_EXAMPLES = int(os.environ.get("BRIEF_PROPERTY_EXAMPLES", "150"))
CI = settings(max_examples=CI_EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HANZI = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
         "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
         "市县区局镇村务助持推进展完设规施保服领导召开会议建设项目群众宣传活动代表")
TRADITIONAL = "這個們會與為國時來說對後發現經於學過還沒種產動當從點問題應開關長實進務設議報導區縣鄉鎮協將際織"
PUNCTUATION = list("。，、；：？！“”‘’（）《》…—·.,!?;:()\"'") + ["……", "——", "。”", "！’"]
NUMBERS = ["0", "1", "12", "3.5", "20.34", "100", "1,245", "2023", "99.9", "一", "二", "十", "百", "千", "两", "〇", "三十",
           "%", "％", "万", "亿", "余", "多", "个", "件", "人次", "元", "万元", "亿元", "年", "月", "日", "届", "第", "至", "-"]
CHROME = ["责任编辑：张三", "分享到：", "来源：新华网", "2023-12-05 10:00", "发布时间：2023年2月30日", "首页 | 登录 | 注册",
          "【字体：大 中 小】", "打印本页", "关闭窗口", "版权所有 © 2023", "扫一扫在手机打开当前页", "本网讯（记者 王明 通讯员 李华）",
          "新华社北京12月4日电", "——副标题", "原标题：测试", "上一篇：无", "http://www.gov.cn/", "下一步，", "今后，", "据统计，"]
WEIRD = ["\u200b", "\u202e", "\u2066", "\ufeff", "\x00", "\x07", "\x1b", "\t", " ", "\u3000", "\xa0", "\r", "\r\n",
         "\u2028", "\ud800", "\udfff", "<p>", "</div>", "<script>", "{{ 7*7 }}", "{% raw %}", "&amp;", "&#12345;",
         "🎉", "👍🏽", "\u0301", "ｆｕｌｌ", "Ａ１", "\U00020000", "ﬁ", "…", "....", "。。。", "\\", "*", "#", "|", "`"]

pieces = st.one_of(
    st.text(alphabet=HANZI, min_size=1, max_size=14),
    st.text(alphabet=TRADITIONAL, min_size=1, max_size=6),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(NUMBERS),
    st.just("\n"),
    st.sampled_from(CHROME).map(lambda line: f"\n{line}\n"),
    st.sampled_from(WEIRD),
    st.text(max_size=4),
)
# Text biased toward Chinese, punctuation, digits and units, chrome-like lines and odd characters.
chinese_like = st.lists(pieces, max_size=120).map("".join)


@st.composite
def sentence_text(draw) -> str:
    """Article-shaped text: paragraphs of clauses with numbers, units and cue words."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 8))):
        sentences = []
        for _ in range(draw(st.integers(1, 6))):
            clauses = [draw(st.text(alphabet=HANZI, min_size=1, max_size=20))]
            for _ in range(draw(st.integers(0, 4))):
                clauses.append(draw(st.sampled_from(["，", "、", "；", "："])))
                clauses.append(draw(st.lists(st.one_of(st.text(alphabet=HANZI, min_size=1, max_size=10),
                                                       st.sampled_from(NUMBERS)), min_size=1, max_size=5).map("".join)))
            sentences.append("".join(clauses) + draw(st.sampled_from(["。", "！", "？", "；", "……", "。”", ""])))
        paragraphs.append("".join(sentences))
    return "\n".join(paragraphs)


@st.composite
def mutated_article(draw) -> str:
    """The sample article with odd pieces inserted and spans deleted."""
    text = ARTICLE
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.one_of(pieces, st.text(max_size=8))) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(0, 40)):]
    return text


TAGS = ["p", "div", "span", "h1", "h2", "title", "article", "main", "section", "table", "tr", "td", "li", "ul", "a",
        "script", "style", "iframe", "noscript", "template", "nav", "footer", "header", "pre", "br", "img", "meta"]
_ATTRS = ['', ' class="content"', ' id="main"', ' src="file:///etc/passwd"', ' href="http://203.0.113.7/"',
          ' style="display:none"', ' charset="gbk"', ' content="2023-12-05"', ' property="og:title" content="标题"']
html_bits = st.one_of(
    st.builds(lambda tag, attrs: f"<{tag}{attrs}>", st.sampled_from(TAGS), st.sampled_from(_ATTRS)),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(["<!-- 注释 -->", "<!--", "-->", "<![CDATA[x]]>", "<!DOCTYPE html>", "&nbsp;", "&lt;", "&#x4e2d;",
                     "&#0;", "&#xD800;", "&bogus;", "<", ">", "<<p>>", "<p/>", "</>", "<?xml version='1.0'?>"]),
    pieces,
)


@st.composite
def html_page(draw) -> str:
    """A page that sniffs as HTML: random (often broken) markup around Chinese text."""
    body = "".join(draw(st.lists(html_bits, max_size=80)))
    if draw(st.booleans()):
        body += "".join(f"<p>{line}</p>" for line in draw(sentence_text()).splitlines())
    return f"<html><head><title>{draw(st.text(alphabet=HANZI, max_size=20))}</title></head><body>{body}</body></html>"


def brief_html_or_error(page: str, cfg: BriefConfig):
    """An HTML page through trafilatura (or the tag-stripping fallback): a valid brief or a clear error."""
    try:
        briefing = pipeline.brief_document(load.from_text(page, "<fuzz.html>", cfg, html=True), cfg)
    except BriefError as err:
        assert str(err).strip() and "\n" not in str(err).strip()
        return None
    check_briefing(briefing, cfg)
    html = render.render(briefing, "html", cfg).decode("utf-8").lower()
    assert "<script" not in html and "<iframe" not in html and "<img" not in html
    return briefing


configs = st.builds(
    BriefConfig,
    budget=st.integers(10, 400),
    max_summary_sentences=st.integers(1, 8),
    keywords=st.integers(0, 12),
)
ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]


def brief_or_error(text: str, cfg: BriefConfig, title: str | None = None):
    """The property itself: a Briefing that keeps every invariant and renders as JSON, or a one-line BriefError."""
    try:
        briefing = pipeline.brief_text(text, cfg, title=title)
    except BriefError as err:
        message = str(err)
        assert message.strip() and "\n" not in message.strip(), f"error is not one clear line: {message!r}"
        return None
    check_briefing(briefing, cfg)
    document = json.loads(render.render(briefing, "json", cfg))
    assert len(document["sentences"]) == len(briefing.sentences)
    return briefing


def brief_bytes_or_error(data: bytes, cfg: BriefConfig):
    """Same from raw bytes (encoding detection, binary sniffing, HTML sniffing included)."""
    try:
        briefing = pipeline.brief_document(load.load_bytes(data, "<fuzz>", cfg), cfg)
    except BriefError as err:
        assert str(err).strip() and "\n" not in str(err).strip()
        return None
    check_briefing(briefing, cfg)
    render.render(briefing, "json", cfg)
    return briefing


def encoded(text: str, encoding: str, cut: int | None) -> bytes:
    # surrogatepass exists only for the UTF codecs; legacy codecs replace what they cannot encode
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    return data[:cut] if cut is not None else data


encoded_text = st.builds(encoded, st.one_of(chinese_like, sentence_text(), mutated_article()),
                         st.sampled_from(ENCODINGS), st.one_of(st.none(), st.integers(0, 3000)))

def render_every_format(value: tuple[str, str | None], cfg: BriefConfig):
    """A brief (with an optional title override) in every text format; markup never becomes markup."""
    text, title = value
    briefing = brief_or_error(text, cfg, title=title)
    if briefing is None:
        return None
    for fmt in ("html", "email", "md", "txt"):
        out = render.render(briefing, fmt, cfg).decode("utf-8")
        assert out.strip()
        if fmt in ("html", "email"):
            assert "<script" not in out.lower()
    return briefing


@st.composite
def traditional_article(draw) -> tuple[str, str | None]:
    """A mutated article (and maybe a title) in Traditional Chinese, as opencc writes it for Taiwan or Hong Kong."""
    import opencc

    convert = opencc.OpenCC(draw(st.sampled_from(["s2t", "s2tw", "s2hk"]))).convert
    title = draw(st.one_of(st.none(), chinese_like))
    return convert(draw(mutated_article())), title and convert(title)


titled_text = st.tuples(st.one_of(chinese_like, mutated_article(), sentence_text()), st.one_of(st.none(), chinese_like))

# name → (strategy, property(value, cfg) → Briefing | None): shared with bench/fuzz.py.
PROPERTIES = {
    "any_unicode": (st.text(max_size=400), brief_or_error),
    "chinese_like": (chinese_like, brief_or_error),
    "article_shaped": (sentence_text(), brief_or_error),
    "mutated_article": (mutated_article(), brief_or_error),
    "random_bytes": (st.binary(max_size=1500), lambda data, cfg: brief_bytes_or_error(data, BriefConfig())),
    "encoded_text": (encoded_text, lambda data, cfg: brief_bytes_or_error(data, BriefConfig())),
    "titles_and_formats": (titled_text, render_every_format),
    "html_pages": (html_page(), brief_html_or_error),
    "traditional": (traditional_article(), render_every_format),
}


@CI
@given(st.text(max_size=400), configs)
def test_any_unicode_text(text, cfg):
    brief_or_error(text, cfg)


@CI
@given(chinese_like, configs)
def test_chinese_like_text(text, cfg):
    brief_or_error(text, cfg)


@CI
@given(sentence_text(), configs)
def test_article_shaped_text(text, cfg):
    briefing = brief_or_error(text, cfg)
    if briefing is not None:
        assert briefing.summary


@CI
@given(mutated_article(), configs, st.one_of(st.none(), chinese_like))
@example(  # found by bench/fuzz.py: a byline aside dropped from a chosen sentence
    ARTICLE.replace("活动期间，各界代表参观", "活动期间，各界代表参观\n本网讯（记者 王明 通讯员 李华）一\n"),
    BriefConfig(budget=32, max_summary_sentences=3, keywords=0), None)
def test_mutated_article_and_any_title(text, cfg, title):
    brief_or_error(text, cfg, title=title)


@settings(CI, max_examples=max(CI_EXAMPLES // 2, 10))
@given(st.one_of(st.binary(max_size=1500), encoded_text))
def test_any_bytes(data):
    brief_bytes_or_error(data, BriefConfig())


@settings(CI, max_examples=max(CI_EXAMPLES // 5, 10))
@given(titled_text)
def test_every_text_format_renders(value):
    """HTML, email, Markdown and text render too; markup in the text never becomes markup."""
    render_every_format(value, BriefConfig())


@settings(CI, max_examples=max(CI_EXAMPLES // 2, 10))
@given(html_page(), configs)
def test_any_html_page(page, cfg):
    brief_html_or_error(page, cfg)


@CI
@given(traditional_article(), configs)
def test_a_traditional_article_renders_in_every_format(value, cfg):
    render_every_format(value, cfg)
