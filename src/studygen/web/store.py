"""The review page's sets in SQLite (the standard library's sqlite3), one file in the data folder.

A set is one row: the study set as its JSON (every item, in the teacher's order), the ids the
teacher dropped, the build options and a revision that grows with every edit. Every edit is one
committed transaction, so it survives a restart or a crash (WAL journal: a crash mid-write
leaves the last committed edit).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..export.studyset import from_dict, to_json
from ..model import StudySet

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sets (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  status TEXT NOT NULL,          -- building, ready, failed
  error TEXT NOT NULL DEFAULT '',
  options TEXT NOT NULL,         -- JSON: the options the teacher chose
  studyset TEXT,                 -- the study-set JSON, every item in the teacher's order
  dropped TEXT NOT NULL DEFAULT '[]',
  revision INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class SavedSet:
    """One row of ``sets``, with the study set read back (None while building or failed)."""

    id: str
    title: str
    created: str
    updated: str
    status: str
    error: str
    options: dict
    study_set: StudySet | None
    dropped: frozenset[str]
    revision: int


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


class Store:
    """The sets of one data folder. Safe to use from the request threads and the worker."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "studygen.sqlite3"
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(_SCHEMA)
            # A build that was running when the server stopped will not finish by itself.
            db.execute("UPDATE sets SET status='failed', error=? WHERE status='building'",
                       ("the server stopped while this article was read; start it again",))

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            db = sqlite3.connect(self.path, timeout=10)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=FULL")
                with db:  # one transaction: committed on success, rolled back on error
                    yield db
            finally:
                db.close()

    def secret(self, key: str) -> str:
        """A random value kept across restarts (the CSRF token: a page left open still works)."""
        with self._connect() as db:
            row = db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
            if row:
                return row[0]
            value = secrets.token_urlsafe(32)
            db.execute("INSERT INTO meta VALUES (?, ?)", (key, value))
            return value

    def create(self, title: str, options: dict) -> str:
        set_id = secrets.token_hex(6)
        now = _now()
        with self._connect() as db:
            db.execute("INSERT INTO sets (id, title, created, updated, status, options) VALUES (?,?,?,?,?,?)",
                       (set_id, title, now, now, "building", json.dumps(options)))
        return set_id

    def finish(self, set_id: str, study_set: StudySet) -> None:
        with self._connect() as db:
            db.execute("UPDATE sets SET status='ready', studyset=?, title=?, updated=? WHERE id=?",
                       (to_json(study_set), study_set.article.title, _now(), set_id))

    def fail(self, set_id: str, error: str) -> None:
        with self._connect() as db:
            db.execute("UPDATE sets SET status='failed', error=?, updated=? WHERE id=?", (error, _now(), set_id))

    def save(self, set_id: str, study_set: StudySet, dropped: frozenset[str]) -> int:
        """Store an edit at once; returns the new revision."""
        with self._connect() as db:
            db.execute("UPDATE sets SET studyset=?, dropped=?, updated=?, revision=revision+1 WHERE id=?",
                       (to_json(study_set), json.dumps(sorted(dropped)), _now(), set_id))
            return db.execute("SELECT revision FROM sets WHERE id=?", (set_id,)).fetchone()[0]

    def delete(self, set_id: str) -> bool:
        """Remove the set's row (its study set, drops and options); False when there was none."""
        with self._connect() as db:
            return db.execute("DELETE FROM sets WHERE id=?", (set_id,)).rowcount > 0

    def ids(self) -> set[str]:
        with self._connect() as db:
            return {row[0] for row in db.execute("SELECT id FROM sets")}

    def get(self, set_id: str) -> SavedSet | None:
        with self._connect() as db:
            row = db.execute("SELECT id, title, created, updated, status, error, options, studyset, "
                             "dropped, revision FROM sets WHERE id=?", (set_id,)).fetchone()
        if row is None:
            return None
        study_set = from_dict(json.loads(row[7])) if row[7] else None
        return SavedSet(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]), study_set,
                        frozenset(json.loads(row[8])), row[9])

    def list(self) -> list[tuple[str, str, str, str]]:
        """(id, title, updated, status) of every set, the most recently edited first."""
        with self._connect() as db:
            return db.execute("SELECT id, title, updated, status FROM sets ORDER BY updated DESC, created DESC").fetchall()
