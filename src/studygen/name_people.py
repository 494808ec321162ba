"""People: the rules that find a person UniDic misses or cuts apart.

UniDic knows few foreign names: it cuts マクロン into マクロ|ン, reads ゼレンスキー as an unknown
word and トランプ as the card game. A person is then found by the title after the name
(ゼレンスキー大統領, then ゼレンスキー alone anywhere in the article), by the dots of a foreign
name (クロード・ヘラー), and a Japanese given name UniDic cut short is joined again when
JMnedict lists it whole (増渕|竜|義 -> 竜義 たつよし). A reading the article gives in brackets
after the name is the name's own (朴正勲（パク・チョンフン）).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Token
from .name_places import is_country
from .name_readings import acronym_reading
from .name_tables import (
    _COUNTRY_ABBREVIATIONS,
    _KATAKANA,
    _MUNICIPAL,
    ADMIN_SUFFIXES,
    GIVEN_TYPES,
    KINDS_OF_PEOPLE,
    NameSpan,
    _reading_bracket,
    _title_at,
    titles,
)

__all__ = [
    "country_before_person",
    "dotted_person",
    "given_name_as_common_noun",
    "given_name_continues",
    "given_name_read_whole",
    "initial_before_surname",
    "katakana_before_title",
    "katakana_run_person",
    "lone_given_name",
    "people_known_by_title",
    "reading_in_brackets_after",
    "surname_before_title",
    "surnames_before_titles",
    "woman_read_ko",
]

# Titles that also follow places and organisations (東京都知事, 駐日大使, トヨタ社長).
_TITLES_AFTER_PLACES = frozenset(["知事", "市長", "町長", "村長", "区長", "大使", "代表", "社長", "会長", "副社長", "総裁", "副総裁", "議長", "所長", "院長", "校長", "理事長", "監督", "選手", "委員長", "幹事長", "報道官", "事務総長", "CEO"])
# A courtesy, not a post: ロバート・オーマン氏 is a man named after no country (Oman)
_HONORIFICS = frozenset(("氏", "さん", "様", "君", "ちゃん", "殿"))
# The head of a body, not of a town: …の御手洗会長 after a company or a federation
_TITLES_OF_BODIES = frozenset(["会長", "社長", "副社長", "理事長", "総裁", "副総裁", "CEO"])
_AFTER_A_NAME = frozenset("家派邸宅側ら等組陣氏君様")
# 村上春樹著, 黒澤明監督作品, 織田軍: a word about a person's work or side after the name
_AFTER_A_WORK = frozenset("著作訳編選画賞杯像軍殿父母兄姉弟妹妻夫")
# ウィスラー・スライディング・センター, ランゲル・フィヨルド: a place named after a person.
_NO_PERSON_ENDS = frozenset(["センター", "フィヨルド", "スタジアム", "アリーナ", "ホール", "パーク", "タワー", "ビル",
                             "ホテル", "ストリート", "ブリッジ", "カレッジ"])
# JMnedict files many given names under "unclassified" (貴成 たかなり, 将斗 まさと, 建市 けんいち):
# after a surname, and not a word JMdict has, such a name is the given name (dev 3112).
_GIVEN_AFTER_SURNAME = GIVEN_TYPES | {"unclass"}


def _name_ends_at(toks: Sequence[Token], j: int) -> bool:
    """A name may end before token ``j``: a title, a particle, a mark, or the sentence's end."""
    return j >= len(toks) or bool(_title_at(toks, j)) or toks[j].pos[0] == "助詞" or toks[j].pos[1] in ("読点", "括弧開")


def _katakana_run(tokens: Sequence[Token], i: int) -> int:
    """End of the run of touching katakana tokens from i (マクロ|ン, マルコ|・|サントス)."""
    j = i
    while j < len(tokens) and (_KATAKANA.match(tokens[j].surface) or j > i and _middle_initial(tokens, j)) and (
        j == i or tokens[j - 1].end == tokens[j].start
    ):
        j += 1
    return j


def _middle_initial(tokens: Sequence[Token], j: int) -> bool:
    """ロバート・M・ゲイツ, ジョージ・W・ブッシュ: a capital between two dots is the middle initial
    of one person, not the end of ロバート and the start of ゲイツ (round 62's 1664)."""
    return bool(re.fullmatch("[A-Z]", tokens[j].surface)) and tokens[j - 1].surface == "・" \
        and j + 1 < len(tokens) and tokens[j + 1].surface == "・" and tokens[j + 1].start == tokens[j].end


def _spoken(run: str) -> str:
    """ロバート・M・ゲイツ: the initial read as its letter's name (えむ), the rest as written."""
    return "".join(acronym_reading(part) or "" if re.fullmatch("[A-Z]", part) else to_hiragana(part)
                   for part in run.split("・"))


def people_known_by_title(tokens: Sequence[Sequence[Token]]) -> frozenset[str]:
    """Names the article gives a personal title once anywhere (ゼレンスキー大統領, マクロ|ン大統領,
    ドイツ・ショルツ首相): the same name alone elsewhere (ゼレンスキー氏は, ゼレンスキーは) is
    that person. ペルー大統領, ワルシャワ市長 name no one: the country or city the title is of."""
    known_people: set[str] = set()
    for toks in tokens:
        for i, t in enumerate(toks):
            run_end = _katakana_run(toks, i)
            if run_end > i + 1 and (i == 0 or not _KATAKANA.match(toks[i - 1].surface)) and _title_at(toks, run_end) \
                    and toks[run_end - 1].surface != "・":  # コーチ・|監督 names nobody
                if toks[i + 1].surface == "・" and t.pos[2] == "地名":
                    known_people.add("".join(x.surface for x in toks[i + 2:run_end]))  # ドイツ・|ショルツ
                else:
                    known_people.add("".join(x.surface for x in toks[i:run_end]))
            # ペルー大統領, フランス代表: a country (UniDic 地名 国) before a title is the country the
            # title is of; サントス大統領 (地名 一般, a Brazilian city too) is a person.
            if (t.unknown or t.pos[1] == "固有名詞" or _KATAKANA.match(t.surface)) and _title_at(toks, i + 1) \
                    and (not has_kanji(t.surface) or t.pos[2] == "人名") and t.pos[3] != "国" \
                    and not (t.pos[2] == "地名" and _title_at(toks, i + 1)[0] in _TITLES_AFTER_PLACES):  # ワルシャワ市長
                known_people.add(t.surface)
    return frozenset(known_people - KINDS_OF_PEOPLE)


def _is_person_before_title(
    span: NameSpan, toks: Sequence[Token], dictionary: Dictionary, known_people: frozenset[str]
) -> bool:
    title = _title_at(toks, span.end)
    if title is not None and title[0] in ("選手", "監督") and span.end - span.first == 1 \
            and toks[span.first].pos[2] == "地名" and toks[span.first].pos[3] != "国" \
            and "surname" in dictionary.name_types(span.name) and not span.name.endswith(_MUNICIPAL):
        return True  # 澤田選手: a surname that is also a town, before a player's title (日本選手: a country)
    if title is not None and title[0] in _TITLES_OF_BODIES and span.end - span.first == 1 and span.first >= 2 \
            and toks[span.first - 1].surface == "の" and toks[span.first - 2].pos[1] == "固有名詞" \
            and toks[span.first - 2].pos[2] != "地名" and "surname" in dictionary.name_types(span.name):
        return True  # 日本経団連の御手洗会長: a body's chairman, a surname UniDic reads as a place (round 60's 0502)
    if title is None or title[0] in _TITLES_AFTER_PLACES:
        return False
    if toks[span.end].surface in _COUNTRY_ABBREVIATIONS:
        return False  # 中国|外相: a country, then the title of someone unnamed
    return span.name in known_people or bool(
        dictionary.name_types(span.name) & {"surname", "person", "given", "masc", "fem"}
    )


def surname_before_title(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary,
                         known_people: frozenset[str]) -> NameSpan:
    """高瀬首相: 高瀬 is a place to UniDic, but a surname before a personal title is a person.
    Not before a title places have too (東京都知事), nor 中国|外相 (a country, then the title
    of someone unnamed)."""
    if span.type in ("place", "other") and _is_person_before_title(span, toks, dictionary, known_people):
        return NameSpan(span.sentence_index, span.first, span.end, span.name, span.reading, "person")
    return span


def country_before_person(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """ドイツ・ショルツ首相: the country, then the person (who keeps the title). The country is
    a place of its own, the dot belongs to neither."""
    t = toks[i]
    run_end = _katakana_run(toks, i)
    # ケント・デザーモ騎手: ケント is Kent to JMnedict, but UniDic's given name starts a person
    if run_end > i + 2 and toks[i + 1].surface == "・" and is_country(toks[i], dictionary) \
            and toks[i].pos[2] != "人名":
        return NameSpan(si, i, i + 1, t.surface, to_hiragana(t.surface), "place")
    return None


def _dotted_end(toks: Sequence[Token], i: int) -> int:
    """End of the katakana run from i that may be one foreign name, dots inside it.

    コーチ・|監督: a dot before a kanji word joins no name. ディーター・アルトハウス・|チューリンゲン州,
    レフ・カチンスキ・|ワルシャワ市長: the last word is a place; but マルコ・サントス大統領 is one
    man (サントス is a Brazilian city too)."""
    n = len(toks)
    dotted_end = _katakana_run(toks, i)
    while dotted_end > i and toks[dotted_end - 1].surface == "・":
        dotted_end -= 1  # コーチ・|監督: a dot before a kanji word joins no name
    title_after = _title_at(toks, dotted_end) if dotted_end < n else None
    if dotted_end > i + 2 and dotted_end < n and toks[dotted_end - 2].surface == "・" and (
            toks[dotted_end].surface in ADMIN_SUFFIXES or toks[dotted_end - 1].pos[2] == "地名"
            and toks[dotted_end].pos[0] in ("名詞", "接尾辞") and toks[dotted_end].start == toks[dotted_end - 1].end
            and (title_after is None or title_after[0] in _TITLES_AFTER_PLACES)):
        dotted_end -= 2
    elif dotted_end > i + 2 and dotted_end < n and toks[dotted_end - 1].pos[2:4] == ("地名", "国") \
            and title_after is not None and title_after[0] not in _HONORIFICS:
        # ジャック・ストロー|イギリス|外相: the country says whose minister he is (round 42);
        # ユーシェンコ・|ウクライナ|大統領 too, after a dot (round 65's 3098)
        dotted_end -= 2 if toks[dotted_end - 2].surface == "・" else 1
    return dotted_end


def dotted_person(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """クロード・ヘラー, マハティール・ビン・モハマド, ジェンソン・バトン (バトン a baton to UniDic):
    a given name, dots and katakana words are one person. ノリス・ホール, ウィスラー・スライディング・
    センター: a place named after a person."""
    t = toks[i]
    dotted_end = _dotted_end(toks, i)
    if dotted_end > i + 2 and t.pos[2] == "人名" and t.pos[3] != "姓" and any(
            x.surface == "・" for x in toks[i:dotted_end]) and (
            not is_country(toks[i], dictionary) or toks[i + 2].pos[2] == "人名"):
        # ハンク・アーロン, コービー・ブライアント: JMnedict knows ハンク and コービー only as places, but
        # UniDic reads a given name, a dot and a surname
        dotted_end = _before_role(toks, i, dotted_end, dictionary)
        run = "".join(x.surface for x in toks[i:dotted_end])
        kind = "place" if run.rsplit("・", 1)[-1] in _NO_PERSON_ENDS else "person"
        return NameSpan(si, i, dotted_end, run, _spoken(run), kind)
    return None


# Katakana posts written after a foreign name with a dot, as a title is (…・マネージャー)
_ROLE_ENDS = frozenset(("マネージャー", "マネジャー", "ディレクター", "プロデューサー", "リーダー", "コーディネーター",
                        "スポークスマン", "スポークスパーソン", "エコノミスト", "アナリスト", "キャプテン", "コーチ"))


def _before_role(toks: Sequence[Token], i: int, end: int, dictionary: Dictionary) -> int:
    """トム・ダックスベリー・スターダスト・プロジェクト・マネージャー: a post (マネージャー) and the
    words JMdict knows before it (the project's name) end the run, not the name (round 54). The
    name keeps its first two parts."""
    dots = [k for k in range(i, end) if toks[k].surface == "・"]
    if len(dots) < 2 or "".join(x.surface for x in toks[dots[-1] + 1:end]) not in _ROLE_ENDS:
        return end
    k = len(dots) - 1  # the dot before the post
    while k > 1 and dictionary.entries("".join(x.surface for x in toks[dots[k - 1] + 1:dots[k]])):
        k -= 1
    return dots[k]


def initial_before_surname(toks: Sequence[Token], i: int) -> bool:
    """F.アロンソ: an initial before a surname is no name of its own (the surname is)."""
    return bool(re.fullmatch("[A-Z]", toks[i].surface) and i + 2 < len(toks)
                and toks[i + 1].surface in (".", "．") and _KATAKANA.match(toks[i + 2].surface))


_ROLES = frozenset(("キャプテン", "エース", "ストライカー", "ゴールキーパー", "コーチ", "マネージャー", "オーナー", "シェフ"))


def katakana_run_person(toks: Sequence[Token], si: int, i: int, known_people: frozenset[str]) -> NameSpan | None:
    """マクロ|ン before 大統領: UniDic cut an unknown name into words; the run is the name, when
    a title follows it or the article titled it elsewhere."""
    dotted_end = _dotted_end(toks, i)
    if toks[i].surface in _ROLES and i + 1 < len(toks) and toks[i + 1].surface == "・":
        return None  # 新キャプテン・ハルケ選手: the role, then the person (dev review 9)
    # ユーシェンコ・|ウクライナ|大統領: the person, then his country's title (round 65's 3098)
    country_title = dotted_end + 2 < len(toks) and toks[dotted_end].surface == "・" \
        and toks[dotted_end + 1].pos[2:4] == ("地名", "国") \
        and (_title_at(toks, dotted_end + 2) or ("氏",))[0] not in _HONORIFICS
    if dotted_end > i + 1 or country_title and toks[i].unknown:
        run = "".join(x.surface for x in toks[i:dotted_end])
        if run in known_people or _title_at(toks, dotted_end) or country_title:
            return NameSpan(si, i, dotted_end, run, to_hiragana(run), "person")
    return None


def katakana_before_title(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """トランプ before 大統領 is a person, not playing cards."""
    t = toks[i]
    if _KATAKANA.match(t.surface) and len(t.surface) >= 2 and _title_at(toks, i + 1) and t.surface not in KINDS_OF_PEOPLE:
        return NameSpan(si, i, i + 1, t.surface, to_hiragana(t.surface), "person")
    return None


def given_name_continues(toks: Sequence[Token], i: int, end: int,
                         dictionary: Dictionary) -> tuple[int, str, str] | None:
    """増渕|竜|義, 堂上|直|倫: UniDic cut a given name short and left its last kanji as a word. The
    name runs on when the given name with that kanji is one JMnedict lists (竜義 たつよし):
    (end, text, reading), or None."""
    if end - i == 1 and end + 2 < len(toks) and all(
            len(t.surface) == 1 and has_kanji(t.surface) and t.start == p.end
            for p, t in zip(toks[end - 1:end + 1], toks[end:end + 2], strict=True)) and _name_ends_at(toks, end + 2):
        # 佐々木|貴|正 容疑者, 楠木|貴|成と: a surname, then a given name UniDic cut in two single kanji.
        given = toks[end].surface + toks[end + 1].surface
        readings = dictionary.name_readings(given)
        if readings and dictionary.name_types(given) & _GIVEN_AFTER_SURNAME and not dictionary.known([given]) \
                and toks[i].pos[3] == "姓":
            return end + 2, toks[i].surface + given, toks[i].reading + to_hiragana(readings[0])
        return None
    if end - i < 2 or end >= len(toks) or toks[end].start != toks[end - 1].end:
        return None
    nxt = toks[end]
    if len(nxt.surface) != 1 or not has_kanji(nxt.surface) or nxt.surface in titles() or _title_at(toks, end):
        return None
    if nxt.surface in _AFTER_A_NAME:
        return None  # 安倍晋三|派, 田中角栄|邸: a word about the person
    given = toks[end - 1].surface + nxt.surface
    readings = dictionary.name_readings(given)
    types = dictionary.name_types(given)
    last = end + 1
    if last < len(toks) and len(toks[last].surface) == 1 and has_kanji(toks[last].surface) \
            and toks[last].pos[0] == "名詞" and toks[last].start == nxt.end and _title_at(toks, last + 1):
        last += 1  # 近藤|太|香|巳 社長: two kanji cut off (round 37)
    if not readings and len(toks[end - 1].surface) == 1 and toks[end - 1].pos[2:] == ("人名", "名") \
            and nxt.surface not in _AFTER_A_WORK and nxt.pos[1] != "数詞" \
            and (last == len(toks) or toks[last].pos[1] in ("括弧開", "読点", "格助詞", "係助詞")
                 or _title_at(toks, last) and nxt.surface not in _NOT_GIVEN):
        # 加藤|宗|現(かとう・そうげん)さん, 菊間|崇|祠アナウンサー: a given name JMnedict lacks, cut
        # before its last kanji; unread ("") for the bracket to read, else not listed (rounds 34, 35)
        return last, "".join(t.surface for t in toks[i:last]), ""
    if not readings or not (types & GIVEN_TYPES or types & _GIVEN_AFTER_SURNAME and not dictionary.known([given])
                            and _name_ends_at(toks, end + 1)):
        return None  # (篠田|建|市 組長: 建市 けんいち, unclassified)
    text = "".join(t.surface for t in toks[i:end + 1])
    reading = "".join(t.reading for t in toks[i:end - 1]) + to_hiragana(readings[0])
    return end + 1, text, reading


def given_name_as_common_noun(toks: Sequence[Token], i: int, dictionary: Dictionary) -> tuple[int, str, str] | None:
    """中村|主水: a surname, then a given name JMnedict has but JMdict does not (UniDic calls it
    a common noun): (end, text, reading) of the whole name, or None."""
    t, end, n = toks[i], i + 1, len(toks)
    if end < n and toks[end].pos[1] == "普通名詞" \
            and toks[end].start == t.end and has_kanji(toks[end].surface) and len(toks[end].surface) >= 2 \
            and (end + 1 == n or toks[end + 1].pos[0] not in ("名詞", "接尾辞")) \
            and dictionary.name_types(toks[end].surface) & GIVEN_TYPES \
            and not dictionary.known([toks[end].surface]):
        return end + 1, t.surface + toks[end].surface, t.reading + toks[end].reading
    if end + 2 < n and t.pos[3] == "姓" and toks[end].start == t.end and toks[end + 1].start == toks[end].end \
            and _title_at(toks, end + 2):
        # 山田|九州|男 氏: UniDic read the given name as a place and a suffix; JMnedict has 九州男 くすお
        given = toks[end].surface + toks[end + 1].surface
        readings = dictionary.name_readings(given)
        if has_kanji(given) and readings and dictionary.name_types(given) & GIVEN_TYPES and not dictionary.known([given]):
            return end + 2, t.surface + given, t.reading + to_hiragana(readings[0])
    return None


def given_name_after_a_town(toks: Sequence[Token], i: int, dictionary: Dictionary) -> tuple[int, str, str] | None:
    """辰巳|陽|亮, 高岡|寛典 (round 63's 3288): a surname UniDic takes for a town, then a given name
    it cut into common nouns, JMnedict's and no JMdict word, before a particle or a mark: (end,
    text, reading) of the person. UniDic's reading of the pieces stands when JMnedict lists it
    for the given name (中村|主水 もんど), else JMnedict's first (陽|亮: ひ|すけ, JMnedict ようすけ)."""
    t, n = toks[i], len(toks)
    if "surname" not in dictionary.name_types(t.surface):
        return None
    for end in (i + 3, i + 2):
        if end > n or (end < n and toks[end].pos[0] in ("名詞", "接尾辞")):
            continue
        pieces = toks[i + 1:end]
        given = "".join(x.surface for x in pieces)
        if not all(x.pos[0] in ("名詞", "接尾辞") and x.pos[1] != "固有名詞" and has_kanji(x.surface)
                   and x.start == toks[k].end for k, x in enumerate(pieces, i)) or not 2 <= len(given) <= 3:
            continue
        readings = [to_hiragana(r) for r in dictionary.name_readings(given)]
        if not readings or not dictionary.name_types(given) & GIVEN_TYPES or dictionary.known([given]):
            continue
        words = "".join(x.reading for x in pieces)
        return end, t.surface + given, t.reading + (words if words in readings else readings[0])
    return None


def woman_read_ko(toks: Sequence[Token], i: int, reading: str, dictionary: Dictionary) -> str:
    """奥野|元子 さん: UniDic reads the given name 元子 げんし ("atom"), but a woman's name in 子 is
    read with its first kanji's kun reading and こ: もとこ, when JMnedict lists that reading for a
    woman (round 51). Else ``reading`` (the surname's and given name's readings) stands."""
    given = toks[i + 1]
    if len(given.surface) != 2 or not given.surface.endswith("子") or not given.reading.endswith("し") \
            or given.pos[3] != "名" or "fem" not in dictionary.name_types(given.surface):
        return reading
    listed = {to_hiragana(r) for r in dictionary.name_readings(given.surface)}
    kun = [k + "こ" for k in dictionary.reading_kinds(given.surface[0])[1] if k + "こ" in listed]
    return toks[i].reading + kun[0] if kun else reading


def given_name_read_whole(toks: Sequence[Token], i: int, end: int, reading: str, dictionary: Dictionary) -> str:
    """池田|光|智: UniDic cut the given name and read its pieces (ひかりさとし); JMnedict reads
    the given name whole (光智 みつとも), and its reading wins."""
    given_name = "".join(x.surface for x in toks[i + 1:end])
    own = "".join(x.reading for x in toks[i + 1:end])
    readings = [to_hiragana(r) for r in dictionary.name_readings(given_name)]
    if readings and own not in readings and dictionary.name_types(given_name) & GIVEN_TYPES:
        return toks[i].reading + readings[0]
    pieces = toks[i + 1:end]
    if not readings and len(pieces) == 2 and all(len(x.surface) == 1 and len(x.reading) >= 3 for x in pieces):
        # 松井|一|實 市長: UniDic read each kanji as a given name of its own (はじめ, みのる); no
        # given name joins two such readings (this one is かずみ), so the name is left unread
        # ("") and listed only where a bracket reads it (round 35). 岸田|文|雄 (ふみ|お) is read.
        return ""
    return reading


def reading_in_brackets_after(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """朴正|勲（パク・チョンフン）: a person's name runs to the reading the article gives in
    brackets, and that is its reading. 加藤智大（ともひろ）, 諸岡覚(さとる): the bracket reads the
    given name only. キミ・ライコネン(フィンランド): kana in brackets after a name in kana is no
    reading."""
    if span.type != "person":
        return span
    n = len(toks)
    k = span.end
    while k < n and k < span.end + 2 and toks[k].pos[0] == "名詞" and has_kanji(toks[k].surface) \
            and not _title_at(toks, k):
        k += 1
    given = _reading_bracket(toks, k) if has_kanji("".join(x.surface for x in toks[span.first:k])) else None
    if not given:
        return span
    inside = "".join(x.surface for x in toks[k + 1:given[1] - 1])
    if re.fullmatch(r"[\u30a1-\u30fa\u30fc]+", inside):
        return span  # 平野(オリックス): one katakana word after a name is its team, not its reading (パク・チョンフン)
    name = "".join(x.surface for x in toks[span.first:k])
    reading = given[0]
    surname = toks[span.first]
    given_part = "".join(x.reading for x in toks[span.first + 1:k])
    whole = any("・" in x.surface for x in toks[k:given[1]])  # イ・ジェミン: family and given name
    if k - span.first > 1 and surname.pos[2] == "人名" and has_kanji(surname.surface) \
            and not reading.startswith(surname.reading) and not whole \
            and not any(reading.startswith(to_hiragana(r)) for r in dictionary.name_readings(surname.surface) if len(r) >= 2) and (
            reading in map(to_hiragana, dictionary.name_readings(name[len(surname.surface):]))
            or len(reading) <= len(given_part) + 1):
        # 加藤智大（ともひろ）, 諸岡覚(さとる): the bracket reads the given name only (not
        # 明義豊(あきゆたか), a ring name whose bracket starts as 明 may be read: round 47)
        reading = surname.reading + reading
    return NameSpan(span.sentence_index, span.first, k, name, reading, span.type)


def surnames_before_titles(people: Sequence[str], tokens: Sequence[Sequence[Token]]) -> dict[int, set[int]]:
    """渡海文部科学大臣 after 渡海紀三朗: a surname UniDic reads as a common word (渡海, "crossing
    the sea") before a title is the person named in full elsewhere, not a word to learn. The token
    indices of such surnames, by sentence."""
    out: dict[int, set[int]] = {}
    surnames = {p[:k] for p in people if has_kanji(p) for k in range(2, len(p) - 1)}
    # 扇参議院議長 after 扇千景: a surname of one kanji (扇 "folding fan") too
    one_kanji = {p[0] for p in people if len(p) >= 3 and has_kanji(p[0])}
    for si, toks in enumerate(tokens):
        for i, t in enumerate(toks):
            # the title may follow the ministry's name: 渡海|文部|科学|大臣
            if (t.surface in surnames or t.surface in one_kanji) and t.pos[1] == "普通名詞" and any(
                    _title_at(toks, j) for j in range(i + 1, min(i + 4, len(toks)))
                    if all(x.pos[0] in ("名詞", "接尾辞") for x in toks[i + 1:j])):  # 参議|院|議長
                out.setdefault(si, set()).add(i)
    return out


def lone_given_name(span: NameSpan, toks: Sequence[Token], known_people: frozenset[str]) -> bool:
    """親の心子知らず, 出資により子会社化: UniDic reads 心子 and より子 as given names. News names a
    person in full or by surname; a given name alone, with no surname before it and no さん or
    title after it, is a misread word, not a person."""
    t = toks[span.first]
    return span.end - span.first == 1 and t.pos[2:] == ("人名", "名") and has_kanji(span.name) \
        and span.name not in known_people


def surname_as_word(span: NameSpan, toks: Sequence[Token], known_people: frozenset[str], dictionary: Dictionary) -> bool:
    """掘り起こした立木は: UniDic reads 立木 as a surname, and JMdict has it as a common word read so
    (たちき, a standing tree). A surname alone, untitled and titled nowhere in the article, is
    the word (round 36); news names a person by surname with a title (立木氏)."""
    t = toks[span.first]
    return span.end - span.first == 1 and t.pos[2:] == ("人名", "姓") and span.name not in known_people \
        and any(to_hiragana(k[0]) == span.reading and (k[1] or e.priority(span.name))
                for e in dictionary.entries(span.name) for k in e.kana)


# 前社長, 元首相, 両選手: a prefix before a title, no kanji of a given name
_NOT_GIVEN = frozenset("前元新現副次両各同故旧代")


def given_name_cut_before_title(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """瀬戸|大|也 選手, 伊藤|美|誠 選手, 多田|恕|明 社長, 臼井|儀|人(うすい・よしと)さん: a surname,
    then a given name UniDic cut into two single kanji (a suffix, a prefix, 也 an auxiliary) and
    JMnedict may lack, then a title or the name's reading. One person, not the surname alone
    (dev 3113). Read as JMnedict reads the given name, else left unread ("") for the reading
    in brackets to fill; a name no one can read is not listed (name_fragments.listed)."""
    t = toks[i]
    # (a one-kanji surname, 張|玉|軍 被告, is a Chinese name, read by its on readings: names._tagged_extent)
    if i + 3 > len(toks) or t.pos[1] != "固有名詞" or not re.fullmatch(r"[一-龥]{2,3}", t.surface) \
            or "surname" not in dictionary.name_types(t.surface) or _title_at(toks, i + 1):
        return None
    a, b = toks[i + 1], toks[i + 2]
    if not all(re.fullmatch(r"[一-龥]", x.surface) and x.surface not in _NOT_GIVEN and x.pos[1] != "数詞"
               for x in (a, b)) or not (t.end == a.start and a.end == b.start):
        return None
    given = a.surface + b.surface
    if a.pos[2] == "人名" and b.pos[2] == "人名" or dictionary.known([given]) or _title_at(toks, i + 2) \
            or not (_title_at(toks, i + 3) or _reading_bracket(toks, i + 3)):
        return None  # (岸田|文|雄: UniDic's own split, read by the tagged-name rule; 増岡|弘|氏: a title)
    readings = [to_hiragana(r) for r in dictionary.name_readings(given)] \
        if dictionary.name_types(given) & _GIVEN_AFTER_SURNAME else []
    return NameSpan(si, i, i + 3, t.surface + given, t.reading + readings[0] if readings else "", "person")


# Korean surnames that are common nouns to UniDic (金 gold, 李 plum, 林 forest): before a given
# name and a reading in brackets they begin a person's name.
_HANJA_SURNAMES = frozenset("金李朴崔鄭姜趙尹張林韓呉申徐権黄安宋柳洪全高文孫梁裵白許南盧河丁成車具禹玄任羅辛閔池陳厳蔡")


def hanja_name_before_reading(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """金|奎|一(キム・ギュイル)代表: a Korean name of two or three kanji that UniDic cut into a common
    noun (金, gold) and a place (奎), with the reading the article gives in brackets, family and
    given name apart (・): one person read as the bracket reads (round 67's 3624)."""
    if toks[i].surface not in _HANJA_SURNAMES or (i and toks[i - 1].end == toks[i].start and has_kanji(toks[i - 1].surface)):
        return None
    k = i + 1
    while k < len(toks) and k < i + 3 and len(toks[k].surface) == 1 and has_kanji(toks[k].surface) \
            and toks[k].start == toks[k - 1].end:
        k += 1
    if k == i + 1 or k >= len(toks) or toks[k].start != toks[k - 1].end:
        return None
    bracket = _reading_bracket(toks, k)
    inside = "".join(t.surface for t in toks[k + 1:bracket[1] - 1]) if bracket else ""
    if not bracket or not re.fullmatch(r"[\u30a1-\u30fa\u30fc]{1,3}・[\u30a1-\u30fa\u30fc]{2,6}", inside):
        return None
    return NameSpan(si, i, k, "".join(t.surface for t in toks[i:k]), bracket[0], "person")
