"""Path or bytes → RawDocument: size limit, binary sniffing, encoding detection, HTML vs text."""

from __future__ import annotations

import codecs
import re
from contextlib import suppress
from pathlib import Path

from .config import BriefConfig
from .errors import InputError
from .models import RawDocument

# Magic numbers of files people drop into the wrong folder.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# In order of preference when two decode equally well: Hong Kong (HKSCS) and Microsoft (cp950) Big5
# extend Big5 with characters plain Big5 refuses, which would otherwise send the file to GB18030.
_LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SINGLE_BYTE = frozenset({"iso8859-1", "cp1252", "iso8859-15", "ascii", "cp1250", "iso8859-2"})  # codecs.lookup names
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", re.I)
# (comments before the first tag: one run from the first <!-- to a --> is every run of them, as . takes newlines too;
# a repeated group of them, each ending at any -->, backtracked for seconds on a line of empty comments)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)?<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_MADE_BY_BRIEF = re.compile(r'<meta\s+name="generator"\s+content="brief"', re.I)  # what templates/*.html.j2 write
# ... and templates/*.txt.j2 and *.md.j2: a digest's count line under its masthead, a brief's rule under its masthead
# and then its 内容要点 heading, or that heading in Markdown
_MADE_BY_BRIEF_TEXT = re.compile(r"^本期汇编报道\d+条.*。$|^={40}\n(?:.*\n){1,12}?【内容要点】$|^### 内容要点$", re.M)
_HTML_TAG = re.compile(r"<(p|div|br|span|a|table|tr|td|h[1-6]|li|article|section|meta|title|script)\b[^>]*>", re.I)
# The most frequent Chinese characters, simplified and traditional forms.
COMMON_CHARS = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
    "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特"
    "件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"
    "府研质信省市县区局镇村务助持推进展完设规施保服务领导"
    "這個們會與為國時來說對後發現經於學過還沒種產動當從點問題應開關長與實於進務設議報導區縣鄉鎮協導將際織〇")
# Characters of plausible text; random bytes read as UTF-16 fall outside these ranges often.
_TEXT_CHAR = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
ARTICLE_FILE = "an article (give a .txt or .html file)"  # what a file named as an article must be


def load_path(path: Path | str, cfg: BriefConfig) -> RawDocument:
    """Read a file (size-checked) and decode it."""
    path = Path(path)
    name = str(path)
    try:  # the checks too: a name longer than the system allows raises OSError even in exists()
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a folder, not an article file")
        if not path.is_file():
            raise InputError(f"{name}: not a regular file (a pipe or device; give - to read standard input)")
        size = path.stat().st_size
        if size > cfg.max_input_bytes:
            raise InputError(_too_large(name, size, cfg))
        with path.open("rb") as handle:
            data = handle.read(cfg.max_input_bytes + 1)
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from None
    return load_bytes(data, name, cfg, html=path.suffix.lower() in HTML_SUFFIXES or None, wanted=ARTICLE_FILE)


def load_bytes(data: bytes, name: str, cfg: BriefConfig, *, html: bool | None = None, wanted: str = "text") -> RawDocument:
    """Decode bytes; ``html`` forces the kind, ``None`` sniffs it from the content; ``wanted`` as in ``decode``."""
    if len(data) > cfg.max_input_bytes:
        raise InputError(_too_large(name, len(data), cfg))
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    text, encoding = decode(data, name, wanted)
    return _document(text, name, encoding, html)


def from_text(text: str, name: str, cfg: BriefConfig, *, html: bool | None = None) -> RawDocument:
    """Wrap an already decoded string (a batch record) as a RawDocument."""
    if not isinstance(text, str):
        raise InputError(f"{name}: text must be a string, not {type(text).__name__}")
    if len(text.encode("utf-8", "surrogatepass")) > cfg.max_input_bytes:
        raise InputError(_too_large(name, len(text.encode("utf-8", "surrogatepass")), cfg))
    if not text.strip():
        raise InputError(f"{name}: the input is empty")
    return _document(text, name, "utf-8", html)


def decode(data: bytes, name: str = "<input>", wanted: str = "text") -> tuple[str, str]:
    """Bytes → (text, encoding): BOMs, UTF-8, UTF-16 without BOM, GB18030/GBK, Big5, mixed lines.

    ``wanted`` names what the bytes should have been, for the error on binary data: a file given as an article is
    told to be a .txt or .html file (ARTICLE_FILE); a pipe cannot be, so standard input is just "not text".
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {kind}, not {wanted}")
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise InputError(f"{name}: binary data (NUL bytes), not {wanted}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data":  # a file cut inside its last character: the rest is UTF-8
            return data[: err.start].decode("utf-8"), "utf-8"
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            # a page of old Chinese sites may declare iso-8859-1 or windows-1252, which decode any bytes: trusted only
            # when the text it gives is Chinese
            if _HAN.search(text) or encoding not in _SINGLE_BYTE:
                return text, encoding
    return _decode_legacy(data, name)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM has NULs in every other byte for ASCII; try both byte orders.

    UTF-32 (NULs in two or three bytes of four) is tried first: UTF-16 data almost never decodes
    as UTF-32, whose code units above U+10FFFF are invalid.
    """
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    if len(data) % 4 == 0:
        order = ("utf-32-le", "utf-32-be", *order)
    for encoding in order:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:2000]
        if "\x00" not in text and len(_TEXT_CHAR.findall(sample)) >= 0.95 * len(sample):
            return text, encoding
    return None


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Decode line by line: UTF-8 lines stay UTF-8 (mixed files), the rest use GB18030 or Big5, chosen by what they
    give; a line with a stray byte (a JSONL record in Latin-1 among GB18030 ones) alone has it replaced, and a file cut
    inside its last character loses it, as a UTF-8 one does."""
    lines = data.split(b"\n")
    foreign = [k for k, line in enumerate(lines) if not _is_utf8(line)]
    cut = len(lines) - 1  # (only the last line can end inside a character)
    decoded = {encoding: [_legacy_line(lines[k], encoding, k == cut) for k in foreign] for encoding in _LEGACY}
    encoding = _pick_legacy(decoded)
    if len(foreign) <= _STRAY_LINES and len(lines) > len(foreign):
        # a UTF-8 file with a stray byte or two (café written in Latin-1) that no legacy encoding reads better: those
        # lines as UTF-8, the bytes replaced
        out = [line.decode("utf-8", errors="replace") for line in lines]
        if encoding is None or sum(map(_stray, out)) <= sum(map(_stray, decoded[encoding])):
            return "\n".join(out), "utf-8"
    if encoding is None:
        raise InputError(f"{name}: cannot decode the text (not UTF-8, UTF-16, GB18030/GBK or Big5)")
    legacy = dict(zip(foreign, decoded[encoding]))
    out = [line.decode("utf-8") if k not in legacy else _fewer_stray(legacy[k], line) for k, line in enumerate(lines)]
    label = encoding if len(foreign) == len(lines) else f"{encoding}+utf-8"
    return "\n".join(out), label


def _fewer_stray(text: str, line: bytes) -> str:
    """A legacy line, or the line read as UTF-8 when it has a stray byte and that replaces fewer (café in Latin-1)."""
    if "\ufffd" not in text:
        return text
    return min(line.decode("utf-8", errors="replace"), text, key=_stray)


def _stray(text: str) -> int:
    """How many bytes (or runs of them) a decoding replaced."""
    return text.count("\ufffd")


_STRAY_LINES = 2  # lines of a UTF-8 file no legacy encoding reads better that are UTF-8 with a stray byte
_STRAY_SHARE = 0.01  # of a legacy text's characters that may be stray bytes (replaced), beyond one


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _legacy_line(line: bytes, encoding: str, last: bool) -> str:
    """``line`` in ``encoding``: the last line's cut final character dropped, a stray byte replaced (U+FFFD)."""
    try:
        return line.decode(encoding)
    except UnicodeDecodeError as err:
        if last and err.end == len(line) and err.reason == "incomplete multibyte sequence":
            with suppress(UnicodeDecodeError):
                return line[: err.start].decode(encoding)
    return line.decode(encoding, errors="replace")


def _pick_legacy(decoded: dict[str, list[str]]) -> str | None:
    """Of the encodings that read the lines with at most a stray byte or ``_STRAY_SHARE`` of them replaced, the one
    whose characters are the most common Chinese ones (GB18030 or Big5 bytes may decode in both)."""
    fits = {}
    for encoding, lines in decoded.items():
        text = "".join(lines)
        stray = _stray(text)
        if any(ord(ch) > 127 and ch != "\ufffd" for ch in text) and stray <= max(1, _STRAY_SHARE * len(text)):
            fits[encoding] = text
    if len(fits) < 2:
        return next(iter(fits), None)
    return max(fits, key=lambda enc: (_commonness(fits[enc]), -_LEGACY.index(enc)))


def _commonness(text: str) -> float:
    """Share of the non-ASCII characters that are among the most frequent Chinese characters.

    Big5 bytes read as GB18030 (and the reverse) give valid but random characters, which
    rarely hit the few hundred characters that make up half of any real news text.
    """
    chars = [ch for ch in text if ord(ch) > 127]
    if not chars:
        return 0.0
    return sum(ch in COMMON_CHARS for ch in chars) / len(chars)


def _document(text: str, name: str, encoding: str, html: bool | None) -> RawDocument:
    head = text[:5000]
    if html is None:
        html = bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3
    if html and _MADE_BY_BRIEF.search(head) or _MADE_BY_BRIEF_TEXT.search(head):  # yesterday's digest: no article
        raise InputError(f"{name}: a brief or digest made by brief, not an article")
    return RawDocument(text=text, kind="html" if html else "text", name=name, encoding=encoding)


def _too_large(name: str, size: int, cfg: BriefConfig) -> str:
    return (f"{name}: input too large ({size_text(size)}; the limit is {size_text(cfg.max_input_bytes)}, "
            "raise it with --max-input-mb)")


def size_text(size: int) -> str:
    """1.5 MiB, 20 KiB: never a limit that reads 0.0."""
    return f"{size / 1048576:.1f} MiB" if size >= 1048576 else f"{max(size / 1024, 0.1):.1f} KiB"
