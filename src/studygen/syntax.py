"""Syntax: GiNZA's dependency parse of the sentences that questions draw on.

fugashi + UniDic stays the source of readings and words; GiNZA (spaCy + SudachiPy) gives what
UniDic cannot: bunsetsu and which phrase depends on which. A question made from a parse keeps a
functional expression whole (新型肺炎について is one bunsetsu, so it never becomes 「…についたか」)
and knows a date that modifies a noun (制度が始まる2027年度) from one that dates the story.

The model is loaded once per process, on first use (about 2 s and 300 MB), and only when
questions are built; batch workers keep it. Only the sentences a question may come from are
parsed, and a sentence past :data:`MAX_PARSE_CHARS` is not: no question is drafted from it, so no
input shape makes the parser's cost grow faster than the text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from .model import Parse, Sentence, Word

MODEL = "ja_ginza"
# A sentence longer than this asks too much of a reader as a question anyway (a pasted PDF page
# without 。 is one "sentence"): it is left out of question drafting.
MAX_PARSE_CHARS = 200

_lock = threading.Lock()
_nlp = None


def _model():
    """The spaCy pipeline, loaded once (thread-safe). Its NER is left out: its labels are uneven
    on news (a region labelled Earthquake) and names come from :mod:`studygen.names`.

    The vocabulary's string table (strings.json, 17 MB) is not loaded either: reading it took
    0.9 of the model's 1.3 s, and nothing needs it, since words are looked up in the vectors by
    the hash of their text. Parses with and without it were identical on 1,515 corpus sentences
    (tests/test_syntax.py keeps a smaller check)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load(MODEL, exclude=["ner", "strings"])
    return _nlp


def load() -> None:
    """Load the parser now (a batch worker does it once before its first article)."""
    _model()



def is_loaded() -> bool:
    return _nlp is not None


def parse(sentences: Iterable[Sentence]) -> dict[int, Parse]:
    """Parse each sentence (by index) that is short enough; others are left out.

    >>> from studygen.model import Sentence
    >>> p = parse([Sentence(0, 1, "政府は新型肺炎について対策を検討した。")])[0]
    >>> [w.text for w in p.words if w.dep == "obj"]
    ['対策']
    """
    todo = [s for s in sentences if 0 < len(s.text) <= MAX_PARSE_CHARS]
    if not todo:
        return {}
    import ginza

    nlp = _model()
    out: dict[int, Parse] = {}
    for s, doc in zip(todo, nlp.pipe(s.text for s in todo), strict=True):
        labels = ginza.bunsetu_bi_labels(doc)
        words: list[Word] = []
        bunsetsu = -1
        for t, label in zip(doc, labels, strict=True):
            if label == "B" or bunsetsu < 0:
                bunsetsu += 1
            words.append(Word(t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.idx, bunsetsu,
                              ginza.inflection(t)))
        out[s.index] = Parse(s.index, s.text, tuple(words))
    return out
