"""Read each classroom format back, as its platform would, into {item id: Read}.

Each reader parses the written file independently of the exporter: a real parser from PyPI
where one exists (pygiftparser for GIFT, moodle-xml-parser and lxml for Moodle XML, openpyxl
for Kahoot's spreadsheet, the csv module), else lxml over the format's documented structure
(QTI 1.2 ASI as Canvas imports it, scored by running the item's own respconditions). Round
trips compare what comes back with the study set's items.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from html import unescape

from lxml import etree

from studygen.export.items import QuizItem

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


@dataclass(frozen=True)
class Read:
    """What a platform takes from one question: its type there, the text shown (HTML tags
    dropped, entities decoded), the choices in order and the answers it scores as right."""

    type: str
    text: str
    choices: tuple[str, ...]
    right: frozenset[str]


def html_text(html: str) -> str:
    """Text a browser shows: tags dropped, <rt> readings dropped, entities decoded."""
    html = re.sub(r"<rt>.*?</rt>", "", html)
    return unescape(re.sub(r"<[^>]+>", "", html))


def expected_right(item: QuizItem) -> frozenset[str]:
    if item.shape == "essay":
        return frozenset()
    if item.choices:
        return frozenset({item.choices[item.correct]})
    return frozenset(item.accepted)


# ---- Moodle XML -------------------------------------------------------------------------------

_MOODLE_ESCAPED = re.compile(r"\\([}#~/\"\\])")
_MOODLE_GAP = re.compile(r"\{1:(MULTICHOICE|SHORTANSWER):((?:[^\\}]|\\.)*)\}")


def moodle_gap(gap: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """An embedded-answer gap's answers (backslash escapes undone as Moodle's qtype_multianswer
    does, then the HTML entities of the question text) and the ones marked right (=)."""
    answers = re.split(r"(?<!\\)~", gap)
    texts = [unescape(_MOODLE_ESCAPED.sub(r"\1", a[1:] if a.startswith("=") else a)) for a in answers]
    return tuple(texts), frozenset(t for t, a in zip(texts, answers, strict=True) if a.startswith("="))


def read_moodle(data: bytes) -> tuple[str, dict[str, Read]]:
    """(category path, {idnumber: Read}) from a Moodle XML file."""
    root = etree.fromstring(data)
    assert root.tag == "quiz"
    category = root.find("question[@type='category']/category/text").text
    out: dict[str, Read] = {}
    for q in root.findall("question"):
        qtype = q.get("type")
        if qtype == "category":
            continue
        idnumber = q.findtext("idnumber")
        assert q.findtext("name/text").split()[0] == idnumber
        text = q.findtext("questiontext/text") or ""
        assert q.find("questiontext").get("format") == "html"
        answers = [(a.findtext("text") or "", float(a.get("fraction"))) for a in q.findall("answer")]
        if qtype == "cloze":
            m = _MOODLE_GAP.search(text)
            assert m, text
            choices, right = moodle_gap(m.group(2))
            shown = html_text(text[:m.start()]) + "（　　　）" + html_text(text[m.end():])
            out[idnumber] = Read(f"cloze/{m.group(1)}", shown,
                                 choices if m.group(1) == "MULTICHOICE" else (), right)
        elif qtype == "truefalse":
            right = {"true": "○", "false": "×"}[next(t for t, f in answers if f == 100)]
            out[idnumber] = Read(qtype, html_text(text), ("○", "×"), frozenset({right}))
        else:
            choices = tuple(html_text(t) for t, _ in answers) if qtype == "multichoice" else ()
            right = frozenset(html_text(t) for t, f in answers if f == 100)
            out[idnumber] = Read(qtype, html_text(text), choices, right)
    return category, out


# ---- GIFT -------------------------------------------------------------------------------------


# Moodle's qformat_gift::escapedchar_pre puts a placeholder in place of each escape (\\\\ first,
# then \\: \\# \\= \\{ \\} \\~) before it parses, and escapedchar_post puts the characters back.
# The reader does the same around pygiftparser, whose own unescaping is partial.
_ESCAPES = {"\\\\": "\ue000", "\\:": "\ue001", "\\#": "\ue002", "\\=": "\ue003",
            "\\{": "\ue004", "\\}": "\ue005", "\\~": "\ue006"}
_PLAIN = {v: k[1] for k, v in _ESCAPES.items()}
_GIFT_FEEDBACK = re.compile(r"####([^}]*)(?=\})")


def _escapedchar_pre(text: str) -> str:
    return re.sub(r"\\[\\:#={}~]", lambda m: _ESCAPES[m.group(0)], text)


def _escapedchar_post(text: str) -> str:
    return "".join(_PLAIN.get(ch, ch) for ch in text)


def gift_feedback(data: bytes) -> list[str]:
    """The general feedback (``####…}``) of each question, unescaped, in order."""
    text = _escapedchar_pre(data.decode("utf-8"))
    return [_escapedchar_post(m.group(1)) for m in _GIFT_FEEDBACK.finditer(text)]


def read_gift(data: bytes) -> dict[str, Read]:
    """{item id: Read} through pygiftparser (a GIFT parser from PyPI), with Moodle's escape
    handling around it (above). Its lexer hangs the general feedback (####) on the last answer;
    it is cut out first and read by :func:`gift_feedback`."""
    from pygiftparser import parser

    result = parser.parse(_GIFT_FEEDBACK.sub("", _escapedchar_pre(data.decode("utf-8"))))
    out: dict[str, Read] = {}
    for q in result.questions:
        kind = type(q.answer).__name__
        text = _escapedchar_post(q.text.removeprefix("[plain]"))
        if getattr(q, "text_continue", None):  # a missing-word question: text, gap, text
            text = f"{text.rstrip()}（　　　）{_escapedchar_post(q.text_continue).lstrip()}"
        options = [o for o in q.answer.options if o.prefix in ("=", "~")]
        choices = tuple(_escapedchar_post(o.text) for o in options)
        right = frozenset(_escapedchar_post(o.text) for o in options if o.prefix == "=")
        if kind == "TrueFalse":
            right = frozenset({"○" if q.answer.options[0].raw_text == "True" else "×"})
            choices = ("○", "×")
        elif kind == "Short":
            choices = ()
        out[_escapedchar_post(q.name).split()[0]] = Read(kind, text.strip(), choices, right)
    return out


# ---- QTI 1.2 ----------------------------------------------------------------------------------


def _score(item: etree._Element, respident: str, value: str) -> float:
    """Run the item's respconditions on one response, as QTI 1.2 response processing does."""
    score = 0.0
    for cond in item.iter(f"{QTI}respcondition"):
        var = cond.find(f"{QTI}conditionvar")
        equal = var.find(f"{QTI}varequal")
        hit = var.find(f"{QTI}other") is not None or (
            equal is not None and equal.get("respident") == respident and equal.text == value)
        if not hit:
            continue
        setvar = cond.find(f"{QTI}setvar")
        if setvar is not None and setvar.get("action") == "Set":
            score = float(setvar.text)
        if cond.get("continue") == "No":
            break
    return score


def read_qti(data: bytes) -> tuple[str, dict[str, Read]]:
    """(assessment title, {item ident: Read}) from the package: the manifest names the one
    assessment file; every choice and accepted answer is put through the item's scoring."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        manifest = etree.fromstring(z.read("imsmanifest.xml"))
        resource = manifest.find(f"{CP}resources/{CP}resource")
        assert resource.get("type") == "imsqti_xmlv1p2"
        root = etree.fromstring(z.read(resource.find(f"{CP}file").get("href")))
    assessment = root.find(f"{QTI}assessment")
    out: dict[str, Read] = {}
    for item in assessment.iter(f"{QTI}item"):
        meta = {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry")
                for f in item.iter(f"{QTI}qtimetadatafield")}
        presentation = item.find(f"{QTI}presentation")
        mattext = presentation.find(f"{QTI}material/{QTI}mattext")
        assert mattext.get("texttype") == "text/html"
        text = html_text(mattext.text or "").replace("[gap]", "（　　　）")
        lid = presentation.find(f"{QTI}response_lid")
        if lid is not None:
            labels = [(lab.get("ident"), lab.findtext(f"{QTI}material/{QTI}mattext"))
                      for lab in lid.iter(f"{QTI}response_label")]
            right = frozenset(t for i, t in labels if _score(item, lid.get("ident"), i) == 100)
            shown = tuple(t for _, t in labels)
            if meta["question_type"] == "fill_in_multiple_blanks_question":
                shown = ()
            out[item.get("ident")] = Read(meta["question_type"], text, shown, right)
        else:
            out[item.get("ident")] = Read(meta["question_type"], text, (), frozenset())
    return assessment.get("title"), out


def qti_short_answer_scores(data: bytes, ident: str, response: str) -> float:
    """The score a typed response gets on a short-answer item."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        name = next(n for n in z.namelist() if n != "imsmanifest.xml")
        root = etree.fromstring(z.read(name))
    item = next(i for i in root.iter(f"{QTI}item") if i.get("ident") == ident)
    return _score(item, "response1", response)


# ---- Kahoot, Quizlet, CSV ---------------------------------------------------------------------


def read_kahoot(data: bytes) -> list[tuple[str, tuple[str, ...], int, frozenset[str]]]:
    """Rows from row 9 as Kahoot's template reads them: (question, answers, time limit, right
    answers by the numbers in column H)."""
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data)).active
    rows = []
    for row in ws.iter_rows(min_row=9, values_only=True):
        if row[1] is None:
            break
        answers = tuple(a for a in row[2:6] if a is not None)
        numbers = [int(n) for n in str(row[7]).split(",")]
        rows.append((row[1], answers, int(row[6]), frozenset(answers[n - 1] for n in numbers)))
    return rows


def read_quizlet(data: bytes) -> list[tuple[str, str]]:
    """Cards as Quizlet's import splits them: a card a line, term and definition at the tab."""
    text = data.decode("utf-8")
    assert text.endswith("\n") or not text
    cards = []
    for line in text.split("\n")[:-1]:
        term, definition = line.split("\t")
        cards.append((term, definition))
    return cards


def read_csv(data: bytes) -> dict[str, dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "no byte-order mark: Excel would misread the Japanese"
    rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return {r["id"]: r for r in rows}
