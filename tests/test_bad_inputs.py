"""Bad inputs: each kind ends in a good brief or one clear error line (exit 2) — never a traceback,
never a partial or empty output file, never a file read or a network request caused by content.

Most kinds run in-process (pipeline + every text format); a representative handful runs through the
real CLI in a subprocess, and a few render the PDF with network and file access watched.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
import zlib
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from brief import pipeline, render
from brief.config import BriefConfig
from brief.errors import BriefError
from brief.models import Briefing
from brief.written import Written
from fault_helpers import ARTICLE, ARTICLE_BODY, ARTICLE_TITLE, ROOT, article_text, check_briefing

TEXT_FORMATS = ("json", "html", "email", "md", "txt")
SECRET = "TOPSECRET-7f3a9c"  # content of a file that content must never make us read

# ---------------------------------------------------------------- watching files and the network

_WATCH: dict[str, object] = {"on": False, "opened": []}


def _audit(event: str, args: tuple) -> None:
    if _WATCH["on"] and event == "open" and args and isinstance(args[0], str | bytes):
        path = args[0].decode(errors="replace") if isinstance(args[0], bytes) else args[0]
        _WATCH["opened"].append(path)  # type: ignore[union-attr]


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one only records while a run is watched

_ALLOWED_PREFIXES = tuple(
    str(p)
    for p in {
        Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(), Path(sys.prefix), Path(sys.base_prefix),
        ROOT / "brief", ROOT / "templates", Path(tempfile.gettempdir()),
    }
) + ("/dev/null", "/etc/mime.types", "/usr/share/", "/usr/lib/", "/proc/self/", "/sys/")


@contextmanager
def watched(monkeypatch):
    """Record every file opened; make every network attempt fail loudly and be recorded."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:200])
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    _WATCH["opened"] = []
    _WATCH["on"] = True
    try:
        yield attempts, _WATCH["opened"]
    finally:
        _WATCH["on"] = False


def assert_nothing_fetched(attempts: list[str], opened: list[str], extra_allowed: tuple[str, ...] = ()) -> None:
    assert not attempts, f"network access attempted: {attempts}"
    bad = [p for p in opened if "passwd" in p or os.path.basename(p) == "secret.txt"]
    assert not bad, f"content made us open {bad}"
    outside = sorted({p for p in opened if not os.path.abspath(p).startswith(_ALLOWED_PREFIXES + extra_allowed)})
    assert not outside, f"files opened outside the package and its dependencies: {outside}"


# ---------------------------------------------------------------- running one input in-process


@dataclass
class Outcome:
    briefing: Briefing | None
    error: str | None
    outputs: dict[str, str]
    pdf: bytes | None = None


def run_inprocess(path: Path | str, cfg: BriefConfig, *, pdf: bool = False, formats=TEXT_FORMATS) -> Outcome:
    """brief_article + every format; a BriefError becomes the outcome's error (anything else fails)."""
    try:
        briefing = pipeline.brief_article(path, cfg)
        outputs = {fmt: render.render(briefing, fmt, cfg).decode("utf-8") for fmt in formats}
        pdf_bytes = render.render(briefing, "pdf", cfg) if pdf else None
    except BriefError as err:
        return Outcome(None, str(err), {})
    return Outcome(briefing, None, outputs, pdf_bytes)


def assert_clear_error(message: str, name: str = "") -> None:
    assert message.strip(), "empty error message"
    assert "\n" not in message.replace(name, "").strip(), f"error is not one line: {message!r}"
    assert "Traceback" not in message
    assert len(message) < 300 + len(name), f"error message too long: {message[:400]!r}"


def assert_good_outputs(outcome: Outcome, cfg: BriefConfig) -> None:
    check_briefing(outcome.briefing, cfg)
    for fmt, text in outcome.outputs.items():
        assert text.strip(), f"{fmt} output is empty"
        assert "Traceback" not in text
    document = json.loads(outcome.outputs["json"])
    assert document["schema"] == "brief/1"
    assert document["summary"], "a good brief has key sentences"
    for fmt in ("html", "email"):
        lowered = outcome.outputs[fmt].lower()
        for tag in ("<script", "<iframe", "<img", "<object", "<embed", "<link href=\"http", "href=\"javascript:", "src=\"http"):
            assert tag not in lowered, f"{fmt} output contains {tag}"
    if outcome.pdf is not None:
        import pypdf

        assert outcome.pdf.startswith(b"%PDF") and len(outcome.pdf) > 1000
        assert len(pypdf.PdfReader(io.BytesIO(outcome.pdf)).pages) == 1, "the brief is one page"


# ---------------------------------------------------------------- the corpus


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


def _gzip() -> bytes:
    import gzip

    return gzip.compress(ARTICLE.encode("utf-8"))


TRADITIONAL_TITLE = "市政府召開經濟工作會議"
TRADITIONAL = (
    f"{TRADITIONAL_TITLE}\n"
    "12月5日，市政府召開全市經濟工作會議，總結今年經濟發展情況，部署明年重點工作。\n"
    "會議指出，今年全市地區生產總值達到1200億元，同比增長6.5%，經濟運行總體穩定。\n"
    "會議要求，各部門要進一步優化營商環境，推動產業轉型升級，切實保障和改善民生。\n"
    "下一步，市政府將繼續加大對中小企業的支持力度，力爭明年新增就業崗位3萬個。\n"
)
JINJA = "{{ 7*7 }}"
JINJA_BLOCK = "{% include '/etc/passwd' %}{% for x in range(3) %}x{% endfor %}"
SCRIPT = "<script>alert(1)</script>"
EXTERNAL_HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{ARTICLE_TITLE}</title>
<link rel="stylesheet" href="http://203.0.113.7/evil.css">
<link rel="stylesheet" href="file://{{secret}}">
<style>@import url("http://203.0.113.7/x.css"); body {{ background: url(file:///etc/passwd); }}</style>
<script src="http://203.0.113.7/x.js"></script>
</head><body><article><h1>{ARTICLE_TITLE}</h1>
<img src="file:///etc/passwd"><img src="file://{{secret}}"><img src="http://203.0.113.7/pixel.gif">
<iframe src="file:///etc/passwd"></iframe><object data="http://203.0.113.7/o.swf"></object>
<svg><image href="file:///etc/passwd"/></svg>
{"".join(f"<p>{line}</p>" for line in ARTICLE_BODY.splitlines())}
<p style="background:url(http://203.0.113.7/bg.png)">活动现场还设置了咨询台，为群众解答法律问题。</p>
</article></body></html>"""


def _html(body: str, title: str = ARTICLE_TITLE, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def _paragraphs(body: str = ARTICLE_BODY) -> str:
    return "".join(f"<p>{line}</p>" for line in body.splitlines())


def _many_sentences(n: int) -> str:
    subjects = ["市司法局", "县政府", "区人社局", "镇党委", "市教育局", "街道办事处", "市卫健委", "县农业农村局"]
    acts = ["召开专题会议", "开展专项检查", "组织业务培训", "推进重点项目", "走访困难群众", "部署安全生产"]
    lines, paragraph = [], []
    for i in range(n):
        paragraph.append(f"{subjects[i % 8]}{acts[i % 6]}第{i}次，共有{i % 97 + 3}个单位参加。")
        if len(paragraph) == 10:
            lines.append("".join(paragraph))
            paragraph = []
    return "\n".join(lines + ["".join(paragraph)])


def _date_is_valid(b: Briefing) -> None:
    if b.article.date is not None:
        dt.date.fromisoformat(b.article.date)  # a real calendar date, or None


def _keeps_traditional(b: Briefing) -> None:
    shown = Written(b)  # the stages read a Simplified copy (Briefing.written: the article as written)
    text = "".join(shown(s.text, s.index) for s in b.sentences)
    assert "經濟" in text or "會議" in text, "sentences must be shown in the traditional characters as written"
    assert "经济" not in text and "会议" not in text
    assert any("會" in point or "經" in point or "達" in point for point in (shown(s.text, s.index) for s in b.summary))
    assert shown.article.title == TRADITIONAL_TITLE
    assert all(shown(k.word) in shown.article.body or shown(k.word) in shown.article.title for k in b.keywords)


def _no_invisible(b: Briefing) -> None:
    for ch in "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\x00\x07\x1b":
        assert ch not in b.article.body and ch not in b.article.title


def _jinja_literal(b: Briefing, outputs: dict[str, str]) -> None:
    document = json.loads(outputs["json"])
    texts = [document["title"], document["body"]] + [item["text"] for item in document["summary"]]
    assert not any("49" in text for text in texts), "{{ 7*7 }} was evaluated"
    for fmt, text in outputs.items():
        if fmt != "json":  # the JSON carries scores, where 49 may occur as digits
            assert "49" not in text, f"{{{{ 7*7 }}}} was evaluated in {fmt}"
        assert "root:x:0:0" not in text, f"an include was evaluated in {fmt}"
    shown = "".join(item.text for item in b.summary) + b.article.title
    if JINJA in shown:
        for fmt in ("html", "txt", "md"):
            assert "7*7" in outputs[fmt] or "7\\*7" in outputs[fmt], f"the literal {JINJA} is missing from {fmt}"


def _script_as_text(b: Briefing, outputs: dict[str, str]) -> None:
    for fmt in ("html", "email"):
        assert "<script" not in outputs[fmt].lower()
    if "alert(1)" in b.article.title:
        assert "alert(1)" in outputs["html"], "the title's text is shown, escaped"
        assert "&lt;script&gt;" in outputs["html"]


def _script_removed_from_page(b: Briefing) -> None:
    assert "alert" not in b.article.body and "color:" not in b.article.body and "evil" not in b.article.body


def _finite_facts(b: Briefing, outputs: dict[str, str]) -> None:
    import math

    assert all(math.isfinite(fact.value) for fact in b.statistics)

    def refuse(constant: str):
        raise AssertionError(f"JSON output holds {constant}: not valid JSON")

    json.loads(outputs["json"], parse_constant=refuse)


XXE_HTML = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
            '<!ENTITY pw SYSTEM "file:///etc/passwd">]><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>'
            f'</head><body><article><h1>{ARTICLE_TITLE}</h1>{_paragraphs()}<p>&xxe;&pw;机密内容不得外传。</p></article></body></html>')


@dataclass(frozen=True)
class Kind:
    """One kind of bad input: how to write it, what must happen, extra checks."""

    make: Callable[[Path], Path]
    expect: str  # "ok": a good brief; "error": one clear error line; "either"
    check: Callable[..., None] | None = None
    check_outputs: Callable[..., None] | None = None
    pdf: bool = False
    slow: str = ""  # why it is too slow for CI (runs with BRIEF_SLOW_TESTS=1)


def write(name: str, data: bytes | str | Callable[[Path], bytes | str]) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        content = data(tmp) if callable(data) else data
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return make


def _fifo(tmp: Path) -> Path:
    path = tmp / "fifo.txt"
    os.mkfifo(path)
    return path


def _folder(tmp: Path) -> Path:
    (tmp / "folder.txt").mkdir()
    (tmp / "folder.txt" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp / "folder.txt"


def _dangling(tmp: Path) -> Path:
    (tmp / "link.txt").symlink_to(tmp / "nowhere.txt")
    return tmp / "link.txt"


def _big_file(size: int) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "big.txt"
        line = ARTICLE_BODY.encode("utf-8") + b"\n"
        with path.open("wb") as handle:
            while handle.tell() < size:
                handle.write(line)
        return path

    return make


def _mixed(tmp: Path) -> bytes:
    lines = ARTICLE.splitlines()
    return b"\n".join(line.encode("gbk") if i % 2 else line.encode("utf-8") for i, line in enumerate(lines))


def _invalid_utf8(tmp: Path) -> bytes:
    data = ARTICLE.encode("utf-8")
    cut = data.index("活动期间".encode("utf-8"))
    return data[:cut] + b"\xff\xfe\xc3\x28\x80\xed\xa0\x80" + data[cut + 1:]  # also half a character


KINDS: dict[str, Kind] = {
    # empty and nearly empty
    "empty": Kind(write("empty.txt", b""), "error"),
    "whitespace_only": Kind(write("ws.txt", " \t\n\r\n\u3000\u00a0 \n" * 50), "error"),
    "invisible_only": Kind(write("zw.txt", "\u200b\u200d\ufeff\u2060\n" * 20), "error"),
    "one_sentence": Kind(write("one.txt", "市政府召开常务会议，研究部署近期重点工作。"), "ok"),
    "title_only": Kind(write("title.txt", ARTICLE_TITLE), "either"),
    "no_punctuation": Kind(write("nopunct.txt", ARTICLE_BODY.translate({ord(c): None for c in "，。、“”％%.；：！？（）"})), "ok"),
    "single_line_100k": Kind(write("long.txt", (ARTICLE_BODY.replace("\n", "") * 400)[:100_000]), "ok"),
    "single_line_100k_no_punctuation": Kind(write("long2.txt", ("市政府召开常务会议研究部署近期重点工作" * 6000)[:100_000]), "ok"),
    "one_character_repeated": Kind(write("aaa.txt", "啊" * 50_000), "either"),
    "two_thousand_sentences": Kind(write("many2k.txt", lambda t: ARTICLE_TITLE + "\n" + _many_sentences(2_000)), "ok"),
    "ten_thousand_sentences": Kind(write("many.txt", lambda t: ARTICLE_TITLE + "\n" + _many_sentences(10_000)), "ok"),
    "same_sentence_1000_times": Kind(write("dup.txt", ARTICLE_TITLE + "\n" + "市政府召开常务会议，研究部署近期重点工作。\n" * 1000), "ok"),
    "million_blank_lines": Kind(write("blank.txt", ARTICLE_TITLE + "\n" * 1_000_000 + ARTICLE_BODY), "ok"),
    "file_20mb": Kind(_big_file(20 * 1024 * 1024), "error"),
    # not text at all
    "png": Kind(write("image.txt", _png()), "error"),
    "pdf": Kind(write("doc.txt", _pdf()), "error"),
    "zip": Kind(write("archive.txt", _zip()), "error"),
    "gzip": Kind(write("article.txt.gz", _gzip()), "error"),
    "random_bytes": Kind(write("random.txt", bytes((i * 7919 + 13) % 256 for i in range(20_000))), "error"),
    "nul_bytes": Kind(write("nul.txt", ARTICLE.replace("活动期间", "活动\x00\x00期间").encode("utf-8")), "either", _no_invisible),
    "nul_bytes_late": Kind(write("nul2.txt", ("\n" * 5000 + ARTICLE + "\x00" * 10).encode("utf-8")), "either", _no_invisible),
    # encodings
    "invalid_utf8": Kind(write("bad.txt", _invalid_utf8), "either"),
    "utf8_bom": Kind(write("bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")), "ok"),
    "gbk": Kind(write("gbk.txt", ARTICLE.encode("gbk")), "ok"),
    "gb18030": Kind(write("gb18030.txt", (ARTICLE + "参加活动的还有𠀾𪚥两位代表。\n").encode("gb18030")), "ok"),
    "big5": Kind(write("big5.txt", TRADITIONAL.encode("big5")), "ok", _keeps_traditional),
    "big5_hkscs": Kind(write("hk.txt", (TRADITIONAL + "市民表示：「呢次會議好重要，佢哋都好關心。」\n").encode("big5hkscs")), "ok", _keeps_traditional),
    "cp950": Kind(write("cp950.txt", (TRADITIONAL + "會議在碁石大樓舉行。\n").encode("cp950")), "ok", _keeps_traditional),
    "utf16le_bom": Kind(write("u16le.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")), "ok"),
    "utf16be_bom": Kind(write("u16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")), "ok"),
    "utf16le_no_bom": Kind(write("u16le2.txt", ARTICLE.encode("utf-16-le")), "ok"),
    "utf16be_no_bom": Kind(write("u16be2.txt", ARTICLE.encode("utf-16-be")), "ok"),
    "utf16_bom_odd_length": Kind(write("u16odd.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le") + b"\x41"), "either"),
    "utf32le_no_bom": Kind(write("u32le.txt", ARTICLE.encode("utf-32-le")), "ok"),
    "utf32be_no_bom": Kind(write("u32be.txt", ARTICLE.encode("utf-32-be")), "ok"),
    "utf32_bom": Kind(write("u32.txt", codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le")), "ok"),
    "mixed_utf8_gbk": Kind(write("mixed.txt", _mixed), "ok"),
    "html_meta_charset_gbk": Kind(write("gbk.html", _html(_paragraphs()).replace("utf-8", "gbk").encode("gbk")), "ok"),
    "html_wrong_meta_charset": Kind(write("wrong.html", _html(_paragraphs()).replace("utf-8", "no-such-charset").encode("gbk")), "ok"),
    "traditional_utf8": Kind(write("trad.txt", TRADITIONAL), "ok", _keeps_traditional, pdf=True),
    "crlf_and_cr": Kind(write("crlf.txt", ARTICLE.replace("\n", "\r\n")[:200] + ARTICLE.replace("\n", "\r")[200:]), "ok"),
    # other languages and symbols
    "english_only": Kind(write("en.txt", "City council meets. The mayor spoke about the budget. " * 20), "error"),
    "japanese": Kind(write("ja.txt", "東京都は本日、新しい経済対策を発表しました。これにより、中小企業の支援が強化されます。\n" * 5), "error"),
    "korean": Kind(write("ko.txt", "서울시는 오늘 새로운 경제 대책을 발표했습니다. 중소기업 지원이 강화됩니다.\n" * 5), "error"),
    "emoji": Kind(write("emoji.txt", article_text(ARTICLE_TITLE + "🎉🇨🇳", ARTICLE_BODY.replace("。", "👍。").replace("，", "，🔥"))), "ok", pdf=True),
    "control_characters": Kind(write("ctrl.txt", ARTICLE.replace("，", "，\x07\x1b[31m\x08").replace("。", "。\x0c\x1f\x7f\x85")), "ok", _no_invisible),
    "bidi_zero_width": Kind(write("bidi.txt", ARTICLE.replace("市", "市\u200b").replace("，", "\u202e，\u2066").replace("。", "\u200f。\ufeff\u2069")), "ok", _no_invisible),
    "lone_surrogate_escapes": Kind(write("sur.txt", ARTICLE.encode("utf-8") + b"\xed\xa0\x80\xed\xb0\x80\n"), "either"),
    "huge_numbers": Kind(write("huge.txt", article_text(body=ARTICLE_BODY.replace("1200件", "9" * 400 + "亿件、1e308亿元、九千九百九十九万亿亿亿件、１２３４５万元、0.0000000000000000001%"))),
                         "ok", None, _finite_facts),
    "kana_in_chinese": Kind(write("kana.txt", article_text(body=ARTICLE_BODY.replace("，", "のです，"))), "ok"),
    "arabic_in_chinese": Kind(write("ar.txt", article_text(body=ARTICLE_BODY.replace("活动期间", "مرحبا بالعالم活动期间"))), "ok"),
    "long_unbroken_token": Kind(write("url.txt", article_text(body=ARTICLE_BODY.replace("活动期间", "活动期间http://example.com/" + "a" * 3000 + "，")
                                                               .replace("代表们", "编号" + "1234567890" * 200 + "的代表们"))), "ok", pdf=True),
    "json_given_as_article": Kind(write("rec.txt", json.dumps({"id": 1, "text": ARTICLE}, ensure_ascii=False)), "either"),
    "svg_file": Kind(write("pic.svg", '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/><text>市政府召开常务会议，研究部署近期重点工作。</text></svg>'), "either"),
    "only_numbers": Kind(write("nums.txt", "\n".join(f"{i} {i * 3.14:.2f} {i * 1000}" for i in range(200))), "error"),
    "only_punctuation": Kind(write("punct.txt", "。，、；：？！“”（）《》……——" * 100), "error"),
    "markdown_specials": Kind(write("md.txt", article_text("# 标题 *强调* [链接](javascript:alert(1))", ARTICLE_BODY.replace("，", "，**`|")).replace("活动期间", "[点此](javascript:alert(1))活动期间")), "ok"),
    # HTML
    "html_script_style_iframe": Kind(write("page.html", _html(
        "<script>var evil = 'alert(1)';document.write('黑客攻击代码');</script><style>p { color: red }</style>"
        "<iframe src=\"http://203.0.113.7/\">内嵌框架</iframe><noscript>请启用脚本</noscript>" + _paragraphs()
        + "<script>alert('再次')</script>")), "ok", _script_removed_from_page),
    "html_malformed": Kind(write("broken.html", "<html><head><title>" + ARTICLE_TITLE + "<body><div><p>" + ARTICLE_BODY.replace("\n", "<p><b><i>")
                                 + "</div></div></span><<<>>>&&&#xZZZ;&#99999999;<!-- unterminated"), "ok"),
    "html_only_chrome": Kind(write("chrome.html", _html("<nav>首页 | 登录 | 注册</nav><footer>版权所有 ICP备12345号</footer>")), "error"),
    "html_external_resources": Kind(write("ext.html", lambda t: EXTERNAL_HTML.replace("{secret}", str(t / "secret.txt"))), "ok", pdf=True),
    "html_xml_external_entity": Kind(write("xxe.xhtml", lambda t: XXE_HTML.replace("{secret}", str(t / "secret.txt"))), "ok"),
    "html_xml_external_entity_as_html": Kind(write("xxe.html", lambda t: XXE_HTML.replace("{secret}", str(t / "secret.txt"))), "ok"),
    "html_deeply_nested": Kind(write("deep.html", "<html><body>" + "<div>" * 5000 + "<p>" + ARTICLE_BODY + "</p>" + "</div>" * 5000 + "</body></html>"), "either"),
    "html_entity_bomb": Kind(write("bomb.html", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                                   '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                                   + _html(_paragraphs() + "<p>&lol3;</p>")), "either"),
    "only_a_table": Kind(write("table.html", _html("<table>" + "".join(
        f"<tr><td>{name}</td><td>{n}个</td><td>{n * 3}万元</td></tr>" for name, n in (("东湖街道", 12), ("石桥镇", 8), ("青禾县", 31))) + "</table>")), "either"),
    "text_table": Kind(write("table.txt", "地区 | 项目数 | 金额\n" + "\n".join(f"东湖街道{i} | {i}个 | {i * 3}万元" for i in range(30))), "either"),
    "text_with_html_suffix": Kind(write("plain.html", ARTICLE), "ok"),
    "html_with_txt_suffix": Kind(write("page.txt", _html(_paragraphs())), "ok"),
    # template injection and markup in text and title
    "jinja_in_text": Kind(write("jinja.txt", article_text(ARTICLE_TITLE, ARTICLE_BODY.replace("活动期间，", f"活动期间{JINJA}，{JINJA_BLOCK}"))), "ok", None, _jinja_literal),
    "jinja_in_title": Kind(write("jinja_title.txt", article_text(f"关于{JINJA}{JINJA_BLOCK}的通知")), "ok", None, _jinja_literal, pdf=True),
    "script_in_text": Kind(write("script.txt", article_text(ARTICLE_TITLE, ARTICLE_BODY.replace("活动期间，", f"活动期间{SCRIPT}，<img src=x onerror=alert(2)>"))), "ok", None, _script_as_text),
    "script_in_title": Kind(write("script_title.txt", article_text(f"{SCRIPT}市司法局举办开放日")), "ok", None, _script_as_text),
    "script_in_html_title": Kind(write("script_title.html", _html(_paragraphs(), title="&lt;script&gt;alert(1)&lt;/script&gt;市司法局举办开放日")), "ok", None, _script_as_text),
    "title_500_chars": Kind(write("longtitle.txt", article_text(("关于进一步加强和改进基层法治建设工作的实施意见" * 30)[:500])), "ok", pdf=True),
    "odd_dates": Kind(write("dates.txt", ARTICLE_TITLE + "\n发布时间：2023-02-30 25:61\n" + ARTICLE_BODY + "\n二〇二三年十二月五日\n2023年13月45日\n"), "ok", _date_is_valid),
    "odd_dates_2": Kind(write("dates2.txt", ARTICLE_TITLE + "\n日期：0000-00-00\n" + ARTICLE_BODY), "ok", _date_is_valid),
    "odd_dates_3": Kind(write("dates3.txt", ARTICLE_TITLE + "\n2023/2/29 来源：本地日报\n" + ARTICLE_BODY), "ok", _date_is_valid),
    "odd_dates_4": Kind(write("dates4.txt", ARTICLE_TITLE + "\n发布日期：1999年12月31日 23:59:59\n" + ARTICLE_BODY), "ok", _date_is_valid),
    # paths that are not readable files
    "folder": Kind(_folder, "error"),
    "missing_file": Kind(lambda t: t / "missing.txt", "error"),
    "dangling_symlink": Kind(_dangling, "error"),
    "fifo": Kind(_fifo, "error"),
    "proc_mem_read_error": Kind(lambda t: Path("/proc/self/mem"), "error"),
    "file_name_too_long": Kind(lambda t: t / ("长" * 200 + ".txt"), "error"),
    "path_too_long": Kind(lambda t: t / ("a/" * 3000 + "x.txt"), "error"),
    "symlink_loop": Kind(lambda t: (t / "loop1").symlink_to(t / "loop2") or (t / "loop2").symlink_to(t / "loop1") or t / "loop1", "error"),
    "dev_zero": Kind(lambda t: Path("/dev/zero"), "error"),
}


def test_corpus_has_at_least_40_kinds():
    assert len(KINDS) >= 40


SLOW_TESTS = os.environ.get("BRIEF_SLOW_TESTS") == "1"


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.skipif(bool(KINDS[name].slow) and not SLOW_TESTS, reason=KINDS[name].slow))
    for name in sorted(KINDS)
])
def test_bad_input(name: str, tmp_path: Path, monkeypatch):
    """Good brief or one clear error; nothing fetched; invariants hold."""
    kind = KINDS[name]
    cfg = BriefConfig()
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = kind.make(tmp_path)
    with watched(monkeypatch) as (attempts, opened):
        outcome = run_inprocess(path, cfg, pdf=kind.pdf)
    assert_nothing_fetched(attempts, opened, extra_allowed=(str(tmp_path),))
    assert str(secret) not in opened
    if outcome.error is not None:
        assert kind.expect in ("error", "either"), f"{name}: expected a brief, got error {outcome.error!r}"
        assert_clear_error(outcome.error, str(path))
        return
    assert kind.expect in ("ok", "either"), f"{name}: expected an error, got a brief"
    assert_good_outputs(outcome, cfg)
    for text in outcome.outputs.values():
        assert SECRET not in text and "root:x:0:0" not in text
    if outcome.pdf is not None:
        assert SECRET.encode() not in outcome.pdf
    if kind.check:
        kind.check(outcome.briefing)
    if kind.check_outputs:
        kind.check_outputs(outcome.briefing, outcome.outputs)


def test_unreadable_file_chmod_000(tmp_path: Path):
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading (see the fifo and /proc kinds)")
        outcome = run_inprocess(path, BriefConfig(), formats=("json",))
        assert outcome.error and "permission denied" in outcome.error
    finally:
        path.chmod(0o644)


def test_size_limit_is_configurable(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE * 40, encoding="utf-8")  # ~17 KB
    outcome = run_inprocess(path, BriefConfig(max_input_bytes=4096), formats=("json",))
    assert outcome.error and "too large" in outcome.error and "--max-input-mb" in outcome.error
    assert run_inprocess(path, BriefConfig(max_input_bytes=1 << 20), formats=("json",)).error is None


def test_batch_record_text_kinds():
    """The same content through the batch path (records, not files): lone surrogates, NULs, huge text."""
    from brief.records import brief_record

    cfg = BriefConfig(max_input_bytes=64 * 1024)
    cases = [
        {"id": "ok", "text": ARTICLE},
        {"id": "surrogate", "text": ARTICLE.replace("活动期间", "活动\ud800期间")},
        {"id": "nul", "text": ARTICLE.replace("活动期间", "活动\x00期间")},
        {"id": "jinja", "text": ARTICLE, "title": JINJA + SCRIPT},
        {"id": "big", "text": ARTICLE * 200},
        {"id": "empty", "text": ""},
        {"id": "not-text", "text": 42},
        {"id": "bad-title", "text": ARTICLE, "title": ["x"]},
        {"id": "mojibake", "text": ARTICLE.encode("utf-8").decode("gbk", errors="replace")},  # UTF-8 read as GBK
    ]
    for record in cases:
        try:
            result = brief_record(dict(record, _line=1), cfg)
        except BriefError as err:
            assert record["id"] in ("big", "empty", "not-text", "bad-title", "surrogate", "nul", "mojibake"), (record["id"], err)
            assert_clear_error(str(err))
            continue
        assert result["id"] == record["id"] and result["summary"]
        json.dumps(result, ensure_ascii=False).encode("utf-8")  # must be encodable (no lone surrogates)
        if record["id"] == "jinja":
            assert result["title"].startswith(JINJA)


# ---------------------------------------------------------------- through the CLI entry point


@dataclass
class CliResult:
    returncode: int
    stdout: bytes
    stderr: bytes


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 120) -> CliResult:
    """The real CLI in a subprocess (python -m brief)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="80", no_proxy="*")
    done = subprocess.run([sys.executable, "-m", "brief", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=timeout)
    return CliResult(done.returncode, done.stdout, done.stderr)


def run_main(*args: str, stdin: bytes = b"") -> CliResult:
    """brief.cli.run() in this process, with argv, stdin, stdout and stderr swapped (fast)."""
    from brief.cli import run

    out, err = io.BytesIO(), io.BytesIO()
    streams = (io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
               io.TextIOWrapper(out, encoding="utf-8", write_through=True),
               io.TextIOWrapper(err, encoding="utf-8", write_through=True))
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    sys.argv = ["brief", *args]
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = run()
    finally:
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
        for stream in streams:
            stream.flush()
    result = CliResult(code, out.getvalue(), err.getvalue())
    for stream in streams:
        stream.detach()  # leave the BytesIO objects open for the garbage collector
    return result


def assert_cli_error(result: CliResult, *, fragment: str = "") -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, err)
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("brief: error: "), err
    assert fragment in lines[0], err


def assert_no_leftovers(folder: Path, expected: set[str]) -> None:
    names = {p.name for p in folder.iterdir()}
    assert names == expected, f"unexpected files: {names - expected}, missing: {expected - names}"


def _newline_name(tmp: Path) -> Path:
    path = tmp / "bad\nname\x1b[31m.txt"
    path.write_bytes(b"")
    return path


KINDS["file_name_with_newline"] = Kind(_newline_name, "error")
CLI_ERROR_KINDS = ["file_name_with_newline", "file_name_too_long", "path_too_long", "empty", "png", "file_20mb", "folder", "missing_file", "fifo", "japanese", "dangling_symlink",
                   "proc_mem_read_error", "html_only_chrome"]


@pytest.mark.parametrize("name", CLI_ERROR_KINDS)
def test_cli_error_kinds(name: str, tmp_path: Path):
    """Through run(): exit 2, one stderr line, no output file (not even an empty one)."""
    path = KINDS[name].make(tmp_path)
    before = {p.name for p in tmp_path.iterdir()}
    out = tmp_path / "out.json"
    result = run_main("make", str(path), "-o", str(out))
    assert_cli_error(result)
    assert not out.exists()
    assert_no_leftovers(tmp_path, before)


def test_cli_subprocess_error(tmp_path: Path):
    """The same through a real process: a PNG named .txt."""
    path = KINDS["png"].make(tmp_path)
    result = run_cli("make", str(path), "-o", str(tmp_path / "out.pdf"))
    assert_cli_error(result, fragment="PNG")
    assert_no_leftovers(tmp_path, {path.name})


def test_cli_html_library_logs_do_not_join_the_error_line(tmp_path: Path):
    """trafilatura's and htmldate's ERROR logs (lxml parsing failed, empty HTML tree) stay out of stderr's one line."""
    path = tmp_path / "c.html"
    path.write_text("<!-- x -->", encoding="utf-8")
    assert_cli_error(run_cli("make", str(path), "-f", "txt"))


def test_cli_stdin_gbk_with_markup_title():
    """GBK on standard input with <script> and Jinja in the title: exit 0, JSON on stdout, title as text."""
    data = article_text(f"{SCRIPT}{JINJA}通知").encode("gbk")
    result = run_main("make", "-", "-f", "json", stdin=data)
    assert result.returncode == 0, result.stderr.decode()
    document = json.loads(result.stdout.decode("utf-8"))
    assert document["title"].startswith(SCRIPT + JINJA) and document["summary"]


def test_cli_stdin_too_large():
    result = run_main("make", "-", "-f", "json", "--max-input-mb", "0.01", stdin=ARTICLE.encode("utf-8") * 40)
    # read one byte past the limit: how much more a stream holds is not known, so no size is made up (10.2 KiB)
    assert_cli_error(result, fragment="input too large (more than 10.2 KiB, the limit; raise it with --max-input-mb)")
    assert result.stdout == b""


def test_cli_stdin_closed():
    done = subprocess.run(f"{shlex.quote(sys.executable)} -m brief make - -f txt <&-", shell=True, capture_output=True,
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert_cli_error(CliResult(done.returncode, done.stdout, done.stderr), fragment="standard input is closed")


@pytest.mark.parametrize("data", [_png(), b"\x00\x01\x02\xff" * 300])
def test_cli_stdin_binary_is_not_text_and_names_no_file_suffix(data: bytes):
    """A pipe has no suffix to change: binary data on standard input is told to be not text, not to "give a .txt"."""
    result = run_main("make", "-", "-f", "json", stdin=data)
    assert_cli_error(result, fragment="<stdin>: ")
    assert result.stderr.decode().rstrip().endswith("not text") and ".txt" not in result.stderr.decode()
    assert result.stdout == b""


def test_binary_file_messages_say_what_the_file_should_be(tmp_path: Path):
    """A file named as an article is told its kinds (.txt or .html); one named as records, that it is no JSONL file."""
    path = tmp_path / "a.txt"
    path.write_bytes(_png())
    assert_cli_error(run_main("make", str(path), "-f", "json"), fragment="a PNG image, not an article (give a .txt or .html file)")
    assert_cli_error(run_main("batch", str(path), "-o", str(tmp_path / "out.jsonl"), "-j", "1"),
                     fragment="a PNG image, not a JSONL file")


@pytest.mark.parametrize("target", ["missing_dir", "parent_is_file", "read_only_fs", "is_a_folder", "name_too_long"])
@pytest.mark.parametrize("command", ["make", "batch"])
def test_cli_bad_output_location(command: str, target: str, tmp_path: Path):
    """An output folder that does not exist, is not a folder, or cannot be written: exit 2, nothing left."""
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE if command == "make" else json.dumps({"id": 1, "text": ARTICLE}), encoding="utf-8")
    (tmp_path / "file").write_text("x")
    out = {
        "missing_dir": tmp_path / "no" / "such" / "out.json",
        "name_too_long": tmp_path / ("长" * 200 + ".json"),
        "parent_is_file": tmp_path / "file" / "out.json",
        "read_only_fs": Path("/proc/brief-test-out.json"),
        "is_a_folder": tmp_path,
    }[target]
    args = ("make", str(src), "-f", "json") if command == "make" else ("batch", str(src), "-j", "1")
    result = run_main(*args, "-o", str(out))
    assert_cli_error(result)
    assert_no_leftovers(tmp_path, {"in.txt", "file"})
    assert (tmp_path / "file").read_text() == "x"


def test_batch_ids_cannot_traverse_paths(tmp_path: Path):
    """Ids like ../../etc/x are data: only OUT.jsonl is written, inside the target folder."""
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    ids = ["../../etc/x", "/etc/brief-test", "..\\..\\win", "a/../../b", "con", "\x00nul", "😀/../x", "\ud800"]
    lines = [json.dumps({"id": i, "text": ARTICLE}) for i in ids]
    lines.append(json.dumps({"id": "../bad", "text": ""}))
    lines.append("{not json")
    (work / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(work)  # relative names, as a user would type them
    try:
        result = run_main("batch", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    finally:
        os.chdir(cwd)
    assert result.returncode == 0, result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert_no_leftovers(work, {"in.jsonl", "out.jsonl"})
    assert {p.name for p in tmp_path.iterdir()} == {"a"} and {p.name for p in (tmp_path / "a").iterdir()} == {"b"}
    assert not Path("/etc/brief-test").exists() and not Path("/etc/x").exists()
    out = [json.loads(line) for line in (work / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ids[:-1] + ["\ufffd", "../bad", None]
    assert all("summary" in r for r in out[: len(ids)]) and all("error" in r for r in out[len(ids):])


# ---------------------------------------------------------------- the daily digest


@pytest.fixture
def with_daily(monkeypatch):
    """`brief daily` on the CLI group (registered here if cli.py does not register it yet)."""
    daily_module = pytest.importorskip("brief.cli_daily")
    from brief.cli import cli

    if "daily" not in cli.commands:
        monkeypatch.setitem(cli.commands, "daily", daily_module.daily)


def _daily_folder(tmp: Path) -> Path:
    folder = tmp / "today"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.html").write_text(_html(_paragraphs(TRADITIONAL.split("\n", 1)[1]), title=TRADITIONAL_TITLE),
                                   encoding="utf-8")
    (folder / "c.txt").write_bytes(_png())
    (folder / "d.txt").write_bytes(b"")
    (folder / "e.txt").write_text(article_text(f"{SCRIPT}{JINJA}"), encoding="utf-8")
    (folder / "loop").symlink_to(folder)  # a symlink loop must not hang the walk
    records = [json.dumps({"id": i, "text": ARTICLE_TITLE + "\n" + ARTICLE_BODY.replace("市司法局", "县司法局")})
               for i in ("../../etc/x", "/etc/brief-test", "\ud800")] + ["{broken", json.dumps({"id": "../y", "text": ""})]
    (folder / "sub" / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return folder


def test_daily_mixed_folder(with_daily, tmp_path: Path):
    """Good and bad articles in one folder: exit 0, the good ones in a complete digest, one line per failure."""
    folder = _daily_folder(tmp_path)
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if "loop" not in p.parts)
    out = tmp_path / "daily.html"
    result = run_main("daily", str(folder), "--date", "2023-12-05", "-o", str(out), "-j", "2")
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "Traceback" not in err and all(line.startswith("brief: ") for line in err.splitlines() if line.strip())
    html = out.read_text(encoding="utf-8")
    shown = html.replace(str(tmp_path), "")  # the failures list their paths, and pytest's may hold 49 (pytest-494)
    assert html.rstrip().endswith("</html>") and "<script" not in html.lower() and "49" not in shown
    after = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if "loop" not in p.parts)
    assert after == sorted(before + ["daily.html"])
    assert not Path("/etc/brief-test").exists() and not Path("/etc/x").exists()


def test_daily_nothing_briefed_writes_nothing(with_daily, tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(_png())
    (tmp_path / "in" / "b.txt").write_text("English only text here. " * 10)
    result = run_main("daily", str(tmp_path / "in"), "--date", "2023-12-05", "-o", str(tmp_path / "d.html"))
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1].startswith("brief: error: ")
    assert not (tmp_path / "d.html").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_daily_bad_output_folder(with_daily, tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    result = run_main("daily", str(tmp_path / "a.txt"), "--date", "2023-12-05", "-o", str(tmp_path / "file" / "d.html"))
    assert_cli_error(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "file"]


def test_output_to_fifo_and_symlink(tmp_path: Path):
    """-o a FIFO is written in place (not replaced by a file); -o a symlink keeps the link, updates its target."""
    import threading

    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_main("make", str(src), "-f", "json", "-o", str(fifo))
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr.decode()
    assert fifo.is_fifo() and json.loads(received[0].decode("utf-8"))["summary"]
    (tmp_path / "real.json").write_text("old")
    (tmp_path / "link.json").symlink_to("real.json")
    result = run_main("make", str(src), "-f", "json", "-o", str(tmp_path / "link.json"))
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "link.json").is_symlink() and json.loads((tmp_path / "real.json").read_text())["summary"]
    assert_no_leftovers(tmp_path, {"in.txt", "pipe", "real.json", "link.json"})


@pytest.mark.parametrize("content", ["folder", "missing", "empty", "png", "utf16"])
def test_batch_bad_input_file(content: str, tmp_path: Path):
    """`brief batch` on a folder, a missing, empty or binary file: exit 2, one line, no output."""
    src = tmp_path / "in.jsonl"
    if content == "folder":
        src.mkdir()
    elif content == "empty":
        src.write_text("\n \n")
    elif content == "png":
        src.write_bytes(_png())
    elif content == "utf16":  # a good file in UTF-16: decoded, not refused
        src.write_bytes(json.dumps({"id": 1, "text": ARTICLE}, ensure_ascii=False).encode("utf-16"))
    result = run_main("batch", str(src), "-o", str(tmp_path / "out.jsonl"), "-j", "1")
    if content == "utf16":
        assert result.returncode == 0, result.stderr.decode()
        assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["summary"]
        return
    assert_cli_error(result)
    assert not (tmp_path / "out.jsonl").exists()


def test_batch_hostile_json_lines(tmp_path: Path):
    """Deep nesting, NaN, Infinity, non-objects and wrong types fail line by line; the good record is briefed."""
    lines = ["[" * 100_000 + "]" * 100_000, '{"id": "deep", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
             '{"id": NaN, "text": "x"}', '{"id": 1e999, "text": "x"}', "42", '"text"', "null",
             '{"id": {"nested": [1, 2]}, "text": null}', json.dumps({"id": "good", "text": ARTICLE}, ensure_ascii=False)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_main("batch", str(src), "-o", str(tmp_path / "out.jsonl"), "-j", "1")
    err = result.stderr.decode()
    assert result.returncode == 0 and "Traceback" not in err, err

    def refuse(constant: str):
        raise AssertionError(f"output holds {constant}")

    out = [json.loads(line, parse_constant=refuse) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(out) == len(lines)
    assert all("error" in record for record in out[:-1]) and out[-1]["id"] == "good" and out[-1]["summary"]
    assert out[7]["id"] == {"nested": [1, 2]}


def test_a_record_holding_unicode_line_separators_is_one_record(tmp_path: Path):
    """json.dumps(ensure_ascii=False) leaves U+2028, U+2029 and U+0085 unescaped: they stand inside a string, and
    the record is one line of the file all the same."""
    text = ARTICLE.replace("。", "。\u2028", 1).replace("，", "，\u0085", 1)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "sep", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_main("batch", str(src), "-o", str(tmp_path / "out.jsonl"), "-j", "1")
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").split("\n") if line]
    assert result.returncode == 0 and len(out) == 1 and out[0]["id"] == "sep" and out[0]["summary"]


@pytest.mark.parametrize("value", ["0", "-5", "inf", "nan", "1e30"])
def test_bad_max_input_mb(value: str, tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = run_main("make", str(src), "-f", "json", "--max-input-mb", value)
    assert_cli_error(result, fragment="--max-input-mb")


@pytest.mark.parametrize("toml", ["max_input_bytes = nan", "article_timeout = inf", "budget = -1", "budget = 'x'",
                                  "[branding]\naccent = 'red;}</style><script>'", "\x00\x01binary", "no_such_option = 1"])
def test_bad_config_file(toml: str, tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "brief.toml").write_text(toml, encoding="utf-8")
    result = run_main("make", str(src), "-f", "json", "--config", str(tmp_path / "brief.toml"))
    assert_cli_error(result)


@pytest.mark.parametrize(("toml", "key"), [("keyword_pos = 5", "keyword_pos"), ("keyword_pos = [1, 2]", "keyword_pos"),
                                          ("branding = 5", "branding"), ("userdict = 5", "userdict"),
                                          ("[branding]\nbulletin = [1]", "bulletin")])
def test_a_config_value_of_the_wrong_type_names_its_key(toml: str, key: str, tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "brief.toml").write_text(toml, encoding="utf-8")
    result = run_main("make", str(src), "-f", "json", "--config", str(tmp_path / "brief.toml"))
    assert_cli_error(result, fragment=f"{key} = ")


@pytest.mark.parametrize(("fmt", "template"), [("txt", b"{{ 1/0 }}"), ("md", "{{ 标题 }}".encode("gb18030")),
                                             ("html", b"{{ 1 + \"a\" }}")])
def test_a_user_template_that_fails_to_render_is_a_template_error(fmt: str, template: bytes, tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / f"briefing.{fmt}.j2").write_bytes(template)
    result = run_main("make", str(src), "-f", fmt, "--templates", str(tmp_path / "tpl"))
    assert_cli_error(result, fragment=f"template briefing.{fmt}.j2")


def test_branding_options_are_text(tmp_path: Path):
    """Masthead options with markup and Jinja syntax are shown as text in HTML, never run or evaluated."""
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    for fmt in ("html", "email", "md", "txt"):  # each as long as the masthead takes
        result = run_main("make", str(src), "-f", fmt, "--bulletin", SCRIPT, "--unit", f"{JINJA_BLOCK}{JINJA}", "--issue", JINJA)
        out = result.stdout.decode("utf-8")
        assert result.returncode == 0, result.stderr.decode()
        assert "49" not in out and "root:x:0:0" not in out
        if fmt in ("html", "email"):
            assert "<script" not in out.lower() and "&lt;script&gt;" in out


def test_a_masthead_name_too_long_for_the_page_is_a_clear_error(tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = run_main("make", str(src), "-o", str(tmp_path / "out.pdf"), "--bulletin", "很长的刊名" * 7)
    assert_cli_error(result)
    assert b"bulletin is 35 characters" in result.stderr and not (tmp_path / "out.pdf").exists()


def test_a_title_longer_than_a_page_is_clipped_on_the_last_resort_sheet(tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("make", str(src), "-o", str(tmp_path / "out.pdf"), "--title", "长标题" * 1000 + "——副标题" * 300)
    err = result.stderr.decode()
    assert result.returncode == 0 and len(err.splitlines()) == 1 and "clipped" in err, err
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")  # written only as one page (render_pdf)


def test_pdf_of_hostile_page_through_the_real_cli(tmp_path: Path):
    """A real `brief make page -o out.pdf` of a page with XML external entities, file:// and http:// resources
    and a <script>/Jinja title: exit 0, one complete PDF, nothing else written. Under strace (when installed)
    the system calls of every library (lxml, WeasyPrint, fontconfig) show that neither /etc/passwd nor the
    secret file is opened and that nothing connects to the network."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    resources = EXTERNAL_HTML[EXTERNAL_HTML.index("<img"):EXTERNAL_HTML.index("<svg>")]
    head = EXTERNAL_HTML[EXTERNAL_HTML.index("<link"):EXTERNAL_HTML.index("</head>")]
    page = (XXE_HTML.replace("</title>", "</title>" + head).replace("<article>", "<article>" + resources)
            .replace(f"<h1>{ARTICLE_TITLE}</h1>", f"<h1>&lt;script&gt;alert(1)&lt;/script&gt;{JINJA}{ARTICLE_TITLE}</h1>"))
    (tmp_path / "hostile.xhtml").write_text(page.replace("{secret}", str(secret)), encoding="utf-8")
    log = tmp_path / "trace.log"
    strace = ["strace", "-f", "-qq", "-e", "trace=connect,open,openat", "-o", str(log)] if shutil.which("strace") else []
    done = subprocess.run([*strace, sys.executable, "-m", "brief", "make", str(tmp_path / "hostile.xhtml"),
                           "-o", str(tmp_path / "out.pdf")], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    if strace:
        trace = log.read_text(errors="replace")
        assert "/etc/passwd" not in trace and str(secret) not in trace
        inet = [line for line in trace.splitlines() if "connect(" in line and ("AF_INET" in line or "AF_INET6" in line)]
        assert not inet, inet
        log.unlink()
    pdf = (tmp_path / "out.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF") and SECRET.encode() not in pdf
    assert_no_leftovers(tmp_path, {"secret.txt", "hostile.xhtml", "out.pdf"})


def test_daily_input_name_too_long(with_daily, tmp_path: Path):
    result = run_main("daily", str(tmp_path / ("长" * 200 + ".txt")), "--date", "2023-12-05", "-o", str(tmp_path / "d.html"))
    err = result.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    # daily lists each failed input on its own line, then says that nothing could be briefed
    assert result.returncode == 2 and "Traceback" not in err, err
    assert "too long" in lines[0] and lines[-1].startswith("brief: error: no article could be briefed"), err
    assert not (tmp_path / "d.html").exists()


@pytest.mark.parametrize("option,content", [
    ("--userdict", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
    ("--userdict", "市司法局 abc def ghi\n".encode()),
    ("--userdict", "市司法局 999999999999999999999999999 n\n".encode()),
    ("--stopwords", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
])
def test_bad_word_list_files(option: str, content: bytes, tmp_path: Path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "words.txt").write_bytes(content)
    result = run_main("make", str(src), "-f", "json", option, str(tmp_path / "words.txt"))
    assert_cli_error(result)
    assert "internal error" not in result.stderr.decode()


def test_a_records_text_that_is_no_string_is_told_so():
    from brief import records
    from brief.config import BriefConfig
    from brief.errors import InputError

    with pytest.raises(InputError, match=r'"text" must be a string'):
        records.brief_of({"id": 1, "text": 12345}, BriefConfig(), "record 1")
    with pytest.raises(InputError, match=r'missing "text" string'):
        records.brief_of({"id": 2}, BriefConfig(), "record 2")
