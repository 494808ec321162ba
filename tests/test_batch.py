"""Batch builds: several real articles, in worker processes, results in input order.

Every build here is real (fugashi, JMdict, genanki); PDFs are left out (``write_pdf=False``)
because they are not the point and they are the slowest stage. No timing is asserted: the
benchmark (``make bench``) measures speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studygen.batch import STAGES, BuildResult, build_many
from studygen.options import Options

from .conftest import ARTICLES

GOOD = ("economy-rates.txt", "sports-baseball.txt", "health-policy.txt")

# A bad article among good ones: (jobs, file name, content, words in its error).
BAD_ARTICLES = (
    (1, "empty.txt", b"", "empty"),
    (2, "empty.txt", b"", "empty"),
    (2, "english.txt", b"The summit ended without a deal on minerals. " * 20, "Japanese"),
    (2, "unknown-encoding.txt", "首脳会談".encode("utf-16-le") * 10, "decode"),
)


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studygen", *args], input=stdin, capture_output=True,
                          check=False)


@pytest.fixture
def options(tmp_path: Path) -> Options:
    return Options(output_dir=tmp_path / "out", write_pdf=False)


def good_sources(tmp_path: Path) -> list[str]:
    return [str(ARTICLES / name) for name in GOOD]


def assert_built(result: BuildResult, out: Path) -> None:
    assert result.ok, result.error
    stem = Path(result.source).stem
    assert {p.name for p in result.paths} == {f"{stem}.apkg", f"{stem}.json"}
    for p in result.paths:
        assert p.parent == out / stem and p.stat().st_size > 0
    study_set = json.loads((out / stem / f"{stem}.json").read_text(encoding="utf-8"))
    assert study_set["vocabulary"] and study_set["questions"]


def test_two_jobs_build_every_article_in_input_order(tmp_path, options):
    sources = good_sources(tmp_path)
    results = build_many(sources, options, jobs=2, progress=False)
    assert [r.source for r in results] == sources
    for r in results:
        assert_built(r, options.output_dir)
        assert set(r.stages) >= {"ingest", "clean", "analyze", "vocabulary", "questions", "deck", "json"}
        assert set(r.stages) <= set(STAGES) and r.peak_memory_mb > 0


def test_workers_build_the_same_study_sets_as_one_process(tmp_path):
    sources = good_sources(tmp_path)
    one = Options(output_dir=tmp_path / "one", write_pdf=False, write_deck=False)
    two = one.replace(output_dir=tmp_path / "two")
    assert all(r.ok for r in build_many(sources, one, jobs=1, progress=False))
    assert all(r.ok for r in build_many(sources, two, jobs=2, progress=False))
    for name in GOOD:
        stem = Path(name).stem
        a = (tmp_path / "one" / stem / f"{stem}.json").read_text(encoding="utf-8")
        b = (tmp_path / "two" / stem / f"{stem}.json").read_text(encoding="utf-8")
        assert a == b


def _parser_in_a_worker() -> tuple[bool, str, bool]:
    from studygen import syntax
    from studygen.model import Sentence

    syntax.start_helper()
    words = syntax.parse([Sentence(0, 1, "首相が会見した。")])[0].words
    return syntax._helper is None, words[0].text, syntax.is_loaded()


def test_a_worker_parses_by_itself_and_starts_no_helper():
    """A --jobs worker has no idle core for a parser's helper (the other workers take them): it
    loads the parser itself, one process of about 740 MB instead of two of 845 MB together."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from studygen import batch_pool

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=batch_pool.init_worker,
                             initargs=(None,)) as pool:
        assert pool.submit(_parser_in_a_worker).result() == (True, "首相", True)


@pytest.mark.parametrize(("jobs", "name", "content", "words"), BAD_ARTICLES)
def test_a_bad_article_fails_alone(tmp_path, options, jobs, name, content, words):
    bad = tmp_path / name
    bad.write_bytes(content)
    sources = good_sources(tmp_path)
    sources.insert(1, str(bad))
    results = build_many(sources, options, jobs=jobs, progress=False)
    assert [r.source for r in results] == sources
    assert not results[1].ok and words in results[1].error and name in results[1].error
    assert results[1].paths == ()
    assert not (options.output_dir / bad.stem).exists()
    for r in results[:1] + results[2:]:
        assert_built(r, options.output_dir)


def test_progress_display_does_not_change_results(tmp_path, options):
    # Forced on (stderr is not a terminal under pytest): stages travel back from the workers.
    bad = tmp_path / "blank.txt"
    bad.write_bytes(b"  \n\n \t\n")
    sources = [*good_sources(tmp_path)[:2], str(bad)]
    results = build_many(sources, options, jobs=2, progress=True)
    assert [r.ok for r in results] == [True, True, False]


def test_standard_input_only_once(options):
    results = build_many(["-", "-"], options, jobs=2, progress=False)
    assert len(results) == 2
    assert all(r.error and "standard input" in r.error for r in results)


def test_cli_reports_the_failure_exits_2_and_writes_the_others(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    sources = good_sources(tmp_path)
    out = tmp_path / "out"
    r = run_cli("build", sources[0], str(bad), *sources[1:], "-o", str(out), "--no-pdf", "--jobs", "2")
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "empty.txt" in err and "1 of 4 articles failed" in err
    assert "Traceback" not in err
    for name in GOOD:
        stem = Path(name).stem
        assert (out / stem / f"{stem}.json").is_file() and (out / stem / f"{stem}.apkg").is_file()
    # Successes are listed in input order on stdout, then the count of each outcome.
    lines = [line for line in r.stdout.decode().splitlines() if not line.startswith(" ")]
    assert [line.split(":")[0] for line in lines[:-1]] == sources
    assert lines[-1] == "4 articles: 3 built, 0 unchanged, 1 failed"


def test_cli_reads_standard_input_beside_files_with_two_jobs(tmp_path):
    out = tmp_path / "out"
    text = (ARTICLES / "science-space.txt").read_bytes()
    r = run_cli("build", "-", str(ARTICLES / GOOD[0]), "-o", str(out), "--no-pdf", "-j", "2", "-q",
                stdin=text)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout == b""
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert len(folders) == 2 and folders[0].startswith("article-") and folders[1] == "economy-rates"


CRASHING_SCRIPT = '''
import os
import sys

import studygen.pipeline

_build = studygen.pipeline.study_set_for


def build_or_die(doc, *args, **kwargs):
    # Stands for a crash inside a C library (a segfault in the tagger, the OOM killer):
    # the worker process dies without a Python exception.
    if "crash" in doc.source:
        os._exit(11)
    return _build(doc, *args, **kwargs)


# Module level: spawn runs this file again in every worker, so the workers get it too.
studygen.pipeline.study_set_for = build_or_die

if __name__ == "__main__":
    import json
    from pathlib import Path

    from studygen.batch import build_many
    from studygen.options import Options

    sources = sys.argv[2:]
    options = Options(output_dir=Path(sys.argv[1]), write_pdf=False)
    results = build_many(sources, options, jobs=2, progress=False)
    print(json.dumps([[r.source, r.error] for r in results]))
'''


def test_a_worker_that_dies_fails_only_its_article(tmp_path):
    crash = tmp_path / "crash.txt"
    crash.write_bytes((ARTICLES / "science-space.txt").read_bytes())
    sources = good_sources(tmp_path)
    sources.insert(1, str(crash))
    script = tmp_path / "crashing_batch.py"
    script.write_text(CRASHING_SCRIPT, encoding="utf-8")
    r = subprocess.run([sys.executable, str(script), str(tmp_path / "out"), *sources],
                       capture_output=True, check=False, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    results = json.loads(r.stdout)
    assert [source for source, _ in results] == sources
    assert "stopped unexpectedly" in results[1][1]
    assert [error for _, error in results[:1] + results[2:]] == [None, None, None]
    for name in GOOD:
        stem = Path(name).stem
        assert (tmp_path / "out" / stem / f"{stem}.json").is_file()


def _dictionary_kb() -> int:
    """The resident kB of this process's read-only dictionary mappings (/proc/self/smaps)."""
    total, current = 0, False
    with open("/proc/self/smaps") as f:
        for line in f:
            parts = line.split()
            if "-" in parts[0] and len(parts) >= 5:
                current = len(parts) >= 6 and "w" not in parts[1] and parts[5].endswith((".dic", "matrix.bin"))
            elif current and parts[0] == "Rss:":
                total += int(parts[1])
    return total


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux only")
def test_a_worker_lets_go_of_the_dictionary_pages_between_articles() -> None:
    """The dictionary pages an article touched leave the resident set between articles (they stay
    in the kernel's file cache), and the next article reads its words as before."""
    import ctypes

    from studygen import analyze, batch_worker
    from studygen.model import Sentence

    sentence = [Sentence(0, 1, "日本銀行は23日、短期の政策金利を引き上げることを決めた。")]
    before = [(t.surface, t.lemma, t.reading) for t in analyze.analyze(sentence)[0]]
    assert _dictionary_kb() > 1024  # unidic-lite's pages this process touched
    batch_worker._drop_dictionary_pages(ctypes.CDLL("libc.so.6"))
    assert _dictionary_kb() < 256
    assert [(t.surface, t.lemma, t.reading) for t in analyze.analyze(sentence)[0]] == before
