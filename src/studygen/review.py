"""A teacher's review of a study set: keep or drop, reorder, rewrite, fresh distractors.

Every function takes a :class:`StudySet` and returns a new one (the model is frozen); an item
keeps its id through every edit, so a deck rendered after the review updates the notes a
learner already has. The review page (:mod:`studygen.web`) is a thin layer over these, and so
is a notebook:

    >>> s = move(study_set, "questions", "q-1b2c3d4e5f", -1)          # doctest: +SKIP
    >>> s = edit_question(s, "q-1b2c3d4e5f", prompt="…", answer="…")   # doctest: +SKIP

An edit that would give a set ``studygen render`` refuses raises :class:`EditError` with the
field and the fault, and changes nothing.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import replace

from .errors import StudygenError
from .export.studyset_reader import question_fault, term_fault
from .model import Question, StudySet, Term

LISTS = ("questions", "vocabulary")


class EditError(StudygenError):
    """An edit refused: ``field`` is the form field to show it beside."""

    def __init__(self, field: str, fault: str) -> None:
        self.field, self.fault = field, fault
        super().__init__(f"{field}: {fault}")


def _find(items: Sequence[Question | Term], item_id: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise EditError("id", f"no item {item_id} in this set")


def kept(study_set: StudySet, dropped: Collection[str]) -> StudySet:
    """The set without the dropped items: what the sheet, the deck and the JSON get.

    A question on a dropped word keeps its term_id; the outputs then use its explanation
    instead of the word's meaning (render accepts such a set).
    """
    return replace(
        study_set,
        questions=tuple(q for q in study_set.questions if q.id not in dropped),
        vocabulary=tuple(t for t in study_set.vocabulary if t.id not in dropped),
    )


def move(study_set: StudySet, which: str, item_id: str, step: int) -> StudySet:
    """Move an item of ``which`` (questions or vocabulary) ``step`` places (-1 up, +1 down);
    list order is sheet order. At either end it stays where it is."""
    items = list(getattr(study_set, which))
    i = _find(items, item_id)
    j = min(max(i + step, 0), len(items) - 1)
    items.insert(j, items.pop(i))
    return replace(study_set, **{which: tuple(items)})


def split_choices(text: str) -> tuple[str, ...] | None:
    """Choices as a teacher types them, one per line; blank lines ignored, none -> None.

    >>> split_choices(" 東京\\n\\n大阪 \\n")
    ('東京', '大阪')
    """
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    return lines or None


def edit_question(study_set: StudySet, question_id: str, *, prompt: str, answer: str,
                  choices: tuple[str, ...] | None) -> StudySet:
    """The question rewritten (same id), after render's checks; raises :class:`EditError`.

    When the key changes, the explanation (the source sentence with the key in 【】) is marked
    again if the new key stands in the sentence, else left as it was.
    """
    questions = list(study_set.questions)
    i = _find(questions, question_id)
    old = questions[i]
    prompt, answer = prompt.strip(), answer.strip()
    if old.choices is None and choices is not None and old.kind != "true_false" and len(choices) == 1:
        raise EditError("choices", "at least two choices, or none")
    new = replace(old, prompt=prompt, answer=answer, choices=choices)
    if answer != old.answer:
        new = replace(new, explanation=_marked(study_set, new) or old.explanation)
    fault = question_fault(new, len(study_set.article.sentences))
    if fault:
        raise EditError(*fault)
    questions[i] = new
    return replace(study_set, questions=tuple(questions))


def _marked(study_set: StudySet, q: Question) -> str | None:
    sentences = study_set.article.sentences
    if not 0 <= q.sentence_index < len(sentences) or not q.answer:
        return None
    text = sentences[q.sentence_index].text
    at = text.find(q.answer)
    if at < 0 or "【" not in q.explanation:
        return None
    return f"{text[:at]}【{q.answer}】{text[at + len(q.answer):]}"


def edit_term(study_set: StudySet, term_id: str, *, glosses: tuple[str, ...]) -> StudySet:
    """The vocabulary item with new meanings (at most three, same id); raises :class:`EditError`."""
    terms = list(study_set.vocabulary)
    i = _find(terms, term_id)
    if len(glosses) > 3:
        raise EditError("glosses", "at most three meanings")
    new = replace(terms[i], glosses=tuple(g.strip() for g in glosses if g.strip()))
    fault = term_fault(new, len(study_set.article.sentences))
    if fault:
        raise EditError(*fault)
    terms[i] = new
    return replace(study_set, vocabulary=tuple(terms))


def _pool(study_set: StudySet, q: Question) -> list[str]:
    """Wrong answers of the question's kind, the article's own first: the keys and choices of
    other questions of the kind, then names (for who/where: people and places) and words."""
    same = [x for o in study_set.questions if o.kind == q.kind and o.id != q.id
            for x in (o.answer, *(o.choices or ()))]
    if q.kind in ("who", "who_said"):
        same += [n.title and f"{n.name}{n.title}" or n.name for n in study_set.names if n.type == "person"]
    elif q.kind == "where":
        same += [n.name for n in study_set.names if n.type == "place"]
    elif q.kind == "cloze":
        term = next((t for t in study_set.vocabulary if t.id == q.term_id), None)
        same += [t.term for t in study_set.vocabulary if term is None or t.pos == term.pos]
    return same


def fresh_choices(study_set: StudySet, question_id: str, rng: random.Random | None = None,
                  dictionary=None) -> StudySet:
    """The question with other distractors, drawn the way the generator draws them: near-miss
    readings (決裂 けつれつ -> けずれつ), one kanji swapped (模索 -> 模策), other words' meanings
    of the same part of speech, or other answers of the same kind from the article. Distractors
    not shown before come first. Raises :class:`EditError` when there are too few.
    """
    from .questions import distractors as d

    rng = rng or random.Random()
    questions = list(study_set.questions)
    i = _find(questions, question_id)
    q = questions[i]
    if q.choices is None or q.kind == "true_false":
        raise EditError("choices", "this question has no choices to change")
    shown = set(q.choices)
    term = next((t for t in study_set.vocabulary if t.id == q.term_id), None)
    if q.kind in ("reading", "writing", "meaning") and term is not None:
        if dictionary is None:
            from .dictionary import default_dictionary

            dictionary = default_dictionary()
        if q.kind == "reading":
            pool = d.reading_distractors(term.lemma, q.answer, dictionary)
        elif q.kind == "writing":
            pool = d.writing_distractors(q.answer, term.reading, dictionary, n=8)
        else:
            others = [t for t in study_set.vocabulary if t.id != term.id]
            pool = [c for _ in range(6)
                    for c in (d.meaning_choices(term, others, dictionary, rng)[1] or ()) if c != q.answer]
    else:
        # ゼレンスキー氏 and ゼレンスキー大統領 are one person: a second right answer, not a distractor.
        own = [n.name for n in study_set.names if n.name in q.answer]
        pool = [p for p in _pool(study_set, q)
                if p != q.answer and d.swappable(q.answer, p) and not any(name in p for name in own)]
    pool = list(dict.fromkeys(p for p in pool if p and p != q.answer))
    rng.shuffle(pool)
    pool.sort(key=lambda p: p in shown)  # new ones first, then those shown before
    n = len(q.choices) - 1
    choices = None
    for _ in range(5):  # choices_from shuffles: another draw may differ when this one did not
        choices = d.choices_from(q.answer, pool, rng, n=n, prompt=q.prompt if q.kind != "reading" else "")
        if choices is None or set(choices) != shown:
            break
    if choices is None or set(choices) == shown:
        raise EditError("choices", "no other distractors found in this article; edit them by hand")
    questions[i] = replace(q, choices=choices)
    return replace(study_set, questions=tuple(questions))
