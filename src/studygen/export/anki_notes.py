"""The notes of an article's deck: a vocabulary note per word, a fact or cloze note per question.

A note's GUID hashes the article id, the note's kind and one stable key (the lemma for a word,
the question id for a question), never the fields: when an article is rebuilt with a corrected
gloss, Anki matches the new note to the old one and updates it in place, and its review
history stays.

Every string that comes from the article (title, sentences, terms, answers, choices, glosses) is
HTML-escaped before it goes into a field: a headline such as ``<b>速報</b>`` or a place written
``<ワシントン>`` must show as text, never as markup. The characters Anki itself parses inside
fields are neutralised too: ``[`` ``]`` (the furigana filter would read ``米[べい]`` as a reading)
and ``{`` ``}`` (``{{c1::`` in a Text field would make a cloze).

The note types are in :mod:`studygen.export.anki_models`; the package is written by
:mod:`studygen.export.anki`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path

import genanki

from ..accent import accent_html
from ..domains import domain_tag
from ..furigana import has_kanji, split_reading, to_anki, to_ruby_html
from ..model import Article, Question, Recordings, Sentence, StudySet, Term
from ..options import Options
from .anki_models import CLOZE_MODEL, FACT_MODEL, VOCAB_MODEL

__all__ = ["clean", "notes_for", "source_html", "vocabulary_note"]

GAP = "＿＿"  # full-width low lines: the same width as the kanji they stand for

# Question kinds that never become a card: a discussion prompt has no answer to check.
SKIPPED_KINDS = frozenset({"discussion"})


# --- escaping ----------------------------------------------------------------------------------

# Characters Anki parses inside fields, as numeric references that render identically:
# [ ] would be read as furigana by {{furigana:}}, { } as cloze markers in a cloze Text field.
_ANKI_SYNTAX = str.maketrans({"[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;"})
# \x1f separates fields in Anki's database; other C0 controls are never wanted in a card.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Text for a field, a tag or a deck name: no control characters (``\\x1f`` separates
    fields in Anki's database), each run of whitespace one space, none at the ends.

    >>> clean(" 日米\\n首脳\\x1f会談 ")
    '日米 首脳会談'
    """
    return _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()


def _escape(value: str) -> str:
    return html.escape(value).translate(_ANKI_SYNTAX)


def _text(value: str) -> str:
    """Article text as field HTML: escaped, and inert for Anki's furigana and cloze syntax."""
    return _escape(clean(value))


def _furigana_text(value: str) -> str:
    """A value in Anki's bracket syntax (見送[みおく]る): escaped, brackets kept for the filter."""
    return html.escape(clean(value)).translate(str.maketrans({"{": "&#123;", "}": "&#125;"}))


def _tag(value: str) -> str:
    # Anki splits tags on whitespace: 日米 首脳 would become two tags.
    return _WHITESPACE.sub("_", _CONTROL.sub("", value.strip())) or "_"


# --- fields ------------------------------------------------------------------------------------


def _sentence(article: Article, index: int) -> Sentence | None:
    return next((s for s in article.sentences if s.index == index), None)


def source_html(article: Article) -> str:
    """Title, source and date for the foot of a card.

    A URL is kept; a local file path keeps only its file name: decks get shared, and a path such
    as /home/<user>/... says nothing useful to another learner.
    """
    source = clean(article.source_label)
    parts = [f'<span class="sg-title">{_text(article.title)}</span>']
    parts += [_text(p) for p in (source, article.published or "") if p]
    return " · ".join(parts)


def _mark_term(text: str, surface: str, marked: str) -> str | None:
    """Escape ``text`` with ``marked`` (HTML) where ``surface`` stands; None if it is absent."""
    text = clean(text)
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
    answer = clean(question.answer)
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


# --- notes -------------------------------------------------------------------------------------


def vocabulary_note(term: Term, study_set: StudySet, recordings: Recordings | None = None,
                    *, due: int = 0, extra_tags: Sequence[str] = ()) -> genanki.Note:
    """The vocabulary note of ``term`` in its article's deck. Its GUID hashes the article id and
    the lemma, so the glossary's deck (export/glossary.py) makes the very same note."""
    article = study_set.article
    level_tag = [_tag(f"level::{term.level}")] if term.level else []
    return genanki.Note(
        model=VOCAB_MODEL,
        fields=_vocab_fields(term, article, source_html(article), recordings),
        guid=genanki.guid_for(article.id, "vocabulary", term.lemma or term.term),
        tags=[_tag(f"studygen::article::{article.id}"), "kind::vocabulary", *level_tag,
              *(domain_tag(d) for d in term.domains), *extra_tags],
        due=due,
    )


def notes_for(
    study_set: StudySet, options: Options, recordings: Recordings | None = None,
) -> tuple[list[genanki.Note], list[genanki.Note], int]:
    """Vocabulary notes and content (facts, cloze) notes for one article, and the skipped count."""
    article = study_set.article
    source = source_html(article)
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

