"""Build a batch on Dask distributed: a local cluster, or the workers of an existing scheduler.

Each article is one task. A worker is a long-lived process: it imports fugashi, WeasyPrint and
the dictionaries on its first article and keeps them (and the parser) for every later one, as
``--jobs`` workers do (:mod:`studygen.batch`).

How the outputs reach the output folder: **results are returned to the client**, which writes
them. A worker builds into a temporary folder of its own, sends back the files' bytes (about
0.5 MB an article with PDFs), and the client puts them in place, each file whole (temporary
name, then rename), the build record last. Workers therefore need no shared file system and
no write access to the client's disk; only the page URLs must be reachable from the workers.
Local files and standard input are read by the client and sent with the task, so a remote
worker needs no copy of them either.

Unchanged articles (see :mod:`studygen.record`): on a local cluster of our own the client reads
the articles whose folder holds a record first, as ``--jobs`` does, and starts the cluster only
if one of them changed or another must be built (a changed one goes to a worker as read). A
scheduler's workers recognise them against the record the client sends with the task, and
nothing comes back but the result. Each result is let go as soon as its files are in place.

    >>> from studygen.options import Options
    >>> results = build_with_dask(["a.txt", "b.txt"], Options(write_pdf=False), workers=2)  # doctest: +SKIP
    >>> [r.ok for r in results]                                                              # doctest: +SKIP
    [True, True]
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path

from . import batch, batch_pool, batch_worker, record
from .batch import BuildResult
from .errors import ExecutorError, StudygenError
from .options import Options

# A worker that dies (out of memory, a crash in a library) takes its task with it. Dask would
# try the same article on up to three more workers; one more try is enough to tell a worker
# lost by bad luck from an article that kills every worker it meets.
_ALLOWED_FAILURES = 1

# A local cluster of ours has no dashboard to feed: what Dask does for one is left out or done
# less often. The workers' statistical profiler samples the running article's stack every 10 ms
# and keeps its call trees (the parser's and WeasyPrint's stacks are deep): without it a worker
# of a 20-article batch peaked ~40 MB lower and spent ~8% less CPU. The event-loop health
# check (every 20 ms), the system monitor (500 ms) and the nannies' memory monitor (100 ms), all
# in the client's process, cost that process 0.9 s of CPU per 30 s idle, 0.2 s at these rates,
# on a machine whose cores the workers need. A worker over its memory limit is still stopped
# within a second.
_LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def _build_task(source: str, options: Options, data: bytes | None, records: dict[str, dict] | None,
                read: batch.ReadArticle | None = None
                ) -> tuple[BuildResult, str | None, dict[str, tuple[bytes, float]]]:
    """Runs on a worker: build into a temporary folder, return the result, the folder's name
    and its files (bytes and modification time: the deck's time is its Anki stamp). ``read``:
    the article as the client read it (it changed since its recorded build)."""
    with tempfile.TemporaryDirectory(prefix="studygen-") as tmp:
        result = batch.build_one(source, options.replace(output_dir=Path(tmp)), data=data, records=records,
                                 read=read, progress=lambda stage: batch_worker.early_import(stage, options))
        batch_worker.release_memory()
        if not result.ok or not result.paths:
            return result, None, {}
        folder = result.paths[0].parent
        if result.unchanged:
            return result, folder.name, {}
        files = {p.name: (p.read_bytes(), p.stat().st_mtime) for p in folder.iterdir() if p.is_file()
                 and (p.name == record.RECORD_NAME or not p.name.startswith("."))}
        return result, folder.name, files


def _place(folder: Path, files: dict[str, tuple[bytes, float]]) -> None:
    """Write a worker's files into ``folder``: each under a temporary name, renamed when all
    are written; the build record last, so a crash on the way leaves no record of it."""
    from .errors import OutputError

    names = sorted(files, key=lambda n: n == record.RECORD_NAME)
    pending: list[tuple[str, str]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            data, mtime = files[name]
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
            pending.append((tmp, name))
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, 0o644)
            os.utime(tmp, (mtime, mtime))
        for tmp, name in pending:
            os.replace(tmp, folder / name)
        pending.clear()
    except OSError as e:
        raise OutputError(str(folder), e.strerror or str(e)) from None
    finally:
        for tmp, _ in pending:
            Path(tmp).unlink(missing_ok=True)


def _records_for(source: str, options: Options) -> dict[str, dict] | None:
    folder = record.guess_folder(source, options.output_dir)
    if folder is None or options.force:
        return {}
    found = read_existing(folder)
    return {folder.name: found} if found else {}


def read_existing(folder: Path) -> dict | None:
    """The folder's record when every file it lists is still there (else the article is built)."""
    found = record.read_record(folder)
    if not found or not isinstance(found.get("files"), list):
        return None
    return found if all((folder / str(n)).is_file() for n in found["files"]) else None


def _read_local(sources: list[str], options: Options) -> tuple[dict[int, bytes], dict[int, BuildResult]]:
    # Files and standard input are read here: a remote worker has neither.
    from .fetch import looks_like_url
    from .ingest import read_bytes

    data: dict[int, bytes] = {}
    errors: dict[int, BuildResult] = {}
    for i, source in enumerate(sources):
        if looks_like_url(source):
            continue
        try:
            data[i] = read_bytes(source, options.max_input_bytes)
        except StudygenError as e:
            errors[i] = BuildResult(source, error=str(e))
    return data, errors


def _connect(address: str | None, workers: int):
    """A client of the scheduler at ``address``, or of a new local cluster of ``workers``
    single-threaded worker processes (returned too, to be closed)."""
    import dask
    from distributed import Client, LocalCluster

    dask.config.set({"distributed.scheduler.allowed-failures": _ALLOWED_FAILURES})
    if address:
        try:
            return Client(address, timeout="10s"), None
        except (OSError, TimeoutError, ValueError) as e:
            raise ExecutorError(f"--executor dask={address}",
                                f"cannot reach the Dask scheduler ({e}); start one with "
                                "`dask scheduler` and workers with `dask worker ADDRESS`") from None
    # One thread a worker: fugashi's tagger and the parser are per process, and two articles in
    # one process would only contend for its interpreter lock.
    # The cluster's own log stays quiet below CRITICAL: a worker that misses a heartbeat while the
    # cluster shuts down logs an ERROR with a traceback, and stderr is for studygen's one-line
    # errors (a fresh CI run on a loaded machine printed one before "studygen: error: …").
    with dask.config.set(_LOCAL_CLUSTER_CONFIG):
        # Each worker parses by itself: a helper process beside it would only compete with the
        # other workers for the cores (syntax.start_helper).
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL,
                               env={"STUDYGEN_PARSER": "inprocess"})
    return Client(cluster), cluster


def build_with_dask(sources: list[str], options: Options, *, address: str | None = None,
                    workers: int = 2, quiet: bool = False, progress: bool | None = None,
                    client=None) -> list[BuildResult]:
    """Build every source as one Dask task each and return one result per source, in input
    order, with the outputs written under ``options.output_dir`` here.

    ``address`` is a scheduler's (``tcp://host:8786``); without it a local cluster of
    ``workers`` processes is started for this batch and stopped after. A notebook that has a
    ``distributed.Client`` already passes it as ``client`` (it is left open). Failures are isolated as
    with :func:`studygen.batch.build_many`: an article's error, even a worker that died, is that
    article's result.
    """
    if sources.count("-") > 1:
        return [BuildResult(s, error="standard input (-) can be given only once") for s in sources]
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ExecutorError("--executor dask", "Dask is not installed; pip install 'studygen[dask]'") from None
    from distributed import as_completed

    from .batch_progress import BatchProgress, show_progress

    show = show_progress(quiet) if progress is None else progress
    display = BatchProgress(sources) if show and sources else None
    data, results = _read_local(sources, options)
    own = client is None
    cluster = None
    try:
        if display:
            display.start()
            for i, r in results.items():
                display.finished(i, r)
        todo = sorted((i for i in range(len(sources)) if i not in results),
                      key=lambda i: -len(data.get(i, b"")))
        reads: dict[int, batch.ReadArticle] = {}
        if own and not address:
            # A cluster of our own, on this machine: the recorded articles are read here first,
            # as with --jobs (batch.read_recorded), and the cluster starts only if an article
            # must be built. Workers elsewhere (a scheduler's) read their articles themselves.
            todo, outcomes = batch.read_recorded(sources, todo, options, data, threads=max(1, workers),
                                                 progress=display.stage if display else None)
            with contextlib.closing(outcomes):
                for i, outcome in outcomes:
                    if isinstance(outcome, BuildResult):
                        results[i] = outcome
                        if display:
                            display.finished(i, outcome)
                    else:
                        reads[i] = outcome
            todo += sorted(reads, key=lambda i: -len(data.get(i, b"")))
        if own and (todo or address):
            client, cluster = _connect(address, max(1, workers))
        run = uuid.uuid4().hex[:8]
        futures = {}
        for i in todo:
            # An article read here goes as read (no second fetch, no record to check).
            task = (sources[i], options, None, None, reads[i]) if i in reads else \
                (sources[i], options, data.get(i), _records_for(sources[i], options))
            futures[client.submit(_build_task, *task, key=f"studygen-build-{run}-{i}", pure=False)] = i
        for future in as_completed(futures) if futures else ():
            i = futures.pop(future)
            results[i] = _collect(sources[i], future, options)
            # Let the worker drop the result (the article's files, ~0.5 MB with PDFs) now that
            # its files are in place, not at the end of the batch: a worker of an archive of
            # thousands of articles would otherwise hold every result it made.
            future.release()
            if display:
                display.finished(i, results[i])
    finally:
        if display:
            display.stop()
        if own and client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return [results[i] for i in range(len(sources))]


def _collect(source: str, future, options: Options) -> BuildResult:
    """The client's side of one task: its result, its files put in place, paths made local."""
    try:
        result, slug, files = future.result()
    except Exception as e:  # noqa: BLE001 - KilledWorker, a result that could not be sent
        from distributed import KilledWorker

        if isinstance(e, KilledWorker):
            return batch_pool.crashed(source)
        return BuildResult(source, error=f"{source}: the Dask task failed: {type(e).__name__}: {e}")
    if not result.ok or slug is None:
        return result
    folder = Path(options.output_dir) / slug
    if files:
        try:
            _place(folder, files)
        except StudygenError as e:
            return replace(result, paths=(), error=str(e))
    return replace(result, paths=tuple(folder / p.name for p in result.paths))
