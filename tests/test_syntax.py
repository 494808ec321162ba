"""The dependency parse (GiNZA, real model): the words and bunsetsu questions are built from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studygen import syntax
from studygen.model import Sentence
from studygen.pipeline import build_study_set

ROOT = Path(__file__).parent.parent

# sentence -> (word, its label, the word it depends on): what the question builder relies on.
PARSES = (
    ("政府は新型肺炎について対策を検討した。", "対策", "obj", "検討"),
    ("政府は新型肺炎について対策を検討した。", "政府", "nsubj", "検討"),
    ("高瀬首相は14日、首相官邸で会談した。", "官邸", "obl", "会談"),
    ("サントス大統領は17日に帰国する予定だ。", "帰国", "acl", "予定"),
)


@pytest.mark.parametrize(("sentence", "word", "dep", "head"), PARSES)
def test_parse(sentence: str, word: str, dep: str, head: str) -> None:
    p = syntax.parse([Sentence(0, 1, sentence)])[0]
    w = next(w for w in p.words if w.text == word)
    assert (w.dep, p.words[w.head].text) == (dep, head)


def test_offsets_and_bunsetsu_cover_the_sentence() -> None:
    text = "同新聞は2005年4月、滋賀県の県域新聞を目指して創刊したが、経営が悪化していた。"
    p = syntax.parse([Sentence(3, 1, text)])[3]
    assert "".join(text[w.start:w.end] for w in p.words) == text
    assert [w.bunsetsu for w in p.words] == sorted(w.bunsetsu for w in p.words)
    # 〜について stays inside one bunsetsu: the functional expression is never a predicate.
    q = syntax.parse([Sentence(0, 1, "政府は新型肺炎について、対策を検討する方針だ。")])[0]
    ni = next(w for w in q.words if w.text == "つい")
    assert ni.bunsetsu == next(w for w in q.words if w.text == "肺炎").bunsetsu


def test_long_sentences_are_not_parsed() -> None:
    long = "あ" * (syntax.MAX_PARSE_CHARS + 1)
    assert syntax.parse([Sentence(0, 1, long), Sentence(1, 1, "短い文です。")]).keys() == {1}


def test_parse_without_the_string_table_is_the_full_models() -> None:
    """The model is loaded without its 17 MB string table (0.9 s of 1.3 s) and with its vectors'
    key2row in two arrays (6 MB, not 54): the parse must not change."""
    import ginza
    import spacy

    full = spacy.load(syntax.MODEL, exclude=["ner"])
    article = build_study_set(ROOT / "examples" / "us-ukraine-summit.txt", data=None).article
    sentences = [s for s in article.sentences if len(s.text) <= syntax.MAX_PARSE_CHARS][:40]
    ours = syntax.parse(sentences)
    for s, doc in zip(sentences, full.pipe(s.text for s in sentences), strict=True):
        expected = [(t.text, t.dep_, t.head.i, t.pos_, ginza.inflection(t)) for t in doc]
        assert [(w.text, w.dep, w.head, w.pos, w.inflection) for w in ours[s.index].words] == expected


def test_the_compact_key2row_maps_every_word_as_spacys_dict() -> None:
    import spacy

    syntax.parse([Sentence(0, 1, "首相が会見した。")])
    ours = syntax._model().vocab.vectors.key2row
    expected = spacy.load(syntax.MODEL, exclude=["ner", "strings", "attribute_ruler"]).vocab.vectors.key2row
    assert isinstance(ours, syntax._KeyRows) and isinstance(expected, dict)
    assert len(ours) == len(expected) > 400_000
    assert [k for k, row in expected.items() if ours.get(k) != row or k not in ours] == []
    missing = next(k for k in range(1, 1000) if k not in expected)
    assert (ours.get(missing, -1), missing in ours) == (-1, False)
    with pytest.raises(KeyError):
        ours[missing]
    assert ours.get("not an int") is None


# The helper process (``python -m studygen.syntax``): what a build gets from it is what this
# process would parse, and a request never gets another one's answer.
HELPER_SENTENCES = (
    Sentence(0, 1, "政府は新型肺炎について対策を検討した。"),
    Sentence(4, 2, "高瀬首相は14日、首相官邸で会談した。"),
)
OTHER_SENTENCES = (Sentence(7, 3, "サントス大統領は17日に帰国する予定だ。"),)


@pytest.fixture
def helper(monkeypatch: pytest.MonkeyPatch):
    """A helper of this test's own, as in a build's first article (no model loaded here)."""
    syntax.stop_helper()
    monkeypatch.setattr(syntax, "_nlp", None)
    monkeypatch.delenv("STUDYGEN_PARSER", raising=False)
    syntax.start_helper()
    assert syntax._helper is not None
    yield syntax._helper
    syntax.stop_helper()


def _words(parses: dict) -> dict:
    return {i: p.words for i, p in parses.items()}


def test_the_helper_parses_as_this_process_does(helper) -> None:
    expected = _words(syntax._parse_here(list(HELPER_SENTENCES)))
    syntax._nlp = None  # _parse_here loaded the model here: the parse below must still go to the helper
    parsed = syntax.parse_ahead(HELPER_SENTENCES)
    assert syntax._in_flight is not None and syntax._in_flight.helper is helper
    assert _words(parsed()) == expected
    assert syntax._helper is helper  # still running, for the next request


def test_the_helper_gives_the_vectors_this_process_does(helper) -> None:
    """Word vectors rank a cloze's choices: the helper's numbers are this process's, so a build
    with or without a helper offers the same choices."""
    words = ["ポリ袋", "紙袋", "県警", "観測", "骨折"]
    expected = syntax._vectors_here(words)
    syntax._nlp = None
    syntax._VECTORS.clear()
    syntax.parse_ahead(HELPER_SENTENCES, words)()
    assert set(expected) == set(words)
    assert all(max(abs(a - b) for a, b in zip(syntax._VECTORS[w], expected[w], strict=True)) < 1e-6 for w in words)
    # a bag is like a bag, not like the prefectural police; an observation is not a fracture
    assert syntax.similarity("ポリ袋", "紙袋") > 0.5 > syntax.similarity("ポリ袋", "県警")
    assert syntax.similarity("観測", "骨折") < 0.12


def test_a_request_left_unread_does_not_answer_the_next(helper) -> None:
    # A build that failed between asking and reading (a bug in a later stage) leaves its answer
    # on the pipe: the next article's request must get its own.
    first = syntax.parse_ahead(HELPER_SENTENCES)
    second = syntax.parse_ahead(OTHER_SENTENCES)
    assert second().keys() == {7}
    assert first().keys() == {0, 4}
    assert syntax._helper is helper


def test_a_helper_that_died_means_parsing_here(helper) -> None:
    parsed = syntax.parse_ahead(OTHER_SENTENCES)
    helper.kill()
    helper.wait()
    assert parsed()[7].words[0].text == "サントス"
    assert syntax._helper is None  # not asked again: parsed here from now on


def test_the_helper_imports_spacy_without_its_command_line() -> None:
    # 0.23 s of the helper's start, on the build's critical path; the parse is the same
    # (test_the_helper_parses_as_this_process_does).
    code = ("import sys\nfrom studygen import syntax\nsyntax._import_spacy_without_its_cli()\n"
            "print('spacy' in sys.modules, 'spacy.cli.download' in sys.modules, 'typer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False", "False"]
