"""Ingest: bytes from a file or standard input into a decoded :class:`Document`.

Decodes UTF-8 (with or without BOM), UTF-16 with BOM, CP932/Shift_JIS and EUC-JP, and for
HTML takes the story's main text, headline, date and <ruby> readings
(:mod:`studygen.html_story`, from the tree :mod:`studygen.html_tree` parses).
"""

from __future__ import annotations

import codecs
import re
import sys
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
from .html_story import extract_html
from .model import Document

_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KANJI_KATAKANA = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])", re.IGNORECASE)
# What a file is when its first bytes say it is not text: a PDF or a Word file saved under
# .txt, a picture renamed .html.
_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (a Word or EPUB file is one)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)


# Control characters, lone surrogates (a file name that was not UTF-8 reaches Python as
# surrogateescape'd text) and line breaks would garble the one-line error message.
_UNPRINTABLE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


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
