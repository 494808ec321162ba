"""`studygen render`: an edited study-set JSON back into the deck, the PDFs and the JSON.

Faults first (a table: the edit, the one line it must give), then the real consumers: the
rebuilt worksheet read back with pdftotext, and the rebuilt deck imported into a real Anki
collection after the first one (updated in place, no duplicates).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection

from studygen.export.studyset import to_dict, to_json
from studygen.export.studyset_reader import first_fault, parse_study_set
from studygen.model import StudySet
from studygen.options import Options
from studygen.pipeline import write_outputs

from .test_anki import import_apkg


def _hex_id(prefix: str, old: str) -> str:
    return f"{prefix}-{hashlib.sha1(old.encode()).hexdigest()[:10]}"


@pytest.fixture
def study_set(hand_made_study_set: StudySet) -> StudySet:
    """The hand-made set with ids of the schema's shape (v-1 -> v-0f3…)."""
    s = hand_made_study_set
    ids = {t.id: _hex_id("v", t.id) for t in s.vocabulary}
    return dataclasses.replace(
        s,
        vocabulary=tuple(dataclasses.replace(t, id=ids[t.id]) for t in s.vocabulary),
        names=tuple(dataclasses.replace(n, id=_hex_id("n", n.id)) for n in s.names),
        questions=tuple(dataclasses.replace(q, id=_hex_id("q", q.id), term_id=ids.get(q.term_id or ""))
                        for q in s.questions),
    )


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studygen", *args], capture_output=True, text=True)


def _edited(data: dict[str, Any], edit: str) -> dict[str, Any]:
    d = json.loads(json.dumps(data))
    exec(edit, {"d": d})  # the table's edits are one-line Python statements on the JSON
    return d


# (edit to the JSON, the path and fault render must name). questions[1] is the where question
# with four choices, questions[3] the cloze, questions[4] the true/false statement.
FAULTS = [
    ("d['questions'][1]['choices'] = ['東京', 'ロンドン', 'パリ']",
     ("questions[1].choices", "the key is not among the choices")),
    ("d['questions'][1]['answer'] = ''", ("questions[1].answer", "the key must not be empty")),
    ("d['questions'][1]['choices'] = ['東京', '東京', '<ワシントン>']",
     ("questions[1].choices", "two choices are the same")),
    ("d['questions'][1]['choices'] = ['<ワシントン>']", ("questions[1].choices", "at least 2 items")),
    ("d['questions'][0]['prompt'] = ''", ("questions[0].prompt", "must not be empty")),
    ("d['questions'][3]['prompt'] = '両首脳は安全保障の協定締結を目指した。'",
     ("questions[3].prompt", "a cloze needs its blank （　　　）")),
    ("d['questions'][4]['answer'] = 'はい'", ("questions[4].answer", "a true/false key is ○ or ×")),
    ("d['questions'][2]['sentence_index'] = 9", ("questions[2].sentence_index", "no sentence 9 in the article")),
    ("d['questions'][2]['id'] = d['questions'][0]['id']", ("questions[2].id", "is also the id of questions[0]")),
    ("d['questions'][2]['kind'] = 'essay'", ("questions[2].kind", "is not one of")),
    ("d['questions'][2]['colour'] = 'red'", ("questions[2]", "unknown field ('colour' was unexpected)")),
    ("del d['questions'][2]['answer']", ("questions[2]", "'answer' is missing")),
    ("d['vocabulary'][0]['glosses'] = []", ("vocabulary[0].glosses", "at least one meaning")),
    ("d['vocabulary'][0]['reading'] = 'シュノウ'", ("vocabulary[0].reading", "a reading is written in hiragana only")),
    ("d['article']['sentences'][1]['index'] = 5", ("article.sentences[1].index", "sentences are numbered")),
    ("d['schema'] = 'studygen.studyset/2'", ("schema", "'studygen.studyset/1' was expected")),
]


@pytest.mark.parametrize(("edit", "expected"), FAULTS, ids=[e for e, _ in FAULTS])
def test_fault_is_named_by_its_path(study_set: StudySet, edit: str, expected: tuple[str, str]) -> None:
    fault = first_fault(_edited(to_dict(study_set), edit))
    assert fault is not None
    assert fault[0] == expected[0] and expected[1] in fault[1], fault


# Edits a teacher makes that render accepts: each keeps the set valid.
ACCEPTED = [
    "d['questions'].pop(2)",
    "d['questions'].reverse()",
    "d['questions'][1]['prompt'] = '首相はどこで会談しましたか。'",
    "d['questions'][1]['choices'] = ['<ワシントン>', '大阪']",
    "d['questions'][1]['choices'] = None",
    "d['questions'][0]['answer'] = '3月14日'",
    "d['vocabulary'][0]['glosses'] = ['top-level talks']",
    "d['vocabulary'].pop(1)",  # the cloze on it keeps its term_id: the deck uses the explanation
    "d['questions'] = []",
]


@pytest.mark.parametrize("edit", ACCEPTED)
def test_teacher_edits_are_accepted(study_set: StudySet, edit: str) -> None:
    assert first_fault(_edited(to_dict(study_set), edit)) is None


def test_round_trip_keeps_every_item(study_set: StudySet) -> None:
    assert parse_study_set(to_json(study_set)) == dataclasses.replace(study_set, dropped=())


def test_cli_bad_file_one_line_exit_2_nothing_written(study_set: StudySet, tmp_path: Path) -> None:
    bad = tmp_path / "set.json"
    bad.write_text(json.dumps(_edited(to_dict(study_set), FAULTS[0][0]), ensure_ascii=False), "utf-8")
    r = run("render", str(bad), "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr == (f"studygen: error: {bad}: questions[1].choices: the key is not among the choices. "
                        "Fix it and run studygen render again.\n")
    assert "Traceback" not in r.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize(("content", "fault"), [
    ("{", "line 1 column 2: not valid JSON"),
    ("[]", "(top level): [] is not of type 'object'"),
])
def test_cli_not_a_study_set(tmp_path: Path, content: str, fault: str) -> None:
    p = tmp_path / "x.json"
    p.write_text(content)
    r = run("render", str(p))
    assert r.returncode == 2 and fault in r.stderr and r.stderr.count("\n") == 1
    assert sorted(x.name for x in tmp_path.iterdir()) == ["x.json"]


def test_cli_missing_file(tmp_path: Path) -> None:
    r = run("render", str(tmp_path / "nope.json"))
    assert r.returncode == 2 and "nope.json: (file): no such file" in r.stderr


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_render_carries_edits_into_pdfs_and_deck(study_set: StudySet, tmp_path: Path) -> None:
    """Build, import; edit the JSON by hand (drop, reorder, rewrite), render, import again: the
    worksheet shows the edit and not the dropped item; Anki updates the notes in place."""
    out = write_outputs(study_set, tmp_path, Options(write_pdf=False), slug="art")
    assert out.deck and out.json
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        first = import_apkg(col, out.deck)
        notes_before = col.note_count()
        assert len(first.new) == notes_before > 0

        data = json.loads(out.json.read_text("utf-8"))
        dropped = data["questions"].pop(2)  # who_said 「対話を続ける」
        data["questions"].reverse()
        where = next(q for q in data["questions"] if q["kind"] == "where")
        where["prompt"] = "首相が大統領と会ったのはどの都市ですか。"
        where["choices"] = ["<ワシントン>", "ニューヨーク", "ボストン"]
        data["vocabulary"][0]["glosses"] = ["top-level talks"]
        out.json.write_text(json.dumps(data, ensure_ascii=False), "utf-8")

        r = run("render", str(out.json))
        assert r.returncode == 0, r.stderr
        text = pdftext(out.folder / "art-worksheet.pdf")
        assert "首相が大統領と会ったのはどの都市ですか" in text and "ニューヨーク" in text
        assert dropped["prompt"] not in text
        assert dropped["prompt"] not in pdftext(out.folder / "art-answers.pdf")
        # The rebuilt JSON keeps the ids of what stayed, in the new order.
        assert [q["id"] for q in json.loads(out.json.read_text("utf-8"))["questions"]] == \
            [q["id"] for q in data["questions"]]

        second = import_apkg(col, out.deck)
        assert len(second.new) == 0 and len(second.duplicate) == 0 and len(second.conflicting) == 0
        assert len(second.updated) >= 2  # the where question and the edited word at least
        assert col.note_count() == notes_before  # nothing duplicated (Anki never deletes)
        fields = [col.get_note(n).fields[0] for n in col.find_notes("tag:kind::where")]
        assert fields == ["首相が大統領と会ったのはどの都市ですか。"]
        glosses = " ".join(" ".join(col.get_note(n).fields) for n in col.find_notes("tag:kind::vocabulary"))
        assert "top-level talks" in glosses
    finally:
        col.close()
