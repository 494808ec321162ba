"""The arguments a clause keeps: which dependents of the predicates on the question's path stay
in the question, which may go when it runs long, and how many subjects it has.

A dependent that is a clause of its own (…したことから, …予定のため, the source's frame 決定理由では)
goes; an argument stays whole with what it holds, a subject without the relative clause that
describes the answer; an optional one (a place, a time, a manner) may go for length unless it
cannot stand alone (clause_parts._not_droppable). Some things stay although GiNZA calls them
clauses: 新たに with its figure, 明らかに with する or なる, what was agreed (…ことで合意した), what
a stance is about (…ことについて、不満を表明した).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .clause_parts import _ABSTRACT_SUBJECTS, _not_droppable, _without_relative
from .clause_path import FORMAL_NOUNS
from .tree import REPORTING, Tree
from .wording import Target

__all__ = ["QUALIFIER", "Arguments", "arguments", "clause_of_cause"]

# Dependents of a predicate that are clauses of their own: dropped unless the target is in them.
_CLAUSES = {"advcl", "acl", "ccomp", "csubj", "parataxis", "conj", "list", "dislocated", "vocative",
            "discourse", "reparandum", "appos"}
# アメリカでは新たに400人の感染が確認された: 新たに, 計, 累計 tell which figure is meant; without
# them 何人の感染が確認されましたか is also answered by the total (5000人以上).
QUALIFIER = re.compile(r"(?:新たに|新た|さらに|計|累計|合計|通算|最大|最高|最多|少なくとも|新規)(?:で|に)?、?$")
# (not 調査では, 統計では: a poll's figure is the poll's, NHKの世論調査では支持率が40%に下がった; nor 判決では,
# where a court finds the facts: 判決では、吉田被告は…運転しましたか)
_DOCUMENT_FRAME = re.compile(r"(?:理由|決定|報告書?|声明|発表|調べ|記事|報道|資料|文書|見解|説明|談話|会見)(?:で|に)は、?$")
_STANCE = re.compile(r"表明|抗議|謝罪|陳謝|批判|反発|非難|遺憾|懸念|反論|言及|不満")


def clause_of_cause(tree: Tree, b: int) -> bool:
    """…運営していた|ため: GiNZA's noun ため (obl) with the clause it ends, a cause like an advcl;
    so is …リーグ戦を戦う|予定の|ため, the clause one noun further down."""
    return tree.head(b).lemma in ("ため", "為") and any(
        tree.dep(c) == "acl" or tree.dep(c) == "nmod" and any(tree.dep(g) == "acl" for g in tree.children[c])
        for c in tree.children[b])


@dataclass
class Arguments:
    """What the clause keeps (bunsetsu), the optional arguments that may go for length, the places
    with では that stand for a subject (管制室では、…受信した), and the subjects counted, in all and by
    predicate (研究グループは…探査車が…成功したと発表した has one for each verb)."""

    keep: set[int]
    optional: list[int]
    scenes: list[int]
    subjects: int
    nsubjs: Counter[int]


def arguments(tree: Tree, path: list[int], target: Target | None, keep: set[int], subjects: int,
              nsubjs: Counter[int]) -> Arguments | None:
    """The dependents of the predicates on ``path`` sorted into kept and optional, starting from
    ``keep`` (the path and the target's phrase) and the subjects counted so far; None where GiNZA
    misread the sentence (a noun hung as "dep" where the article left out a の)."""
    keep = set(keep)
    nsubjs = Counter(nsubjs)
    optional: list[int] = []
    scenes: list[int] = []
    for p in path:
        for c in tree.children[p]:
            if c in keep or tree.connective(c) or tree.dep(c) == "punct":
                continue
            dep = tree.dep(c)
            if QUALIFIER.match(tree.text(c)) and len(tree.subtree(c)) == 1:
                keep.add(c)  # 新たに (parsed as a clause of its own) stays with its figure
                continue
            if len(tree.subtree(c)) == 1 and tree.head(p).lemma in ("する", "為る", "なる", "成る") and \
                    tree.head(c).pos == "ADJ" and tree.text(c).rstrip("、").endswith("に"):
                # 方針を明らかにした: 明らかに (parsed as a clause) is what the light verb does;
                # without it 「方針をしましたか」 is not Japanese; nor is 「…廃止されることが、11月27日に
                # なりました」 of …明らかになった (the dump of 1028)
                keep.add(c)
                continue
            if dep == "dislocated" and not tree.clausal(c) and tree.head(c).pos in ("NOUN", "PROPN") and (
                    target is None and tree.text(c).rstrip("、").endswith(("は", "が"))
                    or target and p == path[-1] and len(path) > 1 and tree.is_topic(c)):
                # クライシスマッピングは…実績がある: GiNZA calls a topic before another subject
                # "dislocated"; without it a ○× statement says nothing of what it is about (dev
                # review 5); nor ドゥガル内相が|19日、…視察することが公開された (「19日、…視察することが
                # 公開されました」, the dump of 2662). (A question keeps its cut: 何が完了しましたか of
                # such topics read worse.)
                # But the topic of a reporting verb stays in a question about what it reports: 気象庁は|
                # …関東甲信地方がどこが梅雨明けしたとみられると|発表した is asked 気象庁は11日午前、どこが…
                # (not 「11日午前、どこが…発表しましたか」)
                keep |= tree.subtree(c)
                subjects += 1
                nsubjs[p] += 1
                continue
            if dep == "dep" and tree.head(c).pos in ("NOUN", "PROPN") and \
                    not any(w.pos in ("ADP", "AUX") for w in tree.unpunctuated(c)):
                # 荒川静香選手が優勝を決め、今大会においての日本人選手初めてのメダルを獲得した: the
                # article left out a の, and GiNZA hung 日本人選手 on 決め as "dep" (「誰が優勝を今大会
                # においての日本人選手決めましたか」, round 92's wikinews-1111, C)
                return None
            if dep in _CLAUSES and not (dep == "acl" and tree.head(p).lemma in FORMAL_NOUNS):
                continue  # another clause; but 帰国する of 帰国する予定だ is the predicate's content
            if tree.text(c).rstrip("、").endswith("ことで") and tree.head(p).lemma in ("合意", "一致"):
                # 与党は31日、…見直しを行うことで合意した: what was agreed is the news; 「与党はいつ
                # 合意しましたか」 says nothing (round 129's 1052, B)
                keep |= tree.subtree(c)
                continue
            if dep == "obl" and re.search(r"ことに(?:ついて|対して|対し)、?$", tree.text(c)) and \
                    _STANCE.search(tree.head(p).lemma):
                # オヨ州報道官は、…報道が混乱していることについて、不満を表明した: what the stance is
                # about is the news (「オヨ州報道官は、不満を表明しました」, round 142's 2520, B)
                keep |= tree.subtree(c)
                continue
            if dep == "obl" and _DOCUMENT_FRAME.search(tree.text(c)) and not REPORTING.search(tree.head(p).lemma):
                # 決定理由では、婚外子の父親が2008年に死去し: where the fact is told, not where it
                # happened (「決定理由では、誰が2008年に死去しましたか」, round 142's 3641, B); with a verb
                # of telling it is who tells (憲章では…認定している)
                continue
            if dep in ("obl", "advmod") and (tree.clausal(c) or clause_of_cause(tree, c)):
                # …があったことから、: a cause clause, not an argument; nor is …戦う予定のため (「チームは1月
                # 21日と22日に…戦う予定のためいつ練習を予定していましたか」, the dump of 1648)
                continue
            keep |= tree.subtree(c) if not (target and dep == "nsubj") else _without_relative(tree, c)
            if dep in ("nsubj", "csubj"):
                # (…で行われる可能性が高い: 可能性 is no subject a statement is about; what is held
                # there was in the clause before, round 41)
                subjects += tree.head(c).lemma not in _ABSTRACT_SUBJECTS
                nsubjs[p] += 1
            elif dep == "obl" and tree.text(c).rstrip("、").endswith("では"):
                subjects += 1  # 管制室では、…受信した: a place as topic stands for the subject
                scenes.append(c)
            elif dep not in ("obj", "iobj", "acl") and not QUALIFIER.match(tree.text(c)) and not _not_droppable(tree, c, target):
                optional.append(c)
    return Arguments(keep, optional, scenes, subjects, nsubjs)
