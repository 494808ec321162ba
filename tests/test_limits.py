"""Bounded builds: the per-article time limit, clean stops on SIGINT/SIGTERM, stale temporaries
of killed builds, and one article's folder written by one build at a time.

The CLI runs in real subprocesses with real signals: a mock of a signal proves nothing about
what a killed build leaves on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from studygen import limits
from studygen.errors import TimeLimitError
from studygen.export import LOCK_NAME, clear_stale_parts, folder_lock

from .conftest import ARTICLES, EXAMPLES

EXAMPLE = EXAMPLES / "us-ukraine-summit.txt"
SLUG = "us-ukraine-summit"


def _studygen(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "studygen", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _wait_for_part(folder: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if folder.is_dir() and any(p.name.endswith(".part") for p in folder.iterdir()):
            return
        if proc.poll() is not None:
            pytest.fail(f"the build ended before writing a temporary: {proc.communicate()}")
        time.sleep(0.02)
    pytest.fail("no temporary file appeared")


# ---- Tables: the time limit and the shield, in this process ---------------------------------


def test_time_limit_stops_a_busy_loop_with_its_line() -> None:
    with pytest.raises(TimeLimitError) as info, limits.time_limit(0.2, "a.txt"):
        while True:
            pass
    assert str(info.value).startswith("a.txt: the build ran past its limit of 0.2 s")
    assert "--max-seconds" in str(info.value) and "\n" not in str(info.value)


def test_time_limit_comes_back_when_swallowed() -> None:
    """A library's ``except Exception`` may swallow the first one; it is raised again."""
    swallowed = 0
    with pytest.raises(TimeLimitError), limits.time_limit(0.1, "a.txt"):
        try:
            while True:
                pass
        except Exception:  # noqa: BLE001 - what a careless library does
            swallowed += 1
        while True:  # the build goes on after the library: the limit is raised again here
            pass
    assert swallowed == 1


def test_nothing_is_raised_inside_a_shield_and_a_stop_comes_after() -> None:
    with limits.time_limit(0.05, "a.txt"), limits.shielded():
        time.sleep(0.2)  # the limit passes during the renames: the build is done, no error
    previous = limits.install_stop_handlers()
    try:
        with pytest.raises(limits.Stopped) as info:
            with limits.shielded():
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.05)
                reached = True
        assert reached and info.value.exit_code == 143
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def test_no_limit_and_a_limit_not_reached_change_nothing() -> None:
    with limits.time_limit(None, "a.txt") as deadline:
        deadline.check()
    with limits.time_limit(30, "a.txt") as deadline:
        deadline.check()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_stale_temporaries_of_our_naming_only_are_cleared(tmp_path: Path) -> None:
    old, new = time.time() - 3600, time.time() + 3600
    ours = tmp_path / ".a.apkg.x1y2_z3w.part"
    fresh = tmp_path / ".a.json.abcdefgh.part"
    other = [tmp_path / ".b.apkg.x1y2_z3w.part", tmp_path / ".a.apkg.part", tmp_path / "a.apkg",
             tmp_path / ".a.apkg.x1y2_z3w.part.keep"]
    for p in (ours, fresh, *other):
        p.write_text("x")
        os.utime(p, (old, old))
    os.utime(fresh, (new, new))
    assert clear_stale_parts(tmp_path, ["a.apkg", "a.json"], time.time()) == [ours]
    assert not ours.exists() and fresh.exists() and all(p.exists() for p in other)


def test_the_lock_file_is_gone_after_the_block_and_an_unused_new_folder_too(tmp_path: Path) -> None:
    folder = tmp_path / "article"
    with folder_lock(folder) as created:
        assert created and (folder / LOCK_NAME).exists()
    assert not folder.exists()
    folder.mkdir()
    (folder / "kept.json").write_text("{}")
    with folder_lock(folder) as created:
        assert not created
    assert sorted(p.name for p in folder.iterdir()) == ["kept.json"]


# ---- The real command, with real signals ----------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_build_leaves_no_temporary_and_the_previous_outputs(tmp_path: Path, sig: int, code: int) -> None:
    first = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q")
    assert first.wait(timeout=300) == 0, first.communicate()
    folder = tmp_path / SLUG
    before = _digests(folder)
    proc = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q", "--level", "beginner")
    _wait_for_part(folder, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert err.count("\n") == 1 and signal.Signals(sig).name in err and "Traceback" not in err
    assert _digests(folder) == before  # no .part, no lock file, the old files byte for byte


@pytest.mark.slow
def test_a_first_build_stopped_leaves_no_folder(tmp_path: Path) -> None:
    proc = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q")
    _wait_for_part(tmp_path / SLUG, proc)
    proc.terminate()
    assert proc.wait(timeout=60) == 143
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_stopped_batch_of_workers_leaves_no_temporary(tmp_path: Path) -> None:
    sources = [str(ARTICLES / f"{s}.txt") for s in ("business-merger", "diplomacy-summit", "science-space")]
    proc = _studygen("build", *sources, "-o", str(tmp_path), "-q", "--jobs", "2")
    end = time.monotonic() + 120
    while not any(p.name.endswith(".part") for p in tmp_path.rglob(".*")) and time.monotonic() < end:
        time.sleep(0.02)
    proc.terminate()  # to the parent only, as a service manager or `kill` sends it
    assert proc.wait(timeout=120) == 143
    time.sleep(1)  # a worker that went on would write now
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.slow
def test_a_build_past_max_seconds_exits_2_with_its_line_and_writes_nothing(tmp_path: Path) -> None:
    proc = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "--max-seconds", "0.5")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert err.startswith(f"studygen: error: {EXAMPLE}: the build ran past its limit of 0.5 s")
    assert err.count("\n") == 1 and out == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_stale_temporaries_of_a_killed_build_are_cleared_by_the_next(tmp_path: Path) -> None:
    folder = tmp_path / SLUG
    proc = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q", "--no-pdf")
    _wait_for_part(folder, proc)
    proc.kill()  # SIGKILL: no cleanup possible
    proc.wait()
    left = [p for p in folder.iterdir() if p.name.endswith(".part")]
    assert left
    again = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q", "--no-pdf")
    assert again.wait(timeout=300) == 0
    assert _outputs(folder) == [f"{SLUG}.apkg", f"{SLUG}.json"]


def _outputs(folder: Path) -> list[str]:
    """The article's output files, without the build record (.studygen-build.json) beside them."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".studygen-build.json")


def _deck_words(apkg: Path) -> set[str]:
    with zipfile.ZipFile(apkg) as z, open(apkg.with_suffix(".anki2"), "wb") as f:
        f.write(z.read("collection.anki2"))
    db = sqlite3.connect(apkg.with_suffix(".anki2"))
    try:
        notes = [row[0].split("\x1f") for row in db.execute("select flds from notes")]
        from studygen.export.anki_models import VOCAB_FIELDS

        # vocabulary notes (Term first) are the ones with the vocabulary note type's field count
        return {fields[0] for fields in notes if len(fields) == len(VOCAB_FIELDS)}
    finally:
        db.close()


@pytest.mark.slow
def test_a_build_waits_for_the_lock_and_two_builds_end_with_one_consistent_set(tmp_path: Path) -> None:
    folder = tmp_path / SLUG
    with folder_lock(folder):
        proc = _studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q", "--no-pdf")
        time.sleep(8)  # long enough to analyse the article: it now waits for the lock
        assert proc.poll() is None and sorted(p.name for p in folder.iterdir()) == [LOCK_NAME]
    assert proc.wait(timeout=300) == 0
    # Two builds at once with different levels: the deck and the JSON come from the same one.
    procs = [_studygen("build", str(EXAMPLE), "-o", str(tmp_path), "-q", "--no-pdf", "--level", level)
             for level in ("beginner", "advanced")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    assert _outputs(folder) == [f"{SLUG}.apkg", f"{SLUG}.json"]
    data = json.loads((folder / f"{SLUG}.json").read_text("utf-8"))
    words = _deck_words(folder / f"{SLUG}.apkg")
    vocabulary = {t["lemma"] for t in data["vocabulary"]}
    assert vocabulary and vocabulary == words


@pytest.mark.slow
def test_an_article_past_its_limit_fails_alone_and_the_next_builds(tmp_path: Path) -> None:
    """In a batch process: the article past the limit is reported, the next one is built."""
    from studygen.batch import build_many
    from studygen.options import Options

    slow = build_many([str(EXAMPLE)], Options(output_dir=tmp_path, max_seconds=0.3), progress=False)
    assert slow[0].error and "ran past its limit of 0.3 s" in slow[0].error
    assert not (tmp_path / SLUG).exists()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left running
    fine = build_many([str(EXAMPLE)], Options(output_dir=tmp_path, write_pdf=False), progress=False)
    assert fine[0].ok and _outputs(tmp_path / SLUG) == [f"{SLUG}.apkg", f"{SLUG}.json"]
