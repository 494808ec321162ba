"""Second right answers among a question's choices: a choice the article says the same thing of
(the virus found in Georgia too, another count of cases confirmed) is no wrong answer.
:func:`second_right` takes them out of a pool; :mod:`.facts` asks it for every choice list."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Token
from .tree import Tree


# Verbs too common to tie a choice to the question's event (する, ある, なる…).
_LIGHT_VERBS = frozenset({"為る", "する", "有る", "ある", "成る", "なる", "居る", "いる", "言う", "云う", "れる", "られる",
                          "せる", "させる", "事", "こと", "物", "もの", "所", "ところ"})


# One event in other words: ウイルスが見つかった in one sentence, 発見された or 確認された in the next.
_SAME_EVENT = ({"見つかる", "見付かる", "発見", "確認", "検出"}, {"死亡", "死ぬ", "亡くなる", "死去"},
               {"開催", "行う", "開く", "催す"}, {"逮捕", "拘束"}, {"会談", "会見", "面会"})


def _same_event(lemma: str) -> set[str]:
    return next((g for g in _SAME_EVENT if lemma in g), {lemma})


def predicate_of(tree: Tree, tokens: Sequence[Token], start: int, end: int) -> tuple[str, tuple[str, ...]] | None:
    """UniDic's lemma of the predicate that governs ``start:end`` (見付かる, 死亡, 開催) and the
    nouns of its subject and object besides the key (ウイルス, 採尿検査); None for a light verb,
    a root key or a key spread over two phrases."""
    held = {w.bunsetsu for w in tree.words if w.start < end and w.end > start}
    tops = [b for b in held if tree.parent[b] not in held]
    if len(tops) != 1 or tree.parent[tops[0]] < 0:
        return None
    pred = tree.parent[tops[0]]
    head = tree.head(pred)
    tok = next((t for t in tokens if t.start <= head.start < t.end), None)
    if not tok or tok.lemma in _LIGHT_VERBS or len(tok.lemma) < 2:
        return None
    cores = tuple(tree.head(c).text for c in tree.children[pred] if c not in held and tree.dep(c) in ("nsubj", "obj")
                  and tree.head(c).pos in ("NOUN", "PROPN") and len(tree.head(c).text) > 1)
    return tok.lemma, cores


def second_right(pool: Sequence[str], predicate: tuple[str, tuple[str, ...]] | None, article: Article,
                 lemmas: Sequence[frozenset[str]], index: int) -> list[str]:
    """The pool without choices the article says the same thing of: どこでH5N1型ウイルスが
    見つかりましたか with グルジア offered, when the virus was also found in Georgia; 何人の感染が
    確認されましたか beside another count of cases 確認された. A choice in a sentence with the
    question's predicate and its subject or object is a second right answer; 9月8日 of 理事会を
    開催 stays a choice for when 採尿検査を開催した. The key's own sentence is no rival: in
    両国は2000年に停戦し、2004年に国境委員会が国境を画定した, 2000年 belongs to 停戦. ``lemmas``
    holds each sentence's UniDic lemmas (:func:`sentence_lemmas`)."""
    if predicate is None:
        return list(pool)
    lemma, cores = predicate
    event = _same_event(lemma)
    rivals = [x.text for x, words in zip(article.sentences, lemmas, strict=False)
              if x.index != index and words & event and all(c in x.text for c in cores)]
    return [p for p in pool if not any(p in text for text in rivals)]


def glued(pool: Sequence[str], answer: str, article: Article) -> list[str]:
    """The pool without a name the article writes glued to the key: 有馬署 of 兵庫県警有馬署 is a
    station of the police asked about (「どこが…逮捕しましたか」 with 兵庫県警 and 有馬署 among the
    choices, round 123's 3645, B); 日本 of 日本政府 likewise answers for it."""
    texts = [x.text for x in article.sentences]
    # (近畿・東海: two regions of a list, each a fair wrong answer to the other, round 124's diff on 0870)
    return [p for p in pool if not any(answer + p in t or p + answer in t for t in texts)]


def sentence_lemmas(tokens: Sequence[Sequence[Token]]) -> list[frozenset[str]]:
    return [frozenset(t.lemma for t in toks) for toks in tokens]
