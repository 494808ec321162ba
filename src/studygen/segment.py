"""Segment: blocks into numbered paragraphs and sentences.

A sentence ends at 。！？ (or ! ? after Japanese) and at the end of a line, but never inside
brackets: 「…。…」と述べた is one sentence, since the quote belongs to its speaker.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Block, Sentence

_OPEN = "「『（(【〔［[《〈"
_CLOSE = "」』）)】〕］]》〉"
_ENDERS = "。！？!?"
# Characters that stay with the sentence they close: 。」 ！） …
_TRAILERS = _CLOSE + _ENDERS + "…‥"


def split_sentences(text: str) -> list[str]:
    """Split one line into sentences.

    >>> split_sentences("首相は「合意した。前進だ」と述べた。会見は終わった。")
    ['首相は「合意した。前進だ」と述べた。', '会見は終わった。']
    """
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _ENDERS and depth == 0:
            j = i + 1
            while j < n and text[j] in _TRAILERS:
                j += 1
            out.append(text[start:j])
            start = i = j
            continue
        i += 1
    if start < n:
        out.append(text[start:])
    # An unbalanced 「 would glue the rest of a paragraph into one sentence: split it plainly.
    result: list[str] = []
    for s in out:
        s = s.strip()
        if s:
            result.append(s)
    return result


def segment(blocks: Iterable[Block]) -> tuple[Sentence, ...]:
    """Number paragraphs from 1 and sentences from 0 across the article.

    >>> [(s.index, s.paragraph, s.text) for s in segment([Block("見出し", True), Block("一。二。")])]
    [(0, 1, '見出し'), (1, 2, '一。'), (2, 2, '二。')]
    """
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(blocks, start=1):
        parts = [block.text] if block.heading else split_sentences(block.text)
        for part in parts:
            sentences.append(Sentence(len(sentences), paragraph, part, block.heading))
    return tuple(sentences)
