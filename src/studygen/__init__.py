"""studygen: a Japanese news article in, an Anki deck, a printable worksheet and a study-set JSON out.

    >>> import studygen
    >>> study_set = studygen.build_study_set("article.txt")      # doctest: +SKIP
    >>> paths = studygen.write_outputs(study_set, "output/")      # doctest: +SKIP
    >>> paths = studygen.render_study_set("output/article/article.json")  # doctest: +SKIP
"""

from __future__ import annotations

from .errors import StudygenError
from .model import Article, Name, Question, StudySet, Term
from .options import Options

__version__ = "0.1.0"

__all__ = [
    "Article", "Name", "Options", "Question", "StudySet", "StudygenError", "Term",
    "__version__", "build_study_set", "render_study_set", "write_outputs",
]


def __getattr__(name: str):  # heavy modules load only when asked for: `studygen --help` stays fast
    if name in ("build_study_set", "render_study_set", "write_outputs"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
