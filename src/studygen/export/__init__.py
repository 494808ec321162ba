"""Writers for studygen's three outputs: the Anki package, the PDFs and the study-set JSON.

Files reach their place the same way whoever writes them: rendered to a hidden temporary
``.NAME.XXXXXXXX.part`` beside the final file, renamed into place when all succeeded, the
temporaries removed whatever happened (a signal included, see :mod:`studygen.limits`). A build
that was killed outright (``kill -9``, a power cut) leaves its temporaries behind: the next
build of the same file removes those older than itself (:func:`clear_stale_parts`).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..limits import shielded

LOCK_NAME = ".studygen.lock"


def temporary_for(final: Path) -> Path:
    """A new empty temporary file beside ``final``, named ``.NAME.XXXXXXXX.part``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    return Path(tmp)


def clear_stale_parts(folder: Path, names: Iterable[str], older_than: float) -> list[Path]:
    """Remove the temporaries of our own naming for ``names`` in ``folder`` last changed before
    ``older_than`` (a time.time() value): those of a build that was killed. Returns them.

    Only ``.NAME.XXXXXXXX.part`` for the given names is touched (mkstemp's eight characters),
    never another file, whatever it is called.
    """
    wanted = "|".join(re.escape(n) for n in names)
    if not wanted:
        return []
    pattern = re.compile(rf"\.(?:{wanted})\.[A-Za-z0-9_]{{8}}\.part")
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[bool]:
    """Hold ``folder/.studygen.lock`` while the block writes into ``folder``; yields whether
    this call made the folder.

    Two builds of the same article (two terminals, a batch run twice) would otherwise rename
    their files into place in turns, and the folder could end with one build's deck beside the
    other's PDFs: the second waits here for the first. The lock file exists only while a build
    holds it, and a folder this call made is removed again if nothing was written into it (a
    failed first build leaves no folder). A lock left by a killed build is released by the
    system at its death. Without ``fcntl`` (Windows) nothing is locked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        fcntl = None
    path = folder / LOCK_NAME
    while True:
        created = False
        try:
            folder.mkdir(parents=True)
            created = True
        except FileExistsError:
            pass
        if fcntl is None:
            fd = None
            break
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except FileNotFoundError:
            continue  # the folder went away between the two calls (a first build failed)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            held = os.fstat(fd)
            try:
                now = os.stat(path)
            except FileNotFoundError:
                now = None
        except BaseException:
            os.close(fd)
            raise
        if now is not None and (now.st_ino, now.st_dev) == (held.st_ino, held.st_dev):
            break
        os.close(fd)  # the holder before us removed this lock file: take a fresh one
    try:
        yield created
    finally:
        with shielded():
            if fd is not None:
                with contextlib.suppress(OSError):
                    path.unlink()  # while still held: a waiter sees its inode gone and retries
                os.close(fd)
            if created:
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty: nothing was written


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success rename it into place.

    An interrupted or failed write never leaves a half-written file and never destroys the
    previous good one: the rename is atomic within one folder.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp_path: Path | None = None
    try:
        with shielded():  # a signal between making the file and knowing its name would leak it
            tmp_path = temporary_for(final)
        yield tmp_path
        with shielded():
            os.chmod(tmp_path, 0o644)
            os.replace(tmp_path, final)
    finally:
        with shielded():
            if tmp_path is not None:
                tmp_path.unlink(missing_ok=True)


def write_bytes_atomic(final: Path, data: bytes) -> None:
    with atomic_path(final) as tmp:
        tmp.write_bytes(data)
