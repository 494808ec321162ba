"""Tables built once from the dictionary database and kept: each kanji's school grade and
frequency rank (KANJIDIC2), its readings and the kanji read a given way (for the reading and
writing items' wrong choices), and how JMnedict's 177,000 given names open and close (for a
given name read several ways). The slow ones are kept in the user's cache folder
(:mod:`studygen.cached`). Used by :class:`studygen.dictionary.Dictionary`."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from . import cached


_KANJI_CACHE: dict[int, tuple[dict[str, int], dict[str, int]]] = {}


def kanji_table(db: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    key = id(db)
    if key not in _KANJI_CACHE:
        grades: dict[str, int] = {}
        freq: dict[str, int] = {}
        for literal, grade, rank in db.execute("SELECT literal, grade, freq FROM character"):
            if grade:
                grades[literal] = int(grade)
            if rank:
                freq[literal] = int(rank)
        _KANJI_CACHE[key] = (grades, freq)
    return _KANJI_CACHE[key]


_READING_CACHE: dict[int, tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, int], ...]],
                               dict[str, tuple[str, int]]]] = {}
_KATAKANA = str.maketrans({chr(c): chr(c - 0x60) for c in range(0x30A1, 0x30F7)})


def kanji_readings(
    db: sqlite3.Connection, path: str | None = None,
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, int], ...]], dict[str, tuple[str, int]],
           dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Readings by kanji, jōyō kanji by reading (most used first), (radical, strokes) by kanji,
    (on readings, whole kun readings) by kanji. One query for all of KANJIDIC2 (a query per kanji
    takes 30 ms: the tables have no index on the literal)."""
    key = id(db)
    if key not in _READING_CACHE and path:
        cached = _load_reading_tables(path)
        if cached is not None:
            _READING_CACHE[key] = cached
    if key not in _READING_CACHE:
        by_kanji: dict[str, list[str]] = {}
        kinds: dict[str, tuple[list[str], list[str]]] = {}  # on readings, whole kun readings
        rank: dict[tuple[str, str], int] = {}  # (kanji, reading) -> its place among the kanji's on or kun readings
        seen: Counter[tuple[str, str]] = Counter()
        rows = db.execute(
            "SELECT c.literal, r.r_type, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
            "JOIN reading r ON r.gid = g.ID WHERE r.r_type IN ('ja_on', 'ja_kun') ORDER BY c.ID, r.rowid"
        )
        for literal, r_type, value in rows:
            # む.すぶ -> むす (the stem before the okurigana); -ぐみ -> ぐみ (a suffix form)
            text = value.split(".")[0].strip("-").translate(_KATAKANA)
            rank.setdefault((literal, text), seen[literal, r_type])
            seen[literal, r_type] += 1
            if text and text not in by_kanji.setdefault(literal, []):
                by_kanji[literal].append(text)
            on, kun = kinds.setdefault(literal, ([], []))
            whole = text if r_type == "ja_on" or "." not in value else ""
            if whole and whole not in (on if r_type == "ja_on" else kun):
                (on if r_type == "ja_on" else kun).append(whole)
        shape: dict[str, tuple[str, int]] = {}
        for literal, rad, strokes in db.execute(
            "SELECT c.literal, r.value, c.stroke_count FROM character c JOIN radical r ON r.cid = c.ID "
            "WHERE r.rad_type = 'classical'"
        ):
            shape[literal] = (rad, int(strokes or 0))
        grades, freq = kanji_table(db)
        by_reading: dict[str, list[tuple[str, int]]] = {}
        for literal in sorted((k for k, g in grades.items() if g <= 8), key=lambda k: (freq.get(k, 9999), k)):
            for text in by_kanji.get(literal, ()):
                by_reading.setdefault(text, []).append((literal, rank[literal, text]))
        _READING_CACHE[key] = ({k: tuple(v) for k, v in by_kanji.items()},
                               {k: tuple(v) for k, v in by_reading.items()}, shape,
                               {k: (tuple(on), tuple(kun)) for k, (on, kun) in kinds.items()})
        if path:
            _save_reading_tables(path, _READING_CACHE[key])
    return _READING_CACHE[key]


# The reading tables above take ~0.1 s to build from KANJIDIC2's 13,000 kanji, on every fresh
# process; kept in the user's cache folder (:mod:`studygen.cached`), they load in a few ms.
_TABLES_VERSION = 2  # 2: with each kanji's on and whole kun readings


def _tables_file(path: str) -> Path:
    return cached.cache_file(f"kanji-readings-v{_TABLES_VERSION}", path)


def _load_reading_tables(path: str):
    data = cached.read(_tables_file(path))
    if isinstance(data, tuple) and len(data) == 4 and all(isinstance(d, dict) for d in data):
        return data
    return None


def _save_reading_tables(path: str, tables) -> None:
    cached.write(_tables_file(path), tables)


_GIVEN_CACHE: dict[int, tuple[dict[str, int], dict[str, int], dict[str, int]]] = {}


def given_name_table(db: sqlite3.Connection,
                      path: str | None) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """How many of JMnedict's given names of two or three kanji open with a kanji read so
    ("正まさ": 2,000-odd) and close with one read so ("典のり"), heads and tails of one to four
    kana, and how many are read alike ("まさのり"). Built from the 177,000 names in about a
    second and kept in the user's cache folder."""
    key = id(db)
    if key in _GIVEN_CACHE:
        return _GIVEN_CACHE[key]
    target = cached.cache_file("given-names-v2", path) if path else None
    data = cached.read(target) if target else None
    if not (isinstance(data, tuple) and len(data) == 3 and all(isinstance(d, dict) for d in data)):
        heads: Counter[str] = Counter()
        tails: Counter[str] = Counter()
        said: Counter[str] = Counter()
        rows = db.execute(
            "SELECT j.text, k.text FROM NEKanji j JOIN NEKana k ON k.idseq = j.idseq WHERE j.idseq IN "
            "(SELECT n.idseq FROM NETranslation n JOIN NETransType t ON t.tid = n.ID "
            "WHERE t.text IN ('given', 'masc', 'fem')) AND length(j.text) BETWEEN 2 AND 3")
        for text, kana in rows:
            said[kana] += 1
            for k in range(1, min(4, len(kana) - 1) + 1):
                heads[text[0] + kana[:k]] += 1
                tails[text[-1] + kana[-k:]] += 1
        data = (dict(heads), dict(tails), dict(said))
        if target:
            cached.write(target, data)
    _GIVEN_CACHE[key] = data
    return data
