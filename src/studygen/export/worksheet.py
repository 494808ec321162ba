"""Printable PDFs: the student worksheet, its answer key and the vocabulary handout (語彙リスト).

A :class:`~studygen.model.StudySet` becomes a small view (plain strings, plus ruby HTML built
here from escaped pieces), the view goes through a jinja2 template in ``templates/`` and
WeasyPrint turns the HTML into a PDF::

    >>> from studygen.options import Options
    >>> pdf = render_worksheet(study_set, Options(paper="Letter", furigana="all"))
    >>> pdf[:5]
    b'%PDF-'

Furigana policies (``options.furigana``), applied to the article text on the worksheet and to
the example sentences of the handout:

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

Safety: jinja2 autoescapes every value, and WeasyPrint's URL fetcher is replaced by one that
reads only files inside :func:`templates_dir` and ``data:`` URLs. Without it WeasyPrint fetches
whatever URL it meets, ``file:///etc/passwd`` and the network included (NOTES.md).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import re
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jinja2
from markupsafe import Markup, escape

from studygen.accent import accent_html
from studygen.errors import FontNotFoundError
from studygen.furigana import has_kanji, is_kanji, split_reading, to_ruby_html
from studygen.model import Question, Sentence, StudySet, Term
from studygen.options import Options

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.urls import URLFetcher

__all__ = [
    "answer_key_html",
    "find_japanese_font",
    "harfbuzz_subset_available",
    "is_allowed_url",
    "make_url_fetcher",
    "render_answer_key",
    "render_vocabulary_handout",
    "render_worksheet",
    "templates_dir",
    "vocabulary_html",
    "worksheet_html",
]

TokenReadings = Mapping[int, Sequence[tuple[str, str | None]]]

logger = logging.getLogger(__name__)

# Keep in step with the font-family stacks in templates/worksheet.css (a test checks it).
# IPAex Mincho comes first: about 12,000 glyphs against Noto CJK's 65,535, and WeasyPrint's
# subset keeps every glyph slot up to the highest one used, so a worksheet in IPAex Mincho is
# some 150 KB smaller (worksheet.css says more).
_SERIF_FAMILIES = (
    "IPAexMincho", "IPAMincho", "Noto Serif CJK JP", "Noto Serif JP", "Source Han Serif JP",
    "Hiragino Mincho ProN", "Yu Mincho",
)
_SANS_FAMILIES = (
    "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic",
    "Hiragino Sans", "Yu Gothic",
)

# Multiple-choice labels in the order Japanese tests use (ア イ ウ エ …), not A B C D.
_CHOICE_LABELS = "アイウエオカキクケコ"

# Worksheet sections in print order, and the question kinds each one gathers.
_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("vocabulary", ("reading", "meaning", "writing")),
    ("comprehension", ("who", "when", "where", "what", "why", "how_many", "who_said")),
    ("cloze", ("cloze",)),
    ("true_false", ("true_false",)),
    ("discussion", ("discussion",)),
)
# Vocabulary terms that no question asks about are practised in a fill-in table; a few rows
# keep the worksheet near four pages (the handout lists them all).
_VOCAB_TABLE_ROWS = 4
_DISCUSSION_LINES = 8

_DOC_KINDS = {
    "worksheet": ("ワークシート", "Worksheet"),
    "answers": ("解答と解説", "Answer key"),
    "vocabulary": ("語彙リスト", "Vocabulary list"),
}
_NAME_TYPES = {
    "person": ("人名", "person"), "place": ("地名", "place"),
    "org": ("組織名", "organisation"), "other": ("その他", "other"),
}


# ---- Files, fonts and libraries ---------------------------------------------------------


def _short_list(study_set: StudySet, options: Options):
    """The handout's words: with ``all_words`` the study set holds every word (for the deck), and a
    printed list keeps the short list a class shares."""
    if not options.all_words:
        return study_set.vocabulary
    from ..vocabulary import list_size

    return study_set.vocabulary[:list_size(study_set.article, options)]


def templates_dir() -> Path:
    """The folder holding ``worksheet.css`` and the jinja2 templates.

    In a wheel the repository's top-level ``templates/`` is force-included as
    ``studygen/templates`` (pyproject), so it is found as package data. An editable install
    maps only ``src/studygen`` into the environment, so there the templates are read from the
    source checkout, three levels above this file (src/studygen/export/worksheet.py).
    """
    packaged = resources.files("studygen") / "templates"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "templates"


def _japanese_families_fc_list() -> list[str] | None:
    """Family names of fonts covering Japanese, from ``fc-list :lang=ja``; None without fc-list."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run(
            [fc_list, ":lang=ja", "family"], capture_output=True, text=True, timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # A line may list a family's names in several languages: "IPAexGothic,IPAexゴシック".
    return [line.split(",")[0].strip() for line in out.splitlines() if line.strip()]


class _FcFontSet(ctypes.Structure):
    _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int),
                ("fonts", ctypes.POINTER(ctypes.c_void_p))]


def _japanese_families_libfontconfig() -> list[str]:
    """The same list through libfontconfig itself, for machines without the fc-list binary."""
    name = ctypes.util.find_library("fontconfig") or "libfontconfig.so.1"
    try:
        fc = ctypes.CDLL(name)
    except OSError:
        return []
    fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    fc.FcNameParse.restype = ctypes.c_void_p
    fc.FcNameParse.argtypes = [ctypes.c_char_p]
    fc.FcObjectSetBuild.restype = ctypes.c_void_p
    fc.FcFontList.restype = ctypes.POINTER(_FcFontSet)
    fc.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    fc.FcPatternGetString.argtypes = [
        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)]
    fc.FcFontSetDestroy.argtypes = [ctypes.POINTER(_FcFontSet)]
    fc.FcPatternDestroy.argtypes = [ctypes.c_void_p]
    fc.FcObjectSetDestroy.argtypes = [ctypes.c_void_p]
    fc.FcConfigDestroy.argtypes = [ctypes.c_void_p]
    config = fc.FcInitLoadConfigAndFonts()
    pattern = fc.FcNameParse(b":lang=ja")
    objects = fc.FcObjectSetBuild(b"family", None)
    font_set = fc.FcFontList(config, pattern, objects)
    families: list[str] = []
    try:
        if font_set:
            for i in range(font_set.contents.nfont):
                value = ctypes.c_char_p()
                if fc.FcPatternGetString(font_set.contents.fonts[i], b"family", 0,
                                         ctypes.byref(value)) == 0 and value.value:
                    families.append(value.value.decode("utf-8", "replace"))
    finally:
        if font_set:
            fc.FcFontSetDestroy(font_set)
        fc.FcObjectSetDestroy(objects)
        fc.FcPatternDestroy(pattern)
        fc.FcConfigDestroy(config)
    return families


@functools.cache
def find_japanese_font() -> str | None:
    """The Japanese font family the PDFs will use, or None when fontconfig knows none.

    The first family of the stylesheet's serif (then sans) stack that is installed, else any
    font fontconfig lists for ``:lang=ja``. Used by ``studygen doctor`` and checked before
    every render: without a Japanese font every kanji prints as an empty box (tofu) while
    ``pdftotext`` still reads the text back, so tests on text alone would not notice.

    >>> find_japanese_font()
    'IPAexMincho'
    """
    families = _japanese_families_fc_list()
    if families is None:
        families = _japanese_families_libfontconfig()
    installed = set(families)
    for family in (*_SERIF_FAMILIES, *_SANS_FAMILIES):
        if family in installed:
            return family
    # Prefer a font made for Japanese (…JP, IPA…) over a Chinese or Korean one that merely
    # covers the characters: Han glyph shapes differ between the languages (直, 骨, 角).
    japanese = sorted(f for f in installed if "JP" in f or "IPA" in f or "Japan" in f)
    candidates = japanese or sorted(installed)
    return candidates[0] if candidates else None


def harfbuzz_subset_available() -> bool:
    """True when WeasyPrint can subset fonts with HarfBuzz (libharfbuzz-subset, HarfBuzz >= 4.1).

    Without it WeasyPrint silently falls back to fontTools: a four-page Japanese worksheet takes
    about 6 s instead of 0.35 s, because the CJK fonts hold some 65,000 glyphs each.
    """
    names = ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll")
    found = ctypes.util.find_library("harfbuzz-subset")
    for name in (*names, *([found] if found else [])):
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        break
    else:
        return False
    try:
        harfbuzz = ctypes.CDLL(ctypes.util.find_library("harfbuzz") or "libharfbuzz.so.0")
    except OSError:
        return False
    harfbuzz.hb_version_atleast.restype = ctypes.c_int
    return bool(harfbuzz.hb_version_atleast(4, 1, 0))


# ---- Safety: templates and URL fetching -----------------------------------------------------


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


def _write_pdf(html: str, paper: str, url_fetcher: Any = None) -> bytes:
    """HTML -> PDF bytes with the safe fetcher; fonts embedded and subset (WeasyPrint's default)."""
    if find_japanese_font() is None:
        raise FontNotFoundError()
    from weasyprint import HTML

    fetcher = url_fetcher if url_fetcher is not None else make_url_fetcher()
    # base_url: relative references resolve inside templates_dir(), the one folder allowed.
    document = HTML(string=html, base_url=str(templates_dir()) + "/", url_fetcher=fetcher)
    pdf = document.write_pdf(stylesheets=list(_stylesheets(paper)), font_config=_font_config())
    assert pdf is not None
    return pdf


# ---- Furigana on running text ---------------------------------------------------------------


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


class _Annotator:
    """Places furigana on sentences following one policy; remembers words already read."""

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
        return any(
            self.kanji_grades.get(ch, 99) > self.grade for ch in word if is_kanji(ch)
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


# ---- The views the templates read -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Block:
    heading: bool
    number: int | None
    html: Markup


@dataclass(frozen=True, slots=True)
class _Item:
    number: int
    kind: str
    style: str  # "choice", "line", "squares", "ruled" or "truefalse"
    prompt: str
    choices: tuple[tuple[str, str], ...]
    answer_label: str
    answer_text: str
    explanation: Markup
    paragraph: int | None
    width_em: float = 0.0
    squares: int = 0
    lines: int = 0


@dataclass(frozen=True, slots=True)
class _Row:
    word: str
    reading: str
    meaning: str


@dataclass(frozen=True, slots=True)
class _Section:
    key: str
    items: tuple[_Item, ...]
    table: tuple[_Row, ...] = ()


def _display_width(text: str) -> float:
    """Width in em: a kanji or kana is one em, a Latin letter or digit about half of one."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55 for ch in text)


def _line_width(answer: str) -> float:
    # Room for handwriting: hand-written kana and kanji are wider than printed ones.
    return round(min(max(_display_width(answer) * 1.6 + 3, 8), 34), 1)


_BRACKETED = re.compile(r"【(.+?)】")


def _mark_answer(explanation: str) -> Markup:
    """Escape an explanation and highlight its 【answer】 part (brackets dropped)."""
    out: list[str] = []
    pos = 0
    for m in _BRACKETED.finditer(explanation):
        out.append(str(escape(explanation[pos:m.start()])))
        out.append(f"<mark>{escape(m.group(1))}</mark>")
        pos = m.end()
    out.append(str(escape(explanation[pos:])))
    return Markup("".join(out))


def _paragraph_numbers(sentences: Sequence[Sentence]) -> dict[int, int]:
    """Sentence paragraph -> printed number: body paragraphs 1, 2, 3 …, headings unnumbered."""
    numbers: dict[int, int] = {}
    headings = {s.paragraph for s in sentences if s.heading}
    for s in sentences:
        if s.paragraph not in headings and s.paragraph not in numbers:
            numbers[s.paragraph] = len(numbers) + 1
    return numbers


def _item(number: int, q: Question, para_of: Mapping[int, int | None]) -> _Item:
    # ○× statements are answered in their own box: choices ("○", "×") would print it twice.
    listed = q.choices if q.choices and q.kind != "true_false" else ()
    choices = tuple(zip(_CHOICE_LABELS, listed, strict=False))
    answer_label = next((label for label, text in choices if text == q.answer), "")
    if q.kind == "true_false":
        style = "truefalse"
    elif choices:
        style = "choice"
    elif q.kind == "writing":
        style = "squares"
    elif q.kind == "discussion" or not q.answer:
        style = "ruled"
    else:
        style = "line"
    explanation = _mark_answer(q.explanation)
    if q.kind == "discussion" and q.explanation.strip() in ("", "自由回答"):
        explanation = Markup("")
    return _Item(
        number=number, kind=q.kind, style=style, prompt=q.prompt, choices=choices,
        answer_label=answer_label, answer_text=q.answer or "（自由回答）",
        explanation=explanation, paragraph=para_of.get(q.sentence_index),
        width_em=_line_width(q.answer), squares=len(q.answer), lines=_DISCUSSION_LINES,
    )


def _gloss(term: Term, limit: int = 3) -> str:
    return "; ".join(term.glosses[:limit])


def _table_terms(study_set: StudySet) -> tuple[Term, ...]:
    """The words of the worksheet's vocabulary table (reading and meaning to write): terms no
    question asks about, most useful first."""
    asked_terms = {q.term_id for q in study_set.questions if q.term_id}
    return tuple(t for t in study_set.vocabulary if t.id not in asked_terms)[:_VOCAB_TABLE_ROWS]


def _sections(study_set: StudySet) -> tuple[_Section, ...]:
    """Questions grouped into worksheet sections and numbered 問1, 問2 … in print order.

    The worksheet and the answer key both call this, so their numbers always agree.
    """
    sentences = study_set.article.sentences
    numbers = _paragraph_numbers(sentences)
    para_of = {s.index: numbers.get(s.paragraph) for s in sentences}
    sections: list[_Section] = []
    number = 0
    for key, kinds in _SECTIONS:
        items: list[_Item] = []
        for q in study_set.questions:
            if q.kind in kinds:
                number += 1
                items.append(_item(number, q, para_of))
        table: tuple[_Row, ...] = ()
        if key == "vocabulary":
            table = tuple(_Row(t.lemma, t.reading, _gloss(t)) for t in _table_terms(study_set))
        if items or table:
            sections.append(_Section(key, tuple(items), table))
    return tuple(sections)


def _paragraphs(
    study_set: StudySet, annotate: _Annotator,
) -> tuple[_Block, ...]:
    article = study_set.article
    numbers = _paragraph_numbers(article.sentences)
    blocks: list[_Block] = []
    for group in article.paragraphs:
        heading = all(s.heading for s in group)
        # The title is printed in the header already; a first heading repeating it is dropped.
        text = "".join(s.text for s in group).strip()
        if heading and not blocks and text == article.title.strip():
            continue
        html = Markup("").join(annotate(s.index, s.text) for s in group)
        blocks.append(_Block(heading, None if heading else numbers.get(group[0].paragraph), html))
    return tuple(blocks)


def _context(study_set: StudySet, options: Options, doc: str) -> dict[str, Any]:
    kind_ja, kind_en = _DOC_KINDS[doc]
    return {
        "article": study_set.article,
        "instructions": options.instructions,
        "doc_kind_ja": kind_ja,
        "doc_kind_en": kind_en,
        "body_class": f"{doc} paper-{options.paper.lower()}",
    }


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
        extra = len(reading) / 2 - _display_width(base)
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


def _render_html(template: str, context: Mapping[str, Any]) -> str:
    return _room_for_readings(_environment().get_template(template).render(**context))


# ---- Public API -----------------------------------------------------------------------------


def worksheet_html(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> str:
    """The worksheet as HTML, before WeasyPrint (for debugging a layout in a browser)."""
    by_id = {t.id: t for t in study_set.vocabulary}
    # Furigana on the article must not give away a reading the sheet asks for: a 読み question's
    # word, and every word of the vocabulary table (its reading is the student's to write).
    asked = [by_id[q.term_id] for q in study_set.questions
             if q.kind == "reading" and q.term_id in by_id] + list(_table_terms(study_set))
    annotate = _Annotator(study_set, options, kanji_grades, token_readings, asked=asked)
    return _render_html("worksheet.html", {
        **_context(study_set, options, "worksheet"),
        "paragraphs": _paragraphs(study_set, annotate),
        "sections": _sections(study_set),
    })


def render_worksheet(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> bytes:
    """The student worksheet as PDF bytes.

    A header (title, source, date, fields for 名前, 日付 and クラス), the article with numbered
    paragraphs and furigana following ``options.furigana``, then the exercises: vocabulary,
    comprehension, 穴埋め, ○×, and an opinion to write. Raises FontNotFoundError when no
    Japanese font is installed.

    >>> pdf = render_worksheet(study_set, Options(), kanji_grades={"締": 8, "結": 4})
    """
    html = worksheet_html(study_set, options, kanji_grades=kanji_grades,
                          token_readings=token_readings)
    return _write_pdf(html, options.paper)


def answer_key_html(study_set: StudySet, options: Options) -> str:
    """The answer key as HTML, before WeasyPrint."""
    return _render_html("answers.html", {
        **_context(study_set, options, "answers"),
        "sections": _sections(study_set),
    })


def render_answer_key(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> bytes:
    """The answer key as PDF bytes: every worksheet question under its number (問3), the answer
    (with its letter, ア, for choice questions) and the source sentence with the answer
    highlighted. The keyword arguments are accepted so the three renderers share one call; the
    key prints no furigana.

    >>> pdf = render_answer_key(study_set, Options())
    """
    del kanji_grades, token_readings  # no furigana on the key
    return _write_pdf(answer_key_html(study_set, options), options.paper)


def vocabulary_html(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> str:
    """The vocabulary handout as HTML, before WeasyPrint."""
    annotate = _Annotator(study_set, options, kanji_grades, token_readings)
    sentences = {s.index: s for s in study_set.article.sentences}
    rows = []
    for term in _short_list(study_set, options):
        sentence = sentences.get(term.sentence_index)
        example = (annotate(sentence.index, sentence.text, mark=term.term)
                   if sentence else Markup(""))
        rows.append({
            "word": Markup(to_ruby_html(term.lemma, term.reading)),
            "as_written": term.term if term.term != term.lemma else "",
            "reading": term.reading,
            # With --accent: the reading with its pitch pattern drawn over it (は￣し＼).
            "accent": Markup(accent_html(term.reading, term.accent, "pa"))
            if options.accent_on_handout else "",
            "meaning": _gloss(term),
            "note": term.gloss_note_shown,
            "example": example,
        })
    names = [
        # ワシントン reads as written; only names with kanji (山田) need their reading printed.
        {"name": n.name, "title": n.title, "reading": n.reading,
         "needs_reading": has_kanji(n.name),
         "type_ja": _NAME_TYPES.get(n.type, _NAME_TYPES["other"])[0],
         "type_en": _NAME_TYPES.get(n.type, _NAME_TYPES["other"])[1]}
        for n in study_set.names
    ]
    return _render_html("vocabulary.html", {
        **_context(study_set, options, "vocabulary"), "terms": rows, "names": names,
    })


def render_vocabulary_handout(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> bytes:
    """The vocabulary handout (語彙リスト) as PDF bytes: each term with its reading, meaning and
    the article sentence it comes from (furigana there following ``options.furigana``), then
    the people and places named.

    >>> pdf = render_vocabulary_handout(study_set, Options(furigana="none"))
    """
    html = vocabulary_html(study_set, options, kanji_grades=kanji_grades,
                           token_readings=token_readings)
    return _write_pdf(html, options.paper)
