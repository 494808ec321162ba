"""What a process that builds article after article does around them: its peak memory for the
report, WeasyPrint imported early in a thread, and memory handed back between articles. Used by
``--jobs`` workers (:mod:`studygen.batch`) and Dask workers (:mod:`studygen.dask_batch`) alike.
"""

from __future__ import annotations

import ctypes
import sys

from .options import Options


def peak_memory_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024  # macOS counts bytes


_IMPORTER = None  # the thread importing WeasyPrint, once per process


def early_import(stage: str, options: Options) -> None:
    """Make ready for the PDFs in a thread while this process's first article is analysed:
    import WeasyPrint (~0.45 s), parse the stylesheet and compile the templates (~0.07 s).

    Started once the article was read and found to hold Japanese (at "analyze"), so a missing,
    empty or English file fails at once.
    Much of the import is loading shared libraries and reading files, which run beside the
    analysis, and the rest fills the time the build waits for the parser's helper; a cold
    one-article build measured ~0.1 s faster for the import, and the stylesheet and templates
    (0.07 s, measured alone) no longer follow the parse. The PDF stage's own import waits for
    this one to finish (Python's module lock).
    """
    global _IMPORTER
    if (stage != "analyze" or not options.write_pdf or "pdf" not in options.formats
            or _IMPORTER is not None or "weasyprint" in sys.modules):
        return
    import threading

    _IMPORTER = threading.Thread(target=_prepare_pdf, args=(options.paper,), daemon=True)
    _IMPORTER.start()


def _prepare_pdf(paper: str) -> None:
    from .export import pdf

    pdf.prepare(paper)


def join_early_import() -> None:
    """Wait for the early import, if one runs: never leave it running while the interpreter exits."""
    if _IMPORTER is not None:
        _IMPORTER.join()


# WeasyPrint leaves reference cycles behind that Python's collector reaches late, and freed
# memory stays in malloc's arenas: a worker's resident memory grew by ~20-40 MB per article.
_RELEASE_ABOVE_MB = 250


def _current_memory_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * _page_size() / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return 0.0


def _page_size() -> int:
    import os

    return os.sysconf("SC_PAGE_SIZE")


def release_memory() -> None:
    """Between articles: collect garbage and give freed memory back, when a lot is held."""
    if _current_memory_mb() < _RELEASE_ABOVE_MB:
        return
    import gc

    gc.collect()
    # What survives the first article is mostly for keeps (modules, the tagger, dictionary
    # caches): freezing it spares every later collection from walking it again.
    gc.freeze()
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        return
    _drop_dictionary_pages(libc)


# MADV_DONTNEED: the pages leave this process's resident set (the kernel's file cache keeps them)
_MADV_DONTNEED = 4


def _drop_dictionary_pages(libc) -> None:
    """Let go of the dictionary pages the last article touched. The morphological dictionaries
    (unidic-lite's sys.dic and matrix.bin, sudachi's system.dic for the parser, OpenJTalk's
    sys.dic) are mapped read-only, and every page an article's words touch stays in the process's
    resident set: after 20 articles 100 MB of unidic-lite's sys.dic, 44 MB of OpenJTalk's and
    36 MB of the matrix, while one article touches 40-80 MB of them all. Dropped after each
    article, the pages are read again from the kernel's file cache when a later article needs
    them (a minor fault each, 10 ms for the lot), and a worker's resident memory, which Dask's
    memory limit watches, holds what one article needs instead of what every article needed.
    Only read-only mappings of dictionary files: nothing written is ever dropped."""
    try:
        with open("/proc/self/maps") as f:
            lines = f.readlines()
    except OSError:  # not Linux
        return
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    for line in lines:
        parts = line.split()
        if len(parts) < 6 or "w" in parts[1] or not parts[5].endswith((".dic", "matrix.bin")):
            continue
        start, end = (int(x, 16) for x in parts[0].split("-"))
        libc.madvise(start, end - start, _MADV_DONTNEED)
