"""HTML to PDF for every printed document: the worksheet, the answer key, the vocabulary
handout and the glossary.

A document is a jinja2 template in ``templates/`` filled from a small view (see
:mod:`studygen.export.worksheet` and :mod:`studygen.export.handout`); :func:`render_html` fills
it and :func:`write_pdf` has WeasyPrint lay it out with ``worksheet.css``, fonts embedded and
subset. The stylesheets and the font map are made once and reused by every render.

Safety: jinja2 autoescapes every value, and WeasyPrint's URL fetcher is replaced by one that
reads only files inside :func:`templates_dir` and ``data:`` URLs. Without it WeasyPrint fetches
whatever URL it meets, ``file:///etc/passwd`` and the network included (NOTES.md).
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jinja2

from studygen.errors import FontNotFoundError
from studygen.export.fonts import find_japanese_font
from studygen.model import StudySet, Term
from studygen.options import Options

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.urls import URLFetcher

__all__ = [
    "display_width",
    "is_allowed_url",
    "make_url_fetcher",
    "page_context",
    "printed_gloss",
    "render_html",
    "templates_dir",
    "write_pdf",
]

logger = logging.getLogger(__name__)

_DOC_KINDS = {
    "worksheet": ("ワークシート", "Worksheet"),
    "answers": ("解答と解説", "Answer key"),
    "vocabulary": ("語彙リスト", "Vocabulary list"),
}


def templates_dir() -> Path:
    """The folder holding ``worksheet.css`` and the jinja2 templates.

    In a wheel the repository's top-level ``templates/`` is force-included as
    ``studygen/templates`` (pyproject), so it is found as package data. An editable install
    maps only ``src/studygen`` into the environment, so there the templates are read from the
    source checkout, three levels above this file (src/studygen/export/pdf.py).
    """
    packaged = resources.files("studygen") / "templates"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "templates"


# ---- Safety: templates and URL fetching -------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    # Article text is untrusted (a web page may hold "<img src=file:///…>"): escape everything,
    # and fail loudly on a misspelt variable instead of printing nothing.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def is_allowed_url(url: str, root: Path | None = None) -> bool:
    """Whether the PDF renderer may read ``url``: a ``data:`` URL or a file inside ``root``.

    ``root`` defaults to :func:`templates_dir`. Everything else is refused: other local files,
    ``http(s)``, ``ftp``, and paths that climb out of the folder with ``..`` or a symlink.

    >>> is_allowed_url("file:///etc/passwd")
    False
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme == "data":
        return True
    if scheme != "file":
        return False
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        return False
    base = (root or templates_dir()).resolve()
    path = Path(url2pathname(parts.path)).resolve()
    return path.is_relative_to(base) and path.is_file()


@functools.cache
def _safe_fetcher_class() -> type[URLFetcher]:
    # Built on first use so that importing this module does not import WeasyPrint (~0.34 s).
    from weasyprint.urls import URLFetcher

    class SafeURLFetcher(URLFetcher):
        """WeasyPrint's fetcher, limited to templates_dir() files and data: URLs.

        ``requested`` lists every URL WeasyPrint asked for, ``refused`` those it did not get.
        A refusal raises ValueError, which WeasyPrint logs as a warning before going on without
        the resource.
        """

        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
            self.requested: list[str] = []
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            self.requested.append(url)
            if not is_allowed_url(url):
                self.refused.append(url)
                logger.warning("refused to fetch %s while rendering a PDF", url)
                raise ValueError(f"studygen does not fetch {url!r} into a PDF")
            return super().fetch(url, headers)

    return SafeURLFetcher


def make_url_fetcher() -> Any:
    """A new fetcher for one render (it records what it was asked for, see SafeURLFetcher)."""
    return _safe_fetcher_class()()


@functools.cache
def _stylesheets(paper: str) -> tuple[CSS, ...]:
    # Parsed once per process and paper size, then reused by every render.
    from weasyprint import CSS

    fetcher = make_url_fetcher()
    sheets = [CSS(filename=str(templates_dir() / "worksheet.css"), url_fetcher=fetcher)]
    if paper.lower() == "letter":
        sheets.append(CSS(string="@page { size: letter; }", url_fetcher=fetcher))
    return tuple(sheets)


def prepare(paper: str) -> None:
    """Import WeasyPrint, parse the stylesheet for ``paper`` and compile the templates, ahead of
    the first render (a build does it in a thread while the article is analysed and parsed)."""
    import weasyprint  # noqa: F401

    _stylesheets(paper)
    for template in ("worksheet.html", "answers.html", "vocabulary.html"):
        _environment().get_template(template)


_FONTS = threading.local()


def _font_config() -> Any:
    """This thread's fontconfig configuration and Pango font map, reused by every render.

    Left to itself WeasyPrint makes a new one for each document: it loads fontconfig's
    configuration again and opens the CJK fonts afresh (Noto Sans CJK Bold alone is a 20 MB
    file, mapped and read again), so each of an article's three PDFs paid for it. Reused, the
    example's three PDFs took 0.81 s instead of 0.88 s and the process peaked 57 MB lower, the
    PDFs byte for byte the same. One per thread: a Pango font map is not meant to be shared by
    two threads rendering at once (a web server building two sheets).
    """
    config = getattr(_FONTS, "config", None)
    if config is None:
        from weasyprint.text.fonts import FontConfiguration

        config = _FONTS.config = FontConfiguration()
    return config


def write_pdf(html: str, paper: str, url_fetcher: Any = None) -> bytes:
    """HTML -> PDF bytes with the safe fetcher; fonts embedded and subset (WeasyPrint's default).

    ``paper`` is ``"A4"`` or ``"Letter"``; ``url_fetcher`` (a :func:`make_url_fetcher`) lets a
    caller see what was fetched. Raises FontNotFoundError when no Japanese font is installed.

    >>> write_pdf(render_html("worksheet.html", context), "A4")[:5]   # doctest: +SKIP
    b'%PDF-'
    """
    if find_japanese_font() is None:
        raise FontNotFoundError()
    from weasyprint import HTML

    fetcher = url_fetcher if url_fetcher is not None else make_url_fetcher()
    # base_url: relative references resolve inside templates_dir(), the one folder allowed.
    document = HTML(string=html, base_url=str(templates_dir()) + "/", url_fetcher=fetcher)
    pdf = document.write_pdf(stylesheets=list(_stylesheets(paper)), font_config=_font_config())
    assert pdf is not None
    return pdf


# ---- The page every document shares ---------------------------------------------------------


def page_context(study_set: StudySet, options: Options, doc: str) -> dict[str, Any]:
    """What ``base.html`` prints on every page of ``doc`` (``"worksheet"``, ``"answers"`` or
    ``"vocabulary"``): the article's header, the document's name in Japanese and English
    (解答と解説, Answer key), the instruction language and the paper size.

    >>> page_context(study_set, Options(), "answers")["doc_kind_ja"]   # doctest: +SKIP
    '解答と解説'
    """
    kind_ja, kind_en = _DOC_KINDS[doc]
    return {
        "article": study_set.article,
        "instructions": options.instructions,
        "doc_kind_ja": kind_ja,
        "doc_kind_en": kind_en,
        "body_class": f"{doc} paper-{options.paper.lower()}",
    }


def printed_gloss(term: Term, limit: int = 3) -> str:
    """A word's meaning as the printed lists show it: its first three glosses.

    >>> printed_gloss(Term("v-1", "会談", "会談", "かいだん", "", "noun", ("talks", "meeting"), 0))
    'talks; meeting'
    """
    return "; ".join(term.glosses[:limit])


def display_width(text: str) -> float:
    """Width in em: a kanji or kana is one em, a Latin letter or digit about half of one.

    >>> display_width("G7会議")
    3.1
    """
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55 for ch in text)


_RUBY = re.compile(r"<ruby>([^<]*)<rt>([^<]*)</rt></ruby>")


def _room_for_readings(html: str) -> str:
    """Widen a ruby whose reading is wider than its word when another ruby stands right beside
    it, so that the two readings do not run into each other (上昇 じょうしょう then 率 りつ under
    --furigana all). The reading is set at half size over the word and centred on it, so it
    needs len(reading) / 2 em; next to plain text (住宅 ローン) it may hang over the kana."""
    matches = list(_RUBY.finditer(html))
    if not matches:
        return html
    out, pos = [], 0
    for k, m in enumerate(matches):
        base, reading = m.group(1), m.group(2)
        extra = len(reading) / 2 - display_width(base)
        beside = (k > 0 and matches[k - 1].end() == m.start()) or (
            k + 1 < len(matches) and matches[k + 1].start() == m.end())
        out.append(html[pos:m.start()])
        if extra > 0.05 and beside:
            out.append(f'<ruby style="padding: 0 {extra / 2 + 0.03:.2f}em">{base}<rt>{reading}</rt></ruby>')
        else:
            out.append(m.group(0))
        pos = m.end()
    out.append(html[pos:])
    return "".join(out)


def render_html(template: str, context: Mapping[str, Any]) -> str:
    """``template`` (a file in :func:`templates_dir`) filled from ``context``, every value
    escaped, with room made between touching readings (:func:`_room_for_readings`)."""
    return _room_for_readings(_environment().get_template(template).render(**context))
