"""Build several articles, each independently: one failure is reported, the others go on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import StudygenError
from .options import Options


@dataclass(frozen=True, slots=True)
class BuildResult:
    source: str
    paths: tuple[Path, ...] = ()
    summary: str = ""
    error: str | None = None
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)


def build_one(source: str, options: Options) -> BuildResult:
    """Build one article; a StudygenError becomes the result's error message."""
    import time

    from .pipeline import build_study_set, write_outputs

    t0 = time.perf_counter()
    try:
        study_set = build_study_set(source, options)
        outputs = write_outputs(study_set, options.output_dir, options)
    except StudygenError as e:
        return BuildResult(source, error=str(e), seconds=time.perf_counter() - t0)
    summary = (f"{len(study_set.vocabulary)} words, {len(study_set.names)} names, "
               f"{len(study_set.questions)} questions")
    return BuildResult(source, tuple(outputs.paths()), summary, seconds=time.perf_counter() - t0)


def build_many(sources: list[str], options: Options, *, jobs: int = 1, quiet: bool = False) -> list[BuildResult]:
    """Build every source in order and return one result per source."""
    if sources.count("-") > 1:
        return [BuildResult("-", error="standard input (-) can be read only once") for _ in sources]
    return [build_one(s, options) for s in sources]
