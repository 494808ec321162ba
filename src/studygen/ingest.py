"""Ingest: bytes from a file or standard input into a decoded :class:`Document`.

Decodes UTF-8 (with or without BOM), UTF-16 with BOM, CP932/Shift_JIS and EUC-JP, and for
HTML takes the story's main text and metadata with trafilatura (menus, ads, sidebars and
comments dropped). NHK NEWS WEB EASY marks every kanji word with <ruby>: the <rt> readings are
removed first, so 日本<rt>にっぽん</rt> gives 日本 and never 日本にっぽん.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from .errors import (
    EmptyInputError,
    InputEncodingError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
)
from .model import Document

_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KANJI_KATAKANA = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])", re.I)
_DATE = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")


def read_bytes(source: str | Path, max_bytes: int) -> bytes:
    """Read a file, or standard input for ``-``, refusing more than ``max_bytes``."""
    name = str(source)
    try:
        if name == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            path = Path(source)
            if not path.exists():
                raise InputNotFoundError(name)
            if path.is_dir():
                raise InputUnreadableError(name, "it is a folder; pass an article file")
            with path.open("rb") as f:
                data = f.read(max_bytes + 1)
    except OSError as e:
        raise InputUnreadableError(name, e.strerror or str(e)) from None
    if len(data) > max_bytes:
        size = len(data) if name == "-" else Path(source).stat().st_size
        raise InputTooLargeError(name, size, max_bytes)
    return data


def _japanese_score(text: str) -> float:
    """How much a decoding looks like Japanese: hiragana is in every sentence; mojibake from a
    wrong codec shows up as half-width katakana (ｱｲｳ) and rare symbols."""
    if not text:
        return 0.0
    good = len(_HIRAGANA.findall(text)) * 2 + len(_KANJI_KATAKANA.findall(text))
    bad = len(_HALFWIDTH_KANA.findall(text)) * 3 + text.count("\ufffd") * 5
    return (good - bad) / len(text)


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode bytes as the given encoding, or detect among the encodings Japanese text uses.

    >>> decode("日本語です".encode("cp932"), "x")
    '日本語です'
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputEncodingError(source, f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputEncodingError(source, f"not valid {encoding} at byte {e.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputEncodingError(source, "broken UTF-16") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _HTML_CHARSET.search(data[:4096])
    candidates = ["cp932", "euc_jp"]
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            candidates.insert(0, codecs.lookup(name).name)
        except LookupError:
            pass
    best: tuple[float, str] | None = None
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] <= 0:
        raise InputEncodingError(source, "not UTF-8, UTF-16, Shift_JIS (CP932) or EUC-JP")
    return best[1]


def detect_format(source: str, text: str) -> str:
    suffix = Path(source).suffix.lower() if source != "-" else ""
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if _HTML_SNIFF.match(text[:500]):
        return "html"
    return "text"


def _iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def extract_html(html: str) -> tuple[str, str | None, str | None]:
    """The main story of an HTML page as text (one block a line), its title and its date."""
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises ParserError on empty or broken documents
        return "", None, None
    # Ruby readings (<rt>) and their fallback brackets (<rp>) are not part of the text.
    for el in tree.xpath("//rt|//rp"):
        el.drop_tree()
    h1 = tree.xpath("string(//h1)").strip() or None
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=True,
    )
    text = ""
    title = date = None
    if doc is not None:
        text = doc.text or ""
        title = doc.title
        date = doc.date
    if not text.strip():
        # A page too short for trafilatura's heuristics: the body without page furniture.
        for el in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//form|//noscript"):
            el.drop_tree()
        body = tree.find("body")
        text = body.text_content() if body is not None else tree.text_content()
    title = h1 or title
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    return text, title, _iso_date(date)


def ingest(source: str | Path, *, data: bytes | None = None, encoding: str | None = None,
           max_bytes: int = 2_000_000) -> Document:
    """Read and decode an article; for HTML, extract the story.

    ``source`` names the file (``-`` for standard input); pass ``data`` to skip reading.
    """
    name = str(source)
    if data is None:
        data = read_bytes(source, max_bytes)
    elif len(data) > max_bytes:
        raise InputTooLargeError(name, len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError(name)
    text = decode(data, name, encoding)
    fmt = detect_format(name, text)
    title = published = None
    if fmt == "html":
        text, title, published = extract_html(text)
    return Document(text=text, source=name, format=fmt, title=title, published=published)
