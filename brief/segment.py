"""Article → sentences with jieba tokens: the only module that imports jieba (one pass per article)."""

from __future__ import annotations

import dataclasses
import functools
import logging
import marshal
import operator
import os
import re
import tempfile
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, count
from pathlib import Path
from typing import Any

from .config import BriefConfig
from .errors import ConfigError
from .models import ARTICLE_TEXTS, Article, Sentence
from .speakers import PERSON_TAGS, PERSON_TITLES

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
MAX_SENTENCE = 300  # longer runs without a full stop are cut at a comma (or hard) to keep units readable
_CLOSERS = "”’」』）)】》〕\"'"
# A sentence ends at 。！？；… (runs allowed), with any closing quotes/brackets kept on its side; an ASCII ! or ?
# followed by a Latin letter or digit is inside a name (YES!IC), not an end, and neither is a quotation the
# sentence goes on after (高举“祝访问取得圆满成功！”等红色横幅, 喊出“加油！”、“必胜！”的口号), nor one a short
# quotation the sentence goes on after follows (“祝访问圆满成功！”“中秘友谊万岁！”等横幅: a list of slogans; not
# two remarks in a row, “爽快，但很安全。”“今年游客有望突破1万人次。”).
_END = re.compile(
    rf"(?>(?:(?:[。！？；]|[!?](?![A-Za-z0-9]))+|…+)[{re.escape(_CLOSERS)}]*)"
    r"(?!(?<=[”」』\"])(?:[等的、，,和与及字]|“[^“”。]{1,30}[！？]?”[“等的、]))"
)
_SOFT_BREAK = re.compile(r"[，、：,:]")
_UNBROKEN = re.compile(r"[A-Za-z0-9_./%&=?#:+-]")  # characters of one Latin word, number or web address
LINE_ENDS = "。！？!?…；;：:"  # the marks that end a sentence or clause: a line ending otherwise is unpunctuated
ELLIPSIS = "…"  # marks a sentence trimmed at a clause boundary (counts toward the budget)


def one_clause_a_line(heading_like: int, sentences: int) -> bool:
    """Whether an article whose ``sentences`` hold this many heading-like lines (short, unpunctuated) is a text
    printed one clause a line (a post, a transcript) rather than one with subheadings: 8 or more, over 80% of it."""
    return heading_like >= 8 and heading_like > 0.8 * sentences


def title_copies(sentences: Sequence[Sentence], title: str) -> set[int]:
    """Indexes of lines that only repeat the title: a paragraph of one sentence equal to it (an untitled page
    dump's first line), or to one part of a title of parts set apart by spaces (…强调 … 中共中央总书记习近平主持会议并
    发表重要讲话). A first sentence that opens a longer paragraph is the lead, even when an untitled text borrowed it
    for its title."""
    bare = bare_line(title)
    if not bare:
        return set()
    copies = {bare} | {part.rstrip(LINE_ENDS) for part in title.split() if len(part) >= 8}
    return {s.index for s in lone_lines(sentences) if bare_line(s.text) in copies}


def occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, each time."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def bare_line(text: str) -> str:
    """A title or a line as compared with another: without spaces and its closing punctuation."""
    return text.replace(" ", "").rstrip(LINE_ENDS)


def trailing_off(sentences: Sequence[Sentence]) -> set[int]:
    """Indexes of sentences the article itself leaves open with an ellipsis, that are a list or a short scene
    (冲锋舟、救生衣、无人机……; 机器轰鸣，一条平整的沥青路面不断向前延伸……), not a statement: no key point nor section item.
    Not a snippet cut off with one …, a claim left hanging for effect (…失望感却达到了顶峰……), or half of a quotation
    split at its …… ."""
    return {
        s.index for s in sentences
        if s.text.rstrip(_CLOSERS + " ").endswith(("……", "......")) and s.text.count("“") == s.text.count("”")
        and ("、" in s.text and "，" not in s.text or len(s.text) <= _SCENE_CHARS)
    }


_SCENE_CHARS = 25


def lone_lines(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that are a paragraph on their own (titles, headings), in order."""
    size: dict[int, int] = {}
    for s in sentences:
        size[s.paragraph] = size.get(s.paragraph, 0) + 1
    return [s for s in sentences if size[s.paragraph] == 1]


def split_sentences(body: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence of ``body``; paragraphs are its lines."""
    spans: list[tuple[int, int, int]] = []
    offset = 0
    for paragraph, line in enumerate(body.split("\n")):
        pos = 0
        for match in _END.finditer(line):
            if match.group()[0] in "；;" and (_open_bracket(line, pos, match.start())
                                             or _pair_goes_on(line, pos, match.start(), match.end())):
                continue  # （地址：…二局；邮编：…；电话：…）: a list inside brackets, not two sentences; …高于50%，反映
                # 经济扩张；低于50%，则反映经济收缩: the second half of a pair
            spans.extend(_spans(line, pos, match.end(), offset, paragraph))
            pos = match.end()
        spans.extend(_spans(line, pos, len(line), offset, paragraph))
        offset += len(line) + 1
    return spans


def _pair_goes_on(line: str, start: int, end: int, after: int) -> bool:
    """Whether the clause after a ； at ``end`` is the other half of a pair the sentence opened (高于…；低于…,
    一方面…；另一方面…): alone, either half misleads."""
    return any(line.startswith(second, after) and first in line[start:end] for first, second in _PAIRS)


_PAIRS = (("高于", "低于"), ("低于", "高于"), ("大于", "小于"), ("小于", "大于"), ("多于", "少于"), ("少于", "多于"),
          ("一方面", "另一方面"), ("以上", "以下"), ("以下", "以上"))


def _open_bracket(line: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``line[start:end]`` is still open at ``end``."""
    return line.count("（", start, end) + line.count("(", start, end) > line.count("）", start, end) + line.count(")", start, end)


def _spans(line: str, start: int, end: int, offset: int, paragraph: int) -> list[tuple[int, int, int]]:
    """Trimmed span(s) for line[start:end], cutting overlong ones at the last comma before the limit."""
    out = []
    while start < end:
        while start < end and line[start].isspace():
            start += 1
        stop = end
        while stop > start and line[stop - 1].isspace():
            stop -= 1
        if stop <= start:
            break
        if stop - start <= MAX_SENTENCE:
            out.append((offset + start, offset + stop, paragraph))
            break
        window = line[start : start + MAX_SENTENCE]
        breaks = [m.end() for m in _SOFT_BREAK.finditer(window) if m.end() > MAX_SENTENCE // 3]
        cut = start + (breaks[-1] if breaks else MAX_SENTENCE)
        if not breaks:  # no comma: not inside a word, a number or a web address (…Super / califragilistic…)
            inside = cut
            while inside > start + MAX_SENTENCE // 3 and _UNBROKEN.match(line, inside - 1) and _UNBROKEN.match(line, inside):
                inside -= 1
            cut = inside if inside > start + MAX_SENTENCE // 3 else cut
        out.append((offset + start, offset + cut, paragraph))
        start = cut
    return out


def segment(article: Article, cfg: BriefConfig) -> tuple[Sentence, ...]:
    """Split the body into sentences and tag the whole body with jieba once."""
    spans = split_sentences(article.body)
    if not spans:
        return ()
    body = article.body
    analysed = simplified(body)
    all_words, all_tags = _join_names(*_tagger(cfg.segmenter, cfg.userdict)(analysed))
    ends = list(accumulate(map(len, all_words)))
    starts = [0, *ends[:-1]]
    spans = _ellipsis_mended(spans, body, starts, all_tags)
    spaces = list(compress(count(), map(str.isspace, all_words)))
    sentences = []
    low = 0
    for i, (start, end, paragraph) in enumerate(spans):
        # A token belongs to the sentence its first character is in; whitespace tokens are dropped.
        low = bisect_left(starts, start, low)
        high = bisect_left(starts, end, low)
        first_space = bisect_left(spaces, low)
        if first_space < len(spaces) and spaces[first_space] < high:
            kept: Sequence[int] = [k for k in range(low, high) if not all_words[k].isspace()]
            words, tags = tuple(all_words[k] for k in kept), tuple(all_tags[k] for k in kept)
        else:  # the common case: no whitespace inside the sentence, so plain slices
            kept, words, tags = range(low, high), all_words[low:high], all_tags[low:high]
        if analysed is not body:  # tokens of the simplified text, shown as written
            words = tuple(body[starts[k] : ends[k]] for k in kept)
        sentences.append(Sentence(i, start, end, paragraph, body[start:end], words, tags))
        low = high
    return tuple(sentences)


def _ellipsis_mended(spans: list[tuple[int, int, int]], body: str, starts: list[int],
                     tags: Sequence[str]) -> list[tuple[int, int, int]]:
    """``spans`` with a sentence an ellipsis ended and the next, one clause that opens with its verb, as one (营员们弹古筝、
    跳中国舞蹈《水龙吟》……表演了精彩的节目。: the ellipsis left a list open, it ended no sentence; not …达到了顶峰……报道认为，…)."""
    if "…" not in body:
        return spans
    out = [spans[0]]
    for start, end, paragraph in spans[1:]:
        last_start, last_end, last_paragraph = out[-1]
        if (paragraph == last_paragraph and last_end == start and body[last_end - 1] == "…"
                and tags[bisect_left(starts, start)] in _VERB_TAGS and not CLAUSE_SPLIT.search(body, start, end)):
            out[-1] = (last_start, end, paragraph)
        else:
            out.append((start, end, paragraph))
    return out


_VERB_TAGS = frozenset({"v", "vd", "vi"})
CLAUSE_SPLIT = re.compile(r"[，；：,;:]")  # where a sentence splits into clauses (not at the 、 of a list)


# where a person stands in a photo, after his name: （左）, （右二）, （后右一）, （前排左三）; a sentence with one is a caption
# (the bracket first, the character before it looked back at from there: the scan skips to brackets)
PLACED = re.compile(r"[（(](?<=[\u4e00-\u9fff·][（(])(?:前排|后排|后|前)?[左右中](?:[一二三四五六七八九十]|起第?[一二三四五六七八九十])?[）)]")
_LONGEST_NAME = 7  # characters of a name glued from jieba's pieces


def _join_names(words: tuple[str, ...], tags: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name jieba cuts into pieces, one of them a single character (丁/nr 薛祥/nr, 泽/nr 连斯基/nr, 瓦/nr 卡尔/nrt,
    阿格尼/nr 霍/nr 特里/nrt), as one word of at most ``_LONGEST_NAME`` characters, tagged as its last piece."""
    words, tags = _mend_name_pieces(words, tags)
    person = list(map(PERSON_TAGS.__contains__, tags))
    if 1 not in map(len, compress(words, person)):
        return words, tags
    # runs of two or more person words in a row: each starts after a pair that does not continue one
    pairs = list(compress(count(), map(operator.and_, person, person[1:])))  # k: words k and k + 1 are person words
    runs: list[tuple[int, int]] = []
    for k in pairs:
        if runs and runs[-1][1] == k + 1:
            runs[-1] = (runs[-1][0], k + 2)
        else:
            runs.append((k, k + 2))
    out_words, out_tags = list(words), list(tags)
    for i, j in reversed(runs):
        run = words[i:j]
        if any(len(word) == 1 for word in run) and len("".join(run)) <= _LONGEST_NAME:
            out_words[i:j], out_tags[i:j] = ["".join(run)], [tags[j - 1]]
    return tuple(out_words), tuple(out_tags)


def _mend_name_pieces(words: tuple[str, ...], tags: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's last character that jieba's HMM glued to the preposition after it (哈勒/nrt 迪向/p → 哈勒迪 向/p), a
    king's number cut from his name (图普/nrt 六世/t → 图普六世/nrt), and a given name cut from its surname after a
    title (人大代表/nz 聂/nr 守军/n → 聂守军/nr)."""
    after_person = list(compress(count(1), map(PERSON_TAGS.__contains__, tags[:-1])))  # (few: looked at one by one)
    glued = [k for k in after_person if tags[k] == "p" and len(words[k]) == 2
             and words[k][1] in _PREPOSITIONS and words[k][0] not in _PREPOSITION_STARTS]
    regnal = [k for k in after_person if _REGNAL.fullmatch(words[k])]
    titled = [k for k in after_person if k >= 2 and len(words[k - 1]) == 1
              and tags[k] == "n" and len(words[k]) <= 2 and words[k - 2].endswith(PERSON_TITLES)
              and not words[k].endswith(PERSON_TITLES)]
    if not glued and not regnal and not titled:
        return words, tags
    out_words, out_tags = list(words), list(tags)
    for k in sorted(glued + regnal + titled, reverse=True):
        if k in titled:  # 人大代表/nz 聂/nr 守军/n → 聂守军/nr: a surname and a given name after a title
            out_words[k - 1: k + 1], out_tags[k - 1: k + 1] = [words[k - 1] + words[k]], [tags[k - 1]]
        elif k in regnal:  # 图普/nrt 六世/t → 图普六世/nrt: a king's number is part of his name
            out_words[k - 1: k + 1], out_tags[k - 1: k + 1] = [words[k - 1] + words[k]], [tags[k - 1]]
        else:
            out_words[k - 1: k + 1] = [words[k - 1] + words[k][0], words[k][1]]
    return tuple(out_words), tuple(out_tags)


_REGNAL = re.compile(r"[一二三四五六七八九十]+世")


_PREPOSITIONS = frozenset("向在对与同和为跟给")
_PREPOSITION_STARTS = frozenset("向在对与同和为跟给朝沿按依随由把被将关除经通从自于")  # 向着, 对于, 关于: prepositions


def warm_up(cfg: BriefConfig) -> None:
    """Load the tokenizer and the converter now, so that worker processes forked later share them
    instead of each paying the load inside its first article's time limit."""
    _tagger(cfg.segmenter, cfg.userdict)
    _opencc()


Tagger = Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]]


@functools.cache
def _tagger(engine: str, userdict: Path | None) -> Tagger:
    """text → (words, their POS tags) covering every character, from jieba-rs (fast) or jieba.

    Both run jieba's algorithm on jieba's dictionary: DAG of dictionary words, best route by word
    frequency, HMM for unknown words, dictionary POS tags. jieba-rs (the rjieba binding) is about
    20× faster and loads in half the time, so "auto" takes it when installed; "jieba" forces the
    Python original.
    """
    if engine in ("auto", "rjieba"):
        try:
            import rjieba
        except ImportError:
            if engine == "rjieba":
                raise ConfigError("segmenter 'rjieba' is not installed (pip install rjieba)") from None
        else:
            jieba_rs = _fresh_rjieba(rjieba)
            retag: dict[str, str] = {}
            for path in (DATA / "userdict.txt", userdict):
                if path is not None:
                    retag.update((word, tag) for word, tag in _load_userdict(jieba_rs.add_word, Path(path)) if tag)

            # jieba-rs keeps its own tag for a word already in its dictionary (警察 v): the user's tag wins, as in jieba
            def tag_rs(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
                words, tags = tuple(zip(*jieba_rs.tag(text, True))) or ((), ())
                return words, tuple(map(retag.get, words, tags))

            return tag_rs
    tokenizer, tags = _python_jieba()
    tags = dict(tags)
    for path in (DATA / "userdict.txt", userdict):
        if path is not None:
            for word, tag in _load_userdict(tokenizer.add_word, Path(path)):
                if tag:
                    tags[word] = tag
    list(tokenizer.cut("作为", HMM=True))  # warm up the HMM model (spaCy does the same)

    def tag_python(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        words = tuple(tokenizer.cut(text, HMM=True))
        return words, tuple(_tag(word, tags) for word in words)

    return tag_python


def word_ends(text: str) -> list[int]:
    """Where the words jieba cuts from ``text`` (its own dictionary) end: the places a line may break it."""
    ends, at = [], 0
    for word in _tagger("auto", None)(text)[0] if text else ():
        at += len(word)
        ends.append(at)
    return ends


def tagged(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words jieba cuts from ``text`` (its own dictionary) and their tags: 总统罗德里戈·查韦斯 → (总统, 罗德里戈, ·, 查韦斯),
    (n, nrt, x, nr)."""
    return _tagger("auto", None)(text) if text else ((), ())


def first_word(text: str) -> tuple[str, str]:
    """The first word jieba cuts from ``text`` (its own dictionary) and its tag: where a name run into the text ends
    (林春茵起如风 → 林春茵起/nr); ("", "") for no text."""
    if not text:
        return "", ""
    words, tags = _tagger("auto", None)(text)
    return words[0], tags[0]


_rjieba_default_taken = False


def _fresh_rjieba(rjieba: Any) -> Any:
    """A jieba-rs instance no other tagger uses. Importing rjieba already builds one (behind its
    module-level ``cut``/``tag``; 0.2 s of a cold start): the first tagger takes that one, later ones
    build their own."""
    global _rjieba_default_taken
    default = getattr(rjieba, "_DEFAULT_JIEBA", None)
    if not _rjieba_default_taken and isinstance(default, rjieba.Jieba):
        _rjieba_default_taken = True
        return default
    return rjieba.Jieba()


_NUMBER = re.compile(r"^[\d.,%％]+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9+#&._\-]*$")


def _tag(word: str, tags: dict[str, str]) -> str:
    """Dictionary POS lookup (jieba's dict.txt tags); unknown words get a guess by shape."""
    tag = tags.get(word)
    if tag:
        return tag
    if _NUMBER.match(word):
        return "m"
    if _LATIN.match(word):
        return "eng"
    if len(word) == 1 and not word.isalnum():
        return "x"
    return "nz" if len(word) > 1 else "x" if not word.isalnum() else "n"


def simplified(text: str) -> str:
    """Text converted to Simplified Chinese for analysis when the conversion keeps every length."""
    converted = _t2s(text)
    return converted if len(converted) == len(text) else text


def simplified_copy(article: Article) -> Article | None:
    """The article in Simplified Chinese, for the stages to read, when it has Traditional characters and the conversion
    keeps the length of each of its texts (an offset into the copy is one into the article); None otherwise."""
    texts = {name: text for name in ARTICLE_TEXTS if (text := getattr(article, name))}
    if not has_traditional("\n".join(texts.values())):
        return None
    copy = {name: _t2s(text) for name, text in texts.items()}
    if any(len(copy[name]) != len(text) for name, text in texts.items()):
        return None
    return dataclasses.replace(article, **copy)


def _t2s(text: str) -> str:
    """opencc's t2s conversion, skipped (it is slow) when no Traditional-only character occurs."""
    return _opencc()[0].convert(text) if has_traditional(text) else text


def has_traditional(text: str) -> bool:
    """Whether ``text`` has a character opencc's t2s changes (never without opencc): one test for a whole text tells
    that none of its parts needs converting."""
    loaded = _opencc()
    return loaded is not None and loaded[1](text)


@functools.cache
def _opencc():
    """The t2s converter and a test for the characters it changes; None without opencc. The test looks the text's code
    points up in a table (numpy, imported here: the renderer reads this module without it), faster than a set test per
    character and than a 4,000-character regex class."""
    try:
        import opencc
    except ImportError:  # optional: without it Traditional text is analysed as written
        return None
    import numpy as np

    table = Path(opencc.__file__).resolve().parent / "dictionary" / "TSCharacters.txt"
    chars = []
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and targets.split(" ")[0] != source:
            chars.append(ord(source))
    traditional = np.zeros(max(chars, default=0) + 2, dtype=bool)  # (the last entry, False, for any code point above)
    traditional[chars] = True
    last = len(traditional) - 1

    def changes(text: str) -> bool:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return bool(traditional[np.minimum(codes, last)].any())

    return opencc.OpenCC("t2s"), changes


def _python_jieba():
    """A fresh jieba.Tokenizer loaded from a cache of (FREQ, total, POS tags), and the tag table."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    dict_file = tokenizer.get_dict_file()
    dict_path = Path(dict_file.name)
    dict_file.close()
    stat = dict_path.stat()
    import hashlib  # here: its import costs 30 ms of every start, and only the Python jieba cache needs it

    key = hashlib.sha1(f"{dict_path}|{stat.st_size}|{stat.st_mtime_ns}|1".encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"brief-jieba-{key}.cache"
    tables = None
    if cache.is_file():
        try:
            tables = marshal.loads(cache.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            tables = None
    if tables is None:
        tables = _build_tables(dict_path)
        _write_cache(cache, marshal.dumps(tables))
    freq, total, tags = tables
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(freq), total, True
    return tokenizer, tags


def _build_tables(dict_path: Path) -> tuple[dict[str, int], int, dict[str, str]]:
    """Parse jieba's dict.txt into its prefix-frequency table and a word → POS table."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with dict_path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            freq[word] = count
            total += count
            if len(parts) > 2:
                tags[word] = parts[2]
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
    return freq, total, tags


def _write_cache(cache: Path, data: bytes) -> None:
    """Atomic write; a read-only temp folder only costs speed."""
    try:
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=cache.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, cache)
    except OSError as err:
        log.debug("cannot write %s: %s", cache, err)


def _load_userdict(add_word: Callable[[str, int | None, str | None], object], path: Path) -> list[tuple[str, str | None]]:
    """Add lines of ``word [freq] [tag]``; a bad line is a ConfigError naming it. Returns (word, tag) pairs."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read user dictionary ({err})") from None
    added = []
    for number, line in enumerate(lines, 1):
        parts = line.strip().split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) > 3 or (len(parts) == 3 and not parts[1].isdigit()):
            raise ConfigError(f"{path}:{number}: expected 'word [freq] [tag]', got {line.strip()!r}")
        word = parts[0]
        freq = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) >= 2 and not parts[-1].isdigit() else None
        try:
            add_word(word, freq, tag)
        except (OverflowError, ValueError) as err:  # jieba-rs takes a 64-bit frequency
            raise ConfigError(f"{path}:{number}: cannot add {line.strip()!r} ({err})") from None
        added.append((word, tag))
    return added


# ---------------------------------------------------------------- character pairs (light: the renderer reads them too)

_NOT_ALNUM = re.compile(r"[\W_]+")


def alnum(text: str) -> str:
    """Letters and digits only: what lengths, bigrams and ROUGE count."""
    return _NOT_ALNUM.sub("", text)


def bigrams(text: str) -> set[str]:
    """The character pairs of ``text``'s letters and digits (the one character itself when it has only one)."""
    chars = alnum(text)
    return set(map(operator.add, chars, chars[1:])) or ({chars} if chars else set())


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller bigram set found in the other: 1.0 for identical or contained sentences."""
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / min(len(a), len(b))
