"""What the stages found in a Traditional article's Simplified copy (``segment.simplified_copy``), shown as the article
writes it.

A string they give is a slice of the copy (a sentence, a figure) or pieces of it put together (a clause-trimmed key
point, a list told as one, a subject named from several words, a speaker's name before his words). Each piece of two or
more characters the copy holds is shown as the article writes the same place (the two have the same lengths), at the
sentence the string comes from when it is there; a character left over (one the copy holds only alone, a word a rule
adds: 文章认为) is shown by the article's own table of its characters, its most frequent written form."""

from __future__ import annotations

from collections import Counter

from .models import Article, Briefing

_TEXTS = ("title", "subtitle", "source", "byline")  # the texts before the body in the joined copy
_SEPARATOR = "\0"  # between two texts of the joined copy: no piece runs across it
_PIECE = 2  # characters of the shortest piece shown by its place (one character alone may stand anywhere)


class Written:
    """Strings of a briefing's analysed text (``Briefing.article``) as the article writes them: ``shown(text)``, or
    ``shown(text, sentence)`` for one that comes from that sentence; ``article`` is the article as written. Strings of
    an article the stages read as written are shown as they are."""

    __slots__ = ("article", "copied", "_copy", "_original", "_spans", "_table")

    def __init__(self, briefing: Briefing) -> None:
        self.article: Article = briefing.written or briefing.article
        self.copied = briefing.written is not None  # whether the stages read a copy: else strings are as written
        self._copy = self._original = ""
        self._spans: list[tuple[int, int]] = []
        self._table: dict[str, str] = {}
        if briefing.written is None:
            return
        self._copy = _joined(briefing.article)
        self._original = _joined(briefing.written)
        body = len(self._copy) - len(briefing.article.body)  # where the body starts: it comes last
        self._spans = [(body + s.start, body + s.end) for s in briefing.sentences]
        self._table = _table(self._copy, self._original)

    def __call__(self, text: str, sentence: int | None = None) -> str:
        if not self._copy or not text:
            return text
        near = self._spans[sentence] if sentence is not None and 0 <= sentence < len(self._spans) else (0, 0)
        shown, i = [], 0
        while i < len(text):
            at, end = self._piece(text, i, *near)
            if end - i >= _PIECE:
                shown.append(self._original[at : at + end - i])
                i = end
            else:
                shown.append(self._table.get(text[i], text[i]))
                i += 1
        return "".join(shown)

    def _piece(self, text: str, i: int, low: int, high: int) -> tuple[int, int]:
        """(where in the copy, end in ``text``) of the longest ``text[i:end]`` the copy holds, inside ``low:high``
        when it is there; (-1, i) when the copy holds not even its first character."""
        copy = self._copy
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
    return _SEPARATOR.join([*(getattr(article, name) or "" for name in _TEXTS), article.body])


def _table(copy: str, original: str) -> dict[str, str]:
    """Each character of ``copy`` that the article writes otherwise somewhere → the form it writes it in most often
    (后 → 後, unless 皇后 and 王后 outnumber 之後)."""
    forms: dict[str, Counter[str]] = {}
    for analysed, written in zip(copy, original):
        if analysed != written:
            forms.setdefault(analysed, Counter())[written] += 1
    for analysed, written in zip(copy, original):
        if analysed == written and analysed in forms:
            forms[analysed][written] += 1
    return {analysed: counts.most_common(1)[0][0] for analysed, counts in forms.items()}
