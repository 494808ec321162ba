"""Inputs shaped as real files go wrong (tests/shapes.py): a line of 40,000 characters without
。, 50,000 tiny sentences, deep and wide HTML, a run of one character, huge tables, thousands of
quotes. No sentence may pass segment.MAX_SENTENCE_CHARS, whatever the shape, so no later stage
meets an unbounded sentence. Time per shape is measured in the benchmark
(``bench/run.py --shapes``), never asserted here.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studygen import clean, ingest, segment
from studygen.export.studyset import schema, to_dict
from studygen.model import Block
from studygen.options import Options
from studygen.pipeline import build_study_set, prepare_article

from .shapes import SHAPES, make_shape

LIMIT = segment.MAX_SENTENCE_CHARS

# (text, the pieces cut_long makes of it with a limit of 20): the cut is the last safe point
# within the last part of the allowed length.
CUTS = [
    ("短い文。", ["短い文。"]),
    ("あ" * 20, ["あ" * 20]),
    # After 、: the writer's own pause.
    ("あいうえおかきくけこ、さしすせそたちつてと、なにぬねの", ["あいうえおかきくけこ、", "さしすせそたちつてと、なにぬねの"]),
    # 、 beats a later bracket or space in the same window.
    ("政府は経済対策、「緊急」支援を決めた追加予算も", ["政府は経済対策、", "「緊急」支援を決めた追加予算も"]),
    # After a closing bracket when there is no 、.
    ("首相は「対話を続ける」と述べた後に会見を終えた", ["首相は「対話を続ける」", "と述べた後に会見を終えた"]),
    # A full-width space between items of a pasted table: the space goes.
    ("岩手県　宮城県　福島県　茨城県　栃木県　群馬県", ["岩手県　宮城県　福島県　茨城県　栃木県", "群馬県"]),
    # No punctuation: the last place where kana turns to kanji (会見を|開いた).
    ("両社はきょう発表したきのう共同会見を開いた", ["両社はきょう発表したきのう共同会見を", "開いた"]),
    # Nothing to go by: at the limit.
    ("あ" * 45, ["あ" * 20, "あ" * 20, "あ" * 5]),
]


@pytest.mark.parametrize(("text", "pieces"), CUTS)
def test_cut_long_cuts_at_the_safest_point_near_the_limit(text: str, pieces: list[str]) -> None:
    assert segment.cut_long(text, limit=20) == pieces


def test_segment_marks_the_pieces_of_a_cut_sentence_and_only_those() -> None:
    long = "、".join(["経済対策を決めた"] * 60)  # 539 characters without 。
    sentences = segment.segment([Block("見出し", True), Block("短い文。" + long + "。次の文。")])
    assert [s.cut for s in sentences][:2] == [False, False] and sentences[-1].cut is False
    cut = [s for s in sentences if s.cut]
    assert len(cut) == 2 and all(len(s.text) <= LIMIT for s in cut)
    assert "".join(s.text for s in cut) == long + "。"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="あいう漢字カナ、。「」　 ab1", max_size=2_000), st.integers(5, 400))
def test_cut_long_keeps_every_character_but_spaces_and_bounds_every_piece(text: str, limit: int) -> None:
    pieces = segment.cut_long(text, limit)
    assert all(p and p == p.strip() and len(p) <= limit for p in pieces)
    squeeze = str.maketrans("", "", " 　")
    assert "".join(pieces).translate(squeeze) == text.translate(squeeze).strip()


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(SHAPES)), st.integers(2_000, 60_000))
def test_no_shape_gives_a_sentence_over_the_cap(name: str, size: int) -> None:
    filename, data = make_shape(name, size)
    doc = ingest.ingest(filename, data=data, max_bytes=Options().max_input_bytes)
    sentences = segment.segment(clean.clean(doc.text, markdown=doc.format == "markdown"))
    assert sentences
    assert max(len(s.text) for s in sentences) <= LIMIT


def test_shapes_are_what_they_say() -> None:
    _, line = make_shape("long_line", 200_000)
    assert "。".encode() not in line and line.count(b"\n") == 1 and len(line.decode()) > 60_000
    _, tiny = make_shape("tiny_sentences", 100_000)
    assert tiny.decode().count("。") > 10_000
    _, quotes = make_shape("many_quotes", 100_000)
    assert quotes.decode().count("「") > 1_000
    _, deep = make_shape("deep_html", 100_000)
    assert deep.count(b"<div") > 200
    assert make_shape("huge_table", 50_000) == make_shape("huge_table", 50_000)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_shape_builds_a_valid_study_set(name: str) -> None:
    """The real pipeline (fugashi, JMdict, names, questions) on each shape at 30 KB."""
    filename, data = make_shape(name, 30_000)
    study_set = build_study_set(filename, Options(), data=data)
    assert study_set.vocabulary and study_set.article.sentences
    assert max(len(s.text) for s in study_set.article.sentences) <= LIMIT
    data = json.loads(json.dumps(to_dict(study_set), ensure_ascii=False))
    jsonschema.validate(data, schema())


def test_the_json_says_which_sentences_were_cut() -> None:
    filename, data = make_shape("long_line", 3_000)
    doc = ingest.ingest(filename, data=data, max_bytes=10_000)
    article = prepare_article(doc)
    assert any(s.cut for s in article.sentences)
    from studygen.model import StudySet

    out = to_dict(StudySet(article, (), (), ()))
    flags = [s.get("cut") for s in out["article"]["sentences"]]
    assert set(flags) <= {True, None} and True in flags
    jsonschema.validate(out, schema())
