"""Ranking: how much a word is worth a learner's time in this article, and for which learner.

wordfreq's Zipf frequency, KANJIDIC2's school grades and JMdict's newspaper tags give a word's
band (everyday, common, news, rare), its level (beginner, intermediate, advanced) and its score;
the list is cut by score, and :func:`select_for_level` keeps the words for a target learner.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from . import cached
from .furigana import has_kanji
from .model import Term

if TYPE_CHECKING:
    from .word_units import Candidate

_KANJI = re.compile(r"[\u4e00-\u9fff々]")


class _Frequencies:
    """wordfreq's Japanese list, 214,960 words, as one sorted string and two arrays: about 3 MB,
    where wordfreq's own dict and the bucket list it caches took 31 MB in every process. A word's
    Zipf value is 9 minus its bucket (wordfreq's centibels) over 100; a lookup is a binary search.
    Built once (0.3 s) and kept in the user's cache folder, read back in a few milliseconds."""

    def __init__(self) -> None:
        source = _source()
        cached = _read_cache(source)
        if cached is None:
            cached = _build(source)
            _write_cache(source, cached)
        self._text, starts, buckets = cached
        self._starts, self._buckets = array("I"), array("H")
        self._starts.frombytes(starts)
        self._buckets.frombytes(buckets)

    def _word(self, i: int) -> str:
        return self._text[self._starts[i]:self._starts[i + 1] - 1]

    def bucket(self, word: str) -> int | None:
        lo, hi = 0, len(self._buckets)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._word(mid) < word:
                lo = mid + 1
            else:
                hi = mid
        return self._buckets[lo] if lo < len(self._buckets) and self._word(lo) == word else None

    def items(self) -> Iterator[tuple[str, int]]:
        return ((self._word(i), b) for i, b in enumerate(self._buckets))


def _source() -> str:
    """wordfreq's Japanese list, found without importing wordfreq (0.1 s of imports: langcodes,
    ftfy, regex) when the cached tables make its code unneeded."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is not None and spec.origin:
        path = Path(spec.origin).parent / "data" / "large_ja.msgpack.gz"
        if path.is_file():
            return str(path)
    from wordfreq import available_languages

    return available_languages()["ja"]


def _build(source: str) -> tuple[str, bytes, bytes]:
    from wordfreq import read_cBpack

    bucket_of: dict[str, int] = {}
    for index, bucket in enumerate(read_cBpack(source)):
        for word in bucket:
            bucket_of[word] = index  # a word twice: the later bucket, as get_frequency_dict
    words = sorted(bucket_of)
    starts = array("I", [0])
    starts.extend(accumulate(len(w) + 1 for w in words))
    return "\n".join(words), starts.tobytes(), array("H", map(bucket_of.__getitem__, words)).tobytes()


def _cache_file(source: str) -> Path:
    return cached.cache_file("wordfreq-ja-v1", source)


def _read_cache(source: str) -> tuple[str, bytes, bytes] | None:
    data = cached.read(_cache_file(source))
    ok = isinstance(data, tuple) and len(data) == 3 and isinstance(data[0], str) and \
        all(isinstance(d, bytes) for d in data[1:])
    return data if ok else None  # type: ignore[return-value]


def _write_cache(source: str, data: tuple[str, bytes, bytes]) -> None:
    cached.write(_cache_file(source), data)


@lru_cache(maxsize=1)
def word_frequencies() -> _Frequencies:
    return _Frequencies()


@lru_cache(maxsize=65536)
def zipf(word: str) -> float | None:
    """wordfreq's Zipf value of the word as written (None when wordfreq lacks it): the same
    number ``wordfreq.zipf_frequency`` gives a word it does not split."""
    index = word_frequencies().bucket(word)
    return round(math.log10(10 ** (-index / 100) * 1e9), 2) if index is not None else None


def estimated_zipf(c: Candidate, affixes: frozenset[str] | set[str] = frozenset()) -> float | None:
    """wordfreq's Zipf value; for a compound it lacks (安全保障, 国際社会), a little below its
    rarest part: a compound is rarer than its pieces but not rare when they are everyday words."""
    z = zipf(c.lemma)
    if has_kanji(c.lemma[:1]):
        # 互い is mostly written お互い (Zipf 4.7 against 3.8): the word is as common as its
        # polite-prefixed form, and no advanced word.
        prefixed = max((zipf(p + c.lemma) or 0.0 for p in ("お", "ご")), default=0.0)
        if prefixed and (z is None or prefixed > z):
            z = prefixed
    if z is None and len(c.parts) > 1:
        parts = [zipf(p) for p in c.parts if p not in affixes]
        if parts and all(p is not None for p in parts):
            z = round(min(parts) - 0.6, 2)  # type: ignore[type-var]
    return z


def frequency_band(z: float | None, priority: Sequence[str]) -> str:
    """everyday (Zipf >= 5), common (4-5), news (3-4, or JMdict news/ichi tags), rare."""
    if any(p in ("news1", "ichi1") for p in priority) and (z is None or z < 4.0):
        return "news"
    if z is None:
        return "news" if any(p.startswith(("news", "nf", "ichi", "spec")) for p in priority) else "rare"
    if z >= 5.0:
        return "everyday"
    if z >= 4.0:
        return "common"
    if z >= 3.0:
        return "news"
    return "rare"


def level_for(band: str, grade: int | None, common_verb: bool = False) -> str:
    """The learner a word is for. A secondary-school kanji makes a word advanced only when the word
    is not common: 互い (お互い, Zipf 4.7) and 懸念 (4.2) are met early, 締結 (3.8) is not. A verb
    or adjective JMdict marks common (ichi1) is never advanced: 盗む (3.5), 間違える, 引っ越す are
    met early, and wordfreq counts a verb's dictionary form alone (graded "too basic to be
    advanced" in dev 3113)."""
    if band == "everyday" and (grade or 0) <= 4:
        return "beginner"
    if (band == "rare" or (grade or 0) >= 8 and band not in ("everyday", "common")) and not common_verb:
        return "advanced"
    if band == "common" and (grade or 0) <= 3:
        return "beginner"
    return "intermediate"


# What each target learner gets: a beginner the beginner and intermediate words, an
# intermediate learner no everyday words, an advanced learner the advanced words first.
LEVEL_FILTERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "beginner": (("beginner", "intermediate"),),
    "intermediate": (("intermediate", "advanced"),),
    "advanced": (("advanced",), ("intermediate",)),
}


def select_for_level(terms: Sequence[Term], level: str, minimum: int = 0) -> list[Term]:
    """The terms for a target learner, in their order of rank; the advanced list is topped up
    with intermediate words when the article has fewer than ``minimum`` advanced ones.

    >>> [t.level for t in select_for_level(terms, "intermediate")]   # doctest: +SKIP
    ['intermediate', 'advanced', 'intermediate']
    """
    if level not in LEVEL_FILTERS:
        raise ValueError(f"unknown level {level!r}: use beginner, intermediate or advanced")
    out: list[Term] = []
    for allowed in LEVEL_FILTERS[level]:
        if out and len(out) >= minimum:
            break
        out += [t for t in terms if t.level in allowed]
    return out


def score(
    c: Candidate, z: float | None, priority: Sequence[str], in_lead: bool,
    grade: int | None = None, suru: bool = False, in_dictionary: bool = True,
) -> float:
    """How much a word is worth a learner's time here: not everyday, news-like, central.

    Usefulness to a learner counts most (国賓 once beats 首相 five times); repetition and the
    lead add to it without swamping it. The signals are general, none names a word:

    - wordfreq: everyday words (国, 人, 今回) teach little, and a very rare one seldom comes back.
    - KANJIDIC2: a word written only in first- to third-grade kanji (会場, 来年, 午前) is one a
      learner meets early; secondary-school kanji (締結, 把握, 懸念) mark the words news is made of.
    - JMdict: Sino-Japanese nouns that take する (供与, 派遣, 視察) are the verbs of news
      writing; news/nf tags say the word is common in news, but a top rank (両国, 首相) also means
      it is one a learner knows already, so only the tag's presence counts, and only for words
      that are not everyday.
    - UniDic's adverbial nouns (中旬, 年々, 来年: 副詞可能) say when or how much, not what.
    - Loanwords (リチウム, ワクチン) are read from their kana and an English speaker knows them;
      single-kanji verbs (越える, 贈る) are basic, the compound verbs (見極める) are the ones to teach.
    """
    if z is None:
        z = 3.3 if c.compound else 2.6
    news = any(p == "news1" or p.startswith("nf") for p in priority)
    if z >= 5.0:
        usefulness = 0.15
    elif z >= 4.5:
        usefulness = 0.45 if news and suru else 0.3  # 避難, 復旧: common, but the verbs news is told in
    elif z >= 4.0:
        usefulness = 0.8 if news and suru else 0.55  # 観測, 解除, 把握
    elif z >= 2.2:
        usefulness = 1.0  # the news band: 節目 3.4, 供与 3.3, 国賓 2.4
    else:
        usefulness = 0.8
    if grade is None:
        usefulness *= 0.3  # kana only: loanwords
    elif grade <= 1:
        usefulness *= 0.4
    elif grade <= 3:
        usefulness *= 0.6
    elif grade <= 6:
        usefulness *= 0.9
    else:
        usefulness *= 1.15
    score = usefulness * (1.0 + 0.3 * math.log2(c.count))
    if in_lead:
        score *= 1.2
    if z < 4.0 and any(p == "news1" or p.startswith("nf") for p in priority):
        score *= 1.1
    if suru and c.pos == "noun":
        score *= 1.2
    if c.compound and len(c.lemma) >= 3 and in_dictionary:
        score *= 1.1
    if not in_dictionary:
        score *= 0.8  # 港湾開発, 毎年相互: two words side by side are not always one term
    if len(c.lemma) == 1:
        score *= 0.7  # 命, 汗: worth teaching in easy news, rarely the best pick
    if c.adverbial:
        score *= 0.4
    if c.pos == "verb" and len(_KANJI.findall(c.lemma)) < 2:
        score *= 0.4
    elif c.pos == "adjective":
        score *= 0.7
    return round(score, 4)
