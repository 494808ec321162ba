"""Readings unidic-lite gets wrong in news text, fixed once in analyze (real fugashi)."""

from __future__ import annotations

import pytest

from studygen.analyze import tokenize

# (sentence, surface, reading) — each a regression seen in news text (see ../shared/NOTES.md)
READINGS = [
    ("トランプ米大統領は会談した。", "米", "べい"),  # unidic-lite: マイ
    ("米政府は声明を出した。", "米", "べい"),
    ("米中の対立が深まる。", "米", "べい"),
    ("米の品質が下がった。", "米", "こめ"),  # unidic-lite: ベイ
    ("新潟米の評価が高い。", "米", "まい"),
    ("一等米の比率が下がった。", "米", "まい"),
    ("日本酒の輸出が増えた。", "日本", "にほん"),  # unidic-lite: ニッポン
    ("日本の首相が話した。", "日本", "にほん"),
    ("日本銀行が利上げを決めた。", "日本", "にっぽん"),
    ("果物の実が割れた。", "実", "み"),  # unidic-lite: ジツ
    ("実に多くの人が来た。", "実", "じつ"),
    ("小説「月の庭」を書いた。", "月", "つき"),  # unidic-lite: ガツ
    ("3月の会議で決まった。", "月", "がつ"),
    ("月曜日に会う。", "日", "び"),
    ("住宅約3400棟が被害を受けた。", "棟", "とう"),  # unidic-lite: むね
    ("28日に会談した。", "日", "にち"),  # unidic-lite: カ
    ("1日から始まる。", "日", "ついたち"),
    ("20日、発表した。", "日", "はつか"),
    ("14日に帰国する。", "日", "じゅうよっか"),
    ("その他の国も参加した。", "他", "ほか"),
    ("他に方法はない。", "他", "ほか"),
    ("他国の首脳も出席した。", "他国", "たこく"),
    ("今日の会議で決まった。", "今日", "きょう"),
    ("大人の料金は千円だ。", "大人", "おとな"),
    ("一人で行った。", "一人", "ひとり"),
    # UniDic's long-vowel mark in a kanji word's reading (dev review 8: 餃子 ぎょーざ)
    ("冷凍餃子を食べた。", "餃子", "ぎょうざ"),
    ("ラーメンを食べた。", "ラーメン", "らーめん"),  # a katakana word keeps its mark
]


@pytest.mark.parametrize(("text", "surface", "reading"), READINGS)
def test_reading_in_context(text: str, surface: str, reading: str) -> None:
    tokens = [t for t in tokenize(text) if t.surface == surface]
    assert tokens, f"{surface} not a token of {text}"
    assert tokens[0].reading == reading


# (sentence, surface, lemma, lemma reading)
LEMMAS = [
    ("署名は見送られた。", "見送ら", "見送る", "みおくる"),
    ("協議を重ねてきた。", "重ね", "重ねる", "かさねる"),
    ("影響は大きかった。", "大きかっ", "大きい", "おおきい"),
    ("政府は引き続き調査を進める。", "引き続き", "引き続き", "ひきつづき"),  # the adverb, not 引き続く
]


@pytest.mark.parametrize(("text", "surface", "lemma", "reading"), LEMMAS)
def test_dictionary_form(text: str, surface: str, lemma: str, reading: str) -> None:
    t = next(t for t in tokenize(text) if t.surface == surface)
    assert (t.lemma, t.lemma_reading) == (lemma, reading)


@pytest.mark.parametrize("text", ["", "。", "ABC 123", "✨?。", "a" * 50_000, "日本" * 15_000])
def test_offsets_point_at_the_surface(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start : t.start + len(t.surface)] == t.surface
