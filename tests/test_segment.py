"""Segment: paragraphs and sentences, quotes kept whole, odd punctuation survived."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studygen.model import Block
from studygen.segment import segment, split_sentences

# (name, line, sentences)
SPLITS = (
    ("full stops", "会談した。合意した。", ["会談した。", "合意した。"]),
    ("quote keeps its sentence", "首相は「合意した。前進だ」と述べた。次へ。", ["首相は「合意した。前進だ」と述べた。", "次へ。"]),
    ("nested quotes", "彼は「『はい。』と言った」と話した。", ["彼は「『はい。』と言った」と話した。"]),
    ("exclamation and question", "本当か？すごい！終わり。", ["本当か？", "すごい！", "終わり。"]),
    ("enders run together", "えっ！？そうなの。", ["えっ！？", "そうなの。"]),
    # A bracketed aside belongs to what follows it, as a quote belongs to its speaker.
    ("bracketed aside", "（会談は終わった。）次へ。", ["（会談は終わった。）次へ。"]),
    ("closing marks stay with their sentence", "終わった。」次へ。", ["終わった。」", "次へ。"]),
    ("unbalanced opening bracket", "彼は「合意した。次へ。", ["彼は「合意した。次へ。"]),
    ("stray closing bracket", "」合意した。次へ。", ["」合意した。", "次へ。"]),
    # a show's title ending in ! goes on with its particle (round 34: ちょーだいはいつこたえますか)
    ("title ending in !", "25日にこたえてちょーだい!の代役が発表された。次へ。",
     ["25日にこたえてちょーだい!の代役が発表された。", "次へ。"]),
    # a brand's ! runs on into its name (round 137's 2186: Yahoo!|ニュースは… cut in two)
    ("brand ending in !", "Yahoo!ニュースは同社が運営する。Yes!と叫んだ。Wow! 次へ。",
     ["Yahoo!ニュースは同社が運営する。", "Yes!と叫んだ。", "Wow!", "次へ。"]),
    ("no full stop", "見出しだけ", ["見出しだけ"]),
    ("only punctuation", "。。。", ["。。。"]),
    ("empty", "", []),
)


@pytest.mark.parametrize(("name", "text", "expected"), SPLITS, ids=[s[0] for s in SPLITS])
def test_split_sentences(name: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_headings_are_one_sentence_and_paragraphs_count_from_one() -> None:
    sentences = segment([Block("会談の背景。補足", True), Block("一。二。"), Block("三。")])
    assert [(s.index, s.paragraph, s.text, s.heading) for s in sentences] == [
        (0, 1, "会談の背景。補足", True), (1, 2, "一。", False), (2, 2, "二。", False), (3, 3, "三。", False),
    ]


_LINE = st.lists(st.sampled_from(list("あか政府「」『』（）。！？!?…ー、 ") + ["🎉", "G20"]), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_splitting_loses_no_character(text: str) -> None:
    parts = split_sentences(text)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "")
    assert all(p and p == p.strip() for p in parts)
    assert split_sentences(text) == parts
