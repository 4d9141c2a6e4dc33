"""What the stages found in the Simplified copy of a Traditional article (``segment.simplified_copy``), shown as the
article writes it.

A string they give is a slice of the copy (a sentence, a figure) or pieces of it put together (a clause-trimmed key
point, a list told as one, a subject named from several words, a speaker's name before his words). Each piece of two or
more characters the copy holds is shown as the article writes the same place (the two have the same lengths), at the
sentence the string comes from when it is there; a character left over (one the copy holds only alone, a word a rule
adds: 文章认为) is shown by the article's own table of its characters, its most frequent written form."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .models import ARTICLE_TEXTS, Article, Briefing

_SEPARATOR = "\0"  # between two joined texts: no piece runs across it
_PIECE = 2  # characters of the shortest piece shown by its place (one character alone may stand anywhere)


class Written:
    """Strings of a briefing's analysed text (``Briefing.article``) as the article writes them: ``shown(text)``, or
    ``shown(text, sentence)`` for one that comes from that sentence; ``article`` is the article as written. Strings of
    an article the stages read as written are shown as they are."""

    __slots__ = ("article", "copied", "_aligned", "_spans")

    def __init__(self, briefing: Briefing) -> None:
        self.article: Article = briefing.written or briefing.article
        self.copied = briefing.written is not None  # whether the stages read a copy: else strings are as written
        self._aligned: _Aligned | None = None
        self._spans: list[tuple[int, int]] = []
        if briefing.written is not None:
            self._aligned = _Aligned(_joined(briefing.article), _joined(briefing.written))
            body = len(self._aligned.copy) - len(briefing.article.body)
            self._spans = [(body + s.start, body + s.end) for s in briefing.sentences]

    def __call__(self, text: str, sentence: int | None = None) -> str:
        if self._aligned is None or not text:
            return text
        near = self._spans[sentence] if sentence is not None and 0 <= sentence < len(self._spans) else (0, 0)
        return self._aligned.shown(text, *near)


def written_article(copy: Article, texts: Sequence[tuple[str, str]]) -> Article:
    """``copy``, an article cleaned from Simplified copies of texts, as the texts write it: each of its texts mapped
    back through the (copy, original) ``texts`` it was read from (a page, a title given with it)."""
    aligned = _Aligned(_SEPARATOR.join(pair[0] for pair in texts), _SEPARATOR.join(pair[1] for pair in texts))
    return replace(copy, **{name: aligned.shown(text) for name in ARTICLE_TEXTS if (text := getattr(copy, name))})


class _Aligned:
    """A Simplified copy and the text it was converted from, character for character (its table of written forms,
    ``_table``, built when a string first needs it)."""

    __slots__ = ("copy", "original", "_forms")

    def __init__(self, copy: str, original: str) -> None:
        self.copy, self.original = copy, original
        self._forms: dict[str, str] | None = None

    def shown(self, text: str, low: int = 0, high: int = 0) -> str:
        """``text``, made of pieces of the copy, as the original writes them: the longest piece at each point, looked
        for first inside ``low:high``."""
        shown, i = [], 0
        while i < len(text):
            at, end = self._piece(text, i, low, high)
            if end - i >= _PIECE:
                shown.append(self.original[at : at + end - i])
                i = end
            else:
                if self._forms is None:
                    self._forms = _table(self.copy, self.original)
                shown.append(self._forms.get(text[i], text[i]))
                i += 1
        return "".join(shown)

    def _piece(self, text: str, i: int, low: int, high: int) -> tuple[int, int]:
        """(where in the copy, end in ``text``) of the longest ``text[i:end]`` the copy holds, inside ``low:high``
        when it is there; (-1, i) when the copy holds not even its first character."""
        copy = self.copy
        at, end = -1, i
        while end < len(text):
            if at >= 0 and copy.startswith(text[end], at + end - i):  # the piece goes on where it was found
                end += 1
                continue
            piece = text[i : end + 1]
            found = copy.find(piece, low, high)
            if found < 0:
                found = copy.find(piece)
            if found < 0:
                break
            at, end = found, end + 1
        return at, end


def _joined(article: Article) -> str:
    """The article's texts as one string, the body last."""
    return _SEPARATOR.join(getattr(article, name) or "" for name in ARTICLE_TEXTS)


def _table(copy: str, original: str) -> dict[str, str]:
    """Each character of ``copy`` that ``original`` writes otherwise somewhere → the form it writes it in most often
    (后 → 後, unless 皇后 and 王后 outnumber 之後)."""
    forms: dict[str, Counter[str]] = {}
    for analysed, written in zip(copy, original):
        if analysed != written:
            forms.setdefault(analysed, Counter())[written] += 1
    for analysed, written in zip(copy, original):
        if analysed == written and analysed in forms:
            forms[analysed][written] += 1
    return {analysed: counts.most_common(1)[0][0] for analysed, counts in forms.items()}
