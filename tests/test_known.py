"""Known words: from a text list and from a small Anki collection made here with the anki library
(studied cards set through the collection API), left out of the deck and the handout only."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

from studygen.cli import main
from studygen.errors import KnownWordsError
from studygen.export.handout import vocabulary_html
from studygen.known import load_known_words, words_from_text
from studygen.model import StudySet
from studygen.options import Options
from studygen.pipeline import without_known_words, write_outputs

# (line in the learner's list, a vocabulary item (lemma, form in the text, reading), known?)
LINES = [
    ("締結", ("締結", "締結", "ていけつ"), True),
    ("見送られた", ("見送る", "見送られ", "みおくる"), True),  # inflected: its dictionary form
    ("見送る", ("見送る", "見送られ", "みおくる"), True),
    ("しゅのうかいだん", ("首脳会談", "首脳会談", "しゅのうかいだん"), True),  # kana: by reading
    ("シュノウカイダン", ("首脳会談", "首脳会談", "しゅのうかいだん"), True),
    ("署名した", ("署名", "署名", "しょめい"), True),  # a verbal noun with する
    ("会談 かいだん talks", ("会談", "会談", "かいだん"), True),  # a reading and meaning after it
    ("会談\tmeeting", ("会談", "会談", "かいだん"), True),
    ("安全", ("安全保障", "安全保障", "あんぜんほしょう"), False),  # a part is not the word
    ("安全保障", ("安全", "安全", "あんぜん"), False),  # nor the word a part of it
    ("# 締結", ("締結", "締結", "ていけつ"), False),  # a comment
    ("はし", ("橋", "橋", "はし"), True),  # known by ear
]


@pytest.mark.parametrize(("line", "item", "known"), LINES, ids=[f"{ln}-{i[0]}" for ln, i, _ in LINES])
def test_text_list(line: str, item: tuple[str, str, str], known: bool) -> None:
    from studygen.model import Term

    lemma, surface, reading = item
    term = Term("v-0000000000", surface, lemma, reading, lemma, "名詞", ("x",), 0)
    assert words_from_text(line + "\n").knows(term) is known


def test_a_utf8_list_with_a_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "known.txt"
    path.write_bytes("\ufeff締結\n\n  \n会談\r\n".encode())
    assert load_known_words(path).words == {"締結", "会談"}


@pytest.mark.parametrize(("name", "data", "message"), [
    ("cp932.txt", "締結\n".encode("cp932"), "not UTF-8"),
    ("broken.apkg", b"not a zip", "not an Anki collection"),
    ("broken.anki2", b"not sqlite", "not an Anki collection"),
])
def test_bad_files_are_user_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(KnownWordsError, match=message):
        load_known_words(path)


# --- an Anki collection made in the test ----------------------------------------------------------

STUDIED = ["締結", "見送[みおく]る", "<b>首脳会談</b>"]  # as learners' fields hold them
NEW = ["安全保障"]


def make_collection(folder: Path) -> Path:
    """A collection with a Basic note per word; the cards of STUDIED reviewed, NEW untouched."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "collection.anki2"
    col = Collection(str(path))
    try:
        basic = col.models.by_name("Basic")
        deck = col.decks.id("Japanese")
        for word in STUDIED + NEW:
            note = col.new_note(basic)
            note["Front"], note["Back"] = word, "meaning"
            col.add_note(note, deck)
            if word in STUDIED:
                for card in note.cards():
                    card.type, card.queue, card.ivl, card.due = 2, 2, 10, 100  # review cards
                    col.update_card(card)
        # A note of another type whose word is in a field called Expression, studied.
        model = col.models.new("Mining")
        for name in ("Expression", "Meaning"):
            col.models.add_field(model, col.models.new_field(name))
        template = col.models.new_template("Card 1")
        template["qfmt"], template["afmt"] = "{{Expression}}", "{{Meaning}}"
        col.models.add_template(model, template)
        col.models.add(model)
        note = col.new_note(col.models.by_name("Mining"))
        note["Expression"], note["Meaning"] = "停戦", "ceasefire"
        col.add_note(note, deck)
        for card in note.cards():
            card.type, card.queue, card.ivl, card.due = 2, 2, 10, 100
            col.update_card(card)
        col.export_anki_package(out_path=str(folder / "words.apkg"),
                                options=ExportAnkiPackageOptions(with_scheduling=True),
                                limit=None)
        col.export_collection_package(str(folder / "words.colpkg"), include_media=False, legacy=False)
    finally:
        col.close()
    return path


@pytest.fixture(scope="module")
def anki_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("known-anki")
    col = make_collection(folder)
    return {".anki2": col, ".apkg": folder / "words.apkg", ".colpkg": folder / "words.colpkg"}


@pytest.mark.parametrize("kind", [".anki2", ".apkg", ".colpkg"])
def test_words_of_studied_notes_from_anki(anki_files: dict[str, Path], kind: str) -> None:
    before = anki_files[kind].read_bytes()
    known = load_known_words(anki_files[kind])
    # First field of each studied note, HTML and furigana removed; new cards do not count.
    assert {"締結", "見送る", "首脳会談", "停戦"} <= known.words
    assert "安全保障" not in known.words and "meaning" not in known.words
    assert anki_files[kind].read_bytes() == before  # the learner's file is never changed


def test_a_named_field(anki_files: dict[str, Path]) -> None:
    known = load_known_words(anki_files[".apkg"], "Expression")
    assert "停戦" in known.words and "締結" not in known.words  # Basic notes have no Expression
    with pytest.raises(KnownWordsError, match="no studied note has a field named 'Word'"):
        load_known_words(anki_files[".apkg"], "Word")


def test_known_words_leave_the_deck_and_handout_not_the_worksheet(
    anki_files: dict[str, Path], hand_made_study_set: StudySet, tmp_path: Path,
) -> None:
    options = Options(known=anki_files[".anki2"])
    personal, count = without_known_words(hand_made_study_set, options)
    assert count == 3
    assert {t.lemma for t in personal.vocabulary} == {"安全保障"}
    # questions on a known word go too (締結's reading, 首脳会談's meaning)
    assert {q.term_id for q in personal.questions if q.term_id} <= {t.id for t in personal.vocabulary}
    handout = vocabulary_html(personal, options)
    assert re.findall(r'<td class="reading">([^<]*)</td>', handout) == ["あんぜんほしょう"]

    outputs = write_outputs(hand_made_study_set, tmp_path, options)
    assert outputs.known == 3
    sheet = pdf_text(outputs.worksheet)
    assert "「締結」の読み方" in sheet  # the class's sheet keeps every word and question
    handout_text = pdf_text(outputs.vocabulary)
    assert "conclusion" not in handout_text and "summitmeeting" not in handout_text  # meanings
    assert "securityguarantee" in handout_text
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(outputs.deck), options=ImportAnkiPackageOptions(merge_notetypes=True)))
        terms = {col.get_note(n)["Term"] for n in col.find_notes("tag:kind::vocabulary")}
        assert terms == {"安全保障"}
        assert not col.find_notes("tag:kind::reading")  # 締結's reading question went with it
    finally:
        col.close()


def pdf_text(path: Path | None) -> str:
    assert path is not None
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")


def test_cli_rejects_a_bad_known_file_before_building(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "words.apkg"
    bad.write_bytes(b"junk")
    with pytest.raises(SystemExit) as done:
        main(["build", "examples/us-ukraine-summit.txt", "-o", str(tmp_path / "out"), "--known", str(bad)])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot read the known words" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
