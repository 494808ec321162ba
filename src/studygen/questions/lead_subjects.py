"""Who a news lead names together: two people who met (トランプ米大統領とゼレンスキー大統領が会談
を行った: the first the topic, the other asked 誰と) and the subject of a clause the lead reports
under the topic who reports it (気象庁は…関東甲信地方が梅雨明けしたとみられると発表した).
Used by :func:`.facts.fact_drafts`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..entities import Entity
from ..model import Token
from .tree import MEETING, Tree


def met_partner(tree: Tree, text: str, start: int, a: int, b: int, after: str, items: Sequence,
             toks: Sequence[Token]) -> tuple[str, int] | None:
    """(the first person, where the second's phrase starts) when a person's phrase ``start:b``
    is two people listed with と who meet (:data:`~.tree.MEETING`: 会談, 面会, 協議…) as the
    subject: トランプ米大統領と|ウクライナのゼレンスキー大統領が会談を行いました. The first must be a
    person the name finder saw, whole (with its title), and the second a name with at most one
    modifier ending in の."""
    if not after.startswith(("が", "は")):
        return None
    listed = re.fullmatch(r"([^、。とや「」（）]{2,15})と((?:[^、。とや「」]{1,12}の)?)", text[start:a])
    if not listed:
        return None
    first = listed.group(1)
    if not any(not isinstance(x, Entity) and x.type == "person" and x.end <= len(toks) and
               toks[x.first].start == start and (toks[(x.title_end or x.end) - 1].end == start + len(first))
               for x in items):
        return None
    pred = tree.parent[tree.at(b - 1)]
    if pred < 0 or not tree.is_predicate(pred):
        return None
    heads = [tree.head(pred).lemma, *(tree.head(c).lemma for c in tree.children[pred] if tree.dep(c) == "obj")]
    if not any(MEETING.match(h) for h in heads):
        return None
    return first, start + len(first) + 1


def reported_subject(tree: Tree, phrase: tuple[int, int]) -> bool:
    """The phrase is the subject (with が) of a clause the sentence reports, under a topic who
    reports it: 気象庁は11日午前、関東甲信地方が梅雨明けしたとみられると発表した (気象庁は…どこが
    梅雨明けしたとみられると発表しましたか: the weather test article's lead)."""
    b = tree.at(phrase[1] - 1)
    pred = tree.parent[b]
    up = pred
    for _ in range(3):  # 梅雨明けしたと|みられると|発表した
        if up < 0 or not tree.is_predicate(up):
            return False
        if tree.parent[up] < 0:
            break
        if not tree.unpunctuated(up) or tree.unpunctuated(up)[-1].lemma != "と":
            return False
        up = tree.parent[up]
    else:
        return False
    return up != pred and any(c < b and tree.is_topic(c) for c in tree.children[up])


def with_partner(prompt: str | None, first: str) -> str | None:
    """トランプ米大統領と誰が会談を行いましたか -> トランプ米大統領は2025年2月28日、…誰と会談を行い
    ましたか: the first of the two is the topic, put first, and the question asks whom they met."""
    if not prompt or prompt.count(f"{first}と誰が") != 1:
        return None
    return f"{first}は" + prompt.replace(f"{first}と誰が", "誰と")
