"""Overrides: a teacher's corrections of readings and meanings, read once per build.

A small CSV (``lemma,reading,meaning``) or TOML file. The correction replaces what the vocabulary
stage decided, so the JSON, the cards and the worksheet (which all read :class:`~studygen.model.Term`)
show it. Several meanings are separated by ``;``. An empty cell keeps the computed value.

CSV::

    lemma,reading,meaning
    他,ほか,other; another
    融和的,,conciliatory
    JOGMEC,ジョグメック,

A row for a Latin-letter name (JOGMEC) gives the reading of that acronym wherever it stands as
a name, adding to the package's table (``data/acronyms.tsv``).

TOML::

    [他]
    reading = "ほか"
    meaning = "other; another"
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from pathlib import Path

from .errors import OverridesError

# A reading in kana: hiragana, or katakana for a name read as letters (NHK,エヌエイチケー).
_KANA = re.compile(r"^[\u3041-\u309f\u30a1-\u30faー]+$")
_FIELDS = ("reading", "meaning")


def load_overrides(path: str | Path) -> dict[str, dict[str, str]]:
    """Corrections by lemma, e.g. ``{"他": {"reading": "ほか"}}``.

    Raises :class:`~studygen.errors.OverridesError` naming the file and line when the file is
    missing, undecodable, malformed, or gives a reading that is not hiragana.
    """
    p = Path(path)
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise OverridesError(str(p), None, f"cannot read the file ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise OverridesError(str(p), None, "the file is not UTF-8") from None
    rows = _parse_toml(p, text) if p.suffix.lower() == ".toml" else _parse_csv(p, text)
    out: dict[str, dict[str, str]] = {}
    for line, lemma, fields in rows:
        lemma = lemma.strip()
        if not lemma:
            raise OverridesError(str(p), line, "a row has no lemma")
        fix = {k: v.strip() for k, v in fields.items() if k in _FIELDS and v and v.strip()}
        if not fix:
            raise OverridesError(str(p), line, f"{lemma}: give a reading, a meaning or both")
        if "reading" in fix and not _KANA.match(fix["reading"]):
            raise OverridesError(str(p), line, f"{lemma}: the reading {fix['reading']!r} is not hiragana or katakana")
        if lemma in out:
            raise OverridesError(str(p), line, f"{lemma} is corrected twice")
        out[lemma] = fix
    return out


def _parse_csv(p: Path, text: str) -> list[tuple[int, str, dict[str, str]]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(lines)))
    rows = list(reader)
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    if header[:1] != ["lemma"] or not set(header[1:]) <= set(_FIELDS):
        raise OverridesError(str(p), 1, "the first line must be the header lemma,reading,meaning")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) > len(header):
            raise OverridesError(str(p), n, f"{len(row)} cells for {len(header)} columns (quote a meaning with commas)")
        cells = dict(zip(header, row, strict=False))  # a short row leaves columns empty
        out.append((n, cells.get("lemma", ""), {k: v for k, v in cells.items() if k != "lemma"}))
    return out


def _parse_toml(p: Path, text: str) -> list[tuple[int, str, dict[str, str]]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise OverridesError(str(p), None, f"not valid TOML ({e})") from None
    out = []
    for lemma, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise OverridesError(str(p), None, f"[{lemma}] must hold reading = \"...\" and/or meaning = \"...\"")
        unknown = set(table) - set(_FIELDS)
        if unknown:
            raise OverridesError(str(p), None, f"[{lemma}]: unknown key {sorted(unknown)[0]!r} (use reading, meaning)")
        out.append((None, lemma, dict(table)))
    return out
