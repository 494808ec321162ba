"""Readings of names that neither UniDic nor JMnedict give in context.

Acronyms: UniDic knows no reading for NHK or NATO (unknown words), so they come from a small
table of spoken readings (NHK エヌエイチケー, NATO ナトー, G7 ジーセブン), which the user's
overrides file extends; an all-caps acronym the table lacks is read letter by letter
(ABC エービーシー) and a number after it in Japanese (COP24 コップにじゅうよん).

People: a surname has several readings (菅 すが or かん), and the given name decides: JMnedict
lists well-known people under their full names (菅義偉 すがよしひで, 菅直人 かんなおと).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .furigana import has_kanji, to_hiragana
from .model import Token
from .name_tables import PREFECTURES, SMALL_KE, NameSpan

if TYPE_CHECKING:
    from .dictionary import Dictionary

ACRONYM = re.compile(r"^[A-Z][A-Z&]*[0-9]*$")
_LETTERS = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ["エー", "ビー", "シー", "ディー", "イー", "エフ", "ジー", "エイチ", "アイ", "ジェー", "ケー", "エル", "エム",
     "エヌ", "オー", "ピー", "キュー", "アール", "エス", "ティー", "ユー", "ブイ", "ダブリュー", "エックス",
     "ワイ", "ゼット"], strict=True,
))
_DIGITS = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
_ZERO = "ゼロ"


@lru_cache(maxsize=1)
def acronym_table() -> dict[str, tuple[str, str]]:
    """The package's acronyms: NHK -> (えぬえいちけー, org)."""
    text = resources.files("studygen").joinpath("data/acronyms.tsv").read_text("utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {r[0]: (to_hiragana(r[1].strip()), r[2].strip() if len(r) > 2 else "other") for r in rows}


def acronym_type(text: str) -> str | None:
    """The kind of name the table gives an acronym (NATO org, G7 other), with or without a number."""
    table = acronym_table()
    if text in table:
        return table[text][1]
    letters = text.rstrip("0123456789")
    return table[letters][1] if letters in table else None


def digit_by_digit(digits: str) -> str:
    """1969 -> いちきゅうろくきゅう: a number read as its digits (a long number after an acronym, a
    club's founding year in its name: 東京ヴェルディ1969)."""
    return "".join(_DIGITS[int(d)] or "ぜろ" for d in digits if d.isdigit())


def japanese_number(n: int) -> str:
    """24 -> にじゅうよん, 300 -> さんびゃく: how a number after an acronym is read (COP24)."""
    if n == 0:
        return "ぜろ"
    if n >= 10_000:
        return digit_by_digit(str(n))
    out = ""
    special = {(3, 100): "さんびゃく", (6, 100): "ろっぴゃく", (8, 100): "はっぴゃく",
               (3, 1000): "さんぜん", (8, 1000): "はっせん"}
    for unit, name in ((1000, "せん"), (100, "ひゃく"), (10, "じゅう")):
        d, n = divmod(n, unit)
        if d:
            out += special.get((d, unit)) or ("" if d == 1 else _DIGITS[d]) + name
    return out + _DIGITS[n]


def acronym_reading(text: str, extra: Mapping[str, Mapping[str, str]] | None = None) -> str | None:
    """The spoken reading of a Latin-letter name, in hiragana, or None when it is no acronym.

    ``extra`` is the user's overrides (lemma -> reading), which win over the table.

    >>> acronym_reading("NHK"), acronym_reading("NATO"), acronym_reading("COP24"), acronym_reading("ABC")
    ('えぬえいちけー', 'なとー', 'こっぷにじゅうよん', 'えーびーしー')
    """
    if extra and extra.get(text, {}).get("reading"):
        return to_hiragana(extra[text]["reading"])
    table = acronym_table()
    if text in table:
        return table[text][0]
    if not ACRONYM.match(text):
        return None
    letters = text.rstrip("0123456789")
    digits = text[len(letters):]
    if extra and extra.get(letters, {}).get("reading"):
        head = to_hiragana(extra[letters]["reading"])
    elif letters in table:
        head = table[letters][0]
    else:
        head = to_hiragana("".join(_LETTERS.get(ch, "") for ch in letters if ch != "&"))
    return head + (japanese_number(int(digits)) if digits else "")


_CLAN_NO = re.compile(r"^(たちばな|みなもと|たいら|ふじわら|すがわら|おおとも|もののべ|なかとみ)の(?=.)")


_PERSON_TYPES = frozenset({"person", "surname", "given", "masc", "fem", "unclass"})


def read_people_in_context(spans: Sequence[NameSpan], dictionary: Dictionary,
                           given: frozenset[int] = frozenset()) -> list[NameSpan]:
    """People's readings as the text decides them.

    1. A full name JMnedict lists as a person takes its reading: 菅義偉 すがよしひで, 菅直人
       かんなおと (UniDic reads 菅 かん in both).
    2. A surname alone takes the surname's reading in the full name found in the text (菅官房長官
       after 菅義偉: すが).
    3. Else UniDic's reading when JMnedict lists it for the name, else JMnedict's first.

    ``given`` holds the indices of spans whose reading the article gave in brackets: kept.
    """
    # 橘|裕司 read たちばなのゆうじ: UniDic gives old clan names (橘, 源, 平) the の of 源頼朝
    # (みなもとのよりとも); a person of today's news is たちばなゆうじ.
    out = [replace(sp, reading=_CLAN_NO.sub(r"\1", sp.reading)) if sp.type == "person" and "の" not in sp.name
           and "ノ" not in sp.name and _CLAN_NO.match(sp.reading) and k not in given else sp
           for k, sp in enumerate(spans)]
    full: dict[str, str] = {}  # full name -> reading
    for k, sp in enumerate(out):
        if sp.type != "person" or k in given or not has_kanji(sp.name):
            continue
        if "person" in dictionary.name_types(sp.name):
            # 武豊騎手: the person's reading (たけゆたか), not the town's (たけとよ)
            readings = dictionary.person_readings(sp.name) or dictionary.name_readings(sp.name)
            if readings and sp.reading not in readings:
                out[k] = replace(sp, reading=to_hiragana(readings[0]))
        full.setdefault(sp.name, out[k].reading)
    for k, sp in enumerate(out):
        if sp.type != "person" or k in given or not has_kanji(sp.name):
            continue
        owner = next((n for n in full if len(n) > len(sp.name) and n.startswith(sp.name)), None)
        # 青木元さん: JMnedict lists 青木元 only as a place (あおきもと); a person is read as UniDic
        # reads the name (あおきはじめ), not as the place
        readings = dictionary.name_readings(sp.name) if dictionary.name_types(sp.name) & _PERSON_TYPES else ()
        if owner is not None:
            whole = full[owner]
            fits = [r for r in readings if whole.startswith(r)] or [sp.reading] * whole.startswith(sp.reading)
            if fits:
                out[k] = replace(sp, reading=max(fits, key=len))
                continue
        if readings and sp.reading not in readings:
            out[k] = replace(sp, reading=to_hiragana(readings[0]))
    return out


def acronym_span(toks: Sequence[Token], i: int, si: int) -> NameSpan | None:
    """NATO, COP|24, G|7: Latin capitals (and a number written right after them) that the acronym
    table lists as a name. UniDic knows none of them and cuts the number off."""
    t = toks[i]
    if not ACRONYM.match(t.surface) or (i and toks[i - 1].end == t.start and toks[i - 1].surface.isascii()):
        return None
    end = i + 1
    if end < len(toks) and toks[end].start == t.end and toks[end].surface.isascii() and toks[end].surface.isdigit() \
            and (acronym_type(t.surface + toks[end].surface) is not None and t.surface + toks[end].surface in acronym_table()
                 or acronym_type(t.surface) == "other"):
        end += 1  # G|7, COP|24 (a numbered conference); NHK|2 is NHK and a figure
    text = "".join(x.surface for x in toks[i:end])
    if not ACRONYM.match(text):
        return None
    kind = acronym_type(text)
    if kind is None or kind == "word":
        return None
    if text in _CLUB_ENDINGS and i and toks[i - 1].end == t.start and re.fullmatch(r"[ァ-ヶー]+", toks[i - 1].surface):
        # マンチェスター・ユナイテッド|FC (round 64's 2398): the club's name, FC its last word
        first = i - 1
        while first and (toks[first - 1].surface == "・" or re.fullmatch(r"[ァ-ヶー]+", toks[first - 1].surface)) \
                and toks[first - 1].end == toks[first].start:
            first -= 1
        while toks[first].surface == "・":
            first += 1
        name = "".join(x.surface for x in toks[first:end])
        return NameSpan(si, first, end, name, "", "org")
    return NameSpan(si, i, end, text, "", kind)


_CLUB_ENDINGS = frozenset(("FC", "SC", "AC", "CF"))


def kanji_by_kanji(sp: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> str:
    """A reading for a name no dictionary reads (槿恵 of 朴槿恵): each unread kanji by its first
    KANJIDIC2 reading, so that no name is listed without one."""
    parts = []
    for t in toks[sp.first:sp.end]:
        if t.reading and not has_kanji(t.reading):
            parts.append(t.reading)
            continue
        if re.fullmatch(r"[A-Za-z]+", t.surface) and acronym_reading(t.surface):
            parts.append(acronym_reading(t.surface) or "")  # 松嶽|IC: まつがくあいしー, not まつがくIC
            continue
        for ch in t.surface:
            readings = dictionary.kanji_readings(ch) if has_kanji(ch) else ()
            parts.append(readings[0] if readings else to_hiragana(ch))
    return "".join(parts)


def spoken_reading(sp: NameSpan, toks: Sequence[Token], overrides: Mapping[str, Mapping[str, str]] | None) -> str:
    if ACRONYM.match(sp.name):
        return acronym_reading(sp.name, overrides) or sp.reading
    parts = []
    for t in toks[sp.first:sp.end]:
        if ACRONYM.match(t.surface):
            parts.append(acronym_reading(t.surface, overrides) or "")
        elif re.search("[A-Za-z]", t.surface):
            return sp.reading  # DeNA, Google: no letter-by-letter reading is the spoken one
        else:
            parts.append(t.reading or to_hiragana(t.surface))
    return "".join(parts)


@lru_cache(maxsize=1)
def municipalities() -> dict[str, dict[str, str]]:
    """Japan's municipalities as Japan Post reads them: name -> {prefecture: reading}
    (data/municipalities.tsv, written by scripts/municipalities.py)."""
    text = resources.files("studygen").joinpath("data/municipalities.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, reading, prefecture = line.split("\t")
            table.setdefault(name, {})[prefecture] = reading
    return table


def municipal_reading(name: str, prefecture: str = "") -> str | None:
    """安平町 あびらちょう, 北海道安平町 ほっかいどうあびらちょう; 美郷町 (みさとちょう in Akita, みさとまち
    in Miyagi) only with its prefecture, in the name or just before it (宮城県|美郷町); None for a
    name no municipality has."""
    table = municipalities()
    if prefecture in table.get(name, {}):
        return table[name][prefecture]
    for pref, (pref_reading,) in ((p, tuple(table[p].values())) for p in PREFECTURES if name.startswith(p)):
        rest = table.get(name[len(pref):], {})
        if pref in rest:
            return pref_reading + rest[pref]
    readings = set(table.get(name, {}).values())
    return readings.pop() if len(readings) == 1 else None



def dictionary_readings(name: str, last: Token, dictionary: Dictionary) -> list[str]:
    """JMnedict's readings of a name, in hiragana without its dots; none that does not end as the
    name's last common noun reads (rendaku aside: がくだん, かくだん): ウィーン・フィルハーモニー
    管弦楽団 is …かんげんがくだ there and 宇宙機構 うちゅうきかん, typos. (One kanji may read
    otherwise: 古城町 こじょうまち.)"""
    readings = [to_hiragana(r).replace("・", "") for r in dictionary.name_readings(name)]
    # (東|中原 2丁目: UniDic reads 中原 ちゅうげん, a common noun, where the place is なかはら; a
    # last word that is a name itself is no check of the reading, round 55)
    if last.pos[1] == "普通名詞" and len(last.surface) >= 2 and name.endswith(last.surface) and \
            not dictionary.name_types(last.surface) & {"place", "surname"}:
        readings = [r for r in readings if r.endswith(last.reading[1:])]
    return readings


def reading_by_parts(piece: Sequence[Token], dictionary: Dictionary) -> str:
    """A whole name no dictionary reads, read by its longest head JMnedict lists and its words:
    佐渡ヶ嶽|部屋 is さどがたけ|べや, not UniDic's 佐渡+ヶ+嶽 (がく). A sumo stable's 部屋 after
    its name voices as べや (押尾川部屋 おしおがわべや)."""
    words = [t for t in piece if t.surface != "・"]
    head, reading = 0, ""
    # (only a head with ヶ: 東日本|大震災 keeps UniDic's ひがしにほん, JMnedict's 東日本 is にっぽん)
    # (a river before a facility: 長良|川|競技場 is ながらがわ, JMnedict's one reading of the river,
    # where UniDic reads 川 かわ; round 45)
    ke = any(t.surface in SMALL_KE for t in words)
    for k in range(len(words) - 1, 1, -1):
        if not ke and words[k - 1].surface not in ("川", "沢", "谷", "島", "橋"):
            continue
        head_text = "".join(t.surface for t in words[:k])
        found = dictionary.name_readings(head_text)
        if found and (ke or len(found) == 1 and "place" in dictionary.name_types(head_text)):
            head, reading = k, to_hiragana(found[0]).replace("・", "")
            break
    # (ポタラ宮, a palace abroad, is ぽたらきゅう; UniDic's ぐう is a shrine's: 天満宮)
    rest = ["べや" if t.surface == "部屋" and (head or i) else
            "きゅう" if t.surface == "宮" and i and re.fullmatch(r"[ァ-ヶー]+", words[i - 1].surface) else t.reading
            for i, t in enumerate(words[head:], head)]
    return reading + "".join(rest)


# Words inside names that read otherwise there: a race's 大賞典 is だいしょうてん (東京|大賞|典;
# UniDic's 大賞 alone: たいしょう, round 62), the Red Cross is せきじゅうじ (赤十字国際委員会; UniDic:
# あか|じゅうじ, round 63)
_INSIDE = (("大賞典", "たいしょうてん", "だいしょうてん"), ("赤十字", "あかじゅうじ", "せきじゅうじ"),
           # 盛岡大付 (盛岡大学附属高校): a school's short name reads 付 as ふ (round 72's 1709)
           ("大付", "だいつけ", "だいふ"))


def read_inside(name: str, reading: str) -> str:
    """The reading with the words of :data:`_INSIDE` read as names read them."""
    for word, wrong, right in _INSIDE:
        if word in name:
            reading = reading.replace(wrong, right)
    return reading


def read_places(spans: Sequence[NameSpan], tokens: Sequence[Sequence[Token]], dictionary: Dictionary) -> list[NameSpan]:
    """A place or body JMnedict reads, read as JMnedict does when the word-by-word reading is not
    among its readings: 石垣島 is いしがきじま, not UniDic's 石垣+島 (とう); where JMnedict lists
    the word-by-word reading too (寄居町: よりいちょう, よりいまち), it stays. A municipality is read as Japan Post reads it."""
    out: list[NameSpan] = []
    for sp in spans:
        before = out[-1] if out and out[-1].sentence_index == sp.sentence_index and out[-1].end == sp.first else None
        official = municipal_reading(sp.name, before.name if before else "") if sp.type == "place" else None
        if official:
            sp = replace(sp, reading=official)  # 安平町 あびらちょう, not UniDic's あびらまち
        elif sp.type in ("place", "org") and has_kanji(sp.name):
            readings = dictionary_readings(sp.name, tokens[sp.sentence_index][sp.end - 1], dictionary)
            piece = tokens[sp.sentence_index][sp.first:sp.end]
            if readings and sp.reading.replace("・", "") not in readings:
                sp = replace(sp, reading=readings[0])
            elif not readings and sp.reading == "".join(t.reading for t in piece):
                sp = replace(sp, reading=reading_by_parts(piece, dictionary))  # 長良川|競技場 ながらがわ…
        if sp.type == "place" and re.fullmatch(r"[\u30a1-\u30fa\u30fc]+川", sp.name) and sp.reading.endswith("かわ"):
            sp = replace(sp, reading=sp.reading[:-2] + "がわ")  # ガーブ川, アマゾン川: がわ after katakana
        if sp.type == "place" and sp.name.endswith("通り") and len(sp.name) > 2 and sp.reading.endswith("とおり"):
            sp = replace(sp, reading=sp.reading[:-3] + "どおり")  # 中央通り ちゅうおうどおり (round 36)
        if sp.type == "place" and sp.name.endswith("港") and len(sp.name) >= 3 and sp.reading.endswith("みなと") \
                and not official:
            sp = replace(sp, reading=sp.reading[:-3] + "こう")  # 花咲港 はなさきこう, as 横浜港 (round 47)
        out.append(sp)
    return out


def unread(sp: NameSpan, toks: Sequence[Token]) -> bool:
    """陳欣怡 read ちんきん: UniDic has no reading for 怡, and the name's reading is its tokens'."""
    part = toks[sp.first:sp.end]
    return any(not t.reading and has_kanji(t.surface) for t in part) and sp.reading == "".join(t.reading for t in part)


# -- readings the article gives in brackets ---------------------------------------------------

def plausible_reading(base: str, reading: str, dictionary) -> bool:
    """A reading the article gives is taken for a name or a word JMdict lacks (潮見 うしおみ);
    for a word JMdict has, only if JMdict reads it so: お菓子（おかし） puts its お before 菓子."""
    entries = dictionary.entries(base)
    return not entries or any(reading in e.readings_for(base) for e in entries)


def given_name_read(sp: NameSpan, toks: Sequence[Token], given: Mapping[str, str]) -> NameSpan:
    """島袋洋奨(ようすけ): the bracket read the given name 洋奨, which UniDic cut in two (洋|奨 すすむ),
    so no token took it; the person's reading is the surname's, then the bracket's (dev review 3111)."""
    if sp.type != "person":
        return sp
    for key, reading in given.items():
        # 佐村河内(さむらごうち)守氏: the bracket read the surname, which UniDic cut in two (佐村|河内
        # かわうち); the given name after it keeps its own reading (round 35)
        if len(key) >= 2 and sp.name.startswith(key) and len(sp.name) > len(key):
            head = ""
            for j, t in enumerate(toks[sp.first:sp.end], sp.first):
                head += t.surface
                if head == key:
                    return replace(sp, reading=reading + "".join(to_hiragana(x.reading) for x in toks[j + 1:sp.end]))
                if len(head) >= len(key):
                    break
        # (two kanji at least: 日(ひ) read in the article is no given name of 春日)
        if len(key) >= 2 and sp.name.endswith(key) and len(sp.name) > len(key):
            head, read = "", ""
            for t in toks[sp.first:sp.end]:
                if head == sp.name[:-len(key)]:
                    return replace(sp, reading=read + reading)
                head += t.surface
                read += to_hiragana(t.reading)
    return sp


def given_name_only(base: str, reading: str, dictionary) -> tuple[str, str]:
    """諸岡覚(さとる): a bracket after a full name that reads only its given name goes to the given
    name (覚 さとる), so the surname keeps its own reading (もろおかさとる). Told by a surname JMnedict
    knows at the start of the name, none of whose readings starts the bracket's."""
    if len(base) < 2 or not all("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in base) or \
            base[-1] in "市町村区県都府道郡島山川湖駅署社党庁省局会館園港":
        return base, reading  # 潮見市(うしおみし) reads the whole place
    if any(reading in e.readings_for(base) for e in dictionary.entries(base)):
        return base, reading  # 花崗岩(かこうがん): a word read whole (花崗 a surname too; round 110's 2257)
    if reading in map(to_hiragana, dictionary.name_readings(base)):
        # 日馬富士(はるまふじ): a name JMnedict reads whole so is read whole (日馬 is a surname too,
        # read くさま, and the given name 富士 would have made it くさまはるまふじ; wikinews-0919)
        return base, reading
    for k in (2, 1, 3):
        if k < len(base):
            surname = dictionary.name_readings(base[:k])
            if surname and not any(reading.startswith(r) for r in surname):
                return base[k:], reading
            if surname:
                break
    return base, reading


def title_glued_to_given_name(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """石井|一氏 (かずうじ), 武|豊氏 (とようじ), 唐沢|尊氏 (たかうじ): UniDic read the honorific 氏 as the
    end of a given name (一氏, 尊氏 are real given names, but after a surname in news 氏 is the
    title). The person is 石井一, titled 氏, read as UniDic reads the name before さん (いしいはじめ,
    たけゆたか); a reading in brackets after it (石井一(はじめ)氏) still wins later."""
    last = toks[span.end - 1]
    if span.type != "person" or span.title or span.end - span.first < 2 or last.pos[3] != "名" \
            or not re.fullmatch(r"[一-龥]{1,2}氏", last.surface) or toks[span.end - 2].pos[3] != "姓":
        return span
    from .analyze import tokenize

    name = span.name[:-1]
    again = tokenize(name + "さん")
    if len(again) != 3 or again[0].pos[3] != "姓" or again[1].pos[3] != "名" or \
            again[0].surface + again[1].surface != name:
        return span
    return replace(span, name=name, reading=to_hiragana(again[0].reading + again[1].reading), title="氏",
                   title_end=span.end)
