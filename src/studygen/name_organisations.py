"""Organisations and named places found as a run of nouns: by the table of organisations
(日本銀行), by their ending (厚生労働省, 兵庫県警, PL学園高等学校), as a company the article
marks once with 株式会社 (株式会社北辰テクノ, then 北辰テクノ alone), and as a place from the
table of regions (首都圏) or by a facility's ending (中央公園, 緑山駅).

UniDic tags most of these as common nouns, so :func:`organisation_or_place` tries the longest
run of nouns first and shortens it a word at a time; the rules say which runs name nothing
(同病院, 尼崎市立小学校, 運転再開仙台空港). The department named after its body
(警視庁公安部) is :func:`department_of_body`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Token
from .name_tables import GIVEN_TYPES, NameSpan, _title_at, facilities, organizations, places

__all__ = ["bodies_named_in_brackets", "company_names", "department_of_body", "organisation_or_place"]

_DESCRIBING_PREFIXES = frozenset(["同", "旧", "元", "前", "現", "与党", "野党", "当", "各"])
# Bodies after which a name starts again: 国土交通省|札幌航空交通管制部, 兵庫県警|尼崎東署.
_WHOLE_BODIES = ("省", "庁", "県警", "府警", "道警")
# 通常|通り, ホーム|スタジアム: these endings make a name only with a name before them (神田明神通り).
_NAMED_FACILITIES = ("通り", "スタジアム", "ドーム", "球場", "競技場", "球技場", "IC", "SA", "PA", "JCT")  # 新球場, 本拠球場 name nothing (dev review 9)
# 貨物ヤード駅, 新旅客駅 (round 59's 0646): a station described, not named (樅山駅, 汶山駅 are names)
_DESCRIBED_STATION = frozenset(("新", "旧", "仮", "臨時", "貨物", "旅客", "最寄り", "最寄", "始発", "終着"))
# 軍事|空港, 民間|空港, 地方|空港: a word of what kind of facility it is names none (100km離れた軍事空港,
# round 112's 1552)
_KIND_OF_FACILITY = frozenset(("軍事", "民間", "地方", "大型", "小型", "臨時", "仮設", "主要", "地元", "近隣", "最寄り",
                               "公営", "民営", "私設", "公設", "無人", "有料", "無料"))
_PUBLIC_SCHOOL = re.compile(r"(?:^|[市町村区県都府道])(?:私|公|国)?立(?:小学校|中学校|高校|高等学校|病院)$")
_CORPORATE = ("株式会社", "ホールディングス", "有限会社")
# 秋田|魁|新報, 嵐山|小川|IC: endings that make two words read as a person's names a paper or an
# interchange (not 谷口|修|市議会, 張|玉|軍: a person, then another name)
# (上海|福喜|食品: UniDic's surname and given name, then a firm's ending, are a company; round 100's 2889)
_AFTER_TWO_NAMES = frozenset(("新報", "新聞", "日報", "IC", "SA", "PA", "JCT", "食品", "製薬", "工業", "商事", "物産",
                              "製菓", "乳業"))
# A name runs over at most this many words; only a school's or a hospital's name runs past five
# (駒澤|大学|付属|苫小牧|高等|学校).
_MAX_WORDS = 8


def _is_nounish(t: Token) -> bool:
    return t.pos[0] in ("名詞", "接頭辞") or (t.pos[0] == "接尾辞" and t.pos[1] == "名詞的")


def company_names(tokens: Sequence[Sequence[Token]]) -> frozenset[str]:
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


# 宗教法人「紀元会」, 政治団体「新時代の会」, ロックバンド「モンキーズ」: a word saying what kind of
# body, then its name in brackets. The name is whole whatever its words are (紀元 alone is "era",
# and was listed as a word, round 51).
# (地方紙「みんなの滋賀新聞」, 黒人政治組織の「アフリカ民族会議」: a paper, and の between, round 52)
_BODY_WORDS = frozenset(("法人", "宗教", "団体", "政党", "新党", "会社", "企業", "組織", "教団", "財団", "組合",
                         "労組", "結社", "グループ", "バンド", "ユニット", "チーム", "クラブ", "紙"))


def _body_named_in_brackets(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """The body named in brackets from token i, an org, or None: 宗教法人|「|紀元|会|」|で gives
    紀元会; 派遣会社「パワーステーション(本社大田区)」 gives パワーステーション. Not 関連会社
    「みかじめ料」報道 (a headline quoting a word: no particle after the bracket)."""
    if i < 1 or toks[i - 1].surface != "「" or (i < 2 or toks[i - 2].surface not in _BODY_WORDS) and not (
            i >= 3 and toks[i - 2].surface == "の" and toks[i - 3].surface in _BODY_WORDS) and not _council(toks, i):
        return None
    end = i
    while end < len(toks) and end - i < 15 and toks[end].surface not in ("」", "(", "（"):
        if toks[end].surface in ("、", "。", "「", "『"):
            return None
        end += 1
    close = next((k for k in range(end, min(len(toks), end + 12)) if toks[k].surface == "」"), None)
    text = "".join(x.surface for x in toks[i:end])
    if end == i or close is None or close + 1 < len(toks) and toks[close + 1].pos[0] not in ("助詞", "補助記号") \
            and not text.endswith(organizations()[1]):  # (「みんなの滋賀新聞」創刊: a paper's name, then a noun)
        return None
    if len(text) > 20 or re.search(r"[A-Za-z][a-z]", text):
        return None  # Kiss-FM社, トトロWithネコバス: an English word has no reading here
    return NameSpan(si, i, end, text, "".join(x.reading for x in toks[i:end]), "org")


# クーデターを起こした「民主改革評議会」の議長: a council named whole in brackets is a body
# whatever word goes before (round 95's 2500, no name before)
_COUNCIL = re.compile(r"(?:評議会|協議会|委員会|連盟|同盟|戦線|解放機構|救国戦線)$")


def _council(toks: Sequence[Token], i: int) -> bool:
    close = next((k for k in range(i, min(len(toks), i + 10)) if toks[k].surface == "」"), None)
    return close is not None and close - i >= 2 and all(t.pos[0] in ("名詞", "接尾辞", "接頭辞") for t in toks[i:close]) \
        and bool(_COUNCIL.search(text := "".join(t.surface for t in toks[i:close]))) and len(text) >= 5 \
        and not re.search(r"^第|[0-9０-９]", text)  # 「第209回委員会」: a meeting, no body


def bodies_named_in_brackets(tokens: Sequence[Sequence[Token]]) -> dict[tuple[int, int], NameSpan]:
    """Every body the article names in brackets after the word for its kind, by (sentence, first
    token): the span where it stands, and its name, which names the body where it stands alone
    later (紀元会 in brackets once, then 紀元会は)."""
    return {(si, i): span for si, toks in enumerate(tokens) for i in range(len(toks))
            if (span := _body_named_in_brackets(toks, si, i)) is not None}


def _latin_head(toks: Sequence[Token], i: int, end: int, text: str) -> bool:
    """NOMO|クラブ, ARD|テレビ, PL|学園高等学校: a name in Latin letters (unknown to UniDic) and an
    organisation's ending; not IP|放送 or BS|衛星放送 (a kind of broadcasting)."""
    t = toks[i]
    school = text.endswith(("学校", "学園"))
    if not (t.unknown and re.fullmatch("[A-Z][A-Za-z]+", t.surface)) or not (end - i == 2 and len(t.surface) > 2 or school):
        return False
    return not (i and toks[i - 1].pos[0] == "名詞" and toks[i - 1].end == t.start)  # クラブチーム|NOMO…


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
    if t.pos[1] == "普通名詞" and re.fullmatch(r"[ぁ-ん]+", t.surface) and i + 1 < len(toks) and toks[i + 1].pos[1] == "固有名詞":
        return True  # 欠員1|あり|自民党 (あり "ant" to UniDic, the verb there): a kana common noun starts no name
    # 運転|再開|仙台|空港: common nouns before a place's name are the sentence's, not the airport's.
    # チャーター|専門|会社|イタリア航空: what the firm is, then its name (round 102's 2426); 株式|会社 is
    # the firm's legal form, part of its name
    for j in range(i, min(len(toks) - 1, i + 5)):
        if not _is_nounish(toks[j]):
            break
        if toks[j].surface in ("会社", "企業", "メーカー", "団体") and toks[j + 1].pos[1] == "固有名詞" and \
                not (j and toks[j - 1].surface in ("株式", "有限", "合同", "合資", "合名")):
            return True
    j = i + 1
    if t.surface in ("兼", "対"):  # 対|ヤマハ発動機: "versus" is no first word of the name
        return True
    while j < len(toks) and j - i < 5 and _is_nounish(toks[j]):
        if toks[j].surface == "兼":
            return True  # 副社長|兼|常盤薬品工業社長: one man's two posts, no 「社長兼常盤薬品工業」 (round 109's 2768)
        if toks[j].pos[1] == "固有名詞":
            # (与党・|統一|マレー|国民会議: after the dot that follows a role, the verbal noun is the name's)
            return (t.pos[1] == "普通名詞" and t.pos[2] in ("サ変可能", "副詞可能")
                    and not (i > 0 and toks[i - 1].surface == "・")) or t.pos[1] == "数詞"
        j += 1
    return False


def _noun_run_end(toks: Sequence[Token], i: int) -> int:
    """End of the run of nouns from token i that may hold a name: 厚生|労働|省. An adjectival
    noun inside counts (苫小牧|高等|学校: 高等 is one), a number ends the run (3|月)."""
    n = len(toks)
    j = i
    while j < n and (_is_nounish(toks[j]) or j > i and toks[j].pos[0] == "形状詞" and j + 1 < n
                     and _is_nounish(toks[j + 1])) and toks[j].pos[1] != "数詞" and j - i < _MAX_WORDS and \
            not (j > i and toks[j].surface == "対"):
        # 近鉄|対|ヤマハ発動機: 対 (versus) parts two sides of a match, no one body (round 114's 0385)
        j += 1
    return j


def _is_organisation(toks: Sequence[Token], i: int, end: int, text: str, dictionary: Dictionary,
                     known_orgs: frozenset[str]) -> bool:
    """厚生労働省, 日本銀行, NOMO|クラブ: a run ending in an organisation's ending (省, 庁, 銀行)
    that holds a proper noun, or that JMnedict or JMdict knows as a name; or a company the
    article marked with 株式会社. The ending alone (銀行) names nothing."""
    _, org_suffixes = organizations()
    if text.endswith("党") and any(x.surface in ("選", "選挙") for x in toks[i:end - 1]):
        return False  # 東京|都議|選|民主|党 (a headline): the election, then the party (dev review 10)
    if text.endswith("センター") and "place" in dictionary.name_types(text):
        return False  # 福岡国際センター, ケネディ宇宙センター: a hall, a launch site JMnedict files as places
    return end - i >= 2 and text.endswith(org_suffixes) and text not in org_suffixes and (any(
        x.pos[1] == "固有名詞" or x.origin == "固" for x in toks[i:end]
    ) or _latin_head(toks, i, end, text) or _is_proper_in_dictionary(text, dictionary)
        or _acronym_after(toks, end) and _starts_a_run(toks, i)
        # ゴンチャロフ|製菓: a katakana word JMdict lacks before a firm's ending (round 52 listed
        # ゴンチャロフ as a person and lost the firm)
        or end - i == 2 and re.fullmatch(r"[ァ-ヶー]{3,}", toks[i].surface) is not None
        and not dictionary.entries(toks[i].surface) and _starts_a_run(toks, i)) or text in known_orgs


def _starts_a_run(toks: Sequence[Token], i: int) -> bool:
    """Token i begins its run of nouns, after no dot: 国際|サッカー|連盟(FIFA) whole, not 向上|機構 of
    放送倫理・番組|向上機構(BPO), a part after a dot that is no name of its own."""
    if i >= 2 and toks[i - 1].surface == "・" and toks[i - 2].surface in _DESCRIBING_PREFIXES | {"政党", "団体", "組織"}:
        return True  # 野党・|統一民主連合(CUD): the dot after a word that says what the body is
    return i == 0 or not (_is_nounish(toks[i - 1]) or toks[i - 1].surface == "・")


def _acronym_after(toks: Sequence[Token], end: int) -> bool:
    """国際|サッカー|連盟|(|FIFA|): a body of common nouns whose acronym follows in brackets is
    named, as a proper noun would name it (round 49: 国際 was listed as a word of FIFA's name)."""
    return end + 2 < len(toks) and toks[end].surface in ("(", "（") and toks[end + 2].surface in (")", "）") \
        and re.fullmatch(r"[A-Z]{2,6}", toks[end + 1].surface) is not None


# "Within" a place: 都内, 市内, 県内 (a word of their own to UniDic)
_WITHIN = frozenset(("都内", "市内", "県内", "府内", "道内", "区内", "町内", "村内", "国内", "管内"))


def _is_named_place(toks: Sequence[Token], i: int, end: int, text: str, dictionary: Dictionary) -> bool:
    """首都圏 (a region JMdict files as a common noun), or 中央公園, 緑山駅: a facility's ending
    after a name, which JMdict does not know, so it is this article's place. Not 買収|公園 (a
    verbal noun, then a park) nor 通常|通り (通り, スタジアム, ドーム need a proper noun)."""
    return text in places() or (
        end - i >= 2 and text.endswith(facilities()) and toks[i].pos[0] != "接尾辞"
        and toks[i].pos[2] != "サ変可能"  # 買収|公園として: a verbal noun, then a park
        and not (end - i == 2 and toks[i].surface in _KIND_OF_FACILITY)
        and (not text.endswith(_NAMED_FACILITIES) or any(x.pos[1] == "固有名詞" for x in toks[i:end])
             or has_kanji(toks[i].surface) and bool(dictionary.name_types(toks[i].surface) - GIVEN_TYPES)
             and toks[i].pos[0] != "接頭辞")  # 甲子園|球場 (not ホーム|スタジアム, 新|球場, 運動公園|球技場:
        # 公園 is a given name to JMnedict)
        and not (toks[i].pos[1] == "普通名詞" and any(x.pos[1] == "固有名詞" for x in toks[i + 1:end]))
        and not dictionary.known([text])
        and not (text.endswith("駅") and any(x.surface in _DESCRIBED_STATION for x in toks[max(0, i - 1):end])
                 and not any(x.pos[1] == "固有名詞" for x in toks[i:end]))
        # 東京|都内|病院, 広島|市内|病院 (a hospital in the city, its name withheld): a facility
        # "within" a place is not named by it (rounds 61 and 62)
        and not any(x.surface in _WITHIN for x in toks[i + 1:end - 1])
        # 博多の|森|球技場: one kanji after の is the end of a longer name, no name of its own
        and not (i > 0 and toks[i - 1].surface == "の" and len(toks[i].surface) == 1)
        # 原理主義勢力|UIC (a militia's acronym): IC ends an interchange's name only as a word of its own
        and not (re.search(r"[A-Z]$", text) and toks[end - 1].surface not in facilities())
    )


def organisation_or_place(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary,
                          known_orgs: frozenset[str]) -> NameSpan | None:
    """The organisation or place a run of nouns from token i names, longest first, or None:
    厚生|労働|省|は gives 厚生労働省 (org), 中央|公園|で gives 中央公園 (place) when JMdict
    does not know it, 同|病院 gives nothing."""
    org_names, _ = organizations()
    t = toks[i]
    # 同|病院 (the said hospital) names nothing; 旧|厚木恵心病院, 元|日本軍, 与党|自由民主党: the
    # prefix describes the name and is not part of it.
    # 県|警|鹿沼署 after 同: a suffix (警) starts no name.
    no_start = _starts_no_name(toks, i) or t.surface in _DESCRIBING_PREFIXES or t.pos[0] == "接尾辞"
    # 山口|信夫|日本商工会議所: a person's full name before an organisation is not part of it.
    # (秋田|魁|新報, 嵐山|小川|IC: two words UniDic took for a person's names, then the ending alone,
    # name a paper and an interchange; round 45)
    person_first = i + 1 < len(toks) and toks[i].pos[2] == "人名" and toks[i + 1].pos[2] == "人名"
    # 北の湖|相撲|協会|理事長: a person's one-word name (a ring name, not a surname: 松下|電器産業 is
    # a firm) before a body and a title is the person holding that post (round 51)
    named_person = toks[i].pos[2] == "人名" and toks[i].pos[3] == "一般"
    # 北|中米|カリブ|海|サッカー|連盟: a compass point is one word with the place after it (北中米), so
    # the body's name is five words, not six (round 100's 1038 listed it without 北)
    compass = t.surface in ("北", "南", "東", "西") and i + 1 < len(toks) and toks[i + 1].pos[2] == "地名"
    for end in range(_noun_run_end(toks, i), i, -1):
        text = "".join(x.surface for x in toks[i:end])
        if text in org_names:  # スポーツ|ニッポン: a paper's name, though it starts with a verbal noun
            return NameSpan(si, i, end, text, "".join(x.reading for x in toks[i:end]), "org")
        race = end + 1 if end < len(toks) and toks[end].surface == "選抜" else end
        if not no_start and text.endswith("大学") and race < len(toks) and toks[race].surface == "駅伝" and \
                toks[end].start == toks[end - 1].end:
            # 東京箱根間往復大学|駅伝|競走, 出雲全日本大学|選抜|駅伝: the universities' relay race, one
            # event, no university (nv145's 1519 listed 全日本大学; 0593 東京箱根間往復大学)
            more = race + 2 if race + 1 < len(toks) and toks[race + 1].surface == "競走" else race + 1
            return NameSpan(si, i, more, "".join(x.surface for x in toks[i:more]),
                            "".join(x.reading for x in toks[i:more]), "other")
        if named_person and _title_at(toks, end):
            continue
        if re.search(r"(?:[市町村区郡][^市町村区郡県府]*?[県府]|[県府].+[県府])(?:警|警察|警察本部)$", text):
            # 神奈川県相模原市神奈川県警, 京都府三重県警察: a list that lost its line breaks runs
            # places into the police (round 96's 2853); 大阪府警察 stays
            continue
        if text.endswith("線新駅") and (cut := next((k for k in range(end - 1, i, -1)
                                                   if "".join(x.surface for x in toks[i:k]) == text[:-2]), None)):
            return NameSpan(si, i, cut, text[:-2], "".join(x.reading for x in toks[i:cut]), "place")
        if re.search(r"[産製](?:食品|製菓|乳業)$", text):
            continue  # 中国|産|食品: food made in China, no firm (食品 ends 上海福喜食品)
        if text.endswith(("大学大学", "新駅")) or any(x.surface in ("ら", "たち", "等") and x.pos[0] == "接尾辞" for x in toks[i:end]):
            # 大阪電気通信大学|大学|院 (its graduate school): the university ends at its first 大学;
            # 北の湖|理事|長|ら|協会 (the chairman and others of the association): ら ends the run;
            # 東海道新幹線|新駅: a station planned on the line, no name; the line is one (round 95's
            # 3412, 3199, 3188)
            continue
        if no_start or person_first and not (end - i == 3 and toks[i + 2].surface in _AFTER_TWO_NAMES) \
                or end - i - compass > 5 and not text.endswith(("学校", "病院")):
            # 駒澤|大学|付属|苫小牧|高等|学校: only a school's or a hospital's name runs past five
            # words (神戸市立|医療センター|中央|市民|病院, round 61's 2614)
            continue
        if any(x.pos[1] == "固有名詞" and "".join(y.surface for y in toks[i:m]).endswith(_WHOLE_BODIES)
               for m, x in enumerate(toks[i + 1:end], i + 1)):
            continue  # 国土交通省|札幌航空…, 兵庫県警|尼崎東署: a body, then a named office of its own
        if _is_organisation(toks, i, end, text, dictionary, known_orgs):
            return NameSpan(si, i, end, text, "".join(x.reading for x in toks[i:end]), "org")
        if _company_in_jmnedict(toks[i:end], text, dictionary):
            return NameSpan(si, i, end, text, "".join(x.reading for x in toks[i:end]), "org")
        if _PUBLIC_SCHOOL.search(text):
            continue  # 尼崎市立小学校: a municipal school, not a name
        if _is_named_place(toks, i, end, text, dictionary):
            return NameSpan(si, i, end, text, "".join(x.reading for x in toks[i:end]), "place")
    return None


def _company_in_jmnedict(toks: Sequence[Token], text: str, dictionary: Dictionary) -> bool:
    """旭|化成 (旭 "rising sun", 化成 "transformation" to UniDic): a company JMnedict knows, of
    common nouns that JMdict does not know together, the first a lone kanji no reader takes for a
    word; else 化成 was listed as a word and asked for its reading (round 44). (毎日新聞|社 is the
    paper's name and 社: the paper is listed.)"""
    return len(toks) >= 2 and all(x.pos[:2] == ("名詞", "普通名詞") for x in toks) \
        and len(toks[0].surface) == 1 and has_kanji(toks[0].surface) \
        and "company" in dictionary.name_types(text) and not dictionary.known([text])


def department_of_body(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """警視庁|公安|部, 大阪府警|生活|環境|課: a department (部, 課, 局) written right after its body
    (省, 庁, 県警) is named with it, as one organisation (round 100's 3193 listed 生活環境 as a word)."""
    n = len(toks)
    if span.type != "org" or not span.name.endswith(_WHOLE_BODIES):
        return span
    for k in (1, 2):
        last = span.end + k
        if last < n and all(toks[m].pos[1] == "普通名詞" and toks[m].start == toks[m - 1].end
                            for m in range(span.end, last)) and toks[last].surface in ("部", "課", "局") \
                and toks[last].start == toks[last - 1].end \
                and (last + 1 == n or toks[last + 1].pos[0] not in ("名詞", "接尾辞")):
            return NameSpan(span.sentence_index, span.first, last + 1,
                            span.name + "".join(t.surface for t in toks[span.end:last + 1]),
                            span.reading + "".join(t.reading for t in toks[span.end:last + 1]), "org")
    return span


_PAPER_ENDS = ("日報", "新聞", "新報", "通信", "民報")
_CITED = re.compile(r"(?:によると|によれば|は報じ|が報じ|は伝え|が伝え)")


def papers_by_short_name(spans: Sequence[NameSpan], tokens: Sequence[Sequence[Token]]) -> list[NameSpan]:
    """東亜によれば (東亜日報 named in full elsewhere in the story): a paper cited by the first
    part of its name is the paper, not the place (round 55 listed 東亜 as a place)."""
    papers = {sp.name: sp for sp in spans if sp.type == "org" and sp.name.endswith(_PAPER_ENDS)}
    out = []
    for sp in spans:
        full = next((papers[sp.name + e] for e in _PAPER_ENDS if sp.name + e in papers), None)
        after = "".join(t.surface for t in tokens[sp.sentence_index][sp.end:sp.end + 4])
        if full is not None and sp.type in ("place", "other") and _CITED.match(after):
            sp = NameSpan(sp.sentence_index, sp.first, sp.end, full.name, full.reading, "org")
        out.append(sp)
    return out


_AND = frozenset(("アンド", "エンド", "＆", "&"))


def and_company(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """スミス・アンド・ウエッソン, ジョンソン・エンド・ジョンソン: two katakana names joined by
    アンド name one firm (round 55 listed スミス and ウエッソン as two people); two words JMdict
    knows do not (ホーム・アンド・アウェー, a match format)."""
    def katakana_end(k: int) -> int:
        while k < len(toks) and re.fullmatch(r"[ァ-ヶー]+", toks[k].surface) and toks[k].surface not in _AND and \
                (k == 0 or toks[k].start == toks[k - 1].end):
            k += 1
        return k

    first_end = katakana_end(i)
    if first_end == i or i and toks[i - 1].surface == "・" or first_end + 3 >= len(toks):
        return None
    dot, word, dot2 = toks[first_end:first_end + 3]
    if dot.surface != "・" or word.surface not in _AND or dot2.surface != "・":
        return None
    end = katakana_end(first_end + 3)
    if end == first_end + 3 or dictionary.entries("".join(x.surface for x in toks[i:first_end])):
        return None
    name = "".join(x.surface for x in toks[i:end])
    return NameSpan(si, i, end, name, to_hiragana(name), "org")


def dotted_body(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """国立社会保障・|人口問題研究所: common nouns and a dot before a body are the start of its
    name when JMnedict knows the whole (round 53 listed the piece 人口問題研究所). Only common
    nouns: a name before the dot is a body of a list (文部科学省・人口問題研究所)."""
    dot = span.first - 1
    if span.type != "org" or dot < 1 or toks[dot].surface != "・":
        return span
    for start in range(max(0, dot - 4), dot):
        piece = toks[start:dot]
        if all(x.pos[:2] == ("名詞", "普通名詞") for x in piece) and _starts_a_run(toks, start) and \
                all(a.end == b.start for a, b in zip(piece, piece[1:], strict=False)):
            name = "".join(x.surface for x in piece) + "・" + span.name
            if dictionary.name_types(name) & {"organization", "company"}:
                return NameSpan(span.sentence_index, start, span.end, name,
                                "".join(x.reading for x in piece) + span.reading, "org")
    return span


def great_before_a_word(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> NameSpan:
    """江戸|大|地震: 大 that makes a word JMdict knows with the noun after it (大地震 "a great
    earthquake", 大相撲) ends no university's short name; the name is what came before it, a
    place when UniDic says so (round 56 listed 江戸大 as an org). 名古屋|大|の stays."""
    last = span.end - 1
    if not span.name.endswith("大") or span.end >= len(toks) or span.end - span.first < 2 or toks[last].surface != "大":
        return span
    nxt = toks[span.end]
    if nxt.start != toks[last].end or nxt.pos[0] != "名詞" or not has_kanji(nxt.surface) or \
            not dictionary.known(["大" + nxt.surface]):
        return span
    before = toks[span.first:last]
    return NameSpan(span.sentence_index, span.first, last, span.name[:-1], "".join(x.reading for x in before),
                    "place" if before[-1].pos[2] == "地名" else span.type)


def university_named_before(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """杏林|大|医学部付属病院: a university's short name (杏林大) is its name and 大; UniDic took 大
    for a prefix and 杏林 ("apricot grove") for a word, so the hospital was named from 大 on. The
    word before 大 starts the name (round 35)."""
    if span.first == 0 or span.type not in ("place", "org") or toks[span.first].surface != "大" \
            or toks[span.first].pos[0] != "接頭辞":
        return span
    t = toks[span.first - 1]
    if t.pos[:2] != ("名詞", "普通名詞") or not re.fullmatch(r"[一-龥]{2,3}", t.surface) or t.end != toks[span.first].start:
        return span
    return NameSpan(span.sentence_index, span.first - 1, span.end, t.surface + span.name, t.reading + span.reading, span.type)


_KATAKANA_OR_DOT = re.compile(r"[\u30a1-\u30fa\u30fc・]+")


def paper_before_shi(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """タイムズ|紙, ニューヨーク|・|タイムズ|紙, ル|・|モンド|紙, シュピーゲル|誌: katakana run together
    before the suffix 紙 (a newspaper) or 誌 (a magazine) name the paper, an org; タイムズ alone was a
    word, "times" (round 120's 0777)."""
    if i and toks[i - 1].end == toks[i].start and _KATAKANA_OR_DOT.fullmatch(toks[i - 1].surface):
        return None  # (the run starts before i)
    j = i
    while j < len(toks) and _KATAKANA_OR_DOT.fullmatch(toks[j].surface) and (j == i or toks[j - 1].end == toks[j].start):
        j += 1
    if j == i or j >= len(toks) or toks[j].surface not in ("紙", "誌") or toks[j].pos[0] != "接尾辞" \
            or toks[j].start != toks[j - 1].end or toks[i].surface == "・" or toks[j - 1].surface == "・":
        return None
    text = "".join(t.surface for t in toks[i:j])
    if text in _KINDS_OF_PAPER:
        return None
    return NameSpan(si, i, j, text, to_hiragana(text), "org")


# スポーツ紙, オンライン紙: a kind of paper, none by name (round 120's review of the corpus)
_KINDS_OF_PAPER = frozenset(("スポーツ", "オンライン", "タブロイド", "ローカル", "フリー", "ブロック", "インターネット",
                             "ネット", "ウェブ", "コミュニティ", "ビジネス", "ファッション", "アート", "ゴシップ", "タウン",
                             "マンガ", "コミック", "ゲーム", "パソコン", "ニュース", "グルメ", "アイドル", "ファン"))
