"""The shapes of a clause that :func:`clause.clause` tests: what governs what, which subject a
clause inherits, which relative clause describes which noun, what is a condition (出せば) and
what is no subject (可能性が高い), which phrase GiNZA hung on a relative clause is the main
clause's, which sentence is gapped (社長にはAが、会長にはBが就く) and what topic a sentence hands on
to the next. Each takes the bunsetsu tree of one sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Parse
from ..name_tables import ends_in_title
from .base import is_media
from .tree import Tree
from .wording import ASIDE, Target


def _governed_by(tree: Tree, b: int, top: int) -> bool:
    """Whether bunsetsu ``b`` is ``top`` or hangs below it."""
    seen = 0
    while b >= 0 and seen <= len(tree.bunsetsu):
        if b == top:
            return True
        b, seen = tree.parent[b], seen + 1
    return False


# 可能性が高い, 見込みが強い, 恐れがある: the noun stands for the whole clause before it; so do
# 狙い, 目的, 意図 (…利益を確保する狙いがあった: whose aim? The example's list item 「米国の提案:…」
# lost its label and printed a ○× statement of nobody)
_ABSTRACT_SUBJECTS = frozenset(["可能性", "見込み", "公算", "恐れ", "おそれ", "懸念", "疑い", "狙い", "ねらい", "目的", "意図",
                                "思惑"])


# 出せば, 決まったら, 可決されるなら: a condition (によれば, a source, is none)
_CONDITION = re.compile(r"(?<!よれ)(?:ば|たら|なら)、?$")


LONG_SUBJECT = 20  # characters: a subject longer than this is asked without its relative clauses


def _without_relative(tree: Tree, b: int) -> set[int]:
    """The subject phrase at ``b``, without its relative clauses when it is long: 時津風部屋で
    起きた…問題を受けて日本相撲協会の立ち上げた再発防止検討委員会 is asked as 再発防止検討委員会
    (teachers trimmed such copied phrases by hand). A subject left shorter than 5 characters
    (委員会, 試合) would not say which one: it keeps its clauses."""
    whole = tree.subtree(b)
    if sum(len(tree.text(x)) for x in whole) <= LONG_SUBJECT:
        return whole
    trimmed = set(whole)
    for x in whole:
        if x != b and tree.dep(x) == "acl" and x in trimmed:
            trimmed -= tree.subtree(x)
    if sum(len(tree.text(x)) for x in trimmed) < 5:
        return whole
    return trimmed


def _modified_by_clause(tree: Tree, arg: int, start: int) -> bool:
    """A verb, adjective or copula modifies the key's phrase before ``start`` (a relative clause),
    not counting the phrase's own arguments (マグニチュードは of マグニチュードは6.8と)."""
    for b in tree.subtree(arg):
        if b == arg or tree.span(b)[1] > start:
            continue
        up, separate = b, False
        while up != arg and up >= 0:
            separate = separate or tree.dep(up) in ("nsubj", "obj", "obl", "iobj", "advcl")
            up = tree.parent[up]
        if not separate and (tree.head(b).pos in ("VERB", "ADJ") or any(w.dep == "cop" for w in tree.bwords(b))):
            return True
    return False


# 厚生労働省, 同社の社長, 政府, 安倍首相: a topic that acts, lent to the next sentence (sentence_topic)
# or to the main clause (_inherited_subject). A place (深圳は, 香港近海は) is lent wrongly: the
# next sentence's actor is rarely the place.
_ACTOR_END = re.compile(r"(?:省|庁|社|会|政府|首相|大臣|長官|氏|さん|大統領|委員会|党|局|署|警察|当局|容疑者|被告|"
                        r"選手|監督|議員|知事|市長|首脳|チーム|連盟|協会|大学|機構|グループ|銀行|裁判所|地裁|高裁|軍|隊)$")


def _is_actor(tree: Tree, b: int, phrase: str) -> bool:
    head = tree.head(b)
    return bool(_ACTOR_END.search(phrase)) or head.tag.startswith(("名詞-固有名詞-人名", "名詞-固有名詞-組織名"))


def _inherited_subject(tree: Tree, top: int) -> int | None:
    """研究チームは、…を開発し、…と発表した: a clause ending in a 連用形 shares the topic of the
    clause it leads to, when that topic comes first in the sentence; and the other way round, a
    main clause without a subject takes the sentence's opening topic that GiNZA hung on a clause
    before it (日本銀行は23日、会合を開き、…決めた)."""
    b = top
    while tree.dep(b) in ("advcl", "conj") and tree.parent[b] >= 0:
        up = tree.parent[b]
        for c in tree.children[up]:
            if c < top and (tree.dep(c) == "nsubj" or tree.dep(c) == "obl" and tree.text(c).rstrip("、").endswith("では")):
                return c
        b = up
    # 日本銀行は23日、会合を開き、…引き上げることを決めた: GiNZA hangs the sentence's opening topic
    # on the first clause (開き), but a topic with は at the head of the sentence is the topic of
    # every clause after it, the main one too.
    # Only through a clause that goes on to the next (開き、 調査団を派遣し、: 連用形 or て), not
    # through …と見られているが、, and only to a predicate with no subject or topic of its own
    # (…続いており、BBCは…伝えている). A clause as topic (…実施されることは) is left alone.
    if any(tree.text(c).rstrip("、").endswith(("は", "が")) for c in tree.children[top] if not tree.clausal(c)):
        return None
    opening = [t for t in range(len(tree.bunsetsu)) if min(tree.subtree(t)) == 0 and tree.dep(t) == "nsubj"
               and tree.text(t).rstrip("、").endswith("は") and not tree.clausal(t)
               and tree.head(t).pos in ("NOUN", "PROPN")]
    if len(opening) != 1 or any(tree.text(b).rstrip("、").endswith("は") for b in range(opening[0] + 1, top)):
        return None  # (a second topic on the way, BBCは…と伝えている, takes over)
    topic = tree.text(opening[0]).rstrip("、").removesuffix("は")
    if is_media(topic):
        return None  # 日本経済新聞は…と指摘し、難航を予想している: a paper's view is no fact (wikinews-3428)
    if not (_is_actor(tree, opening[0], topic) or tree.head(opening[0]).pos == "PROPN" or ends_in_title(topic)):
        return None  # 日本時間(UTC+9)は28日午前)に…: a topic no one acts as (wikinews-1907, a source's slip)
    if tree.head(top).lemma in ("繋がる", "つながる", "結び付く", "結びつく"):
        # アイディン議員は…政治に入り、今回の当選につながった: what led to it was the career, not
        # the member (wikinews-2430)
        return None
    c = tree.parent[opening[0]]
    if not (0 <= c < top and tree.dep(c) in ("advcl", "conj") and tree.head(c).pos == "VERB" and _goes_on(tree, c)):
        return None
    up = c
    for _ in range(len(tree.bunsetsu)):  # (a bound: GiNZA's heads may loop)
        if up == top:
            return opening[0]
        if up < 0:
            break
        up = tree.parent[up]
    return None


def _goes_on(tree: Tree, b: int) -> bool:
    """開き、 派遣し、 受けて: a clause in 連用形 or て form, which goes on to the next action."""
    words = tree.unpunctuated(b)
    if not words:
        return False
    last = words[-1]
    return last.lemma in ("て", "で") and last.pos in ("SCONJ", "ADP") or \
        last.pos in ("VERB", "AUX") and "連用形" in last.inflection


def _one_common_noun(tree: Tree, b: int, phrase: str) -> bool:
    """楽譜 alone, one common noun: which score? (not 醍醐寺, a name, nor 同社の取締役会)"""
    words = [w for w in tree.bwords(b) if w.pos in ("NOUN", "PROPN", "NUM", "PRON") or w.tag.startswith("接尾辞")]
    return len(words) == 1 and words[0].text == phrase and words[0].tag.startswith("名詞-普通名詞")


def _te_form(tree: Tree, b: int) -> bool:
    """受けて|広島カープ入り。: a clause in て form goes on to the next; it describes no noun."""
    words = tree.unpunctuated(b)
    return bool(words) and words[-1].lemma in ("て", "で") and words[-1].pos in ("SCONJ", "ADP")


def goes_on(tree: Tree, b: int) -> bool:
    """A clause in て form or in 連用形 with its comma goes on to the next; it describes no noun,
    whatever GiNZA calls it: 早稲田大学在学中に小説の執筆を始め、|…デビュー。 (not a 執筆 that
    describes a debut: 「…でデビューは早稲田大学在学中に何を始めましたか」, round 142's 2569, C)."""
    if _te_form(tree, b):
        return True
    words = tree.unpunctuated(b)
    return bool(words) and tree.text(b).endswith("、") and "連用形" in words[-1].inflection and \
        words[-1].pos in ("VERB", "AUX")


def _relative_read_as_root(tree: Tree, b: int) -> bool:
    """GiNZA made a relative clause a root of its own: its predicate ends in 連体形 and a noun
    follows (…が予定される|8月1日に…行われる, two roots in one sentence), or gave it no relation
    at all ("dep": 毎日新聞によれば、開催地の決定は来年10月2日に…開催される|IOC総会の投票になる hung
    開催される on 新聞によれば and 決定は on 開催される; 「開催地の決定はいつ開催されますか」)."""
    if tree.dep(b) not in ("ROOT", "dep") or b + 1 >= len(tree.bunsetsu) or \
            tree.text(b).endswith(("、", "。", "，")):
        return False
    words = tree.unpunctuated(b)
    first_next = tree.bwords(b + 1)[0]
    return bool(words) and "連体形" in words[-1].inflection and first_next.pos in ("NOUN", "PROPN", "NUM") \
        and (tree.dep(b) == "dep" or any(tree.parent[x] < 0 for x in range(b + 1, len(tree.bunsetsu))))


def _noun_phrase(tree: Tree, noun: int, clause_top: int) -> str:
    """The noun a relative clause describes, with its own modifiers but not the clause:
    9月12日に開かれた|同社の|取締役会で -> 同社の取締役会."""
    members = sorted(b for b in tree.subtree(noun) if clause_top not in (b, *_ancestors(tree, b, noun))
                     and b not in tree.subtree(clause_top))
    if not members or members[-1] != noun or members != list(range(members[0], noun + 1)) or tree.runs_on(noun):
        return ""  # (開催された|全人種|直接投票の選挙: 全人種 is no noun the clause describes, round 52)
    a = tree.span(members[0])[0]
    return tree.parse.text[a:tree.content_end(noun)]


def _ancestors(tree: Tree, b: int, stop: int) -> tuple[int, ...]:
    out = []
    while b >= 0 and b != stop:
        b = tree.parent[b]
        out.append(b)
    return tuple(out)


# …としたため、検察側が控訴した: a clause before ため, こと, 後 links to the next one; it describes no
# thing (2009年6月に言い渡された一審判決は…としたため: the ruling stays asked)
_LINKING_NOUNS = frozenset(("ため", "為", "こと", "事", "もの", "物", "の", "ところ", "所", "後", "際", "結果", "場合",
                            "上", "中", "以降", "以来", "前", "うち", "一方", "末", "ほか", "他", "よう", "様"))


def in_a_relative_clause(tree: Tree, b: int) -> bool:
    """Whether bunsetsu ``b`` lies in a clause that describes a noun (GiNZA's acl) which in turn only
    describes another (…準優勝した神村学園高校の|4番打者: nmod), at any depth."""
    for _ in range(len(tree.bunsetsu)):  # (a bound: GiNZA's bunsetsu heads may loop)
        if b < 0:
            return False
        if tree.dep(b) == "acl" and tree.parent[b] >= 0 and tree.head(tree.parent[b]).lemma not in _LINKING_NOUNS \
                and tree.dep(tree.parent[b]) == "nmod":
            return True
        b = tree.parent[b]
    return False


def sentence_topic(parse: Parse) -> str:
    """The topic a sentence states of its main predicate (厚生労働省は…決めた -> 厚生労働省), if it is
    a short noun phrase; what the next sentence without a subject goes on with."""
    tree = Tree(parse)
    roots = [b for b in range(len(tree.bunsetsu)) if tree.parent[b] < 0]
    for c in (tree.children[roots[-1]] if roots else []):
        text = tree.text(c).rstrip("、")
        if tree.dep(c) == "nsubj" and text.endswith("は") and c == min(tree.subtree(c)):
            a, e = tree.phrase(*tree.span(c))
            phrase = parse.text[a:e]
            if 2 <= len(phrase) <= 12 and not ASIDE.search(phrase) and not phrase.startswith(("この", "その", "同")) \
                    and _is_actor(tree, c, phrase):
                return phrase
    return ""


def _gapped_pairs(tree, p: int) -> set[int]:
    """The bunsetsu of the subjects and objects a gapped sentence pairs (see _gapped)."""
    return {c for c in tree.children[p] if tree.dep(c) in ("nsubj", "dislocated", "obj") and not tree.clausal(c)
            and tree.text(c).rstrip("、")[-1:] in ("が", "を") and not _object_of_a_verbal_noun(tree, c, p)}


def _gapped(tree, p: int) -> bool:
    """Two subjects with が or two objects with を on one predicate: a gapped sentence that shares
    its verb, 社長にはAが、会長にはBが就く (Japanese drops the first 就き). A question on one pair keeps
    the other's half (「持ち株会社の社長には、会長には誰が就きますか」, the merger test article);
    「1株に対して株式1株を、…に対して0.85株を、それぞれ割り当てる」 likewise."""
    marks = Counter(tree.text(c).rstrip("、")[-1:] for c in _gapped_pairs(tree, p))
    return marks["が"] > 1 or marks["を"] > 1


def _object_of_a_verbal_noun(tree, c: int, p: int) -> bool:
    """日本を|訪問中に|辞任を発表し: GiNZA hangs 日本を on the verb, but it is the object of the verbal
    noun right after it (訪問), no second object of 発表する (wikinews-1851)."""
    if c + 1 >= p:
        return False
    first = tree.bwords(c + 1)[0]
    return "サ変" in first.tag and not tree.text(c + 1).rstrip("、").endswith(("を", "が"))


def _belongs_to_the_main_clause(tree, c: int, top: int, event: bool) -> bool:
    """A phrase the relative clause of ``top`` does not hold, though GiNZA hung it there: a topic
    (Xは, Xには) or a phrase set off by a comma (10日、記者団に対し、…閉鎖されていた道路: a
    relative clause runs on without one), but for the source (…によると、), which says nothing of
    the clause, and a date before an event the clause holds (27日、都内で開かれた記者会見で: the
    meeting was that day)."""
    text = tree.text(c)
    if tree.dep(c) not in ("obl", "advmod", "nmod", "dislocated", "nsubj") or c > top:
        return False
    if text.rstrip("、") in ("ともに", "共に", "それぞれ", "いずれも", "そろって"):
        # 両外相は、ともにニューヨークで開催されている国連総会に参加: both took part; the session is
        # not held ともに (「国連総会はともにどこで開催されていますか」, round 109's 3358)
        return True
    if re.search(r"(?:には|では|とは|は)、?$", text):
        return True
    if event and re.search(r"[0-9０-９]+[日月年]、$", text):
        return False
    return text.endswith("、") and not re.search(r"によ(?:ると|れば|り)、$", text)


def _paired(tree: Tree, c: int, target: Target | None) -> bool:
    """東京都知事と|東京都議会議長に勧告した, ソフトバンクと|どこが提案した: one of two joined by と or
    や that GiNZA hangs on the verb side by side. Dropped for length, the other is left dangling
    (「…を東京都知事と勧告しましたか」) or alone (「どこが提案しましたか」 asks what ソフトバンク did
    too). The partner asked (誰と|首相官邸で会談した) is no pair, nor a place after a partner, nor
    a noun whose pair is another verb's (ヒューザーと|同社関係者を立件する方向で検討を始めた)."""
    text = tree.parse.text
    first = min(tree.span(b)[0] for b in tree.subtree(c))
    last = max(tree.span(b)[1] for b in tree.subtree(c))
    second = _SECOND.match(text, last)
    if _NOUN_AND.search(tree.text(c)) and second and tree.parent[_bunsetsu_at(tree, second.end() - 1)] == tree.parent[c]:
        return True
    before = text[:first]
    if target is not None and re.fullmatch(r"と、?", text[target.end:first]):
        return False
    if _NOUN_AND.search(before) and _CASE_END.search(tree.text(c)) and \
            tree.parent[_bunsetsu_at(tree, len(before.rstrip("、")) - 1)] == tree.parent[c]:
        return True
    # (製品を|充電中に|…加熱した: the object before a clause of time is its own, which GiNZA hung on
    # the verb; dropped, 「…製品をバッテリー部分のリチウムイオン電池が加熱しましたか」 is garbled, the
    # dump of 2214)
    return bool(re.search(r"を、?$", before) and re.search(r"(?:中|後|前|時|際)(?:に|には|で)?、?$", tree.text(c)))


def _not_droppable(tree: Tree, c: int, target: Target | None) -> bool:
    """An optional argument that cannot go for length without garbling what stays: one of a pair
    (:func:`_paired`); a contrast with は (過去のワールドカップにおいては|1995年のベスト8、オリンピック
    では…4位が最高成績: dropped, 「1995年のベスト8、…」 dangles, the dump of 2349); either end of a
    range of one kind (1980年代半ばから|1990年代に: 「1990年代に、どこが…受け入れてきましたか」 says less
    than the article, 0305); an argument just before a relative clause that GiNZA hung on the main verb
    (…シナゴーグに|立てこもる|撤退反対者の排除に乗り出した: 「どこが立てこもる撤退反対者の排除に…」
    leaves the clause without its place, 1343); a に or へ right before its verb."""
    if _paired(tree, c, target):
        return True
    own = tree.text(c).rstrip("、")
    if own.endswith("は"):
        return True
    first = min(tree.span(b)[0] for b in tree.subtree(c))
    last = max(tree.span(b)[1] for b in tree.subtree(c))
    text = tree.parse.text
    to = re.match(r"、?([^、。]{1,20}?)(?:まで|に)", text[last:]) if own.endswith("から") else None
    start = re.search(r"([^、。]{1,20})から、?$", text[:first]) if re.search(r"(?:まで|に)$", own) else None
    # (a range is two of a kind: 1980年代半ばから|1990年代に, リヴィフから|首都キエフに; 6日から|両国に
    # 派遣した is a start and a destination)
    whole = text[first:last]
    if to and bool(_DIGIT.search(whole)) == bool(_DIGIT.search(to.group(1))) or \
            start and bool(_DIGIT.search(start.group(1))) == bool(_DIGIT.search(whole)):
        return True
    after = [b for b in range(len(tree.bunsetsu)) if tree.span(b)[0] >= last]
    if after and after[0] == tree.parent[c] and re.search(r"(?:に|へ)$", own):
        # 撤退反対者の排除に|乗り出した, 地元ラジオ局に|出演した: the argument right before its verb is
        # what the verb needs (「…シナゴーグに乗り出しましたか」, 1343; 「どこが21日、署名しましたか」
        # of the portal test article's long lead did not say what was signed)
        return True
    # (立てこもる|撤退反対者の: GiNZA may glue the clause's verb to its noun in one bunsetsu, but
    # UniDic's tag still reads 動詞)
    # (方針で、|さらなる|調査のために: an adjective opens no clause, 1845)
    return bool(after) and after[0] != tree.parent[c] and tree.dep(after[0]) in ("acl", "nmod", "amod") and \
        tree.bwords(after[0])[0].tag.startswith("動詞") and bool(re.search(r"(?:に|を|で|へ|から)$", own))


_DIGIT = re.compile(r"[0-9０-９]")


def _bunsetsu_at(tree: Tree, offset: int) -> int:
    return next(b for b in range(len(tree.bunsetsu)) if tree.span(b)[0] <= offset < tree.span(b)[1])


# a noun, then と or や (…によると、 and 「…」と are no pair)
_NOUN_AND = re.compile(r"[一-龥々ァ-ヶーA-Za-z0-9)）](?:と|や)、?$")
# the second of the pair: a noun phrase taking the same part (…と|東京都議会議長に, …と|村田利彦元次長の2人の容疑者を)
_SECOND = re.compile(r"、?[一-龥々ァ-ヶーA-Za-z0-9・の()（）]{1,30}(?:に|を|が|へ|は)")
# the second's own case (…と|東京都議会議長に, …と|製作会社に対し), not a place (…と|首相官邸で)
_CASE_END = re.compile(r"(?:に|を|が|へ|は)(?:対し|対して)?、?$")
