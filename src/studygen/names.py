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
places in :mod:`studygen.name_places`, sports stories in :mod:`studygen.name_sports`, the checks
of what stands around a name in :mod:`studygen.name_checks`, and the tables they share in
:mod:`studygen.name_tables`; the mentions become one list, a name once, in
:mod:`studygen.name_list`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .dictionary import Dictionary
from .furigana import has_kanji, to_hiragana
from .model import Sentence, Token
from .name_checks import acronyms_of_words, checked
from .name_compounds import compound_name, run_texts
from .name_list import collect_names  # the list of names, for the pipeline
from .name_retyped import companies_by_short_name, firms_by_apposition
from .name_organisations import (
    and_company, bodies_named_in_brackets, company_names, organisation_or_place, paper_before_shi, papers_by_short_name,
)
from .name_given import (
    given_name_after_a_town,
    given_name_a_word_before_title,
    given_name_as_common_noun,
    given_name_continues,
    given_name_cut_before_title,
    given_name_read_whole,
    hanja_name_before_reading,
    kana_given_name_runs_on,
    one_kanji_given_name_as_suffix,
    surname_cut_before_given,
    unknown_kanji_given_name,
    woman_read_ko,
)
from .name_people import (
    country_before_person,
    dotted_person,
    initial_before_surname,
    kanji_name_before_country,
    katakana_before_title,
    katakana_run_person,
    people_known_by_title,
    surname_before_title,
)
from .name_places import (
    airport, city_read_as_a_word, end_of_route, lies_in, looks_like_place, numbered_town,
    towns_without_suffix, with_admin_suffix, with_former,
)
from .name_readings import (
    acronym_span, dictionary_readings, kanji_by_kanji, read_people_in_context, read_places, reading_by_parts,
    read_inside, spoken_reading, unread,
)
from .name_sports import (
    club_after_its_town, club_before_its_town, is_club_story, school_short_name,
    team_before_its_prefecture, towns_standing_for_clubs,
)
from .name_tables import (  # READING_IN_BRACKETS, NameSpan, titles: used by entities and questions
    _ASCII_NAME,
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


def find_name_spans(
    sentences: Sequence[Sentence], tokens: Sequence[Sequence[Token]], dictionary: Dictionary,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> list[NameSpan]:
    """Every name mention, as token spans, in article order.

    ``overrides`` (lemma -> reading, the user's overrides file) extends the acronym readings.
    """
    spans = towns_standing_for_clubs(_find_spans(sentences, tokens, dictionary), tokens, [s.text for s in sentences])
    spans = papers_by_short_name(spans, tokens)  # 東亜によれば: 東亜日報
    spans = companies_by_short_name(spans)  # 松下に対して: 松下電器産業
    spans = firms_by_apposition(spans, tokens)  # 全国チェーン・ダイエー
    # 森林子（もり・りんこ）: a reading the article gives in brackets is the name's reading.
    given = frozenset(k for k, sp in enumerate(spans) if _reading_bracket(tokens[sp.sentence_index], sp.end))
    spans = read_people_in_context(spans, dictionary, given)
    # 松本薫選手 in the headline, 松本薫(まつもと・かおり)選手 in the lead: the article's reading is the
    # name's wherever it stands (round 128's 2248 listed the headline's かおる)
    told = {spans[k].name: spans[k].reading for k in given if spans[k].type == "person"}
    spans = [replace(sp, reading=told[sp.name]) if sp.type == "person" and sp.name in told else sp for sp in spans]
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
    word_acronyms: frozenset[str]  # ノロウイルス(NV): an acronym of a word, no name


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
        word_acronyms=acronyms_of_words(tokens, dictionary),
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
    of :func:`studygen.name_checks.checked` correct or drop it, and the search goes on after it."""
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
            span = given_name_a_word_before_title(toks, si, i, dictionary)  # 佐藤|善哉 記者
        if span is None:
            span = surname_cut_before_given(toks, si, i, dictionary)  # 角|居|勝彦
        if span is None:
            span = one_kanji_given_name_as_suffix(toks, si, i, dictionary)  # 漆島|華|さん
        if span is None:
            span = unknown_kanji_given_name(toks, si, i)  # 広江|弌|議員
        if span is None:
            span = _tagged_name(toks, si, i, article)
        if span is None:
            span = kanji_name_before_country(toks, si, i)  # 景|瑞雪選手(中国)
        if span is None:
            span = katakana_before_title(toks, si, i)
        if span is not None:
            span = surname_before_title(span, toks, dictionary, article.known_people)
        if span is None:  # after surname_before_title: 日向市 stays a place before a title
            span = city_read_as_a_word(toks, si, i, dictionary)
        if span is not None and span.type == "place":
            span = with_former(with_admin_suffix(span, toks, dictionary), toks, dictionary)
        whole = compound_name(toks, i, dictionary, jmnedict_runs, jmdict_runs, article.title_words)
        if whole is not None and (span is None or whole[0] > span.end) and \
                not (span is not None and span.type == "person" and (title := _title_at(toks, span.end)) and
                     whole[0] < title[1]) and \
                not (span is not None and span.type == "person" and "・" in span.name and whole[2] == "place"):
            # (ローラ・ブッシュ|アメリカ合衆国|大統領夫人: a dotted name, then the country of her post,
            # is no place ローラ・ブッシュアメリカ合衆国, wikinews-2898)
            # (秋山|大会会長: the title after the name is no 大会 of a name 秋山大会, round 96's 3463)
            span = _whole_name_span(si, i, whole, toks, dictionary)  # 日本|維新の会, パリ|協定
        if span is not None:
            span = checked(span, toks, article.dictionary, article.baseball, article.known_people)
        if span is not None:
            span = kana_given_name_runs_on(span, toks, dictionary)  # 山崎|まさよ|し
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
    if span is None:
        span = paper_before_shi(toks, si, i)  # タイムズ|紙
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
    if kind == "person" and end == i + 2 and end + 1 < n and toks[end].pos[1:3] == ("固有名詞", "地名") \
            and toks[end].pos[3] != "国" and toks[end].start == toks[end - 1].end and _title_at(toks, end + 1) \
            and dictionary.name_types(toks[end].surface) & GIVEN_TYPES and not dictionary.name_types(toks[end].surface) & {"place"}:
        # 松|友美|佐紀 選手 (UniDic's surname, given name and a place): 松友美佐紀, one name before its
        # title; 佐紀 is a given name to JMnedict and no place (round 111's 1022 listed 松友美)
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
            return end, (end, toks[i].surface + given,
                         toks[i].reading + to_hiragana(dictionary.given_name_reading(given, dictionary.name_readings(given))))
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
    if kind is None and _KATAKANA.match(text) and end < len(toks) and toks[end].surface in ("市", "州", "町", "村", "郡") \
            and toks[end].start == toks[end - 1].end and not _title_at(toks, end) and not _title_at(toks, end + 1):
        # (マクグィンティ|州|知事, プラツェク|州|首相: a person and the state's post)
        kind = "place"  # ベルエア|市: a town no dictionary knows, by its unit (typed other: nv145's 2427)
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


def _tagged_name(toks: Sequence[Token], si: int, i: int, article: _ArticleNames) -> NameSpan | None:
    """A name from UniDic's tag (固有名詞 人名 or 地名), a word the article titles elsewhere, or an
    unknown word: 岸田文雄, 宮城, ゼレンスキー. Its reading is UniDic's, or the whole given name's
    that JMnedict lists (増渕竜義 ますぶちたつよし, 池田光智 いけだみつとも)."""
    t = toks[i]
    if not (t.pos[1] == "固有名詞" or t.surface in article.known_people or t.unknown) or t.surface in article.word_acronyms:
        return None
    kind = {"人名": "person", "地名": "place"}.get(t.pos[2])
    if i and toks[i - 1].pos[2] == "助数詞" and toks[i - 1].end == t.start and t.surface[0] in "月日年時":
        return None  # 三|日|月氏: 三日月 (a name) cut before 月, no Yuezhi (round 102's 2030)
    if kind == "person" and t.surface not in article.known_people:
        route_end = end_of_route(toks, si, i, article.place_readings, article.dictionary)
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
    if kind == "place" and end == i + 1 and i >= 2 and toks[i - 1].surface == "の" and toks[i - 2].pos[1] == "普通名詞" \
            and not _title_at(toks, end) and any(
                any(p in ("news1", "ichi1") for p in e.priority(text)) and to_hiragana(e.kana[0][0]) != reading
                for e in article.dictionary.entries(text) if e.kana):
        return None  # 川の河口付近 (かこう, a river's mouth), not a place かわぐち (round 106's 0553)
    if given_end is not None and kind == "person":
        end, text, reading = given_end
    elif kind == "person" and end - i >= 3 and all(x.pos[2] == "人名" for x in toks[i:end]):
        reading = given_name_read_whole(toks, i, end, reading, article.dictionary)
    elif kind == "person" and end - i == 2 and toks[i].pos[3] == "姓":
        reading = woman_read_ko(toks, i, reading, article.dictionary)
    return NameSpan(si, i, end, text, reading, kind)
