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
    FIRM_POSTS,
    GIVEN_TYPES,
    HONORIFICS,
    KINDS_OF_PEOPLE,
    NameSpan,
    _title_at,
)
from .ranking import zipf

__all__ = [
    "country_before_person",
    "dotted_person",
    "initial_before_surname",
    "katakana_before_title",
    "katakana_run_person",
    "people_known_by_title",
    "surname_before_title",
    "surnames_before_titles",
]

# Titles that also follow places and organisations (東京都知事, 駐日大使, トヨタ社長).
_TITLES_AFTER_PLACES = frozenset(["知事", "市長", "町長", "村長", "区長", "大使", "代表", "社長", "会長", "副社長", "総裁", "副総裁", "議長", "所長", "院長", "校長", "理事長", "監督", "選手", "委員長", "幹事長", "報道官", "事務総長", "CEO"])
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
                    and not (t.pos[2] == "地名" and _title_at(toks, i + 1)[0] in _TITLES_AFTER_PLACES) \
                    and not (t.pos[1:3] == ("固有名詞", "一般") and _title_at(toks, i + 1)[0] in FIRM_POSTS):
                # (ワルシャワ市長: the city's; ノエビア副社長: the firm's, a proper noun UniDic knows as
                # no person's name, round 109's 2768)
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
    # (エア・カナダ: a word UniDic knows as a common noun, air, which JMnedict also has as a place,
    # then a country, is a firm's name, no country and person; round 100's 1506)
    if run_end > i + 2 and toks[i + 1].surface == "・" and is_country(toks[i], dictionary) \
            and toks[i].pos[2] != "人名" and not (toks[i].pos[1] == "普通名詞" and toks[i + 2].pos[2] == "地名") \
            and (toks[i].pos[3] == "国" or _title_at(toks, run_end) is not None):
        # (ドラ・マール with no title: UniDic's town ドラ starts the name of Picasso's model, round 102's 3591)
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
            and title_after is not None and title_after[0] not in HONORIFICS:
        # ジャック・ストロー|イギリス|外相: the country says whose minister he is (round 42);
        # ユーシェンコ・|ウクライナ|大統領 too, after a dot (round 65's 3098)
        dotted_end -= 2 if toks[dotted_end - 2].surface == "・" else 1
    elif dotted_end > i + 3 and dotted_end < n and toks[dotted_end - 1].pos[2:4] == ("地名", "国") and \
            len(toks[dotted_end - 1].surface) >= 3 and \
            toks[dotted_end - 2].surface != "・" and toks[dotted_end].start == toks[dotted_end - 1].end and \
            re.match(r"[一-龥]", toks[dotted_end].surface):
        # ロバート・ゼーリック|アメリカ|国務副長官, ヒラリー・ベン|イギリス|国際開発相: a country glued
        # to the name without a dot, then a post, is the post's (round 93's 1145; ロマ|シナ選手 is
        # ロマシナ, シナ too short to tell)
        dotted_end -= 1
    return dotted_end


def dotted_person(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """クロード・ヘラー, マハティール・ビン・モハマド, ジェンソン・バトン (バトン a baton to UniDic):
    a given name, dots and katakana words are one person. ノリス・ホール, ウィスラー・スライディング・
    センター: a place named after a person."""
    t = toks[i]
    dotted_end = _dotted_end(toks, i)
    # (ドラ・マール: UniDic's town, a dot and a person's name, with no title, is one person, Picasso's
    # model; a title after it makes the town a place of its own, ニューヨーク・ブルームバーグ市長)
    town_first = t.pos[2:4] == ("地名", "一般") and dotted_end == i + 3 and toks[i + 2].pos[2] == "人名" and \
        not _title_at(toks, dotted_end)
    if dotted_end > i + 2 and (t.pos[2] == "人名" or town_first) and t.pos[3] != "姓" and any(
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
        and (_title_at(toks, dotted_end + 2) or ("氏",))[0] not in HONORIFICS
    if dotted_end > i + 1 or country_title and toks[i].unknown:
        run = "".join(x.surface for x in toks[i:dotted_end])
        everyday = [not x.unknown and (x.pos[2:4] == ("地名", "国") or x.pos[1] == "普通名詞" and (zipf(x.surface) or 0) >= 4.3)
                    for x in toks[i:dotted_end]]
        if "・" not in run and all(everyday) and any(x.pos[1] == "普通名詞" for x in toks[i:dotted_end]):
            # 元プロ|テニス選手, 元サッカー|ブラジル代表: everyday words that say what he was (round
            # 102's 2716); スタン|リッジ選手, ライン|フェルト首相 are names cut into rarer words
            return None
        if run in known_people or _title_at(toks, dotted_end) or country_title:
            return NameSpan(si, i, dotted_end, run, to_hiragana(run), "person")
    return None


def katakana_before_title(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """トランプ before 大統領 is a person, not playing cards."""
    t = toks[i]
    if _KATAKANA.match(t.surface) and len(t.surface) >= 2 and _title_at(toks, i + 1) and t.surface not in KINDS_OF_PEOPLE:
        return NameSpan(si, i, i + 1, t.surface, to_hiragana(t.surface), "person")
    return None


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


def surname_as_word(span: NameSpan, toks: Sequence[Token], known_people: frozenset[str], dictionary: Dictionary) -> bool:
    """掘り起こした立木は: UniDic reads 立木 as a surname, and JMdict has it as a common word read so
    (たちき, a standing tree). A surname alone, untitled and titled nowhere in the article, is
    the word (round 36); news names a person by surname with a title (立木氏)."""
    t = toks[span.first]
    # (平安をもたらす: 平安 "peace", a proper noun to UniDic (the era), a person only to JMnedict,
    # round 110's 3548)
    return span.end - span.first == 1 and (t.pos[2:] == ("人名", "姓") or t.pos[1:3] == ("固有名詞", "一般")) \
        and span.name not in known_people \
        and any(to_hiragana(k[0]) == span.reading and (k[1] or e.priority(span.name))
                for e in dictionary.entries(span.name) for k in e.kana)


def kanji_name_before_country(toks: Sequence[Token], si: int, i: int) -> NameSpan | None:
    """景|瑞雪選手(中国): two to four kanji UniDic read as common nouns, then a title and a country
    in brackets, name a Chinese or Korean person (景 was listed as a word, "vista", round 122's
    0984). Read by the tokens' readings (けいずいせつ)."""
    if i and toks[i - 1].end == toks[i].start and toks[i - 1].pos[0] == "名詞" and has_kanji(toks[i - 1].surface):
        return None
    j = i
    while j < len(toks) and j - i < 3 and toks[j].pos[0] == "名詞" and toks[j].pos[1] in ("普通名詞", "固有名詞") \
            and re.fullmatch(r"[一-龥]+", toks[j].surface) and (j == i or toks[j - 1].end == toks[j].start) \
            and not (j > i and _title_at(toks, j)):
        j += 1
    text = "".join(t.surface for t in toks[i:j])
    title = _title_at(toks, j) if 2 <= len(text) <= 4 else None
    if title is None or title[1] + 2 >= len(toks) or toks[title[1]].surface not in ("(", "（") \
            or toks[title[1] + 1].pos[3] != "国" or toks[title[1] + 2].surface not in (")", "）"):
        return None
    return NameSpan(si, i, j, text, "".join(t.reading for t in toks[i:j]), "person")


# 前社長, 元首相, 両選手: a prefix before a title, no kanji of a given name
