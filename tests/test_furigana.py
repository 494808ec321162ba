"""Furigana over the kanji only; words whose reading cannot be split carry it whole."""

from __future__ import annotations

import pytest

from studygen.furigana import anki_to_ruby_html, split_reading, to_anki, to_hiragana, to_ruby_html

# (word, reading, Anki syntax, HTML ruby)
CASES = [
    ("見送る", "みおくる", "見送[みおく]る", "<ruby>見送<rt>みおく</rt></ruby>る"),
    ("取り扱い", "とりあつかい", "取[と]り 扱[あつか]い", "<ruby>取<rt>と</rt></ruby>り<ruby>扱<rt>あつか</rt></ruby>い"),
    ("今日", "きょう", "今日[きょう]", "<ruby>今日<rt>きょう</rt></ruby>"),
    ("大人", "おとな", "大人[おとな]", "<ruby>大人<rt>おとな</rt></ruby>"),
    ("一人", "ひとり", "一人[ひとり]", "<ruby>一人<rt>ひとり</rt></ruby>"),
    ("お年寄り", "おとしより", "お 年寄[としよ]り", "お<ruby>年寄<rt>としよ</rt></ruby>り"),
    ("人々", "ひとびと", "人々[ひとびと]", "<ruby>人々<rt>ひとびと</rt></ruby>"),
    ("ワクチン", "わくちん", "ワクチン", "ワクチン"),
    ("融和的", "ゆうわてき", "融和的[ゆうわてき]", "<ruby>融和的<rt>ゆうわてき</rt></ruby>"),
]


@pytest.mark.parametrize(("word", "reading", "anki", "ruby"), CASES)
def test_furigana(word: str, reading: str, anki: str, ruby: str) -> None:
    assert to_anki(word, reading) == anki
    assert to_ruby_html(word, reading) == ruby
    assert anki_to_ruby_html(anki) == ruby.replace("</ruby><ruby>", "</ruby><ruby>")


@pytest.mark.parametrize(("word", "reading"), [(w, r) for w, r, _, _ in CASES])
def test_split_gives_back_word_and_reading(word: str, reading: str) -> None:
    parts = split_reading(word, reading)
    assert "".join(text for text, _ in parts) == word
    assert "".join(rd if rd is not None else to_hiragana(text) for text, rd in parts) == reading


def test_ruby_escapes() -> None:
    assert to_ruby_html("<b>", None) == "&lt;b&gt;"
    assert "<script>" not in anki_to_ruby_html("<script>[x]")


@pytest.mark.parametrize(("reading", "spelled"), [
    ("よこづな", "yokozuna"), ("おおぜき", "ozeki"), ("しょうぎ", "shogi"), ("じゅうどう", "judo"),
    ("ひゃく", "hyaku"), ("がっこう", "gakko"), ("ちゃ", "cha"), ("シーア", "shia"),
])
def test_romaji_spells_a_reading_with_long_vowels_shortened(reading: str, spelled: str) -> None:
    from studygen.furigana import romaji

    assert romaji(reading) == spelled


@pytest.mark.parametrize(("gloss", "reading", "itself"), [
    ("yokozuna (highest rank in sumo)", "よこづな", True), ("ōzeki (second highest rank in sumo)", "おおぜき", True),
    ("Shinto shrine", "じんじゃ", False), ("grand champion", "よこづな", False), ("tsunami", "つなみ", True),
])
def test_a_gloss_that_spells_the_word_itself(gloss: str, reading: str, itself: bool) -> None:
    """横綱 "yokozuna; grand champion" as a meaning key is picked by ear (dev review 3110)."""
    from studygen.furigana import spells_itself

    assert spells_itself(gloss, reading) is itself
