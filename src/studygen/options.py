"""Every default in one place (as WeasyPrint keeps DEFAULT_OPTIONS)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

FURIGANA_POLICIES = ("none", "all", "vocabulary", "grade")
AUDIO_MODES = ("words", "all")  # words: each vocabulary word; all: its example sentence too
PAPER_SIZES = ("A4", "Letter")
INSTRUCTION_LANGUAGES = ("ja", "en", "both")
# The files `studygen build` writes unless --format says otherwise: the deck, the PDFs and the
# JSON. The classroom formats (moodle, gift, qti, kahoot, quizlet, csv) are asked for by name.
DEFAULT_FORMATS: tuple[str, ...] = ("apkg", "pdf", "json")

# Questions of each kind for one worksheet: two pages of exercises after the article (a
# 3,000-character article and these fill four A4 pages; see tests/test_worksheet.py).
DEFAULT_QUESTION_COUNTS: dict[str, int] = {
    "who": 2, "when": 2, "where": 2, "what": 3, "why": 2, "how_many": 3, "who_said": 3,
    "cloze": 2, "true_false": 3, "reading": 1, "meaning": 1, "writing": 1, "discussion": 1,
}


def question_counts_for(total: int) -> dict[str, int]:
    """About ``total`` questions spread over the kinds as the defaults spread 26 (a kind with
    none stays at none, every other kind keeps at least one).

    >>> sum(question_counts_for(20).values())   # 22: every kind keeps one
    22
    """
    scale = total / max(1, sum(DEFAULT_QUESTION_COUNTS.values()))
    return {k: max(0 if v == 0 else 1, round(v * scale)) for k, v in DEFAULT_QUESTION_COUNTS.items()}


@dataclass(frozen=True, slots=True)
class Options:
    """How a build runs. Make a variant with ``options.replace(level="beginner")``."""

    output_dir: Path = Path("output")
    encoding: str | None = None  # None: detect (UTF-8/BOM, UTF-16 BOM, CP932, EUC-JP)
    max_input_bytes: int = 2_000_000
    # One article's whole build, writing included; past it the article fails with one line
    # (TimeLimitError) and nothing is written. None: no limit. A 2 MB article of any shape
    # builds in well under a minute without PDFs (see docs/performance.md).
    max_seconds: float | None = 300.0
    max_input_bytes: int = 2_000_000  # also the cap on a fetched page or feed
    # Seconds a URL's whole fetch may take, redirects and body included (a page or a feed).
    fetch_timeout: float = 20.0
    # Vocabulary: about one item per `chars_per_term` characters, at least `min_list` (when the
    # article has that many words) and at most `max_terms`. `min_terms` is what --level advanced
    # tops its list up to with intermediate words.
    chars_per_term: int = 40
    min_list: int = 20
    min_terms: int = 5
    max_terms: int = 40
    level: str | None = None  # beginner / intermediate / advanced; None keeps every level
    overrides: Path | None = None
    # Every content word for the deck (a learner's mining mode); the worksheet keeps the short list.
    all_words: bool = False
    question_counts: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_QUESTION_COUNTS))
    # Worksheet
    paper: str = "A4"
    furigana: str = "grade"
    furigana_grade: int = 6  # with policy "grade": readings on kanji above this school grade
    instructions: str = "both"
    # Outputs
    write_deck: bool = True
    write_pdf: bool = True
    write_handout: bool = True  # with write_pdf: the vocabulary handout besides worksheet and key
    write_json: bool = True
    # Which outputs to write, by name (studygen.export.formats.FORMATS); apkg, pdf and json are
    # written only when named here and their write_* switch is on.
    formats: tuple[str, ...] = DEFAULT_FORMATS
    parent_deck: str = "時事"
    # Learner features
    audio: str | None = None  # None, "words" or "all" (see AUDIO_MODES)
    audio_cache: Path | None = None  # None: $XDG_CACHE_HOME/studygen/audio (~/.cache/...)
    accent_on_handout: bool = False  # the pitch pattern over each word of the handout
    known: Path | None = None  # words the learner knows: a text file or an Anki collection
    known_field: str | None = None  # with an Anki collection: the field holding the word
    # Build even when the folder's record says the same article was built with the same options.
    force: bool = False

    def replace(self, **changes: object) -> Options:
        return replace(self, **changes)
