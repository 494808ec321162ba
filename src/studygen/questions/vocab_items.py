"""Vocabulary items in JLPT style (読み, 意味, 表記, 穴埋め) and figures to fill in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import default_dictionary
from ..furigana import has_kanji
from ..model import Article, Term
from .base import Draft, mark, rng_for
from .distractors import choices_from, meaning_choices, reading_distractors, writing_distractors


_ASIDE = re.compile(r"[（(][^（）()「」　]{1,30}[）)]")
_WORD_CHAR = re.compile(r"[一-龥々ァ-ヶー]")


def _takes_suru(lemma: str, dictionary) -> bool:
    return any("suru" in p for e in dictionary.entries(lemma) for sense in e.senses for p in sense.pos)


def _fits(other: Term, term: Term, after: str, dictionary) -> bool:
    """A distractor fits the blank's grammar as the answer does: before する only a word that
    takes する (四国一位に（　）し: 浮上, not 持株会社), before な only a な-adjective, and for a
    noun elsewhere a noun of the same kind (an act for an act, a thing for a thing)."""
    if re.match(r"(?:し|する|さ|され|せ|して)", after):
        return _takes_suru(other.lemma, dictionary)
    if after.startswith("な") and term.pos == "na-adjective":
        return other.pos == "na-adjective"
    if term.pos == "noun":
        # 親善大使 (a thing) offered beside 優勝, 任命, 出場 (acts): 「平和と美の（　）としての役割」
        # takes no act, so an act is plainly wrong. An act for an act, a thing for a thing.
        return _takes_suru(other.lemma, dictionary) == _takes_suru(term.lemma, dictionary)
    return True


def vocabulary_drafts(article: Article, terms: Sequence[Term]) -> list[Draft]:
    """読み, 意味, 表記 and 穴埋め items on the key terms, in JLPT style.

    Distractors are near misses a learner makes, never another right answer; where a term has
    none good enough, its 意味 or 表記 item is asked without choices.
    """
    dictionary = default_dictionary()
    out = []
    for rank, t in enumerate(terms):
        s = article.sentences[t.sentence_index]
        rng = rng_for(article.id, "vocab", t.lemma)
        salience = 1.0 / (1 + rank)
        kanji = has_kanji(t.lemma)
        # 読み: pick the reading.
        misses = reading_distractors(t.lemma, t.reading, dictionary)
        if len(misses) >= 3 and kanji:
            choices = [t.reading, *rng.sample(misses, 3)]
            rng.shuffle(choices)
            out.append(Draft("reading", f"「{t.lemma}」の読み方として正しいものはどれですか。", t.reading,
                              t.sentence_index, tuple(choices), f"{t.lemma}（{t.reading}）: {s.text}", t.id, salience))
        # 意味: pick the meaning. A gloss built from the parts (会談 conversation + 決裂 breakdown) is
        # a note, not a meaning to choose.
        if t.glosses and t.in_dictionary:
            meaning, choices = meaning_choices(t, terms, dictionary, rng)
            prompt = (f"「{t.lemma}」の意味として最も近いものはどれですか。" if choices
                      else f"「{t.lemma}」の意味を書きましょう。")
            out.append(Draft("meaning", prompt, meaning, t.sentence_index, choices,
                              f"{t.lemma}（{t.reading}）: {'; '.join(t.glosses)}", t.id,
                              salience if choices else salience - 0.01))
        # 表記: pick the kanji among spellings read the same (枠組み / 惑組み / 枠汲み).
        if kanji and t.reading != t.lemma:
            wrong = writing_distractors(t.lemma, t.reading, dictionary)
            choices = None
            if len(wrong) == 3:
                choices = [t.lemma, *wrong]
                rng.shuffle(choices)
            prompt = (f"「{t.reading}」を漢字で書くとどれですか。" if choices
                      else f"「{t.reading}」を漢字で書きましょう。")
            out.append(Draft("writing", prompt, t.lemma, t.sentence_index, tuple(choices) if choices else None,
                              f"{t.reading} → {t.lemma}: {s.text}", t.id, salience if choices else salience - 0.01))
        # 穴埋め: the key term in its sentence.
        at = s.text.find(t.term)
        before, after = s.text[at - 1:at] if at > 0 else "", s.text[at + len(t.term):]
        if at >= 0 and not s.heading and len(s.text) <= 100 and s.text.count("「") == s.text.count("」") \
                and not (_WORD_CHAR.match(before) or _WORD_CHAR.match(after[:1])):
            # （　）スポーツ of 日刊スポーツ: a blank inside a compound asks for a fragment.
            prompt = s.text.replace(t.term, "（　　　）", 1)
            pool = [o.term for o in terms if o.lemma != t.lemma and o.pos == t.pos and _fits(o, t, after, dictionary)]
            choices = choices_from(t.term, pool, rng, prompt=prompt)
            # A verb blanked in its conjugation (盛り込ん|で) leaves a stem to write, and without
            # choices a blank takes many right words: only a whole noun with choices is asked.
            if choices and t.pos in ("noun", "na-adjective") and t.term == t.lemma:
                out.append(Draft("cloze", _ASIDE.sub("", prompt), t.term, s.index, choices,
                                 mark(s.text, t.term), t.id, salience + 0.2))
    return out
