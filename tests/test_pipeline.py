"""End to end, with the real components: every test article through the whole pipeline.

Each article is built into a temporary folder; the JSON is validated against the shipped
schema and the contract, the deck is imported with the real Anki importer, and the PDFs are
read back with poppler for Japanese text in an embedded Japanese font.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from studygen.export.formats import FORMATS, render_format
from studygen.export.items import quiz_items
from studygen.export.studyset import schema, to_dict
from studygen.options import Options
from studygen.pipeline import build_study_set, write_outputs

from .conftest import ARTICLES, EXAMPLES
from .test_classroom_formats import check_round_trip

ALL_ARTICLES = sorted(
    [p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md", ".html")] + [EXAMPLES / "us-ukraine-summit.txt"]
)
SUBSTRING_KINDS = {"who", "when", "where", "what", "why", "how_many", "who_said", "cloze"}


def _expect(article: Path) -> dict | None:
    path = article.with_name(article.stem + ".expect.json")
    return json.loads(path.read_text("utf-8")) if path.exists() else None


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, tuple]:
    """Build every article once (PDFs, deck and every classroom format) and share the results."""
    out = tmp_path_factory.mktemp("built")
    results = {}
    for article in ALL_ARTICLES:
        study_set = build_study_set(article)
        outputs = write_outputs(study_set, out, Options(formats=FORMATS))
        results[article.name] = (study_set, outputs)
    return results


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.name)
def test_build_writes_all_files(built, article):
    study_set, outputs = built[article.name]
    for path in (outputs.deck, outputs.worksheet, outputs.answers, outputs.vocabulary, outputs.json):
        assert path is not None and path.exists() and path.stat().st_size > 0, path
    assert not list(outputs.folder.glob("*.part")), "temporary files left behind"
    assert study_set.vocabulary, "no vocabulary"
    assert study_set.questions, "no questions"


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.name)
def test_classroom_formats_hold_every_exportable_item(built, article):
    """Moodle XML, GIFT, QTI and CSV hold every question; Kahoot every one with 2 to 4 answers
    that fits its limits; Quizlet every word. Each file is read back by its own parser."""
    study_set, outputs = built[article.name]
    items, left_out = quiz_items(study_set)
    assert not left_out and len(items) == len(study_set.questions)
    counts = check_round_trip(study_set)
    for fmt, (path, count, left) in outputs.classroom.items():
        assert count == counts[fmt], fmt
        if fmt in ("moodle", "gift", "qti", "csv"):
            assert count == len(items) and not left, fmt
        if fmt != "kahoot":
            assert path.read_bytes() == render_format(study_set, fmt, path.name.split(".")[0]).data
    for _, reason in outputs.classroom["kahoot"][2]:
        assert reason.startswith(("an open question", "an essay", "question over", "answer over")), reason


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.name)
def test_json_validates_and_keeps_the_contract(built, article):
    study_set, outputs = built[article.name]
    data = json.loads(outputs.json.read_text("utf-8"))
    jsonschema.validate(data, schema())
    sentences = {s["index"]: s["text"] for s in data["article"]["sentences"]}
    for q in data["questions"]:
        if q["kind"] in SUBSTRING_KINDS:
            assert q["answer"] and q["answer"] in sentences[q["sentence_index"]], q
        if q["kind"] == "true_false":
            assert q["answer"] in ("○", "×")
        if q["choices"] is not None:
            assert len(set(q["choices"])) == len(q["choices"]), q
            assert q["choices"].count(q["answer"]) == 1, q
    for v in data["vocabulary"]:
        assert v["sentence_index"] in sentences
        assert re.fullmatch(r"[\u3041-\u309fー]+", v["reading"]), v
    ids = [x["id"] for x in data["vocabulary"] + data["names"] + data["questions"]]
    assert len(ids) == len(set(ids)), "ids must be unique"


@pytest.mark.parametrize("article", ALL_ARTICLES[:4], ids=lambda p: p.name)
def test_ids_are_stable_across_runs(article):
    assert to_dict(build_study_set(article)) == to_dict(build_study_set(article))


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.name)
def test_names_never_in_vocabulary(built, article):
    study_set, _ = built[article.name]
    lemmas = {v.lemma for v in study_set.vocabulary} | {v.term for v in study_set.vocabulary}
    assert not lemmas & {n.name for n in study_set.names}
    expect = _expect(article)
    if expect:
        assert not lemmas & set(expect["not_vocabulary"]), lemmas & set(expect["not_vocabulary"])


@pytest.mark.parametrize("article", [a for a in ALL_ARTICLES if _expect(a)], ids=lambda p: p.name)
def test_nothing_from_page_furniture_reaches_the_output(built, article):
    study_set, outputs = built[article.name]
    text = outputs.json.read_text("utf-8")
    for bad in _expect(article)["must_not_contain"]:
        if len(bad) >= 3:  # one-character markers such as "<" also occur in escaped JSON
            assert bad not in text, bad


@pytest.mark.parametrize("article", [a for a in ALL_ARTICLES if _expect(a)], ids=lambda p: p.name)
def test_title_is_extracted(built, article):
    study_set, _ = built[article.name]
    expected = _expect(article)["title"]
    assert study_set.article.title == expected or expected.startswith(study_set.article.title.rstrip("…"))


def _anki_import(apkg: Path, folder: Path):
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = Collection(str(folder / "collection.anki2"))
    result = col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(apkg),
        options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=False),
    ))
    return col, result


@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.name)
def test_deck_imports_into_anki(built, article, tmp_path):
    study_set, outputs = built[article.name]
    col, _ = _anki_import(outputs.deck, tmp_path)
    try:
        facts = [q for q in study_set.questions if q.kind != "discussion"]
        assert col.note_count() == len(study_set.vocabulary) + len(facts)
        assert col.card_count() == 2 * len(study_set.vocabulary) + len(facts)
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            assert card.question().strip() and "{{" not in card.question() + card.answer()
    finally:
        col.close()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing: run `make bootstrap`")
@pytest.mark.parametrize("article", ALL_ARTICLES, ids=lambda p: p.name)
def test_pdfs_show_japanese_in_an_embedded_japanese_font(built, article):
    study_set, outputs = built[article.name]
    for pdf in (outputs.worksheet, outputs.answers, outputs.vocabulary):
        text = _pdf_text(pdf)
        assert re.search(r"[\u3041-\u309f]{3}", text), f"no Japanese text in {pdf.name}"
        fonts = _pdf_fonts(pdf)
        cjk = [f for f in fonts if re.search(r"CJK|Noto.*JP|IPA|Gothic|Mincho", f[0])]
        assert cjk, f"no Japanese font in {pdf.name}: {fonts}"
        # pdffonts columns: name type encoding emb sub uni object ID
        assert all("yes" in f[-5:-2] for f in cjk), f"Japanese font not embedded in {pdf.name}: {cjk}"
    # The first vocabulary item's word is on the handout.
    assert study_set.vocabulary[0].lemma in _pdf_text(outputs.vocabulary).replace(" ", "")


def test_rebuilds_in_separate_processes_within_one_second_get_newer_stamps(tmp_path):
    """Anki keeps a note unless the incoming one is newer: each build's deck must be newer."""
    import sqlite3
    import zipfile

    article = ARTICLES / "economy-rates.txt"
    stamps = []
    for _ in range(3):
        r = subprocess.run([sys.executable, "-m", "studygen", "build", str(article), "-o", str(tmp_path),
                            "--no-pdf", "-q", "--force"], capture_output=True)
        assert r.returncode == 0, r.stderr.decode()
        with zipfile.ZipFile(tmp_path / "economy-rates" / "economy-rates.apkg") as z:
            (tmp_path / "c.anki2").write_bytes(z.read("collection.anki2"))
        db = sqlite3.connect(tmp_path / "c.anki2")
        stamps.append(db.execute("SELECT max(mod) FROM notes").fetchone()[0])
        db.close()
    assert stamps[0] < stamps[1] < stamps[2]


def test_several_articles_in_one_package_import_as_one_deck_each(tmp_path):
    articles = [ARTICLES / "economy-rates.txt", ARTICLES / "sports-baseball.txt"]
    package = tmp_path / "all.apkg"
    r = subprocess.run([sys.executable, "-m", "studygen", "build", *map(str, articles), "-o", str(tmp_path),
                        "--no-pdf", "-q", "--package", str(package)], capture_output=True, check=False)
    assert r.returncode == 0, r.stderr.decode()
    sets = [json.loads((tmp_path / a.stem / f"{a.stem}.json").read_text("utf-8")) for a in articles]
    col, _ = _anki_import(package, tmp_path)
    try:
        expected = sum(len(s["vocabulary"]) + len([q for q in s["questions"] if q["kind"] != "discussion"])
                       for s in sets)
        assert col.note_count() == expected
        names = {d.name for d in col.decks.all_names_and_ids()}
        for s in sets:
            assert any(s["article"]["title"][:10] in n for n in names), names
        # The same notes as the articles' own packages: importing one of those adds nothing.
        before = col.note_count()
        col.import_anki_package(_import_request(tmp_path / "economy-rates" / "economy-rates.apkg"))
        assert col.note_count() == before
    finally:
        col.close()


def _import_request(apkg: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    return ImportAnkiPackageRequest(package_path=str(apkg),
                                    options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=False))


# The article's own furigana: (source name, bytes) -> the name's reading it gives.
GIVEN_READINGS = [
    ("easy.txt", ("潮見(うしおみ)市(し)でバスがただに\n\n潮見(うしおみ)市(し)は3日(みっか)、来年(らいねん)から"
                  "65歳(さい)以上(いじょう)の人(ひと)のバスを無料(むりょう)にすると発表(はっぴょう)しました。"
                  "浜岡(はまおか)市長(しちょう)は「外(そと)に出(で)る人(ひと)を増(ふ)やしたい」と話(はな)しました。").encode()),
    ("easy.html", ("<html><body><article><h1><ruby>潮見<rt>うしおみ</rt></ruby>市でバスがただに</h1>"
                   "<p><ruby>潮見<rt>うしおみ</rt></ruby>市は3日、来年から65歳以上の人のバスを"
                   "<ruby>無料<rt>むりょう</rt></ruby>にすると発表しました。浜岡市長は「外に出る人を増やしたい」"
                   "と話しました。市によると、対象はおよそ4万人です。</p></article></body></html>").encode()),
]


@pytest.mark.parametrize(("name", "data"), GIVEN_READINGS, ids=[g[0] for g in GIVEN_READINGS])
def test_the_articles_own_furigana_gives_the_reading(name: str, data: bytes) -> None:
    ss = build_study_set(name, data=data, options=Options(write_pdf=False))
    assert ss.article.title == "潮見市でバスがただに"
    assert "(" not in "".join(s.text for s in ss.article.sentences)
    places = {n.name: n.reading for n in ss.names if n.type == "place"}
    assert places.get("潮見市") == "うしおみし"  # the dictionary reads 潮見 しおみ


@pytest.mark.parametrize(("base", "reading", "taken"), [
    ("潮見", "うしおみ", True),  # a name JMdict lacks: the article knows best
    ("会見", "かいけん", True),
    ("日本", "にっぽん", True),  # one of JMdict's readings
    ("菓子", "おかし", False),  # お菓子（おかし）: the お stands before 菓子
])
def test_a_given_reading_is_taken_when_plausible(base: str, reading: str, taken: bool) -> None:
    from studygen.dictionary import default_dictionary
    from studygen.name_readings import plausible_reading

    assert plausible_reading(base, reading, default_dictionary()) == taken



def test_a_long_headline_is_still_the_headline() -> None:
    # 66 characters, two clauses: no full stop, so the headline, not the first paragraph.
    title = ("台風10号の大雨で川が氾濫、住宅約3400棟が浸水被害　県は災害救助法の適用を決め、"
             "仮設住宅の建設と生活再建の支援を急ぐ方針")
    body = "台風10号は3日、県内に記録的な大雨を降らせた。川が氾濫し、住宅約3400棟が浸水した。県は支援を急ぐ。"
    ss = build_study_set("long.txt", data=f"{title}\n\n{body}".encode(), options=Options(write_pdf=False))
    assert ss.article.title == title
    assert not any(title in s.text and not s.heading for s in ss.article.sentences)


def test_all_words_fills_the_deck_and_keeps_the_short_list_for_the_sheet(tmp_path) -> None:
    """--all-words: every content word, ranked, for the deck; the questions and the handout keep
    the short list (its head is the same ranking)."""
    from studygen import vocabulary

    path = Path(__file__).parent.parent / "examples" / "us-ukraine-summit.txt"
    short = build_study_set(path)
    full = build_study_set(path, Options(all_words=True))
    n = vocabulary.list_size(full.article, Options())
    assert len(full.vocabulary) > len(short.vocabulary) == n
    assert [t.lemma for t in full.vocabulary[:n]] == [t.lemma for t in short.vocabulary]
    assert [q.prompt for q in full.questions] == [q.prompt for q in short.questions]
