"""The corpus tools (scripts/corpus_check.py, scripts/review_summary.py) on tiny inputs.

The real corpus lives outside the repo (../shared), so these tests write their own three-article
JSONL and two hand-made reviews, and check the reported numbers.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

# Short news-like articles written for this test.
ARTICLES = [
    {"id": "test-0001", "title": "北山市で新しい図書館が開館",
     "sentences": ["2026年4月1日、北山市で新しい市立図書館が開館した。",
                   "図書館には約20万冊の本があり、初日には3000人が訪れた。",
                   "佐藤一郎市長は「子どもたちに本を読む楽しさを知ってほしい」と述べた。",
                   "建設費は約50億円で、市は来年までに駐車場も整備する予定だ。"]},
    {"id": "test-0002", "title": "台風10号、九州に上陸",
     "sentences": ["気象庁によると、台風10号は5日午後、鹿児島県に上陸した。",
                   "九州南部では大雨が続き、約2万世帯が停電した。",
                   "気象庁は土砂災害に警戒するよう呼びかけている。"]},
    {"id": "test-0003", "title": "南町の中学生が科学大会で優勝",
     "sentences": ["南町立第一中学校の生徒3人が、全国中学生科学大会で優勝した。",
                   "生徒たちは川の水質を1年間調べ、その結果を発表した。",
                   "審査員は「地域の問題を丁寧に調べた」と評価した。",
                   "3人は来月、町長に優勝を報告する。",
                   "学校は研究を来年も続けるという。"]},
]


def _load(name: str) -> ModuleType:
    """A script as a module (scripts/ is no package)."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))  # review_packets imports corpus_check
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # the worker pool pickles its functions by module name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def test_corpus_check_reports_three_built(corpus: Path, tmp_path: Path) -> None:
    cc = _load("corpus_check")
    out, dump = tmp_path / "report.json", tmp_path / "dump"
    code = cc.main(["--corpus", str(corpus), "--n", "0", "--jobs", "1", "--json", str(out),
                    "--dump", str(dump)])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert (report["articles"], report["built"], report["crashes"]) == (3, 3, 0)
    assert report["refused"] == 0
    assert report["kept_failures_per_check"] == {}
    assert code == 0
    assert report["questions"] == sum(v["total"] for v in report["questions_per_kind"].values()) > 0
    assert report["ids"] == ["test-0001", "test-0002", "test-0003"]
    assert sorted(p.name for p in dump.iterdir()) == [f"{a['id']}.json" for a in ARTICLES]


def test_worker_pool_gives_the_same_items(corpus: Path) -> None:
    cc = _load("corpus_check")
    articles = cc.load_articles(corpus)

    def items(results: list[dict]) -> list[tuple]:
        return [(r["id"], r["kinds"], r["vocabulary"], r["names"]) for r in results]

    assert items(cc.run(articles, jobs=2)) == items(cc.run(articles, jobs=1))


def test_sampling_is_deterministic_and_splits_partition() -> None:
    cc = _load("corpus_check")
    pool = [{"id": f"x-{i:04d}"} for i in range(50)]
    dev = cc.sample_articles(pool, 0, 1, "dev")
    held = cc.sample_articles(pool, 0, 1, "held-out")
    assert {a["id"] for a in dev} | {a["id"] for a in held} == {a["id"] for a in pool}
    assert not {a["id"] for a in dev} & {a["id"] for a in held}
    once = cc.sample_articles(pool, 5, 7, "all")
    assert once == cc.sample_articles(list(reversed(pool)), 5, 7, "all") and len(once) == 5


def test_percentile_and_crash_counting() -> None:
    cc = _load("corpus_check")
    assert cc._percentile([0.1 * i for i in range(1, 21)], 95) == pytest.approx(1.9)
    ok = {"id": "a", "seconds": 0.1, "crash": None, "refused": None, "kinds": ["who", "cloze"],
          "vocabulary": 3, "names": 1, "dropped": [["x", 2]], "failures": [], "checked": True}
    crashed = {"id": "b", "seconds": 0.0, "crash": "ValueError: boom (questions.py:1)", "refused": None}
    s = cc.summarize([ok, crashed, {**crashed, "id": "c"}], 1.0)
    assert (s["built"], s["crashes"]) == (1, 2)
    assert s["crash_kinds"] == {"ValueError: boom (questions.py:1)": {"count": 2, "example": "b"}}
    assert s["dropped_per_check"] == {"x": 2}


def _write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_review_summary_percentages(tmp_path: Path) -> None:
    rs = _load("review_summary")
    _write(tmp_path / "a1.packet.json", {"questions": [
        {"id": "q1", "kind": "who"}, {"id": "q2", "kind": "who"}, {"id": "q3", "kind": "cloze"}]})
    _write(tmp_path / "a2.packet.json", {"questions": [{"id": "q1", "kind": "cloze"}]})
    _write(tmp_path / "a1.review.json", {
        "article": "a1",
        "questions": {"q1": ["A", ""], "q2": ["B", "long"], "q3": ["C", "wrong key"]},
        "names": {"n1": ["ok", ""], "n2": ["wrong", "fragment"]},
        "vocabulary": {"v1": ["keep", ""], "v2": ["weak", "basic"], "v3": ["keep", ""]},
        "missing_vocab": ["会談", "協定"]})
    _write(tmp_path / "a2.review.json", {
        "article": "a2", "questions": {"q1": ["A", ""]},
        "names": {"n1": ["ok", ""], "n2": ["ok", ""]},
        "vocabulary": {"v1": ["wrong", "reading"]}, "missing_vocab": []})
    s = rs.summarize(tmp_path)
    assert s["articles"] == ["a1", "a2"]
    assert s["questions"] == {"graded": 4, "A": 50.0, "B": 25.0, "C": 25.0}
    assert s["per_kind"]["who"] == {"graded": 2, "A": 50.0, "B": 50.0, "C": 0.0}
    assert s["per_kind"]["cloze"] == {"graded": 2, "A": 50.0, "B": 0.0, "C": 50.0}
    assert s["names_wrong"] == 25.0
    assert (s["vocabulary_wrong"], s["vocabulary_weak"]) == (25.0, 25.0)
    assert (s["missing_mean"], s["missing_max"]) == (1.0, 2)
    assert "| all questions | 4 | 50% | 25% | 25% |" in rs.format_markdown(s)
    assert rs.main([str(tmp_path)]) == 0
