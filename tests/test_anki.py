"""The Anki package, checked with the real importer (the ``anki`` package), never a mock.

Each test imports into a fresh collection in tmp_path, the way a learner's Anki would: a deck is
only good if Anki itself accepts it, updates it on a rebuild and keeps the learner's reviews.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import genanki
import pytest
from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition
from anki.scheduler.v3 import CardAnswer

from studygen.export.anki import article_deck_name, deck_id_for, next_stamp, write_deck
from studygen.export.anki_models import (
    CLOZE_MODEL,
    CLOZE_MODEL_ID,
    FACT_MODEL,
    FACT_MODEL_ID,
    VOCAB_MODEL,
    VOCAB_MODEL_ID,
)
from studygen.export.anki_notes import _surface_furigana
from studygen.model import Article, Question, Sentence, StudySet, Term
from studygen.options import Options

VOCAB, FACTS, CLOZE = VOCAB_MODEL.name, FACT_MODEL.name, CLOZE_MODEL.name
NEVER = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER
DECK = "時事::2026-03-14 日米首脳会談、協定締結を見送り & <b>速報</b>"


# --- helpers ------------------------------------------------------------------------------------


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: Collection, path: Path, *, update: int = 0, merge: bool = True):
    """Import like Anki's File > Import (update 0: "If newer", the default); return the log."""
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(
            merge_notetypes=merge, with_scheduling=False,
            update_notes=update, update_notetypes=update,  # type: ignore[arg-type]
        ),
    )
    return col.import_anki_package(request).log


def build(study_sets: list[StudySet], path: Path, **kwargs: object):
    return write_deck(study_sets, path, Options(), **kwargs)  # type: ignore[arg-type]


def expected_counts(study_set: StudySet) -> dict[str, int]:
    """Notes per note type and cards, computed from the study set the way the issue states it."""
    kinds = [q.kind for q in study_set.questions]
    vocab = len({t.lemma for t in study_set.vocabulary})
    cloze = kinds.count("cloze")
    facts = len([k for k in kinds if k not in ("cloze", "discussion")])
    return {VOCAB: vocab, FACTS: facts, CLOZE: cloze, "cards": 2 * vocab + facts + cloze}


def with_gloss(study_set: StudySet, lemma: str, glosses: tuple[str, ...]) -> StudySet:
    vocabulary = tuple(
        dataclasses.replace(t, glosses=glosses) if t.lemma == lemma else t
        for t in study_set.vocabulary
    )
    return dataclasses.replace(study_set, vocabulary=vocabulary)


def answer_first_card(col: Collection, deck_name: str) -> int:
    """Study the first card of a deck with the v3 scheduler, answering Good; return its id."""
    deck_id = col.decks.id_for_name(deck_name)
    assert deck_id is not None
    col.decks.select(deck_id)
    queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
    card = col.get_card(queued.card.id)
    card.start_timer()
    answer = col.sched.build_answer(card=card, states=queued.states, rating=CardAnswer.GOOD)
    col.sched.answer_card(answer)
    return card.id


def revlog_count(col: Collection, card_id: int) -> int:
    return col.db.scalar("select count() from revlog where cid = ?", card_id)


def visible_text(card_html: str) -> str:
    without_style = re.sub(r"<style>.*?</style>", "", card_html, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", "", without_style).strip()


@pytest.fixture
def imported(col: Collection, tmp_path: Path, hand_made_study_set: StudySet) -> Collection:
    build([hand_made_study_set], tmp_path / "deck.apkg")
    import_apkg(col, tmp_path / "deck.apkg")
    return col


# --- a fresh import ----------------------------------------------------------------------------


def test_fresh_import_gives_expected_notes_and_cards(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet,
) -> None:
    expected = expected_counts(hand_made_study_set)
    stats = build([hand_made_study_set], tmp_path / "deck.apkg")
    log = import_apkg(col, tmp_path / "deck.apkg")

    notes = expected[VOCAB] + expected[FACTS] + expected[CLOZE]
    assert (stats.notes, stats.cards) == (notes, expected["cards"])
    assert stats.notes_by_model == {m: expected[m] for m in (VOCAB, FACTS, CLOZE)}
    assert len(log.new) == notes
    assert col.note_count() == notes
    assert col.card_count() == expected["cards"]
    for model in (VOCAB, FACTS, CLOZE):
        assert len(col.find_notes(f'"note:{model}"')) == expected[model]


def test_discussion_questions_get_no_card(imported: Collection) -> None:
    assert imported.find_notes("tag:kind::discussion") == []
    assert imported.find_notes("tag:kind::when")


@pytest.mark.parametrize(
    ("deck", "models"),
    [
        (f"{DECK}::語彙", {VOCAB}),
        (f"{DECK}::内容", {FACTS, CLOZE}),
    ],
)
def test_deck_hierarchy(imported: Collection, deck: str, models: set[str]) -> None:
    names = {d.name for d in imported.decks.all_names_and_ids()}
    assert {"時事", DECK, deck} <= names
    card_ids = imported.find_cards(f'"deck:{deck}" -"deck:{deck}::*"')
    assert card_ids
    assert {imported.get_card(c).note_type()["name"] for c in card_ids} == models


@pytest.mark.parametrize(
    ("search", "tags"),
    [
        ('"note:studygen Vocabulary v2" Term:安全保障',
         {"kind::vocabulary", "level::intermediate"}),
        ('"note:studygen Vocabulary v2" Term:締結', {"kind::vocabulary", "level::advanced"}),
        ('"note:studygen Facts v1" tag:kind::where', {"kind::where"}),
        ('"note:studygen Facts v1" tag:kind::reading', {"kind::reading", "level::advanced"}),
        ('"note:studygen Cloze v1"', {"kind::cloze", "level::intermediate"}),
    ],
)
def test_tags(imported: Collection, search: str, tags: set[str]) -> None:
    (note_id,) = imported.find_notes(search)
    note_tags = set(imported.get_note(note_id).tags)
    assert tags | {"studygen::article::a1b2c3d4e5f6"} <= note_tags


def test_note_types_have_fixed_ids_and_versioned_names(imported: Collection) -> None:
    # These numbers are part of every learner's collection: changing one orphans their notes.
    ids = (VOCAB_MODEL_ID, FACT_MODEL_ID, CLOZE_MODEL_ID)
    # The vocabulary type is v2 (1_738_290_451): v1 (1_738_290_411) had no Accent and Audio.
    assert ids == (1_738_290_451, 1_738_290_427, 1_738_290_433)
    names = ("studygen Vocabulary v2", "studygen Facts v1", "studygen Cloze v1")
    for model_id, name in zip(ids, names, strict=True):
        notetype = imported.models.get(model_id)
        assert notetype is not None and notetype["name"] == name
    assert imported.models.get(CLOZE_MODEL_ID)["type"] == 1  # Anki's cloze type


def test_guids_are_keyed_on_stable_keys(
    imported: Collection, hand_made_study_set: StudySet,
) -> None:
    article_id = hand_made_study_set.article.id
    guids = {imported.get_note(n).guid for n in imported.find_notes("")}
    expected = {
        genanki.guid_for(article_id, "vocabulary", t.lemma) for t in hand_made_study_set.vocabulary
    }
    expected |= {
        genanki.guid_for(article_id, q.kind, q.id)
        for q in hand_made_study_set.questions if q.kind != "discussion"
    }
    assert guids == expected


# --- rendering ---------------------------------------------------------------------------------


CARD_TYPES = [
    (VOCAB, "Recognition"),
    (VOCAB, "Production"),
    (FACTS, "Question"),
    (CLOZE, "Cloze"),
]


@pytest.mark.parametrize(("model", "template"), CARD_TYPES)
def test_every_card_type_renders(imported: Collection, model: str, template: str) -> None:
    card_ids = imported.find_cards(f'"note:{model}" "card:{template}"')
    assert card_ids
    for card_id in card_ids:
        card = imported.get_card(card_id)
        question, answer = card.question(), card.answer()
        assert visible_text(question), f"empty front: {card.note().fields}"
        assert len(visible_text(answer)) > len(visible_text(question)) or template == "Recognition"
        assert "{{" not in question and "{{" not in answer
        assert "The front of this card is blank" not in question
        assert "<script" not in question + answer


def test_recognition_front_shows_the_word_never_the_reading(imported: Collection) -> None:
    for card_id in imported.find_cards('"note:studygen Vocabulary v2" card:Recognition'):
        card = imported.get_card(card_id)
        note = card.note()
        front = visible_text(card.question())
        assert front == note["Term"]
        assert note["Reading"] not in card.question()
        assert "<rt>" in card.answer() and note["Reading"] in visible_text(card.answer())


def test_production_front_has_a_gap_and_not_the_word(imported: Collection) -> None:
    for card_id in imported.find_cards('"note:studygen Vocabulary v2" card:Production'):
        card = imported.get_card(card_id)
        note = card.note()
        front = visible_text(card.question())
        assert "＿＿" in front
        assert note["Meaning"].split(";")[0] in front
        surface = re.search(r"<b>(.*?)</b>", note["Sentence"]).group(1)
        assert surface not in front


@pytest.mark.parametrize(
    ("term", "lemma", "reading", "expected"),
    [
        ("見送られ", "見送る", "みおくる", "見送[みおく]られ"),
        ("安全保障", "安全保障", "あんぜんほしょう", "安全保障[あんぜんほしょう]"),
        ("行っ", "行く", "いく", "行[い]っ"),
        ("取り扱い", "取り扱う", "とりあつかう", "取[と]り 扱[あつか]い"),
        ("ていけつ", "ていけつ", "ていけつ", None),  # kana only: nothing to read
        ("来", "来る", "くる", None),  # 来(こ)ない / 来(き)た: the lemma's reading would mislead
    ],
)
def test_surface_furigana(term: str, lemma: str, reading: str, expected: str | None) -> None:
    item = Term("v", term, lemma, reading, "", "verb", ("x",), 0)
    assert _surface_furigana(item) == expected


def test_sentence_furigana_renders_over_the_inflected_word(imported: Collection) -> None:
    (note_id,) = imported.find_notes('"note:studygen Vocabulary v2" Term:見送る')
    note = imported.get_note(note_id)
    assert "見送[みおく]られ" in note["SentenceFurigana"]
    card = imported.get_card(note.card_ids()[0])
    assert "<ruby><rb>見送</rb><rt>みおく</rt></ruby>られ" in card.answer()


# --- safety ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<ワシントン>", "&lt;ワシントン&gt;"),
        ("<b>速報</b>", "&lt;b&gt;速報&lt;/b&gt;"),
        (" & ", " &amp; "),
    ],
)
def test_article_strings_are_escaped(imported: Collection, raw: str, escaped: str) -> None:
    fields = [f for n in imported.find_notes("") for f in imported.get_note(n).fields]
    assert not any(raw in f for f in fields)
    assert any(escaped in f for f in fields)
    for card_id in imported.find_cards(""):
        card = imported.get_card(card_id)
        assert raw not in card.question() and raw not in card.answer()


def test_genanki_sees_no_raw_html(tmp_path: Path, hand_made_study_set: StudySet) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # genanki warns on fields holding invalid HTML tags
        build([hand_made_study_set], tmp_path / "deck.apkg")


def test_a_build_leaves_no_temporary_files(
    tmp_path: Path, hand_made_study_set: StudySet, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Regression: genanki's write_to_file leaves one SQLite file in the temp folder per build.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    build([hand_made_study_set], tmp_path / "deck.apkg")
    assert list(scratch.iterdir()) == []
    assert (tmp_path / "deck.apkg").stat().st_size > 0


def _tricky_study_set() -> StudySet:
    """Article text holding Anki's own syntax: brackets, cloze markers, a deck separator."""
    sentences = (
        Sentence(0, 1, "[速報] 首相は{{c2::秘密}}を語った。"),
        Sentence(1, 1, "米[べい]大統領は 12:30 に到着した。"),
    )
    url = "https://example.com/a?b=1&c=2"
    article = Article("tricky0001", "速報::首相 会見", url, None, sentences)
    vocabulary = (
        Term("v-1", "首相", "首相", "しゅしょう", "首相[しゅしょう]", "noun", ("premier",), 0),
    )
    questions = (
        Question("q-1", "cloze", "米[べい]大統領は（　　　）に到着した。", "12:30", 1, "12:30"),
        Question("q-2", "cloze", "ない答え", "存在しない", 0, ""),  # the answer is nowhere: skipped
        Question("q-3", "what", "首相は何を語った？", "{{c2::秘密}}", 0, "[速報]"),
    )
    return StudySet(article, vocabulary, (), questions)


def test_anki_syntax_in_article_text_stays_inert(col: Collection, tmp_path: Path) -> None:
    stats = build([_tricky_study_set()], tmp_path / "tricky.apkg")
    import_apkg(col, tmp_path / "tricky.apkg")
    assert stats.skipped == 1
    # One cloze card only: {{c2::秘密}} in the article did not become a second deletion.
    assert col.card_count() == 2 + 1 + 1 == stats.cards
    deck_names = {d.name for d in col.decks.all_names_and_ids()}
    assert "時事::undated 速報：首相 会見" in deck_names  # "::" in a title is no subdeck
    (cloze_card,) = col.find_cards('"note:studygen Cloze v1"')
    card = col.get_card(cloze_card)
    # [べい] is article text, not a reading for the furigana filter
    assert "<rt>べい</rt>" not in card.question() + card.answer()
    assert "12&#58;30" in card.answer()  # the colon did not become a cloze hint
    assert "は {{c1::12&#58;30}} に" in card.note()["Text"]  # spaces around the deletion kept
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        assert "{{" not in card.question() + card.answer()
        assert "<rt>" not in card.question()
    (note_id,) = col.find_notes("tag:studygen::article::tricky0001 tag:kind::vocabulary")
    assert "example.com/a?b=1&amp;c=2" in col.get_note(note_id)["Source"]


# --- re-import and identity --------------------------------------------------------------------


def test_reimporting_the_same_build_adds_and_duplicates_nothing(
    imported: Collection, tmp_path: Path,
) -> None:
    notes, cards = imported.note_count(), imported.card_count()
    log = import_apkg(imported, tmp_path / "deck.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
    assert len(log.duplicate) == notes  # "duplicate" is Anki's word for "already there, unchanged"
    assert (imported.note_count(), imported.card_count()) == (notes, cards)


@pytest.mark.parametrize("merge", [True, False], ids=["merge-notetypes", "no-merge"])
def test_rebuild_updates_the_note_and_keeps_review_history(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet, merge: bool,
) -> None:
    build([hand_made_study_set], tmp_path / "v1.apkg")
    import_apkg(col, tmp_path / "v1.apkg", merge=merge)
    notes, cards = col.note_count(), col.card_count()

    card_id = answer_first_card(col, f"{DECK}::語彙")
    studied = col.get_card(card_id)
    lemma = studied.note()["Term"]
    history = revlog_count(col, card_id)
    schedule = (studied.type, studied.queue, studied.due, studied.ivl, studied.did)
    assert history == 1
    # The learner files another card of the same note under a deck of their own and suspends it.
    (other_id,) = [c for c in studied.note().card_ids() if c != card_id]
    own_deck = col.decks.id("私の単語")
    col.set_deck([other_id], own_deck)
    col.sched.suspend_cards([other_id])

    # Rebuild at once, within the same second: the stamp must still be newer.
    changed = with_gloss(hand_made_study_set, lemma, ("a corrected gloss",))
    build([changed], tmp_path / "v2.apkg")
    log = import_apkg(col, tmp_path / "v2.apkg", merge=merge)

    assert len(log.new) == 0 and len(log.updated) >= 1
    assert (col.note_count(), col.card_count()) == (notes, cards)
    after = col.get_card(card_id)  # same card id: the lookup would fail otherwise
    assert after.note()["Meaning"] == "a corrected gloss"
    assert "a corrected gloss" in after.answer()
    assert revlog_count(col, card_id) == history
    assert (after.type, after.queue, after.due, after.ivl, after.did) == schedule
    other = col.get_card(other_id)
    assert (other.did, other.queue) == (own_deck, -1)  # -1: suspended


@pytest.mark.parametrize(("later", "updated"), [(0, False), (1, True), (3600, True)])
def test_anki_updates_only_strictly_newer_builds(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet, later: int, updated: bool,
) -> None:
    """Why the stamp matters: a build stamped in the same second as the last one is dropped."""
    stamp = 1_800_000_000
    build([hand_made_study_set], tmp_path / "v1.apkg", timestamp=stamp)
    import_apkg(col, tmp_path / "v1.apkg")
    build([with_gloss(hand_made_study_set, "締結", ("treaty signing",))], tmp_path / "v2.apkg",
          timestamp=stamp + later)
    import_apkg(col, tmp_path / "v2.apkg")
    (note_id,) = col.find_notes("Term:締結")
    assert (col.get_note(note_id)["Meaning"] == "treaty signing") is updated


def test_builds_in_one_process_get_increasing_stamps(
    tmp_path: Path, hand_made_study_set: StudySet,
) -> None:
    stamps = [build([hand_made_study_set], tmp_path / f"{i}.apkg").timestamp for i in range(3)]
    assert stamps == sorted(set(stamps))


@pytest.mark.parametrize(
    "clock",
    [
        (1000.0, 1000.0, 1000.0),  # a burst within one second
        (1000.2, 1000.9, 1001.1),  # the clock crosses a second mid-burst
        (2000.5, 1999.0),  # the clock steps back (NTP): never reuse a stamp
    ],
)
def test_next_stamp_is_strictly_increasing(clock: tuple[float, ...]) -> None:
    stamps = [next_stamp(t) for t in clock]
    assert all(b > a for a, b in itertools.pairwise(stamps))
    assert stamps[0] >= clock[0]


def test_learner_edits_and_newer_rebuilds(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet,
) -> None:
    """Pins Anki's rule the README states: the newer side wins, field by field it does not merge.

    An edit made after a build survives re-importing that build; a rebuild made after the edit
    replaces the whole note, the learner's Notes field and own tags included.
    """
    build([hand_made_study_set], tmp_path / "v1.apkg", timestamp=1_700_000_000)  # 2023
    import_apkg(col, tmp_path / "v1.apkg")
    (note_id,) = col.find_notes("Term:締結")
    note = col.get_note(note_id)
    note["Notes"] = "条約の締結 = treaty conclusion"
    note.tags.append("mine")
    col.update_note(note)

    import_apkg(col, tmp_path / "v1.apkg")  # the older build again: the edit stays
    assert col.get_note(note_id)["Notes"] == "条約の締結 = treaty conclusion"

    build([hand_made_study_set], tmp_path / "v2.apkg")  # stamped now: newer than the edit
    import_apkg(col, tmp_path / "v2.apkg")
    after = col.get_note(note_id)
    assert after["Notes"] == ""
    assert "mine" not in after.tags


def test_update_never_keeps_learner_edits(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet,
) -> None:
    build([hand_made_study_set], tmp_path / "v1.apkg")
    import_apkg(col, tmp_path / "v1.apkg")
    (note_id,) = col.find_notes("Term:締結")
    note = col.get_note(note_id)
    note["Notes"] = "mine"
    col.update_note(note)
    changed = with_gloss(hand_made_study_set, "締結", ("x",))
    build([changed], tmp_path / "v2.apkg", timestamp=4_000_000_000)  # far newer than the edit
    log = import_apkg(col, tmp_path / "v2.apkg", update=NEVER)
    assert len(log.new) == 0
    assert col.get_note(note_id)["Notes"] == "mine"


# --- several articles, decks, design -------------------------------------------------------------


def test_several_articles_in_one_package(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet,
) -> None:
    second_article = dataclasses.replace(
        hand_made_study_set.article, id="ffff00001111", title="第二の記事", published=None,
    )
    second = dataclasses.replace(hand_made_study_set, article=second_article)
    stats = build([hand_made_study_set, second, hand_made_study_set], tmp_path / "two.apkg")
    import_apkg(col, tmp_path / "two.apkg")
    one = expected_counts(hand_made_study_set)
    assert stats.cards == col.card_count() == 2 * one["cards"]  # the repeated article once
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {DECK, "時事::undated 第二の記事", "時事::undated 第二の記事::語彙"} <= names
    assert len(col.find_notes("tag:studygen::article::ffff00001111")) == stats.notes // 2


@pytest.mark.parametrize(
    ("title", "published", "parent", "expected"),
    [
        ("日米首脳会談", "2026-03-14", "時事", "時事::2026-03-14 日米首脳会談"),
        ("日米首脳会談", None, "時事", "時事::undated 日米首脳会談"),
        ("速報::首脳会談", "2026-03-14", "時事", "時事::2026-03-14 速報：首脳会談"),
        ("  改行\nあり  ", "2026-03-14", "日本語::時事", "日本語::時事::2026-03-14 改行 あり"),
        ("日米首脳会談", "2026-03-14", "", "2026-03-14 日米首脳会談"),
        ("", "2026-03-14", "時事", "時事::2026-03-14 abc123"),
    ],
)
def test_article_deck_name(title: str, published: str | None, parent: str, expected: str) -> None:
    article = Article("abc123", title, "x.txt", published, ())
    assert article_deck_name(article, Options(parent_deck=parent)) == expected


def test_deck_ids_are_stable_and_safe_for_javascript() -> None:
    assert deck_id_for(DECK) == deck_id_for(DECK)
    assert deck_id_for(DECK) != deck_id_for(DECK + "::語彙")
    assert 2**52 <= deck_id_for(DECK) < 2**53


@pytest.mark.parametrize("model", [VOCAB_MODEL, FACT_MODEL, CLOZE_MODEL], ids=lambda m: m.name)
def test_card_design_is_offline_and_japanese(model: genanki.Model) -> None:
    templates = " ".join(t["qfmt"] + t["afmt"] for t in model.templates)
    everything = (templates + model.css).lower()
    for banned in ("<script", "http:", "https:", "url(", "@import", "<link", "<img"):
        assert banned not in everything
    assert 'lang="ja"' in templates
    assert "{{Source}}" in templates
    fonts = ("Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic", "Meiryo", "sans-serif")
    for font in fonts:
        assert font in model.css
    assert ".nightMode" in model.css and ".night_mode" in model.css


def test_fields_of_every_note_type_are_frozen() -> None:
    # Changing a list here forks the note type in every learner's collection: add a v2 model.
    assert [f["name"] for f in VOCAB_MODEL.fields] == [
        "Term", "Reading", "Furigana", "Meaning", "PartOfSpeech", "Sentence", "SentenceFurigana",
        "SentenceGap", "Level", "Source", "Notes", "Accent", "Audio", "SentenceAudio",
    ]
    assert [f["name"] for f in FACT_MODEL.fields] == [
        "Question", "Choices", "Answer", "Explanation", "Source",
    ]
    assert [f["name"] for f in CLOZE_MODEL.fields] == ["Text", "Extra", "Source"]
    assert [t["name"] for t in VOCAB_MODEL.templates] == ["Recognition", "Production"]


def test_rebuild_never_deletes_or_moves(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet,
) -> None:
    """A word dropped from a rebuild stays, and a retitled article's cards stay in the old deck."""
    build([hand_made_study_set], tmp_path / "v1.apkg")
    import_apkg(col, tmp_path / "v1.apkg")
    notes = col.note_count()
    retitled = dataclasses.replace(
        hand_made_study_set,
        article=dataclasses.replace(hand_made_study_set.article, title="日米首脳会談"),
        vocabulary=hand_made_study_set.vocabulary[1:],
    )
    build([retitled], tmp_path / "v2.apkg")
    log = import_apkg(col, tmp_path / "v2.apkg")
    assert len(log.new) == 0
    assert col.note_count() == notes
    assert col.find_notes(f"Term:{hand_made_study_set.vocabulary[0].lemma}")
    assert col.find_cards('"deck:時事::2026-03-14 日米首脳会談"') == []
    assert len(col.find_cards(f'"deck:{DECK}"')) == col.card_count()


def test_a_meaning_built_from_its_parts_is_not_printed_twice() -> None:
    from studygen.model import Term

    built = Term("v-9", "会談決裂", "会談決裂", "かいだんけつれつ", "", "noun",
                 ("会談 conversation + 決裂 breakdown",), 0, gloss_note="会談 conversation + 決裂 breakdown")
    assert built.gloss_note_shown == "meaning built from its parts"
    noted = Term("v-8", "融和的", "融和的", "ゆうわてき", "", "noun", ("conciliatory",), 0,
                 gloss_note="融和 harmony + 的 -ic")
    assert noted.gloss_note_shown == "融和 harmony + 的 -ic"


@pytest.mark.parametrize("merge", [True, False])
def test_notes_of_the_v1_vocabulary_type_update_in_place(
    col: Collection, tmp_path: Path, hand_made_study_set: StudySet, merge: bool,
) -> None:
    # Decks built before the Accent and Audio fields carried "studygen Vocabulary v1"
    # (1_738_290_411, 11 fields). Their notes must become v2 notes, not be duplicated.
    old_fields = VOCAB_MODEL.fields[:11]
    v1 = genanki.Model(1_738_290_411, "studygen Vocabulary v1", fields=old_fields,
                       templates=VOCAB_MODEL.templates, css=VOCAB_MODEL.css)
    deck = genanki.Deck(deck_id_for(DECK), DECK)
    article = hand_made_study_set.article
    for term in hand_made_study_set.vocabulary:
        deck.add_note(genanki.Note(model=v1, fields=[term.lemma, term.reading] + [""] * 9,
                                   guid=genanki.guid_for(article.id, "vocabulary", term.lemma)))
    old = tmp_path / "old.apkg"
    genanki.Package([deck]).write_to_file(str(old), timestamp=1_700_000_000)
    assert len(import_apkg(col, old).new) == 4
    build([hand_made_study_set], tmp_path / "new.apkg")
    log = import_apkg(col, tmp_path / "new.apkg", merge=merge)
    assert not log.duplicate
    if merge:  # Anki's "Merge note types": the v1 notes become v2 notes, reviews kept
        assert len(log.updated) == 4 and not log.conflicting
        assert len(col.find_notes(f'"note:{VOCAB}"')) == 4
        assert col.find_notes('"note:studygen Vocabulary v1"') == []
    else:  # without it Anki reports them as conflicting and leaves them as they were (README)
        assert len(log.conflicting) == 4 and not log.updated
        assert len(col.find_notes('"note:studygen Vocabulary v1"')) == 4
    assert len(col.find_notes("tag:kind::vocabulary or \"note:studygen Vocabulary v1\"")) == 4
