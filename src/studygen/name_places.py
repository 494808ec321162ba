"""Places: how far a place's name runs (東南|アジア, 宮城|県, 東京|都|港|区), which names are
places though UniDic says otherwise (熊谷|市 and 利根川 are surnames to it, 日向 the common noun
ひなた), and a city's own reading (三田市 さんだし, not みたし).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .dictionary import Dictionary
from .furigana import to_hiragana, to_katakana
from .model import Token
from .name_readings import municipal_reading
from .name_tables import _MUNICIPAL, ADMIN_SUFFIXES, NameSpan, _title_at

__all__ = ["airport", "city_read_as_a_word", "city_reading", "is_country", "lies_in", "looks_like_place", "numbered_town",
           "towns_without_suffix", "with_admin_suffix", "with_former"]

# 東南|アジア, 南|シナ|海: a direction written before a place is part of its name.
_DIRECTIONS = frozenset(["東", "西", "南", "北", "東南", "東北", "西南", "南西", "北東", "北西", "南東", "西北"])
_PARTS = frozenset(["中部", "北部", "南部", "東部", "西部"])
_WATER_AND_LAND = ("川", "山", "湖", "湾", "島", "岳", "峠")


def with_former(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """旧|江戸川: a place whose name begins with 旧 ("old") when JMnedict lists it so (旧江戸川
    きゅうえどがわ, a river of its own; 江戸川 alone was listed, round 50). 旧|武生市 (the former
    city) stays 武生市."""
    first = span.first
    if not first or toks[first - 1].surface != "旧" or toks[first - 1].end != toks[first].start:
        return span
    whole = "旧" + span.name
    readings = dictionary.name_readings(whole)
    if not readings or not dictionary.name_types(whole) & {"place", "unclass"}:
        return span
    return replace(span, first=first - 1, name=whole, reading=to_hiragana(readings[0]))


_PREFECTURE_LEVEL = frozenset(("都", "道", "府", "県"))


def with_admin_suffix(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """The place with the direction before it and the administrative units after it: 東南|アジア,
    宮城|県, 東京|都|港|区 (a Tokyo ward is named with the metropolis), but 中国|海|警|局 is
    no 中国海 and 宮城県|石巻市 are two places."""
    first = span.first
    # 中部|ジャワ|州, 北部|スマトラ (州): a part of a country's state named with its state
    state = span.name.endswith("州") or (span.end < len(toks) and toks[span.end].surface == "州")
    # (not セルビア共和国|南部|コソボ自治州: the south of Serbia)
    part = state and toks[first - 1].surface in _PARTS and (first < 2 or toks[first - 2].pos[0] not in ("名詞", "接尾辞"))
    if first and (toks[first - 1].surface in _DIRECTIONS or part) and \
            toks[first - 1].end == toks[first].start and (
        first < 2 or toks[first - 2].pos[0] not in ("名詞", "接頭辞")
    ):
        first -= 1
        span = NameSpan(span.sentence_index, first, span.end, toks[first].surface + span.name,
                        toks[first].reading + span.reading, span.type, span.title, span.title_end)
    end = span.end
    while (end < len(toks) and toks[end].surface in ADMIN_SUFFIXES and toks[end - 1].end == toks[end].start
           # 近畿|府|県合同訓練: 府県 is "the prefectures" of the region, no suffix (round 60's 0502)
           and not (toks[end].surface in _PREFECTURE_LEVEL and end + 1 < len(toks) and toks[end + 1].surface in _PREFECTURE_LEVEL)
           and not (end + 1 < len(toks) and toks[end + 1].pos[0] == "接尾辞")  # 中国|海|警|局 is not 中国海
           # 青島|海岸, but not イギリス|海岸 (a country's coast) nor オアフ島|海岸 (an island's)
           and not (toks[end].surface == "海岸" and (end > span.end or toks[end - 1].pos[3] == "国"))):
        end += 1
        # 東京都|港区: a Tokyo ward is named with the metropolis (but 宮城県 and 石巻市 are two places)
        if (toks[end - 1].surface == "都" and end + 1 < len(toks) and toks[end].pos[2] == "地名" and toks[end + 1].surface in ADMIN_SUFFIXES
                and toks[end - 1].end == toks[end].start):
            end += 1
    if end == span.end:
        return span
    piece = toks[span.end:end]
    return NameSpan(span.sentence_index, span.first, end, span.name + "".join(t.surface for t in piece),
                    _japanese_place_reading(span, piece, dictionary) + "".join(t.reading for t in piece), span.type,
                    span.title, span.title_end)


def _japanese_place_reading(span: NameSpan, suffix: Sequence[Token], dictionary: Dictionary) -> str:
    """青島|海岸 is あおしま: UniDic reads 青島 as the Chinese city (ちんたお, a reading JMnedict
    writes in katakana), but 海岸, 町 or 村 after it name a Japanese place; JMnedict's first
    reading in hiragana is then the name's (round 60's 2650)."""
    if not suffix or suffix[0].surface not in ("海岸", "町", "村"):
        return span.reading
    readings = dictionary.name_readings(span.name)
    if to_katakana(span.reading) not in readings:
        return span.reading
    return next((r for r in readings if re.fullmatch(r"[\u3041-\u3096ー]+", r)), span.reading)


def lies_in(region: Token, place: Token, after: Token | None = None) -> bool:
    """アメリカ|ニューヨーク(州), 北海道|恵庭(市): a country or 北海道 written before another place
    says where that place lies; they are two names (as 千葉県 and 船橋市 are), not one. Not
    インド|太平洋 (one region) nor 日本|コロムビア (a firm's Japanese arm)."""
    if place.pos[2] != "地名":
        return False
    if region.surface == "北海道":
        return True
    ocean = (place.surface + (after.surface if after else "")).startswith(("太平洋", "大西洋", "インド洋"))
    return region.pos[3] == "国" and region.surface != "日本" and not ocean


def is_country(t: Token, dictionary: Dictionary) -> bool:
    """ドイツ, フランス: a place name (UniDic 地名, or JMnedict place and not person)."""
    if t.pos[2] == "地名":
        return True
    types = dictionary.name_types(t.surface)
    return bool(types & {"place"}) and not types & {"person", "surname", "given", "masc", "fem"}


def looks_like_place(text: str, toks: Sequence[Token], end: int, dictionary: Dictionary) -> bool:
    """A name UniDic calls a person that JMnedict also knows as a place, with no title after it and a
    place's ending: 熊谷|市 (an administrative unit follows), 利根川 (a river)."""
    if _title_at(toks, end) or "place" not in dictionary.name_types(text):
        return False
    admin_after = end < len(toks) and toks[end].surface in ADMIN_SUFFIXES and toks[end - 1].end == toks[end].start
    return admin_after or text.endswith(_WATER_AND_LAND)


def city_read_as_a_word(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """日向|市: UniDic reads 日向 as the common noun ひなた; JMnedict knows 日向市 (ひゅうがし),
    and JMdict does not, so it is the city, with JMnedict's reading."""
    t = toks[i]
    if t.pos[1] == "普通名詞" and i + 1 < len(toks) and toks[i + 1].surface in _MUNICIPAL:
        text = t.surface + toks[i + 1].surface
        if "place" in dictionary.name_types(text) and not dictionary.known([text]):
            readings = dictionary.name_readings(text)
            return NameSpan(si, i, i + 2, text, to_hiragana(readings[0]) if readings else t.reading + toks[i + 1].reading,
                            "place")
    return None


def city_reading(span: NameSpan, dictionary: Dictionary) -> NameSpan:
    """三田市: みたし to UniDic, さんだし to JMnedict, which lists the city's own reading first;
    a municipality takes JMnedict's first reading unless its own is among them."""
    if span.type == "place" and span.name.endswith(_MUNICIPAL):
        readings = dictionary.name_readings(span.name)
        if readings and span.reading not in readings:
            return NameSpan(span.sentence_index, span.first, span.end, span.name, to_hiragana(readings[0]), span.type)
    return span


_ROUTE_AFTER = frozenset({"行", "行き", "発", "着", "⇔", "→", "～", "〜"})
_ROUTE_BEFORE = frozenset({"発", "⇔", "→", "～", "〜"})


def _read_as_place(surface: str) -> str | None:
    """UniDic's reading of a name where it stands as a place (a destination, 羽田へ: はねだ), or None."""
    from .analyze import tokenize

    first = tokenize(surface + "へ")[0]
    return first.reading if first.surface == surface and first.pos[2] == "地名" else None


# ヒューストン近郊, 網干周辺: nouns of what lies around a place
_AROUND = frozenset({"近郊", "郊外", "周辺", "付近", "近辺", "市内", "市街", "市街地", "沖", "近海", "上空", "一帯", "在住"})
_PLACE_AFTER = _AROUND | {"発", "行", "行き", "着"}  # (and the start or end of a route)


def end_of_route(toks: Sequence[Token], si: int, i: int, place_readings: Mapping[str, str],
                 dictionary: Dictionary | None = None) -> NameSpan | None:
    """鹿児島発羽田行のANA624便, 羽田⇔福岡: UniDic takes 羽田 before 行 for the surname はた and 行
    for a given name (a person 羽田行); an end of a route is a place, read as UniDic reads it where
    it tags it so (羽田発 はねだ, round 33), else, where JMnedict knows it as a place, as UniDic
    read it (網干発米原行き: あぼし, a person to UniDic; nv145's 2570). So is a name JMnedict knows
    as a place before what lies around one (ヒューストン近郊のベルエア市: Houston, which UniDic
    tags a person; nv145's 2427). None when token i is neither."""
    t = toks[i]
    after = toks[i + 1].surface if i + 1 < len(toks) and toks[i + 1].start == t.end else ""
    # (only before 発, 行き or what lies around: ポンテ→赤星貴文 is a pass from one player to another)
    known_place = dictionary is not None and after in _PLACE_AFTER and \
        "place" in dictionary.name_types(t.surface)
    if not (known_place or i + 1 < len(toks) and toks[i + 1].surface in _ROUTE_AFTER or i and toks[i - 1].surface in _ROUTE_BEFORE):
        return None
    reading = place_readings.get(t.surface) or _read_as_place(t.surface) or (t.reading if known_place else None)
    return NameSpan(si, i, i + 1, t.surface, reading, "place") if reading else None


def airport(sp: NameSpan, toks: Sequence[Token], dictionary: Dictionary, text: str = "") -> NameSpan:
    """北九州-羽田|便: a surname (羽田 はた to UniDic) before 便, 発 or 着 (a flight) is an airport
    when JMnedict knows it with 空港 (羽田空港 はねだくうこう): a place, read as the airport is
    (round 40). So is the surname alone in an article that names that airport (羽田は国内線,
    beside 羽田空港: round 67's 0531); 羽田孜 with his given name stays the person."""
    if sp.type != "person" or sp.title:
        return sp
    flight = sp.end < len(toks) and toks[sp.end].surface in ("便", "発", "着")
    if not flight and (sp.end - sp.first != 1 or sp.name + "空港" not in text):
        return sp
    reading = next((r for r in dictionary.name_readings(sp.name + "空港") if r.endswith("くうこう")), None)
    return replace(sp, type="place", reading=to_hiragana(reading)[:-4]) if reading else sp


def numbered_town(toks: Sequence[Token], i: int) -> tuple[int, str, str] | None:
    """一|戸|町, 十|日|町|市: a municipality whose name begins with a numeral, which UniDic reads as
    a count (一戸 いちこ, so the name stage saw only 戸町 とまち): (end, name, reading) when the
    tokens from i spell one in the municipalities table (一戸町 いちのへまち, 十日町市 とおかまちし),
    ending at a token's end and not going on into another noun."""
    if toks[i].pos[1] != "数詞" or (i > 0 and toks[i - 1].pos[1] == "数詞" and toks[i - 1].end == toks[i].start):
        return None
    text = toks[i].surface
    found = None
    for end in range(i + 1, min(i + 5, len(toks))):
        if toks[end].start != toks[end - 1].end:
            break
        text += toks[end].surface
        reading = municipal_reading(text)
        if reading is not None and (end + 1 == len(toks) or toks[end + 1].pos[0] != "名詞"
                                    or toks[end + 1].surface in ("内", "長", "議会", "役場", "役所")):
            found = (end + 1, text, reading)
    return found


# The reading of a municipality's suffix, taken off to read the town's short name.
_SUFFIX_READINGS = {"市": ("し",), "区": ("く",), "町": ("まち", "ちょう"), "村": ("むら", "そん")}


def towns_without_suffix(spans: Sequence[NameSpan]) -> list[NameSpan]:
    """熊谷で39.8度 (a headline) beside 埼玉県熊谷市: a name the article also writes as a
    municipality is that town wherever no title makes it a person. UniDic took 熊谷 for a surname
    (くまがい); the town is くまがや, its reading in the article without the suffix's し."""
    towns: dict[str, str] = {}
    for sp in spans:
        if sp.type == "place" and len(sp.name) >= 3 and sp.name[-1] in _SUFFIX_READINGS:
            end = next((r for r in _SUFFIX_READINGS[sp.name[-1]] if sp.reading.endswith(r)), None)
            if end is not None:
                towns.setdefault(sp.name[:-1], sp.reading[:-len(end)])
    titled = {sp.name for sp in spans if sp.title}
    return [replace(sp, type="place", reading=towns[sp.name])
            if sp.type == "person" and sp.name in towns and sp.name not in titled else sp for sp in spans]
