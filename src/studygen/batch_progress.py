"""The progress display of a batch build on stderr: an overall bar and a status line per
article, each line following its article through the build's stages (:data:`studygen.batch.STAGES`).

Shown only when stderr is a terminal (:func:`show_progress`); rich is imported when a display
is made, so importing this module costs nothing.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .batch import STAGES

if TYPE_CHECKING:
    from .batch import BuildResult

__all__ = ["BatchProgress", "show_progress"]


class BatchProgress:
    """A rich progress display on stderr: an overall bar and a status line per article."""

    _MAX_ROWS = 12  # beyond this, finished articles leave the display to keep it short

    def __init__(self, sources: list[str]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(bar_width=24), MofNCompleteColumn(),
            TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )
        self._total = self._progress.add_task("[bold]articles", total=len(sources), status="")
        self._rows = [self._progress.add_task(f"  {_short(s)}", total=len(STAGES), status="waiting")
                      for s in sources]
        self._failed = 0
        self._done: set[int] = set()
        self._hide_finished = len(sources) > self._MAX_ROWS

    def start(self) -> None:
        self._progress.start()

    def stop(self) -> None:
        self._progress.stop()

    def stage(self, index: int, stage: str) -> None:
        if index in self._done:  # a worker's last message may come after its result
            return
        done = STAGES.index(stage) if stage in STAGES else 0
        self._progress.update(self._rows[index], completed=done, status=stage)

    def finished(self, index: int, result: BuildResult) -> None:
        self._done.add(index)
        if result.ok:
            status = f"[green]done[/] {result.seconds:.1f} s"
        else:
            self._failed += 1
            status = "[red]failed[/]"
        self._progress.update(self._rows[index], completed=len(STAGES), status=status,
                              visible=not (self._hide_finished and result.ok))
        failed = f"[red]{self._failed} failed[/]" if self._failed else ""
        self._progress.update(self._total, advance=1, status=failed)


def _short(source: str, width: int = 32) -> str:
    return source if len(source) <= width else "…" + source[-(width - 1):]


def show_progress(quiet: bool) -> bool:
    """Whether to show the display: not ``quiet``, and stderr is a terminal (not a log file)."""
    return not quiet and sys.stderr is not None and sys.stderr.isatty()
