"""Whole names of several words: the longest name wins over the names inside it.

UniDic cuts official names into words, and some of the words are names themselves: 日本|維新|の|会
holds 日本, 国民|民主|党 holds 民主党, パリ|協定 holds パリ, 東|日本|大|震災 holds 東日本,
元|赤坂 holds 赤坂. A run of words is one name when JMnedict lists it (日本維新の会, 元赤坂,
中華人民共和国), when JMdict glosses it as a proper name of two capitalised words (パリ協定
"Paris Agreement", 東日本大震災 "Great East Japan earthquake"), or when it ends in a name's
ending (党, の会, 協定, 条約, 大震災 …, data/name_endings.tsv) and holds a name (阪神・淡路|大震災,
国民|民主党). The ending gives the type: parties are organisations, treaties, conferences, laws
and disasters are ``other``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .dictionary import Dictionary
from .furigana import has_kanji
from .model import Token
from .name_readings import acronym_reading, acronym_type
from .name_tables import SMALL_KE, NameSpan, _glossed_as_organisation, _name_type_from_jmnedict, organizations

_MAX_WORDS = 8
_UNITS = frozenset(["県", "府", "道", "市"])
_PLACE_TAILS = frozenset(["国", "州", "大陸", "地方", "半島", "諸島", "列島", "連邦"])
_NO_NAME_ENDINGS = ("人", "員", "官", "者", "諸国", "各国", "語", "系", "製", "産", "時", "時間")
_LATIN = re.compile(r"^[A-Z][A-Za-z0-9&]*$")
_KATAKANA = re.compile(r"^[\u30a1-\u30faー]{2,}$")
_CAPITALISED_PAIR = re.compile(r"^(?:\([^)]*\)\s*)?[A-Z][\w'’.-]*\s+[A-Z]")


@lru_cache(maxsize=1)
def name_endings() -> tuple[tuple[str, str], ...]:
    """(ending, type), longest ending first: 首脳会議 before 会議."""
    text = resources.files("studygen").joinpath("data/name_endings.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(((r[0], r[1].strip()) for r in rows), key=lambda r: -len(r[0])))


def _joins_a_name(t: Token) -> bool:
    return (t.pos[0] in ("名詞", "接頭辞") or t.pos[0] == "接尾辞" and t.pos[1] == "名詞的") and t.pos[1] != "数詞" \
        or bool(t.unknown and _LATIN.match(t.surface))


def _is_name_word(t: Token) -> bool:
    """A word that is a name by itself: UniDic's 固有名詞, an acronym, a loanword of a name."""
    return t.pos[1] == "固有名詞" or bool(_LATIN.match(t.surface)) or bool(t.unknown and _KATAKANA.match(t.surface))


def _run_end(toks: Sequence[Token], i: int) -> int:
    """How far a name starting at token i may run: nouns, a ・ between nouns, a final の会."""
    j = i
    n = len(toks)
    while j < n and j - i < _MAX_WORDS:
        t = toks[j]
        if j > i and t.start != toks[j - 1].end:
            break
        if _joins_a_name(t):
            j += 1
        elif (t.surface == "・" or t.surface in SMALL_KE) and j > i and j + 1 < n and _joins_a_name(toks[j + 1]):
            j += 1  # 阪神・淡路大震災; 佐渡ヶ嶽部屋 (UniDic's ヶ is a particle: 佐渡 was a place)
        elif t.surface == "ノ" and j > i and j + 1 < n and has_kanji(toks[j - 1].surface[-1:]) \
                and has_kanji(toks[j + 1].surface[:1]) and toks[j + 1].start == t.end:
            j += 1  # 芦|ノ|湖 (UniDic: a reed, a particle, a lake; round 63's 3288), 江|ノ|島
        elif t.surface == "の" and j > i and j + 1 < n and toks[j + 1].surface == "会":
            return j + 2  # 日本維新の会: の会 ends a party's name
        else:
            break
    return j


def run_texts(toks: Sequence[Token]) -> set[str]:
    """Every run of two or more words that could be a whole name, to look up at once."""
    out = set()
    for i in range(len(toks)):
        end = _run_end(toks, i)
        for k in range(i + 2, end + 1):
            out.add("".join(t.surface for t in toks[i:k]))
    return out


def proper_in_jmdict(text: str, dictionary: Dictionary) -> bool:
    """JMdict glosses the word as a proper name of two capitalised words ("Paris Agreement",
    "(UN) Security Council"), not as a common one ("Japanese person" for 日本人)."""
    return any(e.senses and bool(_CAPITALISED_PAIR.match(e.senses[0].glosses[0])) for e in dictionary.entries(text))


def _named_by_ending(piece: Sequence[Token], head_chars: int, names: set[str], words: set[str],
                     dictionary: Dictionary) -> bool:
    """Whether the words before a name's ending make a name with it: names only (パリ|協定,
    阪神・淡路|大震災), or one noun before a name that already has the ending (国民|民主党).
    滋賀県|知事|選挙|前|民主党 is no name: 知事 and 選挙 are no names."""
    if piece[-1].surface.endswith("党") and any(a.pos[2:] == ("人名", "姓") and b.pos[2:] == ("人名", "名") for a, b in zip(piece, piece[1:], strict=False)):
        return False  # 麻生|太郎|自民党 (総裁), in a table: a person, then the party (野口英世アフリカ賞 is one name)
    head: list[Token] = []
    size = 0
    for t in piece:
        if size >= head_chars:
            break
        head.append(t)
        size += len(t.surface)
    if size == head_chars and all(_is_name_word(t) or t.surface == "・" for t in head):
        return True
    if size == head_chars and len(head) > 1 and _is_name_word(head[0]) and any(t.surface in SMALL_KE for t in head) \
            and "".join(t.surface for t in head) in names:
        return True  # 佐渡|ヶ|嶽|部屋: a stable named after a name JMnedict lists whole (佐渡ヶ嶽)
    rest = "".join(t.surface for t in piece[1:])
    first = piece[0]
    # レー|気候変動枠組条約: a name JMnedict cannot type (unclass) takes no word before it.
    # 与党|自由民主党: a word that describes the party is not part of its name.
    return (len(first.surface) >= 2 and first.pos[0] == "名詞" and first.pos[2] != "副詞可能" and has_kanji(first.surface)
            and first.surface not in ("与党", "野党", "政党", "新党")
            and (rest in names and bool(dictionary.name_types(rest) - {"unclass"})
                 or rest in words and proper_in_jmdict(rest, dictionary)))


# (醍醐|寺, 観音|堂: a temple and a hall; a temple even where JMnedict lists a surname, 醍醐寺:
# dev review 3111)
_LANDMARKS = frozenset(("山", "川", "湖", "岳", "峠", "半島", "島", "寺", "堂"))


_NO_PLACES = frozenset("湖島浦宮池沢山川浜崎原台森滝谷岳橋")


def _dictionary_kind(piece: Sequence[Token], text: str, end: int, toks: Sequence[Token], dictionary: Dictionary,
                     names: set[str], words: set[str], titles: frozenset[str] | set[str]) -> str | None:
    """The type of a run a dictionary lists whole as a name, or None."""

    # JMnedict lists many common words as surnames or places (月末 つきすえ, 日夜 ひぐらし,
    # 北東部): a run is its name only when it holds a name and is no word JMdict knows.
    # 朴|槿恵 before 大統領: a person JMnedict lists, named with a title.
    titled = end < len(toks) and toks[end].surface in titles
    # 金剛|山 (UniDic: a common noun and a suffix): a mountain, a river, a lake, a temple JMnedict
    # lists whole is that place, and 金剛 alone no word of the article (dev review 3110)
    landmark = len(piece) >= 2 and piece[-1].pos[0] == "接尾辞" and piece[-1].surface in _LANDMARKS \
        or any(t.surface == "ノ" for t in piece[1:-1]) and piece[-1].surface[-1] in _NO_PLACES
    # (芦|ノ|湖, 江|ノ|島: the katakana ノ of a lake's or an island's name; 幕|ノ|内 is sumo's top
    # division, a common noun)
    if text in names and (any(_is_name_word(t) for t in piece) or end < len(toks) and toks[end].pos[2] == "人名"
                          or titled or landmark) and (text not in words or proper_in_jmdict(text, dictionary)):
        kind = "place" if landmark and text.endswith("寺") else _name_type_from_jmnedict(dictionary.name_types(text))
        if landmark and kind != "place":
            return None  # 白露|山 (a wrestler), 順天堂 (a university): no mountain, no hall
        if kind == "place" and any(t.surface in _UNITS for t in piece[:-1]):
            return None  # 仙台市|宮城野区 are a city and its ward: two places, as 宮城県 and 石巻市
        if kind == "person" and not any(t.pos[2] == "人名" for t in piece) and not titled and not (
                end < len(toks) and toks[end].pos[2] == "人名"):
            return None  # 九州|男 (a given name くすお to JMnedict) is 九州 and a man
        if kind is not None:
            return kind
    if text in words and proper_in_jmdict(text, dictionary):
        if not any(_is_name_word(t) for t in piece):
            # 安全保障理事会 "(UN) Security Council" is a body; インターネットプロバイダ "Internet
            # Service Provider" is a common noun JMdict happens to capitalise.
            return "org" if _glossed_as_organisation(text, dictionary) else None
        # 南|アメリカ, アメリカ|合衆|国: a region or a country is a place; 朝鮮|戦争 is not.
        last = piece[-1]
        return "place" if last.pos[2] == "地名" or last.surface in _PLACE_TAILS else "other"
    return None


def compound_name(
    toks: Sequence[Token], i: int, dictionary: Dictionary, names: set[str], words: set[str],
    titles: frozenset[str] | set[str] = frozenset(),
) -> tuple[int, str, str] | None:
    """(end, text, type) of the longest whole name starting at token i, or None.

    ``names`` and ``words`` are the run texts JMnedict and JMdict have (see :func:`run_texts`);
    ``titles`` are never names (官房長官 "Chief Cabinet Secretary" is a title).
    """
    if i and toks[i - 1].pos[1] == "数詞":
        return None  # 2014|年|春, 7|月|末: the rest of a date
    end_limit = _run_end(toks, i)
    for end in range(end_limit, i + 1, -1):
        piece = toks[i:end]
        if piece[-1].surface == "・":
            continue
        if piece[-1].surface in ("新", "旧") and piece[-1].pos[0] == "接頭辞" and end < len(toks) \
                and toks[end].start == piece[-1].end:
            continue  # 横浜|新|都市交通: 新 prefixes the word after it (JMnedict's 横浜新 is a place; round 60)
        if piece[-1].surface == "内閣" and end < len(toks) and toks[end].surface in ("官房", "府", "法制局", "総理大臣") \
                and toks[end].start == piece[-1].end:
            continue  # 菅義偉|内閣官房長官 (round 64's 2398): a minister and his post, not 菅義偉内閣
        text = "".join(t.surface for t in piece)
        if text in titles or piece[-1].surface in titles or text.endswith(_NO_NAME_ENDINGS):
            continue  # 岡|氏, 韓国|人, 中東|諸国: a person by title, a nationality, a group of countries
        kind = _dictionary_kind(piece, text, end, toks, dictionary, names, words, titles)
        if kind is None and _LATIN.match(piece[0].surface) and acronym_type(piece[0].surface) == "org":
            rest = text[len(piece[0].surface):]
            rest_types = dictionary.name_types(rest) if rest in names else frozenset()
            # (JR東日本|関|連子|会社: a company the table names may go on into a word; not JR仙台|駅,
            # a station)
            if (end == end_limit or text in organizations()[0]) and \
                    (rest_types & {"place", "company", "organization"}
                                     or len(piece) == 2 and _is_name_word(piece[1])) and "station" not in rest_types:
                kind = "org"  # JR|東日本, NTT|ドコモ: a company named after its group's acronym
        ending = next(((e, k) for e, k in name_endings() if text.endswith(e) and len(text) > len(e)), None)
        if ending is not None and "・" in text and piece[0].pos[2:4] == ("地名", "国"):
            continue  # ギリシャ・スイス・アラブ首長国連邦: a list of countries, no one named by the ending (round 116's 0465)
        if ending is not None and ending[0] in ("地震", "震災") and all(
                t.pos[2] == "人名" for t in piece if t.end <= piece[0].start + len(text) - len(ending[0])):
            continue  # 関田康雄|地震火山部課長: a man and his department; no quake is named after a person
        if ending is not None and not text[: -len(ending[0])].endswith(ending[0]):
            # 公職選挙法 "Public Office Election Law": JMdict's proper name with a law's ending.
            if kind is not None or text in words and proper_in_jmdict(text, dictionary) \
                    or _named_by_ending(piece, len(text) - len(ending[0]), names, words, dictionary):
                kind = ending[1]
        if kind is not None:
            return end, text, kind
    return None


def whole_around(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """The name with what UniDic cut off around it (a period, a country and a prefixed name only
    where JMdict or JMnedict knows the whole):

    - ツチ|族: a people, not a person;
    - 平安|時代, 江戸|時代: a period of history, one name typed other, not a person or a town and
      no word to learn (西鉄時代, a player's years at a club, keeps the club: JMdict lacks it);
    - セルビア|・|モンテネグロ: one country, not two;
    - 広|辞苑: a prefix cut off a name (広辞苑, the dictionary; no 辞苑);
    - 同町|若佐, 佐呂間町|若佐: a surname to UniDic right after a town is a district of it;
    - ア|スカル|・|アカエフ, パク|・|トク|フン: a person's name in katakana, see :func:`_dotted_person`;
    - フランクフルト|・|アム|・|マイン, レオナルド・ダ・ヴィンチ: one name, see :func:`_linked_by_a_particle`;
    - ジャンム|・|カシミール|州: one state, not two places.
    """
    n, first, end = len(toks), span.first, span.end
    initials = _initials_before(span, toks)
    if initials is not None:
        return initials
    dotted = _dotted_person(span, toks, dictionary) or _linked_by_a_particle(span, toks) or _dotted_state(span, toks)
    if dotted is not None:
        return dotted
    if end < n and toks[end].surface == "族" and toks[end].start == toks[end - 1].end \
            and re.fullmatch(r"[\u30a1-\u30fa\u30fc]+", span.name):
        # ツチ|族, フツ|族 (round 59's 1954): a people, typed other, not a person called ツチ
        return NameSpan(span.sentence_index, first, end + 1, span.name + "族", span.reading + "ぞく", "other")
    if end < n and toks[end].surface == "時代" and dictionary.entries(span.name + "時代"):
        return NameSpan(span.sentence_index, first, end + 1, span.name + "時代", span.reading + "じだい", "other")
    if span.type == "place" and end + 1 < n and toks[end].surface == "・" and toks[end + 1].pos[2] == "地名" \
            and "place" in dictionary.name_types(span.name + "・" + toks[end + 1].surface):
        return NameSpan(span.sentence_index, first, end + 2, span.name + "・" + toks[end + 1].surface,
                        span.reading + "・" + toks[end + 1].reading, "place")
    if span.type == "person" and end - first == 1 and toks[first].pos[3] == "名":
        for k in (2, 1):
            if first >= k and all(toks[j].end == toks[j + 1].start for j in range(first - k, first)):
                whole = "".join(t.surface for t in toks[first - k:end])
                readings = dictionary.person_readings(whole) if "person" in dictionary.name_types(whole) else ()
                if readings:
                    # 四|位|洋文騎手: the jockey 四位洋文 (しいひろふみ), whose surname UniDic reads as a
                    # rank (四位); JMnedict knows the whole name (round 106's 0918)
                    return NameSpan(span.sentence_index, first - k, end, whole, readings[0], "person")
    before = toks[first - 1] if first else None
    if before is None or before.end != toks[first].start:
        return span
    whole = before.surface + span.name
    if before.pos[0] == "接頭辞" and (dictionary.entries(whole) or dictionary.name_types(whole)):
        # (与|那覇湾, 中|江ノ島: a bay, an island, as the piece was; 広辞苑, JMnedict's product: other)
        kind = _name_type_from_jmnedict(dictionary.name_types(whole)) or ("other" if span.type == "person" else span.type)
        return NameSpan(span.sentence_index, first - 1, end, whole, before.reading + span.reading,
                        kind if kind != "person" else span.type)
    if span.type in ("place", "other") and before.surface in _DIRECTIONS and before.pos[:2] == ("名詞", "普通名詞") \
            and toks[first].pos[2] == "地名" and not (first >= 2 and toks[first - 2].end == before.start
                                                     and has_kanji(toks[first - 2].surface[-1:])):
        # 南|北海道|大会 (the South Hokkaido tournament), 東|北海道: the direction is part of the name;
        # 北海道大会 is no tournament of this story (round 118's 0659)
        return NameSpan(span.sentence_index, first - 1, end, whole, before.reading + span.reading, span.type)
    if span.type == "person" and end - first == 1 and toks[first].pos[3] == "姓" \
            and re.search(r"[町村区郡]$", before.surface) and "place" in dictionary.name_types(span.name) \
            and not (end < n and toks[end].pos[0] == "接尾辞"):
        return NameSpan(span.sentence_index, first, end, span.name, span.reading, "place")
    return span


_KANA_WORD = re.compile(r"[\u30a1-\u30faー]+")
_DIRECTIONS = frozenset("東西南北")


def _katakana_run(toks: Sequence[Token], i: int, step: int) -> int:
    """The index past the run of katakana words joined without a gap from token i on, going
    forward (step 1) or back (step -1)."""
    j = i
    while 0 <= j < len(toks) and _KANA_WORD.fullmatch(toks[j].surface) and \
            (j == i or (toks[j - 1].end == toks[j].start if step > 0 else toks[j].end == toks[j + 1].start)):
        j += step
    return j


def _not_a_word_or_place(text: str, toks: Sequence[Token], dictionary: Dictionary) -> bool:
    return len(text) >= 2 and not dictionary.entries(text) and not dictionary.name_types(text) & {"place", "company",
           "organization", "product"} and not any(t.pos[2] in ("地名", "組織") for t in toks)


def _initials_before(span: NameSpan, toks: Sequence[Token]) -> NameSpan | None:
    """J・D・サリンジャー (round 64's 3511): a person's initials, each a capital and a dot, are
    part of his name, read as their letters (じぇー・でぃー・さりんじゃー)."""
    first = span.first
    while span.type == "person" and first >= 2 and toks[first - 1].surface == "・" \
            and re.fullmatch("[A-Z]", toks[first - 2].surface) and toks[first - 2].end == toks[first - 1].start:
        first -= 2
    if first == span.first:
        return None
    letters = [toks[k].surface for k in range(first, span.first, 2)]
    return replace(span, first=first, name="・".join(letters) + "・" + span.name,
                   reading="・".join(acronym_reading(x) or "" for x in letters) + "・" + span.reading)


def _dotted_person(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan | None:
    """A person's name in katakana whose other half, across the dot, UniDic cut into common
    words: ア|スカル|・|アカエフ前大統領 is アスカル・アカエフ, not アカエフ; パク|・|トク|フン (朴徳勲, a
    Korean surname first) is パク・トクフン, not パク. The other half must be no word JMdict knows
    (タレント・ベッキーさん: an occupation) and no place (ドイツ・ショルツ首相), and not a second person
    (メルケル・シュレーダー両氏)."""
    if span.type != "person" or not _KANA_WORD.fullmatch(span.name.replace("・", "")):
        return None
    n, first, end = len(toks), span.first, span.end
    # (one word UniDic tags as a person, or a title: アレーナ・ダス・ドゥーナス is a stadium)
    if (span.title or end - first == 1 and toks[first].pos[2] == "人名") and first >= 2 \
            and toks[first - 1].surface == "・" and toks[first - 1].start == toks[first - 2].end \
            and toks[first - 1].end == toks[first].start:
        start = _katakana_run(toks, first - 2, -1) + 1
        given = toks[start:first - 1]
        text = "".join(t.surface for t in given)
        if start < first - 1 and (start == 0 or not _KANA_WORD.fullmatch(toks[start - 1].surface[-1:])) \
                and _not_a_word_or_place(text, given, dictionary) and not any(t.pos[2] == "人名" for t in given):
            return replace(span, first=start, name=text + "・" + span.name, type="person",
                           reading="".join(t.reading for t in given) + "・" + span.reading)
    if not span.title and end + 1 < n and toks[end - 1].pos[3] == "姓" and toks[end].surface == "・" \
            and toks[end].start == toks[end - 1].end and toks[end + 1].start == toks[end].end:
        stop = _katakana_run(toks, end + 1, 1)
        family_first = toks[end + 1:stop]
        text = "".join(t.surface for t in family_first)
        if stop > end + 1 and len(family_first) > 1 and _not_a_word_or_place(text, family_first, dictionary) \
                and not (stop < n and toks[stop].surface in ("両", "・", "と")):
            return NameSpan(span.sentence_index, first, stop, span.name + "・" + text,
                            span.reading + "・" + "".join(t.reading for t in family_first), "person")
    return None


# The small words of European names, between dots: フランクフルト・アム・マイン (am Main),
# レオナルド・ダ・ヴィンチ (da Vinci), ストラトフォード・アポン・エイボン. A dot on both sides.
_NAME_PARTICLES = frozenset({"アム", "アン", "デア", "デル", "デ", "ダ", "ディ", "ド", "ラ", "ル", "ヴァン", "ファン",
                             "フォン", "オブ", "オン", "アポン", "シュル", "スル", "イ", "エル"})


def _linked_by_a_particle(span: NameSpan, toks: Sequence[Token]) -> NameSpan | None:
    """The whole of a dotted name that holds a particle of a European name: フランクフルト, which
    UniDic tags alone, is the city フランクフルト・アム・マイン here."""
    n, first, end = len(toks), span.first, span.end

    def dot_particle_dot(k: int, step: int) -> bool:
        ks = (k, k + step, k + 2 * step)
        return all(0 <= x < n for x in ks) and toks[ks[0]].surface == "・" and toks[ks[1]].surface in _NAME_PARTICLES \
            and toks[ks[2]].surface == "・" and all(toks[x].start == toks[x - 1].end for x in range(min(ks), max(ks) + 1))

    start, stop = first, end
    while dot_particle_dot(stop, 1) and stop + 3 < n and _KANA_WORD.fullmatch(toks[stop + 3].surface) \
            and toks[stop + 3].start == toks[stop + 2].end:
        stop = _katakana_run(toks, stop + 3, 1)
    while dot_particle_dot(start - 1, -1) and start - 4 >= 0 and _KANA_WORD.fullmatch(toks[start - 4].surface) \
            and toks[start - 4].end == toks[start - 3].start:
        start = _katakana_run(toks, start - 4, -1) + 1
    if (start, stop) == (first, end):
        return None
    # ボイス・オブ・|アメリカ, バンク・オブ・|アメリカ: a body named after a country, not the country
    kind = "org" if start < first and toks[first].pos[3] == "国" else span.type
    return NameSpan(span.sentence_index, start, stop, "".join(t.surface for t in toks[start:stop]),
                    "".join(t.reading for t in toks[start:stop]), kind,
                    span.title if stop == end else "", span.title_end if stop == end else None)


def _dotted_state(span: NameSpan, toks: Sequence[Token]) -> NameSpan | None:
    """ジャンム|・|カシミール|州 (Jammu and Kashmir): two place names joined by a dot and followed by
    州 are one state; the first is no country (アメリカ・カリフォルニア州 is a country and its state)."""
    n, end = len(toks), span.end
    if span.type != "place" or toks[end - 1].pos[3] == "国" or not _KANA_WORD.fullmatch(span.name) \
            or end + 2 >= n or toks[end].surface != "・" or toks[end + 1].pos[2] != "地名" \
            or not _KANA_WORD.fullmatch(toks[end + 1].surface) or toks[end + 2].surface not in ("州", "県", "省"):
        return None
    if not all(toks[k].start == toks[k - 1].end for k in range(end, end + 3)):
        return None
    return NameSpan(span.sentence_index, span.first, end + 3, span.name + "・" + toks[end + 1].surface + toks[end + 2].surface,
                    span.reading + "・" + toks[end + 1].reading + toks[end + 2].reading, "place")
