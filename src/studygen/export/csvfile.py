"""CSV (``<name>.csv``): every question as a spreadsheet row, for any other tool.

UTF-8 with a byte-order mark, so that Excel opens the Japanese as Japanese (without it Excel
reads the file as the system's code page and shows 譁�蟄怜喧縺�); fields quoted as the csv
module does (RFC 4180). Furigana as 漢字（かんじ）. Columns:

``id``, ``kind``, ``type`` (choice, short, true_false, cloze, essay), ``question`` (a cloze
with its gap as （　　　）), ``answer``, ``accepted`` (short answers and open gaps: every
accepted answer, `` | ``-separated), ``choice_1`` … ``choice_N`` (N is at least 4),
``correct`` (the right choice's number), ``feedback``. A text that starts with ``=``, ``+``
or ``@`` is written with a leading apostrophe, so a spreadsheet does not run it as a formula.
"""

from __future__ import annotations

import csv
import io

from ..model import StudySet
from ..options import Options
from .items import quiz_items

MIN_CHOICE_COLUMNS = 4
# A cell starting with = + or @ is a formula to Excel and LibreOffice ("=HYPERLINK(…)"): such a
# text gets a leading apostrophe, which both show as text and do not display.
_FORMULA_START = ("=", "+", "@")
ACCEPTED_SEPARATOR = " | "


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def header(choice_columns: int) -> list[str]:
    return ["id", "kind", "type", "question", "answer", "accepted",
            *(f"choice_{i}" for i in range(1, choice_columns + 1)), "correct", "feedback"]


def render(study_set: StudySet, options: Options | None = None
           ) -> tuple[bytes, int, tuple[tuple[str, str], ...]]:
    """The CSV as bytes, the number of rows and the (item id, reason) of each question left
    out."""
    del options
    items, left_out = quiz_items(study_set)
    width = max([MIN_CHOICE_COLUMNS, *(len(i.choices) for i in items)])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header(width))
    for item in items:
        question = f"{item.before}（　　　）{item.after}" if item.shape == "cloze" else item.prompt
        choices = [*item.choices, *[""] * (width - len(item.choices))]
        correct = "" if item.correct is None else str(item.correct + 1)
        writer.writerow([item.id, item.kind, item.shape, *map(_cell, (
            question, item.answer, ACCEPTED_SEPARATOR.join(item.accepted), *choices)),
            correct, _cell(item.feedback)])
    return buffer.getvalue().encode("utf-8-sig"), len(items), left_out
