"""Worker processes of a batch (``jobs`` > 1): a pool started with ``spawn``, the longest articles
first, each worker's stages passed to the progress bars, a stop signal passed on to the workers,
and an article whose worker died rebuilt alone so that only it fails. :func:`studygen.batch.build_many`
calls :func:`build_in_pool`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import BuildResult, ReadArticle, build_one, read_recorded
from .batch_worker import early_import, release_memory
from .errors import StudygenError
from .options import Options

if TYPE_CHECKING:
    from .batch_progress import BatchProgress

_STAGE_QUEUE = None  # in a worker: where (article index, stage) messages go, if anyone listens


def init_worker(queue) -> None:
    global _STAGE_QUEUE
    _STAGE_QUEUE = queue
    # Ctrl-C reaches the workers too: each stops its article (temporary files are removed) and
    # the parent reports the interruption once. Objects finalized on the way out would each
    # print "Exception ignored ... KeyboardInterrupt"; keep that off the user's terminal.
    sys.unraisablehook = _quiet_interrupt
    # SIGTERM too (the parent passes its own on): the article stops and its temporaries go.
    from .limits import install_stop_handlers

    install_stop_handlers()
    # The parser loads here, not in a helper: the other workers take the cores a helper would use.
    os.environ["STUDYGEN_PARSER"] = "inprocess"


def _quiet_interrupt(unraisable) -> None:
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)


def _build_in_worker(index: int, source: str, options: Options, data: bytes | None,
                     read: ReadArticle | None = None) -> BuildResult:
    from .limits import stop_requested

    if stop_requested():  # the pool had queued this article before the stop came
        return BuildResult(source, error=f"{source}: not built, the batch was stopped")
    queue = _STAGE_QUEUE

    def report(stage: str) -> None:
        early_import(stage, options)
        if queue is not None:
            queue.put((index, stage))
    result = build_one(source, options, data=data, progress=report, read=read)
    release_memory()
    return result


def crashed(source: str) -> BuildResult:
    return BuildResult(source, error=f"{source}: the worker process building it stopped "
                                     "unexpectedly (out of memory or a crash in a library)")


def _read_stdin(sources: list[str], options: Options) -> tuple[dict[int, bytes], dict[int, BuildResult]]:
    # Workers started with spawn do not share our standard input: read it here, once.
    from .ingest import read_bytes

    data: dict[int, bytes] = {}
    errors: dict[int, BuildResult] = {}
    for i, source in enumerate(sources):
        if source == "-":
            try:
                data[i] = read_bytes("-", options.max_input_bytes)
            except StudygenError as e:
                errors[i] = BuildResult(source, error=str(e))
    return data, errors


def _size(source: str, data: bytes | None) -> int:
    if data is not None:
        return len(data)
    try:
        return Path(source).stat().st_size
    except (OSError, ValueError):
        return 0


def build_in_pool(sources: list[str], options: Options, jobs: int,
                   display: BatchProgress | None) -> list[BuildResult]:
    import multiprocessing
    import threading
    import contextlib
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    data, results = _read_stdin(sources, options)
    for i, r in results.items():
        if display:
            display.finished(i, r)
    # Longest first (by size): the last article to finish is then a short one, and the workers
    # run out of work at about the same time. Results still come back in input order.
    todo = sorted((i for i in range(len(sources)) if i not in results),
                  key=lambda i: -_size(sources[i], data.get(i)))

    queue = context.SimpleQueue() if display else None
    listener = None
    if display and queue is not None:
        def listen() -> None:
            while (message := queue.get()) is not None:
                display.stage(*message)

        listener = threading.Thread(target=listen, daemon=True)
        listener.start()

    def finish(i: int, result: BuildResult) -> None:
        results[i] = result
        if display:
            display.finished(i, result)

    # The recorded articles are read here first (read_recorded): an unchanged one needs no
    # worker, so a batch of them starts no pool at all. The others go to the pool at once, and
    # a recorded one that changed follows, as read here (its page is not fetched again).
    others, outcomes = read_recorded(sources, todo, options, data, threads=jobs,
                                     progress=display.stage if display else None)
    reads: dict[int, ReadArticle] = {}
    crashed: list[int] = []
    pool: ProcessPoolExecutor | None = None
    futures = {}

    def submit(i: int) -> None:
        nonlocal pool
        if pool is None:
            pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=init_worker, initargs=(queue,))
        try:
            futures[pool.submit(_build_in_worker, i, sources[i], options, data.get(i), reads.get(i))] = i
        except BrokenProcessPool:  # a worker died while articles were still being queued
            crashed.append(i)

    try:
        for i in others:  # longest first
            submit(i)
        with contextlib.closing(outcomes):
            for i, outcome in outcomes:
                if isinstance(outcome, BuildResult):
                    finish(i, outcome)
                else:
                    reads[i] = outcome
                    submit(i)
        for future in as_completed(futures):
            i = futures[future]
            try:
                finish(i, future.result())
            except BrokenProcessPool:
                crashed.append(i)  # this article, or one running beside it, killed a worker
    except BaseException as e:
        if pool is not None:
            if isinstance(e, KeyboardInterrupt):
                _stop_workers(getattr(e, "signum", None))
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        if pool is not None:
            pool.shutdown()
    # A dead worker breaks the whole pool: rebuild each article caught in it alone, in a pool
    # of its own, so that only the article that kills its worker fails.
    if crashed:
        _rebuild_alone(sorted(crashed), sources, options, data, reads, jobs, context, queue, finish)
    if queue is not None:
        queue.put(None)
        if listener is not None:
            listener.join(timeout=1)
    return [results[i] for i in range(len(sources))]


def _stop_workers(signum: int | None) -> None:
    """Pass a stop signal on to the worker processes, so each removes its temporaries before
    the parent exits (SIGTERM reaches only the process it was sent to; Ctrl-C in a terminal
    reaches them all, and a second one is ignored by a worker already stopping)."""
    import multiprocessing
    import signal

    for child in multiprocessing.active_children():
        if child.pid is not None:
            try:
                os.kill(child.pid, signum or signal.SIGTERM)
            except OSError:
                pass


def _rebuild_alone(indices: list[int], sources: list[str], options: Options, data: dict[int, bytes],
                   reads: dict[int, ReadArticle], jobs: int, context, queue, finish: Callable[[int, BuildResult], None]) -> None:
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def alone(i: int) -> None:
        with ProcessPoolExecutor(1, mp_context=context, initializer=init_worker,
                                 initargs=(queue,)) as pool:
            try:
                finish(i, pool.submit(_build_in_worker, i, sources[i], options, data.get(i),
                                      reads.get(i)).result())
            except BrokenProcessPool:
                finish(i, crashed(sources[i]))

    with ThreadPoolExecutor(jobs) as threads:
        list(threads.map(alone, indices))
