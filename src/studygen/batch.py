"""Build several articles, each independently: one failure is reported, the others go on.

With ``jobs=1`` the articles are built one after another in this process. With ``jobs>1``
they are built in worker processes started with ``spawn`` (a clean interpreter: no fugashi
tagger, SQLite connection or Pango state copied by ``fork``). Each worker makes its own tagger
and dictionary connection once (``analyze._tagger()``, ``dictionary.default_dictionary()``) and
keeps them for every article it builds.

    >>> from studygen.options import Options
    >>> results = build_many(["a.txt", "b.txt"], Options(write_pdf=False), jobs=2)  # doctest: +SKIP
    >>> [r.ok for r in results]                                                      # doctest: +SKIP
    [True, True]

Results come back in input order whatever order the workers finish in.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .batch_worker import early_import, join_early_import, peak_memory_mb, release_memory
from .errors import StudygenError, TimeLimitError
from .model import Document
from .options import Options

if TYPE_CHECKING:
    from .batch_progress import BatchProgress

# The stages reported through ``progress``, in the order a build runs them.
STAGES = ("ingest", "clean", "analyze", "vocabulary", "questions", "pdf", "audio", "deck", "json",
          "classroom")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What became of one article: the files written, or the error that stopped it.

    ``stages`` holds the seconds spent in each stage (see :data:`STAGES`) and ``peak_memory_mb``
    the peak resident memory of the process that built it, so far (Linux ``ru_maxrss``).
    """

    source: str
    paths: tuple[Path, ...] = ()
    summary: str = ""
    error: str | None = None
    left_out: tuple[str, ...] = ()  # "kahoot: q-… (question over 120 characters)", one a line
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    peak_memory_mb: float = 0.0
    # Built before from the same content with the same options: nothing was written.
    unchanged: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


class _StageClock:
    """Turns the pipeline's stage names into seconds per stage."""

    def __init__(self, report: Callable[[str], None] | None = None) -> None:
        self.stages: dict[str, float] = {}
        self._report = report
        self._current: str | None = None
        self._since = time.perf_counter()

    def __call__(self, stage: str) -> None:
        self.stop()
        self._current, self._since = stage, time.perf_counter()
        if self._report:
            self._report(stage)

    def stop(self) -> None:
        if self._current is not None:
            elapsed = time.perf_counter() - self._since
            self.stages[self._current] = self.stages.get(self._current, 0.0) + elapsed
            self._current = None


@dataclass(frozen=True, slots=True)
class ReadArticle:
    """An article read by one process and found to need building, for another to build: the
    parent of a worker pool reads the articles whose folder holds a record itself, so that an
    unchanged one needs no worker (and a batch of them starts none)."""

    doc: Document
    seconds: float  # spent reading it, counted in the build's time and its time limit
    stages: dict[str, float]


def build_one(source: str, options: Options, *, data: bytes | None = None,
              progress: Callable[[str], None] | None = None,
              records: Mapping[str, dict] | None = None, read: ReadArticle | None = None) -> BuildResult:
    """Build one article; a StudygenError becomes the result's error message.

    ``data`` is the article's bytes when they were read already (standard input read by the
    parent process); ``progress`` receives each stage name as it starts. An article whose output
    folder records the same content and options is not built again (``unchanged``) unless
    ``options.force``; ``records`` gives those records by folder name instead of reading them
    (see :mod:`studygen.record`). ``read`` is the article as :func:`read_unless_unchanged`
    read it: it is built without being read or checked again.
    """
    from . import record

    parser = any(n > 0 for n in options.question_counts.values())
    if parser and read is None and not record.has_record(source, options, records):
        from . import syntax

        # First of all: the parser loads on the other core while this process imports the
        # stages (0.15 s in a fresh process) and reads the article. Not for an article whose
        # folder records a build: it may turn out unchanged and need no parser at all.
        syntax.start_helper()
    from .ingest import display_name
    from .limits import time_limit
    from .pipeline import study_set_for, write_outputs

    t0 = time.perf_counter() - (read.seconds if read else 0.0)
    clock = _StageClock(progress)
    limit = options.max_seconds
    if read is not None:
        clock.stages.update(read.stages)
        limit = max(limit - read.seconds, 0.001) if limit else limit
    try:
        with time_limit(limit, display_name(source)) as deadline:
            def stage(name: str) -> None:
                deadline.check()  # where no timer signal can reach (a thread), at every stage
                clock(name)

            if read is None:
                doc, article, key, kept = _read(source, options, data, records, stage)
                if kept is not None:
                    return _unchanged(source, kept, t0, clock)
            else:
                from .pipeline import prepare_article

                doc, article, key = read.doc, prepare_article(read.doc), record.build_key(read.doc, options)
            if parser:  # no-op when started above
                from . import syntax

                syntax.start_helper()
            study_set = study_set_for(doc, article, options, progress=stage)
            outputs = write_outputs(study_set, options.output_dir, options, progress=stage)
            record.write_record(outputs.folder, key, outputs.paths())
    except Exception as e:  # noqa: BLE001 - one article's bug must not stop the batch
        return _failed(source, e, t0, clock)
    clock.stop()
    known = f" ({outputs.known} known, left out of the deck and handout)" if outputs.known else ""
    audio = f", {outputs.audio} recordings" if outputs.audio else ""
    summary = (f"{len(study_set.vocabulary)} words{known}, {len(study_set.names)} names, "
               f"{len(study_set.questions)} questions{audio}")
    cut = sum(s.cut for s in study_set.article.sentences)
    if cut:  # text pasted without 。: say so, as inspect does
        from .segment import MAX_SENTENCE_CHARS

        summary += f"; {cut} pieces of sentences over {MAX_SENTENCE_CHARS} characters"
    if outputs.classroom:
        summary += "; " + outputs.format_summary()
    left_out = tuple(f"{fmt}: {item} ({reason})"
                     for fmt, (_, _, left) in outputs.classroom.items() for item, reason in left)
    return BuildResult(source, tuple(outputs.paths()), summary, seconds=time.perf_counter() - t0,
                       stages=clock.stages, peak_memory_mb=peak_memory_mb(), left_out=left_out)


def read_unless_unchanged(source: str, options: Options, *, data: bytes | None = None,
                          progress: Callable[[str], None] | None = None) -> BuildResult | ReadArticle:
    """Read an article and compare it with its folder's record: the ``unchanged`` result (or the
    error that stopped the reading) as :func:`build_one` gives it, else the article read, for
    ``build_one(..., read=...)``. Needs none of the analysis stages (no parser, no dictionary)."""
    from .ingest import display_name
    from .limits import time_limit

    t0 = time.perf_counter()
    clock = _StageClock(progress)
    try:
        with time_limit(options.max_seconds, display_name(source)) as deadline:
            def stage(name: str) -> None:
                deadline.check()
                clock(name)

            doc, _, _, kept = _read(source, options, data, None, stage)
    except Exception as e:  # noqa: BLE001 - one article's bug must not stop the batch
        return _failed(source, e, t0, clock)
    clock.stop()
    if kept is not None:
        return _unchanged(source, kept, t0, clock)
    return ReadArticle(doc, time.perf_counter() - t0, clock.stages)


def read_recorded(sources: list[str], indices: list[int], options: Options, data: Mapping[int, bytes], *,
                  threads: int, progress: Callable[[int, str], None] | None = None
                  ) -> tuple[list[int], Iterator[tuple[int, BuildResult | ReadArticle]]]:
    """Split the articles ``sources[i]`` for ``i`` in ``indices`` into those whose folder holds
    a build record and the others (see :func:`studygen.record.has_record`); the recorded ones
    are read here by ``threads`` threads (a page's fetch waits on the network, not on the
    interpreter) and their outcomes come as they are ready: (index, the unchanged or failed
    result, or the article read). A batch whose articles are all unchanged needs no worker.

    Returns the others' indices, in the order given, and the outcomes; close the iterator to
    stop early.
    """
    from . import record

    has = {i: record.has_record(sources[i], options) for i in indices}
    recorded = [i for i in indices if has[i]]
    others = [i for i in indices if not has[i]]

    def read(i: int) -> BuildResult | ReadArticle:
        report = (lambda stage: progress(i, stage)) if progress else None
        return read_unless_unchanged(sources[i], options, data=data.get(i), progress=report)

    def outcomes() -> Iterator[tuple[int, BuildResult | ReadArticle]]:
        if not recorded:
            return
        from concurrent.futures import ThreadPoolExecutor, as_completed

        readers = ThreadPoolExecutor(max(1, threads), thread_name_prefix="studygen-read")
        try:
            reading = {readers.submit(read, i): i for i in recorded}
            for done in as_completed(reading):
                yield reading[done], done.result()
        finally:  # a stop (Ctrl-C) leaves the articles not started unread
            readers.shutdown(wait=False, cancel_futures=True)

    return others, outcomes()


def _read(source: str, options: Options, data: bytes | None, records: Mapping[str, dict] | None,
          stage: Callable[[str], None]):
    """Ingest and prepare an article: (document, article, build key, the outputs kept when it
    is unchanged, else None)."""
    from . import record
    from .ingest import ingest
    from .pipeline import prepare_article, slug_for_article

    stage("ingest")
    doc = ingest(source, data=data, encoding=options.encoding, max_bytes=options.max_input_bytes,
                 timeout=options.fetch_timeout)
    stage("clean")
    article = prepare_article(doc)
    folder = Path(options.output_dir) / slug_for_article(article)
    key = record.build_key(doc, options)
    kept = None if options.force else record.unchanged_outputs(folder, key, records)
    return doc, article, key, kept


def _unchanged(source: str, kept: tuple[Path, ...], t0: float, clock: _StageClock) -> BuildResult:
    clock.stop()
    return BuildResult(source, kept, "unchanged", seconds=time.perf_counter() - t0,
                       stages=clock.stages, peak_memory_mb=peak_memory_mb(), unchanged=True)


def _failed(source: str, e: Exception, t0: float, clock: _StageClock) -> BuildResult:
    from .ingest import display_name

    clock.stop()
    if isinstance(e, TimeLimitError):
        # The limit may have come while the parser's helper process was answering: its
        # answer would reach the next article's question. A new helper starts with it.
        from . import syntax

        syntax.stop_helper()
    if isinstance(e, StudygenError):
        message = str(e)
    else:  # a bug, not a user error: report it for this article only, the others go on
        message = f"{display_name(source)}: internal error: {type(e).__name__}: {e}"
    return BuildResult(source, error=message, seconds=time.perf_counter() - t0,
                       stages=clock.stages, peak_memory_mb=peak_memory_mb())


def build_many(sources: list[str], options: Options, *, jobs: int = 1, quiet: bool = False,
               progress: bool | None = None) -> list[BuildResult]:
    """Build every source and return one result per source, in input order.

    ``jobs`` > 1 builds that many articles at once in worker processes; ``jobs=1`` builds them
    here, one after another. A failing article (a StudygenError, an unexpected exception, even
    a crashed worker) gives a result with ``error`` set and the others go on. ``progress``
    shows a progress bar on stderr; by default it does when stderr is a terminal and not
    ``quiet``. Standard input (``-``) can be given once.

    Workers are started with ``spawn``, which imports the calling script again in each worker:
    a script that calls this with ``jobs`` > 1 needs the ``if __name__ == "__main__":`` guard.
    """
    if sources.count("-") > 1:
        return [BuildResult(s, error="standard input (-) can be given only once") for s in sources]
    from .batch_progress import BatchProgress, show_progress

    show = show_progress(quiet) if progress is None else progress
    display = BatchProgress(sources) if show and sources else None
    jobs = max(1, min(jobs, len(sources)))
    try:
        if display:
            display.start()
        if jobs == 1:
            return _build_here(sources, options, display)
        from .batch_pool import build_in_pool

        return build_in_pool(sources, options, jobs, display)
    finally:
        if display:
            display.stop()


def _build_here(sources: list[str], options: Options, display: BatchProgress | None) -> list[BuildResult]:
    import gc

    results = []
    try:
        for i, source in enumerate(sources):
            def report(stage: str, i: int = i) -> None:
                early_import(stage, options)
                if display:
                    display.stage(i, stage)

            result = build_one(source, options, progress=report)
            if i + 1 < len(sources):
                release_memory()
            if display:
                display.finished(i, result)
            results.append(result)
    finally:
        gc.unfreeze()  # this process goes on (a notebook, a server): its garbage is its own again
        join_early_import()  # never leave an import running while the interpreter exits
    return results
