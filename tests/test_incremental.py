"""Incremental builds: what makes an article's folder out of date (a table of changes), the key's
properties, then real builds of a file: unchanged, rebuilt after a change, --force."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studygen.batch import build_one
from studygen.model import Document
from studygen.options import Options
from studygen.record import RECORD_NAME, build_key, options_fingerprint

from .conftest import ARTICLES

DOC = Document("日本銀行は金利を引き上げた。", "a.txt", title="日銀", published="2026-03-01")

# a change, whether the outputs depend on it
CHANGES = [
    (dict(output_dir=Path("elsewhere")), False),
    (dict(max_input_bytes=10), False),
    (dict(fetch_timeout=1.0), False),
    (dict(force=True), False),
    (dict(level="beginner"), True),
    (dict(max_terms=7), True),
    (dict(furigana="none"), True),
    (dict(paper="Letter"), True),
    (dict(write_pdf=False), True),
    (dict(all_words=True), True),
    (dict(encoding="cp932"), True),
    (dict(question_counts={"who": 1}), True),
]


@pytest.mark.parametrize(("change", "shapes"), CHANGES)
def test_which_options_shape_the_outputs(change, shapes):
    assert (build_key(DOC, Options()) != build_key(DOC, Options().replace(**change))) == shapes


DOC_CHANGES = [
    dict(text="日本銀行は金利を据え置いた。"),
    dict(title="日銀、利上げ"),
    dict(published="2026-03-02"),
    dict(source="http://127.0.0.1/b.html"),
    dict(readings=(("日銀", "にちぎん"),)),
]


@pytest.mark.parametrize("change", DOC_CHANGES)
def test_any_change_of_content_is_a_new_key(change):
    assert build_key(DOC, Options()) != build_key(dataclasses.replace(DOC, **change), Options())


def test_the_overrides_file_counts_by_its_content(tmp_path):
    overrides = tmp_path / "o.csv"
    overrides.write_text("word,reading\n他,ほか\n", "utf-8")
    first = build_key(DOC, Options(overrides=overrides))
    assert build_key(DOC, Options(overrides=overrides)) == first
    overrides.write_text("word,reading\n他,た\n", "utf-8")
    assert build_key(DOC, Options(overrides=overrides)) != first


@given(st.text(max_size=200), st.sampled_from([None, "beginner", "advanced"]), st.integers(1, 200))
def test_keys_are_json_and_stable(text, level, max_terms):
    options = Options(level=level, max_terms=max_terms)
    key = build_key(Document(text, "x.txt"), options)
    assert json.loads(json.dumps(key)) == key == build_key(Document(text, "x.txt"), options)
    assert "output_dir" not in options_fingerprint(options)


# ---- Real builds ---------------------------------------------------------------------------------

@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "rates.txt"
    path.write_bytes((ARTICLES / "economy-rates.txt").read_bytes())
    return path


def _mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_unchanged_then_rebuilt_after_each_kind_of_change(article, tmp_path):
    options = Options(output_dir=tmp_path / "out", write_pdf=False)
    first = build_one(str(article), options)
    assert first.ok and not first.unchanged
    folder = tmp_path / "out" / "rates"
    record = json.loads((folder / RECORD_NAME).read_text("utf-8"))
    assert sorted(record["files"]) == ["rates.apkg", "rates.json"]
    before = _mtimes(folder)

    again = build_one(str(article), options)
    assert again.unchanged and again.summary == "unchanged" and again.paths == first.paths
    assert _mtimes(folder) == before

    rebuilt = build_one(str(article), options.replace(level="beginner"))  # an option
    assert rebuilt.ok and not rebuilt.unchanged
    assert build_one(str(article), options.replace(level="beginner")).unchanged

    (folder / "rates.apkg").unlink()  # a lost output
    assert not build_one(str(article), options.replace(level="beginner")).unchanged

    article.write_text(article.read_text("utf-8") + "\n日銀は次回の会合でも議論する。\n", "utf-8")  # the text
    assert not build_one(str(article), options.replace(level="beginner")).unchanged

    forced = build_one(str(article), options.replace(level="beginner", force=True))
    assert forced.ok and not forced.unchanged


def test_a_failed_build_leaves_no_record(tmp_path):
    english = tmp_path / "english.txt"
    english.write_text("This is an English article about interest rates and the central bank. " * 3)
    result = build_one(str(english), Options(output_dir=tmp_path / "out", write_pdf=False))
    assert not result.ok and not (tmp_path / "out").exists()
