"""Long work off the request thread: reading an article, rendering the PDFs and the deck.

One worker thread does the work in order (the machine may have two cores, and WeasyPrint and
GiNZA each want a whole one); a request only starts a job and returns, and the page asks for
the job's step every second (an article takes a few seconds, three PDFs about one).
"""

from __future__ import annotations

import json
import re
import shutil
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StudygenError
from ..export.formats import CLASSROOM_FORMATS, FORMATS, filename_for
from ..options import Options, question_counts_for
from .store import Store

# What each step is called on the page (the pipeline's progress names).
STEPS = {
    "queued": ("順番待ち", "waiting"), "ingest": ("読み込み", "reading"), "clean": ("整形", "cleaning"),
    "analyze": ("解析", "analysing"), "vocabulary": ("語彙", "vocabulary"), "questions": ("問題", "questions"),
    "pdf": ("PDF作成", "making the PDFs"), "deck": ("デッキ作成", "making the deck"), "json": ("JSON", "JSON"),
}


# The original outputs' files (slug "studyset") and their labels on the page.
_LABELS = {
    "studyset-worksheet.pdf": ("ワークシート", "worksheet (PDF)"),
    "studyset-answers.pdf": ("解答", "answer key (PDF)"),
    "studyset-vocabulary.pdf": ("語彙リスト", "vocabulary list (PDF)"),
    "studyset.apkg": ("Ankiデッキ", "Anki deck"),
    "studyset.json": ("学習セット", "study set (JSON)"),
}


_SET_FOLDER = re.compile(r"[0-9a-f]{12}")


@dataclass
class Job:
    """The state of one set's current job, as the page shows it."""

    kind: str  # build or render
    step: str = "queued"
    done: bool = False
    error: str = ""
    revision: int = 0
    steps_seen: list[str] = field(default_factory=list)


def options_from(chosen: dict) -> Options:
    """The build options a teacher chose on the page (see web.forms) as :class:`Options`."""
    opts = Options()
    changes = {k: chosen[k] for k in ("level", "paper", "furigana", "instructions") if chosen.get(k)}
    if chosen.get("grade") is not None:
        changes["furigana_grade"] = int(chosen["grade"])
    if chosen.get("questions"):
        changes["question_counts"] = question_counts_for(int(chosen["questions"]))
    return opts.replace(**changes)


class Worker:
    """Runs builds and renders one at a time and keeps each set's latest job."""

    def __init__(self, store: Store, data_dir: Path) -> None:
        self.store = store
        self.data_dir = data_dir
        self.jobs: dict[str, Job] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="studygen-work")
        self._lock = threading.Lock()

    def job(self, set_id: str) -> Job | None:
        with self._lock:
            return self.jobs.get(set_id)

    def _start(self, set_id: str, job: Job, work) -> None:
        with self._lock:
            self.jobs[set_id] = job

        def step(name: str) -> None:
            job.step = name
            job.steps_seen.append(name)

        def run() -> None:
            try:
                work(step)
            except StudygenError as e:
                job.error = str(e)
                if job.kind == "build":
                    self.store.fail(set_id, str(e))
            except Exception as e:  # a bug: say so on the page rather than spin for ever
                job.error = f"internal error ({type(e).__name__}: {e})"
                if job.kind == "build":
                    self.store.fail(set_id, job.error)
            finally:
                job.done = True

        self._pool.submit(run)

    def build(self, set_id: str, filename: str, data: bytes | None, chosen: dict) -> None:
        """Read the article into a new study set (saved when done); with ``data`` None,
        ``filename`` is a page's http(s) address and the build fetches it."""
        from ..pipeline import build_study_set

        def work(step) -> None:
            study_set = build_study_set(filename, options_from(chosen), data=data, progress=step)
            self.store.finish(set_id, study_set)

        self._start(set_id, Job("build"), work)

    def out_dir(self, set_id: str) -> Path:
        # The folder is the server's choice: the set id is 12 hex digits it made itself.
        assert set_id.isalnum()
        return self.data_dir / "sets" / set_id

    def render(self, set_id: str) -> None:
        """Write every format of the set as it is now into its output folder."""
        from ..pipeline import write_outputs
        from ..review import kept

        saved = self.store.get(set_id)
        assert saved is not None and saved.study_set is not None
        job = Job("render", revision=saved.revision)

        def work(step) -> None:
            folder = self.out_dir(set_id)
            for old_zip in folder.glob("studyset-r*.zip"):  # a zip of an earlier revision
                old_zip.unlink()
            # Every format (export.formats.FORMATS): the teacher picks downloads afterwards.
            write_outputs(kept(saved.study_set, saved.dropped),
                          options=options_from(saved.options).replace(formats=FORMATS),
                          slug="studyset", folder=folder, progress=step)
            (folder / "revision.json").write_text(json.dumps({"revision": saved.revision}))

        self._start(set_id, job, work)

    def forget(self, set_id: str) -> None:
        """Remove a deleted set's output folder. Queued behind any build or render of the set,
        so a render that was running cannot write its files back after the folder went."""
        with self._lock:
            self.jobs.pop(set_id, None)
        folder = self.out_dir(set_id)
        self._pool.submit(shutil.rmtree, folder, ignore_errors=True)

    def remove_orphans(self) -> list[str]:
        """Remove the output folders of sets that are no longer in the store (a set deleted
        just before a crash or a power cut); returns their ids. Only folders named as the
        server names them (12 hex digits) under ``sets/`` are touched."""
        root = self.data_dir / "sets"
        if not root.is_dir():
            return []
        known = self.store.ids()
        orphans = [d for d in root.iterdir()
                   if d.is_dir() and _SET_FOLDER.fullmatch(d.name) and d.name not in known]
        for folder in orphans:
            shutil.rmtree(folder, ignore_errors=True)
        return [d.name for d in orphans]

    def files(self, set_id: str) -> tuple[int | None, list[tuple[Path, str, str]]]:
        """The rendered revision of a set and its files (after a restart too) as (path, label in
        Japanese, label in English), in the order of export.formats.FORMATS."""
        folder = self.out_dir(set_id)
        try:
            revision = json.loads((folder / "revision.json").read_text())["revision"]
        except (OSError, ValueError, KeyError):
            return None, []
        named = [(name, *_LABELS[name]) for name in _LABELS]
        named += [(filename_for(fmt, "studyset"), "授業用", CLASSROOM_FORMATS[fmt][2]) for fmt in CLASSROOM_FORMATS]
        return revision, [(folder / n, ja, en) for n, ja, en in named if (folder / n).is_file()]

    def zip_path(self, set_id: str) -> Path | None:
        """Every rendered file in one zip (made on demand beside them)."""
        revision, listed = self.files(set_id)
        files = [path for path, _, _ in listed]
        if not files:
            return None
        target = self.out_dir(set_id) / f"studyset-r{revision}.zip"
        if not target.exists():
            tmp = target.with_suffix(".part")
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
                for f in files:
                    z.write(f, f.name)
            tmp.replace(target)
        return target
