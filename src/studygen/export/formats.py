"""Every output format by name, and the one function that renders a classroom format.

``studygen build --format`` reads :data:`FORMATS`; the pipeline's ``write_outputs`` calls
:func:`render_format` for each classroom format it was asked for, and so can any other caller
that holds a study set (a render command, a review page offering downloads):

    >>> from studygen.export.formats import render_format
    >>> out = render_format(study_set, "gift", "us-ukraine-summit")   # doctest: +SKIP
    >>> out.filename, out.count                                       # doctest: +SKIP
    ('us-ukraine-summit.gift.txt', 16)

``apkg``, ``pdf`` and ``json`` are the original outputs; the pipeline writes them itself
(the deck needs its time stamp, the PDFs the article's readings).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ..errors import UsageError
from ..model import StudySet
from ..options import DEFAULT_FORMATS, Options

# name -> (file name after the slug, module under studygen.export, what it is for)
CLASSROOM_FORMATS: dict[str, tuple[str, str, str]] = {
    "moodle": (".moodle.xml", "moodle", "Moodle XML (Question bank > Import)"),
    "gift": (".gift.txt", "gift", "GIFT, Moodle's text format"),
    "qti": (".qti.zip", "qti", "QTI 1.2 package (Canvas and other platforms)"),
    "kahoot": ("-kahoot.xlsx", "kahoot", "Kahoot! quiz spreadsheet"),
    "quizlet": ("-quizlet.tsv", "quizlet", "Quizlet flashcards (term, tab, definition)"),
    "csv": (".csv", "csvfile", "CSV, one question a row"),
}
FORMATS: tuple[str, ...] = ("apkg", "pdf", "json", *CLASSROOM_FORMATS)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One classroom file, rendered: its name in the article's folder, its bytes, how many
    items it holds and the (item id, reason) of each item left out."""

    format: str
    filename: str
    data: bytes
    count: int
    left_out: tuple[tuple[str, str], ...] = ()


def parse_formats(text: str) -> tuple[str, ...]:
    """A ``--format`` value as a tuple of known names, in :data:`FORMATS` order, each once.

    >>> parse_formats("gift, moodle,gift")
    ('moodle', 'gift')
    >>> parse_formats("all") == FORMATS
    True
    """
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    if names == ["all"]:
        return FORMATS
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise UsageError(
            f"unknown format {', '.join(unknown) or '(none given)'}: --format takes a comma list "
            f"of {', '.join(FORMATS)} (or all); the default is {','.join(DEFAULT_FORMATS)}.")
    return tuple(f for f in FORMATS if f in names)


def filename_for(fmt: str, slug: str) -> str:
    """``<slug>.moodle.xml``, ``<slug>-kahoot.xlsx`` …"""
    return slug + CLASSROOM_FORMATS[fmt][0]


def render_format(study_set: StudySet, fmt: str, slug: str,
                  options: Options | None = None) -> Rendered:
    """Render one classroom format (see :data:`CLASSROOM_FORMATS`) of a study set."""
    if fmt not in CLASSROOM_FORMATS:
        raise UsageError(f"{fmt} is not a classroom format ({', '.join(CLASSROOM_FORMATS)})")
    module = importlib.import_module(f"{__package__}.{CLASSROOM_FORMATS[fmt][1]}")
    data, count, left_out = module.render(study_set, options or Options())
    return Rendered(fmt, filename_for(fmt, slug), data, count, tuple(left_out))
