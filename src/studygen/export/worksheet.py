"""Printable PDFs: the student worksheet and its answer key.

A :class:`~studygen.model.StudySet` becomes a small view (plain strings, plus ruby HTML built
from escaped pieces by :mod:`studygen.export.furigana_policy`), the view goes through a jinja2
template in ``templates/`` and WeasyPrint turns the HTML into a PDF (:mod:`studygen.export.pdf`)::

    >>> from studygen.options import Options
    >>> pdf = render_worksheet(study_set, Options(paper="Letter", furigana="all"))
    >>> pdf[:5]
    b'%PDF-'

The worksheet prints the article with numbered paragraphs and furigana, then the exercises in
sections (vocabulary, comprehension, 穴埋め, ○×, an opinion to write), numbered 問1, 問2 … in
print order; the answer key repeats those numbers with the answers. The vocabulary handout is
:mod:`studygen.export.handout`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from studygen.export.furigana_policy import Annotator, TokenReadings
from studygen.export.pdf import display_width, page_context, printed_gloss, render_html, write_pdf
from studygen.model import Question, Sentence, StudySet, Term
from studygen.options import Options

__all__ = [
    "answer_key_html",
    "render_answer_key",
    "render_worksheet",
    "worksheet_html",
]

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


def _line_width(answer: str) -> float:
    # Room for handwriting: hand-written kana and kanji are wider than printed ones.
    return round(min(max(display_width(answer) * 1.6 + 3, 8), 34), 1)


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
            table = tuple(_Row(t.lemma, t.reading, printed_gloss(t)) for t in _table_terms(study_set))
        if items or table:
            sections.append(_Section(key, tuple(items), table))
    return tuple(sections)


def _paragraphs(
    study_set: StudySet, annotate: Annotator,
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
    annotate = Annotator(study_set, options, kanji_grades, token_readings, asked=asked)
    return render_html("worksheet.html", {
        **page_context(study_set, options, "worksheet"),
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
    return write_pdf(html, options.paper)


def answer_key_html(study_set: StudySet, options: Options) -> str:
    """The answer key as HTML, before WeasyPrint."""
    return render_html("answers.html", {
        **page_context(study_set, options, "answers"),
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
    return write_pdf(answer_key_html(study_set, options), options.paper)
