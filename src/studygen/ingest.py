"""Ingest: bytes from a file or standard input into a decoded :class:`Document`.

Decodes UTF-8 (with or without BOM), UTF-16 with BOM, CP932/Shift_JIS and EUC-JP, and for
HTML takes the story's main text and metadata with trafilatura (menus, ads, sidebars and
comments dropped). NHK NEWS WEB EASY marks every kanji word with <ruby>: the <rt> readings are
collected (``Document.readings``) and removed, so 日本<rt>にっぽん</rt> gives 日本 and never
日本にっぽん.
"""

from __future__ import annotations

import codecs
import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from . import fetch
from .errors import (
    EmptyInputError,
    InputEncodingError,
    InputNotFoundError,
    InputNotTextError,
    InputTooLargeError,
    InputUnreadableError,
)
from .model import Document

_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KANJI_KATAKANA = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])", re.IGNORECASE)
# XHTML starts with <?xml version="1.0" encoding="Shift_JIS"?>; lxml refuses an encoding
# declaration in text it is given already decoded (ValueError), so it goes before parsing.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# What a file is when its first bytes say it is not text: a PDF or a Word file saved under
# .txt, a picture renamed .html.
_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (a Word or EPUB file is one)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
# `<!DOCTYPE x [<!ENTITY ...>]>`: the HTML parser keeps the subset's closing "]>" as text.
_DOCTYPE_DEBRIS = re.compile(r"\A\s*\]>\s*")
_DATE = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")


# Control characters, lone surrogates (a file name that was not UTF-8 reaches Python as
# surrogateescape'd text) and line breaks would garble the one-line error message.
_UNPRINTABLE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANK = re.compile(r"[\s\x00\ufeff\u200b]+")
_NOT_ESCAPED_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def display_name(source: str | Path) -> str:
    r"""The source's name as it may be printed on one line.

    >>> display_name("a\nb\udcff.txt")
    'a\\x0ab\\xff.txt'
    """

    def escape(m: re.Match[str]) -> str:
        c = ord(m.group(0))
        return f"\\x{c - 0xDC00:02x}" if 0xDC80 <= c <= 0xDCFF else f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

    return _UNPRINTABLE_IN_NAME.sub(escape, str(source))


def read_bytes(source: str | Path, max_bytes: int) -> bytes:
    """Read a file, or standard input for ``-``, refusing more than ``max_bytes``.

    Reads at most ``max_bytes + 1`` bytes, so an endless source (``/dev/zero``, a pipe) is
    refused without filling memory.
    """
    name = display_name(source)
    try:
        if str(source) == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            path = Path(source)
            if not path.exists():
                raise InputNotFoundError(name)
            if path.is_dir():
                raise InputUnreadableError(name, "it is a folder; pass an article file")
            with path.open("rb") as f:
                data = f.read(max_bytes + 1)
    except ValueError:  # a NUL byte in the path: no file can have that name
        raise InputNotFoundError(name) from None
    except OSError as e:
        raise InputUnreadableError(name, e.strerror or str(e)) from None
    if len(data) > max_bytes:
        size = None
        if str(source) != "-":
            try:
                size = Path(source).stat().st_size or None  # 0 for /dev/zero and pipes
            except OSError:
                pass
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
            info = codecs.lookup(encoding)
        except LookupError:
            raise InputEncodingError(source, f"unknown encoding {encoding!r}") from None
        if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13: not text
            raise InputEncodingError(source, f"{encoding!r} is not a text encoding")
        try:
            return data.decode(info.name)
        except UnicodeDecodeError as e:
            raise InputEncodingError(source, f"not valid {encoding} at byte {e.start}") from None
    _refuse_binary(data, source)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputEncodingError(source, f"starts like UTF-8 but is not valid UTF-8 at byte {e.start + 3}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputEncodingError(source, f"broken UTF-16 at byte {e.start}") from None
    if b"\x1b$B" in data or b"\x1b$@" in data:
        # ISO-2022-JP (old mail and news feeds) is 7-bit, so it would pass as UTF-8 with its
        # escape sequences and gibberish: 政府 arrives as ESC$B@/I\\ESC(B.
        try:
            return data.decode("iso2022_jp_ext")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e.start
    if b"\x00" in data[:4096]:
        # Not UTF-8, with NUL bytes: UTF-16 saved without its byte-order mark (ASCII digits and
        # line ends are half NUL there), or no text at all. (Stray NULs in UTF-8 text are
        # dropped by clean.)
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            # The wrong byte order reads ASCII as CJK ideographs (a\0 -> 愀): Japanese has kana.
            if _japanese_score(text) > 0.5 and len(_HIRAGANA.findall(text)) > len(text) / 10:
                return text
        raise InputNotTextError(source, "binary data (it holds NUL bytes)")
    declared = _HTML_CHARSET.search(data[:4096])
    candidates = ["cp932", "euc_jp"]
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = None
        # A page that says Shift_JIS was almost always written on Windows: CP932 is the same
        # code plus ①, 髙 and NEC's symbols, and reads 0x8160 as ～ as Windows shows it (strict
        # Shift_JIS gives 〜 there, and fails on the first ①).
        if codec:
            candidates.insert(0, "cp932" if codec == "shift_jis" else codec)
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
        raise InputEncodingError(
            source, f"not UTF-8 (invalid at byte {utf8_error}), UTF-16, Shift_JIS (CP932) or EUC-JP")
    return best[1]


def _refuse_binary(data: bytes, source: str) -> None:
    """Raise InputNotTextError for a file whose first bytes say it is no text: a PDF, a
    picture, an archive."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputNotTextError(source, kind)


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


def _dateline(tree) -> str | None:
    """A date in <time datetime> or in an element whose class or id names a date
    (<p class="article-main__date">2026年7月15日 11時30分</p>), as news pages mark datelines."""
    for value in itertools.islice(_date_values(tree), 20):
        iso = _iso_date(value)
        if iso:
            return iso
    return None


_DATE_ELEMENT = ("self::time or contains(@class, 'date') or contains(@id, 'date')"
                 " or contains(@class, 'time') or contains(@class, 'publish')")


def _date_values(tree) -> Iterator[str]:
    """The <time datetime> values and the texts inside <time> and date elements, in document
    order, read only as far as they are wanted.

    Not "//time/@datetime | //time//text() | //*[...]//text()": libxml2 merges the texts of
    each element into those before it with a duplicate check, quadratic on a page listing
    thousands of dated items, and the first 20 values are all the caller reads.
    """
    import lxml.etree

    outer = None
    for el in tree.xpath(f"/descendant::*[{_DATE_ELEMENT}]"):  # see _one_pass
        if outer is not None and any(a is outer for a in el.iterancestors()):
            continue  # inside an element read already: <div class="date"><time>
        outer = el
        for event, node in lxml.etree.iterwalk(el, events=("start", "end", "comment", "pi")):
            if event == "start":
                if node.tag == "time" and node.get("datetime"):
                    yield node.get("datetime")
                if node.text:
                    yield node.text
            elif node is not el and node.tail:  # after an element, or a comment: not its text
                yield node.tail


# class or id tokens of advertising blocks: ad-top, inline-ad, ads, pr-box, sponsored, promo.
_AD_TOKEN = re.compile(r"(?:ad|ads|adv|advert\w*|pr|sponsor\w*|promo\w*)(?:[-_]\w+)*|\w+(?:[-_]\w+)*[-_](?:ad|ads|pr|sponsor\w*|promo\w*)",
                       re.IGNORECASE)
_AD_LABEL = re.compile(r"^[\[【(（]?(?:広告|PR|AD|スポンサーリンク|Sponsored|プロモーション)[\]】)）]?$", re.IGNORECASE)


def _drop_ads(tree) -> None:
    """Remove advertising blocks, even inside <article>: by class or id (<div class="inline-ad">),
    or a short block that opens with its label (<div><span>広告</span><p>冬のボーナスで…</p></div>)."""
    for el in tree.xpath("/descendant::*[@class or @id]"):  # see _one_pass
        tokens = f"{el.get('class', '')} {el.get('id', '')}".split()
        if any(_AD_TOKEN.fullmatch(t) for t in tokens) and el.getparent() is not None:
            el.drop_tree()
    for el in tree.xpath(_one_pass("div", "aside", "section", "li", "p")):
        if _opens_with_ad_label(el) and el.getparent() is not None:
            el.drop_tree()


def _opens_with_ad_label(el) -> bool:
    """Two texts or more, under 200 characters in all, the first an ad label. Reads no further
    than it must: the outer <div>s of a page 256 deep each hold the whole story."""
    texts = 0
    length = 0
    for text in el.itertext():
        text = text.strip()
        if not text:
            continue
        if not texts and not _AD_LABEL.match(text):
            return False
        texts += 1
        length += len(text)
        if length >= 200:
            return False
    return texts >= 2


def _one_pass(*tags: str) -> str:
    """An XPath for every element of these tags, in one pass over the tree in document order.

    Two ways to write it are quadratic in libxml2. A union ("//div|//p") checks each node of
    one side against every node of the other: 30,000 <div> and 30,000 <p> took 2.9 s. And
    "//*[...]" collects each element's children in turn, which is not document order, then
    sorts them, comparing nodes by walking along their siblings: 0.65 s for the 22,000 blocks
    of a 1 MB list of articles. "/descendant::*[...]" walks the tree once, in order: 0.04 s.

    >>> _one_pass("rt", "rp")
    '/descendant::*[self::rt or self::rp]'
    """
    return "/descendant::*[" + " or ".join(f"self::{tag}" for tag in tags) + "]"


def _ruby_readings(tree) -> tuple[tuple[str, str], ...]:
    """(word, reading) for every <ruby> of the page: <ruby>潮見<rt>うしおみ</rt></ruby>, also with
    <rb> and <rp>; :func:`studygen.clean.given_readings` decides which are used."""
    pairs = []
    for ruby in tree.xpath("//ruby"):
        reading = "".join("".join(rt.itertext()) for rt in ruby.xpath(".//rt")).strip()
        base = "".join(str(t) for t in ruby.xpath("./text() | ./rb//text()")).strip()
        if base and reading:
            pairs.append((base, reading))
    return tuple(pairs)


def _text(el) -> str:
    # Line breaks and runs of spaces in the markup become one space; a full-width space
    # between a headline's two parts (暑い日が続く　熱中症に気をつけて) stays.
    return re.sub(r"[ \t\r\n\f\v]+", " ", el.text_content()).strip()


def _headline(tree) -> str | None:
    """The story's <h1>: one inside <article> or <main> first, then any that is not the site's
    logo. Portals put their name in an <h1> of the page header (<h1 class="logo"><a href="/">
    ミナトナビ</a></h1>) before the story's own."""
    candidates = [h for h in tree.xpath("/descendant::h1[ancestor::article or ancestor::main]") if _text(h)]
    seen = set(candidates)  # "h in candidates" is a pass over the list for each <h1>
    for h in tree.xpath("//h1"):
        if h in seen or not _text(h):
            continue
        names = " ".join(h.xpath("(self::* | parent::*)/@class | (self::* | parent::*)/@id")).lower()
        in_furniture = h.xpath("ancestor::header[not(ancestor::article)] | ancestor::nav")
        home_link = h.xpath(".//a[@href='/' or @href='./' or @href='index.html']")
        if not (re.search(r"logo|brand|site", names) or in_furniture or home_link):
            candidates.append(h)
    return _text(candidates[0]) if candidates else None


def _date_near(tree, headline: str | None) -> str | None:
    """A full date written as plain text just under (or just above) the headline, as many
    pages print their dateline: <h1>…</h1><p>2026年11月3日 15時20分</p>."""
    if not headline:
        return None
    for h in tree.xpath("//h1"):
        if _text(h) != headline:
            continue
        near = [*h.xpath("following::text()[normalize-space()][position() <= 8]"),
                *h.xpath("preceding::text()[normalize-space()][position() <= 3]")]
        for value in near:
            iso = _iso_date(str(value))
            if iso:
                return iso
    return None


def extract_html(html: str, source: str = "the page") -> tuple[str, str | None, str | None, tuple[tuple[str, str], ...]]:
    """The main story of an HTML page as text (one block a line), its title, its date and the
    readings its <ruby> gives; ``source`` names the page in an error."""
    import lxml.etree
    import trafilatura

    from .html_tree import parse_html

    # lxml refuses text nodes with NUL, other control characters or lone surrogates
    # (ValueError); clean would drop them anyway.
    html = _XML_DECLARATION.sub("", _NOT_XML_TEXT.sub("", html))
    try:
        tree = parse_html(html, source)  # all of its text, however deep (html_tree.py)
    except (lxml.etree.ParserError, ValueError):  # an empty or broken document
        return "", None, None, ()
    readings = _ruby_readings(tree)
    # Ruby readings (<rt>) and their fallback brackets (<rp>) are not part of the text.
    for el in tree.xpath(_one_pass("rt", "rp")):
        el.drop_tree()
    # Then the <ruby> and <rb> wrappers go, leaving their text in its line (trafilatura may
    # otherwise put each ruby word on a line of its own: 日本\nの\n首相).
    for el in tree.xpath(_one_pass("ruby", "rb")):
        el.drop_tag()
    # Nothing of the page but its text is kept: no element, attribute or URL (img src,
    # CSS url(), <link>, <iframe>, javascript: links) reaches a later stage, and nothing is
    # fetched. A DOCTYPE's internal subset is never expanded; drop what lxml left of it.
    for el in tree.xpath(_one_pass("script", "style", "noscript", "template", "iframe", "object", "embed",
                                   "svg", "math")):
        el.drop_tree()
    _drop_ads(tree)
    h1 = _headline(tree)
    from trafilatura.deduplication import LRUCache

    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False,
        # Repeated segments are dropped within this page only: trafilatura's default cache
        # lives as long as the process, so the fourth build of one page in a batch or a
        # server lost its whole story to "duplicates" of the three builds before.
        deduplicate=LRUCache(maxsize=4096),
        # The date from the page's metadata and markup only: the extensive search runs
        # htmldate's text heuristics through dateparser (about 1.2 s and 50 MB on a process's
        # first page); a dateline element is read below, a date in the lead by the pipeline.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = ""
    title = date = None
    if doc is not None:
        text = doc.text or ""
        title = doc.title
        date = doc.date
    if not date:
        date = _dateline(tree) or _date_near(tree, h1)
    if not text.strip():
        # A page too short for trafilatura's heuristics: the body without page furniture.
        for el in tree.xpath(_one_pass("script", "style", "nav", "header", "footer", "aside", "form", "noscript")):
            el.drop_tree()
        body = tree.find("body")
        text = body.text_content() if body is not None else tree.text_content()
    title = h1 or title
    text = _DOCTYPE_DEBRIS.sub("", text)
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    return text, title, _iso_date(date), readings


# A fetched page's Content-Type says its format (a URL's path may end in .php or nothing).
_URL_FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown",
                "text/plain": "text"}


def _codec_or_none(charset: str | None) -> str | None:
    """The codec for a charset a server declared; None (detect) for a name Python lacks.
    Shift_JIS pages are CP932 in practice (see :func:`decode`)."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    return "cp932" if codec == "shift_jis" else codec


def ingest(source: str | Path, *, data: bytes | str | None = None, encoding: str | None = None,
           max_bytes: int = 2_000_000, timeout: float = fetch.TIMEOUT_SECONDS) -> Document:
    """Read and decode an article; for HTML, extract the story.

    ``source`` names the file (``-`` for standard input) or an http(s) URL, fetched within
    ``timeout`` seconds (:mod:`studygen.fetch`; the page's declared charset is honoured and
    its final address becomes the source); pass ``data`` to skip reading.
    ``data`` as text is taken back to the bytes it came from (``surrogateescape``, as Python
    decodes standard input and file names), so undecodable bytes get the same clear error.

    >>> ingest("note.txt", data="日本語の記事です。".encode("euc_jp")).text
    '日本語の記事です。'
    """
    name = display_name(source)
    media = None
    if data is None and fetch.looks_like_url(source):
        fetched = fetch.fetch_url(str(source), max_bytes, timeout=timeout)
        # The page's final address (after redirects) is the study set's source.
        name, data, media = display_name(fetched.url), fetched.data, fetched.content_type
        encoding = encoding or _codec_or_none(fetched.charset)
    if isinstance(data, str):
        # Other lone surrogates stand for no byte: drop them (clean would drop them anyway).
        data = _NOT_ESCAPED_BYTE.sub("", data).encode("utf-8", "surrogateescape")
    if data is None:
        data = read_bytes(source, max_bytes)
    elif len(data) > max_bytes:
        raise InputTooLargeError(name, len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError(name)
    text = decode(data, name, encoding)
    if not _BLANK.sub("", text):  # ideographic spaces, BOMs, NULs: nothing to read
        raise EmptyInputError(name)
    fmt = _URL_FORMATS.get(media or "") or detect_format(name, text)
    title = published = None
    if fmt == "html":
        text, title, published, readings = extract_html(text, name)
        return Document(text=text, source=name, format=fmt, title=title, published=published,
                        readings=readings)
    return Document(text=text, source=name, format=fmt, title=title, published=published)
