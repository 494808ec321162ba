"""Vocabulary: the words a teacher would pick, with readings and meanings a learner can trust.

Units: UniDic cuts text into short units (安全|保障, 首脳|会談); the longest span JMdict knows
wins, and productive affixes attach (融和|的 -> 融和的, glossed from its parts). Verbs and
adjectives are taught in dictionary form (見送られ -> 見送る) with the form as it appeared kept.
Readings: the reading JMdict lists for the spelling that agrees with UniDic in context, so
他 (ほか/た) and 今日 (きょう/こんにち) follow the sentence. Selection: words that matter in this
article and are worth learning for news: not everyday words, not names, numbers or symbols.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from .dictionary import Dictionary, Entry
from .name_titles import QUOTED_TITLE, TITLE
from .furigana import REPEAT_MARKS, has_kanji, to_anki, to_hiragana
from .overlaps import one_of_noun_and_verb, one_of_word_and_compound, one_per_word, without_inner_words
from .model import Article, Term, Token
from .options import Options
from .overrides import load_overrides
from .ranking import LEVEL_FILTERS, estimated_zipf, frequency_band, level_for, score, select_for_level, zipf
from .senses import article_domain, choose_glosses, first_sense_words, news_gloss, news_reading, news_sense
from .word_units import Candidate, affixes, find_candidates, stopwords, unglue

# Re-exported: callers (tests, the quality script) know them as vocabulary's.
__all__ = ["LEVEL_FILTERS", "article_domain", "extract_vocabulary", "list_size", "select_for_level", "stopwords",
           "term_id", "zipf"]

_NAME_TYPES = frozenset({"place", "organization", "company"})
_KATAKANA_WORD = re.compile(r"^[\u30a1-\u30faー]{3,}$")


# News refers back with 同 + a noun (同市 "the said city"): no word to learn, unlike 同点 "tie".
_REFERS_BACK = re.compile(r"\b(?:same|said|above-mentioned)\b|^that \w+$|^he$|^she$")


def _drops_a_part(listed: str, parts: str) -> bool:
    """Whether ``listed`` is ``parts`` with two or more kana in a row taken out."""
    cut = len(parts) - len(listed)
    return cut >= 2 and any(parts[:i] + parts[i + cut:] == listed for i in range(1, len(parts) - cut))


def _pick_entry(
    entries: Sequence[Entry], lemma: str, unidic_reading: str, *, joined: bool = False, prefer: str = ""
) -> tuple[Entry | None, str | None]:
    """The entry and reading for a word in context: UniDic's reading when JMdict lists it for the
    spelling, else JMdict's most common reading for the spelling. Of two entries read alike, the
    one holding the news sense ``prefer`` (卸し "wholesale", an entry of its own beside 卸し
    "unloading; grated vegetables", round 64's 0616).

    A span joined from UniDic's pieces has only their readings run together, with no sound
    change: 和|太鼓 わ+たいこ, but the word is わだいこ. JMdict's first reading wins there.
    """
    best: tuple[Entry, str] | None = None
    for e in entries if prefer and not joined else ():
        if unidic_reading in e.readings_for(lemma) and any(prefer in g for x in e.senses for g in x.glosses):
            return e, unidic_reading
    if joined:
        for e in entries:
            readings = e.readings_for(lemma)
            if readings and _drops_a_part(readings[0], unidic_reading):
                # 緊急|記者|会見: JMdict's only reading, きんきゅうかいけん, is the parts' reading
                # without きしゃ; a sound change alters kana, it does not cut a piece out, so the
                # parts' reading stands (round 40). 比内|鶏 ひないどり is a sound change: kept.
                return e, unidic_reading
            if readings:
                return e, readings[0]
    for e in entries:
        readings = e.readings_for(lemma)
        if unidic_reading in readings:
            return e, unidic_reading
        if readings and best is None:
            best = (e, readings[0])
    # Katakana words: the spelling is the reading.
    if best is None and entries and _KATAKANA_WORD.match(lemma):
        return entries[0], to_hiragana(lemma)
    return best if best else (None, None)


def _takes_suru(entry: Entry) -> bool:
    """供与 (n, vs): a noun JMdict marks as taking する."""
    return any("suru" in p for s in entry.senses for p in s.pos)


def term_id(article_id: str, lemma: str, reading: str) -> str:
    return "v-" + hashlib.sha1(f"{article_id}\0vocab\0{lemma}\0{reading}".encode()).hexdigest()[:10]


def extract_vocabulary(
    article: Article,
    tokens: Sequence[Sequence[Token]],
    dictionary: Dictionary,
    options: Options,
    *,
    excluded: Mapping[int, set[int]] | None = None,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
    all_words: bool = False,
) -> tuple[Term, ...]:
    """The article's vocabulary, most useful first.

    ``excluded`` maps a sentence index to token indices that belong to names (never vocabulary).
    ``overrides`` maps a lemma to corrections (``reading``, ``meaning``) a teacher made.
    ``all_words``: every content word, ranked, not cut to :func:`list_size` (for a deck of the
    whole article); the short list is its first :func:`list_size` words.
    """
    excluded = excluded or {}
    if overrides is None and options.overrides is not None:
        overrides = load_overrides(options.overrides)
    overrides = overrides or {}
    merged: dict[str, Candidate] = {}
    found = unglue(find_candidates(tokens, excluded, dictionary))
    neighbours: dict[str, set[str]] = {}
    for a, b in pairwise(found):
        # 会見を|開く, 計画を|見直す: the word next to it, a particle or two away, says which sense.
        if a.sentence_index == b.sentence_index and b.span[0] - a.span[1] <= 2:
            neighbours.setdefault(a.lemma, set()).add(b.lemma)
            neighbours.setdefault(b.lemma, set()).add(a.lemma)
    where: dict[str, set[int]] = {}  # the sentences a word stands in, whose words say its sense
    for c in found:
        where.setdefault(c.lemma, set()).add(c.sentence_index)
        if c.lemma in merged:
            merged[c.lemma].count += 1
        else:
            merged[c.lemma] = c
    grades = dictionary.kanji_grades
    lead = {s.index for s in article.sentences[:3]}
    domain = article_domain((c.lemma for c in merged.values()), dictionary)
    text = "".join(s.text for s in article.sentences)
    lines = "\n".join(s.text for s in article.sentences)  # (事故死|神奈川: no word runs across a headline's end)
    # 『木枯らし紋次郎』, 『国士無双』: words of a work's title name the work, they are no words
    # of the story to learn.
    # (「影武者」「お葬式」などで活躍: film titles in 「」 too, round 31)
    untitled = QUOTED_TITLE.sub("", TITLE.sub("", text))
    terms: list[Term] = []
    glued: dict[str, tuple[str, ...]] = {}  # a compound JMdict lacks -> its parts (緊急理事会: 緊急, 理事会)
    for c in merged.values():
        if c.term not in untitled and c.lemma not in untitled or _only_in_names(c.term, text, dictionary) \
                or _inside_katakana(c.term, text) or _cut_one_late(c.term, text, dictionary) \
                or _cut_one_early(c.term, lines, dictionary):
            continue
        if _a_real_name(c.term, text):
            continue  # 本名・義人: a writer's real given name (よしと), not the word 義人 ぎじん (round 67's 0234)
        if re.fullmatch(r".+(?:天皇|上皇|皇后)", c.lemma):
            continue  # 昭和天皇 "Emperor Shōwa": a person's name, no word to mean (dev 3112)
        own = "".join(article.sentences[i].text for i in sorted(where[c.lemma]))
        sense = news_sense(c.lemma, text, own)
        if sense == "-":
            continue  # 主砲 in a baseball story: the slugger, a sense JMdict lacks ("main battery")
        entries = dictionary.entries(c.lemma)
        told = news_reading(c.lemma, text, own)
        entry, reading = _pick_entry(entries, c.lemma, told or c.reading, joined=len(c.parts) > 1, prefer=sense)
        reading = told or reading  # 無観客試合 むかんきゃくじあい, whatever JMdict lists
        if re.fullmatch(r"[\u30a1-\u30fa\u30fc]+", c.lemma):
            reading = c.lemma  # ルーティン reads as written, not as JMdict's entry ルーチン (round 36)
        gloss_note = ""
        if entry is not None:
            priority = entry.priority(c.lemma)
            if not priority and dictionary.name_types(c.lemma) & _NAME_TYPES:
                continue  # 首相官邸, 日比: JMnedict's place and no sign of everyday use: a name
            context = frozenset().union(*(
                first_sense_words(other, dictionary) for other in neighbours.get(c.lemma, ()) if other != c.lemma
            )) if len(entry.senses) > 1 and c.pos in ("verb", "adjective") else frozenset()
            glosses = choose_glosses(entry.senses, c.pos, context=context, kanji=has_kanji(c.lemma), domain=domain,
                                     spelling=c.lemma, reading=reading, prefer=sense)
            if re.fullmatch(r"同[一-龥]", c.lemma) and all(_REFERS_BACK.search(g) for g in glosses[0].split("; ")):
                continue  # 同市, 同署, 同国: "the same city", the story's own back-reference (dev review 8)
            if gloss := news_gloss(c.lemma, text, own):
                glosses = (gloss, *glosses[:2])  # 談話を発表: "statement (to the press)" before "talk"
        else:
            glosses, gloss_note = _glosses_from_parts(c, dictionary, text)
            glued[c.lemma] = tuple(c.parts)
            reading = c.reading
            priority = ()
        # A teacher's correction wins; the id keeps the computed reading so that a corrected
        # card updates the note it was instead of making a new one.
        stable_id = term_id(article.id, c.lemma, reading or c.reading)
        fix = overrides.get(c.lemma, {})
        reading = to_hiragana(fix.get("reading") or reading or "")  # チーム -> ちーむ: the contract is hiragana
        if fix.get("meaning"):
            glosses = tuple(m.strip() for m in fix["meaning"].split(";") if m.strip())
            gloss_note = ""
        if not reading or not glosses:
            continue
        z = estimated_zipf(c, set(affixes()))
        band = frequency_band(z, priority)
        # (々 repeats the kanji before it: 人々, 徐々に are graded by 人 and 徐, not as an unknown kanji)
        grade = max((grades.get(ch, 9) for ch in c.lemma if has_kanji(ch) and ch not in REPEAT_MARKS), default=None)
        terms.append(Term(
            id=stable_id, term=c.term, lemma=c.lemma, reading=reading,
            furigana=to_anki(c.lemma, reading), pos=c.pos, glosses=glosses,
            sentence_index=c.sentence_index, count=c.count,
            # 夏季開催, 無償譲渡, 中間状況: a compound JMdict lacks, glossed part by part, is a
            # teacher's last choice (two listed words in one, or no lexical unit): a third the score.
            score=score(c, z, priority, c.sentence_index in lead or c.lemma in article.title, grade,
                        entry is not None and _takes_suru(entry), entry is not None) * (0.33 if gloss_note else 1.0),
            level=level_for(band, grade, common_verb=c.pos in ("verb", "adjective") and "ichi1" in priority),
            frequency_band=band, kanji_grade=grade,
            in_dictionary=entry is not None, gloss_note=gloss_note,
        ))
    terms.sort(key=lambda t: (-t.score, t.sentence_index, t.lemma))
    terms = one_of_word_and_compound(one_of_noun_and_verb(without_inner_words(one_per_word(terms), text)))
    if options.level:
        terms = select_for_level(terms, options.level, options.min_terms)
    size = list_size(article, options)
    return tuple(terms if all_words else _without_glued_pairs(terms, size, glued)[:size])


def _without_glued_pairs(terms: list[Term], size: int, glued: dict[str, tuple[str, ...]]) -> list[Term]:
    """緊急理事会, glossed 緊急 … + 理事会 …, beside 緊急 and 理事会 in the list: a compound JMdict
    lacks whose parts are both listed teaches nothing of its own (round 49 graded it weak); its
    place goes to the next word. A beginner's word does not count as listed: 一部損壊 stays, the
    disaster report's term, though 一部 fills a short article's list."""
    top = {t.lemma for t in terms[:size] if t.level != "beginner"}
    return [t for t in terms if not (t.gloss_note and all(part in top for part in glued.get(t.lemma, ("",))))]


# 若獅子|賞, 菊花|賞, 帝王|賞, 白露|山 (a wrestler), 醍醐|寺, 2大会|振り (〜ぶり, "for the first time in"): the
# word is a piece of a prize's, a race's or a wrestler's name, or a suffix UniDic reads ふり
# (dev review 3110: 獅子, 菊花, 帝王, 白露 listed; 振り glossed "swing")
_NAME_MAKERS = re.compile(r"賞|杯|盃|記念|ステークス|山|寺|派|岳")  # 雲仙普賢|岳 (round 31)


_KANA = re.compile(r"[\u30a1-\u30faー]")


def _mentions(term: str, text: str) -> list[int]:
    """Where the article writes ``term``."""
    return [m.start() for m in re.finditer(re.escape(term), text)]


def _a_real_name(term: str, text: str) -> bool:
    """Every mention of ``term`` follows 本名 (a real name): 漫画家の臼井儀人さん(本名・義人)."""
    at = _mentions(term, text)
    return bool(at) and all(re.search(r"本名[・:：は、]?$", text[max(0, k - 4):k]) for k in at)


def _inside_katakana(term: str, text: str) -> bool:
    """ショウ of 東京ゲームショウ, マイクロ of マイクロソフト, ポッド of アイポッド: a katakana word
    the article writes only glued to more katakana is a piece of a longer name or word, whatever
    UniDic cut (round 54: five such pieces listed from one story of a game show)."""
    if not _KATAKANA_WORD.match(term):
        return False
    at = [m.start() for m in re.finditer(re.escape(term), text)]
    # (トリインフルエンザ: 鳥インフルエンザ written in katakana; インフルエンザ is the word)
    return bool(at) and all(i and _KANA.match(text[i - 1]) and text[max(0, i - 2):i] != "トリ"
                            or _KANA.match(text[i + len(term):i + len(term) + 1]) for i in at)


# One kanji UniDic may leave at the end of a word it cut one character late: 紫外|線量 (紫外線 + 量),
# 割|当量 (割当 + 量), 太平|洋上 (太平洋 + 上). Not 内 and 外: 日本|国外, 坂出|市内 are a place and
# a word of their own (outside Japan, within the city), as 県|南部 and 売|台数 are.
_AFTER_A_WORD = frozenset("量上率性")


def _cut_one_late(term: str, text: str, dictionary: Dictionary) -> bool:
    """線量 of 紫外線量, 当量 of 割当量, 洋上 of 太平洋上 (rounds 60 and 64): wherever the article
    writes the term, its first kanji ends a longer word with the kanji before it (紫外線) and its
    last is a suffix to that word (量), so the term is no word of the story."""
    if len(term) != 2 or term[1] not in _AFTER_A_WORD:
        return False
    at = _mentions(term, text)
    return bool(at) and all(any(i >= k and re.fullmatch(r"[一-龥]+", text[i - k:i]) and (
        dictionary.known([text[i - k:i + 1]]) or dictionary.name_types(text[i - k:i + 1]) & {"place"})
        for k in (1, 2, 3)) for i in at)


# Kanji that end words as suffixes: 消防隊|員, 対策本部|長, 干潮|時 keep their word (消防隊 is one)
_SUFFIX_KANJI = frozenset("員者長団会所隊部課室局署館場費料金額率性化的式用製産系派側内外後前中上下間初末等別毎時書医士師家官案")


def _cut_one_early(term: str, text: str, dictionary: Dictionary) -> bool:
    """A word UniDic cut one kanji too early, wherever the article writes it (round 114):
    アカデミー賞|美術賞 read 賞美|術 (賞美 "praise"; 美術 is the word), 両県|境 (県境), 二|塁打 (二塁打
    listed), a rare word before the 社 of a firm's name JMdict lacks. A word news uses often (JMdict's
    priority) stays (so 春秋 of 春秋社 does: left), and so does one a suffix follows (消防隊|員) or one
    the next word only touches (放火殺人|事件: 人事 is a word, but 事件 is the one written)."""
    at = _mentions(term, text)
    if not at or not has_kanji(term[-1:]) or any(e.priority(term) for e in dictionary.entries(term)):
        return False

    def cut(i: int) -> bool:
        rest = text[i + len(term):]
        before = text[i - 1:i] if i else ""
        if before and before in "一二三四五六七八九十本" and dictionary.known([before + term]):
            return True  # 二|塁打 (二塁打 listed), 本|塁打
        if rest.startswith("社") and not any(dictionary.known([term[-k:] + "社"]) for k in range(1, len(term) + 1)):
            return bool(re.match(r"社(?:より|から|は|が|の|と|に|を|、)", rest))
        after = rest[:1]
        if not re.fullmatch(r"[一-龥]", after) or after in _SUFFIX_KANJI or dictionary.known([rest[:2]]):
            return False
        return any((e := dictionary.entries(term[-k:] + after)) and e[0].priority(term[-k:] + after) or
                   k == 1 and dictionary.known([term[-1] + after]) and not dictionary.known([term + after])
                   for k in range(1, len(term)))
    return all(cut(i) for i in at)


# A news agency's short name, by what follows it wherever the article writes it: 共同通信, 共同電
# (共同体 is listed itself, round 116's 0432), 時事通信, 時事によると (round 118's 0040): no word
# 共同 "doing together" or 時事 "events of the day"
_AGENCY_SHORT_NAMES = {"共同": re.compile(r"通信|電|体"), "時事": re.compile(r"通信|によると|によれば|の報道")}


def _only_in_names(term: str, text: str, dictionary: Dictionary) -> bool:
    at = _mentions(term, text)
    if not at:
        return False
    if term == "振り":
        return all(i and re.match(r"[一-龥0-9０-９ァ-ヶ]", text[i - 1]) for i in at)
    if len(term) == 1 and _NAME_MAKERS.fullmatch(term):
        return all(i and re.match(r"[一-龥]", text[i - 1]) for i in at)  # 雲仙普賢|岳: the peak's, no word 岳
    if term == "通信":  # AFP通信, 共同通信: an agency's name (round 116's 0465)
        return all(i and (re.match(r"[A-Za-zＡ-Ｚａ-ｚァ-ヶー]", text[i - 1]) or text[max(0, i - 2):i] in ("共同", "時事")) for i in at)
    if term in _AGENCY_SHORT_NAMES:
        return all(_AGENCY_SHORT_NAMES[term].match(text, i + len(term)) for i in at)
    if term.startswith("沖") and len(term) > 2:
        return all(i and re.match(r"[一-龥]", text[i - 1]) for i in at)  # スマトラ島|沖地震 (round 31)
    # (伏見区醍醐, 上醍醐, 醍醐寺, 醍醐派: districts, a temple, a school, no "ghee": dev review 3111)
    return all((m := _NAME_MAKERS.match(text, i + len(term))) and not dictionary.entries(term + m.group())
               or i and text[i - 1] in "区町村上下" and "place" in dictionary.name_types(term) for i in at)


def list_size(article: Article, options: Options) -> int:
    """How many words the short list (the worksheet's) holds: one per ``chars_per_term``
    characters, at least ``min_list`` and at most ``max_terms`` (the user's cap wins). With
    ``all_words`` the deck may get every ranked word while the worksheet shows
    ``terms[:list_size(article, options)]``.

    (A 500-character story got 13 words; of the 300 words reviewers of rounds 36-38 missed, 50
    stood between that cut and rank 20: 逮捕, 発覚 of an arrest, 乗組員, 行方不明 of a shipwreck.)"""
    chars = sum(len(s.text) for s in article.sentences)
    return min(options.max_terms, max(options.min_list, round(chars / options.chars_per_term)))


def _part_entry(part: str, dictionary: Dictionary) -> Entry | None:
    """The entry a part of a compound is: the one where its spelling is common. 目標 is もくひょう
    "goal; target" (news1), not the rare spelling of 目印 "mark; sign" that JMdict lists first."""
    entries = [e for e in dictionary.entries(part) if e.senses]
    if not entries:
        return None
    return next((e for e in entries if e.priority(part)), entries[0])


def _glosses_from_parts(c: Candidate, dictionary: Dictionary, text: str = "") -> tuple[tuple[str, ...], str]:
    """融和的: 融和 harmony, reconciliation + 的 -ic. Each part in its news sense where the article
    calls for one (移籍選手: 移籍 "transfer (to another team)", not the family register's)."""
    table = affixes()
    pieces = []
    for part in c.parts:
        if part in table:
            pieces.append(f"{part} {table[part][1]}")
            continue
        entry = _part_entry(part, dictionary)
        if entry is None:
            return (), ""
        gloss = choose_glosses(entry.senses, 'noun', 1, spelling=part, prefer=news_sense(part, text) if text else "")[0]
        pieces.append(f"{part} {', '.join(gloss.split('; ')[:2])}")
    note = " + ".join(pieces)
    return (note,), note
