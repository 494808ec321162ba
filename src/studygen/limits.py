"""Limits on a build: a time limit per article, and stops by signal that leave nothing behind.

* :func:`time_limit` ends an article that runs past ``Options.max_seconds`` with a
  :class:`~studygen.errors.TimeLimitError` (one line, exit code 2; in a batch the others go on).
  In the main thread a timer signal (SIGALRM) raises it wherever the build is, and again every
  second until it gets through (a library's ``except Exception`` may swallow the first); in
  another thread the limit is checked at each stage.
* :func:`stop_on_signals` turns SIGINT and SIGTERM into :class:`Stopped`, an exception (a
  ``KeyboardInterrupt``, so no ``except Exception`` keeps it), so that the ``finally`` blocks
  of the build remove its temporary files. The CLI then exits with 128 + the signal's number:
  130 for Ctrl-C, 143 for SIGTERM (a closed terminal, a killed job, a server shutting down).
* :func:`shielded` holds both back while files are renamed into place or temporaries removed:
  a signal in the middle of the renames would leave half of a new set beside half of the old.

    >>> with time_limit(None, "a.txt"):   # no limit
    ...     pass
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

from .errors import TimeLimitError

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(KeyboardInterrupt):
    """The build was stopped by a signal; ``exit_code`` is the shell's convention, 128 + signum."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_code = 128 + signum

    def __reduce__(self):  # a worker process sends it back to its parent
        return Stopped, (self.signum,)


_state = threading.local()
_pending: list[BaseException] = []  # what was raised while shielded, re-raised after
_stopping = False  # a stop signal came: later ones are ignored while the build cleans up


def _shield_depth() -> int:
    return getattr(_state, "shield", 0)


@contextlib.contextmanager
def shielded() -> Iterator[None]:
    """Signals and the time limit wait until the block is done; a stop then goes on."""
    _state.shield = _shield_depth() + 1
    try:
        yield
    finally:
        _state.shield -= 1
    if _state.shield == 0 and _pending:
        pending = _pending[0]
        _pending.clear()
        if isinstance(pending, Stopped):  # a time limit past during the renames is no error
            raise pending


def _raise(error: BaseException) -> None:
    if _shield_depth():
        _pending.append(error)
        return
    raise error


def _on_stop_signal(signum: int, frame) -> None:
    global _stopping
    if _stopping:
        return
    _stopping = True
    _raise(Stopped(signum))


def stop_requested() -> bool:
    """Whether a stop signal came since :func:`install_stop_handlers`: a worker process that
    was stopped takes no further article from its queue."""
    return _stopping


def install_stop_handlers() -> dict[int, object]:
    """Turn SIGINT and SIGTERM into :class:`Stopped` in this process (main thread only);
    returns the handlers they had."""
    global _stopping
    _stopping = False
    return {sig: signal.signal(sig, _on_stop_signal) for sig in STOP_SIGNALS}


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """:func:`install_stop_handlers` for the block, then the previous handlers again."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = install_stop_handlers()
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _Deadline:
    def __init__(self, seconds: float | None, source: str) -> None:
        self.seconds = seconds
        self.source = source
        self.end = time.monotonic() + seconds if seconds else None

    def check(self) -> None:
        """Raise the time limit's error when the article ran past it."""
        if self.end is not None and time.monotonic() > self.end and not _shield_depth():
            raise TimeLimitError(self.source, self.seconds or 0)


@contextlib.contextmanager
def time_limit(seconds: float | None, source: str) -> Iterator[_Deadline]:
    """Stop the block with :class:`TimeLimitError` once it ran ``seconds`` (None: no limit).

    Yields the deadline, whose ``check()`` a caller may run at points of its own (the build
    runs it at every stage).
    """
    deadline = _Deadline(seconds, source)
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield deadline
        return

    def on_alarm(signum: int, frame) -> None:
        _raise(TimeLimitError(source, seconds))

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _pending[:] = [p for p in _pending if not isinstance(p, TimeLimitError)]
