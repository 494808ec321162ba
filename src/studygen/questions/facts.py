"""Fact questions from the parse: who, when, where, what, why and how many.

Each target (a date, a figure, a person or body, a place phrase, an object, a cause) becomes a
:class:`~.clause.Target` whose key is the whole argument phrase, asked through
:func:`~.clause.clause`; the answer is that phrase as the sentence writes it. Objects, bodies
and causes are found in :mod:`.what_why`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..furigana import has_kanji
from ..entities import Entity
from ..model import Article, Name, Parse, Term, Token
from ..name_tables import PREFECTURES, ends_in_title
from ..names import NameSpan, titles
from .base import (Draft, distinct_people, is_media, mark, mention, org_class, place_class, plausible_person, rng_for,
                   same_person, same_shape)
from .distractors import choices_from, date_shape
from .clause import SHORT_ENOUGH, Target, clause, sentence_topic
from .lead_subjects import met_partner, reported_subject, with_partner
from .polite import in_its_tense, looks_back, newest_year
from .rivals import glued, predicate_of, second_right, sentence_lemmas
from .tree import PLACE_HEADS, Tree
from .what_why import MAX_KEY, _governs_the_sentence, _what_and_why, place_acts
from .what_why import _what_particle  # noqa: F401 (the tests' tables read every particle rule here)

# 2024年末, 3月上旬, 来年度初め: the date's phrase runs on; the question word stands for all of it.
_DATE_TAIL = re.compile(r"^(?:末|初め|初旬|上旬|中旬|下旬|前半|後半|ごろ|頃|中|以前)")
_ERA = re.compile(r"(?:平成|令和|昭和|大正|明治)(?:元)?$")
# 約3万人以上, 150億円余り: a hedge after the figure stays after the question word.
_HEDGES = ("以上", "以下", "未満", "超", "余り", "あまり", "近く", "前後", "程度", "ほど", "強", "弱", "ずつ")
_LOCATIVE = ("で", "に", "から", "へ", "まで")
# 富山県射水市, 愛知県の豊川市: a town with its prefecture before it
_TOWN_IN_PREFECTURE = re.compile("(?:" + "|".join(sorted(PREFECTURES, key=len, reverse=True)) + r")の?([^、。]{1,8}?[市町村区])")
_EVENT_VERB = re.compile(r"^で[^。]{0,30}?(?:開|行|会見|発表|会談|記者|実施|催|決め|決定|採択|表明)")




def _day_of_month(prompt: str) -> str:
    return re.sub(r"(今月|先月|来月|同月)いつ(から|までに|まで)?", lambda m: f"{m[1]}の何日{m[2] or 'に'}", prompt)


def _in_full(key: str, name: str, people: Sequence[str]) -> str | None:
    """吉田さん, where the article named 吉田拓郎さん in full: the key as a student writes it from the
    article, 吉田拓郎さん (round 109's 2973, B). None when no one person's full name begins so."""
    fuller = [p for p in people if p.startswith(name) and len(p) > len(name)]
    return fuller[0] + key[len(name):] if len(fuller) == 1 and key.startswith(name) and has_kanji(name) else None


def _a_year_written_short(before: str, figure: str) -> bool:
    """1965年から81年に: 81年 after a year in full is the year 1981 written short, no count of years
    (「1965年から何年に…担当し続けましたか」 keyed 81年, round 111's 2489, C)."""
    return bool(re.fullmatch(r"[0-9０-９]{2}年", figure) and re.search(r"[0-9０-９]{4}年(?:から|～|〜|-)$", before))


def _when_particle(after: str) -> str | None:
    """What follows いつ: 14日に、 -> いつ; 4月から -> いつから; 10日は / 3月にも / 2024年の -> no question."""
    after = after.rstrip("、，")
    if after.startswith(("は", "も", "の", "と", "が", "を", "には", "にも", "では")):
        return None
    if after in ("に", "で", ""):
        return ""
    return after if after in ("から", "まで", "までに", "以降", "以来", "以後", "以前") else None


def _who_particle(after: str) -> str | None:
    """誰が for は/が (誰は is not Japanese), 誰と, 誰に, 誰を; 誰も / 誰の ask something else."""
    after = after.rstrip("、，")
    if after in ("は", "が"):
        return "が"
    return after if after in ("と", "に", "を", "から", "とともに", "に対し", "に対して") else None


def _doko_ga(after: str) -> str | None:
    """どこが for a body or place as subject (厚生労働省は, 青葉市が); どこは is not Japanese."""
    return "が" if after.rstrip("、") in ("は", "が") else None


def _where_particle(after: str) -> str | None:
    after = after.rstrip("、，").removesuffix("は")  # 東京では -> どこで
    return after if after in _LOCATIVE else None


def _number_particle(after: str) -> str | None:
    after = after.rstrip("、，")
    if after.startswith(("は", "も")):
        return None  # 何人は, 何人も: not a question about the figure (何兆円規模の投資 is, see clause)
    return after


def _phrase(tree: Tree, start: int, end: int, described: bool = False) -> tuple[int, int] | None:
    """The whole argument phrase around a name, if it is short and holds no clause.

    With ``described``, a phrase that opens with a relative clause is the part after it:
    国賓として来日している|フィリピンのマルコ・サントス大統領 -> フィリピンのマルコ・サントス大統領
    (the question leaves the clause out: Target.described); None when the clause runs into the name."""
    a, b = tree.phrase(start, end)
    if b < end:
        return None
    words = [w for w in tree.words if a <= w.start < b]
    verbs = [w for w in words if w.pos in ("VERB", "ADJ", "AUX") and w.dep not in ("fixed", "compound")]
    if verbs:
        after = [w for w in words if w.bunsetsu > verbs[-1].bunsetsu]
        ending = tree.unpunctuated(verbs[-1].bunsetsu)
        # (カナダ・ブリティッシュコロンビア|州のバンクーバー: GiNZA took the name for a verb; UniDic's
        # tag says noun, and no clause ends there: wikinews-0129)
        if not described or not after or after[0].start > start or tree.dep(verbs[-1].bunsetsu) != "acl" or \
                ending[-1].tag.startswith("名詞"):
            return None
        a = after[0].start
    aside = tree.parse.text.find("（", end, b)
    if aside >= 0 and ")" not in tree.parse.text[aside:b] and "）" not in tree.parse.text[aside:b]:
        b = aside  # 森田裕介氏（45）が: the age is no part of the key
    if b - a > MAX_KEY:
        return None
    return a, b


def fact_drafts(article: Article, parses: dict[int, Parse], tokens: Sequence[Sequence[Token]],
                entities: Sequence[Entity], names: Sequence[Name], spans: Sequence[NameSpan],
                terms: Sequence[Term], salience: dict[int, float], pools: dict[tuple[str, str], list[str]]
                ) -> list[Draft]:
    """Every fact question the parsed sentences give, with choices where the article has them."""
    out: list[Draft] = []
    lemmas = sentence_lemmas(tokens)  # read by second_right for every choice list
    people = [mention(n) for n in names if n.type == "person"]
    person_names = [n.name for n in names if n.type == "person"]
    places = [n.name for n in names if n.type == "place"]
    orgs = [n.name for n in names if n.type == "org"]
    # The article's newest year: an event in an earlier year is past, whatever the clause's tense.
    newest = newest_year(x.text for x in article.sentences)
    story = "\n".join(x.text for x in article.sentences)
    by_sentence: dict[int, list] = {}
    for e in entities:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    for sp in spans:
        by_sentence.setdefault(sp.sentence_index, []).append(sp)
    for index, parse in parses.items():
        s = article.sentences[index]
        tree = Tree(parse)
        before = parses.get(index - 1)
        topic_before = sentence_topic(before) if before is not None and \
            article.sentences[index - 1].paragraph == s.paragraph else ""
        toks = tokens[index]
        base = salience.get(index, 0.0)
        # the sentence's dates and places: what a question leaves to its when and where (bare)
        scenes = tuple([(e.start, e.start + len(e.text)) for e in by_sentence.get(index, [])
                        if isinstance(e, Entity) and e.type == "date"] +
                       [(toks[x.first].start, toks[x.end - 1].end) for x in by_sentence.get(index, [])
                        if not isinstance(x, Entity) and x.type == "place" and x.end <= len(toks) and
                        s.text[toks[x.end - 1].end:].startswith(_LOCATIVE)])  # (カナダと合意した: a partner stays)

        def add(kind: str, key: tuple[int, int], target: Target, pool: list[str] | None, bonus: float = 0.0,
                answer: str | None = None, partner: str = "", s=s, parse=parse, base=base, out=out,
                topic_before=topic_before, newest=newest, tree=tree, toks=toks, lemmas=lemmas,
                scenes=scenes) -> None:
            prompt = clause(parse, target, topic_before=topic_before)
            if partner:
                prompt = with_partner(prompt, partner)
            if prompt is None:
                return
            short = clause(parse, target, minimal=True, topic_before=topic_before)
            # a who question without the sentence's dates and places, which its when and where
            # questions ask (selection.py)
            others = tuple(x for x in scenes if not (x[0] < target.end and target.start < x[1]))
            bare = clause(parse, target, topic_before=topic_before, drop=others) if others and kind == "who" else None
            trim = clause(parse, target, topic_before=topic_before, limit=SHORT_ENOUGH) \
                if len(prompt) > SHORT_ENOUGH else None
            if partner:
                short, bare, trim = with_partner(short, partner), with_partner(bare, partner), with_partner(trim, partner)
            # 誰がメリーランド大学教授ですか: a post asked the way Japanese asks it, メリーランド大学
            # 教授は誰ですか (round 41)
            post = re.fullmatch(r"誰が([^、。]{2,30})ですか。", prompt)
            if post and ends_in_title(post.group(1)):
                prompt, short, bare, trim = f"{post.group(1)}は誰ですか。", None, None, None
            past = looks_back(prompt, s.text, s.text[key[0]:key[1]], newest)
            prompt, short = in_its_tense(prompt, past), in_its_tense(short, past) if short else short
            bare = in_its_tense(bare, past) if bare else bare
            trim = in_its_tense(trim, past) if trim else trim
            answer = answer or s.text[key[0]:key[1]]
            if kind == "when" and re.match(r"[0-9０-９]+日", answer):
                # 今月10日に -> 今月いつ reads wrong; a day of a named month is asked 今月の何日に
                # (dev review 8: 決選投票は今月いつ予定されていますか)
                prompt = _day_of_month(prompt)
                short = _day_of_month(short) if short else short
                bare = _day_of_month(bare) if bare else bare
                trim = _day_of_month(trim) if trim else trim
            if pool is not None:
                pool = glued(second_right(pool, predicate_of(tree, toks, *key), article, lemmas, s.index),
                             answer, article)
            choices = choices_from(answer, pool, rng_for(article.id, kind, s.index, answer), prompt=prompt,
                                   people=kind == "who") \
                if pool is not None else None
            town = _TOWN_IN_PREFECTURE.fullmatch(answer) if choices and kind == "where" else None
            if town and choices and not any(_TOWN_IN_PREFECTURE.fullmatch(c) for c in choices if c != answer):
                # 富山県射水市 among 鹿嶋市, 人吉市, 豊川市: the one choice with its prefecture gives
                # itself away; the town alone answers where (round 62's 0945)
                choices = tuple(town.group(1) if c == answer else c for c in choices)
                answer = town.group(1)
            out.append(Draft(kind, prompt, answer, s.index, choices, mark(s.text, answer),
                             salience=base + bonus - len(prompt) / 150,
                             short=short if short and short != prompt else None,
                             bare=bare if bare and bare != prompt else None,
                             trim=trim if trim and trim != prompt else None))

        for item in by_sentence.get(index, []):
            if isinstance(item, Entity):
                a, b = item.start, item.start + len(item.text)
                if _ERA.search(s.text[:a]) or re.search(r"[0-9０-９]$", s.text[:a]):
                    continue  # 平成26年 cut to 26年: no key
                if item.type != "date" and _a_year_written_short(s.text[:a], item.text):
                    continue
                pool = [t for t in pools.get((item.type, "" if item.type == "date" else item.counter), [])
                        if t != item.text]
                if item.type == "date":
                    pool = [t for t in pool if date_shape(t) == date_shape(item.text)]  # a year for a year
                    tail = _DATE_TAIL.match(s.text[b:])
                    b += tail.end() if tail else 0
                    add("when", (a, b), Target(a, b, "いつ", _when_particle), pool, 0.3)
                else:
                    big = re.search(r"何([万億兆])", item.question_word)
                    if big:
                        # 何万人 offered with 8人 and 23人: the choices share the question's magnitude
                        pool = [t for t in pool if big.group(1) in t]
                    add("how_many", (a, b), Target(a, b, item.question_word, _number_particle, _HEDGES, quantity=True), pool,
                        _figure_bonus(item, s.text))
                continue
            sp: NameSpan = item
            end_tok = sp.title_end or sp.end
            if end_tok > len(toks) or sp.first >= len(toks):
                continue
            a, b = toks[sp.first].start, toks[end_tok - 1].end
            whole = tree.phrase(a, b)
            pair = met_partner(tree, s.text, whole[0], a, b, s.text[b:b + 3], by_sentence.get(index, []), toks) \
                if sp.type == "person" and whole[1] == b else None
            if pair is not None:
                # トランプ米大統領とウクライナのゼレンスキー大統領が会談を行った: of two who met, the
                # first is the topic and the other is asked 誰と (the example's lead had no who)
                add("who", (pair[1], b), Target(pair[1], b, "誰", _who_particle), None, -0.6, partner=pair[0])
                continue
            phrase = _phrase(tree, a, b, described=True)
            if phrase is None:
                continue
            described = phrase[0] > tree.phrase(a, b)[0]
            after = s.text[phrase[1]:phrase[1] + 3]
            facility = sp.type == "place" and after.startswith("の") and not described and _facility_phrase(tree, phrase)
            if facility:
                phrase, after = facility, s.text[facility[1]:facility[1] + 3]
            name_only = None
            if sp.type == "person" and s.text[b:phrase[1]] in titles():
                b = phrase[1]  # フィリピンのマルコ・サントス|大統領: the title is the name's
            if sp.type in ("person", "org") and phrase != (a, b):
                # 2位の広島東洋カープが…サヨナラ勝ちした: the key is the name, and どこ/誰 under 2位の is
                # no question; the question word takes the whole phrase (どこが…サヨナラ勝ちしましたか),
                # its key the name alone. Only a modifier ending in の right before the name.
                # (前原誠司国土交通大臣と大阪府の橋下徹知事が: a list is no modifier; 日本の福田首相は:
                # a topic stands in every question of its sentence)
                if phrase[1] != b or not re.fullmatch(r"[^、とや]{1,12}の", s.text[phrase[0]:a]) or after.startswith("は"):
                    continue
                name_only = s.text[a:b]
            if sp.type == "person":
                key = name_only or s.text[phrase[0]:phrase[1]]
                # (木村さんと誰が…: 木村春男さん, named in the prompt, is no wrong choice: round 36)
                rest = s.text[:a] + s.text[b:]
                pool = same_shape(key, distinct_people([p for p in people if not same_person(p, s.text[a:b])
                                                        and plausible_person(p) and not (has_kanji(p[:2]) and p[:2] in rest)]))
                # The topic (高瀬首相は…) stands in every other question on its sentence, so asking for
                # it gives the others away; 誰と, 誰に, 誰を ask what the others do not show.
                topic = after.startswith("は")
                if topic and (re.match(r"は、?「", after) or not _governs_the_sentence(tree, phrase)):
                    continue  # 裁判官は「…女性が生活を侵害した」と述べ: the topic is not who did the inner act
                add("who", phrase, Target(*phrase, "誰", _who_particle, described=described), pool, -0.6 if topic else 0.4,
                    answer=name_only or _in_full(key, sp.name, person_names))
            elif sp.type == "org" and after.startswith(("は", "が")):
                if after.startswith("は") and not _governs_the_sentence(tree, phrase) or ends_in_title(s.text[a:b]):
                    continue  # (鶴島社長 typed an organisation is no どこ: wikinews-1214)
                if is_media(sp.name):
                    continue  # 朝日新聞は…と伝えた: which paper reported it is no fact of the story
                # (千葉県警 beside 行徳警察署, where the story wrote 千葉県警・行徳警察署: the body the
                # answer belongs to is a second right answer, round 111's 3392)
                pool = [o for o in orgs if o not in s.text[a:b] and org_class(o) == org_class(sp.name)
                        and not any(o + j + sp.name in story for j in ("・", "の", ""))]
                # 北大西洋条約機構(NATO): one body under two names offers two choices, or a second
                # right one (round 115's 2999, B)
                pool = [o for o in pool if not any(f"{o}{a}{p}{b}" in story or f"{p}{a}{o}{b}" in story
                                                   for p in (*pool, sp.name) if p != o for a, b in ("()", "（）"))]
                add("who", phrase, Target(*phrase, "どこ", _doko_ga, described=described), pool, 0.3, answer=name_only)
            elif sp.type == "place" and after.startswith(("は", "が")) and \
                    ((reported := not _governs_the_sentence(tree, phrase)) is False or
                     after.startswith("が") and reported_subject(tree, phrase)) and \
                    place_acts(tree, phrase, reported) and not is_media(sp.name) and not re.search(r"[0-9０-９]", s.text[phrase[0]:phrase[1]]):
                # 青葉市は…休館すると発表した, 関東甲信地方が梅雨明けした: a city that acts or a region
                # where the news happens is the sentence's subject; asked どこが (the notice and
                # weather test articles' leads had no draft for it)
                key = s.text[phrase[0]:phrase[1]]
                if re.search(r"(?:人|人々|住民|市民|国民|者|たち)$", key):
                    continue  # パレスチナ人は…語った: people, not a place, are no どこが (round 113's 0693, B)
                # (土浦日大 offered beside 阪神甲子園球場: a place of no kind has no rival to offer)
                # (綾川町 beside 木田郡三木町 and 綾歌郡宇多津町: the one without its 郡 stands out, round 113's 1669)
                pool = [p for p in places if p not in key and key not in p and place_class(p) == place_class(key)
                        and ("郡" in p) == ("郡" in key)] if place_class(key) else None
                add("who", phrase, Target(*phrase, "どこ", _doko_ga, described=described), pool, 0.2)
            elif sp.type in ("place", "org") and after.startswith(_LOCATIVE) and not is_media(sp.name) and not name_only \
                    and (sp.type == "place" or after.startswith("で") and _EVENT_VERB.search(s.text[phrase[1]:])):
                # 日本サッカー協会で初めてとなる: an organisation is a where only as the scene of an event
                words = [w for w in tree.words if phrase[0] <= w.start < phrase[1]]
                if any(w.pos not in ("PROPN", "NOUN", "ADP", "PUNCT") for w in words):
                    continue  # 西経91.9度のメキシコ湾: a figure in the place phrase is no place to name
                key = s.text[phrase[0]:phrase[1]]
                # 港区内にある (round 53: 東京 offered beside the key 港区内): the place is 港区, whose
                # kind (区) its choices share; 内 "inside" is no part of the answer
                inside = re.sub(r"(?<=[都道府県市区町村])内$", "", key)
                # 珠洲市 and 石川県 are both right for one place: a choice is a place of the same kind
                # (市 for 市, 県 for 県), never one that may contain the answer.
                same = places if sp.type == "place" else [o for o in orgs if org_class(o) == org_class(sp.name)]
                # 関東甲信 beside 関東地方: a choice that begins as the key does names a part of it
                pool = [p for p in same if p not in key and key not in p and len(p) >= 2
                        and place_class(p) == place_class(inside) and p[:2] != key[:2] and ("郡" in p) == ("郡" in key)]
                # (ワシントンのホワイトハウス: a building in a city has no rival of its kind to offer)
                # (宮城県石巻市と東松島市: a list of places has no rival list to offer)
                add("where", phrase, Target(*phrase, "どこ", _where_particle, described=described),
                    None if facility or "と" in key else pool, 0.2, answer=inside if inside != key else None)
        if not any(d.kind == "where" and d.sentence_index == index for d in out):
            for phrase in _scenes(tree):
                add("where", phrase, Target(*phrase, "どこ", _where_particle), None, 0.2)
        out += _what_and_why(article, tree, s.index, terms, base, person_names, orgs)
    return out



def _scenes(tree: Tree) -> list[tuple[int, int]]:
    """Where an event happens, named by no place name: 首相官邸で会談した, 中央公園で開く. A noun
    phrase that ends in a facility or spot (PLACE_HEADS) and takes で, an argument of a predicate
    of an event (_EVENT_VERB: 会談, 開く, 行う, 発表). The key is the whole phrase (東京・築地の
    料亭 is no facility; 市内のホテル is), never a piece; no choices, since a building has no rival
    of its kind to offer."""
    text = tree.parse.text
    out = []
    for b in range(len(tree.bunsetsu)):
        if tree.dep(b) != "obl" or not re.fullmatch(r"[^、]*?で、?", tree.text(b)) or \
                tree.head(b).pos != "NOUN":
            continue
        start, end = tree.phrase(tree.span(b)[0], tree.content_end(b))
        phrase = _phrase(tree, start, end)
        if phrase is None or phrase[1] != tree.content_end(b) or not PLACE_HEADS.search(text[phrase[0]:phrase[1]]) \
                or not _EVENT_VERB.search(text[phrase[1]:]):
            continue
        out.append(phrase)
    return out


def _facility_phrase(tree: Tree, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """広島市の|マツダスタジアムで: the place that a place name modifies with の, when it is where
    something happens (a facility, a spot: PLACE_HEADS) marked with で or に; the whole phrase is
    the key (広島市のマツダスタジアム). None for 米国の支援で (a means, no place)."""
    b = tree.at(phrase[1] - 1)
    up = tree.parent[b]
    if up < 0 or tree.dep(b) != "nmod" or tree.dep(up) != "obl" or tree.head(up).pos not in ("NOUN", "PROPN"):
        return None
    start, end = tree.phrase(phrase[0], tree.content_end(up))
    text = tree.parse.text
    if start > phrase[0] or end - start > MAX_KEY or not PLACE_HEADS.search(text[start:end]) or \
            not re.match(r"[でに](?!は)", text[end:end + 2]):
        return None  # (港区の港南公園では8日、…蘆花恒春園では9日から: places set side by side, round 48)
    return start, end


_TOTAL = re.compile(r"合計|合わせて|総額|総数|過去最高|過去最多|過去最低|史上最|記録")
_DURATION = re.compile(r"[0-9０-９]+(?:時間|分間?|日間|秒)(?:半|ほど|余り)?$")


def _figure_bonus(e: Entity, sentence: str) -> float:
    """A figure's weight in the story: a total or a record counts (合計32人, 過去最高の35.4度), how
    long something lasted is texture (約2時間にわたって)."""
    weight = -0.3
    if re.search(r"[億兆]", e.text):
        weight += 0.3
    if _TOTAL.search(sentence[max(0, e.start - 12):e.start + len(e.text) + 6]):
        weight += 0.4
    if _DURATION.search(e.text):
        weight -= 0.5
    if re.fullmatch(r"[1１][^0-9０-９.．万億兆]*", e.text):
        weight -= 0.6
    return weight
