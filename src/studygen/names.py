"""Names: people, places and organisations, kept apart from vocabulary.

UniDic tags 固有名詞 人名 and 地名 but has no 組織名, and reads many foreign names as common
nouns (トランプ is the card game) or not at all (ゼレンスキー is unknown). So a name is found
by its tag, by JMnedict, by the title that follows it (an unknown katakana word before 大統領
is a person; トランプ before 大統領 is Trump), and for organisations by their endings (省, 庁,
党, 銀行) and a short list of acronyms (EU, NATO). The longest name wins (日本維新の会, not 日本
inside it: :mod:`studygen.name_compounds`), and readings follow the text (菅義偉 すがよしひで,
NHK えぬえいちけー: :mod:`studygen.name_readings`).

This module reads each sentence left to right and tries the rules in order
(:func:`_sentence_spans`); the rules live by concern: people in :mod:`studygen.name_people`,
organisations and named places found as a run of nouns in :mod:`studygen.name_organisations`,
places in :mod:`studygen.name_places`, sports stories in :mod:`studygen.name_sports`, and the
tables they share in :mod:`studygen.name_tables`; the mentions become one list, a name once, in
:mod:`studygen.name_list`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Sentence, Token
from .name_compounds import compound_name, run_texts, whole_around
from .name_list import collect_names  # the list of names, for the pipeline
from .name_organisations import (
    and_company, bodies_named_in_brackets, company_names, department_of_body, dotted_body, great_before_a_word,
    organisation_or_place, papers_by_short_name, university_named_before,
)
from .name_people import (
    country_before_person,
    dotted_person,
    given_name_after_a_town,
    given_name_as_common_noun,
    given_name_continues,
    given_name_cut_before_title,
    given_name_read_whole,
    hanja_name_before_reading,
    initial_before_surname,
    katakana_before_title,
    katakana_run_person,
    lone_given_name,
    surname_as_word,
    people_known_by_title,
    reading_in_brackets_after,
    surname_before_title,
    woman_read_ko,
)
from .name_places import (
    airport, city_read_as_a_word, city_reading, end_of_route, lies_in, looks_like_place, numbered_town,
    towns_without_suffix, with_admin_suffix, with_former,
)
from .name_readings import (
    acronym_span, dictionary_readings, kanji_by_kanji, read_people_in_context, read_places, reading_by_parts,
    acronym_type, read_inside, spoken_reading, title_glued_to_given_name, unread,
)
from .name_sports import (
    club_after_its_town, club_before_its_town, is_club_story, named_as_player, ring_name_after_rank, school_short_name,
    team_before_its_prefecture, towns_standing_for_clubs,
)
from .name_tables import (  # READING_IN_BRACKETS, NameSpan, titles: used by entities and questions
    _ASCII_NAME,
    _ERAS,
    _KATAKANA,
    GIVEN_TYPES,
    READING_IN_BRACKETS,
    NameSpan,
    _glossed_as_organisation,
    _name_type_from_jmnedict,
    _reading_bracket,
    _title_at,
    abbreviations,
    is_baseball_story,
    team_span,
    titles,
)

__all__ = ["READING_IN_BRACKETS", "NameSpan", "collect_names", "find_name_spans", "titles"]

# 過去最多タイ: a record tied, not Thailand.
_BEFORE_TIE = ("最多", "最高", "最少", "最低", "最長", "最短", "最速", "記録", "新記録", "最年少", "最年長")


def find_name_spans(
    sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]], dictionary: Dictionary,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> list[NameSpan]:
    """Every name mention, as token spans, in article order.

    ``overrides`` (lemma -> reading, the user's overrides file) extends the acronym readings.
    """
    spans = towns_standing_for_clubs(_find_spans(sentences, tokens, dictionary), tokens, [s.text for s in sentences])
    spans = papers_by_short_name(spans, tokens)  # 東亜によれば: 東亜日報
    # 森林子（もり・りんこ）: a reading the article gives in brackets is the name's reading.
    given = frozenset(k for k, sp in enumerate(spans) if _reading_bracket(tokens[sp.sentence_index], sp.end))
    spans = read_people_in_context(spans, dictionary, given)
    spans = read_places(spans, tokens, dictionary)  # 石垣島 いしがきじま, not UniDic's 石垣+島 (とう)
    spans = towns_without_suffix(spans)
    # NHK, COP24, JR東日本: every Latin-letter part gets its spoken reading (UniDic has none).
    spans = [replace(sp, reading=spoken_reading(sp, tokens[sp.sentence_index], overrides))
             if re.search("[A-Za-z]", sp.name) else sp for sp in spans]
    spans = [replace(sp, reading=kanji_by_kanji(sp, tokens[sp.sentence_index], dictionary))
             if has_kanji(sp.reading) or unread(sp, tokens[sp.sentence_index]) else sp for sp in spans]
    text = "".join(s.text for s in sentences)
    spans = [airport(sp, tokens[sp.sentence_index], dictionary, text) for sp in spans]
    # 日経 にっけい (not 日+経 にちきょう), 東証 an exchange: the short names news uses, as it reads them
    table = abbreviations()
    return [replace(sp, reading=table[sp.name][0], type=table[sp.name][1]) if sp.name in table
            else replace(sp, reading=read_inside(sp.name, sp.reading)) for sp in spans]


def _whole_name_span(si: int, i: int, whole: tuple[int, str, str], toks: Sequence[Token],
                     dictionary: Dictionary) -> NameSpan:
    """The longest name wins: 日本維新の会 (org), not 日本 inside it; 東日本大震災 (other)."""
    end, text, kind = whole
    if kind == "other" and _glossed_as_organisation(text, dictionary):
        kind = "org"  # 安全保障理事会 "(UN) Security Council"
    readings = dictionary_readings(text, toks[end - 1], dictionary)
    reading = readings[0] if readings else reading_by_parts(toks[i:end], dictionary)
    while kind == "person" and end < len(toks) and toks[end].pos[2] == "人名":
        # 下窪|陽介: the surname JMnedict knows, then the given name
        reading += toks[end].reading
        text += toks[end].surface
        end += 1
    span = NameSpan(si, i, end, text, reading, kind)
    return with_admin_suffix(span, toks, dictionary) if kind == "place" else span


@dataclass(frozen=True, slots=True)
class _ArticleNames:
    """What the whole article tells before one sentence is read: people it titles somewhere
    (ゼレンスキー大統領 once, then ゼレンスキー alone), companies it marks with 株式会社, and
    whether it is a baseball story (阪神 alone is then the team)."""

    dictionary: Dictionary
    known_people: frozenset[str]
    known_orgs: frozenset[str]
    title_words: frozenset[str]
    baseball: bool
    clubs: bool  # a story of matches, where 京都パープルサンガ is a club
    place_readings: Mapping[str, str]  # 羽田: はねだ, where UniDic tags it a place (羽田発)
    bracketed: Mapping[tuple[int, int], NameSpan]  # 宗教法人「紀元会」: by (sentence, first token)


def _find_spans(
    sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]], dictionary: Dictionary
) -> list[NameSpan]:
    """Two passes: the whole article first, for what one sentence cannot tell (ゼレンスキー
    titled 大統領 in the lead is the person when a later sentence names him alone), then each
    sentence's names in order."""
    bracketed = bodies_named_in_brackets(tokens)
    article = _ArticleNames(
        dictionary=dictionary,
        known_people=people_known_by_title(tokens),
        known_orgs=company_names(tokens) | {sp.name for sp in bracketed.values()},
        bracketed=bracketed,
        title_words=frozenset(titles()),
        baseball=is_baseball_story([s.text for s in sentences]),
        clubs=is_club_story([s.text for s in sentences]),
        place_readings={t.surface: t.reading for toks in tokens for t in toks if t.pos[2] == "地名"},
    )
    spans: list[NameSpan] = []
    for s, toks in zip(sentences, tokens, strict=True):
        spans += _sentence_spans(s.index, toks, article)
    return spans


def _sentence_spans(si: int, toks: Sequence[Token], article: _ArticleNames) -> list[NameSpan]:
    """The names of one sentence, left to right. At each token the first rule that finds a name
    starting there wins, a longer compound name replaces it (日本|維新の会 over 日本), the checks
    of :func:`_checked` correct or drop it, and the search goes on after it."""
    dictionary = article.dictionary
    runs = run_texts(toks)
    jmnedict_runs, jmdict_runs = dictionary.known_names(runs), dictionary.known(runs)
    spans: list[NameSpan] = []
    i = 0
    while i < len(toks):
        skip_to = _skipped(toks, i)
        if skip_to is not None:
            i = skip_to
            continue
        # The rules in priority order: each runs only when those before it found nothing.
        span = _named_by_table(toks, si, i, article)
        if span is None:
            span = hanja_name_before_reading(toks, si, i)  # 金|奎|一(キム・ギュイル)
        if span is None:
            span = club_before_its_town(toks, si, i, dictionary)
        if span is None and article.clubs:
            span = club_after_its_town(toks, si, i, dictionary)
        if span is None:
            span = organisation_or_place(toks, si, i, dictionary, article.known_orgs)
        if span is None:
            span = country_before_person(toks, si, i, dictionary)
        if span is None:
            span = and_company(toks, si, i, dictionary)
        if span is None:
            span = dotted_person(toks, si, i, dictionary)
        if span is None and initial_before_surname(toks, i):
            i += 2  # F.アロンソ: the initial names no one; the surname is read next
            continue
        if span is None:
            span = katakana_run_person(toks, si, i, article.known_people)
        if span is None:
            span = given_name_cut_before_title(toks, si, i, dictionary)
        if span is None:
            span = _tagged_name(toks, si, i, article)
        if span is None:
            span = katakana_before_title(toks, si, i)
        if span is not None:
            span = surname_before_title(span, toks, dictionary, article.known_people)
        if span is None:  # after surname_before_title: 日向市 stays a place before a title
            span = city_read_as_a_word(toks, si, i, dictionary)
        if span is not None and span.type == "place":
            span = with_former(with_admin_suffix(span, toks, dictionary), toks, dictionary)
        whole = compound_name(toks, i, dictionary, jmnedict_runs, jmdict_runs, article.title_words)
        if whole is not None and (span is None or whole[0] > span.end):
            span = _whole_name_span(si, i, whole, toks, dictionary)  # 日本|維新の会, パリ|協定
        if span is not None:
            span = _checked(span, toks, article)
        if span is not None:
            spans.append(span)
            i = span.end
        else:
            i += 1
    return spans


def _skipped(toks: Sequence[Token], i: int) -> int | None:
    """Where to go on when token i starts no name of its own, else None: ドイツ|・|ショルツ (the
    dot between a country and a person belongs to neither), （パク・チョンフン） (a reading the
    article gives in brackets, not names of its own)."""
    if toks[i].surface == "・":
        return i + 1
    bracket = _reading_bracket(toks, i)
    if bracket and any(t.surface == "本名" for t in toks[i:bracket[1]]):
        return i + 1  # 詩音(しおん、本名:朴有香): the real name in the bracket is a name of its own
    return bracket[1] if bracket else None


def _named_by_table(toks: Sequence[Token], si: int, i: int, article: _ArticleNames) -> NameSpan | None:
    """Names a table or a fixed pattern gives before any general rule: NATO, COP|24 (acronyms),
    千葉|ロッテ, 阪神|タイガース (baseball teams), ラジオ|東京 (a broadcaster named after its
    region, not the region), and in a baseball story a school's short name (京都|成章) or a team
    with its prefecture in brackets (済美(愛媛))."""
    span = article.bracketed.get((si, i))  # 宗教法人「紀元会」
    if span is None:
        span = acronym_span(toks, i, si)
    if span is not None:
        return span
    team = team_span(toks, i, article.baseball)
    if team is not None:
        # 千葉|ロッテ, 阪神|タイガース; 西鉄 and 近鉄 in a baseball story: the team, an org.
        return NameSpan(si, i, team[0], team[1], team[2], "org")
    t, n = toks[i], len(toks)
    town = numbered_town(toks, i)
    if town is not None:
        return NameSpan(si, i, town[0], town[1], town[2], "place")
    if t.surface in ("ラジオ", "テレビ") and i + 1 < n and toks[i + 1].pos[2] == "地名" \
            and toks[i + 1].start == t.end and (i + 2 == n or toks[i + 2].pos[0] not in ("名詞", "接尾辞")):
        # ラジオ|東京, ラジオ|日本: a broadcaster named after its region, not the region
        return NameSpan(si, i, i + 2, t.surface + toks[i + 1].surface, t.reading + toks[i + 1].reading, "org")
    if not article.baseball:
        return None
    school_end = school_short_name(toks, i, article.dictionary)
    if school_end is None:
        school_end = team_before_its_prefecture(toks, i)
    if school_end is None:
        return None
    return NameSpan(si, i, school_end, "".join(x.surface for x in toks[i:school_end]),
                    "".join(x.reading for x in toks[i:school_end]), "org")


def _tagged_extent(toks: Sequence[Token], i: int, kind: str | None,
                   dictionary: Dictionary) -> tuple[int, tuple[int, str, str] | None]:
    """How far a name UniDic tags runs: 岸田|文雄 (a surname and a given name are one name),
    インド|太平|洋, 関東|甲信 (place names written together are one place). With it, for a
    person, the (end, text, reading) of a given name UniDic cut short or called a common noun
    (増渕|竜|義, 中村|主水), else None."""
    n = len(toks)
    end = i + 1
    while end < n and kind == "person" and toks[end].pos[2] == "人名":
        end += 1
    if kind == "person" and end == i + 1 and end + 1 < n and toks[end].pos[0] == "接尾辞" \
            and len(toks[end].surface) == 1 and has_kanji(toks[end].surface) and toks[end + 1].pos[2] == "人名" \
            and toks[end].start == toks[i].end and toks[end + 1].start == toks[end].end:
        end += 2  # 島袋|洋|奨 (洋 a suffix to UniDic): one name, not 島袋 and a person 奨 (dev review 3111)
    if kind == "person" and end == i + 2 and end + 1 < n and len(toks[i].surface) == len(toks[i + 1].surface) == 1 \
            and len(toks[end].surface) == 1 and has_kanji(toks[end].surface) and toks[end].pos[0] == "名詞" \
            and toks[end].start == toks[end - 1].end and _title_at(toks, end + 1):
        end += 1  # 陳|欣|怡 選手: a Chinese name of three kanji, its last one a common noun to UniDic
        # read as Japanese reads Chinese names, each kanji by its first on reading: 張玉軍 ちょうぎょくぐん,
        # not ちょうたまぐん (UniDic read 玉 as a Japanese given name, round 33)
        given = toks[i + 1].surface + toks[end - 1].surface
        if toks[i].reading in dictionary.reading_kinds(toks[i].surface)[1] and \
                dictionary.name_types(given) & GIVEN_TYPES and dictionary.name_readings(given):
            # 林|伸|伍選手: a surname read the Japanese way (はやし, not りん) and a given name JMnedict
            # lists (伸伍 しんご) make a Japanese name, はやししんご (round 49); 張|玉|軍 (ちょう, on) stays Chinese
            return end, (end, toks[i].surface + given, toks[i].reading + to_hiragana(dictionary.name_readings(given)[0]))
        ons = [dictionary.reading_kinds(t.surface)[0][:1] for t in toks[i:end]]
        if all(ons):
            text = "".join(t.surface for t in toks[i:end])
            return end, (end, text, "".join(on[0] for on in ons))
    given_end = given_name_continues(toks, i, end, dictionary) if kind == "person" else None
    if kind == "person" and end == i + 1:
        common = given_name_as_common_noun(toks, i, dictionary)
        if common is not None:
            given_end = common
    while end < n and kind == "place" and toks[end].pos[2] == "地名" and toks[end - 1].end == toks[end].start \
            and not lies_in(toks[end - 1], toks[end], toks[end + 1] if end + 1 < n else None):
        end += 1  # (アメリカ|ニューヨーク|州: two places)
    return end, given_end


def _tagged_kind(toks: Sequence[Token], i: int, end: int, text: str, kind: str | None,
                 article: _ArticleNames) -> str | None:
    """The type of a name from its tag, corrected: a name the article titles elsewhere is a
    person; JMnedict types an untagged one; 熊谷|市, 利根川 are places (surnames to UniDic);
    an unknown word before a title is a person; 日銀 "Bank of Japan" is an organisation (ソ連
    "Soviet Union" stays a country); any other proper noun is ``other``."""
    t, dictionary = toks[i], article.dictionary
    if t.surface in article.known_people:
        kind = "person"
    types = dictionary.name_types(text)
    if kind is None:
        kind = _name_type_from_jmnedict(types)
    if kind == "person" and types & {"company", "organization"} and t.surface not in article.known_people and \
            (re.fullmatch(r"[\u30a1-\u30fa\u30fc]+", text) or end == i + 1) and not _title_at(toks, end):
        kind = "org"  # ローソン, マクドナルド, 三越 untitled: the company JMnedict also lists, not a surname
    if kind == "person" and t.surface not in article.known_people and looks_like_place(text, toks, end, dictionary):
        kind = "place"  # 熊谷|市, 利根川: a surname to UniDic, a place by its suffix
    if kind is None and t.unknown and _title_at(toks, end):
        kind = "person"
    if kind in (None, "place") and t.pos[1] == "固有名詞" and t.pos[3] != "国" \
            and _glossed_as_organisation(text, dictionary):  # ソ連 "Soviet Union" is a country
        kind = "org"  # 日銀: Bank of Japan
    if kind is None and t.pos[1] == "固有名詞":
        kind = "other"
    return kind


def _common_word_read_otherwise(text: str, reading: str, dictionary: Dictionary) -> bool:
    """A word JMdict tags common (news1/2, ichi1/2) whose readings are not the name's: 築城
    ちくじょう, the town ついき."""
    common = [e for e in dictionary.entries(text) if any(p in ("news1", "ichi1", "news2", "ichi2") for p in e.priority(text))]
    return bool(common) and all(reading not in (to_hiragana(k[0]) for k in e.kana) for e in common)


def _a_word_read_otherwise(text: str, reading: str, dictionary: Dictionary) -> bool:
    """A word JMdict has, none of whose readings is the name's: 千羽鶴 せんばづる, not ちはる."""
    entries = dictionary.entries(text)
    return bool(entries) and all(reading not in (to_hiragana(k[0]) for k in e.kana) for e in entries)


def _tagged_name(toks: Sequence[Token], si: int, i: int, article: _ArticleNames) -> NameSpan | None:
    """A name from UniDic's tag (固有名詞 人名 or 地名), a word the article titles elsewhere, or an
    unknown word: 岸田文雄, 宮城, ゼレンスキー. Its reading is UniDic's, or the whole given name's
    that JMnedict lists (増渕竜義 ますぶちたつよし, 池田光智 いけだみつとも)."""
    t = toks[i]
    if not (t.pos[1] == "固有名詞" or t.surface in article.known_people or t.unknown):
        return None
    kind = {"人名": "person", "地名": "place"}.get(t.pos[2])
    if kind == "person" and t.surface not in article.known_people:
        route_end = end_of_route(toks, si, i, article.place_readings)
        if route_end is not None:
            return route_end
    end, given_end = _tagged_extent(toks, i, kind, article.dictionary)
    text = "".join(x.surface for x in toks[i:end])
    kind = _tagged_kind(toks, i, end, text, kind, article)
    if kind is None or not (has_kanji(text) or _KATAKANA.match(text) or _ASCII_NAME.match(text)):
        return None
    reading = "".join(x.reading for x in toks[i:end]) or to_hiragana(text)
    full = given_name_after_a_town(toks, i, article.dictionary) if kind == "place" and end == i + 1 else None
    if full is not None:
        return NameSpan(si, i, *full, "person")  # 辰巳|陽|亮, 高岡|寛典: a runner, not a town
    if kind == "place" and end == i + 1 and end < len(toks) and toks[end].surface in ("時", "後", "以来", "当時") and \
            _common_word_read_otherwise(text, reading, article.dictionary):
        return None  # 築城時の姿 (ちくじょう "castle building"), not the town 築城 (ついき); 大分県 is a place
    if given_end is not None and kind == "person":
        end, text, reading = given_end
    elif kind == "person" and end - i >= 3 and all(x.pos[2] == "人名" for x in toks[i:end]):
        reading = given_name_read_whole(toks, i, end, reading, article.dictionary)
    elif kind == "person" and end - i == 2 and toks[i].pos[3] == "姓":
        reading = woman_read_ko(toks, i, reading, article.dictionary)
    return NameSpan(si, i, end, text, reading, kind)


def _checked(span: NameSpan, toks: Sequence[Token], article: _ArticleNames) -> NameSpan | None:
    """The span found, corrected by what stands around it, or None when it names nothing here.

    A city takes its own reading (三田市 さんだし); 3番・赤平 is a batter, not the town; 過去最多タイ
    (a record tied), 令和 (an era) and 日本酒 (a word JMdict has) name nothing; the department of
    a body is named with it (警視庁公安部); a person runs to the reading in brackets after the
    name (朴正勲（パク・チョンフン）) and keeps the title after it (山田首相)."""
    dictionary = article.dictionary
    span = city_reading(span, dictionary)
    if article.baseball and span.type == "place" and span.end - span.first == 1 \
            and named_as_player(toks, span.first) and "surname" in dictionary.name_types(span.name):
        span = replace(span, type="person")  # 3番・赤平: a batter, not the town
    span = ring_name_after_rank(_team_after_its_country(span, toks), toks)  # 元大関|霧島
    # 令和7年度: an era, which UniDic tags as a person's name.
    if re.fullmatch(r"[一-龥]{2}", span.name) and re.match(
            r"(?:元年|[0-9０-９〇一二三四五六七八九十]{1,3}年)", "".join(x.surface for x in toks[span.end:span.end + 2])):
        return None  # 文久元年, 安政4年: an era before its year, no person (dev 3112)
    span = great_before_a_word(span, toks, dictionary)  # 江戸|大|地震: no university 江戸大
    span = _country_before_broadcaster(span, toks)  # カナダ|CBC|テレビ: CBCテレビ
    if acronym_type(span.name) == "word":
        return None  # DNA, DVD: an abbreviation that names nothing
    span = whole_around(span, toks, dictionary)  # 平安|時代, セルビア|・|モンテネグロ, 広|辞苑, 同町|若佐
    if _tie_not_thailand(span, toks) or span.name in _ERAS or _part_of_a_word(span, toks, dictionary) \
            or _word_before_it(span, toks, dictionary):
        return None
    span = university_named_before(department_of_body(span, toks), toks)  # 杏林|大|医学部付属病院
    span = dotted_body(span, toks, dictionary)  # 国立社会保障・|人口問題研究所
    span = title_glued_to_given_name(reading_in_brackets_after(span, toks, dictionary), toks)  # 石井|一氏
    title = _title_at(toks, span.end) if span.type == "person" and not span.title else None
    if span.type == "person" and not title and (lone_given_name(span, toks, article.known_people)
                                                 or surname_as_word(span, toks, article.known_people, dictionary)):
        return None
    if span.type == "person" and not title and span.end - span.first >= 2 and span.name not in article.known_people \
            and _a_word_read_otherwise(span.name, span.reading, dictionary):
        return None  # 花束や千羽|鶴 (せんばづる, paper cranes), read as the woman ちはる (round 31)
    if span.type == "person" and not title and span.end < len(toks) and toks[span.end].start == toks[span.end - 1].end \
            and toks[span.end].surface in _AREA_WORDS:
        return replace(span, type="place")  # グアム島のタモン|地区: a district (Tumon), no surname (round 67's 1104)
    if title:
        span = NameSpan(span.sentence_index, span.first, span.end, span.name, span.reading,
                        span.type, title[0], title[1])
    return span


_AREA_WORDS = frozenset(("地区", "地方", "州", "郡"))


def _country_before_broadcaster(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """カナダCBCテレビ, オーストラリアSBSテレビ, ドイツARD放送: news writes a foreign body's country
    before its Latin-letter name (round 67's 0468); the body is CBCテレビ, the country says where
    it is. 日本BS放送 is a company's own name and keeps 日本."""
    first = toks[span.first]
    if span.type != "org" or span.end - span.first < 2 or first.pos[3] != "国" or first.surface == "日本" \
            or not re.fullmatch(r"[A-Z]{2,}", toks[span.first + 1].surface) or not span.name.startswith(first.surface):
        return span
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
    """過去最多タイ: a record tied, not Thailand."""
    return span.name == "タイ" and bool(span.first) and toks[span.first - 1].surface.endswith(_BEFORE_TIE)


def _part_of_a_word(span: NameSpan, toks: Sequence[Token], dictionary: Dictionary) -> bool:
    """日本|一, 日本|時間 (a measure): a word JMdict has, not the country. 日本酒, 日本語, 芥川賞:
    the name is part of a word JMdict has, and names nothing here."""
    n = len(toks)
    if span.type != "org" and span.end < n and toks[span.end].start == toks[span.end - 1].end \
            and re.fullmatch(r"[ァ-ヶー]+", span.name) and has_kanji(toks[span.end].surface[:1]) \
            and toks[span.end].pos[0] == "名詞" and dictionary.known([span.name + toks[span.end].surface[0]]):
        return True  # ライ|麦畑 (round 64's 3511): ライ麦, rye, not the town of Rye
    return span.type != "org" and span.end < n and (
        len(toks[span.end].surface) == 1 or toks[span.end].pos[2] == "助数詞可能") \
        and toks[span.end].start == toks[span.end - 1].end \
        and toks[span.end].pos[0] in ("名詞", "接尾辞") and dictionary.known([span.name + toks[span.end].surface])


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
    if before.pos[0] == "接尾辞" and before.end == first.start and span.end - span.first == 1 and \
            span.type in ("place", "person") and has_kanji(before.surface) and has_kanji(first.surface[:1]) and \
            not (span.first >= 2 and toks[span.first - 2].pos[1] == "数詞") and \
            dictionary.known([before.surface + first.surface[:1]]):
        # (not 21|日|ロンドン or 6|日|東京: a date's 日 before a place makes 日ロ, 日東 of nothing)
        return True
    return before.pos[0] == "連体詞" and before.end == first.start and span.end - span.first > 1 \
        and bool(dictionary.known([before.surface + first.surface]))
