"""The way up from the target's predicate to the one a question ends in: a formal noun's clause
(帰国する予定だ), a clause reported with と (始めると発表した), what a body decided or agreed
(…ことを決めた); and what is only foreseen (…すると予測している), which is no fact to ask.
Used by :func:`.clause.clause`."""

from __future__ import annotations

import re

from .clause_parts import _te_form
from .tree import REPORTING, Tree

# 開く予定だ, 進める方針だ: a verb before these nouns is the predicate's content.
FORMAL_NOUNS = frozenset((
    "予定", "方針", "見通し", "見込み", "計画", "考え", "意向", "可能性", "はず", "つもり", "方向", "必要",
    "おそれ", "恐れ", "見方", "構え", "狙い", "目標", "考え方", "模様", "見込", "公算",
))
# A plan that is told or taken: …供与する方針を伝えた. Not a possibility looked into (上司が改竄を把握
# していた可能性なども調べる方針: 「何が改竄を把握していた可能性を調べますか」 asks nothing; round 105's
# wikinews-0786, C).
_AGREEING = frozenset(("合意", "一致", "決定", "決める", "固める", "調整", "検討", "確認", "了承", "承認"))
_PLANS = FORMAL_NOUNS - {"可能性", "おそれ", "恐れ", "公算", "模様", "はず", "必要", "見方", "見込み", "見込", "見通し"}
# 政策金利を1％程度に引き上げることを決めた, 共同訓練の規模を拡大することで合意した: what a
# body decided or agreed is the news itself; its object is asked with the main verb's frame.
_DECIDED = re.compile(r"^(?:決め|決定|閣議決定|合意|一致|表明|発表|決議|承認)")


def _decided(tree: Tree, pred: int) -> int | None:
    """The こと of ``pred``'s clause when a main verb of deciding or agreeing takes it (…ことを
    決めた, …ことで合意した) and the clause has no subject of its own, so that the main verb's
    subject did what the clause says; else None. 閉店することを発表した is left to when and where
    questions: いつ閉店することを発表しましたか asks of the closing or of the announcement."""
    koto = tree.parent[pred]
    if koto < 0 or tree.dep(pred) != "acl" or tree.head(koto).lemma not in ("こと", "事") or \
            any(tree.dep(c) == "nsubj" for c in tree.children[pred]):
        return None
    up = tree.parent[koto]
    particle = tree.text(koto).rstrip("、")
    if up < 0 or not tree.is_predicate(up) or not _DECIDED.match(tree.head(up).lemma) or \
            not (particle == "ことを" or particle == "ことで" and tree.head(up).lemma in ("合意", "一致")):
        return None
    return koto


def _top_predicate(tree: Tree, pred: int, decided: bool = False) -> list[int]:
    """The predicates from the target's own up to the one the question ends in.

    帰国する予定だ: 帰国する (acl of the formal noun 予定) goes up to 予定だ; 始めると発表した: the
    reported clause goes up to 発表した. With ``decided`` (the key is the clause's object), a clause
    a body decided or agreed goes up to the main verb (:func:`_decided`).
    """
    path = [pred]
    if decided and (koto := _decided(tree, pred)) is not None:
        path += [koto, tree.parent[koto]]
    while True:
        p = path[-1]
        up = tree.parent[p]
        if up < 0:
            return path
        dep = tree.dep(p)
        last = tree.bwords(p)[-1]
        if dep == "acl" and tree.head(up).lemma in FORMAL_NOUNS and tree.is_predicate(up):
            path.append(up)
        elif dep in ("advcl", "ccomp") and last.lemma == "と" and last.pos == "ADP" and \
                REPORTING.match(tree.head(up).lemma) and tree.is_predicate(up):
            path.append(up)
        elif dep == "acl" and tree.head(up).lemma in _PLANS and tree.dep(up) in ("obj", "obl") and \
                tree.parent[up] >= 0 and tree.is_predicate(tree.parent[up]) and \
                (tree.dep(up) == "obj" or tree.head(tree.parent[up]).lemma in _AGREEING):
            # …供与する方針を伝えた: the plan is what was told; …を科す方針で合意した, what was agreed.
            # (自民党が擁立する方針で…表明する方向だった: a plan with で is the circumstance of another
            # act; 「どこが擁立する方針で…表明する方向でしたか」 asked inside it, the dump of 3324)
            path += [up, tree.parent[up]]
        else:
            return path


def _last_word(tree: Tree, b: int):
    """The bunsetsu's last word but punctuation (いると、 -> と)."""
    words = tree.unpunctuated(b) or list(tree.bwords(b))
    return words[-1]


def _span(tree: Tree, b: int) -> tuple[int, int]:
    """The characters of ``b``'s whole subtree."""
    sub = tree.subtree(b)
    return tree.span(min(sub))[0], tree.span(max(sub))[1]


# 朝日新聞は、SPDは経済改革路線の継続を図り、CDUと対立すると予測している: what someone foresees
# is no fact (SPDは何を図りましたか, round 45)
_FORESEEING = frozenset(("予測", "予想", "推測", "予言", "想定", "期待", "懸念", "危惧", "予見"))


def _foreseen(tree: Tree, pred: int) -> bool:
    """Whether ``pred`` lies in a clause that a verb of foreseeing takes with と (…すると予測している)."""
    b = pred
    for _ in range(len(tree.bunsetsu)):  # (a bound: GiNZA's bunsetsu heads may loop)
        parent = tree.parent[b]
        if parent < 0:
            break
        if tree.head(parent).lemma in _FORESEEING and (tree.text(b).rstrip("、").endswith("と") or any(
                tree.text(c).rstrip("、").endswith("と") and tree.is_predicate(c) for c in tree.children[parent])):
            return True  # (GiNZA hangs 図り、 on 予測 beside 対立すると)
        b = parent
    return False


# 仮に最終戦でイングランドがコスタリカに勝って勝ち点3をあげたとしても、…不可能となる: what is
# only supposed is no fact (「イングランドがどこに勝ちましたか」 keyed コスタリカ; the match ended
# 0-0, wikinews-1947, C)
_SUPPOSING = re.compile(r"(?:としても|とすれば|としたら|(?<!よれ)ば|たら|なら)、?$")


def supposed(tree: Tree, top: int, text: str) -> bool:
    """Whether the clause of ``top``, with the clauses in て form it runs on into, ends in a
    supposition (…勝って…あげたとしても); ても counts after 仮に or もし in the sentence."""
    b = top
    for _ in range(len(tree.bunsetsu)):
        t = tree.text(b)
        if _SUPPOSING.search(t) or re.search(r"ても、?$", t) and re.search(r"仮に|もし", text):
            return True
        if not _te_form(tree, b) or tree.parent[b] < 0:
            return False
        b = tree.parent[b]
    return False


# 禁じる, 認める: the one who may or may not act is no one who bans or allows
_PERMITTING = frozenset(("禁じる", "禁ずる", "禁止", "認める", "許可", "許す", "容認", "命じる", "求める", "要求", "要請", "促す"))


def subject_of_the_banned(tree: Tree, pred: int) -> bool:
    """韓国の船舶や航空機が…領海を通過することを全面的に禁じる: with no topic, the が before
    …ことを禁じる is the subject of what is banned, which GiNZA hangs on the banning
    (「何が…通過することを禁じますか」, wikinews-1454, C; the ○× statement of it said the ships ban)."""
    children = tree.children[pred]
    return tree.head(pred).lemma in _PERMITTING and not any(tree.is_topic(c) for c in children) and any(
        tree.dep(c) == "nsubj" and tree.text(c).rstrip("、").endswith("が") and
        any(k > c and tree.head(k).lemma in ("こと", "事") for k in children) for c in children)
