"""Questions: what a teacher would ask about the story, each answerable from the article.

Fact questions are made by putting a question word where the answer stands in a sentence
(2025年2月28日、…会談を行いました。 -> いつ、…会談を行いましたか。), so the answer is always
a substring of its source sentence. Quotes get their speaker (who_said); key terms give cloze,
reading, meaning and writing items; ○× statements swap an entity for another of the same type
and are checked not to be true elsewhere. Every item passes the checks in :func:`check` or is
dropped and counted.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Article, Name, Question, Sentence, Term, Token
from .names import NameSpan
from .options import Options

# 2025年2月28日, 2月28日, 28日夜, 午前3時12分, 来年春, 昨年12月
_DATE = re.compile(
    r"(?:(?:\d{4}|来|昨|今)年度?)?(?:\d{1,2}月)?(?:\d{1,2}日)(?:の?(?:朝|昼|夜|夕方|未明|深夜|午前|午後))?"
    r"(?:\d{1,2}時(?:\d{1,2}分|半)?)?"
    r"|(?:\d{4}年|来年|昨年|今年)(?:\d{1,2}月|春|夏|秋|冬|度)?"
    r"|(?:午前|午後)\d{1,2}時(?:\d{1,2}分|半)?"
)
_NUMBER = re.compile(
    r"(?:約|およそ|最大|最大で|少なくとも)?\d[\d,.]*(?:万|億|兆)?"
    r"(?P<counter>人|円|ドル|ユーロ|件|回|%|パーセント|隻|台|個|発|棟|戸|票|キロ(?:メートル)?|メートル|トン|周年|倍|社|カ国|か国|校|店|歳|点|度|時間|日間|か月|カ月|年間)"
)
_COUNTER_QUESTION = {"円": "いくら", "ドル": "何ドル", "ユーロ": "何ユーロ", "%": "何%", "カ国": "何カ国",
                     "か国": "何か国", "キロ": "何キロ", "キロメートル": "何キロメートル"}
_QUOTE = re.compile(r"「([^「」]{4,})」")
_SPEECH_VERB = re.compile(r"^」?(?:と|という|との)(?:の)?(?:考えを|認識を|見方を|方針を|意向を)?(?:述べ|語|強調|非難|話|訴え|指摘|明らかに|コメント|発言|説明|批判|主張|表明|発信|呼びかけ|警告|宣言|反論|記者団に)")
_COLON_SPEAKER = re.compile(r"^(?P<speaker>[^「」。、:：]{1,30})[:：]\s*「")
_LEADS_TO_QUOTE = re.compile(r"(次のように|以下のように|こう)[^。]*[:：]?$|[:：]$")
_PLAIN_END = re.compile(r"(ました|ます|ません|でした|です|た|だ|る|い|ない|う)。$")
_LEFTOVERS = re.compile(r"\?|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
_KATAKANA = "アイウエ"


@dataclass(frozen=True, slots=True)
class _Draft:
    kind: str
    prompt: str
    answer: str
    sentence_index: int
    choices: tuple[str, ...] | None = None
    explanation: str = ""
    term_id: str | None = None
    salience: float = 0.0


def _qid(article_id: str, kind: str, sentence_index: int, answer: str, prompt: str) -> str:
    key = f"{article_id}\0{kind}\0{sentence_index}\0{answer}\0{prompt}"
    return "q-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def _rng(*parts: object) -> random.Random:
    """A generator seeded by the item: the same article gives the same choices every run."""
    return random.Random(hashlib.sha1("\0".join(map(str, parts)).encode()).hexdigest())


def mark(sentence: str, answer: str) -> str:
    """The sentence with the answer marked for the answer key: 【2025年2月28日】、…"""
    if answer and answer in sentence:
        return sentence.replace(answer, f"【{answer}】", 1)
    return sentence


def _as_question(text: str) -> str | None:
    """Turn a statement into a question: …行いました。 -> …行いましたか。 …だ。 -> …か。"""
    text = text.strip()
    if text.endswith("だ。"):
        return text[:-2] + "か。"
    if _PLAIN_END.search(text):
        return text[:-1] + "か。"
    return None


def _mention(name: Name) -> str:
    return name.name + name.title


def _choices(answer: str, pool: Iterable[str], rng: random.Random, n: int = 3) -> tuple[str, ...] | None:
    """Answer plus ``n`` distractors from ``pool`` (distinct, not the answer), shuffled; None if too few."""
    distractors = []
    for p in pool:
        if p and p != answer and p not in distractors and answer not in p and p not in answer:
            distractors.append(p)
    if len(distractors) < n:
        return None
    # Similar in length to the answer, so the length gives nothing away.
    distractors.sort(key=lambda p: (abs(len(p) - len(answer)), p))
    picked = distractors[: n + 2]
    rng.shuffle(picked)
    choices = [answer, *picked[:n]]
    rng.shuffle(choices)
    return tuple(choices)


# -- fact questions ------------------------------------------------------------------------------

def _wh_question(sentence: Sentence, answer: str, wh: str, particle_re: str = "") -> str | None:
    """Replace ``answer`` (and the particle after it) with a question word."""
    text = sentence.text
    if len(text) > 90 or text.count(answer) != 1 or "「" in text:
        return None
    m = re.search(re.escape(answer) + particle_re, text)
    if not m:
        return None
    q = _as_question(text[: m.start()] + wh + text[m.end():])
    if q is None:
        return None
    return q.lstrip("、")


def _when_questions(article: Article) -> list[_Draft]:
    out = []
    for s in article.sentences:
        if s.heading:
            continue
        for m in _DATE.finditer(s.text):
            answer = m.group(0)
            if len(answer) < 2:
                continue
            q = _wh_question(s, answer, "いつ", r"(に|、|の)?")
            if q:
                out.append(_Draft("when", q, answer, s.index, explanation=mark(s.text, answer)))
            break
    return out


def _how_many_questions(article: Article) -> list[_Draft]:
    out = []
    for s in article.sentences:
        for m in _NUMBER.finditer(s.text):
            counter = m.group("counter")
            wh = _COUNTER_QUESTION.get(counter, "何" + counter)
            q = _wh_question(s, m.group(0), wh)
            if q:
                out.append(_Draft("how_many", q, m.group(0), s.index, explanation=mark(s.text, m.group(0))))
                break
    return out


def _name_questions(article: Article, names: Sequence[Name], spans: Sequence[NameSpan],
                    tokens: Sequence[Sequence[Token]]) -> list[_Draft]:
    """who (誰が) and where (どこで) from name mentions."""
    out = []
    people = [n for n in names if n.type == "person"]
    places = [n for n in names if n.type == "place"]
    by_sentence: dict[int, list[NameSpan]] = {}
    for sp in spans:
        by_sentence.setdefault(sp.sentence_index, []).append(sp)
    for s in article.sentences:
        if s.heading:
            continue
        toks = tokens[s.index]
        for sp in by_sentence.get(s.index, []):
            end = sp.title_end or sp.end
            if end >= len(toks):
                continue
            particle = toks[end].surface
            mention = "".join(t.surface for t in toks[sp.first:end])
            rng = _rng(article.id, s.index, mention)
            if sp.type == "person" and particle in ("は", "が"):
                q = _wh_question(s, mention, "誰が", "(は|が)")
                pool = [_mention(p) for p in people if p.name != sp.name]
                if q:
                    out.append(_Draft("who", q, mention, s.index, _choices(mention, pool, rng),
                                      mark(s.text, mention)))
            elif sp.type == "place" and particle == "で" and (end + 1 >= len(toks) or toks[end + 1].surface not in ("は", "も")):
                # ワシントンのホワイトハウスで: the place phrase runs to the で.
                first = sp.first
                q = _wh_question(s, mention, "どこ", "")
                if q is None:
                    continue
                phrase = "".join(t.surface for t in toks[first:end])
                pool = [p.name for p in places if p.name != sp.name]
                out.append(_Draft("where", q, phrase, s.index, _choices(phrase, pool, rng),
                                  mark(s.text, phrase)))
    return out


def _what_questions(article: Article, terms: Sequence[Term]) -> list[_Draft]:
    """何を: a key term as the object of the sentence's verb."""
    out = []
    for t in terms:
        if t.pos != "noun":
            continue
        for s in article.sentences:
            if s.heading or t.term not in s.text:
                continue
            if re.search(re.escape(t.term) + "を", s.text):
                q = _wh_question(s, t.term, "何", "(?=を)")
                if q:
                    out.append(_Draft("what", q, t.term, s.index, None, mark(s.text, t.term), t.id))
                    break
    return out


def _why_questions(article: Article) -> list[_Draft]:
    out = []
    for s in article.sentences:
        m = re.search(r"(?:^|、)([^、。「」]{4,30}?(?:ため|ので|ことから))、([^。]{6,})。$", s.text)
        if not m or "「" in s.text:
            continue
        cause = m.group(1)
        q = _as_question(m.group(2) + "。")
        if q:
            out.append(_Draft("why", "なぜ" + q, cause, s.index, None, mark(s.text, cause)))
    return out


def find_quotes(article: Article, names: Sequence[Name], spans: Sequence[NameSpan],
                tokens: Sequence[Sequence[Token]]) -> list[tuple[str, str, int, int]]:
    """Every 「…」 with its speaker: (quote, speaker as written, speaker's sentence, quote's sentence)."""
    by_sentence: dict[int, list[NameSpan]] = {}
    for sp in spans:
        if sp.type in ("person", "org"):
            by_sentence.setdefault(sp.sentence_index, []).append(sp)

    def mention(sp: NameSpan) -> str:
        return "".join(t.surface for t in tokens[sp.sentence_index][sp.first:(sp.title_end or sp.end)])

    out = []
    sentences = article.sentences
    for s in sentences:
        for m in _QUOTE.finditer(s.text):
            quote = m.group(1)
            speaker, where = None, s.index
            colon = _COLON_SPEAKER.match(s.text)
            if colon and m.start() == colon.end() - 1:
                speaker = colon.group("speaker").strip()  # ドイツ・ショルツ首相：「…」
            elif _SPEECH_VERB.match(s.text[m.end() - 1:]):
                before = [sp for sp in by_sentence.get(s.index, []) if tokens[s.index][sp.first].start < m.start()]
                if before:
                    speaker = mention(before[-1])
            elif m.start() == 0 and s.index > 0 and _LEADS_TO_QUOTE.search(sentences[s.index - 1].text):
                prev = by_sentence.get(s.index - 1, [])
                if prev:
                    speaker, where = mention(prev[0]), s.index - 1
            if speaker:
                out.append((quote, speaker, where, s.index))
    return out


def _who_said_questions(article: Article, quotes, names: Sequence[Name]) -> list[_Draft]:
    out = []
    speakers = {sp for _, sp, _, _ in quotes}
    people = [_mention(n) for n in names if n.type == "person"]
    for quote, speaker, where, qidx in quotes:
        shown = quote if len(quote) <= 40 else quote[:38] + "…"
        prompt = f"「{shown}」と述べたのは誰ですか。"
        # Another speaker of the same words would also be right: leave them out of the choices.
        same_quote = {sp for q, sp, _, _ in quotes if q == quote}
        pool = [p for p in [*speakers, *people] if p not in same_quote and speaker not in p and p not in speaker]
        choices = _choices(speaker, pool, _rng(article.id, "who_said", quote))
        sentence = article.sentences[where].text
        explanation = mark(sentence, speaker) + ("" if where == qidx else " " + article.sentences[qidx].text)
        out.append(_Draft("who_said", prompt, speaker, where, choices, explanation, salience=2.0))
    return out


# -- vocabulary questions ------------------------------------------------------------------------

_VOICING = str.maketrans("かきくけこさしすせそたちつてとはひふへほがぎぐげござじずぜぞだぢづでどばびぶべぼ",
                         "がぎぐげござじずぜぞだぢづでどばびぶべぼかきくけこさしすせそたちつてとはひふへほ")


def near_miss_readings(reading: str) -> list[str]:
    """Readings a learner confuses with the right one: long vowels, small っ, voicing.

    >>> near_miss_readings("きょうてい")[:3]
    ['きょてい', 'きょうてえ', 'きょうでい']
    """
    out: list[str] = []
    for i, ch in enumerate(reading):
        if ch == "う" and i and reading[i - 1] in "ょゅょおこそとのほもよろごぞどぼぽ":
            out.append(reading[:i] + reading[i + 1:])  # drop a long vowel
        if ch == "い" and i and reading[i - 1] in "えけせてねへめれげぜでべぺ":
            out.append(reading[:i] + "え" + reading[i + 1:])
        if ch == "っ":
            out.append(reading[:i] + reading[i + 1:])  # drop a small っ
    for i, ch in enumerate(reading):
        v = ch.translate(_VOICING)
        if v != ch:
            out.append(reading[:i] + v + reading[i + 1:])
    for i, ch in enumerate(reading):
        if ch in "ょゅ" and i + 1 < len(reading) and reading[i + 1] != "う":
            out.append(reading[: i + 1] + "う" + reading[i + 1:])  # add a long vowel
        if ch in "くつきち" and 0 < i < len(reading) - 1:
            out.append(reading[:i] + "っ" + reading[i + 1:])  # add a small っ
    return list(dict.fromkeys(r for r in out if r != reading))


def _vocabulary_questions(article: Article, terms: Sequence[Term]) -> list[_Draft]:
    out = []
    for rank, t in enumerate(terms):
        s = article.sentences[t.sentence_index]
        rng = _rng(article.id, "vocab", t.lemma)
        salience = 1.0 / (1 + rank)
        # 読み: pick the reading.
        misses = near_miss_readings(t.reading)
        if len(misses) >= 3 and any(c for c in t.lemma if "\u4e00" <= c <= "\u9fff"):
            choices = [t.reading, *rng.sample(misses, 3)]
            rng.shuffle(choices)
            out.append(_Draft("reading", f"「{t.lemma}」の読み方として正しいものはどれですか。", t.reading,
                              t.sentence_index, tuple(choices), f"{t.lemma}（{t.reading}）: {s.text}", t.id, salience))
        # 意味: pick the meaning.
        meaning = t.glosses[0] if t.glosses else ""
        pool = [o.glosses[0] for o in terms if o.lemma != t.lemma and o.glosses and o.pos == t.pos]
        pool += [o.glosses[0] for o in terms if o.lemma != t.lemma and o.glosses and o.pos != t.pos]
        choices = _choices(meaning, pool, rng) if meaning else None
        if choices:
            out.append(_Draft("meaning", f"「{t.lemma}」の意味として最も近いものはどれですか。", meaning,
                              t.sentence_index, choices, f"{t.lemma}（{t.reading}）: {'; '.join(t.glosses)}", t.id, salience))
        # 表記: pick the kanji.
        pool = [o.lemma for o in terms if o.lemma != t.lemma and len(o.lemma) == len(t.lemma)]
        pool += [o.lemma for o in terms if o.lemma != t.lemma and any(c in o.lemma for c in t.lemma)]
        choices = _choices(t.lemma, pool, rng)
        if choices and t.reading != t.lemma:
            out.append(_Draft("writing", f"「{t.reading}」を漢字で書くとどれですか。", t.lemma,
                              t.sentence_index, choices, f"{t.reading} → {t.lemma}: {s.text}", t.id, salience))
        # 穴埋め: the key term in its sentence.
        if t.term in s.text and not s.heading and len(s.text) <= 100:
            prompt = s.text.replace(t.term, "（　　　）", 1)
            pool = [o.term for o in terms if o.lemma != t.lemma and o.pos == t.pos]
            out.append(_Draft("cloze", prompt, t.term, s.index, _choices(t.term, pool, rng),
                              mark(s.text, t.term), t.id, salience + 0.5))
    return out


def _true_false_questions(article: Article, names: Sequence[Name], spans: Sequence[NameSpan]) -> list[_Draft]:
    """○ statements from the article, × ones with an entity swapped for another of the same type."""
    out = []
    text = article.text
    by_type: dict[str, list[str]] = {}
    for n in names:
        by_type.setdefault(n.type, []).append(n.name)
    for sp in spans:
        s = article.sentences[sp.sentence_index]
        if s.heading or len(s.text) > 70 or "「" in s.text or s.text.count(sp.name) != 1:
            continue
        others = [o for o in by_type.get(sp.type, []) if o != sp.name and o not in sp.name and sp.name not in o]
        rng = _rng(article.id, "tf", s.index, sp.name)
        if others and rng.random() < 0.5:
            swapped = s.text.replace(sp.name, rng.choice(others), 1)
            if swapped not in text:  # never a statement the article also makes
                out.append(_Draft("true_false", swapped, "×", s.index, ("○", "×"), mark(s.text, sp.name)))
        else:
            out.append(_Draft("true_false", s.text, "○", s.index, ("○", "×"), s.text))
    return out


def _discussion(article: Article, terms: Sequence[Term]) -> list[_Draft]:
    nouns = [t for t in terms if t.pos == "noun"]
    if not nouns:
        return []
    topic = nouns[0]
    prompt = f"この記事を読んで、「{topic.lemma}」についてあなたはどう考えますか。理由も含めて、あなたの意見を書きましょう。"
    return [_Draft("discussion", prompt, "（自由回答）", topic.sentence_index, None, "自由回答", topic.id)]


# -- checks and selection ------------------------------------------------------------------------

ANSWER_IN_SENTENCE = ("who", "when", "where", "what", "why", "how_many", "who_said", "cloze")


def check(d: _Draft, article: Article) -> str | None:
    """The name of the first check an item fails, or None when it may be kept."""
    sentence = article.sentences[d.sentence_index].text
    if d.kind in ANSWER_IN_SENTENCE and (not d.answer or d.answer not in sentence):
        return "answer_not_in_sentence"
    if d.kind not in ("reading", "meaning", "writing", "true_false", "discussion") and d.answer in d.prompt:
        return "prompt_gives_answer"
    if d.choices is not None and (len(set(d.choices)) != len(d.choices) or d.choices.count(d.answer) != 1):
        return "bad_choices"
    if any(_LEFTOVERS.search(x) for x in (d.prompt, d.answer, *(d.choices or ()))):
        return "leftover_symbols"
    return None


def make_questions(
    article: Article, vocabulary: Sequence[Term], names: Sequence[Name], spans: Sequence[NameSpan],
    tokens: Sequence[Sequence[Token]], options: Options,
) -> tuple[tuple[Question, ...], tuple[tuple[str, int], ...]]:
    """Questions for the article and the count of drafts dropped by each check."""
    quotes = find_quotes(article, names, spans, tokens)
    drafts = [
        *_name_questions(article, names, spans, tokens), *_when_questions(article),
        *_what_questions(article, vocabulary), *_why_questions(article), *_how_many_questions(article),
        *_who_said_questions(article, quotes, names), *_vocabulary_questions(article, vocabulary),
        *_true_false_questions(article, names, spans), *_discussion(article, vocabulary),
    ]
    dropped: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    kept_by_kind: dict[str, list[_Draft]] = {}
    for d in drafts:
        failure = check(d, article)
        if failure is None and (d.kind, d.prompt) in seen:
            failure = "duplicate"
        if failure:
            dropped[failure] += 1
            continue
        seen.add((d.kind, d.prompt))
        kept_by_kind.setdefault(d.kind, []).append(d)
    questions: list[Question] = []
    for kind, want in options.question_counts.items():
        pool = kept_by_kind.get(kind, [])
        # Spread over the story: one item per sentence first, the most salient first.
        pool = sorted(pool, key=lambda d: (-d.salience, d.sentence_index))
        chosen: list[_Draft] = []
        used: set[int] = set()
        for d in pool:
            if len(chosen) < want and d.sentence_index not in used:
                chosen.append(d)
                used.add(d.sentence_index)
        for d in pool:
            if len(chosen) < want and d not in chosen:
                chosen.append(d)
        chosen.sort(key=lambda d: d.sentence_index)
        for d in chosen:
            questions.append(Question(
                id=_qid(article.id, d.kind, d.sentence_index, d.answer, d.prompt), kind=d.kind,
                prompt=d.prompt, answer=d.answer, sentence_index=d.sentence_index,
                explanation=d.explanation or mark(article.sentences[d.sentence_index].text, d.answer),
                choices=d.choices, term_id=d.term_id,
            ))
    return tuple(questions), tuple(sorted(dropped.items()))

