"""The study-set JSON (``studygen.studyset/1``): every item, the contract the other outputs use.

The JSON Schema ships inside the package (``studygen/data/studyset.schema.json``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import resources
from typing import Any

from ..model import Article, Name, Question, Sentence, StudySet, Term

SCHEMA_ID = "studygen.studyset/1"


def schema() -> dict[str, Any]:
    """The JSON Schema every study set validates against."""
    return json.loads(resources.files("studygen").joinpath("data/studyset.schema.json").read_text("utf-8"))


def to_dict(study_set: StudySet) -> dict[str, Any]:
    a = study_set.article
    from .. import __version__

    return {
        "schema": SCHEMA_ID,
        "generator": f"studygen {__version__}",
        "article": {
            "id": a.id, "title": a.title, "source": a.source, "published": a.published,
            "sentences": [asdict(s) for s in a.sentences],
        },
        "vocabulary": [{**asdict(t), "glosses": list(t.glosses), "accent": list(t.accent),
                        "domains": list(t.domains)} for t in study_set.vocabulary],
        "names": [asdict(n) for n in study_set.names],
        "questions": [
            {**asdict(q), "choices": list(q.choices) if q.choices is not None else None}
            for q in study_set.questions
        ],
    }


def to_json(study_set: StudySet) -> str:
    return json.dumps(to_dict(study_set), ensure_ascii=False, indent=2) + "\n"


def from_dict(data: dict[str, Any]) -> StudySet:
    """Read a study set back (for rebuilding decks and PDFs from an edited JSON)."""
    a = data["article"]
    article = Article(a["id"], a["title"], a["source"], a["published"],
                      tuple(Sentence(**s) for s in a["sentences"]))
    return StudySet(
        article,
        # accent and domains came later: a study set written before them still loads.
        tuple(Term(**{**t, "glosses": tuple(t["glosses"]), "accent": tuple(t.get("accent", ())),
                      "domains": tuple(t.get("domains", ()))}) for t in data["vocabulary"]),
        tuple(Name(**n) for n in data["names"]),
        tuple(Question(**{**q, "choices": tuple(q["choices"]) if q["choices"] is not None else None})
              for q in data["questions"]),
    )
