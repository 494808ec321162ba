"""The Anki package: one .apkg holding vocabulary, fact and cloze notes for one or more articles.

A learner keeps an Anki collection for years and re-imports our decks whenever an article is
rebuilt (a better gloss, a fixed reading). Anki matches an incoming note to the one it already
has by the note's GUID and its note type's id, and replaces the fields only when the incoming
note is newer. So everything here is built for identity that lasts:

* note types have fixed, hard-coded ids and a version in their name ("studygen Vocabulary v1").
  Changing a type's fields or templates makes Anki fork it into a new type on import, and the
  learner's old notes stop updating: such a change needs a new id and a new "v2" name;
* a note's GUID hashes the article id, the note's kind and one stable key (the lemma for a word,
  the question id for a question), never the fields: a corrected gloss updates the note in place
  and its review history stays;
* each build is stamped one whole second newer than the previous one (see :func:`next_stamp`),
  because genanki stamps whole seconds and Anki drops an update that is not strictly newer.

Every string that comes from the article (title, sentences, terms, answers, choices, glosses) is
HTML-escaped before it goes into a field: a headline such as ``<b>速報</b>`` or a place written
``<ワシントン>`` must show as text, never as markup. The characters Anki itself parses inside
fields are neutralised too: ``[`` ``]`` (the furigana filter would read ``米[べい]`` as a reading)
and ``{`` ``}`` (``{{c1::`` in a Text field would make a cloze).

    >>> from studygen.options import Options
    >>> stats = write_deck([study_set], Path("out.apkg"), Options())   # doctest: +SKIP
    >>> stats.notes, stats.cards                                        # doctest: +SKIP
    (11, 15)
"""

from __future__ import annotations

import hashlib
import html
import itertools
import math
import re
import sqlite3
import tempfile
import threading
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import genanki

from ..accent import accent_html
from ..domains import domain_tag
from ..furigana import has_kanji, split_reading, to_anki, to_ruby_html
from ..model import Article, Question, Recordings, Sentence, StudySet, Term
from ..options import Options

__all__ = [
    "CLOZE_MODEL",
    "CLOZE_MODEL_ID",
    "FACT_MODEL",
    "FACT_MODEL_ID",
    "VOCAB_MODEL",
    "VOCAB_MODEL_ID",
    "DeckStats",
    "article_deck_name",
    "deck_id_for",
    "next_stamp",
    "vocabulary_note",
    "write_deck",
]

# Fixed for ever: Anki recognises a note type by this id. A change to the fields or templates of a
# type needs a new id and a new version in its name, or learners' notes stop updating.
# "studygen Vocabulary v1" (1_738_290_411) had no Accent, Audio and SentenceAudio fields.
VOCAB_MODEL_ID = 1_738_290_451
FACT_MODEL_ID = 1_738_290_427
CLOZE_MODEL_ID = 1_738_290_433

VOCAB_SUBDECK = "語彙"  # vocabulary
CONTENT_SUBDECK = "内容"  # facts and cloze: what the article says
UNDATED = "undated"
GAP = "＿＿"  # full-width low lines: the same width as the kanji they stand for

# Question kinds that never become a card: a discussion prompt has no answer to check.
SKIPPED_KINDS = frozenset({"discussion"})

# Japanese-specific design choices:
# - lang="ja" on every card: without it a phone with a Chinese or English system language draws
#   Chinese glyph forms for unified Han characters (直, 骨, 海 look wrong to a Japanese reader).
# - the font stack lists a Japanese font for each platform before the generic family.
# - line-break: strict keeps small kana (ゃ, っ) and 、。 from starting a line (kinsoku shori).
# - no @import, url(), web fonts or <script>: cards must work offline and leak nothing.
CARD_CSS = """\
.card {
  font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP",
    "Yu Gothic", "YuGothic", "Meiryo", sans-serif;
  font-size: 20px;
  line-height: 1.7;
  text-align: center;
  color: #1f2328;
  background-color: #fbfaf7;
  line-break: strict;
  overflow-wrap: anywhere;
}
.sg { max-width: 36em; margin: 0 auto; padding: 0.5em 0.75em; }
.sg-term { font-size: 2.4em; line-height: 1.5; margin: 0.3em 0; }
.sg-prompt, .sg-question { font-size: 1.2em; margin: 0.4em 0; }
.sg-meaning, .sg-answer { font-size: 1.2em; font-weight: bold; margin: 0.4em 0; }
.sg-gloss-note { display: block; font-size: 0.75em; font-weight: normal; color: #59636e; }
.sg-pos, .sg-level { font-size: 0.8em; color: #59636e; }
.sg-sentence, .sg-explanation, .sg-extra, .sg-cloze { text-align: left; margin: 0.6em 0; }
.sg-sentence b, .cloze { color: #0b6e4f; font-weight: bold; }
.sg-choices { text-align: left; display: inline-block; margin: 0.4em auto; }
.sg-choices ol { margin: 0; padding-left: 1.6em; }
.sg-choices li { margin: 0.2em 0; }
.sg-notes {
  text-align: left; margin-top: 0.8em; padding: 0.4em 0.6em; border-left: 3px solid #d0d7de;
}
.sg-source { margin-top: 1.6em; font-size: 0.7em; color: #6e7781; text-align: center; }
ruby rt { font-size: 0.55em; color: inherit; }
.sg-accent { font-size: 1.1em; margin: 0.1em 0 0.3em; letter-spacing: 0.05em; }
/* Pitch accent: a line over the high morae and a hook down after the kernel (は￣し＼). */
.sg-pitch .sg-h, .sg-pitch .sg-l { display: inline-block; padding: 0 0.02em; line-height: 1.5; }
.sg-pitch .sg-h { border-top: 2px solid currentColor; }
.sg-pitch .sg-drop { border-right: 2px solid currentColor; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 0.8em 0; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e6edf3;
  background-color: #1c1f24;
}
.nightMode .sg-sentence b, .night_mode .sg-sentence b, .nightMode .cloze, .night_mode .cloze {
  color: #7ee2b8;
}
.nightMode .sg-pos, .night_mode .sg-pos, .nightMode .sg-level, .night_mode .sg-level,
.nightMode .sg-gloss-note, .night_mode .sg-gloss-note,
.nightMode .sg-source, .night_mode .sg-source { color: #9aa4ae; }
.nightMode hr#answer, .night_mode hr#answer, .nightMode .sg-notes, .night_mode .sg-notes {
  border-color: #3d444d;
}
@media (max-width: 480px) {
  .card { font-size: 18px; }
  .sg { padding: 0.3em 0.4em; }
  .sg-term { font-size: 2em; }
}
"""

_SENTENCE_WITH_FURIGANA = (
    '<div class="sg-sentence">{{#SentenceFurigana}}{{furigana:SentenceFurigana}}'
    "{{/SentenceFurigana}}{{^SentenceFurigana}}{{Sentence}}{{/SentenceFurigana}}</div>"
)
_VOCAB_SOURCE = (
    '<div class="sg-source">{{Source}}'
    '{{#Level}} <span class="sg-level">· {{Level}}</span>{{/Level}}</div>'
)

_ACCENT_AND_AUDIO = (
    '{{#Accent}}<div class="sg-accent">{{Accent}}</div>{{/Accent}}'
    '{{#Audio}}<div class="sg-audio">{{Audio}}</div>{{/Audio}}'
)
_SENTENCE_AUDIO = '{{#SentenceAudio}}<div class="sg-audio">{{SentenceAudio}}</div>{{/SentenceAudio}}'

# Recognition shows the word alone: a reading on the front would answer the card, and so would
# its sound: the audio plays on the back.
_RECOGNITION_FRONT = '<div class="sg" lang="ja"><div class="sg-term">{{Term}}</div></div>'
_RECOGNITION_BACK = (
    '<div class="sg" lang="ja"><div class="sg-term">{{furigana:Furigana}}</div>'
    + _ACCENT_AND_AUDIO
    + '<hr id="answer">'
    '<div class="sg-meaning">{{Meaning}}</div>'
    '{{#PartOfSpeech}}<div class="sg-pos">{{PartOfSpeech}}</div>{{/PartOfSpeech}}'
    + _SENTENCE_WITH_FURIGANA
    + _SENTENCE_AUDIO
    + '{{#Notes}}<div class="sg-notes">{{Notes}}</div>{{/Notes}}'
    + _VOCAB_SOURCE
    + "</div>"
)
# Production: from the meaning and the sentence with a gap, recall the word.
_PRODUCTION_FRONT = (
    '<div class="sg" lang="ja"><div class="sg-prompt">{{Meaning}}</div>'
    '{{#SentenceGap}}<div class="sg-sentence">{{SentenceGap}}</div>{{/SentenceGap}}</div>'
)
_PRODUCTION_BACK = (
    '{{FrontSide}}<div class="sg" lang="ja"><hr id="answer">'
    '<div class="sg-term">{{furigana:Furigana}}</div>'
    + _ACCENT_AND_AUDIO
    + _SENTENCE_WITH_FURIGANA
    + _SENTENCE_AUDIO
    + '{{#Notes}}<div class="sg-notes">{{Notes}}</div>{{/Notes}}'
    + _VOCAB_SOURCE
    + "</div>"
)

VOCAB_FIELDS = (
    "Term", "Reading", "Furigana", "Meaning", "PartOfSpeech", "Sentence", "SentenceFurigana",
    "SentenceGap", "Level", "Source", "Notes", "Accent", "Audio", "SentenceAudio",
)
FACT_FIELDS = ("Question", "Choices", "Answer", "Explanation", "Source")
CLOZE_FIELDS = ("Text", "Extra", "Source")

VOCAB_MODEL = genanki.Model(
    VOCAB_MODEL_ID,
    "studygen Vocabulary v2",
    fields=[{"name": name} for name in VOCAB_FIELDS],
    templates=[
        {"name": "Recognition", "qfmt": _RECOGNITION_FRONT, "afmt": _RECOGNITION_BACK},
        {"name": "Production", "qfmt": _PRODUCTION_FRONT, "afmt": _PRODUCTION_BACK},
    ],
    css=CARD_CSS,
)

FACT_MODEL = genanki.Model(
    FACT_MODEL_ID,
    "studygen Facts v1",
    fields=[{"name": name} for name in FACT_FIELDS],
    templates=[{
        "name": "Question",
        "qfmt": (
            '<div class="sg" lang="ja"><div class="sg-question">{{Question}}</div>'
            '{{#Choices}}<div class="sg-choices">{{Choices}}</div>{{/Choices}}</div>'
        ),
        "afmt": (
            '{{FrontSide}}<div class="sg" lang="ja"><hr id="answer">'
            '<div class="sg-answer">{{Answer}}</div>'
            '{{#Explanation}}<div class="sg-explanation">{{Explanation}}</div>{{/Explanation}}'
            '<div class="sg-source">{{Source}}</div></div>'
        ),
    }],
    css=CARD_CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "studygen Cloze v1",
    fields=[{"name": name} for name in CLOZE_FIELDS],
    templates=[{
        "name": "Cloze",
        "qfmt": '<div class="sg" lang="ja"><div class="sg-cloze">{{cloze:Text}}</div></div>',
        "afmt": (
            '<div class="sg" lang="ja"><div class="sg-cloze">{{cloze:Text}}</div>'
            '<hr id="answer">{{#Extra}}<div class="sg-extra">{{Extra}}</div>{{/Extra}}'
            '<div class="sg-source">{{Source}}</div></div>'
        ),
    }],
    css=CARD_CSS,
    model_type=genanki.Model.CLOZE,
)

MODELS = (VOCAB_MODEL, FACT_MODEL, CLOZE_MODEL)


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


# --- escaping ----------------------------------------------------------------------------------

# Characters Anki parses inside fields, as numeric references that render identically:
# [ ] would be read as furigana by {{furigana:}}, { } as cloze markers in a cloze Text field.
_ANKI_SYNTAX = str.maketrans({"[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;"})
# \x1f separates fields in Anki's database; other C0 controls are never wanted in a card.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()


def _escape(value: str) -> str:
    return html.escape(value).translate(_ANKI_SYNTAX)


def _text(value: str) -> str:
    """Article text as field HTML: escaped, and inert for Anki's furigana and cloze syntax."""
    return _escape(_clean(value))


def _furigana_text(value: str) -> str:
    """A value in Anki's bracket syntax (見送[みおく]る): escaped, brackets kept for the filter."""
    return html.escape(_clean(value)).translate(str.maketrans({"{": "&#123;", "}": "&#125;"}))


def _tag(value: str) -> str:
    # Anki splits tags on whitespace: 日米 首脳 would become two tags.
    return _WHITESPACE.sub("_", _CONTROL.sub("", value.strip())) or "_"


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
    return _clean(value).replace("::", "：").strip(": ")


def article_deck_name(article: Article, options: Options) -> str:
    """``<parent>::<YYYY-MM-DD or undated> <title>``, e.g. ``時事::2026-03-14 日米首脳会談``.

    Deck names are plain text, not HTML: Anki escapes them when it shows them, so they are not
    escaped here (that would show ``&lt;`` in the deck list).
    """
    title = _deck_component(article.title) or article.id
    leaf = f"{_deck_component(article.published or '') or UNDATED} {title}"[:120].strip()
    parent = "::".join(
        part for part in (_clean(p) for p in options.parent_deck.split("::")) if part
    )
    return f"{parent}::{leaf}" if parent else leaf


# --- fields ------------------------------------------------------------------------------------


def _sentence(article: Article, index: int) -> Sentence | None:
    return next((s for s in article.sentences if s.index == index), None)


def _source_html(article: Article) -> str:
    """Title, source and date for the foot of a card.

    A URL is kept; a local file path keeps only its file name: decks get shared, and a path such
    as /home/<user>/... says nothing useful to another learner.
    """
    source = _clean(article.source_label)
    parts = [f'<span class="sg-title">{_text(article.title)}</span>']
    parts += [_text(p) for p in (source, article.published or "") if p]
    return " · ".join(parts)


def _mark_term(text: str, surface: str, marked: str) -> str | None:
    """Escape ``text`` with ``marked`` (HTML) where ``surface`` stands; None if it is absent."""
    text = _clean(text)
    if not surface or surface not in text:
        return None
    return marked.join(_escape(piece) for piece in text.split(surface))  # pieces keep their spaces


def _surface_furigana(term: Term) -> str | None:
    """The surface form in bracket syntax, from the lemma's reading.

    Readings are known for the lemma only (見送る みおくる); the surface in the sentence is often
    inflected (見送られ). The kanji the two share carry the lemma's reading and the inflected
    kana follow: 見送られ -> ``見送[みおく]られ``. None when that cannot be done safely.
    """
    surface, lemma = term.term, term.lemma
    if not has_kanji(surface):
        return None
    if surface == lemma and term.furigana:
        return term.furigana
    if surface == lemma:
        return to_anki(lemma, term.reading)
    if lemma.endswith("来る") and term.reading.endswith("くる"):
        return None  # 来る is irregular: 来(き)た, 来(こ)ない, 来(く)れば; the lemma's く misleads
    shared = 0
    while shared < min(len(surface), len(lemma)) and surface[shared] == lemma[shared]:
        shared += 1
    base, reading, used = "", "", 0
    for text, rd in split_reading(lemma, term.reading):
        if used + len(text) > shared:
            break
        base, reading, used = base + text, reading + (rd or text), used + len(text)
    rest = surface[used:]
    if not base or has_kanji(rest):
        return None  # the inflection cuts through a kanji's reading: guessing would mislead
    return to_anki(base, reading) + rest


def _sound(path: str | None) -> str:
    # Anki's sound tag names a file of the package's media by its name alone.
    return f"[sound:{Path(path).name}]" if path else ""


def _vocab_fields(term: Term, article: Article, source: str,
                  recordings: Recordings | None = None) -> list[str]:
    sentence = _sentence(article, term.sentence_index)
    text = sentence.text if sentence else ""
    surface = term.term or term.lemma
    highlighted = _mark_term(text, surface, f"<b>{_text(surface)}</b>")
    gap = _mark_term(text, surface, f"<b>{GAP}</b>")
    furigana_surface = _surface_furigana(term)
    with_furigana = (
        _mark_term(text, surface, f"<b>{_furigana_text(furigana_surface)}</b>")
        if furigana_surface else None
    )
    meaning = _text("; ".join(g for g in term.glosses if g.strip()))
    if term.gloss_note.strip():
        meaning += f'<span class="sg-gloss-note">{_text(term.gloss_note_shown)}</span>'
    furigana = term.furigana or to_anki(term.lemma, term.reading)
    return [
        _text(term.lemma or surface),
        _text(term.reading),
        _furigana_text(furigana),
        meaning,
        _text(term.pos),
        highlighted if highlighted is not None else _text(text),
        with_furigana or "",
        gap or "",
        _text(term.level),
        source,
        "",  # Notes: the learner's own field
        accent_html(term.reading, term.accent),  # built from escaped kana
        _sound(recordings.words.get((term.lemma, term.reading))) if recordings else "",
        _sound(recordings.sentences.get(text.strip())) if recordings and text else "",
    ]


def _choices_html(question: Question) -> str:
    choices = question.choices
    if not choices and question.kind == "true_false" and question.answer in ("○", "×"):
        choices = ("○", "×")
    if not choices:
        return ""
    items = "".join(f"<li>{_text(c)}</li>" for c in choices)
    return f'<ol class="sg-choice-list">{items}</ol>'


def _fact_fields(question: Question, source: str) -> list[str]:
    return [
        _text(question.prompt),
        _choices_html(question),
        _text(question.answer),
        _text(question.explanation),
        source,
    ]


# The gap a cloze prompt carries (両首脳は（　　　）の…), full- or half-width parentheses.
_PROMPT_GAP = re.compile(r"[（(][\s　＿_]*[）)]")


def _cloze_fields(
    question: Question, article: Article, terms: dict[str, Term], source: str,
) -> list[str] | None:
    """A cloze Text with the answer as ``{{c1::…}}``, or None if the answer cannot be placed.

    ":" inside the deletion is a numeric reference: ``{{c1::12:30}}`` would read "30" as a hint.
    """
    answer = _clean(question.answer)
    if not answer:
        return None
    deletion = "{{c1::" + _text(answer).replace(":", "&#58;") + "}}"
    sentence = _sentence(article, question.sentence_index)
    text = _mark_term(sentence.text, answer, deletion) if sentence else None
    if text is None and _PROMPT_GAP.search(question.prompt):
        before, after = _PROMPT_GAP.split(question.prompt, maxsplit=1)
        text = _text(before) + deletion + _text(after)
    if text is None:
        return None
    term = terms.get(question.term_id or "")
    if term is not None:
        extra = to_ruby_html(term.lemma, term.reading)
        glosses = "; ".join(g for g in term.glosses if g.strip())
        if glosses:
            extra += f": {_text(glosses)}"
    else:
        extra = _text(question.explanation)
    return [text, extra, source]


# --- notes and package -------------------------------------------------------------------------


def vocabulary_note(term: Term, study_set: StudySet, recordings: Recordings | None = None,
                    *, due: int = 0, extra_tags: Sequence[str] = ()) -> genanki.Note:
    """The vocabulary note of ``term`` in its article's deck. Its GUID hashes the article id and
    the lemma, so the glossary's deck (export/glossary.py) makes the very same note."""
    article = study_set.article
    level_tag = [_tag(f"level::{term.level}")] if term.level else []
    return genanki.Note(
        model=VOCAB_MODEL,
        fields=_vocab_fields(term, article, _source_html(article), recordings),
        guid=genanki.guid_for(article.id, "vocabulary", term.lemma or term.term),
        tags=[_tag(f"studygen::article::{article.id}"), "kind::vocabulary", *level_tag,
              *(domain_tag(d) for d in term.domains), *extra_tags],
        due=due,
    )


def _notes_for(
    study_set: StudySet, options: Options, recordings: Recordings | None = None,
) -> tuple[list[genanki.Note], list[genanki.Note], int]:
    """Vocabulary notes and content (facts, cloze) notes for one article, and the skipped count."""
    article = study_set.article
    source = _source_html(article)
    article_tag = _tag(f"studygen::article::{article.id}")
    terms = {t.id: t for t in study_set.vocabulary}

    vocab: list[genanki.Note] = []
    seen_lemmas: set[str] = set()
    for term in study_set.vocabulary:
        key = term.lemma or term.term
        if not key or key in seen_lemmas:
            continue  # one note per lemma: the GUID is keyed on it
        seen_lemmas.add(key)
        vocab.append(vocabulary_note(term, study_set, recordings, due=len(vocab)))

    content: list[genanki.Note] = []
    skipped = 0
    for question in study_set.questions:
        if question.kind in SKIPPED_KINDS or not question.prompt.strip():
            continue
        term = terms.get(question.term_id or "")
        level = term.level if term is not None else options.level
        tags = [article_tag, _tag(f"kind::{question.kind}")]
        if level:
            tags.append(_tag(f"level::{level}"))
        if question.kind == "cloze":
            fields = _cloze_fields(question, article, terms, source)
            if fields is None:
                skipped += 1
                continue
            model = CLOZE_MODEL
        else:
            fields, model = _fact_fields(question, source), FACT_MODEL
        content.append(genanki.Note(
            model=model,
            fields=fields,
            guid=genanki.guid_for(article.id, question.kind, question.id),
            tags=tags,
            due=len(content),
        ))
    return vocab, content, skipped


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
        vocab, content, article_skipped = _notes_for(study_set, options, recordings)
        skipped += article_skipped
        parent = genanki.Deck(deck_id_for(name), name, description=_source_html(article))
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
