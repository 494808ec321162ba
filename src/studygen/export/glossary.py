"""The glossary's four files: JSON, CSV, a printable PDF list and an Anki deck.

The deck holds, for each word, the note of the first article (by date) that has it: the same
note, with the same GUID, note type and fields, as in that article's own deck. Importing the
glossary's deck beside the articles' decks therefore never duplicates a note; it adds the tag
``studygen::glossary`` and files the note's cards in the glossary deck only if they are new.

    >>> paths = write_glossary(load_glossary([Path("output")]), Path("output/glossary"))  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..model import Glossary, GlossaryEntry, Recordings
from ..options import Options

__all__ = ["GLOSSARY_FILES", "glossary_csv", "glossary_html", "glossary_to_dict",
           "render_glossary_pdf", "write_glossary", "write_glossary_deck"]

GLOSSARY_SCHEMA = "studygen.glossary/1"
GLOSSARY_FILES = ("glossary.json", "glossary.csv", "glossary.pdf", "glossary.apkg")
GLOSSARY_SUBDECK = "用語集"  # glossary
_EXAMPLES_ON_PAPER = 3  # a word in twenty articles would fill a page with its sentences


def _entry_dict(entry: GlossaryEntry) -> dict[str, Any]:
    t = entry.term
    return {
        "lemma": t.lemma, "reading": t.reading, "furigana": t.furigana, "pos": t.pos,
        "glosses": list(t.glosses), "level": t.level, "accent": list(t.accent),
        "domains": list(t.domains), "articles": entry.articles, "occurrences": entry.occurrences,
        "note": {"article_id": entry.article_id, "term_id": t.id},
        "examples": [
            {"article_id": e.article_id, "title": e.title, "published": e.published,
             "sentence": e.sentence, "count": e.count}
            for e in entry.examples
        ],
    }


def glossary_to_dict(glossary: Glossary) -> dict[str, Any]:
    """The glossary as JSON data (``studygen.glossary/1``)."""
    from .. import __version__

    return {
        "schema": GLOSSARY_SCHEMA,
        "generator": f"studygen {__version__}",
        "articles": [
            {"id": s.article.id, "title": s.article.title, "published": s.article.published,
             "source": s.article.source_label}
            for s in glossary.study_sets
        ],
        "words": [_entry_dict(e) for e in glossary.entries],
    }


def glossary_csv(glossary: Glossary) -> str:
    """One row per word: rank, word, reading, meaning, articles, times, accent, domains and the
    first example sentence. UTF-8 with a BOM, so that Excel opens the Japanese correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "lemma", "reading", "meaning", "articles", "occurrences", "accent",
                     "domains", "level", "example", "example_article"])
    for rank, e in enumerate(glossary.entries, 1):
        t = e.term
        first = e.examples[0]
        writer.writerow([rank, t.lemma, t.reading, "; ".join(t.glosses), e.articles,
                         e.occurrences, " ".join(str(k) for k in t.accent), " ".join(t.domains),
                         t.level, first.sentence, first.title])
    return "\ufeff" + out.getvalue()


class _Header:
    """What the page frame (base.html) prints in the header: a title, no source."""

    def __init__(self, title: str, published: str | None) -> None:
        self.title, self.published, self.source_label = title, published, ""


def glossary_html(glossary: Glossary, options: Options) -> str:
    """The printable list as HTML, before WeasyPrint."""
    from markupsafe import Markup

    from ..accent import accent_html
    from ..furigana import to_ruby_html
    from .pdf import printed_gloss, render_html

    dates = sorted(s.article.published for s in glossary.study_sets if s.article.published)
    span = f"{dates[0]} – {dates[-1]}" if dates else None
    rows = []
    for e in glossary.entries:
        t = e.term
        rows.append({
            "word": Markup(to_ruby_html(t.lemma, t.reading)),
            "reading": t.reading,
            "accent": Markup(accent_html(t.reading, t.accent, "pa"))
            if options.accent_on_handout else "",
            "meaning": printed_gloss(t),
            "articles": e.articles,
            "occurrences": e.occurrences,
            "examples": [
                {"sentence": x.sentence,
                 "label": (x.title if len(x.title) <= 20 else x.title[:19] + "…")
                 + (f" {x.published}" if x.published else "")}
                for x in e.examples[:_EXAMPLES_ON_PAPER]
            ],
            "more": max(0, len(e.examples) - _EXAMPLES_ON_PAPER),
        })
    return render_html("glossary.html", {
        "article": _Header(f"ニュースの語彙（{len(glossary.study_sets)}記事）", span),
        "instructions": options.instructions,
        "doc_kind_ja": "用語集",
        "doc_kind_en": "Glossary",
        "body_class": f"vocabulary paper-{options.paper.lower()}",
        "rows": rows,
        "article_count": len(glossary.study_sets),
    })


def render_glossary_pdf(glossary: Glossary, options: Options) -> bytes:
    """The printable list as PDF bytes, with the handout's templates and fonts."""
    from .pdf import write_pdf

    return write_pdf(glossary_html(glossary, options), options.paper)


def write_glossary_deck(glossary: Glossary, path: Path, options: Options, *,
                        timestamp: int, recordings: Recordings | None = None) -> int:
    """The glossary's Anki package: one deck ``<parent>::用語集`` holding, most recurrent
    first, each word's note as its first article's deck has it. Returns the note count."""
    import genanki

    from .anki import _write_package, deck_id_for
    from .anki_notes import vocabulary_note

    by_article = {s.article.id: s for s in glossary.study_sets}
    parent = "::".join(p.strip() for p in options.parent_deck.split("::") if p.strip())
    name = f"{parent}::{GLOSSARY_SUBDECK}" if parent else GLOSSARY_SUBDECK
    deck = genanki.Deck(deck_id_for(name), name)
    for rank, e in enumerate(glossary.entries):
        deck.add_note(vocabulary_note(
            e.term, by_article[e.article_id], recordings, due=rank,
            extra_tags=["studygen::glossary"]))
    media = recordings.files() if recordings else []
    _write_package(genanki.Package([deck]), path, timestamp, media)
    return len(deck.notes)


def write_glossary(glossary: Glossary, folder: Path, options: Options | None = None) -> list[Path]:
    """Write glossary.json, glossary.csv, glossary.pdf and glossary.apkg into ``folder``: all
    four or none (each is made in a temporary file, then all are renamed into place)."""
    from ..errors import OutputError

    options = options or Options()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(str(folder), e.strerror or str(e)) from None
    finals = [folder / name for name in GLOSSARY_FILES]
    try:
        _write_all(glossary, folder, finals, options)
    except OSError as e:
        raise OutputError(str(folder), e.strerror or str(e)) from None
    return finals


def _write_all(glossary: Glossary, folder: Path, finals: list[Path], options: Options) -> None:
    import contextlib
    import math
    import os
    import tempfile
    import time

    from .anki import next_stamp

    temps: list[Path] = []
    with contextlib.ExitStack() as cleanup:
        for final in finals:
            fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=folder)
            os.close(fd)
            temps.append(Path(tmp))
            cleanup.callback(Path(tmp).unlink, missing_ok=True)
        json_tmp, csv_tmp, pdf_tmp, deck_tmp = temps
        json_tmp.write_text(json.dumps(glossary_to_dict(glossary), ensure_ascii=False, indent=2)
                            + "\n", encoding="utf-8")
        csv_tmp.write_text(glossary_csv(glossary), encoding="utf-8")
        pdf_tmp.write_bytes(render_glossary_pdf(glossary, options))
        recordings = None
        if options.audio:
            from ..audio import make_recordings
            from ..model import StudySet

            # The glossary's notes are each some article's: record exactly their words.
            recordings = make_recordings(
                [StudySet(s.article, tuple(e.term for e in glossary.entries
                                           if e.article_id == s.article.id), (), ())
                 for s in glossary.study_sets], options)
        deck_final = finals[3]
        previous = math.ceil(deck_final.stat().st_mtime) if deck_final.exists() else 0
        stamp = next_stamp(max(time.time(), previous + 1))
        write_glossary_deck(glossary, deck_tmp, options, timestamp=stamp, recordings=recordings)
        os.utime(deck_tmp, (stamp, stamp))
        for tmp, final in zip(temps, finals, strict=True):
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
