"""Reading an edited study-set JSON back, with the checks every output relies on.

A teacher (by hand, or through ``studygen serve``) may drop, reorder and rewrite items; the JSON
then goes back through :func:`load_study_set` before anything is rendered. A fault is named by
its JSON path and what is wrong, in one line (``questions[3].choices: the key is not among the
choices``), so that the person who made it can find it in the file or next to the field.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StudySetError
from ..model import Question, StudySet, Term
from .studyset import from_dict, schema

# The answer of these kinds is printed as the line to fill or the choice to tick: a question
# without one cannot be marked (a discussion prompt has none by design).
_NEEDS_KEY = frozenset(("who", "when", "where", "what", "why", "how_many", "who_said", "cloze",
                        "true_false", "reading", "meaning", "writing"))
TRUE_FALSE_KEYS = ("○", "×")
# The blank a cloze prompt shows the student (両首脳は（　　　）の協定締結を…).
CLOZE_GAP = "（　　　）"


def path_text(parts: Iterable[str | int]) -> str:
    """A JSON path as a reader writes it: ``("questions", 3, "choices")`` -> ``questions[3].choices``.

    >>> path_text(["questions", 3, "choices", 0])
    'questions[3].choices[0]'
    >>> path_text([])
    '(top level)'
    """
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


@functools.cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def _schema_faults(data: Any) -> Iterator[tuple[str, str]]:
    # The deepest, first error: "questions[3].prompt: '' is too short" rather than the anyOf above it.
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), -len(e.path)))
    for e in errors:
        # anyOf [null, list of choices]: say what is wrong with the list, not that it is no null.
        while e.context:
            inner = [c for c in e.context if c.validator != "type"] or list(e.context)
            e = inner[0]
        yield path_text(e.absolute_path), _schema_message(e)


def _schema_message(error: Any) -> str:
    v = error.validator
    if v == "required":
        return error.message.replace("is a required property", "is missing")
    if v == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field")
    if v == "minLength" and error.validator_value == 1:
        return "must not be empty"
    if v == "uniqueItems":
        return "two choices are the same"
    if v == "maxItems":
        return f"at most {error.validator_value} items"
    if v == "minItems":
        return f"at least {error.validator_value} items"
    if v == "pattern" and error.absolute_path and error.absolute_path[-1] == "reading":
        return "a reading is written in hiragana only (みおくる)"
    return error.message


def question_fault(q: Question, sentence_count: int) -> tuple[str, str] | None:
    """The first fault of one question as (field, what is wrong), or None when it can be rendered.

    These are the checks the worksheet, the answer key and the deck need, and the ones the
    review page shows next to a field: a key to mark, the key among the choices exactly once,
    ○ or × for a true/false statement, a cloze with its blank, a source sentence that exists.

    >>> question_fault(Question("q-1", "where", "どこですか。", "東京", 0, "", ("大阪", "京都")), 1)
    ('choices', 'the key is not among the choices')
    """
    if not q.prompt.strip():
        return "prompt", "must not be empty"
    if q.kind in _NEEDS_KEY and not q.answer.strip():
        return "answer", "the key must not be empty"
    if q.kind == "true_false" and q.answer not in TRUE_FALSE_KEYS:
        return "answer", "a true/false key is ○ or ×"
    if q.kind == "cloze" and CLOZE_GAP not in q.prompt:
        return "prompt", f"a cloze needs its blank {CLOZE_GAP}"
    if q.choices is not None:
        if any(not c.strip() for c in q.choices):
            return "choices", "a choice is empty"
        if len(q.choices) < 2:
            return "choices", "at least two choices, or none"
        if len(set(q.choices)) != len(q.choices):
            return "choices", "two choices are the same"
        if q.answer not in q.choices:
            return "choices", "the key is not among the choices"
    if not 0 <= q.sentence_index < sentence_count:
        return "sentence_index", f"no sentence {q.sentence_index} in the article"
    return None


def term_fault(t: Term, sentence_count: int) -> tuple[str, str] | None:
    """The first fault of one vocabulary item as (field, what is wrong), or None.

    >>> term_fault(Term("v-1", "会談", "会談", "かいだん", "会談[かいだん]", "noun", (), 0), 1)
    ('glosses', 'at least one meaning')
    """
    if not any(g.strip() for g in t.glosses):
        return "glosses", "at least one meaning"
    if not 0 <= t.sentence_index < sentence_count:
        return "sentence_index", f"no sentence {t.sentence_index} in the article"
    return None


def _content_faults(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    sentences = data["article"]["sentences"]
    for i, s in enumerate(sentences):
        if s["index"] != i:
            yield f"article.sentences[{i}].index", f"is {s['index']}; sentences are numbered 0, 1, 2 … in order"
    for key in ("vocabulary", "names", "questions"):
        seen: dict[str, int] = {}
        for i, item in enumerate(data[key]):
            if item["id"] in seen:
                yield f"{key}[{i}].id", f"{item['id']} is also the id of {key}[{seen[item['id']]}]"
            seen.setdefault(item["id"], i)
    study_set = from_dict(data)
    n = len(study_set.article.sentences)
    for i, t in enumerate(study_set.vocabulary):
        fault = term_fault(t, n)
        if fault:
            yield f"vocabulary[{i}].{fault[0]}", fault[1]
    for i, name in enumerate(study_set.names):
        if not 0 <= name.sentence_index < n:
            yield f"names[{i}].sentence_index", f"no sentence {name.sentence_index} in the article"
    for i, q in enumerate(study_set.questions):
        fault = question_fault(q, n)
        if fault:
            yield f"questions[{i}].{fault[0]}", fault[1]


def first_fault(data: Any) -> tuple[str, str] | None:
    """The first fault of a parsed study set as (JSON path, what is wrong), or None when valid.

    >>> first_fault({"schema": "studygen.studyset/1"})[0]
    '(top level)'
    """
    for fault in _schema_faults(data):
        return fault
    for fault in _content_faults(data):
        return fault
    return None


def parse_study_set(text: str, source: str = "study set") -> StudySet:
    """A study set from JSON text, checked; raises :class:`StudySetError` on the first fault.

    >>> parse_study_set('{"schema": "studygen.studyset/1"}', "x.json")
    Traceback (most recent call last):
    studygen.errors.StudySetError: x.json: (top level): 'article' is missing. Fix it and run studygen render again.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise StudySetError(source, f"line {e.lineno} column {e.colno}", f"not valid JSON ({e.msg})") from None
    fault = first_fault(data)
    if fault:
        raise StudySetError(source, *fault)
    return from_dict(data)


def load_study_set(path: str | Path) -> StudySet:
    """Read and check the study-set JSON at ``path`` (see :func:`parse_study_set`)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise StudySetError(str(p), "(file)", "no such file") from None
    except OSError as e:
        raise StudySetError(str(p), "(file)", e.strerror or str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StudySetError(str(p), "(file)", "not UTF-8 text; save it as UTF-8") from None
    return parse_study_set(text, str(p))
