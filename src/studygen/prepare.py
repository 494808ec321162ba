"""From a document to an :class:`~studygen.model.Article`: the text cleaned and checked for
Japanese (an English page or a near-empty one is refused with a clear error), the headline and
the date found, the sentences cut, and an id that stays the same while the text does. The first
stage :mod:`studygen.pipeline` calls after ingest."""

from __future__ import annotations

import hashlib
import re

from . import clean, segment
from .errors import NoJapaneseTextError, TooLittleTextError
from .model import Article, Block, Document

MIN_JAPANESE_CHARS = 40
_JAPANESE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff々]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def _check_japanese(blocks: tuple[Block, ...], source: str) -> None:
    text = "".join(b.text for b in blocks)
    japanese = len(_JAPANESE.findall(text))
    if japanese == 0:
        raise NoJapaneseTextError(source, english=len(_LATIN_WORD.findall(text)) >= 5)
    if japanese < MIN_JAPANESE_CHARS:
        raise TooLittleTextError(source, japanese, MIN_JAPANESE_CHARS)


def _title_and_blocks(doc: Document, blocks: tuple[Block, ...]) -> tuple[str, tuple[Block, ...]]:
    """The headline: the page's title, else a short first line (kept as the heading), else the
    lead sentence shortened."""
    if doc.title and doc.title.strip():
        return clean.normalize(doc.title).strip(), blocks
    first = blocks[0]
    # A headline has no full stop; a long one (66 characters, two clauses with a full-width
    # space) is still one, while a lead paragraph always has its 。.
    if first.heading or (len(first.text) <= 120 and "。" not in first.text and "．" not in first.text):
        return first.text, (Block(first.text, True), *blocks[1:])
    return _title_from_lead(segment.split_sentences(first.text)[0]), blocks


_LEADING_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日[^、。]{0,8}、")


def _title_from_lead(lead: str, limit: int = 40) -> str:
    """A title for an article without a headline: its lead sentence, without the leading date
    (the deck and the worksheet show the date already) and cut at a word boundary.

    >>> _title_from_lead("2025年2月28日、両首脳がワシントンで会談した。")
    '両首脳がワシントンで会談した'
    """
    lead = _LEADING_DATE.sub("", lead).rstrip("。")
    if len(lead) <= limit:
        return lead
    from . import analyze

    cut = 0
    # Only the head is tokenized: a lead pasted without 。 may run to the end of the article.
    for t in analyze.tokenize(lead[: limit * 2]):  # 大統領とウクラ… would cut a word in two
        if t.end > limit - 1:
            break
        cut = t.end
    return lead[: cut or limit - 1] + "…"


def _published(doc: Document, blocks: tuple[Block, ...]) -> str | None:
    """The page's date, else a dateline among the first lines (clean drops it from the text:
    "2026年11月4日 10時05分"), else the first full date in the lead paragraph."""
    if doc.published:
        return doc.published
    head = [ln.strip() for ln in doc.text.split("\n")[:8]]
    for text in [*(ln for ln in head if clean.is_dateline(ln)), *(b.text for b in blocks[:2])]:
        m = _DATE.search(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def prepare_article(doc: Document) -> Article:
    """Clean and segment a document into an :class:`Article` with a stable id."""
    blocks = clean.clean(doc.text, markdown=doc.format == "markdown")
    _check_japanese(blocks, doc.source)
    title, blocks = _title_and_blocks(doc, blocks)
    sentences = segment.segment(blocks)
    digest = hashlib.sha1("\n".join(s.text for s in sentences).encode()).hexdigest()[:12]
    return Article(digest, title, doc.source, _published(doc, blocks), sentences)
