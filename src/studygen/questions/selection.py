"""Choosing the sheet's items from the drafts that passed the checks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..furigana import has_kanji
from .base import ANSWER_IN_SENTENCE, FACT_KINDS, STORY_KINDS, Draft, fact_key, same_person

STORY_SHARE = 1  # fact questions one sentence takes before other kinds look elsewhere


def in_headline(answer: str, headline: str) -> bool:
    """The answer, without 約 or a title, or a person's surname, stands in the headline."""
    core = re.sub(r"^(?:約|およそ)", "", answer)
    core = re.sub(r"(?:選手|投手|社長|首相|大統領|氏|さん|外相|教授|市長|知事)$", "", core)
    if len(core) >= 2 and core in headline:
        return True
    return core != answer and len(core) >= 3 and has_kanji(core[:2]) and core[:2] in headline


@dataclass
class _Selection:
    """What the sheet already asks: no two items on one (sentence, answer), prompt or key term."""

    dropped: Counter[str]
    asked: set[tuple[int, str]]
    prompts: set[str]
    terms: set[str]
    story_used: Counter[int]  # fact and quote questions already asking about a sentence
    by_kind: dict[str, list[Draft]]
    facts: set[str] = field(default_factory=set)  # fact answers asked, as :func:`_fact_key` has them
    statement_prompts: list[str] = field(default_factory=list)  # prompts of the items taken that restate the story
    keyed_answers: list[str] = field(default_factory=list)  # their figure, person and speaker keys
    per_sentence: Counter[int] = field(default_factory=Counter)  # items drawn from each sentence
    words: set[str] = field(default_factory=set)  # the words the vocabulary items and clozes ask
    offered: set[str] = field(default_factory=set)  # the wrong choices of the clozes taken
    to_write: set[str] = field(default_factory=set)  # the words the writing items ask in kanji
    facts_kept: list[Draft] = field(default_factory=list)  # every fact draft that passed the checks

    def take(self, pool: Sequence[Draft], room: int, caps: dict[str, int]) -> None:
        """Add up to ``room`` drafts of ``pool`` (most salient first), no kind beyond its cap.

        Spread over the story: a sentence no other fact question asks about first (so a sheet
        with one question of each kind still covers several paragraphs), then one item per
        sentence, then anything left. A vocabulary item asks about a term no other one asks
        about while one is left (決裂 is not the reading, the meaning and the cloze at once).
        """
        pool = sorted(pool, key=lambda d: (-d.salience, d.sentence_index, d.kind, d.prompt))
        top = max((d.salience for d in pool), default=0.0)
        taken = 0
        used = {(d.kind, d.sentence_index) for ds in self.by_kind.values() for d in ds}
        for pass_ in ("story", "sentence", "any", "term"):
            for d in pool:
                chosen = self.by_kind.setdefault(d.kind, [])
                if taken >= room or len(chosen) >= caps.get(d.kind, 0) or d in chosen:
                    continue
                if pass_ in ("story", "sentence") and (d.kind, d.sentence_index) in used:
                    continue
                if pass_ == "story" and d.kind in STORY_KINDS and (
                        self.story_used[d.sentence_index] >= STORY_SHARE or d.salience < top - 1.5):
                    continue
                if pass_ != "term" and d.term_id and d.term_id in self.terms:
                    continue
                shown = [o.answer for o in self.facts_kept if o.sentence_index == d.sentence_index and
                         o.kind in ("when", "where") and o.kind != d.kind and len(o.answer) >= 2]
                if d.short and d.kind in ("when", "where") and any(a in d.prompt for a in shown):
                    # 2025年2月28日、どこで…会談を行いましたか: the question without its optional
                    # arguments leaves the sentence's date to its when question, and the place to
                    # its where question
                    d = replace(d, prompt=d.short, short=None, bare=None)
                elif d.bare and d.kind == "who" and any(a in d.prompt for a in shown) and \
                        not any(a in d.bare for a in shown):
                    # 高瀬首相は2026年3月14日、誰と首相官邸で…会談しましたか leaves both to theirs
                    # without only the date and the place (高瀬首相は誰と約2時間にわたって会談しました
                    # か); 3日、誰がベリシャ元大統領を首相に指名しましたか keeps 首相に (wikinews-2979),
                    # which the shortest form lost, as it lost 決選投票に (0466): a who question has no
                    # shortest form here. (Nor a figure: 経営者ら何人を講演しましたか; and a when or
                    # where kept without only the date kept the clutter the shortest form drops:
                    # 開催コースのうちの一つ、いつ…, 3320.)
                    d = replace(d, prompt=d.bare, bare=None)
                if self._gives_away(d):
                    # One item never prints another's answer; the question without its optional
                    # arguments may not (高瀬首相はいつ会談しましたか。 beside 誰と会談しましたか).
                    if not d.short or self._gives_away(replace(d, prompt=d.short)):
                        continue
                    d = replace(d, prompt=d.short, short=None)
                if d.kind == "cloze":
                    d = self._unasked_choices(d)
                    if d is None:
                        continue
                if _word(d) in self.offered or d.kind in FACT_KINDS and d.answer in self.offered:
                    continue  # 還元 offered in a cloze and asked in another item: a choice shows a key
                if d.kind == "who_said" and any(same_person(d.answer, x.answer) for x in chosen):
                    continue  # three quotes of 井戸知事: each item's key answers the others
                if d.kind == "who" and len(d.answer) >= 2 and any(len(x.answer) >= 2 and
                                           (x.answer.startswith(d.answer) or d.answer.startswith(x.answer)) for x in chosen):
                    continue  # どこが…サヨナラ勝ちしましたか (広島東洋カープ) and どこが首位に浮上しましたか (広島): one answer twice
                if d.kind == "true_false" and self.per_sentence[d.sentence_index]:
                    continue  # a ○× statement of a sentence another item asks about tests one fact twice
                if d.kind in _SENTENCE_KINDS and self.per_sentence[d.sentence_index] >= MAX_PER_SENTENCE:
                    continue  # a sentence feeds at most two items
                # 通算90勝 and 90勝 of one sentence: one fact, asked once
                same = d.kind in ANSWER_IN_SENTENCE and any(
                    i == d.sentence_index and (a in d.answer or d.answer in a) for i, a in self.asked)
                # 延長10回 asked in the lead and again where the game is told: one fact, one question.
                same = same or (d.kind in FACT_KINDS and (fact_key(d.answer) in self.facts or
                                                          any(_one_thing(d.answer, f) for f in self.facts)))
                if same or d.prompt in self.prompts:
                    if pass_ == "sentence":
                        self.dropped["duplicate"] += 1
                    continue
                chosen.append(d)
                taken += 1
                if d.kind in _SENTENCE_KINDS:
                    self.per_sentence[d.sentence_index] += 1
                used.add((d.kind, d.sentence_index))
                if d.kind in STORY_KINDS:
                    self.story_used[d.sentence_index] += 1
                self.prompts.add(d.prompt)
                if d.term_id:
                    self.terms.add(d.term_id)
                if _word(d):
                    self.words.add(_word(d))
                if d.kind == "writing":
                    self.to_write.add(d.answer)
                if d.kind == "cloze":
                    self.offered.update(c for c in d.choices or () if c != d.answer)
                if d.kind in ANSWER_IN_SENTENCE:
                    self.asked.add((d.sentence_index, d.answer))
                if d.kind in FACT_KINDS:
                    self.facts.add(fact_key(d.answer))
                if d.kind in _STATEMENT_KINDS:
                    self.statement_prompts.append(d.prompt)
                    if _keyed(d):
                        self.keyed_answers.append(d.answer)


    def _unasked_choices(self, d: Draft) -> Draft | None:
        """A cloze whose wrong choices are no word another item asks: 懸念 offered beside the
        cloze keyed 懸念 is swapped for a spare (運搬 -> 開幕); None when the blank itself is
        asked elsewhere or the spares run out."""
        if d.answer in self.words or any(_stem(w) in d.prompt for w in self.to_write):
            return None  # 着陸 to write in kanji, and printed in the cloze's sentence
        keys = {a for _, a in self.asked}
        if any(c != d.answer and c in keys for c in d.choices or ()):
            return None  # 避難指示 offered beside the fact question keyed 避難指示 (round 25)
        choices = list(d.choices or ())
        spare = [x for x in d.spare if x not in self.words and x not in choices]
        for i, c in enumerate(choices):
            if c != d.answer and c in self.words:
                # a spare that overlaps a choice (協議 beside 協議会) would be a second blank-filler
                fit = [x for x in spare if not any(x in o or o in x for o in choices)]
                if not fit:
                    return None
                spare.remove(fit[0])
                choices[i] = fit[0]
        return replace(d, choices=tuple(choices)) if tuple(choices) != d.choices else d

    def _gives_away(self, d: Draft) -> bool:
        """Whether ``d`` and an item already on the sheet answer each other: 「山本浩二裁判長は
        いつ…」 beside 「…と述べたのは誰ですか」 (山本浩二裁判長), or a ○ statement that is the
        very sentence a figure question asks about."""
        if d.kind in ("reading", "meaning"):
            # 「訃報」の意味… beside 「ポスターは何を告知しましたか」 (訃報): the word shows the key
            return any(a in d.prompt for a in self.keyed_answers)
        if d.kind == "discussion":
            # 「日本で大規模なネットワーク障害が発生」というニュースについて… beside 何が発生しましたか
            # (ネットワーク障害): the headline quoted shows the key (round 48)
            quoted = "".join(re.findall(r"「[^」]*」", d.prompt))
            return any(_shows(a, quoted) for a in self.keyed_answers)
        if d.kind == "writing":
            # 現地時間 to write in kanji, beside a question that prints 現地時間; 首位 to pick among
            # spellings beside a question whose key is 首位: the choices print that key; 振り込み
            # to write beside 「振り込む」の意味: the meaning item prints its kanji
            return any(_stem(d.answer) in p for p in self.statement_prompts) or \
                any(d.answer in a for a in self.keyed_answers) or \
                any(_same_kanji(d.answer, w) for w in self.words)
        if d.kind not in _STATEMENT_KINDS:
            return False
        if _keyed(d) and any(d.answer in p for p in self.statement_prompts):
            return True
        return any(_shows(a, d.prompt) for a in self.keyed_answers)


def _shows(key: str, prompt: str) -> bool:
    """The prompt prints the key: 広島は2連勝で… shows 広島, the key of どこが首位に浮上しましたか;
    広島市のマツダスタジアム and 広島打線 name something else (a key of no figure that runs on into
    a longer word), as a who item's choices name the team anyway."""
    if key not in prompt:
        return False
    if re.search(r"[0-9０-９]", key):
        return True
    return bool(re.search(re.escape(key) + r"(?![一-龥々ァ-ヶー])", prompt))


# Items whose prompt restates the story (a fact question, a quote, a ○× statement), and whose
# key a figure or a person: what one of them may hand to another.
_STATEMENT_KINDS = (*STORY_KINDS, "true_false", "cloze")


_SENTENCE_KINDS = (*STORY_KINDS, "true_false", "cloze")
MAX_PER_SENTENCE = 2


def _one_thing(a: str, b: str) -> bool:
    """複数の金属片 and 数センチほどの大きさの金属片: keys that end in one noun (of 3 or more
    characters, not a figure) name one thing, told twice in the article and asked once."""
    x, y = a.rsplit("の", 1)[-1], b.rsplit("の", 1)[-1]  # the head noun after the last の
    return a != b and x == y and len(x) >= 3 and not re.search(r"[0-9０-９]", x)


def _stem(word: str) -> str:
    """引き渡す -> 引き渡: the word as any of its forms prints it (引き渡しました shows how to write
    引き渡す, round 47); a word of one kanji keeps its kana (出す, not 出)."""
    stem = re.sub(r"[ぁ-ん]+$", "", word)
    return stem if len(stem) >= 2 and has_kanji(stem[-1]) else word


def _same_kanji(a: str, b: str) -> bool:
    """振り込み and 振り込む, 取り扱い and 取り扱う: the kanji of one are all the other's (two or
    more), so an item printing one shows how to write the other."""
    x, y = {c for c in a if has_kanji(c)}, {c for c in b if has_kanji(c)}
    return len(x & y) >= 2 and (x <= y or y <= x) or bool(x) and x == y


def _word(d: Draft) -> str:
    """The word a vocabulary item or a cloze asks: 「還元」の意味… -> 還元."""
    if d.kind in ("writing", "cloze"):
        return d.answer
    m = re.match(r"「([^」]+)」", d.prompt) if d.kind in ("reading", "meaning") else None
    return m.group(1) if m else ""


def _keyed(d: Draft) -> bool:
    # A cloze's blank is a key too: two clozes on one sentence each show the other's answer.
    return d.kind in (*FACT_KINDS, "who_said", "cloze") and len(d.answer) >= 2


def select(kept_by_kind: dict[str, list[Draft]], counts: dict[str, int], dropped: Counter[str]) -> list[Draft]:
    """The sheet's items: the fact kinds share one budget, the other kinds keep their counts.

    The fact kinds (who, when, where, what, why, how_many) together get the sum of their counts.
    Each first takes up to half its count (rounded up), so a sheet keeps its mix of question
    words; the rest of the budget goes to the most salient drafts of any fact kind, up to twice a
    kind's count, figures at most a quarter of them. A story without a cause gives its why slot
    to another fact.
    """
    sel = _Selection(dropped, set(), set(), set(), Counter(), {})
    fact = [k for k in counts if k in FACT_KINDS and counts[k] > 0]
    sel.facts_kept = [d for k in fact for d in kept_by_kind.get(k, [])]
    caps = {k: 2 * counts[k] for k in fact}
    # Figures at most a quarter of the fact items: who did what, when, where and why come first.
    if "how_many" in caps:
        caps["how_many"] = min(caps["how_many"], max(1, sum(counts[k] for k in fact) // 4))
    # The kind with the most salient draft chooses first: the lead's date before its topic's name.
    best = {k: max((d.salience for d in kept_by_kind.get(k, [])), default=-99.0) for k in fact}
    for k in sorted(fact, key=lambda k: -best[k]):
        sel.take(kept_by_kind.get(k, []), (counts[k] + 1) // 2, caps)
    budget = sum(counts[k] for k in fact) - sum(len(sel.by_kind.get(k, [])) for k in fact)
    sel.take([d for k in fact for d in kept_by_kind.get(k, [])], budget, caps)
    for k, want in counts.items():
        if k not in FACT_KINDS:
            sel.take(kept_by_kind.get(k, []), want, {k: want})
    order = {k: i for i, k in enumerate(counts)}
    out = [d for k in sorted(sel.by_kind, key=lambda k: order.get(k, len(order))) for d in
           sorted(sel.by_kind[k], key=lambda d: (d.sentence_index, d.prompt))]
    return out

