"""Set phrases JMdict lists whole (異議を唱える, 手を携える, 遺憾なく): a content word, a particle
and what follows it, found in the tokens and kept as one vocabulary item in dictionary form;
with the helpers :mod:`studygen.word_units` shares: a span's dictionary form and whether its
tokens are written together."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from .dictionary import Dictionary, Entry
from .furigana import has_kanji
from .model import Token

_KATAKANA = re.compile(r"[ァ-ヶー・]+")

MAX_SPAN = 6  # the longest span of tokens a word or a set phrase is looked up as


def span_form(toks: Sequence[Token]) -> tuple[str, str]:
    """Dictionary form and its reading for a span: the last piece in its dictionary form."""
    lemma = "".join(t.surface for t in toks[:-1]) + toks[-1].lemma
    reading = "".join(t.reading for t in toks[:-1]) + toks[-1].lemma_reading
    return lemma, reading


def set_phrases(
    tokens: Sequence[Sequence[Token]], excluded: Mapping[int, set[int]], dictionary: Dictionary
) -> dict[tuple[int, int], tuple[int, str]]:
    """Set phrases JMdict lists whole, as (sentence, first token) -> (end, dictionary form).

    異議|を|唱え|た -> 異議を唱える, 手|を|携え -> 手を携える, 着|の|身|着|の|まま: a content
    word, a particle, and what follows it, in dictionary form, that JMdict has as an expression.
    """
    forms: dict[tuple[int, int, int], str] = {}
    adverbs: set[tuple[int, int, int]] = set()
    nouns: set[tuple[int, int, int]] = set()
    for si, toks in enumerate(tokens):
        skip = excluded.get(si, set())
        for i, first in enumerate(toks):
            # 遺憾|なく (amply), 首尾|よく (successfully): a noun and なく or よく that JMdict lists
            # as one adverb; alone, 遺憾 was glossed "regrettable" and 首尾 "beginning and end"
            # for 遺憾なく発揮, 首尾よく回収 (round 53, 54)
            if i + 1 < len(toks) and first.pos[0] in ("名詞", "形状詞") and has_kanji(first.surface) and \
                    toks[i + 1].surface in ("なく", "よく") and toks[i + 1].pos[0] == "形容詞" and \
                    i not in skip and i + 1 not in skip and first.end == toks[i + 1].start and \
                    not (i + 2 < len(toks) and toks[i + 2].lemma == "する"):  # 余儀なくされる (see _noun_nai)
                forms[si, i, i + 2] = first.surface + toks[i + 1].surface
                adverbs.add((si, i, i + 2))
            # トロイ|の|木馬 (Trojan horse, JMdict's noun): a katakana noun and の start a word JMdict
            # lists whole; alone, 木馬 taught "wooden horse" for malware (round 106's 2478)
            katakana_no = first.pos[0] == "名詞" and i + 1 < len(toks) and toks[i + 1].surface == "の" and \
                bool(_KATAKANA.fullmatch(first.surface))
            if i in skip or first.pos[0] not in ("名詞", "動詞", "形容詞") or not (has_kanji(first.surface) or katakana_no):
                continue
            if i and (toks[i - 1].surface == "の" and toks[i - 1].pos[1] == "格助詞" or toks[i - 1].pos[0] == "形容詞"
                      and toks[i - 1].surface.endswith("い") and i + 1 < len(toks) and toks[i + 1].surface == "の"):
                # 足の骨を折る: a noun with a modifier is meant literally, not the idiom; 激しい雨の降る
                # 恐れ (heavy rain may fall), not 雨の降る "rainy" (round 120's 3533); an adjective that
                # says how (深く心に残る, 波が高く雷が鳴る) or an idiom with を (新しい道を切り開く) stays
                continue
            for j in range(i + 3, min(len(toks), i + MAX_SPAN) + 1):
                piece = toks[i:j]
                if any(k in skip for k in range(i, j)) or piece[-1].pos[0] in ("助詞", "補助記号", "記号", "空白") \
                        or piece[-1].lemma == "た" and piece[-1].pos[0] == "助動詞":
                    # 怪我|を|し|た: JMdict's 怪我をした "injured" is a past form; the learner is taught
                    # 怪我 (round 120's 2589), as a phrase in dictionary form would be
                    continue
                if any(x.pos[0] in ("補助記号", "記号", "空白") or x.unknown for x in piece):
                    break
                if not any(x.pos[1] in ("格助詞", "係助詞") for x in piece[1:-1]) or not contiguous(piece):
                    continue
                if piece[-1].lemma == "至る" and j < len(toks) and toks[j].surface == "まで" and \
                        first.surface not in ("現在", "今日", "今", "現状"):
                    # 誕生から死に至るまで "from birth to death": no 死に至る "to be fatal" (round 110's 3617);
                    # 現在に至るまで is 現在に至る, "up to the present"
                    continue
                forms[si, i, j] = span_form(piece)[0]
                if katakana_no:
                    nouns.add((si, i, j))
    known = dictionary.known(set(forms.values()))
    out: dict[tuple[int, int], tuple[int, str]] = {}
    for (si, i, j), form in sorted(forms.items()):  # ascending j: the longest phrase wins
        if form in known and any(_is_expression(e) or (si, i, j) in adverbs and _is_adverb(e)
                                 or (si, i, j) in nouns and _is_noun(e) for e in dictionary.entries(form)):
            out[si, i] = (j, form)
    return out


def _is_expression(entry: Entry) -> bool:
    return any(p.startswith("expressions") for s in entry.senses for p in s.pos)


def _is_noun(entry: Entry) -> bool:
    return any(p.startswith("noun (common)") for s in entry.senses for p in s.pos)


def _is_adverb(entry: Entry) -> bool:
    return any(p.startswith("adverb") for s in entry.senses for p in s.pos)


def contiguous(toks: Sequence[Token]) -> bool:
    return all(a.end == b.start for a, b in pairwise(toks))
