"""The study set's questions as quiz items, the shared ground of the classroom formats.

Moodle XML, GIFT, QTI, Kahoot and CSV all ask "which native question type is this, what is the
right answer, what else is accepted". This module answers once, reading only the study set, so
the formats differ only in how they write an item down:

========================================  ==============  =====================================
question kind                             ``shape``       what a platform makes of it
========================================  ==============  =====================================
who, when, where, what, how_many, why,    ``choice``      multiple choice, one right answer
who_said, reading, meaning, writing
  with choices
the same kinds without choices            ``short``       short answer, variants accepted
true_false (choices ○ / ×)                ``true_false``  true/false (○ is true)
cloze                                     ``cloze``       the platform's gap type; the gap keeps
                                                          its choices when there are some
discussion                                ``essay``       essay, graded by hand
========================================  ==============  =====================================

Furigana: a vocabulary item's word carries its reading in both forms the formats need, ruby for
platforms that show HTML (``<ruby>安全保障<rt>あんぜんほしょう</rt></ruby>``) and brackets for
plain text (``安全保障（あんぜんほしょう）``). A reading question never shows the reading it
asks, a writing or cloze question never the word it asks.

    >>> items, left_out = quiz_items(study_set)          # doctest: +SKIP
    >>> items[0].shape, items[0].name                     # doctest: +SKIP
    ('choice', 'q-e6a305897c who')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ..furigana import has_kanji, to_ruby_html
from ..model import Article, Question, StudySet, Term

SHAPES = ("choice", "short", "true_false", "cloze", "essay")
UNDATED = "undated"

# The gap a cloze prompt carries (両首脳は（　　　）の…), full- or half-width parentheses.
_PROMPT_GAP = re.compile(r"[（(][\s　＿_]+[）)]")  # () alone is text, not a gap
_BRACKETED = re.compile(r"【(.+?)】")
# Titles and honorifics a learner may leave off a person's name: ゼレンスキー氏 -> ゼレンスキー.
_HONORIFICS = ("氏", "さん", "様", "君", "ちゃん")
_HALF_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One question, ready for any quiz format.

    ``prompt`` is plain text with readings in brackets; ``prompt_html`` escaped HTML with ruby.
    For ``cloze``, ``before`` and ``after`` (and their ``_html`` forms) are the text around the
    gap and ``prompt`` is the whole sentence with the gap shown as （　　　）. ``choices`` holds
    the answer once at index ``correct``; ``accepted`` the answers a short answer or a cloze
    without choices takes, the study set's answer first.
    """

    id: str
    kind: str
    shape: str
    prompt: str
    prompt_html: str
    answer: str
    accepted: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    correct: int | None = None
    before: str = ""
    after: str = ""
    before_html: str = ""
    after_html: str = ""
    feedback: str = ""
    feedback_html: str = ""
    bare_prompt: str = ""  # the prompt without the reading a meaning question adds

    @property
    def name(self) -> str:
        """A stable name from the item id, e.g. ``q-e6a305897c who``: a re-import of the same
        article names the same question the same way."""
        return f"{self.id} {self.kind}"


def quiz_title(article: Article) -> str:
    """The quiz or category title: the article's date and title, ``2025-02-28 両首脳が会談``."""
    title = one_line(article.title) or article.id
    return f"{article.published or UNDATED} {title}"


def plain_furigana(word: str, reading: str) -> str:
    """The word with its reading in brackets, for platforms that show plain text.

    >>> plain_furigana("安全保障", "あんぜんほしょう")
    '安全保障（あんぜんほしょう）'
    >>> plain_furigana("チーム", "ちーむ")
    'チーム'
    """
    if not reading or not has_kanji(word) or reading == word:
        return word
    return f"{word}（{reading}）"


def term_label(term: Term) -> str:
    """A vocabulary term as a flashcard or table shows it: lemma with its reading."""
    return plain_furigana(term.lemma or term.term, term.reading)


_BREAKS = re.compile(r"[^\S\u3000]+")


def one_line(text: str) -> str:
    r"""Whitespace runs (newlines, tabs) as one space: every format here keeps a field on a line.
    The ideographic space stays: it is part of the text (the gap （　　　）, 日米　首脳).

    >>> one_line("二行\nの\t文（　　　）")
    '二行 の 文（　　　）'
    """
    return _BREAKS.sub(" ", text).strip()


def _with_reading(prompt: str, term: Term | None) -> tuple[str, str]:
    """The prompt in plain text and HTML, the term's first appearance given its reading
    (「安全保障」の意味 -> 「安全保障（あんぜんほしょう）」の意味)."""
    word = term.lemma if term else ""
    at = prompt.find(word) if word and term and term.reading and has_kanji(word) else -1
    if at < 0:
        return prompt, escape(prompt)
    end = at + len(word)
    plain = prompt[:at] + plain_furigana(word, term.reading) + prompt[end:]
    html = escape(prompt[:at]) + to_ruby_html(word, term.reading) + escape(prompt[end:])
    return plain, html


def _feedback(explanation: str) -> tuple[str, str]:
    """The explanation as feedback: 【answer】 brackets dropped in text, bold in HTML."""
    text = one_line(explanation)
    html: list[str] = []
    pos = 0
    for m in _BRACKETED.finditer(text):
        html.append(escape(text[pos:m.start()]))
        html.append(f"<strong>{escape(m.group(1))}</strong>")
        pos = m.end()
    html.append(escape(text[pos:]))
    return _BRACKETED.sub(r"\1", text), "".join(html)


def accepted_answers(answer: str, study_set: StudySet) -> tuple[str, ...]:
    """What a short answer accepts: the answer; with the other width of digits (a Japanese IME
    types ２０２５年 as often as 2025年); a person's name without 氏 or the title the article gave
    (ゼレンスキー氏, トランプ大統領 -> ゼレンスキー, トランプ).

    >>> from studygen.model import Article, StudySet
    >>> s = StudySet(Article("a", "t", "s", None, ()), (), (), ())
    >>> accepted_answers("3人", s)
    ('3人', '３人')
    """
    answer = one_line(answer)
    out = [answer]
    for variant in (answer.translate(_HALF_DIGITS), answer.translate(_FULL_DIGITS)):
        out.append(variant)
    for name in study_set.names:
        if name.type != "person" or not answer.startswith(name.name) or answer == name.name:
            continue
        rest = answer[len(name.name):]
        if rest in _HONORIFICS or (name.title and rest == name.title):
            out.append(name.name)
    return tuple(dict.fromkeys(a for a in out if a))


def _cloze_parts(prompt: str) -> tuple[str, str] | None:
    parts = _PROMPT_GAP.split(prompt, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else None


def _item(q: Question, study_set: StudySet, terms: dict[str, Term]) -> QuizItem | str:
    """The quiz item for one question, or why it has none."""
    prompt = one_line(q.prompt)
    if not prompt:
        return "empty prompt"
    answer = one_line(q.answer)
    term = terms.get(q.term_id or "")
    # A reading question must not show the reading; writing and cloze ask the word itself.
    shown = term if q.kind == "meaning" else None
    prompt_text, prompt_html = _with_reading(prompt, shown)
    feedback, feedback_html = _feedback(q.explanation)
    if q.kind == "discussion" and feedback == "自由回答":
        feedback = feedback_html = ""
    common = dict(id=q.id, kind=q.kind, prompt=prompt_text, prompt_html=prompt_html,
                  answer=answer, feedback=feedback, feedback_html=feedback_html,
                  bare_prompt=prompt)
    choices = tuple(one_line(c) for c in q.choices or ())
    if q.kind == "discussion":
        return QuizItem(shape="essay", **common)
    if not answer:
        return "no answer"
    if q.kind == "true_false":
        if answer not in ("○", "×"):
            return f"true/false answer {answer!r} is neither ○ nor ×"
        return QuizItem(shape="true_false", choices=("○", "×"),
                        correct=0 if answer == "○" else 1, **common)
    correct = choices.index(answer) if answer in choices else None
    if choices and correct is None:
        return "the answer is not among the choices"
    if q.kind == "cloze":
        parts = _cloze_parts(prompt)
        if parts is None:
            return "the cloze prompt has no gap （　　　）"
        before, after = parts
        return QuizItem(shape="cloze", choices=choices, correct=correct,
                        accepted=() if choices else accepted_answers(answer, study_set),
                        before=before, after=after, before_html=escape(before),
                        after_html=escape(after), **common)
    if choices:
        return QuizItem(shape="choice", choices=choices, correct=correct, **common)
    return QuizItem(shape="short", accepted=accepted_answers(answer, study_set), **common)


def quiz_items(study_set: StudySet) -> tuple[tuple[QuizItem, ...], tuple[tuple[str, str], ...]]:
    """Every question of the study set as a :class:`QuizItem`, in study-set order, and the
    (item id, reason) of each question that cannot be one."""
    terms = {t.id: t for t in study_set.vocabulary}
    items: list[QuizItem] = []
    left_out: list[tuple[str, str]] = []
    for q in study_set.questions:
        made = _item(q, study_set, terms)
        if isinstance(made, str):
            left_out.append((q.id, made))
        else:
            items.append(made)
    return tuple(items), tuple(left_out)


def shorten(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut only after a comma or a space and marked …;
    text with no such place stays whole (a title cut inside a word misleads).

    >>> shorten("日米首脳が会談、協定に署名", 10)
    '日米首脳が会談、…'
    """
    if len(text) <= limit:
        return text
    cut = max(text.rfind(sep, 0, limit - 1) for sep in ("、", "，", " ", "　", "。"))
    return text[:cut + 1].rstrip() + "…" if cut > 0 else text
