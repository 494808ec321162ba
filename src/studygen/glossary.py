"""The vocabulary of the news across articles: every word of many builds' study sets, with how
many articles and how many times it appears and its sentence from each, the most recurrent first.

The point of learning political vocabulary from the news is that the same words come back:
会談, 停戦, 関税 run through a month of articles. A word is the same word when its dictionary
form and reading are (米 べい and 米 こめ are two), whatever its gloss in each article.

    >>> glossary = build_glossary(find_study_sets([Path("output")]))    # doctest: +SKIP
    >>> e = glossary.entries[0]; (e.term.lemma, e.articles, e.occurrences) # doctest: +SKIP
    ('会談', 3, 7)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import GlossaryInputError
from .model import Glossary, GlossaryEntry, GlossaryExample, StudySet

__all__ = ["build_glossary", "find_study_sets", "load_glossary"]


def find_study_sets(folders: Iterable[Path]) -> tuple[list[StudySet], list[str]]:
    """Every study-set JSON under ``folders``, at any depth, read back; and the JSON files found
    that are not study sets (other tools' files, a glossary.json). An article built twice (the
    same id in two folders) counts once."""
    from .export.studyset import SCHEMA_ID, from_dict

    study_sets: list[StudySet] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise GlossaryInputError(f"{folder}: no such folder")
        for path in sorted(folder.rglob("*.json")):
            try:
                data = json.loads(path.read_text("utf-8"))
                if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID:
                    skipped.append(str(path))
                    continue
                study_set = from_dict(data)
            except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
                skipped.append(str(path))
                continue
            if study_set.article.id not in seen:
                seen.add(study_set.article.id)
                study_sets.append(study_set)
    return study_sets, skipped


def _date_order(study_set: StudySet) -> tuple[int, str, str]:
    a = study_set.article
    return (0 if a.published else 1, a.published or "", a.id)


def build_glossary(study_sets: Sequence[StudySet], skipped: Sequence[str] = ()) -> Glossary:
    """The glossary of ``study_sets``: each word once, ranked by the number of articles it is
    in, then by its occurrences, then by its first article's date.

    Examples come in date order, one per article (the sentence its item was taken from).
    """
    ordered = sorted(study_sets, key=_date_order)
    groups: dict[tuple[str, str], list[tuple[StudySet, object]]] = {}
    for study_set in ordered:
        seen: set[tuple[str, str]] = set()
        for term in study_set.vocabulary:
            key = (term.lemma or term.term, term.reading)
            if key in seen:
                continue  # one item per lemma in an article's deck; the first wins there too
            seen.add(key)
            groups.setdefault(key, []).append((study_set, term))
    entries = []
    for uses in groups.values():
        examples = []
        for study_set, term in uses:
            a = study_set.article
            sentence = next((s.text for s in a.sentences if s.index == term.sentence_index), "")
            examples.append(GlossaryExample(a.id, a.title, a.published, sentence, term.count))
        first_set, first_term = uses[0]
        entries.append(GlossaryEntry(
            term=first_term, article_id=first_set.article.id, articles=len(uses),
            occurrences=sum(e.count for e in examples), examples=tuple(examples)))
    order = {id(e): i for i, e in enumerate(entries)}
    entries.sort(key=lambda e: (-e.articles, -e.occurrences, order[id(e)]))
    return Glossary(tuple(entries), tuple(ordered), tuple(skipped))


def load_glossary(folders: Iterable[Path]) -> Glossary:
    """Find the study sets under ``folders`` and build their glossary; an error when none."""
    folders = list(folders)
    study_sets, skipped = find_study_sets(folders)
    if not study_sets:
        where = ", ".join(str(f) for f in folders)
        raise GlossaryInputError(f"{where}: no study-set JSON found")
    return build_glossary(study_sets, skipped)
