"""The noun a relative clause describes, asked as the question's topic.

A date or place inside a relative clause is no argument of the sentence's verb: 9月12日に開かれた
同社の取締役会で… is asked of the noun the clause describes, 同社の取締役会はいつ開かれましたか。,
never with the question word inside the modifier (「いつ開かれた取締役会で…」). This module says
when a clause describes such a noun and which noun phrase stands as the topic, or that no question
can be asked of it (the deadline is another verb's, the noun is one of many, a place, a detail of
a detail).
"""

from __future__ import annotations

import re

from .clause_parts import (_belongs_to_the_main_clause, _noun_phrase, _one_common_noun, goes_on,
                           in_a_relative_clause)
from .clause_path import FORMAL_NOUNS
from .tree import _CLAUSE_NOUNS, MODIFYING_VERBS, Tree
from .wording import Target

__all__ = ["describes_a_noun", "relative_topic"]

# …会話した時は: a time noun described by a clause is no thing to ask about (時はいつ…).
_TIME_NOUNS = frozenset(("時", "とき", "頃", "ころ", "日", "年", "月", "際", "折", "当時", "時期", "時点", "直前"))
# what is started or held: the date of a clause describing its object is the main verb's
_STARTED = frozenset(("開始", "始める", "開始する", "実施", "実施する", "開催", "開催する", "発売", "発売する", "再開", "再開する"))
# 23日まで2日間開いた金融政策決定会合, 12月8日に開催した定例記者会見: the clause's subject holds
# the event, so the event asked as topic is held in the passive (polite.held_in_the_passive):
# 会合はいつ開かれましたか, not 「会合はいつ開きましたか」 (the rate test article; wikinews-1306, 2755).
_SCHEDULED = frozenset(("予定", "開催", "開く", "行う", "実施", "計画", "予定する", "開催する", "実施する"))
# (2020年に行われる東京五輪の馬術競技誘致: the Games are held, not the bid, round 129's 1110, C)
_EVENT_BEFORE = re.compile(r"(?:遠足|旅行|行事|ツアー|会議|大会|試合|式典|イベント|公演|選挙|会見|五輪|オリンピック|パラリンピック|"
                           r"W杯|ワールドカップ|万博|博覧会|サミット|選手権)(?:用|向け)?の")
_EVENT_NOUN = re.compile(r"(?:会見|会合|会議|会談|公演|大会|総会|委員会|理事会|式|式典|祭|まつり|イベント|試合|選挙|集会|説明会|"
                         r"展示会|展|セミナー|シンポジウム|講演会|調査|訓練)$")
# 待機していた香港近海を離れ: a place is where the clause happened, no topic of it
_PLACE_END = re.compile(r"(?:近海|沖|付近|周辺|近く|一帯|上空|海域|地域|現場|市|町|村|県|区|国)$")


def describes_a_noun(tree: Tree, top: int) -> bool:
    """Whether the clause headed by ``top`` is a relative clause on a content noun that is an
    argument (取締役会で of 9月12日に開かれた同社の取締役会で), not on a formal noun (こと, ため),
    a clause noun (方針) or a time (当時)."""
    return tree.dep(top) == "acl" and tree.parent[top] >= 0 and not goes_on(tree, top) \
        and tree.head(tree.parent[top]).pos in ("NOUN", "PROPN") \
        and tree.head(tree.parent[top]).lemma not in FORMAL_NOUNS | _CLAUSE_NOUNS | _TIME_NOUNS \
        and tree.dep(tree.parent[top]) in ("obj", "obl", "nsubj", "iobj", "ROOT")


def relative_topic(tree: Tree, target: Target, top: int) -> tuple[str, bool] | None:
    """The topic a question on ``target`` takes from the noun its clause describes
    (同社の取締役会), and whether it is an event the clause held, whose verb then goes passive
    (会合はいつ開かれましたか); None when no question may be asked of it. ``top`` passes
    :func:`describes_a_noun`."""
    if tree.parse.text[target.end:].startswith("までに"):
        # 2030年までに日本を訪れる外人客を3000万人に増やすことを目標: the deadline is the goal's,
        # not the visitors' (「外人客はいつまでに日本を訪れますか」, round 131's 3659, C)
        return None
    topic = _noun_phrase(tree, tree.parent[top], top)
    noun = tree.parent[top]
    if target.wh == "いつ" and tree.dep(noun) == "obj" and tree.parent[noun] >= 0 and \
            tree.head(tree.parent[noun]).lemma in _STARTED:
        # 7月21日から東京都内など10店舗に限定した|試験販売を開始した: the date is when the sale
        # began, which GiNZA hung on the clause describing it (「試験販売はいつから…10店舗に限定
        # しましたか」, the dump of 2889)
        return None
    if re.search(r"(?:誕生|設立|発足|創立|創設|開業|開設|創業|合併)", tree.text(top)) and \
            re.search(r"の(?:市長|町長|村長|知事|社長|会長|理事長|学長|首長|代表|議長)$", topic):
        # 2006年1月1日に誕生した京都府南丹市の市長: the city was born, not its mayor (「南丹市の市長は
        # いつ誕生しましたか」, round 111's 1913, C)
        return None
    if re.search(r"人目$", tree.parse.text[target.start:target.end]):
        # 1968年に史上3人目となる2000本安打を達成した: an ordinal of people ranks whoever did it, not
        # the feat (「2000本安打は1968年に史上何人目となりましたか」, round 142's 2849, C); 第24回目
        # となる「サニツ浜カーニバル」 counts the event itself
        return None
    if re.search(r"(?:以上|以下|未満|超)$", tree.parse.text[target.start:target.end]):
        # 有効投票数の75%以上を獲得した選手らが殿堂入りとなる: a bound in a clause on a noun says
        # which ones count, not what anyone got (「選手らは…何%を獲得しましたか」, round 109's 0484, C)
        return None
    if in_a_relative_clause(tree, tree.parent[noun]):
        # 2005年に開催された選抜高校野球大会で…準優勝した神村学園高校の4番打者: the tournament
        # is a detail of a detail; 「選抜高校野球大会はいつ開催されましたか」 asks of a yearly event
        # what the story does not tell (round 105's wikinews-3421, C)
        return None
    if any(_belongs_to_the_main_clause(tree, c, top, bool(_EVENT_NOUN.search(topic))) for c in tree.children[top]):
        # 土曜日の午前中には、ウィキを発明したカニンガムが講演を行った; 10日、…閉鎖されていた道路が
        # 再開したと語った: a topic or a time set off by its comma is the sentence's, which
        # GiNZA hung on the relative clause (round 60's 1358 asked what he invented on
        # Saturday morning, 3369 when the roads were closed with the day he spoke)
        return None
    held_event = bool(_EVENT_NOUN.search(topic)) and not any(
        tree.dep(c) in ("nsubj", "obj") for c in tree.children[top])
    # 1979年に放送開始した「花王名人劇場」以来27年間: the clause describes the show before 以来,
    # not the span of years after it (「花王名人劇場」以来27年間はいつ…, round 44)
    topic = re.sub(r"^(.+?)(?:以来|以降).*", r"\1", topic)
    # 18日に予定されていた|遠足用の|おやつ: GiNZA hangs the clause on おやつ, but what is
    # scheduled is the outing before it (遠足用のおやつはいつ予定されていましたか, round 55)
    if tree.head(top).lemma in _SCHEDULED and not _EVENT_NOUN.search(tree.head(noun).text) and \
            _EVENT_BEFORE.search(topic):
        return None
    # (a bare common noun, 1704年に書かれた楽譜が…, is one of many: 楽譜はいつ書かれましたか
    # asks of the wrong one, round 38)
    if not topic or len(topic) > 20 or target.wh == "なぜ" or _PLACE_END.search(topic) or \
            _one_common_noun(tree, noun, topic) or \
            re.search(r"に対し|に対する|に関する|についての|における|に於ける|に伴う|による|に向けた|をめぐる|での", topic) or \
            re.search(r"への|からの|との", topic) and not _EVENT_NOUN.search(topic) or \
            tree.parent[noun] >= 0 and tree.head(tree.parent[noun]).lemma in MODIFYING_VERBS or \
            tree.head(tree.parent[top]).tag.startswith("名詞-固有名詞-地名"):
        # 待機していた香港近海を離れ: the place where it happened is not who did it
        # (香港近海はなぜ待機していましたか). 入院していた幼児に対しての脳死判定: the clause
        # describes 幼児, inside the phrase, not 判定 that the parser hung it on (round 31).
        # 7月5日に開かれた衆議院の法案可決に伴う投票: 開かれた describes 投票, not 法案可決 of
        # 伴う; アトランタ五輪における代表メンバー: the Games were held, not the squad (round 35);
        # 西アフリカにあるギニアでの医療支援活動: Guinea lies there, not the work (round 41)
        return None
    return topic, held_event
