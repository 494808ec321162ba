"""Furigana on running text: the article on the worksheet and the example sentences of the
vocabulary handout, following the furigana policy (``options.furigana``):

``none``
    no readings.
``all``
    every kanji word. The readings come from ``token_readings`` (sentence index -> the
    sentence's tokens as ``(surface, hiragana reading or None)``, e.g. from fugashi); without
    them only vocabulary terms and names, whose readings the study set carries, get furigana.
``vocabulary``
    vocabulary terms only, every occurrence.
``grade``
    kanji words containing a kanji above school grade ``options.furigana_grade`` (KANJIDIC2:
    1-6 elementary school, 8 secondary, 9-10 jinmeiyō), on the word's first occurrence in the
    article only, as Japanese readers for learners do. ``kanji_grades`` maps a kanji to its
    grade; a kanji missing from it, or every kanji when it is ``None``, counts as above the
    grade, so every kanji word gets furigana on its first occurrence.

Under every policy a word whose reading a worksheet question asks (kind ``reading``) is left
without furigana in the article, so the article does not give the answer away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from studygen.furigana import REPEAT_MARKS, has_kanji, is_kanji, split_reading, to_ruby_html
from studygen.model import StudySet, Term
from studygen.options import Options

__all__ = ["Annotator", "TokenReadings"]

TokenReadings = Mapping[int, Sequence[tuple[str, str | None]]]


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    html: str | None  # escaped ruby HTML; None: keep this stretch plain (a reading is asked)
    word: str  # the word as written, for "first occurrence" under the grade policy
    vocabulary: bool


def _runs(text: str) -> list[tuple[str, bool]]:
    """Split into runs of kanji and of other characters: 見送られ -> 見送 + られ."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        kanji = is_kanji(ch)
        if runs and runs[-1][1] == kanji:
            runs[-1] = (runs[-1][0] + ch, kanji)
        else:
            runs.append((ch, kanji))
    return runs


def _inflected_ruby(surface: str, lemma: str, reading: str) -> str:
    """Ruby for a word as written when the reading given is that of its dictionary form.

    見送られ with 見送る/みおくる: the kanji stem 見送 keeps the lemma's reading みおく.
    """
    if surface == lemma:
        return to_ruby_html(surface, reading)
    stems = {text: rd for text, rd in split_reading(lemma, reading) if rd is not None}
    return "".join(
        f"<ruby>{escape(run)}<rt>{escape(stems[run])}</rt></ruby>"
        if kanji and run in stems else str(escape(run))
        for run, kanji in _runs(surface)
    )


def _occurrences(text: str, word: str) -> Iterable[int]:
    start = text.find(word)
    while word and start >= 0:
        yield start
        start = text.find(word, start + len(word))


class Annotator:
    """Places furigana on sentences following one policy; remembers words already read.

    One annotator per document, called on its sentences in article order (the grade policy
    reads a word on its first occurrence only). ``asked`` are words that must stay without
    furigana: those whose reading the worksheet asks.

        >>> annotate = Annotator(study_set, Options(furigana="all"), None, None)  # doctest: +SKIP
        >>> annotate(0, "日米首脳会談")                                            # doctest: +SKIP
        Markup('日米<ruby>首脳会談<rt>しゅのうかいだん</rt></ruby>')
    """

    def __init__(
        self, study_set: StudySet, options: Options, kanji_grades: Mapping[str, int] | None,
        token_readings: TokenReadings | None, *, asked: Iterable[Term] = (),
    ) -> None:
        self.policy = options.furigana
        self.grade = options.furigana_grade
        self.kanji_grades = kanji_grades
        self.token_readings = token_readings or {}
        self.seen: set[str] = set()
        # Longest first, so 安全保障 wins over a shorter term inside it.
        curated: list[tuple[str, str | None, bool]] = []
        for term in asked:
            curated += [(term.term, None, True), (term.lemma, None, True)]
        for term in study_set.vocabulary:
            curated.append((term.term, _inflected_ruby(term.term, term.lemma, term.reading), True))
            if term.lemma != term.term:
                curated.append((term.lemma, to_ruby_html(term.lemma, term.reading), True))
        for name in study_set.names:
            curated.append((name.name, to_ruby_html(name.name, name.reading), False))
        self.curated = sorted(
            ((w, h, v) for w, h, v in curated if w and has_kanji(w)),
            key=lambda c: (c[1] is not None, -len(c[0])),  # "asked" blockers first
        )

    def _spans(self, sentence_index: int, text: str) -> list[_Span]:
        taken = [False] * len(text)
        spans: list[_Span] = []

        def take(start: int, word: str, html: str | None, vocabulary: bool) -> None:
            end = start + len(word)
            if any(taken[start:end]):
                return
            taken[start:end] = [True] * len(word)
            spans.append(_Span(start, end, html, word, vocabulary))

        for word, html, vocabulary in self.curated:
            for start in _occurrences(text, word):
                take(start, word, html, vocabulary)
        # Tokens come in order; find each one from where the previous one ended.
        cursor = 0
        for surface, reading in self.token_readings.get(sentence_index, ()):
            start = text.find(surface, cursor) if surface else -1
            if start < 0:
                continue
            cursor = start + len(surface)
            if reading and has_kanji(surface):
                take(start, surface, to_ruby_html(surface, reading), False)
        return sorted(spans, key=lambda s: s.start)

    def _above_grade(self, word: str) -> bool:
        if self.kanji_grades is None:
            return True
        # 々 repeats the kanji before it: 人々 is as easy as 人 (KANJIDIC2 has no grade for 々)
        return any(
            self.kanji_grades.get(ch, 99) > self.grade for ch in word if is_kanji(ch) and ch not in REPEAT_MARKS
        )

    def _wanted(self, span: _Span) -> bool:
        if span.html is None or self.policy == "none":
            return False
        if self.policy == "all":
            return True
        if self.policy == "vocabulary":
            return span.vocabulary
        # grade: hard kanji only, first occurrence in the article only
        if span.word in self.seen or not self._above_grade(span.word):
            return False
        self.seen.add(span.word)
        return True

    def __call__(self, sentence_index: int, text: str, *, mark: str | None = None) -> Markup:
        """The sentence as escaped HTML with ruby; ``mark`` (a word) is wrapped in <mark>."""
        out: list[str] = []
        pos = 0
        mark_ranges = [(s, s + len(mark)) for s in _occurrences(text, mark)] if mark else []
        marked = {i for a, b in mark_ranges[:1] for i in range(a, b)}
        pieces: list[tuple[int, int, str]] = []
        if self.policy != "none":
            pieces = [(s.start, s.end, s.html) for s in self._spans(sentence_index, text)
                      if self._wanted(s) and s.html is not None]
        for start, end, html in pieces:
            out.append(_plain(text, pos, start, marked))
            out.append(f"<mark>{html}</mark>" if start in marked else html)
            pos = end
        out.append(_plain(text, pos, len(text), marked))
        return Markup("".join(out).replace("</mark><mark>", ""))


def _plain(text: str, start: int, end: int, marked: set[int]) -> str:
    return "".join(
        f"<mark>{escape(text[i])}</mark>" if i in marked else str(escape(text[i]))
        for i in range(start, end)
    )
