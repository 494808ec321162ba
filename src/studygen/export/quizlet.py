"""Quizlet (``<name>-quizlet.tsv``): flashcards pasted or imported as text (Create > Import).

One card a line, term and definition separated by a tab, which is what Quizlet's import takes
by default ("Between term and definition: Tab", "Between cards: New line"). The term is the
vocabulary item with its reading in brackets, 安全保障（あんぜんほしょう）, since Quizlet shows
plain text; the definition its meanings, ``; ``-separated. Tabs and newlines inside a field
would start a new field or card, so whitespace runs become one space.

Questions are not cards: Quizlet's import makes term/definition pairs only, so this file holds
the vocabulary (every term the study set has, one card a lemma) and no questions.
"""

from __future__ import annotations

from ..model import StudySet
from ..options import Options
from .items import one_line, term_label


def cards(study_set: StudySet) -> tuple[tuple[str, str], ...]:
    """(term, definition) for each vocabulary item with a meaning, one per lemma, in order."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for term in study_set.vocabulary:
        key = term.lemma or term.term
        definition = one_line("; ".join(g for g in term.glosses if g.strip()))
        if not key or key in seen or not definition:
            continue
        seen.add(key)
        out.append((one_line(term_label(term)), definition))
    return tuple(out)


def render(study_set: StudySet, options: Options | None = None
           ) -> tuple[bytes, int, tuple[tuple[str, str], ...]]:
    """The TSV as UTF-8 bytes, the number of cards and the (item id, reason) of each vocabulary
    item left out (a repeated lemma, or no meaning)."""
    del options
    made = cards(study_set)
    labels = {c[0] for c in made}
    left_out = []
    seen: set[str] = set()
    for term in study_set.vocabulary:
        label = one_line(term_label(term))
        if label in labels and label not in seen:
            seen.add(label)
            continue
        left_out.append((term.id, "no meaning" if not any(g.strip() for g in term.glosses)
                         else "the same word as an earlier card"))
    text = "".join(f"{term}\t{definition}\n" for term, definition in made)
    return text.encode("utf-8"), len(made), tuple(left_out)
