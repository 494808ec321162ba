"""--executor dask on a real Dask LocalCluster of two worker processes.

The same articles (files, standard input and a page on a loopback site) through Dask and through
``--jobs 2`` give the same JSON byte for byte; one failing article does not stop the others;
outputs come back to the client and are written into its output folder; a second run is all
unchanged; a worker that dies fails only its article.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ARTICLES
from .loopback import Site, article_page

pytestmark = pytest.mark.slow

GOOD = ["economy-rates.txt", "sports-baseball.txt"]


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studygen", "build", *args], input=stdin,
                          capture_output=True, check=False, timeout=600)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.json"))
            if not p.name.startswith(".")}


# The second run of a batch, in a fresh interpreter: what it starts (a Dask cluster, a process).
_AGAIN = """
import subprocess
import sys

import distributed

started = []


class Cluster(distributed.LocalCluster):
    def __init__(self, *args, **kwargs):
        started.append("cluster")
        super().__init__(*args, **kwargs)


class Popen(subprocess.Popen):
    def __init__(self, args, *rest, **kwargs):
        started.append(" ".join(map(str, args)))
        super().__init__(args, *rest, **kwargs)


if __name__ == "__main__":
    distributed.LocalCluster, subprocess.Popen = Cluster, Popen
    from studygen.cli import main

    try:
        main(sys.argv[1:])
    finally:
        print("started:", started, file=sys.stderr)
"""


def test_dask_builds_what_jobs_builds_and_isolates_a_failure(tmp_path):
    english = tmp_path / "english.txt"
    english.write_text("This is an English article about interest rates and the central bank. " * 3)
    stdin = (ARTICLES / "science-space.txt").read_bytes()
    with Site() as site:
        page = site.page("/news/k7.html", article_page("health-policy"))
        sources = [str(ARTICLES / GOOD[0]), str(english), "-", page, str(ARTICLES / GOOD[1])]
        common = ["--no-handout", "-q"]
        jobs = _run(*sources, "-o", str(tmp_path / "jobs"), "--jobs", "2", *common, stdin=stdin)
        dask = _run(*sources, "-o", str(tmp_path / "dask"), "--executor", "dask", "-j", "2", *common, stdin=stdin)
        for r in (jobs, dask):
            assert r.returncode == 2
            lines = r.stderr.decode().strip().splitlines()
            assert lines[0].startswith(f"studygen: error: {english}: it looks like English"), lines
            assert lines[-1] == "studygen: 1 of 5 articles failed", lines
        built = _files(tmp_path / "dask")
        assert len(built) == 4 and built == _files(tmp_path / "jobs")
        # Every file arrived, PDFs included, and the build record last.
        for folder in (tmp_path / "dask").iterdir():
            names = sorted(p.name for p in folder.iterdir())
            assert names == sorted([".studygen-build.json", f"{folder.name}.apkg", f"{folder.name}-answers.pdf",
                                    f"{folder.name}-worksheet.pdf", f"{folder.name}.json"]), names
            assert (folder / f"{folder.name}-worksheet.pdf").read_bytes().startswith(b"%PDF-")

        # Again: the client reads each recorded article and finds it unchanged; nothing is
        # written, and no cluster (nor any process) is started for nothing.
        before = {p: p.stat().st_mtime_ns for p in (tmp_path / "dask").rglob("*")}
        again = subprocess.run([sys.executable, "-c", _AGAIN, "build", str(ARTICLES / GOOD[0]), page,
                                str(ARTICLES / GOOD[1]), "-o", str(tmp_path / "dask"), "--executor", "dask",
                                "-j", "2", "--no-handout"], capture_output=True, check=False, timeout=600)
        assert again.returncode == 0, again.stderr.decode()
        assert again.stdout.decode().count(": unchanged") == 3
        assert "3 articles: 0 built, 3 unchanged, 0 failed" in again.stdout.decode()
        assert "started: []" in again.stderr.decode()
        assert {p: p.stat().st_mtime_ns for p in (tmp_path / "dask").rglob("*")} == before

        # A scheduler's workers (here a cluster of the test's) read each article themselves,
        # against the record the client sends with the task.
        from distributed import LocalCluster

        with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
            again = _run(str(ARTICLES / GOOD[0]), page, "-o", str(tmp_path / "dask"), "--executor",
                         f"dask={cluster.scheduler_address}", "--no-handout")
        assert again.returncode == 0, again.stderr.decode()
        assert "2 articles: 0 built, 2 unchanged, 0 failed" in again.stdout.decode()
        assert {p: p.stat().st_mtime_ns for p in (tmp_path / "dask").rglob("*")} == before

        # The page changed: the client read it to compare, and a worker builds it from what was
        # read (the page is fetched once).
        site.page("/news/k7.html", article_page("health-policy").replace("。".encode(), "。\n".encode(), 1))
        asked = len(site.requests)
        again = _run(str(ARTICLES / GOOD[0]), page, "-o", str(tmp_path / "dask"), "--executor", "dask", "-j", "1",
                     "--no-handout")
        assert again.returncode == 0, again.stderr.decode()
        assert "2 articles: 1 built, 1 unchanged, 0 failed" in again.stdout.decode()
        assert site.requests[asked:] == ["/news/k7.html"]
        assert (tmp_path / "dask" / "k7" / "k7.json").stat().st_mtime_ns != before[tmp_path / "dask" / "k7" / "k7.json"]


DYING_SCRIPT = '''
import os
import sys
from pathlib import Path

import cloudpickle
import dask
from distributed import Client, LocalCluster, WorkerPlugin

from studygen.dask_batch import build_with_dask
from studygen.options import Options


class DieOnCrash(WorkerPlugin):
    """In every worker, new ones too: an article named crash kills its worker process, as a
    segfault in a C library or the OOM killer would."""

    def setup(self, worker):
        import studygen.pipeline

        build = studygen.pipeline.study_set_for

        def build_or_die(doc, *args, **kwargs):
            if "crash" in doc.source:
                os._exit(11)
            return build(doc, *args, **kwargs)

        studygen.pipeline.study_set_for = build_or_die


if __name__ == "__main__":
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    dask.config.set({"distributed.scheduler.allowed-failures": 1})
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \\
            Client(cluster) as client:
        client.register_plugin(DieOnCrash())
        options = Options(output_dir=Path(sys.argv[1]), write_pdf=False)
        results = build_with_dask(sys.argv[2:], options, client=client, progress=False)
    for r in results:
        print(r.source, "|", r.error)
'''


def test_a_worker_that_dies_fails_only_its_article(tmp_path):
    crash = tmp_path / "crash.txt"
    crash.write_bytes((ARTICLES / "science-space.txt").read_bytes())
    script = tmp_path / "dying.py"
    script.write_text(DYING_SCRIPT, encoding="utf-8")
    sources = [str(ARTICLES / GOOD[0]), str(crash), str(ARTICLES / GOOD[1])]
    r = subprocess.run([sys.executable, str(script), str(tmp_path / "out"), *sources],
                       capture_output=True, check=False, timeout=600, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()[-3000:]
    lines = [ln.split(" | ") for ln in r.stdout.decode().strip().splitlines()]
    assert [s for s, _ in lines] == sources
    assert "stopped unexpectedly" in lines[1][1]
    assert lines[0][1] == lines[2][1] == "None"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["economy-rates", "sports-baseball"]


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = _run(str(ARTICLES / GOOD[0]), "-o", str(tmp_path), "--executor", f"dask=tcp://127.0.0.1:{port}")
    err = r.stderr.decode().strip().splitlines()
    assert r.returncode == 2 and len(err) == 1, err
    assert err[0].startswith(f"studygen: error: --executor dask=tcp://127.0.0.1:{port}: cannot reach the Dask scheduler")
    assert not any(tmp_path.iterdir())


HOLDING_SCRIPT = '''
import sys
from pathlib import Path

import cloudpickle
import dask
from distributed import Client, LocalCluster, WorkerPlugin

from studygen.dask_batch import build_with_dask
from studygen.options import Options


class CountHeld(WorkerPlugin):
    """The most task results the worker held in its memory at once."""

    def setup(self, worker):
        self.held, self.most = set(), 0

    def transition(self, key, start, finish, **kwargs):
        if finish == "memory":
            self.held.add(key)
        elif start == "memory":
            self.held.discard(key)
        self.most = max(self.most, len(self.held))


def most_held(dask_worker):
    return dask_worker.plugins["held"].most


if __name__ == "__main__":
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster, \\
            Client(cluster) as client:
        client.register_plugin(CountHeld(), name="held")
        options = Options(output_dir=Path(sys.argv[1]), write_pdf=False)
        results = build_with_dask(sys.argv[2:], options, client=client, progress=False)
        print(sum(r.ok for r in results), list(client.run(most_held).values())[0])
'''


def test_a_worker_holds_no_results_already_collected(tmp_path):
    # An archive of thousands of articles: each result carries the article's files (~0.5 MB with
    # PDFs); a worker that kept every result it made until the end of the batch would grow
    # without bound. The client collects each as it comes and lets it go.
    script = tmp_path / "holding.py"
    script.write_text(HOLDING_SCRIPT, encoding="utf-8")
    sources = [str(ARTICLES / name) for name in (*GOOD, "science-space.txt", "health-policy.txt", "local-election.md")]
    r = subprocess.run([sys.executable, str(script), str(tmp_path / "out"), *sources],
                       capture_output=True, check=False, timeout=600, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()[-3000:]
    built, most = map(int, r.stdout.decode().split())
    assert built == 5 and most <= 2, (built, most)


def test_our_local_cluster_runs_its_workers_without_the_profiler():
    # The profiler sampled every article's deep stacks every 10 ms (~40 MB a worker); nothing
    # reads its call trees when studygen starts the cluster.
    from studygen.dask_batch import _connect

    client, cluster = _connect(None, 1)
    try:
        callbacks = list(client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks)).values())
    finally:
        client.close()
        cluster.close()
    assert "heartbeat" in callbacks[0] and not any(c.startswith("profile") for c in callbacks[0]), callbacks
