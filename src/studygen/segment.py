"""Segment: blocks into numbered paragraphs and sentences.

A sentence ends at 。！？ (or ! ? after Japanese) and at the end of a line, but never inside
brackets: 「…。…」と述べた is one sentence, since the quote belongs to its speaker.

No sentence is longer than :data:`MAX_SENTENCE_CHARS`: text pasted from a PDF comes as one line
with no 。, and every later stage (names, quotes, questions, the parser) does more than linear
work within a sentence. A longer one is cut at a safe point near the limit (after 、, a closing
bracket or a space, else where the script changes) and its pieces are marked ``cut``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Block, Sentence

# Real news sentences: median 56 characters, 99.9th percentile 318 over the Wikinews corpus
# (17,065 sentences); the 18 past 300 are lists pasted as one line (震度5弱 岩手県:…-…-…).
MAX_SENTENCE_CHARS = 300
# A cut is looked for in the last part of the allowed length, so no piece is very short.
_CUT_WINDOW = 100
# Best cut first: after 、 or a comma (the writer's own pause); after a closing bracket, ・ or a
# colon; at a space (full-width 　 separates items in pasted tables); where the script changes
# (発表した|共同: kana then kanji starts a new word more often than not). Else at the limit.
_CUT_AFTER = (re.compile(r"[、，,]"), re.compile(r"[」』）)】〕］\]》〉・：:；;]"), re.compile(r"[ 　]"))
_SCRIPT_CHANGE = re.compile(r"(?<=[\u3041-\u309f])(?=[\u30a0-\u30ff\u4e00-\u9fff々])")

_OPEN = "「『（(【〔［[《〈"
_CLOSE = "」』）)】〕］]》〉"
_ENDERS = "。！？!?"
# No sentence starts with a particle: after ! or ? one means the mark ended a title, not a sentence.
_PARTICLES = "のがをにはとでもへや"
# Yahoo!ニュース: after a Latin word's ! a katakana or kanji word runs on in the same name
_NAME_GOES_ON = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff]")
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
            if ch in "！!？?" and j < n and text[j] in _PARTICLES:
                i = j  # こたえてちょーだい!の菊間アナ: a title ending in ! goes on with its particle (round 34)
                continue
            if ch in "!?" and j == i + 1 and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha() \
                    and j < n and _NAME_GOES_ON.match(text[j]):
                i = j  # Yahoo!ニュース, Yahoo!ジャパン: the ! is the brand's, the name goes on (round 137's 2186)
                continue
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


def cut_long(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[str]:
    """Cut a sentence longer than ``limit`` into pieces of at most ``limit`` characters, each
    at a safe point near the limit; a shorter sentence comes back as it is. Linear in the text.

    >>> [len(p) for p in cut_long("あ" * 250 + "、" + "い" * 250)]
    [251, 250]
    >>> cut_long("短い文。")
    ['短い文。']
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        lo, hi = start + max(1, limit - _CUT_WINDOW), start + limit
        cut = hi
        for pattern in _CUT_AFTER:
            found = [m.end() for m in pattern.finditer(text, lo, hi)]
            if found:
                cut = found[-1]
                break
        else:
            found = [m.start() for m in _SCRIPT_CHANGE.finditer(text, lo, hi)]
            if found:
                cut = found[-1]
        piece = text[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    rest = text[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def segment(blocks: Iterable[Block]) -> tuple[Sentence, ...]:
    """Number paragraphs from 1 and sentences from 0 across the article.

    >>> [(s.index, s.paragraph, s.text) for s in segment([Block("見出し", True), Block("一。二。")])]
    [(0, 1, '見出し'), (1, 2, '一。'), (2, 2, '二。')]
    """
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(blocks, start=1):
        parts = [block.text] if block.heading else split_sentences(block.text)
        for part in parts:
            pieces = cut_long(part)
            cut = len(pieces) > 1
            for piece in pieces:
                sentences.append(Sentence(len(sentences), paragraph, piece, block.heading, cut))
    return tuple(sentences)
