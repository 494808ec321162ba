"""Build records: what each output folder was built from, so an unchanged article is skipped.

Every successful build leaves ``.studygen-build.json`` in the article's folder: the project
version, a hash of the article's content as read (text, title, date, ruby readings, source) and
the options that shape the outputs. The next build of that article compares: all equal and every
recorded file still there -> ``unchanged``, nothing is written (``--force`` builds anyway).

    >>> from studygen.model import Document
    >>> from studygen.options import Options
    >>> a = build_key(Document("本文です。", "a.txt"), Options())
    >>> a == build_key(Document("本文です。", "a.txt"), Options(output_dir="elsewhere"))
    True
    >>> a == build_key(Document("本文です。", "a.txt"), Options(level="beginner"))
    False

The content is hashed after ingest, not as raw bytes: a news page whose advertisements or
"most read" box rotate between two fetches, with the same story, is unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import fields
from pathlib import Path

from .model import Article, Document
from .options import Options

RECORD_NAME = ".studygen-build.json"

# Options that change how a build runs but not a byte of what it writes: another output
# folder, a bigger --max-bytes, --force itself.
_NOT_SHAPING = frozenset({"output_dir", "max_input_bytes", "fetch_timeout", "force"})


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def options_fingerprint(options: Options) -> dict[str, object]:
    """The options that shape the outputs, as JSON values; an overrides file by its content
    (a corrected reading in overrides.csv rebuilds every article, its unchanged path would not)."""
    out: dict[str, object] = {}
    for f in fields(options):
        if f.name in _NOT_SHAPING:
            continue
        value = getattr(options, f.name)
        if f.name == "overrides" and value is not None:
            value = {"overrides": _file_digest(Path(value))}
        elif isinstance(value, Path):
            value = str(value)
        out[f.name] = value
    return out


def build_key(doc: Document, options: Options) -> dict[str, object]:
    """What a build's outputs depend on: version, content hash and the shaping options."""
    from . import __version__

    content = json.dumps([doc.source, doc.format, doc.title, doc.published, doc.text, doc.readings],
                         ensure_ascii=False)
    return {
        "version": __version__,
        "content_sha256": hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest(),
        "options": json.loads(json.dumps(options_fingerprint(options), sort_keys=True, default=str)),
    }


def guess_folder(source: str, output_dir: str | Path) -> Path | None:
    """The output folder an article will have, known from its name alone (a file or a URL),
    before it is read; None for standard input and names that give no folder name (those are
    named by their content). A page that redirects ends in the folder of its final address."""
    from .ingest import display_name
    from .pipeline import slug_for_article

    if source == "-":
        return None
    slug = slug_for_article(Article("", "", display_name(source), None, ()))
    return None if slug.startswith("article-") else Path(output_dir) / slug


def has_record(source: str, options: Options, records: Mapping[str, dict] | None = None) -> bool:
    """True when the folder the article's name points to holds a build record (or ``records``
    has one for it), so the article may turn out unchanged once read; False when it will be
    built (``--force``, no record, a folder known only from the content): the costly stages
    can then start loading before the article is read."""
    folder = None if options.force else guess_folder(source, options.output_dir)
    if folder is None:
        return False
    if records is not None:
        return folder.name in records
    return (folder / RECORD_NAME).is_file()


def read_record(folder: Path) -> dict | None:
    """The record in ``folder``, or None when there is none or it cannot be read."""
    try:
        record = json.loads((folder / RECORD_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def unchanged_outputs(folder: Path, key: Mapping[str, object],
                      records: Mapping[str, dict] | None = None) -> tuple[Path, ...] | None:
    """The outputs in ``folder`` when its record matches ``key`` and every file it lists is
    there; else None (build). ``records`` gives the record by folder name instead of reading it
    (a Dask worker checks against the client's output folder, which it cannot see)."""
    record = records.get(folder.name) if records is not None else read_record(folder)
    if not record or record.get("key") != key:
        return None
    names = record.get("files")
    if not isinstance(names, list) or not names:
        return None
    paths = tuple(folder / str(n) for n in names)
    if records is None and not all(p.is_file() for p in paths):
        return None  # a deleted worksheet is built again
    return paths


def write_record(folder: Path, key: Mapping[str, object], paths: Iterable[Path]) -> Path:
    """Write the record after the outputs are in place (a crash between leaves the old record,
    whose key no longer matches, or none: the next run builds again)."""
    record = {"key": dict(key), "files": [p.name for p in paths]}
    fd, tmp = tempfile.mkstemp(prefix=f".{RECORD_NAME}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1, sort_keys=True)
        os.chmod(tmp, 0o644)
        os.replace(tmp, folder / RECORD_NAME)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return folder / RECORD_NAME
