"""Words the learner knows already, so that the deck and the handout can leave them out.

Two sources:

* a text file, one word a line (``#`` starts a comment), in kanji or kana, as a dictionary form
  or as met in a text: 見送られた counts as 見送る, the form a vocabulary item carries. A line in
  kana only (かいだん) matches a word by its reading, since a learner who knows the word by ear
  knows 会談 too;
* an Anki collection or package (``.anki2``/``.anki21``, ``.colpkg``, ``.apkg``), read with the
  anki library from a copy in a temporary folder (the learner's own file is never opened for
  writing): the words are a field of the notes that have a card that is not new, i.e. that the
  learner has studied. The field is the one named, else each note's first field; HTML and
  Anki's furigana brackets are removed (``見送[みおく]る`` -> 見送る).

    >>> known = load_known_words(Path("words.txt"))        # doctest: +SKIP
    >>> known.knows(term)                                   # doctest: +SKIP
    True
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import KnownWordsError
from .furigana import to_hiragana
from .model import KnownWords

__all__ = ["ANKI_SUFFIXES", "load_known_words", "words_from_anki", "words_from_text"]

ANKI_SUFFIXES = (".apkg", ".colpkg", ".anki2", ".anki21")
_KANA_ONLY = re.compile(r"^[\u3041-\u309f\u30a0-\u30ffー]+$")
_TAG = re.compile(r"<[^>]*>")
_BRACKETS = re.compile(r" ?([^ \[\]]*?)\[[^\]]*\]")  # Anki furigana: 見送[みおく]る
_SOUND = re.compile(r"\[sound:[^\]]*\]")
# A learner's line may carry a reading or a meaning after the word: 会談 かいだん, 会談\ttalks.
_SEPARATOR = re.compile(r"[\t,;，、（(【\s　]")
# What may follow a word's stem in an inflected form: 見送ら|れ|た (助動詞), 行っ|て (助詞).
_INFLECTION_POS = ("助動詞", "助詞")


def _first_word(line: str) -> str:
    return _SEPARATOR.split(line.strip(), maxsplit=1)[0].strip()


def _dictionary_form(word: str) -> str | None:
    """見送られた -> 見送る, 署名した -> 署名: the first word's dictionary form when the rest only
    inflects it.
    安全保障 (安全 + 保障) gives None: 安全 is not what the learner wrote."""
    from .analyze import tokenize

    tokens = list(tokenize(word))
    if len(tokens) < 2:
        return None
    # 署名した: a verbal noun with する is the noun, the form a vocabulary item has (署名).
    rest = tokens[2:] if tokens[1].lemma == "する" and tokens[0].pos[2] == "サ変可能" else tokens[1:]
    if any(t.pos[0] not in _INFLECTION_POS for t in rest):
        return None
    return tokens[0].lemma


def _collect(words: list[str], source: str) -> KnownWords:
    spellings: set[str] = set()
    readings: set[str] = set()
    for word in words:
        if not word:
            continue
        spellings.add(word)
        if _KANA_ONLY.match(word):
            # Kana is matched by reading, never taken apart: ていせん would tag as てい|せ|ん.
            readings.add(to_hiragana(word))
        elif base := _dictionary_form(word):
            spellings.add(base)
    return KnownWords(frozenset(spellings), frozenset(readings), source)


def words_from_text(text: str, source: str = "") -> KnownWords:
    """The known words of a list, one a line.

    >>> sorted(words_from_text("会談\\n見送られた\\n# a comment\\nていせん\\n署名した\\n").words)
    ['ていせん', '会談', '署名', '署名した', '見送られた', '見送る']
    """
    lines = (ln.split("#", 1)[0] for ln in text.splitlines())
    return _collect([_first_word(ln) for ln in lines], source)


def _field_text(value: str) -> str:
    text = _SOUND.sub("", value)
    text = _TAG.sub(" ", text)
    text = html.unescape(text).replace("\xa0", " ")
    text = _BRACKETS.sub(r"\1", text)
    return _first_word(text)


def _open_copy(path: Path, tmp: Path):
    """An anki Collection holding what ``path`` holds, in ``tmp``."""
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    suffix = path.suffix.lower()
    target = tmp / "collection.anki2"
    if suffix in (".anki2", ".anki21"):
        shutil.copyfile(path, target)
        for extra in ("-wal", "-shm"):  # an open collection keeps recent writes beside it
            side = path.with_name(path.name + extra)
            if side.exists():
                shutil.copyfile(side, tmp / (target.name + extra))
        return Collection(str(target))
    if suffix == ".colpkg":
        from anki._backend import RustBackend

        RustBackend().import_collection_package(
            col_path=str(target), backup_path=str(path.resolve()),
            media_folder=str(tmp / "media"), media_db=str(tmp / "media.db"))
        return Collection(str(target))
    col = Collection(str(target))
    try:
        # with_scheduling keeps which cards were studied: that is what "known" means here.
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(path.resolve()),
            options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=True)))
    except BaseException:
        col.close()
        raise
    return col


def words_from_anki(path: Path, field: str | None = None) -> KnownWords:
    """The words of an Anki collection or package: ``field`` (else the first field) of every
    note with a card that is not new. Raises :class:`KnownWordsError` when the file is no
    collection, or when no studied note has the field named."""
    with tempfile.TemporaryDirectory(prefix="studygen-known-") as tmp:
        try:
            col = _open_copy(path, Path(tmp))
        except Exception as e:  # noqa: BLE001 - the anki library raises its own kinds
            raise KnownWordsError(str(path), f"not an Anki collection or package: {e}") from None
        try:
            note_ids = sorted({col.get_card(c).nid for c in col.find_cards("-is:new")})
            words: list[str] = []
            seen_fields: set[str] = set()
            for nid in note_ids:
                note = col.get_note(nid)
                names = list(note.keys())
                seen_fields.update(names)
                if field is None:
                    words.append(_field_text(note.fields[0]) if note.fields else "")
                elif field in names:
                    words.append(_field_text(note[field]))
        finally:
            col.close()
    if field is not None and note_ids and field not in seen_fields:
        raise KnownWordsError(str(path), f"no studied note has a field named {field!r}; "
                              f"fields: {', '.join(sorted(seen_fields))}")
    return _collect(words, str(path))


@lru_cache(maxsize=4)
def _load(path: str, field: str | None, mtime: float, size: int) -> KnownWords:
    p = Path(path)
    if p.suffix.lower() in ANKI_SUFFIXES:
        return words_from_anki(p, field)
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KnownWordsError(path, "not UTF-8 text") from None
    return words_from_text(text, path)


def load_known_words(path: Path, field: str | None = None) -> KnownWords:
    """The known words in ``path`` (a text list or an Anki file, by its suffix); read once per
    process while the file is unchanged (each batch worker reads it once)."""
    try:
        st = Path(path).stat()
    except OSError as e:
        raise KnownWordsError(str(path), e.strerror or str(e)) from None
    if Path(path).is_dir():
        raise KnownWordsError(str(path), "it is a folder")
    return _load(str(path), field, st.st_mtime, st.st_size)
