"""The checks a name found by the rules of :mod:`studygen.names` passes before it is kept: what
stands around it corrects it (三田市 さんだし, a batter 3番・赤平, カナダ|CBCテレビ) or shows it
names nothing here (過去最多タイ, 日本|酒, 両県|境)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Token
from .name_compounds import whole_around
from .name_organisations import department_of_body, dotted_body, great_before_a_word, university_named_before
from .name_given import lone_given_name, reading_in_brackets_after
from .name_people import surname_as_word
from .name_places import city_reading
from .name_readings import acronym_type, title_glued_to_given_name
from .name_sports import named_as_player, ring_name_after_rank
from .name_tables import _ERAS, _KATAKANA, NameSpan, _title_at, organizations, post_after_a_dot, post_at, post_by_a_dot

# 過去最多タイ: a record tied, not Thailand.
_BEFORE_TIE = ("最多", "最高", "最少", "最低", "最長", "最短", "最速", "記録", "新記録", "最年少", "最年長")


def _a_word_read_otherwise(text: str, reading: str, dictionary: Dictionary) -> bool:
    """A word JMdict has, none of whose readings is the name's: 千羽鶴 せんばづる, not ちはる."""
    entries = dictionary.entries(text)
    return bool(entries) and all(reading not in (to_hiragana(k[0]) for k in e.kana) for e in entries)


def checked(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary, baseball: bool,
            known_people: frozenset[str]) -> NameSpan | None:
    """The span found, corrected by what stands around it, or None when it names nothing here.

    A city takes its own reading (三田市 さんだし); 3番・赤平 is a batter, not the town; 過去最多タイ
    (a record tied), 令和 (an era) and 日本酒 (a word JMdict has) name nothing; the department of
    a body is named with it (警視庁公安部); a person runs to the reading in brackets after the
    name (朴正勲（パク・チョンフン）) and keeps the title after it (山田首相); 石原都知事, 鳩山政権
    and 龍神岳 are a governor, a prime minister and a mountain, not the places or the man they look."""
    span = city_reading(span, dictionary)
    n = len(toks)
    if span.type == "place" and span.end - span.first >= 2 and toks[span.end - 1].surface == "都" and span.end < n \
            and toks[span.end].surface == "知事" and toks[span.first].pos[2] == "人名" \
            and "surname" in dictionary.name_types(span.name[:-1]):
        # 石原|都|知事: the governor of Tokyo by his surname (都知事), not a place 石原都 (round 74's 3208;
        # 東京|都|知事 stays: 東京 is a place to UniDic, though JMnedict has a surname 東京)
        return NameSpan(span.sentence_index, span.first, span.end - 1, span.name[:-1],
                        span.reading[:-1] if span.reading.endswith("と") else span.reading, "person", "都知事", span.end + 1)
    if baseball and span.type == "place" and span.end - span.first == 1 \
            and named_as_player(toks, span.first) and "surname" in dictionary.name_types(span.name):
        span = replace(span, type="person")  # 3番・赤平: a batter, not the town
    span = ring_name_after_rank(_team_after_its_country(span, toks), toks)  # 元大関|霧島
    # 令和7年度: an era, which UniDic tags as a person's name.
    if re.fullmatch(r"[一-龥]{2}", span.name) and re.match(
            r"(?:元年|[0-9０-９〇一二三四五六七八九十]{1,3}年)", "".join(x.surface for x in toks[span.end:span.end + 2])):
        return None  # 文久元年, 安政4年: an era before its year, no person (dev 3112)
    span = great_before_a_word(span, toks, dictionary)  # 江戸|大|地震: no university 江戸大
    span = _country_before_body(span, toks)  # カナダ|CBC|テレビ: CBCテレビ
    if span.type == "place" and span.end < len(toks) and toks[span.end].surface == "層" \
            and toks[span.end].start == toks[span.end - 1].end:
        return None  # 北谷|層 (きただにそう), a rock formation, not the town 北谷 ちゃたん (round 106's 3039)
    if span.type == "person" and _FIRM_ENDING.search(span.name):
        span = replace(span, type="org")  # レックス・ホールディングス: a firm's name in katakana (round 108's 0614)
    if span.type == "person" and not _title_at(toks, span.end) and span.end + 2 < len(toks) \
            and toks[span.end].surface == "の" and _KATAKANA.match(toks[span.end + 1].surface) \
            and (toks[span.end + 2].surface == "・" or _title_at(toks, span.end + 2)) and _KATAKANA.match(span.name):
        # マクラーレンのキミ・ライコネン, ウイリアムズのファン・パブロ・モントーヤ: the team a driver
        # races for, not a person (round 108's 2169, 2336)
        span = replace(span, type="org")
    if span.type == "other" and span.end < len(toks) and toks[span.end].surface in ("地域", "地方", "地区") \
            and toks[span.end].start == toks[span.end - 1].end:
        span = replace(span, type="place")  # ハザラ|地域: a region (round 120's 2828)
    if toks[span.end - 1].surface == "化" and toks[span.end - 1].pos[0] == "接尾辞":
        return None  # 1919年に株式会社|化した: a firm became a company (-化 "-ization"), no firm's name
    if acronym_type(span.name) == "word":
        return None  # DNA, DVD: an abbreviation that names nothing
    span = whole_around(span, toks, dictionary)  # 平安|時代, セルビア|・|モンテネグロ, 広|辞苑, 同町|若佐
    if _tie_not_thailand(span, toks) or span.name in _ERAS or _part_of_a_word(span, toks, dictionary) \
            or _word_before_it(span, toks, dictionary):
        return None
    span = university_named_before(department_of_body(span, toks), toks)  # 杏林|大|医学部付属病院
    span = dotted_body(span, toks, dictionary)  # 国立社会保障・|人口問題研究所
    span = title_glued_to_given_name(reading_in_brackets_after(span, toks, dictionary), toks)  # 石井|一氏
    if span.type == "place" and toks[span.first].pos[3] == "姓" and span.end < n and toks[span.end].surface == "・" \
            and post_after_a_dot(toks, span.end):
        span = replace(span, type="person")  # 青木|元|・地震津波監視課長: a man, no place (wikinews-0964)
    title = _title_at(toks, span.end) if span.type == "person" and not span.title else None
    if span.type == "person" and not title and (lone_given_name(span, toks, known_people)
                                                 or surname_as_word(span, toks, known_people, dictionary)):
        return None
    if span.type == "person" and not title and span.end - span.first >= 2 and span.name not in known_people \
            and _a_word_read_otherwise(span.name, span.reading, dictionary):
        return None  # 花束や千羽|鶴 (せんばづる, paper cranes), read as the woman ちはる (round 31)
    if span.type == "person" and not title and len(span.name) >= 3 and span.name.endswith("岳") \
            and re.search(r"(?:たけし|たけ|がく)$", span.reading):
        # 和歌山県最高峰・龍神|岳: a mountain (りゅうじんだけ), not a man named 岳 たけし (round 73's 1296)
        return replace(span, type="place", reading=re.sub(r"(?:たけし|たけ|がく)$", "だけ", span.reading))
    if span.type == "place" and span.end - span.first == 1 and span.end < len(toks) \
            and toks[span.end].surface in ("政権", "内閣") and "surname" in dictionary.name_types(span.name):
        return replace(span, type="person")  # 鳩山|政権: the prime minister's, not the town's (round 71's 2105)
    if span.type == "person" and not title and span.end < len(toks) and toks[span.end].start == toks[span.end - 1].end \
            and toks[span.end].surface in _AREA_WORDS:
        return replace(span, type="place")  # グアム島のタモン|地区: a district (Tumon), no surname (round 67's 1104)
    if span.type == "person" and not span.title and not title:
        # 河村たかし名古屋市長: the post written whole; no evidence of a person, only a title
        # (赳夫元総理大臣, the given name alone, stays unlisted)
        # (中谷|翼内|野手: after a surname alone, a word JMdict does not know may hold his given name)
        lone = span.end - span.first == 1 and toks[span.first].pos[3] == "姓"
        title = post_at(toks, span.end, lambda word: not lone or bool(dictionary.entries(word)))
    if title:
        span = NameSpan(span.sentence_index, span.first, span.end, span.name, span.reading,
                        span.type, title[0], title[1])
    if span.type == "person" and span.title in ("", "氏", "さん", "様"):
        post = post_by_a_dot(span, toks)  # 総務会長・笹川堯氏: the post, not the courtesy
        if post:
            span = replace(span, title=post)
    return span


_AREA_WORDS = frozenset(("地区", "地方", "州", "郡"))
_FIRM_ENDING = re.compile(r"(?:ホールディングス|コーポレーション|カンパニー|グループ|インターナショナル|エンタープライズ|"
                          r"コミュニケーションズ|システムズ|テクノロジーズ)$")


def _country_before_body(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """カナダCBCテレビ, オーストラリアSBSテレビ, ドイツARD放送, 米国フィラデルフィア管弦楽団: news writes
    a foreign body's country before its Latin-letter name or the town it is named after (rounds
    67's 0468, 69's 3268); the body is CBCテレビ, フィラデルフィア管弦楽団, the country says where
    it is. 日本BS放送 is a company's own name and keeps 日本."""
    first = toks[span.first]
    if span.type != "org" or span.end - span.first < 3 or first.pos[3] != "国" or first.surface == "日本" \
            or not span.name.startswith(first.surface):
        return span
    second = toks[span.first + 1]
    if second.surface == "営" and re.fullmatch(r"[A-Z]{2,}", toks[span.first + 2].surface):
        # 米国|営|VOA|放送: 国営 "state-run" says what it is; the body is VOA放送 (round 106's 3260)
        before = first.reading + second.reading
        return replace(span, first=span.first + 2, name=span.name[len(first.surface) + 1:],
                       reading=span.reading[len(before):] if span.reading.startswith(before) else span.reading)
    if not (re.fullmatch(r"[A-Z]{2,}", second.surface) or second.pos[2] == "地名" and second.pos[3] != "国"
            and not re.search(r"(?:軍|艦隊|司令部)$", span.name)):
        return span  # (アメリカ太平洋軍: a country's command is named with the country)
    reading = span.reading[len(first.reading):] if span.reading.startswith(first.reading) else span.reading
    return replace(span, first=span.first + 1, name=span.name[len(first.surface):], reading=reading)


def _team_after_its_country(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """アロンソ(スペイン、ルノー): the driver's country, then his team; ルノー is the team, an
    organisation, not a person."""
    if span.type == "person" and span.first >= 3 and span.end < len(toks) \
            and toks[span.first - 1].surface == "、" and toks[span.first - 2].pos[3] == "国" \
            and toks[span.first - 3].surface in ("(", "（") and toks[span.end].surface in (")", "）"):
        return replace(span, type="org")
    return span


def _tie_not_thailand(span: NameSpan, toks: Sequence[Token]) -> bool:
    """過去最多タイ: a record tied, not Thailand; 59-59のタイ, a score level (round 72's 0666)."""
    before = "".join(t.surface for t in toks[max(0, span.first - 4):span.first])
    return span.name == "タイ" and bool(span.first) and (toks[span.first - 1].surface.endswith(_BEFORE_TIE)
                                                        or bool(re.search(r"[0-9０-９][-－―ー対][0-9０-９]+の$", before)))


def _part_of_a_word(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> bool:
    """日本|一, 日本|時間 (a measure): a word JMdict has, not the country. 日本酒, 日本語, 芥川賞:
    the name is part of a word JMdict has, and names nothing here."""
    n = len(toks)
    if span.type != "org" and span.end < n and toks[span.end].start == toks[span.end - 1].end \
            and re.fullmatch(r"[ァ-ヶー]+", span.name) and has_kanji(toks[span.end].surface[:1]) \
            and toks[span.end].pos[0] == "名詞" and dictionary.known([span.name + toks[span.end].surface[0]]):
        return True  # ライ|麦畑 (round 64's 3511): ライ麦, rye, not the town of Rye
    if span.type in ("place", "other", "person") and span.end - span.first == 1 and _starts_a_word(span, toks, dictionary):
        return True
    return span.type != "org" and span.end < n and (
        len(toks[span.end].surface) == 1 or toks[span.end].pos[2] == "助数詞可能") \
        and toks[span.end].start == toks[span.end - 1].end \
        and toks[span.end].pos[0] in ("名詞", "接尾辞") and dictionary.known([span.name + toks[span.end].surface])


_DISEASE_ENDS = frozenset(("熱", "病", "症", "ウイルス", "ウィルス", "菌", "出血熱", "脳炎"))


def _starts_a_word(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> bool:
    """エボラ|出血|熱, 高山|植物, トロイ|の|木馬: the name and the nouns glued after it (or の and
    one noun) make a word JMdict has, a disease, a kind of plant, malware; no river Ebola, town of
    Takayama or Troy is named (wikinews-0157, 0415, 2478: names graded wrong, 2026-12-06)."""
    n, end = len(toks), span.end
    if toks[span.first].pos[3] == "国":
        return False  # アメリカ|映画 (an American film): the country, named
    if end < n and toks[end].start == toks[end - 1].end and toks[end].surface in _DISEASE_ENDS and \
            re.fullmatch(r"[ァ-ヶー]+", span.name):
        return True  # エボラ|熱, デング|熱: a disease (JMdict lacks エボラ熱), no place
    words = [span.name]
    for k in range(end, min(end + 3, n)):
        t = toks[k]
        if t.start != toks[k - 1].end or t.pos[0] not in ("名詞", "接尾辞") or t.pos[1] == "固有名詞" or \
                k == end and t.surface == "の":
            break
        words.append(t.surface)
        if _a_word_of_its_own(span, "".join(words), dictionary):
            return True
    if end + 1 < n and toks[end].surface == "の" and toks[end + 1].pos[:2] == ("名詞", "普通名詞") and \
            len(toks[end + 1].surface) >= 2:
        return _a_word_of_its_own(span, span.name + "の" + toks[end + 1].surface, dictionary)
    return False


def _a_word_of_its_own(span: NameSpan, word: str, dictionary: Dictionary) -> bool:
    """Whether JMdict has ``word`` (the name and what follows it) as a word that is no phrase about
    the name: a katakana name's word (エボラ出血熱), or one that does not read the name as the name
    reads (高山植物 こうざんしょくぶつ, not たかやま). 日本代表, 日本経済 and 東海地方 are about Japan and
    the Tokai region: their names stay (JMdict has them, and the name is read as itself)."""
    entries = dictionary.entries(word)
    if not entries:
        return False
    if re.fullmatch(r"[ァ-ヶー・]+", span.name):
        return True
    reading = to_hiragana(span.reading)
    return all(not to_hiragana(r).startswith(reading) for e in entries for r in e.readings_for(word))


def _after_a_kanji_adverb(toks: Sequence[Token], first: int) -> bool:
    """Whether one-kanji common nouns at most two, glued, lead back from ``first`` to a one-kanji
    adverb glued to them: 又|野|知|弥 (又野知弥, a player UniDic cut after 又 "again", then read 野
    and 知 as nouns); neither 野知弥 nor 知弥 is anyone."""
    k = first - 1
    while k >= 0 and first - k <= 3:
        t = toks[k]
        if t.end != toks[k + 1].start or len(t.surface) != 1 or not has_kanji(t.surface):
            return False
        if t.pos[0] == "副詞":
            return True
        if t.pos[:2] != ("名詞", "普通名詞"):
            return False
        k -= 1
    return False


def _word_before_it(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> bool:
    """その上松岡: その上 (moreover) is a word; 上松岡 is no place here, 松岡 is the person.
    関|連子|会社 (UniDic's cut of 関連子会社): a suffix glued before a one-word "place" makes a word
    JMdict knows with its first kanji (関連), so the place is a piece of that word (round 55)."""
    if span.first == 0:
        return False
    before, first = toks[span.first - 1], toks[span.first]
    if span.end - span.first == 1 and len(span.name) == 1 and span.type == "place" and before.end == first.start \
            and before.pos[0] == "名詞" and has_kanji(before.surface[-1:]) \
            and dictionary.known([before.surface[-1] + span.name]):
        return True  # 群馬・長野両県|境: 境 ends the word 県境 (a border), no town 境 (round 67's 0234)
    if span.end - span.first == 1 and len(span.name) == 1 and span.type == "place" and before.end == first.start \
            and has_kanji(before.surface[-1:]) and before.surface[-1] not in "県都府道州国郡" and before.pos[0] != "接尾辞":
        return True  # 外海の出|津|集落: the tail of a place UniDic does not know (しつ), no city 津 (round 112's 2158)
    if before.pos[0] == "接尾辞" and before.end == first.start and span.end - span.first == 1 and \
            span.type in ("place", "person") and has_kanji(before.surface) and has_kanji(first.surface[:1]) and \
            not (span.first >= 2 and toks[span.first - 2].pos[1] == "数詞") and \
            dictionary.known([before.surface + first.surface[:1]]):
        # (not 21|日|ロンドン or 6|日|東京: a date's 日 before a place makes 日ロ, 日東 of nothing)
        return True
    if span.type == "person" and _after_a_kanji_adverb(toks, span.first):
        return True  # 又|野|知|弥選手 (又野知弥): a one-kanji "adverb" glued on starts the name; 野知弥 is no one (round 118's 0659)
    return before.pos[0] == "連体詞" and before.end == first.start and span.end - span.first > 1 \
        and bool(dictionary.known([before.surface + first.surface]))


def acronyms_of_words(tokens: Sequence[Sequence[Token]], dictionary: Dictionary) -> frozenset[str]:
    """ノロ|ウイルス(NV), 国内|総生産（GDP）: an acronym the article gives in brackets after a word
    JMdict knows, of common nouns that end in no body's ending, shortens a word, not a name (round
    100's 1549 listed NV for the norovirus). 世界保健機関(WHO) ends in 機関: a body, named."""
    _, org_suffixes = organizations()
    out = set()
    for toks in tokens:
        for k in range(1, len(toks) - 2):
            if toks[k].surface in ("(", "（") and toks[k + 2].surface in (")", "）") and \
                    re.fullmatch(r"[A-Z]{2,6}", toks[k + 1].surface):
                j = k
                while j > 0 and toks[j - 1].pos[:2] == ("名詞", "普通名詞") and toks[j - 1].end == toks[j].start:
                    j -= 1
                word = "".join(t.surface for t in toks[j:k])
                if len(word) >= 3 and dictionary.known([word]) and not word.endswith(org_suffixes) and \
                        not dictionary.name_types(word):
                    out.add(toks[k + 1].surface)
    return frozenset(out)
