"""The Anki package: one .apkg holding vocabulary, fact and cloze notes for one or more articles.

A learner keeps an Anki collection for years and re-imports our decks whenever an article is
rebuilt (a better gloss, a fixed reading). Anki matches an incoming note to the one it already
has by the note's GUID and its note type's id, and replaces the fields only when the incoming
note is newer. So everything here is built for identity that lasts:

* note types have fixed, hard-coded ids and a version in their name ("studygen Vocabulary v1").
  Changing a type's fields or templates makes Anki fork it into a new type on import, and the
  learner's old notes stop updating: such a change needs a new id and a new "v2" name
  (:mod:`studygen.export.anki_models`);
* a note's GUID hashes the article id, the note's kind and one stable key (the lemma for a word,
  the question id for a question), never the fields: a corrected gloss updates the note in place
  and its review history stays (:mod:`studygen.export.anki_notes`);
* each build is stamped one whole second newer than the previous one (see :func:`next_stamp`),
  because genanki stamps whole seconds and Anki drops an update that is not strictly newer.

The note types live in :mod:`studygen.export.anki_models`, the notes and the escaping of
every string the article puts into a field in :mod:`studygen.export.anki_notes`; this module
names the decks, stamps the build and writes the package.

    >>> from studygen.options import Options
    >>> stats = write_deck([study_set], Path("out.apkg"), Options())   # doctest: +SKIP
    >>> stats.notes, stats.cards                                        # doctest: +SKIP
    (11, 15)
"""

from __future__ import annotations

import hashlib
import itertools
import math
import sqlite3
import tempfile
import threading
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import genanki

from ..model import Article, Recordings, StudySet
from ..options import Options
from .anki_models import MODELS
from .anki_notes import clean, notes_for, source_html

__all__ = [
    "DeckStats",
    "article_deck_name",
    "deck_id_for",
    "next_stamp",
    "write_deck",
]

VOCAB_SUBDECK = "語彙"  # vocabulary
CONTENT_SUBDECK = "内容"  # facts and cloze: what the article says
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class DeckStats:
    """What :func:`write_deck` wrote: note and card counts, notes per note type, deck names."""

    notes: int
    cards: int
    notes_by_model: dict[str, int] = field(default_factory=dict)
    decks: tuple[str, ...] = ()
    skipped: int = 0  # questions that could not become a card (a cloze whose answer is missing)
    timestamp: int = 0  # the modification stamp every note and card carries
    media: int = 0  # audio files in the package


# --- build stamps ------------------------------------------------------------------------------

_stamp_lock = threading.Lock()
_last_stamp = 0


def next_stamp(now: float | None = None) -> int:
    """A whole-second build stamp, strictly greater than any this process handed out before.

    Anki replaces a note's fields on import only when the incoming note is newer than the one in
    the collection, and genanki writes whole seconds. Two builds within one second (fix a gloss,
    rebuild at once) would carry the same stamp and the second import would silently keep the old
    gloss. So the stamp is the current time rounded up, pushed one second past the last stamp
    when needed; in a burst of builds it may run a few seconds ahead of the clock.

    Across processes the stamp is only the clock rounded up: two separate runs that start in the
    same second can collide (pass ``timestamp`` to :func:`write_deck` to control it exactly).

    >>> a = next_stamp(1000.2); b = next_stamp(1000.3)
    >>> b > a
    True
    """
    global _last_stamp
    clock = time.time() if now is None else now
    with _stamp_lock:
        _last_stamp = max(math.ceil(clock), _last_stamp + 1)
        return _last_stamp


# --- decks -------------------------------------------------------------------------------------


def deck_id_for(name: str) -> int:
    """A deck id derived from the deck name, the same on every build.

    It lies in [2**52, 2**52 + 2**48): above the millisecond timestamps Anki gives the decks it
    creates, and below 2**53 so that Anki's JavaScript screens hold it exactly.
    """
    digest = hashlib.sha256(("studygen deck\x1f" + name).encode("utf-8")).digest()
    return (1 << 52) + int.from_bytes(digest[:6], "big")


def _deck_component(value: str) -> str:
    # "::" separates deck levels in Anki: a title holding it would create a spurious subdeck.
    return clean(value).replace("::", "：").strip(": ")


def article_deck_name(article: Article, options: Options) -> str:
    """``<parent>::<YYYY-MM-DD or undated> <title>``, e.g. ``時事::2026-03-14 日米首脳会談``.

    Deck names are plain text, not HTML: Anki escapes them when it shows them, so they are not
    escaped here (that would show ``&lt;`` in the deck list).
    """
    title = _deck_component(article.title) or article.id
    leaf = f"{_deck_component(article.published or '') or UNDATED} {title}"[:120].strip()
    parent = "::".join(
        part for part in (clean(p) for p in options.parent_deck.split("::")) if part
    )
    return f"{parent}::{leaf}" if parent else leaf


# --- package ----------------------------------------------------------------------------------


def _write_package(package: genanki.Package, path: Path, stamp: int,
                   media: Sequence[str] = ()) -> None:
    """genanki's ``Package.write_to_file`` without its leak.

    genanki 0.13 builds the collection in a ``tempfile.mkstemp`` SQLite file and never deletes it:
    one stray file in /tmp per build. This does the same steps (``write_to_db``, then a zip holding
    ``collection.anki2`` and the ``media`` map, each file stored as ``0``, ``1``, …) inside a
    temporary directory that is removed.
    """
    import json

    with tempfile.TemporaryDirectory(prefix="studygen-anki-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            # Note and card ids start at the stamp in milliseconds, as genanki's own writer does;
            # Anki keys notes by GUID, so these ids only need to be unique within the package.
            package.write_to_db(conn.cursor(), stamp, itertools.count(stamp * 1000))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(db_path, "collection.anki2")
            names: dict[str, str] = {}
            for file in media:
                name = Path(file).name
                if name in names.values():
                    continue
                key = str(len(names))
                # MP3 is compressed already: stored, not deflated again.
                archive.write(file, key, compress_type=zipfile.ZIP_STORED)
                names[key] = name
            archive.writestr("media", json.dumps(names))


def write_deck(
    study_sets: Sequence[StudySet], path: Path, options: Options, *, timestamp: float | None = None,
    recordings: Recordings | None = None,
) -> DeckStats:
    """Write one .apkg with every study set to ``path`` and say what it holds.

    Each article gets ``<parent>::<date> <title>`` with the subdecks ``語彙`` (vocabulary: a
    recognition and a production card per word) and ``内容`` (facts and cloze cards). Discussion
    questions get no card. ``timestamp`` stamps every note (whole seconds); by default
    :func:`next_stamp` makes it newer than any earlier build of this process, so re-importing a
    rebuild always updates the notes. ``recordings`` (audio.py) puts each word's sound, and its
    sentence's, on the vocabulary cards and the files into the package.

    The same article given twice, or the same lemma twice in one article, is written once (the
    first wins): Anki keys notes by GUID.

        >>> stats = write_deck([study_set], tmp / "deck.apkg", Options())   # doctest: +SKIP
        >>> stats.notes_by_model["studygen Vocabulary v1"]                 # doctest: +SKIP
        4
    """
    stamp = next_stamp() if timestamp is None else int(timestamp)
    decks: list[genanki.Deck] = []
    seen_guids: set[str] = set()
    deck_names: dict[str, str] = {}  # deck name -> article id, to keep two articles apart
    skipped = 0
    for study_set in study_sets:
        article = study_set.article
        name = article_deck_name(article, options)
        if deck_names.get(name, article.id) != article.id:
            name = f"{name} ({article.id[:8]})"  # same date and title, different article
        deck_names[name] = article.id
        vocab, content, article_skipped = notes_for(study_set, options, recordings)
        skipped += article_skipped
        parent = genanki.Deck(deck_id_for(name), name, description=source_html(article))
        decks.append(parent)
        for subdeck, notes in ((VOCAB_SUBDECK, vocab), (CONTENT_SUBDECK, content)):
            fresh = [n for n in notes if n.guid not in seen_guids]
            seen_guids.update(n.guid for n in fresh)
            if not fresh:
                continue
            deck = genanki.Deck(deck_id_for(f"{name}::{subdeck}"), f"{name}::{subdeck}")
            for note in fresh:
                deck.add_note(note)
            decks.append(deck)

    notes = [n for d in decks for n in d.notes]
    by_model = {m.name: 0 for m in MODELS}
    for note in notes:
        by_model[note.model.name] += 1
    media = recordings.files() if recordings else []
    _write_package(genanki.Package(decks), path, stamp, media)
    return DeckStats(
        notes=len(notes),
        cards=sum(len(n.cards) for n in notes),
        notes_by_model=by_model,
        decks=tuple(d.name for d in decks),
        skipped=skipped,
        timestamp=stamp,
        media=len(media),
    )
