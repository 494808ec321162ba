"""The tense a fact question takes from its sentence.

A clause that ends in て or a 連用形 (…発表し、) has no tense of its own; it takes the main
predicate's, or that of the predicate it leads to. News that ends a report in a サ変 noun
(…身柄を確保。) reports what has happened: it is asked in the past (確保しましたか).
"""

from __future__ import annotations

import re

from .polite import reports_a_result, tense_of
from .tree import REPORTING, Tree


# 今後、政府に提言を提出して、…申し入れることにしている: the いる of a plan is no state that
# follows an event; nothing has been handed in yet (提出しますか, not 提出しましたか: round 91's
# wikinews-0157, graded B); ことになっている too.
_PLANNED = re.compile(r"ことに(?:し|なっ)て(?:いる|おり|います)[。、]?$")


def main_tense(tree: Tree) -> bool:
    """The tense a clause in 連用形 or て takes: the main predicate's, and past where the main
    predicate is a state that follows (同館は1981年に開館し、…利用している: 開館しました)."""
    roots = [b for b in range(len(tree.bunsetsu)) if tree.parent[b] < 0]
    if roots and _noun_stop(tree, roots[-1]):
        return True
    if roots and _PLANNED.search(tree.text(roots[-1])):
        return False
    if roots and tree.head(roots[-1]).lemma in ("いう", "言う", "みる", "見る") and not tense_of(tree.bwords(roots[-1])):
        # 創刊され、…となっているという: the hearsay frame's verb has no tense of its own; the
        # reported predicate's counts (創刊されました)
        inner = [c for c in tree.children[roots[-1]] if tree.dep(c) == "ccomp"]
        roots = inner[-1:] or roots
    return any(tense_of(tree.bwords(r)) or any(w.lemma == "いる" and w.dep == "fixed" or w.lemma == "いる" and w.pos != "VERB"
                                              for w in tree.bwords(r)) for r in roots[-1:])


# 位置する, 面する, またがる: a lasting state. アファール砂漠は、…アファール盆地にあり、…一部を形成
# している holds now as the state after it does (「アファール砂漠は、どこにありましたか」, round 141's
# 0433); an act before a state is past (同館は1981年に開館し、…利用している: 開館しました).
_STATES = frozenset(("位置", "位置する", "面する", "接する", "隣接", "隣接する", "またがる", "跨る", "属する"))
_WHEN = re.compile(r"[0-9０-９]+(?:年|月|日|時)|昨年|今年|去年|当時|以前|かつて")


def still_so(tree: Tree, top: int) -> bool:
    """The clause of ``top`` is a lasting state (…にあり、, 位置し、) before a sentence that ends in
    the present: it is asked in the present. ある is one only with a place in に and no time
    (地震があり、 on a day is an event: 9月14日に大きな地震があり)."""
    roots = [b for b in range(len(tree.bunsetsu)) if tree.parent[b] < 0]
    if not roots or tense_of(tree.bwords(roots[-1])) or _noun_stop(tree, roots[-1]) or tense_of(tree.bwords(top)):
        return False
    lemma = tree.head(top).lemma
    if lemma in ("ある", "有る", "在る"):
        return any(tree.text(c).rstrip("、").endswith("に") for c in tree.children[top]) and \
            not any(_WHEN.search(tree.text(b)) for b in tree.subtree(top))
    return lemma in _STATES


def told_ahead(tree: Tree, top: int) -> bool:
    """The clause asked is what was told, in the dictionary form before と: …団長が10日にシリアを
    訪問すると…明らかにした is a visit to come (「…団長はいつシリアを訪問しましたか」, round 143's
    3091, B)."""
    words = tree.unpunctuated(top)
    up = tree.parent[top]
    # (a と with its comma is "when": 警察官が駆けつけると、男は逃げた is past)
    return len(words) >= 2 and words[-1].lemma == "と" and not tree.text(top).endswith("、") and \
        words[-2].pos in ("VERB", "AUX") and not tense_of(words) and up >= 0 and \
        bool(REPORTING.match(tree.head(up).lemma) or any(tree.text(c).startswith("明らかに") for c in tree.children[up]))


def past_on_the_way(tree: Tree, top: int) -> bool:
    """A て clause takes the tense of the predicate it leads to, not the sentence's last one:
    臨時取締役会を行って、…解任を決めた他、全国の教室も一時休校する: 行いました, as 決めた
    (round 44 asked いつ…行いますか of the night before)."""
    b = _led_to(tree, top)
    # 19日、意識を取り戻し、…反応できるようになっており: the state it led to (ており) says it has
    # happened (取り戻しました, not 取り戻しますか: round 55's review)
    return b >= 0 and (tense_of(tree.bwords(b)) or _state(tree, b))


def planned_on_the_way(tree: Tree, top: int) -> bool:
    """A て clause that leads to a plan is planned, whatever the sentence's last verb: TOBを…実行して、
    全株式を取得する方向で動きを見せている (実行しますか, not 実行しましたか: round 105's wikinews-1938
    asked who had carried out a takeover still being prepared, C)."""
    b = _led_to(tree, top)
    if b < 0 or tense_of(tree.bwords(b)) or tree.dep(b) != "acl":
        return False
    if tree.head(tree.parent[b]).lemma in ("こと", "事") and tree.text(tree.parent[b]).rstrip("、").endswith(("が", "は")) and \
            tree.parent[tree.parent[b]] >= 0 and \
            tree.head(tree.parent[tree.parent[b]]).lemma in _DECISIONS:
        # 届け出は6月30日まで受付けられ、…報告は9月13日に行われることが決定している: what has been
        # decided is yet to come (受付けられますか, not 受付けられましたか: round 129's 2120, B); not
        # …会談を行い、…引退発表することを決定した, where the talks were held before the decision (1805)
        return True
    return tree.text(top).rstrip("、").endswith(("て", "で")) and tree.head(tree.parent[b]).lemma in _PLAN_NOUNS


def _led_to(tree: Tree, top: int) -> int:
    """The first predicate above ``top`` short of the sentence's last, or -1."""
    b = tree.parent[top]
    for _ in range(len(tree.bunsetsu)):  # (a bound: GiNZA's bunsetsu heads may loop)
        if b < 0 or tree.parent[b] < 0:
            return -1
        if any(w.pos in ("VERB", "AUX") for w in tree.bwords(b)):
            return b
        b = tree.parent[b]
    return -1


# (a forecast too, …する見通し: unlike clause_path's plans told, which leave out 見通し and 可能性)
_DECISIONS = frozenset(("決定", "決まる", "確定", "内定", "決める", "予定"))
_PLAN_NOUNS = frozenset(("予定", "方針", "計画", "方向", "意向", "考え", "構え", "見通し", "見込み"))


def _state(tree: Tree, b: int) -> bool:
    """…ており、 …ていて、: a state that holds now, which goes on to the next clause (いる as
    GiNZA's fixed or auxiliary); not 得ていない|議席, a clause on a noun."""
    return tree.text(b).endswith(("ており、", "ていて、", "ており,")) and \
        any(w.lemma in ("いる", "おる", "居る") and (w.dep == "fixed" or w.pos != "VERB") for w in tree.bwords(b))


LOOKS_AHEAD = re.compile(r"来月|来年|来週|明日|あす|今後|予定|方針|見通し|見込み|来季|次回|翌月|翌年")


def _noun_stop(tree: Tree, root: int) -> bool:
    """…男の身柄を確保。 …幹部らを逮捕。: news ends a report in a サ変 noun without its する
    (体言止め, with its object: not 来月訪問の予定。); the event has happened, so it is asked and
    stated in the past (確保しました)."""
    core = tree.unpunctuated(root)
    if not core or "サ変可能" not in core[-1].tag and not reports_a_result(core[-1]) or core[-1].inflection or \
            any(w.dep != "compound" and not (w.dep == "nummod" and w.pos == "NUM") for w in core[:-1]):
        return False  # 初進出。: a prefix or compound noun before the サ変 noun is part of it
    if LOOKS_AHEAD.search(tree.parse.text):
        return False  # 首相は来月中国を訪問。: the sentence looks ahead
    # 夫は13日午後11時頃に警察に通報。 今大会には4489組が参加。: a subject or a place with the
    # noun is a report too.
    # …ソフトバンクを下し、2連勝。: a clause in 連用形 before the noun is an act done, and the noun
    # its outcome (round 105's wikinews-0457 asked いつ行われますか of a game played)
    return core[-1].pos == "VERB" or any(tree.dep(c) in ("obj", "nsubj", "obl") or tree.dep(c) in ("acl", "advcl") and
                                         tree.text(c).endswith("、") and "連用形" in tree.head(c).inflection
                                         for c in tree.children[root])
