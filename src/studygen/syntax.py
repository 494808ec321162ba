"""Syntax: GiNZA's dependency parse of the sentences that questions draw on.

fugashi + UniDic stays the source of readings and words; GiNZA (spaCy + SudachiPy) gives what
UniDic cannot: bunsetsu and which phrase depends on which. A question made from a parse keeps a
functional expression whole (新型肺炎について is one bunsetsu, so it never becomes 「…についたか」)
and knows a date that modifies a noun (制度が始まる2027年度) from one that dates the story.

The model is loaded once per process, on first use (about 1 s and 300 MB), and only when
questions are built; batch workers keep it. Only the sentences a question may come from are
parsed, and a sentence past :data:`MAX_PARSE_CHARS` is not: no question is drafted from it, so no
input shape makes the parser's cost grow faster than the text.

A build can start the parser early in a helper process (:func:`start_helper`): it loads spaCy on
the second core while this process reads the article and looks up its words, and answers
:func:`parse` over a pipe (``python -m studygen.syntax`` is that helper). The build sends the
sentences as soon as it knows them (:func:`parse_ahead`) and looks up the accents while they are
parsed. Without a helper, or if it fails, the model loads here.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from array import array
from collections.abc import Callable, Iterable, Mapping

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
    (tests/test_syntax.py keeps a smaller check). Nor is the attribute ruler, which ja_ginza's
    config disables (it never runs): 0.05 s less."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                if os.environ.get("STUDYGEN_PARSER") == "inprocess":
                    _import_spacy_without_its_cli()  # a batch worker: it only parses
                import spacy

                nlp = spacy.load(MODEL, exclude=["ner", "strings", "attribute_ruler"])
                _compact_vectors(nlp.vocab.vectors)
                _nlp = nlp
    return _nlp


class _KeyRows(Mapping):
    """The vector table's key2row (a word's hash -> its row) in two sorted arrays, 6 MB, where
    spaCy keeps a Python dict of 480,443 ints, 54 MB: ja_ginza maps that many words onto 20,000
    vectors, and every worker holds the table. Read-only, as parsing needs it; a lookup is a
    binary search (spaCy looks up each token once a parse). Built with numpy in about 0.1 s (a
    sort of the pairs in Python took 0.7 s of a cold build)."""

    def __init__(self, key2row: dict[int, int]) -> None:
        import numpy

        keys = numpy.fromiter(key2row.keys(), dtype=numpy.uint64, count=len(key2row))
        rows = numpy.fromiter(key2row.values(), dtype=numpy.int32, count=len(key2row))
        order = numpy.argsort(keys, kind="stable")
        self._keys, self._rows = keys[order], rows[order]
        self._uint = numpy.uint64

    def __getitem__(self, key: int) -> int:
        try:
            k = self._uint(key)
        except (TypeError, ValueError, OverflowError):
            raise KeyError(key) from None
        i = int(self._keys.searchsorted(k))
        if i < len(self._keys) and self._keys[i] == k:
            return int(self._rows[i])
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __iter__(self):
        return (int(k) for k in self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _compact_vectors(vectors) -> None:
    """Swap the loaded table's key2row dict for :class:`_KeyRows`; the dict is freed. (Mapping
    the 24 MB of vectors from their file instead saved 3 MB: an article's words touch nearly
    every row.)"""
    key2row = getattr(vectors, "key2row", None)
    if isinstance(key2row, dict) and key2row:
        vectors.key2row = _KeyRows(key2row)


def load() -> None:
    """Load the parser now (a batch worker does it once before its first article)."""
    _model()



def is_loaded() -> bool:
    return _nlp is not None


_helper: subprocess.Popen | None = None
_helper_lock = threading.Lock()


def start_helper() -> None:
    """Start loading the parser in a helper process (once per process; a no-op when the model is
    already loaded here, or when ``STUDYGEN_PARSER=inprocess``).

    Batch workers (``--jobs``, the local Dask cluster) set ``STUDYGEN_PARSER=inprocess``: they
    have no idle core to lend a helper, since the other workers take them. A worker and its
    helper held about 845 MB resident between them on the 11 test articles with ``--jobs 2``;
    parsing in the worker, 740 MB, in the same wall time (12.0 s against 12.1 s, 2026-12-05)."""
    global _helper
    if _nlp is not None or _helper is not None or os.environ.get("STUDYGEN_PARSER") == "inprocess":
        return
    try:
        _helper = subprocess.Popen([sys.executable, "-m", "studygen.syntax"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                   encoding="utf-8", bufsize=1)
    except OSError:
        _helper = None
        return
    atexit.register(stop_helper)


def stop_helper() -> None:
    """End the helper process (its stdin closes, it exits); called at exit."""
    global _helper, _in_flight
    helper, _helper, _in_flight = _helper, None, None
    if helper is None:
        return
    try:
        helper.stdin.close()
        helper.wait(timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        helper.kill()


class _Request:
    """Sentences sent to the helper, and the words of each once its answer was read."""

    __slots__ = ("helper", "rows", "todo")

    def __init__(self, helper: subprocess.Popen, todo: list[Sentence]) -> None:
        self.helper, self.todo = helper, todo
        self.rows: list | None = None

    def read_answer(self) -> None:
        answer = json.loads(self.helper.stdout.readline())  # "" when the helper died: ValueError
        rows = answer["parses"]
        if len(rows) != len(self.todo):
            raise ValueError("the helper answered for other sentences")
        _remember(answer["vectors"])
        self.rows = rows


# The request whose answer is still on the pipe. One at a time: a request left unread (its
# build failed in between) has its answer read before the next is sent, so answers never cross.
_in_flight: _Request | None = None


def _send(todo: list[Sentence], words: list[str]) -> _Request | None:
    global _in_flight
    helper = _helper
    if helper is None:
        return None
    try:
        with _helper_lock:
            if _in_flight is not None and _in_flight.helper is helper and _in_flight.rows is None:
                _in_flight.read_answer()
            helper.stdin.write(json.dumps({"sentences": [s.text for s in todo], "words": words},
                                          ensure_ascii=False) + "\n")
            helper.stdin.flush()
            _in_flight = request = _Request(helper, todo)
    except (OSError, ValueError):
        stop_helper()  # a helper that died or answered nonsense: parse here from now on
        return None
    return request


def _receive(request: _Request) -> dict[int, Parse] | None:
    try:
        with _helper_lock:
            if request.rows is None:
                if request.helper is not _helper:  # stopped meanwhile (a time limit)
                    return None
                request.read_answer()
    except (OSError, ValueError):
        stop_helper()
        return None
    return {s.index: Parse(s.index, s.text, tuple(Word(*w) for w in words))
            for s, words in zip(request.todo, request.rows, strict=True)}


def _import_spacy_without_its_cli() -> None:
    """``import spacy`` imports its command line too (``spacy.cli``: typer, requests, weasel, some
    360 modules, 0.23 s of the import's 0.8 s) for one name, ``spacy.info``, that parsing never
    uses. The helper, which only parses, gives spaCy an empty ``spacy.cli`` instead; a spaCy
    that needs more of it gets the real one."""
    import types

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package with nothing in it
    info = types.ModuleType("spacy.cli.info")
    info.info = cli.info = lambda *args, **kwargs: None
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy  # noqa: F401
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy  # noqa: F401


def _serve() -> None:
    """The helper's loop: a JSON object of sentences and words a line in, the sentences' parses
    and the words' vectors out, until its standard input closes (:func:`stop_helper`)."""
    _import_spacy_without_its_cli()
    _model()
    for line in sys.stdin:
        request = json.loads(line)
        texts = request["sentences"]
        parses = [[list(_word_fields(w)) for w in p.words]
                  for p in _parse_here([Sentence(i, 0, t) for i, t in enumerate(texts)]).values()]
        out = {"parses": parses, "vectors": _vectors_here(request["words"])}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    # Gone at once, without freeing spaCy's objects one by one: that teardown took 0.3-0.7 s, and
    # the build's own exit waits for this process. Every answer was flushed already.
    os._exit(0)


def _word_fields(w: Word) -> tuple:
    return (w.i, w.text, w.lemma, w.pos, w.tag, w.dep, w.head, w.start, w.bunsetsu, w.inflection)


def parse(sentences: Iterable[Sentence]) -> dict[int, Parse]:
    """Parse each sentence (by index) that is short enough; others are left out.

    >>> from studygen.model import Sentence
    >>> p = parse([Sentence(0, 1, "政府は新型肺炎について対策を検討した。")])[0]
    >>> [w.text for w in p.words if w.dep == "obj"]
    ['対策']
    """
    return parse_ahead(sentences)()


def parse_ahead(sentences: Iterable[Sentence], words: Iterable[str] = ()) -> Callable[[], dict[int, Parse]]:
    """:func:`parse`, asked now and read later: the sentences go to the helper at once and the
    function returned waits for their parses (or parses here, without a helper). A build asks as
    soon as it knows which sentences its questions may come from, and looks up the accents while
    the helper parses.

    >>> from studygen.model import Sentence
    >>> parsed = parse_ahead([Sentence(0, 1, "首相が会見した。")])
    >>> [w.text for w in parsed()[0].words]
    ['首相', 'が', '会見', 'し', 'た', '。']
    """
    todo = [s for s in sentences if 0 < len(s.text) <= MAX_PARSE_CHARS]
    wanted = [w for w in dict.fromkeys(words) if w not in _VECTORS]
    request = _send(todo, wanted) if todo and _nlp is None else None

    def parsed() -> dict[int, Parse]:
        if not todo:
            return {}
        done = _receive(request) if request is not None else None
        if done is None:
            done = _parse_here(todo)
            _remember(_vectors_here(wanted))
        return done

    return parsed


# Word vectors of the words a build asked about (:func:`parse_ahead`'s ``words``), unit length,
# by word, as 4-byte floats (1.2 KB a word; Python floats would take 10 KB); a batch keeps them
# across articles, up to a bound (20,000 words, about 24 MB).
_VECTORS: dict[str, array] = {}
_MAX_VECTORS = 20_000


def _vectors_here(words: list[str]) -> dict[str, list[float]]:
    """The model's vector of each word (the mean of its tokens'), unit length and rounded, so that
    the helper and this process give the same numbers; words it has no vector for are left out."""
    if not words:
        return {}
    import numpy

    nlp = _model()
    out = {}
    for w in words:
        v = nlp.make_doc(w).vector
        norm = float(numpy.linalg.norm(v)) if v is not None and len(v) else 0.0
        if norm > 0:
            out[w] = [round(float(x) / norm, 4) for x in v]
    return out


def _remember(vectors: dict[str, list[float]]) -> None:
    if len(_VECTORS) > _MAX_VECTORS:
        _VECTORS.clear()
    _VECTORS.update((w, array("f", v)) for w, v in vectors.items())


def similarity(a: str, b: str) -> float | None:
    """Cosine similarity of two words :func:`parse_ahead` was asked about, or None when either has
    no vector (the model knows neither word, or questions were built without the parser).

    >>> _ = parse_ahead([Sentence(0, 1, "首相が会見した。")], ["紙袋", "ポリ袋", "県警"])()
    >>> similarity("ポリ袋", "紙袋") > similarity("ポリ袋", "県警")
    True
    """
    va, vb = _VECTORS.get(a), _VECTORS.get(b)
    if va is None or vb is None:
        return None
    return sum(x * y for x, y in zip(va, vb, strict=True))


def _parse_here(todo: list[Sentence]) -> dict[int, Parse]:
    nlp = _model()  # before ginza, which imports spacy: a worker's spaCy comes without its command line
    import ginza

    out: dict[int, Parse] = {}
    # Eight sentences a batch, not spaCy's 1,000 (an article's 30 at once): the network's
    # working arrays are sized by the batch; the helper's memory went from 260 to 229 MB,
    # parses identical on 1,804 corpus sentences, time the same.
    for s, doc in zip(todo, nlp.pipe((s.text for s in todo), batch_size=8), strict=True):
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


if __name__ == "__main__":
    _serve()
