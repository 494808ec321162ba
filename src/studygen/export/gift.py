r"""GIFT (``<name>.gift.txt``): Moodle's plain-text question format (Import > GIFT format).

One ``$CATEGORY:`` line names the article (date and title), then one question a paragraph:
``::name::[plain]text{answers####feedback}``. Text is marked ``[plain]`` so Moodle shows it as
written, and furigana is written 漢字（かんじ）. The characters GIFT reads as syntax,
``~ = # { } :`` and the backslash itself, are escaped with a backslash wherever they stand in
text, as Moodle's importer reads them (``50\~60``, ``10\:30``). A ``%`` is special only right
after ``=`` or ``~`` (a weight) and has no escape: an answer starting with one is written with
its weight (``=%100%%増``).

=================  =====================================================================
item shape          GIFT
=================  =====================================================================
choice              ``{=right ~wrong ~wrong}``
true_false          ``{T}`` / ``{F}``
short               ``{=answer =variant}``
cloze               missing word: ``before {=right ~wrong} after``; without choices
                    ``before {=answer =variant} after`` (a short answer)
essay               ``{}``
=================  =====================================================================

    >>> escape("a{b}=c")
    'a\\{b\\}\\=c'
"""

from __future__ import annotations

from ..model import StudySet
from ..options import Options
from .items import QuizItem, one_line, quiz_items
from .moodle import category_path

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    """Backslash before each of GIFT's special characters; whitespace runs become one space (a
    newline would end the question)."""
    out = []
    for ch in one_line(text):
        out.append("\\" + ch if ch in _SPECIAL else ch)
    return "".join(out)


def _answer(mark: str, text: str) -> str:
    """``=answer`` or ``~answer``. A "%" right after the mark starts a weight (=%50%answer) and
    GIFT has no escape for it, so an answer starting with % gets its weight written out:
    ``=%100%%増`` (Moodle reads the weight up to the second %, and the rest is the answer)."""
    text = escape(text)
    if text.startswith("%"):
        return f"{mark}%{100 if mark == '=' else 0}%{text}"
    return mark + text


def _feedback(item: QuizItem) -> str:
    return f"####{escape(item.feedback)}" if item.feedback else ""


def _answers(item: QuizItem) -> str:
    if item.shape == "essay":
        return "{}"
    if item.shape == "true_false":
        return "{" + ("T" if item.correct == 0 else "F") + _feedback(item) + "}"
    if item.choices:
        marks = (_answer("=" if i == item.correct else "~", c) for i, c in enumerate(item.choices))
    else:
        marks = (_answer("=", a) for a in item.accepted)
    return "{" + " ".join(marks) + _feedback(item) + "}"


def question(item: QuizItem) -> str:
    """One GIFT question on one line, named by its item id.

    >>> from studygen.export.items import QuizItem
    >>> question(QuizItem("q-1", "who", "short", "誰が来ましたか。", "", "王氏", accepted=("王氏", "王")))
    '::q-1 who::[plain]誰が来ましたか。{=王氏 =王}'
    """
    head = f"::{escape(item.name)}::[plain]"
    if item.shape == "cloze":
        # No spaces around the gap: Japanese has none, and Moodle keeps them in the text
        # (豊富な _____ に関する).
        return f"{head}{escape(item.before)}{_answers(item)}{escape(item.after)}"
    return f"{head}{escape(item.prompt)}{_answers(item)}"


def render(study_set: StudySet, options: Options | None = None
           ) -> tuple[bytes, int, tuple[tuple[str, str], ...]]:
    """The GIFT file as UTF-8 bytes, the number of questions in it and the (item id, reason) of
    each question left out."""
    options = options or Options()
    items, left_out = quiz_items(study_set)
    # Moodle reads {=a->b} as a matching question, and GIFT has no escape for "->": a typed
    # answer holding it cannot be written (a choice can: the ~ marks a multiple choice first).
    matching = [i for i in items if not i.choices and any("->" in a for a in i.accepted)]
    items = tuple(i for i in items if i not in matching)
    left_out = (*left_out, *((i.id, "an answer holds '->', which GIFT reads as matching")
                             for i in matching))
    lines = [f"// studygen: {one_line(study_set.article.title)}",
             f"$CATEGORY: {category_path(study_set, options)}", ""]
    for item in items:
        lines += [f"// {item.kind}", question(item), ""]
    return "\n".join(lines).encode("utf-8"), len(items), left_out
