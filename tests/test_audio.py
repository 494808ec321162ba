"""Audio, offline: real OpenJTalk speech encoded by real ffmpeg, checked with ffprobe, and the deck
with its media imported by the real Anki importer (cards play their sound)."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from studygen.audio import make_recordings, recording_for
from studygen.cli import main
from studygen.export.anki import write_deck
from studygen.export.anki_models import VOCAB_MODEL
from studygen.model import StudySet
from studygen.options import Options

pytestmark = pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffmpeg not installed: run make bootstrap")

EXAMPLE = Path(__file__).parent.parent / "examples" / "us-ukraine-summit.txt"


def probe(path: Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries",
         "format=format_name,duration:stream=codec_name,channels,sample_rate", "-of", "json", str(path)],
        capture_output=True, text=True, check=True).stdout
    return json.loads(out)


# (text, shortest, longest seconds): a word about a second with OpenJTalk's pauses around it; a
# sentence of 30 characters some five seconds.
DURATIONS = [
    ("箸", 0.4, 1.6),
    ("安全保障", 0.8, 2.2),
    ("両首脳はワシントンで会談し、協定に署名する予定だった。", 3.0, 9.0),
]


@pytest.mark.parametrize(("text", "shortest", "longest"), DURATIONS)
def test_recordings_are_real_mp3_of_the_right_length(audio_cache: Path, text: str, shortest: float,
                                                     longest: float) -> None:
    path = recording_for(text, audio_cache)
    info = probe(path)
    assert info["format"]["format_name"] == "mp3"
    (stream,) = info["streams"]
    assert (stream["codec_name"], stream["channels"], stream["sample_rate"]) == ("mp3", 1, "24000")
    assert shortest <= float(info["format"]["duration"]) <= longest
    assert path.stat().st_size < 12_000 * longest  # 32 kbit/s: about 4 KB a second


def test_files_are_named_by_content_and_never_made_twice(audio_cache: Path) -> None:
    first = recording_for("会談", audio_cache)
    stamp = first.stat().st_mtime_ns
    again = recording_for("会談", audio_cache)
    assert again == first and again.stat().st_mtime_ns == stamp  # from the cache, not rewritten
    assert recording_for("会見", audio_cache) != first
    assert first.name.startswith("studygen-") and first.suffix == ".mp3"
    assert not [p for p in audio_cache.iterdir() if p.name.startswith(".")]  # no work files left


@pytest.mark.parametrize("text", ["…", "「」", "\u3000", ""])
def test_nothing_to_say_gives_no_file(audio_cache: Path, text: str, capfd: pytest.CaptureFixture[str]) -> None:
    assert recording_for(text, audio_cache) is None
    assert "No phoneme" not in capfd.readouterr().err  # OpenJTalk's C warning never reaches the user


def test_words_only_by_default_sentences_with_all(example_study_set: StudySet, audio_cache: Path) -> None:
    words = make_recordings([example_study_set], Options(audio="words", audio_cache=audio_cache))
    assert set(words.words) == {(t.lemma, t.reading) for t in example_study_set.vocabulary}
    assert words.sentences == {}
    assert make_recordings([example_study_set], Options(audio_cache=audio_cache)).files() == []


def new_collection(folder: Path) -> Collection:
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_with_media(col: Collection, path: Path):
    return col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(merge_notetypes=True))).log


def test_deck_with_audio_imports_with_media_and_cards_play_it(
    tmp_path: Path, hand_made_study_set: StudySet, audio_cache: Path,
) -> None:
    options = Options(audio="all", audio_cache=audio_cache)
    recordings = make_recordings([hand_made_study_set], options)
    stats = write_deck([hand_made_study_set], tmp_path / "deck.apkg", options, recordings=recordings)
    words = {(t.lemma, t.reading) for t in hand_made_study_set.vocabulary}
    sentences = {t.sentence_index for t in hand_made_study_set.vocabulary}
    assert stats.media == len(words) + len(sentences)
    with zipfile.ZipFile(tmp_path / "deck.apkg") as z:
        media = json.loads(z.read("media"))
        assert sorted(media.values()) == sorted(Path(p).name for p in recordings.files())

    col = new_collection(tmp_path / "col")
    try:
        import_with_media(col, tmp_path / "deck.apkg")
        in_collection = set(Path(col.media.dir()).iterdir())
        assert {p.name for p in in_collection} == set(media.values())
        for path in in_collection:  # the importer copied the real files, byte for byte
            assert path.read_bytes() == (audio_cache / path.name).read_bytes()
        for nid in col.find_notes(f'"note:{VOCAB_MODEL.name}"'):
            note = col.get_note(nid)
            word_file = Path(recordings.words[(note["Term"], note["Reading"])]).name
            assert note["Audio"] == f"[sound:{word_file}]"
            for card in note.cards():
                played = [tag.filename for tag in card.answer_av_tags()]
                assert word_file in played
                assert not card.question_av_tags() or card.template()["name"] == "Production"
                # the recognition card's front never plays the word: that would give the answer
                if card.template()["name"] == "Recognition":
                    assert card.question_av_tags() == []
                assert len(played) == 2  # the word and its sentence
    finally:
        col.close()


def test_build_with_audio_and_known_words_from_the_command_line(
    tmp_path: Path, audio_cache: Path, example_study_set: StudySet, capsys: pytest.CaptureFixture[str],
) -> None:
    known = tmp_path / "words.txt"
    known.write_text("会談\n署名した\n", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["build", str(EXAMPLE), "-o", str(tmp_path / "out"), "--no-pdf", "--audio",
              "--known", str(known), "--audio-cache", str(audio_cache),
              "--package", str(tmp_path / "all.apkg")])
    assert done.value.code in (0, None)
    out = capsys.readouterr().out
    assert "2 known, left out of the deck and handout" in out
    deck = tmp_path / "out" / "us-ukraine-summit" / "us-ukraine-summit.apkg"
    col = new_collection(tmp_path / "col")
    try:
        log = import_with_media(col, deck)
        assert log.new
        terms = {col.get_note(n)["Term"]: col.get_note(n) for n in col.find_notes(f'"note:{VOCAB_MODEL.name}"')}
        assert "会談" not in terms and "署名" not in terms
        expected = {t.lemma for t in example_study_set.vocabulary} - {"会談", "署名"}
        assert set(terms) == expected
        media = {p.name for p in Path(col.media.dir()).iterdir()}
        for note in terms.values():  # audio on every vocabulary card
            assert note["Audio"].startswith("[sound:studygen-")
            assert note["Audio"][7:-1] in media
        # --package holds the same notes, with the same sounds, and the same known words left out
        with zipfile.ZipFile(tmp_path / "all.apkg") as z, zipfile.ZipFile(deck) as d:
            assert sorted(json.loads(z.read("media")).values()) == sorted(json.loads(d.read("media")).values())
        log = import_with_media(col, tmp_path / "all.apkg")
        assert not log.new
    finally:
        col.close()
