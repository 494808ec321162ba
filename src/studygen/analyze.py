"""Analyze: fugashi + unidic-lite morphemes, copied at once into frozen :class:`Token` s.

Fixes the readings unidic-lite gets wrong in news text (see NOTES: 米 in トランプ米大統領 is
read マイ; 日 after a number is read カ) so that one reading decision serves every output.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from .furigana import has_kanji, kanji_word_reading, to_hiragana
from .model import Sentence, Token

# fugashi crashed on one call of about 3 MB; sentences are far shorter, but a pasted article
# without full stops can make one huge "sentence": tag it in slices.
_MAX_CHARS_PER_CALL = 20_000

# 日 after a number: a date (28日 にじゅうはちにち) or a day count; these have their own words.
_DAY_READINGS = {
    1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
    8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか",
}
# 米 as America: 米大統領, 米国, 米軍, 日米, 訪米. As rice (こめ) it stands alone: 米の価格.
_BEI_FOLLOWERS = re.compile(
    r"^(大統領|国|軍|政府|側|議会|紙|企業|中|欧|英|露|当局|メディア|国務|国防|財務|商務|連邦|株|経済|紙|上院|下院|政権|首脳|兵|大使)"
)

_NIPPON_NAMES = re.compile(r"^(銀行|郵便|郵政|放送協会)")


def _kome_or_bei(t: Token, prev: Token | None, after: str) -> str:
    """米 is America (べい) before a political word (米大統領, 米中) or after a person's name
    (トランプ米大統領); rice from a place or of a grade is まい (新潟米, 北海道米, 一等米); a 米
    that stands alone is rice, こめ (米の品質, 米を作る). unidic-lite reads it べい or まい at
    random."""
    if _BEI_FOLLOWERS.match(after):
        return "べい"
    if prev is not None and (prev.pos[2] == "地名" or prev.surface.endswith("等")):
        return "まい"
    if t.pos[0] == "接尾辞" or (prev is not None and prev.pos[1] == "固有名詞"):
        return "べい"
    return "こめ"


_local = threading.local()


def _tagger():
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        from fugashi import Tagger

        tagger = _local.tagger = Tagger()
    return tagger


def _field(value: object) -> str:
    return value if isinstance(value, str) and value else ""


def tokenize(text: str) -> tuple[Token, ...]:
    """Tag one sentence.

    >>> [t.surface for t in tokenize("署名は見送られた。")]
    ['署名', 'は', '見送ら', 'れ', 'た', '。']
    """
    tagger = _tagger()
    tokens: list[Token] = []
    for offset in range(0, len(text), _MAX_CHARS_PER_CALL):
        chunk = text[offset : offset + _MAX_CHARS_PER_CALL]
        pos = 0
        for node in tagger(chunk):
            f = node.feature
            surface = node.surface
            start = chunk.find(surface, pos)
            if start < 0:
                start = pos
            pos = start + len(surface)
            unknown = bool(node.is_unk)
            kana = _field(getattr(f, "kana", None))
            kana_base = _field(getattr(f, "kanaBase", None))
            lemma = _field(getattr(f, "orthBase", None)) or surface
            hira = kanji_word_reading if has_kanji(surface) else to_hiragana
            reading = hira(kana) if kana else (to_hiragana(surface) if _is_kana(surface) else "")
            lemma_reading = hira(kana_base) if kana_base else reading
            if surface in ("引き続き", "引続き") and lemma in ("引き続く", "引続く"):
                # 引き続き調査を進める: news's adverb "continuing", which UniDic reads as the verb
                # 引き続く "to continue" (dev review 8: 引き続く listed for the adverb)
                lemma, lemma_reading = "引き続き", "ひきつづき"
            if lemma.endswith("ずる") and surface.startswith(lemma[:-2] + "じ") and lemma_reading.endswith("ずる"):
                # 演じていた: UniDic's dictionary form is the literary 演ずる; news and learners
                # say 演じる (応じる, 信じる, 感じる)
                lemma, lemma_reading = lemma[:-2] + "じる", lemma_reading[:-2] + "じる"
            split = _split_at_dots(surface, offset + start) if unknown and _DOTTED_UNKNOWN.fullmatch(surface) else None
            if unknown and not split and re.fullmatch(r"[\u30a1-\u30fa\u30fc]{5,}", surface) and \
                    re.match(r"[一-龥]", chunk[pos:pos + 1]):
                split = _country_glued(surface, offset + start)
            if split:
                tokens.extend(split)
                continue
            tokens.append(Token(
                surface=surface, lemma=lemma, reading=reading, lemma_reading=lemma_reading,
                pos=(f.pos1 or "*", f.pos2 or "*", f.pos3 or "*", f.pos4 or "*"),
                start=offset + start, conjugation=_field(getattr(f, "cForm", None)) or "*",
                unknown=unknown, origin=_field(getattr(f, "goshu", None)),
            ))
    return tuple(_fix_readings(tokens))


# ユーシェンコ・ウクライナ as one unknown word (round 65's 3098): UniDic glues katakana across a dot
# when it knows neither side's start; tagged apart, ウクライナ is the country again, and the
# person before it stands alone, as a known name's dot always does (ドイツ・ショルツ). Only a
# country is split off: split at every dot, whole names fell apart (ダーレ・オーエン, イ・スンヨプ).
_DOTTED_UNKNOWN = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+")


def _split_at_dots(surface: str, start: int) -> list[Token] | None:
    """The tokens of a dotted unknown word whose last part is a country, else None."""
    last = tokenize(surface.rsplit("・", 1)[1])
    if len(last) != 1 or last[0].pos[2:4] != ("地名", "国"):
        return None
    out: list[Token] = []
    at = start
    for k, part in enumerate(surface.split("・")):
        if k:
            out.append(Token("・", "・", "・", "・", ("補助記号", "一般", "*", "*"), at, "*", False, ""))
            at += 1
        out.extend(replace(t, start=at + t.start) for t in tokenize(part))
        at += len(part)
    return out


def _country_glued(surface: str, start: int) -> list[Token] | None:
    """ロバート・ゼーリック|アメリカ国務副長官, ヒラリー・ベン|イギリス国際開発相: news glues a
    person to the country of his post, and UniDic, knowing neither, reads one unknown word
    (ゼーリックアメリカ, round 93's 1145). Before a kanji post, a tail that is a country alone is
    split off; the head is tagged again."""
    for cut in range(2, len(surface) - 2):
        tail = tokenize(surface[cut:])
        if len(tail) == 1 and tail[0].pos[2:4] == ("地名", "国"):
            return [*(replace(t, start=start + t.start) for t in tokenize(surface[:cut])),
                    replace(tail[0], start=start + cut)]
    return None


def _is_kana(text: str) -> bool:
    return bool(text) and all("\u3041" <= c <= "\u30ff" or c == "ー" for c in text)


# Korean places news reads in Korean (NHK: プサン, パンムンジョム), where UniDic keeps the old
# Japanese reading (釜山 ふざん, round 59's 2691; 仁川, 大邱, 平壌 it already reads so).
_KOREAN_READINGS = {"釜山": "ぷさん", "板門店": "ぱんむんじょむ"}


def _fix_readings(tokens: list[Token]) -> list[Token]:
    out = list(tokens)
    for i, t in enumerate(out):
        prev = out[i - 1] if i else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        if t.surface in _KOREAN_READINGS and t.pos[2] == "地名":
            out[i] = _with_reading(t, _KOREAN_READINGS[t.surface])
        elif t.surface == "米":
            out[i] = _with_reading(t, _kome_or_bei(t, prev, "".join(x.surface for x in out[i + 1 : i + 3])))
        elif t.surface == "日本" and t.reading == "にっぽん":
            # にほん is how a learner should read 日本 (日本酒, 日本の首相); にっぽん stays in
            # names that use it: 日本銀行, 日本郵便, 日本放送協会.
            after = "".join(x.surface for x in out[i + 1 : i + 3])
            if not _NIPPON_NAMES.match(after):
                out[i] = _with_reading(t, "にほん")
        elif t.surface == "実" and t.reading == "じつ" and nxt is not None and nxt.surface in ("が", "を", "は", "も"):
            out[i] = _with_reading(t, "み")  # 実が割れた: the fruit (み); 実に is じつに
        elif t.surface == "月" and t.reading == "がつ" and not (
                prev is not None and (prev.pos[1] == "数詞" or prev.surface in ("何", "数", "毎", "先", "今", "来"))):
            out[i] = _with_reading(t, "つき")  # 「月の庭」: the moon; がつ only after a number (3月)
        elif t.surface == "棟" and prev is not None and prev.pos[1] == "数詞":
            out[i] = _with_reading(t, "とう")  # 3400棟: the counter (とう), not the ridge (むね)
        elif t.surface == "日" and t.reading == "ひ" and prev is not None and prev.surface.endswith("曜"):
            out[i] = _with_reading(t, "び")  # 月曜日: げつようび
        elif t.surface == "日" and prev is not None and prev.pos[1] == "数詞" and prev.surface.isdigit():
            n = int(prev.surface) if len(prev.surface) < 4 else 0
            out[i] = _with_reading(t, _DAY_READINGS.get(n, "にち"))
        elif t.surface == "他" and t.reading == "た" and nxt is not None and nxt.pos[0] == "助詞":
            # 他に / 他の: ほか in news; た only in compounds (他国, 他社), which are their own tokens.
            out[i] = _with_reading(t, "ほか")
    return out


def _with_reading(t: Token, reading: str) -> Token:
    return Token(t.surface, t.lemma, reading, reading if t.lemma == t.surface else t.lemma_reading,
                 t.pos, t.start, t.conjugation, t.unknown, t.origin)


def with_given_readings(tokens: Sequence[Sequence[Token]], given: Mapping[str, str]
                        ) -> tuple[tuple[Token, ...], ...]:
    """Tokens with the readings the article itself gives (its furigana) for the words they are:
    a page that writes 潮見<rt>うしおみ</rt> knows better than a dictionary (しおみ)."""
    if not given:
        return tuple(tuple(toks) for toks in tokens)
    return tuple(tuple(_with_reading(t, given[t.surface]) if t.surface in given else t for t in toks)
                 for toks in tokens)


def analyze(sentences: Iterable[Sentence]) -> tuple[tuple[Token, ...], ...]:
    """Tokens for every sentence, in order."""
    return tuple(tokenize(s.text) for s in sentences)


# A run-on list: a table of places, teams or readings whose line breaks were lost, one "sentence"
# of a dozen names or more and hardly a verb (大分県佐伯市中村南広島県呉市川尻町愛媛県今治市…, the
# intensities of an earthquake town by town). Its names run into each other (川尻町愛媛県) and
# its words are pieces of them (市中 of 広島市中区), so names and words are not taken from it.
LIST_NAMES = 12


def run_on_lists(tokens: Sequence[Sequence[Token]]) -> frozenset[int]:
    """Indices of the sentences that are run-on lists of names (see :data:`LIST_NAMES`)."""
    out = set()
    for i, toks in enumerate(tokens):
        names = sum(t.pos[1] == "固有名詞" for t in toks)
        verbs = sum(t.pos[0] in ("動詞", "助動詞", "形容詞") for t in toks)
        # eight names a verb or more: a list with a sentence after it (…四万十市八反原児童公園黒潮町
        # 入野…による負傷者) is a list still; 決勝トーナメントに進出したのは、ドイツ、…(16 countries) is not
        if names >= max(LIST_NAMES, 8 * (verbs + 1)):
            out.add(i)
    return frozenset(out)
