"""Names: people, places and organisations, kept apart from vocabulary.

UniDic tags 固有名詞 人名 and 地名 but has no 組織名, and reads many foreign names as common
nouns (トランプ is the card game) or not at all (ゼレンスキー is unknown). So a name is found
by its tag, by JMnedict, by the title that follows it (an unknown katakana word before 大統領
is a person; トランプ before 大統領 is Trump), and for organisations by their endings (省, 庁,
党, 銀行) and a short list of acronyms (EU, NATO). The longest name wins (日本維新の会, not 日本
inside it: :mod:`studygen.name_compounds`), and readings follow the text (菅義偉 すがよしひで,
NHK えぬえいちけー: :mod:`studygen.name_readings`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Name, Sentence, Token
from .name_compounds import compound_name, run_texts
from .name_tables import (  # READING_IN_BRACKETS, NameSpan, titles: used by entities and questions
    ADMIN_SUFFIXES,
    _ASCII_NAME,
    _COUNTRY_ABBREVIATIONS,
    _ERAS,
    _KATAKANA,
    _MUNICIPAL,
    READING_IN_BRACKETS,
    NameSpan,
    _glossed_as_organisation,
    _name_type_from_jmnedict,
    _reading_bracket,
    _title_at,
    facilities,
    is_baseball_story,
    organizations,
    places,
    team_span,
    titles,
)
from .name_readings import acronym_span, kanji_by_kanji, read_people_in_context, spoken_reading
from .name_sports import named_as_player, school_short_name, team_before_its_prefecture

__all__ = ["READING_IN_BRACKETS", "NameSpan", "collect_names", "find_name_spans", "titles"]

# Titles that also follow places and organisations (東京都知事, 駐日大使, トヨタ社長).
_TITLES_AFTER_PLACES = frozenset(["知事", "市長", "町長", "村長", "区長", "大使", "代表", "社長", "会長", "副社長", "総裁", "副総裁", "議長", "所長", "院長", "校長", "理事長", "監督", "選手", "委員長", "幹事長", "報道官", "事務総長", "CEO"])


def _is_person_before_title(
    span: NameSpan, toks: Sequence[Token], dictionary: Dictionary, known_people: set[str]
) -> bool:
    title = _title_at(toks, span.end)
    if title is not None and title[0] in ("選手", "監督") and span.end - span.first == 1 \
            and toks[span.first].pos[2] == "地名" and toks[span.first].pos[3] != "国" \
            and "surname" in dictionary.name_types(span.name) and not span.name.endswith(_MUNICIPAL):
        return True  # 澤田選手: a surname that is also a town, before a player's title (日本選手: a country)
    if title is None or title[0] in _TITLES_AFTER_PLACES:
        return False
    if toks[span.end].surface in _COUNTRY_ABBREVIATIONS:
        return False  # 中国|外相: a country, then the title of someone unnamed
    return span.name in known_people or bool(
        dictionary.name_types(span.name) & {"surname", "person", "given", "masc", "fem"}
    )


# 東南|アジア, 南|シナ|海: a direction written before a place is part of its name.
_DIRECTIONS = frozenset(["東", "西", "南", "北", "東南", "東北", "西南", "南西", "北東", "北西", "南東", "西北"])


def _with_admin_suffix(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    first = span.first
    if first and toks[first - 1].surface in _DIRECTIONS and toks[first - 1].end == toks[first].start and (
        first < 2 or toks[first - 2].pos[0] not in ("名詞", "接頭辞")
    ):
        first -= 1
        span = NameSpan(span.sentence_index, first, span.end, toks[first].surface + span.name,
                        toks[first].reading + span.reading, span.type, span.title, span.title_end)
    end = span.end
    while (end < len(toks) and toks[end].surface in ADMIN_SUFFIXES and toks[end - 1].end == toks[end].start
           and not (end + 1 < len(toks) and toks[end + 1].pos[0] == "接尾辞")):  # 中国|海|警|局 is not 中国海
        end += 1
        # 東京都|港区: a Tokyo ward is named with the metropolis (but 宮城県 and 石巻市 are two places)
        if (toks[end - 1].surface == "都" and end + 1 < len(toks) and toks[end].pos[2] == "地名" and toks[end + 1].surface in ADMIN_SUFFIXES
                and toks[end - 1].end == toks[end].start):
            end += 1
    if end == span.end:
        return span
    piece = toks[span.end:end]
    return NameSpan(span.sentence_index, span.first, end, span.name + "".join(t.surface for t in piece),
                    span.reading + "".join(t.reading for t in piece), span.type, span.title, span.title_end)


_AFTER_A_NAME = frozenset("家派邸宅側ら等組陣氏君様")


# ウィスラー・スライディング・センター, ランゲル・フィヨルド: a place named after a person.
_NO_PERSON_ENDS = frozenset(["センター", "フィヨルド", "スタジアム", "アリーナ", "ホール", "パーク", "タワー", "ビル",
                             "ホテル", "ストリート", "ブリッジ", "カレッジ"])
_DESCRIBING_PREFIXES = frozenset(["同", "旧", "元", "前", "現", "与党", "野党", "当", "各"])
# Bodies after which a name starts again: 国土交通省|札幌航空交通管制部, 兵庫県警|尼崎東署.
_WHOLE_BODIES = ("省", "庁", "県警", "府警", "道警")
# 過去最多タイ: a record tied, not Thailand.
_BEFORE_TIE = ("最多", "最高", "最少", "最低", "最長", "最短", "最速", "記録", "新記録", "最年少", "最年長")


# 通常|通り, ホーム|スタジアム: these endings make a name only with a name before them (神田明神通り).
_NAMED_FACILITIES = ("通り", "スタジアム", "ドーム")
_PUBLIC_SCHOOL = re.compile(r"[市町村区県都府道]立(?:小学校|中学校|高校|高等学校|病院)$")
def _latin_head(toks: Sequence[Token], i: int, end: int, text: str) -> bool:
    """NOMO|クラブ, ARD|テレビ, PL|学園高等学校: a name in Latin letters (unknown to UniDic) and an
    organisation's ending; not IP|放送 or BS|衛星放送 (a kind of broadcasting)."""
    t = toks[i]
    school = text.endswith(("学校", "学園"))
    if not (t.unknown and re.fullmatch("[A-Z][A-Za-z]+", t.surface)) or not (end - i == 2 and len(t.surface) > 2 or school):
        return False
    return not (i and toks[i - 1].pos[0] == "名詞" and toks[i - 1].end == t.start)  # クラブチーム|NOMO…


def _given_name_continues(toks: Sequence[Token], i: int, end: int,
                          dictionary: Dictionary) -> tuple[int, str, str] | None:
    """増渕|竜|義, 堂上|直|倫: UniDic cut a given name short and left its last kanji as a word. The
    name runs on when the given name with that kanji is one JMnedict lists (竜義 たつよし):
    (end, text, reading), or None."""
    if end - i == 1 and end + 2 < len(toks) and all(
            len(t.surface) == 1 and has_kanji(t.surface) and t.start == p.end
            for p, t in zip(toks[end - 1:end + 1], toks[end:end + 2], strict=True)) and _title_at(toks, end + 2):
        # 佐々木|貴|正 容疑者: a surname, then a given name UniDic cut in two single kanji.
        given = toks[end].surface + toks[end + 1].surface
        readings = dictionary.name_readings(given)
        if readings and dictionary.name_types(given) & {"given", "masc", "fem"}:
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
    if not readings or not dictionary.name_types(given) & {"given", "masc", "fem"}:
        return None
    text = "".join(t.surface for t in toks[i:end + 1])
    reading = "".join(t.reading for t in toks[i:end - 1]) + to_hiragana(readings[0])
    return end + 1, text, reading


def _is_country(t: Token, dictionary: Dictionary) -> bool:
    """ドイツ, フランス: a place name (UniDic 地名, or JMnedict place and not person)."""
    if t.pos[2] == "地名":
        return True
    types = dictionary.name_types(t.surface)
    return bool(types & {"place"}) and not types & {"person", "surname", "given", "masc", "fem"}


_WATER_AND_LAND = ("川", "山", "湖", "湾", "島", "岳", "峠")


def _looks_like_place(text: str, toks: Sequence[Token], end: int, dictionary: Dictionary) -> bool:
    """A name UniDic calls a person that JMnedict also knows as a place, with no title after it and a
    place's ending: 熊谷|市 (an administrative unit follows), 利根川 (a river)."""
    if _title_at(toks, end) or "place" not in dictionary.name_types(text):
        return False
    admin_after = end < len(toks) and toks[end].surface in ADMIN_SUFFIXES and toks[end - 1].end == toks[end].start
    return admin_after or text.endswith(_WATER_AND_LAND)


def _katakana_run(tokens: Sequence[Token], i: int) -> int:
    """End of the run of touching katakana tokens from i (マクロ|ン, マルコ|・|サントス)."""
    j = i
    while j < len(tokens) and _KATAKANA.match(tokens[j].surface) and (
        j == i or tokens[j - 1].end == tokens[j].start
    ):
        j += 1
    return j


def _is_nounish(t: Token) -> bool:
    return t.pos[0] in ("名詞", "接頭辞") or (t.pos[0] == "接尾辞" and t.pos[1] == "名詞的")


_CORPORATE = ("株式会社", "ホールディングス", "有限会社")


def _company_names(tokens: Sequence[Sequence[Token]]) -> frozenset[str]:
    """Company names marked once by 株式会社 before or after them (株式会社北辰テクノ,
    ヒカリ電子工業株式会社): later bare mentions (北辰テクノは) are the same company."""
    found: set[str] = set()
    for toks in tokens:
        text_at = [t.surface for t in toks]
        for i in range(len(toks)):
            if text_at[i] not in ("株式", "株式会社", "ホールディングス", "有限"):
                continue
            marker_end = i + 2 if text_at[i] in ("株式", "有限") and i + 1 < len(toks) and text_at[i + 1] == "会社" else i + 1
            if "".join(text_at[i:marker_end]) not in _CORPORATE:
                continue
            # The run of nouns before the marker (ヒカリ電子工業) ...
            j = i
            while j > 0 and _is_nounish(toks[j - 1]) and toks[j - 1].pos[1] != "数詞" and i - j < 5:
                j -= 1
            if j < i:
                found.add("".join(text_at[j:i]))
                found.add("".join(text_at[j:marker_end]))
            # ... or after it (株式会社北辰テクノ).
            k = marker_end
            while k < len(toks) and _is_nounish(toks[k]) and toks[k].pos[1] != "数詞" and k - marker_end < 5:
                k += 1
            if k > marker_end and j == i:
                found.add("".join(text_at[marker_end:k]))
                found.add("".join(text_at[i:k]))
    return frozenset(found)


def _is_proper_in_dictionary(text: str, dictionary: Dictionary) -> bool:
    """気象庁, 厚労省: common nouns to UniDic, but JMnedict has them or JMdict glosses them as a
    proper name ("(Japanese) Meteorological Agency", "Ministry of Health, ...")."""
    if dictionary.name_types(text):
        return True
    for e in dictionary.entries(text):
        if e.senses and e.senses[0].glosses:
            first = re.sub(r"^\([^)]*\)\s*", "", e.senses[0].glosses[0])
            if first[:1].isupper():
                return True
    return False


def _starts_no_name(toks: Sequence[Token], i: int) -> bool:
    """第91|回|全国高校…, 近く|大津地方裁判所, のち|ペルー議会: a counter after a number or an
    adverbial noun in kana is no first word of a name (みずほ|コーポレート銀行 is one), nor a verbal
    noun before a proper name."""
    t = toks[i]
    if i > 0 and toks[i - 1].pos[1] == "数詞" and t.pos[2] in ("助数詞", "助数詞可能"):
        return True
    if t.pos[2] == "副詞可能" and not has_kanji(t.surface[-1:]):
        return True
    # 運転|再開|仙台|空港: common nouns before a place's name are the sentence's, not the airport's.
    j = i + 1
    while j < len(toks) and j - i < 5 and _is_nounish(toks[j]):
        if toks[j].pos[1] == "固有名詞":
            return t.pos[1] == "普通名詞" and t.pos[2] in ("サ変可能", "副詞可能") or t.pos[1] == "数詞"
        j += 1
    return False


def find_name_spans(
    sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]], dictionary: Dictionary,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> list[NameSpan]:
    """Every name mention, as token spans, in article order.

    ``overrides`` (lemma -> reading, the user's overrides file) extends the acronym readings.
    """
    spans = _find_spans(sentences, tokens, dictionary)
    # 森林子（もり・りんこ）: a reading the article gives in brackets is the name's reading.
    given = frozenset(k for k, sp in enumerate(spans) if _reading_bracket(tokens[sp.sentence_index], sp.end))
    spans = read_people_in_context(spans, dictionary, given)
    # NHK, COP24, JR東日本: every Latin-letter part gets its spoken reading (UniDic has none).
    spans = [replace(sp, reading=spoken_reading(sp, tokens[sp.sentence_index], overrides))
             if re.search("[A-Za-z]", sp.name) else sp for sp in spans]
    return [replace(sp, reading=kanji_by_kanji(sp, tokens[sp.sentence_index], dictionary))
            if has_kanji(sp.reading) else sp for sp in spans]


def _whole_name_span(si: int, i: int, whole: tuple[int, str, str], toks: Sequence[Token],
                     dictionary: Dictionary) -> NameSpan:
    """The longest name wins: 日本維新の会 (org), not 日本 inside it; 東日本大震災 (other)."""
    end, text, kind = whole
    if kind == "other" and _glossed_as_organisation(text, dictionary):
        kind = "org"  # 安全保障理事会 "(UN) Security Council"
    readings = dictionary.name_readings(text)
    reading = to_hiragana(readings[0]) if readings else "".join(x.reading for x in toks[i:end] if x.surface != "・")
    while kind == "person" and end < len(toks) and toks[end].pos[2] == "人名":
        # 下窪|陽介: the surname JMnedict knows, then the given name
        reading += toks[end].reading
        text += toks[end].surface
        end += 1
    span = NameSpan(si, i, end, text, reading, kind)
    return _with_admin_suffix(span, toks) if kind == "place" else span


def _find_spans(
    sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]], dictionary: Dictionary
) -> list[NameSpan]:
    org_names, org_suffixes = organizations()
    spans: list[NameSpan] = []
    known_people: set[str] = set()
    # First pass: names recognised by a title anywhere teach us the person for the second pass
    # (ゼレンスキー大統領 once, then ゼレンスキー alone).
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
    known_orgs = _company_names(tokens)
    place_names = places()
    facility_heads = facilities()
    title_words = frozenset(titles())
    baseball = is_baseball_story([s.text for s in sentences])
    for s, toks in zip(sentences, tokens, strict=True):
        runs = run_texts(toks)
        jmnedict_runs, jmdict_runs = dictionary.known_names(runs), dictionary.known(runs)
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            span = None
            if t.surface == "・":
                i += 1  # ドイツ|・|ショルツ: the dot between a country and a person belongs to neither
                continue
            bracket = _reading_bracket(toks, i)
            if bracket:
                i = bracket[1]  # （パク・チョンフン）: a reading, not names of its own
                continue
            span = acronym_span(toks, i, s.index)
            team = team_span(toks, i, baseball) if span is None else None
            if team is not None:
                # 千葉|ロッテ, 阪神|タイガース; 西鉄 and 近鉄 in a baseball story: the team, an org.
                span = NameSpan(s.index, i, team[0], team[1], team[2], "org")
            if span is None and t.surface in ("ラジオ", "テレビ") and i + 1 < n and toks[i + 1].pos[2] == "地名" \
                    and toks[i + 1].start == t.end and (i + 2 == n or toks[i + 2].pos[0] not in ("名詞", "接尾辞")):
                # ラジオ|東京, ラジオ|日本: a broadcaster named after its region, not the region
                span = NameSpan(s.index, i, i + 2, t.surface + toks[i + 1].surface, t.reading + toks[i + 1].reading, "org")
            school_end = school_short_name(toks, i, dictionary) if span is None and baseball else None
            if school_end is None and span is None and baseball:
                school_end = team_before_its_prefecture(toks, i)
            if school_end is not None:
                span = NameSpan(s.index, i, school_end, "".join(x.surface for x in toks[i:school_end]),
                                "".join(x.reading for x in toks[i:school_end]), "org")
            # Organisations first: a run of nouns ending in 省, 庁, 銀行 … (厚生労働省, 日本銀行).
            j = i
            while j < n and (_is_nounish(toks[j]) or j > i and toks[j].pos[0] == "形状詞" and j + 1 < n
                             and _is_nounish(toks[j + 1])) and toks[j].pos[1] != "数詞" and j - i < 8:
                j += 1  # 苫小牧|高等|学校: 高等 is an adjectival noun inside the school's name
            # 同|病院 (the said hospital) names nothing; 旧|厚木恵心病院, 元|日本軍, 与党|自由民主党: the
            # prefix describes the name and is not part of it.
            # 県|警|鹿沼署 after 同: a suffix (警) starts no name.
            no_start = _starts_no_name(toks, i) or t.surface in _DESCRIBING_PREFIXES or t.pos[0] == "接尾辞"
            # 山口|信夫|日本商工会議所: a person's full name before an organisation is not part of it.
            person_first = i + 1 < n and toks[i].pos[2] == "人名" and toks[i + 1].pos[2] == "人名"
            for end in range(j, i, -1) if span is None else ():
                text = "".join(x.surface for x in toks[i:end])
                if text in org_names:
                    span = NameSpan(s.index, i, end, text, "".join(x.reading for x in toks[i:end]), "org")
                    break  # スポーツ|ニッポン: a paper's name, though it starts with a verbal noun
                if no_start or person_first or end - i > 5 and not text.endswith("学校"):
                    continue  # 駒澤|大学|付属|苫小牧|高等|学校: only a school's name runs past five words
                if any(x.pos[1] == "固有名詞" and "".join(y.surface for y in toks[i:m]).endswith(_WHOLE_BODIES)
                       for m, x in enumerate(toks[i + 1:end], i + 1)):
                    continue  # 国土交通省|札幌航空…, 兵庫県警|尼崎東署: a body, then a named office of its own
                if end - i >= 2 and text.endswith(org_suffixes) and text not in org_suffixes and (any(
                    x.pos[1] == "固有名詞" or x.origin == "固" for x in toks[i:end]
                ) or _latin_head(toks, i, end, text) or _is_proper_in_dictionary(text, dictionary)) or text in known_orgs:
                    span = NameSpan(s.index, i, end, text, "".join(x.reading for x in toks[i:end]), "org")
                    break
                if _PUBLIC_SCHOOL.search(text):
                    continue  # 尼崎市立小学校: a municipal school, not a name
                if text in place_names or (
                    end - i >= 2 and text.endswith(facility_heads) and toks[i].pos[0] != "接尾辞"
                    and toks[i].pos[2] != "サ変可能"  # 買収|公園として: a verbal noun, then a park
                    and (not text.endswith(_NAMED_FACILITIES) or any(x.pos[1] == "固有名詞" for x in toks[i:end]))
                    and not (toks[i].pos[1] == "普通名詞" and any(x.pos[1] == "固有名詞" for x in toks[i + 1:end]))
                    and not dictionary.known([text])
                ):
                    # 中央公園, 緑山駅: a park or station JMdict does not know is this article's place.
                    span = NameSpan(s.index, i, end, text, "".join(x.reading for x in toks[i:end]), "place")
                    break
            run_end = _katakana_run(toks, i)
            if span is None and run_end > i + 2 and toks[i + 1].surface == "・" and _is_country(toks[i], dictionary):
                # ドイツ・ショルツ首相: the country, then the person (who keeps the title).
                span = NameSpan(s.index, i, i + 1, t.surface, to_hiragana(t.surface), "place")
            dotted_end = run_end
            while dotted_end > i and toks[dotted_end - 1].surface == "・":
                dotted_end -= 1  # コーチ・|監督: a dot before a kanji word joins no name
            title_after = _title_at(toks, dotted_end) if dotted_end < n else None
            if dotted_end > i + 2 and dotted_end < n and toks[dotted_end - 2].surface == "・" and (
                    toks[dotted_end].surface in ADMIN_SUFFIXES or toks[dotted_end - 1].pos[2] == "地名"
                    and toks[dotted_end].pos[0] in ("名詞", "接尾辞") and toks[dotted_end].start == toks[dotted_end - 1].end
                    and (title_after is None or title_after[0] in _TITLES_AFTER_PLACES)):
                # ディーター・アルトハウス・|チューリンゲン州, レフ・カチンスキ・|ワルシャワ市長; but
                # マルコ・サントス大統領 is one man (サントス is a Brazilian city too).
                dotted_end -= 2
            if span is None and dotted_end > i + 2 and t.pos[2] == "人名" and t.pos[3] != "姓" and any(
                    x.surface == "・" for x in toks[i:dotted_end]) and not _is_country(toks[i], dictionary):
                # クロード・ヘラー, マハティール・ビン・モハマド, ジェンソン・バトン (バトン a baton to
                # UniDic): a given name, dots and katakana words are one person.
                run = "".join(x.surface for x in toks[i:dotted_end])
                # ノリス・ホール, ウィスラー・スライディング・センター: a place named after a person.
                kind = "place" if run.rsplit("・", 1)[-1] in _NO_PERSON_ENDS else "person"
                span = NameSpan(s.index, i, dotted_end, run, to_hiragana(run.replace("・", "")), kind)
            if span is None and re.fullmatch("[A-Z]", t.surface) and i + 2 < n and toks[i + 1].surface in (".", "．") \
                    and _KATAKANA.match(toks[i + 2].surface):
                i += 2  # F.アロンソ: an initial before a surname is no name of its own
                continue
            if span is None and dotted_end > i + 1:
                # マクロ|ン before 大統領: UniDic cut an unknown name into words; the run is the name.
                run = "".join(x.surface for x in toks[i:dotted_end])
                if run in known_people or _title_at(toks, dotted_end):
                    span = NameSpan(s.index, i, dotted_end, run, to_hiragana(run), "person")
            if span is None and (t.pos[1] == "固有名詞" or t.surface in known_people or t.unknown):
                kind = {"人名": "person", "地名": "place"}.get(t.pos[2])
                end = i + 1
                # 岸田 + 文雄: a surname and a given name are one name.
                while end < n and kind == "person" and toks[end].pos[2] == "人名":
                    end += 1
                given_end = _given_name_continues(toks, i, end, dictionary) if kind == "person" else None
                if kind == "person" and end == i + 1 and end < n and toks[end].pos[1] == "普通名詞" \
                        and toks[end].start == t.end and has_kanji(toks[end].surface) and len(toks[end].surface) >= 2 \
                        and (end + 1 == n or toks[end + 1].pos[0] not in ("名詞", "接尾辞")) \
                        and dictionary.name_types(toks[end].surface) & {"given", "masc", "fem"} \
                        and not dictionary.known([toks[end].surface]):
                    # 中村|主水: a given name JMnedict has but JMdict does not (UniDic calls it a common noun)
                    given_end = (end + 1, t.surface + toks[end].surface, t.reading + toks[end].reading)
                # インド|太平|洋, 関東|甲信: place names written together are one place.
                while end < n and kind == "place" and toks[end].pos[2] == "地名" and toks[end - 1].end == toks[end].start:
                    end += 1
                text = "".join(x.surface for x in toks[i:end])
                if t.surface in known_people:
                    kind = "person"
                if kind is None:
                    kind = _name_type_from_jmnedict(dictionary.name_types(text))
                if kind == "person" and t.surface not in known_people and _looks_like_place(text, toks, end, dictionary):
                    kind = "place"  # 熊谷|市, 利根川: a surname to UniDic, a place by its suffix
                if kind is None and t.unknown and _title_at(toks, end):
                    kind = "person"
                if kind in (None, "place") and t.pos[1] == "固有名詞" and t.pos[3] != "国" \
                        and _glossed_as_organisation(text, dictionary):  # ソ連 "Soviet Union" is a country
                    kind = "org"  # 日銀: Bank of Japan
                if kind is None and t.pos[1] == "固有名詞":
                    kind = "other"
                if kind is not None and (has_kanji(text) or _KATAKANA.match(text) or _ASCII_NAME.match(text)):
                    reading = "".join(x.reading for x in toks[i:end]) or to_hiragana(text)
                    if given_end is not None and kind == "person":
                        end, text, reading = given_end
                    elif kind == "person" and end - i >= 3 and all(x.pos[2] == "人名" for x in toks[i:end]):
                        # 池田|光|智: UniDic cut the given name and read its pieces (ひかりさとし);
                        # JMnedict reads the given name whole (光智 みつとも).
                        given_name = "".join(x.surface for x in toks[i + 1:end])
                        own = "".join(x.reading for x in toks[i + 1:end])
                        readings = [to_hiragana(r) for r in dictionary.name_readings(given_name)]
                        if readings and own not in readings and dictionary.name_types(given_name) & {"given", "masc", "fem"}:
                            reading = toks[i].reading + readings[0]
                    span = NameSpan(s.index, i, end, text, reading, kind)
            if span is None and _KATAKANA.match(t.surface) and len(t.surface) >= 2 and _title_at(toks, i + 1):
                # トランプ before 大統領 is a person, not playing cards.
                span = NameSpan(s.index, i, i + 1, t.surface, to_hiragana(t.surface), "person")
            if span is not None and span.type in ("place", "other") and _is_person_before_title(
                span, toks, dictionary, known_people
            ):
                # 高瀬首相: 高瀬 is a place to UniDic, but a surname before a personal title.
                span = NameSpan(span.sentence_index, span.first, span.end, span.name, span.reading, "person")
            if span is None and t.pos[1] == "普通名詞" and i + 1 < n and toks[i + 1].surface in _MUNICIPAL:
                # 日向|市: UniDic reads 日向 as the common noun ひなた; JMnedict knows 日向市 (ひゅうがし).
                text = t.surface + toks[i + 1].surface
                if "place" in dictionary.name_types(text) and not dictionary.known([text]):
                    readings = dictionary.name_readings(text)
                    span = NameSpan(s.index, i, i + 2, text, to_hiragana(readings[0]) if readings else t.reading + toks[i + 1].reading,
                                    "place")
            if span is not None and span.type == "place":
                span = _with_admin_suffix(span, toks)
            whole = compound_name(toks, i, dictionary, jmnedict_runs, jmdict_runs, title_words)
            if whole is not None and (span is None or whole[0] > span.end):
                span = _whole_name_span(s.index, i, whole, toks, dictionary)  # 日本|維新の会, パリ|協定
            if span is not None and span.type == "place":
                if span.name.endswith(_MUNICIPAL):
                    # 三田市: みたし to UniDic, さんだし to JMnedict, which lists the city's own reading first.
                    readings = dictionary.name_readings(span.name)
                    if readings and span.reading not in readings:
                        span = NameSpan(span.sentence_index, span.first, span.end, span.name, to_hiragana(readings[0]), span.type)
            if span is not None and baseball and span.type == "place" and span.end - span.first == 1 \
                    and named_as_player(toks, span.first) and "surname" in dictionary.name_types(span.name):
                span = replace(span, type="person")  # 3番・赤平: a batter, not the town
            if span is not None and span.type == "person" and span.first >= 3 and span.end < n \
                    and toks[span.first - 1].surface == "、" and toks[span.first - 2].pos[3] == "国" \
                    and toks[span.first - 3].surface in ("(", "（") and toks[span.end].surface in (")", "）"):
                span = replace(span, type="org")  # アロンソ(スペイン、ルノー): the country, then the team
            if span is not None and span.name == "タイ" and span.first and toks[span.first - 1].surface.endswith(_BEFORE_TIE):
                span = None
            if span is not None and span.name in _ERAS:
                span = None  # 令和7年度: an era, which UniDic tags as a person's name
            if span is not None and span.type != "org" and span.end < n and (
                    len(toks[span.end].surface) == 1 or toks[span.end].pos[2] == "助数詞可能") \
                    and toks[span.end].start == toks[span.end - 1].end \
                    and toks[span.end].pos[0] in ("名詞", "接尾辞") and dictionary.known([span.name + toks[span.end].surface]):
                # 日本|一, 日本|時間 (a measure): a word JMdict has, not the country.
                # 日本酒, 日本語, 芥川賞: the name is part of a word JMdict has, and names nothing here.
                span = None
            if span is not None and span.type == "org" and span.name.endswith(_WHOLE_BODIES) and span.end + 1 < n \
                    and toks[span.end].pos[1] == "普通名詞" and toks[span.end + 1].surface in ("部", "課", "局") \
                    and (span.end + 2 == n or toks[span.end + 2].pos[0] not in ("名詞", "接尾辞")) \
                    and toks[span.end].start == toks[span.end - 1].end and toks[span.end + 1].start == toks[span.end].end:
                # 警視庁|公安|部: the department is named with its body
                span = NameSpan(span.sentence_index, span.first, span.end + 2, span.name + toks[span.end].surface
                                + toks[span.end + 1].surface, span.reading + toks[span.end].reading
                                + toks[span.end + 1].reading, "org")
            if span is not None and span.type == "person":
                # 朴正|勲（パク・チョンフン）: the name runs to the reading the article gives.
                k = span.end
                while k < n and k < span.end + 2 and toks[k].pos[0] == "名詞" and has_kanji(toks[k].surface) \
                        and not _title_at(toks, k):
                    k += 1
                # キミ・ライコネン(フィンランド): kana in brackets after a name in kana is no reading.
                given = _reading_bracket(toks, k) if has_kanji("".join(x.surface for x in toks[span.first:k])) else None
                if given:
                    name = "".join(x.surface for x in toks[span.first:k])
                    reading = given[0]
                    surname = toks[span.first]
                    given_part = "".join(x.reading for x in toks[span.first + 1:k])
                    whole = any("・" in x.surface for x in toks[k:given[1]])  # イ・ジェミン: family and given name
                    if k - span.first > 1 and surname.pos[2] == "人名" and has_kanji(surname.surface) \
                            and not reading.startswith(surname.reading) and not whole and (
                            reading in map(to_hiragana, dictionary.name_readings(name[len(surname.surface):]))
                            or len(reading) <= len(given_part) + 1):
                        # 加藤智大（ともひろ）, 諸岡覚(さとる): the bracket reads the given name only
                        reading = surname.reading + reading
                    span = NameSpan(span.sentence_index, span.first, k, name, reading, span.type)
            if span is not None:
                title = _title_at(toks, span.end) if span.type == "person" else None
                if title:
                    span = NameSpan(span.sentence_index, span.first, span.end, span.name, span.reading,
                                    span.type, title[0], title[1])
                spans.append(span)
                i = span.end
            else:
                i += 1
    return spans


def collect_names(article_id: str, spans: Sequence[NameSpan]) -> tuple[Name, ...]:
    """One :class:`Name` per distinct name, with its first sentence, count and usual title."""
    first: dict[tuple[str, str], NameSpan] = {}
    counts: Counter[tuple[str, str]] = Counter()
    title_counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for sp in spans:
        key = (sp.name, sp.type)
        first.setdefault(key, sp)
        counts[key] += 1
        if sp.title:
            title_counts[key][sp.title] += 1
    # A news story names a person in full once, then by surname alone (森静香さん, then 森さん):
    # the surname joins the first person named in full with it, so one person is listed once.
    people = sorted((k for k in first if k[1] == "person"), key=lambda k: first[k].sentence_index)
    for key in people:
        owner = next((k for k in people if k in first and k != key and len(k[0]) > len(key[0])
                      and (k[0].startswith(key[0]) or k[0].endswith("・" + key[0]))), None)
        if owner is None:
            continue
        counts[owner] += counts.pop(key)
        if not title_counts[owner]:
            title_counts[owner].update(title_counts[key])
        del first[key]
    names = []
    for key, sp in first.items():
        title = title_counts[key].most_common(1)[0][0] if title_counts[key] else ""
        digest = hashlib.sha1(f"{article_id}\0name\0{sp.name}\0{sp.type}".encode()).hexdigest()[:10]
        names.append(Name(f"n-{digest}", sp.name, sp.reading, sp.type, sp.sentence_index, title, counts[key]))
    return tuple(names)
