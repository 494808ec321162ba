"""JMdict, JMnedict and KANJIDIC2, offline, from jamdict-data's SQLite file.

jamdict's ``lookup()`` runs LIKE queries and a per-kanji lookup (about 17 ms a word); the
vocabulary stage asks about thousands of candidate spans (安全 + 保障 -> 安全保障?), so this
module reads the same database with exact, indexed queries, read-only, and caches the answers.
One :class:`Dictionary` per process.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .kanji_tables import given_name_table, kanji_readings, kanji_table

_CHUNK = 500  # SQLite's default limit on host parameters is 999


@dataclass(frozen=True, slots=True)
class Sense:
    pos: tuple[str, ...]
    glosses: tuple[str, ...]
    misc: tuple[str, ...]
    fields: tuple[str, ...] = ()  # JMdict's domain of the sense: baseball, finance, law ...
    # JMdict ties some senses to some readings or spellings (stagr, stagk): 施行 read せぎょう is
    # alms-giving, read しこう it is enforcing a law.
    readings: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    # The spellings JMdict says the sense usually takes ("usu. 務める"): つとめる written 勤める is
    # "to work (for)", written 務める "to serve (as)" (理事を務める), in one entry.
    usual: tuple[str, ...] = ()

    def applies_to(self, spelling: str, reading: str | None) -> bool:
        """Whether this sense is one of ``spelling`` read ``reading`` (no restriction: always)."""
        return (not self.spellings or spelling in self.spellings) and (
            not self.readings or reading is None or reading in self.readings)


@dataclass(frozen=True, slots=True)
class Entry:
    """One JMdict entry: its spellings with priority tags, its readings, its senses."""

    idseq: int
    kanji: tuple[tuple[str, tuple[str, ...]], ...]  # (spelling, priority tags such as news1, nf02)
    kana: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # (reading, tags, restricted to)
    senses: tuple[Sense, ...]

    def readings_for(self, spelling: str) -> tuple[str, ...]:
        """Readings JMdict lists for a spelling (a reading may be restricted to other spellings)."""
        return tuple(r for r, _, restr in self.kana if not restr or spelling in restr)

    def priority(self, spelling: str) -> tuple[str, ...]:
        for text, pri in self.kanji:
            if text == spelling:
                return pri
        for text, pri, _ in self.kana:
            if text == spelling:
                return pri
        return ()


def database_path() -> str:
    import jamdict_data

    return jamdict_data.JAMDICT_DB_PATH


class Dictionary:
    """Exact lookups in JMdict, JMnedict and KANJIDIC2.

    >>> d = Dictionary()
    >>> d.entries("安全保障")[0].readings_for("安全保障")
    ('あんぜんほしょう',)
    """

    def __init__(self, path: str | None = None) -> None:
        self.path = path or database_path()
        uri = f"file:{self.path}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._known: dict[str, bool] = {}
        self._known_names: dict[str, bool] = {}
        self._field_shares: dict[str, float] | None = None
        self.entries = lru_cache(maxsize=20_000)(self._entries)
        self.name_types = lru_cache(maxsize=20_000)(self._name_types)

    # -- JMdict -------------------------------------------------------------------------------
    def known(self, words: Iterable[str]) -> set[str]:
        """The subset of ``words`` that JMdict has as a spelling or a reading."""
        words = set(words)
        todo = [w for w in words if w not in self._known]
        for i in range(0, len(todo), _CHUNK):
            chunk = todo[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found = {
                row[0]
                for row in self._db.execute(
                    f"SELECT text FROM Kanji WHERE text IN ({marks}) "
                    f"UNION SELECT text FROM Kana WHERE text IN ({marks})",
                    chunk + chunk,
                )
            }
            for w in chunk:
                self._known[w] = w in found
        return {w for w in words if self._known[w]}

    def _entries(self, word: str) -> tuple[Entry, ...]:
        db = self._db
        ids = [
            r[0]
            for r in db.execute(
                "SELECT idseq FROM Kanji WHERE text = ? UNION SELECT idseq FROM Kana WHERE text = ?",
                (word, word),
            )
        ]
        out = []
        for idseq in sorted(ids):
            kanji = tuple(
                (text, tuple(t for (t,) in db.execute("SELECT text FROM KJP WHERE kid = ?", (kid,))))
                for kid, text in db.execute("SELECT ID, text FROM Kanji WHERE idseq = ? ORDER BY ID", (idseq,))
            )
            kana = tuple(
                (
                    text,
                    tuple(t for (t,) in db.execute("SELECT text FROM KNP WHERE kid = ?", (kid,))),
                    tuple(t for (t,) in db.execute("SELECT text FROM KNR WHERE kid = ?", (kid,))),
                )
                for kid, text in db.execute("SELECT ID, text FROM Kana WHERE idseq = ? ORDER BY ID", (idseq,))
            )
            senses = []
            spellings = {k for k, _ in kanji}
            last_pos: tuple[str, ...] = ()
            for (sid,) in db.execute("SELECT ID FROM Sense WHERE idseq = ? ORDER BY ID", (idseq,)):
                # JMdict states a sense's POS only when it changes: it carries over.
                pos = tuple(t for (t,) in db.execute("SELECT text FROM pos WHERE sid = ?", (sid,))) or last_pos
                last_pos = pos
                glosses = tuple(
                    t for (t,) in db.execute(
                        "SELECT text FROM SenseGloss WHERE sid = ? AND (lang IS NULL OR lang = 'eng')",
                        (sid,),
                    )
                )
                misc = tuple(t for (t,) in db.execute("SELECT text FROM misc WHERE sid = ?", (sid,)))
                fields = tuple(t for (t,) in db.execute("SELECT text FROM field WHERE sid = ?", (sid,)))
                stagr = tuple(t for (t,) in db.execute("SELECT text FROM stagr WHERE sid = ?", (sid,)))
                stagk = tuple(t for (t,) in db.execute("SELECT text FROM stagk WHERE sid = ?", (sid,)))
                usual = tuple(part for (info,) in db.execute("SELECT text FROM SenseInfo WHERE sid = ?", (sid,))
                              if info.startswith("usu. ") for part in info[5:].split(", ")
                              if part in spellings)
                if glosses:
                    senses.append(Sense(pos, glosses, misc, fields, stagr, stagk, usual))
            out.append(Entry(idseq, kanji, kana, tuple(senses)))
        return tuple(out)

    def field_shares(self) -> dict[str, float]:
        """The share of JMdict entries with a sense in each field: computing 0.05, baseball 0.002.
        A field is an article's domain only when its words have it far more often than that."""
        if self._field_shares is None:
            total = self._db.execute("SELECT COUNT(*) FROM Entry").fetchone()[0] or 1
            rows = self._db.execute(
                "SELECT f.text, COUNT(DISTINCT s.idseq) FROM field f JOIN Sense s ON s.ID = f.sid GROUP BY f.text")
            self._field_shares = {text: n / total for text, n in rows}
        return self._field_shares

    # -- JMnedict -----------------------------------------------------------------------------
    def known_names(self, words: Iterable[str]) -> set[str]:
        """The subset of ``words`` that JMnedict has as a spelling (日本維新の会, 元赤坂)."""
        words = set(words)
        todo = [w for w in words if w not in self._known_names]
        for i in range(0, len(todo), _CHUNK):
            chunk = todo[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found = {row[0] for row in self._db.execute(f"SELECT text FROM NEKanji WHERE text IN ({marks})", chunk)}
            for w in chunk:
                self._known_names[w] = w in found
        return {w for w in words if self._known_names[w]}

    def _name_types(self, word: str) -> frozenset[str]:
        """JMnedict's types for a name (person, surname, place, company, organization, ...)."""
        rows = self._db.execute(
            "SELECT DISTINCT t.text FROM NETransType t JOIN NETranslation n ON t.tid = n.ID "
            "WHERE n.idseq IN (SELECT idseq FROM NEKanji WHERE text = ? "
            "UNION SELECT idseq FROM NEKana WHERE text = ?)",
            (word, word),
        )
        return frozenset(r[0] for r in rows)

    def person_readings(self, word: str) -> tuple[str, ...]:
        """JMnedict's readings of the entries that list ``word`` as a person's full name: 武豊
        the jockey is たけゆたか, though the town 武豊 (たけとよ) comes first among its readings."""
        rows = self._db.execute(
            "SELECT DISTINCT k.text FROM NEKana k WHERE k.idseq IN "
            "(SELECT j.idseq FROM NEKanji j JOIN NETranslation n ON n.idseq = j.idseq "
            "JOIN NETransType t ON t.tid = n.ID WHERE j.text = ? AND t.text = 'person') ORDER BY k.ID",
            (word,),
        )
        return tuple(r[0] for r in rows)

    def name_readings(self, word: str) -> tuple[str, ...]:
        rows = self._db.execute(
            "SELECT DISTINCT k.text FROM NEKana k WHERE k.idseq IN "
            "(SELECT idseq FROM NEKanji WHERE text = ?) ORDER BY k.ID",
            (word,),
        )
        return tuple(r[0] for r in rows)

    # -- KANJIDIC2 ----------------------------------------------------------------------------
    @property
    def kanji_grades(self) -> dict[str, int]:
        """School grade of each kanji: 1-6 elementary, 8 secondary (jōyō), 9-10 jinmeiyō."""
        return kanji_table(self._db)[0]

    @property
    def kanji_frequency(self) -> dict[str, int]:
        """Newspaper frequency rank of each kanji (1 = most used), for the 2,500 most used."""
        return kanji_table(self._db)[1]

    def given_name_reading(self, text: str, readings: Sequence[str]) -> str:
        """Of JMnedict's ``readings`` of the given name ``text``, the one most given names read
        alike: JMnedict lists them in kana order, not by use (正典: しょうすけ first of eight). Each
        reading is scored by how many of JMnedict's given names are read so, times its best cut
        into a head and a tail: how many names open with the first kanji read as the head and how
        many close with the last kanji read as the tail: 正典 まさ|のり (正樹 まさき, 昌典 まさのり…),
        英雄 ひで|お, not えいゆう; 一郎 いちろう, a reading thousands of names share, not かずろう."""
        if len(readings) < 2 or len(text) < 2:
            # (one kanji: how many names are read so says nothing of this kanji; 豊 would be たかし)
            return readings[0] if readings else ""
        heads, tails, said = given_name_table(self._db, self.path)

        def score(reading: str) -> int:
            return said.get(reading, 0) * max((heads.get(text[0] + reading[:k], 0) * tails.get(text[-1] + reading[k:], 0)
                                               for k in range(1, len(reading))), default=0)

        best = max(readings, key=score)  # (max keeps the first of equals: JMnedict's order)
        return best if score(best) else readings[0]

    def kanji_readings(self, kanji: str) -> tuple[str, ...]:
        """KANJIDIC2's on (in hiragana) and kun readings of a kanji, okurigana dropped.

        >>> Dictionary().kanji_readings("組")
        ('そ', 'く', 'くみ', 'ぐみ')
        """
        return kanji_readings(self._db, self.path)[0].get(kanji, ())

    def kanji_with_reading(self, reading: str, *, main: bool = False, first: bool = False) -> tuple[str, ...]:
        """Jōyō kanji (grades 1-8) that KANJIDIC2 reads ``reading`` (on, or a kun stem), most used first.

        ``main``: only kanji for which it is one of the first two on or kun readings KANJIDIC2
        lists (律 is read レツ, but リツ is the reading a learner knows); ``first``: only kanji for
        which it is the first on or the first kun reading (汲 く.む, not 男 お).

        >>> Dictionary().kanji_with_reading("わく")[:2]
        ('惑', '枠')
        """
        found = kanji_readings(self._db, self.path)[1].get(reading, ())
        return tuple(k for k, rank in found if (rank < 2 or not main) and (rank == 0 or not first))

    def reading_kinds(self, kanji: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """KANJIDIC2's on readings (in hiragana) and its whole kun readings (those without
        okurigana: 間 ま, not 増 ま.す) of a kanji.

        >>> Dictionary().reading_kinds("間")
        (('かん', 'けん'), ('あいだ', 'ま', 'あい'))
        """
        return kanji_readings(self._db, self.path)[3].get(kanji, ((), ()))

    def kanji_shape(self, kanji: str) -> tuple[str, int] | None:
        """(classical radical number, stroke count) of a kanji: 締 -> ('120', 15)."""
        return kanji_readings(self._db, self.path)[2].get(kanji)

    def versions(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta WHERE key LIKE '%version' OR key LIKE '%date'"))


_DEFAULT: Dictionary | None = None


def default_dictionary() -> Dictionary:
    """The process's shared dictionary connection."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Dictionary()
    return _DEFAULT
