"""Vocabulary: the words a teacher would pick, with readings and meanings a learner can trust.

Units: UniDic cuts text into short units (安全|保障, 首脳|会談); the longest span JMdict knows
wins, and productive affixes attach (融和|的 -> 融和的, glossed from its parts). Verbs and
adjectives are taught in dictionary form (見送られ -> 見送る) with the form as it appeared kept.
Readings: the reading JMdict lists for the spelling that agrees with UniDic in context, so
他 (ほか/た) and 今日 (きょう/こんにち) follow the sentence. Selection: words that matter in this
article and are worth learning for news: not everyday words, not names, numbers or symbols.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from .dictionary import Dictionary, Entry
from .furigana import has_kanji, to_anki, to_hiragana
from .model import Article, Term, Token
from .options import Options
from .overrides import load_overrides
from .senses import article_domain, choose_glosses, first_sense_words

_MAX_SPAN = 6
_KATAKANA_WORD = re.compile(r"^[\u30a1-\u30faー]{3,}$")
_HAS_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ〇一二三四五六七八九十百千万億兆]+[年月日時分秒人件円%]")
_NAME_TYPES = frozenset({"place", "organization", "company"})


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("studygen").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def affixes() -> dict[str, tuple[str, str]]:
    text = resources.files("studygen").joinpath("data/affixes.tsv").read_text("utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {r[0]: (r[1], r[2]) for r in rows}


@lru_cache(maxsize=1)
def affix_readings() -> dict[str, str]:
    """The reading an affix has in a compound, where affixes.tsv gives one (車 -> しゃ, not くるま)."""
    text = resources.files("studygen").joinpath("data/affixes.tsv").read_text("utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {r[0]: r[3].strip() for r in rows if len(r) > 3 and r[3].strip()}


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """wordfreq's Japanese list (no MeCab needed for the raw dictionary)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ja")


def zipf(word: str) -> float | None:
    f = word_frequencies().get(word)
    return round(math.log10(f * 1e9), 2) if f else None


@dataclass(slots=True)
class _Candidate:
    lemma: str
    term: str
    reading: str  # UniDic's reading of the lemma, in context
    pos: str  # noun, verb, adjective, na-adjective, adverb
    sentence_index: int
    parts: tuple[str, ...]  # lemmas of the pieces, for glossing a compound JMdict lacks
    compound: bool
    count: int = 1
    span: tuple[int, int] = (0, 0)  # token indices in its sentence, end exclusive
    adverbial: bool = False  # UniDic's 副詞可能 noun: 中旬, 年々, 来年 say when, not what
    glued: tuple[_Candidate, ...] = ()  # the two words a compound JMdict lacks was joined from


def _word_class(t: Token) -> str | None:
    p0, p1 = t.pos[0], t.pos[1]
    if p0 == "名詞" and p1 == "普通名詞":
        return "noun"
    if p0 == "動詞" and (p1 == "一般" or p1 == "非自立可能" and has_kanji(t.lemma)):
        # 慣れる is tagged 非自立可能 like いる; the kanji spelling tells a content verb.
        return "verb"
    if p0 == "形容詞" and p1 == "一般":
        return "adjective"
    if p0 == "形状詞" and p1 == "一般":
        return "na-adjective"
    if p0 == "副詞" and has_kanji(t.surface):
        return "adverb"
    return None


def _span_class(last: Token) -> str | None:
    """The word class of a span from its last piece: 熱中|症, 避難|所 end in a noun suffix."""
    if last.pos[0] == "接尾辞":
        if last.pos[2] == "助数詞":
            return None  # 5|隻, 3|人: counters make numbers, not words
        return {"名詞的": "noun", "形状詞的": "na-adjective"}.get(last.pos[1])
    return _word_class(last)


def _single_kanji_word(toks: Sequence[Token], i: int, skip: set[int]) -> bool:
    """命, 汗 are words to teach; 国, 声 are everyday, and 円, 県, 東 next to a number or a name
    (3000円, 埼玉|県) are pieces of it."""
    t = toks[i]
    z = zipf(t.lemma)
    if t.pos[0] != "名詞" or t.pos[2] != "一般" or z is None or z >= 5.0:
        return t.pos[0] != "名詞"  # single-kanji verbs and adjectives never get here (見る, 良い are 2+)
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and (k in skip or toks[k].pos[1] in ("数詞", "固有名詞")):
            return False
    return True


def _can_join(t: Token) -> bool:
    """Pieces a compound may be built from (no particles, numbers or punctuation)."""
    return t.pos[0] in ("名詞", "動詞", "形容詞", "形状詞", "接頭辞", "接尾辞") and t.pos[1] != "数詞" and not t.unknown


def _span_form(toks: Sequence[Token]) -> tuple[str, str]:
    """Dictionary form and its reading for a span: the last piece in its dictionary form."""
    lemma = "".join(t.surface for t in toks[:-1]) + toks[-1].lemma
    reading = "".join(t.reading for t in toks[:-1]) + toks[-1].lemma_reading
    return lemma, reading


def _set_phrases(
    tokens: Sequence[Sequence[Token]], excluded: Mapping[int, set[int]], dictionary: Dictionary
) -> dict[tuple[int, int], tuple[int, str]]:
    """Set phrases JMdict lists whole, as (sentence, first token) -> (end, dictionary form).

    異議|を|唱え|た -> 異議を唱える, 手|を|携え -> 手を携える, 着|の|身|着|の|まま: a content
    word, a particle, and what follows it, in dictionary form, that JMdict has as an expression.
    """
    forms: dict[tuple[int, int, int], str] = {}
    for si, toks in enumerate(tokens):
        skip = excluded.get(si, set())
        for i, first in enumerate(toks):
            if i in skip or first.pos[0] not in ("名詞", "動詞", "形容詞") or not has_kanji(first.surface):
                continue
            if i and toks[i - 1].surface == "の" and toks[i - 1].pos[1] == "格助詞":
                continue  # 足の骨を折る: a noun with a modifier is meant literally, not the idiom
            for j in range(i + 3, min(len(toks), i + _MAX_SPAN) + 1):
                piece = toks[i:j]
                if any(k in skip for k in range(i, j)) or piece[-1].pos[0] in ("助詞", "補助記号", "記号", "空白"):
                    continue
                if any(x.pos[0] in ("補助記号", "記号", "空白") or x.unknown for x in piece):
                    break
                if not any(x.pos[1] in ("格助詞", "係助詞") for x in piece[1:-1]) or not _contiguous(piece):
                    continue
                forms[si, i, j] = _span_form(piece)[0]
    known = dictionary.known(set(forms.values()))
    out: dict[tuple[int, int], tuple[int, str]] = {}
    for (si, i, j), form in sorted(forms.items()):  # ascending j: the longest phrase wins
        if form in known and any(_is_expression(e) for e in dictionary.entries(form)):
            out[si, i] = (j, form)
    return out


def _is_expression(entry: Entry) -> bool:
    return any(p.startswith("expressions") for s in entry.senses for p in s.pos)


def _contiguous(toks: Sequence[Token]) -> bool:
    return all(a.end == b.start for a, b in pairwise(toks))


def _surface_with_inflection(toks: Sequence[Token], i: int, j: int) -> str:
    """The word as it stands: a verb keeps its auxiliaries (見送ら + れ + た -> 見送られた)."""
    end = j
    if toks[j - 1].pos[0] in ("動詞", "形容詞"):
        while end < len(toks) and toks[end].pos[0] == "助動詞" and end - j < 3:
            end += 1
    return "".join(t.surface for t in toks[i:end])


def _candidates(
    tokens: Sequence[Sequence[Token]], excluded: Mapping[int, set[int]], dictionary: Dictionary
) -> list[_Candidate]:
    spans: set[str] = set()
    for toks in tokens:
        for i in range(len(toks)):
            for j in range(i + 2, min(len(toks), i + _MAX_SPAN) + 1):
                if not _can_join(toks[j - 1]):
                    break
                spans.add(_span_form(toks[i:j])[0])
                if toks[j - 1].pos[0] == "動詞":
                    spans.add("".join(t.surface for t in toks[i:j]))  # 事業|仕分け, see _noun_form
    known = dictionary.known(spans)
    phrases = _set_phrases(tokens, excluded, dictionary)
    affix_table = affixes()
    stop = stopwords()
    found: list[_Candidate] = []
    for si, toks in enumerate(tokens):
        skip = excluded.get(si, set())
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            start = i
            if i and toks[i - 1].pos[1] == "数詞" and (t.pos[2] in ("助数詞可能", "助数詞") or t.pos[0] == "接尾辞"):
                i += 1  # 70|周年, 15|日|夜: a counter after a number is part of the number, not 日夜
                continue
            if i in skip or not _can_join(t):
                i += 1
                continue
            cand = None
            if (si, i) in phrases:
                j, lemma = phrases[si, i]
                piece = toks[i:j]
                cand = _Candidate(lemma, _surface_with_inflection(toks, i, j), _span_form(piece)[1], "expression",
                                  si, tuple(x.lemma for x in piece if x.pos[0] != "助詞"), True)
                i = j
            # The longest span JMdict knows: 安全|保障 -> 安全保障, 首脳|会談 -> 首脳会談.
            for j in range(min(n, i + _MAX_SPAN), i + 1, -1) if cand is None else ():
                piece = toks[i:j]
                if any(k in skip for k in range(i, j)) or not all(_can_join(x) for x in piece):
                    continue
                lemma, reading = _span_form(piece)
                cls = _span_class(piece[-1])
                if lemma not in known and _noun_form(piece, toks[j] if j < n else None) in known:
                    # 事業|仕分け: the verb's noun form ends a compound JMdict has (事業仕分け,
                    # "budget screening"), not the verb 仕分ける.
                    lemma, reading, cls = "".join(x.surface for x in piece), "".join(x.reading for x in piece), "noun"
                if lemma in known and has_kanji(lemma) and _contiguous(piece) and cls:
                    cand = _Candidate(lemma, _surface_with_inflection(toks, i, j), reading, cls, si,
                                      tuple(x.lemma for x in piece), True)
                    i = j
                    break
            if cand is None:
                cls = _word_class(t)
                # 融和|的, 再|交渉: attach a productive affix JMdict has no compound for.
                nxt = toks[i + 1] if i + 1 < n else None
                if (
                    t.pos[0] == "接頭辞" and t.surface in affix_table and nxt is not None
                    and _word_class(nxt) == "noun" and i + 1 not in skip and _contiguous([t, nxt])
                ):
                    cand = _Candidate(t.surface + nxt.lemma, t.surface + nxt.surface, t.reading + nxt.lemma_reading,
                                      "noun", si, (t.surface, nxt.lemma), True)
                    i += 2
                elif cls in ("noun", "na-adjective") and nxt is not None and nxt.pos[0] == "接尾辞" \
                        and nxt.surface in affix_table and affix_table[nxt.surface][0] == "suffix" \
                        and i + 1 not in skip and _contiguous([t, nxt]):
                    pos = "na-adjective" if nxt.surface == "的" else "noun"
                    cand = _Candidate(t.lemma + nxt.surface, t.surface + nxt.surface, t.lemma_reading + nxt.reading,
                                      pos, si, (t.lemma, nxt.surface), True)
                    i += 2
                elif cls is not None and not (len(t.lemma) == 1 and not _single_kanji_word(toks, i, skip)):
                    cand = _Candidate(t.lemma, _surface_with_inflection(toks, i, i + 1), t.lemma_reading,
                                      cls, si, (t.lemma,), False, adverbial=t.pos[2] == "副詞可能")
                    i += 1
                else:
                    i += 1
            if cand is not None and cand.pos == "noun" and cand.term == cand.lemma and _is_suffix(toks, i, skip):
                # 研究開発|費, 接種|率: a suffix after a word JMdict knows, glossed from the parts.
                cand = _Candidate(cand.lemma + toks[i].surface, cand.term + toks[i].surface,
                                  cand.reading + _suffix_reading(toks[i]), "noun", si,
                                  (cand.lemma, toks[i].surface), True)
                i += 1
            if cand is not None and _is_teachable(cand, stop):
                cand.span = (start, i)
                prev = found[-1] if found else None
                if prev is not None and prev.sentence_index == si and _joins(prev, cand, toks):
                    if prev.span[0] - 1 in skip:
                        found.pop()  # 緑山市|中央公園: words glued to a name belong to the name
                    else:
                        found[-1] = _joined(prev, cand)
                else:
                    found.append(cand)
    return found


def _noun_form(piece: Sequence[Token], after: Token | None) -> str:
    """The span as written when it ends in a verb's noun form (仕分け, 見通し: 連用形 with no
    auxiliary after it), else ""."""
    last = piece[-1]
    if len(piece) < 2 or last.pos[0] != "動詞" or not last.conjugation.startswith("連用形") or (
            after is not None and after.pos[0] == "助動詞"):
        return ""
    return "".join(t.surface for t in piece)


def _is_suffix(toks: Sequence[Token], i: int, skip: set[int]) -> bool:
    """率 in 接種|率, 費 in 研究開発|費: a one-kanji suffix of affixes.tsv written right after a word
    (UniDic tags some as suffixes, some as nouns: 率 and 機 come as nouns)."""
    if i >= len(toks) or i in skip or not _contiguous(toks[i - 1 : i + 1]):
        return False
    t = toks[i]
    kind = affixes().get(t.surface, ("", ""))[0]
    if kind != "suffix" or t.surface == "的":
        return False
    return t.pos[0] == "接尾辞" or t.pos[0] == "名詞" and t.pos[1] == "普通名詞"


def _suffix_reading(t: Token) -> str:
    return affix_readings().get(t.surface) or t.reading


_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_ALL_KANJI = re.compile(r"^[\u4e00-\u9fff々]{2,}$")


def _joins(a: _Candidate, b: _Candidate, toks: Sequence[Token]) -> bool:
    """国交 + 正常化, 共同 + 訓練: two kanji nouns written together make one term JMdict lacks.
    Only short, plain words join, at most two, so 安全保障 is not swallowed by 安全保障分野."""
    return (
        a.span[1] == b.span[0] and toks[a.span[1] - 1].end == toks[b.span[0]].start
        and a.pos == b.pos == "noun" and len(a.parts) + len(b.parts) <= 3
        and len(a.lemma) + len(b.lemma) <= 5
        and bool(_ALL_KANJI.match(a.lemma)) and bool(_ALL_KANJI.match(b.lemma))
        and a.term == a.lemma and b.term == b.lemma
        and not _says_when(a) and not _says_when(b)  # 来月|施行: 来月 says when, it is no part of a term
    )


_TIME_KANJI = re.compile(r"[年月日週旬期朝昼夜春夏秋冬]")


def _says_when(c: _Candidate) -> bool:
    """来月, 昨年, 中旬: an adverbial noun of time (UniDic's 副詞可能 also holds 一部, which joins:
    一部損壊 is a term of disaster reports)."""
    return c.adverbial and bool(_TIME_KANJI.search(c.lemma))


def _joined(a: _Candidate, b: _Candidate) -> _Candidate:
    return _Candidate(a.lemma + b.lemma, a.term + b.term, a.reading + b.reading, "noun", a.sentence_index,
                      (a.lemma, b.lemma), True, 1, (a.span[0], b.span[1]), glued=(a, b))


def _unglue(found: Sequence[_Candidate]) -> list[_Candidate]:
    """Two words written together are a term of this article when it uses them together again
    (国交正常化 twice); once, with both of them also standing alone (会談決裂 beside 会談 and 決裂), they
    are the two words the article uses, not a term of its own."""
    glued = Counter(c.lemma for c in found if c.glued)
    alone = {c.lemma for c in found if not c.glued}
    out: list[_Candidate] = []
    for c in found:
        # 一部損壊 stays: 一部 is an everyday word no list shows alone, so the term is no pair of listed words.
        if c.glued and glued[c.lemma] == 1 and all(p.lemma in alone and (zipf(p.lemma) or 0) < 5.0 for p in c.glued):
            out.extend(c.glued)
        else:
            out.append(c)
    return out


def _is_teachable(c: _Candidate, stop: frozenset[str]) -> bool:
    """Zero noise: no function words, numbers, dates, symbols, single kana or bare katakana stubs."""
    if c.lemma in stop or any(ch.isdigit() for ch in c.lemma) or _HAS_DIGIT_OR_LATIN.search(c.lemma):
        return False
    if len(c.lemma) < 2 and not has_kanji(c.lemma):
        return False
    if not has_kanji(c.lemma) and not _KATAKANA_WORD.match(c.lemma):
        return False  # hiragana-only words are grammar more than vocabulary (ように, ところ)
    return bool(re.search(r"[\u3041-\u30ff\u4e00-\u9fff]", c.lemma))


def _pick_entry(
    entries: Sequence[Entry], lemma: str, unidic_reading: str, *, joined: bool = False
) -> tuple[Entry | None, str | None]:
    """The entry and reading for a word in context: UniDic's reading when JMdict lists it for the
    spelling, else JMdict's most common reading for the spelling.

    A span joined from UniDic's pieces has only their readings run together, with no sound
    change: 和|太鼓 わ+たいこ, but the word is わだいこ. JMdict's first reading wins there.
    """
    best: tuple[Entry, str] | None = None
    if joined:
        for e in entries:
            readings = e.readings_for(lemma)
            if readings:
                return e, readings[0]
    for e in entries:
        readings = e.readings_for(lemma)
        if unidic_reading in readings:
            return e, unidic_reading
        if readings and best is None:
            best = (e, readings[0])
    # Katakana words: the spelling is the reading.
    if best is None and entries and _KATAKANA_WORD.match(lemma):
        return entries[0], to_hiragana(lemma)
    return best if best else (None, None)


def _takes_suru(entry: Entry) -> bool:
    """供与 (n, vs): a noun JMdict marks as taking する."""
    return any("suru" in p for s in entry.senses for p in s.pos)


def _estimated_zipf(c: _Candidate) -> float | None:
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
        parts = [zipf(p) for p in c.parts if p not in affixes()]
        if parts and all(p is not None for p in parts):
            z = round(min(parts) - 0.6, 2)  # type: ignore[type-var]
    return z


def _frequency_band(z: float | None, priority: Sequence[str]) -> str:
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


def _level(band: str, grade: int | None) -> str:
    """The learner a word is for. A secondary-school kanji makes a word advanced only when the word
    is not common: 互い (お互い, Zipf 4.7) and 懸念 (4.2) are met early, 締結 (3.8) is not."""
    if band == "everyday" and (grade or 0) <= 4:
        return "beginner"
    if band == "rare" or (grade or 0) >= 8 and band not in ("everyday", "common"):
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


def term_id(article_id: str, lemma: str, reading: str) -> str:
    return "v-" + hashlib.sha1(f"{article_id}\0vocab\0{lemma}\0{reading}".encode()).hexdigest()[:10]


def extract_vocabulary(
    article: Article,
    tokens: Sequence[Sequence[Token]],
    dictionary: Dictionary,
    options: Options,
    *,
    excluded: Mapping[int, set[int]] | None = None,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> tuple[Term, ...]:
    """The article's vocabulary, most useful first.

    ``excluded`` maps a sentence index to token indices that belong to names (never vocabulary).
    ``overrides`` maps a lemma to corrections (``reading``, ``meaning``) a teacher made.
    """
    excluded = excluded or {}
    if overrides is None and options.overrides is not None:
        overrides = load_overrides(options.overrides)
    overrides = overrides or {}
    merged: dict[str, _Candidate] = {}
    found = _unglue(_candidates(tokens, excluded, dictionary))
    neighbours: dict[str, set[str]] = {}
    for a, b in pairwise(found):
        # 会見を|開く, 計画を|見直す: the word next to it, a particle or two away, says which sense.
        if a.sentence_index == b.sentence_index and b.span[0] - a.span[1] <= 2:
            neighbours.setdefault(a.lemma, set()).add(b.lemma)
            neighbours.setdefault(b.lemma, set()).add(a.lemma)
    for c in found:
        if c.lemma in merged:
            merged[c.lemma].count += 1
        else:
            merged[c.lemma] = c
    grades = dictionary.kanji_grades
    lead = {s.index for s in article.sentences[:3]}
    domain = article_domain((c.lemma for c in merged.values()), dictionary)
    terms: list[Term] = []
    for c in merged.values():
        entries = dictionary.entries(c.lemma)
        entry, reading = _pick_entry(entries, c.lemma, c.reading, joined=len(c.parts) > 1)
        gloss_note = ""
        if entry is not None:
            priority = entry.priority(c.lemma)
            if not priority and dictionary.name_types(c.lemma) & _NAME_TYPES:
                continue  # 首相官邸, 日比: JMnedict's place and no sign of everyday use: a name
            context = frozenset().union(*(
                first_sense_words(other, dictionary) for other in neighbours.get(c.lemma, ()) if other != c.lemma
            )) if len(entry.senses) > 1 and c.pos in ("verb", "adjective") else frozenset()
            glosses = choose_glosses(entry.senses, c.pos, context=context, kanji=has_kanji(c.lemma), domain=domain,
                                     spelling=c.lemma, reading=reading)
        else:
            glosses, gloss_note = _glosses_from_parts(c, dictionary)
            reading = c.reading
            priority = ()
        # A teacher's correction wins; the id keeps the computed reading so that a corrected
        # card updates the note it was instead of making a new one.
        stable_id = term_id(article.id, c.lemma, reading or c.reading)
        fix = overrides.get(c.lemma, {})
        reading = to_hiragana(fix.get("reading") or reading or "")  # チーム -> ちーむ: the contract is hiragana
        if fix.get("meaning"):
            glosses = tuple(m.strip() for m in fix["meaning"].split(";") if m.strip())
            gloss_note = ""
        if not reading or not glosses:
            continue
        z = _estimated_zipf(c)
        band = _frequency_band(z, priority)
        grade = max((grades.get(ch, 9) for ch in c.lemma if has_kanji(ch)), default=None)
        terms.append(Term(
            id=stable_id, term=c.term, lemma=c.lemma, reading=reading,
            furigana=to_anki(c.lemma, reading), pos=c.pos, glosses=glosses,
            sentence_index=c.sentence_index, count=c.count,
            score=_score(c, z, priority, c.sentence_index in lead or c.lemma in article.title, grade,
                         entry is not None and _takes_suru(entry), entry is not None),
            level=_level(band, grade), frequency_band=band, kanji_grade=grade,
            in_dictionary=entry is not None, gloss_note=gloss_note,
        ))
    terms.sort(key=lambda t: (-t.score, t.sentence_index, t.lemma))
    if options.level:
        terms = select_for_level(terms, options.level, options.min_terms)
    chars = sum(len(s.text) for s in article.sentences)
    limit = max(options.min_terms, min(options.max_terms, round(chars / options.chars_per_term)))
    return tuple(terms[:limit])


def _part_entry(part: str, dictionary: Dictionary) -> Entry | None:
    """The entry a part of a compound is: the one where its spelling is common. 目標 is もくひょう
    "goal; target" (news1), not the rare spelling of 目印 "mark; sign" that JMdict lists first."""
    entries = [e for e in dictionary.entries(part) if e.senses]
    if not entries:
        return None
    return next((e for e in entries if e.priority(part)), entries[0])


def _glosses_from_parts(c: _Candidate, dictionary: Dictionary) -> tuple[tuple[str, ...], str]:
    """融和的: 融和 harmony, reconciliation + 的 -ic."""
    table = affixes()
    pieces = []
    for part in c.parts:
        if part in table:
            pieces.append(f"{part} {table[part][1]}")
            continue
        entry = _part_entry(part, dictionary)
        if entry is None:
            return (), ""
        pieces.append(f"{part} {', '.join(choose_glosses(entry.senses, 'noun', 1, spelling=part)[0].split('; ')[:2])}")
    note = " + ".join(pieces)
    return (note,), note


def _score(
    c: _Candidate, z: float | None, priority: Sequence[str], in_lead: bool,
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
