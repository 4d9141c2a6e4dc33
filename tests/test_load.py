"""Loading: encodings, binary files, size limit, HTML sniffing."""

from __future__ import annotations

import codecs

import pytest

from brief import load
from brief.config import BriefConfig
from brief.errors import InputError

TEXT = "酒泉市司法局组织开展了第二届司法行政开放日活动，邀请社会各界代表参观公共法律服务中心。"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("gbk"),
        TEXT.encode("gb18030"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        ("Title line\n" + TEXT).encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "utf16le-bom", "utf16be-bom", "utf16le-nobom"],
)
def test_decodes_common_encodings(data, cfg):
    assert TEXT in load.load_bytes(data, "x", cfg).text


def test_big5_is_told_from_gb18030(cfg):
    traditional = "臺北市政府舉行記者會，說明今年推動的交通建設與社會福利政策，並回答媒體提問。"
    assert load.load_bytes(traditional.encode("big5"), "x", cfg).text == traditional


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252"])
def test_a_gbk_page_that_declares_a_western_charset_is_read_as_gbk(declared, cfg):
    page = f'<html><head><meta charset="{declared}"><title>会议</title></head><body><p>市政府召开常务会议，研究部署近期重点工作。</p></body></html>'
    text, encoding = load.decode(page.encode("gbk"), "page.html")
    assert "市政府召开常务会议" in text and encoding.startswith("gb")


def test_mixed_utf8_and_gbk_lines(cfg):
    data = "第一行是UTF-8编码的文字。\n".encode() + "第二行是GBK编码的文字。".encode("gbk")
    assert load.load_bytes(data, "x", cfg).text == "第一行是UTF-8编码的文字。\n第二行是GBK编码的文字。"


def test_a_utf8_file_cut_inside_its_last_character_or_with_a_stray_byte_stays_utf8(cfg):
    text = "第一行是UTF-8编码的文字。\n第二行也是。"
    assert load.decode(text.encode()[:-1], "x") == ("第一行是UTF-8编码的文字。\n第二行也是", "utf-8")  # not GB18030 garble
    stray = "第一行是UTF-8编码的文字。\n".encode() + b"caf\xe9 " + "第二行也是。".encode()
    decoded, encoding = load.decode(stray, "x")
    assert decoded == "第一行是UTF-8编码的文字。\ncaf\ufffd 第二行也是。" and encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_a_legacy_file_cut_inside_its_last_character_or_with_a_stray_byte_is_read(encoding):
    text = "市政府召開常務會議，研究部署近期重點工作。\n會議指出，要紮實推進各項工作。"
    data = text.encode(encoding)
    assert load.decode(data[:-1], "x") == (text[:-1], encoding if encoding == "big5" else "gb18030")  # as UTF-8 is
    cut = data.index("會議指出".encode(encoding))
    decoded, _ = load.decode(data[:cut] + b"\x80" + data[cut:], "x")  # one stray byte: it alone replaced
    assert decoded == text.replace("會議指出", "\ufffd會議指出")


def test_one_latin1_record_does_not_sink_a_gb18030_one():
    good = '{"id": 2, "text": "市政府召开常务会议，研究部署近期重点工作。会议指出，要扎实推进各项工作。"}'
    data = b'{"id": 0, "text": "\xe4\xb8\xad\xe6\x96\x87"}\n{"id": 1, "text": "caf\xe9"}\n' + good.encode("gb18030")
    decoded, encoding = load.decode(data, "x.jsonl")
    assert decoded.split("\n") == ['{"id": 0, "text": "中文"}', '{"id": 1, "text": "caf\ufffd"}', good]
    assert encoding == "gb18030+utf-8"


def test_bytes_no_legacy_encoding_reads_but_for_strays_are_refused():
    with pytest.raises(InputError, match="cannot decode"):
        load.decode("会议".encode("gbk") + b"\x81\x20" * 50, "x")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.7\n" + bytes(50), "PDF"),
        (b"PK\x03\x04" + bytes(50), "ZIP"),
        (b"abc\x00\x01\x02\x03" * 50, "binary"),
        (b"   \n\t  ", "empty"),
        (b"", "empty"),
    ],
)
def test_refuses_non_text(data, message, cfg):
    with pytest.raises(InputError, match=message):
        load.load_bytes(data, "x", cfg)


def test_size_limit_is_a_clear_error(tmp_path):
    cfg = BriefConfig(max_input_bytes=2048)
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 100)
    with pytest.raises(InputError, match=r"too large \([\d.]+ KiB; the limit is 2\.0 KiB"):
        load.load_path(path, cfg)


def test_missing_file_and_folder(tmp_path, cfg):
    with pytest.raises(InputError, match="no such file"):
        load.load_path(tmp_path / "nope.txt", cfg)
    with pytest.raises(InputError, match="folder"):
        load.load_path(tmp_path, cfg)


def test_html_sniffed_without_suffix(cfg):
    assert load.load_bytes(b"<!doctype html><html><body><p>x</p></body></html>", "x", cfg).kind == "html"
    assert load.load_bytes(TEXT.encode(), "x", cfg).kind == "text"


def test_a_run_of_empty_comments_before_the_text_is_sniffed_at_once(cfg):
    import signal

    def too_slow(*_):
        raise TimeoutError("the HTML sniffing pattern backtracked")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)  # 23 empty comments took 1.7 s, and each one more doubled it, before the comments were one run
    try:
        kinds = [load.load_bytes(("<!---->" * 100 + tail).encode(), "x", cfg).kind for tail in ("\n" + TEXT, "<html><body>" + TEXT)]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert kinds == ["text", "html"]


def test_big5_hkscs_keeps_its_ling(cfg):
    text = "立法會財經事務委員會討論二〇二五至二六年度財政預算案。政府將繼續支持金融科技發展。"
    assert load.load_bytes(text.encode("big5hkscs"), "x", cfg).text == text  # (big5 read 〇 as ま)
