"""Pitch accent from OpenJTalk's dictionary (real pyopenjtalk-plus), drawn over the kana; domains
from JMdict's field tags (real JMdict)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studygen.accent import accent_for, accent_html, morae, pitch_pattern, spoken_text
from studygen.dictionary import default_dictionary
from studygen.domains import domain_tag, domains_for
from studygen.model import Term

# (word, reading, kernels): well-known words as NHK's accent dictionary marks them.
ACCENTS = [
    ("箸", "はし", (1,)),  # は＼し: high-low
    ("橋", "はし", (2,)),  # はし＼(が): low-high, the particle low
    ("端", "はし", (0,)),  # はし(が): 平板, the particle high too
    ("雨", "あめ", (1,)),
    ("飴", "あめ", (0,)),
    ("会談", "かいだん", (0,)),
    ("大統領", "だいとうりょう", (3,)),
    ("安全保障", "あんぜんほしょう", (5,)),  # two dictionary words, one accent phrase
    ("米", "こめ", (2,)),
    # No reading: no accent rather than a guess.
    ("米", "", ()),
]


def test_a_word_read_otherwise_takes_the_accent_of_its_reading() -> None:
    # OpenJTalk reads 米 alone こめ; the item's reading べい (米大統領) is looked up as kana.
    assert accent_for("米", "べい") == accent_for("べい", "べい")
    assert accent_for("米", "べい") != accent_for("米", "こめ")


@pytest.mark.parametrize(("word", "reading", "kernels"), ACCENTS)
def test_accent_kernels_of_well_known_words(word: str, reading: str, kernels: tuple[int, ...]) -> None:
    assert accent_for(word, reading) == kernels


SPOKEN = [
    ("橋", "はし", "橋"),  # as written: the dictionary's accent of 橋, not of はし (箸's)
    ("米", "べい", "べい"),  # written 米 it would say こめ; ベイ would be the loanword bay
    ("トランプ", "とらんぷ", "トランプ"),
    ("見送る", "みおくる", "見送る"),
]


@pytest.mark.parametrize(("word", "reading", "text"), SPOKEN)
def test_what_the_synthesizer_is_given(word: str, reading: str, text: str) -> None:
    assert spoken_text(word, reading) == text


PATTERNS = [
    # (morae, kernel, high/low per mora)
    (2, 1, "HL"),
    (2, 2, "LH"),
    (2, 0, "LH"),
    (4, 0, "LHHH"),  # かいだん
    (7, 5, "LHHHHLL"),  # あんぜんほ＼しょう
    (1, 1, "H"),
    (1, 0, "L"),
]


@pytest.mark.parametrize(("count", "kernel", "expected"), PATTERNS)
def test_pitch_pattern(count: int, kernel: int, expected: str) -> None:
    assert "".join("H" if h else "L" for h in pitch_pattern(count, kernel)) == expected


@pytest.mark.parametrize(("kana", "expected"), [
    ("しゅのう", ["しゅ", "の", "う"]),
    ("きょうてい", ["きょ", "う", "て", "い"]),
    ("がっこう", ["が", "っ", "こ", "う"]),
    ("ティーシャツ", ["ティ", "ー", "シャ", "ツ"]),
])
def test_morae(kana: str, expected: list[str]) -> None:
    assert morae(kana) == expected


def test_accent_html_draws_the_drop_after_the_kernel() -> None:
    html = accent_html("あんぜんほしょう", (5,))
    spans = re.findall(r'<span class="sg-([hl])( sg-drop)?">([^<]+)</span>', html)
    assert "".join(m[2] for m in spans) == "あんぜんほしょう"
    assert "".join(m[0] for m in spans) == "lhhhhll"
    assert [m[2] for m in spans if m[1]] == ["ほ"]  # the hook after the fifth mora
    assert accent_html("かいだん", (0,)).count("drop") == 0  # 平板: no fall within the word
    assert accent_html("はし", ()) == ""
    assert accent_html("はし", (3,)) == ""  # a kernel past the word's end is not drawn


@given(st.text(alphabet="あいうえおかきくけこしゃゅょっんーアイウエオ<>&\"'", max_size=12),
       st.lists(st.integers(min_value=0, max_value=14), max_size=3))
def test_accent_html_keeps_the_reading_and_escapes_it(reading: str, accent: list[int]) -> None:
    html = accent_html(reading, tuple(accent))
    assert "<>" not in html.replace("><", "")  # no raw < or > from the reading
    if len(accent) == 1 and reading and accent[0] <= len(morae(reading)):
        text = re.sub(r"<[^>]+>", "", html)
        assert text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace(
            "&quot;", '"').replace("&#x27;", "'") == reading


@given(st.integers(min_value=1, max_value=12), st.data())
def test_pitch_pattern_properties(count: int, data) -> None:
    kernel = data.draw(st.integers(min_value=0, max_value=count))
    pattern = pitch_pattern(count, kernel)
    assert len(pattern) == count
    # The first two morae differ in pitch (Tokyo), unless the word is one mora.
    if count > 1:
        assert pattern[0] != pattern[1]
    if kernel:  # high up to the kernel, low after it
        assert pattern[kernel - 1] and not any(pattern[kernel:])


# --- domains ------------------------------------------------------------------------------------

def _term(lemma: str, reading: str, glosses: tuple[str, ...], **kw: object) -> Term:
    return Term("v-0000000000", lemma, lemma, reading, lemma, "名詞", glosses, 0, **kw)  # type: ignore[arg-type]


DOMAINS = [
    (_term("複利", "ふくり", ("compound interest",)), ("finance",)),
    (_term("比較優位", "ひかくゆうい", ("comparative advantage",)), ("economics",)),
    # The sense the item is glossed with decides: 忌避 as 'evasion' is no law word.
    (_term("忌避", "きひ", ("evasion; avoidance; shirking",)), ()),
    (_term("忌避", "きひ", ("recusation (of a judge)",)), ("law",)),
    # A second, unrelated gloss from a field sense does not make the word that field's.
    (_term("一環", "いっかん", ("link (e.g. in a chain of events); part (of a plan, campaign, "
                               "activities, etc.)", "monocyclic")), ()),
    (_term("後退", "こうたい", ("retreat", "falling back")), ()),
    (_term("融和的", "ゆうわてき", ("harmonious",), in_dictionary=False), ()),
]


@pytest.mark.parametrize(("term", "domains"), DOMAINS, ids=[f"{t.lemma}-{d}" for t, d in DOMAINS])
def test_domains_from_jmdict_fields(term: Term, domains: tuple[str, ...]) -> None:
    assert domains_for(term, default_dictionary()) == domains


@pytest.mark.parametrize(("domain", "tag"), [
    ("law", "studygen::domain::law"),
    ("food, cooking", "studygen::domain::food-cooking"),
    ("electricity, elec. eng.", "studygen::domain::electricity-elec-eng"),
])
def test_domain_tags_have_no_spaces(domain: str, tag: str) -> None:
    assert domain_tag(domain) == tag


def test_pipeline_fills_accent_and_domains_for_every_item(example_study_set) -> None:
    for term in example_study_set.vocabulary:
        assert term.accent == accent_for(term.lemma, term.reading)
        assert term.domains == domains_for(term, default_dictionary())
    with_accent = [t for t in example_study_set.vocabulary if t.accent]
    assert len(with_accent) >= len(example_study_set.vocabulary) * 0.8, "OpenJTalk reads most news words as JMdict does"
    assert dataclasses.asdict(with_accent[0])["accent"] == with_accent[0].accent


# --- the real consumers: Anki and the handout -------------------------------------------------


def test_card_shows_the_accent_and_notes_carry_domain_tags(tmp_path, hand_made_study_set) -> None:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from studygen.export.anki import write_deck
    from studygen.options import Options

    vocabulary = tuple(
        dataclasses.replace(t, accent=accent_for(t.lemma, t.reading),
                            domains=("law",) if t.lemma == "締結" else ())
        for t in hand_made_study_set.vocabulary)
    study_set = dataclasses.replace(hand_made_study_set, vocabulary=vocabulary)
    write_deck([study_set], tmp_path / "deck.apkg", Options())
    (tmp_path / "col").mkdir()
    col = Collection(str(tmp_path / "col" / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(tmp_path / "deck.apkg"), options=ImportAnkiPackageOptions(merge_notetypes=True)))
        (nid,) = col.find_notes("Term:安全保障")
        note = col.get_note(nid)
        assert note["Accent"] == accent_html("あんぜんほしょう", (5,))
        for card in note.cards():
            assert 'class="sg-pitch"' in card.answer()
            # the front does not give the reading away (the CSS names the class, so look past it)
            assert 'class="sg-pitch"' not in card.question()
        assert col.find_notes("tag:studygen::domain::law") == list(col.find_notes("Term:締結"))
        assert len(col.find_notes("tag:studygen::domain::*")) == 1
    finally:
        col.close()


def test_handout_draws_the_accent_only_when_asked(example_study_set) -> None:
    from studygen.export.handout import render_vocabulary_handout, vocabulary_html
    from studygen.options import Options

    plain = vocabulary_html(example_study_set, Options())
    marked = vocabulary_html(example_study_set, Options(accent_on_handout=True))
    assert "pa-pitch" not in plain
    drawn = [t for t in example_study_set.vocabulary if t.accent and len(t.accent) == 1]
    assert marked.count('class="pa-pitch"') == len(drawn)
    assert accent_html(drawn[0].reading, drawn[0].accent, "pa") in marked
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(render_vocabulary_handout(example_study_set, Options(accent_on_handout=True)))
        f.flush()
        text = subprocess.run(["pdftotext", f.name, "-"], capture_output=True, text=True).stdout
    assert drawn[0].reading in text.replace(" ", "").replace("\n", "")
