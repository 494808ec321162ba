"""The glossary across articles: counts checked on hand-made study sets, then over three real
builds of the test articles, its four files read back and its deck imported beside the
articles' decks into real Anki (no note twice)."""

from __future__ import annotations

import csv
import dataclasses
import json
import subprocess
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from hypothesis import given, settings
from hypothesis import strategies as st

from studygen.cli import main
from studygen.export.glossary import glossary_csv, glossary_to_dict
from studygen.export.studyset import from_dict, to_json
from studygen.glossary import build_glossary, find_study_sets
from studygen.model import StudySet

ROOT = Path(__file__).parent.parent
# Three articles that share words: the example and diplomacy-summit are both summits (会談,
# 安全保障); business-merger shares 見込む with the example.
THREE = [ROOT / "examples" / "us-ukraine-summit.txt",
         ROOT / "tests" / "fixtures" / "articles" / "diplomacy-summit.txt",
         ROOT / "tests" / "fixtures" / "articles" / "business-merger.txt"]


def variant(study_set: StudySet, article_id: str, published: str | None, lemmas: set[str],
            count: int = 1) -> StudySet:
    article = dataclasses.replace(study_set.article, id=article_id, published=published)
    vocabulary = tuple(dataclasses.replace(t, count=count) for t in study_set.vocabulary
                       if t.lemma in lemmas)
    return dataclasses.replace(study_set, article=article, vocabulary=vocabulary)


# (lemma, articles, occurrences) for three variants of the hand-made article, in rank order.
EXPECTED = [
    ("安全保障", 3, 6),  # in all three: 1 + 2 + 3
    ("締結", 2, 3),  # in the first two: 1 + 2
    ("見送る", 1, 3),  # once, three times in the third article: before 首脳会談 (one time)
    ("首脳会談", 1, 1),
]


def three_variants(hand_made: StudySet) -> list[StudySet]:
    return [
        variant(hand_made, "aaaaaaaaaaaa", "2026-03-01", {"首脳会談", "安全保障", "締結"}, 1),
        variant(hand_made, "bbbbbbbbbbbb", "2026-03-02", {"安全保障", "締結"}, 2),
        variant(hand_made, "cccccccccccc", None, {"安全保障", "見送る"}, 3),
    ]


def test_counts_and_rank(hand_made_study_set: StudySet) -> None:
    sets = three_variants(hand_made_study_set)
    glossary = build_glossary(list(reversed(sets)))  # input order does not matter
    assert [(e.term.lemma, e.articles, e.occurrences) for e in glossary.entries] == EXPECTED
    first = glossary.entries[0]
    # examples in date order (undated last), the note is the first article's
    assert [x.article_id for x in first.examples] == ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"]
    assert first.article_id == "aaaaaaaaaaaa"
    assert first.examples[0].sentence == "両首脳は安全保障の協定締結を目指したが、署名は見送られた。"
    data = glossary_to_dict(glossary)
    assert [w["articles"] for w in data["words"]] == [e[1] for e in EXPECTED]
    rows = list(csv.DictReader(glossary_csv(glossary).lstrip("\ufeff").splitlines()))
    assert [(r["lemma"], int(r["articles"]), int(r["occurrences"])) for r in rows] == EXPECTED


def test_same_article_in_two_folders_counts_once(tmp_path: Path, hand_made_study_set: StudySet) -> None:
    for folder in ("a", "b/deeper"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.json").write_text(to_json(hand_made_study_set), encoding="utf-8")
    (tmp_path / "a" / "other.json").write_text('{"not": "a study set"}', encoding="utf-8")
    (tmp_path / "a" / "broken.json").write_text("{", encoding="utf-8")
    study_sets, skipped = find_study_sets([tmp_path])
    assert len(study_sets) == 1
    assert sorted(Path(p).name for p in skipped) == ["broken.json", "other.json"]


def test_old_study_sets_without_accent_and_domains_load(hand_made_study_set: StudySet) -> None:
    data = json.loads(to_json(hand_made_study_set))
    for item in data["vocabulary"]:
        del item["accent"], item["domains"]
    old = from_dict(data)
    assert all(t.accent == () and t.domains == () for t in old.vocabulary)
    assert build_glossary([old]).entries


lemmas = st.sampled_from(["安全保障", "締結", "見送る", "首脳会談"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sets(lemmas), st.integers(1, 5)), min_size=1, max_size=6))
def test_counts_are_sums_over_articles(articles: list[tuple[set[str], int]]) -> None:
    from tests.conftest import _hand_made_study_set

    base = _hand_made_study_set()
    sets = [variant(base, f"{i:012x}", f"2026-01-{i + 1:02d}", words, n)
            for i, (words, n) in enumerate(articles)]
    glossary = build_glossary(sets)
    for entry in glossary.entries:
        having = [(w, n) for w, n in articles if entry.term.lemma in w]
        assert entry.articles == len(having)
        assert entry.occurrences == sum(n for _, n in having)
    assert {e.term.lemma for e in glossary.entries} == set().union(*(w for w, _ in articles))
    keys = [(-e.articles, -e.occurrences) for e in glossary.entries]
    assert keys == sorted(keys)


# --- three real builds ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("builds")
    with pytest.raises(SystemExit) as done:
        main(["build", *map(str, THREE), "-o", str(out), "--no-pdf", "-q"])
    assert done.value.code in (0, None)
    return out


@pytest.fixture(scope="module")
def glossary_dir(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("glossary")
    with pytest.raises(SystemExit) as done:
        main(["glossary", str(built), "-o", str(out), "-q"])
    assert done.value.code in (0, None)
    return out


def test_glossary_of_three_articles_counts_shared_words(built: Path, glossary_dir: Path) -> None:
    per_article = [json.loads(p.read_text("utf-8")) for p in sorted(built.rglob("*.json"))]
    assert len(per_article) == 3
    expected: dict[tuple[str, str], list[int]] = {}
    for data in per_article:
        for key in {(t["lemma"], t["reading"]) for t in data["vocabulary"]}:
            times = sum(t["count"] for t in data["vocabulary"] if (t["lemma"], t["reading"]) == key)
            expected.setdefault(key, []).append(times)
    words = json.loads((glossary_dir / "glossary.json").read_text("utf-8"))["words"]
    got = {(w["lemma"], w["reading"]): (w["articles"], w["occurrences"]) for w in words}
    assert got == {k: (len(v), sum(v)) for k, v in expected.items()}
    shared = [w for w in words if w["articles"] > 1]
    assert len(shared) >= 2  # the articles do share words (会談, 安全保障 and 見込む when written)
    assert words[: len(shared)] == shared  # recurring words first
    for w in shared:
        assert len(w["examples"]) == w["articles"]
        assert all(x["sentence"] for x in w["examples"])


def test_all_four_files(glossary_dir: Path) -> None:
    words = json.loads((glossary_dir / "glossary.json").read_text("utf-8"))["words"]
    rows = list(csv.DictReader((glossary_dir / "glossary.csv").read_text("utf-8-sig").splitlines()))
    assert [r["lemma"] for r in rows] == [w["lemma"] for w in words]
    pdf = glossary_dir / "glossary.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "CID" in fonts and "yes" in fonts  # a Japanese font, embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert words[0]["lemma"] in text and "ニュースの語彙" in text
    assert not list(glossary_dir.glob("*.part"))


def new_collection(folder: Path) -> Collection:
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_apkg(col: Collection, path: Path):
    return col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(merge_notetypes=True))).log


@pytest.mark.parametrize("glossary_first", [False, True])
def test_glossary_deck_merges_with_the_article_decks(
    built: Path, glossary_dir: Path, tmp_path: Path, glossary_first: bool,
) -> None:
    decks = sorted(built.rglob("*.apkg"))
    col = new_collection(tmp_path / "col")
    try:
        if glossary_first:
            log = import_apkg(col, glossary_dir / "glossary.apkg")
            assert len(log.new) == len(json.loads((glossary_dir / "glossary.json").read_text("utf-8"))["words"])
        counts = []
        for deck in decks:
            counts.append(len(import_apkg(col, deck).new))
        notes_after_articles = col.note_count()
        if not glossary_first:
            log = import_apkg(col, glossary_dir / "glossary.apkg")
            assert len(log.new) == 0 and len(log.duplicate) == 0 and len(log.conflicting) == 0
        assert col.note_count() == notes_after_articles
        # every article note once, whichever deck came first
        fresh = new_collection(tmp_path / "fresh")
        try:
            for deck in decks:
                import_apkg(fresh, deck)
            assert col.note_count() == fresh.note_count()
        finally:
            fresh.close()
        tagged = col.find_notes("tag:studygen::glossary")
        assert tagged and all(col.get_note(n).note_type()["name"] == "studygen Vocabulary v2" for n in tagged)
    finally:
        col.close()


def test_glossary_of_nothing_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["glossary", str(tmp_path), "-o", str(tmp_path / "out")])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "no study-set JSON found" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_glossary_deck_with_audio_keeps_the_notes_sounds(
    hand_made_study_set: StudySet, tmp_path: Path, audio_cache: Path,
) -> None:
    from studygen.audio import make_recordings
    from studygen.export.anki import write_deck
    from studygen.export.glossary import write_glossary
    from studygen.options import Options

    options = Options(audio="words", audio_cache=audio_cache)
    sets = three_variants(hand_made_study_set)
    write_glossary(build_glossary(sets), tmp_path / "g", options)
    write_deck(sets[:1], tmp_path / "a.apkg", options, recordings=make_recordings(sets[:1], options))
    col = new_collection(tmp_path / "col")
    try:
        import_apkg(col, tmp_path / "a.apkg")
        sounds = {col.get_note(n)["Term"]: col.get_note(n)["Audio"] for n in col.find_notes("tag:kind::vocabulary")}
        log = import_apkg(col, tmp_path / "g" / "glossary.apkg")
        # Only 見送る is new (its article's deck was not imported); Anki's log calls the other
        # three "duplicate": the same notes, not newer, so skipped.
        assert [n.fields[0] for n in log.new] == ["見送る"] and len(log.duplicate) == 3
        assert len(col.find_notes("tag:kind::vocabulary")) == 4
        for nid in col.find_notes("tag:kind::vocabulary"):
            note = col.get_note(nid)
            assert note["Audio"].startswith("[sound:studygen-")
            assert (Path(col.media.dir()) / note["Audio"][7:-1]).exists()
            if note["Term"] in sounds:  # the glossary's update keeps the article deck's sound
                assert note["Audio"] == sounds[note["Term"]]
    finally:
        col.close()
