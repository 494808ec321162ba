"""Moodle XML (``<name>.moodle.xml``): Question bank > Import > Moodle XML format.

Each article becomes one category, ``$course$/top/<parent>/<date> <title>``, holding its
questions. Text that Moodle shows as HTML (question text, answers, feedback) is escaped HTML in
CDATA with furigana as ``<ruby>``; a question's name and ID number are its item id, so a
re-imported article names each question the same way and its ID number (unique within a
category in Moodle) shows which one it is.

=================  =====================================================================
item shape          Moodle question type
=================  =====================================================================
choice              ``multichoice`` (one answer, shuffled)
true_false          ``truefalse`` (○ is true)
short               ``shortanswer`` (each accepted variant scores 100%)
cloze               ``cloze`` (Embedded answers): ``{1:MULTICHOICE:=right~wrong}`` with
                    choices, ``{1:SHORTANSWER:=answer=variant}`` without
essay               ``essay`` (HTML editor, graded by hand)
=================  =====================================================================

    >>> data, count, left_out = render(study_set)   # doctest: +SKIP
    >>> data[:38]                                    # doctest: +SKIP
    b'<?xml version="1.0" encoding="UTF-8"?>'
"""

from __future__ import annotations

from html import escape

from lxml import etree

from ..model import StudySet
from ..options import Options
from .items import QuizItem, one_line, quiz_items, quiz_title

# Moodle's embedded answers read these as syntax inside {…}; a backslash makes them literal.
_CLOZE_SPECIAL = ("\\", "}", "#", "~", "/", '"')


def category_path(study_set: StudySet, options: Options) -> str:
    """``$course$/top/時事/2025-02-28 <title>``. A ``/`` in a name is written ``//``, Moodle's
    escape for a slash that does not start a subcategory (1/2 -> 1//2)."""
    parts = [p for p in options.parent_deck.split("::") if p.strip()]
    parts.append(quiz_title(study_set.article))
    return "$course$/top/" + "/".join(one_line(p).replace("/", "//") for p in parts)


def cloze_escape(text: str) -> str:
    r"""Escape text for an answer inside Moodle's embedded-answer braces. The gap stands in the
    question's HTML, so the answer is HTML-escaped first (& < > only: a quote escaped as &#x27;
    would bring a # in).

    >>> cloze_escape("50~60%")
    '50\\~60%'
    >>> cloze_escape("<ワシントン>")
    '&lt;ワシントン&gt;'
    """
    text = escape(text, quote=False)
    for ch in _CLOZE_SPECIAL:
        text = text.replace(ch, "\\" + ch)
    return text


def _text(parent: etree._Element, tag: str, value: str, *, html: bool) -> etree._Element:
    """``<tag format="html"><text><![CDATA[…]]></text></tag>``. The HTML here is built from
    escaped pieces, so it never holds the ``]]>`` that would end a CDATA section."""
    el = etree.SubElement(parent, tag, format="html" if html else "plain_text")
    text = etree.SubElement(el, "text")
    text.text = etree.CDATA(value) if html and value else value
    return el


def _answer(parent: etree._Element, fraction: int, html: str, *, format: str = "html") -> None:
    answer = etree.SubElement(parent, "answer", fraction=str(fraction), format=format)
    text = etree.SubElement(answer, "text")
    text.text = etree.CDATA(html) if format == "html" and html else html
    feedback = etree.SubElement(answer, "feedback", format="html")
    etree.SubElement(feedback, "text")


def _add(root: etree._Element, tag: str, value: str) -> None:
    etree.SubElement(root, tag).text = value


def _question(quiz: etree._Element, item: QuizItem) -> None:
    qtype = {"choice": "multichoice", "true_false": "truefalse", "short": "shortanswer",
             "cloze": "cloze", "essay": "essay"}[item.shape]
    q = etree.SubElement(quiz, "question", type=qtype)
    name = etree.SubElement(q, "name")
    etree.SubElement(name, "text").text = item.name
    if item.shape == "cloze":
        if item.choices:
            gap = "{1:MULTICHOICE:" + "~".join(
                ("=" if i == item.correct else "") + cloze_escape(c)
                for i, c in enumerate(item.choices)) + "}"
        else:
            gap = "{1:SHORTANSWER:" + "~".join("=" + cloze_escape(a) for a in item.accepted) + "}"
        _text(q, "questiontext", f"<p>{item.before_html}{gap}{item.after_html}</p>", html=True)
    else:
        _text(q, "questiontext", f"<p>{item.prompt_html}</p>", html=True)
    _text(q, "generalfeedback", f"<p>{item.feedback_html}</p>" if item.feedback_html else "",
          html=True)
    _add(q, "defaultgrade", "1" if item.shape != "essay" else "0")
    _add(q, "penalty", "0.3333333" if item.shape != "essay" else "0")
    _add(q, "hidden", "0")
    _add(q, "idnumber", item.id)
    if item.shape == "choice":
        _add(q, "single", "true")
        _add(q, "shuffleanswers", "true")
        _add(q, "answernumbering", "none")
        for i, choice in enumerate(item.choices):
            _answer(q, 100 if i == item.correct else 0, escape(choice))
    elif item.shape == "true_false":
        # Moodle's true/false answers are the words true and false, in this order.
        _answer(q, 100 if item.correct == 0 else 0, "true", format="moodle_auto_format")
        _answer(q, 100 if item.correct == 1 else 0, "false", format="moodle_auto_format")
    elif item.shape == "short":
        _add(q, "usecase", "0")
        for accepted in item.accepted:
            _answer(q, 100, accepted, format="moodle_auto_format")
    elif item.shape == "essay":
        _add(q, "responseformat", "editor")
        _add(q, "responserequired", "1")
        _add(q, "responsefieldlines", "10")
        _add(q, "attachments", "0")
        _add(q, "attachmentsrequired", "0")
        _text(q, "graderinfo", "", html=True)
        _text(q, "responsetemplate", "", html=True)


def render(study_set: StudySet, options: Options | None = None
           ) -> tuple[bytes, int, tuple[tuple[str, str], ...]]:
    """The Moodle XML file as UTF-8 bytes, the number of questions in it and the (item id,
    reason) of each question left out."""
    options = options or Options()
    items, left_out = quiz_items(study_set)
    quiz = etree.Element("quiz")
    category = etree.SubElement(quiz, "question", type="category")
    cat = etree.SubElement(category, "category")
    etree.SubElement(cat, "text").text = category_path(study_set, options)
    for item in items:
        _question(quiz, item)
    data = etree.tostring(quiz, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data, len(items), left_out
