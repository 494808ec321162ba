"""Tables built from a data file once and kept in the user's cache folder (like fontconfig's
cache): the kanji reading tables from KANJIDIC2 (0.1 s to build), wordfreq's sorted list (0.3 s).
A file is named after its source's size and time, so a new data package rebuilds it; anything
wrong with it (missing, truncated, unwritable folder) means building again."""

from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path


def cache_file(name: str, source: str) -> Path:
    """``$XDG_CACHE_HOME/studygen/<name>-<size>-<mtime>.marshal`` for the data file ``source``."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "studygen"
    st = os.stat(source)
    return base / f"{name}-{st.st_size}-{int(st.st_mtime)}.marshal"


def read(target: Path) -> object | None:
    """The value kept in ``target``, or None when there is none to read."""
    try:
        return marshal.loads(target.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(target: Path, value: object) -> None:
    """Keep ``value`` in ``target``, whole or not at all (written aside, then renamed)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix="." + target.stem.split("-")[0] + "-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(value))
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only home: build the table each time
