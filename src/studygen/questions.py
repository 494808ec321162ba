"""Questions: what a teacher would ask about the story, each answerable from the article.

Fact questions are made by putting a question word where the answer stands in a sentence
(高瀬首相は2026年3月14日、…と会談した。 -> 高瀬首相はいつ、…と会談したか。), so the answer is
always a substring of its source sentence. Long sentences are first trimmed to the clause that
holds the answer and the main predicate (…を踏まえ、 …と述べ、 are clauses a question can do
without). Quotes get their speaker (who_said); key terms give cloze, reading, meaning and writing
items; ○× statements swap an entity for another of the same type (a number with the same
counter, a person for a person) and are checked not to be true elsewhere. Every item passes
:func:`check` or is dropped and counted.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .entities import Entity, Quote, find_dates, find_numbers, find_quotes, is_dateline, is_speech
from .dictionary import Dictionary, default_dictionary
from .furigana import has_kanji, is_kanji, split_reading
from .model import Article, Name, Question, Term, Token
from .names import NameSpan, titles
from .options import Options

_PLAIN_END = re.compile(r"(ました|ます|ません|でした|です|た|だ|[うくぐすつぬぶむる]|い|ない)。$")
_LEFTOVERS = re.compile(r"\?|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
# Words of a story's outcome: a sentence holding one is worth asking about.
_OUTCOME = re.compile(r"合意|決定|決め|一致|発表|署名|見送|当選|勝|敗|確認|予定|方針|目指|始め|開始|再開|中止|延期|成功|受賞")
# Particles that end a clause a question can do without: …して、 …だが、 …すれば、
_CLAUSE_END_PARTICLES = ("て", "で", "ば", "し", "ながら", "つつ", "が", "けれど", "ものの")
MAX_PROMPT = 90
MAX_SENTENCES = 300
# 本社を東京都港区に置く, 管制室は相模原市にある: where something is.
_LOCATED = {"ある", "置く", "構える", "設ける", "位置", "本社", "移す", "建設"}
MAX_QUOTES = 60
STORY_SHARE = 1  # fact questions one sentence takes before other kinds look elsewhere
_FRAMES = ("では、", "によると、", "によれば、", "毎年、")
_COPULA = 2  # a droppable segment that is a statement of its own: 利上げは昨年12月以来で、
FACT_KINDS = ("who", "when", "where", "what", "why", "how_many")
STORY_KINDS = (*FACT_KINDS, "who_said")
ANSWER_IN_SENTENCE = ("who", "when", "where", "what", "why", "how_many", "who_said", "cloze")


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
    """Turn a statement into a question: …会談した。 -> …会談したか。 …予定だ。 -> …予定か。"""
    text = text.strip()
    if re.search(r"[んい]だ。$", text):
        return text[:-1] + "か。"  # 盛り込んだ, 泳いだ: the past of a verb, not the copula
    if text.endswith("だ。"):
        return text[:-2] + "か。"
    if _PLAIN_END.search(text):
        return text[:-1] + "か。"
    return None


def _mention(name: Name) -> str:
    return name.name + name.title


def _choices(answer: str, pool: Iterable[str], rng: random.Random, n: int = 3, *,
             prompt: str = "") -> tuple[str, ...] | None:
    """Answer plus ``n`` distractors from ``pool`` (distinct, not the answer), shuffled; None if too few.

    The pool comes in order of preference (the article's own entities of the same type first).
    A figure or word the ``prompt`` itself shows is no distractor: 「…1万9852票を獲得し、5621票の
    候補らを何人破ったか」 offering 5621票 confuses, and a cloze choice already in the sentence is
    plainly not the blank.
    """
    distractors: list[str] = []
    for p in pool:
        if prompt and p in prompt:
            continue
        if p and p != answer and p not in distractors and answer not in p and p not in answer \
                and not any(p in d or d in p for d in distractors) and not _close_figures(answer, p):
            distractors.append(p)
    if len(distractors) < n:
        return None
    # Similar in length to the answer, so the length gives nothing away.
    distractors.sort(key=lambda p: (abs(len(p) - len(answer)) > max(3, len(answer) // 2), 0))
    picked = distractors[: n + 2]
    rng.shuffle(picked)
    choices = [answer, *picked[:n]]
    rng.shuffle(choices)
    return tuple(choices)


# -- sentences: salience and trimming ------------------------------------------------------------

def sentence_salience(article: Article, spans: Sequence[NameSpan], terms: Sequence[Term]) -> dict[int, float]:
    """How much a sentence matters to the story: the lead, names and key words, the outcome."""
    names_in: Counter[int] = Counter(sp.sentence_index for sp in spans)
    terms_in: Counter[int] = Counter()
    for t in terms[:20]:
        for s in article.sentences:
            if t.term in s.text:
                terms_in[s.index] += 1
    body = [s for s in article.sentences if not s.heading and not is_dateline(s.text)]
    lead = {s.index for s in body[:2]}
    first_of_paragraph = {p[0].index for p in article.paragraphs if p}
    out = {}
    for s in article.sentences:
        score = 0.0 if s.heading else 1.0
        score += 2.0 if s.index in lead else 0.5 if s.index in first_of_paragraph else 0.0
        score += min(names_in[s.index], 4) * 0.3 + min(terms_in[s.index], 4) * 0.3
        score += 0.8 if _OUTCOME.search(s.text) else 0.0
        out[s.index] = score
    return out


def _segments(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, bool, int]]:
    """The sentence cut at each top-level 、: (start, end, droppable, topic_end).

    A segment is droppable when it ends a subordinate clause (踏まえ、 述べ、 して、 ので、):
    the rest of the sentence still stands without it. ``topic_end`` is the offset after a
    top-level Xは in the segment, or -1.
    """
    out: list[tuple[int, int, bool, int]] = []
    nominal: list[bool] = []  # the segment ends in a noun (+ で) before its 、
    has_topic: list[bool] = []  # a top-level は anywhere in the segment (…達するのは too)
    depth = 0
    seg_start = 0
    topic_end = -1
    topic = False
    for k, t in enumerate(tokens):
        depth += t.surface.count("「") - t.surface.count("」")
        if depth:
            continue
        if t.surface == "は" and t.pos[0] == "助詞" and k:
            topic = True
            if topic_end < 0 and (tokens[k - 1].pos[0] in ("名詞", "接尾辞") or tokens[k - 1].surface in ("」", "）")):
                topic_end = t.end  # 首相は, 「つきしろ」は
        if t.surface == "、" and k:
            prev = tokens[k - 1]
            droppable = (prev.pos[0] in ("動詞", "助動詞") and prev.conjugation.startswith("連用形")) or \
                (prev.pos[0] == "助詞" and prev.pos[1] == "接続助詞" and prev.surface in _CLAUSE_END_PARTICLES) or \
                (prev.surface in ("ため", "ので") and k >= 2 and tokens[k - 2].pos[0] in ("動詞", "助動詞"))
            noun_end = prev.pos[0] in ("名詞", "接尾辞") or (
                prev.surface == "で" and prev.pos[1] == "格助詞" and k >= 2 and tokens[k - 2].pos[0] in ("名詞", "接尾辞"))
            out.append((seg_start, t.end, droppable, topic_end))
            nominal.append(noun_end and not droppable)
            has_topic.append(topic)
            seg_start, topic_end, topic = t.end, -1, False
    out.append((seg_start, len(text), False, topic_end))
    has_topic.append(topic)
    # 決定は…多数決で、2人の委員は…反対した / 震源の深さは約50キロ、…マグニチュードは…: a clause with
    # its own topic that ends in a noun (+ で) before a clause with another topic is a statement of
    # its own (the copula left out), so it can end a question or be dropped whole.
    for n in range(len(out) - 1):
        a, b, _, te = out[n]
        # …見通しを、2025年度はプラス2.8％、: a clause before that waits for its verb keeps it.
        waits = n > 0 and text[:a].endswith(("を、", "に、", "が、", "と、"))
        if nominal[n] and te > 0 and has_topic[n + 1] and not waits:
            out[n] = (a, b, _COPULA, te)
    return out


def trim(text: str, tokens: Sequence[Token], start: int, end: int) -> tuple[str, int]:
    """The sentence without subordinate clauses that do not hold ``text[start:end]``.

    A clause runs to a 、 after a verb's 連用形 or a conjunctive particle (踏まえ、 述べ、 して、);
    a list comma (安全保障や経済、) does not end one. Returns the trimmed sentence and the
    answer's new offset. A dropped clause that holds the topic (森本外相は「…」と述べ、) leaves
    its topic behind (森本外相は、).

    >>> # 両首脳は、…70周年にあたることを踏まえ、…方針で一致し、会談後に共同声明を発表した。
    >>> #   -> 両首脳は、…70周年にあたることを踏まえ、会談後に共同声明を発表した。
    """
    short = len(text) <= 45
    groups: list[list[int]] = [[]]
    segments = _segments(text, tokens)
    for n, (_, _, droppable, _) in enumerate(segments):
        if droppable == _COPULA and groups[-1]:
            groups.append([])  # a statement of its own goes alone, not with the clauses before it
        groups[-1].append(n)
        if droppable:
            groups.append([])
    parts: list[str] = []
    new_start = start
    # …発表し、…を呼びかけている: the announcement is done, so 発表し、 ends as 発表した.
    past = bool(re.search(r"(た|だ|ている)。?$", text.rstrip("」")))
    for gi, group in enumerate(groups):
        if not group:
            continue
        a, b = segments[group[0]][0], segments[group[-1]][1]
        holds = a <= start < b or a < end <= b
        if holds and segments[group[-1]][2] and gi < len(groups) - 1:
            # The answer's clause ends the statement when the rest is long or hangs on a cause:
            # 温度が…まで下がるため、電子機器が… -> 温度が…まで下がる。
            ending = _finish_clause(text, tokens, b - 1, past)
            rest = len(text) - segments[groups[-1][0]][0] if groups[-1] else 0  # the main clause
            finite = text[:b - 1].endswith(("ため", "ので", "が", "けれど", "けれども", "ものの")) or \
                (_copula_before(tokens, b - 1) and any(segments[n][3] > 0 for n in group)) or \
                segments[group[-1]][2] == _COPULA  # 観客は3万1500人で、 (not 新宿区では、…10の言葉で、)
            if segments[group[-1]][2] == _COPULA:
                ending = _finish_copula(text, tokens, b - 1, past)
            # 研究グループは3日、…「つきしろ」が、…越えて、…と発表した: the topic's verb is the last
            # one; ending at 越えた would ask when the probe crossed the night.
            topic_first = any(0 < segments[n][3] <= start for n in group)
            if topic_first and _subject_between(tokens, end, b) and _REPORTED.search(text[b:]):
                ending = None
            # 各地の自治体は避難所を開設し、一時、…約4800人が避難した: the main clause has a subject
            # of its own, so the answer's clause ends the question (…何を開設したか).
            finite = finite or (topic_first and _subject_between(tokens, b, len(text)))
            if ending is not None and (finite or len("".join(parts)) + (b - a) + rest > 60):
                parts.append(ending[a:])  # the ending repeats the text before the clause
                return "".join(parts), new_start
        # 紙を作って、配っています: a short last verb shares the object of the clause before it.
        shares = gi == len(groups) - 2 and len(text) - segments[-1][0] <= 8
        droppable = segments[group[-1]][2] and not holds and not short and not shares
        if droppable and text[:b].endswith(("が、", "けれど、", "ものの、")) and not _topic_or_subject(tokens, b):
            droppable = False  # …停電が発生したが、午前8時までにほぼ復旧した: the subject is in the clause
        if not droppable:
            parts.append(text[a:b])
            continue
        # 厚労省の研究班の推計では、国内では毎年、…入院し、: the frames of the statement stay.
        frames = ""
        for n in group:
            piece = text[segments[n][0]:segments[n][1]]
            subject = piece.endswith("が、") and not _topic_or_subject(tokens, b)  # 森田氏が、…破り、初当選を果たした
            if not (piece.endswith(_FRAMES) or subject) or segments[n][3] > 0:
                break
            frames += piece
        topic_end = next((segments[n][3] for n in group if segments[n][3] > 0), -1)
        if segments[group[-1]][2] == _COPULA:
            topic_end = -1  # 震源の深さは約50キロ、: a statement of its own goes whole
        elif topic_end > 0 and _subject_between(tokens, b, len(text)):
            # セ・リーグは9日、…第2戦が行われ、広島が…勝った: the topic went with its clause, and
            # the main clause has its own subject.
            topic_end = -1
        kept = text[a:topic_end].rstrip("、") + "、" if topic_end > 0 else frames
        parts.append(kept)
        if b <= start:
            new_start -= (b - a) - len(kept)
    return "".join(parts), new_start


# …と発表した, …と述べた: the topic's own verb is the reporting verb at the end of the sentence.
_REPORTED = re.compile(r"と(?:発表|述べ|明らかに|話|語|説明|報告|指摘|強調|公表|表明)")


def _subject_between(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A top-level subject Xが between offsets ``a`` and ``b``."""
    depth = 0
    for t in tokens:
        depth += t.surface.count("「") - t.surface.count("」")
        if a <= t.start < b and not depth and t.surface == "が" and t.pos[1] == "格助詞":
            return True
    return False


def _topic_or_subject(tokens: Sequence[Token], a: int) -> bool:
    """A top-level Xは or Xが after offset ``a``."""
    depth = 0
    for t in tokens:
        depth += t.surface.count("「") - t.surface.count("」")
        if t.start >= a and not depth and (t.surface == "は" and t.pos[1] == "係助詞" or
                                           t.surface == "が" and t.pos[1] == "格助詞"):
            return True
    return False


def _finish_copula(text: str, tokens: Sequence[Token], comma: int, past: bool) -> str | None:
    """利上げは昨年12月以来で、 -> 利上げは昨年12月以来だ。; 震源の深さは約50キロ、 -> …約50キロだ。"""
    head = text[:comma]
    head = head.removesuffix("で")
    return head + ("だった" if past else "だ") + "。"


def _copula_before(tokens: Sequence[Token], comma: int) -> bool:
    """観客は3万1500人で、…: the clause ends in the copula で, a statement of its own."""
    k = next((i for i, t in enumerate(tokens) if t.start == comma), None)
    return bool(k) and tokens[k - 1].surface == "で" and tokens[k - 1].lemma == "だ"


def _finish_clause(text: str, tokens: Sequence[Token], comma: int, past: bool) -> str | None:
    """The text before the 、 at ``comma`` made into a finished statement, or None when unsafe.

    述べ、 -> 述べた。 (一段: the 連用形 is the stem); 発表し、 -> 発表した。; 下がるため、 -> 下がる。;
    下がったが、 -> 下がった。; 搭載されて、 -> 搭載された。 Godan 連用形 (行い、) is left alone.
    """
    k = next((i for i, t in enumerate(tokens) if t.start == comma), None)
    if not k:
        return None
    last = tokens[k - 1]
    head = text[: last.start]
    if last.surface in ("が", "ので", "けれど", "けれども", "ものの") and last.pos[1] == "接続助詞" or last.surface == "ため":
        prev = tokens[k - 2] if k >= 2 else None
        if prev is None or prev.pos[0] not in ("動詞", "助動詞", "形容詞") or not prev.conjugation.startswith(("終止形", "連体形")):
            return None
        return head + "。"
    if last.surface in ("て", "で") and last.pos[1] == "接続助詞" and past:
        return head + ("た" if last.surface == "て" else "だ") + "。"
    if last.surface == "で" and last.pos[0] == "助動詞" and last.lemma == "だ":
        return head + ("だった" if past else "だ") + "。"  # 投票率は48.37%で、 -> 投票率は48.37%だった。
    if last.pos[0] in ("動詞", "助動詞") and last.conjugation.startswith("連用形"):
        if last.lemma in ("する", "為る") and last.surface == "し":
            return head + ("した" if past else "する") + "。"
        if last.lemma == last.surface + "る" and last.surface[-1:] in "えけげせぜてでねへべぺめれエケセテネヘメレいきぎしじちにひびみりイキシチニヒミリ":
            return head + last.surface + ("た" if past else "る") + "。"
    return None


def _wh(article: Article, tokens: Sequence[Sequence[Token]], sentence_index: int, start: int, answer: str,
        wh: str, consume: str = "") -> str | None:
    """The sentence, trimmed, with ``answer`` (and a particle matching ``consume``) turned into ``wh``."""
    s = article.sentences[sentence_index]
    if s.heading or s.text[start:start + len(answer)] != answer:
        return None
    text, at = trim(s.text, tokens[sentence_index], start, start + len(answer))
    if text[at:at + len(answer)] != answer or text.count(answer) != 1:
        return None
    # Inside a quote the question word would put words in the speaker's mouth; a long quote
    # left in the prompt makes it a who_said item in disguise.
    if text[:at].count("「") != text[:at].count("」") or re.search(r"「[^」]{13,}」", text):
        return None
    rest = text[at + len(answer):]
    m = re.match(consume, rest) if consume else None
    if m:
        rest = rest[m.end():]
    q = _as_question(text[:at] + wh + rest)
    if q is None:
        return None
    q = _CONNECTIVE.sub("", q.lstrip("、"))
    return q if len(q) <= MAX_PROMPT else None


# 一方、また、さらに…: they tie a sentence to the one before it, which a question stands without.
_CONNECTIVE = re.compile(r"^(?:一方|また|さらに|ただ|しかし|しかも|なお|その上で|そのうえで|これに対し|これに対して|"
                         r"同時に|このため|そのため|その後|こうした中|こうしたなか|このほか|ところが)、")


# -- fact questions ------------------------------------------------------------------------------

def _pools(entities: Sequence[Entity]) -> dict[tuple[str, str], list[str]]:
    """The article's dates, and its numbers by counter, each text once (at most 40 per group)."""
    grouped: dict[tuple[str, str], dict[str, None]] = {}
    for e in entities:
        group = grouped.setdefault((e.type, "" if e.type == "date" else e.counter), {})
        if len(group) < 40:
            group[e.text] = None
    return {k: list(v) for k, v in grouped.items()}


def _same_type_pool(entity: Entity, pools: dict[tuple[str, str], list[str]]) -> list[str]:
    """Distractors of the answer's type from the article: a date for a date, 人 for 人."""
    key = (entity.type, "" if entity.type == "date" else entity.counter)
    return [t for t in pools.get(key, []) if t != entity.text]


def _entity_questions(article: Article, tokens: Sequence[Sequence[Token]], entities: Sequence[Entity],
                      salience: dict[int, float]) -> list[_Draft]:
    """いつ for dates and times; 何人, いくら, 何周年 … for numbers."""
    out = []
    pools = _pools(entities)
    seen_text: set[str] = set()
    counters = Counter((e.type, e.counter) for e in entities if e.type == "number")
    for e in entities:
        if e.type == "date":
            kind, consume = "when", r"に(?:は)?、?|、"
            if re.match(r"(?:に)?[もは]", s_text(article, e)[e.end:]):
                continue  # 10日も, 3月にも -> いつも means "always"; いつは is not Japanese
            if s_text(article, e)[:e.start].endswith(("後の", "前の")):
                continue  # 3分後の午前3時15分: 3分後のいつ asks about a time already given
            k = next((i for i, t in enumerate(tokens[e.sentence_index]) if t.start == e.start), None)
            if k is None or _modified_by_clause(tokens[e.sentence_index], k):
                continue  # 制度が始まる2027年度から: いつ under a relative clause
            if _in_relative_clause(tokens[e.sentence_index], e.end):
                # 19日に投開票が行われた潮見市の市長選挙の結果を… -> 潮見市の市長選挙はいつ投開票が行われたか。
                q = _when_of_modified_noun(article, tokens, e)
                if q:
                    out.append(_Draft(kind, q, e.text, e.sentence_index,
                                      _choices(e.text, _same_type_pool(e, pools), _rng(article.id, kind, e.sentence_index, e.text),
                                               prompt=q),
                                      mark(s_text(article, e), e.text), salience=salience[e.sentence_index] - len(q) / 120))
                continue
            if s_text(article, e).startswith("の", e.end):
                continue  # 2024年の探査機: いつの… asks about a modifier
        else:
            kind, consume = "how_many", ""
        q = _wh(article, tokens, e.sentence_index, e.start, e.text, e.question_word, consume)
        if q is None:
            continue
        pool = _same_type_pool(e, pools)
        choices = _choices(e.text, pool, _rng(article.id, kind, e.sentence_index, e.text), prompt=q)
        # A figure met again later is the story's figure; the first mention is the one to ask.
        bonus = -0.5 if e.text in seen_text else 0.0
        bonus += 0.4 if re.match(r"約|およそ", e.text) else 0.0
        # A figure in the thousands or with 万/億/兆 is usually the story's figure; a counter met
        # again and again (回 in a baseball report, 歳 in a health one) is the story's texture.
        bonus += 0.4 if re.search(r"[万億兆]|[0-9]{4}", e.text) and e.type == "number" and e.counter != "年" else 0.0
        bonus -= e.start / 1000  # of two figures in one sentence, the first is usually the point
        bonus -= min(0.15 * (counters[(e.type, e.counter)] - 2), 1.0) if counters[(e.type, e.counter)] > 2 else 0.0
        bonus -= 0.6 if re.fullmatch(r"[1１][^0-9０-９.．万億兆]*", e.text) else 0.0
        bonus -= 0.2 if e.type == "number" and not e.counter else 0.0  # 約40の国: a figure without a counter
        bonus += _figure_weight(e, s_text(article, e))
        bonus -= len(q) / 120  # a short question reads better on the sheet
        seen_text.add(e.text)
        out.append(_Draft(kind, q, e.text, e.sentence_index, choices,
                          mark(article.sentences[e.sentence_index].text, e.text),
                          salience=salience[e.sentence_index] + bonus))
    return out


# 合計32人, 総額3兆円, 過去最高の35.4度: a total or a record is the figure a teacher asks about.
_TOTAL = re.compile(r"合計|合わせて|総額|総数|過去最高|過去最多|過去最低|史上最|記録")
# 約2時間にわたって会談, 2日間開いた会合, 3分後: how long something lasted is the story's texture.
_DURATION = re.compile(r"[0-9０-９]+(?:時間|分間?|日間|秒)(?:半|ほど|余り)?$")


def _figure_weight(e: Entity, sentence: str) -> float:
    """What a figure's own shape and neighbours say of its weight in the story."""
    if e.type != "number":
        return 0.0
    weight = 0.0
    if re.search(r"[億兆]", e.text):
        weight += 0.3  # 3兆円規模, 150億円: the headline amount
    if _TOTAL.search(sentence[max(0, e.start - 12):e.end + 6]):
        weight += 0.4
    if _DURATION.search(e.text):
        weight -= 0.5
    return weight


def _span_text(tokens: Sequence[Token], sp: NameSpan) -> tuple[str, int, int]:
    end = sp.title_end or sp.end
    first = sp.first
    # ドイツ・ショルツ首相, フィリピンのマルコ・サントス大統領: keep the person's own name only.
    return "".join(t.surface for t in tokens[first:end]), tokens[first].start, end


def _place_phrase(tokens: Sequence[Token], k: int) -> tuple[int, int]:
    """The noun phrase before the で at token ``k``: 東京・築地の料亭, 首相官邸 (token range)."""
    i = k
    while i > 0:
        t = tokens[i - 1]
        if t.pos[0] in ("名詞", "接頭辞", "接尾辞") or t.unknown or t.surface in ("・", "の"):
            i -= 1
            continue
        break
    while i < k and tokens[i].surface in ("の", "・"):
        i += 1
    # 新潟、富山、石川の3県で: the phrase is the last item of a list; asking "新潟、富山、どこで"
    # would take 石川の3県 for the answer. No phrase: no where question.
    if i >= 2 and tokens[i - 1].surface in ("、", "，") and tokens[i - 2].pos[1] == "固有名詞":
        return k, k
    return i, k


def _in_relative_clause(toks: Sequence[Token], offset: int) -> bool:
    """The first verb after ``offset`` modifies a noun (開いた会合で, 行われた選挙の): a relative clause."""
    for k, t in enumerate(toks):
        if t.start < offset:
            continue
        if t.surface in ("、", "「"):
            return False
        if t.pos[0] == "動詞" and t.pos[1] != "非自立可能":
            j = k + 1
            while j < len(toks) and toks[j].pos[0] == "助動詞":
                j += 1
            last = toks[j - 1]
            return last.conjugation.startswith("連体形") and j < len(toks) and toks[j].pos[0] == "名詞" \
                and toks[j].surface not in _FORMAL_NOUNS
    return False


# 開く予定だ, 進める方針だ: a verb before these nouns is the predicate, not a relative clause.
_FORMAL_NOUNS = frozenset((
    "予定", "方針", "見通し", "見込み", "計画", "考え", "意向", "可能", "可能性", "ため", "こと", "もの", "よう", "はず",
    "つもり", "方向", "必要", "おそれ", "恐れ", "見方", "構え", "狙い", "目標", "案", "期限", "目安",
))


def _when_of_modified_noun(article: Article, tokens: Sequence[Sequence[Token]], e: Entity) -> str | None:
    """A date inside a relative clause, asked of the noun the clause modifies:
    2027年1月に開く両社の臨時株主総会での承認 -> 両社の臨時株主総会はいつ開くか。"""
    toks = tokens[e.sentence_index]
    text = s_text(article, e)
    if re.search(r"を[^、。]{0,3}$", text[: e.start]):
        return None  # 生産能力を2030年までに引き上げる目標: the clause began before the date
    k = next((i for i, t in enumerate(toks) if t.start >= e.end), None)
    if k is None:
        return None
    while k < len(toks) and not (toks[k].pos[0] == "動詞" and toks[k].pos[1] != "非自立可能"):
        if toks[k].surface in ("、", "「", "」") or toks[k].pos[0] in ("形容詞", "副詞", "連体詞"):
            return None
        k += 1
    while k + 1 < len(toks) and toks[k + 1].pos[0] == "助動詞":
        k += 1
    if k + 1 >= len(toks):
        return None
    verb_end = toks[k].end
    m = k + 1
    while m < len(toks) and (toks[m].pos[0] in ("名詞", "接尾辞", "接頭辞") or toks[m].surface == "の") and toks[m].pos[1] != "数詞":
        m += 1
    if toks[k + 1].pos[2] == "副詞可能":
        return None  # 日没を迎えたあと: a time, not a thing
    noun = text[toks[k + 1].start:toks[m - 1].end if m > k + 1 else toks[k + 1].start].rstrip("の")
    noun = re.sub(r"の(?:結果|内容|一部|様子|中|際|詳細)$", "", noun)  # 市長選挙の結果 -> 市長選挙
    if not noun or len(noun) > 20 or noun.endswith(("こと", "もの", "ため", "よう")):
        return None
    clause = text[e.end:verb_end]
    clause = re.sub(r"^(?:に(?:は)?)", "", clause)
    q = _as_question(f"{noun}は{e.question_word}{clause}。")
    return q if q and len(q) <= MAX_PROMPT and e.text not in q else None


def _modified_by_clause(toks: Sequence[Token], k: int) -> bool:
    """記者会見に臨んだ石原さんは: a relative clause ends just before token ``k`` (誰 cannot take it)."""
    return bool(k) and toks[k - 1].pos[0] in ("動詞", "助動詞", "形容詞", "連体詞")


def _stands_alone(toks: Sequence[Token], k: int) -> bool:
    """The phrase at token ``k`` follows the start, a 、 or a particle other than の: どこ can replace it."""
    if not k:
        return True
    before = toks[k - 1]
    return before.surface == "、" or (before.pos[0] == "助詞" and before.surface not in ("の", "や", "か"))


def _topic_after(toks: Sequence[Token], k: int) -> bool:
    """Another top-level Xは after token ``k`` (…提案したのに対し、森田氏は、…): 誰が would be a second subject."""
    depth = 0
    verb = False
    for j in range(k, len(toks)):
        t = toks[j]
        depth += t.surface.count("「") - t.surface.count("」")
        verb = verb or (not depth and t.pos[0] == "動詞")
        if depth or not j:
            continue
        if t.surface == "は" and t.pos[1] == "係助詞" and toks[j - 1].surface not in ("に", "で", "と", "へ", "から", "まで", "て"):
            return True
        if t.surface == "が" and t.pos[1] == "格助詞" and verb:
            return True  # …考えを示し、手法の違いが鮮明になった: the main clause has its own subject
    return False


def _name_questions(article: Article, names: Sequence[Name], spans: Sequence[NameSpan],
                    tokens: Sequence[Sequence[Token]], salience: dict[int, float]) -> list[_Draft]:
    """誰が from a person before は/が; どこで from a place phrase before で."""
    out = []
    people = [_mention(n) for n in names if n.type == "person"]
    places = [n.name for n in names if n.type == "place"]
    orgs = [n.name for n in names if n.type == "org"]
    by_sentence: dict[int, list[NameSpan]] = {}
    for sp in spans:
        by_sentence.setdefault(sp.sentence_index, []).append(sp)
    for s in article.sentences:
        if s.heading:
            continue
        toks = tokens[s.index]
        done_where = False
        for sp in by_sentence.get(s.index, []):
            end = sp.title_end or sp.end
            if end >= len(toks):
                continue
            particle = toks[end]
            mention, start, _ = _span_text(toks, sp)
            rng = _rng(article.id, s.index, mention)
            if sp.type == "person" and particle.surface in ("は", "が") and particle.pos[0] == "助詞" \
                    and not _modified_by_clause(toks, sp.first) and not _topic_after(toks, end + 1):
                q = _wh(article, tokens, s.index, start, mention, "誰が", r"は|が")
                pool = [p for p in people if sp.name not in p and not _same_person(p, mention)]
                # トランプ大統領は、誰が…: a second topic before 誰が makes two subjects.
                if q and re.search(r"[^\sにでと]は(、|$)", q[: q.index("誰が")]):
                    q = None
                # 森静香（もり・しずか）さん is asked whole; the answer is the name as written.
                shown = sp.name if "（" in mention or "(" in mention else mention
                if q:
                    out.append(_Draft("who", q, shown, s.index, _choices(shown, pool, rng, prompt=q),
                                      mark(s.text, shown), salience=salience[s.index]))
            if sp.type in ("place", "org") and not done_where:
                # The place phrase runs to the で: ワシントンのホワイトハウスで, 東京・築地の料亭で
                k = end
                while k < len(toks) and k < end + 5 and (toks[k].pos[0] in ("名詞", "接尾辞") or toks[k].surface == "の") \
                        and toks[k].surface != "で":
                    k += 1
                particle_k = toks[k].surface if k < len(toks) else ""
                at = particle_k == "に" and k + 1 < len(toks) and toks[k + 1].lemma in _LOCATED
                if at and toks[k + 1].lemma == "ある" and k + 2 < len(toks) and toks[k + 2].pos[0] == "名詞":
                    # 相模原市にあるJAXAの管制室では…: ask where the thing is (管制室はどこにあるか).
                    m = k + 2
                    while m < len(toks) and (toks[m].pos[0] in ("名詞", "接尾辞") or toks[m].surface == "の"):
                        m += 1
                    thing = "".join(t.surface for t in toks[k + 2:m]).strip("の")
                    i, j = _place_phrase(toks, k)
                    phrase = "".join(t.surface for t in toks[i:j])
                    if thing and phrase and len(thing) <= 20:
                        pool = [p for p in places if p not in phrase and len(p) >= 2 and not any(p in x for x in people)]
                        out.append(_Draft("where", f"{thing}はどこにあるか。", phrase, s.index,
                                          _choices(phrase, pool, rng), mark(s.text, phrase), salience=salience[s.index]))
                        done_where = True
                    continue
                if k >= len(toks) or not (particle_k == "で" or at) or toks[k].pos[1] != "格助詞":
                    continue
                if k + 1 < len(toks) and toks[k + 1].surface in ("は", "も", "の"):
                    continue
                # 日本で働くフィリピン人: で inside a relative clause, not where the story happened.
                verb = next((x for x in toks[k + 1:] if x.pos[0] in ("動詞", "形容詞")), None)
                if verb is not None:
                    v = toks.index(verb)
                    nxt = toks[v + 1] if v + 1 < len(toks) else None
                    if verb.conjugation.startswith("連体形") and nxt is not None and nxt.pos[0] == "名詞":
                        continue
                i, j = _place_phrase(toks, k)
                phrase = "".join(t.surface for t in toks[i:j])
                if not phrase or len(phrase) > 20 or phrase.endswith("間") or not _stands_alone(toks, i):
                    continue  # 同じ球場で, 通った中学校で: どこ under a modifier; 東京と新青森の間で
                q = _wh(article, tokens, s.index, toks[i].start, phrase, "どこ")  # どこで / どこに
                if q is None:
                    continue
                pool = [p for p in (places if sp.type == "place" else orgs + places)
                        if p not in phrase and len(p) >= 2 and not any(p in m for m in people)]
                out.append(_Draft("where", q, phrase, s.index, _choices(phrase, pool, rng, prompt=q),
                                  mark(s.text, phrase), salience=salience[s.index]))
                done_where = True
    return out


def _what_questions(article: Article, terms: Sequence[Term], tokens: Sequence[Sequence[Token]],
                    salience: dict[int, float], keep: set[int]) -> list[_Draft]:
    """何を: a key term that is the whole object of the verb (巨額の支援を is not asked: 巨額の何を)."""
    out = []
    for t in terms:
        if t.pos != "noun":
            continue
        for s in article.sentences:
            if s.heading or s.index not in keep or t.term not in s.text:
                continue
            toks = tokens[s.index]
            for k, tok in enumerate(toks):
                if tok.start < 0 or not s.text.startswith(t.term, tok.start):
                    continue
                end = tok.start + len(t.term)
                after = next((x for x in toks[k:] if x.start >= end), None)
                if after is None or after.start != end or after.surface != "を":
                    continue
                before = toks[k - 1] if k else None
                # The object must stand alone: after 、 or a case particle, not after の or an adjective.
                if before is not None and not (before.surface == "、" or (before.pos[0] == "助詞" and before.surface != "の")):
                    continue
                if _in_relative_clause(toks, end + 1):
                    break  # 生鮮食品を除いた消費者物価: 何を除いた… asks inside a modifier
                q = _wh(article, tokens, s.index, tok.start, t.term, "何")
                if q:
                    out.append(_Draft("what", q, t.term, s.index, None, mark(s.text, t.term), t.id,
                                      salience[s.index]))
                break
            else:
                continue
            break
    return out


_NAMED = re.compile(r"「([^「」。]{2,20})」")


def _named_thing_questions(article: Article, tokens: Sequence[Sequence[Token]], salience: dict[int, float],
                           keep: set[int]) -> list[_Draft]:
    """何という / 何: a thing named in 「」 that is not speech (a title, a warning, an event).

    長編小説「潮だまりの家」が選ばれた -> 何という長編小説が選ばれたか。
    「熱中症警戒アラート」を出しています -> 何を出していますか。
    """
    out = []
    for s in article.sentences:
        if s.heading or s.index not in keep:
            continue
        toks = tokens[s.index]
        for m in _NAMED.finditer(s.text):
            before, after = s.text[: m.start()], s.text[m.end():]
            if is_speech(after) or before.rstrip().endswith((":", "：", "いわゆる")) or after[:1] not in ("を", "が"):
                continue
            # The noun written just before the name is what it is: 長編小説「…」, 探査車「…」.
            k = next((i for i, t in enumerate(toks) if t.start == m.start()), None)
            if k is None:
                continue
            i = k
            while i > 0 and toks[i - 1].pos[0] in ("名詞", "接尾辞") and toks[i - 1].pos[1] not in ("固有名詞", "数詞"):
                i -= 1
            if i < k:
                start, wh = toks[i].start, "何という" + s.text[toks[i].start:m.start()]
            elif _modified_by_clause(toks, k) or _in_relative_clause(toks, m.end()):
                continue  # 消費を抑える「休眠モード」を: 抑える何を is not a question
            else:
                start, wh = m.start(), "何"
            q = _wh(article, tokens, s.index, start, s.text[start:m.end()], wh)
            if q:
                out.append(_Draft("what", q, m.group(1), s.index, None, mark(s.text, m.group(1)),
                                  salience=salience[s.index] + 0.5 - len(q) / 120))
    return out


# 〜したため、 〜ので、 〜ことから、 〜を受けて、: a cause. (〜するため is a purpose: not asked.)
_CAUSE = re.compile(r"(?:^|、)(?P<cause>[^、。「」]{4,40}?(?:(?:た|だ|ている|ていた|ない|かった|による)ため(?:に)?|ので|ことから|ことを受け(?:て)?))、")


def _why_questions(article: Article, salience: dict[int, float], keep: set[int]) -> list[_Draft]:
    out = []
    for s in article.sentences:
        if s.heading or "「" in s.text or s.index not in keep:
            continue
        m = _CAUSE.search(s.text)
        if not m:
            continue
        cause = m.group("cause")
        if cause.endswith("もので"):
            continue  # …に関するもので、: the copula after もの, not the conjunction ので
        pre = s.text[: m.start("cause")].rstrip("、")
        main = s.text[m.end():]
        q = _as_question(main)
        if not q or len(main) < 6:
            continue
        prompt = "なぜ" + (pre + "、" if pre else "") + q if not pre else pre + "、なぜ" + q
        if len(prompt) <= MAX_PROMPT:
            out.append(_Draft("why", prompt, cause, s.index, None, mark(s.text, cause),
                              salience=salience[s.index]))
    return out


def _shorten_quote(text: str) -> str:
    """The quote's first sentence, cut near 40 characters: 「…」 prompts stay one line."""
    first = re.split(r"(?<=。)", text)[0].rstrip("。")
    if len(first) <= 40:
        return first + ("…" if len(first) < len(text.rstrip("。")) else "")
    cut = first.rfind("、", 0, 38)
    return (first[:cut] if cut >= 12 else first[:38]) + "…"


def _who_said_questions(article: Article, quotes: Sequence[Quote], names: Sequence[Name]) -> list[_Draft]:
    out = []
    speakers = [q.speaker for q in quotes]
    people = [_mention(n) for n in names if n.type == "person"]
    for q in quotes:
        where = q.speaker_sentence
        if q.speaker not in article.sentences[where].text:
            # サントス大統領 for 大統領は「…」: the sentence that names the speaker in full.
            where = next((s.index for s in reversed(article.sentences[: q.sentence_index + 1])
                          if q.speaker in s.text), -1)
            if where < 0:
                continue
        prompt = f"「{_shorten_quote(q.text)}」と述べたのは誰ですか。"
        # Another speaker of the same words would also be right: leave them out of the choices.
        same = {o.speaker for o in quotes if o.text == q.text}
        pool = [p for p in [*speakers, *people] if p not in same and not _same_person(p, q.speaker)]
        choices = _choices(q.speaker, pool, _rng(article.id, "who_said", q.text), prompt=prompt)
        explanation = mark(article.sentences[where].text, q.speaker)
        if where != q.sentence_index:
            explanation += " " + article.sentences[q.sentence_index].text
        out.append(_Draft("who_said", prompt, q.speaker, where, choices, explanation, salience=2.0))
    return out


_HONORIFIC = re.compile(r"(さん|氏|様|君|ちゃん)$")


def _same_person(a: str, b: str) -> bool:
    """高瀬首相 and 高瀬誠一首相 are one person: they share the name before the title; so are
    森さん and 森静香さん, the surname alone after the full name."""
    if a in b or b in a or a[:2] == b[:2]:
        return True
    x, y = _bare_name(a), _bare_name(b)
    return bool(x and y) and (x.startswith(y) or y.startswith(x))


@functools.lru_cache(maxsize=4096)
def _bare_name(mention: str) -> str:
    """朴正勲大統領 -> 朴正勲, 森さん -> 森: the name without its title or honorific."""
    mention = _HONORIFIC.sub("", mention)
    for title in _titles_longest_first():
        if mention.endswith(title) and len(mention) > len(title):
            return mention[: -len(title)]
    return mention


@functools.lru_cache(maxsize=1)
def _titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted(titles(), key=len, reverse=True))


# -- vocabulary questions ------------------------------------------------------------------------

# ち and つ voice to じ and ず as a learner hears them: 着陸 ちゃくりく -> じゃくりく, not ぢゃくりく.
_VOICING = str.maketrans("かきくけこさしすせそたちつてとはひふへほがぎぐげござじずぜぞだぢづでどばびぶべぼ",
                         "がぎぐげござじずぜぞだじずでどばびぶべぼかきくけこさしすせそたちつてとはひふへほ")


_VOICELESS = "かきくけこさしすせそたちつてとぱぴぷぺぽ"


def near_miss_readings(reading: str) -> list[str]:
    """Readings a learner confuses with the right one: long vowels, small っ, voicing.

    >>> near_miss_readings("きょうてい")[:3]
    ['きょてい', 'きょうてえ', 'ぎょうてい']
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
        # add a small っ, only where Japanese doubles a consonant: 決裂 けつれつ has no けっれつ,
        # 妥協 no だっょう; a voiceless sound follows (発端 ほったん, 結果 けっか).
        if ch in "くつきち" and 0 < i < len(reading) - 1 and reading[i + 1] in _VOICELESS:
            out.append(reading[:i] + "っ" + reading[i + 1:])
    return list(dict.fromkeys(r for r in out if r != reading))


def reading_distractors(word: str, reading: str, dictionary: Dictionary) -> list[str]:
    """:func:`near_miss_readings` that are not another JMdict reading of ``word`` (a second right
    answer): 合点 がってん keeps がっでん but not がてん.
    """
    real = {r for e in dictionary.entries(word) for r in e.readings_for(word)}
    return [m for m in near_miss_readings(reading) if m not in real]


_UNVOICE = str.maketrans("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ", "かきくけこさしすせそたちつてとはひふへほはひふへほ")
_RENDAKU = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ")
_HANDAKU = str.maketrans("はひふへほ", "ぱぴぷぺぽ")


def _sound_changes(reading: str) -> set[str]:
    """A kanji's reading as it may sound inside a word: 組 く -> ぐ (枠組み), 結 けつ -> けっ (結果)."""
    out = {reading}
    if reading:
        out |= {reading[0].translate(_RENDAKU) + reading[1:], reading[0].translate(_HANDAKU) + reading[1:]}
    out |= {r[:-1] + "っ" for r in list(out) if len(r) > 1 and r[-1] in "つくちき"}
    return out


def _base_readings(segment: str) -> set[str]:
    """The dictionary forms a sounded segment may come from: ぐ -> く, けっ -> けつ/けく/..."""
    firsts = {segment, segment[0].translate(_UNVOICE) + segment[1:]}
    out = set(firsts)
    for f in firsts:
        if len(f) > 1 and f.endswith("っ"):
            out |= {f[:-1] + c for c in "つくちき"}
    return out


def align_kanji(word: str, reading: str, dictionary: Dictionary) -> list[tuple[str, str]] | None:
    """Each character of ``word`` with the part of ``reading`` it stands for, or None.

    KANJIDIC2's on and kun readings, with rendaku and a small っ, split a kanji run:

    >>> align_kanji("枠組み", "わくぐみ", default_dictionary())
    [('枠', 'わく'), ('組', 'ぐ'), ('み', 'み')]
    """
    out: list[tuple[str, str]] = []
    for text, sounded in split_reading(word, reading):
        if sounded is None:
            out += [(ch, ch) for ch in text]
            continue
        run = _split_run(text, sounded, dictionary)
        if run is None:
            return None
        out += run
    return out


def _split_run(run: str, reading: str, dictionary: Dictionary) -> list[tuple[str, str]] | None:
    if not run:
        return [] if not reading else None
    if not is_kanji(run[0]):
        return None
    forms = set().union(*(_sound_changes(r) for r in dictionary.kanji_readings(run[0])))
    for n in sorted({len(f) for f in forms}, reverse=True):
        if reading[:n] in forms and (len(run) > 1 or n == len(reading)):
            rest = _split_run(run[1:], reading[n:], dictionary)
            if rest is not None:
                return [(run[0], reading[:n]), *rest]
    return None


def writing_distractors(word: str, reading: str, dictionary: Dictionary, n: int = 3) -> list[str]:
    """JLPT 表記 distractors: ``word`` with one kanji swapped, read the same, and no JMdict word.

    A kanji is replaced by a jōyō kanji with the same reading there, as one of its main readings
    (枠 わく -> 惑, 結 けつ -> 潔), one with the same radical first (a look-alike); the spelling must
    not be a word JMdict knows (枠組み -> 惑組み, 枠汲み, never 枠組 or another real word).

    >>> writing_distractors("締結", "ていけつ", default_dictionary())  # doctest: +SKIP
    ['締潔', '諦結', '締決']
    """
    aligned = align_kanji(word, reading, dictionary)
    if not aligned:
        return []
    per_position: list[list[str]] = []
    for i, (ch, sounded) in enumerate(aligned):
        if not is_kanji(ch):
            continue
        shape = dictionary.kanji_shape(ch) or ("", 0)
        found: list[str] = []
        # Rendaku and a small っ happen inside a word: 妥協 だきょう is not 立協 (た) at its start.
        for base in sorted(_base_readings(sounded) if i else {sounded}):
            found += [k for k in dictionary.kanji_with_reading(base, main=True) if k != ch and k not in found]
        # A look-alike (the same radical) first, then the most used: stable within each tier.
        found.sort(key=lambda k, shape=shape: (dictionary.kanji_shape(k) or ("", 0))[0] != shape[0])
        spellings = ["".join(c for c, _ in aligned[:i]) + k + "".join(c for c, _ in aligned[i + 1:])
                     for k in found[:12]]
        known = dictionary.known(spellings)
        per_position.append([sp for sp in spellings if sp not in known][:n])
    out: list[str] = []
    for rank in range(n):  # one from each kanji in turn: 惑組み, 枠汲み, …
        out += [p[rank] for p in per_position if rank < len(p)]
    return out[:n]


def _short_gloss(gloss: str) -> str:
    """A sense's first two meanings without long notes: 'security guarantee (e.g. military …)'
    -> 'security guarantee'."""
    parts = [re.sub(r"\s*\((?:e\.g\.|esp\.|usu\.|as in|in |of |[^)]{16,})[^)]*\)", "", g).strip()
             for g in gloss.split("; ")]
    return "; ".join([p for p in parts if p][:2])


def _meaning_words(glosses: Iterable[str]) -> set[str]:
    """Content words of the glosses' meanings, cut to five letters, notes in brackets dropped:
    'repair work' -> {'repai', 'work'}, so 改修 'repair' is no distractor for 改修工事."""
    text = " ".join(re.sub(r"\([^)]*\)", " ", g) for g in glosses).lower()
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text)} - _GLOSS_FILLERS


_GLOSS_FILLERS = {"somet", "someo", "being", "with", "from", "that", "which", "thing", "into", "onto", "other"}


def _meaning_choices(t: Term, terms: Sequence[Term], dictionary: Dictionary, rng: random.Random
                     ) -> tuple[str, tuple[str, ...] | None]:
    """The answer (``t``'s first sense, trimmed) and distractors: other terms' first senses of the
    same part of speech, close in length, none a meaning of ``t`` (never two right answers)."""
    answer = _short_gloss(t.glosses[0])
    own = _meaning_words(t.glosses) | _meaning_words(
        g for e in dictionary.entries(t.lemma) for s in e.senses for g in s.glosses)
    pool: list[str] = []
    for o in terms:
        if o.lemma == t.lemma or o.pos != t.pos or not o.glosses or not o.in_dictionary:
            continue
        g = _short_gloss(o.glosses[0])
        if g and g != answer and g not in pool and not _meaning_words([g]) & own:
            pool.append(g)
    pool.sort(key=lambda g: (abs(len(g) - len(answer)), g))
    pool = [g for g in pool if abs(len(g) - len(answer)) <= max(12, len(answer) // 2)][:5]
    if len(pool) < 3:
        return answer, None
    picked = rng.sample(pool, 3)
    choices = [answer, *picked]
    rng.shuffle(choices)
    return answer, tuple(choices)


def _vocabulary_questions(article: Article, terms: Sequence[Term]) -> list[_Draft]:
    """読み, 意味, 表記 and 穴埋め items on the key terms, in JLPT style.

    Distractors are near misses a learner makes, never another right answer; where a term has
    none good enough, its 意味 or 表記 item is asked without choices.
    """
    dictionary = default_dictionary()
    out = []
    for rank, t in enumerate(terms):
        s = article.sentences[t.sentence_index]
        rng = _rng(article.id, "vocab", t.lemma)
        salience = 1.0 / (1 + rank)
        kanji = has_kanji(t.lemma)
        # 読み: pick the reading.
        misses = reading_distractors(t.lemma, t.reading, dictionary)
        if len(misses) >= 3 and kanji:
            choices = [t.reading, *rng.sample(misses, 3)]
            rng.shuffle(choices)
            out.append(_Draft("reading", f"「{t.lemma}」の読み方として正しいものはどれですか。", t.reading,
                              t.sentence_index, tuple(choices), f"{t.lemma}（{t.reading}）: {s.text}", t.id, salience))
        # 意味: pick the meaning. A gloss built from the parts (会談 conversation + 決裂 breakdown) is
        # a note, not a meaning to choose.
        if t.glosses and t.in_dictionary:
            meaning, choices = _meaning_choices(t, terms, dictionary, rng)
            prompt = (f"「{t.lemma}」の意味として最も近いものはどれですか。" if choices
                      else f"「{t.lemma}」の意味を書きましょう。")
            out.append(_Draft("meaning", prompt, meaning, t.sentence_index, choices,
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
            out.append(_Draft("writing", prompt, t.lemma, t.sentence_index, tuple(choices) if choices else None,
                              f"{t.reading} → {t.lemma}: {s.text}", t.id, salience if choices else salience - 0.01))
        # 穴埋め: the key term in its sentence.
        if t.term in s.text and not s.heading and len(s.text) <= 100:
            prompt = s.text.replace(t.term, "（　　　）", 1)
            pool = [o.term for o in terms if o.lemma != t.lemma and o.pos == t.pos]
            out.append(_Draft("cloze", prompt, t.term, s.index, _choices(t.term, pool, rng, prompt=prompt),
                              mark(s.text, t.term), t.id, salience + 0.5))
    return out


def _date_class(text: str) -> tuple[bool, ...]:
    """来年 / 10月 / 14日 / 4時 / a span: a date is swapped only for one of the same shape."""
    return (bool(re.search(r"年|春|夏|秋|冬", text)), "月" in text, bool(re.search(r"[0-9０-９]日", text)),
            "時" in text, bool(re.search(r"から|[～~〜－]", text)))


@functools.lru_cache(maxsize=4096)
def _magnitude(text: str) -> float | None:
    m = re.search(r"[0-9０-９][0-9０-９,，.．]*", text)
    if not m:
        return None
    value = float(re.sub(r"[,，]", "", m.group(0)).replace("．", ".").translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    for unit, factor in (("兆", 1e12), ("億", 1e8), ("万", 1e4)):
        if unit in text[m.end():m.end() + 1]:
            value *= factor
    return value


def _close_figures(a: str, b: str) -> bool:
    """Two figures that could both be right: 約118兆円 and 約118兆3000億円 (the headline rounds
    the body's figure), 約4万人 and 少なくとも4万1000人. Dates are never close: 3日 is not 4日."""
    if re.search(r"[年月日時]", a + b):
        return False
    x, y = _magnitude(a), _magnitude(b)
    return bool(x and y) and max(x, y) / min(x, y) < 1.2


_AT_LEAST = re.compile(r"以上|超|を超え|余り|あまり|少なくとも")
_AT_MOST = re.compile(r"以下|未満|足らず|弱|まで")


def _swappable(original: str, other: str) -> bool:
    """A false statement stays plausible and is false: 来年 is never 4時, 3人 never 6万7952人
    (within ten times); a figure close to the true one could be true as well; and where the
    article says 2.5リットル以上, "1.5リットル以上" or "1.5リットル" is no lie."""
    if re.search(r"[年月日時]", original) and _date_class(original) != _date_class(other):
        return False
    if _close_figures(original, other):
        return False
    a, b = _magnitude(original), _magnitude(other)
    if a is None or b is None or not a or not b:
        return True
    if (_AT_LEAST.search(original) or _AT_LEAST.search(other)) and b < a:
        return False
    if (_AT_MOST.search(original) or _AT_MOST.search(other)) and b > a:
        return False
    return max(a, b) / min(a, b) <= 10


_PLACE_CLASS = re.compile(r"(都|道|府|県|市|区|町|村|州|島|国|大陸|海|川|山)$")


def _place_class(name: str) -> str:
    m = _PLACE_CLASS.search(name)
    return m.group(1) if m else ""


def _true_false_questions(article: Article, names: Sequence[Name], spans: Sequence[NameSpan],
                          tokens: Sequence[Sequence[Token]], entities: Sequence[Entity],
                          salience: dict[int, float]) -> list[_Draft]:
    """○ statements from the article; × ones with an entity swapped for another of the same type.

    Same type means: a number with the same counter (約1200人 -> 約300人), a date for a date, a
    person for a person, a place for a place of the same kind (県 for 県; a region is never
    swapped for a city). The swapped statement must not be a sentence of the article.
    """
    out = []
    pools = _pools(entities)
    statements = {x.text.rstrip("。") for x in article.sentences}
    # (type, original, start, candidates) per sentence
    swaps: dict[int, list[tuple[str, int, list[str]]]] = {}
    for e in entities:
        pool = [o for o in _same_type_pool(e, pools) if o not in e.text and e.text not in o and _swappable(e.text, o)]
        swaps.setdefault(e.sentence_index, []).append((e.text, e.start, pool))
    people = [n for n in names if n.type == "person"]
    for sp in spans:
        toks = tokens[sp.sentence_index]
        start = toks[sp.first].start
        if sp.type == "person":
            # A president for a president: ゼレンスキー大統領 never becomes ショルツ大統領.
            pool = [o.name for o in people if o.name != sp.name and sp.name not in o.name
                    and o.name not in sp.name and o.title == sp.title]
        elif sp.type == "place" and _place_class(sp.name):
            pool = [o.name for o in names if o.type == "place" and o.name != sp.name
                    and _place_class(o.name) == _place_class(sp.name)]
        else:
            continue
        swaps.setdefault(sp.sentence_index, []).append((sp.name, start, pool))
    for s in article.sentences:
        if s.heading or s.index not in swaps or "「" in s.text or len(s.text) > 140:
            continue
        candidates = swaps[s.index]
        original, start, pool = candidates[0]
        statement, _ = trim(s.text, tokens[s.index], start, start + len(original))
        statement = _CONNECTIVE.sub("", statement)  # 一方、…: a statement stands alone
        if len(statement) > 70 or not statement.endswith("。") or _as_question(statement) is None:
            continue
        rng = _rng(article.id, "tf", s.index)
        usable = [(o, st, p) for o, st, p in candidates if p and statement.count(o) == 1]
        if usable and rng.random() < 0.5:
            original, _, pool = usable[rng.randrange(len(usable))]
            other = rng.choice(sorted(pool))
            if other in statement:
                continue
            swapped = statement.replace(original, other, 1)
            if swapped.rstrip("。") in statements or any(
                    swapped.rstrip("。") in x.text for x in article.sentences if other in x.text):
                continue  # never a statement the article also makes
            out.append(_Draft("true_false", swapped, "×", s.index, ("○", "×"),
                              mark(s.text, original) + f"（{other}ではない）", salience=salience[s.index]))
        else:
            out.append(_Draft("true_false", statement, "○", s.index, ("○", "×"), s.text,
                              salience=salience[s.index]))
    return out


def _discussion(article: Article, terms: Sequence[Term]) -> list[_Draft]:
    nouns = [t for t in terms if t.pos == "noun"]
    if not nouns:
        return []
    topic = nouns[0]
    prompt = f"この記事を読んで、「{topic.lemma}」についてあなたはどう考えますか。理由も含めて、あなたの意見を書きましょう。"
    return [_Draft("discussion", prompt, "（自由回答）", topic.sentence_index, None, "自由回答", topic.id)]


# -- checks and selection ------------------------------------------------------------------------

CHECKS = ("answer_not_in_sentence", "prompt_gives_answer", "bad_choices", "leftover_symbols",
          "not_a_question", "too_long", "duplicate")


def check(d: _Draft | Question, article: Article) -> str | None:
    """The name of the first check an item fails, or None when it may be kept.

    - answer_not_in_sentence: a fact, quote or cloze answer must stand in its source sentence;
    - prompt_gives_answer: the prompt must not hold the answer;
    - bad_choices: choices distinct, holding the answer exactly once, none inside another;
    - leftover_symbols: no emoji or ``?`` left from a lost emoji;
    - not_a_question: a fact question ends in か。, a cloze has its blank;
    - too_long: the prompt fits a worksheet line or two.
    """
    if not 0 <= d.sentence_index < len(article.sentences):
        return "answer_not_in_sentence"
    sentence = article.sentences[d.sentence_index].text
    if d.kind in ANSWER_IN_SENTENCE and (not d.answer or d.answer not in sentence):
        return "answer_not_in_sentence"
    if d.kind in ANSWER_IN_SENTENCE and d.answer in d.prompt:
        return "prompt_gives_answer"
    if d.kind in ("reading", "writing") and d.answer in d.prompt:
        return "prompt_gives_answer"
    if d.choices is not None:
        if len(set(d.choices)) != len(d.choices) or d.choices.count(d.answer) != 1:
            return "bad_choices"
        if d.kind != "true_false" and (len(d.choices) < 2 or any(
                a != b and a in b for a in d.choices for b in d.choices)) and d.kind not in ("reading", "meaning"):
            return "bad_choices"
    if any(_LEFTOVERS.search(x) for x in (d.prompt, d.answer, *(d.choices or ()))):
        return "leftover_symbols"
    if d.kind in FACT_KINDS and not d.prompt.endswith("か。"):
        return "not_a_question"
    if d.kind == "cloze" and "（　　　）" not in d.prompt:
        return "not_a_question"
    if d.kind in (*FACT_KINDS, "true_false") and len(d.prompt) > MAX_PROMPT:
        return "too_long"
    return None


def check_question(q: Question, article: Article) -> str | None:
    """:func:`check` for a finished :class:`Question` (as the quality script and tests use it)."""
    return check(q, article)


def _cloze_numbers(article: Article, entities: Sequence[Entity], salience: dict[int, float]) -> list[_Draft]:
    """穴埋め of a key figure in a salient sentence, with figures of the same counter as choices."""
    out = []
    pools = _pools(entities)
    for e in entities:
        s = article.sentences[e.sentence_index]
        if s.heading or len(s.text) > 100 or s.text.count(e.text) != 1:
            continue
        pool = _same_type_pool(e, pools)
        prompt = s.text.replace(e.text, "（　　　）", 1)
        choices = _choices(e.text, pool, _rng(article.id, "cloze", s.index, e.text), prompt=prompt)
        if choices is None:
            continue
        # Below the first key terms: the cloze is first a vocabulary exercise.
        out.append(_Draft("cloze", prompt, e.text, s.index, choices, mark(s.text, e.text),
                          salience=min(salience[s.index] / 4, 1.2)))
    return out


def _in_headline(answer: str, headline: str) -> bool:
    """The answer, without 約 or a title, or a person's surname, stands in the headline."""
    core = re.sub(r"^(?:約|およそ)", "", answer)
    core = re.sub(r"(?:選手|投手|社長|首相|大統領|氏|さん|外相|教授|市長|知事)$", "", core)
    if len(core) >= 2 and core in headline:
        return True
    return core != answer and len(core) >= 3 and has_kanji(core[:2]) and core[:2] in headline


def _fact_key(answer: str) -> str:
    """約65歳以上 -> 65歳: one fact however it is hedged."""
    return re.sub(r"(?:以上|以下|未満|程度|ほど|ごろ|前後)$", "", re.sub(r"^(?:約|およそ)", "", answer))


@dataclass
class _Selection:
    """What the sheet already asks: no two items on one (sentence, answer), prompt or key term."""

    dropped: Counter[str]
    asked: set[tuple[int, str]]
    prompts: set[str]
    terms: set[str]
    story_used: Counter[int]  # fact and quote questions already asking about a sentence
    by_kind: dict[str, list[_Draft]]
    facts: set[str] = field(default_factory=set)  # fact answers asked, as :func:`_fact_key` has them
    statement_prompts: list[str] = field(default_factory=list)  # prompts of the items taken that restate the story
    keyed_answers: list[str] = field(default_factory=list)  # their figure, person and speaker keys

    def take(self, pool: Sequence[_Draft], room: int, caps: dict[str, int]) -> None:
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
                if pass_ in ("story", "sentence") and self._gives_away(d):
                    continue  # first the items that give no other away; later passes fill up
                same = (d.sentence_index, d.answer) in self.asked and d.kind in ANSWER_IN_SENTENCE
                # 延長10回 asked in the lead and again where the game is told: one fact, one question.
                same = same or (d.kind in FACT_KINDS and _fact_key(d.answer) in self.facts)
                if same or d.prompt in self.prompts:
                    if pass_ == "sentence":
                        self.dropped["duplicate"] += 1
                    continue
                chosen.append(d)
                taken += 1
                used.add((d.kind, d.sentence_index))
                if d.kind in STORY_KINDS:
                    self.story_used[d.sentence_index] += 1
                self.prompts.add(d.prompt)
                if d.term_id:
                    self.terms.add(d.term_id)
                if d.kind in ANSWER_IN_SENTENCE:
                    self.asked.add((d.sentence_index, d.answer))
                if d.kind in FACT_KINDS:
                    self.facts.add(_fact_key(d.answer))
                if d.kind in _STATEMENT_KINDS:
                    self.statement_prompts.append(d.prompt)
                    if _keyed(d):
                        self.keyed_answers.append(d.answer)


    def _gives_away(self, d: _Draft) -> bool:
        """Whether ``d`` and an item already on the sheet answer each other: 「山本浩二裁判長は
        いつ…」 beside 「…と述べたのは誰ですか」 (山本浩二裁判長), or a ○ statement that is the
        very sentence a figure question asks about."""
        if d.kind not in _STATEMENT_KINDS:
            return False
        if _keyed(d) and any(d.answer in p for p in self.statement_prompts):
            return True
        return any(a in d.prompt for a in self.keyed_answers)


# Items whose prompt restates the story (a fact question, a quote, a ○× statement), and whose
# key a figure or a person: what one of them may hand to another.
_STATEMENT_KINDS = (*STORY_KINDS, "true_false")


def _keyed(d: _Draft) -> bool:
    return d.kind in ("who", "how_many", "who_said") and len(d.answer) >= 2


def _select(kept_by_kind: dict[str, list[_Draft]], counts: dict[str, int], dropped: Counter[str]) -> list[_Draft]:
    """The sheet's items: the fact kinds share one budget, the other kinds keep their counts.

    The fact kinds (who, when, where, what, why, how_many) together get the sum of their counts.
    Each first takes up to half its count (rounded up), so a sheet keeps its mix of question
    words; the rest of the budget goes to the most salient drafts of any fact kind, up to twice a
    kind's count. A story without a cause gives its why slot to a figure or a date.
    """
    sel = _Selection(dropped, set(), set(), set(), Counter(), {})
    fact = [k for k in counts if k in FACT_KINDS and counts[k] > 0]
    caps = {k: 2 * counts[k] for k in fact}
    for k in fact:
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


def make_questions(
    article: Article, vocabulary: Sequence[Term], names: Sequence[Name], spans: Sequence[NameSpan],
    tokens: Sequence[Sequence[Token]], options: Options,
) -> tuple[tuple[Question, ...], tuple[tuple[str, int], ...]]:
    """Questions for the article and the count of drafts dropped by each check.

    >>> qs, dropped = make_questions(article, terms, names, spans, tokens, Options())  # doctest: +SKIP
    >>> qs[0].kind, qs[0].prompt, qs[0].answer                                      # doctest: +SKIP
    ('when', '高瀬誠一首相はいつ、…と首相官邸で約2時間にわたって会談したか。', '2026年3月14日')
    """
    salience = sentence_salience(article, spans, vocabulary)
    # A long article is asked about its most salient sentences only: the sheet holds a few dozen
    # questions, and every draft costs a pass over its sentence.
    keep = set(sorted(salience, key=lambda i: (-salience[i], i))[:MAX_SENTENCES])
    entities = [e for e in (*find_dates(article), *find_numbers(article)) if e.sentence_index in keep]
    quotes = [q for q in find_quotes(article, spans, tokens) if q.sentence_index in keep][:MAX_QUOTES]
    spans = [sp for sp in spans if sp.sentence_index in keep]
    vocabulary = list(vocabulary)
    drafts = [
        *_name_questions(article, names, spans, tokens, salience),
        *_entity_questions(article, tokens, entities, salience),
        *_what_questions(article, vocabulary, tokens, salience, keep), *_why_questions(article, salience, keep),
        *_named_thing_questions(article, tokens, salience, keep),
        *_who_said_questions(article, quotes, names), *_vocabulary_questions(article, vocabulary),
        *_cloze_numbers(article, [e for e in entities if e.type == "number"], salience),
        *_true_false_questions(article, names, spans, tokens, entities, salience),
        *_discussion(article, vocabulary),
    ]
    # What the headline repeats is what the story is about: 65歳以上 in 「RSウイルスワクチン、65歳以上の
    # 定期接種に」, 村瀬 in 「村瀬が決勝打」.
    headline = " ".join([article.title, *(s.text for s in article.sentences if s.heading)])
    drafts = [replace(d, salience=d.salience + 1.2) if d.kind in FACT_KINDS and _in_headline(d.answer, headline) else d
              for d in drafts]
    dropped: Counter[str] = Counter()
    kept_by_kind: dict[str, list[_Draft]] = {}
    for d in drafts:
        failure = check(d, article)
        if failure:
            dropped[failure] += 1
            continue
        kept_by_kind.setdefault(d.kind, []).append(d)
    questions: list[Question] = []
    for d in _select(kept_by_kind, options.question_counts, dropped):
        questions.append(Question(
            id=_qid(article.id, d.kind, d.sentence_index, d.answer, d.prompt), kind=d.kind,
            prompt=d.prompt, answer=d.answer, sentence_index=d.sentence_index,
            explanation=d.explanation or mark(article.sentences[d.sentence_index].text, d.answer),
            choices=d.choices, term_id=d.term_id,
        ))
    return tuple(questions), tuple(sorted(dropped.items()))


def s_text(article: Article, e: Entity) -> str:
    return article.sentences[e.sentence_index].text
