"""Kahoot! (``<name>-kahoot.xlsx``): the quiz spreadsheet template (Create > Import
spreadsheet).

The layout is Kahoot's template: its heading in B2, the column heads on row 8, one question a
row from row 9 with its number in column A, the question in B, up to four answers in C-F, the
time limit in G and the number of the right answer (1-4) in H.

Kahoot's rules, and what is done when an item breaks one:

- a question has at most 120 characters and an answer at most 75. An item that does not fit
  is left out and reported, never cut (a cut answer could read as a wrong one, 安全保 for
  安全保障); a meaning question first drops the bracketed reading it adds, then is left out.
- a quiz question has 2 to 4 answers: open questions (no choices), essays and choice
  questions with more than four choices are left out.
- the time limit is one of 5, 10, 20, 30, 60, 90, 120 or 240 seconds: the shortest one that
  leaves time to read the question and its answers (about 8 characters a second) and to tap.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from ..model import StudySet
from ..options import Options
from .items import QuizItem, quiz_items, quiz_title, shorten

MAX_QUESTION = 120
MAX_ANSWER = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
_MIN_SECONDS = 20  # a learner of Japanese reads slower than a native player
_READ_CHARS_PER_SECOND = 8
FIRST_ROW = 9
HEADERS = (
    "Question - max 120 characters", "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters", "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)


def time_limit(question: str, answers: tuple[str, ...]) -> int:
    """The shortest allowed time limit that leaves room to read and answer.

    >>> time_limit("誰がコメントしましたか。", ("A", "B"))
    20
    >>> time_limit("あ" * 120, ("い" * 75,) * 4)
    60
    """
    chars = len(question) + sum(len(a) for a in answers)
    needed = max(_MIN_SECONDS, chars / _READ_CHARS_PER_SECOND + 5)
    return next((t for t in TIME_LIMITS if t >= needed), TIME_LIMITS[-1])


def _row(item: QuizItem) -> tuple[str, tuple[str, ...]] | str:
    """(question, answers) for the sheet, or why the item cannot be a Kahoot question."""
    if item.shape == "essay":
        return "an essay question: Kahoot quizzes have only fixed answers"
    if not item.choices:
        return "an open question: Kahoot quizzes need 2 to 4 answers"
    if len(item.choices) > MAX_ANSWERS:
        return f"{len(item.choices)} choices: Kahoot takes at most {MAX_ANSWERS}"
    if item.shape == "cloze":
        question = f"{item.before}（　　　）{item.after}"
        candidates = [question]
    else:
        # A meaning question gives the word's reading (安全保障（あんぜんほしょう）); without it
        # the question may fit where it otherwise would not.
        candidates = list(dict.fromkeys((item.prompt, item.bare_prompt)))
    question = next((q for q in candidates if len(q) <= MAX_QUESTION), None)
    if question is None:
        return f"question over {MAX_QUESTION} characters ({len(candidates[-1])})"
    long = [c for c in item.choices if len(c) > MAX_ANSWER]
    if long:
        return f"answer over {MAX_ANSWER} characters ({len(long[0])})"
    return question, item.choices


def render(study_set: StudySet, options: Options | None = None
           ) -> tuple[bytes, int, tuple[tuple[str, str], ...]]:
    """The spreadsheet as bytes, the number of questions in it and the (item id, reason) of
    each question left out."""
    del options
    items, left_out = quiz_items(study_set)
    skipped = list(left_out)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    # Rows 1-7 are the template's notes, which the importer skips; B2 is the template's heading
    # ("Quiz template"): the title goes there, for Kahoot's title field (95 characters at most).
    ws["B2"] = shorten(quiz_title(study_set.article), 95)
    for col, head in enumerate(HEADERS, 2):
        ws.cell(row=FIRST_ROW - 1, column=col, value=head)
    row = FIRST_ROW
    for item in items:
        made = _row(item)
        if isinstance(made, str):
            skipped.append((item.id, made))
            continue
        question, answers = made
        ws.cell(row=row, column=1, value=row - FIRST_ROW + 1)
        ws.cell(row=row, column=2, value=question)
        for col, answer in enumerate(answers, 3):
            ws.cell(row=row, column=col, value=answer)
        ws.cell(row=row, column=7, value=time_limit(question, answers))
        ws.cell(row=row, column=8, value=(item.correct or 0) + 1)
        row += 1
    # As in the template: the time limit is picked from Kahoot's list when a teacher edits it.
    allowed = DataValidation(type="list", formula1='"' + ",".join(map(str, TIME_LIMITS)) + '"',
                             allow_blank=True)
    ws.add_data_validation(allowed)
    allowed.add(f"G{FIRST_ROW}:G{max(row, FIRST_ROW + 1) + 100}")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue(), row - FIRST_ROW, tuple(skipped)
