"""People's given names and readings: the rules for a given name UniDic cut short, took for a
common noun or a town (増渕|竜|義, 中村|主水, 辰巳|陽亮), a reading in brackets after a name
(朴正勲（パク・チョンフン）, 加藤智大（ともひろ）), a Korean name UniDic cut apart (金|奎|一), and a
given name alone, which news never writes (心子 of 親の心子知らず). The rest of people is in
:mod:`studygen.name_people`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Token
from .name_people import _AFTER_A_NAME, _AFTER_A_WORK, _GIVEN_AFTER_SURNAME, _name_ends_at
from .name_tables import GIVEN_TYPES, VARIANT_KANJI, NameSpan, _reading_bracket, _title_at, titles


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
            return end + 2, toks[i].surface + given, toks[i].reading + to_hiragana(dictionary.given_name_reading(given, readings))
        return None
    if end - i < 2 or end >= len(toks) or toks[end].start != toks[end - 1].end:
        return None
    nxt = toks[end]
    if len(nxt.surface) != 1 or not has_kanji(nxt.surface) or nxt.surface in titles():
        return None
    if _title_at(toks, end) and not (dictionary.name_types(toks[end - 1].surface + nxt.surface) & GIVEN_TYPES
                                     and _title_at(toks, end + 1)):
        # (英会長 reads as "the British chairman", but 赤堀|幸|英 会長 is 赤堀幸英, a given name
        # JMnedict lists, before his title: round 112's 1518 listed 赤堀幸)
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
    reading = "".join(t.reading for t in toks[i:end - 1]) + to_hiragana(dictionary.given_name_reading(given, readings))
    return end + 1, text, reading


def given_name_as_common_noun(toks: Sequence[Token], i: int, dictionary: Dictionary) -> tuple[int, str, str] | None:
    """中村|主水: a surname, then a given name JMnedict has but JMdict does not (UniDic calls it
    a common noun): (end, text, reading) of the whole name, or None."""
    t, end, n = toks[i], i + 1, len(toks)
    if end < n and toks[end].pos[1] == "普通名詞" \
            and toks[end].start == t.end and has_kanji(toks[end].surface) and len(toks[end].surface) >= 2 \
            and (end + 1 == n or toks[end + 1].pos[0] not in ("名詞", "接尾辞")
                 or toks[end].unknown and t.pos[3] == "姓" and _title_at(toks, end + 1)) \
            and not dictionary.known([toks[end].surface]):
        # 緒方|冨昭 議長 (round 110's 3548): a given name in a variant kanji (冨 for 富) is a word
        # UniDic does not know; JMnedict reads it in the common form (富昭)
        given = toks[end].surface.translate(VARIANT_KANJI) if toks[end].unknown else toks[end].surface
        readings = dictionary.name_readings(given)
        if dictionary.name_types(given) & GIVEN_TYPES and readings:
            reading = toks[end].reading or to_hiragana(dictionary.given_name_reading(given, readings))
            return end + 1, t.surface + toks[end].surface, t.reading + reading
    if end + 2 < n and t.pos[3] == "姓" and toks[end].start == t.end and toks[end + 1].start == toks[end].end \
            and _title_at(toks, end + 2):
        # 山田|九州|男 氏: UniDic read the given name as a place and a suffix; JMnedict has 九州男 くすお
        given = toks[end].surface + toks[end + 1].surface
        readings = dictionary.name_readings(given)
        if has_kanji(given) and readings and dictionary.name_types(given) & GIVEN_TYPES and not dictionary.known([given]):
            return end + 2, t.surface + given, t.reading + to_hiragana(dictionary.given_name_reading(given, readings))
    return None


def given_name_after_a_town(toks: Sequence[Token], i: int, dictionary: Dictionary) -> tuple[int, str, str] | None:
    """辰巳|陽|亮, 高岡|寛典 (round 63's 3288): a surname UniDic takes for a town, then a given name
    it cut into common nouns, JMnedict's and no JMdict word (or any, before a title), before a
    particle, a mark or a title: (end,
    text, reading) of the person. UniDic's reading of the pieces stands when JMnedict lists it
    for the given name (中村|主水 もんど), else JMnedict's first (陽|亮: ひ|すけ, JMnedict ようすけ)."""
    t, n = toks[i], len(toks)
    if "surname" not in dictionary.name_types(t.surface):
        return None
    for end in (i + 3, i + 2):
        # 野路|正典 裁判官 (round 68's 3620): a title after it says a person, even where the given
        # name is a word too (正典, canon)
        titled = end < n and _title_at(toks, end) is not None
        if end > n or (end < n and toks[end].pos[0] in ("名詞", "接尾辞") and not titled):
            continue
        pieces = toks[i + 1:end]
        given = "".join(x.surface for x in pieces)
        if not all(x.pos[0] in ("名詞", "接尾辞") and x.pos[1] != "固有名詞" and has_kanji(x.surface)
                   and x.start == toks[k].end for k, x in enumerate(pieces, i)) or not 2 <= len(given) <= 3:
            continue
        readings = [to_hiragana(r) for r in dictionary.name_readings(given)]
        if not readings or not dictionary.name_types(given) & GIVEN_TYPES or dictionary.known([given]) and not titled:
            continue
        words = "".join(x.reading for x in pieces)
        # (UniDic's reading of the pieces, where they are no word; 英雄 of 瀬戸英雄弁護士 is ひでお, not えいゆう)
        return end, t.surface + given, t.reading + (words if words in readings and not dictionary.known([given])
                                                    else dictionary.given_name_reading(given, readings))
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
        return toks[i].reading + dictionary.given_name_reading(given_name, readings)
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



def lone_given_name(span: NameSpan, toks: Sequence[Token], known_people: frozenset[str]) -> bool:
    """親の心子知らず, 出資により子会社化: UniDic reads 心子 and より子 as given names. News names a
    person in full or by surname; a given name alone, with no surname before it and no さん or
    title after it, is a misread word, not a person."""
    t = toks[span.first]
    return span.end - span.first == 1 and t.pos[2:] == ("人名", "名") and has_kanji(span.name) \
        and span.name not in known_people




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
    return NameSpan(si, i, i + 3, t.surface + given, t.reading + dictionary.given_name_reading(given, readings) if readings else "",
                    "person")


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


def given_name_a_word_before_title(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """佐藤|善哉 記者: a surname, then a given name that is also a word to JMdict and UniDic (善哉
    ぜんざい, sweet bean soup), then a title: one person, 佐藤善哉, not 佐藤 (round 93's 2861). Read
    as given names are (よしや), never as the word."""
    if i + 2 >= len(toks) or toks[i].pos[3] != "姓" or not _title_at(toks, i + 2):
        return None
    t, word = toks[i], toks[i + 1]
    if word.start != t.end or word.pos[1] != "普通名詞" or not re.fullmatch(r"[一-龥]{2}", word.surface) or \
            not dictionary.name_types(word.surface) & GIVEN_TYPES or word.surface in titles():
        return None
    readings = [r for r in (to_hiragana(x) for x in dictionary.name_readings(word.surface)) if r != word.reading]
    if not readings:
        return None
    return NameSpan(si, i, i + 2, t.surface + word.surface,
                    t.reading + dictionary.given_name_reading(word.surface, readings), "person")


def surname_cut_before_given(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """角|居|勝彦: UniDic cut a surname JMnedict has (角居) into a noun and a verb before a given
    name it tags: one person, 角居勝彦, not a given name alone (round 93's 2261)."""
    if i + 2 >= len(toks) or toks[i + 2].pos[2:4] != ("人名", "名"):
        return None
    a, b, given = toks[i], toks[i + 1], toks[i + 2]
    surname = a.surface + b.surface
    if not (a.end == b.start and b.end == given.start) or not re.fullmatch(r"[一-龥]{2,3}", surname) or \
            a.pos[1] == "固有名詞" or "surname" not in dictionary.name_types(surname) or dictionary.known([surname]) or \
            (i and toks[i - 1].end == a.start and re.match(r"[一-龥]", toks[i - 1].surface)):
        return None
    return NameSpan(si, i, i + 3, surname + given.surface,
                    to_hiragana(dictionary.name_readings(surname)[0]) + given.reading, "person")


def one_kanji_given_name_as_suffix(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """漆島|華|さん: a surname UniDic took for a place, then a one-kanji given name it took for a
    suffix (華 "flowery"), then a title: one person, 漆島華, not the place 漆島 (round 96's
    wikinews-1462). JMnedict gives a lone kanji a score of readings in kana order (華: あき, か,
    …, はな), none of which the text shows: the span is left unread, so it is not listed and 漆島
    is no place."""
    if i + 2 >= len(toks) or toks[i].pos[2] != "地名" or "surname" not in dictionary.name_types(toks[i].surface):
        return None
    t, given = toks[i], toks[i + 1]
    if given.pos[0] != "接尾辞" or not re.fullmatch(r"[一-龥]", given.surface) or given.start != t.end or \
            given.surface in titles() or not _title_at(toks, i + 2) or \
            not dictionary.name_types(given.surface) & GIVEN_TYPES:
        return None
    return NameSpan(si, i, i + 2, t.surface + given.surface, "", "person")


def unknown_kanji_given_name(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """広江|弌|議員: a surname UniDic tags, then a one-kanji given name it does not know at all (弌,
    an old form of 一; read by no dictionary), then a title: one person, 広江弌, not the surname
    広江 and a "person" 弌 (round 100's wikinews-2992). No text gives the given name's reading: the
    span is left unread, so it is not listed."""
    if i + 2 >= len(toks) or toks[i].pos[2:4] != ("人名", "姓"):
        return None
    given = toks[i + 1]
    if not given.unknown or not re.fullmatch(r"[一-龥]", given.surface) or given.start != toks[i].end or \
            not _title_at(toks, i + 2):
        return None
    return NameSpan(si, i, i + 2, toks[i].surface + given.surface, "", "person")


def kana_given_name_runs_on(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """山崎|まさよ|し|が: UniDic ended a given name in kana one kana early and read the last as the
    particle し, which no が or さん follows; まさよし is the name JMnedict has (round 98's 1612: the singer
    山崎まさよし was listed as 山崎まさよ)."""
    end = span.end
    if span.type != "person" or end + 1 >= len(toks) or toks[end - 1].pos[2:4] != ("人名", "名") or \
            not re.fullmatch(r"[ぁ-ゖ]+", toks[end - 1].surface):
        return span
    nxt, after = toks[end], toks[end + 1]
    # (before さん UniDic reads し as する: 山崎|まさよ|し|さん)
    if not re.fullmatch(r"[ぁ-ゖ]", nxt.surface) or nxt.start != toks[end - 1].end or \
            not (nxt.pos[0] == "助詞" and after.pos[1] in ("格助詞", "係助詞")
                 or nxt.pos[0] in ("助詞", "動詞") and _title_at(toks, end + 1)) or \
            not dictionary.name_types(toks[end - 1].surface + nxt.surface) & GIVEN_TYPES:
        return span
    return replace(span, end=end + 1, name=span.name + nxt.surface, reading=span.reading + nxt.surface)
