"""Word units: which spans of UniDic's short units are one word to teach.

UniDic cuts text into short units (安全|保障, 首脳|会談); the longest span JMdict knows wins,
productive affixes attach (融和|的 -> 融和的, 研究開発|費), set phrases JMdict lists whole stay
whole (異を唱える), and two short kanji nouns written together make one term JMdict lacks
(国交|正常化) unless the article uses them apart (会談決裂 beside 会談 and 決裂). Numbers, dates,
symbols and function words never make a unit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .dictionary import Dictionary
from .furigana import has_kanji
from .model import Token
from .name_tables import titles
from .ranking import zipf
from .set_phrases import MAX_SPAN, contiguous, set_phrases, span_form


_KATAKANA_WORD = re.compile(r"^[\u30a1-\u30faー]{3,}$")
# 日米, 日加, 米中: two countries by their one-kanji names, a pair of names rather than a word
# (日中 and 中日 are words too: daytime, the middle day of a tournament).
_COUNTRY_PAIR = re.compile(r"^[日米中韓加露英仏独豪印朝台伊欧]{2}$")
_HAS_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ〇一二三四五六七八九十百千万億兆]+[年月日時分秒人件円%]")


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


@dataclass(slots=True)
class Candidate:
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
    glued: tuple[Candidate, ...] = ()  # the two words a compound JMdict lacks was joined from


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
        if k == i + 1 < len(toks) and toks[k].surface in titles():
            return False  # 日産の梵|選手: a one-kanji surname before a title (梵 "Brahman": round 37)
        # W|杯 (the World Cup), 近藤太|香|巳 (a given name UniDic cut into single kanji): a piece of
        # a longer word or name, glued to a letter or to another lone kanji (round 37)
        if 0 <= k < len(toks) and (toks[k].end == t.start or t.end == toks[k].start) and (
                re.fullmatch(r"[A-Za-zＡ-Ｚａ-ｚ]+", toks[k].surface)
                or len(toks[k].surface) == 1 and has_kanji(toks[k].surface) and toks[k].pos[0] in ("名詞", "接頭辞")):
            # (廃|果: a lone kanji after a one-kanji prefix is the end of a word JMdict lacks, round 100's 1072)
            return False
    return True


def _can_join(t: Token) -> bool:
    """Pieces a compound may be built from (no particles, numbers or punctuation)."""
    return t.pos[0] in ("名詞", "動詞", "形容詞", "形状詞", "接頭辞", "接尾辞") and t.pos[1] != "数詞" and not t.unknown


def _numeral_leads(toks: Sequence[Token], i: int) -> bool:
    """一|酸化|炭素, 二|酸化|炭素: a kanji numeral before a common noun may begin a word JMdict
    knows whole (of three pieces or more, or a word of two kanji after it: 一|段落 "settling down",
    not 段落 "paragraph", round 53; 三|日, 二|人 are counts, not words to teach)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].pos[1] == "数詞" and len(toks[i].surface) == 1 and toks[i].surface in "一二三四五六七八九" and \
        nxt is not None and nxt.pos[:2] == ("名詞", "普通名詞") and nxt.pos[2] not in ("助数詞可能", "助数詞") and \
        toks[i].end == nxt.start


def _noun_nai(toks: Sequence[Token], i: int, dictionary: Dictionary) -> tuple[int, str, str] | None:
    """余儀|なく|さ|れ|た -> 余儀なくされる, 余儀|なく -> 余儀なく: a bound noun and なく (UniDic's
    ない, no word class of its own) that JMdict lists whole; 余儀 alone is "another method".
    (殆どなく, 変わりなく stay apart: their nouns are common words of their own.)"""
    if i + 1 >= len(toks) or toks[i].pos[0] != "名詞" or toks[i + 1].lemma not in ("ない", "無い") or \
            toks[i + 1].surface != "なく" or toks[i].end != toks[i + 1].start or not has_kanji(toks[i].surface):
        return None
    t = toks[i]
    if i + 3 < len(toks) and toks[i + 2].lemma in ("する", "為る") and toks[i + 3].lemma == "れる" and \
            dictionary.known([t.surface + "なくされる"]):
        return i + 4, t.surface + "なくされる", t.reading + "なくされる"
    form = t.surface + "なく"
    return (i + 2, form, t.reading + "なく") if dictionary.known([form]) and not _common_word(t.surface, dictionary) \
        else None


def _surface_with_inflection(toks: Sequence[Token], i: int, j: int) -> str:
    """The word as it stands: a verb keeps its auxiliaries (見送ら + れ + た -> 見送られた)."""
    end = j
    if toks[j - 1].pos[0] in ("動詞", "形容詞"):
        while end < len(toks) and toks[end].pos[0] == "助動詞" and end - j < 3:
            end += 1
    return "".join(t.surface for t in toks[i:end])


def find_candidates(
    tokens: Sequence[Sequence[Token]], excluded: Mapping[int, set[int]], dictionary: Dictionary
) -> list[Candidate]:
    spans: set[str] = set()
    for toks in tokens:
        for i in range(len(toks)):
            for j in range(i + 2, min(len(toks), i + MAX_SPAN) + 1):
                if not _can_join(toks[j - 1]):
                    break
                spans.add(span_form(toks[i:j])[0])
                if toks[j - 1].pos[0] == "動詞":
                    spans.add("".join(t.surface for t in toks[i:j]))  # 事業|仕分け, see _noun_form
    known = dictionary.known(spans)
    phrases = set_phrases(tokens, excluded, dictionary)
    affix_table = affixes()
    stop = stopwords()
    found: list[Candidate] = []
    for si, toks in enumerate(tokens):
        skip = excluded.get(si, set())
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            start = i
            if i and toks[i - 1].pos[1] == "数詞" and (t.pos[2] in ("助数詞可能", "助数詞") or t.pos[0] == "接尾辞"
                                                     or re.fullmatch(r"[両番号回階台枚度]目", t.surface)
                                                     or re.match(r"[名人件個年]", t.surface)
                                                     and toks[i - 1].end == t.start):
                # 70|周年, 15|日|夜: a counter after a number is part of the number, not 日夜; 2|両目
                # is the second car, not 両目 "both eyes" (round 74's 2915); 6,789|名分 is 6,789 people's
                # worth (名|分), not 名分 "justification" (round 120's 1482); 8|年越し is "over eight
                # years" (年|越し), not 年越し "New Year's Eve" (round 138's 1999)
                i += 1
                continue
            if i in skip or not (_can_join(t) or _numeral_leads(toks, i)):
                i += 1
                continue
            if t.pos[0] in ("動詞", "形容詞") and len(t.surface) == 1 and has_kanji(t.surface) and \
                    (i + 1 == n or toks[i + 1].pos[0] in ("補助記号", "記号")):
                # 3位は「惨」: a kanji cited alone (the year's kanji), not the adjective 惨い (round 122's 1243)
                i += 1
                continue
            cand = None
            if (si, i) in phrases:
                j, lemma = phrases[si, i]
                piece = toks[i:j]
                cand = Candidate(lemma, _surface_with_inflection(toks, i, j), span_form(piece)[1], "expression",
                                  si, tuple(x.lemma for x in piece if x.pos[0] != "助詞"), True)
                i = j
            nai = _noun_nai(toks, i, dictionary) if cand is None and i not in skip else None
            if nai is not None:
                j, lemma, reading = nai
                end = j + next((k for k, x in enumerate(toks[j:j + 2]) if x.pos[0] != "助動詞"), len(toks[j:j + 2]))
                cand = Candidate(lemma, "".join(x.surface for x in toks[i:end]), reading, "expression", si,
                                 (t.lemma, "ない"), True)
                i = j
            # The longest span JMdict knows: 安全|保障 -> 安全保障, 首脳|会談 -> 首脳会談.
            for j in range(min(n, i + MAX_SPAN), i + 1, -1) if cand is None else ():
                piece = toks[i:j]
                if any(k in skip for k in range(i, j)) or not all(_can_join(x) for x in piece[1:]) or \
                        not (_can_join(piece[0]) or (j - i >= 3 or len(piece[-1].surface) >= 2) and _numeral_leads(toks, i)):
                    continue
                if piece[0].pos[0] == "接尾辞" and i and toks[i - 1].pos[2] in ("助数詞", "助数詞可能") and \
                        toks[i - 1].end == piece[0].start:
                    # 8|月|末|頃: the suffix 末 (まつ) ends the date before it and starts no word; 末頃 is
                    # すえごろ, which no one reads here (round 100's 1072). (トランプ|米|大統領: 米 after
                    # a name starts 米大統領)
                    continue
                if j - i >= 2 and piece[-1].surface == "中" and piece[-1].pos[0] == "接尾辞" and piece[-2].pos[2] == "サ変可能":
                    continue  # 滞在|中, 入院|中 "during a stay": the word to learn is 滞在 (round 100's 2650)
                if j - i >= 2 and j < n and _is_suffix(toks, j, skip) and _common_word(
                        toks[j - 1].surface + toks[j].surface, dictionary):
                    # サッカー|選手|権: 選手権 "championship" (news1) is the word, not サッカー選手 + 権;
                    # 研究開発|費 keeps its suffix (開発費 is in JMdict, but no word of the news).
                    continue
                lemma, reading = span_form(piece)
                cls = _span_class(piece[-1])
                if lemma not in known and _noun_form(piece, toks[j] if j < n else None) in known \
                        and not (j - i == 2 and piece[-1].lemma in ("する", "為る")):
                    # 事業|仕分け: the verb's noun form ends a compound JMdict has (事業仕分け,
                    # "budget screening"), not the verb 仕分ける. Not a noun and する: 説明|し is
                    # 説明する, not JMdict's 説明し, a spelling of 説き明かし ときあかし (round 69's 0313).
                    lemma, reading, cls = "".join(x.surface for x in piece), "".join(x.reading for x in piece), "noun"
                if lemma in known and has_kanji(lemma) and contiguous(piece) and cls:
                    cand = Candidate(lemma, _surface_with_inflection(toks, i, j), reading, cls, si,
                                      tuple(x.lemma for x in piece), True)
                    i = j
                    break
            if cand is None and not _can_join(t):
                i += 1  # a numeral that leads no word JMdict knows
                continue
            if cand is None:
                cls = _word_class(t)
                # 融和|的, 再|交渉: attach a productive affix JMdict has no compound for.
                nxt = toks[i + 1] if i + 1 < n else None
                if (
                    t.pos[0] == "接頭辞" and t.surface in affix_table and nxt is not None
                    and _word_class(nxt) == "noun" and i + 1 not in skip and contiguous([t, nxt])
                ):
                    cand = Candidate(t.surface + nxt.lemma, t.surface + nxt.surface, t.reading + nxt.lemma_reading,
                                      "noun", si, (t.surface, nxt.lemma), True)
                    i += 2
                elif cls in ("noun", "na-adjective") and nxt is not None and nxt.pos[0] == "接尾辞" \
                        and nxt.surface in affix_table and affix_table[nxt.surface][0] == "suffix" \
                        and i + 1 not in skip and contiguous([t, nxt]):
                    pos = "na-adjective" if nxt.surface == "的" else "noun"
                    cand = Candidate(t.lemma + nxt.surface, t.surface + nxt.surface, t.lemma_reading + nxt.reading,
                                      pos, si, (t.lemma, nxt.surface), True)
                    i += 2
                elif cls is not None and not (len(t.lemma) == 1 and not _single_kanji_word(toks, i, skip)):
                    cand = Candidate(t.lemma, _surface_with_inflection(toks, i, i + 1), t.lemma_reading,
                                      cls, si, (t.lemma,), False, adverbial=t.pos[2] == "副詞可能")
                    i += 1
                else:
                    i += 1
            if cand is not None and cand.pos == "noun" and cand.term == cand.lemma and _is_suffix(toks, i, skip):
                # 研究開発|費, 接種|率: a suffix after a word JMdict knows, glossed from the parts.
                cand = Candidate(cand.lemma + toks[i].surface, cand.term + toks[i].surface,
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


def _common_word(text: str, dictionary: Dictionary) -> bool:
    """A word JMdict tags as common in news or everyday use (news1, ichi1, spec1)."""
    return any(p in ("news1", "ichi1", "spec1") for e in dictionary.entries(text) for p in e.priority(text))


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
    if i >= len(toks) or i in skip or not contiguous(toks[i - 1 : i + 1]):
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


def _joins(a: Candidate, b: Candidate, toks: Sequence[Token]) -> bool:
    """国交 + 正常化, 共同 + 訓練: two kanji nouns written together make one term JMdict lacks.
    Only short, plain words join, at most two, so 安全保障 is not swallowed by 安全保障分野."""
    return (
        a.span[1] == b.span[0] and toks[a.span[1] - 1].end == toks[b.span[0]].start
        and a.pos == b.pos == "noun" and len(a.parts) + len(b.parts) <= 3
        and len(a.lemma) + len(b.lemma) <= 5
        and bool(_ALL_KANJI.match(a.lemma)) and bool(_ALL_KANJI.match(b.lemma))
        and a.term == a.lemma and b.term == b.lemma
        and not _says_when(a) and not _says_when(b)  # 来月|施行: 来月 says when, it is no part of a term
        # 事実上|倒産: 事実上 (de facto), 法律上 say how the act is, no part of a term (round 38)
        and not (len(a.lemma) >= 3 and a.lemma.endswith("上"))
        # 柔道|女子, 卓球|女子: a sport and the women's event, two words of a results table (round
        # 96's 0643, 1476: "not a real word")
        and b.lemma not in ("女子", "男子")
    )


# (当時|同封, 当初|発表: 時 and 初 say when too, round 110's review of the whole corpus)
_TIME_KANJI = re.compile(r"[年月日週旬期朝昼夜春夏秋冬時初]")


def _says_when(c: Candidate) -> bool:
    """来月, 昨年, 中旬: an adverbial noun of time (UniDic's 副詞可能 also holds 一部, which joins:
    一部損壊 is a term of disaster reports)."""
    return c.adverbial and bool(_TIME_KANJI.search(c.lemma))


def _joined(a: Candidate, b: Candidate) -> Candidate:
    return Candidate(a.lemma + b.lemma, a.term + b.term, a.reading + b.reading, "noun", a.sentence_index,
                      (a.lemma, b.lemma), True, 1, (a.span[0], b.span[1]), glued=(a, b))


def unglue(found: Sequence[Candidate]) -> list[Candidate]:
    """Two words written together are a term of this article when it uses them together again
    (国交正常化 twice); once, with both of them also standing alone (会談決裂 beside 会談 and 決裂), they
    are the two words the article uses, not a term of its own."""
    glued = Counter(c.lemma for c in found if c.glued)
    alone = {c.lemma for c in found if not c.glued}
    # 公害被害, 公害研究, 公害原論 (each once, round 38): the word three compounds share is the
    # article's term (two is too few: 無資格医業 and 無資格脱毛 gave the weak 医業, pushing 逮捕 out)
    shared = Counter(p.lemma for c in {c.lemma: c for c in found if c.glued}.values() for p in c.glued)
    out: list[Candidate] = []
    for c in found:
        # 一部損壊 stays: 一部 is an everyday word no list shows alone, so the term is no pair of listed words.
        if c.glued and glued[c.lemma] == 1 and (
                all(p.lemma in alone and (zipf(p.lemma) or 0) < 5.0 for p in c.glued)
                or any(shared[p.lemma] >= 3 and (zipf(p.lemma) or 0) < 5.0 for p in c.glued)):
            out.extend(c.glued)
        else:
            out.append(c)
    return out


def _is_teachable(c: Candidate, stop: frozenset[str]) -> bool:
    """Zero noise: no function words, numbers, dates, symbols, single kana or bare katakana stubs."""
    if c.lemma in stop or any(ch.isdigit() for ch in c.lemma) or _HAS_DIGIT_OR_LATIN.search(c.lemma):
        return False
    if _COUNTRY_PAIR.match(c.lemma) and c.lemma not in ("日中", "中日"):
        return False
    if len(c.lemma) < 2 and not has_kanji(c.lemma):
        return False
    if not has_kanji(c.lemma) and not _KATAKANA_WORD.match(c.lemma):
        return False  # hiragana-only words are grammar more than vocabulary (ように, ところ)
    return bool(re.search(r"[\u3041-\u30ff\u4e00-\u9fff]", c.lemma))
